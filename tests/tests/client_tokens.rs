//! Which token the client sends, per endpoint: tenant, app (fetched through the generated
//! `auth.v3` method and cached like the tenant token) or a per-call user token; a call the
//! client cannot authenticate fails before anything is sent. The endpoints are a user crate's
//! own specs (`tests/specs/tokens`), served by the emulator from their registry.

mod client_support;
mod emulator_support;

use client_support::{bearer, client, client_builder};
use emulator_support::builder;
use feishu_api::{Error, RequestOptions};
use feishu_emulator::{APP_TOKEN_PATH, RunningEmulator, TOKEN_PATH};

feishu_macros::generate_api!(
    "../specs/tokens",
    crate = ::feishu_api,
    extension_trait = DemoApi
);

use demo::v1::app_info::get::GetRequest as AppInfoRequest;
use demo::v1::note::get::GetRequest as NoteRequest;
use demo::v1::profile::get::GetRequest as ProfileRequest;

async fn emulator() -> RunningEmulator {
    builder()
        .endpoints(ENDPOINTS)
        .start()
        .await
        .expect("emulator starts")
}

fn paths(emulator: &RunningEmulator) -> Vec<String> {
    emulator.requests().into_iter().map(|r| r.path).collect()
}

#[tokio::test]
async fn a_user_only_endpoint_without_a_user_token_fails_before_sending() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let err = client
        .demo()
        .v1()
        .profile()
        .get(&ProfileRequest::builder().build())
        .await
        .unwrap_err();
    let Error::Config(message) = &err else {
        panic!("not a configuration error: {err:?}")
    };
    assert_eq!(
        message,
        "demo.v1.profile.get accepts only user_access_token, and this call has none; pass one \
         with RequestOptions::user_access_token"
    );
    assert_eq!(
        emulator.request_count(),
        0,
        "nothing was sent, not even a token request"
    );
}

#[tokio::test]
async fn a_user_token_goes_to_endpoints_that_accept_one() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let user = emulator.user_access_token();
    assert!(user.starts_with("u-"), "{user}");
    let options = RequestOptions::new().user_access_token(user.clone());
    let profile = client
        .demo()
        .v1()
        .profile()
        .get_with(&ProfileRequest::builder().build(), &options)
        .await
        .unwrap();
    assert_eq!(profile.name.as_deref(), Some("Li Lei"));
    // Preferred where the endpoint also takes the tenant token the client has.
    let note = NoteRequest::builder().note_id("n 1").build();
    let answer = client
        .demo()
        .v1()
        .note()
        .get_with(&note, &options)
        .await
        .unwrap();
    assert_eq!(answer.text.as_deref(), Some("hello"));
    // Without it, the same endpoint gets the tenant token.
    client.demo().v1().note().get(&note).await.unwrap();
    let requests = emulator.requests();
    let sent: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| (r.path.as_str(), r.header("authorization").unwrap_or("")))
        .collect();
    let user = format!("Bearer {user}");
    assert_eq!(sent.len(), 4, "{sent:?}");
    assert_eq!(sent[0], ("/open-apis/demo/v1/profile", user.as_str()));
    assert_eq!(sent[1], ("/open-apis/demo/v1/notes/n%201", user.as_str()));
    assert_eq!(
        sent[2].0, TOKEN_PATH,
        "the tenant token is fetched only when needed"
    );
    assert_eq!(sent[3].0, "/open-apis/demo/v1/notes/n%201");
    assert!(sent[3].1.starts_with("Bearer t-"), "{sent:?}");
    assert_eq!(client.token_fetch_count(), 1);
    assert_eq!(client.app_token_fetch_count(), 0);
}

#[tokio::test]
async fn an_app_only_endpoint_gets_a_cached_app_token() {
    let emulator = emulator().await;
    let client = client(&emulator);
    for _ in 0..3 {
        let info = client
            .demo()
            .v1()
            .app_info()
            .get(&AppInfoRequest::builder().build())
            .await
            .unwrap();
        assert_eq!(info.app_name.as_deref(), Some("Demo"));
    }
    assert_eq!(
        paths(&emulator),
        [
            APP_TOKEN_PATH,
            "/open-apis/demo/v1/app_info",
            "/open-apis/demo/v1/app_info",
            "/open-apis/demo/v1/app_info"
        ]
    );
    let requests = emulator.requests();
    // The generated auth.v3 request, exactly as the reference page documents it.
    let body: serde_json::Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"app_id": emulator.app_id(), "app_secret": emulator.app_secret()})
    );
    assert!(
        requests[0].header("authorization").is_none(),
        "token requests carry no token"
    );
    assert!(
        bearer(&requests[1]).starts_with("a-"),
        "{}",
        bearer(&requests[1])
    );
    assert!(
        requests[1..]
            .iter()
            .all(|r| bearer(r) == bearer(&requests[1]))
    );
    assert_eq!(client.app_token_fetch_count(), 1);
    assert_eq!(client.token_fetch_count(), 0);
}

#[tokio::test]
async fn a_revoked_app_token_is_fetched_again_once() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let request = AppInfoRequest::builder().build();
    client.demo().v1().app_info().get(&request).await.unwrap();
    emulator.revoke_tokens();
    client.demo().v1().app_info().get(&request).await.unwrap();
    let requests = emulator.requests();
    let outcome: Vec<(&str, Option<i64>)> =
        requests.iter().map(|r| (r.path.as_str(), r.code)).collect();
    assert_eq!(
        outcome,
        [
            (APP_TOKEN_PATH, Some(0)),
            ("/open-apis/demo/v1/app_info", Some(0)),
            ("/open-apis/demo/v1/app_info", Some(99991663)),
            (APP_TOKEN_PATH, Some(0)),
            ("/open-apis/demo/v1/app_info", Some(0)),
        ]
    );
    assert_ne!(bearer(&requests[1]), bearer(&requests[4]));
    assert_eq!(client.app_token_fetch_count(), 2);
}

#[tokio::test]
async fn a_client_with_a_fixed_tenant_token_cannot_call_an_app_only_endpoint() {
    let emulator = emulator().await;
    let client = client_builder(&emulator)
        .tenant_access_token("t-given")
        .build()
        .unwrap();
    let err = client
        .demo()
        .v1()
        .app_info()
        .get(&AppInfoRequest::builder().build())
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid client configuration: demo.v1.app_info.get accepts only app_access_token, and this call has \
         none; build the client with app credentials"
    );
    // A per-call app token works there.
    let options = RequestOptions::new().app_access_token("a-unknown");
    let err = client
        .demo()
        .v1()
        .app_info()
        .get_with(&AppInfoRequest::builder().build(), &options)
        .await
        .unwrap_err();
    let Error::Api(api) = err else {
        panic!("{err:?}")
    };
    assert_eq!(api.code, 99991663, "sent, and refused as unknown");
    assert_eq!(emulator.request_count(), 1);
}

#[tokio::test]
async fn a_tenant_token_is_refused_where_only_a_user_token_is_accepted() {
    let emulator = emulator().await;
    let client = client(&emulator);
    let tenant = emulator_support::token(&emulator_support::http(), &emulator).await;
    // Given as a user token on purpose: the server tells the kinds apart.
    let options = RequestOptions::new().user_access_token(tenant);
    let err = client
        .demo()
        .v1()
        .profile()
        .get_with(&ProfileRequest::builder().build(), &options)
        .await
        .unwrap_err();
    let Error::Api(api) = err else {
        panic!("{err:?}")
    };
    assert_eq!(api.code, 99991663);
}
