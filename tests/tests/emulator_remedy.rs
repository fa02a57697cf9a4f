//! The remedy query against the emulator over real HTTP: exact records in both id spaces,
//! the status default, time windows, validation and business errors, the spec-example mode,
//! and determinism of the seeded data.

mod emulator_support;

use std::collections::BTreeSet;

use emulator_support::*;
use feishu_api::Endpoint;
use feishu_api::attendance::v1::user_task_remedy::query::{
    EmployeeType, QueryRequest, QueryResponse, RemedyStatus,
};
use feishu_emulator::{EXAMPLE_EMPLOYEE_ID, Emulator, TIME_ZONES, Tenant};
use serde_json::{Value, json};

#[tokio::test]
async fn the_example_query_returns_exact_records_in_both_id_spaces() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let tenant = emulator.tenant();
    let samples = emulator.sample_user_ids(EmployeeType::EmployeeId);
    assert_eq!(samples.len(), 5);
    assert_eq!(samples[0], EXAMPLE_EMPLOYEE_ID);
    let ids: Vec<&str> = samples.iter().map(String::as_str).collect();

    // The reference page's request shape, with a window over the seeded year.
    let mut body = window(&ids, YEAR_FROM, YEAR_TO);
    body["status"] = json!(2);
    let by_id = query(&client, &emulator, &token, "employee_id", &body)
        .await
        .records();
    let want = expected(
        tenant,
        &EmployeeType::EmployeeId,
        &ids,
        YEAR_FROM,
        YEAR_TO,
        RemedyStatus::Approved,
    );
    assert!(want.len() >= 5, "the sample users have approved remedies");
    assert_eq!(by_id, want);

    // The same people by employee number: same records, user_id in the other id space.
    let numbers = emulator.sample_user_ids(EmployeeType::EmployeeNo);
    let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
    for (id, no) in ids.iter().zip(&numbers) {
        assert_eq!(
            tenant.employee(&EmployeeType::EmployeeId, id),
            tenant.employee(&EmployeeType::EmployeeNo, no)
        );
    }
    let mut body = window(&numbers, YEAR_FROM, YEAR_TO);
    body["status"] = json!(2);
    let by_no = query(&client, &emulator, &token, "employee_no", &body)
        .await
        .records();
    assert_eq!(
        by_no,
        expected(
            tenant,
            &EmployeeType::EmployeeNo,
            &numbers,
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Approved
        )
    );
    let strip = |records: &[Value]| -> Vec<Value> {
        records
            .iter()
            .cloned()
            .map(|mut r| {
                r.as_object_mut().unwrap().remove("user_id");
                r
            })
            .collect()
    };
    assert_eq!(strip(&by_id), strip(&by_no));
    assert!(
        by_no
            .iter()
            .all(|r| r["user_id"].as_str().unwrap().starts_with('E'))
    );

    // The body decodes into the generated type, losing nothing.
    let reply = query(&client, &emulator, &token, "employee_no", &body).await;
    let decoded: QueryResponse = serde_json::from_value(reply.json()["data"].clone()).unwrap();
    assert_eq!(
        serde_json::to_value(&decoded).unwrap()["user_remedys"],
        json!(by_no)
    );
    for remedy in &decoded.user_remedys {
        let zoned = remedy.remedy_time_zoned().unwrap().unwrap();
        assert_eq!(
            zoned.timestamp().as_second(),
            remedy.time.as_ref().unwrap().secs().unwrap()
        );
    }
}

#[tokio::test]
async fn status_defaults_to_approved_and_filters_every_status() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let tenant = emulator.tenant();
    let ids: Vec<String> = tenant.employees()[..40]
        .iter()
        .map(|e| e.employee_id().to_owned())
        .collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let default = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&ids, YEAR_FROM, YEAR_TO),
    )
    .await
    .records();
    assert_eq!(
        default,
        expected(
            tenant,
            &EmployeeType::EmployeeId,
            &ids,
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Approved
        )
    );
    let mut total = 0;
    for status in RemedyStatus::KNOWN {
        let mut body = window(&ids, YEAR_FROM, YEAR_TO);
        body["status"] = json!(status.wire_value());
        let records = query(&client, &emulator, &token, "employee_id", &body)
            .await
            .records();
        let want = expected(
            tenant,
            &EmployeeType::EmployeeId,
            &ids,
            YEAR_FROM,
            YEAR_TO,
            *status,
        );
        assert!(
            !want.is_empty(),
            "40 employees have remedies in status {status}"
        );
        assert_eq!(records, want, "status {status}");
        total += records.len();
    }
    let all: usize = tenant.employees()[..40]
        .iter()
        .map(|e| tenant.remedies(e).len())
        .sum();
    assert_eq!(total, all);
}

#[tokio::test]
async fn the_time_window_is_inclusive_and_filters_on_time() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let tenant = emulator.tenant();
    let employee = tenant
        .employees()
        .iter()
        .find(|e| tenant.remedies(e).len() >= 6)
        .unwrap();
    let remedies = tenant.remedies(employee);
    let no = employee.employee_no();
    let status = remedies[2].status();
    let exact = remedies[2].time().as_second();
    let mut body = window(&[no], exact, exact);
    body["status"] = json!(status.wire_value());
    let hit = query(&client, &emulator, &token, "employee_no", &body)
        .await
        .records();
    assert_eq!(
        hit,
        expected(
            tenant,
            &EmployeeType::EmployeeNo,
            &[no],
            exact,
            exact,
            status
        )
    );
    assert_eq!(hit.len(), 1);
    assert_eq!(hit[0]["time"], json!(exact.to_string()));
    assert_eq!(hit[0]["approval_id"], json!(remedies[2].approval_id()));
    for (from, to) in [(exact + 1, exact + 1), (exact - 1, exact - 1)] {
        let mut body = window(&[no], from, to);
        body["status"] = json!(status.wire_value());
        let records = query(&client, &emulator, &token, "employee_no", &body)
            .await
            .records();
        assert!(
            records
                .iter()
                .all(|r| r["time"] != json!(exact.to_string()))
        );
    }
    // Half a year: only the records of that half.
    let mid = 1_751_328_000; // 2025-07-01T00:00:00Z
    let ids = [no, tenant.employees()[0].employee_no()];
    let first_half = query(
        &client,
        &emulator,
        &token,
        "employee_no",
        &window(&ids, YEAR_FROM, mid),
    )
    .await
    .records();
    let second_half = query(
        &client,
        &emulator,
        &token,
        "employee_no",
        &window(&ids, mid + 1, YEAR_TO),
    )
    .await
    .records();
    let whole = query(
        &client,
        &emulator,
        &token,
        "employee_no",
        &window(&ids, YEAR_FROM, YEAR_TO),
    )
    .await
    .records();
    assert_eq!(
        first_half,
        expected(
            tenant,
            &EmployeeType::EmployeeNo,
            &ids,
            YEAR_FROM,
            mid,
            RemedyStatus::Approved
        )
    );
    assert_eq!(first_half.len() + second_half.len(), whole.len());
    assert!(
        first_half
            .iter()
            .all(|r| r["time"].as_str().unwrap().parse::<i64>().unwrap() <= mid)
    );
    // The reference page's own window (2019–2020) holds nothing of a 2025 tenant.
    let example = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&["abd754f7"], 1_566_641_088, 1_592_561_088),
    )
    .await;
    assert_eq!(
        example.text,
        r#"{"code":0,"msg":"success","data":{"user_remedys":[]}}"#
    );
}

#[tokio::test]
async fn repeated_ids_count_once_and_order_follows_the_request() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let tenant = emulator.tenant();
    let a = tenant.employees()[3].employee_id();
    let b = tenant.employees()[0].employee_id();
    let records = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&[a, b, a], YEAR_FROM, YEAR_TO),
    )
    .await
    .records();
    assert_eq!(
        records,
        expected(
            tenant,
            &EmployeeType::EmployeeId,
            &[a, b],
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Approved
        )
    );
}

#[tokio::test]
async fn validation_errors_answer_1220001_with_the_violations() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let many: Vec<String> = tenant().employees()[..51]
        .iter()
        .map(|e| e.employee_id().to_owned())
        .collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let cases = [
        (
            window(&many, 0, 1),
            "employee_id",
            "user_ids: at most 50 items, got 51",
        ),
        (
            window(&[], 0, 1),
            "employee_id",
            "user_ids: at least 1 item, got 0",
        ),
        (
            window(&["abd754f7"], 10, 9),
            "employee_id",
            "check_time_from: must not be after check_time_to, got 10 and 9",
        ),
        (
            window(&[], 10, 9),
            "employee_id",
            "user_ids: at least 1 item, got 0; check_time_from: must not be after check_time_to, got 10 and 9",
        ),
        (
            json!({ "check_time_from": "0", "check_time_to": "1" }),
            "employee_id",
            "user_ids: is required",
        ),
        (
            window(&["abd754f7"], 0, 1),
            "staff_id",
            "employee_type invalid",
        ),
        (
            json!({ "user_ids": ["abd754f7"], "check_time_from": "0", "check_time_to": "1", "status": 9 }),
            "employee_id",
            "status invalid",
        ),
        (
            json!({ "user_ids": ["abd754f7"], "check_time_from": "0", "check_time_to": "1", "check_date_type": "Whenever" }),
            "employee_id",
            "check_date_type invalid",
        ),
    ];
    for (body, employee_type, msg) in cases {
        let reply = query(&client, &emulator, &token, employee_type, &body).await;
        reply.assert_error(400, 1220001, msg);
    }
    // The server's messages are the client-side validator's, by construction.
    let request = QueryRequest::builder()
        .employee_type(EmployeeType::EmployeeId)
        .user_ids(many.iter().copied())
        .check_time_from(feishu_api::time::UnixSeconds::new(0))
        .check_time_to(feishu_api::time::UnixSeconds::new(1))
        .build();
    let client_side = request.validate().unwrap_err();
    let reply = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &serde_json::from_slice(&request.body().unwrap().unwrap()).unwrap(),
    )
    .await;
    assert_eq!(reply.msg(), client_side.to_string());
    assert_eq!(
        reply.json()["error"]["field_violations"],
        json!([{ "field": "user_ids", "description": "user_ids: at most 50 items, got 51" }])
    );
    // No employee_type at all.
    let url = format!("{}{QUERY_PATH}", emulator.url());
    post(&client, url, Some(&token), &window(&["abd754f7"], 0, 1))
        .await
        .assert_error(400, 1220001, "employee_type: is required");
}

#[tokio::test]
async fn unknown_users_and_unsupported_date_types() {
    let emulator = builder().start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let msg = "user_id is not exist or does not have permission";
    // An id of the other space is unknown in this one; the whole call fails.
    let reply = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&["abd754f7", "E00001", "ffffffff"], 0, 1),
    )
    .await;
    reply.assert_error(400, 1220004, msg);
    assert_eq!(
        reply.json()["error"]["field_violations"],
        json!([
            { "field": "user_ids", "value": "E00001", "description": msg },
            { "field": "user_ids", "value": "ffffffff", "description": msg },
        ])
    );
    query(
        &client,
        &emulator,
        &token,
        "employee_no",
        &window(&["abd754f7"], 0, 1),
    )
    .await
    .assert_error(400, 1220004, msg);
    query(
        &client,
        &emulator,
        &token,
        "employee_no",
        &window(&["E00301"], 0, 1),
    )
    .await
    .assert_error(400, 1220004, msg);
    for (kind, why) in [
        ("CreateTime", "目前暂不支持"),
        ("UpdateTime", "灰度中，暂不开放"),
    ] {
        let mut body = window(&["abd754f7"], 0, 1);
        body["check_date_type"] = json!(kind);
        let reply = query(&client, &emulator, &token, "employee_id", &body).await;
        reply.assert_error(
            400,
            1220600,
            &format!("check_date_type {kind} is not supported ({why})"),
        );
    }
    let mut body = window(&["abd754f7"], YEAR_FROM, YEAR_TO);
    body["check_date_type"] = json!("PeriodTime");
    let records = query(&client, &emulator, &token, "employee_id", &body)
        .await
        .records();
    assert_eq!(
        records,
        expected(
            emulator.tenant(),
            &EmployeeType::EmployeeId,
            &["abd754f7"],
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Approved
        )
    );
}

#[tokio::test]
async fn examples_only_answers_the_spec_example() {
    let emulator = builder().examples_only(true).start().await.unwrap();
    let client = http();
    let token = token(&client, &emulator).await;
    let reply = query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&["nobody"], 0, 1),
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.text, QueryRequest::EXAMPLE_RESPONSE.unwrap());
    // Validation still comes first.
    query(
        &client,
        &emulator,
        &token,
        "employee_id",
        &window(&[], 0, 1),
    )
    .await
    .assert_error(400, 1220001, "user_ids: at least 1 item, got 0");
}

#[tokio::test]
async fn same_seed_same_answers_and_a_default_tenant_covers_everything() {
    let a = Emulator::builder().start().await.unwrap();
    let b = Emulator::builder()
        .employees(2_000)
        .seed(42)
        .start()
        .await
        .unwrap();
    let c = Emulator::builder().seed(43).start().await.unwrap();
    let client = http();
    let ids = a.sample_user_ids(EmployeeType::EmployeeId);
    assert_eq!(ids, b.sample_user_ids(EmployeeType::EmployeeId));
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let body = window(&ids, YEAR_FROM, YEAR_TO);
    let (ta, tb) = (token(&client, &a).await, token(&client, &b).await);
    let ra = query(&client, &a, &ta, "employee_id", &body).await;
    let rb = query(&client, &b, &tb, "employee_id", &body).await;
    assert_eq!(
        ra.records().len(),
        expected(
            a.tenant(),
            &EmployeeType::EmployeeId,
            &ids,
            YEAR_FROM,
            YEAR_TO,
            RemedyStatus::Approved
        )
        .len()
    );
    assert_eq!(ra.text, rb.text);
    assert_eq!(a.tenant().records(), b.tenant().records());
    assert_ne!(a.tenant().records(), c.tenant().records());
    assert_eq!(c.tenant().employees()[0].employee_id(), EXAMPLE_EMPLOYEE_ID);

    let tenant: &Tenant = a.tenant();
    assert_eq!(tenant.employees().len(), 2_000);
    assert_eq!(tenant.employees()[1_999].employee_no(), "E02000");
    let ids: BTreeSet<&str> = tenant.employees().iter().map(|e| e.employee_id()).collect();
    assert_eq!(ids.len(), 2_000);
    assert!(ids.iter().all(|id| {
        id.len() == 8
            && id
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    }));
    let records = tenant.records();
    assert!(records.len() > 10_000, "{} records", records.len());
    let set = |f: &dyn Fn(&feishu_emulator::RemedyRecord) -> String| {
        records.iter().map(f).collect::<BTreeSet<_>>()
    };
    assert_eq!(
        set(&|r| r.status().to_string()),
        ["0", "1", "2", "3", "4"].map(String::from).into()
    );
    assert_eq!(
        set(&|r| r.work_type().to_string()),
        ["1", "2"].map(String::from).into()
    );
    assert_eq!(
        set(&|r| r.punch_no().to_string()),
        ["0", "1", "2"].map(String::from).into()
    );
    assert_eq!(
        set(&|r| r.time_zone().to_owned()),
        TIME_ZONES.iter().map(|z| (*z).to_owned()).collect()
    );
    assert!(records.iter().all(|r| r.remedy_date().year() == 2025));
    // Night shifts: the off-duty remedy's local time is on the day after its attendance date.
    assert!(
        records
            .iter()
            .any(|r| r.remedy_time().date() != r.remedy_date())
    );
    // Local time and instant agree in every zone, DST included.
    for r in records {
        let zoned = r.time().in_tz(r.time_zone()).unwrap();
        assert_eq!(zoned.datetime(), r.remedy_time());
    }
}
