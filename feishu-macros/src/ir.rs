//! Stage 3, the intermediate model: a checked spec, every name resolved and every rule known
//! to make sense, so code generation never has to handle a bad spec.

use std::path::PathBuf;

/// All endpoints one macro invocation expands, sorted by service, version, resource, method.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The endpoints.
    pub endpoints: Vec<Endpoint>,
}

/// One checked endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    /// The spec file, absolute, for `include_str!` (cargo re-runs the expansion on edits).
    pub file: PathBuf,
    /// The spec file as shown to people, e.g. `specs/attendance/v1/user_task_remedy/query.toml`.
    pub file_display: String,
    /// `attendance`
    pub service: String,
    /// `v1`
    pub version: String,
    /// `user_task_remedy`
    pub resource: String,
    /// `query`
    pub method: String,
    /// One line.
    pub summary: String,
    /// Longer text, possibly empty.
    pub description: String,
    /// Reference page.
    pub doc_url: String,
    /// `GET`, `POST`, …
    pub http_method: HttpMethod,
    /// Path template with `:name` placeholders.
    pub path: String,
    /// Token types, in spec order.
    pub token_types: Vec<TokenType>,
    /// Scopes.
    pub scopes: Vec<String>,
    /// App types.
    pub app_types: Vec<AppType>,
    /// Requests per second.
    pub rate_per_second: Option<u32>,
    /// Whether a failed attempt may be sent again.
    pub retry_safe: bool,
    /// Path parameters, in template order.
    pub path_params: Vec<Field>,
    /// Query parameters.
    pub query: Vec<Field>,
    /// Body fields.
    pub body: Vec<Field>,
    /// Cross-field rules.
    pub rules: Vec<OrderRule>,
    /// Response `data` fields.
    pub response: Vec<Field>,
    /// Response documentation.
    pub response_description: String,
    /// Named objects.
    pub objects: Vec<Object>,
    /// Named enums.
    pub enums: Vec<Enum>,
    /// Documented error codes.
    pub errors: Vec<ErrorCode>,
    /// Documented examples.
    pub example: Example,
}

impl Endpoint {
    /// Every request field: path parameters, then query, then body.
    pub fn request_fields(&self) -> impl Iterator<Item = (Location, &Field)> {
        let path = self.path_params.iter().map(|f| (Location::Path, f));
        let query = self.query.iter().map(|f| (Location::Query, f));
        let body = self.body.iter().map(|f| (Location::Body, f));
        path.chain(query).chain(body)
    }
}

/// Where a request field travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In the JSON body.
    Body,
}

/// HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    /// GET
    Get,
    /// POST
    Post,
    /// PUT
    Put,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
}

/// Token type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenType {
    /// tenant_access_token
    Tenant,
    /// user_access_token
    User,
    /// app_access_token
    App,
}

/// App type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppType {
    /// 自建应用
    SelfBuilt,
    /// 商店应用
    Store,
}

/// A field's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    /// `String`
    String,
    /// `i64`
    Int,
    /// `bool`
    Bool,
    /// `f64`
    Float,
    /// Unix seconds sent as a decimal string: `time::UnixSeconds`.
    UnixSeconds,
    /// A yyyyMMdd integer date: `time::DateYmd`.
    DateYmd,
    /// A `yyyy-MM-dd HH:mm` local time: `time::LocalMinute`.
    LocalMinute,
    /// A declared enum, by Rust name.
    Enum(String),
    /// A declared object, by Rust name.
    Object(String),
    /// An array.
    Array(Box<Ty>),
}

impl Ty {
    /// Whether values of the type can be ordered (for `[[request.rules]]`).
    pub fn is_ordered(&self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::UnixSeconds | Ty::DateYmd)
    }
}

/// Validation constraints on one field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Constraints {
    /// Array length bounds.
    pub min_items: Option<u64>,
    /// Array length bounds.
    pub max_items: Option<u64>,
    /// String length bounds, in characters.
    pub min_length: Option<u64>,
    /// String length bounds, in characters.
    pub max_length: Option<u64>,
    /// Number bounds.
    pub minimum: Option<i64>,
    /// Number bounds.
    pub maximum: Option<i64>,
}

/// A checked field.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Wire name.
    pub wire: String,
    /// Rust identifier (without `r#`).
    pub rust: String,
    /// Type.
    pub ty: Ty,
    /// Required (requests) or always present (responses).
    pub required: bool,
    /// Documentation.
    pub description: String,
    /// Example wire value, as JSON.
    pub example: Option<Json>,
    /// Documented server-side default, rendered for docs (`2 (Approved)`).
    pub server_default: Option<String>,
    /// Constraints.
    pub constraints: Constraints,
    /// For local times: the Rust name of the sibling field holding the time zone.
    pub time_zone_field: Option<String>,
}

/// A small JSON value (examples), kept independent of serde_json's types in the IR.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// string
    String(String),
    /// integer
    Int(i64),
    /// float
    Float(f64),
    /// bool
    Bool(bool),
    /// array
    Array(Vec<Json>),
}

/// `field op other`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRule {
    /// Left field (Rust name) and wire name.
    pub field: (String, String),
    /// `<` or `<=`.
    pub op: &'static str,
    /// Right field (Rust name) and wire name.
    pub other: (String, String),
    /// Whether both fields are optional-typed (`Option<T>`) in the request.
    pub optional: (bool, bool),
    /// Why.
    pub description: String,
}

/// A named object type.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    /// Rust type name.
    pub name: String,
    /// Documentation.
    pub description: String,
    /// Fields.
    pub fields: Vec<Field>,
    /// Whether the object appears in the request (and so needs validation).
    pub in_request: bool,
}

/// An enum's wire type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnumBase {
    /// JSON strings.
    String,
    /// JSON integers.
    Int,
}

/// A named enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enum {
    /// Rust type name.
    pub name: String,
    /// Wire type.
    pub base: EnumBase,
    /// Documentation.
    pub description: String,
    /// Values.
    pub values: Vec<EnumValue>,
}

/// One enum value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    /// Rust variant name.
    pub name: String,
    /// Wire value: a string, or an integer rendered in decimal.
    pub wire: String,
    /// Documentation.
    pub description: String,
    /// `None` when supported; the note when documented but not supported by the server.
    pub unsupported: Option<String>,
}

/// One documented error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCode {
    /// HTTP status.
    pub http_status: u16,
    /// Body `code`.
    pub code: i64,
    /// Rust variant name.
    pub name: String,
    /// Documented message.
    pub message: String,
    /// Hint.
    pub hint: String,
}

/// Documented examples, checked to be JSON where present.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Example {
    /// Query string.
    pub query: Option<String>,
    /// Path parameters.
    pub path: Vec<(String, String)>,
    /// Request body JSON text.
    pub request_body: Option<String>,
    /// Whole response JSON text.
    pub response: Option<String>,
}
