///Types of `attendance.v1.user_task_remedy.query_user_allowed_remedys`: Get the punches of a day an employee may remedy (获取可补卡时间).
pub mod query_user_allowed_remedys {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_task_remedy/query_user_allowed_remedys.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, PunchNo, TaskCheckResult, WorkType};
    ///One punch an employee may remedy, and when (可补卡时间).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserAllowedRemedy {
        /**The employee's id, of the kind named by the request's `employee_type`.

Wire name `user_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_id: ::core::option::Option<::std::string::String>,
        /**The day to remedy (补卡日期, yyyyMMdd).

Wire name `remedy_date`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_date: ::core::option::Option<::feishu_api::time::DateYmd>,
        /**Whether this is a free shift (自由班次): then the on/off-duty pair does not matter and only the
remedy time is chosen.

Wire name `is_free_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub is_free_punch: ::core::option::Option<bool>,
        /**Which on/off-duty pair of the day the punch belongs to (第几次上下班).

Wire name `punch_no`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub punch_no: ::core::option::Option<PunchNo>,
        /**Whether it is the on-duty (1) or the off-duty (2) punch (上班 / 下班).

Wire name `work_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub work_type: ::core::option::Option<WorkType>,
        /**The punch's status (打卡状态); the page names `Early` (早退), `Late` (迟到) and `Lack` (缺卡).

Wire name `punch_status`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub punch_status: ::core::option::Option<TaskCheckResult>,
        /**When the punch was due (正常的应打卡时间), `yyyy-MM-dd HH:mm`.

Wire name `normal_punch_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub normal_punch_time: ::core::option::Option<::feishu_api::time::LocalMinute>,
        /**The earliest time a remedy may give (可选的补卡时间的最小值), `yyyy-MM-dd HH:mm`.

Wire name `remedy_start_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_start_time: ::core::option::Option<::feishu_api::time::LocalMinute>,
        /**The latest time a remedy may give (可选的补卡时间的最大值), `yyyy-MM-dd HH:mm`.

Wire name `remedy_end_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_end_time: ::core::option::Option<::feishu_api::time::LocalMinute>,
    }
    impl ::feishu_api::wire::DecodeObject for UserAllowedRemedy {
        const FIELDS: &'static [&'static str] = &[
            "user_id",
            "remedy_date",
            "is_free_punch",
            "punch_no",
            "work_type",
            "punch_status",
            "normal_punch_time",
            "remedy_start_time",
            "remedy_end_time",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.user_id = map.next_value()?,
                1usize => self.remedy_date = map.next_value()?,
                2usize => self.is_free_punch = map.next_value()?,
                3usize => self.punch_no = map.next_value()?,
                4usize => self.work_type = map.next_value()?,
                5usize => self.punch_status = map.next_value()?,
                6usize => self.normal_punch_time = map.next_value()?,
                7usize => self.remedy_start_time = map.next_value()?,
                8usize => self.remedy_end_time = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserAllowedRemedy {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`query_user_allowed_remedys`](super::UserTaskRemedyResource::query_user_allowed_remedys): Get the punches of a day an employee may remedy (获取可补卡时间).

Build it with [`QueryUserAllowedRemedysRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryUserAllowedRemedysRequest {
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The employee's id, of the kind named by `employee_type`.

Wire name `user_id`.*/
        pub user_id: ::std::string::String,
        /**The day to remedy (补卡日期, yyyyMMdd).

Wire name `remedy_date`.*/
        pub remedy_date: ::feishu_api::time::DateYmd,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `user_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct user_id;
        ///Marks the required field `remedy_date` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct remedy_date;
    }
    ///Builder for [`QueryUserAllowedRemedysRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct QueryUserAllowedRemedysRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __UserId = ::feishu_api::builder::Unset,
        __RemedyDate = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        user_id: __UserId,
        remedy_date: __RemedyDate,
    }
    impl QueryUserAllowedRemedysRequest {
        /// Starts building a request.
        pub fn builder() -> QueryUserAllowedRemedysRequestBuilder {
            QueryUserAllowedRemedysRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                user_id: ::feishu_api::builder::Unset,
                remedy_date: ::feishu_api::builder::Unset,
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
                    &self.remedy_date,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "remedy_date");
                    violations.check_format(&path, value);
                }
            }
            all.into_result()
        }
    }
    impl<
        __EmployeeType,
        __UserId,
        __RemedyDate,
    > QueryUserAllowedRemedysRequestBuilder<__EmployeeType, __UserId, __RemedyDate> {
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> QueryUserAllowedRemedysRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __UserId,
            __RemedyDate,
        > {
            QueryUserAllowedRemedysRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                user_id: self.user_id,
                remedy_date: self.remedy_date,
            }
        }
        /**The employee's id, of the kind named by `employee_type`.

Wire name `user_id`.*/
        pub fn user_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> QueryUserAllowedRemedysRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::string::String>,
            __RemedyDate,
        > {
            QueryUserAllowedRemedysRequestBuilder {
                employee_type: self.employee_type,
                user_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                remedy_date: self.remedy_date,
            }
        }
        /**The day to remedy (补卡日期, yyyyMMdd).

Wire name `remedy_date`.*/
        pub fn remedy_date(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryUserAllowedRemedysRequestBuilder<
            __EmployeeType,
            __UserId,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
        > {
            QueryUserAllowedRemedysRequestBuilder {
                employee_type: self.employee_type,
                user_id: self.user_id,
                remedy_date: ::feishu_api::builder::Set::new(value),
            }
        }
    }
    impl<
        __EmployeeType,
        __UserId,
        __RemedyDate,
    > QueryUserAllowedRemedysRequestBuilder<__EmployeeType, __UserId, __RemedyDate>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __UserId: ::feishu_api::builder::IsSet<
            __field::user_id,
            Value = ::std::string::String,
        >,
        __RemedyDate: ::feishu_api::builder::IsSet<
            __field::remedy_date,
            Value = ::feishu_api::time::DateYmd,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> QueryUserAllowedRemedysRequest {
            QueryUserAllowedRemedysRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                user_id: ::feishu_api::builder::IsSet::into_value(self.user_id),
                remedy_date: ::feishu_api::builder::IsSet::into_value(self.remedy_date),
            }
        }
    }
    /**The punches that may be remedied.

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
    pub struct QueryUserAllowedRemedysResponse {
        /**The punches that may be remedied, with their time ranges (用户可补卡时间).

Wire name `user_allowed_remedys`.*/
        pub user_allowed_remedys: ::std::vec::Vec<UserAllowedRemedy>,
    }
    impl ::feishu_api::wire::DecodeObject for QueryUserAllowedRemedysResponse {
        const FIELDS: &'static [&'static str] = &["user_allowed_remedys"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.user_allowed_remedys = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for QueryUserAllowedRemedysResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `query_user_allowed_remedys`, to match a failed call's code by name: `QueryUserAllowedRemedysErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum QueryUserAllowedRemedysErrorCode {
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
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226500` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
        /**`1226501` (HTTP 400): no need remedy

The day's attendance has no anomaly: there is nothing to remedy.*/
        NoNeedRemedy,
        /**`1226502` (HTTP 400): not allowed remedy

The attendance group's settings do not allow remedies.*/
        RemedyNotAllowed,
        /**`1226503` (HTTP 400): approval time beyond the time range

The attendance group only allows remedying the last so many days: the date is too far back.*/
        RemedyDateOutOfRange,
        /**`1226504` (HTTP 400): no remedy time left

The remedies allowed in the current period are used up.*/
        NoRemedyLeft,
        /**`1227500` (HTTP 500): param is invalid

An error from the shift service: check the message returned, e.g. "[BatchGetLarkIDByOpenID] not find user larkID" means no Lark user matches an id sent.*/
        ShiftService,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 12usize] = &[
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
            message: "历史错误码，不再使用",
            hint: "A historical code that is no longer used.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226501i64,
            name: "NoNeedRemedy",
            message: "no need remedy",
            hint: "The day's attendance has no anomaly: there is nothing to remedy.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226502i64,
            name: "RemedyNotAllowed",
            message: "not allowed remedy",
            hint: "The attendance group's settings do not allow remedies.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226503i64,
            name: "RemedyDateOutOfRange",
            message: "approval time beyond the time range",
            hint: "The attendance group only allows remedying the last so many days: the date is too far back.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226504i64,
            name: "NoRemedyLeft",
            message: "no remedy time left",
            hint: "The remedies allowed in the current period are used up.",
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
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl QueryUserAllowedRemedysErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::NoPermission,
            Self::Internal,
            Self::Legacy,
            Self::NoNeedRemedy,
            Self::RemedyNotAllowed,
            Self::RemedyDateOutOfRange,
            Self::NoRemedyLeft,
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
                1226501i64 => ::core::option::Option::Some(Self::NoNeedRemedy),
                1226502i64 => ::core::option::Option::Some(Self::RemedyNotAllowed),
                1226503i64 => ::core::option::Option::Some(Self::RemedyDateOutOfRange),
                1226504i64 => ::core::option::Option::Some(Self::NoRemedyLeft),
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
                Self::NoNeedRemedy => &ERRORS[6usize],
                Self::RemedyNotAllowed => &ERRORS[7usize],
                Self::RemedyDateOutOfRange => &ERRORS[8usize],
                Self::NoRemedyLeft => &ERRORS[9usize],
                Self::ShiftService => &ERRORS[10usize],
                Self::General => &ERRORS[11usize],
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
    impl ::feishu_api::Endpoint for QueryUserAllowedRemedysRequest {
        type Response = QueryUserAllowedRemedysResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_task_remedy",
            method: "query_user_allowed_remedys",
            summary: "Get the punches of a day an employee may remedy (获取可补卡时间).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_task_remedys/query_user_allowed_remedys",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_task_remedy/query_user_allowed_remedys",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_allowed_remedys\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"remedy_date\": 20210104,\n                \"is_free_punch\": false,\n                \"punch_no\": 0,\n                \"work_type\": 1,\n                \"punch_status\": \"Lack\",\n                \"normal_punch_time\": \"2021-07-01 09:00\",\n                \"remedy_start_time\": \"2021-07-01 08:00\",\n                \"remedy_end_time\": \"2021-07-01 10:00\"\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryUserAllowedRemedysRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_task_remedys/query_user_allowed_remedys",
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
                #[serde(rename = "user_id")]
                user_id: &'a ::std::string::String,
                #[serde(rename = "remedy_date")]
                remedy_date: &'a ::feishu_api::time::DateYmd,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_id: &self.user_id,
                remedy_date: &self.remedy_date,
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
            let __user_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "user_id", &mut violations);
            let __user_id = ::feishu_api::wire::require(
                __user_id,
                "user_id",
                &mut violations,
            );
            let __remedy_date: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "remedy_date", &mut violations);
            let __remedy_date = ::feishu_api::wire::require(
                __remedy_date,
                "remedy_date",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __user_id, __remedy_date) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__user_id),
                    ::core::option::Option::Some(__remedy_date),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        user_id: __user_id,
                        remedy_date: __remedy_date,
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
            const BODY: &str = "{\n    \"user_id\": \"abd754f7\",\n    \"remedy_date\": 20210104\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::QueryUserAllowedRemedysRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_allowed_remedys\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"remedy_date\": 20210104,\n                \"is_free_punch\": false,\n                \"punch_no\": 0,\n                \"work_type\": 1,\n                \"punch_status\": \"Lack\",\n                \"normal_punch_time\": \"2021-07-01 09:00\",\n                \"remedy_start_time\": \"2021-07-01 08:00\",\n                \"remedy_end_time\": \"2021-07-01 10:00\"\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_allowed_remedys",
                "user_allowed_remedys[].user_id",
                "user_allowed_remedys[].remedy_date",
                "user_allowed_remedys[].is_free_punch",
                "user_allowed_remedys[].punch_no",
                "user_allowed_remedys[].work_type",
                "user_allowed_remedys[].punch_status",
                "user_allowed_remedys[].normal_punch_time",
                "user_allowed_remedys[].remedy_start_time",
                "user_allowed_remedys[].remedy_end_time",
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
            let decoded: super::QueryUserAllowedRemedysResponse = match serde_json::from_value(
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
    /**Get the punches of a day an employee may remedy (获取可补卡时间).

For one employee and one day, returns each on- or off-duty punch that may be remedied (补卡):
which on/off-duty pair and which end of it, the punch's current status, the normal punch time
and the range of times a remedy may give. The answer feeds 通知补卡审批发起
(user_task_remedy create).

获取用户某天可以补的第几次上 / 下班卡的时间。

- **HTTP:** `POST /open-apis/attendance/v1/user_task_remedys/query_user_allowed_remedys`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_task_remedy/query_user_allowed_remedys>

# Errors

Besides transport and validation errors, the documented codes ([`query_user_allowed_remedys::QueryUserAllowedRemedysErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226500 | `Legacy` | A historical code that is no longer used. |
| 400 | 1226501 | `NoNeedRemedy` | The day's attendance has no anomaly: there is nothing to remedy. |
| 400 | 1226502 | `RemedyNotAllowed` | The attendance group's settings do not allow remedies. |
| 400 | 1226503 | `RemedyDateOutOfRange` | The attendance group only allows remedying the last so many days: the date is too far back. |
| 400 | 1226504 | `NoRemedyLeft` | The remedies allowed in the current period are used up. |
| 500 | 1227500 | `ShiftService` | An error from the shift service: check the message returned, e.g. "[BatchGetLarkIDByOpenID] not find user larkID" means no Lark user matches an id sent. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
*/
    pub async fn query_user_allowed_remedys(
        &self,
        request: &query_user_allowed_remedys::QueryUserAllowedRemedysRequest,
    ) -> ::core::result::Result<
        query_user_allowed_remedys::QueryUserAllowedRemedysResponse,
        ::feishu_api::Error,
    > {
        self.client.execute(request).await
    }
    ///[`query_user_allowed_remedys`](Self::query_user_allowed_remedys) with per-request options (a token override, a timeout).
    pub async fn query_user_allowed_remedys_with(
        &self,
        request: &query_user_allowed_remedys::QueryUserAllowedRemedysRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<
        query_user_allowed_remedys::QueryUserAllowedRemedysResponse,
        ::feishu_api::Error,
    > {
        self.client.execute_with(request, options).await
    }
}
