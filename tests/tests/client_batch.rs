//! Batches through the SDK against the emulator over loopback: any number of ids split into
//! calls of at most 50, run concurrently, merged; every id ends in exactly one of "its records
//! came" or "its call failed", with the failing chunk's ids, code and log id.

mod client_support;
mod emulator_support;

use feishu_api::prelude::*;
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use client_support::{client, client_builder, record_json};
use emulator_support::{YEAR_FROM, YEAR_TO, builder, expected, tenant};
use feishu_api::attendance::v1::user_task_remedy::query::{
    EmployeeType, QueryRequest, RemedyStatus,
};
use feishu_api::streams::Progress;
use feishu_api::time::UnixSeconds;
use feishu_api::{BatchOptions, RequestOptions, RetryPolicy};
use feishu_emulator::{Fault, FaultRule, RateLimiting};
use futures_util::StreamExt;

const QUERY: &str = "/open-apis/attendance/v1/user_task_remedys/query";

/// Every employee id of the shared tenant (300), in tenant order.
fn all_ids() -> Vec<String> {
    tenant()
        .employees()
        .iter()
        .map(|e| e.employee_id().to_owned())
        .collect()
}

fn request(ids: &[String]) -> QueryRequest {
    QueryRequest::builder()
        .employee_type(EmployeeType::EmployeeId)
        .user_ids(ids.iter().cloned())
        .check_time_from(UnixSeconds::new(YEAR_FROM))
        .check_time_to(UnixSeconds::new(YEAR_TO))
        .build()
}

fn no_retries() -> RequestOptions {
    RequestOptions::new().retry_policy(RetryPolicy {
        max_attempts: 1,
        ..RetryPolicy::default()
    })
}

fn ground_truth(ids: &[String]) -> BTreeSet<String> {
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    expected(
        &tenant(),
        &EmployeeType::EmployeeId,
        &refs,
        YEAR_FROM,
        YEAR_TO,
        RemedyStatus::Approved,
    )
    .into_iter()
    .map(|v| v.to_string())
    .collect()
}

#[tokio::test]
async fn every_record_once_across_chunks_with_repeats_dropped() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let ids = all_ids();
    // Every id twice: repeats are dropped, first-seen order kept.
    let doubled: Vec<String> = ids.iter().chain(ids.iter()).cloned().collect();
    let seen = Arc::new(Mutex::new(Vec::<Progress>::new()));
    let observer = Arc::clone(&seen);
    let options = BatchOptions::new().progress(move |p| observer.lock().unwrap().push(*p));
    let outcome = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_batch_all(&request(&doubled), &options)
        .await;
    assert!(outcome.failures.is_empty() && outcome.not_sent.is_empty());
    let got: Vec<String> = outcome
        .items
        .iter()
        .map(|r| record_json(r).to_string())
        .collect();
    let unique: BTreeSet<String> = got.iter().cloned().collect();
    assert_eq!(unique.len(), got.len(), "no record twice");
    assert_eq!(unique, ground_truth(&ids));

    // Six calls of at most 50 ids, each id in exactly one, in order.
    let calls: Vec<Vec<String>> = emulator
        .requests()
        .into_iter()
        .filter(|r| r.path == QUERY)
        .map(|r| {
            let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
            serde_json::from_value(body["user_ids"].clone()).unwrap()
        })
        .collect();
    assert_eq!(calls.len(), 6);
    let mut sent: Vec<String> = calls.concat();
    sent.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(sent, want, "each id sent exactly once");
    assert!(calls.iter().all(|c| c.len() == 50));

    let progress = seen.lock().unwrap();
    assert_eq!(progress.len(), 6);
    let last = progress.last().unwrap();
    assert_eq!(
        (last.calls_done, last.calls_total, last.calls_failed),
        (6, 6, 0)
    );
    assert_eq!(last.items, got.len());
}

#[tokio::test]
async fn a_failing_chunk_names_its_ids_code_and_log_id_and_the_others_still_arrive() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let ids = all_ids();
    // One call at a time and no retries, so "the third call" is the chunk of ids 100..150.
    emulator.faults().add(
        FaultRule::new(Fault::Error {
            status: 500,
            code: 1225000,
            msg: "internal error".into(),
        })
        .path(QUERY)
        .after(2)
        .times(1),
    );
    let options = BatchOptions::new()
        .concurrency(1)
        .request_options(no_retries());
    let outcome = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_batch_all(&request(&ids), &options)
        .await;
    assert_eq!(outcome.failures.len(), 1);
    let failure = &outcome.failures[0];
    assert_eq!(failure.ids, ids[100..150]);
    assert_eq!(failure.error.code(), Some(1225000));
    let failed_call = emulator
        .requests()
        .into_iter()
        .find(|r| r.code == Some(1225000))
        .unwrap();
    assert_eq!(failure.error.log_id(), Some(failed_call.log_id.as_str()));
    let rest: Vec<String> = ids[..100].iter().chain(&ids[150..]).cloned().collect();
    let got: BTreeSet<String> = outcome
        .items
        .iter()
        .map(|r| record_json(r).to_string())
        .collect();
    assert_eq!(
        got,
        ground_truth(&rest),
        "every other chunk's records, exactly"
    );
    assert_eq!(outcome.failed_ids().count(), 50);
}

#[tokio::test]
async fn stopping_at_the_first_failure_reports_the_ids_never_sent() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let ids = all_ids();
    emulator.faults().add(
        FaultRule::new(Fault::Error {
            status: 400,
            code: 1220001,
            msg: "param is invalid".into(),
        })
        .path(QUERY)
        .after(1)
        .times(1),
    );
    let options = BatchOptions::new()
        .concurrency(1)
        .stop_on_failure(true)
        .request_options(no_retries());
    let outcome = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_batch_all(&request(&ids), &options)
        .await;
    assert_eq!(outcome.failures.len(), 1);
    assert_eq!(outcome.failures[0].ids, ids[50..100]);
    assert_eq!(outcome.not_sent, ids[100..]);
    assert_eq!(
        emulator
            .requests()
            .iter()
            .filter(|r| r.path == QUERY)
            .count(),
        2
    );
}

#[tokio::test]
async fn dropping_the_stream_stops_sending() {
    let emulator = builder()
        .rate_limiting(RateLimiting::Off)
        .start()
        .await
        .unwrap();
    // Each answer takes 100 ms, so the batch is far from done when the stream is dropped.
    emulator
        .faults()
        .add(FaultRule::new(Fault::Delay(Duration::from_millis(100))).path(QUERY));
    let client = client_builder(&emulator).build().unwrap();
    let ids = all_ids();
    let options = BatchOptions::new().concurrency(2);
    let mut stream = Box::pin(client.batch(&request(&ids), &options));
    let first = stream.next().await.unwrap();
    assert!(first.is_ok());
    drop(stream);
    let at_drop = emulator.request_count();
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        emulator.request_count(),
        at_drop,
        "no call started after the drop"
    );
    let queries = emulator
        .requests()
        .iter()
        .filter(|r| r.path == QUERY)
        .count();
    assert!(queries < 6, "{queries} of 6 calls were sent");
}

#[tokio::test]
async fn faulty_calls_are_retried_and_the_records_still_equal_the_ground_truth() {
    // A higher emulator limit and a small tenant keep this fast; the benchmark does 10,000 ids.
    let emulator = builder()
        .rate_limiting(RateLimiting::PerSecond(500))
        .start()
        .await
        .unwrap();
    for fault in [
        Fault::Error {
            status: 503,
            code: 1225000,
            msg: "internal error".into(),
        },
        Fault::DropConnection,
        Fault::RateLimited { reset_secs: 1 },
    ] {
        emulator
            .faults()
            .add(FaultRule::new(fault).path(QUERY).probability(0.1));
    }
    let client = client(&emulator);
    let ids = all_ids();
    let outcome = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_batch_all(&request(&ids), &BatchOptions::new().concurrency(3))
        .await;
    let faulty = emulator
        .requests()
        .iter()
        .filter(|r| r.path == QUERY && r.fault.is_some())
        .count();
    assert!(faulty > 0, "the seeded faults fired");
    assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
    let got: Vec<String> = outcome
        .items
        .iter()
        .map(|r| record_json(r).to_string())
        .collect();
    let unique: BTreeSet<String> = got.iter().cloned().collect();
    assert_eq!(unique.len(), got.len(), "no record twice");
    assert_eq!(unique, ground_truth(&ids));
}
