//! # feishu-api
//!
//! A client for the Feishu / Lark Open Platform whose endpoints are generated, at compile time,
//! from the declarative spec files under `specs/` by the `feishu-macros` procedural macro.
//!
//! ```no_run
//! # async fn demo() -> Result<(), feishu_api::Error> {
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
//! # Cargo features
//! - `attendance` (default): the attendance service. One feature per service: a build
//!   compiles only the services it enables. `auth`, which the client itself uses, is always
//!   compiled, as is any service a spec adds without a feature of its own.
//! - `server`: request decoding ([`Endpoint::from_wire`]), for servers such as
//!   `feishu-emulator`, which turns it on.
//!
//! Layers, bottom up: [`config`] (what a client is built from), `tokens` (tenant and app
//! token caches, fetched through the generated `auth.v3` methods),
//! `transport` (one HTTP exchange), `retry` (backoff and rate limits), [`error`]; generated code
//! only talks to [`Client::execute`] through the [`Endpoint`] trait.

// Generated code names the runtime `::feishu_api::…`, also inside this crate.
extern crate self as feishu_api;

pub mod builder;
pub mod endpoint;
pub mod files;
pub mod time;
pub mod validate;
pub mod wire;

mod client;
pub mod config;
pub mod error;
mod retry;
pub mod streams;
mod tokens;
mod transport;

pub use client::{Client, ClientBuilder, RequestOptions, USER_AGENT};
pub use config::{Credentials, RetryPolicy, Secret, Timeouts};
pub use endpoint::{Endpoint, EndpointInfo, ErrorCodeInfo};
pub use error::{ApiError, DecodeError, Error, RateLimitedError, Result};
pub use files::{Download, File};
pub use streams::{BatchOptions, Batchable, Paginated, Stream};
pub use validate::{Violation, Violations};

/// The date and time library the [`time`] types convert to and from.
pub use jiff;

// Every spec under `specs/` becomes a module tree here: `attendance::v1::user_task_remedy::query`.
// The tests generated from the specs' examples come from a second expansion that only test
// builds run, so a normal build neither generates nor compiles them.
feishu_macros::generate_api!("../specs", tests = false);
#[cfg(test)]
feishu_macros::generate_api!("../specs", tests = only);

/// Items generated code uses; not part of the public API and exempt from semver.
#[doc(hidden)]
pub mod __private {
    pub use form_urlencoded;
    pub use serde;
    pub use serde_json;
    pub use std;
}
