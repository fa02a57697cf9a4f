//! Every JSON method of `specs/`, through the SDK against the emulator (answering with each
//! spec's example): the request decoded from the spec's example is sent, and what arrives on
//! the wire is exactly the example (method, path with its parameters, query, body, headers);
//! the answer decodes to exactly the example's data. A spec added without being listed here
//! fails `every_spec_has_a_wire_test`.

mod client_support;
mod emulator_support;

use feishu_api::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use client_support::client;
use emulator_support::builder;
use feishu_api::Endpoint;
use feishu_api::attendance::v1::{
    approval_info, archive_rule, group, leave_accrual_record, leave_employ_expire_record, shift,
    user_approval, user_daily_shift, user_flow, user_setting, user_stats_data, user_stats_field,
    user_stats_view, user_task, user_task_remedy,
};
use feishu_emulator::RunningEmulator;
use serde_json::Value;

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

/// The spec file of an endpoint, by its names.
fn spec_of<E: Endpoint>() -> toml::Table {
    let info = E::INFO;
    let path = specs_dir()
        .join(info.service)
        .join(info.version)
        .join(info.resource)
        .join(format!("{}.toml", info.method));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.parse().unwrap()
}

struct Example {
    query: String,
    path: Vec<(String, String)>,
    body: String,
    response: Value,
}

fn example_of<E: Endpoint>() -> Example {
    let spec = spec_of::<E>();
    let ex = spec["example"]
        .as_table()
        .expect("the spec has an [example]");
    let text = |k: &str| {
        ex.get(k)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let path = ex
        .get("path")
        .and_then(|p| p.as_table())
        .map(|t| {
            t.iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Example {
        query: text("query"),
        path,
        body: text("request_body"),
        response: serde_json::from_str(&text("response")).expect("the example response is JSON"),
    }
}

fn encode_segment(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Sends the spec's example request of `E` and checks the wire and the answer.
async fn example_round_trip<E>(emulator: &RunningEmulator) -> &'static str
where
    E: Endpoint,
    E::Response: serde::de::DeserializeOwned + serde::Serialize,
{
    let info = E::INFO;
    let example = example_of::<E>();
    let params: Vec<(&str, &str)> = example
        .path
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let request = E::from_wire(&example.query, &params, example.body.as_bytes())
        .unwrap_or_else(|v| panic!("{}: the example does not decode: {v}", info.name()));
    let before = emulator.request_count();
    let answer = client(emulator)
        .execute(&request)
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", info.name()));

    let sent: Vec<_> = emulator
        .requests()
        .into_iter()
        .filter(|r| r.seq > before && !r.path.starts_with("/open-apis/auth/"))
        .collect();
    assert_eq!(sent.len(), 1, "{}: one request", info.name());
    let sent = &sent[0];
    assert_eq!(sent.method, info.http_method.as_str(), "{}", info.name());
    let mut path = info.path.to_owned();
    for (name, value) in &example.path {
        path = path.replace(&format!(":{name}"), &encode_segment(value));
    }
    assert_eq!(sent.path, path, "{}: path", info.name());
    assert_eq!(sent.query, example.query, "{}: query", info.name());
    assert!(
        sent.header("authorization")
            .is_some_and(|a| a.starts_with("Bearer t-")),
        "{}: the tenant token",
        info.name()
    );
    if example.body.trim().is_empty() && sent.body.is_empty() {
        assert_eq!(
            sent.header("content-type"),
            None,
            "{}: no body, no type",
            info.name()
        );
    } else {
        assert_eq!(
            sent.header("content-type"),
            Some("application/json; charset=utf-8"),
            "{}",
            info.name()
        );
        let body: Value = serde_json::from_slice(&sent.body).unwrap();
        let expected: Value = if example.body.trim().is_empty() {
            serde_json::json!({})
        } else {
            serde_json::from_str(&example.body).unwrap()
        };
        assert_eq!(body, expected, "{}: body", info.name());
    }
    let data = example
        .response
        .get("data")
        .cloned()
        .unwrap_or(Value::Object(Default::default()));
    assert_eq!(
        serde_json::to_value(&answer).unwrap(),
        data,
        "{}: answer",
        info.name()
    );
    info.method
}

macro_rules! round_trips {
    ($emulator:expr, $($e:ty),* $(,)?) => {{
        let mut covered = BTreeSet::new();
        $(
            example_round_trip::<$e>(&$emulator).await;
            let info = <$e as Endpoint>::INFO;
            covered.insert(format!("{}/{}/{}/{}", info.service, info.version, info.resource, info.method));
        )*
        covered
    }};
}

async fn all_round_trips() -> BTreeSet<String> {
    let emulator = builder().examples_only(true).start().await.unwrap();
    round_trips!(
        emulator,
        user_task_remedy::query::QueryRequest,
        user_task_remedy::create::CreateRequest,
        user_task::query::QueryRequest,
        user_stats_view::update::UpdateRequest,
        leave_accrual_record::patch::PatchRequest,
        group::get::GetRequest,
        group::list::ListRequest,
        group::search::SearchRequest,
        shift::create::CreateRequest,
        shift::get::GetRequest,
        shift::delete::DeleteRequest,
        shift::list::ListRequest,
        shift::query::QueryRequest,
        approval_info::process::ProcessRequest,
        user_approval::create::CreateRequest,
        user_approval::query::QueryRequest,
        leave_employ_expire_record::get::GetRequest,
        archive_rule::del_report::DelReportRequest,
        archive_rule::list::ListRequest,
        archive_rule::upload_report::UploadReportRequest,
        archive_rule::user_stats_fields_query::UserStatsFieldsQueryRequest,
        user_flow::batch_create::BatchCreateRequest,
        user_flow::batch_del::BatchDelRequest,
        user_flow::get::GetRequest,
        user_flow::query::QueryRequest,
        user_stats_data::query::QueryRequest,
        user_stats_field::query::QueryRequest,
        user_stats_view::query::QueryRequest,
        user_task_remedy::query_user_allowed_remedys::QueryUserAllowedRemedysRequest,
        group::create::CreateRequest,
        group::delete::DeleteRequest,
        group::list_user::ListUserRequest,
        user_daily_shift::batch_create::BatchCreateRequest,
        user_daily_shift::batch_create_temp::BatchCreateTempRequest,
        user_daily_shift::query::QueryRequest,
        user_setting::modify::ModifyRequest,
        user_setting::query::QueryRequest,
    )
}

#[tokio::test]
async fn every_spec_has_a_wire_test() {
    let covered = all_round_trips().await;
    // Covered elsewhere, by the kind of call they are: tokens (client_tokens, client_runtime)
    // and files (client_files).
    let elsewhere = [
        "auth/v3/app_access_token/internal",
        "auth/v3/tenant_access_token/internal",
        "attendance/v1/file/upload",
        "attendance/v1/file/download",
    ];
    let mut specs = BTreeSet::new();
    let mut stack = vec![specs_dir()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                if p.file_name().is_some_and(|n| n != "types") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|e| e == "toml")
                && p.file_name().is_some_and(|n| n != "types.toml")
            {
                let rel = p.strip_prefix(specs_dir()).unwrap().with_extension("");
                specs.insert(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let missing: Vec<&String> = specs
        .iter()
        .filter(|s| !covered.contains(*s) && !elsewhere.contains(&s.as_str()))
        .collect();
    assert!(missing.is_empty(), "specs without a wire test: {missing:?}");
}

#[tokio::test]
async fn a_created_remedy_shows_in_the_remedy_query() {
    use feishu_api::attendance::v1::user_task_remedy::query::{EmployeeType, RemedyStatus};
    use feishu_api::time::{DateYmd, LocalMinute, UnixSeconds};
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let user = emulator.sample_user_ids(EmployeeType::EmployeeId)[0].clone();
    let create = user_task_remedy::create::CreateRequest::builder()
        .employee_type(EmployeeType::EmployeeId)
        .user_id(user.clone())
        .remedy_date(DateYmd::from_raw(20250304))
        .punch_no(user_task_remedy::create::PunchNo::First)
        .work_type(user_task_remedy::create::WorkType::OnDuty)
        .remedy_time(LocalMinute::parse("2025-03-04 09:00").unwrap())
        .reason("Forgot to punch in")
        .build();
    let created = client
        .attendance()
        .v1()
        .user_task_remedy()
        .create(&create)
        .await
        .unwrap()
        .user_remedy
        .unwrap();
    assert_eq!(created.status, Some(RemedyStatus::Pending));
    let query = |status| {
        user_task_remedy::query::QueryRequest::builder()
            .employee_type(EmployeeType::EmployeeId)
            .user_ids([user.clone()])
            .check_time_from(UnixSeconds::new(1_740_960_000)) // 2025-03-03
            .check_time_to(UnixSeconds::new(1_741_219_200)) // 2025-03-06
            .status(status)
            .build()
    };
    let pending = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query(&query(RemedyStatus::Pending))
        .await
        .unwrap();
    let found: Vec<_> = pending
        .user_remedys
        .iter()
        .filter(|r| r.approval_id == created.approval_id)
        .collect();
    assert_eq!(
        found,
        [&created],
        "the created remedy, exactly as create returned it"
    );
    // It is pending, so the default (approved) query does not show it.
    let approved = client
        .attendance()
        .v1()
        .user_task_remedy()
        .query(&query(RemedyStatus::Approved))
        .await
        .unwrap();
    assert!(
        !approved
            .user_remedys
            .iter()
            .any(|r| r.approval_id == created.approval_id)
    );
}
