//! A local emulator of the Feishu Open Platform endpoints [`feishu_api`] speaks: real HTTP on
//! `127.0.0.1`, real wire format, deterministic seeded data, scriptable faults.
//!
//! A crate of its own, so the SDK carries no server code: add it as a dev-dependency
//! (`cargo add --dev feishu-emulator`). It uses the SDK only as a user would: the public
//! endpoint registries ([`feishu_api::REGISTRIES`]) and the generated request and response types.
//! Start one in-process from a test:
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use feishu_api::attendance::v1::user_task_remedy::query::EmployeeType;
//! use feishu_emulator::{Emulator, Fault, FaultRule};
//!
//! let emulator = Emulator::builder().employees(2_000).seed(42).start().await?;
//! println!("{} {} {}", emulator.url(), emulator.app_id(), emulator.app_secret());
//! let some_users = emulator.sample_user_ids(EmployeeType::EmployeeNo);
//! // The next two calls to the remedy query fail with an HTML gateway page.
//! emulator.faults().add(
//!     FaultRule::new(Fault::BadGatewayHtml).path("/open-apis/attendance/*").times(2),
//! );
//! # let _ = some_users;
//! emulator.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! or run the `feishu-emulator` binary (`cargo run -p feishu-emulator -- --port
//! 0`), which prints its URL, the demo app's credentials (as
//! `FEISHU_BASE_URL=…`, `FEISHU_APP_ID=…`, `FEISHU_APP_SECRET=…` lines) and sample user ids.
//!
//! A call of a spec endpoint goes through, in order: authentication, the app's scopes, the
//! rate limit, the spec's validator, then the endpoint's data behaviour. Faults are applied
//! before all of that (or to the answer, for the body faults).
//!
//! # Spec-driven
//! Routes, methods, request decoding and validation, error codes and HTTP statuses come from
//! the spec-generated [`feishu_api::REGISTRIES`]: a request failing the generated validator is answered
//! with the endpoint's `ParamInvalid` code from its spec error table (1220001, HTTP 400, for the
//! remedy query) and a `msg` listing every violation, e.g. `user_ids: at most 50 items, got 51`
//! (also in `error.field_violations`). Only the data behaviour of an endpoint is hand-written
//! (see "The tenant" below); an endpoint without one answers with its spec's example response,
//! as every endpoint does under [`EmulatorBuilder::examples_only`].
//!
//! # Authentication
//! `POST /open-apis/auth/v3/tenant_access_token/internal` with `{"app_id", "app_secret"}` answers
//! `{"code":0,"msg":"ok","tenant_access_token":"t-…","expire":7200}`. As on the real platform,
//! asking again returns the same token with its remaining lifetime while at least the reissue
//! window remains (30 minutes, or a quarter of the configured lifetime if that is shorter), and
//! a new one (the old one staying valid until it expires) once less remains. Failures are
//! answered with HTTP 400 (the emulator's choice where the reference pages name none):
//!
//! | case | code | msg |
//! |---|---|---|
//! | body without `app_id`/`app_secret`, unknown `app_id` | 10003 | `invalid param` |
//! | wrong `app_secret` | 10014 | `app secret invalid` |
//! | no `Authorization: Bearer …` header on an API call | 99991661 | `Missing access token for authorization. …` |
//! | a token never issued, or revoked | 99991663 | `Invalid access token for authorization. …` |
//! | an expired token | 99991677 | `Authentication token expire. …` |
//! | the app lacks every scope the endpoint accepts | 99991672 | `Access denied. One of the following scopes is required: […]` |
//!
//! The expired-token code: the reference pages do not say whether an expired *tenant* token is
//! answered with the platform's token-expired code 99991677 or with the generic 99991663; the
//! emulator uses 99991677 (message as above), which keeps the two cases distinguishable in
//! tests. A client should drop its token and fetch a new one on 99991661, 99991663 and 99991677
//! alike. The token lifetime is configurable
//! ([`EmulatorBuilder::token_ttl`]) and the emulator's clock can be frozen and advanced
//! ([`EmulatorBuilder::frozen_clock`], [`RunningEmulator::advance_clock`]), so expiry is
//! testable without waiting.
//!
//! # Log ids
//! Every response carries an `X-Tt-Logid` header ([`log_id`]: deterministic, from the request's sequence
//! number); error bodies carry the same id in `error.log_id`, with a `troubleshooter` link, as
//! the platform's do: `{"code":…,"msg":"…","error":{"log_id":"…","troubleshooter":"…"}}`.
//!
//! # The remedy query
//! `POST /open-apis/attendance/v1/user_task_remedys/query?employee_type=…` with the real
//! semantics: `employee_type` chooses the id space of `user_ids` and of each returned
//! `user_id`; unknown ids (including ids of the other space) fail the call with 1220004
//! (`user_id is not exist or does not have permission`); records are filtered by user and by
//! the window `check_time_from <= time <= check_time_to` (PeriodTime); `status` absent means
//! 2 (approved); `CreateTime`/`UpdateTime`, documented as not supported yet, answer the spec's
//! general error 1220600 (HTTP 400) saying so; an undocumented `employee_type`, `status` or
//! `check_date_type` is 1220001 (`… invalid`). The envelope is
//! `{"code":0,"msg":"success","data":{"user_remedys":[…]}}`.
//!
//! # The tenant
//! One attendance system, generated from the seed ([`Tenant`]): 2,000 employees by default,
//! each with an employee id (8 hex digits; the first employee has the reference page's example
//! id `abd754f7`), an employee number (`E00001`…) and a name, in one of twelve attendance groups
//! ([`GROUPS`]) spread over five time zones ([`TIME_ZONES`]) and five shift patterns ([`Shift`]:
//! one, two or three on/off pairs, a night shift across midnight, a free shift). Groups work
//! Monday to Friday and rest at weekends.
//!
//! Each employee's day is a pure function of `(seed, employee, date)`, computed when asked
//! for: the punches the shift wants, what the employee did (on time, 16–50 minutes late or
//! early, missing, punched out of range, punched twice), a whole day of leave or business trip
//! now and then, overtime after some shifts, and for about half the missing punches a remedy
//! request in any status. Same seed, same data; a smaller tenant is a prefix of a larger one.
//!
//! Every read is derived from those days and from every write made through the API, never
//! stored, so the reads agree:
//! - punch records (`user_flow` query and get): the punches, the records of approved
//!   remedies (type 2, at the remedied time), imported records (type 7), less deleted ones;
//! - punch results (`user_task` query): each scheduled punch matched with the records in its
//!   window and judged by the shift's tolerances (late after 15 minutes, missing after 60; the
//!   same for early); a punch without a record is excused by an approved leave, trip or outing
//!   covering it (`NoNeedCheck`), shown as awaiting a pending remedy, or missing (`Lack`); a
//!   remedied punch is `Normal` with supplement `CardReplacement`, a field punch `FieldPunch`;
//! - remedies (`user_task_remedy` query), with status changes made through `approval_info`;
//! - approvals (`user_approval` query): the seeded leave, trips and overtime and those written;
//! - schedules (`user_daily_shift` query): the group's shift, or an assignment written;
//! - the punches that may still be remedied (`query_user_allowed_remedys`): the missing, late
//!   and early ones without a pending remedy;
//! - group members (`group.list_user`), face keys (`user_setting`), groups and shifts.
//!
//! Writes are seen by the next reads: an imported punch counts in the results, a deleted one
//! no longer does; a created remedy is pending until `approval_info.process` approves it (then
//! the punch is remedied) or rejects it; a written leave excuses the punches it covers until it
//! is withdrawn; a written schedule changes what the results expect; created, updated and
//! deleted groups and shifts show in their lists. The tenant's statistics methods, the archive
//! rules and the leave methods answer their spec's example.
//!
//! # Rate limits
//! Each app's calls of each endpoint are limited to the spec's `rate_limit_per_second` (50/s
//! for the remedy query) over a sliding one-second window: over it, HTTP 429, code 99991400,
//! msg `request trigger frequency limit`, headers `x-ogw-ratelimit-limit` (the limit) and
//! `x-ogw-ratelimit-reset` (whole seconds until a call is admitted again). Refused calls do not
//! count. See [`RateLimiting`] to turn it off or change it. The token endpoint is not limited.
//!
//! # Faults
//! [`RunningEmulator::faults`] scripts [`Fault`]s per request pattern: error answers (5xx with a
//! Feishu JSON body, or any code of the spec's table), 429 bursts, token revocation mid-run,
//! delays, dropped connections, truncated and aborted bodies, HTML 502 pages, unknown enum
//! values and extra fields. [`RunningEmulator::requests`] shows what arrived and what was
//! answered.

// Answers are built from `Default` and filled field by field: the generated types are
// `#[non_exhaustive]`, and this crate builds them from outside the SDK, as any user would.
#![allow(clippy::field_reassign_with_default)]

mod approvals;
mod attendance;
mod data;
mod days;
mod faults;
mod flows;
mod remedy;
mod reply;
mod rng;
mod schedules;
mod server;
mod tasks;
mod world;

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use data::{
    EXAMPLE_EMPLOYEE_ID, Employee, GROUPS, GroupPlan, RemedyRecord, Shift, ShiftPunch, TIME_ZONES,
    Tenant, YEARS,
};
pub use faults::{Fault, FaultId, FaultRule, Faults};
pub use server::{APP_TOKEN_PATH, TOKEN_PATH, log_id};

use feishu_api::attendance::v1::user_task_remedy::query::EmployeeType;
use feishu_api::endpoint::EndpointEntry;
use rng::Rng;
use server::{Setup, Shared};

/// The response codes the emulator answers with outside the endpoints' own error tables.
pub mod codes {
    /// Token endpoint: a required field is missing, or the app id is unknown.
    pub const INVALID_PARAM: i64 = 10003;
    /// `msg` of [`INVALID_PARAM`].
    pub const INVALID_PARAM_MSG: &str = "invalid param";
    /// Token endpoint: the app secret does not match the app id.
    pub const WRONG_SECRET: i64 = 10014;
    /// `msg` of [`WRONG_SECRET`].
    pub const WRONG_SECRET_MSG: &str = "app secret invalid";
    /// An API call without a tenant access token.
    pub const MISSING_TOKEN: i64 = 99991661;
    /// `msg` of [`MISSING_TOKEN`].
    pub const MISSING_TOKEN_MSG: &str =
        "Missing access token for authorization. Please make a request with token attached.";
    /// An API call with a token that was never issued, or was revoked.
    pub const INVALID_TOKEN: i64 = 99991663;
    /// `msg` of [`INVALID_TOKEN`].
    pub const INVALID_TOKEN_MSG: &str =
        "Invalid access token for authorization. Please make a request with token attached.";
    /// An API call with an expired token.
    pub const EXPIRED_TOKEN: i64 = 99991677;
    /// `msg` of [`EXPIRED_TOKEN`].
    pub const EXPIRED_TOKEN_MSG: &str =
        "Authentication token expire. Please refresh your access token.";
    /// The app has none of the scopes the endpoint accepts.
    pub const SCOPE_MISSING: i64 = 99991672;
    /// Too many calls (HTTP 429).
    pub const RATE_LIMITED: i64 = 99991400;
    /// `msg` of [`RATE_LIMITED`].
    pub const RATE_LIMITED_MSG: &str = "request trigger frequency limit";
    /// Request validation failed on an endpoint whose spec has no `ParamInvalid` code.
    pub const FIELD_VALIDATION_FAILED: i64 = 99992402;
}

/// The default tenant size.
pub const DEFAULT_EMPLOYEES: usize = 2_000;
/// The default seed.
pub const DEFAULT_SEED: u64 = 42;
/// The default year of the remedy records.
pub const DEFAULT_YEAR: i16 = 2025;
/// The default tenant access token lifetime (two hours, as on the platform).
pub const DEFAULT_TOKEN_TTL: Duration = Duration::from_secs(7_200);

/// An app the emulator knows: credentials and granted scopes.
#[derive(Clone, PartialEq, Eq)]
pub struct AppConfig {
    app_id: String,
    app_secret: String,
    scopes: Option<Vec<String>>,
}

impl fmt::Debug for AppConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppConfig")
            .field("app_id", &self.app_id)
            .field("app_secret", &"<redacted>")
            .field("scopes", &self.scopes)
            .finish()
    }
}

impl AppConfig {
    /// A self-built app with these credentials, granted every scope.
    pub fn new(app_id: impl Into<String>, app_secret: impl Into<String>) -> Self {
        AppConfig {
            app_id: app_id.into(),
            app_secret: app_secret.into(),
            scopes: None,
        }
    }

    /// Grants only these scopes (calls of endpoints needing others fail with 99991672).
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    /// The app id.
    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// The app secret.
    pub fn app_secret(&self) -> &str {
        &self.app_secret
    }

    /// The demo app of a seed: `cli_` and 16 hex digits, and a 32-character secret.
    fn demo(seed: u64) -> Self {
        let mut rng = Rng::derive(seed, 0x6170_7073, 0);
        let app_id = format!("cli_{:016x}", rng.next_u64());
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let app_secret = (0..32)
            .map(|_| char::from(rng.pick(ALPHABET)))
            .collect::<String>();
        AppConfig::new(app_id, app_secret)
    }
}

/// How the emulator enforces rate limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RateLimiting {
    /// Each endpoint's `rate_limit_per_second` from its spec, per app (the default).
    #[default]
    Spec,
    /// No limit.
    Off,
    /// This many calls per second per app and endpoint, whatever the spec says.
    PerSecond(u32),
}

/// One exchange the emulator saw, as [`RunningEmulator::requests`] lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestRecord {
    /// The request's sequence number (from 1).
    pub seq: u64,
    /// The log id it was answered with.
    pub log_id: String,
    /// The HTTP method.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The raw query string (without `?`).
    pub query: String,
    /// The request headers, names lowercase, in arrival order.
    pub headers: Vec<(String, String)>,
    /// The request body.
    pub body: Vec<u8>,
    /// The HTTP status answered; 0 when the connection was dropped without an answer.
    pub status: u16,
    /// The `code` of a JSON answer.
    pub code: Option<i64>,
    /// The kind of fault injected ([`Fault::kind`]), if any.
    pub fault: Option<&'static str>,
}

impl RequestRecord {
    /// The first value of a request header (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The emulator: start one with [`Emulator::builder`] (or [`Emulator::start`] for the defaults).
#[derive(Debug)]
pub struct Emulator(());

impl Emulator {
    /// A builder with the defaults: 2,000 employees, seed 42, year 2025, port 0 (any free
    /// port), the seed's demo app, two-hour tokens, the spec's rate limits, the real clock.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder {
            employees: DEFAULT_EMPLOYEES,
            seed: DEFAULT_SEED,
            year: DEFAULT_YEAR,
            tenant: None,
            port: 0,
            app: None,
            extra_apps: Vec::new(),
            token_ttl: DEFAULT_TOKEN_TTL,
            rate_limiting: RateLimiting::Spec,
            frozen_clock: false,
            access_log: false,
            examples_only: false,
            extra_endpoints: Vec::new(),
        }
    }

    /// Starts an emulator with the defaults.
    pub async fn start() -> io::Result<RunningEmulator> {
        Emulator::builder().start().await
    }
}

/// Configures and starts an emulator.
#[derive(Debug, Clone)]
#[must_use = "call `.start().await` to run the emulator"]
pub struct EmulatorBuilder {
    employees: usize,
    seed: u64,
    year: i16,
    tenant: Option<Arc<Tenant>>,
    port: u16,
    app: Option<AppConfig>,
    extra_apps: Vec<AppConfig>,
    token_ttl: Duration,
    rate_limiting: RateLimiting,
    frozen_clock: bool,
    access_log: bool,
    examples_only: bool,
    extra_endpoints: Vec<&'static [EndpointEntry]>,
}

impl EmulatorBuilder {
    /// Also serves these endpoints: the `ENDPOINTS` registry a user's crate expands from its
    /// own specs (`generate_api!(…, extension_trait = …)`). They are authenticated, rate
    /// limited and validated by their own generated validators like the SDK's own, and answered
    /// with their spec's example response. An endpoint whose method and path the emulator
    /// already serves keeps the first definition.
    pub fn endpoints(mut self, registry: &'static [EndpointEntry]) -> Self {
        self.extra_endpoints.push(registry);
        self
    }

    /// The number of employees of the generated tenant (default 2,000).
    pub fn employees(mut self, employees: usize) -> Self {
        self.employees = employees;
        self
    }

    /// The seed of the generated tenant, of the demo app's credentials, of tokens and of
    /// probabilistic faults (default 42).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The year the remedy records are dated in (default 2025; must be in [`YEARS`]).
    pub fn year(mut self, year: i16) -> Self {
        self.year = year;
        self
    }

    /// Serves this tenant instead of generating one (the employee count and year settings are
    /// then ignored): lets many emulators share one generated tenant.
    pub fn tenant(mut self, tenant: Arc<Tenant>) -> Self {
        self.tenant = Some(tenant);
        self
    }

    /// The port to listen on, on 127.0.0.1 (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Replaces the seed's demo app (see [`RunningEmulator::app_id`]).
    pub fn app(mut self, app: AppConfig) -> Self {
        self.app = Some(app);
        self
    }

    /// Adds another app; each app has its own tokens and rate limit budget.
    pub fn extra_app(mut self, app: AppConfig) -> Self {
        self.extra_apps.push(app);
        self
    }

    /// The lifetime of tenant access tokens (default two hours; whole seconds).
    pub fn token_ttl(mut self, ttl: Duration) -> Self {
        self.token_ttl = ttl;
        self
    }

    /// How rate limits are enforced (default: the spec's).
    pub fn rate_limiting(mut self, rate_limiting: RateLimiting) -> Self {
        self.rate_limiting = rate_limiting;
        self
    }

    /// Freezes the emulator's clock: token expiry and rate-limit windows then move only with
    /// [`RunningEmulator::advance_clock`], which makes tests of both exact.
    pub fn frozen_clock(mut self, frozen: bool) -> Self {
        self.frozen_clock = frozen;
        self
    }

    /// Writes one line per exchange to standard error (the binary turns this on).
    pub fn access_log(mut self, on: bool) -> Self {
        self.access_log = on;
        self
    }

    /// Answers every endpoint with its spec's example response (after authentication, rate
    /// limiting and validation), ignoring hand-written data behaviour.
    pub fn examples_only(mut self, on: bool) -> Self {
        self.examples_only = on;
        self
    }

    /// Generates the tenant (unless one was given), binds 127.0.0.1 and starts serving on the
    /// current Tokio runtime.
    ///
    /// # Errors
    /// `InvalidInput` for a year outside [`YEARS`], a token lifetime under one second or two
    /// apps with the same id; otherwise whatever binding the port fails with.
    pub async fn start(self) -> io::Result<RunningEmulator> {
        let invalid = |msg: String| io::Error::new(io::ErrorKind::InvalidInput, msg);
        if self.tenant.is_none() && !YEARS.contains(&self.year) {
            return Err(invalid(format!("year {} is outside {YEARS:?}", self.year)));
        }
        if self.token_ttl < Duration::from_secs(1) {
            return Err(invalid(
                "the token lifetime must be at least one second".to_owned(),
            ));
        }
        let mut apps = vec![self.app.unwrap_or_else(|| AppConfig::demo(self.seed))];
        apps.extend(self.extra_apps);
        for (i, app) in apps.iter().enumerate() {
            if apps[..i].iter().any(|a| a.app_id == app.app_id) {
                return Err(invalid(format!(
                    "app id {} is configured twice",
                    app.app_id
                )));
            }
        }
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, self.port)).await?;
        let addr = listener.local_addr()?;
        let tenant = match self.tenant {
            Some(tenant) => tenant,
            None => Arc::new(Tenant::generate(self.employees, self.seed, self.year)),
        };
        let (stop, stopped) = watch::channel(false);
        let setup = Setup {
            tenant,
            apps,
            token_ttl: Duration::from_secs(self.token_ttl.as_secs()),
            frozen_clock: self.frozen_clock,
            rate_limiting: self.rate_limiting,
            access_log: self.access_log,
            examples_only: self.examples_only,
            seed: self.seed,
            endpoints: server::registry(&self.extra_endpoints),
        };
        let shared = Arc::new(Shared::new(setup, stopped.clone()));
        let task = tokio::spawn(server::serve(listener, shared.clone(), stopped));
        Ok(RunningEmulator {
            shared,
            addr,
            url: format!("http://{addr}"),
            stop,
            task: Some(task),
        })
    }
}

/// A running emulator. Dropping it stops the server (in-flight exchanges finish in the
/// background); [`shutdown`](Self::shutdown) also waits for that.
pub struct RunningEmulator {
    shared: Arc<Shared>,
    addr: SocketAddr,
    url: String,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl fmt::Debug for RunningEmulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RunningEmulator")
            .field("url", &self.url)
            .field("app_id", &self.app_id())
            .field("tenant", &self.shared.tenant)
            .finish_non_exhaustive()
    }
}

impl RunningEmulator {
    /// The base URL, `http://127.0.0.1:PORT` (no trailing slash).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The demo app's id (`cli_…`).
    pub fn app_id(&self) -> &str {
        &self.shared.apps[0].app_id
    }

    /// The demo app's secret.
    pub fn app_secret(&self) -> &str {
        &self.shared.apps[0].app_secret
    }

    /// Every app it knows, the demo app first.
    pub fn apps(&self) -> &[AppConfig] {
        &self.shared.apps
    }

    /// The tenant it serves.
    pub fn tenant(&self) -> &Tenant {
        &self.shared.tenant
    }

    /// Five ids, in the given id space, of employees with approved remedies in several time
    /// zones (empty for an id space the emulator does not know).
    pub fn sample_user_ids(&self, kind: EmployeeType) -> Vec<String> {
        self.shared.tenant.sample_user_ids(&kind, 5)
    }

    /// Issues a user access token for the demo app, as the OAuth flow would after a user signs
    /// in: accepted by endpoints whose spec lists `user` tokens, valid for the token lifetime.
    pub fn user_access_token(&self) -> String {
        self.shared
            .issue_token(0, feishu_api::endpoint::TokenType::User)
            .0
    }

    /// The names of the attendance shifts it holds now, in list order (seeded ones first, then
    /// those created through the API).
    pub fn shift_names(&self) -> Vec<String> {
        self.shared.attendance.shift_names()
    }

    /// The fault rules, to add and remove faults while it runs.
    pub fn faults(&self) -> &Faults {
        &self.shared.faults
    }

    /// Revokes every tenant access token issued so far, now.
    pub fn revoke_tokens(&self) {
        self.shared.revoke_tokens();
    }

    /// Moves the emulator's clock forward (token expiry, rate-limit windows).
    pub fn advance_clock(&self, by: Duration) {
        self.shared.clock.advance(by);
    }

    /// Changes how rate limits are enforced, starting afresh.
    pub fn set_rate_limiting(&self, rate_limiting: RateLimiting) {
        self.shared.set_rate_limiting(rate_limiting);
    }

    /// The exchanges seen so far, oldest first (the last 10,000).
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.requests()
    }

    /// How many requests have arrived (including dropped ones).
    pub fn request_count(&self) -> u64 {
        self.shared.request_count()
    }

    /// Stops accepting connections and waits (a few seconds at most) for in-flight exchanges.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}
