///Types of `attendance.v1.user_task_remedy.query`: Query employees' attendance remedy records (获取补卡记录).
pub mod query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_task_remedy/query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        EmployeeType, PunchNo, RemedyStatus, UserTaskRemedy, WorkType,
    };
    /**Which time of a remedy a query window applies to.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CheckDateType {
        /**The time the remedy takes effect for (单据作用时间). The server's default.

Wire value `"PeriodTime"`.*/
        PeriodTime,
        /**The time the remedy was requested (单据创建时间).

Wire value `"CreateTime"`.

**Not accepted by the server yet:** Not supported by the server yet (目前暂不支持).*/
        CreateTime,
        /**The time the remedy's status last changed (单据状态更新时间).

Wire value `"UpdateTime"`.

**Not accepted by the server yet:** In gradual rollout, not open yet (灰度中，暂不开放).*/
        UpdateTime,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl CheckDateType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::PeriodTime,
            Self::CreateTime,
            Self::UpdateTime,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::PeriodTime => "PeriodTime",
                Self::CreateTime => "CreateTime",
                Self::UpdateTime => "UpdateTime",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "PeriodTime" => Self::PeriodTime,
                "CreateTime" => Self::CreateTime,
                "UpdateTime" => Self::UpdateTime,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            !matches!(self, Self::CreateTime | Self::UpdateTime)
        }
    }
    impl ::core::fmt::Display for CheckDateType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for CheckDateType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for CheckDateType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for CheckDateType {
            fn to_query(&self) -> ::std::string::String {
                ::std::string::ToString::to_string(self)
            }
            fn from_query(
                raw: &str,
            ) -> ::core::result::Result<Self, ::std::string::String> {
                ::core::result::Result::Ok(Self::from_wire_value(raw))
            }
        }
    };
    /**The request of [`query`](super::UserTaskRemedyResource::query): Query employees' attendance remedy records (获取补卡记录).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryRequest {
        /**The kind of employee id used by `user_ids` in the request and by `user_id` in the response.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The employees to query: employee ids or employee numbers, of the kind named by
`employee_type`. At most 50.

Wire name `user_ids`; 1 to 50 items.*/
        pub user_ids: ::std::vec::Vec<::std::string::String>,
        /**Start of the time window to query, a Unix time in seconds.

Wire name `check_time_from`.*/
        pub check_time_from: ::feishu_api::time::UnixSeconds,
        /**End of the time window to query, a Unix time in seconds.

Wire name `check_time_to`.*/
        pub check_time_to: ::feishu_api::time::UnixSeconds,
        /**Which time of a remedy the window applies to. Tenants other than specific ones only support
the default.

Wire name `check_date_type`; the server assumes `PeriodTime` ([`CheckDateType::PeriodTime`]) when absent.*/
        pub check_date_type: ::core::option::Option<CheckDateType>,
        /**Only return remedies in this approval status.

Wire name `status`; the server assumes `2` ([`RemedyStatus::Approved`]) when absent.*/
        pub status: ::core::option::Option<RemedyStatus>,
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
        user_ids: __UserIds,
        check_time_from: __CheckTimeFrom,
        check_time_to: __CheckTimeTo,
        check_date_type: ::core::option::Option<CheckDateType>,
        status: ::core::option::Option<RemedyStatus>,
    }
    impl QueryRequest {
        /// Starts building a request.
        pub fn builder() -> QueryRequestBuilder {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                user_ids: ::feishu_api::builder::Unset,
                check_time_from: ::feishu_api::builder::Unset,
                check_time_to: ::feishu_api::builder::Unset,
                check_date_type: ::core::option::Option::None,
                status: ::core::option::Option::None,
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
        /**The kind of employee id used by `user_ids` in the request and by `user_id` in the response.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

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
                user_ids: self.user_ids,
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
                check_date_type: self.check_date_type,
                status: self.status,
            }
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
                user_ids: ::feishu_api::builder::Set::new(
                    value.into_iter().map(::core::convert::Into::into).collect(),
                ),
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
                check_date_type: self.check_date_type,
                status: self.status,
            }
        }
        /**Start of the time window to query, a Unix time in seconds.

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
                user_ids: self.user_ids,
                check_time_from: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                check_time_to: self.check_time_to,
                check_date_type: self.check_date_type,
                status: self.status,
            }
        }
        /**End of the time window to query, a Unix time in seconds.

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
                user_ids: self.user_ids,
                check_time_from: self.check_time_from,
                check_time_to: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                check_date_type: self.check_date_type,
                status: self.status,
            }
        }
        /**Which time of a remedy the window applies to. Tenants other than specific ones only support
the default.

Wire name `check_date_type`; the server assumes `PeriodTime` ([`CheckDateType::PeriodTime`]) when absent.*/
        pub fn check_date_type(mut self, value: CheckDateType) -> Self {
            self.check_date_type = ::core::option::Option::Some(value);
            self
        }
        /**Only return remedies in this approval status.

Wire name `status`; the server assumes `2` ([`RemedyStatus::Approved`]) when absent.*/
        pub fn status(mut self, value: RemedyStatus) -> Self {
            self.status = ::core::option::Option::Some(value);
            self
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
                user_ids: ::feishu_api::builder::IsSet::into_value(self.user_ids),
                check_time_from: ::feishu_api::builder::IsSet::into_value(
                    self.check_time_from,
                ),
                check_time_to: ::feishu_api::builder::IsSet::into_value(
                    self.check_time_to,
                ),
                check_date_type: self.check_date_type,
                status: self.status,
            }
        }
    }
    /**The remedy records found.

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
        /**The remedy records (补卡记录列表).

Wire name `user_remedys`.*/
        pub user_remedys: ::std::vec::Vec<UserTaskRemedy>,
    }
    impl ::feishu_api::wire::DecodeObject for QueryResponse {
        const FIELDS: &'static [&'static str] = &["user_remedys"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.user_remedys = map
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
        /**`1220001` (HTTP 400): param is invalis

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220004` (HTTP 400): param is invalis

Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission.*/
        UserNotFound,
        /**`1220005` (HTTP 400): 没有权限

No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).*/
        NoPermission,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
        /**`1225000` (HTTP 500): param is invalis

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226500` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 7usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "param is invalis",
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
            message: "param is invalis",
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
            message: "param is invalis",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1226500i64,
            name: "Legacy",
            message: "历史错误码，不再使用",
            hint: "A historical code that is no longer used.",
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
            Self::Legacy,
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
                1226500i64 => ::core::option::Option::Some(Self::Legacy),
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
                Self::Legacy => &ERRORS[6usize],
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
            resource: "user_task_remedy",
            method: "query",
            summary: "Query employees' attendance remedy records (获取补卡记录).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_task_remedys/query",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/user_task_remedy/query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_remedys\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"remedy_date\": 20210701,\n                \"punch_no\": 0,\n                \"work_type\": 1,\n                \"approval_id\": \"6737202939523236113\",\n                \"remedy_time\": \"2021-07-01 08:00\",\n                \"status\": 2,\n                \"reason\": \"忘记打卡\",\n                \"time\": \"1611476284\",\n                \"time_zone\": \"Asia/Shanghai\",\n                \"create_time\": \"1611476284\",\n                \"update_time\": \"1611476284\"\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_task_remedys/query",
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
                #[serde(rename = "check_time_from")]
                check_time_from: &'a ::feishu_api::time::UnixSeconds,
                #[serde(rename = "check_time_to")]
                check_time_to: &'a ::feishu_api::time::UnixSeconds,
                #[serde(
                    rename = "check_date_type",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                check_date_type: ::core::option::Option<&'a CheckDateType>,
                #[serde(
                    rename = "status",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                status: ::core::option::Option<&'a RemedyStatus>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_ids: &self.user_ids,
                check_time_from: &self.check_time_from,
                check_time_to: &self.check_time_to,
                check_date_type: self.check_date_type.as_ref(),
                status: self.status.as_ref(),
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
            let __check_date_type: ::core::option::Option<CheckDateType> = ::feishu_api::wire::take_body::<
                CheckDateType,
            >(&mut body, "check_date_type", &mut violations);
            let __status: ::core::option::Option<RemedyStatus> = ::feishu_api::wire::take_body::<
                RemedyStatus,
            >(&mut body, "status", &mut violations);
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
                        user_ids: __user_ids,
                        check_time_from: __check_time_from,
                        check_time_to: __check_time_to,
                        check_date_type: __check_date_type,
                        status: __status,
                    })
                }
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }
        }
    }
    impl ::feishu_api::Batchable for QueryRequest {
        type Item = UserTaskRemedy;
        const CHUNK: usize = 50usize;
        fn batch_ids(&self) -> &[::std::string::String] {
            &self.user_ids
        }
        fn with_batch_ids(&self, ids: ::std::vec::Vec<::std::string::String>) -> Self {
            Self {
                user_ids: ids,
                employee_type: ::core::clone::Clone::clone(&self.employee_type),
                check_time_from: ::core::clone::Clone::clone(&self.check_time_from),
                check_time_to: ::core::clone::Clone::clone(&self.check_time_to),
                check_date_type: ::core::clone::Clone::clone(&self.check_date_type),
                status: ::core::clone::Clone::clone(&self.status),
            }
        }
        fn into_items(page: QueryResponse) -> ::std::vec::Vec<UserTaskRemedy> {
            page.user_remedys
        }
        fn item_count(page: &QueryResponse) -> usize {
            page.user_remedys.len()
        }
    }
    #[cfg(test)]
    mod __spec_examples {
        #[test]
        fn example_request_matches_the_spec() {
            use ::feishu_api::Endpoint as _;
            use ::feishu_api::__private::serde_json::{self, Value};
            const QUERY: &str = "employee_type=employee_id";
            const BODY: &str = "{\n    \"user_ids\": [\"abd754f7\"],\n    \"check_time_from\": \"1566641088\",\n    \"check_time_to\": \"1592561088\",\n    \"status\": 2\n}";
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_remedys\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"remedy_date\": 20210701,\n                \"punch_no\": 0,\n                \"work_type\": 1,\n                \"approval_id\": \"6737202939523236113\",\n                \"remedy_time\": \"2021-07-01 08:00\",\n                \"status\": 2,\n                \"reason\": \"忘记打卡\",\n                \"time\": \"1611476284\",\n                \"time_zone\": \"Asia/Shanghai\",\n                \"create_time\": \"1611476284\",\n                \"update_time\": \"1611476284\"\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_remedys",
                "user_remedys[].user_id",
                "user_remedys[].remedy_date",
                "user_remedys[].punch_no",
                "user_remedys[].work_type",
                "user_remedys[].approval_id",
                "user_remedys[].remedy_time",
                "user_remedys[].status",
                "user_remedys[].reason",
                "user_remedys[].time",
                "user_remedys[].time_zone",
                "user_remedys[].create_time",
                "user_remedys[].update_time",
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
    /**Query employees' attendance remedy records (获取补卡记录).

A remedy (补卡) is a punch record an employee adds, through an approval, inside the time window of
one on-duty or off-duty check, to correct their attendance result. This endpoint returns the
remedy records of the given employees whose time falls in the given window. It has no
counterpart in the Feishu user interface.

补卡：用户通过审批的方式，在某一次上/下班的打卡时间范围内，补充一条打卡记录，用以修正用户的考勤结果。
本接口专用于获取员工的补卡记录（无页面功能对应）。

- **HTTP:** `POST /open-apis/attendance/v1/user_task_remedys/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/user_task_remedy/query>

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
| 500 | 1226500 | `Legacy` | A historical code that is no longer used. |
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
            ::feishu_api::streams::Chunk<query::UserTaskRemedy>,
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
    ) -> ::feishu_api::streams::BatchOutcome<query::UserTaskRemedy> {
        self.client.batch_all(request, options).await
    }
}
