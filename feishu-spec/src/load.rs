//! Stage 1b: finding spec files and parsing them into the spec model. TOML syntax errors are
//! all reported (the parser recovers); every unknown key is reported with a suggestion, found
//! with `serde_ignored` rather than `deny_unknown_fields` so that one typo does not hide the next.

use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, Diagnostics, Source, did_you_mean};
use crate::ir::Api;
use crate::spec::{self, SpecFile};

/// Every `*.toml` file under `dir`, sorted, so expansion is deterministic; `dir` may also name
/// one spec file.
pub fn spec_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    if dir.is_file() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Parses one spec's text. `None` when it is not well-formed enough to check further; the
/// reasons are in `diags`.
pub fn parse(source: &Rc<Source>, diags: &mut Diagnostics) -> Option<SpecFile> {
    parse_as(source, diags)
}

/// Whether a file holds shared types rather than one method: it is named `types.toml`, or
/// it sits in a directory named `types` (a service version's types split by concern).
pub fn is_types_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "types.toml")
        || path
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|d| d == "types")
}

/// Parses one file's text as `T` (a method spec or a shared types file).
pub fn parse_as<T: serde::de::DeserializeOwned>(
    source: &Rc<Source>,
    diags: &mut Diagnostics,
) -> Option<T> {
    let (table, errors) = DeTable::parse_recoverable(&source.text);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            diags.push(Diagnostic::new(
                source,
                span,
                format!("TOML syntax error: {}", e.message().trim()),
            ));
        }
        return None;
    }
    let mut table = table;
    table.get_mut().make_owned();
    let tree = table.clone();
    let mut unknown = Vec::new();
    let de = toml::de::Deserializer::from(table);
    let parsed = serde_ignored::deserialize(de, |path| unknown.push(segments(&path)));
    // Report in file order, not in the order serde met the keys.
    let mut found: Vec<(usize, Diagnostic, Option<&str>)> = unknown
        .iter()
        .map(|path| unknown_key(source, &tree, path, fields_of::<T>()))
        .collect();
    found.sort_by_key(|(start, _, _)| *start);
    for (_, diag, suggested) in found {
        diags.suggested_keys.extend(suggested.map(str::to_owned));
        diags.push(diag);
    }
    match parsed {
        Ok(spec) => Some(spec),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().to_owned();
            let hint = "see specs/README.md for the shape of each table";
            diags
                .push(Diagnostic::new(source, span, format!("invalid spec: {message}")).hint(hint));
            None
        }
    }
}

/// A path segment into the TOML tree.
#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Flattens serde_ignored's path, dropping the wrappers `Spanned` adds on the way.
fn segments(path: &serde_ignored::Path<'_>) -> Vec<Seg> {
    use serde_ignored::Path as P;
    let mut out = Vec::new();
    let mut cur = path;
    loop {
        match cur {
            P::Root => break,
            P::Seq { parent, index } => {
                out.push(Seg::Index(*index));
                cur = parent;
            }
            P::Map { parent, key } => {
                if !key.starts_with("$__serde_spanned") {
                    out.push(Seg::Key(key.clone()));
                }
                cur = parent;
            }
            P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
                cur = parent
            }
        }
    }
    out.reverse();
    out
}

fn unknown_key(
    source: &Rc<Source>,
    tree: &Spanned<DeTable<'_>>,
    path: &[Seg],
    root: &'static [&'static str],
) -> (usize, Diagnostic, Option<&'static str>) {
    let (parents, last) = path.split_at(path.len().saturating_sub(1));
    let key = match last.first() {
        Some(Seg::Key(k)) => k.clone(),
        _ => String::new(),
    };
    let span = key_span(tree, parents, &key).unwrap_or(0..0);
    let table_name: Vec<&str> = parents
        .iter()
        .filter_map(|s| match s {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        })
        .collect();
    let expected = expected_keys(&table_name, root);
    let place = if table_name.is_empty() {
        "the top level".to_owned()
    } else {
        format!("[{}]", table_name.join("."))
    };
    let diag = Diagnostic::new(
        source,
        span.clone(),
        format!("unknown key `{key}` in {place}"),
    );
    let suggestion = did_you_mean(&key, expected.iter().copied());
    let diag = match suggestion {
        Some(s) => diag.hint(format!("did you mean `{s}`?")),
        None => diag.hint(format!("expected one of: {}", expected.join(", "))),
    };
    (span.start, diag, suggestion)
}

/// Byte span of `key` inside the table found by following `parents` from the root.
fn key_span(
    tree: &Spanned<DeTable<'_>>,
    parents: &[Seg],
    key: &str,
) -> Option<std::ops::Range<usize>> {
    let mut table: &DeTable<'_> = tree.get_ref();
    let mut value: Option<&DeValue<'_>> = None;
    for seg in parents {
        let next = match (seg, value) {
            (Seg::Key(k), None) => table.get(k.as_str()).map(|v| v.get_ref()),
            (Seg::Key(k), Some(DeValue::Table(t))) => t.get(k.as_str()).map(|v| v.get_ref()),
            (Seg::Index(i), Some(DeValue::Array(a))) => a.get(*i).map(|v| v.get_ref()),
            _ => None,
        }?;
        value = Some(next);
    }
    if let Some(v) = value {
        table = v.as_table()?;
    }
    table.keys().find(|k| k.get_ref() == key).map(|k| k.span())
}

/// The keys a table at this (index-free) path accepts, as serde knows them.
fn expected_keys(path: &[&str], root: &'static [&'static str]) -> &'static [&'static str] {
    match path {
        [] => root,
        ["pagination"] => fields_of::<spec::Pagination>(),
        ["batch"] => fields_of::<spec::Batch>(),
        ["http"] => fields_of::<spec::Http>(),
        ["auth"] => fields_of::<spec::Auth>(),
        ["limits"] => fields_of::<spec::Limits>(),
        ["request"] => fields_of::<spec::Request>(),
        ["request", "rules"] => fields_of::<spec::RuleSpec>(),
        ["request", _] | ["response", "fields"] | ["objects", "fields"] => {
            fields_of::<spec::Field>()
        }
        ["response"] => fields_of::<spec::Response>(),
        ["objects"] => fields_of::<spec::Object>(),
        ["enums"] => fields_of::<spec::Enum>(),
        ["enums", "values"] => fields_of::<spec::EnumValue>(),
        ["errors"] => fields_of::<spec::ErrorEntry>(),
        ["example"] => fields_of::<spec::Example>(),
        _ => &[],
    }
}

/// The field names serde derives for `T`, read by asking `T` to deserialize itself from a
/// deserializer that only records them: the key list has one source, the model.
fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Fields(&'static [&'static str]);
    #[derive(Debug)]
    struct Stop;
    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("stop")
        }
    }
    impl std::error::Error for Stop {}
    impl serde::de::Error for Stop {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Stop
        }
    }
    impl<'de> serde::Deserializer<'de> for &mut Fields {
        type Error = Stop;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0 = fields;
            Err(Stop)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    let mut fields = Fields(&[]);
    let _ = T::deserialize(&mut fields);
    fields.0
}

/// Loads and checks every spec under `dir` (but those in its `exclude`d subdirectories) into
/// the intermediate model. Nothing left after exclusion is an empty API, not an error: the
/// facade expands whatever specs no service crate claims, usually none.
pub fn load_dir(dir: &Path, exclude: &[String]) -> Result<Api, Vec<Diagnostic>> {
    let files = spec_files(dir).map(|files| {
        files
            .into_iter()
            .filter(|f| !excluded(dir, f, exclude))
            .collect::<Vec<_>>()
    });
    let files = match files {
        Ok(f) if f.is_empty() && !exclude.is_empty() => Vec::new(),
        Ok(f) if f.is_empty() => {
            let msg = format!("no `*.toml` spec files under `{}`", dir.display());
            return Err(vec![
                Diagnostic::input(msg).hint("the path is relative to the file invoking the macro"),
            ]);
        }
        Ok(f) => f,
        Err(e) => {
            let msg = format!("cannot read spec directory `{}`: {e}", dir.display());
            return Err(vec![
                Diagnostic::input(msg).hint("the path is relative to the file invoking the macro"),
            ]);
        }
    };
    let mut diags = Diagnostics::default();
    let mut inputs = Vec::new();
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                diags.push(Diagnostic::input(format!(
                    "cannot read `{}`: {e}",
                    file.display()
                )));
                continue;
            }
        };
        let source = Rc::new(Source {
            display: file.display().to_string(),
            text,
        });
        let parsed = if is_types_file(&file) {
            parse_as(&source, &mut diags).map(crate::check::Parsed::Types)
        } else {
            parse(&source, &mut diags).map(|s| crate::check::Parsed::Method(Box::new(s)))
        };
        let Some(parsed) = parsed else {
            continue;
        };
        // include_str! needs a path that resolves wherever the expansion lands.
        let absolute = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
        inputs.push(crate::check::Input {
            source,
            file: absolute,
            parsed,
        });
    }
    // Unparsable files were reported; checking the rest still reports their problems.
    let api = crate::check::check_all(inputs, &mut diags);
    match api {
        Some(api) if diags.is_empty() => Ok(api),
        _ => Err(diags.into_vec()),
    }
}

/// Whether `file` lies in one of `dir`'s subdirectories named in `exclude`.
fn excluded(dir: &Path, file: &Path, exclude: &[String]) -> bool {
    match file
        .strip_prefix(dir)
        .ok()
        .and_then(|rel| rel.components().next())
    {
        Some(Component::Normal(first)) => exclude.iter().any(|x| first == x.as_str()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> (Option<SpecFile>, Vec<String>) {
        let source = Rc::new(Source {
            display: "x.toml".into(),
            text: text.into(),
        });
        let mut diags = Diagnostics::default();
        let spec = parse(&source, &mut diags);
        (
            spec,
            diags.into_vec().iter().map(ToString::to_string).collect(),
        )
    }

    #[test]
    fn reads_field_names_from_serde() {
        assert!(fields_of::<spec::Http>().contains(&"path"));
        assert!(fields_of::<spec::Field>().contains(&"type"));
    }

    #[test]
    fn every_unknown_key_is_reported_with_its_location_and_a_suggestion() {
        let (spec, diags) = parse_str(
            "service = \"a\"\nsumary = \"x\"\n[http]\nmethod = \"GET\"\npth = \"/x\"\n[[request.body]]\nname = \"a\"\ntpye = \"string\"\n",
        );
        assert!(spec.is_some(), "unknown keys do not stop parsing");
        assert_eq!(
            diags,
            [
                "x.toml:2:1: unknown key `sumary` in the top level\n  |\n2 | sumary = \"x\"\n  | ^^^^^^\n  = help: did you mean `summary`?",
                "x.toml:5:1: unknown key `pth` in [http]\n  |\n5 | pth = \"/x\"\n  | ^^^\n  = help: did you mean `path`?",
                "x.toml:8:1: unknown key `tpye` in [request.body]\n  |\n8 | tpye = \"string\"\n  | ^^^^\n  = help: did you mean `type`?",
            ]
        );
    }

    #[test]
    fn syntax_errors_are_located() {
        let (spec, diags) = parse_str("service = \"a\"\nversion = \n");
        assert!(spec.is_none());
        assert_eq!(diags.len(), 1);
        assert!(
            diags[0].starts_with("x.toml:2:11: TOML syntax error: "),
            "{diags:?}"
        );
    }

    #[test]
    fn wrong_value_shapes_are_located() {
        let (spec, diags) = parse_str("service = \"a\"\n[limits]\nrate_per_second = \"fast\"\n");
        assert!(spec.is_none());
        assert_eq!(diags.len(), 1);
        assert!(
            diags[0].starts_with(
                "x.toml:3:19: invalid spec: invalid type: string \"fast\", expected i64"
            ),
            "{diags:?}"
        );
    }
}
