use super::*;

const PIPED: &str = "---\ntitle: \"List things\"\nfullPath: \"/ref/demo-v1/thing/list\"\nupdateTime: \"1724048476000\"\n---\n\n# List things\n\nLists the things.\n\n## 请求\n\n| 项目 | 值 |\n| --- | --- |\n| HTTP URL | https://open.feishu.cn/open-apis/demo/v1/things/:thing_id/parts |\n| HTTP Method | GET |\n| 接口频率限制 | [1000 次/分钟、50 次/秒](https://x) |\n| 支持的应用类型 | custom,isv |\n| 权限要求 调用该 API 所需的权限。开启其中任意一项权限即可调用 | `demo:thing:readonly` 读 `demo:thing` 写 |\n| 字段权限要求 | `contact:user.id:readonly` 获取用户 ID |\n\n### 请求头\n\n| 名称 | 类型 | 必填 | 描述 |\n| --- | --- | --- | --- |\n| Authorization | string | 是 | `tenant_access_token` 或 `user_access_token` **值格式**：\"Bearer `access_token`\" |\n| X-Trace | string | 否 | 追踪 |\n";

#[test]
fn the_request_table_gives_method_path_limits_tokens_and_scopes() {
    let page = Page::parse(PIPED).unwrap();
    assert_eq!(page.title, "List things");
    assert_eq!(page.intro, "Lists the things.");
    assert_eq!(page.doc_path, ["demo-v1", "thing", "list"]);
    assert_eq!(page.http_method, Some((16, "GET".to_owned())));
    assert_eq!(
        page.path,
        Some((15, "/open-apis/demo/v1/things/:thing_id/parts".to_owned()))
    );
    assert_eq!(
        (page.rate_per_second, page.rate_per_minute),
        (Some(50), Some(1000))
    );
    assert_eq!(page.app_types, ["self_built", "store"]);
    assert_eq!(page.scopes, ["demo:thing:readonly", "demo:thing"]);
    assert_eq!(page.field_scopes, ["contact:user.id:readonly"]);
    assert_eq!(page.token_types, ["tenant", "user"]);
    assert_eq!(page.headers.len(), 1);
    assert_eq!(page.headers[0].name, "X-Trace");
}

#[test]
fn a_page_without_a_request_table_is_no_method_page() {
    let err = Page::parse("# Overview\n\nSome text.\n").unwrap_err();
    assert_eq!(err.line, 1);
    assert!(
        err.message.starts_with("not a method page"),
        "{}",
        err.message
    );
}

#[test]
fn a_parameter_table_without_its_columns_is_located() {
    let text = format!("{PIPED}\n### 查询参数\n\n| 名称 | 说法 |\n| --- | --- |\n| a | b |\n");
    let err = Page::parse(&text).unwrap_err();
    assert_eq!(err.line, 31);
    assert!(
        err.message.contains("lacks a 名称, 类型 or 描述 column"),
        "{}",
        err.message
    );
}
