//! `remedy_records`: list employees' attendance remedy records (补卡记录) with feishu-api.
//!
//! ```text
//! cargo run --example remedy_records -- [--user ID]... [--employee-type employee_id|employee_no]
//!     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tz ZONE]
//!     [--users-file PATH|-] [--status pending|rejected|approved|cancelled|withdrawn|all]
//!     [--format table|csv|jsonl]
//! ```
//!
//! # Where the records come from
//! With `FEISHU_APP_ID` and `FEISHU_APP_SECRET` set (and optionally `FEISHU_BASE_URL`), the
//! example queries that app's tenant through [`Client::from_env`]. Then `--user` is required,
//! and the date range defaults to the last 30 days (today included, in `--tz`).
//!
//! With neither set, it starts the SDK's embedded emulator in-process (a generated tenant with a
//! year of records) and says so on its first line of output (on standard error with
//! `--format jsonl`). Without `--user` it then asks for the emulator's sample users, and the date
//! range defaults to the emulator's data year. So `cargo run --example remedy_records` works on
//! any machine with nothing set up.
//!
//! # Options
//! * `--user ID`: an employee to query; repeat it or give a comma-separated list. Any number of
//!   users is queried with the SDK's generated batch method: calls of at most 50 ids (the
//!   endpoint's limit), run concurrently within its rate limit.
//! * `--users-file PATH`: more ids, one per line (blank lines and `#` comments skipped); `-`
//!   reads them from standard input. Combined with `--user`, repeats dropped.
//! * `--employee-type employee_id|employee_no`: the kind of id `--user` gives and the output
//!   shows (default `employee_id`).
//! * `--from DATE`, `--to DATE`: the first and the last day (`YYYY-MM-DD`, both included) whose
//!   remedies to list, as days in `--tz` (default `Asia/Shanghai`).
//! * `--status …|all`: the approval status to list (default `approved`); `all` queries each
//!   status in turn and merges the records, sorted by time.
//! * `--format table|csv|jsonl`: an aligned table with a summary line (default; wide characters
//!   measured as two columns), CSV with a header row (UTF-8 with a byte-order mark, so a
//!   spreadsheet opens it as is), or one JSON object per record as the API returned it, and
//!   nothing else on standard output.
//!
//! A long run (more than five calls) shows a progress bar on standard error when that is a
//! terminal, and nothing when it is not (scripts, CI).
//!
//! # Exit status
//! 0 on success; 1 when the call fails (the SDK's error message, with the API code, the
//! documented hint and the log id, goes to standard error); 2 for bad arguments.

use feishu_api::prelude::*;
use std::ffi::OsString;
use std::fmt::Display;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use feishu_api::attendance::v1::user_task_remedy::query::{
    EmployeeType, PunchNo, QueryRequest, RemedyStatus, UserTaskRemedy, WorkType,
};
use feishu_api::time::UnixSeconds;
use feishu_api::{BatchOptions, Client};
use feishu_emulator::{Emulator, RunningEmulator};
use jiff::ZonedDateTime;
use jiff::civil::Date;
use jiff::tz::TimeZone;

mod support;
use support::{credentials_set, emulator_client, emulator_notice, value};

/// The `--help` text.
const USAGE: &str = "\
Usage: cargo run --example remedy_records -- [OPTIONS]

Lists employees' attendance remedy records (补卡记录). Queries the tenant of the app in
FEISHU_APP_ID / FEISHU_APP_SECRET (FEISHU_BASE_URL optional); without them, an embedded
emulator with generated data.

Options:
  --user ID             employee to query; repeatable, or comma-separated
                        (required against a real tenant; default: the emulator's samples)
  --users-file PATH     more ids, one per line; - reads standard input
  --employee-type KIND  employee_id or employee_no (default employee_id)
  --from YYYY-MM-DD     first day, included (default: 30 days ago, or the emulator's year)
  --to YYYY-MM-DD       last day, included (default: today, or the emulator's year)
  --tz ZONE             IANA time zone of --from/--to (default Asia/Shanghai)
  --status STATUS       pending, rejected, approved, cancelled, withdrawn or all
                        (default approved)
  --format FORMAT       table, csv or jsonl (default table)
  -h, --help            this text";

/// The zone `--from`/`--to` are read in unless `--tz` says otherwise.
const DEFAULT_TIME_ZONE: &str = "Asia/Shanghai";

/// How many days, today included, a real-tenant query covers without `--from`.
const DEFAULT_DAYS: i64 = 30;

/// How records are written to standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// An aligned table and a summary line.
    Table,
    /// One JSON object per record, as the API returned it.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// The parsed command line.
#[derive(Debug, Clone, PartialEq)]
struct Args {
    /// The ids from `--user`, in order, without duplicates.
    users: Vec<String>,
    /// `--users-file`: a path, or `-` for standard input.
    users_file: Option<String>,
    /// `--employee-type`.
    employee_type: EmployeeType,
    /// `--from`, the first day included.
    from: Option<Date>,
    /// `--to`, the last day included.
    to: Option<Date>,
    /// `--tz`, the zone the days are in.
    tz: TimeZone,
    /// The statuses to query, one call each (`--status all` gives every documented one).
    statuses: Vec<RemedyStatus>,
    /// `--format`.
    format: Format,
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
enum Command {
    /// Print the usage text.
    Help,
    /// List records.
    Run(Args),
}

/// Why the example failed, and so its exit status.
#[derive(Debug)]
enum Failure {
    /// Bad or missing arguments (exit status 2).
    Usage(String),
    /// The SDK call failed (exit status 1).
    Sdk(feishu_api::Error),
    /// Something else failed: starting the emulator, an invalid date (exit status 1).
    Other(String),
    /// Writing the output failed (exit status 1, or 0 for a closed pipe).
    Io(io::Error),
}

impl From<feishu_api::Error> for Failure {
    fn from(error: feishu_api::Error) -> Self {
        Failure::Sdk(error)
    }
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Io(error)
    }
}

/// Parses the arguments (without the program name).
///
/// # Errors
/// A message naming the bad flag or value.
fn parse_args(args: impl IntoIterator<Item = impl Into<OsString>>) -> Result<Command, String> {
    use lexopt::prelude::*;

    let mut users = Vec::new();
    let mut users_file = None;
    let mut employee_type = EmployeeType::EmployeeId;
    let mut from = None;
    let mut to = None;
    let mut tz_name = DEFAULT_TIME_ZONE.to_owned();
    let mut statuses = vec![RemedyStatus::Approved];
    let mut format = Format::Table;

    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Long("user") => {
                let raw = value(&mut parser)?;
                let ids: Vec<&str> = raw.split(',').map(str::trim).collect();
                if ids.iter().all(|id| id.is_empty()) {
                    return Err(format!("--user: `{raw}` names no user id"));
                }
                for id in ids.into_iter().filter(|id| !id.is_empty()) {
                    if !users.iter().any(|known| known == id) {
                        users.push(id.to_owned());
                    }
                }
            }
            Long("users-file") => users_file = Some(value(&mut parser)?),
            Long("employee-type") => {
                employee_type = match value(&mut parser)?.as_str() {
                    "employee_id" => EmployeeType::EmployeeId,
                    "employee_no" => EmployeeType::EmployeeNo,
                    other => {
                        return Err(format!(
                            "--employee-type: `{other}` is not employee_id or employee_no"
                        ));
                    }
                }
            }
            Long("from") => from = Some(parse_date("--from", &value(&mut parser)?)?),
            Long("to") => to = Some(parse_date("--to", &value(&mut parser)?)?),
            Long("tz") => tz_name = value(&mut parser)?,
            Long("status") => {
                statuses = match value(&mut parser)?.as_str() {
                    "pending" => vec![RemedyStatus::Pending],
                    "rejected" => vec![RemedyStatus::Rejected],
                    "approved" => vec![RemedyStatus::Approved],
                    "cancelled" => vec![RemedyStatus::Cancelled],
                    "withdrawn" => vec![RemedyStatus::Withdrawn],
                    "all" => RemedyStatus::KNOWN.to_vec(),
                    other => {
                        return Err(format!(
                            "--status: `{other}` is not pending, rejected, approved, \
                             cancelled, withdrawn or all"
                        ));
                    }
                }
            }
            Long("format") => {
                format = match value(&mut parser)?.as_str() {
                    "table" => Format::Table,
                    "jsonl" => Format::Jsonl,
                    "csv" => Format::Csv,
                    other => {
                        return Err(format!("--format: `{other}` is not table, csv or jsonl"));
                    }
                }
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let tz = TimeZone::get(&tz_name)
        .map_err(|_| format!("--tz: `{tz_name}` is not a known IANA time zone"))?;
    if let (Some(from), Some(to)) = (from, to) {
        check_order(from, to)?;
    }
    Ok(Command::Run(Args {
        users,
        users_file,
        employee_type,
        from,
        to,
        tz,
        statuses,
        format,
    }))
}

/// Reads a `YYYY-MM-DD` date, strictly (no times, no other layouts).
fn parse_date(flag: &str, raw: &str) -> Result<Date, String> {
    let bytes = raw.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return Err(format!("{flag}: `{raw}` is not a YYYY-MM-DD date"));
    }
    raw.parse::<Date>()
        .map_err(|_| format!("{flag}: `{raw}` is not a valid date"))
}

/// The range must not end before it starts.
fn check_order(from: Date, to: Date) -> Result<(), String> {
    if from > to {
        Err(format!("--from {from} is after --to {to}"))
    } else {
        Ok(())
    }
}

/// The query window of whole days `from..=to` in `tz`: from the first instant of `from` to the
/// last second of `to` (23:59:59, or whatever second precedes the next day's start).
fn day_range(from: Date, to: Date, tz: &TimeZone) -> Result<(UnixSeconds, UnixSeconds), String> {
    let start = from
        .to_zoned_datetime(tz.clone())
        .map_err(|e| format!("--from {from}: {e}"))?;
    let next_day = to
        .tomorrow()
        .and_then(|day| day.to_zoned_datetime(tz.clone()))
        .map_err(|e| format!("--to {to}: {e}"))?;
    Ok((
        UnixSeconds::from(&start),
        UnixSeconds::new(next_day.timestamp().as_second() - 1),
    ))
}

/// Everything the queries need, defaults resolved.
#[derive(Debug, Clone, PartialEq)]
struct Plan {
    /// The id space of `users` and of the answers.
    employee_type: EmployeeType,
    /// The users to query.
    users: Vec<String>,
    /// The window's start.
    from: UnixSeconds,
    /// The window's end, included.
    to: UnixSeconds,
    /// One query (per batch) for each of these.
    statuses: Vec<RemedyStatus>,
}

impl Plan {
    /// The plan against a real tenant: `--user` is required; the days default to the
    /// [`DEFAULT_DAYS`] days ending `today`.
    fn for_tenant(args: &Args, today: Date) -> Result<Plan, Failure> {
        if args.users.is_empty() {
            return Err(Failure::Usage(
                "--user is required against a real tenant (FEISHU_APP_ID is set): \
                 give the employee ids to query"
                    .to_owned(),
            ));
        }
        let to = args.to.unwrap_or(today);
        let from = match args.from {
            Some(from) => from,
            None => to
                .checked_sub(jiff::Span::new().days(DEFAULT_DAYS - 1))
                .map_err(|e| Failure::Other(format!("--to {to}: {e}")))?,
        };
        Plan::new(args, args.users.clone(), from, to)
    }

    /// The plan against the emulator: its sample users and its data year by default.
    fn for_emulator(args: &Args, emulator: &RunningEmulator) -> Result<Plan, Failure> {
        let users = if args.users.is_empty() {
            emulator.sample_user_ids(args.employee_type.clone())
        } else {
            args.users.clone()
        };
        let year = emulator.tenant().year();
        let day = |month, day| {
            Date::new(year, month, day).map_err(|e| Failure::Other(format!("year {year}: {e}")))
        };
        let from = match args.from {
            Some(from) => from,
            None => day(1, 1)?,
        };
        let to = match args.to {
            Some(to) => to,
            None => day(12, 31)?,
        };
        Plan::new(args, users, from, to)
    }

    /// Checks the days and turns them into the query window.
    fn new(args: &Args, users: Vec<String>, from: Date, to: Date) -> Result<Plan, Failure> {
        check_order(from, to).map_err(Failure::Usage)?;
        let (from, to) = day_range(from, to, &args.tz).map_err(Failure::Other)?;
        Ok(Plan {
            employee_type: args.employee_type.clone(),
            users,
            from,
            to,
            statuses: args.statuses.clone(),
        })
    }
}

/// Where the records come from.
enum Backend<'a> {
    /// A real tenant, through a configured client.
    Tenant(Client),
    /// The in-process emulator.
    Emulator(&'a RunningEmulator),
}

/// Runs the queries the arguments ask for and writes the records to `out` (and the emulator
/// notice to `out` in table mode, to `err` in JSON-lines mode).
async fn run(
    args: &Args,
    backend: Backend<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Failure> {
    let mut args = args.clone();
    if let Some(path) = &args.users_file {
        let text = if path == "-" {
            io::read_to_string(io::stdin())?
        } else {
            std::fs::read_to_string(path)
                .map_err(|e| Failure::Other(format!("--users-file {path}: {e}")))?
        };
        for id in text.lines().map(str::trim) {
            if !id.is_empty() && !id.starts_with('#') && !args.users.iter().any(|u| u == id) {
                args.users.push(id.to_owned());
            }
        }
    }
    let args = &args;
    let (client, plan) = match backend {
        Backend::Tenant(client) => {
            let today = ZonedDateTime::now().with_time_zone(args.tz.clone()).date();
            (client, Plan::for_tenant(args, today)?)
        }
        Backend::Emulator(emulator) => {
            let notice = emulator_notice(emulator);
            match args.format {
                Format::Table => writeln!(out, "{notice}")?,
                Format::Jsonl | Format::Csv => writeln!(err, "{notice}")?,
            }
            out.flush()?;
            (
                emulator_client(emulator)?,
                Plan::for_emulator(args, emulator)?,
            )
        }
    };
    let records = fetch(&client, &plan).await?;
    match args.format {
        Format::Table => write_table(out, &records, plan.users.len())?,
        Format::Jsonl => write_jsonl(out, &records)?,
        Format::Csv => write_csv(out, &records)?,
    }
    out.flush()?;
    Ok(())
}

/// Queries every user for every status with the generated batch method (calls of at most 50
/// ids, run concurrently within the endpoint's rate limit) and merges the records, sorted by
/// time. A call that still fails after its retries fails the run, naming its ids.
async fn fetch(client: &Client, plan: &Plan) -> Result<Vec<UserTaskRemedy>, feishu_api::Error> {
    let calls = plan.users.len().div_ceil(50) * plan.statuses.len();
    let bar = (calls > 5 && io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(calls as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} calls, {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut records = Vec::new();
    for status in &plan.statuses {
        let options = match &bar {
            Some(bar) => {
                let (bar, before) = (bar.clone(), records.len());
                BatchOptions::new().progress(move |p| {
                    bar.inc(1);
                    bar.set_message(format!("{} records", before + p.items));
                })
            }
            None => BatchOptions::new(),
        };
        let request = QueryRequest::builder()
            .employee_type(plan.employee_type.clone())
            .user_ids(plan.users.iter().cloned())
            .check_time_from(plan.from.clone())
            .check_time_to(plan.to.clone())
            .status(*status)
            .build();
        let outcome = client
            .attendance()
            .v1()
            .user_task_remedy()
            .query_batch_all(&request, &options)
            .await;
        if let Some(failure) = outcome.failures.into_iter().next() {
            eprintln!(
                "remedy_records: the call for {} user(s) from {} failed",
                failure.ids.len(),
                failure.ids.first().map_or("", String::as_str)
            );
            return Err(failure.error);
        }
        records.extend(outcome.items);
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    sort_records(&mut records);
    Ok(records)
}

/// Sorts by the remedied punch's instant (`time`, else `remedy_time` in `time_zone`), then
/// user and approval id; records with neither time go last.
fn sort_records(records: &mut [UserTaskRemedy]) {
    records.sort_by_cached_key(|record| {
        let instant = record
            .time
            .as_ref()
            .and_then(|t| t.secs().ok())
            .or_else(|| {
                record
                    .remedy_time_zoned()
                    .and_then(Result::ok)
                    .map(|zoned| zoned.timestamp().as_second())
            });
        (
            instant.is_none(),
            instant,
            record.user_id.clone(),
            record.approval_id.clone(),
        )
    });
}

/// Writes one JSON object per record, as the API returned it.
fn write_jsonl(out: &mut dyn Write, records: &[UserTaskRemedy]) -> io::Result<()> {
    for record in records {
        serde_json::to_writer(&mut *out, record)?;
        writeln!(out)?;
    }
    Ok(())
}

/// The table's column titles.
const COLUMNS: [&str; 8] = [
    "user",
    "date",
    "local time",
    "work type",
    "punch",
    "status",
    "reason",
    "approval id",
];

/// Writes the records as an aligned table, then `N records for M users`. comfy-table measures
/// cells by their display width, so Chinese reasons (two columns a character) stay aligned.
fn write_table(out: &mut dyn Write, records: &[UserTaskRemedy], users: usize) -> io::Result<()> {
    let mut table = comfy_table::Table::new();
    table
        .load_preset("     -             ")
        .set_content_arrangement(comfy_table::ContentArrangement::Disabled)
        .set_header(COLUMNS);
    for record in records {
        table.add_row(table_row(record));
    }
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    writeln!(
        out,
        "{} for {}",
        plural(records.len(), "record"),
        plural(users, "user")
    )
}

/// The CSV columns: the table's, with the instant and zone apart.
const CSV_COLUMNS: [&str; 10] = [
    "user",
    "date",
    "local time",
    "time zone",
    "unix time",
    "work type",
    "punch",
    "status",
    "reason",
    "approval id",
];

/// Writes the records as CSV with a header row, UTF-8 with a byte-order mark (spreadsheets
/// read it as UTF-8 then), fields quoted as needed.
fn write_csv(out: &mut dyn Write, records: &[UserTaskRemedy]) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CSV_COLUMNS)?;
    let text = |v: Option<String>| v.unwrap_or_default();
    for r in records {
        writer.write_record([
            text(r.user_id.clone()),
            text(r.remedy_date.as_ref().map(|d| match d.to_date() {
                Ok(date) => date.to_string(),
                Err(_) => d.to_string(),
            })),
            text(r.remedy_time.as_ref().map(ToString::to_string)),
            text(r.time_zone.clone()),
            text(r.time.as_ref().map(ToString::to_string)),
            text(r.work_type.map(work_type_label)),
            text(r.punch_no.map(punch_label)),
            text(r.status.map(status_label)),
            text(r.reason.clone()),
            text(r.approval_id.clone()),
        ])?;
    }
    writer.flush()
}

/// `1 record`, `2 records`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The cells of one record, in [`COLUMNS`] order; `-` for an absent field.
fn table_row(record: &UserTaskRemedy) -> [String; 8] {
    let or_dash = |value: Option<String>| value.unwrap_or_else(|| "-".to_owned());
    let date = record
        .remedy_date
        .as_ref()
        .map(|date| match date.to_date() {
            Ok(date) => date.to_string(),
            Err(_) => date.to_string(),
        });
    let local_time = match (&record.remedy_time, &record.time_zone) {
        (Some(time), Some(zone)) => Some(format!("{time} {zone}")),
        (Some(time), None) => Some(time.to_string()),
        (None, _) => None,
    };
    [
        or_dash(record.user_id.clone()),
        or_dash(date),
        or_dash(local_time),
        or_dash(record.work_type.map(work_type_label)),
        or_dash(record.punch_no.map(punch_label)),
        or_dash(record.status.map(status_label)),
        or_dash(record.reason.clone()),
        or_dash(record.approval_id.clone()),
    ]
}

/// `on duty` / `off duty`.
fn work_type_label(work_type: WorkType) -> String {
    match work_type {
        WorkType::OnDuty => "on duty".to_owned(),
        WorkType::OffDuty => "off duty".to_owned(),
        other => unknown_label("work type", other),
    }
}

/// Which on/off-duty pair of the day: `1st`, `2nd`, `3rd`.
fn punch_label(punch: PunchNo) -> String {
    match punch {
        PunchNo::First => "1st".to_owned(),
        PunchNo::Second => "2nd".to_owned(),
        PunchNo::Third => "3rd".to_owned(),
        other => unknown_label("punch", other),
    }
}

/// The approval status in words.
fn status_label(status: RemedyStatus) -> String {
    match status {
        RemedyStatus::Pending => "pending".to_owned(),
        RemedyStatus::Rejected => "rejected".to_owned(),
        RemedyStatus::Approved => "approved".to_owned(),
        RemedyStatus::Cancelled => "cancelled".to_owned(),
        RemedyStatus::Withdrawn => "withdrawn".to_owned(),
        other => unknown_label("status", other),
    }
}

/// A value this SDK version does not know, with its wire value.
fn unknown_label(what: &str, wire: impl Display) -> String {
    format!("{what} {wire}")
}

/// Whether the environment names a real app: either variable set means the caller meant the
/// real tenant (a missing other half is then reported, not silently replaced by the emulator).
#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Run(args)) => args,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("remedy_records: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::BufWriter::new(io::stdout());
    let mut err = io::stderr();
    let result = if credentials_set() {
        match Client::from_env() {
            Ok(client) => run(&args, Backend::Tenant(client), &mut out, &mut err).await,
            Err(error) => Err(Failure::Sdk(error)),
        }
    } else {
        match Emulator::builder().start().await {
            Ok(emulator) => {
                let result = run(&args, Backend::Emulator(&emulator), &mut out, &mut err).await;
                emulator.shutdown().await;
                result
            }
            Err(error) => Err(Failure::Other(format!(
                "cannot start the embedded emulator: {error}"
            ))),
        }
    };
    let result = result.and_then(|()| out.flush().map_err(Failure::Io));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("remedy_records: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Sdk(error)) => {
            eprintln!("remedy_records: {error}");
            ExitCode::FAILURE
        }
        Err(Failure::Other(message)) => {
            eprintln!("remedy_records: {message}");
            ExitCode::FAILURE
        }
        // `… | head`: the reader has gone, which is not a failure.
        Err(Failure::Io(error)) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(error)) => {
            eprintln!("remedy_records: cannot write the output: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `args`, expecting a run.
    fn parsed(args: &[&str]) -> Args {
        match parse_args(args) {
            Ok(Command::Run(args)) => args,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    /// Parses `args`, expecting an error.
    fn rejected(args: &[&str]) -> String {
        match parse_args(args) {
            Err(message) => message,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn defaults() {
        assert_eq!(
            parsed(&[]),
            Args {
                users: vec![],
                users_file: None,
                employee_type: EmployeeType::EmployeeId,
                from: None,
                to: None,
                tz: TimeZone::get("Asia/Shanghai").unwrap(),
                statuses: vec![RemedyStatus::Approved],
                format: Format::Table,
            }
        );
    }

    #[test]
    fn every_flag() {
        let args = parsed(&[
            "--user",
            "a1, b2,,a1",
            "--user=c3",
            "--employee-type",
            "employee_no",
            "--from",
            "2025-01-01",
            "--to=2025-01-31",
            "--tz",
            "Europe/London",
            "--status",
            "all",
            "--format",
            "csv",
            "--users-file",
            "-",
        ]);
        assert_eq!(
            args,
            Args {
                users: vec!["a1".into(), "b2".into(), "c3".into()],
                users_file: Some("-".into()),
                employee_type: EmployeeType::EmployeeNo,
                from: Some(date("2025-01-01")),
                to: Some(date("2025-01-31")),
                tz: TimeZone::get("Europe/London").unwrap(),
                statuses: vec![
                    RemedyStatus::Pending,
                    RemedyStatus::Rejected,
                    RemedyStatus::Approved,
                    RemedyStatus::Cancelled,
                    RemedyStatus::Withdrawn,
                ],
                format: Format::Csv,
            }
        );
        assert_eq!(
            parsed(&["--status", "withdrawn"]).statuses,
            [RemedyStatus::Withdrawn]
        );
        assert_eq!(parse_args(["--help"]), Ok(Command::Help));
        assert_eq!(parse_args(["--user", "x", "-h"]), Ok(Command::Help));
    }

    #[test]
    fn bad_flags() {
        assert_eq!(rejected(&["--nope"]), "invalid option '--nope'");
        assert_eq!(rejected(&["stray"]), "unexpected argument \"stray\"");
        assert_eq!(
            rejected(&["--user"]),
            "missing argument for option '--user'"
        );
        assert_eq!(
            rejected(&["--user", ", ,"]),
            "--user: `, ,` names no user id"
        );
        assert_eq!(
            rejected(&["--employee-type", "open_id"]),
            "--employee-type: `open_id` is not employee_id or employee_no"
        );
        assert_eq!(
            rejected(&["--from", "2025-1-1"]),
            "--from: `2025-1-1` is not a YYYY-MM-DD date"
        );
        assert_eq!(
            rejected(&["--to", "2025-01-01T00:00"]),
            "--to: `2025-01-01T00:00` is not a YYYY-MM-DD date"
        );
        assert_eq!(
            rejected(&["--to", "2025-02-30"]),
            "--to: `2025-02-30` is not a valid date"
        );
        assert_eq!(
            rejected(&["--from", "2025-02-01", "--to", "2025-01-31"]),
            "--from 2025-02-01 is after --to 2025-01-31"
        );
        assert_eq!(
            rejected(&["--tz", "Mars/Base"]),
            "--tz: `Mars/Base` is not a known IANA time zone"
        );
        assert_eq!(
            rejected(&["--status", "2"]),
            "--status: `2` is not pending, rejected, approved, cancelled, withdrawn or all"
        );
        assert_eq!(
            rejected(&["--format", "xml"]),
            "--format: `xml` is not table, csv or jsonl"
        );
    }

    #[test]
    fn whole_days_in_the_zone() {
        let shanghai = TimeZone::get("Asia/Shanghai").unwrap();
        assert_eq!(
            day_range(date("2025-01-01"), date("2025-01-31"), &shanghai),
            Ok((
                UnixSeconds::new(1_735_660_800),
                UnixSeconds::new(1_738_339_199)
            ))
        );
        // One day is 86,400 seconds, less one.
        assert_eq!(
            day_range(date("2025-01-01"), date("2025-01-01"), &shanghai),
            Ok((
                UnixSeconds::new(1_735_660_800),
                UnixSeconds::new(1_735_747_199)
            ))
        );
        // A 23-hour day: New York's clocks go forward on 2025-03-09.
        let new_york = TimeZone::get("America/New_York").unwrap();
        let (from, to) = day_range(date("2025-03-09"), date("2025-03-09"), &new_york).unwrap();
        assert_eq!(to.secs().unwrap() - from.secs().unwrap(), 23 * 3600 - 1);
    }

    #[test]
    fn real_tenant_needs_users_and_defaults_to_thirty_days() {
        let no_users = Plan::for_tenant(&parsed(&[]), date("2025-03-31"));
        assert!(
            matches!(&no_users, Err(Failure::Usage(m)) if m.starts_with("--user is required")),
            "{no_users:?}"
        );
        let plan = Plan::for_tenant(&parsed(&["--user", "abd754f7"]), date("2025-03-31")).unwrap();
        let shanghai = TimeZone::get("Asia/Shanghai").unwrap();
        let expected = day_range(date("2025-03-02"), date("2025-03-31"), &shanghai).unwrap();
        assert_eq!((plan.from, plan.to), expected);
        assert_eq!(plan.users, ["abd754f7"]);
        let plan = Plan::for_tenant(
            &parsed(&["--user", "x", "--to", "2025-01-30"]),
            date("2025-03-31"),
        )
        .unwrap();
        let expected = day_range(date("2025-01-01"), date("2025-01-30"), &shanghai).unwrap();
        assert_eq!((plan.from, plan.to), expected);
        let late_from = Plan::for_tenant(
            &parsed(&["--user", "x", "--from", "2025-04-01"]),
            date("2025-03-31"),
        );
        assert!(matches!(late_from, Err(Failure::Usage(_))));
    }

    #[test]
    fn table_cells() {
        let record: UserTaskRemedy = serde_json::from_str(
            r#"{"user_id":"abd754f7","remedy_date":20210701,"punch_no":0,"work_type":2,
                "approval_id":"6737202939523236110","remedy_time":"2021-07-01 08:00",
                "status":2,"reason":"忘记打卡","time":"1625097600","time_zone":"Asia/Shanghai"}"#,
        )
        .unwrap();
        assert_eq!(
            table_row(&record),
            [
                "abd754f7",
                "2021-07-01",
                "2021-07-01 08:00 Asia/Shanghai",
                "off duty",
                "1st",
                "approved",
                "忘记打卡",
                "6737202939523236110"
            ]
        );
        assert_eq!(
            table_row(&UserTaskRemedy::default()),
            ["-", "-", "-", "-", "-", "-", "-", "-"]
        );
        let mut out = Vec::new();
        write_table(&mut out, &[record], 1).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\
user      date        local time                      work type  punch  status    reason    approval id
-----------------------------------------------------------------------------------------------------------------
abd754f7  2021-07-01  2021-07-01 08:00 Asia/Shanghai  off duty   1st    approved  忘记打卡  6737202939523236110
1 record for 1 user
"
        );
    }

    #[test]
    fn csv_has_a_header_a_bom_and_quotes_where_needed() {
        let record: UserTaskRemedy = serde_json::from_str(
            r#"{"user_id":"abd754f7","remedy_date":20210701,"punch_no":0,"work_type":2,
                "approval_id":"1","remedy_time":"2021-07-01 08:00","status":2,
                "reason":"忘记打卡, again","time":"1625097600","time_zone":"Asia/Shanghai"}"#,
        )
        .unwrap();
        let mut out = Vec::new();
        write_csv(&mut out, &[record, UserTaskRemedy::default()]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\u{feff}user,date,local time,time zone,unix time,work type,punch,status,reason,approval id\n\
             abd754f7,2021-07-01,2021-07-01 08:00,Asia/Shanghai,1625097600,off duty,1st,approved,\"忘记打卡, again\",1\n\
             ,,,,,,,,,\n"
        );
    }

    /// The records a direct query of the emulator returns for these users, window and status.
    async fn direct(
        emulator: &RunningEmulator,
        users: &[String],
        status: RemedyStatus,
    ) -> Vec<UserTaskRemedy> {
        let client = Client::builder()
            .app_credentials(emulator.app_id(), emulator.app_secret())
            .base_url(emulator.url())
            .build()
            .unwrap();
        let request = QueryRequest::builder()
            .employee_type(EmployeeType::EmployeeId)
            .user_ids(users)
            .check_time_from(UnixSeconds::new(1_735_660_800)) // 2025-01-01 in Shanghai
            .check_time_to(UnixSeconds::new(1_767_196_799)) // 2025-12-31 23:59:59 in Shanghai
            .status(status)
            .build();
        client
            .attendance()
            .v1()
            .user_task_remedy()
            .query(&request)
            .await
            .unwrap()
            .user_remedys
    }

    /// Runs the example against `emulator`, returning standard output and standard error.
    async fn run_on(emulator: &RunningEmulator, args: &[&str]) -> (String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        run(
            &parsed(args),
            Backend::Emulator(emulator),
            &mut out,
            &mut err,
        )
        .await
        .unwrap();
        (
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[tokio::test]
    async fn end_to_end_on_the_emulator() {
        let emulator = Emulator::builder().start().await.unwrap();
        let users = emulator.sample_user_ids(EmployeeType::EmployeeId);
        assert_eq!(users.len(), 5);
        let notice = format!(
            "No FEISHU_APP_ID/FEISHU_APP_SECRET set: using the embedded emulator at {} (demo app {})",
            emulator.url(),
            emulator.app_id()
        );
        assert!(!notice.contains(emulator.app_secret()));

        // JSON lines, approved only: exactly the direct query's records, sorted by time.
        let approved = direct(&emulator, &users, RemedyStatus::Approved).await;
        assert!(!approved.is_empty());
        let (out, err) = run_on(&emulator, &["--format", "jsonl"]).await;
        assert_eq!(err, format!("{notice}\n"));
        let lines: Vec<UserTaskRemedy> = out
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(lines.len(), approved.len());
        assert!(approved.iter().all(|record| lines.contains(record)));
        assert!(lines.windows(2).all(|w| w[0].time <= w[1].time));
        let first = serde_json::to_string(&lines[0]).unwrap();
        assert_eq!(out.lines().next(), Some(first.as_str()));

        // The table, every status: one row per record of the five direct queries.
        let mut all = 0;
        for status in RemedyStatus::KNOWN {
            all += direct(&emulator, &users, *status).await.len();
        }
        assert!(all > approved.len());
        let (out, err) = run_on(&emulator, &["--status", "all"]).await;
        assert_eq!(err, "");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], notice);
        assert!(lines[1].starts_with("user  "), "{}", lines[1]);
        assert!(lines[2].starts_with("----"), "{}", lines[2]);
        assert_eq!(lines.len(), 3 + all + 1);
        assert_eq!(lines[lines.len() - 1], format!("{all} records for 5 users"));
        for user in &users {
            assert!(out.contains(&format!("\n{user}  ")), "{user}");
        }

        // Explicit users and days: the window is applied.
        let (out, _) = run_on(
            &emulator,
            &[
                "--user",
                &users.join(","),
                "--from",
                "2025-03-01",
                "--to",
                "2025-03-31",
                "--format",
                "jsonl",
            ],
        )
        .await;
        let march = approved
            .iter()
            .filter(|r| {
                r.time
                    .as_ref()
                    .is_some_and(|t| (1_740_758_400..1_743_436_800).contains(&t.secs().unwrap()))
            })
            .count();
        assert_eq!(out.lines().count(), march);

        // 120 users: three calls (50, 50, 20), the same records as querying them one batch at a
        // time directly.
        let many: Vec<String> = emulator.tenant().employees()[..120]
            .iter()
            .map(|e| e.employee_id().to_owned())
            .collect();
        let mut expected = 0;
        for batch in many.chunks(50) {
            expected += direct(&emulator, batch, RemedyStatus::Approved).await.len();
        }
        let before = emulator.request_count();
        let (out, _) = run_on(&emulator, &["--user", &many.join(","), "--format", "jsonl"]).await;
        assert_eq!(out.lines().count(), expected);
        // One token fetch and three queries.
        assert_eq!(emulator.request_count() - before, 4);

        // The same users from a file, one per line, with a comment and a blank line.
        let file = std::env::temp_dir().join(format!("remedy-users-{}.txt", std::process::id()));
        std::fs::write(&file, format!("# users\n\n{}\n", many.join("\n"))).unwrap();
        let path = file.to_string_lossy().into_owned();
        let (from_file, _) = run_on(&emulator, &["--users-file", &path, "--format", "jsonl"]).await;
        std::fs::remove_file(&file).unwrap();
        assert_eq!(from_file, out);

        // An unknown user: the API's error, as the SDK reports it.
        let mut sink = (Vec::new(), Vec::new());
        let failed = run(
            &parsed(&["--user", "nosuchid"]),
            Backend::Emulator(&emulator),
            &mut sink.0,
            &mut sink.1,
        )
        .await;
        match failed {
            Err(Failure::Sdk(error)) => {
                assert_eq!(error.code(), Some(1220004));
                assert!(error.to_string().contains("1220004"), "{error}");
            }
            other => panic!("{other:?}"),
        }
        emulator.shutdown().await;
    }
}
