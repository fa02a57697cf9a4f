//! The SDK client's runtime against the emulator over real HTTP on loopback: tokens (fetch,
//! cache, single flight, refresh, expiry, overrides), retries and rate limits, timeouts,
//! undecodable and oversized answers, dropped connections, error codes and log ids, the exact
//! request on the wire, validation before sending, configuration errors, and secrets kept out
//! of every `Debug`, `Display` and trace.

mod client_support;
mod emulator_support;

use feishu_api::prelude::*;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use client_support::*;
use emulator_support::{QUERY_PATH, TOKEN_PATH, YEAR_FROM, YEAR_TO, builder, expected, http};
use feishu_api::attendance::v1::user_task_remedy::query::{
    CheckDateType, EmployeeType, QueryErrorCode, QueryRequest, RemedyStatus,
};
use feishu_api::error::{TimeoutKind, TransportErrorKind};
use feishu_api::time::UnixSeconds;
use feishu_api::validate::Rule;
use feishu_api::{Client, Error, RequestOptions, RetryPolicy, USER_AGENT};
use feishu_emulator::{Fault, FaultRule, RateLimiting, RunningEmulator, codes};
use serde_json::{Value, json};
use tracing_subscriber::fmt::writer::BoxMakeWriter;
use tracing_subscriber::util::SubscriberInitExt;

const JSON_UTF8: &str = "application/json; charset=utf-8";

/// The records the example request must return.
fn example_records(emulator: &RunningEmulator) -> Vec<Value> {
    expected(
        emulator.tenant(),
        &EmployeeType::EmployeeId,
        &["abd754f7"],
        YEAR_FROM,
        YEAR_TO,
        RemedyStatus::Approved,
    )
}

/// Calls the example request and asserts it returns exactly the example records.
async fn assert_example_ok(client: &Client, emulator: &RunningEmulator) {
    let response = query(client, &example_request())
        .await
        .unwrap_or_else(|e| panic!("the example query failed: {e}"));
    let want = example_records(emulator);
    assert!(!want.is_empty());
    assert_eq!(records(&response), want);
}

fn on_query(fault: Fault) -> FaultRule {
    FaultRule::new(fault).path(QUERY_PATH)
}

fn error_503() -> Fault {
    Fault::Error {
        status: 503,
        code: 1_225_000,
        msg: "internal server error".into(),
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn the_token_is_fetched_once_and_cached() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    assert_eq!(client.token_fetch_count(), 0);
    assert_example_ok(&client, &emulator).await;
    assert_example_ok(&client, &emulator).await;

    let tokens = token_requests(&emulator);
    assert_eq!(outcomes(&tokens), [(200, Some(0), None)]);
    let queries = query_requests(&emulator);
    assert_eq!(outcomes(&queries), [(200, Some(0), None); 2]);
    assert_eq!(bearer(&queries[0]), bearer(&queries[1]));
    assert_eq!(client.token_fetch_count(), 1);
    // The order on the wire: the token first, then the two calls.
    let seqs: Vec<u64> = emulator.requests().iter().map(|r| r.seq).collect();
    assert_eq!(seqs, [1, 2, 3]);
    assert_eq!(tokens[0].seq, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_calls_share_one_token_fetch() {
    let emulator = builder()
        .rate_limiting(RateLimiting::Off)
        .start()
        .await
        .unwrap();
    let client = client_builder(&emulator)
        .client_rate_limit(false)
        .build()
        .unwrap();
    let request = Arc::new(example_request());
    let calls: Vec<_> = (0..100)
        .map(|_| {
            let client = client.clone();
            let request = request.clone();
            tokio::spawn(async move { query(&client, &request).await })
        })
        .collect();
    let want = example_records(&emulator);
    for call in calls {
        let response = call.await.unwrap().expect("every call succeeds");
        assert_eq!(records(&response), want);
    }
    assert_eq!(outcomes(&token_requests(&emulator)), [(200, Some(0), None)]);
    let queries = query_requests(&emulator);
    assert_eq!(queries.len(), 100);
    let token = bearer(&queries[0]);
    assert!(
        queries
            .iter()
            .all(|q| q.status == 200 && bearer(q) == token)
    );
    assert_eq!(client.token_fetch_count(), 1);
}

#[tokio::test]
async fn a_revoked_token_is_dropped_and_a_new_one_fetched() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    assert_example_ok(&client, &emulator).await;
    emulator.revoke_tokens();
    assert_example_ok(&client, &emulator).await;

    let tokens = token_requests(&emulator);
    assert_eq!(outcomes(&tokens), [(200, Some(0), None); 2]);
    let queries = query_requests(&emulator);
    assert_eq!(
        outcomes(&queries),
        [
            (200, Some(0), None),
            (400, Some(codes::INVALID_TOKEN), None),
            (200, Some(0), None),
        ]
    );
    // The rejected call carried the old token, its resend the new one.
    assert_eq!(bearer(&queries[0]), bearer(&queries[1]));
    assert_ne!(bearer(&queries[1]), bearer(&queries[2]));
    let seqs: Vec<u64> = emulator.requests().iter().map(|r| r.seq).collect();
    assert_eq!(seqs, [1, 2, 3, 4, 5]);
    assert_eq!((tokens[1].seq, queries[2].seq), (4, 5));
    assert_eq!(client.token_fetch_count(), 2);
}

#[tokio::test]
async fn a_token_revoked_mid_call_is_replaced_within_the_call() {
    let emulator = builder().start().await.unwrap();
    emulator
        .faults()
        .add(on_query(Fault::RevokeTokens).times(1));
    let client = client(&emulator);
    assert_example_ok(&client, &emulator).await;

    assert_eq!(
        outcomes(&token_requests(&emulator)),
        [(200, Some(0), None); 2]
    );
    let queries = query_requests(&emulator);
    assert_eq!(
        outcomes(&queries),
        [
            (400, Some(codes::INVALID_TOKEN), Some("revoke_tokens")),
            (200, Some(0), None),
        ]
    );
    assert_ne!(bearer(&queries[0]), bearer(&queries[1]));
    assert_eq!(client.token_fetch_count(), 2);
}

#[tokio::test]
async fn a_token_rejected_again_after_the_refresh_is_returned() {
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(on_query(Fault::RevokeTokens));
    let client = client(&emulator);
    let api = api_error(query(&client, &example_request()).await);
    let queries = query_requests(&emulator);
    assert_eq!(
        outcomes(&queries),
        [(400, Some(codes::INVALID_TOKEN), Some("revoke_tokens")); 2]
    );
    assert_eq!(
        (
            api.endpoint.as_str(),
            api.http_status,
            api.code,
            api.msg.as_str()
        ),
        (
            QUERY_ENDPOINT,
            400,
            codes::INVALID_TOKEN,
            codes::INVALID_TOKEN_MSG
        )
    );
    assert!(api.is_token_error());
    assert_eq!(api.log_id.as_deref(), Some(queries[1].log_id.as_str()));
    // One refresh per call, outside the retry budget: two tokens, two sends, no third.
    assert_eq!(
        outcomes(&token_requests(&emulator)),
        [(200, Some(0), None); 2]
    );
    assert_eq!(client.token_fetch_count(), 2);
}

#[tokio::test]
async fn an_expired_token_is_replaced_mid_run() {
    let emulator = builder().frozen_clock(true).start().await.unwrap();
    let client = client(&emulator);
    assert_example_ok(&client, &emulator).await;
    // Two hours pass on the server's clock (the client's cache still thinks the token fresh).
    emulator.advance_clock(Duration::from_secs(7_200));
    assert_example_ok(&client, &emulator).await;

    assert_eq!(
        outcomes(&token_requests(&emulator)),
        [(200, Some(0), None); 2]
    );
    let queries = query_requests(&emulator);
    assert_eq!(
        outcomes(&queries),
        [
            (200, Some(0), None),
            (400, Some(codes::EXPIRED_TOKEN), None),
            (200, Some(0), None),
        ]
    );
    assert_eq!(bearer(&queries[0]), bearer(&queries[1]));
    assert_ne!(bearer(&queries[1]), bearer(&queries[2]));
    assert_eq!(client.token_fetch_count(), 2);
}

#[tokio::test]
async fn a_token_near_its_expiry_is_refreshed_before_use() {
    // A one-second token: the client refreshes it a quarter of its life ahead of expiry, when
    // the server, with less than a quarter left, issues a new one.
    let emulator = builder()
        .token_ttl(Duration::from_secs(1))
        .start()
        .await
        .unwrap();
    let client = client(&emulator);
    assert_example_ok(&client, &emulator).await;
    tokio::time::sleep(Duration::from_millis(900)).await;
    assert_example_ok(&client, &emulator).await;

    assert_eq!(
        outcomes(&token_requests(&emulator)),
        [(200, Some(0), None); 2]
    );
    let queries = query_requests(&emulator);
    // No call was ever answered with an expired-token code: the refresh came first.
    assert_eq!(outcomes(&queries), [(200, Some(0), None); 2]);
    assert_ne!(bearer(&queries[0]), bearer(&queries[1]));
    let seqs: Vec<(u64, &str)> = emulator
        .requests()
        .iter()
        .map(|r| {
            (
                r.seq,
                if r.path == TOKEN_PATH {
                    "token"
                } else {
                    "query"
                },
            )
        })
        .collect();
    assert_eq!(
        seqs,
        [(1, "token"), (2, "query"), (3, "token"), (4, "query")]
    );
}

#[tokio::test]
async fn a_per_request_token_is_sent_as_given_and_leaves_the_cache_alone() {
    let emulator = builder().start().await.unwrap();
    let token = emulator_support::token(&http(), &emulator).await;
    let client = client(&emulator);
    let options = RequestOptions::new().tenant_access_token(token.clone());
    let response = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_with(&example_request(), &options)
        .await
        .unwrap();
    assert_eq!(records(&response), example_records(&emulator));
    // Only the test's own token request: the client fetched none.
    assert_eq!(token_requests(&emulator).len(), 1);
    assert_eq!(client.token_fetch_count(), 0);
    let queries = query_requests(&emulator);
    assert_eq!(queries.len(), 1);
    assert_eq!(
        queries[0].header("authorization"),
        Some(format!("Bearer {token}").as_str())
    );
    // The cache is still empty: the next plain call fetches the client's own token (the
    // server hands out the current one).
    assert_example_ok(&client, &emulator).await;
    assert_eq!(client.token_fetch_count(), 1);
    assert_eq!(token_requests(&emulator).len(), 2);
    assert_eq!(bearer(&query_requests(&emulator)[1]), token);
}

#[tokio::test]
async fn a_bad_token_override_returns_the_api_error_without_refreshing() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let options = RequestOptions::new().tenant_access_token("t-not-a-real-token");
    let result = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_with(&example_request(), &options)
        .await;
    let api = api_error(result);
    let queries = query_requests(&emulator);
    assert_eq!(
        outcomes(&queries),
        [(400, Some(codes::INVALID_TOKEN), None)]
    );
    assert_eq!(
        queries[0].header("authorization"),
        Some("Bearer t-not-a-real-token")
    );
    assert_eq!(
        (
            api.endpoint.as_str(),
            api.http_status,
            api.code,
            api.msg.as_str()
        ),
        (
            QUERY_ENDPOINT,
            400,
            codes::INVALID_TOKEN,
            codes::INVALID_TOKEN_MSG
        )
    );
    assert_eq!(api.log_id.as_deref(), Some(queries[0].log_id.as_str()));
    assert!(token_requests(&emulator).is_empty());
    assert_eq!(client.token_fetch_count(), 0);

    // A client built on a fixed token behaves the same: the error, no refresh, no retry.
    let fixed = Client::builder()
        .tenant_access_token("t-also-not-real")
        .base_url(emulator.url())
        .retry_policy(fast_retry())
        .build()
        .unwrap();
    let api = api_error(query(&fixed, &example_request()).await);
    assert_eq!(api.code, codes::INVALID_TOKEN);
    assert_eq!(query_requests(&emulator).len(), 2);
    assert!(token_requests(&emulator).is_empty());
    assert_eq!(fixed.token_fetch_count(), 0);
}

#[tokio::test]
async fn a_wrong_app_secret_fails_the_token_fetch_without_retry() {
    let emulator = builder().start().await.unwrap();
    let client = client_builder(&emulator)
        .app_credentials(emulator.app_id(), "not-the-app-secret")
        .build()
        .unwrap();
    let error = query(&client, &example_request()).await.unwrap_err();
    let requests = emulator.requests();
    assert_eq!(
        outcomes(&requests),
        [(400, Some(codes::WRONG_SECRET), None)]
    );
    assert_eq!(requests[0].path, TOKEN_PATH);
    assert_eq!(error.log_id(), Some(requests[0].log_id.as_str()));
    let api = api_error(Err(error));
    assert_eq!(
        (
            api.endpoint.as_str(),
            api.http_status,
            api.code,
            api.msg.as_str()
        ),
        (TOKEN_ENDPOINT, 400, 10014, codes::WRONG_SECRET_MSG)
    );
    assert_eq!(api.documented, None);
    assert_eq!(
        api.to_string(),
        format!(
            "auth.v3.tenant_access_token.internal failed: code 10014, HTTP 400: app secret invalid (log id {})",
            requests[0].log_id
        )
    );
    assert_eq!(client.token_fetch_count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn callers_waiting_on_a_failed_token_fetch_share_its_error() {
    let emulator = builder().start().await.unwrap();
    // The answer takes a while, so every call is waiting on the one fetch when it fails.
    emulator.faults().add(
        FaultRule::new(Fault::Delay(Duration::from_millis(300)))
            .path(TOKEN_PATH)
            .times(1),
    );
    let client = client_builder(&emulator)
        .app_credentials(emulator.app_id(), "not-the-app-secret")
        .build()
        .unwrap();
    let request = Arc::new(example_request());
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let (client, request) = (client.clone(), Arc::clone(&request));
            tokio::spawn(async move { query(&client, &request).await })
        })
        .collect();
    let mut codes_seen = Vec::new();
    for call in calls {
        codes_seen.push(call.await.unwrap().unwrap_err().code());
    }
    assert_eq!(codes_seen, vec![Some(codes::WRONG_SECRET); 20]);
    assert_eq!(
        outcomes(&emulator.requests()),
        [(400, Some(codes::WRONG_SECRET), Some("delay"))]
    );
    assert_eq!(client.token_fetch_count(), 1);
    // A later call asks again: a shared failure is not cached.
    let later = query(&client, &request).await.unwrap_err();
    assert_eq!(later.code(), Some(codes::WRONG_SECRET));
    assert_eq!(client.token_fetch_count(), 2);
}

#[tokio::test]
async fn a_slow_token_fetch_times_out_and_is_retried() {
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(
        FaultRule::new(Fault::Delay(Duration::from_millis(600)))
            .path(TOKEN_PATH)
            .times(1),
    );
    let client = client_builder(&emulator)
        .attempt_timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    assert_example_ok(&client, &emulator).await;
    // Two token requests arrived (the first abandoned), then one query.
    assert_eq!(emulator.request_count(), 3);
    assert_eq!(client.token_fetch_count(), 2);
    assert_eq!(outcomes(&query_requests(&emulator)), [(200, Some(0), None)]);

    // Without retries the token's timeout is the call's error.
    emulator.faults().add(
        FaultRule::new(Fault::Delay(Duration::from_millis(600)))
            .path(TOKEN_PATH)
            .times(1),
    );
    let fresh = client_builder(&emulator)
        .attempt_timeout(Duration::from_millis(150))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let error = query(&fresh, &example_request()).await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Timeout { endpoint, kind: TimeoutKind::Attempt, after }
                if endpoint == TOKEN_ENDPOINT && *after == Duration::from_millis(150)
        ),
        "{error:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Retries, rate limits and timeouts
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_rate_limited_answer_is_retried_after_its_reset() {
    let emulator = builder().start().await.unwrap();
    emulator
        .faults()
        .add(on_query(Fault::RateLimited { reset_secs: 1 }).times(1));
    let client = client(&emulator);
    let started = Instant::now();
    assert_example_ok(&client, &emulator).await;
    let elapsed = started.elapsed();
    assert!(
        elapsed >= Duration::from_secs(1),
        "retried after {elapsed:?}, before the 1 s reset"
    );
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    assert_eq!(
        outcomes(&query_requests(&emulator)),
        [
            (429, Some(codes::RATE_LIMITED), Some("rate_limited")),
            (200, Some(0), None),
        ]
    );
}

#[tokio::test]
async fn a_rate_limited_answer_without_retries_is_returned_with_its_headers() {
    let emulator = builder().start().await.unwrap();
    emulator
        .faults()
        .add(on_query(Fault::RateLimited { reset_secs: 7 }).times(1));
    let client = client_builder(&emulator)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let error = query(&client, &example_request()).await.unwrap_err();
    let queries = query_requests(&emulator);
    assert_eq!(queries.len(), 1);
    let Error::RateLimited(limited) = &error else {
        panic!("expected a rate-limit error, got {error:?}")
    };
    assert_eq!(
        (
            limited.endpoint.as_str(),
            limited.http_status,
            limited.code,
            limited.msg.as_deref(),
            limited.limit,
            limited.reset,
            limited.log_id.as_deref(),
        ),
        (
            QUERY_ENDPOINT,
            429,
            Some(codes::RATE_LIMITED),
            Some(codes::RATE_LIMITED_MSG),
            Some(50),
            Some(Duration::from_secs(7)),
            Some(queries[0].log_id.as_str()),
        )
    );
    assert_eq!(error.code(), Some(codes::RATE_LIMITED));
    assert_eq!(
        error.to_string(),
        format!(
            "attendance.v1.user_task_remedy.query was rate limited (HTTP 429, code 99991400): limit 50 requests, resets in 7s (log id {})",
            queries[0].log_id
        )
    );
}

#[tokio::test]
async fn a_5xx_is_retried_then_succeeds() {
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(on_query(error_503()).times(1));
    let client = client(&emulator);
    assert_example_ok(&client, &emulator).await;
    assert_eq!(
        outcomes(&query_requests(&emulator)),
        [(503, Some(1_225_000), Some("error")), (200, Some(0), None)]
    );
    assert_eq!(token_requests(&emulator).len(), 1);
}

#[tokio::test]
async fn exhausted_retries_return_the_last_api_error() {
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(on_query(error_503()));
    let client = client(&emulator);
    let started = Instant::now();
    let api = api_error(query(&client, &example_request()).await);
    // Backoffs of 10 ms and 20 ms separate the three attempts.
    assert!(started.elapsed() >= Duration::from_millis(30));
    let queries = query_requests(&emulator);
    assert_eq!(
        outcomes(&queries),
        [(503, Some(1_225_000), Some("error")); 3]
    );
    assert_eq!(
        (
            api.endpoint.as_str(),
            api.http_status,
            api.code,
            api.msg.as_str()
        ),
        (QUERY_ENDPOINT, 503, 1_225_000, "internal server error")
    );
    assert_eq!(api.name(), Some("Internal"));
    assert_eq!(api.hint(), Some(QueryErrorCode::Internal.hint()));
    assert_eq!(api.log_id.as_deref(), Some(queries[2].log_id.as_str()));
    assert_eq!(
        api.to_string(),
        format!(
            "attendance.v1.user_task_remedy.query failed: code 1225000 (Internal), HTTP 503: internal server error; hint: {} (log id {})",
            QueryErrorCode::Internal.hint(),
            queries[2].log_id
        )
    );
    assert_eq!(token_requests(&emulator).len(), 1);
}

#[tokio::test]
async fn a_slow_attempt_times_out_and_is_retried() {
    let emulator = builder().start().await.unwrap();
    let client = client_builder(&emulator)
        .attempt_timeout(Duration::from_millis(150))
        .build()
        .unwrap();

    // Slow once: the second attempt answers.
    let once = emulator
        .faults()
        .add(on_query(Fault::Delay(Duration::from_millis(600))).times(1));
    assert_example_ok(&client, &emulator).await;
    assert_eq!(emulator.faults().fired(once), 1);
    // The token, the abandoned attempt, the one answered.
    assert_eq!(emulator.request_count(), 3);

    // Always slow: three attempts, each cut off, then the per-attempt timeout.
    emulator
        .faults()
        .add(on_query(Fault::Delay(Duration::from_millis(600))));
    let started = Instant::now();
    let error = query(&client, &example_request()).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(
        matches!(
            &error,
            Error::Timeout { endpoint, kind: TimeoutKind::Attempt, after }
                if endpoint == QUERY_ENDPOINT && *after == Duration::from_millis(150)
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "attendance.v1.user_task_remedy.query: per-attempt timeout of 150ms ran out"
    );
    assert_eq!(error.log_id(), None);
    assert_eq!(emulator.request_count(), 6);
    assert!(
        elapsed >= Duration::from_millis(480) && elapsed < Duration::from_millis(1_500),
        "{elapsed:?}"
    );
}

#[tokio::test]
async fn the_overall_timeout_bounds_the_whole_call() {
    let emulator = builder().start().await.unwrap();
    emulator
        .faults()
        .add(on_query(Fault::Delay(Duration::from_secs(2))));
    let overall = |error: &Error| {
        matches!(
            error,
            Error::Timeout { endpoint, kind: TimeoutKind::Overall, after }
                if endpoint == QUERY_ENDPOINT && *after == Duration::from_millis(200)
        )
    };

    // The client's overall timeout, shorter than one attempt.
    let client = client_builder(&emulator)
        .overall_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = query(&client, &example_request()).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(overall(&error), "{error:?}");
    assert!(
        elapsed >= Duration::from_millis(200) && elapsed < Duration::from_millis(900),
        "{elapsed:?}"
    );
    assert_eq!(
        error.to_string(),
        "attendance.v1.user_task_remedy.query: overall timeout of 200ms ran out"
    );
    assert_eq!(emulator.request_count(), 2);

    // A per-call timeout in place of the client's.
    let client = client_support::client(&emulator);
    let options = RequestOptions::new().timeout(Duration::from_millis(200));
    let started = Instant::now();
    let error = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_with(&example_request(), &options)
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(overall(&error), "{error:?}");
    assert!(elapsed < Duration::from_millis(900), "{elapsed:?}");
    assert_eq!(emulator.request_count(), 4);
}

#[tokio::test]
async fn a_per_call_retry_policy_replaces_the_clients() {
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(on_query(error_503()));
    let client = client(&emulator);
    let options = RequestOptions::new().retry_policy(RetryPolicy {
        max_attempts: 2,
        ..fast_retry()
    });
    let result = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query_with(&example_request(), &options)
        .await;
    assert_eq!(api_error(result).http_status, 503);
    assert_eq!(query_requests(&emulator).len(), 2);
}

#[tokio::test]
async fn the_client_paces_calls_to_the_spec_rate_limit() {
    // The emulator enforces the spec's 50 calls per second; 120 calls fired at once must all
    // get through without one 429, and without retries to hide one. (Under heavy CPU load this
    // can fail through the runtime bug `the_pacing_counts_calls_from_when_they_are_sent` shows:
    // the limiter counts a call before it is sent, with a margin of only 20 ms.)
    let emulator = builder().start().await.unwrap();
    let client = client_builder(&emulator)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let request = Arc::new(example_request());
    let started = Instant::now();
    let calls: Vec<_> = (0..120)
        .map(|_| {
            let client = client.clone();
            let request = request.clone();
            tokio::spawn(async move { query(&client, &request).await })
        })
        .collect();
    let mut results = Vec::new();
    for call in calls {
        results.push(call.await.unwrap());
    }
    let elapsed = started.elapsed();
    let queries = query_requests(&emulator);
    assert_eq!(queries.len(), 120);
    let refused: Vec<u64> = queries
        .iter()
        .filter(|q| (q.status, q.code) != (200, Some(0)))
        .map(|q| q.seq)
        .collect();
    assert_eq!(refused, [0u64; 0], "requests refused by the emulator");
    let want = example_records(&emulator);
    for result in results {
        assert_eq!(records(&result.unwrap()), want);
    }
    // 50, then 50 a window later, then 20 a window after that.
    assert!(
        elapsed >= Duration::from_secs(2) && elapsed < Duration::from_secs(4),
        "{elapsed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pacing_counts_calls_from_when_they_are_sent() {
    // The token answer takes half a second: the first 50 calls reach the server only then, so
    // the next 50 must wait for a second from there, not from when the first 50 were counted.
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(
        FaultRule::new(Fault::Delay(Duration::from_millis(500)))
            .path(TOKEN_PATH)
            .times(1),
    );
    let client = client_builder(&emulator)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let request = Arc::new(example_request());
    let calls: Vec<_> = (0..100)
        .map(|_| {
            let client = client.clone();
            let request = request.clone();
            tokio::spawn(async move { query(&client, &request).await })
        })
        .collect();
    let mut refused = 0;
    for call in calls {
        if call.await.unwrap().is_err() {
            refused += 1;
        }
    }
    let queries = query_requests(&emulator);
    assert_eq!(queries.len(), 100);
    assert_eq!(
        (refused, queries.iter().filter(|q| q.status == 429).count()),
        (0, 0)
    );
}

// ---------------------------------------------------------------------------------------------
// Answers that are not what the endpoint documents
// ---------------------------------------------------------------------------------------------

/// The emulator's HTML gateway page.
const BAD_GATEWAY_HTML: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>open-apis gateway</center>\r\n</body>\r\n</html>\r\n";

#[tokio::test]
async fn an_html_gateway_page_is_a_decode_error_after_retries() {
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(on_query(Fault::BadGatewayHtml));
    let client = client(&emulator);
    let error = query(&client, &example_request()).await.unwrap_err();
    let queries = query_requests(&emulator);
    assert_eq!(
        outcomes(&queries),
        [(502, None, Some("bad_gateway_html")); 3]
    );
    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}")
    };
    assert_eq!(
        (
            decode.endpoint.as_str(),
            decode.http_status,
            decode.content_type.as_deref(),
            decode.body_start.as_str(),
            decode.detail.as_str(),
            decode.log_id.as_deref(),
        ),
        (
            QUERY_ENDPOINT,
            502,
            Some("text/html"),
            BAD_GATEWAY_HTML,
            "expected value at line 1 column 1",
            Some(queries[2].log_id.as_str()),
        )
    );
    assert_eq!(error.log_id(), Some(queries[2].log_id.as_str()));
    assert_eq!(
        error.to_string(),
        format!(
            "attendance.v1.user_task_remedy.query: could not decode the answer (HTTP 502, content type text/html): expected value at line 1 column 1; body starts {BAD_GATEWAY_HTML:?} (log id {})",
            queries[2].log_id
        )
    );
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let emulator = builder().start().await.unwrap();
    let token = emulator_support::token(&http(), &emulator).await;
    let client = Client::builder()
        .tenant_access_token(token)
        .base_url(emulator.url())
        .retry_policy(fast_retry())
        .max_response_bytes(100)
        .build()
        .unwrap();
    let error = query(&client, &example_request()).await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::BodyTooLarge { endpoint, status: 200, limit: 100 } if endpoint == QUERY_ENDPOINT
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "attendance.v1.user_task_remedy.query: response body larger than the 100-byte cap (HTTP 200)"
    );
    // Not retried: the next answer would be as large.
    assert_eq!(outcomes(&query_requests(&emulator)), [(200, Some(0), None)]);

    // The cap covers the token answer too (102 bytes here).
    let client = client_builder(&emulator)
        .max_response_bytes(100)
        .build()
        .unwrap();
    let error = query(&client, &example_request()).await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::BodyTooLarge { endpoint, status: 200, limit: 100 } if endpoint == TOKEN_ENDPOINT
        ),
        "{error:?}"
    );
    assert_eq!(token_requests(&emulator).len(), 2);
    assert_eq!(query_requests(&emulator).len(), 1);
}

#[tokio::test]
async fn a_truncated_body_is_a_decode_error() {
    let emulator = builder().start().await.unwrap();
    // The whole answer, as the test's own client reads it.
    let token = emulator_support::token(&http(), &emulator).await;
    let full = emulator_support::query(
        &http(),
        &emulator,
        &token,
        "employee_id",
        &emulator_support::window(&["abd754f7"], YEAR_FROM, YEAR_TO),
    )
    .await
    .text;
    let half = &full.as_bytes()[..full.len() / 2];
    let detail = serde_json::from_slice::<Value>(half)
        .unwrap_err()
        .to_string();
    assert!(half.len() > 256);

    emulator
        .faults()
        .add(on_query(Fault::TruncatedBody).times(1));
    let client = client(&emulator);
    let error = query(&client, &example_request()).await.unwrap_err();
    let queries = query_requests(&emulator);
    // A whole HTTP message with JSON cut off: not a transport failure, and not retried.
    assert_eq!(
        outcomes(&queries),
        [(200, Some(0), None), (200, Some(0), Some("truncated_body"))]
    );
    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}")
    };
    assert_eq!(
        (
            decode.endpoint.as_str(),
            decode.http_status,
            decode.content_type.as_deref(),
            decode.body_start.as_bytes(),
            decode.detail.as_str(),
            decode.log_id.as_deref(),
        ),
        (
            QUERY_ENDPOINT,
            200,
            Some(JSON_UTF8),
            &half[..256],
            detail.as_str(),
            Some(queries[1].log_id.as_str()),
        )
    );
    assert!(detail.starts_with("EOF while parsing"), "{detail}");
}

#[tokio::test]
async fn an_aborted_body_is_a_transport_error_and_retried() {
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(on_query(Fault::AbortedBody).times(1));
    let client = client(&emulator);
    assert_example_ok(&client, &emulator).await;
    assert_eq!(
        outcomes(&query_requests(&emulator)),
        [(200, Some(0), Some("aborted_body")), (200, Some(0), None)]
    );

    emulator.faults().add(on_query(Fault::AbortedBody));
    let error = query(&client, &example_request()).await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Transport { endpoint, kind: TransportErrorKind::Exchange, .. }
                if endpoint == QUERY_ENDPOINT
        ),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .starts_with("attendance.v1.user_task_remedy.query: transport error: "),
        "{error}"
    );
    assert_eq!(error.log_id(), None);
    let queries = query_requests(&emulator);
    assert_eq!(queries.len(), 5);
    assert_eq!(
        outcomes(&queries[2..]),
        [(200, Some(0), Some("aborted_body")); 3]
    );
}

#[tokio::test]
async fn a_dropped_connection_is_a_transport_error_and_retried() {
    let emulator = builder().start().await.unwrap();
    emulator
        .faults()
        .add(on_query(Fault::DropConnection).times(1));
    let client = client(&emulator);
    assert_example_ok(&client, &emulator).await;
    assert_eq!(
        outcomes(&query_requests(&emulator)),
        [(0, None, Some("drop_connection")), (200, Some(0), None)]
    );

    emulator.faults().add(on_query(Fault::DropConnection));
    let error = query(&client, &example_request()).await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Transport { endpoint, kind: TransportErrorKind::Exchange, .. }
                if endpoint == QUERY_ENDPOINT
        ),
        "{error:?}"
    );
    let queries = query_requests(&emulator);
    assert_eq!(queries.len(), 5);
    assert_eq!(
        outcomes(&queries[2..]),
        [(0, None, Some("drop_connection")); 3]
    );
}

// ---------------------------------------------------------------------------------------------
// Error codes and log ids
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn an_undocumented_code_is_returned_at_once() {
    let emulator = builder().start().await.unwrap();
    emulator.faults().add(on_query(Fault::Error {
        status: 400,
        code: 1_234_567,
        msg: "a code from a newer server".into(),
    }));
    let client = client(&emulator);
    let error = query(&client, &example_request()).await.unwrap_err();
    let queries = query_requests(&emulator);
    assert_eq!(outcomes(&queries), [(400, Some(1_234_567), Some("error"))]);
    assert_eq!(error.code(), Some(1_234_567));
    assert_eq!(error.log_id(), Some(queries[0].log_id.as_str()));
    let api = error.as_api().expect("an API error");
    assert_eq!(
        (
            api.endpoint.as_str(),
            api.http_status,
            api.code,
            api.msg.as_str(),
            api.documented,
            api.name(),
            api.hint(),
        ),
        (
            QUERY_ENDPOINT,
            400,
            1_234_567,
            "a code from a newer server",
            None,
            None,
            None
        )
    );
    assert_eq!(
        error.to_string(),
        format!(
            "attendance.v1.user_task_remedy.query failed: code 1234567, HTTP 400: a code from a newer server (log id {})",
            queries[0].log_id
        )
    );
}

#[tokio::test]
async fn a_documented_code_carries_its_name_hint_and_log_id() {
    let emulator = builder().start().await.unwrap();
    emulator
        .faults()
        .add(on_query(Fault::SpecError(1_220_005)).times(1));
    let client = client(&emulator);
    let api = api_error(query(&client, &example_request()).await);
    let queries = query_requests(&emulator);
    assert_eq!(
        outcomes(&queries),
        [(400, Some(1_220_005), Some("spec_error"))]
    );
    let log_id = queries[0].log_id.as_str();
    assert_eq!(
        (
            api.endpoint.as_str(),
            api.http_status,
            api.code,
            api.msg.as_str(),
            api.name(),
        ),
        (
            QUERY_ENDPOINT,
            400,
            1_220_005,
            "没有权限",
            Some("NoPermission")
        )
    );
    assert_eq!(
        api.hint(),
        Some(
            "No permission: check the data permission scope in the attendance admin console \
             (https://oa.feishu.cn/attendance/manage/member/list)."
        )
    );
    assert_eq!(api.documented, Some(QueryErrorCode::NoPermission.info()));
    // The log id: the X-Tt-Logid header of the answer, which the body repeats.
    assert_eq!(api.log_id.as_deref(), Some(log_id));
    assert_eq!(api.details.log_id.as_deref(), Some(log_id));
    assert_eq!(
        api.details.troubleshooter.as_deref(),
        Some(
            format!(
                "排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?code=1220005&log_id={log_id}"
            )
            .as_str()
        )
    );
    assert_eq!(log_id, feishu_emulator::log_id(queries[0].seq));
    assert_eq!(
        api.to_string(),
        format!(
            "attendance.v1.user_task_remedy.query failed: code 1220005 (NoPermission), HTTP 400: 没有权限; hint: No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). (log id {log_id})"
        )
    );

    // A documented 5xx is retried like any other.
    emulator
        .faults()
        .add(on_query(Fault::SpecError(1_225_000)).times(1));
    assert_example_ok(&client, &emulator).await;
    assert_eq!(
        outcomes(&query_requests(&emulator)[1..]),
        [
            (500, Some(1_225_000), Some("spec_error")),
            (200, Some(0), None)
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// The request on the wire, and what is never sent
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn the_request_on_the_wire_is_exact() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let request = QueryRequest::builder()
        .employee_type(EmployeeType::EmployeeNo)
        .user_ids(["E00001", "E00002"])
        .check_time_from(UnixSeconds::new(YEAR_FROM))
        .check_time_to(UnixSeconds::new(YEAR_TO))
        .check_date_type(CheckDateType::PeriodTime)
        .status(RemedyStatus::Rejected)
        .build();
    let response = query(&client, &request).await.unwrap();
    assert_eq!(
        records(&response),
        expected(
            emulator.tenant(),
            &EmployeeType::EmployeeNo,
            &["E00001", "E00002"],
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Rejected
        )
    );
    // The token the emulator issued (it hands the current one out again).
    let issued = emulator_support::token(&http(), &emulator).await;
    let host = emulator.addr().to_string();
    let sorted = |headers: &[(String, String)]| {
        let mut headers = headers.to_vec();
        headers.sort();
        headers
    };
    let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };

    let requests = emulator.requests();
    let (token, call) = (&requests[0], &requests[1]);
    assert_eq!(
        (
            token.method.as_str(),
            token.path.as_str(),
            token.query.as_str()
        ),
        ("POST", TOKEN_PATH, "")
    );
    let token_body = json!({ "app_id": emulator.app_id(), "app_secret": emulator.app_secret() });
    assert_eq!(String::from_utf8_lossy(&token.body), token_body.to_string());
    let token_length = token.body.len().to_string();
    assert_eq!(
        sorted(&token.headers),
        sorted(&owned(&[
            ("accept", "*/*"),
            ("content-length", &token_length),
            ("content-type", JSON_UTF8),
            ("host", &host),
            ("user-agent", USER_AGENT),
        ]))
    );

    assert_eq!(
        (
            call.method.as_str(),
            call.path.as_str(),
            call.query.as_str()
        ),
        ("POST", QUERY_PATH, "employee_type=employee_no")
    );
    // Compact JSON, members in spec order, times as decimal strings.
    let body = format!(
        r#"{{"user_ids":["E00001","E00002"],"check_time_from":"{YEAR_FROM}","check_time_to":"{YEAR_TO}","check_date_type":"PeriodTime","status":1}}"#
    );
    assert_eq!(String::from_utf8_lossy(&call.body), body);
    let authorization = format!("Bearer {issued}");
    let call_length = call.body.len().to_string();
    assert_eq!(
        sorted(&call.headers),
        sorted(&owned(&[
            ("accept", "*/*"),
            ("authorization", &authorization),
            ("content-length", &call_length),
            ("content-type", JSON_UTF8),
            ("host", &host),
            ("user-agent", USER_AGENT),
        ]))
    );
    assert_eq!(USER_AGENT, concat!("feishu-rs/", "0.1.0"));
}

#[tokio::test]
async fn invalid_requests_fail_before_any_network_call() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);

    let empty = request(EmployeeType::EmployeeId, &[], YEAR_FROM, YEAR_TO);
    let error = query(&client, &empty).await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid request for attendance.v1.user_task_remedy.query: user_ids: at least 1 item, got 0"
    );
    let violations = error.violations().expect("violations");
    assert_eq!(violations.len(), 1);
    assert_eq!(violations.as_slice()[0].path, "user_ids");
    assert_eq!(
        violations.as_slice()[0].rule,
        Rule::MinItems { min: 1, actual: 0 }
    );

    // Every broken rule at once.
    let ids: Vec<String> = (1..=51).map(|i| format!("E{i:05}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let backwards = request(EmployeeType::EmployeeNo, &ids, YEAR_TO, YEAR_FROM);
    let error = query(&client, &backwards).await.unwrap_err();
    let Error::Validation {
        endpoint,
        violations,
    } = &error
    else {
        panic!("expected a validation error, got {error:?}")
    };
    assert_eq!(endpoint, QUERY_ENDPOINT);
    let messages: Vec<String> = violations
        .as_slice()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            "user_ids: at most 50 items, got 51".to_owned(),
            format!(
                "check_time_from: must not be after check_time_to, got {YEAR_TO} and {YEAR_FROM}"
            ),
        ]
    );
    assert_eq!(
        error.to_string(),
        format!(
            "invalid request for attendance.v1.user_task_remedy.query: user_ids: at most 50 items, got 51; check_time_from: must not be after check_time_to, got {YEAR_TO} and {YEAR_FROM}"
        )
    );
    assert_eq!((error.code(), error.log_id()), (None, None));

    // Nothing was sent, not even a token request.
    assert!(emulator.requests().is_empty());
    assert_eq!(emulator.request_count(), 0);
    assert_eq!(client.token_fetch_count(), 0);
}

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let error = Client::builder()
        .app_credentials("cli_a1b2c3", "app-secret")
        .base_url("http://example.com")
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert_eq!(
        error.to_string(),
        "invalid client configuration: base URL `http://example.com` is plain http to a host that is not loopback: tokens would cross the network in clear text; use https://"
    );
    // Loopback is fine, and https anywhere.
    for url in [
        "http://127.0.0.1:1",
        "http://localhost:1/",
        "https://example.com/",
    ] {
        let client = Client::builder()
            .app_credentials("cli_a1b2c3", "app-secret")
            .base_url(url)
            .build()
            .unwrap();
        assert_eq!(client.base_url(), url.trim_end_matches('/'));
    }
    let error = Client::builder().build().unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid client configuration: no credentials: call app_credentials(…) or tenant_access_token(…)"
    );
}

/// Set in the child processes of [`from_env_reads_the_environment`] to the case to check.
const FROM_ENV_CASE: &str = "FEISHU_TESTS_FROM_ENV_CASE";

/// The environment is process-wide (and changing it is `unsafe`), so each `from_env` case runs
/// this test again in a child process with an environment of its own.
#[tokio::test]
async fn from_env_reads_the_environment() {
    let emulator = builder().start().await.unwrap();
    let id = emulator.app_id().to_owned();
    let secret = emulator.app_secret().to_owned();
    let url = emulator.url().to_owned();
    let cases: [(&str, Vec<(&str, &str)>); 4] = [
        ("missing_id", vec![("FEISHU_APP_SECRET", &secret)]),
        (
            "missing_secret",
            vec![("FEISHU_APP_ID", &id), ("FEISHU_APP_SECRET", "  ")],
        ),
        (
            "plain_http",
            vec![
                ("FEISHU_APP_ID", &id),
                ("FEISHU_APP_SECRET", &secret),
                ("FEISHU_BASE_URL", "http://example.com"),
            ],
        ),
        (
            "emulator",
            vec![
                ("FEISHU_APP_ID", &id),
                ("FEISHU_APP_SECRET", &secret),
                ("FEISHU_BASE_URL", &url),
            ],
        ),
    ];
    for (case, vars) in cases {
        let output = tokio::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "from_env_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env_remove("FEISHU_APP_ID")
            .env_remove("FEISHU_APP_SECRET")
            .env_remove("FEISHU_BASE_URL")
            .envs(vars)
            .env(FROM_ENV_CASE, case)
            .output()
            .await
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && stdout.contains(&format!("from_env case {case}: checked")),
            "case {case}:\n{stdout}\n{stderr}"
        );
    }
    // Only the last case reached the emulator: one token for the environment's app, one call.
    let tokens = token_requests(&emulator);
    assert_eq!(outcomes(&tokens), [(200, Some(0), None)]);
    let body: Value = serde_json::from_slice(&tokens[0].body).unwrap();
    assert_eq!(body["app_id"], json!(id));
    assert_eq!(outcomes(&query_requests(&emulator)), [(200, Some(0), None)]);
}

/// The child side of [`from_env_reads_the_environment`]; passes at once when run directly.
#[test]
fn from_env_child() {
    let Ok(case) = std::env::var(FROM_ENV_CASE) else {
        return;
    };
    let config_error = |expected: &str| {
        let error = Client::from_env().unwrap_err();
        assert!(matches!(error, Error::Config(_)), "{error:?}");
        assert_eq!(error.to_string(), expected);
    };
    match case.as_str() {
        "missing_id" => config_error(
            "invalid client configuration: environment variable FEISHU_APP_ID is not set",
        ),
        "missing_secret" => config_error(
            "invalid client configuration: environment variable FEISHU_APP_SECRET is not set",
        ),
        "plain_http" => config_error(
            "invalid client configuration: base URL `http://example.com` is plain http to a host that is not loopback: tokens would cross the network in clear text; use https://",
        ),
        "emulator" => {
            let client = Client::from_env().unwrap();
            let url = std::env::var("FEISHU_BASE_URL").unwrap();
            assert_eq!(client.base_url(), url);
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            let response = runtime
                .block_on(query(&client, &example_request()))
                .unwrap();
            assert_eq!(
                records(&response),
                expected(
                    &emulator_support::tenant(),
                    &EmployeeType::EmployeeId,
                    &["abd754f7"],
                    YEAR_FROM,
                    YEAR_TO,
                    RemedyStatus::Approved,
                )
            );
        }
        other => panic!("unknown case {other}"),
    }
    println!("from_env case {case}: checked");
}

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------

/// An in-memory sink for formatted traces.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// Every kind of failure, plus a token refresh and a retry, with the client's traces captured
/// at TRACE level: neither the app secret nor any token appears in a `Debug`, a `Display` or a
/// trace line, while the traces do name the call's endpoint, attempt, status, code and log id.
#[test]
fn secrets_never_appear_in_debug_display_or_traces() {
    // The emulator serves from a runtime of its own, on other threads, so the capture (a
    // thread-local default subscriber) sees only the client.
    let server = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let emulator = server.block_on(builder().start()).unwrap();
    let client_runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let captured = Captured::default();
    let subscriber = |writer| {
        tracing_subscriber::fmt()
            .with_max_level(tracing_subscriber::filter::LevelFilter::TRACE)
            .with_writer(writer)
            .finish()
    };
    // tracing caches each callsite's interest process-wide, and while a single dispatcher is
    // registered it computes the interest of a callsite first reached on another thread (by a
    // test running in parallel) from that thread's default alone: "never", and the capture
    // would miss it. With two dispatchers alive (a discarding one under the capture), every
    // callsite is asked of both, so the capture sees all of them.
    let outer = SubscriberInitExt::set_default(subscriber(BoxMakeWriter::new(std::io::sink)));
    let guard = SubscriberInitExt::set_default(subscriber(BoxMakeWriter::new(captured.clone())));

    const WRONG_SECRET: &str = "wrong-secret-0123456789abcdefghij";
    const BOGUS_TOKEN: &str = "t-bogus-override-token-0123456789";
    let mut texts: Vec<String> = Vec::new();
    let mut errors: Vec<Error> = Vec::new();
    client_runtime.block_on(async {
        let client = client(&emulator);
        let bare = client_builder(&emulator)
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        texts.push(format!("{client:?}"));
        texts.push(format!("{:?}", client_builder(&emulator)));
        let request = example_request();

        // Success, a refresh after revocation, a retried 5xx.
        assert_example_ok(&client, &emulator).await;
        emulator.revoke_tokens();
        assert_example_ok(&client, &emulator).await;
        emulator.faults().add(on_query(error_503()).times(1));
        assert_example_ok(&client, &emulator).await;
        // A documented code, a 429, an HTML page, a dropped connection, a timeout, a cut body.
        for fault in [
            Fault::SpecError(1_220_005),
            Fault::RateLimited { reset_secs: 0 },
            Fault::BadGatewayHtml,
            Fault::DropConnection,
            Fault::TruncatedBody,
        ] {
            emulator.faults().add(on_query(fault).times(1));
            errors.push(query(&bare, &request).await.unwrap_err());
        }
        emulator
            .faults()
            .add(on_query(Fault::Delay(Duration::from_millis(500))).times(1));
        let short = RequestOptions::new().timeout(Duration::from_millis(100));
        let result = bare
            .attendance()
            .v1()
            .user_task_remedy()
            .query_with(&request, &short)
            .await;
        errors.push(result.unwrap_err());
        // A bad token override (and the options holding it).
        let bogus = RequestOptions::new().tenant_access_token(BOGUS_TOKEN);
        texts.push(format!("{bogus:?}"));
        let result = client
            .attendance()
            .v1()
            .user_task_remedy()
            .query_with(&request, &bogus)
            .await;
        errors.push(result.unwrap_err());
        // Validation, a wrong secret, an oversized token answer, a bad base URL.
        let empty = request_without_ids();
        errors.push(query(&client, &empty).await.unwrap_err());
        let wrong = client_builder(&emulator)
            .app_credentials(emulator.app_id(), WRONG_SECRET)
            .build()
            .unwrap();
        texts.push(format!("{wrong:?}"));
        errors.push(query(&wrong, &request).await.unwrap_err());
        let small = client_builder(&emulator)
            .max_response_bytes(100)
            .build()
            .unwrap();
        errors.push(query(&small, &request).await.unwrap_err());
        errors.push(
            Client::builder()
                .app_credentials(emulator.app_id(), emulator.app_secret())
                .base_url("http://example.com")
                .build()
                .unwrap_err(),
        );
    });
    drop(guard);
    drop(outer);

    let kinds: Vec<&str> = errors
        .iter()
        .map(|e| match e {
            Error::Validation { .. } => "validation",
            Error::Api(_) => "api",
            Error::RateLimited(_) => "rate_limited",
            Error::Timeout { .. } => "timeout",
            Error::Transport { .. } => "transport",
            Error::Decode(_) => "decode",
            Error::BodyTooLarge { .. } => "body_too_large",
            Error::Config(_) => "config",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "api",
            "rate_limited",
            "decode",
            "transport",
            "decode",
            "timeout",
            "api",
            "validation",
            "api",
            "body_too_large",
            "config"
        ]
    );
    for error in &errors {
        texts.push(error.to_string());
        texts.push(format!("{error:?}"));
    }

    // The secrets: the app's, the wrong one, the override, and every token the emulator saw.
    let requests = emulator.requests();
    let mut secrets = vec![
        emulator.app_secret().to_owned(),
        WRONG_SECRET.to_owned(),
        BOGUS_TOKEN.to_owned(),
    ];
    let tokens: Vec<String> = requests
        .iter()
        .filter_map(|r| r.header("authorization"))
        .filter_map(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned)
        .collect();
    let mut issued: Vec<&String> = tokens.iter().filter(|t| *t != BOGUS_TOKEN).collect();
    issued.dedup();
    assert_eq!(
        issued.len(),
        2,
        "a token, and its replacement after revocation"
    );
    secrets.extend(tokens.iter().cloned());
    let traces = captured.text();
    for secret in &secrets {
        for text in &texts {
            assert!(!text.contains(secret.as_str()), "a secret in {text}");
        }
        assert!(
            !traces.contains(secret.as_str()),
            "a secret in the traces:\n{traces}"
        );
    }

    // The call span names its fields.
    let queries: Vec<_> = requests.iter().filter(|r| r.path == QUERY_PATH).collect();
    let first_log_id = &queries[0].log_id;
    for needle in [
        "feishu.call{".to_owned(),
        format!("endpoint={QUERY_ENDPOINT}"),
        "attempt=1".to_owned(),
        "attempt=2".to_owned(),
        "status=200".to_owned(),
        "status=503".to_owned(),
        "code=0".to_owned(),
        "code=1225000".to_owned(),
        "code=1220005".to_owned(),
        format!("log_id=\"{first_log_id}\""),
    ] {
        assert!(
            traces.contains(&needle),
            "no {needle} in the traces:\n{traces}"
        );
    }
    drop(emulator);
    drop(client_runtime);
    drop(server);
}

fn request_without_ids() -> QueryRequest {
    request(EmployeeType::EmployeeId, &[], YEAR_FROM, YEAR_TO)
}
