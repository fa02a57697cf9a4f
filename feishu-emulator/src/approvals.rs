//! Approvals (假勤审批): writing leave, outing, overtime and trip approvals, querying them, and
//! changing an approval's status (leaves and the rest, and remedies).
//!
//! Approvals are seeded with the days they cover ([`super::days`]) or written through the API;
//! an approved leave or trip excuses the punches it covers in the punch results, so writing or
//! withdrawing one changes the next results.

use jiff::civil::{Date, DateTime};
use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use super::data::{Employee, Tenant};
use super::reply::{self, decode, encode, users_not_found};
use super::server::{ApiError, Behaviour, Call};
use super::world::{self, Approval, ApprovalKind, Writes};
use feishu_api::Endpoint;
use feishu_api::attendance::v1::approval_info::process;
use feishu_api::attendance::v1::types::{
    ApprovalEmployeeType, ApprovalLocale, ApprovalStatus, ApprovalTimeUnit, EmployeeType,
    I18nNames, OvertimeCategory, OvertimeType, UserApproval, UserLeave, UserOut, UserOvertimeWork,
    UserTrip,
};
use feishu_api::attendance::v1::user_approval::{create, query};
use feishu_api::attendance::v1::user_task_remedy::query::RemedyStatus;
use feishu_api::endpoint::EndpointInfo;

pub(crate) fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    let table: [(&EndpointInfo, Behaviour); 3] = [
        (create::CreateRequest::INFO, write),
        (query::QueryRequest::INFO, query_dates),
        (process::ProcessRequest::INFO, change_status),
    ];
    table
        .into_iter()
        .find(|(i, _)| *i == info)
        .map(|(_, behaviour)| behaviour)
}

const WIRE_TIME: &str = "%Y-%m-%d %H:%M:%S";

fn employee_kind(kind: &ApprovalEmployeeType) -> Option<EmployeeType> {
    match kind {
        ApprovalEmployeeType::EmployeeId => Some(EmployeeType::EmployeeId),
        ApprovalEmployeeType::EmployeeNo => Some(EmployeeType::EmployeeNo),
        // The emulator's tenant has no open ids.
        _ => None,
    }
}

fn text(at: DateTime) -> String {
    at.strftime(WIRE_TIME).to_string()
}

/// The yyyyMMdd text of a date.
fn date_text(date: Date) -> String {
    date.strftime("%Y%m%d").to_string()
}

/// When a seeded approval was asked for and granted: three days before, at 10:00 and 12:00.
fn applied_and_passed(approval: &Approval) -> (String, String) {
    let applied = approval
        .start
        .date()
        .at(10, 0, 0, 0)
        .saturating_sub(SignedDuration::from_hours(72));
    (
        text(applied),
        text(applied.saturating_add(SignedDuration::from_hours(2))),
    )
}

/// Sets `approval_id` on a written item's JSON and decodes it as the item type.
fn written_item<T: serde::de::DeserializeOwned>(approval: &Approval) -> Option<T> {
    let mut value = approval.written.clone()?;
    if let Some(fields) = value.as_object_mut() {
        fields.insert(
            "approval_id".into(),
            Value::from(approval.approval_id.clone()),
        );
    }
    serde_json::from_value(value).ok()
}

/// The approvals of one employee and date as the API answers them.
fn to_wire(employee: &Employee, user_id: &str, date: Date, found: &[&Approval]) -> UserApproval {
    let mut out = UserApproval::new(user_id.to_owned(), date_text(date));
    out.time_zone = Some(employee.time_zone().to_owned());
    let (mut leaves, mut outs, mut overtime, mut trips) = (vec![], vec![], vec![], vec![]);
    for approval in found {
        let (applied, passed) = applied_and_passed(approval);
        let seconds = approval.start.duration_until(approval.end).as_secs();
        match approval.kind {
            ApprovalKind::Leave => leaves.push(written_item(approval).unwrap_or_else(|| {
                let mut names = I18nNames::new();
                names.ch = Some("年假".to_owned());
                names.en = Some("Annual leave".to_owned());
                let mut item = UserLeave::new(
                    ApprovalTimeUnit::Day,
                    seconds,
                    text(approval.start),
                    text(approval.end),
                    names,
                    ApprovalLocale::Ch,
                    approval.reason.clone(),
                );
                item.approval_id = Some(approval.approval_id.clone());
                item.approve_apply_time = Some(applied.clone());
                item.approve_pass_time = Some(passed.clone());
                item
            })),
            ApprovalKind::Out => outs.push(written_item::<UserOut>(approval)),
            ApprovalKind::Overtime => overtime.push(written_item(approval).unwrap_or_else(|| {
                let mut item = UserOvertimeWork::new(
                    seconds as f64 / 3600.0,
                    ApprovalTimeUnit::Hour,
                    OvertimeCategory::Workday,
                    OvertimeType::TimeOff,
                    text(approval.start),
                    text(approval.end),
                );
                item.approval_id = Some(approval.approval_id.clone());
                item.reason = Some(approval.reason.clone());
                item
            })),
            ApprovalKind::Trip => trips.push(written_item(approval).unwrap_or_else(|| {
                let mut item = UserTrip::new(
                    text(approval.start),
                    text(approval.end),
                    approval.reason.clone(),
                    passed.clone(),
                    applied.clone(),
                );
                item.approval_id = Some(approval.approval_id.clone());
                item
            })),
        }
    }
    let outs: Vec<UserOut> = outs.into_iter().flatten().collect();
    out.leaves = (!leaves.is_empty()).then_some(leaves);
    out.outs = (!outs.is_empty()).then_some(outs);
    out.overtime_works = (!overtime.is_empty()).then_some(overtime);
    out.trips = (!trips.is_empty()).then_some(trips);
    out
}

/// `user_approval.query` (获取审批通过数据): each user's approvals filed under the dates of the
/// window, grouped per date. The window is at most 31 days (`check_date_to` at most 30 days
/// after `check_date_from`); `status` absent means approved (the emulator's choice: the page
/// does not say); only `PeriodTime` dates are supported.
fn query_dates(call: &Call<'_>) -> Result<String, ApiError> {
    let request: query::QueryRequest = decode(call)?;
    let info = query::QueryRequest::INFO;
    let kind = employee_kind(&request.employee_type)
        .ok_or_else(|| ApiError::param_invalid(info, "employee_type invalid"))?;
    if let Some(other) = request
        .check_date_type
        .clone()
        .filter(|t| *t != query::ApprovalCheckDateType::PeriodTime)
    {
        return Err(ApiError::spec(
            info,
            query::QueryErrorCode::General.code(),
            format!("check_date_type {other} is not supported (灰度中，暂不开放)"),
        ));
    }
    let tenant = &call.shared.tenant;
    let employees = reply::employees(info, tenant, &kind, &request.user_ids)?;
    let dates = reply::dates(info, &request.check_date_from, &request.check_date_to)?;
    if dates.len() > 31 {
        return Err(ApiError::param_invalid(
            info,
            "check_date_to: at most 30 days after check_date_from",
        ));
    }
    let (Some(from), Some(to)) = (dates.first(), dates.last()) else {
        return encode(&query::QueryResponse::default());
    };
    let status = request
        .status
        .unwrap_or(ApprovalStatus::Approved)
        .wire_value();
    let state = call.shared.attendance.lock();
    let mut answer = query::QueryResponse::default();
    for employee in employees {
        let user_id = employee.id(&kind).unwrap_or_default();
        let found = world::approvals(tenant, &state.writes, employee, *from, *to);
        for date in &dates {
            let on_date: Vec<&Approval> = found
                .iter()
                .filter(|a| a.date == *date && a.status == status)
                .collect();
            if !on_date.is_empty() {
                answer
                    .user_approvals
                    .push(to_wire(employee, user_id, *date, &on_date));
            }
        }
    }
    encode(&answer)
}

/// Reads a written item's times and wire form.
fn item_times(
    info: &EndpointInfo,
    path: &str,
    start: &str,
    end: &str,
) -> Result<(DateTime, DateTime), ApiError> {
    let parse = |name: &str, value: &str| {
        DateTime::strptime(WIRE_TIME, value).map_err(|_| {
            ApiError::param_invalid(
                info,
                format!("{path}.{name}: `{value}` is not yyyy-MM-dd HH:mm:ss"),
            )
        })
    };
    let (start, end) = (parse("start_time", start)?, parse("end_time", end)?);
    if end < start {
        return Err(ApiError::param_invalid(
            info,
            format!("{path}.end_time: before start_time"),
        ));
    }
    Ok((start, end))
}

/// `user_approval.create` (写入审批结果): the approvals of one user and date, approved; each
/// gets an approval id, and the punches they cover are excused in later results.
fn write(call: &Call<'_>) -> Result<String, ApiError> {
    let request: create::CreateRequest = decode(call)?;
    let info = create::CreateRequest::INFO;
    let kind = employee_kind(&request.employee_type)
        .ok_or_else(|| ApiError::param_invalid(info, "employee_type invalid"))?;
    let Some(written) = request.user_approval else {
        return Err(ApiError::param_invalid(info, "user_approval: required"));
    };
    let tenant = &call.shared.tenant;
    let employee = tenant.employee(&kind, &written.user_id).ok_or_else(|| {
        users_not_found(
            info,
            "user_approval.user_id",
            std::slice::from_ref(&written.user_id),
        )
    })?;
    let date = Date::strptime("%Y%m%d", &written.date)
        .map_err(|_| ApiError::param_invalid(info, "user_approval.date: not a yyyyMMdd date"))?;
    let raw: Value = serde_json::from_slice(call.body).unwrap_or_default();
    let mut items: Vec<(ApprovalKind, String, DateTime, DateTime, String, Value)> = Vec::new();
    let sections = [
        (ApprovalKind::Leave, "leaves"),
        (ApprovalKind::Out, "outs"),
        (ApprovalKind::Overtime, "overtime_works"),
        (ApprovalKind::Trip, "trips"),
    ];
    for (kind, section) in sections {
        let list = raw["user_approval"][section]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for (i, item) in list.into_iter().enumerate() {
            let path = format!("user_approval.{section}[{i}]");
            let field = |name: &str| item[name].as_str().unwrap_or_default().to_owned();
            let (start, end) = item_times(info, &path, &field("start_time"), &field("end_time"))?;
            items.push((kind, path, start, end, field("reason"), item));
        }
    }
    let mut state = call.shared.attendance.lock();
    let mut stored = Vec::with_capacity(items.len());
    for (kind, _, start, end, reason, item) in items {
        let approval = Approval {
            approval_id: state.writes.new_id(1),
            employee: employee.index(),
            kind,
            date,
            start,
            end,
            status: ApprovalStatus::Approved.wire_value(),
            reason,
            written: Some(item),
        };
        state.writes.approvals.push(approval.clone());
        stored.push(approval);
    }
    drop(state);
    let refs: Vec<&Approval> = stored.iter().collect();
    let mut answer = create::CreateResponse::default();
    let mut echoed = to_wire(employee, &written.user_id, date, &refs);
    echoed.time_zone = written.time_zone.clone().or(echoed.time_zone);
    answer.user_approval = Some(echoed);
    encode(&answer)
}

/// The status of the approval `id` of a kind, and how to change it; `None` when no such
/// approval exists.
fn current_status(
    tenant: &Tenant,
    writes: &Writes,
    id: &str,
    kind: &process::ApprovalType,
) -> Option<i64> {
    if *kind == process::ApprovalType::Remedy {
        let record = tenant.remedy_by_approval(id).cloned().or_else(|| {
            writes
                .remedies
                .iter()
                .find(|c| c.record.approval_id() == id)
                .map(|c| c.record.clone())
        })?;
        return Some(world::remedy_status(writes, &record).0.wire_value());
    }
    let wanted = match kind {
        process::ApprovalType::Leave => ApprovalKind::Leave,
        process::ApprovalType::Out => ApprovalKind::Out,
        process::ApprovalType::Overtime => ApprovalKind::Overtime,
        process::ApprovalType::Trip => ApprovalKind::Trip,
        _ => return None,
    };
    let approval = writes
        .approvals
        .iter()
        .find(|a| a.approval_id == id)
        .cloned()
        .or_else(|| world::seeded_approval(tenant, id))
        .filter(|a| a.kind == wanted)?;
    Some(
        writes
            .statuses
            .get(id)
            .map_or(approval.status, |(status, _)| *status),
    )
}

/// `approval_info.process` (通知审批状态更新): a pending remedy may be approved or rejected, an
/// approved approval of any kind withdrawn; anything else is 1220600 naming the rule.
fn change_status(call: &Call<'_>) -> Result<String, ApiError> {
    let request: process::ProcessRequest = decode(call)?;
    let info = process::ProcessRequest::INFO;
    let tenant = &call.shared.tenant;
    let mut state = call.shared.attendance.lock();
    let current = current_status(
        tenant,
        &state.writes,
        &request.approval_id,
        &request.approval_type,
    )
    .ok_or_else(|| {
        ApiError::param_invalid(
            info,
            format!(
                "approval_id {} is not a {} approval",
                request.approval_id, request.approval_type
            ),
        )
    })?;
    let target = request.status.wire_value();
    let pending = RemedyStatus::Pending.wire_value();
    let approved = RemedyStatus::Approved.wire_value();
    let remedy = request.approval_type == process::ApprovalType::Remedy;
    let allowed = match request.status {
        process::ApprovalTargetStatus::Approved | process::ApprovalTargetStatus::Rejected => {
            remedy && current == pending
        }
        process::ApprovalTargetStatus::Withdrawn => current == approved,
        _ => false,
    };
    if !allowed {
        return Err(ApiError::spec(
            info,
            process::ProcessErrorCode::General.code(),
            format!(
                "a {} approval in status {current} cannot become {target}: only a pending remedy \
                 can be approved or rejected, and only an approved approval withdrawn",
                request.approval_type
            ),
        ));
    }
    state
        .writes
        .statuses
        .insert(request.approval_id.clone(), (target, Timestamp::now()));
    drop(state);
    let mut approval = process::ApprovalInfo::default();
    approval.approval_id = Some(request.approval_id.clone());
    approval.approval_type = Some(request.approval_type.clone());
    approval.status = Some(ApprovalStatus::from_wire_value(target));
    let mut answer = process::ProcessResponse::default();
    answer.approval_info = Some(approval);
    encode(&answer)
}
