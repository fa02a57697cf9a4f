//! Checks of an endpoint's own tables: names, [http], [auth], [limits], the path template,
//! the response shape and the error table.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use super::fields::FieldCx;
use super::types::Scope;
use super::{APP_TYPES, Cx, HTTP_METHODS, TOKEN_TYPES, suggest, text};
use crate::ir::{self, Location, Ty};
use crate::names::{is_pascal, is_reserved, is_snake};
use crate::spec::{self, S, SpecFile};

impl Cx<'_> {
    /// A top-level snake_case name (`service`, `resource`, …), reported when missing or unusable.
    pub(super) fn snake_name(&mut self, v: &Option<S>, key: &str) -> Option<String> {
        let s = self.need(v, key, "the top level", 0..0)?;
        if !is_snake(s.get_ref()) {
            self.err(
                s.span(),
                format!("`{key}` must be snake_case, got `{}`", s.get_ref()),
                "use lowercase letters, digits and `_`, starting with a letter",
            );
        } else if is_reserved(s.get_ref()) {
            self.err(
                s.span(),
                format!(
                    "`{key}` cannot be `{}`: Rust reserves the name",
                    s.get_ref()
                ),
                "choose another name",
            );
        }
        Some(s.get_ref().clone())
    }

    /// Checks one method spec against the shared types of its service version, if any.
    pub(super) fn endpoint(
        &mut self,
        spec: SpecFile,
        file: &Path,
        scope: Option<&Scope>,
    ) -> ir::Endpoint {
        let top = 0..0;
        let service = self
            .snake_name(&spec.service, "service")
            .unwrap_or_default();
        let version = self
            .snake_name(&spec.version, "version")
            .unwrap_or_default();
        let resource = self
            .snake_name(&spec.resource, "resource")
            .unwrap_or_default();
        let method = self.snake_name(&spec.method, "method").unwrap_or_default();
        let summary = self
            .need(&spec.summary, "summary", "the top level", top.clone())
            .map(text)
            .unwrap_or_default();
        let description = spec.description.as_ref().map(text).unwrap_or_default();
        let doc_url = spec.doc_url.as_ref().map(text).unwrap_or_default();
        let (http_method, path, path_span) = self.http(&spec);
        let (token_types, scopes, app_types) = self.auth(&spec);

        // [limits]
        let mut rate_per_second = None;
        let mut rate_per_minute = None;
        let mut retry_safe = http_method == ir::HttpMethod::Get;
        if let Some(limits) = &spec.limits {
            for (key, value, out) in [
                (
                    "rate_per_second",
                    &limits.rate_per_second,
                    &mut rate_per_second,
                ),
                (
                    "rate_per_minute",
                    &limits.rate_per_minute,
                    &mut rate_per_minute,
                ),
            ] {
                let Some(r) = value else { continue };
                match u32::try_from(*r.get_ref()) {
                    Ok(n) if n > 0 => *out = Some(n),
                    _ => self.err(
                        r.span(),
                        format!("`{key}` must be a positive number, got {}", r.get_ref()),
                        format!("give the reference page's limit, e.g. `{key} = 50`"),
                    ),
                }
            }
            if let Some(s) = &limits.retry_safe {
                retry_safe = *s.get_ref();
            }
        }

        // Declared names first, so fields can refer to types declared after them; the shared
        // names of the service version are in scope, and may not be declared again here.
        let type_names = ir::TypeNames::of_method(&method);
        let reserved = type_names.all();
        let empty_scope = Scope::default();
        let shared = scope.unwrap_or(&empty_scope);
        for name in &reserved {
            if let Some(at) = shared.declared.get(name) {
                let (line, col) = at.source.line_col(at.span.start);
                self.err(
                    top.clone(),
                    format!(
                        "shared type `{name}` ({}:{line}:{col}) clashes with this method's generated `{name}`",
                        at.source.display
                    ),
                    "rename the shared type",
                );
            }
        }
        let local = self.declare_names(
            &spec.objects,
            &spec.enums,
            &shared.names,
            &shared.declared,
            &reserved,
        );
        let mut names = shared.names.clone();
        names.enums.extend(local.names.enums.clone());
        names.enum_values.extend(local.names.enum_values.clone());
        names.objects.extend(local.names.objects.iter().cloned());
        names.poisoned.extend(local.names.poisoned.iter().cloned());
        let objects = self.object_fields(&spec.objects, &names, &Default::default());
        let objects: Vec<ir::Object> = objects
            .into_iter()
            .filter(|o| local.names.objects.contains(&o.name))
            .collect();
        let enums = local.enums;

        // [request]
        let empty = spec::Request::default();
        let request = spec.request.as_ref().unwrap_or(&empty);
        let path_params = self.fields(&request.path, &names, FieldCx::Path);
        let query = self.fields(&request.query, &names, FieldCx::Query);
        let headers = self.fields(&request.headers, &names, FieldCx::Header);
        let body = self.fields(&request.body, &names, FieldCx::Body);
        self.path_template(&path, path_span, &request.path, &path_params);
        let all_request: Vec<&ir::Field> = path_params
            .iter()
            .chain(&query)
            .chain(&headers)
            .chain(&body)
            .collect();
        self.unique_across(&[
            &request.path,
            &request.query,
            &request.headers,
            &request.body,
        ]);
        let rules = request
            .rules
            .iter()
            .filter_map(|r| self.rule(r, &all_request))
            .collect();

        // [response]
        let shape = self.response(spec.response.as_ref(), &names);

        // Every declared type must be used: an unused one is most often a typo elsewhere.
        // Usage is read from the spec as written, so a field that failed its own checks does
        // not make the type it names look unused.
        let response_fields = spec
            .response
            .as_ref()
            .map(|r| r.fields.as_slice())
            .unwrap_or_default();
        let object_fields = spec.objects.iter().flat_map(|o| o.get_ref().fields.iter());
        let mut used: BTreeSet<String> = [
            &request.path,
            &request.query,
            &request.headers,
            &request.body,
        ]
        .into_iter()
        .flatten()
        .chain(response_fields)
        .chain(object_fields)
        .filter_map(|f| f.get_ref().ty.as_ref())
        .flat_map(|t| names_in(t.get_ref()))
        .collect();
        used.extend(shape.object.clone());
        for (name, span) in &local.spans {
            if !used.contains(name) && !local.names.poisoned.contains(name) {
                self.err(
                    span.clone(),
                    format!("type `{name}` is declared but never used"),
                    "refer to it from a field's `type`, or remove it",
                );
            }
        }

        let located: Vec<(&ir::Field, Location)> = path_params
            .iter()
            .map(|f| (f, Location::Path))
            .chain(query.iter().map(|f| (f, Location::Query)))
            .chain(body.iter().map(|f| (f, Location::Body)))
            .collect();
        let pagination = spec
            .pagination
            .as_ref()
            .and_then(|p| self.pagination(p, &located, &shape.fields));
        let batch = spec
            .batch
            .as_ref()
            .and_then(|b| self.batch(b, &located, &shape.fields));
        let errors = self.errors(&spec.errors);
        let example = self.example(spec.example.as_ref(), &query, &body, &shape, &path_params);

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
            rate_per_minute,
            field_scopes: spec
                .auth
                .as_ref()
                .map(|a| a.get_ref().field_scopes.iter().map(text).collect())
                .unwrap_or_default(),
            retry_safe,
            path_params,
            query,
            headers,
            body,
            rules,
            response: shape.fields,
            response_description: shape.description,
            objects,
            enums,
            errors,
            example,
            envelope: shape.envelope,
            binary_response: shape.binary,
            response_object: shape.object,
            pagination,
            batch,
            shared_types: Vec::new(),
            documented: Vec::new(),
            type_names,
        }
    }

    /// `[http]`: method, path and the path's span.
    fn http(&mut self, spec: &SpecFile) -> (ir::HttpMethod, String, Range<usize>) {
        let Some(http) = &spec.http else {
            self.err(
                0..0,
                "missing table [http]",
                "add `[http]` with `method = \"POST\"` and `path = \"/open-apis/…\"`",
            );
            return (ir::HttpMethod::Get, String::new(), 0..0);
        };
        let span = http.span();
        let http = http.get_ref();
        let method = match self.need(&http.method, "method", "[http]", span.clone()) {
            Some(m) => {
                self.keyword(m, HTTP_METHODS, "HTTP method")
                    .map_or(ir::HttpMethod::Get, |i| {
                        [
                            ir::HttpMethod::Get,
                            ir::HttpMethod::Post,
                            ir::HttpMethod::Put,
                            ir::HttpMethod::Patch,
                            ir::HttpMethod::Delete,
                        ][i]
                    })
            }
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

    /// `[auth]`: token types (empty: the endpoint takes no token), scopes, app types.
    fn auth(&mut self, spec: &SpecFile) -> (Vec<ir::TokenType>, Vec<String>, Vec<ir::AppType>) {
        let (mut token_types, mut app_types) = (Vec::new(), Vec::new());
        let Some(auth) = &spec.auth else {
            self.err(
                0..0,
                "missing table [auth]",
                "add `[auth]` with `token_types = [\"tenant\"]` and the reference page's scopes",
            );
            return (token_types, Vec::new(), app_types);
        };
        let span = auth.span();
        let auth = auth.get_ref();
        match &auth.token_types {
            None => self.err(
                span,
                "[auth] has no `token_types`",
                "list the tokens the Authorization header accepts, e.g. `token_types = [\"tenant\"]`, or `[]` for an endpoint that takes none",
            ),
            Some(list) => {
                for written in list.get_ref() {
                    if let Some(i) = self.keyword(written, TOKEN_TYPES, "token type") {
                        let t = [ir::TokenType::Tenant, ir::TokenType::User, ir::TokenType::App][i];
                        if token_types.contains(&t) {
                            self.err(written.span(), "token type listed twice", "list each once");
                        } else {
                            token_types.push(t);
                        }
                    }
                }
            }
        }
        for a in &auth.app_types {
            if let Some(i) = self.keyword(a, APP_TYPES, "app type") {
                app_types.push([ir::AppType::SelfBuilt, ir::AppType::Store][i]);
            }
        }
        let scopes = auth.scopes.iter().map(text).collect();
        (token_types, scopes, app_types)
    }

    /// `[response]`: its fields (or the object it is), its envelope, or a binary body.
    fn response(
        &mut self,
        r: Option<&spec::Response>,
        names: &super::types::Names,
    ) -> ResponseShape {
        let Some(r) = r else {
            return ResponseShape::default();
        };
        let mut shape = ResponseShape {
            fields: self.fields(&r.fields, names, FieldCx::Response),
            description: r.description.as_ref().map(text).unwrap_or_default(),
            ..ResponseShape::default()
        };
        if let Some(e) = &r.envelope {
            match self.keyword(e, &["data", "none"], "response envelope") {
                Some(0) => shape.envelope = ir::Envelope::Data,
                Some(_) => shape.envelope = ir::Envelope::None,
                None => {}
            }
        }
        if let Some(o) = &r.object {
            match names.objects.contains(o.get_ref()) {
                true => shape.object = Some(o.get_ref().clone()),
                false if names.poisoned.contains(o.get_ref()) => {}
                false => {
                    let hint = suggest(
                        o.get_ref(),
                        names.objects.iter().map(String::as_str),
                        "name a declared object",
                    );
                    self.err(o.span(), format!("unknown object `{}`", o.get_ref()), hint);
                }
            }
            if let Some(first) = r.fields.first() {
                self.err(
                    first.span(),
                    "[response] names an `object` and also lists fields",
                    "keep one: the object's fields are the response's",
                );
            }
        }
        if let Some(b) = &r.binary
            && *b.get_ref()
        {
            shape.binary = true;
            if !r.fields.is_empty() || r.object.is_some() || r.envelope.is_some() {
                self.err(
                    b.span(),
                    "a binary response has no JSON fields, object or envelope",
                    "remove them: the body is the file",
                );
            }
        }
        shape
    }

    /// `[batch]`: the ids field must be a request array of strings with `max_items`, the items
    /// a response array.
    fn batch(
        &mut self,
        b: &Spanned<spec::Batch>,
        request: &[(&ir::Field, Location)],
        response: &[ir::Field],
    ) -> Option<ir::Batch> {
        let span = b.span();
        let b = b.get_ref();
        let field = self.need(&b.field, "field", "[batch]", span.clone());
        let items = self.need(&b.items, "items", "[batch]", span);
        let (field, items) = (field?, items?);
        let ids = match request.iter().find(|(f, _)| &f.wire == field.get_ref()) {
            None => {
                let hint = suggest(
                    field.get_ref(),
                    request.iter().map(|(f, _)| f.wire.as_str()),
                    "declare it as a request field",
                );
                self.err(
                    field.span(),
                    format!("batch `field` names no request field `{}`", field.get_ref()),
                    hint,
                );
                None
            }
            Some((f, location)) => {
                let strings =
                    matches!(&f.ty, Ty::Array(inner) if matches!(**inner, Ty::String | Ty::Int64));
                match f.constraints.max_items {
                    _ if !strings || *location == Location::Path => {
                        self.err(
                            field.span(),
                            format!("batch field `{}` is not an array of string ids", f.wire),
                            "a batch splits a `string[]` request field into calls",
                        );
                        None
                    }
                    None => {
                        self.err(
                            field.span(),
                            format!("batch field `{}` has no `max_items`", f.wire),
                            "give the documented maximum: it is the size of each call",
                        );
                        None
                    }
                    Some(0) => None,
                    Some(chunk) => Some((
                        ir::FieldRef {
                            rust: f.rust.clone(),
                            wire: f.wire.clone(),
                            location: *location,
                            ty: f.ty.clone(),
                            required: f.required,
                        },
                        chunk,
                    )),
                }
            }
        };
        let records = match response.iter().find(|f| &f.wire == items.get_ref()) {
            Some(f) if matches!(f.ty, Ty::Array(_)) => Some(ir::FieldRef {
                rust: f.rust.clone(),
                wire: f.wire.clone(),
                location: Location::Body,
                ty: f.ty.clone(),
                required: f.required,
            }),
            Some(f) => {
                self.err(
                    items.span(),
                    format!("batch `items` names `{}`, which is not an array", f.wire),
                    "name the response array holding the records",
                );
                None
            }
            None => {
                let hint = suggest(
                    items.get_ref(),
                    response.iter().map(|f| f.wire.as_str()),
                    "declare it as a response field",
                );
                self.err(
                    items.span(),
                    format!(
                        "batch `items` names no response field `{}`",
                        items.get_ref()
                    ),
                    hint,
                );
                None
            }
        };
        let ((field, chunk), items) = (ids?, records?);
        Some(ir::Batch {
            field,
            chunk,
            items,
        })
    }

    /// `[pagination]`: every named field must exist with the type paging needs.
    fn pagination(
        &mut self,
        p: &Spanned<spec::Pagination>,
        request: &[(&ir::Field, Location)],
        response: &[ir::Field],
    ) -> Option<ir::Pagination> {
        let span = p.span();
        let p = p.get_ref();
        let find = |cx: &mut Self,
                    key: &str,
                    value: &Option<S>,
                    fields: Vec<(&ir::Field, Location)>,
                    want: &dyn Fn(&Ty) -> bool,
                    want_text: &str,
                    side: &str|
         -> Option<ir::FieldRef> {
            let name = cx.need(value, key, "[pagination]", span.clone())?;
            match fields.iter().find(|(f, _)| &f.wire == name.get_ref()) {
                Some((f, location)) if want(&f.ty) => Some(ir::FieldRef {
                    rust: f.rust.clone(),
                    wire: f.wire.clone(),
                    location: *location,
                    ty: f.ty.clone(),
                    required: f.required,
                }),
                Some(_) => {
                    cx.err(
                        name.span(),
                        format!(
                            "pagination `{key}` names `{}`, which is not {want_text}",
                            name.get_ref()
                        ),
                        format!("`{key}` must be {want_text}"),
                    );
                    None
                }
                None => {
                    let hint = suggest(
                        name.get_ref(),
                        fields.iter().map(|(f, _)| f.wire.as_str()),
                        &format!("declare it as a {side} field"),
                    );
                    cx.err(
                        name.span(),
                        format!(
                            "pagination `{key}` names no {side} field `{}`",
                            name.get_ref()
                        ),
                        hint,
                    );
                    None
                }
            }
        };
        let request_fields: Vec<(&ir::Field, Location)> = request.to_vec();
        let response_fields: Vec<(&ir::Field, Location)> =
            response.iter().map(|f| (f, Location::Body)).collect();
        let is_string = |t: &Ty| *t == Ty::String;
        let page_token = find(
            self,
            "page_token",
            &p.page_token,
            request_fields.clone(),
            &is_string,
            "a string",
            "request",
        );
        let page_size = find(
            self,
            "page_size",
            &p.page_size,
            request_fields,
            &|t| *t == Ty::Int,
            "an `int`",
            "request",
        );
        let next_token = find(
            self,
            "next_token",
            &p.next_token,
            response_fields.clone(),
            &is_string,
            "a string",
            "response",
        );
        let has_more = find(
            self,
            "has_more",
            &p.has_more,
            response_fields.clone(),
            &|t| *t == Ty::Bool,
            "a `bool`",
            "response",
        );
        let items = find(
            self,
            "items",
            &p.items,
            response_fields,
            &|t| matches!(t, Ty::Array(_)),
            "an array",
            "response",
        );
        for f in [&page_token, &page_size].into_iter().flatten() {
            if f.required {
                self.err(
                    span.clone(),
                    format!(
                        "pagination field `{}` is required, so a first page could not leave it out",
                        f.wire
                    ),
                    "paging fields are optional: the stream sets them",
                );
            }
        }
        Some(ir::Pagination {
            page_token: page_token?,
            page_size: page_size?,
            next_token: next_token?,
            has_more: has_more?,
            items: items?,
        })
    }

    pub(super) fn path_template(
        &mut self,
        path: &str,
        span: Range<usize>,
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

    pub(super) fn errors(&mut self, specs: &[Spanned<spec::ErrorEntry>]) -> Vec<ir::ErrorCode> {
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
}

/// What `[response]` says about the answer.
#[derive(Debug, Default)]
pub(super) struct ResponseShape {
    pub fields: Vec<ir::Field>,
    pub description: String,
    pub envelope: ir::Envelope,
    pub binary: bool,
    pub object: Option<String>,
}

/// The declared type names a type expression mentions: `Shift[]` → `Shift`,
/// `map<string, Rule>` → `Rule`.
fn names_in(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty() && w.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        .map(str::to_owned)
        .collect()
}
