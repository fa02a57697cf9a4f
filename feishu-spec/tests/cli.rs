//! The `feishu-spec` command, run as built in a scratch directory holding a copy of
//! `tests/pages`: exit statuses, one stdout line per page, what lands on disk, overwrites,
//! and `diff`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{TempDir, replace_once, tree};

/// The command's result: exit status, stdout and stderr.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_feishu-spec"))
        .args(args)
        .current_dir(dir)
        .env("TMPDIR", dir)
        .output()
        .expect("the feishu-spec binary runs");
    Run {
        code: status.code().expect("exited, not killed"),
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

/// A scratch directory with `pages/` (a copy of `tests/pages`).
fn scratch(tag: &str) -> TempDir {
    let dir = TempDir::new(tag);
    common::copy_tree(&common::pages_dir(), &dir.path().join("pages"));
    dir
}

const WROTE_GOOD: &str = "\
wrote specs/demo/v1/file/download.toml
wrote specs/demo/v1/file/upload.toml
wrote specs/demo/v1/widget/create.toml
wrote specs/demo/v1/widget/get.toml
wrote specs/demo/v1/widget/list.toml
wrote specs/demo/v1/widget/transfer.toml
";

const RENAME_NOTE: &str = "pages/good/demo-v1/widget/transfer.md: type `Owner` differs from the one already shared by demo v1; named `OwnerWidgetTransfer` here\n";

const NOTES_GOOD: &str = "\
pages/good/demo-v1/widget/transfer.md: type `Owner` differs from the one already shared by demo v1; named `OwnerWidgetTransfer` here
wrote shared types specs/demo/v1/types/cell.toml
wrote shared types specs/demo/v1/types/cell_style.toml
wrote shared types specs/demo/v1/types/layout.toml
wrote shared types specs/demo/v1/types/owner.toml
wrote shared types specs/demo/v1/types/owner_widget_transfer.toml
wrote shared types specs/demo/v1/types/widget.toml
";

const UNCHANGED_GOOD: &str = "\
unchanged specs/demo/v1/file/download.toml
unchanged specs/demo/v1/file/upload.toml
unchanged specs/demo/v1/widget/create.toml
unchanged specs/demo/v1/widget/get.toml
unchanged specs/demo/v1/widget/list.toml
unchanged specs/demo/v1/widget/transfer.toml
";

const ERRORS_BAD: &str = "\
error pages/bad/ambiguous_flat_row.md:26: cannot tell where `color` belongs: the table has no nesting marks and the example does not show it under any of `owner`, `data`, `(top level)`
error pages/bad/event.md:1: an event or callback page, not a method page: no request table with `HTTP URL` and `HTTP Method` under `## 请求`
error pages/bad/missing_column.md:19: the 请求体 table's header `名称 | 必填 | 描述` lacks a 名称, 类型 or 描述 column
error pages/bad/nested_too_deep.md:26: `views` is nested 2 levels deep, below a row 0 deep
error pages/bad/overview.md:1: not a method page: no request table with `HTTP URL` and `HTTP Method` under `## 请求`
error pages/bad/short_row.md:22: a row of the 请求体 table has 3 cells where its header has 4
";

/// The specs directory of a scratch directory, as the golden tree.
fn assert_golden(specs: &Path) {
    let written = tree(specs);
    let expected = tree(&common::expected_dir());
    assert_eq!(
        written.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (file, text) in &written {
        assert!(
            *text == expected[file],
            "{}:\n{}",
            file.display(),
            common::line_diff(&expected[file], text)
        );
    }
}

#[test]
fn import_writes_one_line_per_page_and_the_golden_specs() {
    let dir = scratch("cli-good");
    let r = run(dir.path(), &["import", "--out", "specs", "pages/good"]);
    assert_eq!(r.stdout, WROTE_GOOD);
    assert_eq!(r.stderr, NOTES_GOOD);
    assert_eq!(r.code, 0);
    assert_golden(&dir.path().join("specs"));
    // No temporary file is left beside the specs.
    assert!(
        tree(&dir.path().join("specs"))
            .keys()
            .all(|p| p.extension().is_some_and(|e| e == "toml")),
    );
}

#[test]
fn importing_twice_is_unchanged() {
    let dir = scratch("cli-twice");
    assert_eq!(
        run(dir.path(), &["import", "--out", "specs", "pages/good"]).code,
        0
    );
    let r = run(dir.path(), &["import", "--out", "specs", "pages/good"]);
    assert_eq!(r.stdout, UNCHANGED_GOOD);
    // The shared types are on disk already; `transfer`'s `owner` is still renamed.
    assert_eq!(r.stderr, RENAME_NOTE);
    assert_eq!(r.code, 0);
    assert_golden(&dir.path().join("specs"));
}

#[test]
fn the_malformed_pages_fail_with_located_errors_and_write_nothing() {
    let dir = scratch("cli-bad");
    let r = run(dir.path(), &["import", "--out", "specs", "pages/bad"]);
    assert_eq!(r.stdout, ERRORS_BAD);
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, 1);
    assert!(!dir.path().join("specs").exists());
}

#[test]
fn good_and_bad_pages_together_write_only_the_good() {
    let dir = scratch("cli-mixed");
    let r = run(
        dir.path(),
        &[
            "import",
            "--out",
            "specs",
            "pages/bad/short_row.md",
            "pages/good/demo-v1/widget/get.md",
            "pages/bad/overview.md",
        ],
    );
    assert_eq!(
        r.stdout,
        "\
error pages/bad/short_row.md:22: a row of the 请求体 table has 3 cells where its header has 4
wrote specs/demo/v1/widget/get.toml
error pages/bad/overview.md:1: not a method page: no request table with `HTTP URL` and `HTTP Method` under `## 请求`
"
    );
    assert_eq!(
        r.stderr,
        "wrote shared types specs/demo/v1/types/owner.toml\n\
         wrote shared types specs/demo/v1/types/widget.toml\n"
    );
    assert_eq!(r.code, 1);
    let files: Vec<String> = tree(&dir.path().join("specs"))
        .into_keys()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        files,
        [
            "demo/v1/types/owner.toml",
            "demo/v1/types/widget.toml",
            "demo/v1/widget/get.toml"
        ]
    );
}

#[test]
fn a_page_whose_spec_does_not_check_leaves_no_file() {
    let dir = scratch("cli-nocheck");
    // The path parameter's table names `token`, the URL `:file_token`.
    let page = dir.path().join("pages/good/demo-v1/file/download.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(
        &page,
        replace_once(
            &text,
            "| `file_token` | `string` |",
            "| `token` | `string` |",
        ),
    )
    .unwrap();
    let r = run(
        dir.path(),
        &[
            "import",
            "--out",
            "specs",
            "pages/good/demo-v1/file/download.md",
        ],
    );
    assert_eq!(
        r.stdout,
        "error pages/good/demo-v1/file/download.md:31: the spec it makes does not check: \
         path parameter `token` does not appear in the path (at `name = \"token\"`)\n"
    );
    assert_eq!(r.code, 1);
    assert!(!dir.path().join("specs").exists());
}

#[test]
fn a_dry_run_reports_and_writes_nothing() {
    let dir = scratch("cli-dry");
    let r = run(
        dir.path(),
        &["import", "--dry-run", "--out", "specs", "pages/good"],
    );
    assert_eq!(r.stdout, WROTE_GOOD);
    assert_eq!(r.code, 0);
    assert!(!dir.path().join("specs").exists());
}

#[test]
fn an_existing_spec_is_kept_without_force_and_overwritten_with_it() {
    let dir = scratch("cli-force");
    assert_eq!(
        run(dir.path(), &["import", "--out", "specs", "pages/good"]).code,
        0
    );
    let spec = dir.path().join("specs/demo/v1/widget/get.toml");
    let golden = std::fs::read_to_string(&spec).unwrap();
    let edited = replace_once(&golden, "rate_per_second = 100\n", "rate_per_second = 7\n");
    std::fs::write(&spec, &edited).unwrap();

    let r = run(dir.path(), &["import", "--out", "specs", "pages/good"]);
    let mut stdout = UNCHANGED_GOOD.replace(
        "unchanged specs/demo/v1/widget/get.toml\n",
        "error pages/good/demo-v1/widget/get.md:1: specs/demo/v1/widget/get.toml exists; \
         --force overwrites it (1 lines would be added and 1 removed; first changed line 28: \
         `rate_per_second = 100`)\n",
    );
    assert_eq!(r.stdout, stdout);
    assert_eq!(r.code, 1);
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), edited);

    let r = run(
        dir.path(),
        &["import", "--force", "--out", "specs", "pages/good"],
    );
    stdout = UNCHANGED_GOOD.replace(
        "unchanged specs/demo/v1/widget/get.toml\n",
        "wrote specs/demo/v1/widget/get.toml\n",
    );
    assert_eq!(r.stdout, stdout);
    assert_eq!(r.stderr, RENAME_NOTE);
    assert_eq!(r.code, 0);
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), golden);
    assert_golden(&dir.path().join("specs"));
}

#[test]
fn usage_mistakes_exit_2() {
    let dir = scratch("cli-usage");
    for args in [
        &[][..],
        &["frobnicate"],
        &["import"],
        &["import", "--out"],
        &["import", "--bogus", "pages/good"],
        &["diff", "pages/good/demo-v1/widget/get.md"],
        &["drift", "specs"],
    ] {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(r.stderr.contains("USAGE:"), "{args:?}: {}", r.stderr);
    }
    let r = run(dir.path(), &["import", "--bogus", "pages/good"]);
    assert!(
        r.stderr
            .starts_with("feishu-spec: unknown flag `--bogus`\n"),
        "{}",
        r.stderr
    );
    let r = run(dir.path(), &["--help"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.starts_with("feishu-spec: write specs"),
        "{}",
        r.stdout
    );
}

#[test]
fn an_unreadable_page_is_an_error_line_and_exit_1() {
    let dir = scratch("cli-missing");
    let r = run(
        dir.path(),
        &["import", "--out", "specs", "pages/no-such-page.md"],
    );
    assert!(
        r.stdout
            .starts_with("error pages/no-such-page.md:1: cannot read it: "),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.lines().count(), 1);
    assert_eq!(r.code, 1);
}

const DIFF_PAIRS: [(&str, &str); 6] = [
    ("demo-v1/file/download.md", "demo/v1/file/download.toml"),
    ("demo-v1/file/upload.md", "demo/v1/file/upload.toml"),
    ("demo-v1/widget/create.md", "demo/v1/widget/create.toml"),
    ("demo-v1/widget/get.md", "demo/v1/widget/get.toml"),
    ("demo-v1/widget/list.md", "demo/v1/widget/list.toml"),
    ("demo-v1/widget/transfer.md", "demo/v1/widget/transfer.toml"),
];

#[test]
fn diff_of_a_page_and_its_own_import_is_empty() {
    let dir = scratch("cli-diff-same");
    assert_eq!(
        run(dir.path(), &["import", "--out", "specs", "pages/good"]).code,
        0
    );
    for (page, spec) in DIFF_PAIRS {
        let page = format!("pages/good/{page}");
        let r = run(dir.path(), &["diff", &page, &format!("specs/{spec}")]);
        assert_eq!(
            (r.code, r.stdout.as_str(), r.stderr.as_str()),
            (0, "", ""),
            "{page}"
        );
        // A directory: the spec there with the page's method and path.
        let r = run(dir.path(), &["diff", &page, "specs"]);
        let found = Path::new(&dir.path().join("specs"))
            .canonicalize()
            .unwrap()
            .join(spec);
        assert_eq!(
            (r.code, r.stdout),
            (0, format!("spec {}\n", found.display())),
            "{page}"
        );
    }
}

#[test]
fn diff_names_each_difference_after_the_spec_is_edited() {
    let dir = scratch("cli-diff-edit");
    assert_eq!(
        run(dir.path(), &["import", "--out", "specs", "pages/good"]).code,
        0
    );
    let spec = dir.path().join("specs/demo/v1/widget/create.toml");
    let text = std::fs::read_to_string(&spec).unwrap();
    // Drop `tags`, retype `labels`, make `name` optional, widen `priority`, drop an enum
    // value of `kind`.
    let text = replace_once(
        &text,
        "[[request.body]]\nname = \"tags\"\ntype = \"string[]\"\nexample = [\"indoor\"]\nmin_items = 0\nmax_items = 10\n\n",
        "",
    );
    let text = replace_once(&text, "\"tags\": [\"indoor\"],\n", "");
    let text = replace_once(
        &text,
        "type = \"map<string, string>\"",
        "type = \"map<string, int>\"",
    );
    let text = replace_once(
        &text,
        "\"labels\": {\"color\": \"red\"}",
        "\"labels\": {\"color\": 1}",
    );
    let text = replace_once(
        &text,
        "name = \"name\"\ntype = \"string\"\nrequired = true\n",
        "name = \"name\"\ntype = \"string\"\n",
    );
    let text = replace_once(&text, "maximum = 9\n", "maximum = 99\n");
    let text = replace_once(
        &text,
        "\n[[enums.values]]\nvalue = 3\nname = \"V3\"\ndescription = \"表格\"\n",
        "",
    );
    std::fs::write(&spec, text).unwrap();
    let r = run(
        dir.path(),
        &[
            "diff",
            "pages/good/demo-v1/widget/create.md",
            "specs/demo/v1/widget/create.toml",
        ],
    );
    assert_eq!(r.stderr, "");
    assert_eq!(
        r.stdout,
        "\
values body.kind: only on the page [3], only in the spec []
retyped body.labels: page map<string>, spec map<int>
required body.name: page required, spec optional
limits body.priority: page `value 1..=9`, spec `value 1..=99`
added body.tags (string[]): on the page, not in the spec
"
    );
    assert_eq!(r.code, 1);
}

#[test]
fn diff_names_a_changed_path_and_a_shared_field() {
    let dir = scratch("cli-diff-shared");
    assert_eq!(
        run(dir.path(), &["import", "--out", "specs", "pages/good"]).code,
        0
    );
    let spec = dir.path().join("specs/demo/v1/widget/get.toml");
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(&spec, text.replace(":widget_id\"", ":widget_id/detail\"")).unwrap();
    // The shared `Owner` gains a field: every page using it sees it.
    let owner = dir.path().join("specs/demo/v1/types/owner.toml");
    let mut text = std::fs::read_to_string(&owner).unwrap();
    text.push_str("\n[[objects.fields]]\nname = \"avatar\"\ntype = \"string\"\n");
    std::fs::write(&owner, text).unwrap();
    let r = run(
        dir.path(),
        &[
            "diff",
            "pages/good/demo-v1/widget/get.md",
            "specs/demo/v1/widget/get.toml",
        ],
    );
    assert_eq!(
        r.stdout,
        "\
http: page `GET /open-apis/demo/v1/workspaces/:workspace_id/widgets/:widget_id`, spec `GET /open-apis/demo/v1/workspaces/:workspace_id/widgets/:widget_id/detail`
removed response.widget.owner.avatar (string): in the spec, not on the page
"
    );
    assert_eq!(r.code, 1);
}

#[test]
fn diff_of_a_malformed_page_or_a_missing_spec_exits_2() {
    let dir = scratch("cli-diff-bad");
    let r = run(
        dir.path(),
        &["diff", "pages/bad/nested_too_deep.md", "pages"],
    );
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "error pages/bad/nested_too_deep.md:26: `views` is nested 2 levels deep, below a row 0 deep\n"
    );
    assert_eq!(r.code, 2);
    let r = run(
        dir.path(),
        &[
            "diff",
            "pages/good/demo-v1/widget/get.md",
            "specs/demo/v1/widget/get.toml",
        ],
    );
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .starts_with("error specs/demo/v1/widget/get.toml: cannot read "),
        "{}",
        r.stderr
    );
    assert_eq!(r.code, 2);
}
