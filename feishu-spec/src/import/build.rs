//! One page into a spec: the spec model filled from the page's facts, and the object and enum
//! declarations it needs, each marked as the method's own or shared by the service version
//! (objects the page names, with everything inside them).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use toml::Spanned;

use super::tree::{self, Node, is_object_type};
use crate::names::{pascal, snake};
use crate::page::cell::EnumItem;
use crate::page::{Page, PageError, Row};
use crate::spec::{self, S};

/// How descriptions are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Text {
    /// Facts only: names, types, limits, enum meanings, examples and links; no prose of the
    /// page's (for specs committed to this repository).
    #[default]
    Facts,
    /// The page's own descriptions, for a user's own crate.
    Page,
}

/// Where a declaration goes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Home {
    /// The method's own file.
    Method,
    /// `types/<file>.toml` of the service version, shared with other methods.
    Shared(String),
}

/// A declared type.
#[derive(Debug, Clone)]
pub enum Kind {
    /// An object.
    Object(spec::Object),
    /// An enum.
    Enum(spec::Enum),
}

/// One declaration an imported spec needs.
#[derive(Debug, Clone)]
pub struct Decl {
    /// Rust type name.
    pub name: String,
    /// Its file.
    pub home: Home,
    /// What it is.
    pub kind: Kind,
    /// The page line declaring it.
    pub line: usize,
}

impl Decl {
    /// The structure compared when two pages declare one name: field names and types, or
    /// enum base and values; descriptions, examples and required flags aside.
    pub fn shape(&self) -> String {
        match &self.kind {
            Kind::Object(o) => {
                let fields: Vec<String> = o
                    .fields
                    .iter()
                    .map(|f| format!("{}:{}", get(&f.get_ref().name), get(&f.get_ref().ty)))
                    .collect();
                format!("{{{}}}", fields.join(","))
            }
            Kind::Enum(e) => {
                let values: Vec<String> = e
                    .values
                    .iter()
                    .map(|v| {
                        v.get_ref()
                            .value
                            .as_ref()
                            .map_or(String::new(), |v| v.get_ref().to_string())
                    })
                    .collect();
                format!("{}({})", get(&e.base), values.join(","))
            }
        }
    }
}

fn get(s: &Option<S>) -> String {
    s.as_ref().map_or(String::new(), |s| s.get_ref().clone())
}

/// A spanned value for writing (spans only matter for values read from a file).
pub fn sp<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

fn st(value: impl Into<String>) -> S {
    sp(value.into())
}

/// A page made into a spec.
#[derive(Debug, Clone)]
pub struct Draft {
    /// `attendance`
    pub service: String,
    /// `v1`
    pub version: String,
    /// `user_task_remedy`
    pub resource: String,
    /// `query`
    pub method: String,
    /// The method's spec, without the declarations.
    pub spec: spec::SpecFile,
    /// Every type it needs.
    pub decls: Vec<Decl>,
    /// The page's last update, for the file's header.
    pub updated: Option<String>,
    /// The page line of each field name's first row, to place a problem found in the spec.
    pub lines: BTreeMap<String, usize>,
}

/// Makes `page` into a draft spec.
pub fn draft(page: &Page, text: Text) -> Result<Draft, PageError> {
    let (method_line, http_method) = page.http_method.clone().expect("checked by Page::parse");
    let (path_line, path) = page.path.clone().expect("checked by Page::parse");
    let segs: Vec<&str> = path.trim_start_matches("/open-apis/").split('/').collect();
    let (service, version) = match segs.as_slice() {
        [s, v, ..] if v.starts_with('v') => (snake(s), v.to_string()),
        _ => {
            return Err(PageError {
                line: path_line,
                message: format!("the path `{path}` has no `/open-apis/<service>/<version>/`"),
            });
        }
    };
    // Named as the page's address names it (`…/<service>-<version>/<resource>/<method>`),
    // else after the path's last two segments that are not parameters.
    let ident = |s: &str| snake(&s.replace(['-', '.'], "_"));
    let (resource, method) = match page.doc_path.as_slice() {
        [.., r, m] if page.doc_path.len() >= 3 => (ident(r), ident(m)),
        _ => {
            let words: Vec<&str> = segs[2..]
                .iter()
                .copied()
                .filter(|s| !s.starts_with(':') && !s.is_empty())
                .collect();
            match words.as_slice() {
                [.., r, m] => (ident(r), ident(m)),
                [r] => (ident(r), http_method.to_ascii_lowercase()),
                [] => {
                    return Err(PageError {
                        line: path_line,
                        message: format!(
                            "cannot name the method: neither the page's address nor the path \
                             `{path}` has a resource and a method"
                        ),
                    });
                }
            }
        }
    };
    if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&http_method.as_str()) {
        return Err(PageError {
            line: method_line,
            message: format!(
                "HTTP method `{http_method}` is none of GET, POST, PUT, PATCH, DELETE"
            ),
        });
    }
    let request_example = parse_json(page.request_example.as_ref().map(|s| s.text.as_str()));
    let response_example = parse_json(page.response_example.as_ref().map(|s| s.text.as_str()));
    let mut defined = BTreeSet::new();
    for rows in [&page.path_params, &page.query, &page.body, &page.response] {
        let example = if std::ptr::eq(rows, &page.body) {
            request_example.as_ref()
        } else {
            response_example.as_ref()
        };
        if let Ok(nodes) = tree::build(rows, example) {
            collect_defined(&nodes, &mut defined);
        }
    }
    let mut b = Builder {
        text,
        defined,
        decls: Vec::new(),
        method_names: BTreeSet::new(),
        reserved: crate::ir::TypeNames::of_method(&method)
            .all()
            .into_iter()
            .collect(),
    };

    let mut request = spec::Request::default();
    let path_nodes = tree::build(&page.path_params, None)?;
    for n in &path_nodes {
        let mut f = b.field(n, None, &Home::Method, true)?;
        f.required = Some(sp(true));
        request.path.push(sp(f));
    }
    // A parameter the URL has and the page's table lacks: a required string, as the URL says.
    for seg in path.split('/').filter_map(|s| s.strip_prefix(':')) {
        if !request.path.iter().any(|f| get(&f.get_ref().name) == seg) {
            let mut f = plain_field(seg, "string");
            f.required = Some(sp(true));
            request.path.push(sp(f));
        }
    }
    for n in &tree::build(&page.query, None)? {
        request
            .query
            .push(sp(b.field(n, None, &Home::Method, true)?));
    }
    for n in &tree::build(&page.headers, None)? {
        request
            .headers
            .push(sp(b.field(n, None, &Home::Method, true)?));
    }
    for n in &tree::build(&page.body, request_example.as_ref())? {
        let mut f = b.field(n, None, &Home::Method, true)?;
        // A body field named like a path or query parameter gets a Rust name of its own.
        let name = get(&f.name);
        let taken = request
            .path
            .iter()
            .chain(&request.query)
            .chain(&request.headers)
            .any(|p| snake(&get(&p.get_ref().name)) == snake(&name));
        if taken {
            f.rust_name = Some(st(format!("body_{}", snake(&name))));
        }
        request.body.push(sp(f));
    }

    let mut response = spec::Response::default();
    let roots = tree::build(&page.response, response_example.as_ref())?;
    let data = roots.iter().find(|n| n.row.name == "data");
    let envelope_rows = ["code", "msg", "data", "error"];
    if let Some(data) = data {
        let named = named_object(&data.row.ty);
        if let (Some(name), false) = (named, data.children.is_empty()) {
            let ty = b.object(
                name,
                &data.children,
                None,
                &Home::Shared(snake(name)),
                false,
                data.row.line,
            )?;
            response.object = Some(st(ty));
        } else {
            for n in &data.children {
                response
                    .fields
                    .push(sp(b.field(n, None, &Home::Method, false)?));
            }
        }
    } else {
        let rest: Vec<&Node> = roots
            .iter()
            .filter(|n| !envelope_rows.contains(&n.row.name.as_str()))
            .collect();
        if !rest.is_empty() {
            response.envelope = Some(st("none"));
            for n in rest {
                response
                    .fields
                    .push(sp(b.field(n, None, &Home::Method, false)?));
            }
        }
    }
    // A download says so in its text (`返回文件二进制流`), whatever its title.
    let binary = page.binary_response && page.response.is_empty();
    if binary {
        response.binary = Some(sp(true));
    }

    let mut spec = spec::SpecFile {
        service: Some(st(&service)),
        version: Some(st(&version)),
        resource: Some(st(&resource)),
        method: Some(st(&method)),
        summary: Some(st(summary(page, &http_method, &path))),
        description: None,
        doc_url: page.doc_url.clone().map(st),
        http: Some(sp(spec::Http {
            method: Some(st(&http_method)),
            path: Some(st(&path)),
        })),
        auth: Some(sp(spec::Auth {
            token_types: Some(sp(page.token_types.iter().map(st).collect())),
            scopes: page.scopes.iter().map(st).collect(),
            app_types: page.app_types.iter().map(st).collect(),
            field_scopes: page.field_scopes.iter().map(st).collect(),
        })),
        limits: (page.rate_per_second.is_some() || page.rate_per_minute.is_some()).then(|| {
            spec::Limits {
                rate_per_second: page.rate_per_second.map(sp),
                rate_per_minute: page.rate_per_minute.map(sp),
                retry_safe: None,
            }
        }),
        request: None,
        response: None,
        objects: Vec::new(),
        enums: Vec::new(),
        errors: errors(page, text),
        example: None,
        pagination: None,
        batch: None,
    };
    if text == Text::Page && !page.intro.is_empty() {
        spec.description = Some(st(&page.intro));
    }
    spec.pagination = pagination(&request, &response);
    let enveloped = response.envelope.is_none();
    // A multipart upload's request has no example the spec can hold (its body is form data,
    // and the example test decodes a JSON body): only the answer's example is kept.
    let multipart = request.body.iter().any(|f| get(&f.get_ref().ty) == "file")
        || page
            .content_type
            .as_deref()
            .is_some_and(|c| c.contains("multipart"));
    spec.example = example(
        page,
        &request,
        request_example.as_ref().filter(|_| !multipart),
        response_example.as_ref(),
        enveloped,
    );
    if multipart && let Some(ex) = &mut spec.example {
        ex.query = None;
        ex.path = toml::Table::new();
        ex.request_body = None;
        if ex.response.is_none() {
            spec.example = None;
        }
    }
    let has_request = !(request.path.is_empty()
        && request.query.is_empty()
        && request.headers.is_empty()
        && request.body.is_empty());
    spec.request = has_request.then_some(request);
    let has_response = !response.fields.is_empty()
        || response.object.is_some()
        || response.binary.is_some()
        || response.envelope.is_some();
    spec.response = has_response.then_some(response);
    Ok(Draft {
        service,
        version,
        resource,
        method,
        spec,
        decls: b.decls,
        updated: page.updated.clone(),
        lines: [
            &page.path_params,
            &page.query,
            &page.headers,
            &page.body,
            &page.response,
        ]
        .into_iter()
        .flatten()
        .fold(BTreeMap::new(), |mut m, r| {
            m.entry(r.name.clone()).or_insert(r.line);
            m
        }),
    })
}

/// The example's JSON, also when the page's text carries `//` comments or trailing commas.
fn parse_json(text: Option<&str>) -> Option<Value> {
    let text = text?;
    serde_json::from_str(text)
        .ok()
        .or_else(|| serde_json::from_str(&lenient(text)).ok())
}

/// `//` comments (outside strings) and commas before `}` or `]` removed.
pub fn lenient(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '}' | ']' => {
                let trimmed = out.trim_end().len();
                if out[..trimmed].ends_with(',') {
                    out.truncate(trimmed - 1);
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Every object name that has fields somewhere on the page.
fn collect_defined(nodes: &[Node], out: &mut BTreeSet<String>) {
    for n in nodes {
        if !n.children.is_empty()
            && let Some(name) = named_object(&n.row.ty)
        {
            out.insert(name.to_owned());
        }
        collect_defined(&n.children, out);
    }
}

fn summary(page: &Page, method: &str, path: &str) -> String {
    let title = page.title.trim();
    if title.is_empty() {
        format!("`{method} {path}`.")
    } else {
        format!("{title} (`{method} {path}`).")
    }
}

/// The object name a type column gives (`user_task_remedy`, `group[]`), if it names one.
fn named_object(ty: &str) -> Option<&str> {
    let base = ty.trim_end_matches("[]").trim();
    let generic = ["object", "-", "", "struct", "json", "any", "map", "dict"];
    (is_object_type(ty)
        && !generic.contains(&base.to_ascii_lowercase().as_str())
        && base.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
    .then_some(base)
}

struct Builder {
    text: Text,
    /// Object names the page gives fields for, somewhere.
    defined: BTreeSet<String>,
    decls: Vec<Decl>,
    /// Names taken in the method's own file.
    method_names: BTreeSet<String>,
    /// The method's generated type names.
    reserved: BTreeSet<String>,
}

impl Builder {
    /// A unique name for a new declaration in `home`.
    fn fresh(&mut self, wanted: String, home: &Home) -> String {
        let taken = |b: &Builder, n: &str| {
            b.reserved.contains(n)
                || b.decls.iter().any(|d| d.name == n)
                || (*home == Home::Method && b.method_names.contains(n))
        };
        let mut name = wanted.clone();
        let mut k = 2;
        while taken(self, &name) {
            name = format!("{wanted}{k}");
            k += 1;
        }
        if *home == Home::Method {
            self.method_names.insert(name.clone());
        }
        name
    }

    /// One field from its node; `parent` is the enclosing object's Rust name.
    fn field(
        &mut self,
        node: &Node,
        parent: Option<&str>,
        home: &Home,
        in_request: bool,
    ) -> Result<spec::Field, PageError> {
        let row = &node.row;
        let (array_depth, base) = split_array(&row.ty);
        let lower = base.to_ascii_lowercase();
        let scalar = scalar(&lower).filter(|_| node.children.is_empty());
        let ty: String = if !node.children.is_empty() && named_object(&row.ty).is_none() {
            // Rows nested under it make it an object, whatever its type column says.
            let wanted = match parent {
                Some(p) => format!("{p}{}", pascal(&row.name)),
                None => pascal(&row.name),
            };
            self.object(
                &wanted,
                &node.children,
                Some(()),
                home,
                in_request,
                row.line,
            )?
        } else if let Some(map) = map_type(&lower) {
            map
        } else if let Some(s) = scalar {
            let prose_values;
            let row = if row.desc.values.is_empty() && s == "int" {
                let mut r = row.clone();
                r.desc.values = crate::page::cell::int_items_in_prose(&row.desc.text);
                r.desc.values_from_prose = true;
                prose_values = r;
                &prose_values
            } else {
                row
            };
            if !row.desc.values.is_empty() && matches!(s, "string" | "int") && array_depth <= 1 {
                self.enumeration(row, s, parent, home)
                    .unwrap_or_else(|| s.to_owned())
            } else {
                s.to_owned()
            }
        } else if let Some(name) = named_object(&row.ty) {
            let shared = Home::Shared(snake(&name.replace('.', "_")));
            if !node.children.is_empty() {
                self.object(name, &node.children, None, &shared, in_request, row.line)?
            } else if self.defined.contains(name) {
                // Its fields are given at another row of the page.
                pascal(&name.replace('.', "_"))
            } else {
                // The page names the object but never lists its fields: kept whole.
                "json".to_owned()
            }
        } else if node.children.is_empty() {
            // `object`, `-`, `any`, a union: free-form on the page, kept whole.
            "json".to_owned()
        } else {
            let wanted = match parent {
                Some(p) => format!("{p}{}", pascal(&row.name)),
                None => pascal(&row.name),
            };
            self.object(
                &wanted,
                &node.children,
                Some(()),
                home,
                in_request,
                row.line,
            )?
        };
        let ty = format!("{ty}{}", "[]".repeat(array_depth));
        let mut f = plain_field(&row.name, &ty);
        if in_request && row.required == Some(true) {
            f.required = Some(sp(true));
        }
        f.description = description(row, self.text);
        let scalar_base = scalar.or_else(|| {
            self.decls.iter().find_map(|d| match &d.kind {
                Kind::Enum(e) if d.name == ty.trim_end_matches("[]") => {
                    Some(if get(&e.base) == "int" {
                        "int"
                    } else {
                        "string"
                    })
                }
                _ => None,
            })
        });
        if let Some(base) = scalar_base {
            // An enum's example and default must be among its values (a page may write
            // `read` for `READ`): otherwise left out.
            let values: Option<BTreeSet<String>> = self.decls.iter().find_map(|d| match &d.kind {
                Kind::Enum(e) if d.name == ty.trim_end_matches("[]") => Some(
                    e.values
                        .iter()
                        .filter_map(|v| v.get_ref().value.as_ref().map(|v| wire_text(v.get_ref())))
                        .collect(),
                ),
                _ => None,
            });
            let fits = |v: &Spanned<toml::Value>| match &values {
                None => true,
                Some(set) => match v.get_ref() {
                    toml::Value::Array(items) => items.iter().all(|i| set.contains(&wire_text(i))),
                    other => set.contains(&wire_text(other)),
                },
            };
            f.example = row
                .desc
                .example
                .as_deref()
                .and_then(|e| example_value(e, base, array_depth))
                .filter(fits);
            if array_depth == 0 {
                f.server_default = row
                    .desc
                    .default
                    .as_deref()
                    .and_then(|e| example_value(e, base, 0))
                    .filter(fits)
                    .filter(|d| !matches!(d.get_ref(), toml::Value::String(s) if prose_like(s)));
            }
            if let Some((min, max)) = row.desc.range {
                let bound = |n: Option<i64>| n.filter(|n| *n >= 0).map(sp);
                if array_depth > 0 {
                    f.min_items = bound(min);
                    f.max_items = bound(max);
                } else if base == "string" && ty == "string" {
                    f.min_length = bound(min);
                    f.max_length = bound(max);
                } else if base == "int" && ty == "int" && !row.desc.range_is_length {
                    f.minimum = min.map(sp);
                    f.maximum = max.map(sp);
                }
            }
        } else if array_depth > 0
            && let Some((min, max)) = row.desc.range
        {
            let bound = |n: Option<i64>| n.filter(|n| *n >= 0).map(sp);
            f.min_items = bound(min);
            f.max_items = bound(max);
        }
        if f.min_length
            .as_ref()
            .zip(f.max_length.as_ref())
            .is_some_and(|(a, b)| a.get_ref() > b.get_ref())
            || f.minimum
                .as_ref()
                .zip(f.maximum.as_ref())
                .is_some_and(|(a, b)| a.get_ref() > b.get_ref())
            || f.min_items
                .as_ref()
                .zip(f.max_items.as_ref())
                .is_some_and(|(a, b)| a.get_ref() > b.get_ref())
        {
            (
                f.min_length,
                f.max_length,
                f.minimum,
                f.maximum,
                f.min_items,
                f.max_items,
            ) = (None, None, None, None, None, None);
        }
        Ok(f)
    }

    /// Declares an object (named by the page, or `inline` and named after its field) and
    /// returns its Rust name; a page-named object already declared on this page is reused.
    fn object(
        &mut self,
        name: &str,
        children: &[Node],
        inline: Option<()>,
        home: &Home,
        in_request: bool,
        line: usize,
    ) -> Result<String, PageError> {
        let wanted = pascal(&name.replace('.', "_"));
        if inline.is_none()
            && let Some(index) = self.decls.iter().position(|d| d.name == wanted)
        {
            // Listed again on the page: the fields this listing adds join the object (a page
            // often shows a part of an object in one place and all of it in another).
            let known: BTreeSet<String> = match &self.decls[index].kind {
                Kind::Object(o) => o.fields.iter().map(|f| get(&f.get_ref().name)).collect(),
                Kind::Enum(_) => return Ok(wanted),
            };
            let mut added = Vec::new();
            for child in children.iter().filter(|c| !known.contains(&c.row.name)) {
                added.push(sp(self.field(child, Some(&wanted), home, in_request)?));
            }
            if let Kind::Object(o) = &mut self.decls[index].kind {
                o.fields.extend(added);
            }
            return Ok(wanted);
        }
        let rust = if inline.is_some() {
            self.fresh(wanted, home)
        } else {
            self.reserved.remove(&wanted);
            wanted
        };
        // Declared before its fields, so that a field of the same type refers to it.
        let index = self.decls.len();
        self.decls.push(Decl {
            name: rust.clone(),
            home: home.clone(),
            kind: Kind::Object(spec::Object {
                name: Some(st(&rust)),
                description: None,
                fields: Vec::new(),
            }),
            line,
        });
        let mut fields = Vec::new();
        let mut seen = BTreeSet::new();
        for child in children {
            if !seen.insert(child.row.name.clone()) {
                return Err(PageError {
                    line: child.row.line,
                    message: format!("`{}` is listed twice in `{name}`", child.row.name),
                });
            }
            fields.push(sp(self.field(child, Some(&rust), home, in_request)?));
        }
        if let Kind::Object(o) = &mut self.decls[index].kind {
            o.fields = fields;
            if self.text == Text::Facts {
                o.description = Some(st(format!("The `{name}` object.")));
            }
        }
        Ok(rust)
    }

    /// Declares the enum of a row's documented values, or `None` when they do not fit `base`.
    fn enumeration(
        &mut self,
        row: &Row,
        base: &str,
        parent: Option<&str>,
        home: &Home,
    ) -> Option<String> {
        // Values found in prose that the page's own example is none of are not the field's.
        if row.desc.values_from_prose
            && let Some(example) = &row.desc.example
        {
            let ex = example.trim().trim_matches('`').trim().trim_matches('"');
            if !row.desc.values.iter().any(|v| v.value == ex) {
                return None;
            }
        }
        let mut values = Vec::new();
        let mut seen = BTreeSet::new();
        let mut variants = BTreeSet::new();
        for EnumItem { value, meaning } in &row.desc.values {
            if !seen.insert(value.clone()) {
                continue;
            }
            let wire = match base {
                "int" => toml::Value::Integer(value.parse().ok()?),
                _ => toml::Value::String(value.clone()),
            };
            let mut variant = variant_name(value, base);
            let mut k = 2;
            while !variants.insert(variant.clone()) {
                variant = format!("{}{k}", variant_name(value, base));
                k += 1;
            }
            values.push(sp(spec::EnumValue {
                value: Some(sp(wire)),
                name: Some(st(variant)),
                description: (!meaning.is_empty()).then(|| st(meaning.clone())),
                supported: None,
                note: None,
            }));
        }
        if values.is_empty() {
            return None;
        }
        let wanted = match parent {
            Some(p) => format!("{p}{}", pascal(&row.name)),
            None => pascal(&row.name),
        };
        let name = self.fresh(wanted, home);
        self.decls.push(Decl {
            name: name.clone(),
            home: home.clone(),
            kind: Kind::Enum(spec::Enum {
                name: Some(st(&name)),
                base: Some(st(base)),
                description: Some(st(format!("The values of `{}`.", row.name))),
                values,
            }),
            line: row.line,
        });
        Some(name)
    }
}

/// A field with a name and a type and nothing else.
fn plain_field(name: &str, ty: &str) -> spec::Field {
    spec::Field {
        name: Some(st(name)),
        ty: Some(st(ty)),
        format: None,
        time_zone_field: None,
        required: None,
        description: None,
        example: None,
        server_default: None,
        rust_name: None,
        min_items: None,
        max_items: None,
        min_length: None,
        max_length: None,
        minimum: None,
        maximum: None,
        secret: None,
    }
}

/// A variant name for an enum value: the PascalCase of a string value, `V<n>` for a number
/// (a page names numbers only in prose).
fn variant_name(value: &str, base: &str) -> String {
    if base == "int" {
        return match value.strip_prefix('-') {
            Some(n) => format!("Minus{n}"),
            None => format!("V{value}"),
        };
    }
    // Every generated enum has its own `Unknown(raw)` for values the spec does not list.
    if value.eq_ignore_ascii_case("unknown") {
        return "UnknownValue".to_owned();
    }
    let cleaned: String = value
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    // `PeriodTime` stays as it is; `open_id`, `OPEN_ID` and `open-id` become `OpenId`.
    let camel = cleaned.chars().any(|c| c.is_ascii_lowercase())
        && cleaned.chars().any(|c| c.is_ascii_uppercase())
        && !cleaned.contains('_');
    let p = if camel {
        let mut cs = cleaned.chars();
        cs.next().map_or(String::new(), |c| {
            c.to_ascii_uppercase().to_string() + cs.as_str()
        })
    } else {
        pascal(&cleaned.to_ascii_lowercase())
    };
    match p.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => p,
        Some(_) => format!("V{p}"),
        None => "Empty".to_owned(),
    }
}

fn split_array(ty: &str) -> (usize, &str) {
    let mut base = ty.trim();
    let mut depth = 0;
    while let Some(b) = base.strip_suffix("[]") {
        base = b.trim();
        depth += 1;
    }
    if let Some(inner) = base
        .strip_prefix("array<")
        .and_then(|b| b.strip_suffix('>'))
    {
        let (d, b) = split_array(inner);
        return (d + depth + 1, b);
    }
    (depth, base)
}

fn scalar(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "string" | "str" => "string",
        "int" | "integer" | "int32" | "int64" | "long" => "int",
        "boolean" | "bool" => "bool",
        "float" | "double" | "number" | "number(float)" | "number(double)" | "float64" => "float",
        "file" | "binary" => "file",
        _ => return None,
    })
}

/// `map<string, string>` and the like, as the spec writes them.
fn map_type(lower: &str) -> Option<String> {
    let inner = lower.strip_prefix("map<")?.strip_suffix('>')?;
    let (key, value) = inner.split_once(',')?;
    if key.trim() != "string" {
        return None;
    }
    let (d, v) = split_array(value.trim());
    // A value the page gives no scalar type for is kept whole.
    let v = scalar(v).unwrap_or("json");
    Some(format!("map<string, {v}{}>", "[]".repeat(d)))
}

/// A description made of the row's facts, or the page's own text.
fn description(row: &Row, text: Text) -> Option<S> {
    match text {
        Text::Page => (!row.desc.text.is_empty()).then(|| st(row.desc.text.clone())),
        Text::Facts => {
            let links = links(&row.desc.text);
            (!links.is_empty()).then(|| st(format!("See {}.", links.join(", "))))
        }
    }
}

/// The markdown links of a text, as `<url>`.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        let after = &rest[i + 2..];
        let Some(j) = after.find(')') else { break };
        let url = &after[..j];
        if url.starts_with("http") && !out.iter().any(|o: &String| o.contains(url)) {
            out.push(format!("<{url}>"));
        }
        rest = &after[j..];
    }
    out
}

/// An example or default as written on the page, as a wire value of `base`, or `None` when it
/// is not one.
fn example_value(raw: &str, base: &str, array_depth: usize) -> Option<Spanned<toml::Value>> {
    let raw = raw.trim().trim_matches('`').trim();
    let json: Option<Value> = serde_json::from_str(raw).ok();
    let value = if array_depth > 0 {
        // One value where an array goes (`632422323123` for `okr_ids`) is an array of it.
        let json = json.or_else(|| Some(Value::String(raw.trim_matches('"').to_owned())))?;
        let mut json = match (json, base) {
            (Value::String(s), "int") => s
                .parse::<i64>()
                .map(Value::from)
                .unwrap_or(Value::String(s)),
            // An id written bare (`6951461264858777132`) where strings go is that string.
            (Value::Number(_), "string") => Value::String(raw.trim_matches('"').to_owned()),
            (other, _) => other,
        };
        for _ in 0..array_depth {
            if !json.is_array() {
                json = Value::Array(vec![json]);
            }
        }
        to_toml(&json, base, array_depth)?
    } else {
        match base {
            "string" => match json {
                Some(Value::String(s)) => toml::Value::String(s),
                _ => toml::Value::String(raw.trim_matches('"').to_owned()),
            },
            "int" => toml::Value::Integer(raw.trim_matches('"').parse().ok()?),
            "float" => toml::Value::Float(raw.trim_matches('"').parse().ok()?),
            "bool" => toml::Value::Boolean(raw.trim_matches('"').parse().ok()?),
            _ => return None,
        }
    };
    Some(sp(value))
}

fn to_toml(v: &Value, base: &str, array_depth: usize) -> Option<toml::Value> {
    if array_depth > 0 {
        let items = v.as_array()?;
        return items
            .iter()
            .map(|i| to_toml(i, base, array_depth - 1))
            .collect::<Option<Vec<_>>>()
            .map(toml::Value::Array);
    }
    Some(match (base, v) {
        ("string", Value::String(s)) => toml::Value::String(s.clone()),
        ("int", Value::Number(n)) => toml::Value::Integer(n.as_i64()?),
        ("float", Value::Number(n)) => toml::Value::Float(n.as_f64()?),
        ("bool", Value::Bool(b)) => toml::Value::Boolean(*b),
        _ => return None,
    })
}

fn errors(page: &Page, text: Text) -> Vec<Spanned<spec::ErrorEntry>> {
    let mut out: Vec<Spanned<spec::ErrorEntry>> = Vec::new();
    let mut names = BTreeSet::new();
    let mut codes = BTreeSet::new();
    for e in &page.errors {
        if !codes.insert(e.code) {
            continue;
        }
        let words: String = e
            .message
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(6)
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map_or(String::new(), |c| {
                    c.to_ascii_uppercase().to_string() + &cs.as_str().to_ascii_lowercase()
                })
            })
            .collect();
        let ascii = e.message.is_ascii()
            && words
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
        let mut name = if ascii {
            words
        } else {
            format!("Code{}", e.code)
        };
        if !names.insert(name.clone()) {
            name = format!("{name}{}", e.code);
            names.insert(name.clone());
        }
        out.push(sp(spec::ErrorEntry {
            http_status: Some(sp(e.http_status)),
            code: Some(sp(e.code)),
            name: Some(st(name)),
            message: Some(st(e.message.clone())),
            hint: match text {
                Text::Page if !e.hint.is_empty() && e.hint != "-" => Some(st(e.hint.clone())),
                _ => None,
            },
        }));
    }
    out
}

fn pagination(
    request: &spec::Request,
    response: &spec::Response,
) -> Option<Spanned<spec::Pagination>> {
    let name = |f: &Spanned<spec::Field>| get(&f.get_ref().name);
    let ty = |f: &Spanned<spec::Field>| get(&f.get_ref().ty);
    let req = request.query.iter().chain(&request.body);
    let page_token = req
        .clone()
        .find(|f| name(f) == "page_token" && ty(f) == "string")?;
    let page_size = req
        .clone()
        .find(|f| name(f) == "page_size" && ty(f) == "int")?;
    let next = response
        .fields
        .iter()
        .find(|f| (name(f) == "page_token" || name(f) == "next_page_token") && ty(f) == "string")?;
    let has_more = response
        .fields
        .iter()
        .find(|f| name(f) == "has_more" && ty(f) == "bool")?;
    let arrays: Vec<_> = response
        .fields
        .iter()
        .filter(|f| ty(f).ends_with("[]"))
        .collect();
    let [items] = arrays.as_slice() else {
        return None;
    };
    if page_token
        .get_ref()
        .required
        .as_ref()
        .is_some_and(|r| *r.get_ref())
        || page_size
            .get_ref()
            .required
            .as_ref()
            .is_some_and(|r| *r.get_ref())
    {
        return None;
    }
    Some(sp(spec::Pagination {
        page_token: Some(st(name(page_token))),
        page_size: Some(st(name(page_size))),
        next_token: Some(st(name(next))),
        has_more: Some(st(name(has_more))),
        items: Some(st(name(items))),
    }))
}

/// The page's examples: its JSON blocks, and a query and path built from the parameters'
/// example values.
fn example(
    page: &Page,
    request: &spec::Request,
    request_json: Option<&Value>,
    response_json: Option<&Value>,
    enveloped: bool,
) -> Option<spec::Example> {
    let mut ex = spec::Example {
        query: None,
        path: toml::Table::new(),
        request_body: None,
        response: None,
    };
    for f in &request.path {
        let f = f.get_ref();
        if let Some(v) = &f.example {
            let v = match v.get_ref() {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            ex.path.insert(get(&f.name), toml::Value::String(v));
        }
    }
    let mut pairs = Vec::new();
    for f in &request.query {
        let f = f.get_ref();
        let Some(v) = &f.example else { continue };
        let values: Vec<String> = match v.get_ref() {
            toml::Value::Array(items) => items.iter().map(scalar_text).collect(),
            other => vec![scalar_text(other)],
        };
        for v in values {
            pairs.push(format!("{}={}", get(&f.name), percent(&v)));
        }
    }
    if !pairs.is_empty() {
        ex.query = Some(st(pairs.join("&")));
    }
    // The page's own text of each example, when it is JSON.
    // (repaired of comments and trailing commas when the page's text is not strict JSON).
    let verbatim = |snippet: Option<&crate::page::Snippet>, json: Option<&Value>| {
        json.and(snippet).map(|s| {
            let text = s.text.trim();
            if serde_json::from_str::<Value>(text).is_ok() {
                st(text)
            } else {
                st(lenient(text).trim())
            }
        })
    };
    ex.request_body = verbatim(page.request_example.as_ref(), request_json);
    ex.response = match response_json {
        // A page that shows only the `data` of a success: the envelope put around it.
        Some(data) if enveloped && data.get("code").is_none() => {
            let whole = serde_json::json!({"code": 0, "msg": "success", "data": data});
            Some(st(serde_json::to_string_pretty(&whole).expect("JSON value")))
        }
        _ => verbatim(page.response_example.as_ref(), response_json),
    };
    let empty = ex.query.is_none()
        && ex.path.is_empty()
        && ex.request_body.is_none()
        && ex.response.is_none();
    (!empty).then_some(ex)
}

/// A wire value as text: a string as it is, anything else as TOML writes it.
fn wire_text(v: &toml::Value) -> String {
    scalar_text(v)
}

/// Whether a default written on the page is a sentence rather than a value (`空，表示不更新`).
fn prose_like(s: &str) -> bool {
    s.chars().count() > 64 || s.contains(['，', '。', '；']) || s.contains(char::is_whitespace)
}

fn scalar_text(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `application/x-www-form-urlencoded`, as the client sends a query: a space as `+`, `*-._`
/// and alphanumerics as they are, every other byte as `%XX`.
fn percent(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"*-._".contains(&b) {
            out.push(b as char);
        } else if b == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
