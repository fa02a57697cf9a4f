//! `monthly_report`: a month of attendance per person and day, with feishu-api: each day's punch
//! results (打卡结果) with the punch times, the remedies asked for (补卡) and the approvals
//! (leave, business trips, overtime) that explain them, then a summary per person.
//!
//! ```text
//! cargo run --example monthly_report -- [--month YYYY-MM] [--user ID]...
//!     [--employee-type employee_id|employee_no] [--format table|csv]
//! ```
//!
//! With `FEISHU_APP_ID` and `FEISHU_APP_SECRET` set it reports on that app's tenant (`--user`
//! required, the month defaults to the current one). Without them it starts the embedded
//! emulator and reports on one employee of each of its attendance groups for March of its data
//! year, so `cargo run --example monthly_report` works offline with nothing set up.
//!
//! Times are shown in each employee's attendance group's time zone (read with the group get
//! method). Calls: the punch results and the remedies through the generated batch methods (any
//! number of users), the approvals in one call per 50 users, one group lookup per group.

use feishu_api::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use feishu_api::attendance::v1::types::{
    ApprovalEmployeeType, CheckResultSupplement, DeptType, EmployeeType, TaskCheckResult,
    UserApproval, UserTask, UserTaskRemedy,
};
use feishu_api::attendance::v1::user_task_remedy::query::{RemedyStatus, WorkType};
use feishu_api::attendance::v1::{group, user_approval, user_task, user_task_remedy};
use feishu_api::time::{DateYmd, UnixSeconds};
use feishu_api::{BatchOptions, Client};
use feishu_emulator::{Emulator, GROUPS, RunningEmulator};
use jiff::civil::Date;
use jiff::tz::TimeZone;

mod support;
use support::{credentials_set, emulator_client, emulator_notice, value};

const USAGE: &str = "\
Usage: cargo run --example monthly_report -- [OPTIONS]

A month of attendance per person and day: punch results and times, remedies and approvals,
then a summary per person. Queries the tenant of the app in FEISHU_APP_ID / FEISHU_APP_SECRET
(FEISHU_BASE_URL optional); without them, the embedded emulator.

Options:
  --month YYYY-MM       the month (default: this month, or March of the emulator's year)
  --user ID             employee to report on; repeatable, or comma-separated
                        (required against a real tenant; default: one per emulator group)
  --employee-type KIND  employee_id or employee_no (default employee_no)
  --format FORMAT       table or csv (default table)
  -h, --help            this text";

#[derive(Debug, Clone, PartialEq)]
struct Args {
    month: Option<Date>,
    users: Vec<String>,
    employee_type: EmployeeType,
    csv: bool,
}

fn parse_args(args: impl IntoIterator<Item = impl Into<OsString>>) -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut parsed = Args {
        month: None,
        users: Vec::new(),
        employee_type: EmployeeType::EmployeeNo,
        csv: false,
    };
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(None),
            Long("month") => {
                let raw = value(&mut parser)?;
                let first = Date::strptime("%Y-%m-%d", format!("{raw}-01"))
                    .map_err(|_| format!("--month: `{raw}` is not YYYY-MM"))?;
                parsed.month = Some(first);
            }
            Long("user") => parsed.users.extend(
                value(&mut parser)?
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned),
            ),
            Long("employee-type") => {
                parsed.employee_type = match value(&mut parser)?.as_str() {
                    "employee_id" => EmployeeType::EmployeeId,
                    "employee_no" => EmployeeType::EmployeeNo,
                    other => return Err(format!("--employee-type: unknown `{other}`")),
                }
            }
            Long("format") => {
                parsed.csv = match value(&mut parser)?.as_str() {
                    "table" => false,
                    "csv" => true,
                    other => return Err(format!("--format: unknown `{other}`")),
                }
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(Some(parsed))
}

/// Everything the report is made of.
struct Month {
    first: Date,
    last: Date,
    tasks: Vec<UserTask>,
    remedies: Vec<UserTaskRemedy>,
    approvals: Vec<UserApproval>,
    zones: BTreeMap<String, TimeZone>,
}

fn ymd(date: Date) -> DateYmd {
    DateYmd::from_raw(
        u32::try_from(
            i32::from(date.year()) * 10_000 + i32::from(date.month()) * 100 + i32::from(date.day()),
        )
        .unwrap_or_default(),
    )
}

async fn fetch(
    client: &Client,
    users: &[String],
    kind: &EmployeeType,
    first: Date,
) -> Result<Month, feishu_api::Error> {
    let last = first.last_of_month();
    let attendance = client.attendance().v1();
    let options = BatchOptions::new();

    let request = user_task::query::QueryRequest::builder()
        .employee_type(kind.clone())
        .user_ids(users.iter().cloned())
        .check_date_from(ymd(first))
        .check_date_to(ymd(last))
        .build();
    let outcome = attendance
        .user_task()
        .query_batch_all(&request, &options)
        .await;
    if let Some(failure) = outcome.failures.into_iter().next() {
        return Err(failure.error);
    }
    let tasks = outcome.items;

    // Remedies are filtered on their instant: a day either side covers every zone.
    let day = 86_400;
    let utc = |at: jiff::civil::DateTime| TimeZone::UTC.to_timestamp(at).map(|t| t.as_second());
    let from = utc(first.at(0, 0, 0, 0)).unwrap_or_default() - day;
    let to = utc(last.at(23, 59, 59, 0)).unwrap_or_default() + day;
    let mut remedies = Vec::new();
    for status in [RemedyStatus::Approved, RemedyStatus::Pending] {
        let request = user_task_remedy::query::QueryRequest::builder()
            .employee_type(kind.clone())
            .user_ids(users.iter().cloned())
            .check_time_from(UnixSeconds::new(from))
            .check_time_to(UnixSeconds::new(to))
            .status(status)
            .build();
        let outcome = attendance
            .user_task_remedy()
            .query_batch_all(&request, &options)
            .await;
        if let Some(failure) = outcome.failures.into_iter().next() {
            return Err(failure.error);
        }
        remedies.extend(outcome.items.into_iter().filter(|r| {
            r.remedy_date
                .as_ref()
                .and_then(|d| d.to_date().ok())
                .is_some_and(|d| first <= d && d <= last)
        }));
    }

    let approval_kind = match kind {
        EmployeeType::EmployeeId => ApprovalEmployeeType::EmployeeId,
        _ => ApprovalEmployeeType::EmployeeNo,
    };
    let mut approvals = Vec::new();
    for chunk in users.chunks(50) {
        let request = user_approval::query::QueryRequest::builder()
            .employee_type(approval_kind.clone())
            .user_ids(chunk.to_vec())
            .check_date_from(ymd(first))
            .check_date_to(ymd(last))
            .build();
        approvals.extend(
            attendance
                .user_approval()
                .query(&request)
                .await?
                .user_approvals,
        );
    }

    let mut zones = BTreeMap::new();
    let groups: BTreeSet<&String> = tasks.iter().filter_map(|t| t.group_id.as_ref()).collect();
    for id in groups {
        let request = group::get::GetRequest::builder()
            .group_id(id.clone())
            .employee_type(kind.clone())
            .dept_type(DeptType::OpenId)
            .build();
        let found = attendance.group().get(&request).await?;
        let zone = found
            .time_zone
            .and_then(|name| TimeZone::get(&name).ok())
            .unwrap_or(TimeZone::UTC);
        zones.insert(id.clone(), zone);
    }
    Ok(Month {
        first,
        last,
        tasks,
        remedies,
        approvals,
        zones,
    })
}

/// One punch as the report shows it: `09:03`, `09:42 late`, `missing`, `leave` ….
fn punch_text(
    result: Option<&TaskCheckResult>,
    supplement: Option<&CheckResultSupplement>,
    time: Option<&UnixSeconds>,
    tz: &TimeZone,
) -> String {
    let at = time
        .and_then(|t| t.to_timestamp().ok())
        .map(|t| tz.to_datetime(t).strftime("%H:%M").to_string());
    let what = match (result, supplement) {
        (_, Some(CheckResultSupplement::OnLeave)) => "leave",
        (_, Some(CheckResultSupplement::BusinessTrip)) => "trip",
        (_, Some(CheckResultSupplement::GoingOut)) => "out",
        (_, Some(CheckResultSupplement::RemedyApproved)) => "remedied",
        (_, Some(CheckResultSupplement::RemedyPending)) => "missing, remedy pending",
        (Some(TaskCheckResult::Lack), _) => "missing",
        (Some(TaskCheckResult::Late), _) => "late",
        (Some(TaskCheckResult::Early), _) => "early",
        (Some(TaskCheckResult::NoNeedCheck), _) => "-",
        (_, Some(CheckResultSupplement::FieldPunch)) => "field",
        _ => "",
    };
    match (at, what) {
        (Some(at), "") => at,
        (Some(at), what) => format!("{at} {what}"),
        (None, what) => what.to_owned(),
    }
}

/// A person's totals over the month.
#[derive(Default)]
struct Totals {
    workdays: u32,
    late: u32,
    early: u32,
    missing: u32,
    remedied: u32,
    leave_days: u32,
    trip_days: u32,
    overtime_hours: f64,
}

/// The report: one row per person and day, and the totals per person.
struct Report {
    header: [&'static str; 7],
    rows: Vec<[String; 7]>,
    totals: Vec<(String, String, Totals)>,
}

fn build(month: &Month) -> Report {
    let mut rows = Vec::new();
    let mut totals: Vec<(String, String, Totals)> = Vec::new();
    let approvals: BTreeMap<(&str, &str), &UserApproval> = month
        .approvals
        .iter()
        .map(|a| ((a.user_id.as_str(), a.date.as_str()), a))
        .collect();
    for task in &month.tasks {
        let user = task.user_id.clone().unwrap_or_default();
        let name = task.employee_name.clone().unwrap_or_default();
        if totals.last().is_none_or(|(u, _, _)| *u != user) {
            totals.push((user.clone(), name.clone(), Totals::default()));
        }
        let Some((_, _, sum)) = totals.last_mut() else {
            continue;
        };
        let day = task.day.as_ref().and_then(|d| d.to_date().ok());
        let tz = task
            .group_id
            .as_ref()
            .and_then(|g| month.zones.get(g))
            .cloned()
            .unwrap_or(TimeZone::UTC);
        let (mut on, mut off) = (Vec::new(), Vec::new());
        for r in &task.records {
            on.push(punch_text(
                r.check_in_result.as_ref(),
                r.check_in_result_supplement.as_ref(),
                r.check_in_record
                    .as_ref()
                    .and_then(|f| f.check_time.as_ref()),
                &tz,
            ));
            off.push(punch_text(
                r.check_out_result.as_ref(),
                r.check_out_result_supplement.as_ref(),
                r.check_out_record
                    .as_ref()
                    .and_then(|f| f.check_time.as_ref()),
                &tz,
            ));
            for (result, supplement) in [
                (&r.check_in_result, &r.check_in_result_supplement),
                (&r.check_out_result, &r.check_out_result_supplement),
            ] {
                match (result, supplement) {
                    (_, Some(CheckResultSupplement::RemedyApproved)) => sum.remedied += 1,
                    (Some(TaskCheckResult::Late), _) => sum.late += 1,
                    (Some(TaskCheckResult::Early), _) => sum.early += 1,
                    (Some(TaskCheckResult::Lack), _) => sum.missing += 1,
                    _ => {}
                }
            }
        }
        let clock = |t: &Option<UnixSeconds>| {
            t.as_ref()
                .and_then(|t| t.to_timestamp().ok())
                .map(|t| tz.to_datetime(t).strftime("%H:%M").to_string())
                .unwrap_or_default()
        };
        let shift = match task.shift_id.as_deref() {
            Some("0") => "rest".to_owned(),
            None if !task.records.is_empty() => "free".to_owned(),
            None => "rest".to_owned(),
            Some(_) => task
                .records
                .iter()
                .map(|r| {
                    format!(
                        "{}–{}",
                        clock(&r.check_in_shift_time),
                        clock(&r.check_out_shift_time)
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
        };
        if !task.records.is_empty() {
            sum.workdays += 1;
        }
        let mut notes = Vec::new();
        let date_key = day
            .map(|d| d.strftime("%Y%m%d").to_string())
            .unwrap_or_default();
        if let Some(approval) = approvals.get(&(user.as_str(), date_key.as_str())) {
            for leave in approval.leaves.iter().flatten() {
                let name = leave.i18n_names.en.clone().or(leave.i18n_names.ch.clone());
                notes.push(format!("leave: {}", name.unwrap_or_default()));
                sum.leave_days += 1;
            }
            for trip in approval.trips.iter().flatten() {
                notes.push(format!("trip: {}", trip.reason));
                sum.trip_days += 1;
            }
            for overtime in approval.overtime_works.iter().flatten() {
                notes.push(format!("overtime {:.1} h", overtime.duration));
                sum.overtime_hours += overtime.duration;
            }
        }
        for remedy in month.remedies.iter().filter(|r| {
            r.user_id.as_deref() == Some(user.as_str())
                && r.remedy_date.as_ref().and_then(|d| d.to_date().ok()) == day
        }) {
            let side = if remedy.work_type == Some(WorkType::OffDuty) {
                "off"
            } else {
                "on"
            };
            let status = if remedy.status == Some(RemedyStatus::Pending) {
                "pending"
            } else {
                "approved"
            };
            notes.push(format!(
                "remedy {status} ({side} duty {}): {}",
                remedy
                    .remedy_time
                    .as_ref()
                    .map(|t| t.as_str().get(11..).unwrap_or_default().to_owned())
                    .unwrap_or_default(),
                remedy.reason.clone().unwrap_or_default()
            ));
        }
        rows.push([
            day.map(|d| d.to_string()).unwrap_or_default(),
            user,
            name,
            shift,
            on.join(" / "),
            off.join(" / "),
            notes.join("; "),
        ]);
    }
    Report {
        header: [
            "Date", "Employee", "Name", "Shift", "On duty", "Off duty", "Notes",
        ],
        rows,
        totals,
    }
}

fn write_table(out: &mut dyn Write, month: &Month, report: &Report) -> io::Result<()> {
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    table.set_header(report.header);
    for row in &report.rows {
        table.add_row(row);
    }
    writeln!(out, "Attendance {} to {}", month.first, month.last)?;
    writeln!(out, "{table}")?;
    let mut summary = comfy_table::Table::new();
    summary.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    summary.set_header([
        "Employee",
        "Name",
        "Workdays",
        "Late",
        "Early",
        "Missing",
        "Remedied",
        "Leave days",
        "Trip days",
        "Overtime h",
    ]);
    for (user, name, t) in &report.totals {
        summary.add_row([
            user.clone(),
            name.clone(),
            t.workdays.to_string(),
            t.late.to_string(),
            t.early.to_string(),
            t.missing.to_string(),
            t.remedied.to_string(),
            t.leave_days.to_string(),
            t.trip_days.to_string(),
            format!("{:.1}", t.overtime_hours),
        ]);
    }
    writeln!(out, "{summary}")
}

fn write_csv(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    // A byte-order mark, so spreadsheets read the UTF-8 names as such.
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(report.header)?;
    for row in &report.rows {
        writer.write_record(row)?;
    }
    writer.flush()
}

/// One employee of each of the emulator's groups: every shift pattern and time zone.
fn emulator_users(emulator: &RunningEmulator, kind: &EmployeeType) -> Vec<String> {
    (0..GROUPS.len())
        .filter_map(|g| {
            let employees = emulator.tenant().employees();
            employees
                .iter()
                .find(|e| e.group() == g)?
                .id(kind)
                .map(str::to_owned)
        })
        .collect()
}

async fn run(args: Args, out: &mut dyn Write) -> Result<(), String> {
    let (client, emulator, users, month) = if credentials_set() {
        if args.users.is_empty() {
            return Err("--user is required against a real tenant".to_owned());
        }
        let client = Client::from_env().map_err(|e| e.to_string())?;
        let this_month = jiff::ZonedDateTime::now().date().first_of_month();
        (
            client,
            None,
            args.users.clone(),
            args.month.unwrap_or(this_month),
        )
    } else {
        let emulator = Emulator::builder()
            .start()
            .await
            .map_err(|e| format!("cannot start the embedded emulator: {e}"))?;
        if !args.csv {
            writeln!(out, "{}", emulator_notice(&emulator)).map_err(|e| e.to_string())?;
        } else {
            eprintln!("{}", emulator_notice(&emulator));
        }
        let client = emulator_client(&emulator).map_err(|e| e.to_string())?;
        let users = if args.users.is_empty() {
            emulator_users(&emulator, &args.employee_type)
        } else {
            args.users.clone()
        };
        let march = Date::new(emulator.tenant().year(), 3, 1).map_err(|e| e.to_string())?;
        (client, Some(emulator), users, args.month.unwrap_or(march))
    };
    let result = fetch(&client, &users, &args.employee_type, month).await;
    if let Some(emulator) = emulator {
        emulator.shutdown().await;
    }
    let month = result.map_err(|e| e.to_string())?;
    let report = build(&month);
    let written = if args.csv {
        write_csv(out, &report)
    } else {
        write_table(out, &month, &report)
    };
    written.map_err(|e| format!("cannot write the report: {e}"))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("monthly_report: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::BufWriter::new(io::stdout());
    match run(args, &mut out)
        .await
        .and_then(|()| out.flush().map_err(|e| e.to_string()))
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("monthly_report: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments() {
        let args = parse_args(["--month", "2025-02", "--user", "a,b", "--format", "csv"])
            .unwrap()
            .unwrap();
        assert_eq!(args.month, Some(Date::constant(2025, 2, 1)));
        assert_eq!(args.users, ["a", "b"]);
        assert!(args.csv);
        assert_eq!(parse_args(["--help"]).unwrap(), None);
        assert_eq!(
            parse_args(["--month", "2025-13"]).unwrap_err(),
            "--month: `2025-13` is not YYYY-MM"
        );
        assert_eq!(
            parse_args(["--format", "xml"]).unwrap_err(),
            "--format: unknown `xml`"
        );
    }

    /// The report of March for one employee of each emulator group: one row per person and
    /// day, each explained by the remedies and approvals the API returned, totals that add up.
    #[tokio::test]
    async fn the_report_agrees_with_the_api() {
        let emulator = Emulator::builder().employees(200).start().await.unwrap();
        let client = emulator_client(&emulator).unwrap();
        let kind = EmployeeType::EmployeeNo;
        let users = emulator_users(&emulator, &kind);
        assert_eq!(users.len(), GROUPS.len());
        let month = fetch(&client, &users, &kind, Date::constant(2025, 3, 1))
            .await
            .unwrap();
        let report = build(&month);
        assert_eq!(report.rows.len(), users.len() * 31);
        assert_eq!(report.totals.len(), users.len());
        // The example employee on 11 March: a missing off-duty punch remedied at 18:00.
        let row = report
            .rows
            .iter()
            .find(|r| r[0] == "2025-03-11" && r[1] == "E00001")
            .unwrap();
        assert_eq!(
            row,
            &[
                "2025-03-11",
                "E00001",
                "黄勇",
                "09:00–18:00",
                "09:10",
                "18:00 remedied",
                "remedy approved (off duty 18:00): 出差途中"
            ]
        );
        for row in &report.rows {
            let punches = format!("{} {}", row[4], row[5]);
            if row[3] == "rest" {
                assert_eq!(punches, " ", "{row:?}");
            }
            if punches.contains("remedied") {
                assert!(row[6].contains("remedy approved"), "{row:?}");
            }
            if punches.contains("remedy pending") {
                assert!(row[6].contains("remedy pending"), "{row:?}");
            }
            if row[6].starts_with("leave") {
                assert!(row[4].split(" / ").all(|p| p == "leave"), "{row:?}");
            }
        }
        for (user, _, totals) in &report.totals {
            let mine: Vec<_> = report.rows.iter().filter(|r| r[1] == *user).collect();
            let count = |word: &str| {
                mine.iter()
                    .map(|r| {
                        format!("{} / {}", r[4], r[5])
                            .split(" / ")
                            .filter(|p| p.contains(word))
                            .count() as u32
                    })
                    .sum::<u32>()
            };
            assert_eq!(totals.missing, count("missing"), "{user}");
            assert_eq!(totals.late, count("late"), "{user}");
            assert_eq!(totals.early, count("early"), "{user}");
            assert_eq!(totals.remedied, count("remedied"), "{user}");
            let workdays = mine.iter().filter(|r| r[3] != "rest").count() as u32;
            assert_eq!(totals.workdays, workdays, "{user}");
        }
        emulator.shutdown().await;
    }
}
