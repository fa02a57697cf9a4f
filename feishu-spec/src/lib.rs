//! # feishu-spec
//!
//! The endpoint spec of [feishu-rs](https://docs.rs/feishu-api) as a library: one model of a
//! spec file and one set of checks, shared by the code generator (`feishu-macros`, a thin
//! front end over this crate), the reference-page importer and the emulator. The stages, each
//! a module, imports pointing down the list only:
//!
//! 1. [`names`] and [`diag`]: naming rules, and diagnostics with `file:line:column`, the
//!    offending text and a hint;
//! 2. [`spec`]: a spec file as written, deserialized with serde, every value spanned;
//! 3. [`ir`]: the checked intermediate model that code generation reads;
//! 4. [`check`]: a parsed spec into the intermediate model, every problem collected;
//! 5. [`load`]: spec files found and parsed, and a directory loaded and checked in one call
//!    ([`load::load_dir`]);
//! 6. [`shape`]: a checked endpoint's wire structure, which the page diff and the drift check
//!    compare; [`fixtures`]: helpers for tests over the stages.
//!
//! With the `tool` feature (on by default; the macro turns it off) the crate also holds the
//! `feishu-spec` command's library, above all of those: [`page`] (a reference page read into
//! its facts, either markdown dialect; it knows no spec), [`import`] (pages into checked spec
//! files) and [`drift`] (specs against the official SDK's models).

pub mod check;
pub mod diag;
pub mod fixtures;
pub mod ir;
pub mod load;
pub mod names;
pub mod shape;
pub mod spec;

#[cfg(feature = "tool")]
pub mod drift;
#[cfg(feature = "tool")]
pub mod import;
#[cfg(feature = "tool")]
pub mod page;
