//! Stage 1, the spec model: a spec file as written, deserialized with serde, every value
//! keeping its byte span so later stages can point at it. Nothing here is checked beyond TOML's
//! shape; keys that are required for meaning are `Option` so that the checks stage can report
//! all missing ones at once, with hints, instead of serde stopping at the first.

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// A spanned string.
pub type S = Spanned<String>;

/// One endpoint spec file.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SpecFile {
    /// Service, e.g. `attendance`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<S>,
    /// Version, e.g. `v1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<S>,
    /// Resource, e.g. `user_task_remedy`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<S>,
    /// Method, e.g. `query`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<S>,
    /// One-line summary: the first line of the generated rustdoc.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<S>,
    /// Longer description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<S>,
    /// Link to the reference page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<S>,
    /// HTTP method and path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http: Option<Spanned<Http>>,
    /// Tokens, scopes and app types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<Spanned<Auth>>,
    /// Rate limit and retry safety.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<Limits>,
    /// Path, query and body parameters, and cross-field rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
    /// The fields of the response's `data`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
    /// Named object types.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<Spanned<Object>>,
    /// Named enumerations.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub enums: Vec<Spanned<Enum>>,
    /// The documented error table.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Spanned<ErrorEntry>>,
    /// Documented example request and response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<Example>,
    /// How to walk a paginated list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Spanned<Pagination>>,
    /// Which request field holds ids a batch splits into calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch: Option<Spanned<Batch>>,
}

/// `[batch]`: a request field of ids a batch method splits into calls of at most its
/// `max_items`, and the response array whose records it merges.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Batch {
    /// The request field (an array of ids, with `max_items`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<S>,
    /// The response array holding the records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<S>,
}

/// A shared types file, `types.toml`: objects and enums used by several methods of one
/// service version.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct TypesFile {
    /// Service, e.g. `attendance`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<S>,
    /// Version, e.g. `v1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<S>,
    /// What the types are about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<S>,
    /// Named object types.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<Spanned<Object>>,
    /// Named enumerations.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub enums: Vec<Spanned<Enum>>,
}

/// `[pagination]`: the fields a page-token list is walked with.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Pagination {
    /// Request field (query or body) carrying the page token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<S>,
    /// Request field carrying the page size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<S>,
    /// Response field with the next page's token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<S>,
    /// Response bool field saying whether more pages follow.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_more: Option<S>,
    /// Response array field holding the items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<S>,
}

/// `[http]`
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Http {
    /// `GET`, `POST`, …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<S>,
    /// Path template, path parameters written `:name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<S>,
}

/// `[auth]`
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Auth {
    /// `tenant`, `user`, `app`; empty for an endpoint that takes no access token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_types: Option<Spanned<Vec<S>>>,
    /// Scopes, any one of which allows the call.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<S>,
    /// `self_built`, `store`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub app_types: Vec<S>,
    /// Scopes that unlock sensitive response fields (any one of them each).
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub field_scopes: Vec<S>,
}

/// `[limits]`
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Limits {
    /// Requests per second.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_per_second: Option<Spanned<i64>>,
    /// Requests per minute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_per_minute: Option<Spanned<i64>>,
    /// Whether a failed attempt may be sent again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_safe: Option<Spanned<bool>>,
}

/// `[request]`
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Request {
    /// Path parameters, `[[request.path]]`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<Spanned<Field>>,
    /// Query parameters, `[[request.query]]`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub query: Vec<Spanned<Field>>,
    /// Request headers besides the token and content type, `[[request.headers]]`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<Spanned<Field>>,
    /// Body fields, `[[request.body]]`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Spanned<Field>>,
    /// Cross-field rules, `[[request.rules]]`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Spanned<RuleSpec>>,
}

/// One field: a parameter, a body field, a response field or an object's field.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Field {
    /// Wire name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<S>,
    /// Type: `string`, `int`, `bool`, `float`, a declared enum or object name, or `T[]`.
    #[serde(rename = "type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ty: Option<S>,
    /// Wire format refining the type: `unix_seconds`, `yyyymmdd`, `local_minute`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<S>,
    /// For `local_minute`: the sibling field holding the IANA time zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone_field: Option<S>,
    /// Whether the field must be present (requests) or is always present (responses).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<Spanned<bool>>,
    /// Documentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<S>,
    /// An example value, as it appears on the wire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<Spanned<toml::Value>>,
    /// The value the server applies when the field is absent (documented, not sent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_default: Option<Spanned<toml::Value>>,
    /// Rust name, when the wire name does not make a good one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<S>,
    /// Fewest array items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_items: Option<Spanned<i64>>,
    /// Most array items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items: Option<Spanned<i64>>,
    /// Shortest string, in characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<Spanned<i64>>,
    /// Longest string, in characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<Spanned<i64>>,
    /// Smallest number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<Spanned<i64>>,
    /// Largest number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<Spanned<i64>>,
    /// A credential: kept out of `Debug` output and logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<Spanned<bool>>,
}

/// `[[request.rules]]`: `field op other` must hold.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RuleSpec {
    /// Left-hand field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<S>,
    /// `<` or `<=`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<S>,
    /// Right-hand field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<S>,
    /// Why the rule exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<S>,
}

/// `[response]`
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Response {
    /// Documentation of the response type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<S>,
    /// `data` (default): the fields are inside `data`; `none`: beside `code` and `msg`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envelope: Option<S>,
    /// The body is a file (a download), not JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub binary: Option<Spanned<bool>>,
    /// The data is this declared object (instead of listing `fields`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<S>,
    /// The fields of `data`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Spanned<Field>>,
}

/// `[[objects]]`
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Object {
    /// Rust type name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<S>,
    /// Documentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<S>,
    /// Fields.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Spanned<Field>>,
}

/// `[[enums]]`
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Enum {
    /// Rust type name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<S>,
    /// Wire type: `string` or `int`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<S>,
    /// Documentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<S>,
    /// The documented values.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<Spanned<EnumValue>>,
}

/// `[[enums.values]]`
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct EnumValue {
    /// Wire value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Spanned<toml::Value>>,
    /// Rust variant name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<S>,
    /// Documentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<S>,
    /// `false` for values the server documents but does not accept yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supported: Option<Spanned<bool>>,
    /// Why the value is not supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<S>,
}

/// `[[errors]]`
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ErrorEntry {
    /// HTTP status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<Spanned<i64>>,
    /// Body `code`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<Spanned<i64>>,
    /// Rust variant name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<S>,
    /// Documented `msg`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<S>,
    /// Troubleshooting hint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<S>,
}

/// `[example]`
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Example {
    /// Query string without `?`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<S>,
    /// Path parameters by name.
    #[serde(default)]
    #[serde(skip_serializing_if = "toml::Table::is_empty")]
    pub path: toml::Table,
    /// Request body JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_body: Option<S>,
    /// Whole response JSON, envelope included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<S>,
}
