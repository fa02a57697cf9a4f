//! # feishu-attendance
//!
//! The attendance service of [`feishu-api`](https://docs.rs/feishu-api), generated from the spec
//! files under `specs/attendance`: request and response types, validators, and the client
//! methods, reached through the [`AttendanceApi`] extension trait
//! (`client.attendance().v1().…`). Depend on `feishu-api` (feature `attendance`, on by
//! default), which re-exports this crate as `feishu_api::attendance` and the trait in
//! `feishu_api::prelude`.
//!
//! A crate of its own so that a build compiles only the services it uses, and an edited spec
//! recompiles only its service.

// `specs/` here is `../specs/attendance`. The spec-example tests come from a second, test-only
// expansion, so a normal build neither generates nor compiles them.
feishu_macros::generate_api!(
    "../specs",
    crate = ::feishu_runtime,
    extension_trait = AttendanceApi,
    tests = false
);
#[cfg(test)]
feishu_macros::generate_api!("../specs", crate = ::feishu_runtime, tests = only);
