///Types of `attendance.v1.user_stats_view.update`: Update the columns of an attendance report view (更新统计设置).
pub mod update {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_stats_view/update.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        ChildItem, ColumnType, EmployeeType, Item, StatsType, UserStatsView,
    };
    /**The request of [`update`](super::UserStatsViewResource::update): Update the columns of an attendance report view (更新统计设置).

Build it with [`UpdateRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateRequest {
        /**The view to update, as returned by the query of statistics settings (查询统计设置).

Wire name `user_stats_view_id`.*/
        pub user_stats_view_id: ::std::string::String,
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The complete new settings of the view (统计设置).

Wire name `view`.*/
        pub view: UserStatsView,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `user_stats_view_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct user_stats_view_id;
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `view` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct view;
    }
    ///Builder for [`UpdateRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct UpdateRequestBuilder<
        __UserStatsViewId = ::feishu_api::builder::Unset,
        __EmployeeType = ::feishu_api::builder::Unset,
        __View = ::feishu_api::builder::Unset,
    > {
        user_stats_view_id: __UserStatsViewId,
        employee_type: __EmployeeType,
        view: __View,
    }
    impl UpdateRequest {
        /// Starts building a request.
        pub fn builder() -> UpdateRequestBuilder {
            UpdateRequestBuilder {
                user_stats_view_id: ::feishu_api::builder::Unset,
                employee_type: ::feishu_api::builder::Unset,
                view: ::feishu_api::builder::Unset,
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
                    &self.view,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "view");
                    value.__validate(&path.to_string(), violations);
                }
            }
            all.into_result()
        }
    }
    impl<
        __UserStatsViewId,
        __EmployeeType,
        __View,
    > UpdateRequestBuilder<__UserStatsViewId, __EmployeeType, __View> {
        /**The view to update, as returned by the query of statistics settings (查询统计设置).

Wire name `user_stats_view_id`.*/
        pub fn user_stats_view_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> UpdateRequestBuilder<
            ::feishu_api::builder::Set<::std::string::String>,
            __EmployeeType,
            __View,
        > {
            UpdateRequestBuilder {
                user_stats_view_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                employee_type: self.employee_type,
                view: self.view,
            }
        }
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> UpdateRequestBuilder<
            __UserStatsViewId,
            ::feishu_api::builder::Set<EmployeeType>,
            __View,
        > {
            UpdateRequestBuilder {
                user_stats_view_id: self.user_stats_view_id,
                employee_type: ::feishu_api::builder::Set::new(value),
                view: self.view,
            }
        }
        /**The complete new settings of the view (统计设置).

Wire name `view`.*/
        pub fn view(
            self,
            value: UserStatsView,
        ) -> UpdateRequestBuilder<
            __UserStatsViewId,
            __EmployeeType,
            ::feishu_api::builder::Set<UserStatsView>,
        > {
            UpdateRequestBuilder {
                user_stats_view_id: self.user_stats_view_id,
                employee_type: self.employee_type,
                view: ::feishu_api::builder::Set::new(value),
            }
        }
    }
    impl<
        __UserStatsViewId,
        __EmployeeType,
        __View,
    > UpdateRequestBuilder<__UserStatsViewId, __EmployeeType, __View>
    where
        __UserStatsViewId: ::feishu_api::builder::IsSet<
            __field::user_stats_view_id,
            Value = ::std::string::String,
        >,
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __View: ::feishu_api::builder::IsSet<__field::view, Value = UserStatsView>,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> UpdateRequest {
            UpdateRequest {
                user_stats_view_id: ::feishu_api::builder::IsSet::into_value(
                    self.user_stats_view_id,
                ),
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                view: ::feishu_api::builder::IsSet::into_value(self.view),
            }
        }
    }
    /**The view as updated.

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
    pub struct UpdateResponse {
        /**The view's settings after the update (视图).

Wire name `view`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub view: ::core::option::Option<UserStatsView>,
    }
    impl ::feishu_api::wire::DecodeObject for UpdateResponse {
        const FIELDS: &'static [&'static str] = &["view"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.view = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UpdateResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `update`, to match a failed call's code by name: `UpdateErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UpdateErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1228000` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 4usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "param is invalid",
            hint: "The parameters failed validation: check them against the message returned, e.g. \"employee_type invalid\" means the employee type is wrong.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220002i64,
            name: "TenantIdEmpty",
            message: "tenant_id is empty",
            hint: "Check that the tenant_access_token sent is correct.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1228000i64,
            name: "Legacy",
            message: "历史错误码，不再使用",
            hint: "A historical code that is no longer used.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl UpdateErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::Legacy,
            Self::General,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1228000i64 => ::core::option::Option::Some(Self::Legacy),
                1220600i64 => ::core::option::Option::Some(Self::General),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::Legacy => &ERRORS[2usize],
                Self::General => &ERRORS[3usize],
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
    impl ::feishu_api::Endpoint for UpdateRequest {
        type Response = UpdateResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_stats_view",
            method: "update",
            summary: "Update the columns of an attendance report view (更新统计设置).",
            http_method: ::feishu_api::endpoint::HttpMethod::Put,
            path: "/open-apis/attendance/v1/user_stats_views/:user_stats_view_id",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task"],
            app_types: &[
                ::feishu_api::endpoint::AppType::SelfBuilt,
                ::feishu_api::endpoint::AppType::Store,
            ],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_stats_view/update",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"\",\n    \"data\": {\n        \"view\": {\n            \"items\": [\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"50102\",\n                            \"value\": \"0\",\n                            \"title\": \"部门\",\n                            \"column_type\": 0,\n                            \"read_only\": false,\n                            \"min_value\": \"\",\n                            \"max_value\": \"\"\n                        },\n                        {\n                            \"code\": \"50111\",\n                            \"value\": \"0\",\n                            \"title\": \"组织架构\",\n                            \"column_type\": 0,\n                            \"read_only\": false,\n                            \"min_value\": \"\",\n                            \"max_value\": \"\"\n                        },\n                        {\n                            \"code\": \"50104\",\n                            \"value\": \"0\",\n                            \"title\": \"邮箱\",\n                            \"column_type\": 0,\n                            \"read_only\": false,\n                            \"min_value\": \"\",\n                            \"max_value\": \"\"\n                        }\n                    ],\n                    \"code\": \"501\",\n                    \"title\": \"基本信息\"\n                }\n            ],\n            \"stats_type\": \"month\",\n            \"user_id\": \"ec8ddg56\",\n            \"view_id\": \"TmpnNU5EQXpPVGN3TmpVMU16Y3lPVEEwTXl0dGIyNTBhQT09\"\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            UpdateRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/user_stats_views/{}",
                ::feishu_api::wire::encode_path_segment(&
                ::feishu_api::wire::QueryValue::to_query(& self.user_stats_view_id))
            )
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            #[allow(unused_mut)]
            let mut query = ::std::vec::Vec::new();
            {
                let values = &self.employee_type;
                let value = values;
                query
                    .push((
                        "employee_type",
                        ::feishu_api::wire::QueryValue::to_query(value),
                    ));
            }
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
                #[serde(rename = "view")]
                view: &'a UserStatsView,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                view: &self.view,
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
            let pairs = ::feishu_api::wire::query_pairs(query);
            #[allow(unused_mut)]
            let mut body = ::feishu_api::wire::body_object(body, &mut violations);
            let __user_stats_view_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_path::<
                ::std::string::String,
            >(path_params, "user_stats_view_id", &mut violations);
            let __user_stats_view_id = ::feishu_api::wire::require(
                __user_stats_view_id,
                "user_stats_view_id",
                &mut violations,
            );
            let __employee_type: ::core::option::Option<EmployeeType> = ::feishu_api::wire::take_query::<
                EmployeeType,
            >(&pairs, "employee_type", &mut violations);
            let __employee_type = ::feishu_api::wire::require(
                __employee_type,
                "employee_type",
                &mut violations,
            );
            let __view: ::core::option::Option<UserStatsView> = ::feishu_api::wire::take_body::<
                UserStatsView,
            >(&mut body, "view", &mut violations);
            let __view = ::feishu_api::wire::require(__view, "view", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__user_stats_view_id, __employee_type, __view) {
                (
                    ::core::option::Option::Some(__user_stats_view_id),
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__view),
                ) => {
                    ::core::result::Result::Ok(Self {
                        user_stats_view_id: __user_stats_view_id,
                        employee_type: __employee_type,
                        view: __view,
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
            const QUERY: &str = "employee_type=employee_id";
            const BODY: &str = "{\n    \"view\": {\n        \"items\": [\n            {\n                \"child_items\": [\n                    {\n                        \"code\": \"50102\",\n                        \"value\": \"0\"\n                    },\n                    {\n                        \"code\": \"50111\",\n                        \"value\": \"0\"\n                    },\n                    {\n                        \"code\": \"50104\",\n                        \"value\": \"0\"\n                    }\n                ],\n                \"code\": \"501\"\n            }\n        ],\n        \"stats_type\": \"month\",\n        \"user_id\": \"ec8ddg56\",\n        \"view_id\": \"TmpnNU5EQXpPVGN3TmpVMU16Y3lPVEEwTXl0dGIyNTBhQT09\"\n    }\n}";
            let path_params: &[(&str, &str)] = &[
                (
                    "user_stats_view_id",
                    "TmpZNU5qTTJORFF6T1RnNU5UTTNOakV6TWl0dGIyNTBhQT09",
                ),
            ];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::UpdateRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"\",\n    \"data\": {\n        \"view\": {\n            \"items\": [\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"50102\",\n                            \"value\": \"0\",\n                            \"title\": \"部门\",\n                            \"column_type\": 0,\n                            \"read_only\": false,\n                            \"min_value\": \"\",\n                            \"max_value\": \"\"\n                        },\n                        {\n                            \"code\": \"50111\",\n                            \"value\": \"0\",\n                            \"title\": \"组织架构\",\n                            \"column_type\": 0,\n                            \"read_only\": false,\n                            \"min_value\": \"\",\n                            \"max_value\": \"\"\n                        },\n                        {\n                            \"code\": \"50104\",\n                            \"value\": \"0\",\n                            \"title\": \"邮箱\",\n                            \"column_type\": 0,\n                            \"read_only\": false,\n                            \"min_value\": \"\",\n                            \"max_value\": \"\"\n                        }\n                    ],\n                    \"code\": \"501\",\n                    \"title\": \"基本信息\"\n                }\n            ],\n            \"stats_type\": \"month\",\n            \"user_id\": \"ec8ddg56\",\n            \"view_id\": \"TmpnNU5EQXpPVGN3TmpVMU16Y3lPVEEwTXl0dGIyNTBhQT09\"\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "view",
                "view.view_id",
                "view.stats_type",
                "view.user_id",
                "view.items",
                "view.items[].code",
                "view.items[].title",
                "view.items[].child_items",
                "view.items[].child_items[].code",
                "view.items[].child_items[].value",
                "view.items[].child_items[].title",
                "view.items[].child_items[].column_type",
                "view.items[].child_items[].read_only",
                "view.items[].child_items[].min_value",
                "view.items[].child_items[].max_value",
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
            let decoded: super::UpdateResponse = match serde_json::from_value(
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
    /**Update the columns of an attendance report view (更新统计设置).

Updates the developer-defined header settings (which columns are shown) of a daily or
monthly attendance statistics report, the ones visible under 考勤统计 > 报表 in the admin
console. The settings are replaced as a whole (全量覆盖): columns left out of `view` are not
kept as they were.

更新开发者定制的日度统计或月度统计的统计报表表头设置信息；本接口会对设置进行全量覆盖更新。

- **HTTP:** `PUT /open-apis/attendance/v1/user_stats_views/:user_stats_view_id`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_stats_view/update>

# Errors

Besides transport and validation errors, the documented codes ([`update::UpdateErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 500 | 1228000 | `Legacy` | A historical code that is no longer used. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
*/
    pub async fn update(
        &self,
        request: &update::UpdateRequest,
    ) -> ::core::result::Result<update::UpdateResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`update`](Self::update) with per-request options (a token override, a timeout).
    pub async fn update_with(
        &self,
        request: &update::UpdateRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<update::UpdateResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
