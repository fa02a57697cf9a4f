//! `feishu-emulator`: the local Feishu API emulator as a command.
//!
//! ```text
//! feishu-emulator [--port N] [--employees N] [--seed N] [--year YYYY] [--quiet]
//! ```
//!
//! Prints the URL, the demo app's credentials and sample user ids of both kinds, then serves
//! on 127.0.0.1 until Ctrl-C, logging one line per exchange to standard error.

use std::io::Write as _;
use std::process::ExitCode;

use feishu_api::attendance::v1::user_task_remedy::query::EmployeeType;
use feishu_emulator::{DEFAULT_EMPLOYEES, DEFAULT_SEED, DEFAULT_YEAR, Emulator};

const USAGE: &str = "\
Usage: feishu-emulator [--port N] [--employees N] [--seed N] [--year YYYY] [--quiet]

A local emulator of the Feishu Open Platform endpoints feishu-api speaks, on 127.0.0.1.

Options:
  --port N        port to listen on (default 0: any free port)
  --employees N   employees in the generated tenant (default 2000)
  --seed N        seed of the generated data and credentials (default 42)
  --year YYYY     year of the remedy records (default 2025)
  --quiet         no per-request log lines on standard error
  -h, --help      this text";

struct Args {
    port: u16,
    employees: usize,
    seed: u64,
    year: i16,
    quiet: bool,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut parsed = Args {
        port: 0,
        employees: DEFAULT_EMPLOYEES,
        seed: DEFAULT_SEED,
        year: DEFAULT_YEAR,
        quiet: false,
    };
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--quiet" => parsed.quiet = true,
            "--port" => parsed.port = number(&value("--port")?, "--port")?,
            "--employees" => parsed.employees = number(&value("--employees")?, "--employees")?,
            "--seed" => parsed.seed = number(&value("--seed")?, "--seed")?,
            "--year" => parsed.year = number(&value("--year")?, "--year")?,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(Some(parsed))
}

fn number<T: std::str::FromStr>(raw: &str, flag: &str) -> Result<T, String> {
    raw.parse()
        .map_err(|_| format!("{flag}: `{raw}` is not a valid number"))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            let _ = writeln!(std::io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("feishu-emulator: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let started = Emulator::builder()
        .port(args.port)
        .employees(args.employees)
        .seed(args.seed)
        .year(args.year)
        .access_log(!args.quiet)
        .start()
        .await;
    let emulator = match started {
        Ok(emulator) => emulator,
        Err(e) => {
            eprintln!("feishu-emulator: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let tenant = emulator.tenant();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "feishu-emulator listening on {}", emulator.url());
    let _ = writeln!(out, "FEISHU_BASE_URL={}", emulator.url());
    let _ = writeln!(out, "FEISHU_APP_ID={}", emulator.app_id());
    let _ = writeln!(out, "FEISHU_APP_SECRET={}", emulator.app_secret());
    let _ = writeln!(
        out,
        "sample employee_id: {}",
        emulator.sample_user_ids(EmployeeType::EmployeeId).join(" ")
    );
    let _ = writeln!(
        out,
        "sample employee_no: {}",
        emulator.sample_user_ids(EmployeeType::EmployeeNo).join(" ")
    );
    let _ = writeln!(
        out,
        "tenant: {} employees, {} remedy records dated {} (seed {}); Ctrl-C to stop",
        tenant.employees().len(),
        tenant.records().len(),
        tenant.year(),
        tenant.seed()
    );
    let _ = out.flush();
    drop(out);
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("feishu-emulator: cannot wait for Ctrl-C: {e}");
    }
    eprintln!("feishu-emulator: shutting down");
    emulator.shutdown().await;
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::parse_args;

    fn parse(args: &[&str]) -> Result<Option<super::Args>, String> {
        parse_args(args.iter().map(|s| (*s).to_owned()))
    }

    #[test]
    fn flags_parse() {
        let args = parse(&["--port", "8080", "--employees=10", "--seed", "7", "--quiet"])
            .unwrap()
            .unwrap();
        assert_eq!(
            (args.port, args.employees, args.seed, args.quiet),
            (8080, 10, 7, true)
        );
        assert!(parse(&["--help"]).unwrap().is_none());
        assert_eq!(parse(&["--port"]).err().unwrap(), "--port needs a value");
        assert!(parse(&["--port", "x"]).is_err());
        assert!(parse(&["--nope"]).is_err());
    }
}
