//! # feishu-runtime
//!
//! The runtime of [`feishu-api`](https://docs.rs/feishu-api): the client, its configuration,
//! token caches, transport, retries and rate limits, errors, page and batch streams, and the
//! wire helpers that generated code calls. It knows no endpoint but the two token methods of
//! `auth.v3`, which the client itself calls; every service's endpoints are generated from spec
//! files in crates of their own (`feishu-attendance`, …) and gathered by `feishu-api`, which
//! re-exports everything here. Depend on `feishu-api`, not on this crate.
//!
//! Layers, bottom up: [`config`] (what a client is built from), `tokens` (tenant and app
//! token caches, fetched through the generated `auth.v3` methods),
//! `transport` (one HTTP exchange), `retry` (backoff and rate limits), [`error`]; generated code
//! only talks to [`Client::execute`] through the [`Endpoint`] trait.
//!
//! # Cargo features
//! - `server`: request decoding ([`Endpoint::from_wire`]), for servers such as
//!   `feishu-emulator`; clients never decode requests.

// Generated code names the runtime `::feishu_runtime::…`, also inside this crate.
extern crate self as feishu_runtime;

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
/// Any JSON value: the type of a field a spec declares `json` (what the reference leaves
/// free-form), kept whole as received.
pub type Json = serde_json::Value;
pub use streams::{BatchOptions, Batchable, Paginated, Stream};
pub use validate::{Violation, Violations};

/// The date and time library the [`time`] types convert to and from.
pub use jiff;

// The `auth` service (`specs/` here is `../specs/auth`): the token methods the client calls,
// as `client.auth()`. Its spec-example tests come from a second, test-only expansion.
feishu_macros::generate_api!("../specs", crate = ::feishu_runtime, tests = false);
#[cfg(test)]
feishu_macros::generate_api!("../specs", crate = ::feishu_runtime, tests = only);

/// Items generated code uses; not part of the public API and exempt from semver.
#[doc(hidden)]
pub mod __private {
    pub use form_urlencoded;
    pub use serde;
    pub use serde_json;
    pub use std;
}
