//! The pipeline, driven from `proc_macro2` tokens so it runs (and is tested) outside a compiler:
//! arguments → spec files → parse → check → intermediate model → code.

use std::path::{Component, Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

use feishu_spec::diag::Diagnostic;
use feishu_spec::load;

use crate::codegen::{self, Options, Tests};

/// Where the macro was invoked from.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The source file holding the invocation, as rustc names it (may be relative to its cwd).
    pub invoking_file: Option<PathBuf>,
    /// `CARGO_MANIFEST_DIR` of the crate being compiled.
    pub manifest_dir: Option<PathBuf>,
    /// `CARGO_CRATE_NAME` of the crate being compiled.
    pub crate_name: Option<String>,
}

/// `"dir" (, crate = path)? (, extension_trait = Ident)? (, exclude = ["sub", …])?
/// (, tests = false | only)?`
struct Args {
    dir: LitStr,
    krate: Option<syn::Path>,
    extension_trait: Option<Ident>,
    /// Subdirectories of `dir` left out: services another crate expands.
    exclude: Vec<String>,
    /// Whether to gather the service crates the crate's features name (the facade).
    service_crates: bool,
    tests: Tests,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let dir: LitStr = input.parse()?;
        let mut args = Args {
            dir,
            krate: None,
            extension_trait: None,
            exclude: Vec::new(),
            service_crates: false,
            tests: Tests::Inline,
        };
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: Ident = if input.peek(Token![crate]) {
                let k: Token![crate] = input.parse()?;
                Ident::new("crate", k.span)
            } else {
                input.parse()?
            };
            input.parse::<Token![=]>()?;
            match key.to_string().as_str() {
                "crate" => args.krate = Some(input.parse()?),
                "extension_trait" => args.extension_trait = Some(input.parse()?),
                "exclude" => {
                    let list;
                    syn::bracketed!(list in input);
                    let names = list.parse_terminated(|i| i.parse::<LitStr>(), Token![,])?;
                    args.exclude = names.iter().map(LitStr::value).collect();
                }
                "service_crates" => args.service_crates = input.parse::<syn::LitBool>()?.value,
                "tests" => {
                    let value = input.call(Ident::parse_any)?;
                    args.tests = match value.to_string().as_str() {
                        "false" => Tests::Off,
                        "only" => Tests::Only,
                        _ => {
                            return Err(syn::Error::new(
                                value.span(),
                                "expected `tests = false` (no spec-example tests here) or \
                                 `tests = only` (only them, beside an invocation with \
                                 `tests = false`)",
                            ));
                        }
                    };
                }
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown argument `{other}`; expected `crate = path`, `extension_trait = Name`, \
                             `exclude = [\"dir\", …]`, `service_crates = true` or \
                             `tests = false | only`"
                        ),
                    ));
                }
            }
        }
        Ok(args)
    }
}

/// Expands `generate_api!(…)`.
pub fn generate_api(input: TokenStream, cx: &Context) -> TokenStream {
    let args: Args = match syn::parse2(input) {
        Ok(a) => a,
        Err(e) => return e.to_compile_error(),
    };
    let span = args.dir.span();
    let krate: syn::Path = args
        .krate
        .unwrap_or_else(|| syn::parse_quote!(::feishu_api));
    // The SDK's own crates: the facade, and the runtime and service crates, which name the
    // runtime directly. Their doc examples may name `feishu_api` paths (they are re-exported
    // there), and their features (`server`, one per service) are known.
    let inside_sdk = cx.crate_name.as_deref() == Some("feishu_api")
        || quote::ToTokens::to_token_stream(&krate).to_string() == ":: feishu_runtime";
    let features = if inside_sdk || args.service_crates {
        manifest_features(cx)
    } else {
        Vec::new()
    };
    // A feature `x = ["dep:feishu-x", …]` names the crate that expands service `x`: the facade
    // re-exports it and leaves `x`'s specs to it.
    let service_crates = args.service_crates.then(|| {
        features
            .iter()
            .filter(|(name, enables)| {
                let dep = format!("dep:feishu-{}", name.replace('_', "-"));
                enables.contains(&dep)
            })
            .map(|(name, _)| name.clone())
            .collect::<Vec<_>>()
    });
    let mut exclude = args.exclude;
    exclude.extend(service_crates.iter().flatten().cloned());
    let opts = Options {
        krate,
        extension_trait: args.extension_trait,
        doc_examples: inside_sdk,
        tests: args.tests,
        server_feature: inside_sdk,
        service_features: features.into_iter().map(|(name, _)| name).collect(),
        service_crates,
    };
    let dir = resolve(&args.dir.value(), cx);
    match build(&dir, &exclude, &opts) {
        Ok(tokens) => tokens,
        Err(diags) => errors(&diags, span),
    }
}

/// The features the expanding crate's `Cargo.toml` declares, each with what it enables (none
/// when it cannot be read).
fn manifest_features(cx: &Context) -> Vec<(String, Vec<String>)> {
    let Some(dir) = &cx.manifest_dir else {
        return Vec::new();
    };
    let Ok(text) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
        return Vec::new();
    };
    let Ok(manifest) = toml::from_str::<toml::Table>(&text) else {
        return Vec::new();
    };
    let Some(features) = manifest.get("features").and_then(toml::Value::as_table) else {
        return Vec::new();
    };
    features
        .iter()
        .map(|(name, enables)| {
            let enables = enables
                .as_array()
                .map(|list| {
                    list.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            (name.clone(), enables)
        })
        .collect()
}

fn errors(diags: &[Diagnostic], span: Span) -> TokenStream {
    diags.iter().map(|d| compile_error(d, span)).collect()
}

/// A `compile_error!` carrying the rendered diagnostic, spanned on the macro invocation.
fn compile_error(diagnostic: &Diagnostic, span: Span) -> TokenStream {
    let text = diagnostic.to_string();
    quote::quote_spanned!(span=> ::core::compile_error!(#text);)
}

/// The spec directory, relative to the invoking file's directory like `include_str!`.
pub fn resolve(dir: &str, cx: &Context) -> PathBuf {
    let dir = Path::new(dir);
    if dir.is_absolute() {
        return dir.to_path_buf();
    }
    let base = cx
        .invoking_file
        .as_ref()
        .and_then(|f| f.parent().map(Path::to_path_buf))
        .or_else(|| cx.manifest_dir.clone())
        .unwrap_or_default();
    normalize(&base.join(dir))
}

/// Removes `.` and `name/..` lexically, for readable paths in messages.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Loads, checks and generates every spec under `dir` but those in its `exclude`d
/// subdirectories.
pub fn build(
    dir: &Path,
    exclude: &[String],
    opts: &Options,
) -> Result<TokenStream, Vec<Diagnostic>> {
    let api = load::load_dir(dir, exclude)?;
    Ok(codegen::api(&api, opts))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The expansion of a spec directory, timed in-process: `scripts/build-cost.sh` runs it
    /// (`FEISHU_EXPAND_DIR=… cargo test -p feishu-macros expansion_time -- --ignored`) and
    /// reads the `expansion:` line.
    #[test]
    #[ignore = "a measurement, run by scripts/build-cost.sh"]
    fn expansion_time() {
        let Some(dir) = std::env::var_os("FEISHU_EXPAND_DIR") else {
            return;
        };
        let cx = Context {
            crate_name: Some("feishu_api".to_owned()),
            ..Context::default()
        };
        let input: TokenStream = format!("{:?}", Path::new(&dir).display().to_string())
            .parse()
            .unwrap();
        let runs = 5;
        let mut times = Vec::new();
        let mut lines = 0;
        for _ in 0..runs {
            let start = std::time::Instant::now();
            let tokens = generate_api(input.clone(), &cx);
            times.push(start.elapsed());
            let text = prettyplease::unparse(&syn::parse2(tokens).unwrap());
            lines = text.lines().count();
            if let Some(out) = std::env::var_os("FEISHU_EXPAND_OUT") {
                std::fs::write(out, &text).unwrap();
            }
        }
        times.sort();
        println!(
            "expansion: median {:.1} ms of {runs}, {lines} lines",
            times[runs / 2].as_secs_f64() * 1e3
        );
    }

    #[test]
    fn resolves_like_include_str() {
        let cx = Context {
            invoking_file: Some("feishu-sdk/src/lib.rs".into()),
            ..Context::default()
        };
        assert_eq!(resolve("../specs", &cx), PathBuf::from("feishu-sdk/specs"));
        let cx = Context {
            manifest_dir: Some("/a/b".into()),
            ..Context::default()
        };
        assert_eq!(resolve("specs", &cx), PathBuf::from("/a/b/specs"));
        assert_eq!(resolve("/abs/specs", &cx), PathBuf::from("/abs/specs"));
    }

    /// A spec for `service`, the smallest the checks accept.
    fn tiny_spec(service: &str) -> String {
        format!(
            "service = \"{service}\"\nversion = \"v1\"\nresource = \"thing\"\nmethod = \"get\"\n\
             summary = \"Get a thing.\"\n[http]\nmethod = \"GET\"\n\
             path = \"/open-apis/{service}/v1/things\"\n[auth]\ntoken_types = [\"tenant\"]\n\
             [[response.fields]]\nname = \"text\"\ntype = \"string\"\ndescription = \"Text.\"\n"
        )
    }

    #[test]
    fn the_facade_gathers_the_service_crates_its_features_name() {
        let root = std::env::temp_dir().join(format!("feishu-facade-{}", std::process::id()));
        for service in ["own", "crated", "skipped"] {
            let dir = root.join("specs").join(service).join("v1/thing");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("get.toml"), tiny_spec(service)).unwrap();
        }
        // `crated` is a service crate; `other` enables a dependency of another name.
        std::fs::write(
            root.join("Cargo.toml"),
            "[features]\ndefault = [\"crated\"]\ncrated = [\"dep:feishu-crated\"]\n\
             other = [\"dep:serde\"]\n",
        )
        .unwrap();
        let cx = Context {
            manifest_dir: Some(root.clone()),
            crate_name: Some("feishu_api".to_owned()),
            ..Context::default()
        };
        let out = generate_api(
            quote::quote!(
                "specs",
                crate = ::feishu_runtime,
                extension_trait = SpecServices,
                exclude = ["skipped"],
                service_crates = true
            ),
            &cx,
        );
        std::fs::remove_dir_all(&root).unwrap();
        let file: syn::File = syn::parse2(out).unwrap();
        let text = quote::quote!(#file).to_string();
        // Expanded here: `own` only; `crated` is re-exported, `skipped` left out.
        let modules: Vec<String> = file
            .items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Mod(m) => Some(m.ident.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(modules, ["own", "prelude"]);
        assert!(
            text.contains("pub use :: feishu_crated :: crated ;"),
            "{text}"
        );
        assert!(
            text.contains("pub use :: feishu_crated :: CratedApi ;"),
            "{text}"
        );
        assert!(!text.contains("feishu_other"), "{text}");
        assert!(!text.contains("skipped"), "{text}");
    }

    #[test]
    fn bad_arguments_are_compile_errors() {
        let out =
            generate_api(quote::quote!("specs", flavour = x), &Context::default()).to_string();
        assert!(out.contains("unknown argument `flavour`"), "{out}");
    }

    #[test]
    fn a_missing_directory_is_reported() {
        let cx = Context {
            manifest_dir: Some("/nonexistent".into()),
            ..Context::default()
        };
        let out = generate_api(quote::quote!("specs"), &cx).to_string();
        assert!(
            out.contains("cannot read spec directory `/nonexistent/specs`"),
            "{out}"
        );
    }
}
