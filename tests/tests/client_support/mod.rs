//! Helpers shared by the `client_*` suites: SDK clients pointed at an emulator with small
//! timeouts and backoffs, remedy queries, the SDK's records in the shape `emulator_support`'s
//! `expected` computes, and views of the emulator's request journal.
#![allow(dead_code)] // each suite uses a different subset

use feishu_api::prelude::*;
use std::time::Duration;

use feishu_api::attendance::v1::user_task_remedy::query::{
    EmployeeType, QueryRequest, QueryResponse, UserTaskRemedy,
};
use feishu_api::time::{DateYmd, UnixSeconds};
use feishu_api::{Client, ClientBuilder, Error, RetryPolicy};
use feishu_emulator::{RequestRecord, RunningEmulator};
use serde_json::{Value, json};

use crate::emulator_support::{QUERY_PATH, TOKEN_PATH, YEAR_FROM, YEAR_TO};

/// The remedy query's endpoint name, as errors and traces give it.
pub const QUERY_ENDPOINT: &str = "attendance.v1.user_task_remedy.query";
/// The token endpoint's name, as errors and traces give it.
pub const TOKEN_ENDPOINT: &str = "auth.v3.tenant_access_token.internal";

/// Three attempts, 10 ms doubling to at most 50 ms, no jitter: retries stay fast and exact.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(50),
        jitter: false,
    }
}

/// A client builder for the emulator's demo app, with [`fast_retry`] and timeouts short enough
/// that a hung test fails in seconds.
pub fn client_builder(emulator: &RunningEmulator) -> ClientBuilder {
    Client::builder()
        .app_credentials(emulator.app_id(), emulator.app_secret())
        .base_url(emulator.url())
        .retry_policy(fast_retry())
        .connect_timeout(Duration::from_secs(2))
        .attempt_timeout(Duration::from_secs(3))
        .overall_timeout(Duration::from_secs(8))
}

/// [`client_builder`], built.
pub fn client(emulator: &RunningEmulator) -> Client {
    client_builder(emulator).build().expect("a client")
}

/// A query for `ids` of id space `kind` over `[from, to]`, status left to the server.
pub fn request(kind: EmployeeType, ids: &[&str], from: i64, to: i64) -> QueryRequest {
    QueryRequest::builder()
        .employee_type(kind)
        .user_ids(ids.iter().copied())
        .check_time_from(UnixSeconds::new(from))
        .check_time_to(UnixSeconds::new(to))
        .build()
}

/// The example employee over the whole seeded year.
pub fn example_request() -> QueryRequest {
    request(EmployeeType::EmployeeId, &["abd754f7"], YEAR_FROM, YEAR_TO)
}

/// Calls the remedy query.
pub async fn query(client: &Client, request: &QueryRequest) -> Result<QueryResponse, Error> {
    client
        .attendance()
        .v1()
        .user_task_remedy()
        .query(request)
        .await
}

/// A record as the SDK decoded it, written out field by field in the shape of
/// `emulator_support::expected` (wire values, times as decimal strings).
pub fn record_json(r: &UserTaskRemedy) -> Value {
    let secs = |t: &Option<UnixSeconds>| t.as_ref().map(ToString::to_string);
    json!({
        "user_id": r.user_id,
        "remedy_date": r.remedy_date.as_ref().and_then(DateYmd::as_u32),
        "punch_no": r.punch_no.map(|p| p.wire_value()),
        "work_type": r.work_type.map(|w| w.wire_value()),
        "approval_id": r.approval_id,
        "remedy_time": r.remedy_time.as_ref().map(|m| m.as_str()),
        "status": r.status.map(|s| s.wire_value()),
        "reason": r.reason,
        "time": secs(&r.time),
        "time_zone": r.time_zone,
        "create_time": secs(&r.create_time),
        "update_time": secs(&r.update_time),
    })
}

/// Every record of a response, through [`record_json`].
pub fn records(response: &QueryResponse) -> Vec<Value> {
    response.user_remedys.iter().map(record_json).collect()
}

/// The journal's exchanges with the token endpoint.
pub fn token_requests(emulator: &RunningEmulator) -> Vec<RequestRecord> {
    by_path(emulator, TOKEN_PATH)
}

/// The journal's exchanges with the remedy query.
pub fn query_requests(emulator: &RunningEmulator) -> Vec<RequestRecord> {
    by_path(emulator, QUERY_PATH)
}

fn by_path(emulator: &RunningEmulator, path: &str) -> Vec<RequestRecord> {
    emulator
        .requests()
        .into_iter()
        .filter(|r| r.path == path)
        .collect()
}

/// What the emulator answered, exchange by exchange: `(status, code, fault kind)`.
pub fn outcomes(records: &[RequestRecord]) -> Vec<(u16, Option<i64>, Option<&'static str>)> {
    records
        .iter()
        .map(|r| (r.status, r.code, r.fault))
        .collect()
}

/// The bearer token an exchange carried.
pub fn bearer(record: &RequestRecord) -> &str {
    record
        .header("authorization")
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_else(|| panic!("request {} carries no bearer token", record.seq))
}

/// The API error of a failed call, or a panic naming what it was instead.
#[track_caller]
pub fn api_error(result: Result<QueryResponse, Error>) -> Box<feishu_api::ApiError> {
    match result {
        Err(Error::Api(api)) => api,
        other => panic!("expected an API error, got {other:?}"),
    }
}
