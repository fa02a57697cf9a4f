//! The client: configuration in, calls out. Generated methods call [`Client::execute`], which
//! validates the request, then runs attempts (rate limit, token, one exchange) under the retry
//! policy and the timeouts, inside one tracing span.

use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tracing::Instrument;

use crate::config::{
    Credentials, DEFAULT_MAX_RESPONSE_BYTES, FEISHU_BASE_URL, LARK_BASE_URL, RetryPolicy, Secret,
    Timeouts, normalize_base_url,
};
use crate::endpoint::{Answer, Endpoint, EndpointInfo, HttpMethod, TokenType};
use crate::error::{Error, TimeoutKind, TransportErrorKind};
use crate::files::Download;
use crate::retry::{RateLimiter, backoff, is_retryable};
use crate::tokens::{Auth, TokenCache};
use crate::transport::{
    Head, Outgoing, Payload, RawResponse, Transport, decode_data, decode_error, decode_success,
    decode_top_level, read_envelope,
};

/// The `User-Agent` every request carries.
pub const USER_AGENT: &str = concat!("feishu-rs/", env!("CARGO_PKG_VERSION"));

/// A Feishu / Lark Open Platform client.
///
/// Cheap to clone: clones share one connection pool, one token cache and one set of rate
/// limiters. `Send + Sync`, so one client can serve a whole program.
///
/// ```no_run
/// # fn demo() -> Result<(), feishu_api::Error> {
/// let client = feishu_api::Client::builder()
///     .app_credentials("cli_a1b2c3", "app-secret")
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    transport: Transport,
    base_url: String,
    auth: Auth,
    timeouts: Timeouts,
    retry: RetryPolicy,
    rate_limit: bool,
    /// One limiter per endpoint, keyed by its method and path template (by value: a constant's
    /// address is not guaranteed to be the same in every crate that uses it).
    limiters: Mutex<HashMap<(HttpMethod, &'static str), Arc<RateLimiter>>>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = match &self.inner.auth {
            Auth::Fixed(_) => "tenant token",
            Auth::App(_) => "app credentials",
        };
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("auth", &auth)
            .field("timeouts", &self.inner.timeouts)
            .field("retry", &self.inner.retry)
            .field("rate_limit", &self.inner.rate_limit)
            .finish_non_exhaustive()
    }
}

/// Options for one call, given to the `_with` variant of a generated method (`query_with`, …).
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    tenant_access_token: Option<Secret>,
    user_access_token: Option<Secret>,
    app_access_token: Option<Secret>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends this tenant access token instead of the client's, without touching its cache (a
    /// token error is then returned, not handled by refreshing).
    pub fn tenant_access_token(mut self, token: impl Into<Secret>) -> Self {
        self.tenant_access_token = Some(token.into());
        self
    }

    /// Calls as this signed-in user (`user_access_token`, from the OAuth flow) on endpoints
    /// that accept one; preferred over the client's own tokens there. Never refreshed or cached
    /// by the client: a token error is returned.
    pub fn user_access_token(mut self, token: impl Into<Secret>) -> Self {
        self.user_access_token = Some(token.into());
        self
    }

    /// Sends this app access token instead of the client's, on endpoints that accept one,
    /// without touching its cache.
    pub fn app_access_token(mut self, token: impl Into<Secret>) -> Self {
        self.app_access_token = Some(token.into());
        self
    }

    /// The overall timeout of this call, in place of the client's.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The retry policy of this call, in place of the client's.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }
}

impl Client {
    /// A builder, defaulting to Feishu's base URL and the defaults of [`crate::config`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client for the self-built app named by `FEISHU_APP_ID` and `FEISHU_APP_SECRET`, at
    /// `FEISHU_BASE_URL` (default `https://open.feishu.cn`).
    ///
    /// # Errors
    /// [`Error::Config`] naming a variable that is missing or empty, or a bad base URL.
    pub fn from_env() -> Result<Client, Error> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let app_id = var("FEISHU_APP_ID")
            .ok_or_else(|| Error::Config("environment variable FEISHU_APP_ID is not set".into()))?;
        let app_secret = var("FEISHU_APP_SECRET").ok_or_else(|| {
            Error::Config("environment variable FEISHU_APP_SECRET is not set".into())
        })?;
        let mut builder = Client::builder().app_credentials(app_id, app_secret);
        if let Some(url) = var("FEISHU_BASE_URL") {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// How many tenant access tokens this client (and its clones) has requested so far.
    pub fn token_fetch_count(&self) -> u64 {
        match &self.inner.auth {
            Auth::App(caches) => caches.tenant.fetch_count(),
            Auth::Fixed(_) => 0,
        }
    }

    /// How many app access tokens this client (and its clones) has requested so far.
    pub fn app_token_fetch_count(&self) -> u64 {
        match &self.inner.auth {
            Auth::App(caches) => caches.app.fetch_count(),
            Auth::Fixed(_) => 0,
        }
    }

    /// Which token a call of `info` sends: a per-call token the endpoint accepts first (user,
    /// tenant, app), then the client's own in the spec's order of preference. `Ok(None)` for an
    /// endpoint that takes no token; an error naming what it accepts when there is none to send.
    fn choose_token(
        &self,
        info: &EndpointInfo,
        options: &RequestOptions,
        endpoint: &str,
    ) -> Result<Option<TokenSource>, Error> {
        if info.token_types.is_empty() {
            return Ok(None);
        }
        let accepts = |t| info.token_types.contains(&t);
        let given = [
            (TokenType::User, &options.user_access_token),
            (TokenType::Tenant, &options.tenant_access_token),
            (TokenType::App, &options.app_access_token),
        ];
        if let Some((_, token)) = given
            .iter()
            .find(|(t, token)| token.is_some() && accepts(*t))
        {
            return Ok(token.as_ref().map(|t| TokenSource::Given(t.clone())));
        }
        for t in info.token_types {
            match (t, &self.inner.auth) {
                (TokenType::Tenant, Auth::Fixed(token)) => {
                    return Ok(Some(TokenSource::Given(token.clone())));
                }
                (TokenType::Tenant, Auth::App(_)) => {
                    return Ok(Some(TokenSource::Cached(crate::tokens::TokenKind::Tenant)));
                }
                (TokenType::App, Auth::App(_)) => {
                    return Ok(Some(TokenSource::Cached(crate::tokens::TokenKind::App)));
                }
                _ => {}
            }
        }
        let names: Vec<&str> = info
            .token_types
            .iter()
            .map(|t| match t {
                TokenType::Tenant => "tenant_access_token",
                TokenType::User => "user_access_token",
                TokenType::App => "app_access_token",
            })
            .collect();
        let hint = if accepts(TokenType::User) {
            "; pass one with RequestOptions::user_access_token"
        } else {
            "; build the client with app credentials"
        };
        Err(Error::Config(format!(
            "{endpoint} accepts only {}, and this call has none{hint}",
            names.join(" or ")
        )))
    }

    /// Calls an endpoint: what every generated method does.
    ///
    /// # Errors
    /// See [`Error`]: nothing is sent for a request that fails validation.
    pub async fn execute<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error>
    where
        E::Response: serde::de::DeserializeOwned,
    {
        self.execute_with(request, &RequestOptions::default()).await
    }

    /// [`execute`](Self::execute) with per-call options.
    ///
    /// # Errors
    /// See [`Error`].
    pub async fn execute_with<E: Endpoint>(
        &self,
        request: &E,
        options: &RequestOptions,
    ) -> Result<E::Response, Error>
    where
        E::Response: serde::de::DeserializeOwned,
    {
        self.traced(request, options, &Json::<E::Response>(PhantomData))
            .await
    }

    /// Calls a download endpoint (its spec says `binary = true`): what the generated download
    /// methods do. The answer's headers are checked (a JSON error body becomes the typed
    /// [`Error`], retried like any call); the body is left for the [`Download`] to stream.
    ///
    /// # Errors
    /// See [`Error`].
    pub async fn download<E: Endpoint<Response = Download>>(
        &self,
        request: &E,
    ) -> Result<Download, Error> {
        self.download_with(request, &RequestOptions::default())
            .await
    }

    /// [`download`](Self::download) with per-call options.
    ///
    /// # Errors
    /// See [`Error`].
    pub async fn download_with<E: Endpoint<Response = Download>>(
        &self,
        request: &E,
        options: &RequestOptions,
    ) -> Result<Download, Error> {
        self.traced(request, options, &FileAnswer).await
    }

    /// A call inside its `feishu.call` span.
    async fn traced<E: Endpoint, F: Finish>(
        &self,
        request: &E,
        options: &RequestOptions,
        finish: &F,
    ) -> Result<F::Out, Error> {
        let info = E::INFO;
        let span = tracing::info_span!(
            "feishu.call",
            endpoint = %info.name(),
            method = info.http_method.as_str(),
            path = info.path,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            code = tracing::field::Empty,
            log_id = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = tokio::time::Instant::now();
        let result = self
            .call(request, options, &span, finish)
            .instrument(span.clone())
            .await;
        span.record("duration_ms", started.elapsed().as_millis() as u64);
        if let Err(error) = &result {
            span.in_scope(|| tracing::debug!(error = %error, "call failed"));
        }
        result
    }

    async fn call<E: Endpoint, F: Finish>(
        &self,
        request: &E,
        options: &RequestOptions,
        span: &tracing::Span,
        finish: &F,
    ) -> Result<F::Out, Error> {
        let info = E::INFO;
        let endpoint = info.name();
        request.validate().map_err(|violations| Error::Validation {
            endpoint: endpoint.clone(),
            violations,
        })?;
        let token = self.choose_token(info, options, &endpoint)?;
        let path = request.path();
        let query = request.query();
        let headers = request.headers();
        let body = match request.body() {
            Ok(body) => body,
            Err(e) => return Err(Error::transport(&endpoint, TransportErrorKind::Request, e)),
        };
        let form = request.multipart();
        let payload = match (&form, &body) {
            (Some(form), _) => Payload::Multipart(form),
            (None, Some(body)) => Payload::Json(body),
            (None, None) => Payload::None,
        };
        let overall = options.timeout.unwrap_or(self.inner.timeouts.overall);
        let exchange = Exchange {
            client: self,
            info,
            endpoint: &endpoint,
            path: &path,
            query: &query,
            headers: &headers,
            body: payload,
            options,
            token,
            span,
        };
        match tokio::time::timeout(overall, exchange.run(finish)).await {
            Ok(result) => result,
            Err(_) => Err(Error::Timeout {
                endpoint,
                kind: TimeoutKind::Overall,
                after: overall,
            }),
        }
    }

    fn limiter(&self, info: &'static EndpointInfo) -> Option<Arc<RateLimiter>> {
        let (per_second, per_minute) = (info.rate_limit_per_second, info.rate_limit_per_minute);
        if !self.inner.rate_limit || (per_second.is_none() && per_minute.is_none()) {
            return None;
        }
        let key = (info.http_method, info.path);
        let mut limiters = self
            .inner
            .limiters
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        Some(Arc::clone(limiters.entry(key).or_insert_with(|| {
            Arc::new(RateLimiter::new(per_second, per_minute))
        })))
    }
}

/// One call's attempts.
struct Exchange<'a> {
    client: &'a Client,
    info: &'static EndpointInfo,
    endpoint: &'a str,
    path: &'a str,
    query: &'a [(&'static str, String)],
    headers: &'a [(&'static str, String)],
    body: Payload<'a>,
    options: &'a RequestOptions,
    token: Option<TokenSource>,
    span: &'a tracing::Span,
}

/// Where a call's token comes from.
#[derive(Debug, Clone)]
enum TokenSource {
    /// Given for this call or the client: sent as it is.
    Given(Secret),
    /// The client's cache of this kind.
    Cached(crate::tokens::TokenKind),
}

/// How an attempt's answer becomes the call's result: decoded JSON, or a download.
trait Finish: Sync {
    type Out: Send;

    /// Takes over an answer once its headers are in (a download), or hands it back to have
    /// its body read and [`decode`](Self::decode)d.
    fn on_head(&self, endpoint: &str, head: Head) -> OnHead<Self::Out> {
        let _ = endpoint;
        OnHead::ReadBody(head)
    }

    /// The result from an answer read in full.
    fn decode(
        &self,
        info: &'static EndpointInfo,
        endpoint: &str,
        raw: &RawResponse,
    ) -> Result<Self::Out, Error>;
}

/// What [`Finish::on_head`] does with an answer whose headers are in. Short-lived, moved once:
/// boxing the head would only add an allocation per call.
#[allow(clippy::large_enum_variant)]
enum OnHead<T> {
    /// The result, without reading the body here.
    Taken(T),
    /// Read the body, then decode.
    ReadBody(Head),
}

/// A JSON method's answer, decoded into its response type.
struct Json<T>(PhantomData<fn() -> T>);

impl<T: serde::de::DeserializeOwned + Send> Finish for Json<T> {
    type Out = T;

    fn decode(
        &self,
        info: &'static EndpointInfo,
        endpoint: &str,
        raw: &RawResponse,
    ) -> Result<T, Error> {
        let top_level = info.answer == Answer::TopLevel;
        match decode_success::<T>(raw, top_level) {
            Some(data) => Ok(data),
            None => read_envelope(Some(info), endpoint, raw).and_then(|envelope| {
                if top_level {
                    decode_top_level::<T>(endpoint, raw, envelope)
                } else {
                    decode_data::<T>(endpoint, raw, envelope)
                }
            }),
        }
    }
}

/// A download: a successful answer that is not JSON is the file.
struct FileAnswer;

impl Finish for FileAnswer {
    type Out = Download;

    fn on_head(&self, endpoint: &str, head: Head) -> OnHead<Download> {
        if (200..300).contains(&head.status) && !head.is_json() {
            let log_id = head.log_id.clone();
            OnHead::Taken(Download::new(endpoint, head.response, log_id))
        } else {
            OnHead::ReadBody(head)
        }
    }

    fn decode(
        &self,
        info: &'static EndpointInfo,
        endpoint: &str,
        raw: &RawResponse,
    ) -> Result<Download, Error> {
        // A JSON answer to a download is an error; one saying `code` 0 is not the file either.
        read_envelope(Some(info), endpoint, raw)?;
        Err(decode_error(
            endpoint,
            raw,
            "expected a file, got a JSON answer without an error code".into(),
        ))
    }
}

/// An attempt's answer: taken over at its headers, or read in full.
enum Answered<T> {
    Taken(T, u16, Option<String>),
    Read(RawResponse),
}

impl Exchange<'_> {
    async fn run<F: Finish>(&self, finish: &F) -> Result<F::Out, Error> {
        let inner = &self.client.inner;
        let policy = self.options.retry.unwrap_or(inner.retry);
        let limiter = self.client.limiter(self.info);
        let mut attempt = 0u32;
        let mut token_refreshed = false;
        loop {
            attempt += 1;
            self.span.record("attempt", attempt);
            let (result, token) = self.attempt(limiter.as_deref(), finish).await;
            let error = match result {
                Ok(data) => return Ok(data),
                Err(error) => error,
            };
            // A token the server no longer accepts: drop it and go once more with a new one.
            if let (Error::Api(api), Some((token, cache))) = (&error, &token)
                && api.is_token_error()
                && !token_refreshed
            {
                tracing::info!(code = api.code, "access token rejected; fetching a new one");
                cache.invalidate(token);
                token_refreshed = true;
                attempt -= 1;
                continue;
            }
            let retry_safe = self.info.retry_safe;
            if attempt >= policy.max_attempts.max(1) || !is_retryable(&error, retry_safe) {
                return Err(error);
            }
            let wait = backoff(&policy, attempt, &error);
            tracing::warn!(
                attempt,
                wait_ms = wait.as_millis() as u64,
                error = %error,
                "attempt failed; retrying"
            );
            tokio::time::sleep(wait).await;
        }
    }

    /// One attempt: token, exchange, decoding. Also gives the cached token it used, if any,
    /// with its cache.
    async fn attempt<F: Finish>(
        &self,
        limiter: Option<&RateLimiter>,
        finish: &F,
    ) -> (Result<F::Out, Error>, Option<(Secret, &TokenCache)>) {
        let inner = &self.client.inner;
        let attempt_timeout = inner.timeouts.attempt;
        let (token, cache) = match (&self.token, &inner.auth) {
            (None, _) => (None, None),
            (Some(TokenSource::Given(token)), _) => (Some(token.clone()), None),
            (Some(TokenSource::Cached(kind)), Auth::App(caches)) => {
                let cache = match kind {
                    crate::tokens::TokenKind::Tenant => &caches.tenant,
                    crate::tokens::TokenKind::App => &caches.app,
                };
                match self.token(cache, attempt_timeout).await {
                    Ok(token) => (Some(token), Some(cache)),
                    Err(error) => return (Err(error), None),
                }
            }
            (Some(TokenSource::Cached(_)), Auth::Fixed(_)) => (None, None),
        };
        let cached = || match (&token, cache) {
            (Some(token), Some(cache)) => Some((token.clone(), cache)),
            _ => None,
        };
        let outgoing = Outgoing {
            endpoint: self.endpoint,
            method: self.info.http_method,
            path: self.path,
            query: self.query,
            headers: self.headers,
            body: self.body,
            token: token.as_ref().map(Secret::expose),
        };
        // Taken once the token is in hand and held until the answer is read: see RateLimiter.
        let permit = match limiter {
            Some(limiter) => Some(limiter.acquire().await),
            None => None,
        };
        let transport = &inner.transport;
        let endpoint = self.endpoint;
        let exchange = async {
            let head = transport.send_head(outgoing).await?;
            let (status, log_id) = (head.status, head.log_id.clone());
            match finish.on_head(endpoint, head) {
                OnHead::Taken(out) => Ok(Answered::Taken(out, status, log_id)),
                OnHead::ReadBody(head) => transport
                    .read_body(endpoint, head)
                    .await
                    .map(Answered::Read),
            }
        };
        let exchanged = tokio::time::timeout(attempt_timeout, exchange).await;
        drop(permit);
        let raw = match exchanged {
            Ok(Ok(Answered::Read(raw))) => raw,
            Ok(Ok(Answered::Taken(out, status, log_id))) => {
                self.span.record("status", status);
                if let Some(log_id) = &log_id {
                    self.span.record("log_id", log_id.as_str());
                }
                tracing::debug!("attempt answered with a file");
                return (Ok(out), cached());
            }
            Ok(Err(error)) => return (Err(error), cached()),
            Err(_) => {
                let error = Error::Timeout {
                    endpoint: self.endpoint.to_owned(),
                    kind: TimeoutKind::Attempt,
                    after: attempt_timeout,
                };
                return (Err(error), cached());
            }
        };
        self.span.record("status", raw.status);
        if let Some(log_id) = &raw.log_id {
            self.span.record("log_id", log_id.as_str());
        }
        let result = finish.decode(self.info, self.endpoint, &raw);
        let code = match &result {
            Ok(_) => Some(0),
            Err(error) => error.code(),
        };
        if let Some(code) = code {
            self.span.record("code", code);
        }
        tracing::debug!(
            status = raw.status,
            code,
            log_id = raw.log_id.as_deref(),
            "attempt answered"
        );
        (result, cached())
    }

    async fn token(&self, cache: &TokenCache, attempt_timeout: Duration) -> Result<Secret, Error> {
        cache
            .token(self.client, attempt_timeout)
            .instrument(tracing::debug_span!("feishu.token"))
            .await
    }
}

/// Builds a [`Client`]; start with [`Client::builder`].
#[derive(Debug, Default)]
pub struct ClientBuilder {
    credentials: Option<Credentials>,
    base_url: Option<String>,
    timeouts: Timeouts,
    retry: RetryPolicy,
    no_rate_limit: bool,
    max_response_bytes: Option<usize>,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// Authenticates as a self-built app: the client fetches, caches and refreshes tenant
    /// access tokens from these credentials.
    pub fn app_credentials(
        mut self,
        app_id: impl Into<String>,
        app_secret: impl Into<Secret>,
    ) -> Self {
        self.credentials = Some(Credentials::App {
            app_id: app_id.into(),
            app_secret: app_secret.into(),
        });
        self
    }

    /// Sends this tenant access token, obtained elsewhere, with every call; it is never
    /// refreshed.
    pub fn tenant_access_token(mut self, token: impl Into<Secret>) -> Self {
        self.credentials = Some(Credentials::TenantToken(token.into()));
        self
    }

    /// Authenticates with the given [`Credentials`].
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Calls Feishu, `https://open.feishu.cn` (the default).
    pub fn feishu(self) -> Self {
        self.base_url(FEISHU_BASE_URL)
    }

    /// Calls Lark, `https://open.larksuite.com`.
    pub fn lark(self) -> Self {
        self.base_url(LARK_BASE_URL)
    }

    /// Calls this base URL (a proxy, or the emulator). Must be `https://`, or `http://` to a
    /// loopback host.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// All three timeouts.
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The connect timeout (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.connect = timeout;
        self
    }

    /// The per-attempt timeout (default 30 s).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.attempt = timeout;
        self
    }

    /// The overall timeout of a call, retries included (default 120 s).
    pub fn overall_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.overall = timeout;
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Whether calls wait to stay within each endpoint's documented rate limit (default on).
    pub fn client_rate_limit(mut self, on: bool) -> Self {
        self.no_rate_limit = !on;
        self
    }

    /// The largest response body accepted (default 16 MiB); a larger one is
    /// [`Error::BodyTooLarge`].
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// Sends with this `reqwest::Client` (its pool, proxy and TLS settings) instead of one the
    /// builder makes; the connect timeout is then the given client's.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    /// [`Error::Config`] without credentials or with an unusable base URL;
    /// [`Error::Transport`] if the HTTP client cannot be built.
    pub fn build(self) -> Result<Client, Error> {
        let credentials = self.credentials.ok_or_else(|| {
            Error::Config(
                "no credentials: call app_credentials(…) or tenant_access_token(…)".into(),
            )
        })?;
        if let Credentials::App { app_id, .. } = &credentials
            && app_id.trim().is_empty()
        {
            return Err(Error::Config("the app id is empty".into()));
        }
        let base_url = normalize_base_url(self.base_url.as_deref().unwrap_or(FEISHU_BASE_URL))?;
        let http = match self.http {
            Some(http) => http,
            None => default_http_client(self.timeouts.connect)?,
        };
        let max_body = self
            .max_response_bytes
            .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES);
        Ok(Client {
            inner: Arc::new(Inner {
                transport: Transport::new(http, base_url.clone(), max_body, self.timeouts.connect),
                base_url,
                auth: Auth::new(credentials),
                timeouts: self.timeouts,
                retry: self.retry,
                rate_limit: !self.no_rate_limit,
                limiters: Mutex::new(HashMap::new()),
            }),
        })
    }
}

/// reqwest over rustls with ring and the platform's certificate verifier. The TLS config is
/// built here rather than through a process-wide default provider, so the SDK never changes
/// global state another library might rely on.
fn default_http_client(connect_timeout: Duration) -> Result<reqwest::Client, Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())
        .map_err(|e| Error::transport("client", TransportErrorKind::Request, e))?;
    let mut tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::transport("client", TransportErrorKind::Request, e))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .connect_timeout(connect_timeout)
        .build()
        .map_err(|e| Error::transport("client", TransportErrorKind::Request, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + 'static>() {}

    #[test]
    fn client_and_error_cross_threads() {
        assert_send_sync::<Client>();
        assert_send_sync::<Error>();
        assert_send_sync::<RequestOptions>();
    }

    #[test]
    fn builder_refuses_what_cannot_work() {
        let none = Client::builder().build().unwrap_err();
        assert_eq!(
            none.to_string(),
            "invalid client configuration: no credentials: call app_credentials(…) or tenant_access_token(…)"
        );
        let empty = Client::builder()
            .app_credentials(" ", "secret")
            .build()
            .unwrap_err();
        assert_eq!(
            empty.to_string(),
            "invalid client configuration: the app id is empty"
        );
        let clear = Client::builder()
            .tenant_access_token("t-1")
            .base_url("http://open.feishu.cn")
            .build()
            .unwrap_err();
        assert!(matches!(clear, Error::Config(_)), "{clear:?}");
    }

    #[test]
    fn debug_shows_settings_but_no_secret() {
        let client = Client::builder()
            .app_credentials("cli_a", "very-secret-value")
            .lark()
            .build()
            .unwrap();
        let debug = format!("{client:?}");
        assert!(debug.contains("https://open.larksuite.com"), "{debug}");
        assert!(debug.contains("app credentials"), "{debug}");
        assert!(!debug.contains("very-secret-value"), "{debug}");
        let options = RequestOptions::new().tenant_access_token("t-secret-token");
        assert!(!format!("{options:?}").contains("t-secret-token"));
        assert_eq!(client.base_url(), "https://open.larksuite.com");
        assert_eq!(client.token_fetch_count(), 0);
    }
}
