//! Stage 2, checks: turns a parsed spec into the intermediate model, recording every problem
//! (with its location and a hint) instead of stopping at the first. Code generation only ever
//! sees a spec that passed every check.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::rc::Rc;

use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics, Source, did_you_mean};
use crate::ir::{self, Json, Ty};
use crate::spec::{self, S, SpecFile};

const PRIMITIVES: &[&str] = &["string", "int", "bool", "float"];
const FORMATS: &[&str] = &["unix_seconds", "yyyymmdd", "local_minute"];
const HTTP_METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE"];
const TOKEN_TYPES: &[&str] = &["tenant", "user", "app"];
const APP_TYPES: &[&str] = &["self_built", "store"];
const ENUM_BASES: &[&str] = &["string", "int"];

/// Checks one spec; `None` if anything was wrong (the problems are in `diags`).
pub fn check(
    spec: SpecFile,
    source: &Rc<Source>,
    file: &Path,
    diags: &mut Diagnostics,
) -> Option<ir::Endpoint> {
    let before = diags.len();
    let mut cx = Cx { source, diags };
    let endpoint = cx.endpoint(spec, file);
    if cx.diags.len() > before {
        None
    } else {
        Some(endpoint)
    }
}

/// Checks what only shows across specs: two files describing the same method.
pub fn check_api(endpoints: &[(ir::Endpoint, Rc<Source>)], diags: &mut Diagnostics) {
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

/// What the names in a spec refer to.
#[derive(Default)]
struct Names {
    enums: BTreeMap<String, ir::EnumBase>,
    enum_values: BTreeMap<String, Vec<(String, String)>>,
    objects: BTreeSet<String>,
    /// Declared but invalid: already reported, so references to them stay quiet.
    poisoned: BTreeSet<String>,
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

    fn endpoint(&mut self, spec: SpecFile, file: &Path) -> ir::Endpoint {
        let top = 0..0;
        let names_ok = |cx: &mut Self, v: &Option<S>, key: &str| -> String {
            match cx.need(v, key, "the top level", top.clone()) {
                Some(s) => {
                    if !is_snake(s.get_ref()) {
                        cx.err(
                            s.span(),
                            format!("`{key}` must be snake_case, got `{}`", s.get_ref()),
                            "use lowercase letters, digits and `_`, starting with a letter",
                        );
                    } else if is_reserved(s.get_ref()) {
                        cx.err(
                            s.span(),
                            format!(
                                "`{key}` cannot be `{}`: Rust reserves the name",
                                s.get_ref()
                            ),
                            "choose another name",
                        );
                    }
                    s.get_ref().clone()
                }
                None => String::new(),
            }
        };
        let service = names_ok(self, &spec.service, "service");
        let version = names_ok(self, &spec.version, "version");
        let resource = names_ok(self, &spec.resource, "resource");
        let method = names_ok(self, &spec.method, "method");
        let summary = self
            .need(&spec.summary, "summary", "the top level", top.clone())
            .map(text)
            .unwrap_or_default();
        let description = spec.description.as_ref().map(text).unwrap_or_default();
        let doc_url = spec.doc_url.as_ref().map(text).unwrap_or_default();

        // [http]
        let (http_method, path, path_span) = match &spec.http {
            None => {
                self.err(
                    top.clone(),
                    "missing table [http]",
                    "add `[http]` with `method = \"POST\"` and `path = \"/open-apis/…\"`",
                );
                (ir::HttpMethod::Get, String::new(), 0..0)
            }
            Some(http) => {
                let span = http.span();
                let http = http.get_ref();
                let method = match self.need(&http.method, "method", "[http]", span.clone()) {
                    Some(m) => self.keyword(m, HTTP_METHODS, "HTTP method").map_or(
                        ir::HttpMethod::Get,
                        |i| {
                            [
                                ir::HttpMethod::Get,
                                ir::HttpMethod::Post,
                                ir::HttpMethod::Put,
                                ir::HttpMethod::Patch,
                                ir::HttpMethod::Delete,
                            ][i]
                        },
                    ),
                    None => ir::HttpMethod::Get,
                };
                match self.need(&http.path, "path", "[http]", span) {
                    Some(p) => {
                        if !p.get_ref().starts_with("/open-apis/") {
                            self.err(
                                p.span(),
                                format!("path `{}` does not start with `/open-apis/`", p.get_ref()),
                                "write the path as the reference page's HTTP URL without the host",
                            );
                        }
                        (method, p.get_ref().clone(), p.span())
                    }
                    None => (method, String::new(), 0..0),
                }
            }
        };

        // [auth]
        let (mut token_types, mut scopes, mut app_types) = (Vec::new(), Vec::new(), Vec::new());
        match &spec.auth {
            None => self.err(
                top.clone(),
                "missing table [auth]",
                "add `[auth]` with `token_types = [\"tenant\"]` and the reference page's scopes",
            ),
            Some(auth) => {
                let span = auth.span();
                let auth = auth.get_ref();
                for t in &auth.token_types {
                    if let Some(i) = self.keyword(t, TOKEN_TYPES, "token type") {
                        token_types.push(
                            [
                                ir::TokenType::Tenant,
                                ir::TokenType::User,
                                ir::TokenType::App,
                            ][i],
                        );
                    }
                }
                if auth.token_types.is_empty() {
                    self.err(
                        span.clone(),
                        "[auth] lists no `token_types`",
                        "add e.g. `token_types = [\"tenant\"]`",
                    );
                }
                for a in &auth.app_types {
                    if let Some(i) = self.keyword(a, APP_TYPES, "app type") {
                        app_types.push([ir::AppType::SelfBuilt, ir::AppType::Store][i]);
                    }
                }
                scopes = auth.scopes.iter().map(text).collect();
            }
        }

        // [limits]
        let mut rate_per_second = None;
        let mut retry_safe = http_method == ir::HttpMethod::Get;
        if let Some(limits) = &spec.limits {
            if let Some(r) = &limits.rate_per_second {
                match u32::try_from(*r.get_ref()) {
                    Ok(n) if n > 0 => rate_per_second = Some(n),
                    _ => self.err(
                        r.span(),
                        format!(
                            "`rate_per_second` must be a positive number, got {}",
                            r.get_ref()
                        ),
                        "give the reference page's limit, e.g. `rate_per_second = 50`",
                    ),
                }
            }
            if let Some(s) = &limits.retry_safe {
                retry_safe = *s.get_ref();
            }
        }

        // Declared names first, so fields can refer to types declared after them.
        let mut names = Names::default();
        let mut declared: BTreeMap<String, std::ops::Range<usize>> = BTreeMap::new();
        let reserved = [
            format!("{}Request", pascal(&method)),
            format!("{}RequestBuilder", pascal(&method)),
            format!("{}Response", pascal(&method)),
            format!("{}ErrorCode", pascal(&method)),
        ];
        let mut declare = |cx: &mut Self,
                           name: &Option<S>,
                           what: &str,
                           span: std::ops::Range<usize>|
         -> Option<String> {
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
            if declared.insert(n.clone(), name.span()).is_some() {
                cx.err(
                    name.span(),
                    format!("type `{n}` is declared twice"),
                    "enum and object names must be unique within a spec",
                );
                return None;
            }
            Some(n.clone())
        };
        let mut enums = Vec::new();
        for e in &spec.enums {
            let span = e.span();
            let e = e.get_ref();
            let Some(name) = declare(self, &e.name, "[[enums]]", span.clone()) else {
                continue;
            };
            match self.enum_(&name, e, span) {
                Some(en) => {
                    names.enums.insert(name.clone(), en.base);
                    names.enum_values.insert(
                        name.clone(),
                        en.values
                            .iter()
                            .map(|v| (v.wire.clone(), v.name.clone()))
                            .collect(),
                    );
                    enums.push(en);
                }
                None => {
                    names.poisoned.insert(name);
                }
            }
        }
        let object_specs: Vec<(String, &Spanned<spec::Object>)> = spec
            .objects
            .iter()
            .filter_map(|o| {
                declare(self, &o.get_ref().name, "[[objects]]", o.span()).map(|n| (n, o))
            })
            .collect();
        names.objects = object_specs.iter().map(|(n, _)| n.clone()).collect();

        let mut objects = Vec::new();
        for (name, o) in &object_specs {
            let fields = self.fields(&o.get_ref().fields, &names, FieldCx::Response);
            objects.push(ir::Object {
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

        // [request]
        let empty = spec::Request::default();
        let request = spec.request.as_ref().unwrap_or(&empty);
        let path_params = self.fields(&request.path, &names, FieldCx::Path);
        let query = self.fields(&request.query, &names, FieldCx::Query);
        let body = self.fields(&request.body, &names, FieldCx::Body);
        self.path_template(&path, path_span, &request.path, &path_params);
        let all_request: Vec<&ir::Field> = path_params.iter().chain(&query).chain(&body).collect();
        self.unique_across(&[&request.path, &request.query, &request.body]);
        let rules = request
            .rules
            .iter()
            .filter_map(|r| self.rule(r, &all_request))
            .collect();

        // Objects reachable from the request need validation and builders-friendly types.
        let mut in_request = BTreeSet::new();
        let mut stack: Vec<&Ty> = all_request.iter().map(|f| &f.ty).collect();
        while let Some(ty) = stack.pop() {
            match ty {
                Ty::Array(inner) => stack.push(inner),
                Ty::Object(name) if in_request.insert(name.clone()) => {
                    if let Some(o) = objects.iter().find(|o| &o.name == name) {
                        stack.extend(o.fields.iter().map(|f| &f.ty));
                    }
                }
                _ => {}
            }
        }
        for o in &mut objects {
            o.in_request = in_request.contains(&o.name);
        }

        // [response]
        let (response, response_description) = match &spec.response {
            Some(r) => (
                self.fields(&r.fields, &names, FieldCx::Response),
                r.description.as_ref().map(text).unwrap_or_default(),
            ),
            None => (Vec::new(), String::new()),
        };

        // Every declared type must be used: an unused one is most often a typo elsewhere.
        // Usage is read from the spec as written, so a field that failed its own checks does
        // not make the type it names look unused.
        let response_fields = spec
            .response
            .as_ref()
            .map(|r| r.fields.as_slice())
            .unwrap_or_default();
        let object_fields = spec.objects.iter().flat_map(|o| o.get_ref().fields.iter());
        let used: BTreeSet<&str> = [&request.path, &request.query, &request.body]
            .into_iter()
            .flatten()
            .chain(response_fields)
            .chain(object_fields)
            .filter_map(|f| f.get_ref().ty.as_ref())
            .map(|t| t.get_ref().trim().trim_end_matches("[]").trim())
            .collect();
        for (name, span) in &declared {
            if !used.contains(name.as_str()) && !names.poisoned.contains(name) {
                self.err(
                    span.clone(),
                    format!("type `{name}` is declared but never used"),
                    "refer to it from a field's `type`, or remove it",
                );
            }
        }

        let errors = self.errors(&spec.errors);
        let example = self.example(
            spec.example.as_ref(),
            &query,
            &body,
            &response,
            &path_params,
        );

        ir::Endpoint {
            file: file.to_path_buf(),
            file_display: self.source.display.clone(),
            service,
            version,
            resource,
            method,
            summary,
            description,
            doc_url,
            http_method,
            path,
            token_types,
            scopes,
            app_types,
            rate_per_second,
            retry_safe,
            path_params,
            query,
            body,
            rules,
            response,
            response_description,
            objects,
            enums,
            errors,
            example,
        }
    }

    /// Index of `value` in `allowed`, or a diagnostic with a suggestion.
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

    fn enum_(
        &mut self,
        name: &str,
        e: &spec::Enum,
        span: std::ops::Range<usize>,
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

    fn fields(
        &mut self,
        specs: &[Spanned<spec::Field>],
        names: &Names,
        fcx: FieldCx,
    ) -> Vec<ir::Field> {
        let mut out: Vec<ir::Field> = Vec::new();
        let mut seen = BTreeMap::new();
        for f in specs {
            let span = f.span();
            let f = f.get_ref();
            let Some(name) = self.need(&f.name, "name", fcx.table(), span.clone()) else {
                continue;
            };
            if seen.insert(name.get_ref().clone(), ()).is_some() {
                self.err(
                    name.span(),
                    format!("duplicate field `{}`", name.get_ref()),
                    "each field may be declared once",
                );
                continue;
            }
            if let Some(field) = self.field(f, name, names, fcx, span) {
                out.push(field);
            }
        }
        // time_zone_field must name a sibling string field.
        for f in specs.iter().map(Spanned::get_ref) {
            if let Some(tz) = &f.time_zone_field {
                match out.iter().find(|o| &o.wire == tz.get_ref()) {
                    Some(o) if o.ty == Ty::String => {}
                    Some(_) => self.err(
                        tz.span(),
                        format!("time zone field `{}` is not a plain string", tz.get_ref()),
                        "point at a `type = \"string\"` field holding an IANA zone name",
                    ),
                    None => {
                        let hint = suggest(
                            tz.get_ref(),
                            out.iter().map(|o| o.wire.as_str()),
                            "name a field of the same table",
                        );
                        self.err(
                            tz.span(),
                            format!("time zone field `{}` is not a field here", tz.get_ref()),
                            hint,
                        );
                    }
                }
            }
        }
        for o in &mut out {
            if let Some(tz) = &o.time_zone_field {
                o.time_zone_field = specs.iter().find_map(|s| {
                    let s = s.get_ref();
                    (s.name.as_ref().map(|n| n.get_ref()) == Some(tz)).then(|| rust_name(s))
                });
            }
        }
        out
    }

    fn field(
        &mut self,
        f: &spec::Field,
        name: &S,
        names: &Names,
        fcx: FieldCx,
        span: std::ops::Range<usize>,
    ) -> Option<ir::Field> {
        let wire = name.get_ref();
        let rust = rust_name(f);
        let request = !matches!(fcx, FieldCx::Response);
        if is_snake(&rust) && (is_reserved(&rust) || (request && rust == "build")) {
            let why = if rust == "build" {
                "its builder setter would clash with the builder's `build()`"
            } else {
                "Rust reserves the name"
            };
            self.err(
                f.rust_name.as_ref().map_or(name.span(), Spanned::span),
                format!("field `{rust}` cannot be used as is: {why}"),
                "add `rust_name = \"…\"` with another snake_case name",
            );
            return None;
        }
        if !is_snake(&rust) {
            let hint = "add `rust_name = \"…\"` with a snake_case name";
            self.err(
                f.rust_name.as_ref().map_or(name.span(), Spanned::span),
                format!("`{rust}` is not a usable Rust field name"),
                hint,
            );
            return None;
        }
        let ty_s = self.need(&f.ty, "type", &format!("field `{wire}`"), span)?;
        let mut ty = self.ty(ty_s, names)?;
        if let Some(format) = &f.format {
            let i = self.keyword(format, FORMATS, "format")?;
            let (base, formatted) = [
                (Ty::String, Ty::UnixSeconds),
                (Ty::Int, Ty::DateYmd),
                (Ty::String, Ty::LocalMinute),
            ][i]
                .clone();
            if ty != base {
                let base_name = if base == Ty::String { "string" } else { "int" };
                self.err(
                    format.span(),
                    format!(
                        "format `{}` needs `type = \"{base_name}\"`",
                        format.get_ref()
                    ),
                    "remove the format or change the type",
                );
                return None;
            }
            ty = formatted;
        }
        if f.time_zone_field.is_some() && ty != Ty::LocalMinute {
            self.err(
                f.time_zone_field.as_ref().map_or(0..0, Spanned::span),
                "`time_zone_field` only applies to `format = \"local_minute\"`",
                "remove it",
            );
        }
        match fcx {
            FieldCx::Path | FieldCx::Query
                if matches!(&ty, Ty::Object(_)) || matches!(&ty, Ty::Array(i) if !is_scalar(i)) =>
            {
                self.err(
                    ty_s.span(),
                    format!(
                        "a {} parameter cannot have type `{}`",
                        fcx.noun(),
                        ty_s.get_ref()
                    ),
                    "only scalars, enums and arrays of them travel outside the body",
                );
                return None;
            }
            FieldCx::Path if matches!(ty, Ty::Array(_)) => {
                self.err(
                    ty_s.span(),
                    "a path parameter cannot be an array",
                    "use a scalar type",
                );
                return None;
            }
            _ => {}
        }
        let constraints = self.constraints(f, &ty, wire);
        let required = f.required.as_ref().is_some_and(|r| *r.get_ref());
        if fcx == FieldCx::Path && !required {
            self.err(
                name.span(),
                format!("path parameter `{wire}` must be `required = true`"),
                "a path cannot leave out a segment",
            );
        }
        let example = match &f.example {
            Some(e) => Some(self.value_of(e, &ty, names, "example")?),
            None => None,
        };
        let server_default = match &f.server_default {
            Some(d) => {
                let json = self.value_of(d, &ty, names, "server_default")?;
                Some(render_default(&json, &ty, names))
            }
            None => None,
        };
        Some(ir::Field {
            wire: wire.clone(),
            rust,
            ty,
            required,
            description: f.description.as_ref().map(text).unwrap_or_default(),
            example,
            server_default,
            constraints,
            time_zone_field: f.time_zone_field.as_ref().map(|t| t.get_ref().clone()),
        })
    }

    fn ty(&mut self, s: &S, names: &Names) -> Option<Ty> {
        let mut text = s.get_ref().trim();
        let mut depth = 0;
        while let Some(inner) = text.strip_suffix("[]") {
            text = inner.trim_end();
            depth += 1;
        }
        let mut ty = match text {
            "string" => Ty::String,
            "int" => Ty::Int,
            "bool" => Ty::Bool,
            "float" => Ty::Float,
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
                    "declare it under [[enums]] or [[objects]]",
                );
                self.err(s.span(), format!("unknown type `{other}`"), hint);
                return None;
            }
        };
        for _ in 0..depth {
            ty = Ty::Array(Box::new(ty));
        }
        Some(ty)
    }

    fn constraints(&mut self, f: &spec::Field, ty: &Ty, wire: &str) -> ir::Constraints {
        let mut c = ir::Constraints::default();
        let count = |cx: &mut Self,
                     v: &Option<Spanned<i64>>,
                     key: &str,
                     applies: bool,
                     what: &str|
         -> Option<u64> {
            let v = v.as_ref()?;
            if !applies {
                cx.err(
                    v.span(),
                    format!("`{key}` does not apply to field `{wire}`"),
                    format!("`{key}` is for {what}"),
                );
                return None;
            }
            match u64::try_from(*v.get_ref()) {
                Ok(n) => Some(n),
                Err(_) => {
                    cx.err(
                        v.span(),
                        format!("`{key}` must not be negative, got {}", v.get_ref()),
                        "counts start at 0",
                    );
                    None
                }
            }
        };
        let is_array = matches!(ty, Ty::Array(_));
        c.min_items = count(self, &f.min_items, "min_items", is_array, "arrays (`T[]`)");
        c.max_items = count(self, &f.max_items, "max_items", is_array, "arrays (`T[]`)");
        c.min_length = count(
            self,
            &f.min_length,
            "min_length",
            *ty == Ty::String,
            "plain strings",
        );
        c.max_length = count(
            self,
            &f.max_length,
            "max_length",
            *ty == Ty::String,
            "plain strings",
        );
        for (v, key) in [(&f.minimum, "minimum"), (&f.maximum, "maximum")] {
            if let Some(v) = v {
                if *ty == Ty::Int {
                    if key == "minimum" {
                        c.minimum = Some(*v.get_ref())
                    } else {
                        c.maximum = Some(*v.get_ref())
                    }
                } else {
                    self.err(
                        v.span(),
                        format!("`{key}` does not apply to field `{wire}`"),
                        format!("`{key}` is for `int` fields"),
                    );
                }
            }
        }
        let pairs = [
            (
                c.min_items.map(i128::from),
                c.max_items.map(i128::from),
                &f.min_items,
                "min_items",
                "max_items",
            ),
            (
                c.min_length.map(i128::from),
                c.max_length.map(i128::from),
                &f.min_length,
                "min_length",
                "max_length",
            ),
            (
                c.minimum.map(i128::from),
                c.maximum.map(i128::from),
                &f.minimum,
                "minimum",
                "maximum",
            ),
        ];
        for (lo, hi, lo_spec, lo_key, hi_key) in pairs {
            if let (Some(lo), Some(hi), Some(at)) = (lo, hi, lo_spec)
                && lo > hi
            {
                self.err(
                    at.span(),
                    format!(
                        "`{lo_key}` ({lo}) is greater than `{hi_key}` ({hi}) on field `{wire}`"
                    ),
                    "no value could satisfy both: swap or fix them",
                );
            }
        }
        c
    }

    /// Checks a TOML value (an example or default) against a type, as its JSON wire form.
    fn value_of(
        &mut self,
        v: &Spanned<toml::Value>,
        ty: &Ty,
        names: &Names,
        key: &str,
    ) -> Option<Json> {
        match to_json(v.get_ref(), ty, names) {
            Ok(j) => Some(j),
            Err(why) => {
                self.err(
                    v.span(),
                    format!("`{key}` does not fit the field's type: {why}"),
                    "write the value as it appears on the wire",
                );
                None
            }
        }
    }

    fn path_template(
        &mut self,
        path: &str,
        span: std::ops::Range<usize>,
        specs: &[Spanned<spec::Field>],
        params: &[ir::Field],
    ) {
        let placeholders: Vec<&str> = path
            .split('/')
            .filter_map(|seg| seg.strip_prefix(':'))
            .collect();
        for p in &placeholders {
            if !params.iter().any(|f| f.wire == *p)
                && !specs
                    .iter()
                    .any(|s| s.get_ref().name.as_ref().is_some_and(|n| n.get_ref() == p))
            {
                self.err(
                    span.clone(),
                    format!("path parameter `:{p}` is not declared"),
                    format!("add a `[[request.path]]` table with `name = \"{p}\"`"),
                );
            }
        }
        for s in specs {
            if let Some(n) = &s.get_ref().name
                && !placeholders.contains(&n.get_ref().as_str())
            {
                self.err(
                    n.span(),
                    format!(
                        "path parameter `{}` does not appear in the path",
                        n.get_ref()
                    ),
                    format!("write `:{}` in [http] path, or remove it", n.get_ref()),
                );
            }
        }
    }

    fn unique_across(&mut self, lists: &[&Vec<Spanned<spec::Field>>]) {
        let mut seen = BTreeSet::new();
        // Builder type parameters are named after fields in PascalCase: `a_1` and `a1` would
        // both be `__A1`.
        let mut pascal_seen: BTreeMap<String, String> = BTreeMap::new();
        for list in lists {
            let mut here = BTreeSet::new();
            for f in list.iter() {
                let f = f.get_ref();
                let rust = rust_name(f);
                let Some(n) = &f.name else { continue };
                if !here.insert(rust.clone()) {
                    continue;
                }
                if !seen.insert(rust.clone()) {
                    self.err(n.span(), format!("duplicate field `{rust}`: the request already has a field of that name"), "path, query and body fields share one request type; set `rust_name` on one of them");
                    continue;
                }
                match pascal_seen.get(&pascal(&rust)) {
                    Some(other) => self.err(
                        n.span(),
                        format!(
                            "fields `{other}` and `{rust}` would get the same generated name `{}`",
                            pascal(&rust)
                        ),
                        "set `rust_name` on one of them",
                    ),
                    None => {
                        pascal_seen.insert(pascal(&rust), rust);
                    }
                }
            }
        }
    }

    fn rule(
        &mut self,
        r: &Spanned<spec::RuleSpec>,
        fields: &[&ir::Field],
    ) -> Option<ir::OrderRule> {
        let span = r.span();
        let r = r.get_ref();
        let field = self.need(&r.field, "field", "[[request.rules]]", span.clone());
        let op = self.need(&r.op, "op", "[[request.rules]]", span.clone());
        let other = self.need(&r.other, "other", "[[request.rules]]", span);
        let (field, op, other) = (field?, op?, other?);
        let op_s: &'static str = match op.get_ref().as_str() {
            "<" => "<",
            "<=" => "<=",
            o => {
                self.err(
                    op.span(),
                    format!("unknown rule operator `{o}`"),
                    "use `<` or `<=`",
                );
                return None;
            }
        };
        let find = |cx: &mut Self, s: &S| -> Option<ir::Field> {
            match fields.iter().find(|f| &f.wire == s.get_ref()) {
                Some(f) if f.ty.is_ordered() => Some((*f).clone()),
                Some(_) => {
                    cx.err(
                        s.span(),
                        format!("field `{}` cannot be ordered", s.get_ref()),
                        "rules compare numbers, Unix times and dates",
                    );
                    None
                }
                None => {
                    let hint = suggest(
                        s.get_ref(),
                        fields.iter().map(|f| f.wire.as_str()),
                        "name a request field",
                    );
                    cx.err(
                        s.span(),
                        format!("rule names unknown field `{}`", s.get_ref()),
                        hint,
                    );
                    None
                }
            }
        };
        let (a, b) = (find(self, field), find(self, other));
        let (a, b) = (a?, b?);
        if a.ty != b.ty {
            self.err(
                other.span(),
                format!(
                    "rule compares `{}` with `{}`, which have different types",
                    a.wire, b.wire
                ),
                "compare fields of one type",
            );
            return None;
        }
        Some(ir::OrderRule {
            field: (a.rust.clone(), a.wire.clone()),
            op: op_s,
            other: (b.rust.clone(), b.wire.clone()),
            optional: (!a.required, !b.required),
            description: r.description.as_ref().map(text).unwrap_or_default(),
        })
    }

    fn errors(&mut self, specs: &[Spanned<spec::ErrorEntry>]) -> Vec<ir::ErrorCode> {
        let mut out: Vec<ir::ErrorCode> = Vec::new();
        for e in specs {
            let span = e.span();
            let e = e.get_ref();
            let name = self.need(&e.name, "name", "[[errors]]", span.clone());
            let message = self.need(&e.message, "message", "[[errors]]", span.clone());
            let (Some(code), Some(status)) = (&e.code, &e.http_status) else {
                let missing = if e.code.is_none() {
                    "code"
                } else {
                    "http_status"
                };
                self.err(
                    span,
                    format!("missing key `{missing}` in [[errors]]"),
                    "copy it from the reference page's error table",
                );
                continue;
            };
            let (Some(name), Some(message)) = (name, message) else {
                continue;
            };
            if !is_pascal(name.get_ref()) || is_reserved(name.get_ref()) {
                self.err(
                    name.span(),
                    if is_reserved(name.get_ref()) {
                        format!("error name `{}` is reserved by Rust", name.get_ref())
                    } else {
                        format!("error name `{}` is not PascalCase", name.get_ref())
                    },
                    "e.g. `NoPermission`",
                );
                continue;
            }
            let Ok(http_status) = u16::try_from(*status.get_ref())
                .map_err(drop)
                .and_then(|s| {
                    if (100..=599).contains(&s) {
                        Ok(s)
                    } else {
                        Err(())
                    }
                })
            else {
                self.err(
                    status.span(),
                    format!("`http_status` {} is not an HTTP status", status.get_ref()),
                    "use 100 to 599",
                );
                continue;
            };
            if let Some(prev) = out
                .iter()
                .find(|o| o.code == *code.get_ref() || &o.name == name.get_ref())
            {
                let what = if prev.code == *code.get_ref() {
                    format!("code {}", prev.code)
                } else {
                    format!("name `{}`", prev.name)
                };
                self.err(
                    code.span(),
                    format!("error {what} is listed twice"),
                    "each code and name may appear once",
                );
                continue;
            }
            out.push(ir::ErrorCode {
                http_status,
                code: *code.get_ref(),
                name: name.get_ref().clone(),
                message: message.get_ref().clone(),
                hint: e.hint.as_ref().map(text).unwrap_or_default(),
            });
        }
        out
    }

    fn example(
        &mut self,
        ex: Option<&spec::Example>,
        query: &[ir::Field],
        body: &[ir::Field],
        response: &[ir::Field],
        path: &[ir::Field],
    ) -> ir::Example {
        let Some(ex) = ex else {
            return ir::Example::default();
        };
        let mut out = ir::Example::default();
        if let Some(q) = &ex.query {
            for pair in q.get_ref().split('&').filter(|p| !p.is_empty()) {
                let key = pair.split('=').next().unwrap_or_default();
                if !query.iter().any(|f| f.wire == key) {
                    let hint = suggest(
                        key,
                        query.iter().map(|f| f.wire.as_str()),
                        "the example's query names only declared query parameters",
                    );
                    self.err(
                        q.span(),
                        format!("example query names unknown parameter `{key}`"),
                        hint,
                    );
                }
            }
            out.query = Some(q.get_ref().clone());
        }
        for (k, v) in &ex.path {
            if !path.iter().any(|f| &f.wire == k) {
                self.err(
                    0..0,
                    format!("example path names unknown parameter `{k}`"),
                    "declare it under [[request.path]]",
                );
            }
            out.path.push((
                k.clone(),
                match v {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Integer(i) => i.to_string(),
                    other => format!("{other:?}"),
                },
            ));
        }
        if let Some(b) = &ex.request_body {
            if let Some(keys) = self.json_object_keys(b, None, "request_body") {
                for k in keys {
                    if !body.iter().any(|f| f.wire == k) {
                        let hint = suggest(
                            &k,
                            body.iter().map(|f| f.wire.as_str()),
                            "the example body names only declared body fields",
                        );
                        self.err(
                            b.span(),
                            format!("example request_body has unknown field `{k}`"),
                            hint,
                        );
                    }
                }
            }
            out.request_body = Some(b.get_ref().clone());
        }
        if let Some(r) = &ex.response {
            if let Some(keys) = self.json_object_keys(r, Some("data"), "response") {
                for k in keys {
                    if !response.iter().any(|f| f.wire == k) {
                        let hint = suggest(
                            &k,
                            response.iter().map(|f| f.wire.as_str()),
                            "the example's data names only declared response fields",
                        );
                        self.err(
                            r.span(),
                            format!("example response has unknown data field `{k}`"),
                            hint,
                        );
                    }
                }
            }
            out.response = Some(r.get_ref().clone());
        }
        out
    }

    /// The keys of a JSON object given as text (of its member `inner`, if given).
    fn json_object_keys(&mut self, s: &S, inner: Option<&str>, key: &str) -> Option<Vec<String>> {
        let value: serde_json::Value = match serde_json::from_str(s.get_ref()) {
            Ok(v) => v,
            Err(e) => {
                self.err(
                    s.span(),
                    format!("example `{key}` is not valid JSON: {e}"),
                    "paste the reference page's example as it is",
                );
                return None;
            }
        };
        let target = match inner {
            Some(i) => value
                .get(i)
                .cloned()
                .unwrap_or(serde_json::Value::Object(Default::default())),
            None => value,
        };
        match target {
            serde_json::Value::Object(map) => Some(map.keys().cloned().collect()),
            _ => {
                self.err(
                    s.span(),
                    format!("example `{key}` is not a JSON object"),
                    "examples are whole JSON objects",
                );
                None
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FieldCx {
    Path,
    Query,
    Body,
    Response,
}

impl FieldCx {
    fn table(self) -> &'static str {
        match self {
            FieldCx::Path => "[[request.path]]",
            FieldCx::Query => "[[request.query]]",
            FieldCx::Body => "[[request.body]]",
            FieldCx::Response => "a field table",
        }
    }
    fn noun(self) -> &'static str {
        match self {
            FieldCx::Path => "path",
            FieldCx::Query => "query",
            _ => "body",
        }
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

fn is_scalar(ty: &Ty) -> bool {
    !matches!(ty, Ty::Array(_) | Ty::Object(_))
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

fn to_json(v: &toml::Value, ty: &Ty, names: &Names) -> Result<Json, String> {
    use toml::Value as V;
    Ok(match (ty, v) {
        (Ty::String | Ty::LocalMinute, V::String(s)) => Json::String(s.clone()),
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
        (_, other) => return Err(format!("{} does not fit", kind(other))),
    })
}

/// `2 (Approved)` for enums, the value otherwise.
fn render_default(json: &Json, ty: &Ty, names: &Names) -> String {
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

/// `lower_snake_case` with no leading digit or empty segments.
pub fn is_snake(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
        && !s.contains("__")
        && !s.ends_with('_')
}

/// Names Rust accepts neither as plain nor as raw (`r#…`) identifiers.
pub fn is_reserved(s: &str) -> bool {
    matches!(s, "self" | "super" | "crate" | "Self")
}

/// `PascalCase`: starts upper-case, letters and digits only.
pub fn is_pascal(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('A'..='Z')) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Wire name to snake_case: `userIds` → `user_ids`, `user-ids` → `user_ids`.
pub fn snake(s: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            if prev_lower {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = false;
        } else if c == '-' || c == '.' || c == ' ' {
            out.push('_');
            prev_lower = false;
        } else {
            out.push(c);
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

/// snake_case to PascalCase: `user_task_remedy` → `UserTaskRemedy`.
pub fn pascal(s: &str) -> String {
    s.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    const BASE: &str = "service = \"demo\"\nversion = \"v1\"\nresource = \"thing\"\nmethod = \"list\"\nsummary = \"List.\"\n[http]\nmethod = \"POST\"\npath = \"/open-apis/demo/v1/things/:id\"\n[auth]\ntoken_types = [\"tenant\"]\n";

    fn run(extra: &str) -> (Option<ir::Endpoint>, Vec<String>) {
        let source = Rc::new(Source {
            display: "t.toml".into(),
            text: format!("{BASE}{extra}"),
        });
        let mut diags = Diagnostics::default();
        let spec = load::parse(&source, &mut diags).expect("parses");
        let endpoint = check(spec, &source, Path::new("/t.toml"), &mut diags);
        (
            endpoint,
            diags.into_vec().iter().map(ToString::to_string).collect(),
        )
    }

    #[test]
    fn resolves_types_formats_constraints_and_rules() {
        let (e, diags) = run(
            "[[request.path]]\nname = \"id\"\ntype = \"int\"\nrequired = true\n\
             [[request.body]]\nname = \"userIds\"\ntype = \"string[][]\"\nmax_items = 3\n\
             [[request.body]]\nname = \"from\"\ntype = \"string\"\nformat = \"unix_seconds\"\nrequired = true\n\
             [[request.body]]\nname = \"to\"\ntype = \"string\"\nformat = \"unix_seconds\"\n\
             [[request.rules]]\nfield = \"from\"\nop = \"<\"\nother = \"to\"\n\
             [[request.body]]\nname = \"kind\"\ntype = \"Kind\"\nserver_default = 1\n\
             [[enums]]\nname = \"Kind\"\nbase = \"int\"\n[[enums.values]]\nvalue = 1\nname = \"One\"\n",
        );
        assert!(diags.is_empty(), "{diags:#?}");
        let e = e.unwrap();
        assert_eq!(e.path_params[0].ty, Ty::Int);
        let ids = &e.body[0];
        assert_eq!(
            (ids.wire.as_str(), ids.rust.as_str()),
            ("userIds", "user_ids")
        );
        assert_eq!(ids.ty, Ty::Array(Box::new(Ty::Array(Box::new(Ty::String)))));
        assert_eq!(ids.constraints.max_items, Some(3));
        assert_eq!(e.body[1].ty, Ty::UnixSeconds);
        assert_eq!(e.rules[0].op, "<");
        assert_eq!(e.rules[0].optional, (false, true));
        assert_eq!(
            e.body[3].server_default.as_deref(),
            Some("`1` ([`Kind::One`])")
        );
        assert!(!e.retry_safe, "POST defaults to not retry-safe");
    }

    #[test]
    fn reports_every_problem_not_just_the_first() {
        let (e, diags) = run("[[request.body]]\nname = \"a\"\ntype = \"strin\"\n\
             [[request.body]]\nname = \"b\"\ntype = \"int\"\nmin_length = 2\n\
             [[request.body]]\nname = \"b\"\ntype = \"int\"\n");
        assert!(e.is_none());
        let first_lines: Vec<&str> = diags.iter().map(|d| d.lines().next().unwrap()).collect();
        assert_eq!(
            first_lines,
            [
                "t.toml:8:8: path parameter `:id` is not declared",
                "t.toml:13:8: unknown type `strin`",
                "t.toml:17:14: `min_length` does not apply to field `b`",
                "t.toml:19:8: duplicate field `b`",
            ]
        );
    }

    #[test]
    fn the_same_method_in_two_files_is_an_error() {
        let (e, _) = run("[[request.path]]\nname = \"id\"\ntype = \"string\"\nrequired = true\n");
        let e = e.unwrap();
        let source = Rc::new(Source {
            display: "t.toml".into(),
            text: String::new(),
        });
        let mut diags = Diagnostics::default();
        let mut other = e.clone();
        other.file_display = "u.toml".into();
        check_api(&[(e, Rc::clone(&source)), (other, source)], &mut diags);
        let diags = diags.into_vec();
        assert_eq!(diags.len(), 1);
        assert!(
            diags[0]
                .to_string()
                .starts_with("t.toml:1:1: method `demo.v1.thing.list` is also described by t.toml")
        );
    }

    #[test]
    fn names_rust_cannot_take_are_located_errors_not_panics() {
        let (e, diags) = run(
            "[[request.path]]\nname = \"id\"\ntype = \"int\"\nrequired = true\n\
             [[request.body]]\nname = \"self\"\ntype = \"string\"\n\
             [[request.body]]\nname = \"build\"\ntype = \"string\"\n\
             [[request.body]]\nname = \"a_1\"\ntype = \"string\"\n\
             [[request.body]]\nname = \"a1\"\ntype = \"string\"\n\
             [[response.fields]]\nname = \"build\"\ntype = \"string\"\n\
             [[enums]]\nname = \"Self\"\nbase = \"int\"\n[[enums.values]]\nvalue = 1\nname = \"One\"\n",
        );
        assert!(e.is_none());
        let first_lines: Vec<&str> = diags.iter().map(|d| d.lines().next().unwrap()).collect();
        assert_eq!(
            first_lines,
            [
                "t.toml:16:8: field `self` cannot be used as is: Rust reserves the name",
                "t.toml:19:8: field `build` cannot be used as is: its builder setter would clash with the builder's `build()`",
                "t.toml:25:8: fields `a_1` and `a1` would get the same generated name `A1`",
                "t.toml:31:8: type name `Self` is taken by generated code",
            ],
            "a response field may be called `build`"
        );
    }

    #[test]
    fn names_convert() {
        assert_eq!(snake("userIds"), "user_ids");
        assert_eq!(snake("check_time_from"), "check_time_from");
        assert_eq!(pascal("user_task_remedy"), "UserTaskRemedy");
        assert!(is_snake("v1") && !is_snake("V1") && !is_snake("a__b"));
        assert!(is_pascal("RemedyStatus") && !is_pascal("remedy_status"));
    }
}
