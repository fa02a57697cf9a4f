//! Importer bugs these tests once found, each kept as the test that failed until it was fixed.
//! Each test states the input and what the import gives.

mod common;

use std::path::{Path, PathBuf};

use common::{TempDir, good_page, replace_once};
use feishu_spec::import::{Options, Outcome, import, page_shape};

fn options(out: &Path) -> Options {
    Options {
        out: out.to_path_buf(),
        ..Options::default()
    }
}

fn import_one(out: &Path, name: &str, text: String) -> Outcome {
    let report = import(&[(PathBuf::from(name), text)], &options(out));
    assert_eq!(report.pages.len(), 1);
    report.pages[0].1.clone()
}

/// The download page with a title that does not say 下载 (`获取附件内容`): the page still
/// says `返回文件二进制流` under `## 响应` (and `Page::parse` sees it: `binary_response`),
/// so the spec must say `[response] binary = true`.
#[test]
fn a_download_is_binary_by_its_text_whatever_its_title() {
    let text = good_page("demo-v1/file/download.md");
    let text = replace_once(&text, "title: \"下载文件\"", "title: \"获取附件内容\"");
    let text = replace_once(&text, "# 下载文件", "# 获取附件内容");
    assert!(
        feishu_spec::page::Page::parse(&text)
            .unwrap()
            .binary_response
    );
    let out = TempDir::new("bug-binary");
    assert!(matches!(
        import_one(out.path(), "download.md", text),
        Outcome::Wrote(_)
    ));
    let spec = std::fs::read_to_string(out.path().join("demo/v1/file/download.toml")).unwrap();
    assert!(spec.contains("[response]\nbinary = true\n"), "{spec}");
}

/// The converse: a page titled with 下载 whose answer is documented as empty JSON (no
/// response table, no example, no 二进制) must not become a binary download.
#[test]
fn a_title_with_download_alone_is_no_binary_answer() {
    let text = good_page("demo-v1/file/download.md");
    let text = replace_once(&text, "返回文件二进制流\n", "成功时响应体为空\n");
    assert!(
        !feishu_spec::page::Page::parse(&text)
            .unwrap()
            .binary_response
    );
    let out = TempDir::new("bug-notbinary");
    assert!(matches!(
        import_one(out.path(), "download.md", text),
        Outcome::Wrote(_)
    ));
    let spec = std::fs::read_to_string(out.path().join("demo/v1/file/download.toml")).unwrap();
    assert!(!spec.contains("binary = true"), "{spec}");
}

/// Import `get.md`, edit its spec's `summary` (line 9) and a path example (line 37), import
/// again without `--force`: the error names the first changed line of the file, `summary = …`
/// (it once named the alphabetically first new line).
#[test]
fn the_overwrite_error_names_the_first_changed_line() {
    let out = TempDir::new("bug-first");
    let page = good_page("demo-v1/widget/get.md");
    import_one(out.path(), "get.md", page.clone());
    let spec = out.path().join("demo/v1/widget/get.toml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let text = replace_once(
        &text,
        "summary = \"获取小部件 (`GET /open-apis/demo/v1/workspaces/:workspace_id/widgets/:widget_id`).\"",
        "summary = \"edited\"",
    );
    let text = replace_once(&text, "example = \"wg_42\"", "example = \"wg_0\"");
    std::fs::write(&spec, text).unwrap();
    let Outcome::Error { line, reason } = import_one(out.path(), "get.md", page) else {
        panic!("the edited spec was overwritten without --force")
    };
    assert_eq!(line, 1);
    assert!(
        reason.ends_with(
            "first changed line 9: `summary = \"获取小部件 (`GET /open-apis/demo/v1/workspaces/:workspace_id/widgets/:widget_id`).\"`)"
        ),
        "{reason}"
    );
}

/// Import `get.md`, swap its spec's two `[[request.path]]` tables (the order of fields is
/// their wire and documentation order), import again without `--force`: the error says
/// `0 lines would be added and 0 removed`, which is no account of what would change.
#[test]
fn the_overwrite_error_accounts_for_reordered_lines() {
    let out = TempDir::new("bug-order");
    let page = good_page("demo-v1/widget/get.md");
    import_one(out.path(), "get.md", page.clone());
    let spec = out.path().join("demo/v1/widget/get.toml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let a = "[[request.path]]\nname = \"workspace_id\"\ntype = \"string\"\nrequired = true\nexample = \"ws_01\"\n\n";
    let b = "[[request.path]]\nname = \"widget_id\"\ntype = \"string\"\nrequired = true\nexample = \"wg_42\"\n\n";
    std::fs::write(
        &spec,
        replace_once(&text, &format!("{a}{b}"), &format!("{b}{a}")),
    )
    .unwrap();
    let Outcome::Error { reason, .. } = import_one(out.path(), "get.md", page) else {
        panic!("the edited spec was overwritten without --force")
    };
    assert!(
        reason.contains("0 lines would be added and 0 removed (the same lines in another order)"),
        "{reason}"
    );
}

/// The download page with its path parameter's row renamed `token` while the URL says
/// `:file_token`. The import fails (rightly), but at line 1 of the page, with a reason citing
/// `…/download.toml:28:8`, a line of a file that was never written. It should name the page's
/// line of the `token` row.
#[test]
fn a_spec_check_failure_names_the_pages_row() {
    let text = good_page("demo-v1/file/download.md");
    let text = replace_once(
        &text,
        "| `file_token` | `string` |",
        "| `token` | `string` |",
    );
    let row = text
        .lines()
        .position(|l| l.starts_with("| `token` |"))
        .unwrap()
        + 1;
    let out = TempDir::new("bug-located");
    let Outcome::Error { line, reason } = import_one(out.path(), "download.md", text) else {
        panic!("imported a path parameter the path lacks")
    };
    assert!(
        reason.contains("path parameter `token` does not appear in the path"),
        "{reason}"
    );
    assert_eq!(line, row, "{reason}");
    assert!(!reason.contains("download.toml:"), "{reason}");
}

/// `create.md` with a body field `assignee` of type `owner` whose `id` is required (必填 是),
/// imported with `get.md`, whose response names the same `owner` (same fields, and no 必填
/// column: nothing says a response always has it). The one shared `Owner` keeps
/// `required = true` on `id`, so `get`'s (and `create`'s own) response now claims every
/// owner always carries an `id`: an answer without it would fail to decode.
#[test]
fn a_request_required_flag_stays_out_of_a_response() {
    let create = replace_once(
        &good_page("demo-v1/widget/create.md"),
        "| `layout` | `layout` | 否 | 布局 |\n",
        "| `assignee` | `owner` | 否 | 负责人 |\n\
         | &nbsp;&nbsp;└ `id` | `string` | 是 | 用户 ID<br>**示例值**：\"ou_1\" |\n\
         | &nbsp;&nbsp;└ `name` | `string` | 否 | 用户名<br>**示例值**：\"小红\" |\n\
         | `layout` | `layout` | 否 | 布局 |\n",
    );
    let out = TempDir::new("bug-required");
    let report = import(
        &[
            (PathBuf::from("create.md"), create),
            (PathBuf::from("get.md"), good_page("demo-v1/widget/get.md")),
        ],
        &options(out.path()),
    );
    assert!(!report.failed(), "{:?}", report.pages);
    let api = feishu_spec::load::load_dir(&out.path().join("demo/v1"), &[]).unwrap();
    // `get`'s response: widget → owner → id.
    let get = api.endpoints.iter().find(|e| e.method == "get").unwrap();
    let object = |name: &str| {
        get.objects
            .iter()
            .chain(api.shared.iter().flat_map(|t| &t.objects))
            .find(|o| o.name == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let field = |fields: &[feishu_spec::ir::Field], wire: &str| {
        fields.iter().find(|f| f.wire == wire).cloned().unwrap()
    };
    let of = |f: &feishu_spec::ir::Field| match &f.ty {
        feishu_spec::ir::Ty::Object(n) => n.clone(),
        other => panic!("{other:?}"),
    };
    let widget = object(&of(&field(&get.response, "widget")));
    let owner = object(&of(&field(&widget.fields, "owner")));
    assert!(!field(&owner.fields, "id").required);
}

/// `transfer.md` with a body field `previous` of type `owner` listing only `id`, before the
/// response's `owner` listing `id` and `email`. The second listing is silently dropped: the
/// response's `owner` loses `email` (no note, no error), though the page lists it and its
/// example shows it.
#[test]
fn an_object_listed_twice_on_a_page_keeps_both_listings() {
    let text = replace_once(
        &good_page("demo-v1/widget/transfer.md"),
        "| `mode` | `int` |",
        "| `previous` | `owner` | 否 | 旧主人 |\n\
         | &nbsp;&nbsp;└ `id` | `string` | 否 | 用户 ID<br>**示例值**：\"ou_7\" |\n\
         | `mode` | `int` |",
    );
    let shape = page_shape(&text).unwrap();
    assert!(shape.fields.contains_key("body.previous.id"));
    assert!(
        shape.fields.contains_key("response.owner.email"),
        "{:?}",
        shape.fields.keys().collect::<Vec<_>>()
    );
}
