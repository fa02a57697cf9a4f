//! End to end: the generated `client.attendance().v1().user_task_remedy().query(..)` against
//! the emulator over real HTTP, compared record by record with what the seeded tenant's public
//! accessors say it must return; every business error and every fault kind through the SDK.

mod client_support;
mod emulator_support;

use std::collections::BTreeSet;
use std::time::Duration;

use client_support::*;
use emulator_support::{QUERY_PATH, YEAR_FROM, YEAR_TO, builder, expected};
use feishu_api::attendance::v1::user_task_remedy::query::{
    CheckDateType, EmployeeType, PunchNo, QueryErrorCode, QueryRequest, RemedyStatus, WorkType,
};
use feishu_api::time::UnixSeconds;
use feishu_api::{Client, Error};
use feishu_emulator::{AppConfig, EXAMPLE_EMPLOYEE_ID, Fault, FaultRule, codes};
use serde_json::{Value, json};

const USER_NOT_FOUND_MSG: &str = "user_id is not exist or does not have permission";

fn ids(samples: &[String]) -> Vec<&str> {
    samples.iter().map(String::as_str).collect()
}

#[tokio::test]
async fn the_query_returns_exact_records_in_both_id_spaces() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let tenant = emulator.tenant();
    let by_id_samples = emulator.sample_user_ids(EmployeeType::EmployeeId);
    let by_no_samples = emulator.sample_user_ids(EmployeeType::EmployeeNo);
    assert_eq!(by_id_samples[0], EXAMPLE_EMPLOYEE_ID);

    let mut answers = Vec::new();
    for (kind, samples) in [
        (EmployeeType::EmployeeId, &by_id_samples),
        (EmployeeType::EmployeeNo, &by_no_samples),
    ] {
        let ids = ids(samples);
        let response = query(&client, &request(kind.clone(), &ids, YEAR_FROM, YEAR_TO))
            .await
            .unwrap();
        let want = expected(
            tenant,
            &kind,
            &ids,
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Approved,
        );
        assert!(want.len() >= 5, "every sample user has approved remedies");
        assert_eq!(records(&response), want);
        // Every user answers, in request order, in the requested id space.
        let users: Vec<&str> = response
            .user_remedys
            .iter()
            .map(|r| r.user_id.as_deref().unwrap())
            .collect();
        let mut order = users.clone();
        order.dedup();
        assert_eq!(order, ids);
        // The typed times agree with each other in the record's zone.
        for record in &response.user_remedys {
            let time = record.time.as_ref().unwrap().secs().unwrap();
            let zoned = record.remedy_time_zoned().unwrap().unwrap();
            assert_eq!(
                UnixSeconds::from(&zoned).secs().unwrap(),
                time - time.rem_euclid(60)
            );
            // The attendance date is the punch's local date, or the day before for the
            // off-duty punch of a shift across midnight.
            let date = record.remedy_date.as_ref().unwrap().to_date().unwrap();
            let local = zoned.date();
            assert!(
                date == local || (date.tomorrow().unwrap() == local && zoned.hour() < 12),
                "{record:?}"
            );
            assert_eq!(record.status, Some(RemedyStatus::Approved));
        }
        answers.push(response);
    }
    // The same people in both id spaces: the same records but for user_id.
    let strip = |records: Vec<Value>| -> Vec<Value> {
        records
            .into_iter()
            .map(|mut r| {
                r.as_object_mut().unwrap().remove("user_id");
                r
            })
            .collect()
    };
    assert_eq!(strip(records(&answers[0])), strip(records(&answers[1])));
    assert_eq!(
        outcomes(&query_requests(&emulator)),
        [(200, Some(0), None); 2]
    );
    let queries: Vec<String> = query_requests(&emulator)
        .into_iter()
        .map(|r| r.query)
        .collect();
    assert_eq!(
        queries,
        ["employee_type=employee_id", "employee_type=employee_no"]
    );
}

#[tokio::test]
async fn fifty_users_at_once() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let tenant = emulator.tenant();
    let numbers: Vec<&str> = tenant.employees()[100..150]
        .iter()
        .map(|e| e.employee_no())
        .collect();
    let response = query(
        &client,
        &request(EmployeeType::EmployeeNo, &numbers, YEAR_FROM, YEAR_TO),
    )
    .await
    .unwrap();
    let want = expected(
        tenant,
        &EmployeeType::EmployeeNo,
        &numbers,
        YEAR_FROM,
        YEAR_TO,
        RemedyStatus::Approved,
    );
    assert!(want.len() > 50);
    assert_eq!(records(&response), want);
}

#[tokio::test]
async fn every_status_filter_returns_exactly_its_records() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let tenant = emulator.tenant();
    let samples = emulator.sample_user_ids(EmployeeType::EmployeeId);
    let ids = ids(&samples);
    let mut total = 0;
    for status in RemedyStatus::KNOWN {
        let request = QueryRequest::builder()
            .employee_type(EmployeeType::EmployeeId)
            .user_ids(ids.iter().copied())
            .check_time_from(UnixSeconds::new(YEAR_FROM))
            .check_time_to(UnixSeconds::new(YEAR_TO))
            .status(*status)
            .build();
        let response = query(&client, &request).await.unwrap();
        let want = expected(
            tenant,
            &EmployeeType::EmployeeId,
            &ids,
            YEAR_FROM,
            YEAR_TO,
            *status,
        );
        assert_eq!(records(&response), want, "status {status:?}");
        assert!(
            response
                .user_remedys
                .iter()
                .all(|r| r.status == Some(*status))
        );
        total += response.user_remedys.len();
    }
    // The five statuses partition the users' records of the year.
    let all: usize = ids
        .iter()
        .map(|id| {
            let employee = tenant.employee(&EmployeeType::EmployeeId, id).unwrap();
            tenant
                .remedies(employee)
                .iter()
                .filter(|r| (YEAR_FROM..=YEAR_TO).contains(&r.time().as_second()))
                .count()
        })
        .sum();
    assert_eq!(total, all);
    // No status means approved.
    let default = query(
        &client,
        &request(EmployeeType::EmployeeId, &ids, YEAR_FROM, YEAR_TO),
    )
    .await
    .unwrap();
    assert_eq!(
        records(&default),
        expected(
            tenant,
            &EmployeeType::EmployeeId,
            &ids,
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Approved
        )
    );
    let bodies: Vec<Value> = query_requests(&emulator)
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    let statuses: Vec<&Value> = bodies.iter().map(|b| &b["status"]).collect();
    assert_eq!(
        statuses,
        [
            &json!(0),
            &json!(1),
            &json!(2),
            &json!(3),
            &json!(4),
            &Value::Null
        ]
    );
}

#[tokio::test]
async fn the_time_window_is_exact_and_inclusive() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let tenant = emulator.tenant();
    let approved_times = |employee: &feishu_emulator::Employee| -> Vec<i64> {
        tenant
            .remedies(employee)
            .iter()
            .filter(|r| r.status() == RemedyStatus::Approved)
            .map(|r| r.time().as_second())
            .collect()
    };
    // The first employee with at least four approved remedies.
    let employee = tenant
        .employees()
        .iter()
        .find(|e| approved_times(e).len() >= 4)
        .unwrap();
    let approved = approved_times(employee);
    let example = [employee.employee_id()];
    let window = |from: i64, to: i64| request(EmployeeType::EmployeeId, &example, from, to);
    let times = |response: &feishu_api::attendance::v1::user_task_remedy::query::QueryResponse| {
        response
            .user_remedys
            .iter()
            .map(|r| r.time.as_ref().unwrap().secs().unwrap())
            .collect::<Vec<i64>>()
    };

    // From the second approved record to the fourth, both bounds on a record.
    let (from, to) = (approved[1], approved[3]);
    let response = query(&client, &window(from, to)).await.unwrap();
    assert_eq!(
        records(&response),
        expected(
            tenant,
            &EmployeeType::EmployeeId,
            &example,
            from,
            to,
            RemedyStatus::Approved
        )
    );
    assert_eq!(times(&response), approved[1..=3]);
    // A one-second window on a record holds just that record.
    let response = query(&client, &window(from, from)).await.unwrap();
    assert_eq!(times(&response), [from]);
    // A second past either bound drops it.
    let response = query(&client, &window(from + 1, to - 1)).await.unwrap();
    assert_eq!(times(&response), [approved[2]]);
    // Before the seeded year there is nothing.
    let response = query(&client, &window(YEAR_FROM - 86_400 * 30, YEAR_FROM))
        .await
        .unwrap();
    assert!(response.user_remedys.is_empty());
    assert_eq!(
        outcomes(&query_requests(&emulator)),
        [(200, Some(0), None); 4]
    );
}

// ---------------------------------------------------------------------------------------------
// Business errors
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn unknown_users_fail_the_whole_call_with_user_not_found() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    // An unknown id, and an employee number sent as an employee id.
    let request = request(
        EmployeeType::EmployeeId,
        &[EXAMPLE_EMPLOYEE_ID, "nobody00", "E00001"],
        YEAR_FROM,
        YEAR_TO,
    );
    let api = api_error(query(&client, &request).await);
    let queries = query_requests(&emulator);
    assert_eq!(outcomes(&queries), [(400, Some(1_220_004), None)]);
    let log_id = &queries[0].log_id;
    assert_eq!(
        (
            api.endpoint.as_str(),
            api.http_status,
            api.code,
            api.msg.as_str(),
            api.name(),
            api.log_id.as_deref(),
        ),
        (
            QUERY_ENDPOINT,
            400,
            1_220_004,
            USER_NOT_FOUND_MSG,
            Some("UserNotFound"),
            Some(log_id.as_str()),
        )
    );
    let violations: Vec<(&str, Option<&str>, &str)> = api
        .details
        .field_violations
        .iter()
        .map(|v| (v.field.as_str(), v.value.as_deref(), v.description.as_str()))
        .collect();
    assert_eq!(
        violations,
        [
            ("user_ids", Some("nobody00"), USER_NOT_FOUND_MSG),
            ("user_ids", Some("E00001"), USER_NOT_FOUND_MSG),
        ]
    );
    assert_eq!(
        api.to_string(),
        format!(
            "attendance.v1.user_task_remedy.query failed: code 1220004 (UserNotFound), HTTP 400: {USER_NOT_FOUND_MSG}; hint: {}; field `user_ids`: {USER_NOT_FOUND_MSG}; field `user_ids`: {USER_NOT_FOUND_MSG} (log id {log_id})",
            QueryErrorCode::UserNotFound.hint()
        )
    );
}

#[tokio::test]
async fn unsupported_check_date_types_answer_the_general_error() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    for (kind, msg) in [
        (
            CheckDateType::CreateTime,
            "check_date_type CreateTime is not supported (目前暂不支持)",
        ),
        (
            CheckDateType::UpdateTime,
            "check_date_type UpdateTime is not supported (灰度中，暂不开放)",
        ),
    ] {
        assert!(!kind.is_supported());
        let request = QueryRequest::builder()
            .employee_type(EmployeeType::EmployeeId)
            .user_ids([EXAMPLE_EMPLOYEE_ID])
            .check_time_from(UnixSeconds::new(YEAR_FROM))
            .check_time_to(UnixSeconds::new(YEAR_TO))
            .check_date_type(kind)
            .build();
        let api = api_error(query(&client, &request).await);
        let log_id = query_requests(&emulator).last().unwrap().log_id.clone();
        assert_eq!(
            (
                api.http_status,
                api.code,
                api.msg.as_str(),
                api.name(),
                api.log_id.as_deref()
            ),
            (400, 1_220_600, msg, Some("General"), Some(log_id.as_str()))
        );
        assert_eq!(api.hint(), Some(QueryErrorCode::General.hint()));
    }
    assert_eq!(
        outcomes(&query_requests(&emulator)),
        [(400, Some(1_220_600), None); 2]
    );
}

#[tokio::test]
async fn undocumented_request_values_answer_param_invalid() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let base = || {
        QueryRequest::builder()
            .user_ids([EXAMPLE_EMPLOYEE_ID])
            .check_time_from(UnixSeconds::new(YEAR_FROM))
            .check_time_to(UnixSeconds::new(YEAR_TO))
    };
    let cases = [
        (
            base()
                .employee_type(EmployeeType::Unknown("open_id".into()))
                .build(),
            "employee_type invalid",
        ),
        (
            base()
                .employee_type(EmployeeType::EmployeeId)
                .status(RemedyStatus::Unknown(9))
                .build(),
            "status invalid",
        ),
        (
            base()
                .employee_type(EmployeeType::EmployeeId)
                .check_date_type(CheckDateType::Unknown("DayTime".into()))
                .build(),
            "check_date_type invalid",
        ),
    ];
    for (request, msg) in &cases {
        let api = api_error(query(&client, request).await);
        assert_eq!(
            (api.http_status, api.code, api.msg.as_str(), api.name()),
            (400, 1_220_001, *msg, Some("ParamInvalid"))
        );
    }
    // The unknown values went out as given.
    let queries = query_requests(&emulator);
    assert_eq!(outcomes(&queries), [(400, Some(1_220_001), None); 3]);
    assert_eq!(queries[0].query, "employee_type=open_id");
    let body = |i: usize| serde_json::from_slice::<Value>(&queries[i].body).unwrap();
    assert_eq!(body(1)["status"], json!(9));
    assert_eq!(body(2)["check_date_type"], json!("DayTime"));
}

#[tokio::test]
async fn an_app_without_the_scope_is_denied() {
    let emulator = builder()
        .extra_app(
            AppConfig::new("cli_0000000000000001", "scoped-app-secret")
                .scopes(["contact:user.base:readonly"]),
        )
        .start()
        .await
        .unwrap();
    let client = client_builder(&emulator)
        .app_credentials("cli_0000000000000001", "scoped-app-secret")
        .build()
        .unwrap();
    let api = api_error(query(&client, &example_request()).await);
    let queries = query_requests(&emulator);
    // Not a token error: no refresh, no retry.
    assert_eq!(
        outcomes(&queries),
        [(400, Some(codes::SCOPE_MISSING), None)]
    );
    assert_eq!(token_requests(&emulator).len(), 1);
    assert_eq!(
        (api.http_status, api.code, api.name()),
        (400, 99_991_672, None)
    );
    let denied: Vec<(&str, &str)> = api
        .details
        .permission_violations
        .iter()
        .map(|v| (v.kind.as_str(), v.subject.as_str()))
        .collect();
    assert_eq!(
        denied,
        [("action_scope_required", "attendance:task:readonly")]
    );
    assert_eq!(
        api.to_string(),
        format!(
            "attendance.v1.user_task_remedy.query failed: code 99991672, HTTP 400: Access denied. One of the following scopes is required: [attendance:task:readonly].; needs action_scope_required `attendance:task:readonly` (log id {})",
            queries[0].log_id
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Faults
// ---------------------------------------------------------------------------------------------

/// What a call under a fault must come to.
#[derive(Debug)]
enum Expect {
    /// The exact expected records (the fault was absorbed).
    Records,
    /// The records, with the emulator's unknown enum values in place of the known ones.
    UnknownEnums,
    /// An API error with this code.
    Api(i64),
    /// A decode error of an answer with this HTTP status.
    Decode(u16),
}

type Wire = Vec<(u16, Option<i64>, Option<&'static str>)>;

#[tokio::test]
async fn every_fault_kind_through_the_sdk() {
    let ok = (200, Some(0), None);
    let cases: Vec<(Fault, Expect, Wire)> = vec![
        (
            Fault::Error {
                status: 503,
                code: 1_225_000,
                msg: "internal server error".into(),
            },
            Expect::Records,
            vec![(503, Some(1_225_000), Some("error")), ok],
        ),
        (
            // A rate limit answered with HTTP 400 and the rate-limit code is retried too.
            Fault::Error {
                status: 400,
                code: codes::RATE_LIMITED,
                msg: codes::RATE_LIMITED_MSG.into(),
            },
            Expect::Records,
            vec![(400, Some(codes::RATE_LIMITED), Some("error")), ok],
        ),
        (
            Fault::SpecError(1_220_005),
            Expect::Api(1_220_005),
            vec![(400, Some(1_220_005), Some("spec_error"))],
        ),
        (
            Fault::SpecError(1_225_000),
            Expect::Records,
            vec![(500, Some(1_225_000), Some("spec_error")), ok],
        ),
        (
            Fault::RateLimited { reset_secs: 0 },
            Expect::Records,
            vec![(429, Some(codes::RATE_LIMITED), Some("rate_limited")), ok],
        ),
        (
            Fault::RevokeTokens,
            Expect::Records,
            vec![(400, Some(codes::INVALID_TOKEN), Some("revoke_tokens")), ok],
        ),
        (
            Fault::Delay(Duration::from_millis(100)),
            Expect::Records,
            vec![(200, Some(0), Some("delay"))],
        ),
        (
            Fault::DropConnection,
            Expect::Records,
            vec![(0, None, Some("drop_connection")), ok],
        ),
        (
            Fault::TruncatedBody,
            Expect::Decode(200),
            vec![(200, Some(0), Some("truncated_body"))],
        ),
        (
            Fault::AbortedBody,
            Expect::Records,
            vec![(200, Some(0), Some("aborted_body")), ok],
        ),
        (
            Fault::BadGatewayHtml,
            Expect::Records,
            vec![(502, None, Some("bad_gateway_html")), ok],
        ),
        (
            Fault::UnknownEnumValues,
            Expect::UnknownEnums,
            vec![(200, Some(0), Some("unknown_enum_values"))],
        ),
        (
            Fault::ExtraFields,
            Expect::Records,
            vec![(200, Some(0), Some("extra_fields"))],
        ),
    ];
    let kinds: BTreeSet<&str> = cases.iter().map(|(fault, ..)| fault.kind()).collect();
    assert_eq!(
        kinds,
        BTreeSet::from([
            "aborted_body",
            "bad_gateway_html",
            "delay",
            "drop_connection",
            "error",
            "extra_fields",
            "rate_limited",
            "revoke_tokens",
            "spec_error",
            "truncated_body",
            "unknown_enum_values",
        ])
    );

    for (fault, expect, wire) in cases {
        let emulator = builder().start().await.unwrap();
        let client = client(&emulator);
        let samples = emulator.sample_user_ids(EmployeeType::EmployeeNo);
        let ids = ids(&samples);
        let rule = emulator
            .faults()
            .add(FaultRule::new(fault.clone()).path(QUERY_PATH).times(1));
        let result = query(
            &client,
            &request(EmployeeType::EmployeeNo, &ids, YEAR_FROM, YEAR_TO),
        )
        .await;
        let want = expected(
            emulator.tenant(),
            &EmployeeType::EmployeeNo,
            &ids,
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Approved,
        );
        let queries = query_requests(&emulator);
        assert_eq!(outcomes(&queries), wire, "{fault:?}");
        assert_eq!(emulator.faults().fired(rule), 1, "{fault:?}");
        let last_log_id = queries.last().map(|q| q.log_id.clone());
        match (&expect, result) {
            (Expect::Records, Ok(response)) => assert_eq!(records(&response), want, "{fault:?}"),
            (Expect::UnknownEnums, Ok(response)) => {
                let unknown: Vec<Value> = want
                    .into_iter()
                    .map(|mut r| {
                        r["status"] = json!(5);
                        r["work_type"] = json!(3);
                        r["punch_no"] = json!(3);
                        r
                    })
                    .collect();
                assert_eq!(records(&response), unknown);
            }
            (Expect::Api(code), Err(error)) => {
                assert_eq!(error.code(), Some(*code), "{fault:?}: {error}");
                assert_eq!(error.log_id(), last_log_id.as_deref());
            }
            (Expect::Decode(status), Err(Error::Decode(decode))) => {
                assert_eq!(decode.http_status, *status, "{fault:?}");
                assert_eq!(decode.log_id, last_log_id, "{fault:?}");
            }
            (expect, result) => panic!("{fault:?}: expected {expect:?}, got {result:?}"),
        }
        let tokens = if fault == Fault::RevokeTokens { 2 } else { 1 };
        assert_eq!(token_requests(&emulator).len(), tokens, "{fault:?}");
    }
}

#[tokio::test]
async fn unknown_enum_values_decode_as_unknown() {
    let emulator = builder().start().await.unwrap();
    emulator
        .faults()
        .add(FaultRule::new(Fault::UnknownEnumValues).path(QUERY_PATH));
    let client = client(&emulator);
    let response = query(&client, &example_request()).await.unwrap();
    assert!(!response.user_remedys.is_empty());
    for record in &response.user_remedys {
        assert_eq!(record.status, Some(RemedyStatus::Unknown(5)));
        assert_eq!(record.work_type, Some(WorkType::Unknown(3)));
        assert_eq!(record.punch_no, Some(PunchNo::Unknown(3)));
        assert_eq!(
            (
                record.status.unwrap().wire_value(),
                record.work_type.unwrap().wire_value(),
                record.punch_no.unwrap().wire_value()
            ),
            (5, 3, 3)
        );
    }
    // Everything else as usual.
    let neutral = |records: Vec<Value>| -> Vec<Value> {
        records
            .into_iter()
            .map(|mut r| {
                for field in ["status", "work_type", "punch_no"] {
                    r.as_object_mut().unwrap().remove(field);
                }
                r
            })
            .collect()
    };
    let want = expected(
        emulator.tenant(),
        &EmployeeType::EmployeeId,
        &[EXAMPLE_EMPLOYEE_ID],
        YEAR_FROM,
        YEAR_TO,
        RemedyStatus::Approved,
    );
    assert_eq!(neutral(records(&response)), neutral(want));
}

#[tokio::test]
async fn extra_fields_are_ignored() {
    let emulator = builder().start().await.unwrap();
    emulator
        .faults()
        .add(FaultRule::new(Fault::ExtraFields).path(QUERY_PATH));
    let client = client(&emulator);
    let samples = emulator.sample_user_ids(EmployeeType::EmployeeId);
    let ids = ids(&samples);
    for _ in 0..2 {
        let response = query(
            &client,
            &request(EmployeeType::EmployeeId, &ids, YEAR_FROM, YEAR_TO),
        )
        .await
        .unwrap();
        assert_eq!(
            records(&response),
            expected(
                emulator.tenant(),
                &EmployeeType::EmployeeId,
                &ids,
                YEAR_FROM,
                YEAR_TO,
                RemedyStatus::Approved
            )
        );
    }
    assert_eq!(
        outcomes(&query_requests(&emulator)),
        [(200, Some(0), Some("extra_fields")); 2]
    );
}

#[tokio::test]
async fn the_spec_example_answer_decodes() {
    let emulator = builder().examples_only(true).start().await.unwrap();
    let client: Client = client(&emulator);
    let response = query(&client, &example_request()).await.unwrap();
    assert_eq!(
        records(&response),
        [json!({
            "user_id": "abd754f7",
            "remedy_date": 20210701,
            "punch_no": 0,
            "work_type": 1,
            "approval_id": "6737202939523236113",
            "remedy_time": "2021-07-01 08:00",
            "status": 2,
            "reason": "忘记打卡",
            "time": "1611476284",
            "time_zone": "Asia/Shanghai",
            "create_time": "1611476284",
            "update_time": "1611476284",
        })]
    );
    let record = &response.user_remedys[0];
    assert_eq!(record.punch_no, Some(PunchNo::First));
    assert_eq!(record.work_type, Some(WorkType::OnDuty));
    assert_eq!(
        record.remedy_date.as_ref().unwrap().to_date().unwrap(),
        feishu_api::jiff::civil::date(2021, 7, 1)
    );
}
