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
use crate::Endpoint;
use crate::attendance::v1::user_task_remedy::query::{
    CheckDateType, EmployeeType, PunchNo, QueryErrorCode, QueryRequest, QueryResponse,
    RemedyStatus, WorkType,
};
use crate::endpoint::EndpointInfo;

/// The message of 1220004.
pub(crate) const USER_NOT_FOUND_MSG: &str = "user_id is not exist or does not have permission";

pub(crate) fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    (info == QueryRequest::INFO).then_some(query as Behaviour)
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
    let mut user_remedys = Vec::new();
    for employee in seen {
        let user_id = employee.id(kind).unwrap_or_default();
        let records = tenant.remedies(employee);
        let start = records.partition_point(|r| r.time().as_second() < from);
        for record in records[start..]
            .iter()
            .take_while(|r| r.time().as_second() <= to)
        {
            if record.status() != status {
                continue;
            }
            let mut wire = record.to_wire(user_id);
            if call.ctx.unknown_enums {
                wire.status = Some(RemedyStatus::Unknown(5));
                wire.work_type = Some(WorkType::Unknown(3));
                wire.punch_no = Some(PunchNo::Unknown(3));
            }
            user_remedys.push(wire);
        }
    }
    let response = QueryResponse { user_remedys };
    serde_json::to_string(&response).map_err(|e| {
        ApiError::spec(
            info,
            QueryErrorCode::Internal.code(),
            format!("internal server error: {e}"),
        )
    })
}
