//! The emulator's authentication over real HTTP: token issue and reuse, credential errors,
//! missing, invalid, revoked and expired tokens, scopes, and log ids on every answer.

mod emulator_support;

use std::time::Duration;

use emulator_support::*;
use feishu_emulator::{AppConfig, codes, log_id};
use serde_json::json;

#[tokio::test]
async fn issues_a_two_hour_token_and_reuses_it_until_the_reissue_window() {
    let emulator = builder().frozen_clock(true).start().await.unwrap();
    let client = http();
    let first = token_reply(&client, &emulator, emulator.app_id(), emulator.app_secret()).await;
    assert_eq!(first.status, 200);
    assert_eq!(
        first.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let body = first.json();
    assert_eq!(
        (
            body["code"].clone(),
            body["msg"].clone(),
            body["expire"].clone()
        ),
        (json!(0), json!("ok"), json!(7200))
    );
    let token = body["tenant_access_token"].as_str().unwrap().to_owned();
    assert!(token.starts_with("t-") && token.len() == 42, "{token}");
    // The same token while at least 30 minutes remain, with the time left.
    let ask = || token_reply(&client, &emulator, emulator.app_id(), emulator.app_secret());
    for (advance, left) in [(5_000, 2_200), (400, 1_800)] {
        emulator.advance_clock(Duration::from_secs(advance));
        let again = ask().await.json();
        assert_eq!(again["tenant_access_token"], json!(token));
        assert_eq!(again["expire"], json!(left));
    }
    // Under 30 minutes left: a new token, while the old one still works until it expires.
    emulator.advance_clock(Duration::from_secs(1));
    let renewed = ask().await.json();
    let new_token = renewed["tenant_access_token"].as_str().unwrap();
    assert_ne!(new_token, token);
    assert_eq!(renewed["expire"], json!(7200));
    assert_eq!(ask().await.json()["tenant_access_token"], json!(new_token));
    let old = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&["abd754f7"], 0, 1),
    )
    .await;
    assert_eq!((old.status, old.code()), (200, 0));
}

#[tokio::test]
async fn wrong_credentials_are_rejected_with_the_platform_codes() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    token_reply(&client, &emulator, emulator.app_id(), "not-the-secret")
        .await
        .assert_error(400, codes::WRONG_SECRET, "app secret invalid");
    token_reply(
        &client,
        &emulator,
        "cli_0000000000000000",
        emulator.app_secret(),
    )
    .await
    .assert_error(400, codes::INVALID_PARAM, "invalid param");
    let url = format!("{}{TOKEN_PATH}", emulator.url());
    post(
        &client,
        url.clone(),
        None,
        &json!({ "app_id": emulator.app_id() }),
    )
    .await
    .assert_error(400, 10003, "invalid param");
    let garbage = read(client.post(url).body("not json").send().await.unwrap()).await;
    garbage.assert_error(400, 10003, "invalid param");
}

#[tokio::test]
async fn missing_invalid_revoked_and_expired_tokens() {
    let emulator = builder()
        .frozen_clock(true)
        .token_ttl(Duration::from_secs(600))
        .start()
        .await
        .unwrap();
    let client = http();
    let body = window(&["abd754f7"], YEAR_FROM, YEAR_TO);
    let url = format!("{}{QUERY_PATH}?employee_type=employee_id", emulator.url());

    let missing = post(&client, url.clone(), None, &body).await;
    missing.assert_error(
        400,
        99991661,
        "Missing access token for authorization. Please make a request with token attached.",
    );
    let not_bearer = read(
        client
            .post(&url)
            .header("authorization", "t-abc")
            .json(&body)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(not_bearer.code(), codes::MISSING_TOKEN);

    let invalid = query(
        &client,
        &emulator,
        "t-0123456789abcdef",
        "employee_id",
        &body,
    )
    .await;
    invalid.assert_error(
        400,
        99991663,
        "Invalid access token for authorization. Please make a request with token attached.",
    );

    let token = token(&client, &emulator).await;
    assert_eq!(
        query(&client, &emulator, &token, "employee_id", &body)
            .await
            .code(),
        0
    );
    emulator.advance_clock(Duration::from_secs(599));
    assert_eq!(
        query(&client, &emulator, &token, "employee_id", &body)
            .await
            .code(),
        0
    );
    emulator.advance_clock(Duration::from_secs(1));
    let expired = query(&client, &emulator, &token, "employee_id", &body).await;
    expired.assert_error(
        400,
        99991677,
        "Authentication token expire. Please refresh your access token.",
    );

    // A fresh token works; revoking makes it (and every earlier one) invalid.
    let fresh = emulator_support::token(&client, &emulator).await;
    assert_ne!(fresh, token);
    assert_eq!(
        query(&client, &emulator, &fresh, "employee_id", &body)
            .await
            .code(),
        0
    );
    emulator.revoke_tokens();
    query(&client, &emulator, &fresh, "employee_id", &body)
        .await
        .assert_error(400, codes::INVALID_TOKEN, codes::INVALID_TOKEN_MSG);
    let after = emulator_support::token(&client, &emulator).await;
    assert!(after != fresh && after != token);
    assert_eq!(
        query(&client, &emulator, &after, "employee_id", &body)
            .await
            .code(),
        0
    );
}

#[tokio::test]
async fn an_app_without_the_scope_is_denied() {
    let emulator = builder()
        .extra_app(
            AppConfig::new("cli_limited00000000", "limited-secret")
                .scopes(["contact:user:readonly"]),
        )
        .start()
        .await
        .unwrap();
    let client = http();
    let reply = token_reply(&client, &emulator, "cli_limited00000000", "limited-secret").await;
    let token = reply.json()["tenant_access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let denied = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&["abd754f7"], 0, 1),
    )
    .await;
    denied.assert_error(
        400,
        99991672,
        "Access denied. One of the following scopes is required: [attendance:task:readonly].",
    );
    assert_eq!(
        denied.json()["error"]["permission_violations"],
        json!([{ "type": "action_scope_required", "subject": "attendance:task:readonly" }])
    );
}

#[tokio::test]
async fn every_answer_carries_its_sequential_log_id() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await; // request 1
    let ok = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&["abd754f7"], 0, 1),
    )
    .await; // 2
    let bad = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&[], 0, 1),
    )
    .await; // 3
    let missing = read(
        client
            .get(format!("{}/open-apis/nothing/here", emulator.url()))
            .send()
            .await
            .unwrap(),
    )
    .await; // 4
    let wrong_method = read(
        client
            .get(format!("{}{QUERY_PATH}", emulator.url()))
            .send()
            .await
            .unwrap(),
    )
    .await; // 5
    assert_eq!(ok.log_id(), log_id(2));
    assert_eq!(ok.log_id(), "20261124000000000000000000000002");
    assert_eq!(bad.log_id(), log_id(3));
    assert_eq!(bad.json()["error"]["log_id"], json!(log_id(3)));
    assert_eq!(
        (missing.status, missing.text.as_str(), missing.log_id()),
        (404, "404 page not found", log_id(4).as_str())
    );
    assert_eq!(
        (wrong_method.status, wrong_method.log_id()),
        (405, log_id(5).as_str())
    );
    let journal = emulator.requests();
    assert_eq!(journal.len(), 5);
    assert_eq!(
        journal.iter().map(|r| r.log_id.clone()).collect::<Vec<_>>(),
        (1..=5).map(log_id).collect::<Vec<_>>()
    );
    assert_eq!(
        journal.iter().map(|r| r.status).collect::<Vec<_>>(),
        [200, 200, 400, 404, 405]
    );
    assert_eq!(
        journal.iter().map(|r| r.code).collect::<Vec<_>>(),
        [Some(0), Some(0), Some(1220001), None, None]
    );
    assert_eq!(
        journal[1].header("authorization"),
        Some(format!("Bearer {token}").as_str())
    );
    assert_eq!(journal[1].query, "employee_type=employee_id");
}

#[tokio::test]
async fn demo_credentials_follow_the_seed() {
    let a = builder().start().await.unwrap();
    let b = builder().start().await.unwrap();
    let c = builder().seed(8).start().await.unwrap();
    assert_eq!((a.app_id(), a.app_secret()), (b.app_id(), b.app_secret()));
    assert_ne!(a.app_id(), c.app_id());
    assert!(
        a.app_id().starts_with("cli_") && a.app_id().len() == 20,
        "{}",
        a.app_id()
    );
    assert_eq!(a.app_secret().len(), 32);
    assert!(a.url().starts_with("http://127.0.0.1:") && a.url() != b.url());
    // Tokens are seeded too: the first token of two same-seed emulators is the same.
    let client = http();
    assert_eq!(token(&client, &a).await, token(&client, &b).await);
    b.shutdown().await;
    assert!(
        client
            .post(format!("{}{TOKEN_PATH}", a.url()))
            .send()
            .await
            .is_ok()
    );
}
