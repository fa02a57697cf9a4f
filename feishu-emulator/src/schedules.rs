//! Shift schedules (排班表) and user settings (用户设置).
//!
//! A day's schedule is the group's (its shift Monday to Friday, rest at weekends) unless one
//! was written through the daily-shift method; the punch results read the same schedule, so a
//! written assignment changes what the next results expect.

use jiff::Timestamp;
use jiff::civil::Date;

use super::data::{Employee, Shift};
use super::days;
use super::reply::{self, decode, encode, users_not_found};
use super::rng::Rng;
use super::server::{ApiError, Behaviour, Call};
use super::world::{self, Schedule};
use feishu_api::Endpoint;
use feishu_api::attendance::v1::types::{UserDailyShift, UserSetting};
use feishu_api::attendance::v1::{user_daily_shift, user_setting};
use feishu_api::endpoint::EndpointInfo;
use feishu_api::time::UnixSeconds;

pub(crate) fn behaviour(info: &EndpointInfo) -> Option<Behaviour> {
    let table: [(&EndpointInfo, Behaviour); 4] = [
        (
            user_daily_shift::batch_create::BatchCreateRequest::INFO,
            assign,
        ),
        (user_daily_shift::query::QueryRequest::INFO, assignments),
        (user_setting::modify::ModifyRequest::INFO, modify_setting),
        (user_setting::query::QueryRequest::INFO, query_settings),
    ];
    table
        .into_iter()
        .find(|(i, _)| *i == info)
        .map(|(_, behaviour)| behaviour)
}

/// `user_daily_shift.batch_create` (创建或修改排班表): each entry assigns a user a shift (`0`:
/// rest) on one day; `is_clear_schedule` clears the day (no shift, so nothing to punch). An
/// unknown user is 1220004, an unknown shift 1226003; nothing is written unless every entry is
/// valid.
fn assign(call: &Call<'_>) -> Result<String, ApiError> {
    use user_daily_shift::batch_create::{
        BatchCreateErrorCode, BatchCreateRequest, BatchCreateResponse,
    };
    let request: BatchCreateRequest = decode(call)?;
    let info = BatchCreateRequest::INFO;
    let tenant = &call.shared.tenant;
    let mut state = call.shared.attendance.lock();
    let mut writes = Vec::with_capacity(request.user_daily_shifts.len());
    for (i, entry) in request.user_daily_shifts.iter().enumerate() {
        let employee = tenant
            .employee(&request.employee_type, &entry.user_id)
            .ok_or_else(|| {
                users_not_found(
                    info,
                    &format!("user_daily_shifts[{i}].user_id"),
                    std::slice::from_ref(&entry.user_id),
                )
            })?;
        let date = month_day(entry.month, entry.day_no).ok_or_else(|| {
            ApiError::param_invalid(
                info,
                format!(
                    "user_daily_shifts[{i}]: month {} day {} is not a date",
                    entry.month, entry.day_no
                ),
            )
        })?;
        let shift_id = if entry.is_clear_schedule == Some(true) {
            "0".to_owned()
        } else {
            entry.shift_id.clone()
        };
        let known = shift_id == "0"
            || state
                .shifts
                .iter()
                .any(|s| s.shift_id.as_deref() == Some(shift_id.as_str()));
        if !known {
            return Err(ApiError::spec(
                info,
                BatchCreateErrorCode::ShiftInvalid.code(),
                format!("user_daily_shifts[{i}].shift_id: no shift {shift_id}"),
            ));
        }
        writes.push(((employee.index(), days::day_number(date)), shift_id));
    }
    state.writes.schedules.extend(writes);
    let mut answer = BatchCreateResponse::default();
    answer.user_daily_shifts = request.user_daily_shifts.clone();
    encode(&answer)
}

/// The date of a `yyyyMM` month and a day of it.
fn month_day(month: i64, day: i64) -> Option<Date> {
    let (year, month) = (month / 100, month % 100);
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// `user_daily_shift.query` (查询排班表): for each user and date of the window, the shift (`0`
/// on rest days). Members of free-shift groups have no schedule, so no entries.
fn assignments(call: &Call<'_>) -> Result<String, ApiError> {
    use user_daily_shift::query::{QueryRequest, QueryResponse};
    let request: QueryRequest = decode(call)?;
    let info = QueryRequest::INFO;
    let tenant = &call.shared.tenant;
    let kind = &request.employee_type;
    let employees = reply::employees(info, tenant, kind, &request.user_ids)?;
    let dates = reply::dates(info, &request.check_date_from, &request.check_date_to)?;
    let state = call.shared.attendance.lock();
    let mut answer = QueryResponse::default();
    for employee in employees {
        let group_id = state.group_id_of(employee);
        let user_id = employee.id(kind).unwrap_or_default();
        for date in &dates {
            let free = employee.shift() == Shift::Flexible && !state.is_assigned(employee, *date);
            let shift_id = match state.schedule(employee, *date) {
                _ if free => continue,
                Schedule::Free => continue,
                Schedule::Rest => "0".to_owned(),
                Schedule::Shift(id, _) => id,
            };
            answer.user_daily_shifts.push(UserDailyShift::new(
                group_id.clone(),
                shift_id,
                i64::from(date.year()) * 100 + i64::from(date.month()),
                user_id.to_owned(),
                i64::from(date.day()),
            ));
        }
    }
    encode(&answer)
}

const STREAM_FACES: u64 = 0x6661_6365; // "face"

/// A user's setting: the face key written through the API, or the seeded one (every employee
/// has a face photo on file, uploaded on 5 January of the tenant's year).
fn setting(call: &Call<'_>, employee: &Employee, user_id: &str) -> UserSetting {
    let state = call.shared.attendance.lock();
    let (key, at) = match state.writes.settings.get(&employee.index()) {
        Some((key, at)) => (key.clone(), *at),
        None => {
            let tenant = &call.shared.tenant;
            let mut rng = Rng::derive(tenant.seed(), STREAM_FACES, employee.index() as u64);
            let key = format!("{:016x}{:016x}", rng.next_u64(), rng.next_u64());
            let uploaded = Date::new(tenant.year(), 1, 5)
                .unwrap_or_default()
                .at(10, 0, 0, 0);
            (
                key,
                days::instant(world::zone_of(tenant, employee), uploaded),
            )
        }
    };
    let mut out = UserSetting::new(user_id.to_owned(), key);
    out.face_key_update_time = Some(UnixSeconds::from(at));
    out
}

/// `user_setting.modify` (修改用户人脸识别信息): stores the face key, updated now.
fn modify_setting(call: &Call<'_>) -> Result<String, ApiError> {
    use user_setting::modify::{ModifyRequest, ModifyResponse};
    let request: ModifyRequest = decode(call)?;
    let info = ModifyRequest::INFO;
    let Some(wanted) = request.user_setting else {
        return Err(ApiError::param_invalid(info, "user_setting: required"));
    };
    let employee = call
        .shared
        .tenant
        .employee(&request.employee_type, &wanted.user_id)
        .ok_or_else(|| {
            users_not_found(
                info,
                "user_setting.user_id",
                std::slice::from_ref(&wanted.user_id),
            )
        })?;
    call.shared.attendance.lock().writes.settings.insert(
        employee.index(),
        (wanted.face_key.clone(), Timestamp::now()),
    );
    let mut answer = ModifyResponse::default();
    answer.user_setting = Some(setting(call, employee, &wanted.user_id));
    encode(&answer)
}

/// `user_setting.query` (批量查询用户人脸识别信息): each user's setting, in request order.
fn query_settings(call: &Call<'_>) -> Result<String, ApiError> {
    use user_setting::query::{QueryRequest, QueryResponse};
    let request: QueryRequest = decode(call)?;
    let info = QueryRequest::INFO;
    let kind = &request.employee_type;
    let employees = reply::employees(info, &call.shared.tenant, kind, &request.user_ids)?;
    let mut answer = QueryResponse::default();
    for employee in employees {
        let user_id = employee.id(kind).unwrap_or_default();
        answer.user_settings.push(setting(call, employee, user_id));
    }
    encode(&answer)
}
