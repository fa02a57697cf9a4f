//! Mutation test: thousands of deterministic mutations of the good pages (lines deleted,
//! duplicated, swapped; pipes dropped and added; truncation at any character; nesting marks,
//! entities, markers and odd unicode inserted; types changed), each read with `Page::parse`
//! and imported (a dry run into an empty scratch directory). Nothing may panic, every error
//! must name a line of the page, and a dry run writes nothing. The mutations are made in one
//! deterministic sequence, then checked on every core.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::Instant;

use feishu_spec::import::{Options, Outcome, import};
use feishu_spec::page::Page;

/// Mutations per good page.
const PER_PAGE: usize = 400;

/// SplitMix64: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Text inserted at random places: nesting marks, entities, cell markers, breaks, odd unicode.
const INSERTS: &[&str] = &[
    "└",
    "&nbsp;",
    "&nbsp;&nbsp;└ ",
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;└ ",
    "**可选值有**：",
    "**可选值有**：<br>- `x`: 某值 - `1`: 一",
    "**示例值**：",
    "**默认值**：`",
    "**数据校验规则**：<br>- 取值范围：`9` ～ `1`",
    "**数据校验规则**：<br>- 长度范围：`-5` ～ `99999999999999999999`",
    "<br>",
    "  \n",
    "\n",
    "|",
    "\\|",
    "`",
    "**",
    "：",
    "# ",
    "## 响应体\n",
    "### 请求体\n",
    "```\n",
    "```json\n{\n",
    "∟",
    "&emsp;",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "😀",
    "中",
    "\r",
    "\t",
    "\\",
    "\"",
    "{",
    "}",
    "[]",
    " - ",
    "* `v`：义 ",
    "0：零，1：一",
    ":id",
    "{id}",
    "/open-apis/",
    "次/秒",
    "9999999999999999999999 次/秒",
    "返回文件二进制流",
    "下载",
];

/// Type cells a mutation may swap in.
const TYPES: &[&str] = &[
    "string",
    "int",
    "boolean",
    "float",
    "number(float)",
    "object",
    "file",
    "binary",
    "json",
    "-",
    "\\-",
    "widget",
    "owner",
    "owner[]",
    "string\\[\\]",
    "int[][]",
    "map<string, string>",
    "map<string, owner>",
    "map<int, string>",
    "map<string,",
    "array<int>",
    "enum",
    "",
    "type with spaces",
    "类型",
];

/// A byte offset of `s` on a character boundary, anywhere from 0 to its length.
fn boundary(rng: &mut Rng, s: &str) -> usize {
    let mut offsets: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    offsets.push(s.len());
    *rng.pick(&offsets)
}

fn mutate_once(rng: &mut Rng, text: &str) -> (String, &'static str) {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let n = lines.len();
    let kind = rng.below(11);
    let what = match kind {
        0 => {
            lines.remove(rng.below(n));
            "delete a line"
        }
        1 => {
            let i = rng.below(n);
            let copy = lines[i].clone();
            lines.insert(i, copy);
            "duplicate a line"
        }
        2 => {
            let (a, b) = (rng.below(n), rng.below(n));
            lines.swap(a, b);
            "swap two lines"
        }
        3 => {
            let i = rng.below(n);
            let j = (i + 1).min(n - 1);
            lines.swap(i, j);
            "swap neighbouring lines"
        }
        4 => {
            // Drop one `|` of a line that has some.
            let piped: Vec<usize> = (0..n).filter(|&i| lines[i].contains('|')).collect();
            if let Some(&i) = (!piped.is_empty()).then(|| rng.pick(&piped)) {
                let at: Vec<usize> = lines[i].match_indices('|').map(|(k, _)| k).collect();
                let k = *rng.pick(&at);
                lines[i].remove(k);
            }
            "drop a pipe"
        }
        5 => {
            let i = rng.below(n);
            let k = boundary(rng, &lines[i]);
            lines[i].insert(k, '|');
            "add a pipe"
        }
        6 => {
            let joined = lines.concat();
            let k = boundary(rng, &joined);
            return (joined[..k].to_owned(), "truncate");
        }
        7 | 8 => {
            let i = rng.below(n);
            let k = boundary(rng, &lines[i]);
            let insert = rng.pick(INSERTS);
            lines[i].insert_str(k, insert);
            "insert text"
        }
        9 => {
            // Change a type cell: the second cell of a table row.
            let rows: Vec<usize> = (0..n)
                .filter(|&i| lines[i].matches('|').count() >= 2)
                .collect();
            if let Some(&i) = (!rows.is_empty()).then(|| rng.pick(&rows)) {
                let line = lines[i].trim_end_matches('\n').to_owned();
                let mut cells: Vec<String> = line.split('|').map(str::to_owned).collect();
                let piped = line.trim_start().starts_with('|');
                let c = if piped { 2 } else { 1 };
                if c < cells.len() {
                    let ty = rng.pick(TYPES);
                    cells[c] = if piped {
                        format!(" `{ty}` ")
                    } else {
                        format!(" {ty} ")
                    };
                    lines[i] = cells.join("|") + "\n";
                }
            }
            "change a type"
        }
        _ => {
            // Replace a random character with random unicode.
            let i = rng.below(n);
            let chars: Vec<char> = lines[i].chars().collect();
            if !chars.is_empty() {
                let k = rng.below(chars.len());
                let c = char::from_u32(rng.below(0x3_0000) as u32).unwrap_or('\u{fffd}');
                let mut s: String = chars[..k].iter().collect();
                s.push(c);
                s.extend(&chars[k + 1..]);
                lines[i] = s;
            }
            "replace a character"
        }
    };
    (lines.concat(), what)
}

/// One to three mutations of `text`, with what they were.
fn mutate(rng: &mut Rng, text: &str) -> (String, Vec<&'static str>) {
    let rounds = 1 + rng.below(3);
    let mut text = text.to_owned();
    let mut what = Vec::new();
    for _ in 0..rounds {
        let (t, w) = mutate_once(rng, &text);
        text = t;
        what.push(w);
    }
    (text, what)
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(non-string panic)".to_owned())
}

/// What the checks of some mutations found.
#[derive(Default)]
struct Found {
    panics: Vec<String>,
    bad_lines: Vec<String>,
    parse_errors: usize,
    import_errors: usize,
    imported: usize,
}

impl Found {
    fn add(&mut self, other: Found) {
        self.panics.extend(other.panics);
        self.bad_lines.extend(other.bad_lines);
        self.parse_errors += other.parse_errors;
        self.import_errors += other.import_errors;
        self.imported += other.imported;
    }
}

/// Reads and imports one mutated page.
fn check(label: &str, mutated: &str, opts: &Options, found: &mut Found) {
    let lines = mutated.lines().count().max(1);
    let within = |line: usize| (1..=lines).contains(&line);
    match catch_unwind(|| Page::parse(mutated)) {
        Err(p) => {
            found.panics.push(format!(
                "{label}: Page::parse panicked: {}\n{mutated}",
                panic_message(&*p)
            ));
            return;
        }
        Ok(Err(e)) => {
            found.parse_errors += 1;
            if !within(e.line) {
                found.bad_lines.push(format!(
                    "{label}: Page::parse error at line {} of {lines}: {}",
                    e.line, e.message
                ));
            }
        }
        Ok(Ok(_)) => {}
    }
    let input = [(PathBuf::from("page.md"), mutated.to_owned())];
    match catch_unwind(AssertUnwindSafe(|| import(&input, opts))) {
        Err(p) => found.panics.push(format!(
            "{label}: import panicked: {}\n{mutated}",
            panic_message(&*p)
        )),
        Ok(report) => {
            assert_eq!(report.pages.len(), 1, "{label}");
            match &report.pages[0].1 {
                Outcome::Error { line, reason } => {
                    found.import_errors += 1;
                    if !within(*line) {
                        found.bad_lines.push(format!(
                            "{label}: import error at line {line} of {lines}: {reason}"
                        ));
                    }
                }
                Outcome::Wrote(_) => found.imported += 1,
                Outcome::Unchanged(p) => found.bad_lines.push(format!(
                    "{label}: unchanged {} in an empty directory",
                    p.display()
                )),
            }
        }
    }
}

#[test]
fn mutated_pages_never_panic_and_errors_stay_within_the_page() {
    let pages = common::good_pages();
    assert_eq!(pages.len(), 6);
    let mut rng = Rng(0x5EED_F00D_2024_0601);
    let mut mutations: Vec<(String, String)> = Vec::new();
    for (path, text) in &pages {
        for k in 0..PER_PAGE {
            let (mutated, what) = mutate(&mut rng, text);
            let label = format!("{} mutation {k} ({})", path.display(), what.join(", "));
            mutations.push((label, mutated));
        }
    }
    // The same sequence every run.
    assert_eq!(mutations.len(), 6 * PER_PAGE);
    let distinct: std::collections::BTreeSet<&str> =
        mutations.iter().map(|(_, m)| m.as_str()).collect();
    assert!(
        distinct.len() > mutations.len() * 9 / 10,
        "{}",
        distinct.len()
    );

    let out = common::TempDir::new("mutations");
    let opts = Options {
        out: out.path().to_path_buf(),
        dry_run: true,
        ..Options::default()
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let started = Instant::now();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut found = Found::default();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let (mutations, opts) = (&mutations, &opts);
                s.spawn(move || {
                    let mut found = Found::default();
                    for (label, mutated) in mutations.iter().skip(w).step_by(workers) {
                        check(label, mutated, opts, &mut found);
                    }
                    found
                })
            })
            .collect();
        for h in handles {
            found.add(h.join().expect("a worker outside catch_unwind panicked"));
        }
    });
    std::panic::set_hook(hook);
    eprintln!(
        "{} mutations in {:?} on {workers} threads: {} unreadable, {} failed to import, {} \
         imported",
        mutations.len(),
        started.elapsed(),
        found.parse_errors,
        found.import_errors,
        found.imported
    );
    // The mutations reach every outcome.
    assert!(found.parse_errors > 200, "{}", found.parse_errors);
    assert!(
        found.import_errors > found.parse_errors,
        "{}",
        found.import_errors
    );
    assert!(found.imported > 700, "{}", found.imported);
    let show = |v: &[String]| v.iter().take(3).cloned().collect::<Vec<_>>().join("\n\n");
    assert!(
        found.panics.is_empty(),
        "{} panics, the first:\n{}",
        found.panics.len(),
        show(&found.panics)
    );
    assert!(
        found.bad_lines.is_empty(),
        "{} errors outside their page, the first:\n{}",
        found.bad_lines.len(),
        show(&found.bad_lines)
    );
    assert_eq!(common::tree(out.path()).len(), 0, "a dry run wrote files");
}
