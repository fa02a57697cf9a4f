///Types of `attendance.v1.shift.get`: Get an attendance shift's details by its ID (按 ID 查询班次).
pub mod get {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/shift/get.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        FlexibleRule, LateOffBaseOnTimeType, LateOffLateOnRule, LateOffLateOnSetting,
        LateOnBaseOnTimeType, OvertimeRule, PunchTimeRule, RestRule,
        RestTimeFlexibleConfig, Shift, ShiftAttendanceTimeConfig, ShiftDayType,
        ShiftMiddleTimeRule, ShiftMiddleTimeType,
    };
    /**The request of [`get`](super::ShiftResource::get): Get an attendance shift's details by its ID (按 ID 查询班次).

Build it with [`GetRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetRequest {
        /**The shift's ID (班次 ID), as returned by 按名称查询班次 (query) or 创建班次 (create).

Wire name `shift_id`.*/
        pub shift_id: ::std::string::String,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `shift_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct shift_id;
    }
    ///Builder for [`GetRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct GetRequestBuilder<__ShiftId = ::feishu_api::builder::Unset> {
        shift_id: __ShiftId,
    }
    impl GetRequest {
        /// Starts building a request.
        pub fn builder() -> GetRequestBuilder {
            GetRequestBuilder {
                shift_id: ::feishu_api::builder::Unset,
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
    impl<__ShiftId> GetRequestBuilder<__ShiftId> {
        /**The shift's ID (班次 ID), as returned by 按名称查询班次 (query) or 创建班次 (create).

Wire name `shift_id`.*/
        pub fn shift_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GetRequestBuilder<::feishu_api::builder::Set<::std::string::String>> {
            GetRequestBuilder {
                shift_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
            }
        }
    }
    impl<__ShiftId> GetRequestBuilder<__ShiftId>
    where
        __ShiftId: ::feishu_api::builder::IsSet<
            __field::shift_id,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> GetRequest {
            GetRequest {
                shift_id: ::feishu_api::builder::IsSet::into_value(self.shift_id),
            }
        }
    }
    /**The shift's details; `data` is the shift itself.

The data is a [`Shift`].*/
    pub type GetResponse = Shift;
    ///The error codes the reference page documents for `get`, to match a failed call's code by name: `GetErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum GetErrorCode {
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
        /**`1220600` (HTTP 400): General error message

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
            message: "General error message",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl GetErrorCode {
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
    impl ::feishu_api::Endpoint for GetRequest {
        type Response = GetResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "shift",
            method: "get",
            summary: "Get an attendance shift's details by its ID (按 ID 查询班次).",
            http_method: ::feishu_api::endpoint::HttpMethod::Get,
            path: "/open-apis/attendance/v1/shifts/:shift_id",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule", "attendance:rule:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/shift/get",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"shift_id\": \"6919358778597097404\",\n        \"shift_name\": \"早班\",\n        \"punch_times\": 1,\n        \"sub_shift_leader_ids\": [\n            \"456123\"\n        ],\n        \"is_flexible\": false,\n        \"flexible_minutes\": 60,\n        \"flexible_rule\": [\n            {\n                \"flexible_early_minutes\": 60,\n                \"flexible_late_minutes\": 60\n            }\n        ],\n        \"no_need_off\": true,\n        \"punch_time_rule\": [\n            {\n                \"on_time\": \"9:00\",\n                \"off_time\": \"18:00\",\n                \"late_minutes_as_late\": 30,\n                \"late_minutes_as_lack\": 60,\n                \"on_advance_minutes\": 60,\n                \"early_minutes_as_early\": 30,\n                \"early_minutes_as_lack\": 60,\n                \"off_delay_minutes\": 60,\n                \"late_minutes_as_serious_late\": 40,\n                \"no_need_on\": true,\n                \"no_need_off\": true\n            }\n        ],\n        \"late_off_late_on_rule\": [\n            {\n                \"late_off_minutes\": 60,\n                \"late_on_minutes\": 30\n            }\n        ],\n        \"rest_time_rule\": [\n            {\n                \"rest_begin_time\": \"13:00\",\n                \"rest_end_time\": \"14:00\"\n            }\n        ],\n        \"overtime_rule\": [\n            {\n                \"on_overtime\": \"9:00\",\n                \"off_overtime\": \"18:00\"\n            }\n        ],\n        \"day_type\": 1,\n        \"overtime_rest_time_rule\": [\n            {\n                \"rest_begin_time\": \"13:00\",\n                \"rest_end_time\": \"14:00\"\n            }\n        ],\n        \"late_minutes_as_serious_late\": 40,\n        \"shift_middle_time_rule\": {\n            \"middle_time_type\": 0,\n            \"fixed_middle_time\": \"12:00\"\n        },\n        \"shift_attendance_time_config\": {\n            \"attendance_time\": 1.0,\n            \"on_attendance_time\": 1.0,\n            \"off_attendance_time\": 1.0\n        },\n        \"late_off_late_on_setting\": {\n            \"late_off_base_on_time_type\": 0,\n            \"late_on_base_on_time_type\": 0\n        },\n        \"id\": \"6919358778597097404\",\n        \"rest_time_flexible_configs\": [\n            {\n                \"need_flexible\": false,\n                \"late_mins\": 0\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            GetRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/shifts/{}",
                ::feishu_api::wire::encode_path_segment(&
                ::feishu_api::wire::QueryValue::to_query(& self.shift_id))
            )
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
            ::core::result::Result::Ok(::core::option::Option::None)
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
            let _ = body;
            let __shift_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_path::<
                ::std::string::String,
            >(path_params, "shift_id", &mut violations);
            let __shift_id = ::feishu_api::wire::require(
                __shift_id,
                "shift_id",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__shift_id,) {
                (::core::option::Option::Some(__shift_id),) => {
                    ::core::result::Result::Ok(Self { shift_id: __shift_id })
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
            const BODY: &str = "";
            let path_params: &[(&str, &str)] = &[("shift_id", "6919358778597097404")];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::GetRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            let decoded: super::GetResponse = match serde_json::from_value(
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
    /**Get an attendance shift's details by its ID (按 ID 查询班次).

Returns one shift's rules: its name, punch rules, flexible punching, rest periods and so on, as
shown when a shift's name is clicked in the admin console's shift list (假勤设置 > 班次设置).

通过班次 ID 获取班次详情。

- **HTTP:** `GET /open-apis/attendance/v1/shifts/:shift_id`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`, `attendance:rule:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/shift/get>

# Errors

Besides transport and validation errors, the documented codes ([`get::GetErrorCode`]):

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
use feishu_api::attendance::v1::shift::get::{GetRequest};

let request = GetRequest::builder()
    .shift_id("6919358778597097404")
    .build();
let response = client.attendance().v1().shift().get(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn get(
        &self,
        request: &get::GetRequest,
    ) -> ::core::result::Result<get::GetResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`get`](Self::get) with per-request options (a token override, a timeout).
    pub async fn get_with(
        &self,
        request: &get::GetRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<get::GetResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
