//! # feishu-macros
//!
//! Generates [feishu-api](https://docs.rs/feishu-api) endpoints from declarative TOML spec
//! files. A thin front end over [feishu-spec](https://docs.rs/feishu-spec), which owns the
//! first stages of the pipeline; this crate adds the last, each testable without a compiler:
//!
//! 1. `feishu_spec::load`: spec files found and parsed into the spec model, every value spanned;
//! 2. `feishu_spec::check`: every problem collected, each with `file:line:column`, the text and
//!    a hint, into the checked intermediate model (`feishu_spec::ir`);
//! 3. `codegen` (here): tokens for types, validators, the `Endpoint` impl, client methods and
//!    tests.
//!
//! `expand` reads the macro's arguments, runs the stages and turns diagnostics into
//! `compile_error!`s; the `#[proc_macro]` entry point only reads the caller's location.

mod codegen;
mod expand;
#[cfg(test)]
mod snapshot;

use proc_macro::TokenStream;

/// Expands every `*.toml` spec under a directory into a module tree
/// `service::version::resource::method` and client accessors.
///
/// ```ignore
/// // Inside the runtime crate (inherent accessors on `Client`):
/// feishu_macros::generate_api!("../specs", crate = ::feishu_runtime);
/// // A service crate of the SDK, and your own crate, against the same runtime:
/// feishu_macros::generate_api!("../specs", crate = ::feishu_runtime, extension_trait = AttendanceApi);
/// feishu_macros::generate_api!("specs", crate = ::feishu_api, extension_trait = MyApi);
/// // The facade: re-exports the service crates its features name, expands the rest.
/// feishu_macros::generate_api!("../specs", crate = ::feishu_runtime,
///     extension_trait = SpecServices, exclude = ["auth"], service_crates = true);
/// ```
///
/// Each spec's `[example]` also becomes `#[cfg(test)]` tests in its method's module. With
/// `tests = false` they are left out; a second invocation with `tests = only`, under
/// `#[cfg(test)]`, generates just them (in a module `__spec_tests` beside the API), so
/// non-test builds never expand or compile test code:
///
/// ```ignore
/// feishu_macros::generate_api!("../specs", tests = false);
/// #[cfg(test)]
/// feishu_macros::generate_api!("../specs", tests = only);
/// ```
///
/// Inside the SDK's crates (the facade `feishu_api`, and crates expanding with
/// `crate = ::feishu_runtime`), a service named like one of the crate's cargo features is
/// compiled only with that feature, and request decoding only with the `server` feature.
/// `exclude = ["dir", …]` leaves out subdirectories of the spec directory. With
/// `service_crates = true` (the facade), each feature `x = ["dep:feishu-x"]` of the crate's
/// `Cargo.toml` names a service crate: its specs are left to it, and the expansion adds
/// `pub use ::feishu_x::x;`, a `prelude` module with each crate's `XApi` trait (and this
/// expansion's own trait), and `REGISTRIES`, every endpoint registry.
///
/// The directory is resolved like `include_str!`: relative to the file holding the invocation
/// (falling back to `CARGO_MANIFEST_DIR`). A bad spec is a compile error naming
/// `file:line:column`, the offending text and a hint, for every problem at once.
#[proc_macro]
pub fn generate_api(input: TokenStream) -> TokenStream {
    let call_site = proc_macro::Span::call_site();
    let invoking_file = call_site.local_file();
    let context = expand::Context {
        invoking_file,
        manifest_dir: std::env::var_os("CARGO_MANIFEST_DIR").map(Into::into),
        crate_name: std::env::var("CARGO_CRATE_NAME").ok(),
    };
    expand::generate_api(input.into(), &context).into()
}
