///Types of `attendance.v1.user_flow.query`: Query the punch records of several employees (批量查询打卡流水).
pub mod query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_flow/query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, FlowCheckResult, UserFlow, UserFlowType};
    /**The request of [`query`](super::UserFlowResource::query): Query the punch records of several employees (批量查询打卡流水).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryRequest {
        /**The kind of employee id used by `user_ids` in the request (they must all be of this kind) and
by `user_id` in the response. Without admin-console access, ids can be looked up by phone
number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**A new employee can reuse a departed employee's employee_no / employee_id. When true, the data
of every current and departed employee holding each id is returned; when false, only that of
the current employee or, failing that, the most recently departed one.

Wire name `include_terminated_user`.*/
        pub include_terminated_user: ::core::option::Option<bool>,
        /**The employees to query: employee ids or employee numbers, of the kind named by
`employee_type`. At most 50.

Wire name `user_ids`; 1 to 50 items.*/
        pub user_ids: ::std::vec::Vec<::std::string::String>,
        /**Start of the time window, included, a Unix time in seconds. The window is
[`check_time_from`, `check_time_to`).

Wire name `check_time_from`.*/
        pub check_time_from: ::feishu_api::time::UnixSeconds,
        /**End of the time window, excluded, a Unix time in seconds.

Wire name `check_time_to`.*/
        pub check_time_to: ::feishu_api::time::UnixSeconds,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `user_ids` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct user_ids;
        ///Marks the required field `check_time_from` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct check_time_from;
        ///Marks the required field `check_time_to` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct check_time_to;
    }
    ///Builder for [`QueryRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct QueryRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __UserIds = ::feishu_api::builder::Unset,
        __CheckTimeFrom = ::feishu_api::builder::Unset,
        __CheckTimeTo = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        include_terminated_user: ::core::option::Option<bool>,
        user_ids: __UserIds,
        check_time_from: __CheckTimeFrom,
        check_time_to: __CheckTimeTo,
    }
    impl QueryRequest {
        /// Starts building a request.
        pub fn builder() -> QueryRequestBuilder {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                include_terminated_user: ::core::option::Option::None,
                user_ids: ::feishu_api::builder::Unset,
                check_time_from: ::feishu_api::builder::Unset,
                check_time_to: ::feishu_api::builder::Unset,
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
                    &self.user_ids,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "user_ids");
                    violations
                        .check_items(
                            &path,
                            value.len(),
                            ::core::option::Option::Some(1),
                            ::core::option::Option::Some(50),
                        );
                }
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.check_time_from,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "check_time_from",
                    );
                    violations.check_format(&path, value);
                }
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.check_time_to,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "check_time_to",
                    );
                    violations.check_format(&path, value);
                }
                if let (
                    ::core::option::Option::Some(left),
                    ::core::option::Option::Some(right),
                ) = (
                    ::core::option::Option::Some(&self.check_time_from),
                    ::core::option::Option::Some(&self.check_time_to),
                ) {
                    violations
                        .check_order(
                            &::feishu_api::wire::FieldPath::new(
                                prefix,
                                "check_time_from",
                            ),
                            left,
                            "<=",
                            &::feishu_api::wire::FieldPath::new(prefix, "check_time_to"),
                            right,
                        );
                }
            }
            all.into_result()
        }
    }
    impl<
        __EmployeeType,
        __UserIds,
        __CheckTimeFrom,
        __CheckTimeTo,
    > QueryRequestBuilder<__EmployeeType, __UserIds, __CheckTimeFrom, __CheckTimeTo> {
        /**The kind of employee id used by `user_ids` in the request (they must all be of this kind) and
by `user_id` in the response. Without admin-console access, ids can be looked up by phone
number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> QueryRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __UserIds,
            __CheckTimeFrom,
            __CheckTimeTo,
        > {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                include_terminated_user: self.include_terminated_user,
                user_ids: self.user_ids,
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
            }
        }
        /**A new employee can reuse a departed employee's employee_no / employee_id. When true, the data
of every current and departed employee holding each id is returned; when false, only that of
the current employee or, failing that, the most recently departed one.

Wire name `include_terminated_user`.*/
        pub fn include_terminated_user(mut self, value: bool) -> Self {
            self.include_terminated_user = ::core::option::Option::Some(value);
            self
        }
        /**The employees to query: employee ids or employee numbers, of the kind named by
`employee_type`. At most 50.

Wire name `user_ids`; 1 to 50 items.*/
        pub fn user_ids(
            self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::vec::Vec<::std::string::String>>,
            __CheckTimeFrom,
            __CheckTimeTo,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                include_terminated_user: self.include_terminated_user,
                user_ids: ::feishu_api::builder::Set::new(
                    value.into_iter().map(::core::convert::Into::into).collect(),
                ),
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
            }
        }
        /**Start of the time window, included, a Unix time in seconds. The window is
[`check_time_from`, `check_time_to`).

Wire name `check_time_from`.*/
        pub fn check_time_from(
            self,
            value: impl ::core::convert::Into<::feishu_api::time::UnixSeconds>,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __UserIds,
            ::feishu_api::builder::Set<::feishu_api::time::UnixSeconds>,
            __CheckTimeTo,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                include_terminated_user: self.include_terminated_user,
                user_ids: self.user_ids,
                check_time_from: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                check_time_to: self.check_time_to,
            }
        }
        /**End of the time window, excluded, a Unix time in seconds.

Wire name `check_time_to`.*/
        pub fn check_time_to(
            self,
            value: impl ::core::convert::Into<::feishu_api::time::UnixSeconds>,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __UserIds,
            __CheckTimeFrom,
            ::feishu_api::builder::Set<::feishu_api::time::UnixSeconds>,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                include_terminated_user: self.include_terminated_user,
                user_ids: self.user_ids,
                check_time_from: self.check_time_from,
                check_time_to: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
            }
        }
    }
    impl<
        __EmployeeType,
        __UserIds,
        __CheckTimeFrom,
        __CheckTimeTo,
    > QueryRequestBuilder<__EmployeeType, __UserIds, __CheckTimeFrom, __CheckTimeTo>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __UserIds: ::feishu_api::builder::IsSet<
            __field::user_ids,
            Value = ::std::vec::Vec<::std::string::String>,
        >,
        __CheckTimeFrom: ::feishu_api::builder::IsSet<
            __field::check_time_from,
            Value = ::feishu_api::time::UnixSeconds,
        >,
        __CheckTimeTo: ::feishu_api::builder::IsSet<
            __field::check_time_to,
            Value = ::feishu_api::time::UnixSeconds,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> QueryRequest {
            QueryRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                include_terminated_user: self.include_terminated_user,
                user_ids: ::feishu_api::builder::IsSet::into_value(self.user_ids),
                check_time_from: ::feishu_api::builder::IsSet::into_value(
                    self.check_time_from,
                ),
                check_time_to: ::feishu_api::builder::IsSet::into_value(
                    self.check_time_to,
                ),
            }
        }
    }
    /**The punch records found.

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
    pub struct QueryResponse {
        /**The punch records (打卡记录列表). `type` means nothing for calls through the open platform
(always 7 internally) and `check_result` is meaningless here (无效字段): the results come from
获取打卡结果 (user_task query).

Wire name `user_flow_results`.*/
        pub user_flow_results: ::std::vec::Vec<UserFlow>,
    }
    impl ::feishu_api::wire::DecodeObject for QueryResponse {
        const FIELDS: &'static [&'static str] = &["user_flow_results"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.user_flow_results = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for QueryResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `query`, to match a failed call's code by name: `QueryErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum QueryErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): Tenant does not exist

Check that the tenant_access_token sent (in the `Authorization` header, as `Bearer {tenant_access_token}`) is correct.*/
        TenantIdEmpty,
        /**`1220004` (HTTP 400): param is invalid

Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission.*/
        UserNotFound,
        /**`1220005` (HTTP 400): Permission denied

No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).*/
        NoPermission,
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226500` (HTTP 500): Historical error code, no longer in use

A historical code that is no longer used; troubleshoot with the current codes.*/
        Legacy,
        /**`1227500` (HTTP 500): param is invalid

An error from the shift service: check the message returned, e.g. "[BatchGetLarkIDByOpenID] not find user larkID" means no Lark user matches an id sent.*/
        ShiftService,
        /**`1220600` (HTTP 400): General error information

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 8usize] = &[
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
            message: "Tenant does not exist",
            hint: "Check that the tenant_access_token sent (in the `Authorization` header, as `Bearer {tenant_access_token}`) is correct.",
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
            message: "Permission denied",
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
            http_status: 500u16,
            code: 1226500i64,
            name: "Legacy",
            message: "Historical error code, no longer in use",
            hint: "A historical code that is no longer used; troubleshoot with the current codes.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1227500i64,
            name: "ShiftService",
            message: "param is invalid",
            hint: "An error from the shift service: check the message returned, e.g. \"[BatchGetLarkIDByOpenID] not find user larkID\" means no Lark user matches an id sent.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "General error information",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl QueryErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::NoPermission,
            Self::Internal,
            Self::Legacy,
            Self::ShiftService,
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
                1226500i64 => ::core::option::Option::Some(Self::Legacy),
                1227500i64 => ::core::option::Option::Some(Self::ShiftService),
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
                Self::Legacy => &ERRORS[5usize],
                Self::ShiftService => &ERRORS[6usize],
                Self::General => &ERRORS[7usize],
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
            resource: "user_flow",
            method: "query",
            summary: "Query the punch records of several employees (批量查询打卡流水).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_flows/query",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_flow/query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_flow_results\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"creator_id\": \"abd754f7\",\n                \"location_name\": \"西溪八方城\",\n                \"check_time\": \"1611476284\",\n                \"comment\": \"上班打卡\",\n                \"record_id\": \"6709359313699356941\",\n                \"longitude\": 120.04513,\n                \"latitude\": 30.28991,\n                \"ssid\": \"b0:b8:67:5c:1d:72\",\n                \"bssid\": \"b0:b8:67:5c:1d:72\",\n                \"is_field\": true,\n                \"is_wifi\": true,\n                \"type\": 7,\n                \"photo_urls\": [\n                    \"https://time.clockin.biz/manage/download/6840389754748502021\"\n                ],\n                \"device_id\": \"99e0609ee053448596502691a81428654d7ded64c7bd85acd982d26b3636c37d\",\n                \"check_result\": \"PendingApproval\",\n                \"external_id\": \"record_123\",\n                \"idempotent_id\": \"****_***\",\n                \"create_time\": \"1611476284\"\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/user_flows/query")
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
            if let ::core::option::Option::Some(values) = &self.include_terminated_user {
                let value = values;
                query
                    .push((
                        "include_terminated_user",
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
                #[serde(rename = "user_ids")]
                user_ids: &'a ::std::vec::Vec<::std::string::String>,
                #[serde(rename = "check_time_from")]
                check_time_from: &'a ::feishu_api::time::UnixSeconds,
                #[serde(rename = "check_time_to")]
                check_time_to: &'a ::feishu_api::time::UnixSeconds,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_ids: &self.user_ids,
                check_time_from: &self.check_time_from,
                check_time_to: &self.check_time_to,
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
            let __employee_type: ::core::option::Option<EmployeeType> = ::feishu_api::wire::take_query::<
                EmployeeType,
            >(&pairs, "employee_type", &mut violations);
            let __employee_type = ::feishu_api::wire::require(
                __employee_type,
                "employee_type",
                &mut violations,
            );
            let __include_terminated_user: ::core::option::Option<bool> = ::feishu_api::wire::take_query::<
                bool,
            >(&pairs, "include_terminated_user", &mut violations);
            let __user_ids: ::core::option::Option<
                ::std::vec::Vec<::std::string::String>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<::std::string::String>,
            >(&mut body, "user_ids", &mut violations);
            let __user_ids = ::feishu_api::wire::require(
                __user_ids,
                "user_ids",
                &mut violations,
            );
            let __check_time_from: ::core::option::Option<
                ::feishu_api::time::UnixSeconds,
            > = ::feishu_api::wire::take_body::<
                ::feishu_api::time::UnixSeconds,
            >(&mut body, "check_time_from", &mut violations);
            let __check_time_from = ::feishu_api::wire::require(
                __check_time_from,
                "check_time_from",
                &mut violations,
            );
            let __check_time_to: ::core::option::Option<
                ::feishu_api::time::UnixSeconds,
            > = ::feishu_api::wire::take_body::<
                ::feishu_api::time::UnixSeconds,
            >(&mut body, "check_time_to", &mut violations);
            let __check_time_to = ::feishu_api::wire::require(
                __check_time_to,
                "check_time_to",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __user_ids, __check_time_from, __check_time_to) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__user_ids),
                    ::core::option::Option::Some(__check_time_from),
                    ::core::option::Option::Some(__check_time_to),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        include_terminated_user: __include_terminated_user,
                        user_ids: __user_ids,
                        check_time_from: __check_time_from,
                        check_time_to: __check_time_to,
                    })
                }
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }
        }
    }
    impl ::feishu_api::Batchable for QueryRequest {
        type Item = UserFlow;
        const CHUNK: usize = 50usize;
        fn batch_ids(&self) -> &[::std::string::String] {
            &self.user_ids
        }
        fn with_batch_ids(&self, ids: ::std::vec::Vec<::std::string::String>) -> Self {
            Self {
                user_ids: ids,
                employee_type: ::core::clone::Clone::clone(&self.employee_type),
                include_terminated_user: ::core::clone::Clone::clone(
                    &self.include_terminated_user,
                ),
                check_time_from: ::core::clone::Clone::clone(&self.check_time_from),
                check_time_to: ::core::clone::Clone::clone(&self.check_time_to),
            }
        }
        fn into_items(page: QueryResponse) -> ::std::vec::Vec<UserFlow> {
            page.user_flow_results
        }
        fn item_count(page: &QueryResponse) -> usize {
            page.user_flow_results.len()
        }
    }
    #[cfg(test)]
    mod __spec_examples {
        #[test]
        fn example_request_matches_the_spec() {
            use ::feishu_api::Endpoint as _;
            use ::feishu_api::__private::serde_json::{self, Value};
            const QUERY: &str = "employee_type=employee_id&include_terminated_user=true";
            const BODY: &str = "{\n    \"user_ids\": [\n        \"abd754f7\"\n    ],\n    \"check_time_from\": \"1566641088\",\n    \"check_time_to\": \"1566641088\"\n}";
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_flow_results\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"creator_id\": \"abd754f7\",\n                \"location_name\": \"西溪八方城\",\n                \"check_time\": \"1611476284\",\n                \"comment\": \"上班打卡\",\n                \"record_id\": \"6709359313699356941\",\n                \"longitude\": 120.04513,\n                \"latitude\": 30.28991,\n                \"ssid\": \"b0:b8:67:5c:1d:72\",\n                \"bssid\": \"b0:b8:67:5c:1d:72\",\n                \"is_field\": true,\n                \"is_wifi\": true,\n                \"type\": 7,\n                \"photo_urls\": [\n                    \"https://time.clockin.biz/manage/download/6840389754748502021\"\n                ],\n                \"device_id\": \"99e0609ee053448596502691a81428654d7ded64c7bd85acd982d26b3636c37d\",\n                \"check_result\": \"PendingApproval\",\n                \"external_id\": \"record_123\",\n                \"idempotent_id\": \"****_***\",\n                \"create_time\": \"1611476284\"\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_flow_results",
                "user_flow_results[].user_id",
                "user_flow_results[].creator_id",
                "user_flow_results[].location_name",
                "user_flow_results[].check_time",
                "user_flow_results[].comment",
                "user_flow_results[].record_id",
                "user_flow_results[].longitude",
                "user_flow_results[].latitude",
                "user_flow_results[].ssid",
                "user_flow_results[].bssid",
                "user_flow_results[].is_field",
                "user_flow_results[].is_wifi",
                "user_flow_results[].type",
                "user_flow_results[].photo_urls",
                "user_flow_results[].device_id",
                "user_flow_results[].check_result",
                "user_flow_results[].external_id",
                "user_flow_results[].idempotent_id",
                "user_flow_results[].create_time",
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
    /**Query the punch records of several employees (批量查询打卡流水).

Returns every punch record (打卡流水) the given employees made in a time window: the employee's
and the creator's ids, the record's id, the place and time of the punch, and how it was made
(GPS: `location_name`; Wi-Fi: `ssid` and `bssid`; attendance machine: `device_id`). All punches
come back, however many were made per shift (e.g. several punches between a 9:00 and an 18:00
check), but only valid ones: invalid records and records not in effect yet (待生效) are left
out. For the on/off-duty results alone, use 获取打卡结果 (user_task query).

通过用户 ID 获取用户的打卡流水记录；只返回有效的打卡流水，无效或待生效的不会返回。

- **HTTP:** `POST /open-apis/attendance/v1/user_flows/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_flow/query>

# Errors

Besides transport and validation errors, the documented codes ([`query::QueryErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent (in the `Authorization` header, as `Bearer {tenant_access_token}`) is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226500 | `Legacy` | A historical code that is no longer used; troubleshoot with the current codes. |
| 500 | 1227500 | `ShiftService` | An error from the shift service: check the message returned, e.g. "[BatchGetLarkIDByOpenID] not find user larkID" means no Lark user matches an id sent. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
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
    ///[`query`](Self::query) for any number of `user_ids`: repeats dropped, split into calls of at most 50, run concurrently as fast as the rate limit allows. Each call's records (or its failure, naming its ids) come as calls finish; see [`Client::batch`](::feishu_api::Client::batch).
    pub fn query_batch(
        &self,
        request: &query::QueryRequest,
        options: &::feishu_api::BatchOptions,
    ) -> impl ::feishu_api::Stream<
        Item = ::core::result::Result<
            ::feishu_api::streams::Chunk<query::UserFlow>,
            ::feishu_api::streams::ChunkFailure,
        >,
    > + Send + use<> {
        self.client.batch(request, options)
    }
    ///[`query_batch`](Self::query_batch), collected: every record, every failed call.
    pub async fn query_batch_all(
        &self,
        request: &query::QueryRequest,
        options: &::feishu_api::BatchOptions,
    ) -> ::feishu_api::streams::BatchOutcome<query::UserFlow> {
        self.client.batch_all(request, options).await
    }
}
