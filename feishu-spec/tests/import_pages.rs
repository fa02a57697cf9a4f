//! The importer through its library API: the good pages under `tests/pages/good` import to
//! exactly the golden specs under `tests/expected` (`UPDATE_EXPECTED=1` rewrites them), the
//! pages read into the facts they state, and the malformed pages under `tests/pages/bad` fail
//! at the line where they go wrong.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{TempDir, bad_pages, good_page, good_pages, tree};
use feishu_spec::import::build::Text;
use feishu_spec::import::{Options, Outcome, import, page_files, page_shape};
use feishu_spec::page::Page;
use feishu_spec::shape;

fn options(out: &Path) -> Options {
    Options {
        out: out.to_path_buf(),
        ..Options::default()
    }
}

/// The 1-based line of the one line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    let hits: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(hits.len(), 1, "`{needle}` should be on exactly one line");
    hits[0]
}

const METHOD_FILES: [&str; 6] = [
    "demo/v1/file/download.toml",
    "demo/v1/file/upload.toml",
    "demo/v1/widget/create.toml",
    "demo/v1/widget/get.toml",
    "demo/v1/widget/list.toml",
    "demo/v1/widget/transfer.toml",
];

const SHARED_FILES: [&str; 6] = [
    "demo/v1/types/cell.toml",
    "demo/v1/types/cell_style.toml",
    "demo/v1/types/layout.toml",
    "demo/v1/types/owner.toml",
    "demo/v1/types/owner_widget_transfer.toml",
    "demo/v1/types/widget.toml",
];

#[test]
fn the_good_pages_import_to_the_golden_specs() {
    let out = TempDir::new("golden");
    let pages = good_pages();
    let report = import(&pages, &options(out.path()));

    let outcomes: Vec<(PathBuf, Outcome)> = pages
        .iter()
        .zip(METHOD_FILES)
        .map(|((page, _), file)| (page.clone(), Outcome::Wrote(out.path().join(file))))
        .collect();
    assert_eq!(report.pages, outcomes);
    assert!(!report.failed());
    let mut notes = vec![
        "good/demo-v1/widget/transfer.md: type `Owner` differs from the one already shared by \
         demo v1; named `OwnerWidgetTransfer` here"
            .to_owned(),
    ];
    for f in SHARED_FILES {
        notes.push(format!(
            "wrote shared types {}",
            out.path().join(f).display()
        ));
    }
    assert_eq!(report.notes, notes);

    let written = tree(out.path());
    let names: BTreeSet<PathBuf> = written.keys().cloned().collect();
    let wanted: BTreeSet<PathBuf> = METHOD_FILES
        .iter()
        .chain(&SHARED_FILES)
        .map(PathBuf::from)
        .collect();
    assert_eq!(names, wanted);

    let expected_dir = common::expected_dir();
    if common::updating() {
        let _ = std::fs::remove_dir_all(&expected_dir);
        common::copy_tree(out.path(), &expected_dir);
        eprintln!("rewrote {}", expected_dir.display());
        return;
    }
    let expected = tree(&expected_dir);
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        written.keys().collect::<Vec<_>>(),
        "the golden files are not the files written (UPDATE_EXPECTED=1 rewrites them)"
    );
    for (file, text) in &written {
        let golden = &expected[file];
        assert!(
            golden == text,
            "{} differs from its golden file (UPDATE_EXPECTED=1 rewrites it):\n{}",
            file.display(),
            common::line_diff(golden, text)
        );
    }
}

#[test]
fn the_golden_specs_load_and_check_as_the_macro_reads_them() {
    let api = feishu_spec::load::load_dir(&common::expected_dir().join("demo/v1"), &[])
        .unwrap_or_else(|diags| {
            panic!(
                "{}",
                diags
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
    let mut methods: Vec<String> = api
        .endpoints
        .iter()
        .map(|e| format!("{}.{}", e.resource, e.method))
        .collect();
    methods.sort();
    assert_eq!(
        methods,
        [
            "file.download",
            "file.upload",
            "widget.create",
            "widget.get",
            "widget.list",
            "widget.transfer"
        ]
    );
}

#[test]
fn importing_into_a_dry_run_reports_the_same_and_writes_nothing() {
    let out = TempDir::new("dry");
    let opts = Options {
        dry_run: true,
        ..options(out.path())
    };
    let report = import(&good_pages(), &opts);
    let wrote: Vec<PathBuf> = report
        .pages
        .iter()
        .map(|(_, o)| match o {
            Outcome::Wrote(p) => p.strip_prefix(out.path()).unwrap().to_path_buf(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        wrote,
        METHOD_FILES.iter().map(PathBuf::from).collect::<Vec<_>>()
    );
    assert_eq!(tree(out.path()).len(), 0);
}

#[test]
fn a_shared_type_on_disk_is_reused_and_a_different_shape_renamed() {
    let out = TempDir::new("share");
    let one = |rel: &str| {
        let page = (PathBuf::from(rel), good_page(rel));
        import(&[page], &options(out.path()))
    };
    let first = one("demo-v1/widget/create.md");
    assert!(!first.failed(), "{:?}", first.pages);
    let widget = std::fs::read_to_string(out.path().join("demo/v1/types/widget.toml")).unwrap();

    // `get` names the same `widget` with the same fields: it uses the shared type.
    let second = one("demo-v1/widget/get.md");
    assert_eq!(
        second.pages,
        [(
            PathBuf::from("demo-v1/widget/get.md"),
            Outcome::Wrote(out.path().join("demo/v1/widget/get.toml"))
        )]
    );
    assert_eq!(second.notes, Vec::<String>::new());
    let get = std::fs::read_to_string(out.path().join("demo/v1/widget/get.toml")).unwrap();
    assert!(get.contains("[[response.fields]]\nname = \"widget\"\ntype = \"Widget\"\n"));
    assert!(!get.contains("[[objects]]"), "{get}");
    assert_eq!(
        std::fs::read_to_string(out.path().join("demo/v1/types/widget.toml")).unwrap(),
        widget
    );

    // `transfer` names an `owner` of another shape: renamed, with a note.
    let third = one("demo-v1/widget/transfer.md");
    assert_eq!(
        third.notes,
        [
            "demo-v1/widget/transfer.md: type `Owner` differs from the one already shared by \
             demo v1; named `OwnerWidgetTransfer` here"
                .to_owned(),
            format!(
                "wrote shared types {}",
                out.path()
                    .join("demo/v1/types/owner_widget_transfer.toml")
                    .display()
            )
        ]
    );
    let files: Vec<PathBuf> = tree(out.path()).into_keys().collect();
    assert_eq!(
        files,
        [
            "demo/v1/types/cell.toml",
            "demo/v1/types/cell_style.toml",
            "demo/v1/types/layout.toml",
            "demo/v1/types/owner.toml",
            "demo/v1/types/owner_widget_transfer.toml",
            "demo/v1/types/widget.toml",
            "demo/v1/widget/create.toml",
            "demo/v1/widget/get.toml",
            "demo/v1/widget/transfer.toml",
        ]
        .map(PathBuf::from)
    );
}

#[test]
fn the_same_method_twice_fails_the_second_page() {
    let out = TempDir::new("twice");
    let text = good_page("demo-v1/widget/get.md");
    let pages = [
        (PathBuf::from("a/get.md"), text.clone()),
        (PathBuf::from("b/get.md"), text),
    ];
    let report = import(&pages, &options(out.path()));
    assert_eq!(
        report.pages,
        [
            (
                PathBuf::from("a/get.md"),
                Outcome::Wrote(out.path().join("demo/v1/widget/get.toml"))
            ),
            (
                PathBuf::from("b/get.md"),
                Outcome::Error {
                    line: 1,
                    reason: "the same method as a/get.md".to_owned()
                }
            ),
        ]
    );
}

#[test]
fn the_malformed_pages_fail_where_they_go_wrong() {
    let out = TempDir::new("bad");
    let pages = bad_pages();
    let report = import(&pages, &options(out.path()));
    let text = |name: &str| {
        &pages
            .iter()
            .find(|(p, _)| p.ends_with(name))
            .unwrap_or_else(|| panic!("{name}"))
            .1
    };
    let expected = [
        (
            "ambiguous_flat_row.md",
            line_of(text("ambiguous_flat_row.md"), "color | string"),
            "cannot tell where `color` belongs: the table has no nesting marks and the example \
             does not show it under any of `owner`, `data`, `(top level)`",
        ),
        (
            "event.md",
            1,
            "an event or callback page, not a method page: no request table with `HTTP URL` \
             and `HTTP Method` under `## 请求`",
        ),
        (
            "missing_column.md",
            line_of(text("missing_column.md"), "| 名称 | 必填 | 描述 |"),
            "the 请求体 table's header `名称 | 必填 | 描述` lacks a 名称, 类型 or 描述 column",
        ),
        (
            "nested_too_deep.md",
            line_of(text("nested_too_deep.md"), "└ `views`"),
            "`views` is nested 2 levels deep, below a row 0 deep",
        ),
        (
            "overview.md",
            1,
            "not a method page: no request table with `HTTP URL` and `HTTP Method` under \
             `## 请求`",
        ),
        (
            "short_row.md",
            line_of(text("short_row.md"), "`until`"),
            "a row of the 请求体 table has 3 cells where its header has 4",
        ),
    ];
    let expected: Vec<(PathBuf, Outcome)> = expected
        .iter()
        .map(|(name, line, reason)| {
            (
                Path::new("bad").join(name),
                Outcome::Error {
                    line: *line,
                    reason: (*reason).to_owned(),
                },
            )
        })
        .collect();
    assert_eq!(report.pages, expected);
    // The lines, spelled out: the row or header at fault, or line 1 for a page that is no
    // method page at all.
    let lines: Vec<usize> = report
        .pages
        .iter()
        .map(|(_, o)| match o {
            Outcome::Error { line, .. } => *line,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(lines, [26, 1, 19, 26, 1, 22]);
    assert!(report.failed());
    assert_eq!(report.notes, Vec::<String>::new());
    assert_eq!(tree(out.path()).len(), 0);
}

#[test]
fn page_errors_name_the_same_lines_as_the_import() {
    for (path, text) in bad_pages() {
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let parsed = Page::parse(&text);
        match name.as_str() {
            // Read fine; it is the field tree that cannot be built.
            "ambiguous_flat_row.md" | "nested_too_deep.md" => {
                assert!(parsed.is_ok(), "{name}: {parsed:?}")
            }
            _ => {
                let e = parsed.expect_err(&name);
                let report = import(
                    &[(path.clone(), text.clone())],
                    &options(Path::new("/nonexistent")),
                );
                assert_eq!(
                    report.pages[0].1,
                    Outcome::Error {
                        line: e.line,
                        reason: e.message
                    },
                    "{name}"
                );
            }
        }
    }
}

#[test]
fn a_piped_page_reads_into_its_facts() {
    let text = good_page("demo-v1/widget/create.md");
    let page = Page::parse(&text).unwrap();
    assert_eq!(page.title, "创建小部件");
    assert_eq!(
        page.intro,
        "在工作台里新建一个小部件。This page belongs to a fictional service written for the \
         importer's tests."
    );
    assert_eq!(
        page.doc_url.as_deref(),
        Some(
            "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/demo-v1/widget/create"
        )
    );
    assert_eq!(page.doc_path, ["demo-v1", "widget", "create"]);
    assert_eq!(page.updated.as_deref(), Some("1717243200000"));
    assert_eq!(page.http_method, Some((16, "POST".to_owned())));
    assert_eq!(line_of(&text, "| HTTP Method | POST |"), 16);
    assert_eq!(
        page.path,
        Some((
            15,
            "/open-apis/demo/v1/workspaces/:workspace_id/widgets".to_owned()
        ))
    );
    assert_eq!(
        (page.rate_per_second, page.rate_per_minute),
        (Some(20), Some(1000))
    );
    assert_eq!(page.app_types, ["self_built", "store"]);
    assert_eq!(page.scopes, ["demo:widget", "demo:widget:create"]);
    assert_eq!(page.token_types, ["tenant", "user"]);
    assert_eq!(
        page.content_type.as_deref(),
        Some("application/json; charset=utf-8")
    );
    assert!(page.headers.is_empty());
    let names = |rows: &[feishu_spec::page::Row]| {
        rows.iter()
            .map(|r| (r.name.clone(), r.ty.clone(), r.required, r.depth))
            .collect::<Vec<_>>()
    };
    let row =
        |n: &str, t: &str, r: Option<bool>, d: usize| (n.to_owned(), t.to_owned(), r, Some(d));
    // A piped table without any `└` leaves its rows' depth open.
    assert_eq!(
        names(&page.path_params),
        [("workspace_id".to_owned(), "string".to_owned(), None, None)]
    );
    assert_eq!(
        names(&page.body),
        [
            row("name", "string", Some(true), 0),
            row("kind", "int", Some(true), 0),
            row("priority", "int", Some(false), 0),
            row("tags", "string[]", Some(false), 0),
            row("labels", "map<string, string>", Some(false), 0),
            row("extra", "object", Some(false), 0),
            row("layout", "layout", Some(false), 0),
            row("columns", "int", Some(true), 1),
            row("cells", "cell[]", Some(false), 1),
            row("row", "int", Some(true), 2),
            row("style", "cell_style", Some(false), 2),
            row("color", "string", Some(false), 3),
            row("align", "string", Some(false), 3),
        ]
    );
    let align = &page.body[12];
    assert_eq!(align.line, line_of(&text, "└ `align`"));
    assert_eq!(align.desc.text, "对齐");
    assert_eq!(align.desc.example.as_deref(), Some("\"left\""));
    let values: Vec<(&str, &str)> = align
        .desc
        .values
        .iter()
        .map(|v| (v.value.as_str(), v.meaning.as_str()))
        .collect();
    assert_eq!(
        values,
        [("left", "靠左"), ("center", "居中"), ("right", "靠右")]
    );
    let priority = &page.body[2];
    assert_eq!(priority.desc.default.as_deref(), Some("3"));
    assert_eq!(priority.desc.range, Some((Some(1), Some(9))));
    assert!(!priority.desc.range_is_length);
    assert_eq!(page.body[0].desc.range, Some((Some(1), Some(64))));
    assert!(page.body[0].desc.range_is_length);
    assert_eq!(
        names(&page.response),
        [
            row("code", "int", None, 0),
            row("msg", "string", None, 0),
            row("data", "-", None, 0),
            row("widget", "widget", None, 1),
            row("widget_id", "string", None, 2),
            row("name", "string", None, 2),
            row("owner", "owner", None, 2),
            row("id", "string", None, 3),
            row("name", "string", None, 3),
            row("create_time", "string", None, 2),
        ]
    );
    assert_eq!(
        page.request_example.as_ref().map(|s| s.line),
        Some(line_of(&text, "### 请求体示例") + 2)
    );
    assert_eq!(
        page.response_example.as_ref().map(|s| s.line),
        Some(line_of(&text, "### 响应体示例") + 2)
    );
    let errors: Vec<(usize, i64, i64, &str, &str)> = page
        .errors
        .iter()
        .map(|e| {
            (
                e.line,
                e.http_status,
                e.code,
                e.message.as_str(),
                e.hint.as_str(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (
                line_of(&text, "9910001"),
                400,
                9910001,
                "invalid widget name",
                "名字为空或太长，请检查。"
            ),
            (
                line_of(&text, "9910003"),
                403,
                9910003,
                "没有工作台的权限",
                "请联系工作台管理员。"
            ),
            (
                line_of(&text, "9910029"),
                429,
                9910029,
                "too many requests",
                "稍后重试。"
            ),
        ]
    );
    assert!(!page.binary_response);
    assert_eq!(page.notes, Vec::<String>::new());
}

#[test]
fn an_unpiped_page_reads_into_its_facts() {
    let text = good_page("demo-v1/widget/list.md");
    let page = Page::parse(&text).unwrap();
    assert_eq!(page.title, "列出小部件");
    assert_eq!(page.updated.as_deref(), Some("2024-06-03"));
    assert_eq!(page.doc_path, ["demo-v1", "widget", "list"]);
    assert_eq!(
        page.http_method,
        Some((line_of(&text, "HTTP Method | GET"), "GET".to_owned()))
    );
    // Per minute only: no per-second rate.
    assert_eq!(
        (page.rate_per_second, page.rate_per_minute),
        (None, Some(1000))
    );
    assert_eq!(page.app_types, ["self_built"]);
    // The scope cell runs on from the line ending in two spaces.
    assert_eq!(page.scopes, ["demo:widget:readonly"]);
    // So does the Authorization cell, naming a second token on its second line.
    assert_eq!(page.token_types, ["tenant", "user"]);
    type Facts<'a> = (usize, &'a str, &'a str, Option<bool>, Option<usize>);
    let rows: Vec<Facts> = page
        .query
        .iter()
        .map(|r| (r.line, r.name.as_str(), r.ty.as_str(), r.required, r.depth))
        .collect();
    assert_eq!(
        rows,
        [
            (
                line_of(&text, "page_size | int"),
                "page_size",
                "int",
                Some(false),
                None
            ),
            (
                line_of(&text, "page_token | string | 否"),
                "page_token",
                "string",
                Some(false),
                None
            ),
            (
                line_of(&text, "order | string"),
                "order",
                "string",
                Some(false),
                None
            ),
            (
                line_of(&text, "kinds | int"),
                "kinds",
                "int[]",
                Some(false),
                None
            ),
        ]
    );
    let size = &page.query[0].desc;
    assert_eq!(size.text, "每页多少个");
    assert_eq!(size.example.as_deref(), Some("20"));
    assert_eq!(size.default.as_deref(), Some("20"));
    assert_eq!(size.range, Some((None, Some(50))));
    let order: Vec<(&str, &str)> = page.query[2]
        .desc
        .values
        .iter()
        .map(|v| (v.value.as_str(), v.meaning.as_str()))
        .collect();
    assert_eq!(order, [("name", "按名字"), ("create_time", "按建立时间")]);
    // Without marks, every response row is flat; the example places them.
    let flat: Vec<(&str, Option<usize>)> = page
        .response
        .iter()
        .map(|r| (r.name.as_str(), r.depth))
        .collect();
    assert_eq!(
        flat,
        [
            ("code", None),
            ("msg", None),
            ("data", None),
            ("items", None),
            ("widget_id", None),
            ("name", None),
            ("owner", None),
            ("id", None),
            ("name", None),
            ("create_time", None),
            ("has_more", None),
            ("page_token", None),
        ]
    );
}

#[test]
fn a_download_page_says_its_answer_is_a_file() {
    let page = Page::parse(&good_page("demo-v1/file/download.md")).unwrap();
    assert!(page.binary_response);
    assert!(page.response.is_empty());
    assert!(page.response_example.is_none());
    let upload = Page::parse(&good_page("demo-v1/file/upload.md")).unwrap();
    assert!(!upload.binary_response);
    assert_eq!(
        upload.content_type.as_deref(),
        Some("multipart/form-data; boundary=---7MA4YWxkTrZu0gW")
    );
    // The multipart example is not JSON: no request example.
    assert!(upload.request_example.is_none());
}

#[test]
fn a_page_and_its_golden_spec_have_one_shape() {
    for (page, file) in [
        ("demo-v1/file/download.md", "file/download.toml"),
        ("demo-v1/file/upload.md", "file/upload.toml"),
        ("demo-v1/widget/create.md", "widget/create.toml"),
        ("demo-v1/widget/get.md", "widget/get.toml"),
        ("demo-v1/widget/list.md", "widget/list.toml"),
        ("demo-v1/widget/transfer.md", "widget/transfer.toml"),
    ] {
        let left = page_shape(&good_page(page)).unwrap();
        let right =
            shape::of_spec_file(&common::expected_dir().join("demo/v1").join(file)).unwrap();
        assert_eq!(shape::diff(&left, &right), [], "{page}");
        assert_eq!(left, right, "{page}");
    }
}

#[test]
fn the_shape_of_the_create_page_nests_three_deep() {
    let s = page_shape(&good_page("demo-v1/widget/create.md")).unwrap();
    assert_eq!(
        s.http,
        "POST /open-apis/demo/v1/workspaces/:workspace_id/widgets"
    );
    let fields: Vec<String> = s
        .fields
        .iter()
        .map(|(path, f)| {
            let mut line = format!("{path}: {}", f.ty);
            if let Some(r) = f.required {
                line.push_str(if r { " required" } else { " optional" });
            }
            if let Some(v) = &f.values {
                line.push_str(&format!(
                    " [{}]",
                    v.iter().cloned().collect::<Vec<_>>().join(",")
                ));
            }
            if !f.limits.is_empty() {
                line.push_str(&format!(" ({})", f.limits));
            }
            line
        })
        .collect();
    assert_eq!(
        fields,
        [
            "body.extra: any optional",
            "body.kind: int required [1,2,3]",
            "body.labels: map<string> optional",
            "body.layout: object optional",
            "body.layout.cells: object[] optional",
            "body.layout.cells[].row: int required",
            "body.layout.cells[].style: object optional",
            "body.layout.cells[].style.align: string optional [center,left,right]",
            "body.layout.cells[].style.color: string optional",
            "body.layout.columns: int required",
            "body.name: string required (length 1..=64)",
            "body.priority: int optional (value 1..=9)",
            "body.tags: string[] optional (items 0..=10)",
            "path.workspace_id: string required",
            "query.user_id_type: string optional [open_id,union_id,user_id]",
            "response.widget: object",
            "response.widget.create_time: string",
            "response.widget.name: string",
            "response.widget.owner: object",
            "response.widget.owner.id: string",
            "response.widget.owner.name: string",
            "response.widget.widget_id: string",
        ]
    );
}

#[test]
fn page_text_mode_keeps_the_pages_descriptions() {
    let out = TempDir::new("text");
    let opts = Options {
        text: Text::Page,
        dry_run: true,
        ..options(out.path())
    };
    let rel = "demo-v1/widget/get.md";
    let report = import(&[(PathBuf::from(rel), good_page(rel))], &opts);
    assert!(!report.failed(), "{:?}", report.pages);
    // A dry run writes nothing: import for real to read the text.
    let opts = Options {
        dry_run: false,
        ..opts
    };
    import(&[(PathBuf::from(rel), good_page(rel))], &opts);
    let get = std::fs::read_to_string(out.path().join("demo/v1/widget/get.toml")).unwrap();
    assert!(
        get.contains(
            "description = \"按 ID 读取一个小部件。A fictional page for the importer's tests.\"\n"
        ),
        "{get}"
    );
    assert!(
        get.contains("name = \"widget_id\"\ntype = \"string\"\nrequired = true\ndescription = \"小部件 ID\"\n"),
        "{get}"
    );
    assert!(get.contains("hint = \"检查小部件 ID。\"\n"), "{get}");
}

#[test]
fn page_files_finds_md_and_txt_pages_sorted() {
    let dir = TempDir::new("files");
    for f in ["b.txt", "a.md", "c.toml", "sub/d.md", "sub/e.markdown"] {
        let p = dir.path().join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "x").unwrap();
    }
    let single = dir.path().join("c.toml");
    let found = page_files(&[dir.path().to_path_buf(), single.clone()]).unwrap();
    assert_eq!(
        found,
        [
            dir.path().join("a.md"),
            dir.path().join("b.txt"),
            dir.path().join("sub/d.md"),
            single
        ]
    );
}
