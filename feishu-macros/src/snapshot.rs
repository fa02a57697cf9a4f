//! The expansion of the repository's specs, formatted with prettyplease and compared with the
//! checked-in snapshot, so every change to generated code shows up in review.
//! Regenerate deliberately with `UPDATE_SNAPSHOTS=1 cargo test -p feishu-macros snapshot`.

use std::path::{Path, PathBuf};

use crate::codegen::{self, Options};
use crate::expand::load_api;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn expand(opts: &Options) -> String {
    let specs = std::fs::canonicalize(repo().join("specs")).expect("the repository has specs/");
    let api = match load_api(&specs) {
        Ok(api) => api,
        Err(diags) => panic!(
            "the repository's specs do not check:\n{}",
            diags
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    let tokens = codegen::api(&api, opts);
    let file: syn::File = syn::parse2(tokens).expect("generated code parses as a file");
    // Machine-specific absolute paths would make the snapshot differ between checkouts.
    prettyplease::unparse(&file).replace(&specs.display().to_string(), "$SPECS")
}

#[test]
fn generated_code_matches_the_snapshot() {
    let opts = Options {
        doc_examples: true,
        ..Options::default()
    };
    let actual = expand(&opts);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots/generated_api.rs");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if actual != expected {
        let first = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "generated code differs from {} from line {}:\n  expected: {:?}\n  actual:   {:?}\nread the diff, then regenerate with UPDATE_SNAPSHOTS=1",
            path.display(),
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first),
        );
    }
}

#[test]
fn expansion_is_deterministic() {
    let opts = Options::default();
    assert_eq!(expand(&opts), expand(&opts));
}

#[test]
fn extension_trait_mode_names_the_runtime_by_the_given_path() {
    let opts = Options {
        krate: syn::parse_quote!(::my_runtime),
        extension_trait: Some(syn::parse_quote!(MyApi)),
        doc_examples: false,
    };
    let code = expand(&opts);
    assert!(
        code.contains("pub trait MyApi {"),
        "extension trait missing"
    );
    assert!(code.contains("impl MyApi for ::my_runtime::Client {"));
    assert!(
        !code.contains("::feishu_api"),
        "every runtime path follows `crate = …`"
    );
}

#[test]
#[ignore]
fn print_bad_specs() {
    let dir = repo().join("tests/ui/fail/specs");
    for f in crate::load::spec_files(&dir).unwrap() {
        println!("==== {}", f.display());
        match load_api(&f) {
            Ok(_) => println!("OK?!"),
            Err(d) => d.iter().for_each(|d| println!("{d}\n")),
        }
    }
}
