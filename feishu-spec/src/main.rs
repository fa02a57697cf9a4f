//! `feishu-spec`: the command-line front end of the library. Each command is a few lines over
//! a library call; see `feishu-spec --help`.

use std::path::PathBuf;
use std::process::ExitCode;

use feishu_spec::drift;
use feishu_spec::import::{self, Options, Outcome, build::Text};

const HELP: &str = "\
feishu-spec: write specs from Feishu reference pages, and check them

USAGE:
    feishu-spec import [--out DIR] [--force] [--page-text] [--dry-run] PAGE_OR_FOLDER...
        Writes one spec per method page at DIR/<service>/<version>/<resource>/<method>.toml
        (DIR defaults to specs/), shared objects under DIR/<service>/<version>/types/.
        Prints `wrote PATH` or `error PAGE:LINE: reason` per page; exits 1 if any failed.
        --force      overwrite existing method specs (otherwise says what would change)
        --page-text  keep the page's descriptions (default: facts only, for this repository)
        --dry-run    check everything, write nothing

    feishu-spec diff PAGE SPEC
        The structural differences between what PAGE says and the spec file SPEC (fields
        added, removed, retyped, required changed, enum values, limits, path); exits 1 if any.
        SPEC may be a spec directory: the spec there with the page's method and path.

    feishu-spec drift --official FILE [--allow FILE] SPEC_DIR
        Compares every spec under SPEC_DIR with the official SDK's models (the JSON that
        scripts/drift/official.py writes); findings not listed in the --allow file fail (exit 1).
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("import") => run_import(&args[1..]),
        Some("diff") => run_diff(&args[1..]),
        Some("drift") => run_drift(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{HELP}");
            ExitCode::from(2)
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("feishu-spec: {message}\n\n{HELP}");
    ExitCode::from(2)
}

fn run_import(args: &[String]) -> ExitCode {
    let mut opts = Options {
        out: PathBuf::from("specs"),
        ..Options::default()
    };
    let mut inputs = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => match it.next() {
                Some(dir) => opts.out = PathBuf::from(dir),
                None => return usage("--out needs a directory"),
            },
            "--force" => opts.force = true,
            "--page-text" => opts.text = Text::Page,
            "--dry-run" => opts.dry_run = true,
            flag if flag.starts_with('-') => return usage(&format!("unknown flag `{flag}`")),
            page => inputs.push(PathBuf::from(page)),
        }
    }
    if inputs.is_empty() {
        return usage("import needs at least one page or folder");
    }
    let files = match import::page_files(&inputs) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("feishu-spec: cannot read the inputs: {e}");
            return ExitCode::from(2);
        }
    };
    let mut pages = Vec::new();
    let mut unreadable = false;
    for f in files {
        match std::fs::read_to_string(&f) {
            Ok(text) => pages.push((f, text)),
            Err(e) => {
                println!("error {}:1: cannot read it: {e}", f.display());
                unreadable = true;
            }
        }
    }
    let report = import::import(&pages, &opts);
    for (page, outcome) in &report.pages {
        match outcome {
            Outcome::Wrote(p) => println!("wrote {}", p.display()),
            Outcome::Unchanged(p) => println!("unchanged {}", p.display()),
            Outcome::Error { line, reason } => {
                println!("error {}:{line}: {reason}", page.display())
            }
        }
    }
    for note in &report.notes {
        eprintln!("{note}");
    }
    if report.failed() || unreadable {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_diff(args: &[String]) -> ExitCode {
    let [page, spec] = args else {
        return usage("diff needs a page and a spec file");
    };
    let text = match std::fs::read_to_string(page) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error {page}:1: cannot read it: {e}");
            return ExitCode::from(2);
        }
    };
    let left = match import::page_shape(&text) {
        Ok(s) => s,
        Err((line, reason)) => {
            eprintln!("error {page}:{line}: {reason}");
            return ExitCode::from(2);
        }
    };
    let spec = std::path::Path::new(spec);
    let right = if spec.is_dir() {
        feishu_spec::shape::of_spec_in_dir(spec, &left.http).map(|(s, file)| {
            println!("spec {}", file.display());
            s
        })
    } else {
        feishu_spec::shape::of_spec_file(spec)
    };
    let right = match right {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error {}: {e}", spec.display());
            return ExitCode::from(2);
        }
    };
    let differences = feishu_spec::shape::diff(&left, &right);
    for d in &differences {
        println!("{d}");
    }
    if differences.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn run_drift(args: &[String]) -> ExitCode {
    let mut official = None;
    let mut allow = None;
    let mut dir = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--official" => official = it.next().cloned(),
            "--allow" => allow = it.next().cloned(),
            flag if flag.starts_with('-') => return usage(&format!("unknown flag `{flag}`")),
            d => dir = Some(d.to_owned()),
        }
    }
    let (Some(official), Some(dir)) = (official, dir) else {
        return usage("drift needs --official FILE and a spec directory");
    };
    let official: drift::Official = match std::fs::read_to_string(&official)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(o) => o,
        Err(e) => {
            eprintln!("feishu-spec: cannot read {official}: {e}");
            return ExitCode::from(2);
        }
    };
    let allow: drift::Allow = match &allow {
        None => drift::Allow::default(),
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| toml::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(a) => a,
            Err(e) => {
                eprintln!("feishu-spec: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let api = match feishu_spec::load::load_dir(std::path::Path::new(&dir), &[]) {
        Ok(api) => api,
        Err(diags) => {
            for d in diags {
                eprintln!("{d}");
            }
            return ExitCode::from(2);
        }
    };
    let report = drift::check(&api, &official, &allow);
    for f in &report.findings {
        println!("{f}");
    }
    println!(
        "drift: {} specs against {} {}: {} findings, {} allowed",
        report.compared,
        official.sdk,
        official.version,
        report.findings.len(),
        report.allowed.len()
    );
    if report.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
