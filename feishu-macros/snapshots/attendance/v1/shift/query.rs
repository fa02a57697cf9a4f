///Types of `attendance.v1.shift.query`: Find an attendance shift by its name (按名称查询班次).
pub mod query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/shift/query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        FlexibleRule, LateOffBaseOnTimeType, LateOffLateOnRule, LateOffLateOnSetting,
        LateOnBaseOnTimeType, OvertimeRule, PunchTimeRule, RestRule,
        RestTimeFlexibleConfig, Shift, ShiftAttendanceTimeConfig, ShiftDayType,
        ShiftMiddleTimeRule, ShiftMiddleTimeType,
    };
    /**The request of [`query`](super::ShiftResource::query): Find an attendance shift by its name (按名称查询班次).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryRequest {
        /**The name of the shift to find (班次名称).

Wire name `shift_name`.*/
        pub shift_name: ::std::string::String,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `shift_name` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct shift_name;
    }
    ///Builder for [`QueryRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct QueryRequestBuilder<__ShiftName = ::feishu_api::builder::Unset> {
        shift_name: __ShiftName,
    }
    impl QueryRequest {
        /// Starts building a request.
        pub fn builder() -> QueryRequestBuilder {
            QueryRequestBuilder {
                shift_name: ::feishu_api::builder::Unset,
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
    impl<__ShiftName> QueryRequestBuilder<__ShiftName> {
        /**The name of the shift to find (班次名称).

Wire name `shift_name`.*/
        pub fn shift_name(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> QueryRequestBuilder<::feishu_api::builder::Set<::std::string::String>> {
            QueryRequestBuilder {
                shift_name: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
            }
        }
    }
    impl<__ShiftName> QueryRequestBuilder<__ShiftName>
    where
        __ShiftName: ::feishu_api::builder::IsSet<
            __field::shift_name,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> QueryRequest {
            QueryRequest {
                shift_name: ::feishu_api::builder::IsSet::into_value(self.shift_name),
            }
        }
    }
    /**The shift found; `data` is the shift itself.

The data is a [`Shift`].*/
    pub type QueryResponse = Shift;
    ///The error codes the reference page documents for `query`, to match a failed call's code by name: `QueryErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum QueryErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226000` (HTTP 500): param is invalid

An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        ShiftServiceError,
        /**`1226003` (HTTP 400): param is invalid

Check the message returned: e.g. "default shift are not allowed to change." means the default shift cannot be modified. Older versions of the page described this code as "shift not found" (班次不存在): check the shift_id.*/
        ShiftInvalid,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 6usize] = &[
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
            code: 1225000i64,
            name: "Internal",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1226000i64,
            name: "ShiftServiceError",
            message: "param is invalid",
            hint: "An error of the shift service; check the message returned, e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226003i64,
            name: "ShiftInvalid",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"default shift are not allowed to change.\" means the default shift cannot be modified. Older versions of the page described this code as \"shift not found\" (班次不存在): check the shift_id.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl QueryErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::Internal,
            Self::ShiftServiceError,
            Self::ShiftInvalid,
            Self::General,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1226000i64 => ::core::option::Option::Some(Self::ShiftServiceError),
                1226003i64 => ::core::option::Option::Some(Self::ShiftInvalid),
                1220600i64 => ::core::option::Option::Some(Self::General),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::Internal => &ERRORS[2usize],
                Self::ShiftServiceError => &ERRORS[3usize],
                Self::ShiftInvalid => &ERRORS[4usize],
                Self::General => &ERRORS[5usize],
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
    impl ::feishu_api::Endpoint for QueryRequest {
        type Response = QueryResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "shift",
            method: "query",
            summary: "Find an attendance shift by its name (按名称查询班次).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/shifts/query",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/shift/query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"shift_id\": \"6919358778597097404\",\n        \"shift_name\": \"早班\",\n        \"punch_times\": 1,\n        \"sub_shift_leader_ids\": [\n            \"456123\"\n        ],\n        \"is_flexible\": false,\n        \"flexible_minutes\": 60,\n        \"flexible_rule\": [\n            {\n                \"flexible_early_minutes\": 60,\n                \"flexible_late_minutes\": 60\n            }\n        ],\n        \"no_need_off\": true,\n        \"punch_time_rule\": [\n            {\n                \"on_time\": \"9:00\",\n                \"off_time\": \"18:00\",\n                \"late_minutes_as_late\": 30,\n                \"late_minutes_as_lack\": 60,\n                \"on_advance_minutes\": 60,\n                \"early_minutes_as_early\": 30,\n                \"early_minutes_as_lack\": 60,\n                \"off_delay_minutes\": 60,\n                \"late_minutes_as_serious_late\": 40,\n                \"no_need_on\": true,\n                \"no_need_off\": true\n            }\n        ],\n        \"late_off_late_on_rule\": [\n            {\n                \"late_off_minutes\": 60,\n                \"late_on_minutes\": 30\n            }\n        ],\n        \"rest_time_rule\": [\n            {\n                \"rest_begin_time\": \"13:00\",\n                \"rest_end_time\": \"14:00\"\n            }\n        ],\n        \"overtime_rule\": [\n            {\n                \"on_overtime\": \"9:00\",\n                \"off_overtime\": \"18:00\"\n            }\n        ],\n        \"day_type\": 1,\n        \"overtime_rest_time_rule\": [\n            {\n                \"rest_begin_time\": \"13:00\",\n                \"rest_end_time\": \"14:00\"\n            }\n        ],\n        \"late_minutes_as_serious_late\": 40,\n        \"shift_middle_time_rule\": {\n            \"middle_time_type\": 0,\n            \"fixed_middle_time\": \"12:00\"\n        },\n        \"shift_attendance_time_config\": {\n            \"attendance_time\": 1.0,\n            \"on_attendance_time\": 1.0,\n            \"off_attendance_time\": 1.0\n        },\n        \"late_off_late_on_setting\": {\n            \"late_off_base_on_time_type\": 0,\n            \"late_on_base_on_time_type\": 0\n        },\n        \"id\": \"6919358778597097404\",\n        \"rest_time_flexible_configs\": [\n            {\n                \"need_flexible\": false,\n                \"late_mins\": 0\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/shifts/query")
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            #[allow(unused_mut)]
            let mut query = ::std::vec::Vec::new();
            {
                let values = &self.shift_name;
                let value = values;
                query
                    .push((
                        "shift_name",
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
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
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
            let _ = body;
            let _ = path_params;
            let __shift_name: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_query::<
                ::std::string::String,
            >(&pairs, "shift_name", &mut violations);
            let __shift_name = ::feishu_api::wire::require(
                __shift_name,
                "shift_name",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__shift_name,) {
                (::core::option::Option::Some(__shift_name),) => {
                    ::core::result::Result::Ok(Self { shift_name: __shift_name })
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
            const QUERY: &str = "shift_name=%E6%97%A9%E7%8F%AD";
            const BODY: &str = "";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::QueryRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"shift_id\": \"6919358778597097404\",\n        \"shift_name\": \"早班\",\n        \"punch_times\": 1,\n        \"sub_shift_leader_ids\": [\n            \"456123\"\n        ],\n        \"is_flexible\": false,\n        \"flexible_minutes\": 60,\n        \"flexible_rule\": [\n            {\n                \"flexible_early_minutes\": 60,\n                \"flexible_late_minutes\": 60\n            }\n        ],\n        \"no_need_off\": true,\n        \"punch_time_rule\": [\n            {\n                \"on_time\": \"9:00\",\n                \"off_time\": \"18:00\",\n                \"late_minutes_as_late\": 30,\n                \"late_minutes_as_lack\": 60,\n                \"on_advance_minutes\": 60,\n                \"early_minutes_as_early\": 30,\n                \"early_minutes_as_lack\": 60,\n                \"off_delay_minutes\": 60,\n                \"late_minutes_as_serious_late\": 40,\n                \"no_need_on\": true,\n                \"no_need_off\": true\n            }\n        ],\n        \"late_off_late_on_rule\": [\n            {\n                \"late_off_minutes\": 60,\n                \"late_on_minutes\": 30\n            }\n        ],\n        \"rest_time_rule\": [\n            {\n                \"rest_begin_time\": \"13:00\",\n                \"rest_end_time\": \"14:00\"\n            }\n        ],\n        \"overtime_rule\": [\n            {\n                \"on_overtime\": \"9:00\",\n                \"off_overtime\": \"18:00\"\n            }\n        ],\n        \"day_type\": 1,\n        \"overtime_rest_time_rule\": [\n            {\n                \"rest_begin_time\": \"13:00\",\n                \"rest_end_time\": \"14:00\"\n            }\n        ],\n        \"late_minutes_as_serious_late\": 40,\n        \"shift_middle_time_rule\": {\n            \"middle_time_type\": 0,\n            \"fixed_middle_time\": \"12:00\"\n        },\n        \"shift_attendance_time_config\": {\n            \"attendance_time\": 1.0,\n            \"on_attendance_time\": 1.0,\n            \"off_attendance_time\": 1.0\n        },\n        \"late_off_late_on_setting\": {\n            \"late_off_base_on_time_type\": 0,\n            \"late_on_base_on_time_type\": 0\n        },\n        \"id\": \"6919358778597097404\",\n        \"rest_time_flexible_configs\": [\n            {\n                \"need_flexible\": false,\n                \"late_mins\": 0\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "shift_id",
                "shift_name",
                "punch_times",
                "sub_shift_leader_ids",
                "is_flexible",
                "flexible_minutes",
                "flexible_rule",
                "flexible_rule[].flexible_early_minutes",
                "flexible_rule[].flexible_late_minutes",
                "no_need_off",
                "punch_time_rule",
                "punch_time_rule[].on_time",
                "punch_time_rule[].off_time",
                "punch_time_rule[].late_minutes_as_late",
                "punch_time_rule[].late_minutes_as_lack",
                "punch_time_rule[].on_advance_minutes",
                "punch_time_rule[].early_minutes_as_early",
                "punch_time_rule[].early_minutes_as_lack",
                "punch_time_rule[].off_delay_minutes",
                "punch_time_rule[].late_minutes_as_serious_late",
                "punch_time_rule[].no_need_on",
                "punch_time_rule[].no_need_off",
                "late_off_late_on_rule",
                "late_off_late_on_rule[].late_off_minutes",
                "late_off_late_on_rule[].late_on_minutes",
                "rest_time_rule",
                "rest_time_rule[].rest_begin_time",
                "rest_time_rule[].rest_end_time",
                "overtime_rule",
                "overtime_rule[].on_overtime",
                "overtime_rule[].off_overtime",
                "day_type",
                "overtime_rest_time_rule",
                "overtime_rest_time_rule[].rest_begin_time",
                "overtime_rest_time_rule[].rest_end_time",
                "late_minutes_as_serious_late",
                "shift_middle_time_rule",
                "shift_middle_time_rule.middle_time_type",
                "shift_middle_time_rule.fixed_middle_time",
                "shift_attendance_time_config",
                "shift_attendance_time_config.attendance_time",
                "shift_attendance_time_config.on_attendance_time",
                "shift_attendance_time_config.off_attendance_time",
                "late_off_late_on_setting",
                "late_off_late_on_setting.late_off_base_on_time_type",
                "late_off_late_on_setting.late_on_base_on_time_type",
                "id",
                "rest_time_flexible_configs",
                "rest_time_flexible_configs[].need_flexible",
                "rest_time_flexible_configs[].late_mins",
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
            let decoded: super::QueryResponse = match serde_json::from_value(
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
    /**Find an attendance shift by its name (按名称查询班次).

Returns the shift with the given name, with its punch rules, flexible punching and rest rules,
like searching by shift name in the admin console (假勤设置 > 班次配置). The name travels as a query
parameter although the method is POST; there is no body.

通过班次名称查询班次信息。

- **HTTP:** `POST /open-apis/attendance/v1/shifts/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/shift/query>

# Errors

Besides transport and validation errors, the documented codes ([`query::QueryErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226000 | `ShiftServiceError` | An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 400 | 1226003 | `ShiftInvalid` | Check the message returned: e.g. "default shift are not allowed to change." means the default shift cannot be modified. Older versions of the page described this code as "shift not found" (班次不存在): check the shift_id. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::prelude::*;
use feishu_api::attendance::v1::shift::query::{QueryRequest};

let request = QueryRequest::builder()
    .shift_name("早班")
    .build();
let response = client.attendance().v1().shift().query(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn query(
        &self,
        request: &query::QueryRequest,
    ) -> ::core::result::Result<query::QueryResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`query`](Self::query) with per-request options (a token override, a timeout).
    pub async fn query_with(
        &self,
        request: &query::QueryRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<query::QueryResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
