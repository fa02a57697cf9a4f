//! What the generated SDK costs next to a hand-written client doing the same work.
//!
//! Each group runs the SDK path and a `baseline` side by side: plain `#[derive(Serialize)]` /
//! `#[derive(Deserialize)]` structs and bare reqwest, i.e. what a hand-copied client would do
//! without validation, typed enums with `Unknown` values, tolerant decoding, token cache,
//! limiter or retries. Run with `scripts/bench.sh` (see BENCHMARKS.md).
#![allow(missing_docs)]

use feishu_api::prelude::*;
use std::sync::Arc;

use divan::{Bencher, black_box};
use feishu_api::Endpoint;
use feishu_api::attendance::v1::user_task_remedy::query::{
    EmployeeType, QueryRequest, QueryResponse, RemedyStatus,
};
use feishu_api::time::UnixSeconds;
use feishu_emulator::{Emulator, RateLimiting, RunningEmulator, Tenant};
use serde::{Deserialize, Serialize};

/// Counts allocations, so each benchmark reports its memory traffic beside its time.
#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

const FROM: i64 = 1_735_603_200; // 2024-12-31T00:00:00Z
const TO: i64 = 1_767_312_000; // 2026-01-02T00:00:00Z

fn user_ids(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| format!("{:08x}", 0xabd7_54f7u64 + i as u64))
        .collect()
}

/// The request a hand-written client would send.
#[derive(Serialize)]
struct PlainRequest<'a> {
    user_ids: &'a [String],
    check_time_from: String,
    check_time_to: String,
    status: i32,
}

/// The records a hand-written client would decode: plain strings and integers.
#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainRecord {
    user_id: String,
    remedy_date: i64,
    punch_no: i64,
    work_type: i64,
    approval_id: String,
    remedy_time: String,
    status: i64,
    reason: String,
    time: String,
    time_zone: String,
    create_time: String,
    update_time: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainData {
    user_remedys: Vec<PlainRecord>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainEnvelope {
    code: i64,
    msg: String,
    data: Option<PlainData>,
}

/// Builds, validates and encodes a 50-user request (the documented maximum).
mod encode_request {
    use super::*;

    #[divan::bench]
    fn sdk(bencher: Bencher) {
        // The ids are made outside the timed part: a caller hands its own Vec over.
        bencher
            .with_inputs(|| user_ids(50))
            .bench_local_values(|ids| {
                let request = QueryRequest::builder()
                    .employee_type(EmployeeType::EmployeeId)
                    .user_ids(black_box(ids))
                    .check_time_from(UnixSeconds::new(FROM))
                    .check_time_to(UnixSeconds::new(TO))
                    .status(RemedyStatus::Approved)
                    .build();
                request.validate().expect("valid");
                let body = request.body().expect("encodable").expect("a body");
                (request.query(), body)
            });
    }

    #[divan::bench]
    fn baseline(bencher: Bencher) {
        bencher
            .with_inputs(|| user_ids(50))
            .bench_local_values(|ids| {
                let request = PlainRequest {
                    user_ids: black_box(&ids),
                    check_time_from: FROM.to_string(),
                    check_time_to: TO.to_string(),
                    status: 2,
                };
                (
                    vec![("employee_type", "employee_id".to_owned())],
                    serde_json::to_vec(&request).expect("encodable"),
                )
            });
    }
}

/// A response body of 1,000 remedy records, as the emulator's tenant would answer.
fn response_body(records: usize) -> String {
    let tenant = Tenant::generate(200, 42, 2025);
    let kind = EmployeeType::EmployeeId;
    let wire: Vec<_> = tenant
        .records()
        .iter()
        .take(records)
        .map(|r| {
            let employee = &tenant.employees()[r.employee_index()];
            r.to_wire(employee.id(&kind).unwrap_or_default())
        })
        .collect();
    serde_json::json!({"code": 0, "msg": "success", "data": {"user_remedys": wire}}).to_string()
}

/// Decodes the `data` of a 1,000-record answer into typed records.
mod decode_response {
    use super::*;

    #[divan::bench]
    fn sdk(bencher: Bencher) {
        let body = response_body(1_000);
        let envelope: serde_json::Value = serde_json::from_str(&body).expect("json");
        let data = envelope["data"].to_string();
        bencher.bench_local(|| {
            let decoded: QueryResponse = serde_json::from_str(black_box(&data)).expect("decodes");
            assert_eq!(decoded.user_remedys.len(), 1_000);
        });
    }

    #[divan::bench]
    fn baseline(bencher: Bencher) {
        let body = response_body(1_000);
        let envelope: serde_json::Value = serde_json::from_str(&body).expect("json");
        let data = envelope["data"].to_string();
        bencher.bench_local(|| {
            let decoded: PlainData = serde_json::from_str(black_box(&data)).expect("decodes");
            assert_eq!(decoded.user_remedys.len(), 1_000);
        });
    }
}

struct Loopback {
    runtime: tokio::runtime::Runtime,
    emulator: RunningEmulator,
}

fn loopback() -> Loopback {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    let emulator = runtime.block_on(async {
        Emulator::builder()
            .tenant(Arc::new(Tenant::generate(200, 42, 2025)))
            .rate_limiting(RateLimiting::Off)
            .start()
            .await
            .expect("the emulator starts")
    });
    Loopback { runtime, emulator }
}

/// One whole call of the remedy query over loopback to the emulator (5 users, a year).
mod call_over_loopback {
    use super::*;

    #[divan::bench(sample_count = 200)]
    fn sdk(bencher: Bencher) {
        let Loopback { runtime, emulator } = loopback();
        let client = feishu_api::Client::builder()
            .app_credentials(emulator.app_id(), emulator.app_secret())
            .base_url(emulator.url())
            .client_rate_limit(false)
            .build()
            .expect("a client");
        let request = QueryRequest::builder()
            .employee_type(EmployeeType::EmployeeId)
            .user_ids(emulator.sample_user_ids(EmployeeType::EmployeeId))
            .check_time_from(UnixSeconds::new(FROM))
            .check_time_to(UnixSeconds::new(TO))
            .build();
        bencher.bench_local(|| {
            runtime.block_on(async {
                let response = client
                    .attendance()
                    .v1()
                    .user_task_remedy()
                    .query(&request)
                    .await
                    .expect("the call succeeds");
                black_box(response.user_remedys.len())
            })
        });
    }

    #[divan::bench(sample_count = 200)]
    fn baseline(bencher: Bencher) {
        let Loopback { runtime, emulator } = loopback();
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::new();
        let url = emulator.url().to_owned();
        let token = runtime.block_on(async {
            let answer: serde_json::Value = http
                .post(format!(
                    "{url}/open-apis/auth/v3/tenant_access_token/internal"
                ))
                .json(&serde_json::json!({
                    "app_id": emulator.app_id(), "app_secret": emulator.app_secret()
                }))
                .send()
                .await
                .expect("token answer")
                .json()
                .await
                .expect("token json");
            answer["tenant_access_token"]
                .as_str()
                .expect("a token")
                .to_owned()
        });
        let ids = emulator.sample_user_ids(EmployeeType::EmployeeId);
        bencher.bench_local(|| {
            runtime.block_on(async {
                let body = PlainRequest {
                    user_ids: &ids,
                    check_time_from: FROM.to_string(),
                    check_time_to: TO.to_string(),
                    status: 2,
                };
                let bytes = http
                    .post(format!(
                        "{url}/open-apis/attendance/v1/user_task_remedys/query"
                    ))
                    .query(&[("employee_type", "employee_id")])
                    .bearer_auth(&token)
                    .header("content-type", "application/json; charset=utf-8")
                    .body(serde_json::to_vec(&body).expect("encodable"))
                    .send()
                    .await
                    .expect("an answer")
                    .bytes()
                    .await
                    .expect("a body");
                let envelope: PlainEnvelope = serde_json::from_slice(&bytes).expect("decodes");
                black_box(envelope.data.map(|d| d.user_remedys.len()))
            })
        });
    }
}
