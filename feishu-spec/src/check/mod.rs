//! Stage 2, checks: turns a parsed spec into the intermediate model, recording every problem
//! (with its location and a hint) instead of stopping at the first. Code generation only ever
//! sees a spec that passed every check.
//!
//! One module per concern: `types` (declared objects and enums, the scopes shared by a
//! service version, type expressions), `fields`, `endpoint` (the method's own tables) and
//! `examples`.

mod endpoint;
mod examples;
mod fields;
#[cfg(test)]
mod tests;
mod types;

use std::collections::BTreeMap;
use std::path::Path;
use std::path::PathBuf;
use std::rc::Rc;

use crate::diag::{Diagnostic, Diagnostics, Source, did_you_mean};
use crate::ir::{self, Ty};
use crate::names::snake;
use crate::spec::{self, S, SpecFile};

const PRIMITIVES: &[&str] = &["string", "int", "bool", "float", "file", "json"];
const FORMATS: &[&str] = &["unix_seconds", "yyyymmdd", "local_minute", "int64"];
const HTTP_METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE"];
const TOKEN_TYPES: &[&str] = &["tenant", "user", "app"];
const APP_TYPES: &[&str] = &["self_built", "store"];
const ENUM_BASES: &[&str] = &["string", "int"];

/// A parsed spec file, ready to check.
pub enum Parsed {
    /// One method: `specs/<service>/<version>/<resource>/<method>.toml`.
    Method(Box<SpecFile>),
    /// Objects and enums shared by the methods of one service version (`types.toml`).
    Types(spec::TypesFile),
}

/// One spec file with its text (for diagnostics) and absolute path (for `include_str!`).
pub struct Input {
    /// The file's text and display name.
    pub source: Rc<Source>,
    /// The file's absolute path.
    pub file: PathBuf,
    /// Its parsed content.
    pub parsed: Parsed,
}

/// Checks every spec of one expansion: the shared type files first (every service version's
/// names in one scope), then each method against its service version's scope, then what only
/// shows across files. `None` if anything was wrong (the problems are in `diags`).
pub fn check_all(inputs: Vec<Input>, diags: &mut Diagnostics) -> Option<ir::Api> {
    let before = diags.len();
    let (types, methods): (Vec<Input>, Vec<Input>) = inputs
        .into_iter()
        .partition(|i| matches!(i.parsed, Parsed::Types(_)));
    let mut scopes = types::shared_scopes(types, diags);
    let mut endpoints = Vec::new();
    // Service versions with a method that failed its checks: their shared types may look
    // unused only because of that failure, so that is not reported on top.
    let mut failed = std::collections::BTreeSet::new();
    for input in methods {
        let Parsed::Method(spec) = input.parsed else {
            continue;
        };
        let spec = *spec;
        let mut cx = Cx {
            source: &input.source,
            diags,
        };
        let key = (
            spec.service.as_ref().map(|s| s.get_ref().clone()),
            spec.version.as_ref().map(|s| s.get_ref().clone()),
        );
        let scope = match key {
            (Some(service), Some(version)) => scopes.get(&(service, version)),
            _ => None,
        };
        let errors_before = cx.diags.len();
        let endpoint = cx.endpoint(spec, &input.file, scope);
        if cx.diags.len() == errors_before {
            endpoints.push((endpoint, input.source));
        } else {
            failed.insert((endpoint.service, endpoint.version));
        }
    }
    check_api(&endpoints, diags);
    let mut endpoints: Vec<ir::Endpoint> = endpoints.into_iter().map(|(e, _)| e).collect();
    let shared = types::finish_shared(&mut scopes, &mut endpoints, &failed, diags);
    if diags.len() > before {
        return None;
    }
    endpoints.sort_by(|a, b| {
        (&a.service, &a.version, &a.resource, &a.method).cmp(&(
            &b.service,
            &b.version,
            &b.resource,
            &b.method,
        ))
    });
    Some(ir::Api { endpoints, shared })
}

/// Checks one method spec on its own (no shared types); `None` if anything was wrong.
pub fn check(
    spec: SpecFile,
    source: &Rc<Source>,
    file: &Path,
    diags: &mut Diagnostics,
) -> Option<ir::Endpoint> {
    let input = Input {
        source: Rc::clone(source),
        file: file.to_path_buf(),
        parsed: Parsed::Method(Box::new(spec)),
    };
    check_all(vec![input], diags).and_then(|mut api| api.endpoints.pop())
}

/// Checks what only shows across specs: two files describing the same method.
fn check_api(endpoints: &[(ir::Endpoint, Rc<Source>)], diags: &mut Diagnostics) {
    let mut seen: BTreeMap<(&str, &str, &str, &str), &str> = BTreeMap::new();
    for (e, source) in endpoints {
        let key = (
            e.service.as_str(),
            e.version.as_str(),
            e.resource.as_str(),
            e.method.as_str(),
        );
        if let Some(first) = seen.insert(key, &e.file_display) {
            let message = format!(
                "method `{}.{}.{}.{}` is also described by {first}",
                e.service, e.version, e.resource, e.method
            );
            diags.push(
                Diagnostic::new(source, 0..0, message)
                    .hint("each method needs exactly one spec file"),
            );
        }
    }
}

struct Cx<'a> {
    source: &'a Rc<Source>,
    diags: &'a mut Diagnostics,
}

impl Cx<'_> {
    fn err(
        &mut self,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        self.diags
            .push(Diagnostic::new(self.source, span, message).hint(hint));
    }

    /// A required key: reports it missing at `span` (the enclosing table) if absent.
    fn need<'s>(
        &mut self,
        value: &'s Option<S>,
        key: &str,
        table: &str,
        span: std::ops::Range<usize>,
    ) -> Option<&'s S> {
        if value.is_none() && !self.diags.suggested_keys.contains(key) {
            self.err(
                span,
                format!("missing key `{key}` in {table}"),
                format!("add `{key} = \"…\"`"),
            );
        }
        value.as_ref()
    }
    fn keyword(&mut self, value: &S, allowed: &[&str], what: &str) -> Option<usize> {
        let v = value.get_ref();
        if let Some(i) = allowed.iter().position(|a| a == v) {
            return Some(i);
        }
        let hint = match did_you_mean(v, allowed.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("expected one of: {}", allowed.join(", ")),
        };
        self.err(value.span(), format!("unknown {what} `{v}`"), hint);
        None
    }
}

fn text(s: &S) -> String {
    s.get_ref().trim().to_owned()
}

fn rust_name(f: &spec::Field) -> String {
    match (&f.rust_name, &f.name) {
        (Some(r), _) => r.get_ref().clone(),
        (None, Some(n)) => snake(n.get_ref()),
        (None, None) => String::new(),
    }
}

/// Values that can travel as one query parameter or path segment.
fn is_scalar(ty: &Ty) -> bool {
    !matches!(
        ty,
        Ty::Array(_) | Ty::Object(_) | Ty::Map(_) | Ty::File | Ty::Secret | Ty::Json
    )
}

fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>, otherwise: &str) -> String {
    match did_you_mean(word, candidates) {
        Some(s) => format!("did you mean `{s}`?"),
        None => otherwise.to_owned(),
    }
}

fn kind(v: &toml::Value) -> &'static str {
    match v {
        toml::Value::String(_) => "a string",
        toml::Value::Integer(_) => "an integer",
        toml::Value::Float(_) => "a float",
        toml::Value::Boolean(_) => "a boolean",
        toml::Value::Datetime(_) => "a datetime",
        toml::Value::Array(_) => "an array",
        toml::Value::Table(_) => "a table",
    }
}
