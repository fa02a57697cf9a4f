//! Wire forms shared by generated code: query-string values, path segments, tolerant decoding.

use crate::time::{DateYmd, LocalMinute, UnixSeconds};
use crate::validate::{Rule, Violations};

mod object;

pub use object::{DecodeObject, NullAsDefault, deserialize_object};

/// A value that can travel as a query parameter or path segment.
pub trait QueryValue: Sized {
    /// The value as it is written in a query string (before percent-encoding).
    fn to_query(&self) -> String;
    /// Reads the value back from a decoded query string; the error says what was wrong.
    fn from_query(raw: &str) -> Result<Self, String>;
}

impl QueryValue for String {
    fn to_query(&self) -> String {
        self.clone()
    }
    fn from_query(raw: &str) -> Result<Self, String> {
        Ok(raw.to_owned())
    }
}

impl QueryValue for i64 {
    fn to_query(&self) -> String {
        self.to_string()
    }
    fn from_query(raw: &str) -> Result<Self, String> {
        raw.parse()
            .map_err(|_| format!("`{raw}` is not an integer"))
    }
}

impl QueryValue for f64 {
    fn to_query(&self) -> String {
        self.to_string()
    }
    fn from_query(raw: &str) -> Result<Self, String> {
        raw.parse().map_err(|_| format!("`{raw}` is not a number"))
    }
}

impl QueryValue for bool {
    fn to_query(&self) -> String {
        self.to_string()
    }
    fn from_query(raw: &str) -> Result<Self, String> {
        raw.parse()
            .map_err(|_| format!("`{raw}` is not `true` or `false`"))
    }
}

// The time types travel as their wire text and, like in JSON, keep a malformed value for
// validation to report (with the field's path) rather than failing the whole decoding.
impl QueryValue for UnixSeconds {
    fn to_query(&self) -> String {
        self.to_string()
    }
    fn from_query(raw: &str) -> Result<Self, String> {
        Ok(UnixSeconds::from_wire_text(raw))
    }
}

impl QueryValue for DateYmd {
    fn to_query(&self) -> String {
        self.to_string()
    }
    fn from_query(raw: &str) -> Result<Self, String> {
        Ok(raw.parse().unwrap_or_else(|_| DateYmd::from_wire_text(raw)))
    }
}

impl QueryValue for LocalMinute {
    fn to_query(&self) -> String {
        self.as_str().to_owned()
    }
    fn from_query(raw: &str) -> Result<Self, String> {
        Ok(LocalMinute::from_raw(raw.to_owned()))
    }
}

/// Percent-encodes one path segment (RFC 3986 unreserved characters stay as they are).
pub fn encode_path_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A field's path in a request (`prefix.name`, or `name` at the top), written out only when a
/// violation needs it.
#[derive(Debug, Clone, Copy)]
pub struct FieldPath<'a> {
    prefix: &'a str,
    name: &'a str,
}

impl<'a> FieldPath<'a> {
    /// The field `name` under `prefix` (empty at the top level).
    pub fn new(prefix: &'a str, name: &'a str) -> Self {
        FieldPath { prefix, name }
    }
}

impl std::fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.prefix.is_empty() {
            f.write_str(self.name)
        } else {
            write!(f, "{}.{}", self.prefix, self.name)
        }
    }
}

/// Joins a parent path and a field name for violation paths: `""` + `a` → `a`, `p` + `a` → `p.a`.
pub fn join_path(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_owned()
    } else {
        format!("{prefix}.{field}")
    }
}

/// Decodes `null` as the type's default: servers send `null` for empty lists now and then.
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de> + Default,
{
    <NullAsDefault<T> as serde::Deserialize>::deserialize(deserializer).map(|value| value.0)
}

// Decoding helpers for generated `Endpoint::from_wire`: each records what is wrong with a field
// in `Violations` (path = the wire name) and goes on, so every problem is reported at once.

/// The decoded `key=value` pairs of a query string.
#[doc(hidden)]
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// The first value of query parameter `name`, decoded.
#[doc(hidden)]
pub fn take_query<T: QueryValue>(
    pairs: &[(String, String)],
    name: &str,
    violations: &mut Violations,
) -> Option<T> {
    let raw = pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v)?;
    decode_query(raw, name, violations)
}

/// Every value of a repeated query parameter `name`, decoded; `None` when it is absent.
#[doc(hidden)]
pub fn take_query_all<T: QueryValue>(
    pairs: &[(String, String)],
    name: &str,
    violations: &mut Violations,
) -> Option<Vec<T>> {
    let raws: Vec<&String> = pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v)
        .collect();
    if raws.is_empty() {
        return None;
    }
    let values: Vec<Option<T>> = raws
        .iter()
        .map(|raw| decode_query(raw, name, violations))
        .collect();
    values.into_iter().collect()
}

/// Path parameter `name`, decoded.
#[doc(hidden)]
pub fn take_path<T: QueryValue>(
    params: &[(&str, &str)],
    name: &str,
    violations: &mut Violations,
) -> Option<T> {
    let raw = params.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)?;
    decode_query(raw, name, violations)
}

/// A request header's value (names compared without case), decoded like a query value.
#[doc(hidden)]
pub fn take_header<T: QueryValue>(
    headers: &[(&str, &str)],
    name: &str,
    violations: &mut Violations,
) -> Option<T> {
    let raw = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| *v)?;
    decode_query(raw, name, violations)
}

fn decode_query<T: QueryValue>(raw: &str, name: &str, violations: &mut Violations) -> Option<T> {
    match T::from_query(raw) {
        Ok(v) => Some(v),
        Err(detail) => {
            violations.push(name, Rule::Malformed { detail });
            None
        }
    }
}

/// The request body as a JSON object (an empty body is an empty object).
#[doc(hidden)]
pub fn body_object(
    body: &[u8],
    violations: &mut Violations,
) -> serde_json::Map<String, serde_json::Value> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return serde_json::Map::new();
    }
    match serde_json::from_slice(body) {
        Ok(serde_json::Value::Object(map)) => map,
        Ok(_) => {
            violations.push(
                "body",
                Rule::Malformed {
                    detail: "is not a JSON object".into(),
                },
            );
            serde_json::Map::new()
        }
        Err(e) => {
            violations.push(
                "body",
                Rule::Malformed {
                    detail: format!("is not valid JSON: {e}"),
                },
            );
            serde_json::Map::new()
        }
    }
}

/// Body field `name`, decoded; `null` counts as absent.
#[doc(hidden)]
pub fn take_body<T: serde::de::DeserializeOwned>(
    body: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
    violations: &mut Violations,
) -> Option<T> {
    match body.remove(name)? {
        serde_json::Value::Null => None,
        value => match serde_json::from_value(value) {
            Ok(v) => Some(v),
            Err(e) => {
                violations.push(
                    name,
                    Rule::Malformed {
                        detail: e.to_string(),
                    },
                );
                None
            }
        },
    }
}

/// Records `name` as missing when a required field decoded to nothing (and nothing else was
/// said about it already).
#[doc(hidden)]
pub fn require<T>(value: Option<T>, name: &str, violations: &mut Violations) -> Option<T> {
    if value.is_none() && !violations.as_slice().iter().any(|v| v.path == name) {
        violations.push(name, Rule::Required);
    }
    value
}

/// The parts of a multipart body, for a server decoding an upload; a body that is not
/// multipart (nor empty) is one violation.
#[doc(hidden)]
pub fn multipart_form(body: &[u8], violations: &mut Violations) -> crate::files::Form {
    if body.is_empty() {
        return crate::files::Form::default();
    }
    crate::files::parse_form(body).unwrap_or_else(|| {
        violations.push(
            "",
            Rule::Malformed {
                detail: "the body is not multipart/form-data".into(),
            },
        );
        crate::files::Form::default()
    })
}

/// Takes the file part named `name` out of a multipart body.
#[doc(hidden)]
pub fn take_file(
    form: &mut crate::files::Form,
    name: &str,
    violations: &mut Violations,
) -> Option<crate::files::File> {
    let _ = violations;
    let at = form.files.iter().position(|(n, _)| n == name)?;
    Some(form.files.remove(at).1)
}

/// Whether a re-encoded value says what the example said: numbers compare by value (`100` and
/// `100.0` are one float), and an absent, `null`, `[]` or `{}` list or map are one empty
/// collection (a decoded answer holds every list and map, empty where none came). Used by the
/// generated spec-example tests.
#[doc(hidden)]
pub fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    let empty = |v: &Value| match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    };
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().all(|k| match (x.get(k), y.get(k)) {
                (Some(a), Some(b)) => same_json(a, b),
                (Some(v), None) | (None, Some(v)) => empty(v),
                (None, None) => true,
            })
        }
        (a, b) if empty(a) && empty(b) => true,
        (a, b) => a == b,
    }
}

/// The documented paths (`items`, `items[].id`, as the generator lists them) that appear
/// nowhere in `value`: a field counts as shown when any item of an array holds it, so an
/// example whose items each carry only some optional fields still documents them all. Used by
/// the generated spec-example tests.
#[doc(hidden)]
pub fn absent_paths(documented: &[&str], value: &serde_json::Value) -> Vec<String> {
    fn walk(prefix: &str, value: &serde_json::Value, seen: &mut std::collections::HashSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    let path = if prefix.is_empty() {
                        key.clone()
                    } else {
                        format!("{prefix}.{key}")
                    };
                    walk(&path, item, seen);
                    seen.insert(path);
                }
            }
            serde_json::Value::Array(items) => {
                let path = format!("{prefix}[]");
                for item in items {
                    walk(&path, item, seen);
                }
            }
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    walk("", value, &mut seen);
    documented
        .iter()
        .filter(|path| !seen.contains(**path))
        .map(|path| (*path).to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_paths_count_a_field_shown_in_any_array_item() {
        let example = serde_json::json!({
            "users": [
                {"email": "a@example.com", "id": "1"},
                {"mobile": "+86 1", "id": "2"},
                {"mobile": "+86 2"}
            ],
            "owner": {"name": "x"},
            "empty": []
        });
        let documented = [
            "users",
            "users[].id",
            "users[].email",
            "users[].mobile",
            "users[].name",
            "owner",
            "owner.name",
            "owner.tags",
            "empty",
            "empty[].id",
            "gone",
        ];
        assert_eq!(
            absent_paths(&documented, &example),
            ["users[].name", "owner.tags", "empty[].id", "gone"]
        );
    }

    #[test]
    fn path_segments_are_percent_encoded() {
        assert_eq!(encode_path_segment("a b/c~d"), "a%20b%2Fc~d");
        assert_eq!(encode_path_segment("名"), "%E5%90%8D");
    }

    #[test]
    fn query_values_round_trip() {
        assert_eq!(i64::from_query("42"), Ok(42));
        assert_eq!(
            i64::from_query("4x"),
            Err("`4x` is not an integer".to_owned())
        );
        assert_eq!(UnixSeconds::new(1566641088).to_query(), "1566641088");
        assert_eq!(join_path("", "a"), "a");
        assert_eq!(join_path("items[2]", "a"), "items[2].a");
    }
}

#[cfg(test)]
mod same_json_tests {
    use super::same_json;
    use serde_json::json;

    #[test]
    fn numbers_by_value_and_empty_collections_as_one() {
        assert!(same_json(
            &json!({"a": 100.0, "l": [], "m": {}}),
            &json!({"a": 100, "m": null})
        ));
        assert!(same_json(&json!([{"x": []}]), &json!([{}])));
        assert!(!same_json(&json!({"a": 1}), &json!({"a": 2})));
        assert!(!same_json(&json!({"l": ["x"]}), &json!({})));
        assert!(!same_json(&json!({"s": ""}), &json!({})));
        assert!(!same_json(&json!([1, 2]), &json!([1])));
    }
}
