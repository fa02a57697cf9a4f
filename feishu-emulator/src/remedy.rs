//! The hand-written data behaviour of `attendance.v1.user_task_remedy.query` (获取补卡记录).
//!
//! By the time it runs, the request has passed the spec-generated decoder and validator. What
//! it adds is what a validator cannot know:
//! - `employee_type` must be a documented id space (otherwise 1220001 `employee_type invalid`,
//!   the example the reference page gives for that code); it chooses how `user_ids` are looked
//!   up and how each returned `user_id` is written;
//! - every user id must exist in that id space, or the call fails as a whole with 1220004
//!   `user_id is not exist or does not have permission` (each unknown id listed in
//!   `error.field_violations`); an id of the other space is unknown too;
//! - `status` absent means 2 (approved); a value the spec does not list is 1220001
//!   `status invalid`;
//! - `check_date_type` absent or `PeriodTime` filters on the remedy's `time`, both bounds
//!   inclusive; `CreateTime` and `UpdateTime`, which the reference page documents as not
//!   supported yet, are answered with the general error 1220600 (HTTP 400) saying so, rather
//!   than silently filtering on another time; an undocumented value is 1220001
//!   `check_date_type invalid`.
//!
//! Records come back grouped by user in request order (a repeated id counts once), each user's
//! ordered by `time`, encoded through the generated [`QueryResponse`] type so the shape is the
//! generated one by construction.

use serde_json::{Value, json};

use super::server::{ApiError, Behaviour, Call};
use feishu_api::Endpoint;
use feishu_api::attendance::v1::user_task_remedy::create::{
    CreateErrorCode, CreateRequest, CreateResponse,
};
use feishu_api::attendance::v1::user_task_remedy::query::{
    CheckDateType, EmployeeType, PunchNo, QueryErrorCode, QueryRequest, QueryResponse,
    RemedyStatus, UserTaskRemedy, WorkType,
};
use feishu_api::endpoint::EndpointInfo;

/// The message of 1220004.
pub(crate) const USER_NOT_FOUND_MSG: &str = "user_id is not exist or does not have permission";

pub(crate) fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    if info == QueryRequest::INFO {
        Some(query as Behaviour)
    } else if info == CreateRequest::INFO {
        Some(create as Behaviour)
    } else {
        None
    }
}

/// A remedy created through the API: pending approval, seen by later queries (that ask for
/// pending remedies) beside the seeded records.
#[derive(Debug, Clone)]
pub(crate) struct CreatedRemedy {
    employee: usize,
    time: i64,
    record: UserTaskRemedy,
}

/// `attendance.v1.user_task_remedy.create` (通知补卡审批发起): the employee must exist in the
/// id space named; the remedied punch time is read in the employee's attendance time zone.
fn create(call: &Call<'_>) -> Result<String, ApiError> {
    let info = CreateRequest::INFO;
    let request = CreateRequest::from_wire(call.query, call.path_params, call.body)
        .map_err(|violations| ApiError::param_invalid(info, violations.to_string()))?;
    let Some(employee) = call
        .shared
        .tenant
        .employee(&request.employee_type, &request.user_id)
    else {
        return Err(ApiError::spec(
            info,
            CreateErrorCode::UserNotFound.code(),
            USER_NOT_FOUND_MSG,
        ));
    };
    let zone = employee.time_zone();
    let time = request
        .remedy_time
        .in_zone(zone)
        .map_err(|e| ApiError::param_invalid(info, format!("remedy_time invalid: {e}")))?
        .timestamp()
        .as_second();
    let now = feishu_api::time::UnixSeconds::now();
    let mut created = call.shared.created_remedies();
    let approval_id = format!("{}", 7_100_000_000_000_000_000u64 + created.len() as u64);
    let mut record = UserTaskRemedy::default();
    record.user_id = Some(request.user_id.clone());
    record.remedy_date = Some(request.remedy_date.clone());
    record.punch_no = Some(request.punch_no);
    record.work_type = Some(request.work_type);
    record.approval_id = Some(approval_id);
    record.remedy_time = Some(request.remedy_time.clone());
    record.status = Some(RemedyStatus::Pending);
    record.reason = Some(request.reason.clone());
    record.time = Some(feishu_api::time::UnixSeconds::new(time));
    record.time_zone = Some(zone.to_owned());
    record.create_time = Some(now.clone());
    record.update_time = Some(now);
    created.push(CreatedRemedy {
        employee: employee.index(),
        time,
        record: record.clone(),
    });
    let mut response = CreateResponse::default();
    response.user_remedy = Some(record);
    serde_json::to_string(&response).map_err(|e| {
        ApiError::spec(
            info,
            CreateErrorCode::Internal.code(),
            format!("internal server error: {e}"),
        )
    })
}

fn query(call: &Call<'_>) -> Result<String, ApiError> {
    let info = QueryRequest::INFO;
    let request = QueryRequest::from_wire(call.query, call.path_params, call.body)
        .map_err(|violations| ApiError::param_invalid(info, violations.to_string()))?;
    let invalid = |field: &str| ApiError::param_invalid(info, format!("{field} invalid"));
    if !EmployeeType::KNOWN.contains(&request.employee_type) {
        return Err(invalid("employee_type"));
    }
    let status = request.status.unwrap_or(RemedyStatus::Approved);
    if !RemedyStatus::KNOWN.contains(&status) {
        return Err(invalid("status"));
    }
    match request
        .check_date_type
        .clone()
        .unwrap_or(CheckDateType::PeriodTime)
    {
        CheckDateType::PeriodTime => {}
        kind @ (CheckDateType::CreateTime | CheckDateType::UpdateTime) => {
            let why = if kind == CheckDateType::CreateTime {
                "目前暂不支持"
            } else {
                "灰度中，暂不开放"
            };
            return Err(ApiError::spec(
                info,
                QueryErrorCode::General.code(),
                format!("check_date_type {kind} is not supported ({why})"),
            ));
        }
        _ => return Err(invalid("check_date_type")),
    }

    let tenant = &call.shared.tenant;
    let kind = &request.employee_type;
    let mut seen = Vec::with_capacity(request.user_ids.len());
    let mut unknown = Vec::new();
    for id in &request.user_ids {
        match tenant.employee(kind, id) {
            Some(employee)
                if !seen
                    .iter()
                    .any(|e: &&super::Employee| e.index() == employee.index()) =>
            {
                seen.push(employee)
            }
            Some(_) => {}
            None => unknown.push(id.clone()),
        }
    }
    if !unknown.is_empty() {
        let fields: Vec<Value> = unknown
            .iter()
            .map(
                |id| json!({ "field": "user_ids", "value": id, "description": USER_NOT_FOUND_MSG }),
            )
            .collect();
        return Err(ApiError::spec(
            info,
            QueryErrorCode::UserNotFound.code(),
            USER_NOT_FOUND_MSG,
        )
        .detail("field_violations", Value::Array(fields)));
    }

    // The spec's validator has rejected malformed times before the data behaviour runs.
    let (Ok(from), Ok(to)) = (request.check_time_from.secs(), request.check_time_to.secs()) else {
        return Err(ApiError::spec(
            info,
            QueryErrorCode::ParamInvalid.code(),
            "check_time_from / check_time_to: not Unix seconds",
        ));
    };
    let created = call.shared.created_remedies().clone();
    let mut user_remedys = Vec::new();
    for employee in seen {
        let user_id = employee.id(kind).unwrap_or_default();
        let records = tenant.remedies(employee);
        let start = records.partition_point(|r| r.time().as_second() < from);
        let mut found: Vec<(i64, UserTaskRemedy)> = records[start..]
            .iter()
            .take_while(|r| r.time().as_second() <= to)
            .filter(|r| r.status() == status)
            .map(|r| (r.time().as_second(), r.to_wire(user_id)))
            .collect();
        // Remedies created through the API, in the same window and status, by time with the rest.
        found.extend(
            created
                .iter()
                .filter(|c| c.employee == employee.index() && (from..=to).contains(&c.time))
                .filter(|c| c.record.status.as_ref() == Some(&status))
                .map(|c| {
                    let mut record = c.record.clone();
                    record.user_id = Some(user_id.to_owned());
                    (c.time, record)
                }),
        );
        found.sort_by_key(|(time, _)| *time);
        for (_, mut wire) in found {
            if call.ctx.unknown_enums {
                wire.status = Some(RemedyStatus::Unknown(5));
                wire.work_type = Some(WorkType::Unknown(3));
                wire.punch_no = Some(PunchNo::Unknown(3));
            }
            user_remedys.push(wire);
        }
    }
    let mut response = QueryResponse::default();
    response.user_remedys = user_remedys;
    serde_json::to_string(&response).map_err(|e| {
        ApiError::spec(
            info,
            QueryErrorCode::Internal.code(),
            format!("internal server error: {e}"),
        )
    })
}
