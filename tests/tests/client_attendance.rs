//! Attendance groups and shifts through the SDK against the emulator over loopback: lists walked
//! page by page as streams (every item once, through real page tokens), shifts created, found,
//! fetched and deleted with each write seen by the reads after it, and the stream's guards (an
//! error mid-walk, a server that repeats its token).

mod client_support;
mod emulator_support;

use client_support::{client, fast_retry};
use emulator_support::builder;
use feishu_api::attendance::v1::{group, shift};
use feishu_api::prelude::*;
use feishu_api::{Error, Stream};
use feishu_emulator::{Fault, FaultRule, RunningEmulator};
use futures_util::{StreamExt, TryStreamExt};

feishu_macros::generate_api!(
    "../specs/paging",
    crate = ::feishu_api,
    extension_trait = PagingApi
);

const SHIFTS: &str = "/open-apis/attendance/v1/shifts";

async fn collect<T>(stream: impl Stream<Item = Result<T, Error>>) -> Vec<Result<T, Error>> {
    stream.collect().await
}

fn list_queries(emulator: &RunningEmulator, path: &str) -> Vec<String> {
    emulator
        .requests()
        .into_iter()
        .filter(|r| r.path == path && r.method == "GET")
        .map(|r| r.query)
        .collect()
}

#[tokio::test]
async fn every_shift_once_through_real_page_tokens() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let request = shift::list::ListRequest::builder().page_size(10).build();
    let shifts: Vec<_> = client
        .attendance()
        .v1()
        .shift()
        .list_items(&request)
        .try_collect()
        .await
        .unwrap();
    let names: Vec<String> = shifts
        .iter()
        .map(|s| s.shift_name.clone().unwrap())
        .collect();
    let expected: Vec<String> = (1..=23).map(|i| format!("Shift {i:02}")).collect();
    assert_eq!(names, expected);
    assert_eq!(names, emulator.shift_names());
    assert_eq!(
        list_queries(&emulator, SHIFTS),
        [
            "page_size=10",
            "page_size=10&page_token=pt10",
            "page_size=10&page_token=pt20"
        ]
    );

    // The same walk by pages: sizes, tokens and has_more as the server gave them.
    let pages = collect(client.attendance().v1().shift().list_pages(&request)).await;
    let seen: Vec<(usize, Option<String>, Option<bool>)> = pages
        .into_iter()
        .map(|p| p.unwrap())
        .map(|p| (p.shift_list.len(), p.page_token, p.has_more))
        .collect();
    assert_eq!(
        seen,
        [
            (10, Some("pt10".into()), Some(true)),
            (10, Some("pt20".into()), Some(true)),
            (3, None, Some(false)),
        ]
    );
}

#[tokio::test]
async fn a_walk_may_start_from_a_token_and_stops_on_the_last_page() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let request = shift::list::ListRequest::builder()
        .page_size(20)
        .page_token("pt20")
        .build();
    let items = collect(client.attendance().v1().shift().list_items(&request)).await;
    let names: Vec<String> = items
        .into_iter()
        .map(|s| s.unwrap().shift_name.unwrap())
        .collect();
    assert_eq!(names, ["Shift 21", "Shift 22", "Shift 23"]);
    assert_eq!(
        list_queries(&emulator, SHIFTS),
        ["page_size=20&page_token=pt20"]
    );
}

#[tokio::test]
async fn a_page_that_keeps_failing_ends_the_walk_after_the_items_before_it() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    // Every attempt at the second page fails; the first page is fine.
    emulator.faults().add(
        FaultRule::new(Fault::Error {
            status: 503,
            code: 1225000,
            msg: "internal error".into(),
        })
        .path(SHIFTS)
        .after(1),
    );
    let request = shift::list::ListRequest::builder().page_size(10).build();
    let items = collect(client.attendance().v1().shift().list_items(&request)).await;
    assert_eq!(items.len(), 11, "ten items, then the error, then nothing");
    assert!(items[..10].iter().all(Result::is_ok));
    let error = items[10].as_ref().unwrap_err();
    assert_eq!(error.code(), Some(1225000));
    let attempts = list_queries(&emulator, SHIFTS);
    assert_eq!(
        attempts,
        [
            "page_size=10",
            "page_size=10&page_token=pt10",
            "page_size=10&page_token=pt10",
            "page_size=10&page_token=pt10"
        ],
        "the page went through the client's retries ({} attempts) like any call",
        fast_retry().max_attempts
    );
}

#[tokio::test]
async fn a_server_that_repeats_its_token_ends_the_stream_with_an_error() {
    let emulator = builder().endpoints(ENDPOINTS).start().await.unwrap();
    let client = client(&emulator);
    let request = demo::v1::item::list::ListRequest::builder().build();
    let pages = collect(client.demo().v1().item().list_pages(&request)).await;
    assert_eq!(pages.len(), 3, "two pages, then the error, then nothing");
    assert!(pages[0].is_ok() && pages[1].is_ok());
    let error = pages[2].as_ref().unwrap_err();
    assert!(matches!(error, Error::PageLoop { page_token, .. } if page_token == "same"));
    assert_eq!(
        error.to_string(),
        "demo.v1.item.list: the server returned page token `same` a second time; stopping \
         instead of looping"
    );
    assert_eq!(
        list_queries(&emulator, "/open-apis/demo/v1/items"),
        ["", "page_token=same"]
    );
}

#[tokio::test]
async fn a_created_shift_is_found_fetched_listed_and_deleted() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let shifts = client.attendance().v1().shift();
    let rule = feishu_api::attendance::v1::types::PunchTimeRule::new(
        "09:30".into(),
        "18:30".into(),
        10,
        30,
        60,
        10,
        30,
        120,
    );
    let create = shift::create::CreateRequest::builder()
        .shift_name("Night watch")
        .punch_times(1)
        .punch_time_rule([rule])
        .build();
    let created = shifts.create(&create).await.unwrap().shift.unwrap();
    let id = created.shift_id.clone().unwrap();
    assert_eq!(created.shift_name.as_deref(), Some("Night watch"));
    assert_eq!(created.punch_time_rule[0].on_time, "09:30");

    // The request sent is the spec's wire form, in spec order.
    let sent = emulator
        .requests()
        .into_iter()
        .find(|r| r.path == SHIFTS && r.method == "POST")
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "shift_name": "Night watch",
            "punch_times": 1,
            "punch_time_rule": [{
                "on_time": "09:30", "off_time": "18:30", "late_minutes_as_late": 10,
                "late_minutes_as_lack": 30, "on_advance_minutes": 60,
                "early_minutes_as_early": 10, "early_minutes_as_lack": 30,
                "off_delay_minutes": 120
            }]
        })
    );

    let fetched = shifts
        .get(
            &shift::get::GetRequest::builder()
                .shift_id(id.clone())
                .build(),
        )
        .await
        .unwrap();
    assert_eq!(fetched, created);
    let found = shifts
        .query(
            &shift::query::QueryRequest::builder()
                .shift_name("Night watch")
                .build(),
        )
        .await
        .unwrap();
    assert_eq!(found, created);
    let all: Vec<_> = shifts
        .list_items(&shift::list::ListRequest::builder().build())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 24);
    assert_eq!(all.last(), Some(&created));

    // The same name again is refused with the documented code.
    let again = shifts.create(&create).await.unwrap_err();
    assert_eq!(again.code(), Some(1226002));

    shifts
        .delete(
            &shift::delete::DeleteRequest::builder()
                .shift_id(id.clone())
                .build(),
        )
        .await
        .unwrap();
    let gone = shifts
        .get(&shift::get::GetRequest::builder().shift_id(id).build())
        .await
        .unwrap_err();
    let api = gone.as_api().unwrap();
    assert_eq!((api.code, api.http_status), (1226003, 400));
    assert_eq!(
        api.documented.map(|d| d.name),
        Some("ShiftInvalid"),
        "the code is the spec's"
    );
    assert_eq!(emulator.shift_names().len(), 23);
}

#[tokio::test]
async fn a_shift_a_group_uses_cannot_be_deleted() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let first = client
        .attendance()
        .v1()
        .shift()
        .list(&shift::list::ListRequest::builder().page_size(1).build())
        .await
        .unwrap();
    let id = first.shift_list[0].shift_id.clone().unwrap();
    let err = client
        .attendance()
        .v1()
        .shift()
        .delete(&shift::delete::DeleteRequest::builder().shift_id(id).build())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(1220600));
    assert_eq!(emulator.shift_names().len(), 23);
}

#[tokio::test]
async fn groups_are_listed_searched_and_fetched() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let groups = client.attendance().v1().group();
    let all: Vec<_> = groups
        .list_items(&group::list::ListRequest::builder().page_size(5).build())
        .try_collect()
        .await
        .unwrap();
    let names: Vec<&str> = all
        .iter()
        .map(|g| g.group_name.as_deref().unwrap())
        .collect();
    let expected: Vec<String> = (1..=12).map(|i| format!("Group {i:02}")).collect();
    assert_eq!(names, expected);
    assert_eq!(
        list_queries(&emulator, "/open-apis/attendance/v1/groups").len(),
        3
    );

    let found = groups
        .search(
            &group::search::SearchRequest::builder()
                .group_name("Group 1")
                .build(),
        )
        .await
        .unwrap();
    let found: Vec<&str> = found
        .group_list
        .iter()
        .map(|g| g.group_name.as_deref().unwrap())
        .collect();
    assert_eq!(found, ["Group 10", "Group 11", "Group 12"]);

    let id = all[1].group_id.clone().unwrap();
    let request = group::get::GetRequest::builder()
        .group_id(id.clone())
        .employee_type(feishu_api::attendance::v1::types::EmployeeType::EmployeeId)
        .dept_type(feishu_api::attendance::v1::types::DeptType::OpenId)
        .build();
    let group = groups.get(&request).await.unwrap();
    assert_eq!(group.group_id.as_deref(), Some(id.as_str()));
    assert_eq!(group.group_name.as_deref(), Some("Group 02"));
    assert_eq!(group.time_zone.as_deref(), Some("Asia/Tokyo"));
    let sent = emulator.requests().last().cloned().unwrap();
    assert_eq!(sent.path, format!("/open-apis/attendance/v1/groups/{id}"));
    assert_eq!(sent.query, "employee_type=employee_id&dept_type=open_id");
}
