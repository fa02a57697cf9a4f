//! What the tenant's attendance looks like now: the seeded days ([`super::days`]) with every
//! write made through the API laid over them, and the reads derived from both.
//!
//! One rule keeps the reads in agreement: punch results are never stored. They are computed
//! from the day's schedule (the group's shift, or an assignment written through the daily-shift
//! methods), the punch records (seeded, imported, remedies once approved, less deleted ones) and
//! the approvals (leave and business trips excuse a missing punch; a pending remedy is shown as
//! such). A created flow, approval or remedy, a processed approval or a deleted flow therefore
//! changes the next results with no code of its own.

use std::collections::{HashMap, HashSet};

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::data::{Employee, GROUPS, RemedyRecord, Shift, Tenant};
use super::days::{self, Absence, Outcome};
use feishu_api::attendance::v1::types::{
    CheckResultSupplement, EmployeeType, TaskCheckResult, UserFlowType,
};
use feishu_api::attendance::v1::user_task_remedy::query::{PunchNo, RemedyStatus, WorkType};
use feishu_api::time::DateYmd;

/// The kinds of approval a day can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ApprovalKind {
    Leave,
    Out,
    Overtime,
    Trip,
}

/// One approval (leave, going out, overtime, business trip) of one employee.
#[derive(Debug, Clone)]
pub(crate) struct Approval {
    pub(crate) approval_id: String,
    pub(crate) employee: usize,
    pub(crate) kind: ApprovalKind,
    /// The attendance date it is filed under.
    pub(crate) date: Date,
    /// Local times in the employee's zone.
    pub(crate) start: DateTime,
    pub(crate) end: DateTime,
    /// The wire status (0 pending, 1 rejected, 2 approved, 3 cancelled, 4 withdrawn).
    pub(crate) status: i64,
    pub(crate) reason: String,
    /// The original request of an approval written through the API, answered back as sent.
    pub(crate) written: Option<serde_json::Value>,
}

/// One punch record, seeded or written.
#[derive(Debug, Clone)]
pub(crate) struct Flow {
    pub(crate) record_id: String,
    pub(crate) employee: usize,
    pub(crate) time: Timestamp,
    pub(crate) kind: UserFlowType,
    pub(crate) is_field: bool,
    pub(crate) location_name: String,
    pub(crate) comment: String,
    /// Fields of an imported record kept as sent (creator, device, ids …).
    pub(crate) written: Option<feishu_api::attendance::v1::types::UserFlow>,
}

/// A remedy created through the API (pending until processed).
#[derive(Debug, Clone)]
pub(crate) struct CreatedRemedy {
    pub(crate) record: RemedyRecord,
}

/// Every write made through the API, and the seeded groups and shifts.
#[derive(Debug, Default)]
pub(crate) struct Writes {
    /// Imported punch records, oldest first.
    pub(crate) flows: Vec<Flow>,
    /// Deleted punch records (seeded or imported).
    pub(crate) deleted_flows: HashSet<String>,
    /// Approvals written through the API.
    pub(crate) approvals: Vec<Approval>,
    /// Status changes of seeded approvals and remedies, by approval id.
    pub(crate) statuses: HashMap<String, (i64, Timestamp)>,
    /// Remedies created through the API.
    pub(crate) remedies: Vec<CreatedRemedy>,
    /// Daily shift assignments: (employee, day number) to shift id (`0` for a rest day).
    pub(crate) schedules: HashMap<(usize, i64), String>,
    /// Face keys set through the API: employee to (key, when).
    pub(crate) settings: HashMap<usize, (String, Timestamp)>,
    pub(crate) next: u64,
}

impl Writes {
    /// A fresh id for a written object, with a one-digit kind prefix so kinds never collide.
    pub(crate) fn new_id(&mut self, prefix: u8) -> String {
        self.next += 1;
        format!("{prefix}{:018}", self.next)
    }
}

/// The office each zone's employees punch at.
fn office(zone: &str) -> &'static str {
    match zone {
        "Asia/Shanghai" => "上海办公室",
        "Asia/Tokyo" => "東京オフィス",
        "Asia/Singapore" => "Singapore Office",
        "Europe/London" => "London Office",
        _ => "Los Angeles Office",
    }
}

/// The id of a seeded punch record: `6`, employee, day number, punch index.
fn seeded_flow_id(employee: usize, day: i64, index: usize) -> String {
    format!("6{employee:08}{day:07}{index:03}")
}

/// The id of a seeded approval: `2`, employee, day number, kind.
fn seeded_approval_id(employee: usize, day: i64, kind: ApprovalKind) -> String {
    let kind = match kind {
        ApprovalKind::Leave => 1,
        ApprovalKind::Out => 2,
        ApprovalKind::Overtime => 3,
        ApprovalKind::Trip => 4,
    };
    format!("2{employee:08}{day:07}{kind:03}")
}

/// The id of the punch record an approved remedy stands for: `4` and the approval id's digits.
pub(crate) fn remedy_flow_id(approval_id: &str) -> String {
    format!(
        "4{:0>18}",
        &approval_id[approval_id.len().saturating_sub(18)..]
    )
}

/// `YYYYMMDD` as the wire's integer date.
pub(crate) fn ymd(date: Date) -> DateYmd {
    let n = i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day());
    DateYmd::from_raw(u32::try_from(n).unwrap_or_default())
}

/// The employees named by `ids` in an id space, each once, in request order; or the ids not
/// found (an id space the emulator does not know finds nobody).
pub(crate) fn resolve<'t>(
    tenant: &'t Tenant,
    kind: &EmployeeType,
    ids: &[String],
) -> Result<Vec<&'t Employee>, Vec<String>> {
    let mut found: Vec<&Employee> = Vec::with_capacity(ids.len());
    let mut unknown = Vec::new();
    for id in ids {
        match tenant.employee(kind, id) {
            Some(e) if !found.iter().any(|f| f.index() == e.index()) => found.push(e),
            Some(_) => {}
            None => unknown.push(id.clone()),
        }
    }
    if unknown.is_empty() {
        Ok(found)
    } else {
        Err(unknown)
    }
}

/// The effective status of a seeded remedy.
pub(crate) fn remedy_status(writes: &Writes, record: &RemedyRecord) -> (RemedyStatus, Timestamp) {
    match writes.statuses.get(record.approval_id()) {
        Some((status, at)) => (RemedyStatus::from_wire_value(*status), *at),
        None => (record.status(), record.update_time()),
    }
}

/// Every remedy of an employee with its effective status, seeded and created, by time.
pub(crate) fn remedies(
    tenant: &Tenant,
    writes: &Writes,
    employee: &Employee,
) -> Vec<(RemedyRecord, RemedyStatus, Timestamp)> {
    remedies_between(tenant, writes, employee, Timestamp::MIN, Timestamp::MAX)
}

/// An employee's remedies with `from <= time <= to`, with their effective status, by time.
pub(crate) fn remedies_between(
    tenant: &Tenant,
    writes: &Writes,
    employee: &Employee,
    from: Timestamp,
    to: Timestamp,
) -> Vec<(RemedyRecord, RemedyStatus, Timestamp)> {
    let seeded = tenant.remedies(employee);
    let start = seeded.partition_point(|r| r.time() < from);
    let mut all: Vec<(RemedyRecord, RemedyStatus, Timestamp)> = seeded[start..]
        .iter()
        .take_while(|r| r.time() <= to)
        .map(|r| {
            let (status, at) = remedy_status(writes, r);
            (r.clone(), status, at)
        })
        .collect();
    for created in writes.remedies.iter().filter(|c| {
        c.record.employee_index() == employee.index() && (from..=to).contains(&c.record.time())
    }) {
        let (status, at) = remedy_status(writes, &created.record);
        all.push((created.record.clone(), status, at));
    }
    all.sort_by_key(|(r, _, _)| r.time());
    all
}

/// The seeded approvals of one day.
fn seeded_approvals(tenant: &Tenant, employee: &Employee, date: Date) -> Vec<Approval> {
    let day = tenant.day(employee, date);
    let n = days::day_number(date);
    let mut out = Vec::new();
    let (Some(first), Some(last)) = (day.punches.first(), day.punches.last()) else {
        return out;
    };
    let whole_day = (first.scheduled, last.scheduled);
    let kind = match day.absence {
        Absence::Leave => Some((ApprovalKind::Leave, "年假 Annual leave")),
        Absence::Trip => Some((ApprovalKind::Trip, "客户拜访 Client visit")),
        Absence::None => None,
    };
    if let Some((kind, reason)) = kind {
        out.push(Approval {
            approval_id: seeded_approval_id(employee.index(), n, kind),
            employee: employee.index(),
            kind,
            date,
            start: whole_day.0,
            end: whole_day.1,
            status: 2,
            reason: reason.to_owned(),
            written: None,
        });
    }
    if let Some((start, end)) = day.overtime {
        out.push(Approval {
            approval_id: seeded_approval_id(employee.index(), n, ApprovalKind::Overtime),
            employee: employee.index(),
            kind: ApprovalKind::Overtime,
            date,
            start,
            end,
            status: 2,
            reason: "上线支持 Release support".to_owned(),
            written: None,
        });
    }
    out
}

/// An employee's approvals filed under dates in `from..=to`, seeded and written, with their
/// effective status, by date.
pub(crate) fn approvals(
    tenant: &Tenant,
    writes: &Writes,
    employee: &Employee,
    from: Date,
    to: Date,
) -> Vec<Approval> {
    let mut out = Vec::new();
    let mut date = from;
    while date <= to {
        out.extend(seeded_approvals(tenant, employee, date));
        match date.tomorrow() {
            Ok(next) => date = next,
            Err(_) => break,
        }
    }
    out.extend(
        writes
            .approvals
            .iter()
            .filter(|a| a.employee == employee.index() && (from..=to).contains(&a.date))
            .cloned(),
    );
    for approval in &mut out {
        if let Some((status, _)) = writes.statuses.get(&approval.approval_id) {
            approval.status = *status;
        }
    }
    out.sort_by_key(|a| (a.date, a.start));
    out
}

/// A seeded approval found by id.
pub(crate) fn seeded_approval(tenant: &Tenant, id: &str) -> Option<Approval> {
    if id.len() != 19 || !id.starts_with('2') {
        return None;
    }
    let employee: usize = id[1..9].parse().ok()?;
    let n: i64 = id[9..16].parse().ok()?;
    let employee = tenant.employees().get(employee)?;
    let date = days::from_day_number(n)?;
    seeded_approvals(tenant, employee, date)
        .into_iter()
        .find(|a| a.approval_id == id)
}

/// The seeded punch records of one attendance day.
fn seeded_flows(tenant: &Tenant, employee: &Employee, date: Date, out: &mut Vec<Flow>) {
    let day = tenant.day(employee, date);
    let tz = tenant.zone(employee.time_zone());
    let n = days::day_number(date);
    for (i, punch) in day.punches.iter().enumerate() {
        let field = punch.outcome == Outcome::OutOfRange;
        for (j, at) in [punch.punched, punch.second].into_iter().enumerate() {
            let Some(at) = at else { continue };
            out.push(Flow {
                record_id: seeded_flow_id(employee.index(), n, i * 2 + j),
                employee: employee.index(),
                time: days::instant(tz, at),
                kind: UserFlowType::UserPunch,
                is_field: field,
                location_name: if field {
                    "客户现场 Client site".to_owned()
                } else {
                    office(employee.time_zone()).to_owned()
                },
                comment: String::new(),
                written: None,
            });
        }
    }
}

/// A seeded punch record found by id.
pub(crate) fn seeded_flow(tenant: &Tenant, id: &str) -> Option<Flow> {
    if id.len() != 19 || !id.starts_with('6') {
        return None;
    }
    let employee: usize = id[1..9].parse().ok()?;
    let n: i64 = id[9..16].parse().ok()?;
    let employee = tenant.employees().get(employee)?;
    let mut flows = Vec::new();
    seeded_flows(tenant, employee, days::from_day_number(n)?, &mut flows);
    flows.into_iter().find(|f| f.record_id == id)
}

/// An employee's punch records with `from <= time <= to`: seeded ones, the records approved
/// remedies stand for, imported ones, less deleted ones; by time.
pub(crate) fn flows(
    tenant: &Tenant,
    writes: &Writes,
    employee: &Employee,
    from: Timestamp,
    to: Timestamp,
) -> Vec<Flow> {
    let mut out = Vec::new();
    if from > to {
        return out;
    }
    let tz = tenant.zone(employee.time_zone());
    // A night shift's off-duty punch belongs to the day before its calendar date.
    let first = tz.to_datetime(from).date().yesterday().unwrap_or(Date::MIN);
    let last = tz.to_datetime(to).date();
    let mut date = first;
    while date <= last {
        seeded_flows(tenant, employee, date, &mut out);
        match date.tomorrow() {
            Ok(next) => date = next,
            Err(_) => break,
        }
    }
    for (record, status, _) in remedies_between(tenant, writes, employee, from, to) {
        if status == RemedyStatus::Approved {
            out.push(Flow {
                record_id: remedy_flow_id(record.approval_id()),
                employee: employee.index(),
                time: record.time(),
                kind: UserFlowType::UserRemedy,
                is_field: false,
                location_name: String::new(),
                comment: record.reason().to_owned(),
                written: None,
            });
        }
    }
    out.extend(
        writes
            .flows
            .iter()
            .filter(|f| f.employee == employee.index())
            .cloned(),
    );
    out.retain(|f| (from..=to).contains(&f.time) && !writes.deleted_flows.contains(&f.record_id));
    out.sort_by(|a, b| (a.time, &a.record_id).cmp(&(b.time, &b.record_id)));
    out
}

/// The rules of one on/off-duty pair of a shift.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PairRule {
    pub(crate) on: DateTime,
    pub(crate) off: DateTime,
    pub(crate) late_as_late: i64,
    pub(crate) late_as_lack: i64,
    pub(crate) on_advance: i64,
    pub(crate) early_as_early: i64,
    pub(crate) early_as_lack: i64,
    pub(crate) off_delay: i64,
}

/// What a day's schedule asks of an employee.
#[derive(Debug, Clone)]
pub(crate) enum Schedule {
    /// A rest day.
    Rest,
    /// A free shift (自由班制): one punch at any time counts.
    Free,
    /// A shift, by id, with its pairs' rules on that date.
    Shift(String, Vec<PairRule>),
}

/// The shift's pairs on a date, from its wire form (`on_time` / `off_time` as `HH:MM`; an off
/// time before the on time is on the next day).
pub(crate) fn pair_rules(
    shift: &feishu_api::attendance::v1::types::Shift,
    date: Date,
) -> Vec<PairRule> {
    let parse = |t: &str| -> Option<Time> { Time::strptime("%H:%M", t).ok() };
    let mut out = Vec::new();
    let mut previous: Option<DateTime> = None;
    for rule in &shift.punch_time_rule {
        let (Some(on), Some(off)) = (parse(&rule.on_time), parse(&rule.off_time)) else {
            continue;
        };
        let mut on = date.to_datetime(on);
        if previous.is_some_and(|p| on < p) {
            on = on.saturating_add(SignedDuration::from_hours(24));
        }
        let mut off = on.date().to_datetime(off);
        if off <= on {
            off = off.saturating_add(SignedDuration::from_hours(24));
        }
        previous = Some(off);
        out.push(PairRule {
            on,
            off,
            late_as_late: rule.late_minutes_as_late,
            late_as_lack: rule.late_minutes_as_lack,
            on_advance: rule.on_advance_minutes,
            early_as_early: rule.early_minutes_as_early,
            early_as_lack: rule.early_minutes_as_lack,
            off_delay: rule.off_delay_minutes,
        });
    }
    out
}

/// The result of one scheduled punch.
#[derive(Debug, Clone)]
pub(crate) struct PunchResult {
    pub(crate) punch_no: PunchNo,
    pub(crate) work_type: WorkType,
    /// When the shift wants it (local), for free shifts the day's start.
    pub(crate) scheduled: DateTime,
    pub(crate) scheduled_at: Timestamp,
    /// The window a punch counts in (local), which is also when a remedy may be dated.
    pub(crate) window: (DateTime, DateTime),
    /// The record that counted.
    pub(crate) flow: Option<Flow>,
    pub(crate) result: TaskCheckResult,
    pub(crate) supplement: CheckResultSupplement,
}

/// One employee's attendance result for one date.
#[derive(Debug, Clone)]
pub(crate) struct DayResult {
    pub(crate) date: Date,
    /// `0` on a rest day, empty for a free shift.
    pub(crate) shift_id: String,
    /// On and off duty per pair (a free shift has one on-duty punch and no off-duty one).
    pub(crate) pairs: Vec<(PunchResult, Option<PunchResult>)>,
}

fn midpoint(a: DateTime, b: DateTime) -> DateTime {
    a.saturating_add(SignedDuration::from_secs(a.duration_until(b).as_secs() / 2))
}

/// The results of a day: each scheduled punch matched with the records in its window.
pub(crate) fn day_result(
    tenant: &Tenant,
    writes: &Writes,
    employee: &Employee,
    date: Date,
    schedule: &Schedule,
) -> DayResult {
    let tz = tenant.zone(employee.time_zone());
    let (shift_id, rules) = match schedule {
        Schedule::Rest => {
            return DayResult {
                date,
                shift_id: "0".to_owned(),
                pairs: Vec::new(),
            };
        }
        Schedule::Free => {
            let start = date.to_datetime(Time::midnight());
            let end = start.saturating_add(SignedDuration::from_hours(24));
            let found = flows(
                tenant,
                writes,
                employee,
                days::instant(tz, start),
                days::instant(tz, end) - SignedDuration::from_secs(1),
            );
            let approvals = approvals(tenant, writes, employee, date, date);
            let scheduled = date.at(9, 0, 0, 0);
            let mut punch = judge(
                found.into_iter().next(),
                None,
                &approvals,
                &pending_remedies(tenant, writes, employee, date),
                Expected {
                    punch: (PunchNo::First, WorkType::OnDuty),
                    scheduled,
                    scheduled_at: days::instant(tz, scheduled),
                    window: (start, end),
                },
            );
            // In a free shift any punch is on time.
            if punch.result == TaskCheckResult::Late {
                punch.result = TaskCheckResult::Normal;
            }
            return DayResult {
                date,
                shift_id: String::new(),
                pairs: vec![(punch, None)],
            };
        }
        Schedule::Shift(id, rules) => (id.clone(), rules),
    };
    let (Some(first), Some(last)) = (rules.first(), rules.last()) else {
        return DayResult {
            date,
            shift_id,
            pairs: Vec::new(),
        };
    };
    let window_from = first
        .on
        .saturating_sub(SignedDuration::from_mins(first.on_advance));
    let window_to = last
        .off
        .saturating_add(SignedDuration::from_mins(last.off_delay));
    let found = flows(
        tenant,
        writes,
        employee,
        days::instant(tz, window_from),
        days::instant(tz, window_to),
    );
    let approvals = approvals(tenant, writes, employee, date, date);
    let pending = pending_remedies(tenant, writes, employee, date);
    let mut pairs = Vec::with_capacity(rules.len());
    for (i, rule) in rules.iter().enumerate() {
        let punch_no = PunchNo::KNOWN.get(i).copied().unwrap_or(PunchNo::Third);
        let mid = midpoint(rule.on, rule.off);
        let on_from = rule
            .on
            .saturating_sub(SignedDuration::from_mins(rule.on_advance));
        let on_from = match i.checked_sub(1).and_then(|p| rules.get(p)) {
            Some(previous) => on_from.max(midpoint(previous.off, rule.on)),
            None => on_from,
        };
        let off_to = rule
            .off
            .saturating_add(SignedDuration::from_mins(rule.off_delay));
        let off_to = match rules.get(i + 1) {
            Some(next) => off_to.min(midpoint(rule.off, next.on)),
            None => off_to,
        };
        let at = |t: DateTime| days::instant(tz, t);
        let on_flow = found
            .iter()
            .find(|f| f.time >= at(on_from) && f.time <= at(mid))
            .cloned();
        let off_flow = found
            .iter()
            .rev()
            .find(|f| f.time > at(mid) && f.time <= at(off_to))
            .cloned();
        let on = judge(
            on_flow,
            Some(rule),
            &approvals,
            &pending,
            Expected {
                punch: (punch_no, WorkType::OnDuty),
                scheduled: rule.on,
                scheduled_at: at(rule.on),
                window: (on_from, mid),
            },
        );
        let off = judge(
            off_flow,
            Some(rule),
            &approvals,
            &pending,
            Expected {
                punch: (punch_no, WorkType::OffDuty),
                scheduled: rule.off,
                scheduled_at: at(rule.off),
                window: (mid, off_to),
            },
        );
        pairs.push((on, Some(off)));
    }
    DayResult {
        date,
        shift_id,
        pairs,
    }
}

/// The (punch, work type) pairs of a date with a remedy pending approval.
fn pending_remedies(
    tenant: &Tenant,
    writes: &Writes,
    employee: &Employee,
    date: Date,
) -> Vec<(PunchNo, WorkType)> {
    // A remedy names a time within two days of its date, whatever the zone.
    let noon = TimeZone::UTC.to_timestamp(date.at(12, 0, 0, 0));
    let (from, to) = match noon {
        Ok(noon) => (
            noon - SignedDuration::from_hours(60),
            noon + SignedDuration::from_hours(60),
        ),
        Err(_) => (Timestamp::MIN, Timestamp::MAX),
    };
    remedies_between(tenant, writes, employee, from, to)
        .into_iter()
        .filter(|(r, status, _)| *status == RemedyStatus::Pending && r.remedy_date() == date)
        .map(|(r, _, _)| (r.punch_no(), r.work_type()))
        .collect()
}

/// One scheduled punch, before it is judged.
struct Expected {
    punch: (PunchNo, WorkType),
    scheduled: DateTime,
    scheduled_at: Timestamp,
    window: (DateTime, DateTime),
}

/// One punch's result from the record that counted, the approvals and pending remedies.
fn judge(
    flow: Option<Flow>,
    rule: Option<&PairRule>,
    approvals: &[Approval],
    pending: &[(PunchNo, WorkType)],
    expected: Expected,
) -> PunchResult {
    let Expected {
        punch: (punch_no, work_type),
        scheduled,
        scheduled_at,
        window,
    } = expected;
    let (result, supplement) = match &flow {
        Some(flow) => {
            let local = flow.time;
            let result = match rule {
                None => TaskCheckResult::Normal,
                Some(rule) => {
                    let zone_offset = scheduled_at.duration_until(local).as_secs() / 60;
                    if work_type == WorkType::OnDuty {
                        if zone_offset <= rule.late_as_late {
                            TaskCheckResult::Normal
                        } else if zone_offset <= rule.late_as_lack {
                            TaskCheckResult::Late
                        } else {
                            TaskCheckResult::Lack
                        }
                    } else if -zone_offset <= rule.early_as_early {
                        TaskCheckResult::Normal
                    } else if -zone_offset <= rule.early_as_lack {
                        TaskCheckResult::Early
                    } else {
                        TaskCheckResult::Lack
                    }
                }
            };
            let supplement = if flow.kind == UserFlowType::UserRemedy {
                CheckResultSupplement::RemedyApproved
            } else if flow.is_field {
                CheckResultSupplement::FieldPunch
            } else {
                CheckResultSupplement::NoSupplement
            };
            (result, supplement)
        }
        None => {
            let covering = |kind: ApprovalKind| {
                approvals.iter().any(|a| {
                    a.kind == kind && a.status == 2 && a.start <= scheduled && scheduled <= a.end
                })
            };
            if covering(ApprovalKind::Leave) {
                (TaskCheckResult::NoNeedCheck, CheckResultSupplement::OnLeave)
            } else if covering(ApprovalKind::Trip) {
                (
                    TaskCheckResult::NoNeedCheck,
                    CheckResultSupplement::BusinessTrip,
                )
            } else if covering(ApprovalKind::Out) {
                (
                    TaskCheckResult::NoNeedCheck,
                    CheckResultSupplement::GoingOut,
                )
            } else if pending.contains(&(punch_no, work_type)) {
                (TaskCheckResult::Lack, CheckResultSupplement::RemedyPending)
            } else {
                (TaskCheckResult::Lack, CheckResultSupplement::NoSupplement)
            }
        }
    };
    PunchResult {
        punch_no,
        work_type,
        scheduled,
        scheduled_at,
        window,
        flow,
        result,
        supplement,
    }
}

/// The seeded group's pattern an employee works on a date: its group's, Monday to Friday;
/// `None` at weekends.
pub(crate) fn seeded_schedule_kind(employee: &Employee, date: Date) -> Option<Shift> {
    let plan = GROUPS.get(employee.group())?;
    days::is_workday(date).then_some(plan.shift)
}

/// The zone of an employee, for callers outside this module.
pub(crate) fn zone_of<'t>(tenant: &'t Tenant, employee: &Employee) -> &'t TimeZone {
    tenant.zone(employee.time_zone())
}
