//! An imported spec's examples checked the way its generated tests will check them: the
//! response example shows every documented field (in any item of an array), and every value in
//! the examples has its field's JSON type. A page whose example fails is imported without it
//! (the tables are the facts), with a note: otherwise the spec would build and its own test fail.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::ir::{self, EnumBase, Ty};

/// The first problem of `endpoint`'s examples, if any.
pub fn problem(endpoint: &ir::Endpoint, shared: &[ir::TypeSet]) -> Option<String> {
    let shared: Vec<&ir::TypeSet> = shared
        .iter()
        .filter(|t| t.service == endpoint.service && t.version == endpoint.version)
        .collect();
    let objects: Vec<&ir::Object> = endpoint
        .objects
        .iter()
        .chain(shared.iter().flat_map(|t| &t.objects))
        .collect();
    let enums: Vec<&ir::Enum> = endpoint
        .enums
        .iter()
        .chain(shared.iter().flat_map(|t| &t.enums))
        .collect();
    let cx = Cx { objects, enums };
    if let Some(body) = &endpoint.example.request_body
        && let Ok(json) = serde_json::from_str::<Value>(body)
        && let Some(p) = cx.fields("", &endpoint.body, &json)
    {
        return Some(format!("example request_body: {p}"));
    }
    let text = endpoint.example.response.as_ref()?;
    let envelope: Value = serde_json::from_str(text).ok()?;
    let data = match endpoint.envelope {
        ir::Envelope::Data => envelope.get("data").cloned().unwrap_or(Value::Null),
        ir::Envelope::None => envelope,
    };
    let mut shown = BTreeSet::new();
    paths("", &data, &mut shown);
    if let Some(absent) = endpoint.documented.iter().find(|p| !shown.contains(*p)) {
        return Some(format!(
            "example response never shows documented field `{absent}`"
        ));
    }
    let fields = match &endpoint.response_object {
        Some(name) => cx
            .object(name)
            .map(|o| o.fields.clone())
            .unwrap_or_default(),
        None => endpoint.response.clone(),
    };
    cx.fields("", &fields, &data)
        .map(|p| format!("example response: {p}"))
}

/// Every path a JSON value shows (`a`, `a[].b`).
fn paths(prefix: &str, value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                paths(&path, item, out);
                out.insert(path);
            }
        }
        Value::Array(items) => {
            for item in items {
                paths(&format!("{prefix}[]"), item, out);
            }
        }
        _ => {}
    }
}

struct Cx<'a> {
    objects: Vec<&'a ir::Object>,
    enums: Vec<&'a ir::Enum>,
}

impl Cx<'_> {
    fn object(&self, name: &str) -> Option<&ir::Object> {
        self.objects.iter().copied().find(|o| o.name == name)
    }

    /// The first field of `fields` whose value in `json` (an object) has another JSON type.
    fn fields(&self, prefix: &str, fields: &[ir::Field], json: &Value) -> Option<String> {
        let map = json.as_object()?;
        for f in fields {
            let Some(v) = map.get(&f.wire) else { continue };
            if let Some(p) = self.value(&format!("{prefix}{}", f.wire), &f.ty, v) {
                return Some(p);
            }
        }
        None
    }

    fn value(&self, path: &str, ty: &Ty, v: &Value) -> Option<String> {
        if v.is_null() {
            return None;
        }
        let wrong = |what: &str| Some(format!("`{path}` is {}, not {what}", kind(v)));
        match ty {
            Ty::String | Ty::UnixSeconds | Ty::LocalMinute | Ty::Secret | Ty::Int64 => {
                (!v.is_string()).then(|| wrong("a string")).flatten()
            }
            Ty::Int | Ty::DateYmd => (!(v.is_i64() || v.is_u64()))
                .then(|| wrong("an integer"))
                .flatten(),
            Ty::Float => (!v.is_number()).then(|| wrong("a number")).flatten(),
            Ty::Bool => (!v.is_boolean()).then(|| wrong("a boolean")).flatten(),
            Ty::File | Ty::Json => None,
            Ty::Enum(name) => match self.enums.iter().find(|e| e.name == *name).map(|e| e.base) {
                Some(EnumBase::Int) => (!v.is_i64()).then(|| wrong("an integer")).flatten(),
                _ => (!v.is_string()).then(|| wrong("a string")).flatten(),
            },
            Ty::Array(inner) => match v.as_array() {
                Some(items) => items
                    .iter()
                    .find_map(|i| self.value(&format!("{path}[]"), inner, i)),
                None => wrong("an array"),
            },
            Ty::Map(inner) => match v.as_object() {
                Some(map) => map
                    .iter()
                    .find_map(|(k, i)| self.value(&format!("{path}.{k}"), inner, i)),
                None => wrong("an object"),
            },
            Ty::Object(name) => match (v.is_object(), self.object(name)) {
                (true, Some(o)) => self.fields(&format!("{path}."), &o.fields, v),
                (true, None) => None,
                (false, _) => wrong("an object"),
            },
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a fraction",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
