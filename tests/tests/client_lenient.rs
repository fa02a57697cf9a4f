//! One odd value never loses the rest of an answer: a record with an empty Unix-seconds string
//! or a malformed yyyyMMdd date decodes with the value kept as received, over real HTTP.

mod client_support;
mod emulator_support;

use client_support::client;
use emulator_support::builder;
use feishu_api::time::{DateYmd, TimeError, UnixSeconds};

feishu_macros::generate_api!(
    "../specs/lenient",
    crate = ::feishu_api,
    extension_trait = LenientApi
);

#[tokio::test]
async fn malformed_formatted_values_are_kept_and_the_answer_arrives_whole() {
    let emulator = builder().endpoints(ENDPOINTS).start().await.unwrap();
    let client = client(&emulator);
    let answer = client
        .demo()
        .v1()
        .punch()
        .list(&demo::v1::punch::list::ListRequest::builder().build())
        .await
        .unwrap();
    let ids: Vec<&str> = answer
        .punches
        .iter()
        .map(|p| p.id.as_deref().unwrap())
        .collect();
    assert_eq!(ids, ["a", "b", "c"], "every record arrived");
    assert_eq!(answer.punches[0].time, Some(UnixSeconds::new(1611476284)));
    let empty = answer.punches[1].time.as_ref().unwrap();
    assert_eq!(empty.malformed(), Some(""));
    assert_eq!(
        empty.secs(),
        Err(TimeError::BadUnixSeconds { raw: String::new() })
    );
    assert_eq!(answer.punches[2].time, Some(UnixSeconds::new(1611476300)));
    let odd_day = answer.punches[2].day.as_ref().unwrap();
    assert_eq!(odd_day.to_string(), "2021-01-24");
    assert!(odd_day.to_date().is_err());
    assert_eq!(answer.punches[0].day, Some(DateYmd::from_raw(20210124)));
}
