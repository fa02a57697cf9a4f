//! The drift check: every spec compared, field by field, with the official SDK's model of the
//! same method (method and path, path and query parameters, request body and response objects
//! recursively), as `scripts/drift/official.py` describes them. A finding is a field missing
//! from the spec, one the spec invents, or one of another JSON type; a deliberate difference
//! is listed with its reason in an allow file, and an entry that no longer matches anything is
//! itself a finding, so the list stays true.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

use crate::shape::{self, FieldShape, Shape};

/// The official SDK's description (`official.json`).
#[derive(Debug, Deserialize)]
pub struct Official {
    /// `lark-oapi`
    pub sdk: String,
    /// `1.7.5`
    pub version: String,
    /// Every method.
    pub methods: Vec<OfficialMethod>,
    /// Every model: name → field → type.
    pub models: BTreeMap<String, BTreeMap<String, String>>,
}

/// One method of the official SDK.
#[derive(Debug, Deserialize)]
pub struct OfficialMethod {
    /// `attendance`
    pub service: String,
    /// `v1`
    pub version: String,
    /// `user_task_remedy`
    pub resource: String,
    /// `query`
    pub method: String,
    /// `POST`
    pub http_method: String,
    /// `/open-apis/…` with `:name` parameters.
    pub uri: String,
    /// Path parameters and their types.
    #[serde(default)]
    pub path_params: BTreeMap<String, String>,
    /// Query parameters and their types.
    #[serde(default)]
    pub query_params: BTreeMap<String, String>,
    /// The body model.
    pub request_body: Option<String>,
    /// The `data` model.
    pub response_body: Option<String>,
    /// A file download.
    #[serde(default)]
    pub binary_response: bool,
}

impl OfficialMethod {
    /// `service.version.resource.method`
    pub fn id(&self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.service, self.version, self.resource, self.method
        )
    }
}

/// The path with every parameter written `:_`, so that methods match whatever their
/// parameters are called.
pub fn path_key(http: &str) -> String {
    http.split('/')
        .map(|seg| if seg.starts_with(':') { ":_" } else { seg })
        .collect::<Vec<_>>()
        .join("/")
}

/// The official method's shape, in the spec shape's terms.
pub fn official_shape(m: &OfficialMethod, official: &Official) -> Shape {
    let mut shape = Shape {
        http: format!("{} {}", m.http_method, m.uri),
        fields: BTreeMap::new(),
    };
    let field = |ty: String| FieldShape {
        ty,
        required: None,
        values: None,
        limits: String::new(),
    };
    for (name, ty) in &m.path_params {
        shape.fields.insert(format!("path.{name}"), field(wire(ty)));
    }
    for (name, ty) in &m.query_params {
        shape
            .fields
            .insert(format!("query.{name}"), field(wire(ty)));
    }
    let mut open = Vec::new();
    if let Some(body) = &m.request_body {
        walk(official, "body.", body, &mut open, &mut shape.fields);
    }
    if let Some(data) = &m.response_body
        && !m.binary_response
    {
        walk(official, "response.", data, &mut open, &mut shape.fields);
    }
    shape
}

/// An official type in the spec shape's JSON-type terms.
fn wire(ty: &str) -> String {
    if let Some(inner) = ty.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
        return format!("{}[]", wire(inner));
    }
    if let Some(inner) = ty
        .strip_prefix("map<str,")
        .and_then(|t| t.strip_suffix('>'))
    {
        return format!("map<{}>", wire(inner));
    }
    match ty {
        "str" => "string".into(),
        "int" => "int".into(),
        "float" => "float".into(),
        "bool" => "bool".into(),
        "file" => "file".into(),
        t if t.starts_with("model:") => "object".into(),
        _ => "any".into(),
    }
}

fn walk(
    official: &Official,
    prefix: &str,
    model: &str,
    open: &mut Vec<String>,
    out: &mut BTreeMap<String, FieldShape>,
) {
    let Some(fields) = official.models.get(model) else {
        return;
    };
    if open.iter().any(|m| m == model) {
        return;
    }
    open.push(model.to_owned());
    for (name, ty) in fields {
        let path = format!("{prefix}{name}");
        out.insert(
            path.clone(),
            FieldShape {
                ty: wire(ty),
                required: None,
                values: None,
                limits: String::new(),
            },
        );
        let mut inner = ty.as_str();
        let mut arrays = String::new();
        while let Some(i) = inner
            .strip_prefix("list<")
            .and_then(|t| t.strip_suffix('>'))
        {
            inner = i;
            arrays.push_str("[]");
        }
        if let Some(m) = inner.strip_prefix("model:") {
            walk(official, &format!("{path}{arrays}."), m, open, out);
        }
    }
    open.pop();
}

/// What kind of difference a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The official model has it; the spec does not.
    Missing,
    /// The spec has it; the official model does not.
    Invented,
    /// Both, with different JSON types.
    WrongType,
    /// The spec's field and the official one differ only in how the name is written: the
    /// official SDK snake-cases a wire name (`clockIn_need_photo` → `clock_in_need_photo`).
    WireName,
    /// The spec's method is not in the official SDK.
    NoOfficialMethod,
    /// An allow-file entry that matches nothing.
    StaleAllowance,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Missing => "missing",
            Kind::Invented => "invented",
            Kind::WrongType => "wrong_type",
            Kind::WireName => "wire_name",
            Kind::NoOfficialMethod => "no_official_method",
            Kind::StaleAllowance => "stale_allowance",
        })
    }
}

/// One difference between a spec and the official model.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// The spec's method, `POST /open-apis/…`.
    pub method: String,
    /// The field's path (`body.user_ids`), empty for the method itself.
    pub field: String,
    /// What differs.
    pub kind: Kind,
    /// Types and other detail.
    pub detail: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind, self.method)?;
        if !self.field.is_empty() {
            write!(f, " {}", self.field)?;
        }
        if !self.detail.is_empty() {
            write!(f, ": {}", self.detail)?;
        }
        Ok(())
    }
}

/// The reviewed allow file: classes of deliberate difference, and single ones.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// A class of difference allowed everywhere (a spec `string` where the SDK says `int`).
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// One finding allowed.
    #[serde(default)]
    pub allow: Vec<Allowance>,
}

/// A class of finding allowed everywhere: every finding of `kind`, or with `spec` and
/// `official`, every `wrong_type` finding between those two JSON types.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The finding's kind.
    pub kind: Kind,
    /// For `wrong_type`: the spec's JSON type.
    pub spec: Option<String>,
    /// For `wrong_type`: the official type.
    pub official: Option<String>,
    /// Why.
    pub reason: String,
}

impl Rule {
    fn covers(&self, f: &Finding) -> bool {
        self.kind == f.kind
            && match (&self.spec, &self.official) {
                (Some(s), Some(o)) => f.detail == format!("spec {s}, official {o}"),
                (None, None) => true,
                _ => false,
            }
    }
}

/// One allowed finding.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allowance {
    /// `POST /open-apis/…`
    pub method: String,
    /// Field path; a path ending in `.*` covers everything below it; empty for the method.
    #[serde(default)]
    pub field: String,
    /// The finding's kind.
    pub kind: Kind,
    /// Why the spec is right, or why the difference is deliberate.
    pub reason: String,
}

impl Allowance {
    fn covers(&self, f: &Finding) -> bool {
        let field = match self.field.strip_suffix(".*") {
            Some(prefix) => {
                f.field == prefix
                    || f.field.starts_with(&format!("{prefix}."))
                    || f.field.starts_with(&format!("{prefix}[]"))
            }
            None => f.field == self.field,
        };
        self.kind == f.kind && self.method == f.method && field
    }
}

/// Compares one spec shape with the official method of the same HTTP method and path.
pub fn compare(spec: &Shape, official: &Shape) -> Vec<Finding> {
    let mut out = Vec::new();
    for d in shape::diff(official, spec) {
        let (field, kind, detail) = match d {
            shape::Difference::Added(p, s) => (p, Kind::Missing, format!("official {}", s.ty)),
            shape::Difference::Removed(p, s) => (p, Kind::Invented, format!("spec {}", s.ty)),
            shape::Difference::Retyped(p, o, s) => {
                if compatible(&s, &o) {
                    continue;
                }
                (p, Kind::WrongType, format!("spec {s}, official {o}"))
            }
            _ => continue,
        };
        // Below a field of another type, every field is noise: the type is the finding.
        if out.iter().any(|f: &Finding| {
            f.kind == Kind::WrongType
                && (field.starts_with(&format!("{}.", f.field))
                    || field.starts_with(&format!("{}[]", f.field)))
        }) {
            continue;
        }
        out.push(Finding {
            method: spec.http.clone(),
            field,
            kind,
            detail,
        });
    }
    pair_wire_names(out)
}

/// A spec field the official model lacks, beside an official field the spec lacks whose path
/// is the spec's snake-cased, is one finding: the same field, its name written two ways. What
/// lies below both is then compared as one.
fn pair_wire_names(findings: Vec<Finding>) -> Vec<Finding> {
    let snake_path = |p: &str| {
        p.split('.')
            .map(|seg| {
                let arrays = seg.len() - seg.trim_end_matches("[]").len();
                let name = &seg[..seg.len() - arrays];
                format!(
                    "{}{}",
                    crate::names::snake(name),
                    &seg[seg.len() - arrays..]
                )
            })
            .collect::<Vec<_>>()
            .join(".")
    };
    let missing: BTreeSet<String> = findings
        .iter()
        .filter(|f| f.kind == Kind::Missing)
        .map(|f| f.field.clone())
        .collect();
    // Spec paths whose snake-cased form the official model has, and that form.
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    for f in findings.iter().filter(|f| f.kind == Kind::Invented) {
        let snaked = snake_path(&f.field);
        if snaked != f.field && missing.contains(&snaked) {
            renamed.insert(f.field.clone(), snaked);
        }
    }
    let under = |path: &str, root: &str| {
        path == root
            || path.starts_with(&format!("{root}."))
            || path.starts_with(&format!("{root}[]"))
    };
    let mut out = Vec::new();
    for f in findings {
        match f.kind {
            Kind::Invented if renamed.contains_key(&f.field) => out.push(Finding {
                detail: format!(
                    "official `{}`",
                    renamed[&f.field].rsplit('.').next().unwrap_or_default()
                ),
                kind: Kind::WireName,
                ..f
            }),
            Kind::Invented if renamed.keys().any(|r| under(&f.field, r)) => {}
            Kind::Missing if renamed.values().any(|r| under(&f.field, r)) => {}
            _ => out.push(f),
        }
    }
    out
}

/// `any` in the official model matches whatever the spec says.
fn compatible(spec: &str, official: &str) -> bool {
    let (s_base, o_base) = (spec.trim_end_matches("[]"), official.trim_end_matches("[]"));
    spec.len() - s_base.len() == official.len() - o_base.len()
        && (o_base == "any" || o_base == "map<any>" && s_base.starts_with("map<"))
}

/// The outcome of a drift run.
#[derive(Debug, Default)]
pub struct Report {
    /// Specs compared.
    pub compared: usize,
    /// Findings no allow entry covers.
    pub findings: Vec<Finding>,
    /// Findings allowed, with the reason.
    pub allowed: Vec<(Finding, String)>,
}

/// Checks every endpoint of `api` against `official`, with the allow list.
pub fn check(api: &crate::ir::Api, official: &Official, allow: &Allow) -> Report {
    let by_path: BTreeMap<String, &OfficialMethod> = official
        .methods
        .iter()
        .map(|m| (path_key(&format!("{} {}", m.http_method, m.uri)), m))
        .collect();
    let mut report = Report::default();
    let mut raw = Vec::new();
    for e in &api.endpoints {
        let spec = shape::of_endpoint(e, &api.shared);
        report.compared += 1;
        match by_path.get(&path_key(&spec.http)) {
            Some(m) => {
                let official_shape = official_shape(m, official);
                raw.extend(compare(&spec, &official_shape));
            }
            None => raw.push(Finding {
                method: spec.http.clone(),
                field: String::new(),
                kind: Kind::NoOfficialMethod,
                detail: format!(
                    "no method of {} {} has this path",
                    official.sdk, official.version
                ),
            }),
        }
    }
    let mut used = BTreeSet::new();
    for f in raw {
        if let Some(rule) = allow.rules.iter().find(|r| r.covers(&f)) {
            report.allowed.push((f, rule.reason.clone()));
            continue;
        }
        match allow.allow.iter().position(|a| a.covers(&f)) {
            Some(i) => {
                used.insert(i);
                report.allowed.push((f, allow.allow[i].reason.clone()));
            }
            None => report.findings.push(f),
        }
    }
    for (i, a) in allow.allow.iter().enumerate() {
        if !used.contains(&i) {
            report.findings.push(Finding {
                method: a.method.clone(),
                field: a.field.clone(),
                kind: Kind::StaleAllowance,
                detail: format!("the allow entry for `{}` matches no finding", a.kind),
            });
        }
    }
    report.findings.sort();
    report
}
