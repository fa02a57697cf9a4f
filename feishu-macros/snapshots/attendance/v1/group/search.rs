///Types of `attendance.v1.group.search`: Find attendance groups by name (按名称查询考勤组).
pub mod search {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/group/search.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::GroupMeta;
    /**The request of [`search`](super::GroupResource::search): Find attendance groups by name (按名称查询考勤组).

Build it with [`SearchRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SearchRequest {
        /**The group name to search for (考勤组名称).

Wire name `group_name`.*/
        pub group_name: ::std::string::String,
        /**Not documented on the reference page; taken from the official SDKs' request model (lark-oapi
1.7.5; the Go SDK's builder has it too). By its name it chooses exact name matching over fuzzy
matching, the two ways the page says the search supports without saying how to pick one.

Wire name `exactly_matched`.*/
        pub exactly_matched: ::core::option::Option<bool>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `group_name` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct group_name;
    }
    ///Builder for [`SearchRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct SearchRequestBuilder<__GroupName = ::feishu_api::builder::Unset> {
        group_name: __GroupName,
        exactly_matched: ::core::option::Option<bool>,
    }
    impl SearchRequest {
        /// Starts building a request.
        pub fn builder() -> SearchRequestBuilder {
            SearchRequestBuilder {
                group_name: ::feishu_api::builder::Unset,
                exactly_matched: ::core::option::Option::None,
            }
        }
        /// Checks the request against the spec's constraints, reporting every violation
        /// (the client calls this before sending anything).
        pub fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            let mut all = ::feishu_api::Violations::new();
            {
                let violations = &mut all;
                let prefix = "";
                let _ = (prefix, &violations);
            }
            all.into_result()
        }
    }
    impl<__GroupName> SearchRequestBuilder<__GroupName> {
        /**The group name to search for (考勤组名称).

Wire name `group_name`.*/
        pub fn group_name(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> SearchRequestBuilder<::feishu_api::builder::Set<::std::string::String>> {
            SearchRequestBuilder {
                group_name: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                exactly_matched: self.exactly_matched,
            }
        }
        /**Not documented on the reference page; taken from the official SDKs' request model (lark-oapi
1.7.5; the Go SDK's builder has it too). By its name it chooses exact name matching over fuzzy
matching, the two ways the page says the search supports without saying how to pick one.

Wire name `exactly_matched`.*/
        pub fn exactly_matched(mut self, value: bool) -> Self {
            self.exactly_matched = ::core::option::Option::Some(value);
            self
        }
    }
    impl<__GroupName> SearchRequestBuilder<__GroupName>
    where
        __GroupName: ::feishu_api::builder::IsSet<
            __field::group_name,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> SearchRequest {
            SearchRequest {
                group_name: ::feishu_api::builder::IsSet::into_value(self.group_name),
                exactly_matched: self.exactly_matched,
            }
        }
    }
    /**The matching attendance groups.

Absent optional fields decode as `None` (arrays as empty); unknown fields are ignored.*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct SearchResponse {
        /**The matching groups, at most 10, most recently modified first (考勤组列表).

Wire name `group_list`.*/
        pub group_list: ::std::vec::Vec<GroupMeta>,
    }
    impl ::feishu_api::wire::DecodeObject for SearchResponse {
        const FIELDS: &'static [&'static str] = &["group_list"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.group_list = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for SearchResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `search`, to match a failed call's code by name: `SearchErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum SearchErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee id kind is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 3usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "param is invalid",
            hint: "The parameters failed validation: check them against the message returned, e.g. \"employee_type invalid\" means the employee id kind is wrong.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220002i64,
            name: "TenantIdEmpty",
            message: "tenant_id is empty",
            hint: "Check that the tenant_access_token sent is correct.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl SearchErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::General,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220600i64 => ::core::option::Option::Some(Self::General),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::General => &ERRORS[2usize],
            }
        }
        /// The body `code`.
        pub fn code(self) -> i64 {
            self.info().code
        }
        /// The troubleshooting hint.
        pub fn hint(self) -> &'static str {
            self.info().hint
        }
    }
    impl ::feishu_api::Endpoint for SearchRequest {
        type Response = SearchResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "group",
            method: "search",
            summary: "Find attendance groups by name (按名称查询考勤组).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/groups/search",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule", "attendance:rule:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/group/search",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"group_list\": [\n            {\n                \"group_id\": \"6919358128597097404\",\n                \"group_name\": \"考勤组1\"\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            SearchRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/groups/search")
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            #[allow(unused_mut)]
            let mut query = ::std::vec::Vec::new();
            query
        }
        fn body(
            &self,
        ) -> ::core::result::Result<
            ::core::option::Option<::std::vec::Vec<u8>>,
            ::feishu_api::__private::serde_json::Error,
        > {
            #[derive(::feishu_api::__private::serde::Serialize)]
            #[serde(crate = "::feishu_api::__private::serde")]
            struct __Body<'a> {
                #[serde(rename = "group_name")]
                group_name: &'a ::std::string::String,
                #[serde(
                    rename = "exactly_matched",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                exactly_matched: ::core::option::Option<&'a bool>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                group_name: &self.group_name,
                exactly_matched: self.exactly_matched.as_ref(),
                _marker: ::core::marker::PhantomData,
            };
            ::feishu_api::__private::serde_json::to_vec(&body)
                .map(::core::option::Option::Some)
        }
        #[cfg(any(test, feature = "server"))]
        fn from_wire_with_headers(
            query: &str,
            path_params: &[(&str, &str)],
            headers: &[(&str, &str)],
            body: &[u8],
        ) -> ::core::result::Result<Self, ::feishu_api::Violations> {
            let mut violations = ::feishu_api::Violations::new();
            let _ = headers;
            let _ = query;
            #[allow(unused_mut)]
            let mut body = ::feishu_api::wire::body_object(body, &mut violations);
            let _ = path_params;
            let __group_name: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "group_name", &mut violations);
            let __group_name = ::feishu_api::wire::require(
                __group_name,
                "group_name",
                &mut violations,
            );
            let __exactly_matched: ::core::option::Option<bool> = ::feishu_api::wire::take_body::<
                bool,
            >(&mut body, "exactly_matched", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__group_name,) {
                (::core::option::Option::Some(__group_name),) => {
                    ::core::result::Result::Ok(Self {
                        group_name: __group_name,
                        exactly_matched: __exactly_matched,
                    })
                }
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }
        }
    }
    #[cfg(test)]
    mod __spec_examples {
        #[test]
        fn example_request_matches_the_spec() {
            use ::feishu_api::Endpoint as _;
            use ::feishu_api::__private::serde_json::{self, Value};
            const QUERY: &str = "";
            const BODY: &str = "{\n    \"group_name\": \"考勤组1\"\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::SearchRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
                QUERY,
                path_params,
                headers,
                BODY.as_bytes(),
            ) {
                Ok(request) => request,
                Err(violations) => {
                    panic!("the spec's example request does not decode: {violations}")
                }
            };
            if let Err(violations) = request.validate() {
                panic!(
                    "the spec's example request breaks the spec's own rules: {violations}"
                );
            }
            let query = ::feishu_api::__private::form_urlencoded::Serializer::new(
                    String::new(),
                )
                .extend_pairs(request.query())
                .finish();
            assert_eq!(query, QUERY, "the example request's query string");
            let sent: Vec<(&str, String)> = request.headers();
            let expected: Vec<(&str, String)> = headers
                .iter()
                .map(|(k, v)| (*k, (*v).to_owned()))
                .collect();
            assert_eq!(sent, expected, "the example request's headers");
            let body: Option<Value> = request
                .body()
                .expect("generated types encode")
                .map(|bytes| {
                    serde_json::from_slice(&bytes).expect("the encoded body is JSON")
                });
            let expected: Option<Value> = if BODY.trim().is_empty() {
                body.as_ref()
                    .filter(|b| b.as_object().is_some_and(|o| o.is_empty()))
                    .cloned()
            } else {
                Some(serde_json::from_str(BODY).expect("the example body is JSON"))
            };
            let same = match (&body, &expected) {
                (Some(a), Some(b)) => ::feishu_api::wire::same_json(a, b),
                (a, b) => a == b,
            };
            assert!(same, "the example request's body: {body:?} for {expected:?}");
        }
        #[test]
        fn example_response_decodes_without_loss() {
            use ::feishu_api::__private::serde_json::{self, Value};
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"group_list\": [\n            {\n                \"group_id\": \"6919358128597097404\",\n                \"group_name\": \"考勤组1\"\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "group_list",
                "group_list[].group_id",
                "group_list[].group_name",
            ];
            let envelope: Value = serde_json::from_str(RESPONSE)
                .expect("the example response is JSON");
            assert_eq!(
                envelope.get("code").and_then(Value::as_i64), Some(0),
                "the example is a success"
            );
            let data = envelope
                .get("data")
                .cloned()
                .unwrap_or_else(|| Value::Object(Default::default()));
            let absent = ::feishu_api::wire::absent_paths(DOCUMENTED, &data);
            assert!(
                absent.is_empty(),
                "documented fields the example never shows: {absent:?}"
            );
            let decoded: super::SearchResponse = match serde_json::from_value(
                data.clone(),
            ) {
                Ok(decoded) => decoded,
                Err(e) => panic!("the spec's example response does not decode: {e}"),
            };
            let encoded = serde_json::to_value(&decoded)
                .expect("generated types encode");
            assert!(
                ::feishu_api::wire::same_json(& encoded, & data),
                "re-encoding the decoded example changed it:\n{encoded}\n{data}"
            );
        }
    }
}
impl Resource<'_> {
    /**Find attendance groups by name (按名称查询考勤组).

Returns the id and name of the attendance groups whose name matches, exactly or fuzzily; at
most 10, most recently modified first. It backs the name search of the attendance group settings
page (设置 > 假勤设置 > 考勤组). The data it searches is synchronized from the group master data with
a delay, normally under 2 seconds, so a group just created or renamed may not be found at once.

按考勤组名称查询考勤组摘要信息。查询条件支持名称精确匹配和模糊匹配两种方式。查询结果按考勤组修改时间 desc 排序，
且最大记录数为 10 条。

- **HTTP:** `POST /open-apis/attendance/v1/groups/search`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`, `attendance:rule:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/group/search>

# Errors

Besides transport and validation errors, the documented codes ([`search::SearchErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee id kind is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::prelude::*;
use feishu_api::attendance::v1::group::search::{SearchRequest};

let request = SearchRequest::builder()
    .group_name("考勤组1")
    .build();
let response = client.attendance().v1().group().search(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn search(
        &self,
        request: &search::SearchRequest,
    ) -> ::core::result::Result<search::SearchResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`search`](Self::search) with per-request options (a token override, a timeout).
    pub async fn search_with(
        &self,
        request: &search::SearchRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<search::SearchResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
