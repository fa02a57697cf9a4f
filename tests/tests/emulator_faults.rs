//! Rate limiting and every fault kind of the emulator, over real HTTP.

mod emulator_support;

use std::time::{Duration, Instant};

use emulator_support::*;
use feishu_api::attendance::v1::user_task_remedy::query::{
    PunchNo, QueryResponse, RemedyStatus, WorkType,
};
use feishu_emulator::{AppConfig, Fault, FaultRule, RateLimiting, RunningEmulator, log_id};
use serde_json::{Value, json};

fn example_body() -> Value {
    window(&["abd754f7"], YEAR_FROM, YEAR_TO)
}

async fn ok_query(client: &reqwest::Client, emulator: &RunningEmulator, token: &str) -> Reply {
    let reply = query(client, emulator, token, "employee_id", &example_body()).await;
    assert_eq!((reply.status, reply.code()), (200, 0), "{}", reply.text);
    reply
}

#[tokio::test]
async fn the_spec_rate_limit_is_enforced_per_app_with_headers() {
    let emulator = builder()
        .frozen_clock(true)
        .extra_app(AppConfig::new("cli_second000000000", "second-secret"))
        .start()
        .await
        .unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    for _ in 0..50 {
        ok_query(&client, &emulator, &token).await;
    }
    let limited = query(&client, &emulator, &token, "employee_id", &example_body()).await;
    limited.assert_error(429, 99991400, "request trigger frequency limit");
    assert_eq!(limited.header("x-ogw-ratelimit-limit"), Some("50"));
    assert_eq!(limited.header("x-ogw-ratelimit-reset"), Some("1"));
    // Another app has its own budget; the token endpoint is not limited.
    let other = token_reply(&client, &emulator, "cli_second000000000", "second-secret").await;
    let other = other.json()["tenant_access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    ok_query(&client, &emulator, &other).await;
    // A second later the window has moved on.
    emulator.advance_clock(Duration::from_millis(999));
    assert_eq!(
        query(&client, &emulator, &token, "employee_id", &example_body())
            .await
            .status,
        429
    );
    emulator.advance_clock(Duration::from_millis(1));
    ok_query(&client, &emulator, &token).await;
}

#[tokio::test]
async fn rate_limits_can_be_changed_or_turned_off() {
    let emulator = builder()
        .frozen_clock(true)
        .rate_limiting(RateLimiting::PerSecond(3))
        .start()
        .await
        .unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    for _ in 0..3 {
        ok_query(&client, &emulator, &token).await;
    }
    let limited = query(&client, &emulator, &token, "employee_id", &example_body()).await;
    assert_eq!(
        (limited.status, limited.header("x-ogw-ratelimit-limit")),
        (429, Some("3"))
    );
    emulator.set_rate_limiting(RateLimiting::Off);
    for _ in 0..60 {
        ok_query(&client, &emulator, &token).await;
    }
}

#[tokio::test]
async fn error_faults_answer_feishu_json_without_handling_the_request() {
    let emulator = builder()
        .rate_limiting(RateLimiting::Off)
        .start()
        .await
        .unwrap();
    let client = http();
    let token = token(&client, &emulator).await; // 1
    let faults = emulator.faults();
    let unavailable = faults.add(
        FaultRule::new(Fault::Error {
            status: 503,
            code: 1225000,
            msg: "internal server error".into(),
        })
        .path(QUERY_PATH)
        .times(1),
    );
    let reply = query(&client, &emulator, &token, "employee_id", &example_body()).await; // 2
    reply.assert_error(503, 1225000, "internal server error");
    assert_eq!(reply.log_id(), log_id(2));
    assert_eq!(faults.fired(unavailable), 1);
    assert!(!faults.is_active(unavailable));
    ok_query(&client, &emulator, &token).await;

    // Codes of the spec's error table, with its HTTP status and message.
    faults.add(
        FaultRule::new(Fault::SpecError(1220005))
            .path("/open-apis/attendance/*")
            .times(1),
    );
    faults.add(
        FaultRule::new(Fault::SpecError(1225000))
            .path("/open-apis/attendance/*")
            .times(1),
    );
    query(&client, &emulator, &token, "employee_id", &example_body())
        .await
        .assert_error(400, 1220005, "没有权限");
    query(&client, &emulator, &token, "employee_id", &example_body())
        .await
        .assert_error(500, 1225000, "param is invalis");
    ok_query(&client, &emulator, &token).await;
}

#[tokio::test]
async fn a_429_burst_then_recovery() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let burst = emulator.faults().add(
        FaultRule::new(Fault::RateLimited { reset_secs: 3 })
            .path(QUERY_PATH)
            .times(3),
    );
    for _ in 0..3 {
        let reply = query(&client, &emulator, &token, "employee_id", &example_body()).await;
        reply.assert_error(429, 99991400, "request trigger frequency limit");
        assert_eq!(reply.header("x-ogw-ratelimit-reset"), Some("3"));
        assert_eq!(reply.header("x-ogw-ratelimit-limit"), Some("50"));
    }
    ok_query(&client, &emulator, &token).await;
    assert_eq!(emulator.faults().fired(burst), 3);
}

#[tokio::test]
async fn tokens_revoked_mid_run() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    ok_query(&client, &emulator, &token).await;
    emulator.faults().add(
        FaultRule::new(Fault::RevokeTokens)
            .path(QUERY_PATH)
            .after(1)
            .times(1),
    );
    ok_query(&client, &emulator, &token).await;
    let revoked = query(&client, &emulator, &token, "employee_id", &example_body()).await;
    revoked.assert_error(
        400,
        99991663,
        "Invalid access token for authorization. Please make a request with token attached.",
    );
    let fresh = emulator_support::token(&client, &emulator).await;
    assert_ne!(fresh, token);
    ok_query(&client, &emulator, &fresh).await;
    assert_eq!(
        query(&client, &emulator, &token, "employee_id", &example_body())
            .await
            .code(),
        99991663
    );
}

#[tokio::test]
async fn slow_answers_are_delayed_and_a_client_timeout_fires() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let normal = ok_query(&client, &emulator, &token).await;
    emulator.faults().add(
        FaultRule::new(Fault::Delay(Duration::from_millis(300)))
            .path(QUERY_PATH)
            .times(1),
    );
    let started = Instant::now();
    let slow = ok_query(&client, &emulator, &token).await;
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(slow.text, normal.text);
    // A client that gives up first sees a timeout; the emulator then stops without waiting it out.
    emulator.faults().add(
        FaultRule::new(Fault::Delay(Duration::from_secs(30)))
            .path(QUERY_PATH)
            .times(1),
    );
    let url = format!("{}{QUERY_PATH}?employee_type=employee_id", emulator.url());
    let error = client
        .post(url)
        .bearer_auth(&token)
        .json(&example_body())
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    let stopping = Instant::now();
    emulator.shutdown().await;
    assert!(stopping.elapsed() < Duration::from_secs(20));
}

#[tokio::test]
async fn dropped_connections_get_no_answer() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let drop = emulator.faults().add(
        FaultRule::new(Fault::DropConnection)
            .path(QUERY_PATH)
            .times(1),
    );
    let url = format!("{}{QUERY_PATH}?employee_type=employee_id", emulator.url());
    let error = client
        .post(&url)
        .bearer_auth(&token)
        .json(&example_body())
        .send()
        .await
        .unwrap_err();
    assert!(!error.is_status() && error.status().is_none(), "{error:?}");
    assert_eq!(emulator.faults().fired(drop), 1);
    let journal = emulator.requests();
    let last = journal.last().unwrap();
    assert_eq!(
        (last.status, last.fault, last.code),
        (0, Some("drop_connection"), None)
    );
    ok_query(&client, &emulator, &token).await;
}

#[tokio::test]
async fn truncated_and_aborted_bodies() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let whole = ok_query(&client, &emulator, &token).await.text;

    emulator.faults().add(
        FaultRule::new(Fault::TruncatedBody)
            .path(QUERY_PATH)
            .times(1),
    );
    let cut = query(&client, &emulator, &token, "employee_id", &example_body()).await;
    assert_eq!(cut.status, 200);
    assert_eq!(
        cut.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(cut.text.as_bytes(), &whole.as_bytes()[..whole.len() / 2]);
    assert_eq!(
        cut.header("content-length"),
        Some((whole.len() / 2).to_string().as_str())
    );
    assert!(serde_json::from_str::<Value>(&cut.text).is_err());

    emulator
        .faults()
        .add(FaultRule::new(Fault::AbortedBody).path(QUERY_PATH).times(1));
    let url = format!("{}{QUERY_PATH}?employee_type=employee_id", emulator.url());
    let response = client
        .post(&url)
        .bearer_auth(&token)
        .json(&example_body())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.content_length(), Some(whole.len() as u64));
    assert!(response.headers().contains_key("x-tt-logid"));
    let error = response.bytes().await.unwrap_err();
    assert!(
        error.is_body() || error.is_decode() || error.is_request(),
        "{error:?}"
    );
    ok_query(&client, &emulator, &token).await;
}

#[tokio::test]
async fn html_gateway_pages() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    emulator.faults().add(
        FaultRule::new(Fault::BadGatewayHtml)
            .path(TOKEN_PATH)
            .method("POST")
            .times(1),
    );
    let reply = token_reply(&client, &emulator, emulator.app_id(), emulator.app_secret()).await;
    assert_eq!(
        (reply.status, reply.header("content-type")),
        (502, Some("text/html"))
    );
    assert!(
        reply.text.starts_with("<html>") && reply.text.contains("502 Bad Gateway"),
        "{}",
        reply.text
    );
    assert_eq!(reply.log_id(), log_id(1));
    assert!(serde_json::from_str::<Value>(&reply.text).is_err());
    token(&client, &emulator).await;
}

#[tokio::test]
async fn unknown_enum_values_and_extra_fields_still_decode() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let normal = ok_query(&client, &emulator, &token).await.json();
    let normal_records = normal["data"]["user_remedys"].as_array().unwrap().clone();
    assert!(!normal_records.is_empty());

    emulator.faults().add(
        FaultRule::new(Fault::UnknownEnumValues)
            .path(QUERY_PATH)
            .times(1),
    );
    let odd = ok_query(&client, &emulator, &token).await;
    let odd_records = odd.records();
    assert_eq!(odd_records.len(), normal_records.len());
    for (odd, normal) in odd_records.iter().zip(&normal_records) {
        assert_eq!(
            (
                odd["status"].clone(),
                odd["work_type"].clone(),
                odd["punch_no"].clone()
            ),
            (json!(5), json!(3), json!(3))
        );
        assert_eq!(odd["approval_id"], normal["approval_id"]);
    }
    let decoded: QueryResponse = serde_json::from_value(odd.json()["data"].clone()).unwrap();
    let first = &decoded.user_remedys[0];
    assert_eq!(
        (first.status, first.work_type, first.punch_no),
        (
            Some(RemedyStatus::Unknown(5)),
            Some(WorkType::Unknown(3)),
            Some(PunchNo::Unknown(3))
        )
    );

    emulator
        .faults()
        .add(FaultRule::new(Fault::ExtraFields).path(QUERY_PATH).times(1));
    let extra = ok_query(&client, &emulator, &token).await.json();
    assert_eq!(
        extra["emulator_extra"],
        json!({ "since": "v2", "flags": [1, 2] })
    );
    assert_eq!(
        extra["data"]["emulator_extra"],
        json!({ "since": "v2", "flags": [1, 2] })
    );
    for record in extra["data"]["user_remedys"].as_array().unwrap() {
        assert_eq!(record["extra_note"], json!("added by a newer server"));
        assert_eq!(record["extra_detail"], json!({ "level": 1 }));
    }
    let with_extras: QueryResponse = serde_json::from_value(extra["data"].clone()).unwrap();
    let without: QueryResponse = serde_json::from_value(normal["data"].clone()).unwrap();
    assert_eq!(with_extras, without);
    // Errors are left alone.
    emulator
        .faults()
        .add(FaultRule::new(Fault::ExtraFields).path(QUERY_PATH).times(1));
    let error = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&[], 0, 1),
    )
    .await
    .json();
    assert!(error.get("emulator_extra").is_none());
}

#[tokio::test]
async fn patterns_budgets_and_seeded_probabilities() {
    async fn run(seed: u64) -> Vec<u16> {
        let emulator = builder()
            .seed(seed)
            .rate_limiting(RateLimiting::Off)
            .start()
            .await
            .unwrap();
        let client = http();
        let token = token(&client, &emulator).await;
        emulator.faults().add(
            FaultRule::new(Fault::Error {
                status: 500,
                code: 1225000,
                msg: "internal server error".into(),
            })
            .path("/open-apis/attendance/*")
            .probability(0.5),
        );
        let mut statuses = Vec::new();
        for _ in 0..40 {
            statuses.push(
                query(&client, &emulator, &token, "employee_id", &example_body())
                    .await
                    .status,
            );
        }
        // The rule never touched the token endpoint.
        emulator_support::token(&client, &emulator).await;
        statuses
    }
    let first = run(7).await;
    assert_eq!(first, run(7).await);
    assert!(first.contains(&500) && first.contains(&200), "{first:?}");
    assert_ne!(first, run(8).await);

    // `after` lets requests through first; removing a rule stops it.
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let rule = emulator.faults().add(
        FaultRule::new(Fault::BadGatewayHtml)
            .path(QUERY_PATH)
            .after(2),
    );
    let statuses = [
        query(&client, &emulator, &token, "employee_id", &example_body())
            .await
            .status,
        query(&client, &emulator, &token, "employee_id", &example_body())
            .await
            .status,
        query(&client, &emulator, &token, "employee_id", &example_body())
            .await
            .status,
        query(&client, &emulator, &token, "employee_id", &example_body())
            .await
            .status,
    ];
    assert_eq!(statuses, [200, 200, 502, 502]);
    assert!(emulator.faults().remove(rule));
    ok_query(&client, &emulator, &token).await;
    let kinds: Vec<Option<&str>> = emulator.requests().iter().map(|r| r.fault).collect();
    assert_eq!(
        kinds,
        [
            None,
            None,
            None,
            Some("bad_gateway_html"),
            Some("bad_gateway_html"),
            None
        ]
    );
}
