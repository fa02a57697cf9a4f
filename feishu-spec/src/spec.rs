//! Stage 1, the spec model: a spec file as written, deserialized with serde, every value
//! keeping its byte span so later stages can point at it. Nothing here is checked beyond TOML's
//! shape; keys that are required for meaning are `Option` so that the checks stage can report
//! all missing ones at once, with hints, instead of serde stopping at the first.

use serde::Deserialize;
use toml::Spanned;

/// A spanned string.
pub type S = Spanned<String>;

/// One endpoint spec file.
#[derive(Debug, Deserialize)]
pub struct SpecFile {
    /// Service, e.g. `attendance`.
    pub service: Option<S>,
    /// Version, e.g. `v1`.
    pub version: Option<S>,
    /// Resource, e.g. `user_task_remedy`.
    pub resource: Option<S>,
    /// Method, e.g. `query`.
    pub method: Option<S>,
    /// One-line summary: the first line of the generated rustdoc.
    pub summary: Option<S>,
    /// Longer description.
    pub description: Option<S>,
    /// Link to the reference page.
    pub doc_url: Option<S>,
    /// HTTP method and path.
    pub http: Option<Spanned<Http>>,
    /// Tokens, scopes and app types.
    pub auth: Option<Spanned<Auth>>,
    /// Rate limit and retry safety.
    pub limits: Option<Limits>,
    /// Path, query and body parameters, and cross-field rules.
    pub request: Option<Request>,
    /// The fields of the response's `data`.
    pub response: Option<Response>,
    /// Named object types.
    #[serde(default)]
    pub objects: Vec<Spanned<Object>>,
    /// Named enumerations.
    #[serde(default)]
    pub enums: Vec<Spanned<Enum>>,
    /// The documented error table.
    #[serde(default)]
    pub errors: Vec<Spanned<ErrorEntry>>,
    /// Documented example request and response.
    pub example: Option<Example>,
    /// How to walk a paginated list.
    pub pagination: Option<Spanned<Pagination>>,
    /// Which request field holds ids a batch splits into calls.
    pub batch: Option<Spanned<Batch>>,
}

/// `[batch]`: a request field of ids a batch method splits into calls of at most its
/// `max_items`, and the response array whose records it merges.
#[derive(Debug, Deserialize)]
pub struct Batch {
    /// The request field (an array of ids, with `max_items`).
    pub field: Option<S>,
    /// The response array holding the records.
    pub items: Option<S>,
}

/// A shared types file, `types.toml`: objects and enums used by several methods of one
/// service version.
#[derive(Debug, Deserialize)]
pub struct TypesFile {
    /// Service, e.g. `attendance`.
    pub service: Option<S>,
    /// Version, e.g. `v1`.
    pub version: Option<S>,
    /// What the types are about.
    pub description: Option<S>,
    /// Named object types.
    #[serde(default)]
    pub objects: Vec<Spanned<Object>>,
    /// Named enumerations.
    #[serde(default)]
    pub enums: Vec<Spanned<Enum>>,
}

/// `[pagination]`: the fields a page-token list is walked with.
#[derive(Debug, Deserialize)]
pub struct Pagination {
    /// Request field (query or body) carrying the page token.
    pub page_token: Option<S>,
    /// Request field carrying the page size.
    pub page_size: Option<S>,
    /// Response field with the next page's token.
    pub next_token: Option<S>,
    /// Response bool field saying whether more pages follow.
    pub has_more: Option<S>,
    /// Response array field holding the items.
    pub items: Option<S>,
}

/// `[http]`
#[derive(Debug, Deserialize)]
pub struct Http {
    /// `GET`, `POST`, …
    pub method: Option<S>,
    /// Path template, path parameters written `:name`.
    pub path: Option<S>,
}

/// `[auth]`
#[derive(Debug, Deserialize)]
pub struct Auth {
    /// `tenant`, `user`, `app`; empty for an endpoint that takes no access token.
    pub token_types: Option<Spanned<Vec<S>>>,
    /// Scopes, any one of which allows the call.
    #[serde(default)]
    pub scopes: Vec<S>,
    /// `self_built`, `store`.
    #[serde(default)]
    pub app_types: Vec<S>,
}

/// `[limits]`
#[derive(Debug, Deserialize)]
pub struct Limits {
    /// Requests per second.
    pub rate_per_second: Option<Spanned<i64>>,
    /// Whether a failed attempt may be sent again.
    pub retry_safe: Option<Spanned<bool>>,
}

/// `[request]`
#[derive(Debug, Default, Deserialize)]
pub struct Request {
    /// Path parameters, `[[request.path]]`.
    #[serde(default)]
    pub path: Vec<Spanned<Field>>,
    /// Query parameters, `[[request.query]]`.
    #[serde(default)]
    pub query: Vec<Spanned<Field>>,
    /// Body fields, `[[request.body]]`.
    #[serde(default)]
    pub body: Vec<Spanned<Field>>,
    /// Cross-field rules, `[[request.rules]]`.
    #[serde(default)]
    pub rules: Vec<Spanned<RuleSpec>>,
}

/// One field: a parameter, a body field, a response field or an object's field.
#[derive(Debug, Deserialize)]
pub struct Field {
    /// Wire name.
    pub name: Option<S>,
    /// Type: `string`, `int`, `bool`, `float`, a declared enum or object name, or `T[]`.
    #[serde(rename = "type")]
    pub ty: Option<S>,
    /// Wire format refining the type: `unix_seconds`, `yyyymmdd`, `local_minute`.
    pub format: Option<S>,
    /// For `local_minute`: the sibling field holding the IANA time zone.
    pub time_zone_field: Option<S>,
    /// Whether the field must be present (requests) or is always present (responses).
    pub required: Option<Spanned<bool>>,
    /// Documentation.
    pub description: Option<S>,
    /// An example value, as it appears on the wire.
    pub example: Option<Spanned<toml::Value>>,
    /// The value the server applies when the field is absent (documented, not sent).
    pub server_default: Option<Spanned<toml::Value>>,
    /// Rust name, when the wire name does not make a good one.
    pub rust_name: Option<S>,
    /// Fewest array items.
    pub min_items: Option<Spanned<i64>>,
    /// Most array items.
    pub max_items: Option<Spanned<i64>>,
    /// Shortest string, in characters.
    pub min_length: Option<Spanned<i64>>,
    /// Longest string, in characters.
    pub max_length: Option<Spanned<i64>>,
    /// Smallest number.
    pub minimum: Option<Spanned<i64>>,
    /// Largest number.
    pub maximum: Option<Spanned<i64>>,
    /// A credential: kept out of `Debug` output and logs.
    pub secret: Option<Spanned<bool>>,
}

/// `[[request.rules]]`: `field op other` must hold.
#[derive(Debug, Deserialize)]
pub struct RuleSpec {
    /// Left-hand field.
    pub field: Option<S>,
    /// `<` or `<=`.
    pub op: Option<S>,
    /// Right-hand field.
    pub other: Option<S>,
    /// Why the rule exists.
    pub description: Option<S>,
}

/// `[response]`
#[derive(Debug, Default, Deserialize)]
pub struct Response {
    /// Documentation of the response type.
    pub description: Option<S>,
    /// `data` (default): the fields are inside `data`; `none`: beside `code` and `msg`.
    pub envelope: Option<S>,
    /// The body is a file (a download), not JSON.
    pub binary: Option<Spanned<bool>>,
    /// The data is this declared object (instead of listing `fields`).
    pub object: Option<S>,
    /// The fields of `data`.
    #[serde(default)]
    pub fields: Vec<Spanned<Field>>,
}

/// `[[objects]]`
#[derive(Debug, Deserialize)]
pub struct Object {
    /// Rust type name.
    pub name: Option<S>,
    /// Documentation.
    pub description: Option<S>,
    /// Fields.
    #[serde(default)]
    pub fields: Vec<Spanned<Field>>,
}

/// `[[enums]]`
#[derive(Debug, Deserialize)]
pub struct Enum {
    /// Rust type name.
    pub name: Option<S>,
    /// Wire type: `string` or `int`.
    pub base: Option<S>,
    /// Documentation.
    pub description: Option<S>,
    /// The documented values.
    #[serde(default)]
    pub values: Vec<Spanned<EnumValue>>,
}

/// `[[enums.values]]`
#[derive(Debug, Deserialize)]
pub struct EnumValue {
    /// Wire value.
    pub value: Option<Spanned<toml::Value>>,
    /// Rust variant name.
    pub name: Option<S>,
    /// Documentation.
    pub description: Option<S>,
    /// `false` for values the server documents but does not accept yet.
    pub supported: Option<Spanned<bool>>,
    /// Why the value is not supported.
    pub note: Option<S>,
}

/// `[[errors]]`
#[derive(Debug, Deserialize)]
pub struct ErrorEntry {
    /// HTTP status.
    pub http_status: Option<Spanned<i64>>,
    /// Body `code`.
    pub code: Option<Spanned<i64>>,
    /// Rust variant name.
    pub name: Option<S>,
    /// Documented `msg`.
    pub message: Option<S>,
    /// Troubleshooting hint.
    pub hint: Option<S>,
}

/// `[example]`
#[derive(Debug, Deserialize)]
pub struct Example {
    /// Query string without `?`.
    pub query: Option<S>,
    /// Path parameters by name.
    #[serde(default)]
    pub path: toml::Table,
    /// Request body JSON.
    pub request_body: Option<S>,
    /// Whole response JSON, envelope included.
    pub response: Option<S>,
}
