//! Fields: names, types, formats, constraints, and the request's cross-field rules.

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;

use super::types::{Names, render_default, to_json};
use super::{Cx, FORMATS, is_scalar, rust_name, suggest, text};
use crate::ir::{self, Json, Ty};
use crate::names::{is_reserved, is_snake, pascal};
use crate::spec::{self, S};

impl Cx<'_> {
    pub(super) fn fields(
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

    pub(super) fn field(
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
                (Ty::String, Ty::Int64),
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
        if let Some(secret) = &f.secret
            && *secret.get_ref()
        {
            if ty != Ty::String {
                self.err(
                    secret.span(),
                    "`secret` applies to plain `string` fields",
                    "remove it, or the field's `format`",
                );
                return None;
            }
            ty = Ty::Secret;
        }
        if contains_file(&ty) && (fcx != FieldCx::Body || ty != Ty::File) {
            self.err(
                ty_s.span(),
                format!("`{}` cannot hold a file here", ty_s.get_ref()),
                "a `file` is a top-level [[request.body]] field (sent as multipart form data)",
            );
            return None;
        }
        if f.time_zone_field.is_some() && ty != Ty::LocalMinute {
            self.err(
                f.time_zone_field.as_ref().map_or(0..0, Spanned::span),
                "`time_zone_field` only applies to `format = \"local_minute\"`",
                "remove it",
            );
        }
        match fcx {
            FieldCx::Header if !is_scalar(&ty) => {
                self.err(
                    ty_s.span(),
                    format!("a header cannot have type `{}`", ty_s.get_ref()),
                    "a header carries one scalar or enum value",
                );
                return None;
            }
            FieldCx::Path | FieldCx::Query
                if !is_scalar(&ty) && !matches!(&ty, Ty::Array(i) if is_scalar(i)) =>
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
            boxed: false,
        })
    }

    pub(super) fn constraints(&mut self, f: &spec::Field, ty: &Ty, wire: &str) -> ir::Constraints {
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
    pub(super) fn value_of(
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

    pub(super) fn unique_across(&mut self, lists: &[&Vec<Spanned<spec::Field>>]) {
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

    pub(super) fn rule(
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FieldCx {
    Path,
    Query,
    Header,
    Body,
    Response,
}

impl FieldCx {
    fn table(self) -> &'static str {
        match self {
            FieldCx::Path => "[[request.path]]",
            FieldCx::Query => "[[request.query]]",
            FieldCx::Header => "[[request.headers]]",
            FieldCx::Body => "[[request.body]]",
            FieldCx::Response => "a field table",
        }
    }
    fn noun(self) -> &'static str {
        match self {
            FieldCx::Path => "path",
            FieldCx::Query => "query",
            FieldCx::Header => "header",
            _ => "body",
        }
    }
}

fn contains_file(ty: &Ty) -> bool {
    match ty {
        Ty::File => true,
        Ty::Array(inner) | Ty::Map(inner) => contains_file(inner),
        _ => false,
    }
}
