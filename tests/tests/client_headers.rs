//! Request headers a spec declares (`[[request.headers]]`) travel on the wire, are validated
//! before anything is sent, and a server decoding the request (the emulator) finds them.

mod client_support;
mod emulator_support;

use client_support::client;
use emulator_support::{builder, http, read, token};
use feishu_api::{Endpoint, Error};
use serde_json::json;

feishu_macros::generate_api!(
    "../specs/headers",
    crate = ::feishu_api,
    extension_trait = HeadersApi
);

use demo::v1::note::create::{CreateRequest, Locale};

#[tokio::test]
async fn declared_headers_are_sent_and_checked() {
    let emulator = builder().endpoints(ENDPOINTS).start().await.unwrap();
    let client = client(&emulator);
    let request = CreateRequest::builder()
        .x_biz_user("ou_1")
        .locale(Locale::Zh)
        .text("hello")
        .build();
    assert_eq!(
        request.headers(),
        [
            ("X-Biz-User", "ou_1".to_owned()),
            ("Locale", "zh".to_owned())
        ]
    );
    let answer = client.demo().v1().note().create(&request).await.unwrap();
    assert_eq!(answer.id.as_deref(), Some("n1"));
    let sent = emulator.requests().last().cloned().unwrap();
    assert_eq!(sent.path, "/open-apis/demo/v1/notes");
    assert_eq!(sent.header("x-biz-user"), Some("ou_1"));
    assert_eq!(sent.header("locale"), Some("zh"));

    // A header breaking its rule fails before anything is sent.
    let before = emulator.requests().len();
    let long = CreateRequest::builder()
        .x_biz_user("ou_123456789")
        .text("x")
        .build();
    match client.demo().v1().note().create(&long).await {
        Err(Error::Validation { violations, .. }) => assert_eq!(
            violations.to_string(),
            "X-Biz-User: at most 8 characters, got 12"
        ),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert_eq!(emulator.requests().len(), before);
}

#[tokio::test]
async fn a_server_finds_a_missing_header() {
    let emulator = builder().endpoints(ENDPOINTS).start().await.unwrap();
    let http = http();
    let token = token(&http, &emulator).await;
    let reply = read(
        http.post(format!("{}/open-apis/demo/v1/notes", emulator.url()))
            .bearer_auth(&token)
            .json(&json!({"text": "hello"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, 400, "{}", reply.text);
    assert_eq!(
        reply.json()["error"]["field_violations"][0]["field"],
        "X-Biz-User"
    );
    // With it, the same request passes.
    let decoded = CreateRequest::from_wire_with_headers(
        "",
        &[],
        &[("x-biz-user", "ou_1"), ("LOCALE", "en")],
        br#"{"text": "hello"}"#,
    )
    .unwrap();
    assert_eq!(decoded.locale, Some(Locale::En));
    assert_eq!(decoded.x_biz_user, "ou_1");
}
