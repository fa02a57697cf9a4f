//! The generated remedy endpoint, used as a user would: builder, validation, wire form,
//! enums with unknown values, error codes, the client method.
#![deny(warnings)]

use feishu_api::prelude::*;
use feishu_api::attendance::v1::user_task_remedy::query::{
    CheckDateType, EmployeeType, QueryErrorCode, QueryRequest, QueryResponse, RemedyStatus,
};
use feishu_api::time::UnixSeconds;
use feishu_api::{Client, Endpoint};

async fn call(client: &Client, request: &QueryRequest) -> Result<QueryResponse, feishu_api::Error> {
    client.attendance().v1().user_task_remedy().query(request).await
}

fn assert_send<T: Send>(_: T) {}
fn assert_client<T: Clone + Send + Sync + 'static>() {}

fn send_check(client: &Client, request: &QueryRequest) {
    assert_send(call(client, request));
}

fn main() {
    assert_client::<Client>();
    let _ = send_check;

    let request = QueryRequest::builder()
        .employee_type(EmployeeType::EmployeeId)
        .user_ids(["abd754f7"])
        .check_time_from(UnixSeconds::new(1_566_641_088))
        .check_time_to(UnixSeconds::new(1_592_561_088))
        .status(RemedyStatus::Approved)
        .build();
    assert_eq!(request.validate(), Ok(()));
    assert_eq!(request.path(), "/open-apis/attendance/v1/user_task_remedys/query");
    assert_eq!(request.query(), vec![("employee_type", "employee_id".to_owned())]);
    // Fields in spec order, as the reference page writes them.
    let body = String::from_utf8(request.body().unwrap().unwrap()).unwrap();
    assert_eq!(
        body,
        r#"{"user_ids":["abd754f7"],"check_time_from":"1566641088","check_time_to":"1592561088","status":2}"#
    );

    // Metadata from the spec.
    assert_eq!(QueryRequest::INFO.rate_limit_per_second, Some(50));
    assert_eq!(QueryRequest::INFO.scopes, ["attendance:task:readonly"]);
    assert!(QueryRequest::INFO.retry_safe);

    // Documented but unsupported values stay usable and say so.
    assert!(!CheckDateType::CreateTime.is_supported());
    assert!(CheckDateType::PeriodTime.is_supported());

    // Values the spec does not list are kept.
    assert_eq!(RemedyStatus::from_wire_value(9), RemedyStatus::Unknown(9));
    assert_eq!(RemedyStatus::Unknown(9).wire_value(), 9);

    // Error codes by name.
    let code = QueryErrorCode::from_code(1_220_005).unwrap();
    assert_eq!(code, QueryErrorCode::NoPermission);
    assert_eq!(code.info().http_status, 400);
    assert_eq!(QueryErrorCode::ALL.len(), 7);

    // Validation names the field and the rule.
    let ids: Vec<String> = (0..51).map(|i| format!("u{i}")).collect();
    let bad = QueryRequest::builder()
        .employee_type(EmployeeType::EmployeeNo)
        .user_ids(ids)
        .check_time_from(UnixSeconds::new(20))
        .check_time_to(UnixSeconds::new(10))
        .build();
    let found: Vec<String> = bad.validate().unwrap_err().into_iter().map(|v| v.to_string()).collect();
    assert_eq!(
        found,
        [
            "user_ids: at most 50 items, got 51",
            "check_time_from: must not be after check_time_to, got 20 and 10",
        ]
    );
}
