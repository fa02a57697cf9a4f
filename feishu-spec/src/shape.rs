//! The structure of a checked endpoint as the wire sees it: every field by its path
//! (`body.user_ids`, `response.user_remedys[].status`) with its JSON type, required flag, enum
//! values and limits. Formats, Rust names, descriptions and examples are not structure. The
//! page diff and the drift check both compare these.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{self, EnumBase, Ty};

/// One field's structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldShape {
    /// `string`, `int`, `float`, `bool`, `file`, `object`, `map<string>`, …, with one `[]` per
    /// array level.
    pub ty: String,
    /// Whether a request must carry it (`None` for response fields).
    pub required: Option<bool>,
    /// The documented enum values, if it is an enum.
    pub values: Option<BTreeSet<String>>,
    /// Length, item and value bounds, rendered (`length 1..=100`), empty if none.
    pub limits: String,
}

/// An endpoint's structure.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shape {
    /// `POST /open-apis/…`
    pub http: String,
    /// Fields by path.
    pub fields: BTreeMap<String, FieldShape>,
}

/// The JSON type of a field type, with its array levels.
pub fn wire_type(ty: &Ty, enums: &dyn Fn(&str) -> Option<EnumBase>) -> String {
    match ty {
        Ty::String | Ty::UnixSeconds | Ty::LocalMinute | Ty::Secret | Ty::Int64 => "string".into(),
        Ty::Int | Ty::DateYmd => "int".into(),
        Ty::Bool => "bool".into(),
        Ty::Float => "float".into(),
        Ty::File => "file".into(),
        Ty::Json => "any".into(),
        Ty::Enum(name) => match enums(name) {
            Some(EnumBase::Int) => "int".into(),
            _ => "string".into(),
        },
        Ty::Object(_) => "object".into(),
        Ty::Array(inner) => format!("{}[]", wire_type(inner, enums)),
        Ty::Map(inner) => format!("map<{}>", wire_type(inner, enums)),
    }
}

/// The structure of `endpoint`, its objects and enums looked up in the endpoint and in the
/// service version's shared `types`.
pub fn of_endpoint(endpoint: &ir::Endpoint, shared: &[ir::TypeSet]) -> Shape {
    let shared: Vec<&ir::TypeSet> = shared
        .iter()
        .filter(|t| t.service == endpoint.service && t.version == endpoint.version)
        .collect();
    let find_object = |name: &str| {
        endpoint
            .objects
            .iter()
            .chain(shared.iter().flat_map(|t| &t.objects))
            .find(|o| o.name == name)
    };
    let find_enum = |name: &str| {
        endpoint
            .enums
            .iter()
            .chain(shared.iter().flat_map(|t| &t.enums))
            .find(|e| e.name == name)
    };
    let enum_base = |name: &str| find_enum(name).map(|e| e.base);
    let mut shape = Shape {
        http: format!("{} {}", http(endpoint.http_method), endpoint.path),
        fields: BTreeMap::new(),
    };
    struct Walk<'a> {
        find_object: &'a dyn Fn(&str) -> Option<&'a ir::Object>,
        find_enum: &'a dyn Fn(&str) -> Option<&'a ir::Enum>,
        enum_base: &'a dyn Fn(&str) -> Option<EnumBase>,
    }
    impl Walk<'_> {
        fn fields(
            &self,
            prefix: &str,
            fields: &[ir::Field],
            request: bool,
            open: &mut Vec<String>,
            out: &mut BTreeMap<String, FieldShape>,
        ) {
            for f in fields {
                let path = format!("{prefix}{}", f.wire);
                let mut base = &f.ty;
                let mut arrays = String::new();
                while let Ty::Array(inner) = base {
                    arrays.push_str("[]");
                    base = inner;
                }
                let values = match base {
                    Ty::Enum(name) => (self.find_enum)(name)
                        .map(|e| e.values.iter().map(|v| v.wire.clone()).collect()),
                    _ => None,
                };
                out.insert(
                    path.clone(),
                    FieldShape {
                        ty: wire_type(&f.ty, self.enum_base),
                        required: request.then_some(f.required),
                        values,
                        limits: limits(&f.constraints),
                    },
                );
                if let Ty::Object(name) = base
                    && !open.contains(name)
                    && let Some(o) = (self.find_object)(name)
                {
                    open.push(name.clone());
                    self.fields(&format!("{path}{arrays}."), &o.fields, request, open, out);
                    open.pop();
                }
            }
        }
    }
    let walk = Walk {
        find_object: &find_object,
        find_enum: &find_enum,
        enum_base: &enum_base,
    };
    let mut open = Vec::new();
    walk.fields(
        "path.",
        &endpoint.path_params,
        true,
        &mut open,
        &mut shape.fields,
    );
    walk.fields(
        "query.",
        &endpoint.query,
        true,
        &mut open,
        &mut shape.fields,
    );
    walk.fields(
        "header.",
        &endpoint.headers,
        true,
        &mut open,
        &mut shape.fields,
    );
    walk.fields("body.", &endpoint.body, true, &mut open, &mut shape.fields);
    let response: Vec<ir::Field> = match &endpoint.response_object {
        Some(name) => find_object(name)
            .map(|o| o.fields.clone())
            .unwrap_or_default(),
        None => endpoint.response.clone(),
    };
    walk.fields("response.", &response, false, &mut open, &mut shape.fields);
    shape
}

fn http(m: ir::HttpMethod) -> &'static str {
    match m {
        ir::HttpMethod::Get => "GET",
        ir::HttpMethod::Post => "POST",
        ir::HttpMethod::Put => "PUT",
        ir::HttpMethod::Patch => "PATCH",
        ir::HttpMethod::Delete => "DELETE",
    }
}

fn limits(c: &ir::Constraints) -> String {
    let range = |what: &str, min: Option<String>, max: Option<String>| match (min, max) {
        (None, None) => None,
        (a, b) => Some(format!(
            "{what} {}..={}",
            a.unwrap_or_default(),
            b.unwrap_or_default()
        )),
    };
    let s = |n: Option<u64>| n.map(|n| n.to_string());
    let i = |n: Option<i64>| n.map(|n| n.to_string());
    [
        range("items", s(c.min_items), s(c.max_items)),
        range("length", s(c.min_length), s(c.max_length)),
        range("value", i(c.minimum), i(c.maximum)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// One structural difference, `left` being the page (or the official model) and `right` the
/// spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The method or path differ.
    Http {
        /// Left side.
        left: String,
        /// Right side.
        right: String,
    },
    /// Only on the left.
    Added(String, FieldShape),
    /// Only on the right.
    Removed(String, FieldShape),
    /// Both, with different JSON types.
    Retyped(String, String, String),
    /// Both, one required and one not.
    Required(String, bool, bool),
    /// Both enums, with different values: (only left, only right).
    Values(String, Vec<String>, Vec<String>),
    /// Both, with different limits.
    Limits(String, String, String),
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Difference::Http { left, right } => write!(f, "http: page `{left}`, spec `{right}`"),
            Difference::Added(p, s) => {
                write!(f, "added {p} ({}): on the page, not in the spec", s.ty)
            }
            Difference::Removed(p, s) => {
                write!(f, "removed {p} ({}): in the spec, not on the page", s.ty)
            }
            Difference::Retyped(p, l, r) => write!(f, "retyped {p}: page {l}, spec {r}"),
            Difference::Required(p, l, r) => write!(
                f,
                "required {p}: page {}, spec {}",
                if *l { "required" } else { "optional" },
                if *r { "required" } else { "optional" }
            ),
            Difference::Values(p, l, r) => write!(
                f,
                "values {p}: only on the page [{}], only in the spec [{}]",
                l.join(", "),
                r.join(", ")
            ),
            Difference::Limits(p, l, r) => write!(f, "limits {p}: page `{l}`, spec `{r}`"),
        }
    }
}

/// Every structural difference between two shapes, in path order.
pub fn diff(left: &Shape, right: &Shape) -> Vec<Difference> {
    let mut out = Vec::new();
    if left.http != right.http {
        out.push(Difference::Http {
            left: left.http.clone(),
            right: right.http.clone(),
        });
    }
    let paths: BTreeSet<&String> = left.fields.keys().chain(right.fields.keys()).collect();
    for p in paths {
        match (left.fields.get(p), right.fields.get(p)) {
            (Some(l), None) => out.push(Difference::Added(p.clone(), l.clone())),
            (None, Some(r)) => out.push(Difference::Removed(p.clone(), r.clone())),
            (Some(l), Some(r)) => {
                if l.ty != r.ty {
                    out.push(Difference::Retyped(p.clone(), l.ty.clone(), r.ty.clone()));
                }
                if let (Some(a), Some(b)) = (l.required, r.required)
                    && a != b
                {
                    out.push(Difference::Required(p.clone(), a, b));
                }
                match (&l.values, &r.values) {
                    (Some(a), Some(b)) if a != b => out.push(Difference::Values(
                        p.clone(),
                        a.difference(b).cloned().collect(),
                        b.difference(a).cloned().collect(),
                    )),
                    (Some(a), None) => out.push(Difference::Values(
                        p.clone(),
                        a.iter().cloned().collect(),
                        Vec::new(),
                    )),
                    (None, Some(b)) => out.push(Difference::Values(
                        p.clone(),
                        Vec::new(),
                        b.iter().cloned().collect(),
                    )),
                    _ => {}
                }
                if l.limits != r.limits {
                    out.push(Difference::Limits(
                        p.clone(),
                        l.limits.clone(),
                        r.limits.clone(),
                    ));
                }
            }
            (None, None) => {}
        }
    }
    out
}

/// The shape of the method spec at `file`, checked with the other specs of its service
/// version (the directory two levels up, where its shared types live).
pub fn of_spec_file(file: &std::path::Path) -> Result<Shape, String> {
    let file =
        std::fs::canonicalize(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let dir = file
        .parent()
        .and_then(std::path::Path::parent)
        .ok_or_else(|| {
            format!(
                "{} is not at <service>/<version>/<resource>/<method>.toml",
                file.display()
            )
        })?;
    let api = crate::load::load_dir(dir, &[]).map_err(|diags| {
        diags
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let endpoint = api
        .endpoints
        .iter()
        .find(|e| e.file == file)
        .ok_or_else(|| format!("{} holds no method spec", file.display()))?;
    Ok(of_endpoint(endpoint, &api.shared))
}

/// The shape of the method spec under the spec directory `dir` whose HTTP method and path
/// are `http` (`POST /open-apis/…`), with its file.
pub fn of_spec_in_dir(
    dir: &std::path::Path,
    http: &str,
) -> Result<(Shape, std::path::PathBuf), String> {
    let api = crate::load::load_dir(dir, &[]).map_err(|diags| {
        diags
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    api.endpoints
        .iter()
        .map(|e| (of_endpoint(e, &api.shared), e.file.clone()))
        .find(|(s, _)| s.http == http)
        .ok_or_else(|| format!("no spec under {} is `{http}`", dir.display()))
}
