//! Access tokens of a self-built app (tenant and app tokens): fetched from the app's
//! credentials through the generated `auth.v3` methods, cached, refreshed ahead of expiry, with
//! one fetch in flight however many calls wait for it.
//!
//! The platform's tokens live up to two hours; asking again while more than 30 minutes remain
//! returns the same token with its remaining lifetime. The cache therefore refreshes when a
//! token has a few minutes left (well inside those 30 minutes, so the refresh really yields a
//! new token), and keeps using a token whose refresh failed for as long as it is still valid.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::time::Instant;

use crate::auth::v3::{app_access_token, tenant_access_token};
use crate::client::{Client, RequestOptions};
use crate::config::{Credentials, RetryPolicy, Secret};
use crate::endpoint::Endpoint;
use crate::error::Error;

/// The most a token is refreshed ahead of its expiry.
const REFRESH_AHEAD: Duration = Duration::from_secs(300);

/// Codes saying the access token sent is missing, invalid or expired: the cached token is
/// dropped and the call sent once more with a fresh one.
const TOKEN_ERROR_CODES: &[i64] = &[
    99991661, // missing access token
    99991663, // invalid tenant access token
    99991664, // invalid app access token
    99991671, // invalid token format
    99991677, // token expired
];

/// Whether a body `code` says the access token is missing, invalid or expired.
pub(crate) fn is_token_error_code(code: i64) -> bool {
    TOKEN_ERROR_CODES.contains(&code)
}

/// Where a call's tokens come from.
pub(crate) enum Auth {
    /// A tenant token given by the caller, never refreshed.
    Fixed(Secret),
    /// Fetched from the app's credentials and cached, one cache per kind of token.
    App(Box<AppTokens>),
}

/// The token caches of one app.
pub(crate) struct AppTokens {
    pub(crate) tenant: TokenCache,
    pub(crate) app: TokenCache,
}

/// The kind of token a cache holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// `tenant_access_token`
    Tenant,
    /// `app_access_token`
    App,
}

impl Auth {
    pub(crate) fn new(credentials: Credentials) -> Self {
        match credentials {
            Credentials::App { app_id, app_secret } => {
                let cache = |kind| TokenCache {
                    kind,
                    app_id: app_id.clone(),
                    app_secret: app_secret.clone(),
                    current: Mutex::new(None),
                    refresh: tokio::sync::Mutex::new(()),
                    fetches: AtomicU64::new(0),
                    completed: AtomicU64::new(0),
                    last_failure: Mutex::new(None),
                };
                Auth::App(Box::new(AppTokens {
                    tenant: cache(TokenKind::Tenant),
                    app: cache(TokenKind::App),
                }))
            }
            Credentials::TenantToken(token) => Auth::Fixed(token),
        }
    }
}

/// The cached token of one kind for one app.
pub(crate) struct TokenCache {
    kind: TokenKind,
    app_id: String,
    app_secret: Secret,
    /// The token in use; a plain mutex, never held across an await.
    current: Mutex<Option<CachedToken>>,
    /// Held while a fetch is in flight: later callers wait on it, then find the new token.
    refresh: tokio::sync::Mutex<()>,
    fetches: AtomicU64,
    /// Fetches finished, changed only under `refresh`.
    completed: AtomicU64,
    /// The last fetch's failure and the `completed` count it ended: callers that were waiting
    /// on that fetch share its outcome instead of each sending the same doomed request in turn.
    last_failure: Mutex<Option<(u64, Error)>>,
}

#[derive(Clone)]
struct CachedToken {
    token: Secret,
    refresh_at: Instant,
    expires_at: Instant,
}

impl TokenCache {
    /// A token valid now: the cached one, or a freshly fetched one.
    pub(crate) async fn token(
        &self,
        client: &Client,
        attempt_timeout: Duration,
    ) -> Result<Secret, Error> {
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let completed_before = self.completed.load(Ordering::Acquire);
        let _in_flight = self.refresh.lock().await;
        // Whoever held the lock before us may have fetched one already…
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        // …or failed to, while we waited: that answer is ours too.
        let completed = self.completed.load(Ordering::Acquire);
        if completed != completed_before
            && let Some((ended, error)) = &*self.failures()
            && *ended == completed
        {
            return self.still_valid().ok_or_else(|| error.clone());
        }
        // Boxed: a token fetch is itself a call, whose future would otherwise contain itself.
        let outcome = Box::pin(self.fetch(client, attempt_timeout)).await;
        let completed = self.completed.fetch_add(1, Ordering::AcqRel) + 1;
        match outcome {
            Ok(fetched) => {
                let token = fetched.token.clone();
                *self.lock() = Some(fetched);
                *self.failures() = None;
                Ok(token)
            }
            Err(error) => {
                *self.failures() = Some((completed, error.clone()));
                self.still_valid().ok_or(error)
            }
        }
    }

    /// Drops `token` if it is still the cached one (another call may have replaced it already).
    pub(crate) fn invalidate(&self, token: &Secret) {
        let mut current = self.lock();
        if current.as_ref().is_some_and(|c| &c.token == token) {
            *current = None;
        }
    }

    /// How many token requests this cache has sent.
    pub(crate) fn fetch_count(&self) -> u64 {
        self.fetches.load(Ordering::Relaxed)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<CachedToken>> {
        // A panic elsewhere while holding the lock leaves a consistent Option behind.
        self.current.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn failures(&self) -> std::sync::MutexGuard<'_, Option<(u64, Error)>> {
        self.last_failure.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn fresh(&self) -> Option<Secret> {
        let current = self.lock();
        current
            .as_ref()
            .filter(|c| Instant::now() < c.refresh_at)
            .map(|c| c.token.clone())
    }

    fn still_valid(&self) -> Option<Secret> {
        let current = self.lock();
        current
            .as_ref()
            .filter(|c| Instant::now() < c.expires_at)
            .map(|c| c.token.clone())
    }

    /// One request for a token, through the generated `auth.v3` method of this cache's kind:
    /// one attempt within the attempt timeout (the call waiting for the token has its own
    /// retries), its failure shared with every caller that waited on it.
    async fn fetch(
        &self,
        client: &Client,
        attempt_timeout: Duration,
    ) -> Result<CachedToken, Error> {
        self.fetches.fetch_add(1, Ordering::Relaxed);
        let options = RequestOptions::new()
            .timeout(attempt_timeout)
            .retry_policy(RetryPolicy {
                max_attempts: 1,
                ..RetryPolicy::default()
            });
        let sent_at = Instant::now();
        let (token, expire, endpoint) = match self.kind {
            TokenKind::Tenant => {
                use tenant_access_token::internal::InternalRequest;
                let request = InternalRequest::builder()
                    .app_id(self.app_id.clone())
                    .app_secret(self.app_secret.clone())
                    .build();
                let answer = client.execute_with(&request, &options).await?;
                let endpoint = InternalRequest::INFO;
                (answer.tenant_access_token, answer.expire, endpoint)
            }
            TokenKind::App => {
                use app_access_token::internal::InternalRequest;
                let request = InternalRequest::builder()
                    .app_id(self.app_id.clone())
                    .app_secret(self.app_secret.clone())
                    .build();
                let answer = client.execute_with(&request, &options).await?;
                let endpoint = InternalRequest::INFO;
                (answer.app_access_token, answer.expire, endpoint)
            }
        };
        let Ok(expire) = u64::try_from(expire) else {
            return Err(Error::Decode(Box::new(crate::error::DecodeError {
                endpoint: endpoint.name(),
                http_status: 200,
                content_type: None,
                body_start: String::new(),
                detail: format!("`expire` is negative: {expire}"),
                log_id: None,
            })));
        };
        tracing::debug!(expire_secs = expire, kind = ?self.kind, "fetched an access token");
        let lifetime = Duration::from_secs(expire);
        // Counted from when the request was sent, so network time only shortens our view.
        let ahead = REFRESH_AHEAD.min(lifetime / 4);
        Ok(CachedToken {
            token,
            refresh_at: sent_at + (lifetime - ahead),
            expires_at: sent_at + lifetime,
        })
    }
}
