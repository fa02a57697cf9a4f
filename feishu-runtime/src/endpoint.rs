//! What generated code tells the runtime about an endpoint.
//!
//! The runtime never knows individual endpoints: everything endpoint-specific (path, HTTP
//! method, token type, rate limit, retry safety, the documented error table) arrives through
//! [`Endpoint::INFO`], which the `feishu-macros` generator fills from the endpoint's spec file.

use std::fmt;

use crate::validate::Violations;

/// An HTTP method an endpoint is called with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl HttpMethod {
    /// The method as it stands on the wire, e.g. `"POST"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }
}

impl fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A kind of access token an endpoint accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenType {
    /// `tenant_access_token`: the app acting for a tenant.
    Tenant,
    /// `user_access_token`: the app acting for a signed-in user.
    User,
    /// `app_access_token`: the app itself.
    App,
}

/// Where a successful answer's content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// JSON, the fields inside `data` (most endpoints).
    Data,
    /// JSON, the fields at the top level beside `code` and `msg` (the auth endpoints).
    TopLevel,
    /// The body is a file (a download); errors still come as JSON.
    File,
}

/// A kind of Feishu app an endpoint is available to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppType {
    /// An app built by the tenant for itself (自建应用).
    SelfBuilt,
    /// An app sold on the app store to many tenants (商店应用).
    Store,
}

/// One row of an endpoint's documented error table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ErrorCodeInfo {
    /// The HTTP status the server answers with.
    pub http_status: u16,
    /// The `code` field of the response body.
    pub code: i64,
    /// The error's name in the generated code, e.g. `"NoPermission"`.
    pub name: &'static str,
    /// The `msg` the documentation gives for this code.
    pub message: &'static str,
    /// What the documentation suggests doing about it.
    pub hint: &'static str,
}

/// Everything the runtime needs to know about an endpoint, taken from its spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointInfo {
    /// Service name, e.g. `"attendance"`.
    pub service: &'static str,
    /// API version, e.g. `"v1"`.
    pub version: &'static str,
    /// Resource name, e.g. `"user_task_remedy"`.
    pub resource: &'static str,
    /// Method name, e.g. `"query"`.
    pub method: &'static str,
    /// One-line summary from the spec.
    pub summary: &'static str,
    /// The HTTP method.
    pub http_method: HttpMethod,
    /// The path template, with `:name` placeholders for path parameters.
    pub path: &'static str,
    /// Token types the endpoint accepts, preferred first.
    pub token_types: &'static [TokenType],
    /// Scopes of which the app needs any one.
    pub scopes: &'static [&'static str],
    /// App types the endpoint is available to.
    pub app_types: &'static [AppType],
    /// The documented rate limit, in requests per second, if any.
    pub rate_limit_per_second: Option<u32>,
    /// The documented rate limit, in requests per minute, if any (the client keeps to both).
    pub rate_limit_per_minute: Option<u32>,
    /// Whether a failed attempt may be sent again (the call has no side effect, or is idempotent).
    pub retry_safe: bool,
    /// Where a successful answer's content is.
    pub answer: Answer,
    /// The documented error table.
    pub errors: &'static [ErrorCodeInfo],
    /// Link to the reference page.
    pub doc_url: &'static str,
}

impl EndpointInfo {
    /// `service.version.resource.method`, the name used in logs and traces.
    pub fn name(&self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.service, self.version, self.resource, self.method
        )
    }

    /// The documented error with this code, if the spec lists it.
    pub fn error(&self, code: i64) -> Option<&'static ErrorCodeInfo> {
        self.errors.iter().find(|e| e.code == code)
    }
}

/// A request the runtime can send: implemented by every generated request type.
pub trait Endpoint: Send + Sync {
    /// The decoded `data` of a successful response (JSON methods, which
    /// [`Client::execute`](crate::Client::execute) calls), or [`Download`](crate::Download)
    /// for a file download ([`Client::download`](crate::Client::download)).
    type Response: Send + 'static;

    /// The endpoint's description, from its spec.
    const INFO: &'static EndpointInfo;

    /// The spec's example response (the whole JSON envelope), if it documents one.
    const EXAMPLE_RESPONSE: Option<&'static str> = None;

    /// Checks the request against the spec's constraints; every violation is reported.
    fn validate(&self) -> Result<(), Violations>;

    /// The request path with path parameters filled in and percent-encoded.
    fn path(&self) -> String;

    /// The query parameters, in spec order.
    fn query(&self) -> Vec<(&'static str, String)>;

    /// The request headers the spec declares (besides the token and the content type), in
    /// spec order.
    fn headers(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    /// The JSON body, encoded with its fields in spec order, or `None` for an endpoint without
    /// one. Encoding generated types cannot fail in practice; the `Result` keeps a custom field
    /// type's failure from being dropped.
    fn body(&self) -> Result<Option<Vec<u8>>, serde_json::Error>;

    /// The multipart body, for an endpoint that uploads files (its JSON [`body`](Self::body)
    /// is then `None`).
    fn multipart(&self) -> Option<crate::files::Multipart> {
        None
    }

    /// Decodes a request from its wire form: the raw query string (without `?`), the path
    /// parameters by name, and the body bytes. Used by servers (the emulator) and by the
    /// generated spec-example tests. Every decoding problem found is reported; the spec's
    /// constraints are left to [`Endpoint::validate`].
    ///
    /// The SDK's own endpoints decode only when `feishu-api` is built with its `server`
    /// feature (which `feishu-emulator` turns on); without it this reports so, as a
    /// violation.
    fn from_wire(query: &str, path_params: &[(&str, &str)], body: &[u8]) -> Result<Self, Violations>
    where
        Self: Sized,
    {
        Self::from_wire_with_headers(query, path_params, &[], body)
    }

    /// [`from_wire`](Self::from_wire) with the request's headers (names in any case), for an
    /// endpoint whose spec declares `[[request.headers]]`.
    fn from_wire_with_headers(
        query: &str,
        path_params: &[(&str, &str)],
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<Self, Violations>
    where
        Self: Sized,
    {
        let _ = (query, path_params, headers, body);
        let mut violations = Violations::new();
        violations.push(
            "",
            crate::validate::Rule::Malformed {
                detail: "decoding requests needs feishu-api's `server` feature".to_owned(),
            },
        );
        Err(violations)
    }
}

/// Decodes a request from its wire form (query string, path parameters, headers, body) and
/// validates it.
pub type CheckRequest = fn(&str, &[(&str, &str)], &[(&str, &str)], &[u8]) -> Result<(), Violations>;

/// One generated endpoint, seen without its types: what a server (the emulator) or a tool
/// needs to route, check and answer a request by the spec alone.
#[derive(Debug, Clone, Copy)]
pub struct EndpointEntry {
    /// The endpoint's description.
    pub info: &'static EndpointInfo,
    /// Decodes a request from its wire form and validates it, reporting every problem.
    pub check_request: CheckRequest,
    /// The spec's example response, if any.
    pub example_response: Option<&'static str>,
}

impl EndpointEntry {
    /// The entry of endpoint `E`.
    pub const fn of<E: Endpoint>() -> Self {
        EndpointEntry {
            info: E::INFO,
            check_request: check_request::<E>,
            example_response: E::EXAMPLE_RESPONSE,
        }
    }
}

fn check_request<E: Endpoint>(
    query: &str,
    path_params: &[(&str, &str)],
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<(), Violations> {
    E::from_wire_with_headers(query, path_params, headers, body)?.validate()
}
