//! The expansion of the repository's specs, formatted with prettyplease and compared with the
//! checked-in snapshots (one file per method and per service version's shared types), so every
//! change to generated code shows up in review, in the file of the spec it concerns.
//! Regenerate deliberately with `UPDATE_SNAPSHOTS=1 cargo test -p feishu-macros snapshot`.

use std::path::{Path, PathBuf};

use crate::codegen::{self, Options};
use feishu_spec::load::load_dir as load_api;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn specs_dir() -> PathBuf {
    std::fs::canonicalize(repo().join("specs")).expect("the repository has specs/")
}

fn api() -> feishu_spec::ir::Api {
    match load_api(&specs_dir(), &[]) {
        Ok(api) => api,
        Err(diags) => panic!(
            "the repository's specs do not check:\n{}",
            diags
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// Formats tokens as a file, with machine-specific absolute paths replaced: they would make
/// the snapshots differ between checkouts.
fn pretty(tokens: proc_macro2::TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens).expect("generated code parses as a file");
    prettyplease::unparse(&file).replace(&specs_dir().display().to_string(), "$SPECS")
}

fn expand(opts: &Options) -> String {
    pretty(codegen::api(&api(), opts))
}

/// One snapshot per method (its module and client methods) and per service version's shared
/// types, so a spec change shows up in the file of the method it changes.
fn snapshots(opts: &Options) -> Vec<(PathBuf, String)> {
    let api = api();
    let mut out = Vec::new();
    for set in &api.shared {
        let path = PathBuf::from(&set.service)
            .join(&set.version)
            .join("types.rs");
        out.push((path, pretty(codegen::shared_module(set, opts))));
    }
    for e in &api.endpoints {
        let module = codegen::endpoint_module(e, opts);
        let methods = codegen::client_methods(e, opts);
        let tokens = quote::quote! {
            #module
            impl Resource<'_> {
                #methods
            }
        };
        let path = PathBuf::from(&e.service)
            .join(&e.version)
            .join(&e.resource)
            .join(format!("{}.rs", e.method));
        out.push((path, pretty(tokens)));
    }
    out
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn generated_code_matches_the_snapshots() {
    // As the SDK expands them: its service features and the `server` gate.
    let opts = Options {
        doc_examples: true,
        server_feature: true,
        service_features: vec!["attendance".to_owned()],
        ..Options::default()
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots");
    let snapshots = snapshots(&opts);
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut problems = Vec::new();
    for (relative, actual) in &snapshots {
        let path = root.join(relative);
        if update {
            std::fs::create_dir_all(path.parent().expect("in a directory")).expect("mkdir");
            std::fs::write(&path, actual).expect("write snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if *actual != expected {
            let first = actual
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
            problems.push(format!(
                "{} differs from line {}:\n  expected: {:?}\n  actual:   {:?}",
                path.display(),
                first + 1,
                expected.lines().nth(first),
                actual.lines().nth(first),
            ));
        }
    }
    let wanted: Vec<PathBuf> = snapshots.iter().map(|(p, _)| root.join(p)).collect();
    for stale in files_under(&root)
        .into_iter()
        .filter(|f| !wanted.contains(f))
    {
        if update {
            std::fs::remove_file(&stale).expect("remove a stale snapshot");
        } else {
            problems.push(format!("{} belongs to no spec any more", stale.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "{}\nread the diff, then regenerate with UPDATE_SNAPSHOTS=1",
        problems.join("\n")
    );
}

/// The "Covered methods" table of `specs/README.md`, from the specs themselves.
fn methods_table() -> String {
    let api = api();
    let mut out = String::from(
        "| service | method | HTTP | client call | summary |\n|---|---|---|---|---|\n",
    );
    for e in &api.endpoints {
        let http = match e.http_method {
            feishu_spec::ir::HttpMethod::Get => "GET",
            feishu_spec::ir::HttpMethod::Post => "POST",
            feishu_spec::ir::HttpMethod::Put => "PUT",
            feishu_spec::ir::HttpMethod::Patch => "PATCH",
            feishu_spec::ir::HttpMethod::Delete => "DELETE",
        };
        let mut extras = Vec::new();
        if e.pagination.is_some() {
            extras.push(format!("`{}_pages`, `{}_items`", e.method, e.method));
        }
        if e.batch.is_some() {
            extras.push(format!("`{}_batch`, `{}_batch_all`", e.method, e.method));
        }
        let extras = if extras.is_empty() {
            String::new()
        } else {
            format!(" (+ {})", extras.join(", "))
        };
        out.push_str(&format!(
            "| {} {} | `{}.{}` | `{http} {}` | `{}().{}().{}().{}()`{extras} | {} |\n",
            e.service,
            e.version,
            e.resource,
            e.method,
            e.path,
            e.service,
            e.version,
            e.resource,
            e.method,
            e.summary.replace('|', "\\|")
        ));
    }
    out
}

#[test]
fn the_specs_readme_lists_every_method() {
    const START: &str = "<!-- methods:start -->\n";
    const END: &str = "<!-- methods:end -->";
    let path = repo().join("specs/README.md");
    let text = std::fs::read_to_string(&path).expect("specs/README.md");
    let (Some(a), Some(b)) = (text.find(START), text.find(END)) else {
        panic!("specs/README.md has no {START:?} … {END:?} section");
    };
    let listed = &text[a + START.len()..b];
    let actual = methods_table();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        let updated = format!("{}{actual}{}", &text[..a + START.len()], &text[b..]);
        std::fs::write(&path, updated).expect("write specs/README.md");
        return;
    }
    assert_eq!(
        listed, actual,
        "specs/README.md's method list is stale: regenerate with UPDATE_SNAPSHOTS=1"
    );
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
        ..Options::default()
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
    for f in feishu_spec::load::spec_files(&dir).unwrap() {
        println!("==== {}", f.display());
        match load_api(&f, &[]) {
            Ok(_) => println!("OK?!"),
            Err(d) => d.iter().for_each(|d| println!("{d}\n")),
        }
    }
}
