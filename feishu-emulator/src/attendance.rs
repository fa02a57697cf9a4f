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

use super::server::{ApiError, Behaviour, Call};
use feishu_api::Endpoint;
use feishu_api::attendance::v1::types::{GroupMeta, Shift};
use feishu_api::attendance::v1::{file, group, shift};
use feishu_api::endpoint::EndpointInfo;

/// How many shifts and groups a new emulator has.
pub(crate) const SEEDED_SHIFTS: usize = 23;
/// How many groups a new emulator has.
pub(crate) const SEEDED_GROUPS: usize = 12;
/// The page size the list methods use when the request gives none (the specs' server default).
const DEFAULT_PAGE_SIZE: usize = 10;

/// Groups and shifts, shared by every request of one emulator.
#[derive(Debug)]
pub(crate) struct Attendance {
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    shifts: Vec<Shift>,
    groups: Vec<Group>,
    /// Uploaded files: id, name, content.
    files: Vec<(String, String, Vec<u8>)>,
    next_id: u64,
}

/// A seeded group: what the list, search and get methods report of it.
#[derive(Debug, Clone)]
struct Group {
    id: String,
    name: String,
    time_zone: &'static str,
    shift_ids: Vec<String>,
}

impl Attendance {
    /// The seeded groups and shifts; ids are derived from `seed`, so runs repeat exactly.
    pub(crate) fn seeded(seed: u64) -> Self {
        let mut state = State {
            shifts: Vec::new(),
            groups: Vec::new(),
            files: Vec::new(),
            next_id: 7_000_000_000_000_000_000 + (seed % 1_000_000) * 1_000,
        };
        for i in 0..SEEDED_SHIFTS {
            let id = state.new_id();
            let (on, off) = [("09:00", "18:00"), ("08:30", "17:30"), ("10:00", "19:00")][i % 3];
            state.shifts.push(shift_from(
                &id,
                &format!("Shift {:02}", i + 1),
                &[(on, off)],
            ));
        }
        let zones = [
            "Asia/Shanghai",
            "Asia/Tokyo",
            "Europe/London",
            "America/New_York",
        ];
        for i in 0..SEEDED_GROUPS {
            let id = state.new_id();
            let shift_ids = vec![
                state.shifts[i % SEEDED_SHIFTS]
                    .shift_id
                    .clone()
                    .unwrap_or_default(),
            ];
            state.groups.push(Group {
                id,
                name: format!("Group {:02}", i + 1),
                time_zone: zones[i % zones.len()],
                shift_ids,
            });
        }
        Attendance {
            state: Mutex::new(state),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
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
}

/// A shift with its punch times, built through its wire form (the generated type is the judge
/// of the shape, as for any answer).
fn shift_from(id: &str, name: &str, times: &[(&str, &str)]) -> Shift {
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
    let table: [(&EndpointInfo, Behaviour); 9] = [
        (file::upload::UploadRequest::INFO, upload_file),
        (shift::list::ListRequest::INFO, list_shifts),
        (shift::get::GetRequest::INFO, get_shift),
        (shift::query::QueryRequest::INFO, query_shift),
        (shift::create::CreateRequest::INFO, create_shift),
        (shift::delete::DeleteRequest::INFO, delete_shift),
        (group::list::ListRequest::INFO, list_groups),
        (group::search::SearchRequest::INFO, search_groups),
        (group::get::GetRequest::INFO, get_group),
    ];
    table
        .into_iter()
        .find(|(i, _)| *i == info)
        .map(|(_, behaviour)| behaviour)
}

fn decode<E: Endpoint>(call: &Call<'_>) -> Result<E, ApiError> {
    E::from_wire(call.query, call.path_params, call.body)
        .map_err(|violations| ApiError::param_invalid(E::INFO, violations.to_string()))
}

fn encode(value: &impl serde::Serialize) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| {
        ApiError::new(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            // The attendance specs' `Internal` code.
            1225000,
            format!("encoding the answer failed: {e}"),
        )
    })
}

/// One page of `items` from a request's `page_token` and `page_size`: the items, the next
/// token and whether more follow.
fn page<T: Clone>(
    info: &EndpointInfo,
    items: &[T],
    token: Option<&str>,
    size: Option<i64>,
) -> Result<(Vec<T>, Option<String>, bool), ApiError> {
    let start = match token.filter(|t| !t.is_empty()) {
        None => 0,
        Some(t) => t
            .strip_prefix("pt")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n <= items.len())
            .ok_or_else(|| ApiError::param_invalid(info, "page_token invalid"))?,
    };
    let size = size
        .and_then(|s| usize::try_from(s).ok())
        .unwrap_or(DEFAULT_PAGE_SIZE);
    let end = (start + size).min(items.len());
    let more = end < items.len();
    let next = more.then(|| format!("pt{end}"));
    Ok((items[start..end].to_vec(), next, more))
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
    let mut answer = group::get::GetResponse::default();
    answer.group_id = Some(found.id.clone());
    answer.group_name = Some(found.name.clone());
    answer.time_zone = Some(found.time_zone.to_owned());
    answer.punch_day_shift_ids = found.shift_ids.clone();
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
