//! What a [`Client`](crate::Client) is built from: where the API is, how the client
//! authenticates, and its timeouts, retry policy and limits.
//!
//! Defaults, chosen for a production service calling Feishu:
//!
//! | setting | default |
//! |---|---|
//! | base URL | [`FEISHU_BASE_URL`] (`https://open.feishu.cn`) |
//! | connect timeout | 10 s |
//! | per-attempt timeout | 30 s |
//! | overall timeout (all attempts and waits) | 120 s |
//! | retries | 3 attempts, backoff 200 ms doubling to at most 10 s, with jitter |
//! | client-side rate limit | on, at each endpoint's documented rate |
//! | response body cap | 16 MiB |

use std::fmt;
use std::time::Duration;

use crate::error::Error;

/// The Feishu (China) Open Platform.
pub const FEISHU_BASE_URL: &str = "https://open.feishu.cn";
/// The Lark (international) Open Platform.
pub const LARK_BASE_URL: &str = "https://open.larksuite.com";

/// A secret string (app secret, access token): usable, never shown by `Debug` or `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Secret(secret.into())
    }

    /// The secret itself: call only where it is sent.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

// On the wire a secret is a plain string: serializing exposes it, so it goes only into the
// request that sends it (and the emulator's answers); `Debug` and `Display` never show it.
impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

impl From<String> for Secret {
    fn from(secret: String) -> Self {
        Secret(secret)
    }
}

impl From<&str> for Secret {
    fn from(secret: &str) -> Self {
        Secret(secret.to_owned())
    }
}

/// How the client authenticates.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Credentials {
    /// A self-built app's id and secret: the client fetches tenant access tokens itself,
    /// caches them and refreshes them ahead of expiry.
    App {
        /// The app id, `cli_…`.
        app_id: String,
        /// The app secret.
        app_secret: Secret,
    },
    /// A tenant access token obtained elsewhere, sent as it is and never refreshed.
    TenantToken(Secret),
}

/// The client's timeouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Opening a connection (TCP and TLS). Default 10 s.
    pub connect: Duration,
    /// One attempt: sending the request and reading the whole answer. Default 30 s.
    pub attempt: Duration,
    /// The whole call: every attempt, token fetch, rate-limit wait and backoff. Default 120 s.
    pub overall: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            overall: Duration::from_secs(120),
        }
    }
}

/// When and how often a failed call is sent again.
///
/// Retried, with exponential backoff and jitter: HTTP 429 and code 99991400 (waiting at least
/// the `x-ogw-ratelimit-reset` the server names), connection failures before the request was
/// sent, and — for endpoints whose spec says they are safe to send again — 5xx answers,
/// per-attempt timeouts and connections lost mid-exchange. Never retried: validation errors and
/// other 4xx business errors. An invalid-token answer is handled apart: the cached token is
/// dropped and the call sent once more with a fresh one, outside this budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 turns retries off). Default 3.
    pub max_attempts: u32,
    /// The wait before the first retry. Default 200 ms.
    pub initial_backoff: Duration,
    /// The longest wait between attempts (a rate-limit reset can be longer). Default 10 s.
    pub max_backoff: Duration,
    /// Whether waits are randomised (between half and all of the computed backoff), so many
    /// clients that failed together do not retry together. Default on.
    pub jitter: bool,
}

impl RetryPolicy {
    /// No retries: every failure is returned at once.
    pub const fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            initial_backoff: Duration::ZERO,
            max_backoff: Duration::ZERO,
            jitter: false,
        }
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            jitter: true,
        }
    }
}

/// The default cap on a response body: far above any documented answer, far below trouble.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// Checks a base URL and returns it without a trailing slash. Plain `http://` is accepted only
/// for loopback hosts, so a token never crosses a network in clear text by mistake.
pub(crate) fn normalize_base_url(url: &str) -> Result<String, Error> {
    let trimmed = url.trim().trim_end_matches('/');
    let (scheme, rest) = trimmed
        .split_once("://")
        .ok_or_else(|| Error::Config(format!("base URL `{url}` has no scheme (https://…)")))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() {
        return Err(Error::Config(format!("base URL `{url}` has no host")));
    }
    if rest.contains(['?', '#']) {
        return Err(Error::Config(format!(
            "base URL `{url}` must not have a query or fragment"
        )));
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(trimmed.to_owned()),
        "http" if is_loopback(authority) => Ok(trimmed.to_owned()),
        "http" => Err(Error::Config(format!(
            "base URL `{url}` is plain http to a host that is not loopback: tokens would cross the network in clear text; use https://"
        ))),
        other => Err(Error::Config(format!(
            "base URL `{url}` has scheme `{other}`; use https:// (or http:// to loopback)"
        ))),
    }
}

/// Whether `host[:port]` names this machine: `localhost`, 127.0.0.0/8 or `[::1]`.
fn is_loopback(authority: &str) -> bool {
    let host = if let Some(bracketed) = authority.strip_prefix('[') {
        bracketed.split(']').next().unwrap_or_default()
    } else {
        authority
            .rsplit_once(':')
            .map_or(authority, |(host, _)| host)
    };
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_is_accepted_and_trailing_slashes_dropped() {
        assert_eq!(
            normalize_base_url("https://open.feishu.cn/").unwrap(),
            "https://open.feishu.cn"
        );
        assert_eq!(
            normalize_base_url("https://proxy.example.com/feishu").unwrap(),
            "https://proxy.example.com/feishu"
        );
    }

    #[test]
    fn plain_http_only_to_loopback() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://127.9.9.9",
            "http://localhost:1/",
            "http://[::1]:9000",
        ] {
            assert!(normalize_base_url(ok).is_ok(), "{ok}");
        }
        let err = normalize_base_url("http://open.feishu.cn").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid client configuration: base URL `http://open.feishu.cn` is plain http to a host that is not loopback: tokens would cross the network in clear text; use https://"
        );
        assert!(normalize_base_url("http://10.0.0.1").is_err());
        assert!(normalize_base_url("http://localhost.evil.com").is_err());
        assert!(normalize_base_url("ftp://127.0.0.1").is_err());
        assert!(normalize_base_url("open.feishu.cn").is_err());
        assert!(normalize_base_url("https://").is_err());
        assert!(normalize_base_url("https://a.example?x=1").is_err());
    }

    #[test]
    fn secrets_never_print() {
        let secret = Secret::new("s3cr3t-value");
        assert_eq!(format!("{secret:?}"), "Secret(<redacted>)");
        assert_eq!(secret.to_string(), "<redacted>");
        let credentials = Credentials::App {
            app_id: "cli_1".into(),
            app_secret: secret.clone(),
        };
        assert!(!format!("{credentials:?}").contains("s3cr3t"));
        assert_eq!(secret.expose(), "s3cr3t-value");
    }
}
