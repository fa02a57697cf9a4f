///Types of `attendance.v1.user_flow.batch_del`: Delete punch records imported through the open platform (删除打卡流水).
pub mod batch_del {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_flow/batch_del.toml"
    );
    /**The request of [`batch_del`](super::UserFlowResource::batch_del): Delete punch records imported through the open platform (删除打卡流水).

Build it with [`BatchDelRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchDelRequest {
        /**The punch records to delete (打卡流水记录 ID), 1 to 10 of them, as found by 批量查询打卡流水
(user_flow query), 获取打卡结果 (user_task query) or 导入打卡流水 (user_flow batch_create).

Wire name `record_ids`; 1 to 10 items.*/
        pub record_ids: ::std::vec::Vec<::std::string::String>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `record_ids` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct record_ids;
    }
    ///Builder for [`BatchDelRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct BatchDelRequestBuilder<__RecordIds = ::feishu_api::builder::Unset> {
        record_ids: __RecordIds,
    }
    impl BatchDelRequest {
        /// Starts building a request.
        pub fn builder() -> BatchDelRequestBuilder {
            BatchDelRequestBuilder {
                record_ids: ::feishu_api::builder::Unset,
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
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.record_ids,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "record_ids");
                    violations
                        .check_items(
                            &path,
                            value.len(),
                            ::core::option::Option::Some(1),
                            ::core::option::Option::Some(10),
                        );
                }
            }
            all.into_result()
        }
    }
    impl<__RecordIds> BatchDelRequestBuilder<__RecordIds> {
        /**The punch records to delete (打卡流水记录 ID), 1 to 10 of them, as found by 批量查询打卡流水
(user_flow query), 获取打卡结果 (user_task query) or 导入打卡流水 (user_flow batch_create).

Wire name `record_ids`; 1 to 10 items.*/
        pub fn record_ids(
            self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> BatchDelRequestBuilder<
            ::feishu_api::builder::Set<::std::vec::Vec<::std::string::String>>,
        > {
            BatchDelRequestBuilder {
                record_ids: ::feishu_api::builder::Set::new(
                    value.into_iter().map(::core::convert::Into::into).collect(),
                ),
            }
        }
    }
    impl<__RecordIds> BatchDelRequestBuilder<__RecordIds>
    where
        __RecordIds: ::feishu_api::builder::IsSet<
            __field::record_ids,
            Value = ::std::vec::Vec<::std::string::String>,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> BatchDelRequest {
            BatchDelRequest {
                record_ids: ::feishu_api::builder::IsSet::into_value(self.record_ids),
            }
        }
    }
    /**Which records were deleted and which were not.

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
    pub struct BatchDelResponse {
        /**The records deleted (删除成功的流水记录ID列表).

Wire name `success_record_ids`.*/
        pub success_record_ids: ::std::vec::Vec<::std::string::String>,
        /**The records not deleted (删除失败的流水记录ID列表); the answer's `msg` gives the reason for each.

Wire name `fail_record_ids`.*/
        pub fail_record_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for BatchDelResponse {
        const FIELDS: &'static [&'static str] = &[
            "success_record_ids",
            "fail_record_ids",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.success_record_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                1usize => {
                    self.fail_record_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for BatchDelResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `batch_del`, to match a failed call's code by name: `BatchDelErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum BatchDelErrorCode {
        /**`1220001` (HTTP 400): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure. (The page gives this hint for the invalid-parameter code.)*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check the tenant id (the tenant_access_token sent).*/
        TenantIdEmpty,
        /**`1220003` (HTTP 400): user_id type is not employee_id or employee_no

An invalid user id.*/
        InvalidUserIdType,
        /**`1220006` (HTTP 400): enterprise tenant app has no privilege

The app lacks a permission: enable it as the message says.*/
        AppNoPrivilege,
        /**`1225000` (HTTP 500): system error

A system error: retry, or contact support.*/
        Internal,
        /**`1227000` (HTTP 500): management service error

A system error: retry, or contact support.*/
        ManagementService,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 6usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure. (The page gives this hint for the invalid-parameter code.)",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220002i64,
            name: "TenantIdEmpty",
            message: "tenant_id is empty",
            hint: "Check the tenant id (the tenant_access_token sent).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220003i64,
            name: "InvalidUserIdType",
            message: "user_id type is not employee_id or employee_no",
            hint: "An invalid user id.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220006i64,
            name: "AppNoPrivilege",
            message: "enterprise tenant app has no privilege",
            hint: "The app lacks a permission: enable it as the message says.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1225000i64,
            name: "Internal",
            message: "system error",
            hint: "A system error: retry, or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1227000i64,
            name: "ManagementService",
            message: "management service error",
            hint: "A system error: retry, or contact support.",
        },
    ];
    impl BatchDelErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::InvalidUserIdType,
            Self::AppNoPrivilege,
            Self::Internal,
            Self::ManagementService,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220003i64 => ::core::option::Option::Some(Self::InvalidUserIdType),
                1220006i64 => ::core::option::Option::Some(Self::AppNoPrivilege),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1227000i64 => ::core::option::Option::Some(Self::ManagementService),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::InvalidUserIdType => &ERRORS[2usize],
                Self::AppNoPrivilege => &ERRORS[3usize],
                Self::Internal => &ERRORS[4usize],
                Self::ManagementService => &ERRORS[5usize],
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
    impl ::feishu_api::Endpoint for BatchDelRequest {
        type Response = BatchDelResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_flow",
            method: "batch_del",
            summary: "Delete punch records imported through the open platform (删除打卡流水).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_flows/batch_del",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task"],
            app_types: &[
                ::feishu_api::endpoint::AppType::SelfBuilt,
                ::feishu_api::endpoint::AppType::Store,
            ],
            rate_limit_per_second: ::core::option::Option::Some(10u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_flow/batch_del",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"success_record_ids\": [\n            \"6709359313699356941\"\n        ],\n        \"fail_record_ids\": [\n            \"6709359313699356941\"\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            BatchDelRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/user_flows/batch_del")
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
                #[serde(rename = "record_ids")]
                record_ids: &'a ::std::vec::Vec<::std::string::String>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                record_ids: &self.record_ids,
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
            let __record_ids: ::core::option::Option<
                ::std::vec::Vec<::std::string::String>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<::std::string::String>,
            >(&mut body, "record_ids", &mut violations);
            let __record_ids = ::feishu_api::wire::require(
                __record_ids,
                "record_ids",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__record_ids,) {
                (::core::option::Option::Some(__record_ids),) => {
                    ::core::result::Result::Ok(Self { record_ids: __record_ids })
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
            const BODY: &str = "{\n    \"record_ids\": [\n        \"6709359313699356941\"\n    ]\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::BatchDelRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"success_record_ids\": [\n            \"6709359313699356941\"\n        ],\n        \"fail_record_ids\": [\n            \"6709359313699356941\"\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &["success_record_ids", "fail_record_ids"];
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
            let decoded: super::BatchDelResponse = match serde_json::from_value(
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
    /**Delete punch records imported through the open platform (删除打卡流水).

Deletes punch records that were imported through the open platform (导入打卡流水); the
attendance results those records counted for are then worked out again. Ids that could not be
deleted come back in `fail_record_ids`, and `msg` then gives the reasons as
`{"<record id>": "<reason>"}`.

删除员工从开放平台导入的打卡记录。删除后会重新计算打卡记录对应考勤任务结果。

- **HTTP:** `POST /open-apis/attendance/v1/user_flows/batch_del`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`
- **Available to:** self-built apps, store apps
- **Rate limit:** 10 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_flow/batch_del>

# Errors

Besides transport and validation errors, the documented codes ([`batch_del::BatchDelErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | Check the message returned: e.g. "internal server error" means a server-side failure. (The page gives this hint for the invalid-parameter code.) |
| 400 | 1220002 | `TenantIdEmpty` | Check the tenant id (the tenant_access_token sent). |
| 400 | 1220003 | `InvalidUserIdType` | An invalid user id. |
| 400 | 1220006 | `AppNoPrivilege` | The app lacks a permission: enable it as the message says. |
| 500 | 1225000 | `Internal` | A system error: retry, or contact support. |
| 500 | 1227000 | `ManagementService` | A system error: retry, or contact support. |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::prelude::*;
use feishu_api::attendance::v1::user_flow::batch_del::{BatchDelRequest};

let request = BatchDelRequest::builder()
    .record_ids(["6709359313699356941"])
    .build();
let response = client.attendance().v1().user_flow().batch_del(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn batch_del(
        &self,
        request: &batch_del::BatchDelRequest,
    ) -> ::core::result::Result<batch_del::BatchDelResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`batch_del`](Self::batch_del) with per-request options (a token override, a timeout).
    pub async fn batch_del_with(
        &self,
        request: &batch_del::BatchDelRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<batch_del::BatchDelResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
