//! A reference page read into the facts it states, whichever of the two markdown dialects it
//! is written in: [`markdown`] finds the blocks, [`cell`] reads a cell's inline facts, and
//! [`Page::parse`] puts each table and example where it belongs. Nothing here knows the spec
//! format: the importer maps a page onto it.

pub mod cell;
pub mod markdown;

use cell::{Described, bare, depth, describe, plain};
use markdown::{Block, Table};

/// A problem with a page, at a line of it.
#[derive(Debug, Clone, PartialEq)]
pub struct PageError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl PageError {
    fn new(line: usize, message: impl Into<String>) -> Self {
        PageError {
            line,
            message: message.into(),
        }
    }
}

/// One row of a parameter or field table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Its line.
    pub line: usize,
    /// Wire name.
    pub name: String,
    /// Type as written (`string`, `int`, `user_task_remedy[]`, `map<string, int>`, `-`, …).
    pub ty: String,
    /// `必填`: `Some(true)` for 是; `None` where the table has no such column.
    pub required: Option<bool>,
    /// Nesting depth from `└` marks (0 for a top-level row); `None` in the dialect without
    /// marks, where the tree is rebuilt from the object-typed rows and the examples.
    pub depth: Option<usize>,
    /// The description's prose and facts.
    pub desc: Described,
}

/// One row of the error table.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorRow {
    /// Its line.
    pub line: usize,
    /// HTTP status.
    pub http_status: i64,
    /// The body's `code`.
    pub code: i64,
    /// The documented `msg`.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

/// A fenced example with its line.
#[derive(Debug, Clone, PartialEq)]
pub struct Snippet {
    /// Line of the fence.
    pub line: usize,
    /// Its text.
    pub text: String,
}

/// Everything a method page says that a spec can hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// The page's title.
    pub title: String,
    /// The first paragraph after the title.
    pub intro: String,
    /// The page's address (`source_url`, or `fullPath` under the platform's document root).
    pub doc_url: Option<String>,
    /// `<service>-<version>/…/<resource>/<method>` segments of the address, when it has them.
    pub doc_path: Vec<String>,
    /// Last update, as the page gives it (a date or milliseconds since the epoch).
    pub updated: Option<String>,
    /// `HTTP Method`, with its line.
    pub http_method: Option<(usize, String)>,
    /// The path of `HTTP URL` (`/open-apis/…`), with its line.
    pub path: Option<(usize, String)>,
    /// Requests per second (`接口频率限制`).
    pub rate_per_second: Option<i64>,
    /// Requests per minute.
    pub rate_per_minute: Option<i64>,
    /// `self_built`, `store`.
    pub app_types: Vec<String>,
    /// Scopes any one of which allows the call.
    pub scopes: Vec<String>,
    /// Scopes that unlock sensitive response fields.
    pub field_scopes: Vec<String>,
    /// `tenant`, `user`, `app`, as the `Authorization` row lists them.
    pub token_types: Vec<String>,
    /// The request's `Content-Type`, when fixed.
    pub content_type: Option<String>,
    /// Headers besides `Authorization` and `Content-Type`.
    pub headers: Vec<Row>,
    /// `路径参数`.
    pub path_params: Vec<Row>,
    /// `查询参数`.
    pub query: Vec<Row>,
    /// `请求体`.
    pub body: Vec<Row>,
    /// `响应体`, envelope rows (`code`, `msg`, `data`) included.
    pub response: Vec<Row>,
    /// `请求体示例`.
    pub request_example: Option<Snippet>,
    /// `响应体示例`.
    pub response_example: Option<Snippet>,
    /// `错误码`.
    pub errors: Vec<ErrorRow>,
    /// The response is a file (`返回文件二进制流`), not JSON.
    pub binary_response: bool,
    /// Problems that lost a part of the page without failing it, for standard error.
    pub notes: Vec<String>,
}

/// Which part of the page a heading opens.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Request,
    Headers,
    Path,
    Query,
    Body,
    BodyExample,
    Response,
    ResponseBody,
    ResponseExample,
    Errors,
    Other,
}

fn part_of(heading: &str, level: usize, current: Part) -> Part {
    let h = heading.replace(' ', "");
    let in_response = matches!(
        current,
        Part::Response | Part::ResponseBody | Part::ResponseExample | Part::Errors
    );
    match h.as_str() {
        "请求" => Part::Request,
        "请求头" => Part::Headers,
        "路径参数" => Part::Path,
        "查询参数" => Part::Query,
        "请求体" | "请求参数" => Part::Body,
        "请求体示例" | "请求示例" => Part::BodyExample,
        "响应" => Part::Response,
        "响应体" => Part::ResponseBody,
        "响应体示例" | "响应示例" => Part::ResponseExample,
        "错误码" => Part::Errors,
        _ if level >= 4 && current != Part::Other => current,
        _ if in_response && h.contains("示例") => Part::ResponseExample,
        _ => Part::Other,
    }
}

impl Page {
    /// Reads a page. An error names the line where the page stops being a readable method page.
    pub fn parse(text: &str) -> Result<Page, PageError> {
        let (front, blocks) = markdown::parse(text);
        let get = |k: &str| {
            front
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        };
        let mut page = Page {
            updated: get("last_remote_update").or_else(|| get("updateTime")),
            ..Page::default()
        };
        page.doc_url = get("source_url")
            .or_else(|| get("fullPath").map(|p| format!("https://open.feishu.cn/document{p}")));
        if let Some(url) = &page.doc_url {
            page.doc_path = doc_path(url);
        }
        page.title = get("title").unwrap_or_default();
        let mut part = Part::Other;
        let mut seen_request_table = false;
        for block in &blocks {
            match block {
                Block::Heading { level, text, .. } => {
                    if *level == 1 && page.title.is_empty() {
                        page.title = text.clone();
                    }
                    part = part_of(text, *level, part);
                }
                Block::Text { text, .. } if part == Part::Other && page.intro.is_empty() => {
                    if !page.title.is_empty() && !text.starts_with("最后更新") {
                        page.intro = plain(text);
                    }
                }
                Block::Text { text, .. } => {
                    if matches!(part, Part::Response | Part::ResponseBody)
                        && text.contains("二进制")
                    {
                        page.binary_response = true;
                    }
                }
                Block::Table(t) => match part {
                    Part::Request if !seen_request_table => {
                        seen_request_table = true;
                        page.request_table(t)?;
                    }
                    Part::Headers => page.header_table(t)?,
                    Part::Path => page.path_params = rows(t, "路径参数")?,
                    Part::Query => page.query = rows(t, "查询参数")?,
                    Part::Body => page.body = rows(t, "请求体")?,
                    Part::ResponseBody => page.response = rows(t, "响应体")?,
                    Part::Errors => match error_rows(t) {
                        Ok(rows) => page.errors = rows,
                        Err(e) => page.notes.push(format!(
                            "line {}: error table not imported: {}",
                            e.line, e.message
                        )),
                    },
                    _ => {}
                },
                Block::Code { line, lang, body } => {
                    let json = lang.is_empty() || lang.eq_ignore_ascii_case("json");
                    let snippet = Snippet {
                        line: *line,
                        text: body.clone(),
                    };
                    match part {
                        Part::BodyExample if json && page.request_example.is_none() => {
                            page.request_example = Some(snippet);
                        }
                        Part::ResponseExample if json && page.response_example.is_none() => {
                            page.response_example = Some(snippet);
                        }
                        _ => {}
                    }
                }
            }
        }
        if page.http_method.is_none() || page.path.is_none() {
            let event = blocks.iter().any(|b| match b {
                Block::Heading { text, .. } => {
                    let t = text.replace(' ', "");
                    t == "事件" || t == "事件体" || t == "回调" || t.ends_with("事件体示例")
                }
                _ => false,
            }) || page.doc_path.iter().any(|s| s == "events" || s == "event");
            let what = if event {
                "an event or callback page, not a method page"
            } else {
                "not a method page"
            };
            return Err(PageError::new(
                1,
                format!(
                    "{what}: no request table with `HTTP URL` and `HTTP Method` under `## 请求`"
                ),
            ));
        }
        Ok(page)
    }

    fn request_table(&mut self, t: &Table) -> Result<(), PageError> {
        for row in &t.rows {
            let key = bare(row.cells.first().map_or("", String::as_str));
            let raw = row.cells.get(1).cloned().unwrap_or_default();
            let value = plain(&raw);
            if key == "HTTP URL" {
                let url = value.trim();
                let path = url
                    .find("/open-apis/")
                    .map(|i| url[i..].to_owned())
                    .ok_or_else(|| {
                        PageError::new(
                            row.line,
                            format!("HTTP URL `{url}` has no `/open-apis/` path"),
                        )
                    })?;
                // A literal query string in the URL is an example, not the path.
                let path = path
                    .split('?')
                    .next()
                    .unwrap_or(&path)
                    .trim_end_matches('/');
                self.path = Some((row.line, path.replace('{', ":").replace('}', "")));
            } else if key == "HTTP Method" {
                self.http_method = Some((row.line, value.trim().to_uppercase()));
            } else if key.contains("频率限制") {
                (self.rate_per_second, self.rate_per_minute) = rates(&value);
            } else if key.contains("应用类型") {
                self.app_types = app_types(&value);
            } else if key.starts_with("字段权限") {
                self.field_scopes = scopes(&raw);
            } else if key.contains("权限要求") {
                self.scopes = scopes(&raw);
            }
        }
        Ok(())
    }

    fn header_table(&mut self, t: &Table) -> Result<(), PageError> {
        for row in rows(t, "请求头")? {
            match row.name.as_str() {
                "Authorization" => {
                    let text = plain(&row.desc.text);
                    // Only the token names before the value format: the rest is an example.
                    let head = text.split("值格式").next().unwrap_or("");
                    for (word, ty) in [
                        ("tenant_access_token", "tenant"),
                        ("user_access_token", "user"),
                        ("app_access_token", "app"),
                    ] {
                        if let Some(at) = head.find(word) {
                            self.token_types.push((at, ty.to_owned()).1);
                        }
                    }
                    let order = |ty: &str| {
                        head.find(&format!("{ty}_access_token"))
                            .unwrap_or(usize::MAX)
                    };
                    self.token_types.sort_by_key(|t| order(t));
                }
                "Content-Type" => {
                    let fixed = row
                        .desc
                        .text
                        .split('"')
                        .nth(1)
                        .map(str::to_owned)
                        .or_else(|| row.desc.example.clone());
                    self.content_type = fixed.map(|s| s.trim_matches('"').to_owned());
                }
                _ => self.headers.push(row),
            }
        }
        Ok(())
    }
}

/// The segments of a page address after `…/<service>-<version>/`.
fn doc_path(url: &str) -> Vec<String> {
    let segs: Vec<&str> = url
        .split(['/', '#', '?'])
        .filter(|s| !s.is_empty())
        .collect();
    let start = segs.iter().rposition(|s| {
        s.rsplit_once('-').is_some_and(|(_, v)| {
            v.starts_with('v') && v[1..].chars().all(|c| c.is_ascii_digit()) && v.len() > 1
        })
    });
    match start {
        Some(i) => segs[i..].iter().map(|s| (*s).to_owned()).collect(),
        None => Vec::new(),
    }
}

/// `50 次/秒`, `1000 次/分钟、50 次/秒`: per second and per minute.
fn rates(text: &str) -> (Option<i64>, Option<i64>) {
    let mut per_second = None;
    let mut per_minute = None;
    let mut num = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            num.push(*c);
            continue;
        }
        if num.is_empty() {
            continue;
        }
        let rest: String = chars[i..].iter().take(8).collect();
        let rest = rest.trim_start();
        let n = num.parse().ok();
        if rest.starts_with("次/秒") || rest.starts_with("次每秒") || rest.starts_with("QPS") {
            per_second = per_second.or(n);
        } else if rest.starts_with("次/分钟") || rest.starts_with("次每分钟") {
            per_minute = per_minute.or(n);
        }
        num.clear();
    }
    (per_second, per_minute)
}

/// `自建应用`, `商店应用`, `custom,isv`.
fn app_types(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if text.contains("自建") || text.contains("custom") {
        out.push("self_built".to_owned());
    }
    if text.contains("商店") || text.contains("isv") {
        out.push("store".to_owned());
    }
    out
}

/// Scope names in a cell: `` `a:b` `` (the mirror) or `(a:b)` after the title (the other).
fn scopes(raw: &str) -> Vec<String> {
    let text = plain(raw);
    let looks_like_scope = |s: &str| {
        s.contains(':')
            && !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_:.-".contains(c))
            && !s.starts_with("http")
    };
    let mut out: Vec<String> = Vec::new();
    // Stop at a tip: scopes quoted in it are explanation, not the list.
    let list = text.split("**Tip**").next().unwrap_or("");
    let list = list.split("> ").next().unwrap_or(list);
    for delim in ['`', '(', '（'] {
        let close = match delim {
            '(' => ')',
            '（' => '）',
            _ => '`',
        };
        let mut rest = list;
        while let Some(i) = rest.find(delim) {
            let after = &rest[i + delim.len_utf8()..];
            let Some(j) = after.find(close) else { break };
            let s = after[..j].trim();
            if looks_like_scope(s) && !out.iter().any(|o| o == s) {
                out.push(s.to_owned());
            }
            rest = &after[j + close.len_utf8()..];
        }
    }
    out
}

/// Columns of a parameter table, found by header name.
struct Columns {
    name: usize,
    ty: usize,
    required: Option<usize>,
    desc: usize,
}

fn columns(t: &Table, what: &str) -> Result<Columns, PageError> {
    let find = |names: &[&str]| {
        t.header
            .iter()
            .position(|h| names.iter().any(|n| bare(h) == *n))
    };
    let name = find(&[
        "名称",
        "参数",
        "参数名",
        "字段",
        "名称/Key",
        "属性名称",
        "Name",
        "字段名",
    ]);
    let ty = find(&["类型", "参数类型", "Type", "字段类型"]);
    let desc = find(&["描述", "说明", "Description", "参数说明"]);
    match (name, ty, desc) {
        (Some(name), Some(ty), Some(desc)) => Ok(Columns {
            name,
            ty,
            required: find(&["必填", "是否必填", "必须", "必填 / 选填", "必选"]),
            desc,
        }),
        _ => Err(PageError::new(
            t.line,
            format!(
                "the {what} table's header `{}` lacks a 名称, 类型 or 描述 column",
                t.header.join(" | ")
            ),
        )),
    }
}

/// The rows of a parameter or field table.
fn rows(t: &Table, what: &str) -> Result<Vec<Row>, PageError> {
    let cols = columns(t, what)?;
    let mut out = Vec::new();
    for row in &t.rows {
        // A raw `|` inside the last cell splits it: join the surplus back.
        let mut cells = row.cells.clone();
        if cells.len() > t.header.len() && t.header.len() > 1 {
            let rest = cells.split_off(t.header.len() - 1).join(" | ");
            cells.push(rest);
        }
        let cell = |i: usize| cells.get(i).map_or("", String::as_str);
        if cells.len() < t.header.len() {
            return Err(PageError::new(
                row.line,
                format!(
                    "a row of the {what} table has {} cells where its header has {}",
                    cells.len(),
                    t.header.len()
                ),
            ));
        }
        let name = bare(cell(cols.name));
        if name.is_empty() {
            return Err(PageError::new(
                row.line,
                format!("a row of the {what} table has no name"),
            ));
        }
        let required = cols.required.map(|i| {
            let r = bare(cell(i));
            r == "是"
                || r == "必填"
                || r == "必选"
                || r.eq_ignore_ascii_case("yes")
                || r.eq_ignore_ascii_case("true")
        });
        out.push(Row {
            line: row.line,
            name,
            ty: bare(cell(cols.ty)),
            required,
            depth: depth(cell(cols.name)).or_else(|| {
                // A piped table without marks is flat at depth 0 throughout only when no
                // row of the table has one.
                t.rows
                    .iter()
                    .any(|r| r.cells.get(cols.name).is_some_and(|c| depth(c).is_some()))
                    .then_some(0)
            }),
            desc: describe(cell(cols.desc)),
        });
    }
    Ok(out)
}

fn error_rows(t: &Table) -> Result<Vec<ErrorRow>, PageError> {
    let find = |name: &str| t.header.iter().position(|h| bare(h).contains(name));
    let (Some(status), Some(code)) = (find("HTTP"), find("错误码")) else {
        return Err(PageError::new(
            t.line,
            format!(
                "the error table's header `{}` lacks HTTP状态码 or 错误码",
                t.header.join(" | ")
            ),
        ));
    };
    let message = find("描述");
    let hint = find("排查建议");
    let mut out = Vec::new();
    for row in &t.rows {
        let cell = |i: Option<usize>| {
            i.and_then(|i| row.cells.get(i))
                .map_or(String::new(), |c| plain(c).trim().to_owned())
        };
        let parse = |s: String| s.trim().parse::<i64>().ok();
        let (Some(http_status), Some(code)) = (parse(cell(Some(status))), parse(cell(Some(code))))
        else {
            return Err(PageError::new(
                row.line,
                "an error row without a numeric HTTP status and code",
            ));
        };
        out.push(ErrorRow {
            line: row.line,
            http_status,
            code,
            message: cell(message),
            hint: cell(hint),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
