//! The emulator's seeded tenant: employees with both kinds of id, and a year of remedy records.
//!
//! Everything here is a pure function of `(employees, seed, year)`: the same arguments give the
//! same tenant on every machine. Each employee's data comes from its own random stream, so a
//! smaller tenant is a prefix of a larger one with the same seed (employee `E00007` is the same
//! person, with the same records, in a tenant of 10 and in one of 2,000).
//!
//! Local times are computed with the time zone database bundled into the binary (not the host's
//! copy), so they cannot drift between machines.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use jiff::civil::{Date, DateTime};
use jiff::tz::{TimeZone, TimeZoneDatabase};
use jiff::{SignedDuration, Timestamp};

use super::days;
use super::rng::Rng;
use feishu_api::attendance::v1::user_task_remedy::query::{
    EmployeeType, PunchNo, RemedyStatus, UserTaskRemedy, WorkType,
};
use feishu_api::time::{DateYmd, LocalMinute, UnixSeconds};

/// The employee id used by the reference page's example request: the first employee of every
/// tenant has it, so the documented example finds its user.
pub const EXAMPLE_EMPLOYEE_ID: &str = "abd754f7";

/// The time zones of the tenant's attendance groups, most common first.
pub const TIME_ZONES: &[&str] = &[
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Europe/London",
    "America/Los_Angeles",
];

/// A seeded attendance group: its name, time zone (an index into [`TIME_ZONES`]), the shift
/// pattern its members work and how many of the tenant's employees it takes (relative weight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupPlan {
    /// The group's name (`Group 01` …).
    pub name: &'static str,
    /// The IANA time zone of the group.
    pub time_zone: &'static str,
    /// The shift pattern of its workdays (Monday to Friday).
    pub shift: Shift,
    weight: u32,
}

const fn group(name: &'static str, zone: usize, shift: Shift, weight: u32) -> GroupPlan {
    GroupPlan {
        name,
        time_zone: TIME_ZONES[zone],
        shift,
        weight,
    }
}

/// The tenant's twelve attendance groups, in list order. Every employee belongs to one.
pub const GROUPS: &[GroupPlan] = &[
    group("Group 01", 0, Shift::Standard, 25),
    group("Group 02", 1, Shift::Standard, 8),
    group("Group 03", 0, Shift::Split, 10),
    group("Group 04", 3, Shift::Standard, 7),
    group("Group 05", 0, Shift::ThreeSegment, 6),
    group("Group 06", 2, Shift::Standard, 6),
    group("Group 07", 0, Shift::Night, 7),
    group("Group 08", 4, Shift::Standard, 11),
    group("Group 09", 0, Shift::Flexible, 7),
    group("Group 10", 1, Shift::Night, 4),
    group("Group 11", 2, Shift::Flexible, 4),
    group("Group 12", 3, Shift::Split, 5),
];

const FAMILY_NAMES: &[&str] = &["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];
const GIVEN_NAMES: &[&str] = &["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰"];
const FAMILY_NAMES_JA: &[&str] = &["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺"];
const GIVEN_NAMES_JA: &[&str] = &["翔", "陽菜", "蓮", "結衣", "大翔", "さくら"];
const FAMILY_NAMES_EN: &[&str] = &["Smith", "Jones", "Taylor", "Brown", "Garcia", "Lee", "Tan"];
const GIVEN_NAMES_EN: &[&str] = &["Alex", "Sam", "Jordan", "Maya", "Chris", "Priya", "Wei"];

fn person_name(rng: &mut Rng, zone: &str) -> String {
    match zone {
        "Asia/Shanghai" | "Asia/Singapore" => {
            format!("{}{}", rng.pick(FAMILY_NAMES), rng.pick(GIVEN_NAMES))
        }
        "Asia/Tokyo" => format!("{} {}", rng.pick(FAMILY_NAMES_JA), rng.pick(GIVEN_NAMES_JA)),
        _ => format!("{} {}", rng.pick(GIVEN_NAMES_EN), rng.pick(FAMILY_NAMES_EN)),
    }
}

const STREAM_EMPLOYEES: u64 = 0x656d_706c; // "empl"
const STREAM_REMEDIES: u64 = 0x7265_6d65; // "reme"

/// An employee's shift pattern, which decides the punches a remedy can stand in for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shift {
    /// One on/off-duty pair, 09:00–18:00.
    Standard,
    /// Two pairs, 09:00–12:00 and 13:30–18:00.
    Split,
    /// Three pairs, 08:00–11:00, 12:00–15:00 and 16:00–20:00.
    ThreeSegment,
    /// One pair across midnight, 22:00–06:00: the off-duty remedy's `remedy_time` falls on the
    /// day after its `remedy_date`.
    Night,
    /// A free shift (自由班制): on-duty punches only, always punch 0, at a time of the employee's
    /// choosing between 08:00 and 10:45.
    Flexible,
}

/// One scheduled punch of a [`Shift`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShiftPunch {
    /// Which on/off-duty pair of the day it belongs to.
    pub punch_no: PunchNo,
    /// On or off duty.
    pub work_type: WorkType,
    /// Scheduled local hour.
    pub hour: i8,
    /// Scheduled local minute.
    pub minute: i8,
    /// Whether the punch falls on the day after the attendance date.
    pub next_day: bool,
}

const fn punch(
    punch_no: PunchNo,
    work_type: WorkType,
    hour: i8,
    minute: i8,
    next_day: bool,
) -> ShiftPunch {
    ShiftPunch {
        punch_no,
        work_type,
        hour,
        minute,
        next_day,
    }
}

use PunchNo::{First, Second, Third};
use WorkType::{OffDuty, OnDuty};

const STANDARD: &[ShiftPunch] = &[
    punch(First, OnDuty, 9, 0, false),
    punch(First, OffDuty, 18, 0, false),
];
const SPLIT: &[ShiftPunch] = &[
    punch(First, OnDuty, 9, 0, false),
    punch(First, OffDuty, 12, 0, false),
    punch(Second, OnDuty, 13, 30, false),
    punch(Second, OffDuty, 18, 0, false),
];
const THREE_SEGMENT: &[ShiftPunch] = &[
    punch(First, OnDuty, 8, 0, false),
    punch(First, OffDuty, 11, 0, false),
    punch(Second, OnDuty, 12, 0, false),
    punch(Second, OffDuty, 15, 0, false),
    punch(Third, OnDuty, 16, 0, false),
    punch(Third, OffDuty, 20, 0, false),
];
const NIGHT: &[ShiftPunch] = &[
    punch(First, OnDuty, 22, 0, false),
    punch(First, OffDuty, 6, 0, true),
];
const FLEXIBLE: &[ShiftPunch] = &[punch(First, OnDuty, 9, 0, false)];

impl Shift {
    /// Every shift pattern.
    pub const ALL: &'static [Shift] = &[
        Shift::Standard,
        Shift::Split,
        Shift::ThreeSegment,
        Shift::Night,
        Shift::Flexible,
    ];

    /// The scheduled punches of one attendance day, in order. A flexible shift's single punch
    /// is listed at 09:00; its remedies are spread between 08:00 and 10:45.
    pub fn punches(self) -> &'static [ShiftPunch] {
        match self {
            Shift::Standard => STANDARD,
            Shift::Split => SPLIT,
            Shift::ThreeSegment => THREE_SEGMENT,
            Shift::Night => NIGHT,
            Shift::Flexible => FLEXIBLE,
        }
    }
}

/// One employee of the seeded tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Employee {
    index: usize,
    employee_id: String,
    employee_no: String,
    name: String,
    group: usize,
    time_zone: &'static str,
    shift: Shift,
}

impl Employee {
    /// Position in [`Tenant::employees`].
    pub fn index(&self) -> usize {
        self.index
    }

    /// The employee id (8 lowercase hex digits, e.g. `abd754f7`).
    pub fn employee_id(&self) -> &str {
        &self.employee_id
    }

    /// The employee number (`E00001`, `E00002`, …).
    pub fn employee_no(&self) -> &str {
        &self.employee_no
    }

    /// The employee's id in the given id space; `None` for an id space the emulator does not know.
    pub fn id(&self, kind: &EmployeeType) -> Option<&str> {
        match kind {
            EmployeeType::EmployeeId => Some(&self.employee_id),
            EmployeeType::EmployeeNo => Some(&self.employee_no),
            _ => None,
        }
    }

    /// The employee's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The employee's attendance group, an index into [`GROUPS`].
    pub fn group(&self) -> usize {
        self.group
    }

    /// The IANA time zone of the employee's attendance group.
    pub fn time_zone(&self) -> &str {
        self.time_zone
    }

    /// The employee's shift pattern (that of the group).
    pub fn shift(&self) -> Shift {
        self.shift
    }
}

/// One remedy record (补卡记录) of the seeded tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct RemedyRecord {
    employee: usize,
    remedy_date: Date,
    punch_no: PunchNo,
    work_type: WorkType,
    approval_id: String,
    remedy_time: DateTime,
    status: RemedyStatus,
    reason: Cow<'static, str>,
    time: Timestamp,
    time_zone: &'static str,
    create_time: Timestamp,
    update_time: Timestamp,
}

impl RemedyRecord {
    /// The index of the employee it belongs to, in [`Tenant::employees`].
    pub fn employee_index(&self) -> usize {
        self.employee
    }

    /// The attendance date the remedy belongs to (for a night shift's off-duty punch, the day
    /// before the punch's own calendar date).
    pub fn remedy_date(&self) -> Date {
        self.remedy_date
    }

    /// Which on/off-duty pair of the day it is for.
    pub fn punch_no(&self) -> PunchNo {
        self.punch_no
    }

    /// On or off duty.
    pub fn work_type(&self) -> WorkType {
        self.work_type
    }

    /// The approval's id (a 19-digit snowflake-style number, as text).
    pub fn approval_id(&self) -> &str {
        &self.approval_id
    }

    /// The remedied punch time, wall-clock time in [`time_zone`](Self::time_zone), to the minute.
    pub fn remedy_time(&self) -> DateTime {
        self.remedy_time
    }

    /// The approval status.
    pub fn status(&self) -> RemedyStatus {
        self.status
    }

    /// The reason given.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The remedied punch time as an instant: [`remedy_time`](Self::remedy_time) in
    /// [`time_zone`](Self::time_zone).
    pub fn time(&self) -> Timestamp {
        self.time
    }

    /// The IANA time zone of the employee's attendance group.
    pub fn time_zone(&self) -> &str {
        self.time_zone
    }

    /// When the remedy was requested (after [`time`](Self::time)).
    pub fn create_time(&self) -> Timestamp {
        self.create_time
    }

    /// When its status last changed (equal to [`create_time`](Self::create_time) while pending).
    pub fn update_time(&self) -> Timestamp {
        self.update_time
    }

    /// A remedy asked for through the API: pending, created and updated `now`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn requested(
        employee: &Employee,
        remedy_date: Date,
        punch_no: PunchNo,
        work_type: WorkType,
        approval_id: String,
        remedy_time: DateTime,
        time: Timestamp,
        reason: String,
        now: Timestamp,
    ) -> Self {
        RemedyRecord {
            employee: employee.index,
            remedy_date,
            punch_no,
            work_type,
            approval_id,
            remedy_time,
            status: RemedyStatus::Pending,
            reason: Cow::Owned(reason),
            time,
            time_zone: employee.time_zone,
            create_time: now,
            update_time: now,
        }
    }

    /// The record as the API returns it, with `user_id` in the id space the caller asked for.
    pub fn to_wire(&self, user_id: &str) -> UserTaskRemedy {
        let date = self.remedy_date;
        let ymd =
            i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day());
        let mut record = UserTaskRemedy::default();
        record.user_id = Some(user_id.to_owned());
        record.remedy_date = Some(DateYmd::from_raw(u32::try_from(ymd).unwrap_or_default()));
        record.punch_no = Some(self.punch_no);
        record.work_type = Some(self.work_type);
        record.approval_id = Some(self.approval_id.clone());
        record.remedy_time = Some(LocalMinute::from_raw(
            self.remedy_time.strftime("%Y-%m-%d %H:%M").to_string(),
        ));
        record.status = Some(self.status);
        record.reason = Some(self.reason.clone().into_owned());
        record.time = Some(UnixSeconds::new(self.time.as_second()));
        record.time_zone = Some(self.time_zone.to_owned());
        record.create_time = Some(UnixSeconds::new(self.create_time.as_second()));
        record.update_time = Some(UnixSeconds::new(self.update_time.as_second()));
        record
    }
}

/// The seeded tenant: employees and their remedy records.
#[derive(Clone)]
pub struct Tenant {
    seed: u64,
    year: i16,
    employees: Vec<Employee>,
    records: Vec<RemedyRecord>,
    ranges: Vec<Range<usize>>,
    zones: Vec<TimeZone>,
    by_employee_id: HashMap<String, usize>,
    by_approval_id: HashMap<String, usize>,
    by_employee_no: HashMap<String, usize>,
}

impl fmt::Debug for Tenant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tenant")
            .field("seed", &self.seed)
            .field("year", &self.year)
            .field("employees", &self.employees.len())
            .field("records", &self.records.len())
            .finish()
    }
}

/// The years a tenant can be generated for.
pub const YEARS: std::ops::RangeInclusive<i16> = 1971..=9998;

impl Tenant {
    /// Generates the tenant of `employees` employees with remedy records dated in `year`
    /// (every workday, Monday to Friday in the employee's zone, can carry remedies).
    ///
    /// # Panics
    /// If `year` is outside [`YEARS`].
    pub fn generate(employees: usize, seed: u64, year: i16) -> Tenant {
        assert!(YEARS.contains(&year), "year {year} is outside {YEARS:?}");
        let db = TimeZoneDatabase::bundled();
        let zones: Vec<TimeZone> = TIME_ZONES
            .iter()
            .map(|name| {
                db.get(name)
                    .or_else(|_| jiff::tz::db().get(name))
                    .unwrap_or(TimeZone::UTC)
            })
            .collect();
        let first = Date::constant(year, 1, 1);
        let days: Vec<Date> = (0..first.days_in_year())
            .filter_map(|d| {
                first
                    .checked_add(SignedDuration::from_hours(24 * i64::from(d)))
                    .ok()
            })
            .collect();
        let weights: Vec<u32> = GROUPS.iter().map(|g| g.weight).collect();

        let mut out = Tenant {
            seed,
            year,
            zones,
            employees: Vec::with_capacity(employees),
            records: Vec::with_capacity(employees * 10),
            ranges: Vec::with_capacity(employees),
            by_employee_id: HashMap::with_capacity(employees),
            by_employee_no: HashMap::with_capacity(employees),
            by_approval_id: HashMap::with_capacity(employees * 10),
        };
        for index in 0..employees {
            let mut rng = Rng::derive(seed, STREAM_EMPLOYEES, index as u64);
            let employee_id = if index == 0 {
                EXAMPLE_EMPLOYEE_ID.to_owned()
            } else {
                loop {
                    let id = format!("{:08x}", rng.next_u32());
                    if !out.by_employee_id.contains_key(&id) && id != EXAMPLE_EMPLOYEE_ID {
                        break id;
                    }
                }
            };
            let group = if index == 0 {
                0
            } else {
                rng.weighted(&weights)
            };
            let plan = GROUPS[group];
            let employee = Employee {
                index,
                employee_id,
                employee_no: format!("E{:05}", index + 1),
                name: person_name(&mut rng, plan.time_zone),
                group,
                time_zone: plan.time_zone,
                shift: plan.shift,
            };
            let tz = out.zone(plan.time_zone).clone();
            let start = out.records.len();
            for date in &days {
                let day = days::plan(seed, &employee, *date);
                for punch in &day.punches {
                    if let Some((status, stream)) = punch.remedy {
                        let record = remedy(&employee, &tz, *date, punch, status, stream);
                        out.records.push(record);
                    }
                }
            }
            out.records[start..]
                .sort_by_key(|r| (r.time, r.punch_no.wire_value(), r.work_type.wire_value()));
            for (at, record) in out.records[start..].iter().enumerate() {
                out.by_approval_id
                    .insert(record.approval_id.clone(), start + at);
            }
            out.ranges.push(start..out.records.len());
            out.by_employee_id
                .insert(employee.employee_id.clone(), index);
            out.by_employee_no
                .insert(employee.employee_no.clone(), index);
            out.employees.push(employee);
        }
        out
    }

    /// The time zone database entry of one of [`TIME_ZONES`] (UTC for any other name).
    pub(crate) fn zone(&self, name: &str) -> &TimeZone {
        TIME_ZONES
            .iter()
            .position(|z| *z == name)
            .and_then(|i| self.zones.get(i))
            .unwrap_or(&UTC)
    }

    /// The seeded plan of an employee's attendance date.
    pub(crate) fn day(&self, employee: &Employee, date: Date) -> days::DayPlan {
        days::plan(self.seed, employee, date)
    }

    /// The seeded remedy with this approval id.
    pub(crate) fn remedy_by_approval(&self, approval_id: &str) -> Option<&RemedyRecord> {
        self.by_approval_id
            .get(approval_id)
            .and_then(|i| self.records.get(*i))
    }

    /// The seed it was generated from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The year its remedy records are dated in.
    pub fn year(&self) -> i16 {
        self.year
    }

    /// Every employee, in employee-number order.
    pub fn employees(&self) -> &[Employee] {
        &self.employees
    }

    /// The employee with this id in the given id space.
    pub fn employee(&self, kind: &EmployeeType, id: &str) -> Option<&Employee> {
        let index = match kind {
            EmployeeType::EmployeeId => self.by_employee_id.get(id),
            EmployeeType::EmployeeNo => self.by_employee_no.get(id),
            _ => None,
        }?;
        self.employees.get(*index)
    }

    /// An employee's remedy records, every status, ordered by [`RemedyRecord::time`].
    pub fn remedies(&self, employee: &Employee) -> &[RemedyRecord] {
        self.ranges
            .get(employee.index)
            .map_or(&[], |range| &self.records[range.clone()])
    }

    /// Every remedy record, grouped by employee.
    pub fn records(&self) -> &[RemedyRecord] {
        &self.records
    }

    /// Up to `n` ids, in the given id space, of employees with approved remedies, covering as
    /// many time zones as possible (the first is always the example employee, when it has an
    /// approved remedy).
    pub fn sample_user_ids(&self, kind: &EmployeeType, n: usize) -> Vec<String> {
        let has_approved = |e: &&Employee| {
            self.remedies(e)
                .iter()
                .any(|r| r.status == RemedyStatus::Approved)
        };
        let mut picked: Vec<&Employee> = Vec::with_capacity(n);
        for zone in TIME_ZONES {
            if picked.len() == n {
                break;
            }
            if let Some(e) = self
                .employees
                .iter()
                .filter(has_approved)
                .find(|e| e.time_zone == *zone)
            {
                picked.push(e);
            }
        }
        for e in self.employees.iter().filter(has_approved) {
            if picked.len() == n {
                break;
            }
            if !picked.iter().any(|p| p.index == e.index) {
                picked.push(e);
            }
        }
        picked.sort_by_key(|e| e.index);
        picked
            .iter()
            .filter_map(|e| e.id(kind))
            .map(str::to_owned)
            .collect()
    }
}

const REASONS_ZH: &[&str] = &[
    "忘记打卡",
    "外出办事",
    "手机没电了",
    "打卡机故障",
    "出差途中",
    "网络异常，打卡失败",
    "临时会议",
    "外出拜访客户",
];
const REASONS_JA: &[&str] = &[
    "打刻忘れ",
    "外出のため",
    "スマホの電池切れ",
    "打刻機の故障",
    "出張中",
];
const REASONS_EN: &[&str] = &[
    "Forgot to clock in",
    "Client visit",
    "Phone battery died",
    "Badge reader was down",
    "Business trip",
    "Network outage at the office",
];

fn reasons(zone: &str) -> &'static [&'static str] {
    match zone {
        "Asia/Shanghai" | "Asia/Singapore" => REASONS_ZH,
        "Asia/Tokyo" => REASONS_JA,
        _ => REASONS_EN,
    }
}

static UTC: TimeZone = TimeZone::UTC;

/// The remedy record asked for a missing punch of a seeded day.
fn remedy(
    employee: &Employee,
    tz: &TimeZone,
    date: Date,
    punch: &days::PlannedPunch,
    status: RemedyStatus,
    stream: u64,
) -> RemedyRecord {
    let mut rng = Rng::derive(stream, STREAM_REMEDIES, 0);
    let slot = punch.slot;
    // Half the remedies name the scheduled time; the others the time the employee says they
    // arrived (a little early) or left (a little late). A free shift names a quarter hour.
    let remedy_time = if employee.shift == Shift::Flexible {
        punch
            .scheduled
            .date()
            .at(rng.range(8, 10) as i8, (rng.below(4) * 15) as i8, 0, 0)
    } else {
        let jitter = match (rng.chance(0.5), slot.work_type) {
            (true, _) => 0,
            (false, OffDuty) => rng.range(1, 20),
            (false, _) => -rng.range(1, 15),
        };
        punch
            .scheduled
            .saturating_add(SignedDuration::from_mins(jitter))
    };
    let time = days::instant(tz, remedy_time);
    let create_time = time + SignedDuration::from_secs(rng.range(300, 3 * 86_400));
    let update_after = match status {
        RemedyStatus::Pending => 0,
        RemedyStatus::Cancelled => rng.range(60, 86_400),
        RemedyStatus::Withdrawn => rng.range(86_400, 10 * 86_400),
        _ => rng.range(120, 2 * 86_400),
    };
    let update_time = create_time + SignedDuration::from_secs(update_after);
    let create_ms =
        u64::try_from(create_time.as_millisecond()).unwrap_or_default() + rng.below(1000);
    let approval_id = ((create_ms << 22) | rng.below(1 << 22)).to_string();
    RemedyRecord {
        employee: employee.index,
        remedy_date: date,
        punch_no: slot.punch_no,
        work_type: slot.work_type,
        approval_id,
        remedy_time,
        status,
        reason: Cow::Borrowed(rng.pick(reasons(employee.time_zone))),
        time,
        time_zone: employee.time_zone,
        create_time,
        update_time,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_tenant_and_prefix_stability() {
        let a = Tenant::generate(300, 9, 2025);
        let b = Tenant::generate(300, 9, 2025);
        assert_eq!(a.employees, b.employees);
        assert_eq!(a.records, b.records);
        let small = Tenant::generate(30, 9, 2025);
        assert_eq!(small.employees[..], a.employees[..30]);
        assert_eq!(small.records[..], a.records[..small.records.len()]);
        assert_ne!(Tenant::generate(30, 10, 2025).records, small.records);
    }

    #[test]
    fn local_times_agree_with_instants() {
        let t = Tenant::generate(200, 1, 2025);
        for r in t.records() {
            let zoned = r.time().in_tz(r.time_zone()).unwrap();
            assert_eq!(zoned.datetime(), r.remedy_time(), "{r:?}");
            assert!(r.create_time() > r.time() && r.update_time() >= r.create_time());
            assert_eq!(r.approval_id().len(), 19);
        }
        assert_eq!(t.employees()[0].employee_id(), EXAMPLE_EMPLOYEE_ID);
        assert_eq!(t.employees()[41].employee_no(), "E00042");
    }
}
