///Types of `attendance.v1.user_daily_shift.query`: Query users' daily shift assignments over at most 30 days (查询排班表).
pub mod query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_daily_shift/query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, UserDailyShift};
    /**The request of [`query`](super::UserDailyShiftResource::query): Query users' daily shift assignments over at most 30 days (查询排班表).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryRequest {
        /**The kind of employee id used by `user_ids` in the request and by `user_id` in the answer.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The users to query: employee ids or employee numbers, of the kind named by `employee_type`.
At most 50 (最多50人).

Wire name `user_ids`; at most 50 items.*/
        pub user_ids: ::std::vec::Vec<::std::string::String>,
        /**The first working day to query (查询的起始工作日), yyyyMMdd.

Wire name `check_date_from`.*/
        pub check_date_from: ::feishu_api::time::DateYmd,
        /**The last working day to query (查询的结束工作日), yyyyMMdd; at most 30 days after
`check_date_from`.

Wire name `check_date_to`.*/
        pub check_date_to: ::feishu_api::time::DateYmd,
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
        ///Marks the required field `check_date_from` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct check_date_from;
        ///Marks the required field `check_date_to` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct check_date_to;
    }
    ///Builder for [`QueryRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct QueryRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __UserIds = ::feishu_api::builder::Unset,
        __CheckDateFrom = ::feishu_api::builder::Unset,
        __CheckDateTo = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        user_ids: __UserIds,
        check_date_from: __CheckDateFrom,
        check_date_to: __CheckDateTo,
    }
    impl QueryRequest {
        /// Starts building a request.
        pub fn builder() -> QueryRequestBuilder {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                user_ids: ::feishu_api::builder::Unset,
                check_date_from: ::feishu_api::builder::Unset,
                check_date_to: ::feishu_api::builder::Unset,
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
                            ::core::option::Option::None,
                            ::core::option::Option::Some(50),
                        );
                }
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.check_date_from,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "check_date_from",
                    );
                    violations.check_format(&path, value);
                }
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.check_date_to,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "check_date_to",
                    );
                    violations.check_format(&path, value);
                }
                if let (
                    ::core::option::Option::Some(left),
                    ::core::option::Option::Some(right),
                ) = (
                    ::core::option::Option::Some(&self.check_date_from),
                    ::core::option::Option::Some(&self.check_date_to),
                ) {
                    violations
                        .check_order(
                            &::feishu_api::wire::FieldPath::new(
                                prefix,
                                "check_date_from",
                            ),
                            left,
                            "<=",
                            &::feishu_api::wire::FieldPath::new(prefix, "check_date_to"),
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
        __CheckDateFrom,
        __CheckDateTo,
    > QueryRequestBuilder<__EmployeeType, __UserIds, __CheckDateFrom, __CheckDateTo> {
        /**The kind of employee id used by `user_ids` in the request and by `user_id` in the answer.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> QueryRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __UserIds,
            __CheckDateFrom,
            __CheckDateTo,
        > {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                user_ids: self.user_ids,
                check_date_from: self.check_date_from,
                check_date_to: self.check_date_to,
            }
        }
        /**The users to query: employee ids or employee numbers, of the kind named by `employee_type`.
At most 50 (最多50人).

Wire name `user_ids`; at most 50 items.*/
        pub fn user_ids(
            self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::vec::Vec<::std::string::String>>,
            __CheckDateFrom,
            __CheckDateTo,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                user_ids: ::feishu_api::builder::Set::new(
                    value.into_iter().map(::core::convert::Into::into).collect(),
                ),
                check_date_from: self.check_date_from,
                check_date_to: self.check_date_to,
            }
        }
        /**The first working day to query (查询的起始工作日), yyyyMMdd.

Wire name `check_date_from`.*/
        pub fn check_date_from(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __UserIds,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
            __CheckDateTo,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                user_ids: self.user_ids,
                check_date_from: ::feishu_api::builder::Set::new(value),
                check_date_to: self.check_date_to,
            }
        }
        /**The last working day to query (查询的结束工作日), yyyyMMdd; at most 30 days after
`check_date_from`.

Wire name `check_date_to`.*/
        pub fn check_date_to(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __UserIds,
            __CheckDateFrom,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                user_ids: self.user_ids,
                check_date_from: self.check_date_from,
                check_date_to: ::feishu_api::builder::Set::new(value),
            }
        }
    }
    impl<
        __EmployeeType,
        __UserIds,
        __CheckDateFrom,
        __CheckDateTo,
    > QueryRequestBuilder<__EmployeeType, __UserIds, __CheckDateFrom, __CheckDateTo>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __UserIds: ::feishu_api::builder::IsSet<
            __field::user_ids,
            Value = ::std::vec::Vec<::std::string::String>,
        >,
        __CheckDateFrom: ::feishu_api::builder::IsSet<
            __field::check_date_from,
            Value = ::feishu_api::time::DateYmd,
        >,
        __CheckDateTo: ::feishu_api::builder::IsSet<
            __field::check_date_to,
            Value = ::feishu_api::time::DateYmd,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> QueryRequest {
            QueryRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                user_ids: ::feishu_api::builder::IsSet::into_value(self.user_ids),
                check_date_from: ::feishu_api::builder::IsSet::into_value(
                    self.check_date_from,
                ),
                check_date_to: ::feishu_api::builder::IsSet::into_value(
                    self.check_date_to,
                ),
            }
        }
    }
    /**The assignments found.

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
        /**The assignments (班表信息列表), one per user and day.

Wire name `user_daily_shifts`.*/
        pub user_daily_shifts: ::std::vec::Vec<UserDailyShift>,
    }
    impl ::feishu_api::wire::DecodeObject for QueryResponse {
        const FIELDS: &'static [&'static str] = &["user_daily_shifts"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.user_daily_shifts = map
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
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220004` (HTTP 400): param is invalid

Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission.*/
        UserNotFound,
        /**`1220005` (HTTP 400): 没有权限

No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).*/
        NoPermission,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226000` (HTTP 500): param is invalid

An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        ShiftServiceError,
        /**`1226003` (HTTP 500): param is invalid

Check the message returned: e.g. "default shift are not allowed to change." means the default shift cannot be changed.*/
        ShiftInvalid,
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
            message: "没有权限",
            hint: "No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
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
            http_status: 500u16,
            code: 1226003i64,
            name: "ShiftInvalid",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"default shift are not allowed to change.\" means the default shift cannot be changed.",
        },
    ];
    impl QueryErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::NoPermission,
            Self::General,
            Self::Internal,
            Self::ShiftServiceError,
            Self::ShiftInvalid,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220004i64 => ::core::option::Option::Some(Self::UserNotFound),
                1220005i64 => ::core::option::Option::Some(Self::NoPermission),
                1220600i64 => ::core::option::Option::Some(Self::General),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1226000i64 => ::core::option::Option::Some(Self::ShiftServiceError),
                1226003i64 => ::core::option::Option::Some(Self::ShiftInvalid),
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
                Self::General => &ERRORS[4usize],
                Self::Internal => &ERRORS[5usize],
                Self::ShiftServiceError => &ERRORS[6usize],
                Self::ShiftInvalid => &ERRORS[7usize],
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
            resource: "user_daily_shift",
            method: "query",
            summary: "Query users' daily shift assignments over at most 30 days (查询排班表).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_daily_shifts/query",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/user_daily_shift/query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_daily_shifts\": [\n            {\n                \"group_id\": \"6737202939523236110\",\n                \"shift_id\": \"6753520403404030215\",\n                \"month\": 202101,\n                \"user_id\": \"abd754f7\",\n                \"day_no\": 21,\n                \"is_clear_schedule\": false\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_daily_shifts/query",
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
                #[serde(rename = "user_ids")]
                user_ids: &'a ::std::vec::Vec<::std::string::String>,
                #[serde(rename = "check_date_from")]
                check_date_from: &'a ::feishu_api::time::DateYmd,
                #[serde(rename = "check_date_to")]
                check_date_to: &'a ::feishu_api::time::DateYmd,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_ids: &self.user_ids,
                check_date_from: &self.check_date_from,
                check_date_to: &self.check_date_to,
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
            let __check_date_from: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "check_date_from", &mut violations);
            let __check_date_from = ::feishu_api::wire::require(
                __check_date_from,
                "check_date_from",
                &mut violations,
            );
            let __check_date_to: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "check_date_to", &mut violations);
            let __check_date_to = ::feishu_api::wire::require(
                __check_date_to,
                "check_date_to",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __user_ids, __check_date_from, __check_date_to) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__user_ids),
                    ::core::option::Option::Some(__check_date_from),
                    ::core::option::Option::Some(__check_date_to),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        user_ids: __user_ids,
                        check_date_from: __check_date_from,
                        check_date_to: __check_date_to,
                    })
                }
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }
        }
    }
    impl ::feishu_api::Batchable for QueryRequest {
        type Item = UserDailyShift;
        const CHUNK: usize = 50usize;
        fn batch_ids(&self) -> &[::std::string::String] {
            &self.user_ids
        }
        fn with_batch_ids(&self, ids: ::std::vec::Vec<::std::string::String>) -> Self {
            Self {
                user_ids: ids,
                employee_type: ::core::clone::Clone::clone(&self.employee_type),
                check_date_from: ::core::clone::Clone::clone(&self.check_date_from),
                check_date_to: ::core::clone::Clone::clone(&self.check_date_to),
            }
        }
        fn into_items(page: QueryResponse) -> ::std::vec::Vec<UserDailyShift> {
            page.user_daily_shifts
        }
        fn item_count(page: &QueryResponse) -> usize {
            page.user_daily_shifts.len()
        }
    }
    #[cfg(test)]
    mod __spec_examples {
        #[test]
        fn example_request_matches_the_spec() {
            use ::feishu_api::Endpoint as _;
            use ::feishu_api::__private::serde_json::{self, Value};
            const QUERY: &str = "employee_type=employee_id";
            const BODY: &str = "{\n    \"user_ids\": [\n        \"abd754f7\"\n    ],\n    \"check_date_from\": 20190817,\n    \"check_date_to\": 20190820\n}";
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_daily_shifts\": [\n            {\n                \"group_id\": \"6737202939523236110\",\n                \"shift_id\": \"6753520403404030215\",\n                \"month\": 202101,\n                \"user_id\": \"abd754f7\",\n                \"day_no\": 21,\n                \"is_clear_schedule\": false\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_daily_shifts",
                "user_daily_shifts[].group_id",
                "user_daily_shifts[].shift_id",
                "user_daily_shifts[].month",
                "user_daily_shifts[].user_id",
                "user_daily_shifts[].day_no",
                "user_daily_shifts[].is_clear_schedule",
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
    /**Query users' daily shift assignments over at most 30 days (查询排班表).

Returns, per user and day, the attendance group and shift the user is scheduled for. The
results are per user and do not match any page of the admin console. The `group_id` and
`shift_id` of each record can be looked up with the group and shift get-by-id methods. The
span from `check_date_from` to `check_date_to` must not exceed 30 days (查询的时间跨度不能超过 30 天).

支持查询多个用户的排班情况，注意此接口返回的是用户维度的排班结果，与页面功能并不对应。查询的时间跨度不能超过 30 天。

- **HTTP:** `POST /open-apis/attendance/v1/user_daily_shifts/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/user_daily_shift/query>

# Errors

Besides transport and validation errors, the documented codes ([`query::QueryErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226000 | `ShiftServiceError` | An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226003 | `ShiftInvalid` | Check the message returned: e.g. "default shift are not allowed to change." means the default shift cannot be changed. |
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
            ::feishu_api::streams::Chunk<query::UserDailyShift>,
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
    ) -> ::feishu_api::streams::BatchOutcome<query::UserDailyShift> {
        self.client.batch_all(request, options).await
    }
}
