//! # feishu-api
//!
//! A client for the Feishu / Lark Open Platform whose endpoints are generated, at compile time,
//! from the declarative spec files under `specs/` by the `feishu-macros` procedural macro.
//!
//! ```no_run
//! # async fn demo() -> Result<(), feishu_api::Error> {
//! use feishu_api::prelude::*;
//! use feishu_api::attendance::v1::user_task_remedy::query::{EmployeeType, QueryRequest};
//! use feishu_api::time::UnixSeconds;
//!
//! let client = feishu_api::Client::from_env()?;
//! let request = QueryRequest::builder()
//!     .employee_type(EmployeeType::EmployeeId)
//!     .user_ids(["abd754f7"])
//!     .check_time_from(UnixSeconds::new(1_566_641_088))
//!     .check_time_to(UnixSeconds::new(1_592_561_088))
//!     .build();
//! let records = client.attendance().v1().user_task_remedy().query(&request).await?;
//! for remedy in &records.user_remedys {
//!     println!("{:?} {:?}", remedy.user_id, remedy.status);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Crates and cargo features
//! This crate gathers the SDK's crates and re-exports them, so that one dependency and one
//! path (`feishu_api::…`) reach everything:
//! - `feishu-runtime`: the [`Client`] and everything it is built from, and the `auth` service;
//! - one crate per service, generated from that service's specs, each behind a cargo feature
//!   of the same name: `attendance` (default). A build compiles only the services it enables,
//!   and an edited spec recompiles only its own service.
//!
//! Each service's methods reach the [`Client`] through an extension trait
//! (`client.attendance()` comes from `AttendanceApi`): bring them all into scope with
//! `use feishu_api::prelude::*;`.
//!
//! A spec file added under `specs/` for a service that has no crate of its own is expanded
//! here, with its accessor in the prelude's [`SpecServices`] trait: one new spec file is all
//! it takes. A service crate is gathered here from a dependency and a feature line in this
//! crate's `Cargo.toml` (`x = ["dep:feishu-x"]`): no Rust.
//!
//! The `server` feature compiles request decoding ([`Endpoint::from_wire`]), for servers such
//! as `feishu-emulator`, which turns it on.
//!
//! Layers of the runtime, bottom up: [`config`] (what a client is built from), tokens (tenant
//! and app token caches, fetched through the generated `auth.v3` methods), transport (one HTTP
//! exchange), retry (backoff and rate limits), [`error`]; generated code only talks to
//! [`Client::execute`] through the [`Endpoint`] trait.

#[doc(inline)]
pub use feishu_runtime::{
    ApiError, BatchOptions, Batchable, Client, ClientBuilder, Credentials, DecodeError, Download,
    Endpoint, EndpointInfo, Error, ErrorCodeInfo, File, Json, Paginated, RateLimitedError,
    RequestOptions, Result, RetryPolicy, Secret, Stream, Timeouts, USER_AGENT, Violation,
    Violations,
};
#[doc(inline)]
pub use feishu_runtime::{
    auth, builder, config, endpoint, error, files, streams, time, validate, wire,
};

/// The date and time library the [`time`] types convert to and from.
pub use feishu_runtime::jiff;

// Every service crate (a feature `x = ["dep:feishu-x"]` in Cargo.toml) re-exported as `x`, its
// accessor trait in `prelude` and its registry in `REGISTRIES`; and the specs of services
// without a crate of their own (none in this repository; one a user adds under specs/ lands
// here), with their accessors in `SpecServices`. `auth` is the runtime's. The spec-example
// tests come from a second, test-only expansion.
feishu_macros::generate_api!(
    "../specs",
    crate = ::feishu_runtime,
    extension_trait = SpecServices,
    exclude = ["auth"],
    service_crates = true,
    tests = false
);
#[cfg(test)]
feishu_macros::generate_api!(
    "../specs",
    crate = ::feishu_runtime,
    exclude = ["auth"],
    service_crates = true,
    tests = only
);

/// Items generated code uses; not part of the public API and exempt from semver.
#[doc(hidden)]
pub use feishu_runtime::__private;
