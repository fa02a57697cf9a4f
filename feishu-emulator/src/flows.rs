//! Punch records (打卡流水): import, fetch one, query a window, delete.
//!
//! The records are the seeded days' punches, the records approved remedies stand for, and
//! imported ones, less deleted ones ([`world::flows`]); the punch results are computed from the
//! same list, so an import or a deletion shows in the next results.

use super::data::{Employee, Tenant};
use super::reply::{self, decode, encode, users_not_found};
use super::server::{ApiError, Behaviour, Call};
use super::world::{self, Flow};
use feishu_api::Endpoint;
use feishu_api::attendance::v1::types::{EmployeeType, UserFlow, UserFlowType};
use feishu_api::attendance::v1::user_flow::{batch_create, batch_del, get, query};
use feishu_api::endpoint::EndpointInfo;
use feishu_api::time::UnixSeconds;

pub(crate) fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    let table: [(&EndpointInfo, Behaviour); 4] = [
        (batch_create::BatchCreateRequest::INFO, import),
        (get::GetRequest::INFO, fetch),
        (query::QueryRequest::INFO, query_window),
        (batch_del::BatchDelRequest::INFO, delete),
    ];
    table
        .into_iter()
        .find(|(i, _)| *i == info)
        .map(|(_, behaviour)| behaviour)
}

/// A record as the API answers it, with `user_id` (and a seeded record's creator) in the id
/// space asked for.
pub(crate) fn to_wire(tenant: &Tenant, flow: &Flow, kind: &EmployeeType) -> UserFlow {
    let employee = &tenant.employees()[flow.employee];
    let user_id = employee.id(kind).unwrap_or_default().to_owned();
    let mut wire = flow.written.clone().unwrap_or_default();
    wire.user_id = Some(user_id.clone());
    wire.creator_id.get_or_insert(user_id);
    wire.location_name
        .get_or_insert_with(|| flow.location_name.clone());
    wire.check_time = Some(UnixSeconds::from(flow.time));
    wire.comment.get_or_insert_with(|| flow.comment.clone());
    wire.record_id = Some(flow.record_id.clone());
    wire.is_field.get_or_insert(flow.is_field);
    wire.is_wifi.get_or_insert(false);
    wire.r#type = Some(flow.kind);
    wire
}

/// `user_flow.batch_create` (导入打卡流水): every record's user must exist; each gets a record
/// id and is seen by later queries and results.
fn import(call: &Call<'_>) -> Result<String, ApiError> {
    let request: batch_create::BatchCreateRequest = decode(call)?;
    let info = batch_create::BatchCreateRequest::INFO;
    let tenant = &call.shared.tenant;
    let kind = &request.employee_type;
    let mut employees: Vec<&Employee> = Vec::with_capacity(request.flow_records.len());
    let mut unknown = Vec::new();
    for (i, record) in request.flow_records.iter().enumerate() {
        let id = record.user_id.clone().unwrap_or_default();
        match tenant.employee(kind, &id) {
            Some(e) => employees.push(e),
            None => unknown.push(format!("flow_records[{i}].user_id = {id}")),
        }
        if record
            .check_time
            .as_ref()
            .and_then(|t| t.secs().ok())
            .is_none()
        {
            return Err(ApiError::param_invalid(
                info,
                format!("flow_records[{i}].check_time: required, Unix seconds"),
            ));
        }
    }
    if !unknown.is_empty() {
        return Err(users_not_found(info, "flow_records.user_id", &unknown));
    }
    let mut state = call.shared.attendance.lock();
    let mut answer = batch_create::BatchCreateResponse::default();
    for (record, employee) in request.flow_records.iter().zip(employees) {
        let time = record
            .check_time
            .as_ref()
            .and_then(|t| t.to_timestamp().ok())
            .unwrap_or_default();
        let flow = Flow {
            record_id: state.writes.new_id(5),
            employee: employee.index(),
            time,
            kind: UserFlowType::OpenPlatformImport,
            is_field: record.is_field.unwrap_or(false),
            location_name: record.location_name.clone().unwrap_or_default(),
            comment: record.comment.clone().unwrap_or_default(),
            written: Some(record.clone()),
        };
        answer.flow_records.push(to_wire(tenant, &flow, kind));
        state.writes.flows.push(flow);
    }
    encode(&answer)
}

/// Finds a record by id among the seeded, remedy and imported ones (deleted ones are gone).
fn find(tenant: &Tenant, writes: &world::Writes, id: &str) -> Option<Flow> {
    if writes.deleted_flows.contains(id) {
        return None;
    }
    if let Some(flow) = writes.flows.iter().find(|f| f.record_id == id) {
        return Some(flow.clone());
    }
    if let Some(flow) = world::seeded_flow(tenant, id) {
        return Some(flow);
    }
    // The record of an approved remedy: look through its employee's remedies.
    tenant.employees().iter().find_map(|employee| {
        let remedies = world::remedies(tenant, writes, employee);
        remedies.first()?;
        let (record, _, _) = remedies
            .iter()
            .find(|(r, _, _)| world::remedy_flow_id(r.approval_id()) == id)?;
        world::flows(tenant, writes, employee, record.time(), record.time())
            .into_iter()
            .find(|f| f.record_id == id)
    })
}

/// `user_flow.get` (查询打卡流水).
fn fetch(call: &Call<'_>) -> Result<String, ApiError> {
    let request: get::GetRequest = decode(call)?;
    let info = get::GetRequest::INFO;
    let tenant = &call.shared.tenant;
    let state = call.shared.attendance.lock();
    let flow = find(tenant, &state.writes, &request.user_flow_id).ok_or_else(|| {
        ApiError::param_invalid(
            info,
            format!("user_flow_id {} not found", request.user_flow_id),
        )
    })?;
    encode(&to_wire(tenant, &flow, &request.employee_type))
}

/// `user_flow.query` (批量查询打卡流水): each user's records with `check_time_from <= time <=
/// check_time_to`, users in request order, each user's by time.
fn query_window(call: &Call<'_>) -> Result<String, ApiError> {
    let request: query::QueryRequest = decode(call)?;
    let info = query::QueryRequest::INFO;
    let tenant = &call.shared.tenant;
    let kind = &request.employee_type;
    let employees = reply::employees(info, tenant, kind, &request.user_ids)?;
    let (Ok(from), Ok(to)) = (
        request.check_time_from.to_timestamp(),
        request.check_time_to.to_timestamp(),
    ) else {
        return Err(ApiError::param_invalid(
            info,
            "check_time_from / check_time_to: not Unix seconds",
        ));
    };
    let state = call.shared.attendance.lock();
    let mut answer = query::QueryResponse::default();
    for employee in employees {
        for flow in world::flows(tenant, &state.writes, employee, from, to) {
            answer.user_flow_results.push(to_wire(tenant, &flow, kind));
        }
    }
    encode(&answer)
}

/// `user_flow.batch_del` (删除打卡流水): ids of existing records are deleted, the others listed
/// as failed.
fn delete(call: &Call<'_>) -> Result<String, ApiError> {
    let request: batch_del::BatchDelRequest = decode(call)?;
    let tenant = &call.shared.tenant;
    let mut state = call.shared.attendance.lock();
    let mut answer = batch_del::BatchDelResponse::default();
    for id in &request.record_ids {
        if find(tenant, &state.writes, id).is_some() {
            state.writes.deleted_flows.insert(id.clone());
            answer.success_record_ids.push(id.clone());
        } else {
            answer.fail_record_ids.push(id.clone());
        }
    }
    encode(&answer)
}
