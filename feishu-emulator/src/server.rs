//! The HTTP side: the accept loop, the per-request pipeline (log id, faults, journal) around an
//! axum router built from [`feishu_api::REGISTRIES`], authentication, rate limiting and responses.

use std::collections::{HashMap, VecDeque};
use std::error::Error as StdError;
use std::fmt;
use std::io::Write as _;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::State;
use axum::http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, Request, Response, StatusCode, Uri};
use axum::routing::{MethodFilter, MethodRouter};
use axum::{Extension, Router};
use hyper::body::{Frame, Incoming};
use hyper::service::Service as _;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use serde_json::{Map, Value, json};
use tokio::net::TcpListener;
use tokio::sync::watch;

use super::attendance::{self, Attendance};
use super::data::Tenant;
use super::faults::{Fault, Faults};
use super::rng::Rng;
use super::{
    AppConfig, RateLimiting, RequestRecord, approvals, codes, flows, remedy, schedules, tasks,
};
use feishu_api::endpoint::{EndpointEntry, EndpointInfo, HttpMethod, TokenType};

/// The path of the tenant access token endpoint for self-built apps.
pub const TOKEN_PATH: &str = "/open-apis/auth/v3/tenant_access_token/internal";
/// The path of the app access token endpoint for self-built apps.
pub const APP_TOKEN_PATH: &str = "/open-apis/auth/v3/app_access_token/internal";

/// The largest request body read (uploads included).
const MAX_REQUEST_BODY: usize = 64 << 20;
const JOURNAL_CAPACITY: usize = 10_000;
const JSON_UTF8: &str = "application/json; charset=utf-8";

/// The log id of the `seq`-th request an emulator receives (counting from 1): a fixed
/// timestamp-like prefix, then the sequence number as 18 uppercase hex digits, e.g.
/// `20261124000000000000000000000001`. Deterministic, so tests can expect exact values.
pub fn log_id(seq: u64) -> String {
    format!("20261124000000{seq:018X}")
}

/// The emulator's notion of time: the monotonic clock (unless frozen) plus whatever a test
/// advanced it by.
#[derive(Debug)]
pub(crate) struct Clock {
    started: Instant,
    frozen: bool,
    offset: Mutex<Duration>,
}

impl Clock {
    pub(crate) fn new(frozen: bool) -> Self {
        Clock {
            started: Instant::now(),
            frozen,
            offset: Mutex::new(Duration::ZERO),
        }
    }

    pub(crate) fn now(&self) -> Duration {
        let real = if self.frozen {
            Duration::ZERO
        } else {
            self.started.elapsed()
        };
        real + *lock(&self.offset)
    }

    pub(crate) fn advance(&self, by: Duration) {
        *lock(&self.offset) += by;
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[derive(Debug)]
struct TokenEntry {
    app: usize,
    kind: TokenType,
    expires_at: Duration,
    revoked: bool,
}

#[derive(Debug)]
struct Tokens {
    by_token: HashMap<String, TokenEntry>,
    /// The token currently handed out per app and kind (user tokens are never reissued).
    current: HashMap<(usize, TokenType), String>,
    rng: Rng,
}

#[derive(Debug)]
struct RateState {
    mode: RateLimiting,
    windows: HashMap<(usize, usize), VecDeque<Duration>>,
}

/// Everything the server shares between requests.
pub(crate) struct Shared {
    pub(crate) tenant: Arc<Tenant>,
    pub(crate) apps: Vec<AppConfig>,
    pub(crate) token_ttl: Duration,
    pub(crate) clock: Clock,
    pub(crate) faults: Faults,
    pub(crate) access_log: bool,
    pub(crate) examples_only: bool,
    /// Every endpoint served: the SDK's, then those a user's crate added.
    pub(crate) endpoints: Vec<&'static EndpointEntry>,
    /// Attendance groups and shifts, changed by the write methods.
    pub(crate) attendance: Attendance,
    tokens: Mutex<Tokens>,
    rate: Mutex<RateState>,
    seq: AtomicU64,
    journal: Mutex<VecDeque<RequestRecord>>,
    shutdown: watch::Receiver<bool>,
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shared")
            .field("tenant", &self.tenant)
            .field("apps", &self.apps.len())
            .finish_non_exhaustive()
    }
}

/// How the emulator is set up, as [`super::EmulatorBuilder`] hands it over.
pub(crate) struct Setup {
    pub(crate) tenant: Arc<Tenant>,
    pub(crate) apps: Vec<AppConfig>,
    pub(crate) token_ttl: Duration,
    pub(crate) frozen_clock: bool,
    pub(crate) rate_limiting: RateLimiting,
    pub(crate) access_log: bool,
    pub(crate) examples_only: bool,
    pub(crate) seed: u64,
    pub(crate) endpoints: Vec<&'static EndpointEntry>,
}

impl Shared {
    pub(crate) fn new(setup: Setup, shutdown: watch::Receiver<bool>) -> Self {
        let attendance = Attendance::seeded(setup.seed, &setup.tenant);
        Shared {
            tenant: setup.tenant,
            apps: setup.apps,
            token_ttl: setup.token_ttl,
            clock: Clock::new(setup.frozen_clock),
            faults: Faults::new(setup.seed),
            access_log: setup.access_log,
            examples_only: setup.examples_only,
            endpoints: setup.endpoints,
            attendance,
            tokens: Mutex::new(Tokens {
                by_token: HashMap::new(),
                current: HashMap::new(),
                rng: Rng::derive(setup.seed, 0x746f_6b65, 0),
            }),
            rate: Mutex::new(RateState {
                mode: setup.rate_limiting,
                windows: HashMap::new(),
            }),
            seq: AtomicU64::new(0),
            journal: Mutex::new(VecDeque::new()),
            shutdown,
        }
    }

    pub(crate) fn revoke_tokens(&self) {
        let mut tokens = lock(&self.tokens);
        for entry in tokens.by_token.values_mut() {
            entry.revoked = true;
        }
        tokens.current.clear();
    }

    pub(crate) fn set_rate_limiting(&self, mode: RateLimiting) {
        let mut rate = lock(&self.rate);
        rate.mode = mode;
        rate.windows.clear();
    }

    pub(crate) fn requests(&self) -> Vec<RequestRecord> {
        lock(&self.journal).iter().cloned().collect()
    }

    pub(crate) fn request_count(&self) -> u64 {
        self.seq.load(Ordering::SeqCst)
    }

    /// A token for `app`: the current one while at least the reissue window remains, a new
    /// one otherwise. Returns the token and its remaining lifetime in whole seconds.
    pub(crate) fn issue_token(&self, app: usize, kind: TokenType) -> (String, u64) {
        let now = self.clock.now();
        let window = (self.token_ttl / 4).min(Duration::from_secs(30 * 60));
        let mut tokens = lock(&self.tokens);
        if kind != TokenType::User
            && let Some(current) = tokens.current.get(&(app, kind))
            && let Some(entry) = tokens.by_token.get(current)
        {
            let remaining = entry.expires_at.saturating_sub(now);
            if !entry.revoked && remaining >= window {
                return (current.clone(), remaining.as_secs());
            }
        }
        let prefix = match kind {
            TokenType::Tenant => "t",
            TokenType::App => "a",
            TokenType::User => "u",
        };
        let token = loop {
            let candidate = format!(
                "{prefix}-{:016x}{:016x}{:08x}",
                tokens.rng.next_u64(),
                tokens.rng.next_u64(),
                tokens.rng.next_u32()
            );
            if !tokens.by_token.contains_key(&candidate) {
                break candidate;
            }
        };
        tokens.by_token.insert(
            token.clone(),
            TokenEntry {
                app,
                kind,
                expires_at: now + self.token_ttl,
                revoked: false,
            },
        );
        if kind != TokenType::User {
            tokens.current.insert((app, kind), token.clone());
        }
        (token, self.token_ttl.as_secs())
    }

    /// The app a request's access token belongs to; the token must be of a kind the endpoint
    /// accepts (a tenant token on a user-only endpoint is answered like an invalid one).
    fn authenticate(&self, headers: &HeaderMap, accepted: &[TokenType]) -> Result<usize, ApiError> {
        let token = headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let Some(token) = token else {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                codes::MISSING_TOKEN,
                codes::MISSING_TOKEN_MSG,
            ));
        };
        let tokens = lock(&self.tokens);
        match tokens.by_token.get(token) {
            None => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                codes::INVALID_TOKEN,
                codes::INVALID_TOKEN_MSG,
            )),
            Some(entry) if entry.revoked => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                codes::INVALID_TOKEN,
                codes::INVALID_TOKEN_MSG,
            )),
            Some(entry) if self.clock.now() >= entry.expires_at => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                codes::EXPIRED_TOKEN,
                codes::EXPIRED_TOKEN_MSG,
            )),
            Some(entry) if !accepted.contains(&entry.kind) => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                codes::INVALID_TOKEN,
                codes::INVALID_TOKEN_MSG,
            )),
            Some(entry) => Ok(entry.app),
        }
    }

    /// Counts a call of `endpoint` by `app` against the rate limit in force.
    fn check_rate(&self, app: usize, endpoint: usize, info: &EndpointInfo) -> Result<(), ApiError> {
        let now = self.clock.now();
        let mut rate = lock(&self.rate);
        let limit = match rate.mode {
            RateLimiting::Off => return Ok(()),
            RateLimiting::Spec => match info.rate_limit_per_second {
                Some(limit) => limit,
                None => return Ok(()),
            },
            RateLimiting::PerSecond(limit) => limit,
        };
        let window = rate.windows.entry((app, endpoint)).or_default();
        while window
            .front()
            .is_some_and(|&t| t + Duration::from_secs(1) <= now)
        {
            window.pop_front();
        }
        if window.len() >= limit as usize {
            let oldest = window.front().copied().unwrap_or(now);
            let wait = (oldest + Duration::from_secs(1)).saturating_sub(now);
            let reset = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            return Err(rate_limited(limit, reset.max(1)));
        }
        window.push_back(now);
        Ok(())
    }
}

fn rate_limited(limit: u32, reset_secs: u64) -> ApiError {
    let mut error = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        codes::RATE_LIMITED,
        codes::RATE_LIMITED_MSG,
    );
    error
        .headers
        .push(("x-ogw-ratelimit-limit", limit.to_string()));
    error
        .headers
        .push(("x-ogw-ratelimit-reset", reset_secs.to_string()));
    error
}

/// A Feishu error answer: HTTP status, `code`, `msg`, and extra members of the `error` object.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) code: i64,
    pub(crate) msg: String,
    pub(crate) details: Map<String, Value>,
    pub(crate) headers: Vec<(&'static str, String)>,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, code: i64, msg: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            msg: msg.into(),
            details: Map::new(),
            headers: Vec::new(),
        }
    }

    /// Error `code` of `info`'s documented table, with the table's HTTP status (400 when the
    /// table does not list it).
    pub(crate) fn spec(info: &EndpointInfo, code: i64, msg: impl Into<String>) -> Self {
        let status = info
            .error(code)
            .and_then(|e| StatusCode::from_u16(e.http_status).ok())
            .unwrap_or(StatusCode::BAD_REQUEST);
        ApiError::new(status, code, msg)
    }

    /// The endpoint's parameter-invalid error (the spec's `ParamInvalid` row, or the platform's
    /// generic 99992402 when the spec has none).
    pub(crate) fn param_invalid(info: &EndpointInfo, msg: impl Into<String>) -> Self {
        match info.errors.iter().find(|e| e.name == "ParamInvalid") {
            Some(row) => ApiError::spec(info, row.code, msg),
            None => ApiError::new(StatusCode::BAD_REQUEST, codes::FIELD_VALIDATION_FAILED, msg),
        }
    }

    pub(crate) fn detail(mut self, key: &str, value: Value) -> Self {
        self.details.insert(key.to_owned(), value);
        self
    }

    fn into_response(self, log_id: &str) -> Response<Body> {
        #[derive(serde::Serialize)]
        struct ErrorBody<'a> {
            code: i64,
            msg: &'a str,
            error: ErrorDetail<'a>,
        }
        #[derive(serde::Serialize)]
        struct ErrorDetail<'a> {
            log_id: &'a str,
            #[serde(flatten)]
            details: &'a Map<String, Value>,
            troubleshooter: String,
        }
        let body = ErrorBody {
            code: self.code,
            msg: &self.msg,
            error: ErrorDetail {
                log_id,
                details: &self.details,
                troubleshooter: format!(
                    "排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?code={}&log_id={log_id}",
                    self.code
                ),
            },
        };
        let mut response =
            json_response(self.status, serde_json::to_vec(&body).unwrap_or_default());
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(name, value);
            }
        }
        response
    }
}

fn json_response(status: StatusCode, bytes: impl Into<Body>) -> Response<Body> {
    let mut response = Response::new(bytes.into());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    response
}

/// Per-request facts the pipeline hands to the router's handlers.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    pub(crate) log_id: String,
    pub(crate) unknown_enums: bool,
}

/// One decoded request, as a hand-written behaviour sees it.
pub(crate) struct Call<'a> {
    pub(crate) shared: &'a Shared,
    pub(crate) ctx: &'a Ctx,
    pub(crate) query: &'a str,
    pub(crate) path_params: &'a [(&'a str, &'a str)],
    pub(crate) body: &'a [u8],
}

/// A hand-written data behaviour: the JSON text of a successful answer's `data` (encoded from
/// the generated response type, so its members keep the spec's order), or an error answer.
pub(crate) type Behaviour = fn(&Call<'_>) -> Result<String, ApiError>;

fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    remedy::behaviour(info)
        .or_else(|| attendance::behaviour(info))
        .or_else(|| flows::behaviour(info))
        .or_else(|| tasks::behaviour(info))
        .or_else(|| approvals::behaviour(info))
        .or_else(|| schedules::behaviour(info))
}

// ---------------------------------------------------------------------------------------------
// Routing
// ---------------------------------------------------------------------------------------------

fn method_filter(method: HttpMethod) -> MethodFilter {
    match method {
        HttpMethod::Get => MethodFilter::GET,
        HttpMethod::Post => MethodFilter::POST,
        HttpMethod::Put => MethodFilter::PUT,
        HttpMethod::Patch => MethodFilter::PATCH,
        HttpMethod::Delete => MethodFilter::DELETE,
    }
}

/// `/a/:id/b` → `/a/{id}/b`.
fn axum_path(template: &str) -> String {
    template
        .split('/')
        .map(|segment| match segment.strip_prefix(':') {
            Some(name) => format!("{{{name}}}"),
            None => segment.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The path parameters of `path` under `template`, percent-decoded; `None` if it does not match.
fn match_template(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    if t.len() != p.len() {
        return None;
    }
    let mut params = Vec::new();
    for (ts, ps) in t.iter().zip(&p) {
        match ts.strip_prefix(':') {
            Some(name) => params.push((name.to_owned(), percent_decode(ps))),
            None if ts == ps => {}
            None => return None,
        }
    }
    Some(params)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The SDK's endpoints followed by `extra` registries, without a second endpoint for a method
/// and path already listed.
pub(crate) fn registry(extra: &[&'static [EndpointEntry]]) -> Vec<&'static EndpointEntry> {
    let mut out: Vec<&'static EndpointEntry> = Vec::new();
    for entry in feishu_api::REGISTRIES
        .iter()
        .chain(extra)
        .flat_map(|r| r.iter())
    {
        let taken = out.iter().any(|e| {
            e.info.http_method == entry.info.http_method && e.info.path == entry.info.path
        });
        if !taken {
            out.push(entry);
        }
    }
    out
}

/// The spec endpoint a request is for, by method and path template.
fn find_endpoint(
    endpoints: &[&'static EndpointEntry],
    method: &str,
    path: &str,
) -> Option<(usize, &'static EndpointEntry)> {
    endpoints.iter().copied().enumerate().find(|(_, e)| {
        e.info.http_method.as_str() == method && match_template(e.info.path, path).is_some()
    })
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    let mut by_path: Vec<(String, MethodRouter<Arc<Shared>>)> = Vec::new();
    for (index, entry) in shared.endpoints.iter().enumerate() {
        // The token endpoints have handlers of their own (below).
        if [TOKEN_PATH, APP_TOKEN_PATH].contains(&entry.info.path) {
            continue;
        }
        let handler = move |State(shared): State<Arc<Shared>>,
                            Extension(ctx): Extension<Ctx>,
                            uri: Uri,
                            headers: HeaderMap,
                            body: Bytes| async move {
            handle_endpoint(&shared, &ctx, index, &uri, &headers, &body)
        };
        let path = axum_path(entry.info.path);
        let filter = method_filter(entry.info.http_method);
        match by_path.iter_mut().find(|(p, _)| *p == path) {
            Some((_, methods)) => *methods = std::mem::take(methods).on(filter, handler),
            None => by_path.push((path, axum::routing::on(filter, handler))),
        }
    }
    let mut router = Router::new()
        .route(
            TOKEN_PATH,
            axum::routing::post(|state, ctx, body| {
                handle_token(state, ctx, body, TokenType::Tenant)
            }),
        )
        .route(
            APP_TOKEN_PATH,
            axum::routing::post(|state, ctx, body| handle_token(state, ctx, body, TokenType::App)),
        );
    for (path, methods) in by_path {
        router = router.route(&path, methods);
    }
    router
        .fallback(|| async {
            (
                StatusCode::NOT_FOUND,
                [(CONTENT_TYPE, "text/plain; charset=utf-8")],
                "404 page not found",
            )
        })
        // Uploads: the pipeline already capped the body at MAX_REQUEST_BODY.
        .layer(axum::extract::DefaultBodyLimit::max(MAX_REQUEST_BODY))
        .with_state(shared)
}

async fn handle_token(
    State(shared): State<Arc<Shared>>,
    Extension(ctx): Extension<Ctx>,
    body: Bytes,
    kind: TokenType,
) -> Response<Body> {
    let parsed: Option<Map<String, Value>> = serde_json::from_slice(&body).ok();
    let field = |name: &str| {
        parsed
            .as_ref()
            .and_then(|m| m.get(name))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let (Some(app_id), Some(app_secret)) = (field("app_id"), field("app_secret")) else {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            codes::INVALID_PARAM,
            codes::INVALID_PARAM_MSG,
        )
        .into_response(&ctx.log_id);
    };
    let Some(app) = shared.apps.iter().position(|a| a.app_id == app_id) else {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            codes::INVALID_PARAM,
            codes::INVALID_PARAM_MSG,
        )
        .into_response(&ctx.log_id);
    };
    if shared.apps[app].app_secret != app_secret {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            codes::WRONG_SECRET,
            codes::WRONG_SECRET_MSG,
        )
        .into_response(&ctx.log_id);
    }
    // The app token endpoint also hands out the app's tenant token, as the platform does.
    let body = match kind {
        TokenType::App => {
            let (token, expire) = shared.issue_token(app, TokenType::App);
            let (tenant, _) = shared.issue_token(app, TokenType::Tenant);
            json!({"code": 0, "msg": "ok", "app_access_token": token, "expire": expire, "tenant_access_token": tenant})
        }
        _ => {
            let (token, expire) = shared.issue_token(app, TokenType::Tenant);
            json!({"code": 0, "msg": "ok", "tenant_access_token": token, "expire": expire})
        }
    };
    json_response(StatusCode::OK, body.to_string())
}

fn handle_endpoint(
    shared: &Shared,
    ctx: &Ctx,
    index: usize,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Response<Body> {
    match endpoint_data(shared, ctx, index, uri, headers, body) {
        Ok(Answer::Data(data)) => json_response(
            StatusCode::OK,
            format!(r#"{{"code":0,"msg":"success","data":{data}}}"#),
        ),
        Ok(Answer::Raw(text)) => json_response(StatusCode::OK, text),
        Ok(Answer::File(name, bytes)) => {
            let mut response = Response::new(Body::from(bytes));
            let headers = response.headers_mut();
            headers.insert(
                CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            );
            // RFC 5987, so a name in any script survives.
            let encoded: String = name
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                        char::from(b).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            if let Ok(value) =
                HeaderValue::from_str(&format!("attachment; filename*=UTF-8''{encoded}"))
            {
                headers.insert("content-disposition", value);
            }
            response
        }
        Err(error) => error.into_response(&ctx.log_id),
    }
}

enum Answer {
    /// A file: its name and content.
    File(String, Vec<u8>),
    /// The JSON text of a successful answer's `data`.
    Data(String),
    /// A whole envelope, as the spec's example gives it.
    Raw(&'static str),
}

fn endpoint_data(
    shared: &Shared,
    ctx: &Ctx,
    index: usize,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Answer, ApiError> {
    let entry = shared.endpoints[index];
    let info = entry.info;
    let app = shared.authenticate(headers, info.token_types)?;
    let granted = &shared.apps[app].scopes;
    if let Some(granted) = granted
        && !info.scopes.is_empty()
        && !info.scopes.iter().any(|s| granted.iter().any(|g| g == s))
    {
        let wanted = info.scopes.join(", ");
        let violations: Vec<Value> = info
            .scopes
            .iter()
            .map(|s| json!({ "type": "action_scope_required", "subject": s }))
            .collect();
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            codes::SCOPE_MISSING,
            format!("Access denied. One of the following scopes is required: [{wanted}]."),
        )
        .detail("permission_violations", Value::Array(violations)));
    }
    shared.check_rate(app, index, info)?;
    let query = uri.query().unwrap_or("");
    let params = match_template(info.path, uri.path()).unwrap_or_default();
    let params: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let header_pairs: Vec<(&str, &str)> = headers
        .iter()
        .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)))
        .collect();
    if let Err(violations) = (entry.check_request)(query, &params, &header_pairs, body) {
        let fields: Vec<Value> = violations
            .as_slice()
            .iter()
            .map(|v| json!({ "field": v.path, "description": v.to_string() }))
            .collect();
        return Err(ApiError::param_invalid(info, violations.to_string())
            .detail("field_violations", Value::Array(fields)));
    }
    let call = Call {
        shared,
        ctx,
        query,
        path_params: &params,
        body,
    };
    if info.answer == feishu_api::endpoint::Answer::File {
        let behaviour = attendance::download(info).filter(|_| !shared.examples_only);
        return match behaviour {
            Some(behaviour) => behaviour(&call).map(|(name, bytes)| Answer::File(name, bytes)),
            // No example can stand for a file: an empty one.
            None => Ok(Answer::File("file".to_owned(), Vec::new())),
        };
    }
    match behaviour(info).filter(|_| !shared.examples_only) {
        Some(behaviour) => behaviour(&call).map(Answer::Data),
        None => Ok(match entry.example_response {
            Some(example) => Answer::Raw(example),
            None => Answer::Data("{}".to_owned()),
        }),
    }
}

// ---------------------------------------------------------------------------------------------
// The per-request pipeline and the accept loop
// ---------------------------------------------------------------------------------------------

/// The error that makes hyper close a connection without answering.
#[derive(Debug)]
struct DropConnection;

impl fmt::Display for DropConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl StdError for DropConnection {}

/// A body that sends its bytes, waits a moment (so they reach the peer) and then fails, which
/// makes hyper abort the connection mid-body.
struct AbortingBody {
    data: Option<Bytes>,
    pause: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl HttpBody for AbortingBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if let Some(data) = self.data.take() {
            return Poll::Ready(Some(Ok(Frame::data(data))));
        }
        if let Some(pause) = self.pause.as_mut() {
            if pause.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            self.pause = None;
        }
        Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "body aborted by fault injection",
        ))))
    }
}

const BAD_GATEWAY_HTML: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>open-apis gateway</center>\r\n</body>\r\n</html>\r\n";

async fn pipeline(
    shared: Arc<Shared>,
    router: TowerToHyperService<Router>,
    request: Request<Incoming>,
) -> Result<Response<Body>, DropConnection> {
    let seq = shared.seq.fetch_add(1, Ordering::SeqCst) + 1;
    let log_id = log_id(seq);
    let (parts, incoming) = request.into_parts();
    let body = axum::body::to_bytes(Body::new(incoming), MAX_REQUEST_BODY).await;
    let method = parts.method.as_str().to_owned();
    let path = parts.uri.path().to_owned();
    let mut record = RequestRecord {
        seq,
        log_id: log_id.clone(),
        method: method.clone(),
        path: path.clone(),
        query: parts.uri.query().unwrap_or("").to_owned(),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.as_ref().map(|b| b.to_vec()).unwrap_or_default(),
        status: 0,
        code: None,
        fault: None,
    };
    let Ok(body) = body else {
        let msg = format!(
            "request body unreadable or larger than {} MiB",
            MAX_REQUEST_BODY >> 20
        );
        let bytes =
            Bytes::from(json!({"code": codes::FIELD_VALIDATION_FAILED, "msg": msg}).to_string());
        let response = ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::FIELD_VALIDATION_FAILED,
            msg,
        )
        .into_response(&log_id);
        return Ok(finish(&shared, record, response, bytes, &log_id, None));
    };
    let fault = shared.faults.pick(&method, &path);
    record.fault = fault.as_ref().map(Fault::kind);
    let mut ctx = Ctx {
        log_id: log_id.clone(),
        unknown_enums: false,
    };
    let endpoint = find_endpoint(&shared.endpoints, &method, &path);
    let early: Option<Response<Body>> = match &fault {
        Some(Fault::DropConnection) => {
            record.status = 0;
            log_access(&shared, &record);
            push_journal(&shared, record);
            return Err(DropConnection);
        }
        Some(Fault::Error { status, code, msg }) => Some(
            ApiError::new(
                StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                *code,
                msg.clone(),
            )
            .into_response(&log_id),
        ),
        Some(Fault::SpecError(code)) => {
            let error = match endpoint.and_then(|(_, e)| e.info.error(*code)) {
                Some(row) => ApiError::new(
                    StatusCode::from_u16(row.http_status)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                    row.code,
                    row.message,
                ),
                None => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, *code, "internal error"),
            };
            Some(error.into_response(&log_id))
        }
        Some(Fault::RateLimited { reset_secs }) => {
            let limit = endpoint
                .and_then(|(_, e)| e.info.rate_limit_per_second)
                .unwrap_or(50);
            Some(rate_limited(limit, *reset_secs).into_response(&log_id))
        }
        Some(Fault::BadGatewayHtml) => {
            let mut response = Response::new(Body::from(BAD_GATEWAY_HTML));
            *response.status_mut() = StatusCode::BAD_GATEWAY;
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("text/html"));
            Some(response)
        }
        Some(Fault::Delay(delay)) => {
            let mut shutdown = shared.shutdown.clone();
            tokio::select! {
                () = tokio::time::sleep(*delay) => {}
                () = stopped(&mut shutdown) => {}
            }
            None
        }
        Some(Fault::RevokeTokens) => {
            shared.revoke_tokens();
            None
        }
        Some(Fault::UnknownEnumValues) => {
            ctx.unknown_enums = true;
            None
        }
        _ => None,
    };
    let response = match early {
        Some(response) => response,
        None => {
            let mut request = Request::from_parts(parts, Body::from(body));
            request.extensions_mut().insert(ctx);
            match router.call(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            }
        }
    };
    let (head, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let response = Response::from_parts(head, Body::empty());
    Ok(finish(&shared, record, response, bytes, &log_id, fault))
}

/// Stamps the log id, applies body faults, records the exchange and builds the final response.
fn finish(
    shared: &Shared,
    mut record: RequestRecord,
    response: Response<Body>,
    mut bytes: Bytes,
    log_id: &str,
    fault: Option<Fault>,
) -> Response<Body> {
    let (mut head, _) = response.into_parts();
    let mut parsed: Option<Value> = serde_json::from_slice(&bytes).ok();
    record.code = parsed
        .as_ref()
        .and_then(|v| v.get("code"))
        .and_then(Value::as_i64);
    if fault == Some(Fault::ExtraFields)
        && record.code == Some(0)
        && let Some(body) = parsed.as_mut()
    {
        add_extra_fields(body);
        bytes = Bytes::from(serde_json::to_vec(body).unwrap_or_default());
    }
    if let Ok(value) = HeaderValue::from_str(log_id) {
        head.headers.insert("x-tt-logid", value);
    }
    record.status = head.status.as_u16();
    log_access(shared, &record);
    push_journal(shared, record);
    let full = bytes.len();
    let body = match fault {
        Some(Fault::TruncatedBody) => {
            let cut = bytes.slice(..full / 2);
            head.headers
                .insert(CONTENT_LENGTH, HeaderValue::from(cut.len()));
            Body::from(cut)
        }
        Some(Fault::AbortedBody) => {
            head.headers.insert(CONTENT_LENGTH, HeaderValue::from(full));
            Body::new(AbortingBody {
                data: Some(bytes.slice(..full / 2)),
                pause: Some(Box::pin(tokio::time::sleep(Duration::from_millis(50)))),
            })
        }
        _ => {
            head.headers.insert(CONTENT_LENGTH, HeaderValue::from(full));
            Body::from(bytes)
        }
    };
    Response::from_parts(head, body)
}

fn add_extra_fields(body: &mut Value) {
    let extra = json!({ "since": "v2", "flags": [1, 2] });
    if let Some(envelope) = body.as_object_mut() {
        envelope.insert("emulator_extra".into(), extra.clone());
        if let Some(data) = envelope.get_mut("data").and_then(Value::as_object_mut) {
            data.insert("emulator_extra".into(), extra);
            for value in data.values_mut() {
                if let Some(items) = value.as_array_mut() {
                    for item in items.iter_mut().filter_map(Value::as_object_mut) {
                        item.insert("extra_note".into(), json!("added by a newer server"));
                        item.insert("extra_detail".into(), json!({ "level": 1 }));
                    }
                }
            }
        }
    }
}

fn push_journal(shared: &Shared, record: RequestRecord) {
    let mut journal = lock(&shared.journal);
    if journal.len() == JOURNAL_CAPACITY {
        journal.pop_front();
    }
    journal.push_back(record);
}

fn log_access(shared: &Shared, record: &RequestRecord) {
    if shared.access_log {
        let code = record
            .code
            .map(|c| format!(" code={c}"))
            .unwrap_or_default();
        let fault = record
            .fault
            .map(|f| format!(" fault={f}"))
            .unwrap_or_default();
        let status = if record.status == 0 {
            "dropped".to_owned()
        } else {
            record.status.to_string()
        };
        // A closed stderr must not take the server down: the line is lost, nothing else.
        let _ = writeln!(
            std::io::stderr().lock(),
            "{} {} -> {status}{code} log_id={}{fault}",
            record.method,
            record.path,
            record.log_id
        );
    }
}

/// Resolves once the emulator is told to stop (or its handle is gone).
async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|&stop| stop).await;
}

/// Serves until `shutdown` turns true, then lets in-flight exchanges finish (for at most a few
/// seconds).
pub(crate) async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut shutdown: watch::Receiver<bool>,
) {
    let router = TowerToHyperService::new(router(shared.clone()));
    let graceful = GracefulShutdown::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let shared = shared.clone();
                let router = router.clone();
                let service = hyper::service::service_fn(move |request| pipeline(shared.clone(), router.clone(), request));
                let connection = hyper::server::conn::http1::Builder::new()
                    .timer(TokioTimer::new())
                    // `X-Tt-Logid`, `Content-Type`: header names as the platform writes them.
                    .title_case_headers(true)
                    .serve_connection(TokioIo::new(stream), service);
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    let _ = connection.await;
                });
            }
            () = stopped(&mut shutdown) => break,
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(Duration::from_secs(5)) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_and_decode() {
        assert_eq!(axum_path("/a/:id/b"), "/a/{id}/b");
        assert_eq!(
            match_template("/a/:id/b", "/a/x%20y/b"),
            Some(vec![("id".to_owned(), "x y".to_owned())])
        );
        assert_eq!(match_template("/a/:id/b", "/a/x/c"), None);
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(log_id(1), "20261124000000000000000000000001");
    }
}
