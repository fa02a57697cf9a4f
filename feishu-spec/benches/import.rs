//! Importing 1,000 reference pages: `import` (read, rebuild the field trees, share the objects,
//! check every written spec with the macro's checks, write) side by side with a baseline that
//! only loads and checks the 1,000 specs it wrote (the front half of every macro expansion),
//! and with `Page::parse` alone. The pages are the project's own, generated: 40 services of 25
//! methods, each page with path, query and body parameters, enums, limits, a paged response
//! nested three deep around two shared objects, an error table and JSON examples, in the
//! piped dialect (the mirror's). Run with `scripts/import-bench.sh` (BENCHMARKS.md).
#![allow(missing_docs)]

use std::path::PathBuf;

use divan::{Bencher, black_box};
use feishu_spec::import::{self, Options};
use feishu_spec::page::Page;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    // `FEISHU_BENCH_PAGES=DIR`: write the pages there instead (scripts/import-bench.sh times
    // the command on them, for its peak memory).
    if let Some(dir) = std::env::var_os("FEISHU_BENCH_PAGES") {
        for (path, text) in pages() {
            let path = PathBuf::from(&dir).join(path);
            std::fs::create_dir_all(path.parent().expect("a file in a folder")).expect("writable");
            std::fs::write(path, text).expect("writable");
        }
        return;
    }
    divan::main();
}

const SERVICES: usize = 40;
const PER_SERVICE: usize = 25;

/// Page `m` of service `s`.
pub fn page(s: usize, m: usize) -> String {
    let svc = format!("svc{s}");
    let res = format!("thing{}", m / 5);
    let method = format!("op{m}");
    format!(
        "---\ntitle: \"操作 {m}\"\nfullPath: \"/ref/{svc}-v1/{res}/{method}\"\nupdateTime: \"1700000000000\"\n---\n\n\
# 操作 {m}\n\n对东西做操作。\n\n## 请求\n\n| 项目 | 值 |\n| --- | --- |\n\
| HTTP URL | https://open.feishu.cn/open-apis/{svc}/v1/{res}s/:thing_id/{method} |\n| HTTP Method | POST |\n\
| 接口频率限制 | [1000 次/分钟、50 次/秒](https://x) |\n| 支持的应用类型 | custom,isv |\n\
| 权限要求 调用该 API 所需的权限。开启其中任意一项权限即可调用 | `{svc}:thing` 读写 `{svc}:thing:readonly` 只读 |\n\n\
### 请求头\n\n| 名称 | 类型 | 必填 | 描述 |\n| --- | --- | --- | --- |\n\
| Authorization | string | 是 | `tenant_access_token` 或 `user_access_token` **值格式**：\"Bearer `access_token`\" |\n\
| Content-Type | string | 是 | **固定值**：\"application/json; charset=utf-8\" |\n\n\
### 路径参数\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| `thing_id` | `string` | 东西 ID<br>**示例值**：\"t1\" |\n\n\
### 查询参数\n\n| 名称 | 类型 | 必填 | 描述 |\n| --- | --- | --- | --- |\n\
| `user_id_type` | `string` | 否 | 用户 ID 类型<br>**示例值**：open_id<br>**可选值有**：<br>- `open_id`: 开放 ID - `union_id`: 联合 ID - `user_id`: 用户 ID<br>**默认值**：`open_id` |\n\
| `page_size` | `int` | 否 | 分页大小<br>**示例值**：10<br>**默认值**：`10`<br>**数据校验规则**：<br>- 取值范围：`1` ～ `50` |\n\
| `page_token` | `string` | 否 | 分页标记<br>**示例值**：\"p1\" |\n\n\
### 请求体\n\n| 名称 | 类型 | 必填 | 描述 |\n| --- | --- | --- | --- |\n\
| `name` | `string` | 是 | 名字<br>**示例值**：\"n\"<br>**数据校验规则**：<br>- 长度范围：`1` ～ `64` 字符 |\n\
| `ids` | `string\\[\\]` | 否 | ID 列表<br>**示例值**：[\"a\"]<br>**数据校验规则**：<br>- 长度范围：`0` ～ `50` |\n\
| `kind` | `int` | 否 | 种类<br>**示例值**：1<br>**可选值有**：<br>- `1`: 一 - `2`: 二 |\n\
| `owner` | `person` | 否 | 负责人 |\n| &nbsp;&nbsp;└ `id` | `string` | 否 | ID<br>**示例值**：\"u1\" |\n\
| &nbsp;&nbsp;└ `name` | `string` | 否 | 名字<br>**示例值**：\"Li\" |\n\n\
### 请求体示例\n\n```json\n{{\"name\": \"n\", \"ids\": [\"a\"], \"kind\": 1, \"owner\": {{\"id\": \"u1\", \"name\": \"Li\"}}}}\n```\n\n\
## 响应\n\n### 响应体\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n| `code` | `int` | 错误码 |\n| `msg` | `string` | 错误描述 |\n\
| `data` | `\\-` | \\- |\n| &nbsp;&nbsp;└ `items` | `thing\\[\\]` | 东西 |\n| &nbsp;&nbsp;&nbsp;&nbsp;└ `id` | `string` | ID |\n\
| &nbsp;&nbsp;&nbsp;&nbsp;└ `owner` | `person` | 负责人 |\n| &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;└ `id` | `string` | ID |\n\
| &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;└ `name` | `string` | 名字 |\n\
| &nbsp;&nbsp;&nbsp;&nbsp;└ `state` | `string` | 状态<br>**可选值有**：<br>- `on`: 开 - `off`: 关 |\n\
| &nbsp;&nbsp;&nbsp;&nbsp;└ `extra` | `map<string, string>` | 附加 |\n\
| &nbsp;&nbsp;└ `page_token` | `string` | 分页标记 |\n| &nbsp;&nbsp;└ `has_more` | `boolean` | 是否还有更多 |\n\n\
### 响应体示例\n\n```json\n{{\"code\": 0, \"msg\": \"success\", \"data\": {{\"items\": [{{\"id\": \"1\", \"owner\": {{\"id\": \"u1\", \"name\": \"Li\"}}, \"state\": \"on\", \"extra\": {{\"k\": \"v\"}}}}], \"page_token\": \"p2\", \"has_more\": true}}}}\n```\n\n\
### 错误码\n\n| HTTP状态码 | 错误码 | 描述 | 排查建议 |\n| --- | --- | --- | --- |\n\
| 400 | {s}0001 | param is invalid | 检查参数 |\n| 403 | {s}0002 | no permission | 检查权限 |\n"
    )
}

fn pages() -> Vec<(PathBuf, String)> {
    (0..SERVICES)
        .flat_map(|s| {
            (0..PER_SERVICE).map(move |m| (PathBuf::from(format!("svc{s}/op{m}.md")), page(s, m)))
        })
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("feishu-spec-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[divan::bench(sample_count = 10)]
fn import_1000_pages(bencher: Bencher) {
    let pages = pages();
    bencher.bench_local(|| {
        let out = scratch("import");
        let report = import::import(
            &pages,
            &Options {
                out: out.clone(),
                ..Options::default()
            },
        );
        assert!(
            !report.failed(),
            "{:?}",
            report
                .pages
                .iter()
                .find(|p| !matches!(p.1, import::Outcome::Wrote(_)))
        );
        std::fs::remove_dir_all(&out).unwrap();
        black_box(report.pages.len())
    });
}

#[divan::bench(sample_count = 10)]
fn baseline_check_the_1000_specs(bencher: Bencher) {
    let pages = pages();
    let out = scratch("check");
    let report = import::import(
        &pages,
        &Options {
            out: out.clone(),
            ..Options::default()
        },
    );
    assert!(!report.failed());
    bencher.bench_local(|| {
        let api = feishu_spec::load::load_dir(&out, &[]).expect("the imported specs check");
        black_box(api.endpoints.len())
    });
    std::fs::remove_dir_all(&out).unwrap();
}

#[divan::bench(sample_count = 10)]
fn parse_1000_pages(bencher: Bencher) {
    let pages = pages();
    bencher.bench_local(|| {
        for (_, text) in &pages {
            black_box(Page::parse(text).expect("a method page"));
        }
    });
}
