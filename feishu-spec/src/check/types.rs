//! Declared types: `[[enums]]` and `[[objects]]`, the scopes a service version's `types.toml`
//! files share with its methods, type expressions, and wire values checked against a type.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::PathBuf;
use std::rc::Rc;

use toml::Spanned;

use super::{Cx, ENUM_BASES, Input, PRIMITIVES, Parsed, kind, suggest, text};
use crate::diag::{Diagnostic, Diagnostics, Source};
use crate::ir::{self, Json, Ty};
use crate::names::{is_pascal, is_reserved};
use crate::spec::{self, S};

/// What the names in a spec refer to.
#[derive(Debug, Clone, Default)]
pub(super) struct Names {
    pub enums: BTreeMap<String, ir::EnumBase>,
    pub enum_values: BTreeMap<String, Vec<(String, String)>>,
    pub objects: BTreeSet<String>,
    /// Declared but invalid: already reported, so references to them stay quiet.
    pub poisoned: BTreeSet<String>,
}

impl Names {
    fn merge(&mut self, other: &Names) {
        self.enums.extend(other.enums.clone());
        self.enum_values.extend(other.enum_values.clone());
        self.objects.extend(other.objects.iter().cloned());
        self.poisoned.extend(other.poisoned.iter().cloned());
    }
}

/// Where a type is declared, for "declared twice" and "never used" messages.
#[derive(Debug, Clone)]
pub(super) struct Declaration {
    pub source: Rc<Source>,
    pub span: Range<usize>,
}

impl Declaration {
    fn at(&self) -> String {
        let (line, col) = self.source.line_col(self.span.start);
        format!("{}:{line}:{col}", self.source.display)
    }
}

/// The types one service version shares between its methods.
#[derive(Debug, Default)]
pub(super) struct Scope {
    pub names: Names,
    pub declared: BTreeMap<String, Declaration>,
    pub objects: Vec<ir::Object>,
    pub enums: Vec<ir::Enum>,
    pub files: Vec<PathBuf>,
    pub description: String,
}

/// `(service, version)`.
pub(super) type ScopeKey = (String, String);

/// Shared scopes by `(service, version)`.
pub(super) type Scopes = BTreeMap<ScopeKey, Scope>;

/// The declarations of one file (a method's local types, or one `types.toml`).
#[derive(Debug, Default)]
pub(super) struct Declared {
    pub names: Names,
    pub spans: BTreeMap<String, Range<usize>>,
    pub enums: Vec<ir::Enum>,
}

/// Checks every `types.toml`: names are declared across all files of a service version first
/// (so they may refer to each other in any order), then their fields are checked.
pub(super) fn shared_scopes(inputs: Vec<Input>, diags: &mut Diagnostics) -> Scopes {
    let mut scopes = Scopes::new();
    // Each file, kept for the second pass: its source, content and scope key.
    let mut files: Vec<(Rc<Source>, spec::TypesFile, ScopeKey)> = Vec::new();
    for input in inputs {
        let Parsed::Types(t) = input.parsed else {
            continue;
        };
        let mut cx = Cx {
            source: &input.source,
            diags,
        };
        let key = cx.scope_key(&t);
        let Some(key) = key else { continue };
        let scope = scopes.entry(key.clone()).or_default();
        scope.files.push(input.file.clone());
        if let Some(d) = &t.description {
            if !scope.description.is_empty() {
                scope.description.push_str("\n\n");
            }
            scope.description.push_str(&text(d));
        }
        let before = scope.names.clone();
        let local = cx.declare_names(&t.objects, &t.enums, &before, &scope.declared, &[]);
        for (name, span) in &local.spans {
            scope.declared.insert(
                name.clone(),
                Declaration {
                    source: Rc::clone(&input.source),
                    span: span.clone(),
                },
            );
        }
        scope.names.merge(&local.names);
        scope.enums.extend(local.enums);
        files.push((input.source, t, key));
    }
    for (source, t, key) in &files {
        let Some(scope) = scopes.get_mut(key) else {
            continue;
        };
        let mut cx = Cx { source, diags };
        let names = scope.names.clone();
        let objects = cx.object_fields(&t.objects, &names, &scope.declared);
        scope.objects.extend(objects);
    }
    scopes
}

/// After every method is checked: marks the shared objects requests carry, reports shared
/// types no method uses, and works out per endpoint which shared types it re-exports, the
/// recursive fields that need a box, and the documented response paths.
pub(super) fn finish_shared(
    scopes: &mut Scopes,
    endpoints: &mut [ir::Endpoint],
    failed: &BTreeSet<(String, String)>,
    diags: &mut Diagnostics,
) -> Vec<ir::TypeSet> {
    let mut used: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    let mut sent: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for e in endpoints.iter_mut() {
        let key = (e.service.clone(), e.version.clone());
        let empty = Scope::default();
        let scope = scopes.get(&key).unwrap_or(&empty);
        let (in_request, everything, documented) = {
            let all: Vec<&ir::Object> = e.objects.iter().chain(&scope.objects).collect();
            let find = |name: &str| all.iter().copied().find(|o| o.name == name);
            let request_roots: Vec<&Ty> = e.request_fields().map(|(_, f)| &f.ty).collect();
            let in_request = reachable(request_roots, &find);
            let mut roots: Vec<&Ty> = e.request_fields().map(|(_, f)| &f.ty).collect();
            roots.extend(e.response.iter().map(|f| &f.ty));
            roots.extend(
                e.objects
                    .iter()
                    .flat_map(|o| o.fields.iter().map(|f| &f.ty)),
            );
            let response_object = e.response_object.clone().map(Ty::Object);
            roots.extend(response_object.as_ref());
            let everything = reachable(roots, &find);
            let documented = match &e.response_object {
                Some(name) => find(name)
                    .map(|o| ir::documented_paths(&o.fields, &find))
                    .unwrap_or_default(),
                None => ir::documented_paths(&e.response, &find),
            };
            (in_request, everything, documented)
        };
        for o in &mut e.objects {
            o.in_request = in_request.contains(&o.name);
        }
        let shared: Vec<String> = everything
            .iter()
            .filter(|n| scope.declared.contains_key(*n))
            .cloned()
            .collect();
        sent.entry(key.clone()).or_default().extend(
            in_request
                .into_iter()
                .filter(|n| scope.declared.contains_key(n)),
        );
        used.entry(key).or_default().extend(shared.iter().cloned());
        e.shared_types = shared;
        e.documented = documented;
        let local: Vec<ir::Object> = e.objects.clone();
        for o in &mut e.objects {
            box_recursive(o, &|n| {
                local.iter().chain(&scope.objects).find(|o| o.name == n)
            });
        }
    }
    let mut out = Vec::new();
    for (key, scope) in scopes.iter_mut() {
        let used = used.remove(key).unwrap_or_default();
        // A shared type used only by other shared types counts as used.
        let mut roots: Vec<Ty> = used.iter().map(|n| Ty::Object(n.clone())).collect();
        roots.extend(used.iter().map(|n| Ty::Enum(n.clone())));
        let objects = scope.objects.clone();
        let reached = reachable(roots.iter().collect(), &|n: &str| {
            objects.iter().find(|o| o.name == n)
        });
        let mut unused: Vec<(&String, &Declaration)> = scope
            .declared
            .iter()
            .filter(|(name, _)| !reached.contains(*name) && !scope.names.poisoned.contains(*name))
            .filter(|_| !failed.contains(key))
            .collect();
        unused.sort_by(|a, b| {
            (&a.1.source.display, a.1.span.start).cmp(&(&b.1.source.display, b.1.span.start))
        });
        for (name, at) in unused {
            {
                diags.push(
                    Diagnostic::new(
                        &at.source,
                        at.span.clone(),
                        format!(
                            "shared type `{name}` is used by no method of `{}.{}`",
                            key.0, key.1
                        ),
                    )
                    .hint("refer to it from a method spec's field `type`, or remove it"),
                );
            }
        }
        let sent = sent.remove(key).unwrap_or_default();
        let sent_closure = reachable(
            sent.iter()
                .map(|n| Ty::Object(n.clone()))
                .collect::<Vec<_>>()
                .iter()
                .collect(),
            &|n: &str| objects.iter().find(|o| o.name == n),
        );
        for o in &mut scope.objects {
            o.in_request = sent_closure.contains(&o.name);
        }
        let snapshot = scope.objects.clone();
        for o in &mut scope.objects {
            box_recursive(o, &|n| snapshot.iter().find(|o| o.name == n));
        }
        out.push(ir::TypeSet {
            service: key.0.clone(),
            version: key.1.clone(),
            files: scope.files.clone(),
            description: scope.description.clone(),
            objects: std::mem::take(&mut scope.objects),
            enums: std::mem::take(&mut scope.enums),
        });
    }
    out
}

/// Every declared type name reachable from `roots` through object fields.
fn reachable<'o>(
    roots: Vec<&Ty>,
    find: &dyn Fn(&str) -> Option<&'o ir::Object>,
) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<Ty> = roots.into_iter().cloned().collect();
    while let Some(ty) = stack.pop() {
        match ty {
            Ty::Array(inner) | Ty::Map(inner) => stack.push(*inner),
            Ty::Enum(name) => {
                seen.insert(name);
            }
            Ty::Object(name) => {
                if seen.insert(name.clone())
                    && let Some(o) = find(&name)
                {
                    stack.extend(o.fields.iter().map(|f| f.ty.clone()));
                }
            }
            _ => {}
        }
    }
    seen
}

/// Marks the fields of `o` that hold (not through an array or map) an object from which `o`
/// is reachable again: without a box such a type would have infinite size.
fn box_recursive<'o>(o: &mut ir::Object, find: &dyn Fn(&str) -> Option<&'o ir::Object>) {
    let me = o.name.clone();
    for f in &mut o.fields {
        if let Ty::Object(target) = &f.ty {
            f.boxed =
                target == &me || reachable(vec![&Ty::Object(target.clone())], find).contains(&me);
        }
    }
}

impl Cx<'_> {
    /// The `(service, version)` a types file belongs to, checked like a method's names.
    fn scope_key(&mut self, t: &spec::TypesFile) -> Option<(String, String)> {
        let service = self.snake_name(&t.service, "service");
        let version = self.snake_name(&t.version, "version");
        Some((service?, version?))
    }

    /// Declares the names of `objects` and `enums` (and checks the enums) against the names
    /// already in `outer`, which `declared` locates. `reserved` lists names generated code
    /// takes in this file's module.
    pub(super) fn declare_names(
        &mut self,
        objects: &[Spanned<spec::Object>],
        enums: &[Spanned<spec::Enum>],
        outer: &Names,
        declared: &BTreeMap<String, Declaration>,
        reserved: &[String],
    ) -> Declared {
        let mut out = Declared::default();
        let mut declare = |cx: &mut Self, name: &Option<S>, what: &str, span: Range<usize>| {
            let name = cx.need(name, "name", what, span)?;
            let n = name.get_ref();
            if !is_pascal(n) {
                cx.err(
                    name.span(),
                    format!("type name `{n}` is not PascalCase"),
                    "type names become Rust types: e.g. `RemedyStatus`",
                );
                return None;
            }
            if reserved.contains(n) || PRIMITIVES.contains(&n.as_str()) || is_reserved(n) {
                cx.err(
                    name.span(),
                    format!("type name `{n}` is taken by generated code"),
                    "choose another name",
                );
                return None;
            }
            if let Some(first) = declared.get(n) {
                cx.err(
                    name.span(),
                    format!("type `{n}` is already declared at {}", first.at()),
                    "a service version declares each type once: use the shared one, or rename this one",
                );
                return None;
            }
            if out.spans.insert(n.clone(), name.span()).is_some() {
                cx.err(
                    name.span(),
                    format!("type `{n}` is declared twice"),
                    "enum and object names must be unique within a spec",
                );
                return None;
            }
            Some(n.clone())
        };
        for e in enums {
            let span = e.span();
            let e = e.get_ref();
            let Some(name) = declare(self, &e.name, "[[enums]]", span.clone()) else {
                continue;
            };
            match self.enum_(&name, e, span) {
                Some(en) => {
                    out.names.enums.insert(name.clone(), en.base);
                    out.names.enum_values.insert(
                        name.clone(),
                        en.values
                            .iter()
                            .map(|v| (v.wire.clone(), v.name.clone()))
                            .collect(),
                    );
                    out.enums.push(en);
                }
                None => {
                    out.names.poisoned.insert(name);
                }
            }
        }
        for o in objects {
            if let Some(name) = declare(self, &o.get_ref().name, "[[objects]]", o.span()) {
                out.names.objects.insert(name);
            }
        }
        let _ = outer;
        out
    }

    /// The objects of `specs` (already declared) with their fields checked against `names`.
    pub(super) fn object_fields(
        &mut self,
        specs: &[Spanned<spec::Object>],
        names: &Names,
        declared: &BTreeMap<String, Declaration>,
    ) -> Vec<ir::Object> {
        let mut out = Vec::new();
        for o in specs {
            let Some(name) = o.get_ref().name.as_ref().map(|n| n.get_ref()) else {
                continue;
            };
            if !names.objects.contains(name) || out.iter().any(|x: &ir::Object| &x.name == name) {
                continue;
            }
            // A name declared in another file is that file's object, not this one.
            if let Some(at) = declared.get(name)
                && !Rc::ptr_eq(&at.source, self.source)
            {
                continue;
            }
            let fields = self.fields(&o.get_ref().fields, names, super::fields::FieldCx::Response);
            out.push(ir::Object {
                name: name.clone(),
                description: o
                    .get_ref()
                    .description
                    .as_ref()
                    .map(text)
                    .unwrap_or_default(),
                fields,
                in_request: false,
            });
        }
        out
    }

    pub(super) fn enum_(
        &mut self,
        name: &str,
        e: &spec::Enum,
        span: Range<usize>,
    ) -> Option<ir::Enum> {
        let base = match &e.base {
            None => {
                self.err(
                    span.clone(),
                    format!("enum `{name}` has no `base`"),
                    "add `base = \"string\"` or `base = \"int\"`",
                );
                return None;
            }
            Some(b) => match self.keyword(b, ENUM_BASES, "enum base type")? {
                0 => ir::EnumBase::String,
                _ => ir::EnumBase::Int,
            },
        };
        if e.values.is_empty() {
            self.err(
                span,
                format!("enum `{name}` has no values"),
                "add `[[enums.values]]` tables with `value` and `name`",
            );
            return None;
        }
        let mut values = Vec::new();
        let (mut wires, mut rust_names) = (BTreeSet::new(), BTreeSet::new());
        for v in &e.values {
            let vspan = v.span();
            let v = v.get_ref();
            let (Some(value), Some(vname)) = (
                &v.value,
                self.need(&v.name, "name", "[[enums.values]]", vspan.clone()),
            ) else {
                if v.value.is_none() {
                    self.err(
                        vspan,
                        "missing key `value` in [[enums.values]]",
                        "add the value as sent on the wire",
                    );
                }
                continue;
            };
            let wire = match (base, value.get_ref()) {
                (ir::EnumBase::String, toml::Value::String(s)) => s.clone(),
                (ir::EnumBase::Int, toml::Value::Integer(i)) => i.to_string(),
                (_, other) => {
                    let want = if base == ir::EnumBase::String {
                        "a string"
                    } else {
                        "an integer"
                    };
                    self.err(
                        value.span(),
                        format!(
                            "enum `{name}` has base `{}` but this value is {}",
                            if base == ir::EnumBase::String {
                                "string"
                            } else {
                                "int"
                            },
                            kind(other)
                        ),
                        format!("write {want}"),
                    );
                    continue;
                }
            };
            let n = vname.get_ref();
            if !is_pascal(n) || n == "Unknown" || is_reserved(n) {
                let hint = if n == "Unknown" {
                    "`Unknown` is generated for values the spec does not list"
                } else if is_reserved(n) {
                    "Rust reserves `Self`; choose another name"
                } else {
                    "variant names are PascalCase, e.g. `OnDuty`"
                };
                self.err(vname.span(), format!("invalid variant name `{n}`"), hint);
                continue;
            }
            if !wires.insert(wire.clone()) {
                self.err(
                    value.span(),
                    format!("enum `{name}` lists the value {wire} twice"),
                    "remove the duplicate",
                );
                continue;
            }
            if !rust_names.insert(n.clone()) {
                self.err(
                    vname.span(),
                    format!("enum `{name}` has two variants named `{n}`"),
                    "give each value its own name",
                );
                continue;
            }
            let supported = v.supported.as_ref().is_none_or(|s| *s.get_ref());
            let unsupported = (!supported).then(|| {
                v.note
                    .as_ref()
                    .map(text)
                    .unwrap_or_else(|| "Not supported by the server yet.".into())
            });
            values.push(ir::EnumValue {
                name: n.clone(),
                wire,
                description: v.description.as_ref().map(text).unwrap_or_default(),
                unsupported,
            });
        }
        Some(ir::Enum {
            name: name.to_owned(),
            base,
            description: e.description.as_ref().map(text).unwrap_or_default(),
            values,
        })
    }

    /// A type expression: a primitive, a declared name, `T[]`, or `map<string, T>`.
    pub(super) fn ty(&mut self, s: &S, names: &Names) -> Option<Ty> {
        self.ty_text(s.get_ref().trim(), s.span(), names)
    }

    fn ty_text(&mut self, text: &str, span: Range<usize>, names: &Names) -> Option<Ty> {
        if let Some(inner) = text.strip_suffix("[]") {
            let inner = self.ty_text(inner.trim_end(), span, names)?;
            return Some(Ty::Array(Box::new(inner)));
        }
        if let Some(args) = text.strip_prefix("map<").and_then(|t| t.strip_suffix('>')) {
            let Some((key, value)) = args.split_once(',') else {
                self.err(
                    span,
                    format!("map type `{text}` needs a key and a value type"),
                    "write `map<string, T>`",
                );
                return None;
            };
            if key.trim() != "string" {
                self.err(
                    span,
                    format!("map keys must be `string`, got `{}`", key.trim()),
                    "JSON object keys are strings: write `map<string, T>`",
                );
                return None;
            }
            let value = self.ty_text(value.trim(), span, names)?;
            return Some(Ty::Map(Box::new(value)));
        }
        Some(match text {
            "string" => Ty::String,
            "int" => Ty::Int,
            "bool" => Ty::Bool,
            "float" => Ty::Float,
            "file" => Ty::File,
            "json" => Ty::Json,
            n if names.enums.contains_key(n) => Ty::Enum(n.to_owned()),
            n if names.objects.contains(n) => Ty::Object(n.to_owned()),
            n if names.poisoned.contains(n) => return None,
            other => {
                let known: Vec<&str> = PRIMITIVES
                    .iter()
                    .copied()
                    .chain(names.enums.keys().map(String::as_str))
                    .chain(names.objects.iter().map(String::as_str))
                    .collect();
                let hint = suggest(
                    other,
                    known.iter().copied(),
                    "declare it under [[enums]] or [[objects]] (here or in the service version's types.toml)",
                );
                self.err(span, format!("unknown type `{other}`"), hint);
                return None;
            }
        })
    }
}

pub(super) fn to_json(v: &toml::Value, ty: &Ty, names: &Names) -> Result<Json, String> {
    use toml::Value as V;
    Ok(match (ty, v) {
        (Ty::String | Ty::LocalMinute | Ty::Secret, V::String(s)) => Json::String(s.clone()),
        (Ty::Int64, V::String(s)) => {
            s.parse::<i64>()
                .map_err(|_| format!("\"{s}\" is not a 64-bit integer"))?;
            Json::String(s.clone())
        }
        (Ty::UnixSeconds, V::String(s)) => {
            s.parse::<i64>()
                .map_err(|_| format!("\"{s}\" is not Unix seconds"))?;
            Json::String(s.clone())
        }
        (Ty::Int, V::Integer(i)) => Json::Int(*i),
        (Ty::DateYmd, V::Integer(i)) => {
            let ok = (10_000_101..=99_991_231).contains(i)
                && (1..=12).contains(&(i / 100 % 100))
                && (1..=31).contains(&(i % 100));
            if !ok {
                return Err(format!("{i} is not a yyyyMMdd date"));
            }
            Json::Int(*i)
        }
        (Ty::Float, V::Float(f)) => Json::Float(*f),
        (Ty::Float, V::Integer(i)) => Json::Float(*i as f64),
        (Ty::Bool, V::Boolean(b)) => Json::Bool(*b),
        (Ty::Enum(name), v) => {
            let values = &names.enum_values[name];
            let wire = match (names.enums[name], v) {
                (ir::EnumBase::String, V::String(s)) => s.clone(),
                (ir::EnumBase::Int, V::Integer(i)) => i.to_string(),
                (_, other) => return Err(format!("enum `{name}` does not take {}", kind(other))),
            };
            if !values.iter().any(|(w, _)| *w == wire) {
                let listed: Vec<&str> = values.iter().map(|(w, _)| w.as_str()).collect();
                return Err(format!(
                    "{wire} is not a value of `{name}` (values: {})",
                    listed.join(", ")
                ));
            }
            match v {
                V::Integer(i) => Json::Int(*i),
                _ => Json::String(wire),
            }
        }
        (Ty::Array(inner), V::Array(items)) => Json::Array(
            items
                .iter()
                .map(|i| to_json(i, inner, names))
                .collect::<Result<_, _>>()?,
        ),
        (Ty::Object(name), _) => {
            return Err(format!(
                "examples of object `{name}` are not supported; give examples on its fields"
            ));
        }
        (Ty::Map(_) | Ty::File | Ty::Json, _) => {
            return Err(
                "examples of maps, files and json values are not supported here; show them in [example]".into(),
            );
        }
        (_, other) => return Err(format!("{} does not fit", kind(other))),
    })
}

/// `2 (Approved)` for enums, the value otherwise.
pub(super) fn render_default(json: &Json, ty: &Ty, names: &Names) -> String {
    let raw = match json {
        Json::String(s) => s.clone(),
        Json::Int(i) => i.to_string(),
        Json::Float(f) => f.to_string(),
        Json::Bool(b) => b.to_string(),
        Json::Array(_) => String::from("[…]"),
    };
    if let Ty::Enum(name) = ty
        && let Some((_, variant)) = names.enum_values[name].iter().find(|(w, _)| *w == raw)
    {
        return format!("`{raw}` ([`{name}::{variant}`])");
    }
    format!("`{raw}`")
}
