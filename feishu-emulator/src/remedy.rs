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

use super::data::RemedyRecord;
use super::reply::{self, USER_NOT_FOUND_MSG};
use super::server::{ApiError, Behaviour, Call};
use super::world;
use feishu_api::Endpoint;
use feishu_api::attendance::v1::user_task_remedy::create::{
    CreateErrorCode, CreateRequest, CreateResponse,
};
use feishu_api::attendance::v1::user_task_remedy::query::{
    CheckDateType, EmployeeType, PunchNo, QueryErrorCode, QueryRequest, QueryResponse,
    RemedyStatus, WorkType,
};
use feishu_api::endpoint::EndpointInfo;
use feishu_api::time::UnixSeconds;

pub(crate) fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    if info == QueryRequest::INFO {
        Some(query as Behaviour)
    } else if info == CreateRequest::INFO {
        Some(create as Behaviour)
    } else {
        None
    }
}

/// `attendance.v1.user_task_remedy.create` (通知补卡审批发起): the employee must exist in the
/// id space named; the remedied punch time is read in the employee's attendance time zone. The
/// remedy is pending: later remedy queries for pending remedies list it, and the punch results
/// show the punch as awaiting a remedy until it is processed.
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
    let invalid = |field: &str, e: &dyn std::fmt::Display| {
        ApiError::param_invalid(info, format!("{field} invalid: {e}"))
    };
    let remedy_time = request
        .remedy_time
        .to_datetime()
        .map_err(|e| invalid("remedy_time", &e))?;
    let time = world::zone_of(&call.shared.tenant, employee)
        .to_timestamp(remedy_time)
        .map_err(|e| invalid("remedy_time", &e))?;
    let remedy_date = request
        .remedy_date
        .to_date()
        .map_err(|e| invalid("remedy_date", &e))?;
    let mut state = call.shared.attendance.lock();
    let approval_id = state.writes.new_id(7);
    let record = RemedyRecord::requested(
        employee,
        remedy_date,
        request.punch_no,
        request.work_type,
        approval_id,
        remedy_time,
        time,
        request.reason.clone(),
        jiff::Timestamp::now(),
    );
    let wire = record.to_wire(&request.user_id);
    state.writes.remedies.push(world::CreatedRemedy { record });
    drop(state);
    let mut response = CreateResponse::default();
    response.user_remedy = Some(wire);
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
    let seen = reply::employees(info, tenant, kind, &request.user_ids)?;

    // The spec's validator has rejected malformed times before the data behaviour runs.
    let (Ok(from), Ok(to)) = (request.check_time_from.secs(), request.check_time_to.secs()) else {
        return Err(ApiError::spec(
            info,
            QueryErrorCode::ParamInvalid.code(),
            "check_time_from / check_time_to: not Unix seconds",
        ));
    };
    let state = call.shared.attendance.lock();
    let mut user_remedys = Vec::new();
    for employee in seen {
        let user_id = employee.id(kind).unwrap_or_default();
        for (record, effective, updated) in world::remedies(tenant, &state.writes, employee) {
            let time = record.time().as_second();
            if effective != status || !(from..=to).contains(&time) {
                continue;
            }
            let mut wire = record.to_wire(user_id);
            if effective != record.status() {
                wire.status = Some(effective);
                wire.update_time = Some(UnixSeconds::from(updated));
            }
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
