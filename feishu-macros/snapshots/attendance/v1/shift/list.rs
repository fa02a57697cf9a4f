///Types of `attendance.v1.shift.list`: List all attendance shifts, page by page (查询所有班次).
pub mod list {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/shift/list.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        FlexibleRule, LateOffBaseOnTimeType, LateOffLateOnRule, LateOffLateOnSetting,
        LateOnBaseOnTimeType, OvertimeRule, PunchTimeRule, RestRule,
        RestTimeFlexibleConfig, Shift, ShiftAttendanceTimeConfig, ShiftDayType,
        ShiftMiddleTimeRule, ShiftMiddleTimeType,
    };
    /**The request of [`list`](super::ShiftResource::list): List all attendance shifts, page by page (查询所有班次).

Build it with [`ListRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListRequest {
        /**How many shifts to return per page (分页大小).

Wire name `page_size`; at least 1; at most 50; the server assumes `10` when absent.*/
        pub page_size: ::core::option::Option<i64>,
        /**The page to fetch (分页标记): leave empty for the first page, then pass the `page_token` of the
previous response while `has_more` is true.

Wire name `page_token`.*/
        pub page_token: ::core::option::Option<::std::string::String>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {}
    ///Builder for [`ListRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct ListRequestBuilder {
        page_size: ::core::option::Option<i64>,
        page_token: ::core::option::Option<::std::string::String>,
    }
    impl ListRequest {
        /// Starts building a request.
        pub fn builder() -> ListRequestBuilder {
            ListRequestBuilder {
                page_size: ::core::option::Option::None,
                page_token: ::core::option::Option::None,
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
                if let ::core::option::Option::Some(value) = self.page_size.as_ref() {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "page_size");
                    violations
                        .check_range(
                            &path,
                            *value,
                            ::core::option::Option::Some(1),
                            ::core::option::Option::Some(50),
                        );
                }
            }
            all.into_result()
        }
    }
    impl ListRequestBuilder {
        /**How many shifts to return per page (分页大小).

Wire name `page_size`; at least 1; at most 50; the server assumes `10` when absent.*/
        pub fn page_size(mut self, value: i64) -> Self {
            self.page_size = ::core::option::Option::Some(value);
            self
        }
        /**The page to fetch (分页标记): leave empty for the first page, then pass the `page_token` of the
previous response while `has_more` is true.

Wire name `page_token`.*/
        pub fn page_token(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.page_token = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
    }
    impl ListRequestBuilder {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> ListRequest {
            ListRequest {
                page_size: self.page_size,
                page_token: self.page_token,
            }
        }
    }
    /**One page of shifts.

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
    pub struct ListResponse {
        /**The shifts on this page (班次列表).

Wire name `shift_list`.*/
        pub shift_list: ::std::vec::Vec<Shift>,
        /**The token of the next page (分页标记); only returned when `has_more` is true.

Wire name `page_token`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub page_token: ::core::option::Option<::std::string::String>,
        /**Whether more shifts follow (是否还有更多项).

Wire name `has_more`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub has_more: ::core::option::Option<bool>,
    }
    impl ::feishu_api::wire::DecodeObject for ListResponse {
        const FIELDS: &'static [&'static str] = &[
            "shift_list",
            "page_token",
            "has_more",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.shift_list = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                1usize => self.page_token = map.next_value()?,
                2usize => self.has_more = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ListResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `list`, to match a failed call's code by name: `ListErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ListErrorCode {
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
    impl ListErrorCode {
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
    impl ::feishu_api::Endpoint for ListRequest {
        type Response = ListResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "shift",
            method: "list",
            summary: "List all attendance shifts, page by page (查询所有班次).",
            http_method: ::feishu_api::endpoint::HttpMethod::Get,
            path: "/open-apis/attendance/v1/shifts",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule", "attendance:rule:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/shift/list",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"shift_list\": [\n            {\n                \"shift_id\": \"6919358778597097404\",\n                \"shift_name\": \"早班\",\n                \"punch_times\": 1,\n                \"sub_shift_leader_ids\": [\n                    \"456123\"\n                ],\n                \"is_flexible\": false,\n                \"flexible_minutes\": 60,\n                \"flexible_rule\": [\n                    {\n                        \"flexible_early_minutes\": 60,\n                        \"flexible_late_minutes\": 60\n                    }\n                ],\n                \"no_need_off\": true,\n                \"punch_time_rule\": [\n                    {\n                        \"on_time\": \"9:00\",\n                        \"off_time\": \"18:00\",\n                        \"late_minutes_as_late\": 30,\n                        \"late_minutes_as_lack\": 60,\n                        \"on_advance_minutes\": 60,\n                        \"early_minutes_as_early\": 30,\n                        \"early_minutes_as_lack\": 60,\n                        \"off_delay_minutes\": 60,\n                        \"late_minutes_as_serious_late\": 40,\n                        \"no_need_on\": true,\n                        \"no_need_off\": true\n                    }\n                ],\n                \"late_off_late_on_rule\": [\n                    {\n                        \"late_off_minutes\": 60,\n                        \"late_on_minutes\": 30\n                    }\n                ],\n                \"rest_time_rule\": [\n                    {\n                        \"rest_begin_time\": \"13:00\",\n                        \"rest_end_time\": \"14:00\"\n                    }\n                ],\n                \"overtime_rule\": [\n                    {\n                        \"on_overtime\": \"9:00\",\n                        \"off_overtime\": \"18:00\"\n                    }\n                ],\n                \"day_type\": 1,\n                \"overtime_rest_time_rule\": [\n                    {\n                        \"rest_begin_time\": \"13:00\",\n                        \"rest_end_time\": \"14:00\"\n                    }\n                ],\n                \"late_minutes_as_serious_late\": 40,\n                \"shift_middle_time_rule\": {\n                    \"middle_time_type\": 0,\n                    \"fixed_middle_time\": \"12:00\"\n                },\n                \"shift_attendance_time_config\": {\n                    \"attendance_time\": 1.0,\n                    \"on_attendance_time\": 1.0,\n                    \"off_attendance_time\": 1.0\n                },\n                \"late_off_late_on_setting\": {\n                    \"late_off_base_on_time_type\": 0,\n                    \"late_on_base_on_time_type\": 0\n                },\n                \"id\": \"6919358778597097404\",\n                \"rest_time_flexible_configs\": [\n                    {\n                        \"need_flexible\": false,\n                        \"late_mins\": 0\n                    }\n                ]\n            }\n        ],\n        \"page_token\": \"YrkvQ1wGaPVta45tkxuGiQ==\",\n        \"has_more\": true\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            ListRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/shifts")
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            #[allow(unused_mut)]
            let mut query = ::std::vec::Vec::new();
            if let ::core::option::Option::Some(values) = &self.page_size {
                let value = values;
                query
                    .push((
                        "page_size",
                        ::feishu_api::wire::QueryValue::to_query(value),
                    ));
            }
            if let ::core::option::Option::Some(values) = &self.page_token {
                let value = values;
                query
                    .push((
                        "page_token",
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
            let pairs = ::feishu_api::wire::query_pairs(query);
            let _ = body;
            let _ = path_params;
            let __page_size: ::core::option::Option<i64> = ::feishu_api::wire::take_query::<
                i64,
            >(&pairs, "page_size", &mut violations);
            let __page_token: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_query::<
                ::std::string::String,
            >(&pairs, "page_token", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match () {
                () => {
                    ::core::result::Result::Ok(Self {
                        page_size: __page_size,
                        page_token: __page_token,
                    })
                }
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }
        }
    }
    impl ::feishu_api::Paginated for ListRequest {
        type Item = Shift;
        fn page_token(&self) -> ::core::option::Option<&str> {
            self.page_token.as_deref()
        }
        fn set_page_token(
            &mut self,
            token: ::core::option::Option<::std::string::String>,
        ) {
            self.page_token = token;
        }
        fn page_state(page: &ListResponse) -> ::feishu_api::streams::PageState<'_> {
            ::feishu_api::streams::PageState {
                has_more: page.has_more.unwrap_or(false),
                next_token: page.page_token.as_deref(),
            }
        }
        fn into_items(page: ListResponse) -> ::std::vec::Vec<Shift> {
            page.shift_list
        }
        fn item_count(page: &ListResponse) -> usize {
            page.shift_list.len()
        }
    }
    #[cfg(test)]
    mod __spec_examples {
        #[test]
        fn example_request_matches_the_spec() {
            use ::feishu_api::Endpoint as _;
            use ::feishu_api::__private::serde_json::{self, Value};
            const QUERY: &str = "page_size=10&page_token=YrkvQ1wGaPVta45tkxuGiQ%3D%3D";
            const BODY: &str = "";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::ListRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"shift_list\": [\n            {\n                \"shift_id\": \"6919358778597097404\",\n                \"shift_name\": \"早班\",\n                \"punch_times\": 1,\n                \"sub_shift_leader_ids\": [\n                    \"456123\"\n                ],\n                \"is_flexible\": false,\n                \"flexible_minutes\": 60,\n                \"flexible_rule\": [\n                    {\n                        \"flexible_early_minutes\": 60,\n                        \"flexible_late_minutes\": 60\n                    }\n                ],\n                \"no_need_off\": true,\n                \"punch_time_rule\": [\n                    {\n                        \"on_time\": \"9:00\",\n                        \"off_time\": \"18:00\",\n                        \"late_minutes_as_late\": 30,\n                        \"late_minutes_as_lack\": 60,\n                        \"on_advance_minutes\": 60,\n                        \"early_minutes_as_early\": 30,\n                        \"early_minutes_as_lack\": 60,\n                        \"off_delay_minutes\": 60,\n                        \"late_minutes_as_serious_late\": 40,\n                        \"no_need_on\": true,\n                        \"no_need_off\": true\n                    }\n                ],\n                \"late_off_late_on_rule\": [\n                    {\n                        \"late_off_minutes\": 60,\n                        \"late_on_minutes\": 30\n                    }\n                ],\n                \"rest_time_rule\": [\n                    {\n                        \"rest_begin_time\": \"13:00\",\n                        \"rest_end_time\": \"14:00\"\n                    }\n                ],\n                \"overtime_rule\": [\n                    {\n                        \"on_overtime\": \"9:00\",\n                        \"off_overtime\": \"18:00\"\n                    }\n                ],\n                \"day_type\": 1,\n                \"overtime_rest_time_rule\": [\n                    {\n                        \"rest_begin_time\": \"13:00\",\n                        \"rest_end_time\": \"14:00\"\n                    }\n                ],\n                \"late_minutes_as_serious_late\": 40,\n                \"shift_middle_time_rule\": {\n                    \"middle_time_type\": 0,\n                    \"fixed_middle_time\": \"12:00\"\n                },\n                \"shift_attendance_time_config\": {\n                    \"attendance_time\": 1.0,\n                    \"on_attendance_time\": 1.0,\n                    \"off_attendance_time\": 1.0\n                },\n                \"late_off_late_on_setting\": {\n                    \"late_off_base_on_time_type\": 0,\n                    \"late_on_base_on_time_type\": 0\n                },\n                \"id\": \"6919358778597097404\",\n                \"rest_time_flexible_configs\": [\n                    {\n                        \"need_flexible\": false,\n                        \"late_mins\": 0\n                    }\n                ]\n            }\n        ],\n        \"page_token\": \"YrkvQ1wGaPVta45tkxuGiQ==\",\n        \"has_more\": true\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "shift_list",
                "shift_list[].shift_id",
                "shift_list[].shift_name",
                "shift_list[].punch_times",
                "shift_list[].sub_shift_leader_ids",
                "shift_list[].is_flexible",
                "shift_list[].flexible_minutes",
                "shift_list[].flexible_rule",
                "shift_list[].flexible_rule[].flexible_early_minutes",
                "shift_list[].flexible_rule[].flexible_late_minutes",
                "shift_list[].no_need_off",
                "shift_list[].punch_time_rule",
                "shift_list[].punch_time_rule[].on_time",
                "shift_list[].punch_time_rule[].off_time",
                "shift_list[].punch_time_rule[].late_minutes_as_late",
                "shift_list[].punch_time_rule[].late_minutes_as_lack",
                "shift_list[].punch_time_rule[].on_advance_minutes",
                "shift_list[].punch_time_rule[].early_minutes_as_early",
                "shift_list[].punch_time_rule[].early_minutes_as_lack",
                "shift_list[].punch_time_rule[].off_delay_minutes",
                "shift_list[].punch_time_rule[].late_minutes_as_serious_late",
                "shift_list[].punch_time_rule[].no_need_on",
                "shift_list[].punch_time_rule[].no_need_off",
                "shift_list[].late_off_late_on_rule",
                "shift_list[].late_off_late_on_rule[].late_off_minutes",
                "shift_list[].late_off_late_on_rule[].late_on_minutes",
                "shift_list[].rest_time_rule",
                "shift_list[].rest_time_rule[].rest_begin_time",
                "shift_list[].rest_time_rule[].rest_end_time",
                "shift_list[].overtime_rule",
                "shift_list[].overtime_rule[].on_overtime",
                "shift_list[].overtime_rule[].off_overtime",
                "shift_list[].day_type",
                "shift_list[].overtime_rest_time_rule",
                "shift_list[].overtime_rest_time_rule[].rest_begin_time",
                "shift_list[].overtime_rest_time_rule[].rest_end_time",
                "shift_list[].late_minutes_as_serious_late",
                "shift_list[].shift_middle_time_rule",
                "shift_list[].shift_middle_time_rule.middle_time_type",
                "shift_list[].shift_middle_time_rule.fixed_middle_time",
                "shift_list[].shift_attendance_time_config",
                "shift_list[].shift_attendance_time_config.attendance_time",
                "shift_list[].shift_attendance_time_config.on_attendance_time",
                "shift_list[].shift_attendance_time_config.off_attendance_time",
                "shift_list[].late_off_late_on_setting",
                "shift_list[].late_off_late_on_setting.late_off_base_on_time_type",
                "shift_list[].late_off_late_on_setting.late_on_base_on_time_type",
                "shift_list[].id",
                "shift_list[].rest_time_flexible_configs",
                "shift_list[].rest_time_flexible_configs[].need_flexible",
                "shift_list[].rest_time_flexible_configs[].late_mins",
                "page_token",
                "has_more",
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
            let decoded: super::ListResponse = match serde_json::from_value(
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
    /**List all attendance shifts, page by page (查询所有班次).

Pages through every shift of the tenant with its name, punch rules, flexible punching and rest
rules, like paging through the admin console's shift list (假勤设置 > 班次配置).

翻页查询所有班次，展示班次名称、打卡规则、弹性班次规则、休息规则等。

- **HTTP:** `GET /open-apis/attendance/v1/shifts`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`, `attendance:rule:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/shift/list>

# Errors

Besides transport and validation errors, the documented codes ([`list::ListErrorCode`]):

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
use feishu_api::attendance::v1::shift::list::{ListRequest};

let request = ListRequest::builder()
    .page_size(10)
    .page_token("YrkvQ1wGaPVta45tkxuGiQ==")
    .build();
let response = client.attendance().v1().shift().list(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn list(
        &self,
        request: &list::ListRequest,
    ) -> ::core::result::Result<list::ListResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`list`](Self::list) with per-request options (a token override, a timeout).
    pub async fn list_with(
        &self,
        request: &list::ListRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<list::ListResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
    ///Every page of [`list`](Self::list), from the request's `page_token` on (none: the first page), fetched as the stream is polled. It stops when `has_more` is false or `page_token` is empty, and ends with [`Error::PageLoop`](::feishu_api::Error::PageLoop) if the server repeats a token. Options for every page: [`Client::pages_with`](::feishu_api::Client::pages_with).
    pub fn list_pages(
        &self,
        request: &list::ListRequest,
    ) -> impl ::feishu_api::Stream<
        Item = ::core::result::Result<list::ListResponse, ::feishu_api::Error>,
    > + Send + use<> {
        self.client.pages(request)
    }
    ///Every item of `shift_list` across all pages: [`list_pages`](Self::list_pages), flattened.
    pub fn list_items(
        &self,
        request: &list::ListRequest,
    ) -> impl ::feishu_api::Stream<
        Item = ::core::result::Result<list::Shift, ::feishu_api::Error>,
    > + Send + use<> {
        self.client.items(request)
    }
}
