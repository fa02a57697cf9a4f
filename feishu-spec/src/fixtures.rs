//! Helpers for tests of code built on the spec, here and in the code generator: a spec's text
//! from a few names and tables, and one spec's text through loading and the checks into the
//! intermediate model. The top layer: it uses every stage and none uses it.

/// Test helper: a spec's text with the given `service`, `version`, `resource` and `method`,
/// an `[http]` table from `"VERB /open-apis/…"`, a tenant token, and then `rest` (tables).
pub fn spec_text(names: [&str; 4], http: &str, rest: &str) -> String {
    let [service, version, resource, method] = names;
    let (verb, path) = http.split_once(' ').expect("`VERB /path`");
    format!(
        "service = \"{service}\"\nversion = \"{version}\"\nresource = \"{resource}\"\n\
         method = \"{method}\"\nsummary = \"Summary of {method}.\"\n\
         [http]\nmethod = \"{verb}\"\npath = \"{path}\"\n\
         [auth]\ntoken_types = [\"tenant\"]\n{rest}"
    )
}

/// Test helper: one spec's text through the pipeline's own stages (`load::parse`, then
/// `check::check`) into the intermediate model; panics with the diagnostics if it does not check.
pub fn lower(text: &str) -> crate::ir::Endpoint {
    use std::rc::Rc;

    use crate::diag::{Diagnostics, Source};

    let source = Rc::new(Source {
        display: "specs/test.toml".into(),
        text: text.into(),
    });
    let mut diags = Diagnostics::default();
    let endpoint = crate::load::parse(&source, &mut diags).and_then(|spec| {
        crate::check::check(
            spec,
            &source,
            std::path::Path::new("/specs/test.toml"),
            &mut diags,
        )
    });
    match endpoint {
        Some(e) if diags.is_empty() => e,
        _ => panic!(
            "the test spec does not check:\n{}",
            diags
                .into_vec()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}
