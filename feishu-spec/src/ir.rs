//! Stage 3, the intermediate model: a checked spec, every name resolved and every rule known
//! to make sense, so code generation never has to handle a bad spec.

use std::path::PathBuf;

/// All endpoints one macro invocation expands, sorted by service, version, resource, method.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The endpoints.
    pub endpoints: Vec<Endpoint>,
    /// The types each service version shares between its methods, by service and version.
    pub shared: Vec<TypeSet>,
}

/// The objects and enums one service version declares in its `types.toml` files.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeSet {
    /// `attendance`
    pub service: String,
    /// `v1`
    pub version: String,
    /// The files declaring them, absolute, for `include_str!`.
    pub files: Vec<PathBuf>,
    /// What the types are about.
    pub description: String,
    /// Shared objects.
    pub objects: Vec<Object>,
    /// Shared enums.
    pub enums: Vec<Enum>,
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
    /// Requests per minute.
    pub rate_per_minute: Option<u32>,
    /// Scopes that unlock sensitive response fields.
    pub field_scopes: Vec<String>,
    /// Whether a failed attempt may be sent again.
    pub retry_safe: bool,
    /// Path parameters, in `[[request.path]]` order (the path is filled in by name).
    pub path_params: Vec<Field>,
    /// Query parameters.
    pub query: Vec<Field>,
    /// Request headers (besides the token and the content type).
    pub headers: Vec<Field>,
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
    /// Where the response's fields sit.
    pub envelope: Envelope,
    /// The response body is a file, not JSON.
    pub binary_response: bool,
    /// The response data is this declared object (instead of `response` fields).
    pub response_object: Option<String>,
    /// How to walk the pages of a list.
    pub pagination: Option<Pagination>,
    /// How to split a batch of ids into calls.
    pub batch: Option<Batch>,
    /// The service version's shared types this endpoint reaches, re-exported by its module.
    pub shared_types: Vec<String>,
    /// Every documented response path (`items`, `items[].id`), for the example test.
    pub documented: Vec<String>,
    /// The Rust names of the types generated for the method, resolved once.
    pub type_names: TypeNames,
}

/// The names of the types generated for one method: `QueryRequest`, `QueryRequestBuilder`,
/// `QueryResponse`, `QueryErrorCode` for `query`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TypeNames {
    /// The request.
    pub request: String,
    /// The request's builder.
    pub builder: String,
    /// The response.
    pub response: String,
    /// The documented error codes.
    pub errors: String,
}

impl TypeNames {
    /// The names for the method named `method` (snake_case).
    pub fn of_method(method: &str) -> Self {
        let m = crate::names::pascal(method);
        TypeNames {
            request: format!("{m}Request"),
            builder: format!("{m}RequestBuilder"),
            response: format!("{m}Response"),
            errors: format!("{m}ErrorCode"),
        }
    }

    /// All four, for checking that no declared type takes one of them.
    pub fn all(&self) -> [String; 4] {
        [
            self.request.clone(),
            self.builder.clone(),
            self.response.clone(),
            self.errors.clone(),
        ]
    }
}

/// Where a successful answer's fields sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Envelope {
    /// Inside `data`, beside `code` and `msg`.
    #[default]
    Data,
    /// At the top level, beside `code` and `msg` (the auth endpoints).
    None,
}

/// A request or response field named by `[pagination]`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldRef {
    /// Rust name.
    pub rust: String,
    /// Wire name.
    pub wire: String,
    /// Where it travels (requests); `Body` for response fields.
    pub location: Location,
    /// Its type.
    pub ty: Ty,
    /// Whether it is required (a plain value, not an `Option`).
    pub required: bool,
}

/// `[batch]`, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// The request field of ids.
    pub field: FieldRef,
    /// The most ids one call takes (the field's `max_items`).
    pub chunk: u64,
    /// The response array of records; `ty` is the array.
    pub items: FieldRef,
}

/// `[pagination]`, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// Request page token.
    pub page_token: FieldRef,
    /// Request page size.
    pub page_size: FieldRef,
    /// Response next-page token.
    pub next_token: FieldRef,
    /// Response `has_more`.
    pub has_more: FieldRef,
    /// Response items array; `ty` is the array.
    pub items: FieldRef,
}

impl Endpoint {
    /// Every request field: path parameters, then query, then headers, then body.
    pub fn request_fields(&self) -> impl Iterator<Item = (Location, &Field)> {
        let path = self.path_params.iter().map(|f| (Location::Path, f));
        let query = self.query.iter().map(|f| (Location::Query, f));
        let headers = self.headers.iter().map(|f| (Location::Header, f));
        let body = self.body.iter().map(|f| (Location::Body, f));
        path.chain(query).chain(headers).chain(body)
    }
}

/// The wire paths of every documented field under `fields`, depth first in spec order:
/// `items`, `items[].id`, `owner.name`. An object met again inside itself (a recursive type)
/// is listed once, not unrolled.
pub fn documented_paths<'o>(
    fields: &[Field],
    find: &dyn Fn(&str) -> Option<&'o Object>,
) -> Vec<String> {
    fn walk<'o>(
        prefix: &str,
        fields: &[Field],
        find: &dyn Fn(&str) -> Option<&'o Object>,
        open: &mut Vec<String>,
        out: &mut Vec<String>,
    ) {
        for f in fields {
            let mut path = format!("{prefix}{}", f.wire);
            out.push(path.clone());
            let mut ty = &f.ty;
            while let Ty::Array(inner) = ty {
                path.push_str("[]");
                ty = inner;
            }
            if let Ty::Object(name) = ty
                && !open.contains(name)
                && let Some(object) = find(name)
            {
                open.push(name.clone());
                walk(&format!("{path}."), &object.fields, find, open, out);
                open.pop();
            }
        }
    }
    let mut out = Vec::new();
    walk("", fields, find, &mut Vec::new(), &mut out);
    out
}

/// Where a request field travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a request header.
    Header,
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
    /// A JSON object with arbitrary string keys: `BTreeMap<String, T>`.
    Map(Box<Ty>),
    /// A file sent in a multipart body.
    File,
    /// A credential string: `Secret`, never shown in `Debug`.
    Secret,
    /// A 64-bit integer carried as a string: `String`, checked to be decimal in requests.
    Int64,
    /// Any JSON value, for what a page leaves free-form (an object with no documented
    /// fields, a union): `Json`, kept whole.
    Json,
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
    /// Holds (not through an array or map) an object that contains this field's object again:
    /// boxed, or the type would have infinite size.
    pub boxed: bool,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{lower, spec_text};

    fn demo(http: &str, rest: &str) -> Endpoint {
        lower(&spec_text(["demo", "v1", "thing", "list"], http, rest))
    }

    #[test]
    fn endpoint_metadata_is_carried_and_trimmed() {
        let e = lower(
            r#"
            service = "attendance"
            version = "v1"
            resource = "user_task_remedy"
            method = "query"
            summary = "  Query remedy records.  "
            description = "Longer text."
            doc_url = "https://example.com/doc"
            [http]
            method = "PUT"
            path = "/open-apis/attendance/v1/user_task_remedys/query"
            [auth]
            token_types = ["user", "tenant"]
            scopes = ["a:read", "b:write"]
            app_types = ["store", "self_built"]
            [limits]
            rate_per_second = 50
            "#,
        );
        assert_eq!(e.file, PathBuf::from("/specs/test.toml"));
        assert_eq!(e.file_display, "specs/test.toml");
        assert_eq!(
            [&e.service, &e.version, &e.resource, &e.method],
            ["attendance", "v1", "user_task_remedy", "query"]
        );
        assert_eq!(e.summary, "Query remedy records.");
        assert_eq!(e.description, "Longer text.");
        assert_eq!(e.doc_url, "https://example.com/doc");
        assert_eq!(e.http_method, HttpMethod::Put);
        assert_eq!(e.path, "/open-apis/attendance/v1/user_task_remedys/query");
        assert_eq!(e.token_types, [TokenType::User, TokenType::Tenant]);
        assert_eq!(e.scopes, ["a:read", "b:write"]);
        assert_eq!(e.app_types, [AppType::Store, AppType::SelfBuilt]);
        assert_eq!(e.rate_per_second, Some(50));
        assert!(!e.retry_safe, "PUT is not retry-safe by default");
        assert!(e.path_params.is_empty() && e.query.is_empty() && e.body.is_empty());
        assert!(e.response.is_empty() && e.errors.is_empty() && e.rules.is_empty());
        assert_eq!(e.example, Example::default());
    }

    #[test]
    fn retry_safety_defaults_to_get_only_and_can_be_overridden() {
        let cases = [
            ("GET", "", true),
            ("POST", "", false),
            ("PUT", "", false),
            ("PATCH", "", false),
            ("DELETE", "", false),
            ("GET", "[limits]\nretry_safe = false\n", false),
            ("POST", "[limits]\nretry_safe = true\n", true),
        ];
        for (verb, limits, expected) in cases {
            let e = demo(&format!("{verb} /open-apis/demo/v1/things"), limits);
            assert_eq!(e.retry_safe, expected, "{verb} with {limits:?}");
            assert_eq!(e.rate_per_second, None, "no rate limit unless given");
        }
    }

    #[test]
    fn fields_lower_types_formats_names_constraints_and_examples() {
        let e = demo(
            "POST /open-apis/demo/v1/things",
            r#"
            [[request.body]]
            name = "userIds"
            type = "string[]"
            required = true
            description = "  The employees.  "
            example = ["a", "b"]
            min_items = 1
            max_items = 50
            [[request.body]]
            name = "day"
            type = "int"
            format = "yyyymmdd"
            example = 20240131
            [[request.body]]
            name = "from"
            type = "string"
            format = "unix_seconds"
            example = "1700000000"
            [[request.body]]
            name = "at"
            type = "string"
            format = "local_minute"
            time_zone_field = "zoneName"
            [[request.body]]
            name = "zoneName"
            type = "string"
            max_length = 64
            [[request.body]]
            name = "ratio"
            type = "float"
            example = 2
            [[request.body]]
            name = "dry-run"
            type = "bool"
            [[request.body]]
            name = "type"
            rust_name = "kind"
            type = "int"
            minimum = 0
            maximum = 9
            [[request.body]]
            name = "grid"
            type = "int[][]"
            "#,
        );
        let names: Vec<(&str, &str)> = e
            .body
            .iter()
            .map(|f| (f.wire.as_str(), f.rust.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("userIds", "user_ids"),
                ("day", "day"),
                ("from", "from"),
                ("at", "at"),
                ("zoneName", "zone_name"),
                ("ratio", "ratio"),
                ("dry-run", "dry_run"),
                ("type", "kind"),
                ("grid", "grid"),
            ]
        );
        let tys: Vec<&Ty> = e.body.iter().map(|f| &f.ty).collect();
        assert_eq!(
            tys,
            [
                &Ty::Array(Box::new(Ty::String)),
                &Ty::DateYmd,
                &Ty::UnixSeconds,
                &Ty::LocalMinute,
                &Ty::String,
                &Ty::Float,
                &Ty::Bool,
                &Ty::Int,
                &Ty::Array(Box::new(Ty::Array(Box::new(Ty::Int)))),
            ]
        );
        let required: Vec<bool> = e.body.iter().map(|f| f.required).collect();
        assert_eq!(
            required,
            [true, false, false, false, false, false, false, false, false],
            "`required` defaults to false"
        );

        let ids = &e.body[0];
        assert_eq!(ids.description, "The employees.");
        assert_eq!(
            ids.example,
            Some(Json::Array(vec![
                Json::String("a".into()),
                Json::String("b".into())
            ]))
        );
        assert_eq!(
            ids.constraints,
            Constraints {
                min_items: Some(1),
                max_items: Some(50),
                ..Constraints::default()
            }
        );
        assert_eq!(e.body[1].example, Some(Json::Int(20240131)));
        assert_eq!(
            e.body[2].example,
            Some(Json::String("1700000000".into())),
            "Unix seconds travel as a decimal string"
        );
        assert_eq!(
            e.body[3].time_zone_field.as_deref(),
            Some("zone_name"),
            "the time zone field is named by its Rust name"
        );
        assert_eq!(e.body[4].constraints.max_length, Some(64));
        assert_eq!(
            e.body[5].example,
            Some(Json::Float(2.0)),
            "an integer example of a float field is a float"
        );
        assert_eq!(
            (e.body[7].constraints.minimum, e.body[7].constraints.maximum),
            (Some(0), Some(9))
        );
        assert!(e.body.iter().all(|f| f.server_default.is_none()));
    }

    #[test]
    fn only_numbers_and_dates_are_ordered() {
        let ordered = [Ty::Int, Ty::Float, Ty::UnixSeconds, Ty::DateYmd];
        let unordered = [
            Ty::String,
            Ty::Bool,
            Ty::LocalMinute,
            Ty::Enum("E".into()),
            Ty::Object("O".into()),
            Ty::Array(Box::new(Ty::Int)),
        ];
        assert!(ordered.iter().all(Ty::is_ordered));
        assert!(!unordered.iter().any(Ty::is_ordered));
    }

    #[test]
    fn request_fields_are_path_then_query_then_body() {
        let e = demo(
            "POST /open-apis/demo/v1/chats/:chat_id/members/:member_id",
            r#"
            [[request.body]]
            name = "note"
            type = "string"
            [[request.query]]
            name = "page_size"
            type = "int"
            [[request.query]]
            name = "ids"
            type = "string[]"
            [[request.path]]
            name = "chat_id"
            type = "string"
            required = true
            [[request.path]]
            name = "member_id"
            type = "int"
            required = true
            "#,
        );
        let order: Vec<(Location, &str)> = e
            .request_fields()
            .map(|(loc, f)| (loc, f.wire.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                (Location::Path, "chat_id"),
                (Location::Path, "member_id"),
                (Location::Query, "page_size"),
                (Location::Query, "ids"),
                (Location::Body, "note"),
            ]
        );
        assert_eq!(e.path_params[1].ty, Ty::Int);
        assert!(e.path_params.iter().all(|f| f.required));
        assert_eq!(
            e.path,
            "/open-apis/demo/v1/chats/:chat_id/members/:member_id"
        );
    }

    #[test]
    fn enums_keep_base_values_support_notes_and_render_defaults() {
        let e = demo(
            "POST /open-apis/demo/v1/things",
            r#"
            [[request.body]]
            name = "status"
            type = "RemedyStatus"
            server_default = 2
            [[request.body]]
            name = "kind"
            type = "Kind[]"
            [[request.body]]
            name = "label"
            type = "string"
            server_default = "none"
            [[request.body]]
            name = "mode"
            type = "Kind"
            server_default = "weekly"
            [[enums]]
            name = "RemedyStatus"
            base = "int"
            description = "  A status.  "
            [[enums.values]]
            value = 0
            name = "Pending"
            description = "Waiting."
            [[enums.values]]
            value = -1
            name = "Legacy"
            supported = false
            [[enums.values]]
            value = 2
            name = "Approved"
            [[enums]]
            name = "Kind"
            base = "string"
            [[enums.values]]
            value = "daily"
            name = "Daily"
            supported = true
            [[enums.values]]
            value = "weekly"
            name = "Weekly"
            supported = false
            note = "Rolling out."
            "#,
        );
        assert_eq!(
            e.enums,
            [
                Enum {
                    name: "RemedyStatus".into(),
                    base: EnumBase::Int,
                    description: "A status.".into(),
                    values: vec![
                        EnumValue {
                            name: "Pending".into(),
                            wire: "0".into(),
                            description: "Waiting.".into(),
                            unsupported: None,
                        },
                        EnumValue {
                            name: "Legacy".into(),
                            wire: "-1".into(),
                            description: String::new(),
                            unsupported: Some("Not supported by the server yet.".into()),
                        },
                        EnumValue {
                            name: "Approved".into(),
                            wire: "2".into(),
                            description: String::new(),
                            unsupported: None,
                        },
                    ],
                },
                Enum {
                    name: "Kind".into(),
                    base: EnumBase::String,
                    description: String::new(),
                    values: vec![
                        EnumValue {
                            name: "Daily".into(),
                            wire: "daily".into(),
                            description: String::new(),
                            unsupported: None,
                        },
                        EnumValue {
                            name: "Weekly".into(),
                            wire: "weekly".into(),
                            description: String::new(),
                            unsupported: Some("Rolling out.".into()),
                        },
                    ],
                },
            ]
        );
        assert_eq!(e.body[0].ty, Ty::Enum("RemedyStatus".into()));
        assert_eq!(e.body[1].ty, Ty::Array(Box::new(Ty::Enum("Kind".into()))));
        let defaults: Vec<Option<&str>> =
            e.body.iter().map(|f| f.server_default.as_deref()).collect();
        assert_eq!(
            defaults,
            [
                Some("`2` ([`RemedyStatus::Approved`])"),
                None,
                Some("`none`"),
                Some("`weekly` ([`Kind::Weekly`])"),
            ]
        );
    }

    #[test]
    fn rules_and_errors_are_lowered_in_spec_order() {
        let e = demo(
            "GET /open-apis/demo/v1/things",
            r#"
            [[request.query]]
            name = "startDay"
            type = "int"
            format = "yyyymmdd"
            required = true
            [[request.query]]
            name = "endDay"
            type = "int"
            format = "yyyymmdd"
            [[request.rules]]
            field = "startDay"
            op = "<="
            other = "endDay"
            description = "  Start first.  "
            [[request.rules]]
            field = "endDay"
            op = "<"
            other = "startDay"
            [[errors]]
            http_status = 500
            code = 3
            name = "Internal"
            message = "internal"
            hint = "Retry later."
            [[errors]]
            http_status = 400
            code = 1
            name = "ParamInvalid"
            message = "bad param"
            "#,
        );
        assert_eq!(
            e.rules,
            [
                OrderRule {
                    field: ("start_day".into(), "startDay".into()),
                    op: "<=",
                    other: ("end_day".into(), "endDay".into()),
                    optional: (false, true),
                    description: "Start first.".into(),
                },
                OrderRule {
                    field: ("end_day".into(), "endDay".into()),
                    op: "<",
                    other: ("start_day".into(), "startDay".into()),
                    optional: (true, false),
                    description: String::new(),
                },
            ]
        );
        assert_eq!(
            e.errors,
            [
                ErrorCode {
                    http_status: 500,
                    code: 3,
                    name: "Internal".into(),
                    message: "internal".into(),
                    hint: "Retry later.".into(),
                },
                ErrorCode {
                    http_status: 400,
                    code: 1,
                    name: "ParamInvalid".into(),
                    message: "bad param".into(),
                    hint: String::new(),
                },
            ],
            "errors keep the spec's order, not the codes' order"
        );
    }

    #[test]
    fn objects_reachable_from_the_request_are_marked() {
        let e = demo(
            "POST /open-apis/demo/v1/things",
            r#"
            [[request.body]]
            name = "items"
            type = "Item[]"
            [response]
            description = "  What was found.  "
            [[response.fields]]
            name = "summary"
            type = "Summary"
            [[objects]]
            name = "Item"
            description = "An item."
            [[objects.fields]]
            name = "detail"
            type = "Detail"
            [[objects]]
            name = "Detail"
            [[objects.fields]]
            name = "note"
            type = "string"
            [[objects]]
            name = "Summary"
            [[objects.fields]]
            name = "count"
            type = "int"
            required = true
            "#,
        );
        let objects: Vec<(&str, bool)> = e
            .objects
            .iter()
            .map(|o| (o.name.as_str(), o.in_request))
            .collect();
        assert_eq!(
            objects,
            [("Item", true), ("Detail", true), ("Summary", false)],
            "`Detail` is reached through `Item`; `Summary` only appears in the response"
        );
        assert_eq!(e.objects[0].description, "An item.");
        assert_eq!(e.objects[0].fields[0].ty, Ty::Object("Detail".into()));
        assert!(e.objects[2].fields[0].required);
        assert_eq!(e.response_description, "What was found.");
        assert_eq!(e.response[0].ty, Ty::Object("Summary".into()));
        assert!(!e.response[0].required);
    }

    #[test]
    fn examples_are_kept_as_written() {
        let e = demo(
            "GET /open-apis/demo/v1/things/:thing_id",
            r#"
            [[request.path]]
            name = "thing_id"
            type = "int"
            required = true
            [[request.query]]
            name = "lang"
            type = "string"
            [example]
            query = "lang=zh"
            path = { thing_id = 42 }
            response = '{"code": 0, "data": {}}'
            "#,
        );
        assert_eq!(
            e.example,
            Example {
                query: Some("lang=zh".into()),
                path: vec![("thing_id".into(), "42".into())],
                request_body: None,
                response: Some(r#"{"code": 0, "data": {}}"#.into()),
            }
        );
    }
}
