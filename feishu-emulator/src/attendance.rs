//! The emulator's attendance groups (考勤组) and shifts (班次): seeded, listed through real page
//! tokens, created, fetched, found by name and deleted, each call seeing the writes before it.
//!
//! Requests arrive already decoded and validated by the spec-generated code; answers are the
//! generated response types, encoded by their own serde implementations. A page token is
//! opaque to clients: here it names the offset of the next page (`pt…`), and a token the
//! emulator never issued is answered as an invalid parameter.

// Answers are built from `Default` and filled field by field on purpose: the generated types
// are `#[non_exhaustive]`, and this is how code outside the SDK crate must build them too.

use std::sync::Mutex;

use serde_json::{Value, json};

use jiff::civil::Date;

use super::data::{Employee, GROUPS, Shift as DataShift, ShiftPunch, Tenant};
use super::days;
use super::reply::{decode, encode, page, users_not_found};
use super::server::{ApiError, Behaviour, Call};
use super::world::{self, Schedule, Writes};
use feishu_api::Endpoint;
use feishu_api::attendance::v1::types::{GroupMeta, Shift};
use feishu_api::attendance::v1::{file, group, shift};
use feishu_api::endpoint::EndpointInfo;

/// How many shifts a new emulator has.
pub(crate) const SEEDED_SHIFTS: usize = 23;

/// Groups, shifts, files and every other write, shared by every request of one emulator.
#[derive(Debug)]
pub(crate) struct Attendance {
    state: Mutex<State>,
}

#[derive(Debug)]
pub(crate) struct State {
    pub(crate) shifts: Vec<Shift>,
    pub(crate) groups: Vec<Group>,
    /// Uploaded files: id, name, content.
    files: Vec<(String, String, Vec<u8>)>,
    next_id: u64,
    /// Punch records, approvals, remedies, schedules and settings written through the API.
    pub(crate) writes: Writes,
}

/// An attendance group: what the group methods report of it.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) time_zone: String,
    pub(crate) shift_ids: Vec<String>,
    /// Its members, as employee indices.
    pub(crate) members: Vec<usize>,
    /// The group as created through the API, answered back by `get`.
    pub(crate) created: Option<Box<feishu_api::attendance::v1::types::Group>>,
}

/// The shift of each seeded pattern with fixed times (the free shift has none).
const PATTERN_SHIFTS: [DataShift; 4] = [
    DataShift::Standard,
    DataShift::Split,
    DataShift::ThreeSegment,
    DataShift::Night,
];

impl Attendance {
    /// The seeded groups (one per [`GROUPS`] entry, with the tenant's employees as members)
    /// and shifts (the first four are the patterns the groups work); ids are derived from
    /// `seed`, so runs repeat exactly.
    pub(crate) fn seeded(seed: u64, tenant: &Tenant) -> Self {
        let mut state = State {
            shifts: Vec::new(),
            groups: Vec::new(),
            files: Vec::new(),
            next_id: 7_000_000_000_000_000_000 + (seed % 1_000_000) * 1_000,
            writes: Writes::default(),
        };
        for i in 0..SEEDED_SHIFTS {
            let id = state.new_id();
            let times: Vec<(String, String)> = match PATTERN_SHIFTS.get(i) {
                Some(pattern) => pattern
                    .punches()
                    .chunks(2)
                    .map(|pair| {
                        let hm = |p: &ShiftPunch| format!("{:02}:{:02}", p.hour, p.minute);
                        (hm(&pair[0]), pair.get(1).map(hm).unwrap_or_default())
                    })
                    .collect(),
                None => {
                    let (on, off) =
                        [("09:00", "18:00"), ("08:30", "17:30"), ("10:00", "19:00")][i % 3];
                    vec![(on.to_owned(), off.to_owned())]
                }
            };
            state
                .shifts
                .push(shift_from(&id, &format!("Shift {:02}", i + 1), &times));
        }
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); GROUPS.len()];
        for employee in tenant.employees() {
            members[employee.group()].push(employee.index());
        }
        for (plan, members) in GROUPS.iter().zip(members) {
            let id = state.new_id();
            let shift_ids = PATTERN_SHIFTS
                .iter()
                .position(|p| *p == plan.shift)
                .and_then(|i| state.shifts[i].shift_id.clone())
                .into_iter()
                .collect();
            state.groups.push(Group {
                id,
                name: plan.name.to_owned(),
                time_zone: plan.time_zone.to_owned(),
                shift_ids,
                members,
                created: None,
            });
        }
        Attendance {
            state: Mutex::new(state),
        }
    }

    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The names of the shifts, in list order (for tests).
    pub(crate) fn shift_names(&self) -> Vec<String> {
        self.lock()
            .shifts
            .iter()
            .filter_map(|s| s.shift_name.clone())
            .collect()
    }
}

impl State {
    /// A fresh 19-digit id, like the platform's.
    fn new_id(&mut self) -> String {
        self.next_id += 1;
        self.next_id.to_string()
    }

    /// What an employee's schedule asks on a date: an assignment written through the API, or
    /// the seeded group's (its shift Monday to Friday, rest at weekends; a free shift daily).
    pub(crate) fn schedule(&self, employee: &Employee, date: Date) -> Schedule {
        let assigned = self
            .writes
            .schedules
            .get(&(employee.index(), days::day_number(date)));
        let shift_id = match assigned {
            Some(id) => id.clone(),
            None => match world::seeded_schedule_kind(employee, date) {
                None => return Schedule::Rest,
                Some(DataShift::Flexible) => return Schedule::Free,
                Some(pattern) => match PATTERN_SHIFTS.iter().position(|p| *p == pattern) {
                    Some(i) => self.shifts[i].shift_id.clone().unwrap_or_default(),
                    None => return Schedule::Rest,
                },
            },
        };
        if shift_id == "0" {
            return Schedule::Rest;
        }
        match self
            .shifts
            .iter()
            .find(|s| s.shift_id.as_deref() == Some(shift_id.as_str()))
        {
            Some(shift) => Schedule::Shift(shift_id, world::pair_rules(shift, date)),
            // A shift deleted after it was assigned schedules nothing.
            None => Schedule::Rest,
        }
    }

    /// Whether a schedule was written for an employee's date.
    pub(crate) fn is_assigned(&self, employee: &Employee, date: Date) -> bool {
        self.writes
            .schedules
            .contains_key(&(employee.index(), days::day_number(date)))
    }

    /// The id of an employee's group (the seeded one it belongs to).
    pub(crate) fn group_id_of(&self, employee: &Employee) -> String {
        self.groups
            .iter()
            .find(|g| g.members.contains(&employee.index()) && g.created.is_none())
            .map(|g| g.id.clone())
            .unwrap_or_default()
    }
}

/// A shift with its punch times, built through its wire form (the generated type is the judge
/// of the shape, as for any answer).
fn shift_from(id: &str, name: &str, times: &[(String, String)]) -> Shift {
    let rules: Vec<Value> = times
        .iter()
        .map(|(on, off)| {
            json!({
                "on_time": on, "off_time": off,
                "late_minutes_as_late": 15, "late_minutes_as_lack": 60,
                "on_advance_minutes": 60, "early_minutes_as_early": 15,
                "early_minutes_as_lack": 60, "off_delay_minutes": 120
            })
        })
        .collect();
    let value = json!({
        "shift_id": id,
        "shift_name": name,
        "punch_times": times.len(),
        "is_flexible": false,
        "no_need_off": false,
        "punch_time_rule": rules,
        "id": id,
    });
    // The generated type accepts every shape built here; a failure would be a bug worth
    // seeing in the answer rather than a panic.
    serde_json::from_value(value).unwrap_or_else(|e| {
        let mut fallback: Shift = serde_json::from_value(json!({
            "shift_name": name, "punch_times": 1
        }))
        .expect("the minimal shift decodes");
        fallback.shift_id = Some(format!("invalid shift: {e}"));
        fallback
    })
}

/// A download's behaviour: the file's name and content, or an error answer.
pub(crate) type DownloadBehaviour = fn(&Call<'_>) -> Result<(String, Vec<u8>), ApiError>;

pub(crate) fn download(info: &EndpointInfo) -> Option<DownloadBehaviour> {
    (info == file::download::DownloadRequest::INFO).then_some(download_file as DownloadBehaviour)
}

pub(crate) fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    let table: [(&EndpointInfo, Behaviour); 12] = [
        (file::upload::UploadRequest::INFO, upload_file),
        (shift::list::ListRequest::INFO, list_shifts),
        (shift::get::GetRequest::INFO, get_shift),
        (shift::query::QueryRequest::INFO, query_shift),
        (shift::create::CreateRequest::INFO, create_shift),
        (shift::delete::DeleteRequest::INFO, delete_shift),
        (group::list::ListRequest::INFO, list_groups),
        (group::search::SearchRequest::INFO, search_groups),
        (group::get::GetRequest::INFO, get_group),
        (group::create::CreateRequest::INFO, create_group),
        (group::delete::DeleteRequest::INFO, delete_group),
        (group::list_user::ListUserRequest::INFO, list_members),
    ];
    table
        .into_iter()
        .find(|(i, _)| *i == info)
        .map(|(_, behaviour)| behaviour)
}

fn list_shifts(call: &Call<'_>) -> Result<String, ApiError> {
    let request: shift::list::ListRequest = decode(call)?;
    let state = call.shared.attendance.lock();
    let (items, next, more) = page(
        shift::list::ListRequest::INFO,
        &state.shifts,
        request.page_token.as_deref(),
        request.page_size,
    )?;
    let mut answer = shift::list::ListResponse::default();
    answer.shift_list = items;
    answer.page_token = next;
    answer.has_more = Some(more);
    encode(&answer)
}

fn shift_not_found(info: &EndpointInfo, code: i64) -> ApiError {
    ApiError::spec(info, code, "shift not found")
}

fn get_shift(call: &Call<'_>) -> Result<String, ApiError> {
    let request: shift::get::GetRequest = decode(call)?;
    let info = shift::get::GetRequest::INFO;
    let state = call.shared.attendance.lock();
    let found = state
        .shifts
        .iter()
        .find(|s| s.shift_id.as_deref() == Some(request.shift_id.as_str()))
        .ok_or_else(|| shift_not_found(info, shift::get::GetErrorCode::ShiftInvalid.code()))?;
    encode(found)
}

fn query_shift(call: &Call<'_>) -> Result<String, ApiError> {
    let request: shift::query::QueryRequest = decode(call)?;
    let info = shift::query::QueryRequest::INFO;
    let state = call.shared.attendance.lock();
    let found = state
        .shifts
        .iter()
        .find(|s| s.shift_name.as_deref() == Some(request.shift_name.as_str()))
        .ok_or_else(|| shift_not_found(info, shift::query::QueryErrorCode::ShiftInvalid.code()))?;
    encode(found)
}

fn create_shift(call: &Call<'_>) -> Result<String, ApiError> {
    let request: shift::create::CreateRequest = decode(call)?;
    // The request body is the shift (less its id): read it back as one, so every field given
    // is kept exactly as sent.
    let mut value: Value = serde_json::from_slice(call.body)
        .map_err(|e| ApiError::param_invalid(shift::create::CreateRequest::INFO, e.to_string()))?;
    let mut state = call.shared.attendance.lock();
    if state
        .shifts
        .iter()
        .any(|s| s.shift_name.as_deref() == Some(request.shift_name.as_str()))
    {
        return Err(ApiError::spec(
            shift::create::CreateRequest::INFO,
            shift::create::CreateErrorCode::ShiftNameInUse.code(),
            "shift name has been used",
        ));
    }
    let id = state.new_id();
    if let Some(fields) = value.as_object_mut() {
        fields.insert("shift_id".into(), json!(id));
        fields.insert("id".into(), json!(id));
    }
    let created: Shift = serde_json::from_value(value)
        .map_err(|e| ApiError::param_invalid(shift::create::CreateRequest::INFO, e.to_string()))?;
    state.shifts.push(created.clone());
    let mut answer = shift::create::CreateResponse::default();
    answer.shift = Some(created);
    encode(&answer)
}

fn delete_shift(call: &Call<'_>) -> Result<String, ApiError> {
    let request: shift::delete::DeleteRequest = decode(call)?;
    let info = shift::delete::DeleteRequest::INFO;
    let mut state = call.shared.attendance.lock();
    let Some(at) = state
        .shifts
        .iter()
        .position(|s| s.shift_id.as_deref() == Some(request.shift_id.as_str()))
    else {
        return Err(ApiError::spec(
            info,
            shift::delete::DeleteErrorCode::ShiftServiceError.code(),
            "shift not found",
        ));
    };
    if state
        .groups
        .iter()
        .any(|g| g.shift_ids.contains(&request.shift_id))
    {
        return Err(ApiError::spec(
            info,
            shift::delete::DeleteErrorCode::General.code(),
            "the shift is used by an attendance group",
        ));
    }
    state.shifts.remove(at);
    Ok("{}".to_owned())
}

fn meta(group: &Group) -> GroupMeta {
    let mut meta = GroupMeta::default();
    meta.group_id = Some(group.id.clone());
    meta.group_name = Some(group.name.clone());
    meta
}

fn list_groups(call: &Call<'_>) -> Result<String, ApiError> {
    let request: group::list::ListRequest = decode(call)?;
    let state = call.shared.attendance.lock();
    let metas: Vec<GroupMeta> = state.groups.iter().map(meta).collect();
    let (items, next, more) = page(
        group::list::ListRequest::INFO,
        &metas,
        request.page_token.as_deref(),
        request.page_size,
    )?;
    let mut answer = group::list::ListResponse::default();
    answer.group_list = items;
    answer.page_token = next;
    answer.has_more = Some(more);
    encode(&answer)
}

fn search_groups(call: &Call<'_>) -> Result<String, ApiError> {
    let request: group::search::SearchRequest = decode(call)?;
    let state = call.shared.attendance.lock();
    let mut answer = group::search::SearchResponse::default();
    // The platform matches names by substring.
    answer.group_list = state
        .groups
        .iter()
        .filter(|g| g.name.contains(&request.group_name))
        .map(meta)
        .collect();
    encode(&answer)
}

fn get_group(call: &Call<'_>) -> Result<String, ApiError> {
    let request: group::get::GetRequest = decode(call)?;
    let state = call.shared.attendance.lock();
    let Some(found) = state.groups.iter().find(|g| g.id == request.group_id) else {
        return Err(ApiError::param_invalid(
            group::get::GetRequest::INFO,
            "group_id invalid",
        ));
    };
    if let Some(created) = &found.created {
        // The stored group, field for field: `get` answers the same wire names flat.
        let answer: group::get::GetResponse = serde_json::to_value(created)
            .and_then(serde_json::from_value)
            .map_err(|e| ApiError::spec(group::get::GetRequest::INFO, 1_225_000, e.to_string()))?;
        return encode(&answer);
    }
    let mut answer = group::get::GetResponse::default();
    answer.group_id = Some(found.id.clone());
    answer.group_name = Some(found.name.clone());
    answer.time_zone = Some(found.time_zone.to_owned());
    answer.punch_day_shift_ids = found.shift_ids.clone();
    encode(&answer)
}

/// `group.create` (创建或修改考勤组): without `group_id` a new group, with it the whole group
/// replaced. Shift ids must exist (`0` is a rest day) and bound users must exist; the bound users
/// are the members `list_user` reports.
fn create_group(call: &Call<'_>) -> Result<String, ApiError> {
    let request: group::create::CreateRequest = decode(call)?;
    let info = group::create::CreateRequest::INFO;
    let tenant = &call.shared.tenant;
    let mut wanted = request.group;
    let bound = wanted.bind_user_ids.clone().unwrap_or_default();
    let members = world::resolve(tenant, &request.employee_type, &bound)
        .map_err(|unknown| users_not_found(info, "group.bind_user_ids", &unknown))?
        .iter()
        .map(|e| e.index())
        .collect();
    let mut state = call.shared.attendance.lock();
    for (i, id) in wanted.punch_day_shift_ids.iter().enumerate() {
        let known = id == "0"
            || state
                .shifts
                .iter()
                .any(|s| s.shift_id.as_deref() == Some(id.as_str()));
        if !known {
            return Err(ApiError::param_invalid(
                info,
                format!("group.punch_day_shift_ids[{i}]: no shift {id}"),
            ));
        }
    }
    let at = match wanted.group_id.as_deref() {
        None | Some("") => None,
        Some(id) => Some(
            state
                .groups
                .iter()
                .position(|g| g.id == id)
                .ok_or_else(|| {
                    ApiError::param_invalid(info, format!("group.group_id {id} not found"))
                })?,
        ),
    };
    let id = match at {
        Some(at) => state.groups[at].id.clone(),
        None => state.new_id(),
    };
    wanted.group_id = Some(id.clone());
    let group = Group {
        id,
        name: wanted.group_name.clone(),
        time_zone: wanted.time_zone.clone(),
        shift_ids: wanted
            .punch_day_shift_ids
            .iter()
            .filter(|s| *s != "0")
            .cloned()
            .collect(),
        members,
        created: Some(Box::new(wanted.clone())),
    };
    match at {
        Some(at) => state.groups[at] = group,
        None => state.groups.push(group),
    }
    let mut answer = group::create::CreateResponse::default();
    answer.group = Some(wanted);
    encode(&answer)
}

/// `group.delete` (删除考勤组): the group disappears from list, search and get.
fn delete_group(call: &Call<'_>) -> Result<String, ApiError> {
    let request: group::delete::DeleteRequest = decode(call)?;
    let mut state = call.shared.attendance.lock();
    let Some(at) = state.groups.iter().position(|g| g.id == request.group_id) else {
        return Err(ApiError::param_invalid(
            group::delete::DeleteRequest::INFO,
            format!("group_id {} not found", request.group_id),
        ));
    };
    state.groups.remove(at);
    Ok("{}".to_owned())
}

/// `group.list_user` (查询考勤组下所有成员): the members, paged; all of them must punch, so
/// `member_clock_type` 2 (no punch needed) finds nobody.
fn list_members(call: &Call<'_>) -> Result<String, ApiError> {
    use group::list_user::{ListUserRequest, ListUserResponse, MemberClockType, UserBase};
    let request: ListUserRequest = decode(call)?;
    let info = ListUserRequest::INFO;
    let tenant = &call.shared.tenant;
    let state = call.shared.attendance.lock();
    let Some(found) = state.groups.iter().find(|g| g.id == request.group_id) else {
        return Err(ApiError::param_invalid(
            info,
            format!("group_id {} not found", request.group_id),
        ));
    };
    let department = format!(
        "od-{:032x}",
        u128::from(found.id.parse::<u64>().unwrap_or(0)) * 0x9e37_79b9_7f4a_7c15
    );
    let users: Vec<UserBase> = if request.member_clock_type == MemberClockType::NoNeedPunch {
        Vec::new()
    } else {
        found
            .members
            .iter()
            .filter_map(|i| tenant.employees().get(*i))
            .map(|e| {
                let mut user = UserBase::default();
                user.user_id = e.id(&request.employee_type).map(str::to_owned);
                user.department_ids = vec![department.clone()];
                user
            })
            .collect()
    };
    let (items, next, more) = page(
        info,
        &users,
        request.page_token.as_deref(),
        request.page_size,
    )?;
    let mut answer = ListUserResponse::default();
    answer.users = items;
    answer.page_token = next;
    answer.has_more = Some(more);
    encode(&answer)
}

fn upload_file(call: &Call<'_>) -> Result<String, ApiError> {
    let request: file::upload::UploadRequest = decode(call)?;
    let info = file::upload::UploadRequest::INFO;
    let Some(upload) = request.file else {
        return Err(ApiError::param_invalid(info, "file is required"));
    };
    let content = upload.bytes().map(<[u8]>::to_vec).unwrap_or_default();
    let mut state = call.shared.attendance.lock();
    let id = format!("{:032x}", u128::from(state.next_id) * 0x9e37_79b9);
    state.next_id += 1;
    state.files.push((id.clone(), request.file_name, content));
    let mut stored = file::upload::UploadedFile::default();
    stored.file_id = Some(id);
    let mut answer = file::upload::UploadResponse::default();
    answer.file = Some(stored);
    encode(&answer)
}

fn download_file(call: &Call<'_>) -> Result<(String, Vec<u8>), ApiError> {
    let request: file::download::DownloadRequest = decode(call)?;
    let state = call.shared.attendance.lock();
    state
        .files
        .iter()
        .find(|(id, _, _)| *id == request.file_id)
        .map(|(_, name, content)| (name.clone(), content.clone()))
        .ok_or_else(|| {
            ApiError::param_invalid(file::download::DownloadRequest::INFO, "file_id invalid")
        })
}
