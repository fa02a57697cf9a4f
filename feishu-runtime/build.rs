//! Cargo notices an edited spec through the generated `include_str!`, but not a new or deleted
//! one: watching the directory makes adding or removing a spec file re-run the expansion.

fn main() {
    println!("cargo::rerun-if-changed=specs");
    println!("cargo::rerun-if-changed=build.rs");
}
