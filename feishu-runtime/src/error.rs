//! The one error type of the SDK, and the details a caller can act on.
//!
//! Every failure of a call is an [`Error`]: the request broke its spec's rules (nothing was
//! sent), the server answered with a non-zero `code`, the call was rate limited, it timed out,
//! the connection failed, or the answer could not be decoded. `Display` is written for a
//! person (what failed, the code, the hint, the log id); the variants carry the same facts for
//! code. No variant ever holds the app secret or an access token.

use std::fmt;
use std::time::Duration;

use serde::Deserialize;

use crate::endpoint::ErrorCodeInfo;
use crate::validate::Violations;

/// `Result` with the SDK's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a call failed. `Clone`, so one failure can answer every caller that waited on it.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request breaks its spec's rules; nothing was sent.
    #[error("invalid request for {endpoint}: {violations}")]
    Validation {
        /// The endpoint, `service.version.resource.method`.
        endpoint: String,
        /// Every rule broken.
        violations: Violations,
    },
    /// The server answered with a non-zero `code`.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The server refused the call for exceeding a rate limit (HTTP 429 or code 99991400),
    /// and retrying did not get through.
    #[error(transparent)]
    RateLimited(Box<RateLimitedError>),
    /// A timeout ran out.
    #[error("{endpoint}: {kind} timeout of {after:?} ran out")]
    Timeout {
        /// The endpoint, `service.version.resource.method`.
        endpoint: String,
        /// Which timeout.
        kind: TimeoutKind,
        /// Its length.
        after: Duration,
    },
    /// The HTTP exchange failed: connection refused or reset, TLS, a body cut off mid-way.
    #[error("{endpoint}: {kind} error: {message}")]
    Transport {
        /// The endpoint, `service.version.resource.method`.
        endpoint: String,
        /// What kind of failure.
        kind: TransportErrorKind,
        /// The underlying error, for a person.
        message: String,
        /// The underlying error.
        #[source]
        source: Option<std::sync::Arc<dyn std::error::Error + Send + Sync>>,
    },
    /// The answer is not the JSON the endpoint documents (an HTML gateway page, a truncated
    /// body, a field of the wrong type).
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// The answer's body is larger than the configured cap
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    #[error("{endpoint}: response body larger than the {limit}-byte cap (HTTP {status})")]
    BodyTooLarge {
        /// The endpoint, `service.version.resource.method`.
        endpoint: String,
        /// The HTTP status of the answer.
        status: u16,
        /// The cap, in bytes.
        limit: usize,
    },
    /// A paginated list answered with a page token it had already returned: following it
    /// would loop forever, so the stream of pages ends with this error.
    #[error(
        "{endpoint}: the server returned page token `{page_token}` a second time; stopping instead of looping"
    )]
    PageLoop {
        /// The endpoint, `service.version.resource.method`.
        endpoint: String,
        /// The repeated token.
        page_token: String,
    },
    /// The client's configuration is unusable (a missing environment variable, an `http://`
    /// URL to a host that is not loopback, …).
    #[error("invalid client configuration: {0}")]
    Config(String),
}

impl Error {
    /// The API error, if the server answered with a non-zero `code`.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }

    /// The body `code` of an API or rate-limit error.
    pub fn code(&self) -> Option<i64> {
        match self {
            Error::Api(api) => Some(api.code),
            Error::RateLimited(limited) => limited.code,
            _ => None,
        }
    }

    /// The server's log id, when the server answered: quote it to Feishu support.
    pub fn log_id(&self) -> Option<&str> {
        match self {
            Error::Api(api) => api.log_id.as_deref(),
            Error::RateLimited(limited) => limited.log_id.as_deref(),
            Error::Decode(decode) => decode.log_id.as_deref(),
            _ => None,
        }
    }

    /// The violations of a request that failed validation.
    pub fn violations(&self) -> Option<&Violations> {
        match self {
            Error::Validation { violations, .. } => Some(violations),
            _ => None,
        }
    }

    pub(crate) fn transport(
        endpoint: &str,
        kind: TransportErrorKind,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Error {
        Error::Transport {
            endpoint: endpoint.to_owned(),
            kind,
            message: error_chain(&source),
            source: Some(std::sync::Arc::new(source)),
        }
    }
}

/// The error and its causes on one line: reqwest's own message rarely says why.
fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        let inner_text = inner.to_string();
        if !text.contains(&inner_text) {
            text.push_str(": ");
            text.push_str(&inner_text);
        }
        cause = inner.source();
    }
    text
}

/// Which timeout ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Opening the connection.
    Connect,
    /// One attempt: sending the request and reading the whole answer.
    Attempt,
    /// The whole call, retries and waits included.
    Overall,
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutKind::Connect => "connect",
            TimeoutKind::Attempt => "per-attempt",
            TimeoutKind::Overall => "overall",
        })
    }
}

/// What kind of transport failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be opened (refused, unreachable, DNS, TLS handshake).
    Connect,
    /// The connection failed while sending the request or reading the answer.
    Exchange,
    /// The HTTP client could not be built or the request could not be formed.
    Request,
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Connect => "connection",
            TransportErrorKind::Exchange => "transport",
            TransportErrorKind::Request => "request",
        })
    }
}

/// The server answered with a non-zero `code`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The endpoint, `service.version.resource.method` (`auth.v3.tenant_access_token.internal`
    /// when fetching the token failed).
    pub endpoint: String,
    /// The HTTP status.
    pub http_status: u16,
    /// The body's `code`.
    pub code: i64,
    /// The body's `msg`.
    pub msg: String,
    /// The log id: the `X-Tt-Logid` header, or else `error.log_id` of the body.
    pub log_id: Option<String>,
    /// The body's `error` object, if any.
    pub details: ErrorDetails,
    /// The code's row in the endpoint's documented error table, if it is listed there.
    pub documented: Option<&'static ErrorCodeInfo>,
}

impl ApiError {
    /// The documented name of the code (e.g. `"NoPermission"`), if the spec lists it.
    pub fn name(&self) -> Option<&'static str> {
        self.documented.map(|info| info.name)
    }

    /// The documented troubleshooting hint, if the spec lists the code.
    pub fn hint(&self) -> Option<&'static str> {
        self.documented.map(|info| info.hint)
    }

    /// Whether the code says the access token is invalid, expired or missing.
    pub fn is_token_error(&self) -> bool {
        crate::tokens::is_token_error_code(self.code)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed: code {}", self.endpoint, self.code)?;
        if let Some(name) = self.name() {
            write!(f, " ({name})")?;
        }
        write!(f, ", HTTP {}: {}", self.http_status, self.msg)?;
        if let Some(hint) = self.hint() {
            write!(f, "; hint: {hint}")?;
        }
        for violation in &self.details.field_violations {
            write!(
                f,
                "; field `{}`: {}",
                violation.field, violation.description
            )?;
        }
        for violation in &self.details.permission_violations {
            write!(f, "; needs {} `{}`", violation.kind, violation.subject)?;
        }
        if let Some(log_id) = &self.log_id {
            write!(f, " (log id {log_id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// The `error` object of a Feishu error body. Every part is optional: the server fills in
/// what applies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct ErrorDetails {
    /// The log id the body names.
    #[serde(default)]
    pub log_id: Option<String>,
    /// A troubleshooting link, as the server words it.
    #[serde(default)]
    pub troubleshooter: Option<String>,
    /// Fields of the request that were rejected.
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    pub field_violations: Vec<FieldViolation>,
    /// Permissions the app lacks.
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    pub permission_violations: Vec<PermissionViolation>,
    /// Links to help pages.
    #[serde(default, deserialize_with = "crate::wire::null_as_default")]
    pub helps: Vec<Help>,
}

/// A rejected request field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct FieldViolation {
    /// The field's path.
    #[serde(default)]
    pub field: String,
    /// The value sent, when the server echoes it.
    #[serde(default)]
    pub value: Option<String>,
    /// What is wrong with it.
    #[serde(default)]
    pub description: String,
}

/// A permission the app lacks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct PermissionViolation {
    /// The kind of permission, e.g. `action_scope_required`.
    #[serde(default, rename = "type")]
    pub kind: String,
    /// The permission, e.g. a scope name.
    #[serde(default)]
    pub subject: String,
    /// A description, when given.
    #[serde(default)]
    pub description: Option<String>,
}

/// A link to a help page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct Help {
    /// The page.
    #[serde(default)]
    pub url: String,
    /// What it helps with.
    #[serde(default)]
    pub description: Option<String>,
}

/// The server refused the call for exceeding a rate limit.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateLimitedError {
    /// The endpoint, `service.version.resource.method`.
    pub endpoint: String,
    /// The HTTP status (429, or 400 with code 99991400).
    pub http_status: u16,
    /// The body's `code`, if the body was JSON.
    pub code: Option<i64>,
    /// The body's `msg`, if the body was JSON.
    pub msg: Option<String>,
    /// The limit the server names (`x-ogw-ratelimit-limit`).
    pub limit: Option<u32>,
    /// How long until a call is admitted again (`x-ogw-ratelimit-reset`).
    pub reset: Option<Duration>,
    /// The log id.
    pub log_id: Option<String>,
}

impl fmt::Display for RateLimitedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} was rate limited (HTTP {}",
            self.endpoint, self.http_status
        )?;
        if let Some(code) = self.code {
            write!(f, ", code {code}")?;
        }
        f.write_str(")")?;
        if let Some(limit) = self.limit {
            write!(f, ": limit {limit} requests")?;
        }
        if let Some(reset) = self.reset {
            write!(f, ", resets in {}s", reset.as_secs())?;
        }
        if let Some(log_id) = &self.log_id {
            write!(f, " (log id {log_id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for RateLimitedError {}

/// The answer is not the JSON the endpoint documents.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DecodeError {
    /// The endpoint, `service.version.resource.method`.
    pub endpoint: String,
    /// The HTTP status.
    pub http_status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The first bytes of the body (up to 256), lossily decoded as UTF-8.
    pub body_start: String,
    /// What was wrong, e.g. `expected value at line 1 column 1`.
    pub detail: String,
    /// The log id, if the server sent one.
    pub log_id: Option<String>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: could not decode the answer (HTTP {}, content type {}): {}; body starts {:?}",
            self.endpoint,
            self.http_status,
            self.content_type.as_deref().unwrap_or("none"),
            self.detail,
            self.body_start,
        )?;
        if let Some(log_id) = &self.log_id {
            write!(f, " (log id {log_id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}
