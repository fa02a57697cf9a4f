//! Punch results (打卡结果) and the punches that may still be remedied, both computed from the
//! schedule, the punch records, the approvals and the remedies ([`world::day_result`]).

use jiff::civil::DateTime;

use super::data::{Employee, Tenant};
use super::flows;
use super::reply::{self, decode, encode, users_not_found};
use super::server::{ApiError, Behaviour, Call};
use super::world::{self, DayResult, PunchResult};
use feishu_api::Endpoint;
use feishu_api::attendance::v1::types::{
    CheckResultSupplement, EmployeeType, TaskCheckResult, TaskResult, TaskShiftType, UserTask,
};
use feishu_api::attendance::v1::user_task::query;
use feishu_api::attendance::v1::user_task_remedy::query_user_allowed_remedys as allowed;
use feishu_api::endpoint::EndpointInfo;
use feishu_api::time::{LocalMinute, UnixSeconds};

pub(crate) fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    if info == query::QueryRequest::INFO {
        Some(results as Behaviour)
    } else if info == allowed::QueryUserAllowedRemedysRequest::INFO {
        Some(allowed_remedies as Behaviour)
    } else {
        None
    }
}

fn minute(at: DateTime) -> LocalMinute {
    LocalMinute::from_raw(at.strftime("%Y-%m-%d %H:%M").to_string())
}

/// One day's results as the API answers them.
pub(crate) fn to_wire(
    tenant: &Tenant,
    employee: &Employee,
    group_id: &str,
    day: &DayResult,
    kind: &EmployeeType,
) -> UserTask {
    let mut task = UserTask::default();
    task.result_id = Some(format!(
        "8{:08}{:07}000",
        employee.index(),
        super::days::day_number(day.date)
    ));
    task.user_id = employee.id(kind).map(str::to_owned);
    task.employee_name = Some(employee.name().to_owned());
    task.day = Some(world::ymd(day.date));
    task.group_id = Some(group_id.to_owned());
    task.shift_id = (!day.shift_id.is_empty()).then(|| day.shift_id.clone());
    for (on, off) in &day.pairs {
        let mut record = TaskResult::default();
        let side = |punch: &PunchResult| {
            (
                punch.flow.as_ref().map(|f| f.record_id.clone()),
                punch.flow.as_ref().map(|f| flows::to_wire(tenant, f, kind)),
                Some(punch.result.clone()),
                Some(punch.supplement.clone()),
                Some(UnixSeconds::from(punch.scheduled_at)),
            )
        };
        (
            record.check_in_record_id,
            record.check_in_record,
            record.check_in_result,
            record.check_in_result_supplement,
            record.check_in_shift_time,
        ) = side(on);
        match off {
            Some(off) => {
                (
                    record.check_out_record_id,
                    record.check_out_record,
                    record.check_out_result,
                    record.check_out_result_supplement,
                    record.check_out_shift_time,
                ) = side(off);
            }
            // A free shift has no off-duty check.
            None => {
                record.check_out_result = Some(TaskCheckResult::NoNeedCheck);
                record.check_out_result_supplement = Some(CheckResultSupplement::NoSupplement);
            }
        }
        record.task_shift_type = Some(TaskShiftType::Regular);
        task.records.push(record);
    }
    task
}

/// `user_task.query` (获取打卡结果): one entry per user and date of the window (rest days with
/// no records), users in request order. Unknown ids fail the call, or with
/// `ignore_invalid_users` are listed in `invalid_user_ids`.
fn results(call: &Call<'_>) -> Result<String, ApiError> {
    let request: query::QueryRequest = decode(call)?;
    let info = query::QueryRequest::INFO;
    let tenant = &call.shared.tenant;
    let kind = &request.employee_type;
    let mut answer = query::QueryResponse::default();
    let employees = match world::resolve(tenant, kind, &request.user_ids) {
        Ok(found) => found,
        Err(unknown) if request.ignore_invalid_users == Some(true) => {
            let known: Vec<String> = request
                .user_ids
                .iter()
                .filter(|id| !unknown.contains(id))
                .cloned()
                .collect();
            answer.invalid_user_ids = unknown;
            // Every remaining id is known: the same resolution, without the unknown ones.
            world::resolve(tenant, kind, &known).unwrap_or_default()
        }
        Err(unknown) => return Err(users_not_found(info, "user_ids", &unknown)),
    };
    let dates = reply::dates(info, &request.check_date_from, &request.check_date_to)?;
    let state = call.shared.attendance.lock();
    for employee in employees {
        let group_id = state.group_id_of(employee);
        for date in &dates {
            let schedule = state.schedule(employee, *date);
            let day = world::day_result(tenant, &state.writes, employee, *date, &schedule);
            answer
                .user_task_results
                .push(to_wire(tenant, employee, &group_id, &day, kind));
        }
    }
    encode(&answer)
}

/// `user_task_remedy.query_user_allowed_remedys` (获取可补卡时间): the punches of the date whose
/// result is missing, late or early and that no remedy is pending for, each with the window a
/// remedy may name. None is 1226501 (`NoNeedRemedy`).
fn allowed_remedies(call: &Call<'_>) -> Result<String, ApiError> {
    let request: allowed::QueryUserAllowedRemedysRequest = decode(call)?;
    let info = allowed::QueryUserAllowedRemedysRequest::INFO;
    let tenant = &call.shared.tenant;
    let kind = &request.employee_type;
    let employee = tenant
        .employee(kind, &request.user_id)
        .ok_or_else(|| users_not_found(info, "user_id", std::slice::from_ref(&request.user_id)))?;
    let date = request
        .remedy_date
        .to_date()
        .map_err(|_| ApiError::param_invalid(info, "remedy_date: not a yyyyMMdd date"))?;
    let state = call.shared.attendance.lock();
    let schedule = state.schedule(employee, date);
    let free = matches!(schedule, world::Schedule::Free);
    let day = world::day_result(tenant, &state.writes, employee, date, &schedule);
    let mut answer = allowed::QueryUserAllowedRemedysResponse::default();
    let punches = day
        .pairs
        .iter()
        .flat_map(|(on, off)| std::iter::once(on).chain(off.as_ref()));
    for punch in punches {
        let open = matches!(
            punch.result,
            TaskCheckResult::Lack | TaskCheckResult::Late | TaskCheckResult::Early
        ) && punch.supplement != CheckResultSupplement::RemedyPending;
        if !open {
            continue;
        }
        let mut item = allowed::UserAllowedRemedy::default();
        item.user_id = Some(request.user_id.clone());
        item.remedy_date = Some(world::ymd(date));
        item.is_free_punch = Some(free);
        item.punch_no = Some(punch.punch_no);
        item.work_type = Some(punch.work_type);
        item.punch_status = Some(punch.result.clone());
        item.normal_punch_time = Some(minute(punch.scheduled));
        item.remedy_start_time = Some(minute(punch.window.0));
        item.remedy_end_time = Some(minute(punch.window.1));
        answer.user_allowed_remedys.push(item);
    }
    if answer.user_allowed_remedys.is_empty() {
        return Err(ApiError::spec(
            info,
            allowed::QueryUserAllowedRemedysErrorCode::NoNeedRemedy.code(),
            "no punch of this date needs a remedy",
        ));
    }
    encode(&answer)
}
