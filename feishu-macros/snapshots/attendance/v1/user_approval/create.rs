///Types of `attendance.v1.user_approval.create`: Write third-party approval results into attendance (写入审批结果).
pub mod create {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_approval/create.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        ApprovalEmployeeType, ApprovalLocale, ApprovalTimeUnit, I18nNames,
        OvertimeCategory, OvertimeType, RegionLevel, RegionPlace, TimeRange,
        TimeRangeList, Transportation, TripType, UserApproval, UserLeave, UserOut,
        UserOvertimeWork, UserTrip,
    };
    /**The request of [`create`](super::UserApprovalResource::create): Write third-party approval results into attendance (写入审批结果).

Build it with [`CreateRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateRequest {
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: ApprovalEmployeeType,
        /**The approvals to write (审批信息). The page marks it optional (否), but without it there is
nothing to write.

Wire name `user_approval`.*/
        pub user_approval: ::core::option::Option<UserApproval>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
    }
    ///Builder for [`CreateRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct CreateRequestBuilder<__EmployeeType = ::feishu_api::builder::Unset> {
        employee_type: __EmployeeType,
        user_approval: ::core::option::Option<UserApproval>,
    }
    impl CreateRequest {
        /// Starts building a request.
        pub fn builder() -> CreateRequestBuilder {
            CreateRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                user_approval: ::core::option::Option::None,
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
                if let ::core::option::Option::Some(value) = self.user_approval.as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "user_approval",
                    );
                    value.__validate(&path.to_string(), violations);
                }
            }
            all.into_result()
        }
    }
    impl<__EmployeeType> CreateRequestBuilder<__EmployeeType> {
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: ApprovalEmployeeType,
        ) -> CreateRequestBuilder<::feishu_api::builder::Set<ApprovalEmployeeType>> {
            CreateRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                user_approval: self.user_approval,
            }
        }
        /**The approvals to write (审批信息). The page marks it optional (否), but without it there is
nothing to write.

Wire name `user_approval`.*/
        pub fn user_approval(mut self, value: UserApproval) -> Self {
            self.user_approval = ::core::option::Option::Some(value);
            self
        }
    }
    impl<__EmployeeType> CreateRequestBuilder<__EmployeeType>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = ApprovalEmployeeType,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> CreateRequest {
            CreateRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                user_approval: self.user_approval,
            }
        }
    }
    /**The approvals as written.

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
    pub struct CreateResponse {
        /**The approvals written (审批信息), with their `approval_id`s.

Wire name `user_approval`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_approval: ::core::option::Option<UserApproval>,
    }
    impl ::feishu_api::wire::DecodeObject for CreateResponse {
        const FIELDS: &'static [&'static str] = &["user_approval"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.user_approval = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for CreateResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `create`, to match a failed call's code by name: `CreateErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CreateErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220004` (HTTP 400): param is invalid

Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission.*/
        UserNotFound,
        /**`1220005` (HTTP 400): permission denied

No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).*/
        NoPermission,
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1225001` (HTTP 400): param is invalid

Some approval records were rejected: the message returned lists them, in the form {"TripErrorRecords":"","OvertimeWorkErrorRecords":"","LeaveErrorRecords":"","OutErrorRecords":""}.*/
        RecordsRejected,
        /**`1220600` (HTTP 400): general error information

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 7usize] = &[
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
            http_status: 400u16,
            code: 1220004i64,
            name: "UserNotFound",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"user_id is not exist or does not have permission\" means a user id sent does not exist or is outside the app's permission.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220005i64,
            name: "NoPermission",
            message: "permission denied",
            hint: "No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1225000i64,
            name: "Internal",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1225001i64,
            name: "RecordsRejected",
            message: "param is invalid",
            hint: "Some approval records were rejected: the message returned lists them, in the form {\"TripErrorRecords\":\"\",\"OvertimeWorkErrorRecords\":\"\",\"LeaveErrorRecords\":\"\",\"OutErrorRecords\":\"\"}.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "general error information",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl CreateErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::NoPermission,
            Self::Internal,
            Self::RecordsRejected,
            Self::General,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220004i64 => ::core::option::Option::Some(Self::UserNotFound),
                1220005i64 => ::core::option::Option::Some(Self::NoPermission),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1225001i64 => ::core::option::Option::Some(Self::RecordsRejected),
                1220600i64 => ::core::option::Option::Some(Self::General),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::UserNotFound => &ERRORS[2usize],
                Self::NoPermission => &ERRORS[3usize],
                Self::Internal => &ERRORS[4usize],
                Self::RecordsRejected => &ERRORS[5usize],
                Self::General => &ERRORS[6usize],
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
    impl ::feishu_api::Endpoint for CreateRequest {
        type Response = CreateResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_approval",
            method: "create",
            summary: "Write third-party approval results into attendance (写入审批结果).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_approvals",
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
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_approval/create",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_approval\": {\n            \"user_id\": \"abd754f7\",\n            \"date\": \"20210104\",\n            \"outs\": [\n                {\n                    \"approval_id\": \"6737202939523236113\",\n                    \"uniq_id\": \"9496E43696967658A512969523E89870\",\n                    \"unit\": 1,\n                    \"interval\": 3600,\n                    \"start_time\": \"2021-01-04 09:00:00\",\n                    \"end_time\": \"2021-01-04 19:00:00\",\n                    \"i18n_names\": {\n                        \"ch\": \"中文描述\",\n                        \"en\": \"English description\",\n                        \"ja\": \"日本語の説明\"\n                    },\n                    \"default_locale\": \"ch\",\n                    \"reason\": \"外出办事\",\n                    \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                    \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                    \"idempotent_id\": \"1233432312\",\n                    \"correct_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"cancel_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"process_id\": [\n                        \"7304865941202929196\"\n                    ]\n                }\n            ],\n            \"leaves\": [\n                {\n                    \"approval_id\": \"6737202939523236113\",\n                    \"uniq_id\": \"6852582717813440527\",\n                    \"unit\": 1,\n                    \"interval\": 3600,\n                    \"start_time\": \"2021-01-04 09:00:00\",\n                    \"end_time\": \"2021-01-04 19:00:00\",\n                    \"i18n_names\": {\n                        \"ch\": \"中文描述\",\n                        \"en\": \"English description\",\n                        \"ja\": \"日本語の説明\"\n                    },\n                    \"default_locale\": \"ch\",\n                    \"reason\": \"家里有事\",\n                    \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                    \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                    \"idempotent_id\": \"1233432312\",\n                    \"leave_detail_range_objs\": [\n                        {\n                            \"day\": 20220501,\n                            \"time_ranges\": [\n                                {\n                                    \"start_time_stamp\": 1751385600,\n                                    \"end_time_stamp\": 1751385600\n                                }\n                            ]\n                        }\n                    ]\n                }\n            ],\n            \"overtime_works\": [\n                {\n                    \"approval_id\": \"6737202939523236113\",\n                    \"duration\": 1.5,\n                    \"unit\": 1,\n                    \"category\": 2,\n                    \"type\": 1,\n                    \"start_time\": \"2021-01-09 09:00:00\",\n                    \"end_time\": \"2021-01-10 13:00:00\",\n                    \"reason\": \"推进项目进度\",\n                    \"idempotent_id\": \"1233432312\",\n                    \"correct_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"cancel_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"process_id\": [\n                        \"7304865941202929196\"\n                    ]\n                }\n            ],\n            \"trips\": [\n                {\n                    \"approval_id\": \"6737202939523236113\",\n                    \"start_time\": \"2021-01-04 09:00:00\",\n                    \"end_time\": \"2021-01-04 19:00:00\",\n                    \"reason\": \"培训\",\n                    \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                    \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                    \"idempotent_id\": \"1233432312\",\n                    \"correct_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"cancel_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"departure\": {\n                        \"region_level\": \"l1\",\n                        \"region_id\": \"6863333418483058189\"\n                    },\n                    \"destinations\": [\n                        {\n                            \"region_level\": \"l1\",\n                            \"region_id\": \"6863333418483058189\"\n                        }\n                    ],\n                    \"transportation\": [\n                        1\n                    ],\n                    \"trip_type\": 1,\n                    \"remarks\": \"出差备注\"\n                }\n            ],\n            \"time_zone\": \"Asia/Shanghai\"\n        }\n    }\n}\n",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            CreateRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/user_approvals")
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
                #[serde(
                    rename = "user_approval",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                user_approval: ::core::option::Option<&'a UserApproval>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_approval: self.user_approval.as_ref(),
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
            let _ = path_params;
            let __employee_type: ::core::option::Option<ApprovalEmployeeType> = ::feishu_api::wire::take_query::<
                ApprovalEmployeeType,
            >(&pairs, "employee_type", &mut violations);
            let __employee_type = ::feishu_api::wire::require(
                __employee_type,
                "employee_type",
                &mut violations,
            );
            let __user_approval: ::core::option::Option<UserApproval> = ::feishu_api::wire::take_body::<
                UserApproval,
            >(&mut body, "user_approval", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type,) {
                (::core::option::Option::Some(__employee_type),) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        user_approval: __user_approval,
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
            const BODY: &str = "{\n    \"user_approval\": {\n        \"user_id\": \"abd754f7\",\n        \"date\": \"20210104\",\n        \"outs\": [\n            {\n                \"uniq_id\": \"9496E43696967658A512969523E89870\",\n                \"unit\": 1,\n                \"interval\": 3600,\n                \"start_time\": \"2021-01-04 09:00:00\",\n                \"end_time\": \"2021-01-04 19:00:00\",\n                \"i18n_names\": {\n                    \"ch\": \"中文描述\",\n                    \"en\": \"English description\",\n                    \"ja\": \"日本語の説明\"\n                },\n                \"default_locale\": \"ch\",\n                \"reason\": \"外出办事\",\n                \"idempotent_id\": \"1233432312\",\n                \"correct_process_id\": [\n                    \"7304865941202929196\"\n                ],\n                \"cancel_process_id\": [\n                    \"7304865941202929196\"\n                ],\n                \"process_id\": [\n                    \"7304865941202929196\"\n                ]\n            }\n        ],\n        \"leaves\": [\n            {\n                \"uniq_id\": \"6852582717813440527\",\n                \"unit\": 1,\n                \"interval\": 3600,\n                \"start_time\": \"2021-01-04 09:00:00\",\n                \"end_time\": \"2021-01-04 19:00:00\",\n                \"i18n_names\": {\n                    \"ch\": \"中文描述\",\n                    \"en\": \"English description\",\n                    \"ja\": \"日本語の説明\"\n                },\n                \"default_locale\": \"ch\",\n                \"reason\": \"家里有事\",\n                \"idempotent_id\": \"1233432312\",\n                \"leave_detail_range_objs\": [\n                    {\n                        \"day\": 20220501,\n                        \"time_ranges\": [\n                            {\n                                \"start_time_stamp\": 1751385600,\n                                \"end_time_stamp\": 1751385600\n                            }\n                        ]\n                    }\n                ]\n            }\n        ],\n        \"overtime_works\": [\n            {\n                \"duration\": 1.5,\n                \"unit\": 1,\n                \"category\": 2,\n                \"type\": 1,\n                \"start_time\": \"2021-01-09 09:00:00\",\n                \"end_time\": \"2021-01-10 13:00:00\",\n                \"reason\": \"推进项目进度\",\n                \"idempotent_id\": \"1233432312\",\n                \"correct_process_id\": [\n                    \"7304865941202929196\"\n                ],\n                \"cancel_process_id\": [\n                    \"7304865941202929196\"\n                ],\n                \"process_id\": [\n                    \"7304865941202929196\"\n                ]\n            }\n        ],\n        \"trips\": [\n            {\n                \"start_time\": \"2021-01-04 09:00:00\",\n                \"end_time\": \"2021-01-04 19:00:00\",\n                \"reason\": \"培训\",\n                \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                \"idempotent_id\": \"1233432312\",\n                \"correct_process_id\": [\n                    \"7304865941202929196\"\n                ],\n                \"cancel_process_id\": [\n                    \"7304865941202929196\"\n                ],\n                \"process_id\": [\n                    \"7304865941202929196\"\n                ],\n                \"departure\": {\n                    \"region_level\": \"l1\",\n                    \"region_id\": \"6863333418483058189\"\n                },\n                \"destinations\": [\n                    {\n                        \"region_level\": \"l1\",\n                        \"region_id\": \"6863333418483058189\"\n                    }\n                ],\n                \"transportation\": [\n                    1\n                ],\n                \"trip_type\": 1,\n                \"remarks\": \"出差备注\"\n            }\n        ],\n        \"time_zone\": \"0\"\n    }\n}\n";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::CreateRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_approval\": {\n            \"user_id\": \"abd754f7\",\n            \"date\": \"20210104\",\n            \"outs\": [\n                {\n                    \"approval_id\": \"6737202939523236113\",\n                    \"uniq_id\": \"9496E43696967658A512969523E89870\",\n                    \"unit\": 1,\n                    \"interval\": 3600,\n                    \"start_time\": \"2021-01-04 09:00:00\",\n                    \"end_time\": \"2021-01-04 19:00:00\",\n                    \"i18n_names\": {\n                        \"ch\": \"中文描述\",\n                        \"en\": \"English description\",\n                        \"ja\": \"日本語の説明\"\n                    },\n                    \"default_locale\": \"ch\",\n                    \"reason\": \"外出办事\",\n                    \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                    \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                    \"idempotent_id\": \"1233432312\",\n                    \"correct_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"cancel_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"process_id\": [\n                        \"7304865941202929196\"\n                    ]\n                }\n            ],\n            \"leaves\": [\n                {\n                    \"approval_id\": \"6737202939523236113\",\n                    \"uniq_id\": \"6852582717813440527\",\n                    \"unit\": 1,\n                    \"interval\": 3600,\n                    \"start_time\": \"2021-01-04 09:00:00\",\n                    \"end_time\": \"2021-01-04 19:00:00\",\n                    \"i18n_names\": {\n                        \"ch\": \"中文描述\",\n                        \"en\": \"English description\",\n                        \"ja\": \"日本語の説明\"\n                    },\n                    \"default_locale\": \"ch\",\n                    \"reason\": \"家里有事\",\n                    \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                    \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                    \"idempotent_id\": \"1233432312\",\n                    \"leave_detail_range_objs\": [\n                        {\n                            \"day\": 20220501,\n                            \"time_ranges\": [\n                                {\n                                    \"start_time_stamp\": 1751385600,\n                                    \"end_time_stamp\": 1751385600\n                                }\n                            ]\n                        }\n                    ]\n                }\n            ],\n            \"overtime_works\": [\n                {\n                    \"approval_id\": \"6737202939523236113\",\n                    \"duration\": 1.5,\n                    \"unit\": 1,\n                    \"category\": 2,\n                    \"type\": 1,\n                    \"start_time\": \"2021-01-09 09:00:00\",\n                    \"end_time\": \"2021-01-10 13:00:00\",\n                    \"reason\": \"推进项目进度\",\n                    \"idempotent_id\": \"1233432312\",\n                    \"correct_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"cancel_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"process_id\": [\n                        \"7304865941202929196\"\n                    ]\n                }\n            ],\n            \"trips\": [\n                {\n                    \"approval_id\": \"6737202939523236113\",\n                    \"start_time\": \"2021-01-04 09:00:00\",\n                    \"end_time\": \"2021-01-04 19:00:00\",\n                    \"reason\": \"培训\",\n                    \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                    \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                    \"idempotent_id\": \"1233432312\",\n                    \"correct_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"cancel_process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"process_id\": [\n                        \"7304865941202929196\"\n                    ],\n                    \"departure\": {\n                        \"region_level\": \"l1\",\n                        \"region_id\": \"6863333418483058189\"\n                    },\n                    \"destinations\": [\n                        {\n                            \"region_level\": \"l1\",\n                            \"region_id\": \"6863333418483058189\"\n                        }\n                    ],\n                    \"transportation\": [\n                        1\n                    ],\n                    \"trip_type\": 1,\n                    \"remarks\": \"出差备注\"\n                }\n            ],\n            \"time_zone\": \"Asia/Shanghai\"\n        }\n    }\n}\n";
            const DOCUMENTED: &[&str] = &[
                "user_approval",
                "user_approval.user_id",
                "user_approval.date",
                "user_approval.outs",
                "user_approval.outs[].approval_id",
                "user_approval.outs[].uniq_id",
                "user_approval.outs[].unit",
                "user_approval.outs[].interval",
                "user_approval.outs[].start_time",
                "user_approval.outs[].end_time",
                "user_approval.outs[].i18n_names",
                "user_approval.outs[].i18n_names.ch",
                "user_approval.outs[].i18n_names.en",
                "user_approval.outs[].i18n_names.ja",
                "user_approval.outs[].default_locale",
                "user_approval.outs[].reason",
                "user_approval.outs[].approve_pass_time",
                "user_approval.outs[].approve_apply_time",
                "user_approval.outs[].idempotent_id",
                "user_approval.outs[].correct_process_id",
                "user_approval.outs[].cancel_process_id",
                "user_approval.outs[].process_id",
                "user_approval.leaves",
                "user_approval.leaves[].approval_id",
                "user_approval.leaves[].uniq_id",
                "user_approval.leaves[].unit",
                "user_approval.leaves[].interval",
                "user_approval.leaves[].start_time",
                "user_approval.leaves[].end_time",
                "user_approval.leaves[].i18n_names",
                "user_approval.leaves[].i18n_names.ch",
                "user_approval.leaves[].i18n_names.en",
                "user_approval.leaves[].i18n_names.ja",
                "user_approval.leaves[].default_locale",
                "user_approval.leaves[].reason",
                "user_approval.leaves[].approve_pass_time",
                "user_approval.leaves[].approve_apply_time",
                "user_approval.leaves[].idempotent_id",
                "user_approval.leaves[].leave_detail_range_objs",
                "user_approval.leaves[].leave_detail_range_objs[].day",
                "user_approval.leaves[].leave_detail_range_objs[].time_ranges",
                "user_approval.leaves[].leave_detail_range_objs[].time_ranges[].start_time_stamp",
                "user_approval.leaves[].leave_detail_range_objs[].time_ranges[].end_time_stamp",
                "user_approval.overtime_works",
                "user_approval.overtime_works[].approval_id",
                "user_approval.overtime_works[].duration",
                "user_approval.overtime_works[].unit",
                "user_approval.overtime_works[].category",
                "user_approval.overtime_works[].type",
                "user_approval.overtime_works[].start_time",
                "user_approval.overtime_works[].end_time",
                "user_approval.overtime_works[].reason",
                "user_approval.overtime_works[].idempotent_id",
                "user_approval.overtime_works[].correct_process_id",
                "user_approval.overtime_works[].cancel_process_id",
                "user_approval.overtime_works[].process_id",
                "user_approval.trips",
                "user_approval.trips[].approval_id",
                "user_approval.trips[].start_time",
                "user_approval.trips[].end_time",
                "user_approval.trips[].reason",
                "user_approval.trips[].approve_pass_time",
                "user_approval.trips[].approve_apply_time",
                "user_approval.trips[].idempotent_id",
                "user_approval.trips[].correct_process_id",
                "user_approval.trips[].cancel_process_id",
                "user_approval.trips[].process_id",
                "user_approval.trips[].departure",
                "user_approval.trips[].departure.region_level",
                "user_approval.trips[].departure.region_id",
                "user_approval.trips[].destinations",
                "user_approval.trips[].destinations[].region_level",
                "user_approval.trips[].destinations[].region_id",
                "user_approval.trips[].transportation",
                "user_approval.trips[].trip_type",
                "user_approval.trips[].remarks",
                "user_approval.time_zone",
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
            let decoded: super::CreateResponse = match serde_json::from_value(
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
    /**Write third-party approval results into attendance (写入审批结果).

Some tenants run their own approval system instead of Feishu approval, so their employees'
leaves, overtime and so on never reach Feishu attendance: employees are still reminded to punch
during a leave and recorded as missing punches. This method writes such approval results into
attendance. Leaves, overtime, business trips and outings can be written.

Writing only appends (insert), it never overwrites (update). Records written this way do not
appear under leave and overtime in the admin console; they show in the attendance statistics
reports and through 获取审批数据 (user_approval/query). Employees who have left the company have
no attendance group, so the times written and returned can differ for them. If overtime for a
day is also requested through Feishu approval, self service or the leave app, do not write
overtime for that same day: the written data is then not counted.

This call creates records, so it is never retried automatically; give each record an
`idempotent_id` so that a repeat cannot create a duplicate.

对于只使用飞书考勤系统而未使用飞书审批系统的企业，可通过考勤开放接口将三方审批结果数据回写到飞书考勤系统中；
写入只会追加，不会覆盖。

- **HTTP:** `POST /open-apis/attendance/v1/user_approvals`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_approval/create>

# Errors

Besides transport and validation errors, the documented codes ([`create::CreateErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 400 | 1225001 | `RecordsRejected` | Some approval records were rejected: the message returned lists them, in the form {"TripErrorRecords":"","OvertimeWorkErrorRecords":"","LeaveErrorRecords":"","OutErrorRecords":""}. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
*/
    pub async fn create(
        &self,
        request: &create::CreateRequest,
    ) -> ::core::result::Result<create::CreateResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`create`](Self::create) with per-request options (a token override, a timeout).
    pub async fn create_with(
        &self,
        request: &create::CreateRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<create::CreateResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
