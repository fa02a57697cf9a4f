//! One employee's seeded attendance day: whether it is a workday, the punches the schedule
//! asks for, what the employee actually did (on time, late, early, missing, out of range, a
//! second punch), the approvals covering the day (leave, business trip, overtime) and the
//! remedies asked for missing punches.
//!
//! A day is a pure function of `(seed, employee, date)`, computed on demand: a year of punches
//! for thousands of employees is never held in memory, and every read (punch records, results,
//! approvals, remedies, schedules) derives from the same plan, so they agree by construction.

use jiff::civil::{Date, DateTime, Weekday};
use jiff::{SignedDuration, Timestamp};

use super::data::{Employee, Shift, ShiftPunch};
use super::rng::Rng;
use feishu_api::attendance::v1::user_task_remedy::query::{RemedyStatus, WorkType};

const STREAM_DAYS: u64 = 0x6461_7973; // "days"

/// How often a scheduled punch goes which way, per mille: missing, late (on duty) or early (off
/// duty), punched out of the office's range; the rest are on time.
const MISSING: u64 = 30;
const OFF_TIME: u64 = 40;
const OUT_OF_RANGE: u64 = 20;
/// How often a missing punch gets a remedy request.
const REMEDY_ASKED: f64 = 0.55;
/// Pending, rejected, approved, cancelled, withdrawn.
const STATUS_WEIGHTS: &[u32] = &[6, 7, 72, 8, 7];

/// What a workday holds besides punches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Absence {
    /// An ordinary day at work.
    None,
    /// A whole day of approved leave: no punches.
    Leave,
    /// A whole day on an approved business trip: no punches.
    Trip,
}

/// What happened at one scheduled punch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Punched within the shift's tolerance.
    OnTime,
    /// Punched 16 to 50 minutes late (on duty) or early (off duty).
    OffTime,
    /// Punched on time, but outside the office's range (a field punch).
    OutOfRange,
    /// No punch.
    Missing,
}

/// One scheduled punch of a seeded day and what became of it.
#[derive(Debug, Clone)]
pub(crate) struct PlannedPunch {
    /// Which punch of the shift.
    pub(crate) slot: ShiftPunch,
    /// When the shift wants it, local time.
    pub(crate) scheduled: DateTime,
    /// What the employee did.
    pub(crate) outcome: Outcome,
    /// When the employee punched (local time), unless [`Outcome::Missing`].
    pub(crate) punched: Option<DateTime>,
    /// A second punch in the same window, which does not count (an earlier on-duty punch
    /// counts, a later off-duty one).
    pub(crate) second: Option<DateTime>,
    /// The remedy asked for a missing punch: its status and random stream for its details.
    pub(crate) remedy: Option<(RemedyStatus, u64)>,
}

/// One seeded day of one employee.
#[derive(Debug, Clone)]
pub(crate) struct DayPlan {
    /// Leave or a business trip covering the whole day.
    pub(crate) absence: Absence,
    /// Approved overtime after the last punch: start and end, local time.
    pub(crate) overtime: Option<(DateTime, DateTime)>,
    /// The scheduled punches (empty on rest days).
    pub(crate) punches: Vec<PlannedPunch>,
}

/// Whether the seeded groups work on a date: Monday to Friday.
pub(crate) fn is_workday(date: Date) -> bool {
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// The number of a day since 1970-01-01, for ids and random streams.
pub(crate) fn day_number(date: Date) -> i64 {
    date.since(Date::constant(1970, 1, 1))
        .map(|span| i64::from(span.get_days()))
        .unwrap_or_default()
}

/// The date of a [`day_number`].
pub(crate) fn from_day_number(n: i64) -> Option<Date> {
    Date::constant(1970, 1, 1)
        .checked_add(SignedDuration::from_hours(24 * n))
        .ok()
}

/// When a shift punch falls on an attendance date, local time.
pub(crate) fn scheduled_at(date: Date, slot: &ShiftPunch) -> DateTime {
    let at = date.at(slot.hour, slot.minute, 0, 0);
    if slot.next_day {
        at.saturating_add(SignedDuration::from_hours(24))
    } else {
        at
    }
}

/// The seeded plan of `employee`'s `date`.
pub(crate) fn plan(seed: u64, employee: &Employee, date: Date) -> DayPlan {
    let n = day_number(date);
    let mut rng = Rng::derive(
        seed,
        STREAM_DAYS,
        ((employee.index() as u64) << 24) ^ (n as u64),
    );
    let mut day = DayPlan {
        absence: Absence::None,
        overtime: None,
        punches: Vec::new(),
    };
    if !is_workday(date) {
        return day;
    }
    let roll = rng.below(1000);
    day.absence = match roll {
        0..25 => Absence::Leave,
        25..35 => Absence::Trip,
        _ => Absence::None,
    };
    let shift = employee.shift();
    for slot in shift.punches() {
        let scheduled = scheduled_at(date, slot);
        let mut punch = PlannedPunch {
            slot: *slot,
            scheduled,
            outcome: Outcome::OnTime,
            punched: None,
            second: None,
            remedy: None,
        };
        if day.absence != Absence::None {
            day.punches.push(punch);
            continue;
        }
        let on_duty = slot.work_type != WorkType::OffDuty;
        let roll = rng.below(1000);
        punch.outcome = if roll < MISSING {
            Outcome::Missing
        } else if roll < MISSING + OFF_TIME && shift != Shift::Flexible {
            Outcome::OffTime
        } else if roll < MISSING + OFF_TIME + OUT_OF_RANGE {
            Outcome::OutOfRange
        } else {
            Outcome::OnTime
        };
        let minutes = match (punch.outcome, on_duty) {
            (Outcome::Missing, _) => None,
            // A free shift punches in whenever between 08:00 and 10:45.
            (_, true) if shift == Shift::Flexible => Some(rng.range(-60, 105)),
            (Outcome::OffTime, true) => Some(rng.range(16, 50)),
            (Outcome::OffTime, false) => Some(-rng.range(16, 50)),
            (_, true) => Some(rng.range(-25, 10)),
            (_, false) => Some(rng.range(0, 20)),
        };
        if let Some(minutes) = minutes {
            let at = scheduled.saturating_add(SignedDuration::from_mins(minutes));
            punch.punched = Some(at);
            if rng.below(1000) < 40 {
                let gap = SignedDuration::from_mins(rng.range(2, 6));
                punch.second = Some(if on_duty {
                    at.saturating_add(gap)
                } else {
                    at.saturating_sub(gap)
                });
            }
        } else if rng.chance(REMEDY_ASKED) {
            let status = RemedyStatus::KNOWN[rng.weighted(STATUS_WEIGHTS)];
            punch.remedy = Some((status, rng.next_u64()));
        }
        day.punches.push(punch);
    }
    if day.absence == Absence::None
        && shift != Shift::Flexible
        && rng.below(1000) < 40
        && let Some(last) = day.punches.last()
    {
        let start = last.scheduled.saturating_add(SignedDuration::from_mins(30));
        let hours = rng.range(1, 3);
        day.overtime = Some((
            start,
            start.saturating_add(SignedDuration::from_hours(hours)),
        ));
    }
    day
}

/// The instant of a local time in a zone (the earlier one in a DST fold; a time in a DST gap
/// moves forward, as the platform's clients do).
pub(crate) fn instant(tz: &jiff::tz::TimeZone, at: DateTime) -> Timestamp {
    tz.to_timestamp(at).unwrap_or(Timestamp::UNIX_EPOCH)
}
