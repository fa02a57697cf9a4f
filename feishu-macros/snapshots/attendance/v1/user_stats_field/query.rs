///Types of `attendance.v1.user_stats_field.query`: List the columns of the daily or monthly attendance report (查询统计表头).
pub mod query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_stats_field/query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, Locale, StatsType};
    ///The header of a daily or monthly attendance report (统计数据表头).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserStatsField {
        /**Whether this is the daily or the monthly report (统计类型).

Wire name `stats_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub stats_type: ::core::option::Option<StatsType>,
        /**A user id; deprecated (字段已废弃).

Wire name `user_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_id: ::core::option::Option<::std::string::String>,
        /**The column groups (字段列表).

Wire name `fields`.*/
        pub fields: ::std::vec::Vec<Field>,
    }
    impl ::feishu_api::wire::DecodeObject for UserStatsField {
        const FIELDS: &'static [&'static str] = &["stats_type", "user_id", "fields"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.stats_type = map.next_value()?,
                1usize => self.user_id = map.next_value()?,
                2usize => {
                    self.fields = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserStatsField {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///A group of report columns (分组).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct Field {
        /**The group's code (分组编号).

Wire name `code`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub code: ::core::option::Option<::std::string::String>,
        /**The group's name (分组名称).

Wire name `title`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub title: ::core::option::Option<::std::string::String>,
        /**The columns of the group (字段列表).

Wire name `child_fields`.*/
        pub child_fields: ::std::vec::Vec<ChildField>,
    }
    impl ::feishu_api::wire::DecodeObject for Field {
        const FIELDS: &'static [&'static str] = &["code", "title", "child_fields"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.code = map.next_value()?,
                1usize => self.title = map.next_value()?,
                2usize => {
                    self.child_fields = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for Field {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///One report column (字段).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ChildField {
        /**The column's code (字段编号). In the daily-statistics group of a monthly report the codes are
dates, e.g. `2021-03-16`.

Wire name `code`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub code: ::core::option::Option<::std::string::String>,
        /**The column's name (字段名称).

Wire name `title`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub title: ::core::option::Option<::std::string::String>,
        /**The column's time unit, e.g. `Minute`; no longer used (该字段已停止使用).

Wire name `time_unit`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub time_unit: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for ChildField {
        const FIELDS: &'static [&'static str] = &["code", "title", "time_unit"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.code = map.next_value()?,
                1usize => self.title = map.next_value()?,
                2usize => self.time_unit = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ChildField {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`query`](super::UserStatsFieldResource::query): List the columns of the daily or monthly attendance report (查询统计表头).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryRequest {
        /**The kind of employee id used by `user_id` in the response. Without admin-console access, ids
can be looked up by phone number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The language of the titles returned (语言类型).

Wire name `locale`.*/
        pub locale: Locale,
        /**Whether to list the columns of the daily or the monthly report (统计类型).

Wire name `stats_type`.*/
        pub stats_type: StatsType,
        /**Start date (yyyyMMdd). Required, but the page marks it as ignored by the server (无效字段).

Wire name `start_date`.*/
        pub start_date: ::feishu_api::time::DateYmd,
        /**End date (yyyyMMdd), documented as at most 40 days after `start_date`. Required, but the page
marks it as ignored by the server (无效字段).

Wire name `end_date`.*/
        pub end_date: ::feishu_api::time::DateYmd,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `locale` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct locale;
        ///Marks the required field `stats_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct stats_type;
        ///Marks the required field `start_date` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct start_date;
        ///Marks the required field `end_date` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct end_date;
    }
    ///Builder for [`QueryRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct QueryRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __Locale = ::feishu_api::builder::Unset,
        __StatsType = ::feishu_api::builder::Unset,
        __StartDate = ::feishu_api::builder::Unset,
        __EndDate = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        locale: __Locale,
        stats_type: __StatsType,
        start_date: __StartDate,
        end_date: __EndDate,
    }
    impl QueryRequest {
        /// Starts building a request.
        pub fn builder() -> QueryRequestBuilder {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                locale: ::feishu_api::builder::Unset,
                stats_type: ::feishu_api::builder::Unset,
                start_date: ::feishu_api::builder::Unset,
                end_date: ::feishu_api::builder::Unset,
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
                    &self.start_date,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "start_date");
                    violations.check_format(&path, value);
                }
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.end_date,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "end_date");
                    violations.check_format(&path, value);
                }
            }
            all.into_result()
        }
    }
    impl<
        __EmployeeType,
        __Locale,
        __StatsType,
        __StartDate,
        __EndDate,
    > QueryRequestBuilder<
        __EmployeeType,
        __Locale,
        __StatsType,
        __StartDate,
        __EndDate,
    > {
        /**The kind of employee id used by `user_id` in the response. Without admin-console access, ids
can be looked up by phone number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> QueryRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __Locale,
            __StatsType,
            __StartDate,
            __EndDate,
        > {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                locale: self.locale,
                stats_type: self.stats_type,
                start_date: self.start_date,
                end_date: self.end_date,
            }
        }
        /**The language of the titles returned (语言类型).

Wire name `locale`.*/
        pub fn locale(
            self,
            value: Locale,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<Locale>,
            __StatsType,
            __StartDate,
            __EndDate,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: ::feishu_api::builder::Set::new(value),
                stats_type: self.stats_type,
                start_date: self.start_date,
                end_date: self.end_date,
            }
        }
        /**Whether to list the columns of the daily or the monthly report (统计类型).

Wire name `stats_type`.*/
        pub fn stats_type(
            self,
            value: StatsType,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __Locale,
            ::feishu_api::builder::Set<StatsType>,
            __StartDate,
            __EndDate,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                stats_type: ::feishu_api::builder::Set::new(value),
                start_date: self.start_date,
                end_date: self.end_date,
            }
        }
        /**Start date (yyyyMMdd). Required, but the page marks it as ignored by the server (无效字段).

Wire name `start_date`.*/
        pub fn start_date(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __Locale,
            __StatsType,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
            __EndDate,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                stats_type: self.stats_type,
                start_date: ::feishu_api::builder::Set::new(value),
                end_date: self.end_date,
            }
        }
        /**End date (yyyyMMdd), documented as at most 40 days after `start_date`. Required, but the page
marks it as ignored by the server (无效字段).

Wire name `end_date`.*/
        pub fn end_date(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __Locale,
            __StatsType,
            __StartDate,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                stats_type: self.stats_type,
                start_date: self.start_date,
                end_date: ::feishu_api::builder::Set::new(value),
            }
        }
    }
    impl<
        __EmployeeType,
        __Locale,
        __StatsType,
        __StartDate,
        __EndDate,
    > QueryRequestBuilder<__EmployeeType, __Locale, __StatsType, __StartDate, __EndDate>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __Locale: ::feishu_api::builder::IsSet<__field::locale, Value = Locale>,
        __StatsType: ::feishu_api::builder::IsSet<
            __field::stats_type,
            Value = StatsType,
        >,
        __StartDate: ::feishu_api::builder::IsSet<
            __field::start_date,
            Value = ::feishu_api::time::DateYmd,
        >,
        __EndDate: ::feishu_api::builder::IsSet<
            __field::end_date,
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
                locale: ::feishu_api::builder::IsSet::into_value(self.locale),
                stats_type: ::feishu_api::builder::IsSet::into_value(self.stats_type),
                start_date: ::feishu_api::builder::IsSet::into_value(self.start_date),
                end_date: ::feishu_api::builder::IsSet::into_value(self.end_date),
            }
        }
    }
    /**The report's header.

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
        /**The report's columns (统计数据表头).

Wire name `user_stats_field`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_stats_field: ::core::option::Option<UserStatsField>,
    }
    impl ::feishu_api::wire::DecodeObject for QueryResponse {
        const FIELDS: &'static [&'static str] = &["user_stats_field"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.user_stats_field = map.next_value()?,
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
    impl QueryErrorCode {
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
    impl ::feishu_api::Endpoint for QueryRequest {
        type Response = QueryResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_stats_field",
            method: "query",
            summary: "List the columns of the daily or monthly attendance report (查询统计表头).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_stats_fields/query",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task", "attendance:task:readonly"],
            app_types: &[
                ::feishu_api::endpoint::AppType::SelfBuilt,
                ::feishu_api::endpoint::AppType::Store,
            ],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_stats_field/query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"\",\n    \"data\": {\n        \"user_stats_field\": {\n            \"fields\": [\n                {\n                    \"child_fields\": [\n                        {\n                            \"code\": \"50103\",\n                            \"title\": \"Employee ID\"\n                        }\n                    ],\n                    \"code\": \"501\",\n                    \"title\": \"Basic info\"\n                },\n                {\n                    \"child_fields\": [\n                        {\n                            \"code\": \"52108\",\n                            \"title\": \"Attendance group name\"\n                        },\n                        {\n                            \"code\": \"52101\",\n                            \"title\": \"Required attendance days\"\n                        },\n                        {\n                            \"code\": \"52102\",\n                            \"title\": \"Days of attendance\"\n                        },\n                        {\n                            \"code\": \"52104\",\n                            \"time_unit\": \"Minute\",\n                            \"title\": \"Required attendance duration\"\n                        },\n                        {\n                            \"code\": \"52105\",\n                            \"time_unit\": \"Minute\",\n                            \"title\": \"Actual attendance duration\"\n                        },\n                        {\n                            \"code\": \"52107\",\n                            \"title\": \"Overtime hours\"\n                        }\n                    ],\n                    \"code\": \"521\",\n                    \"title\": \"Attendance statistics\"\n                },\n                {\n                    \"child_fields\": [\n                        {\n                            \"code\": \"52201\",\n                            \"title\": \"Late in times\"\n                        },\n                        {\n                            \"code\": \"52203\",\n                            \"title\": \"Early out times\"\n                        },\n                        {\n                            \"code\": \"52207\",\n                            \"title\": \"No records\"\n                        }\n                    ],\n                    \"code\": \"522\",\n                    \"title\": \"Abnormal statistics\"\n                },\n                {\n                    \"child_fields\": [\n                        {\n                            \"code\": \"2021-03-16\",\n                            \"title\": \"2021-03-16 Tue\"\n                        },\n                        {\n                            \"code\": \"2021-03-17\",\n                            \"title\": \"2021-03-17 Wed\"\n                        },\n                        {\n                            \"code\": \"2021-03-18\",\n                            \"title\": \"2021-03-18 Thu\"\n                        },\n                        {\n                            \"code\": \"2021-03-19\",\n                            \"title\": \"2021-03-19 Fri\"\n                        },\n                        {\n                            \"code\": \"2021-03-20\",\n                            \"title\": \"2021-03-20 Sat\"\n                        },\n                        {\n                            \"code\": \"2021-03-21\",\n                            \"title\": \"2021-03-21 Sun\"\n                        },\n                        {\n                            \"code\": \"2021-03-22\",\n                            \"title\": \"2021-03-22 Mon\"\n                        },\n                        {\n                            \"code\": \"2021-03-23\",\n                            \"title\": \"2021-03-23 Tue\"\n                        }\n                    ],\n                    \"code\": \"524\",\n                    \"title\": \"Daily statistics\"\n                }\n            ],\n            \"stats_type\": \"month\",\n            \"user_id\": \"\"\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_stats_fields/query",
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
                #[serde(rename = "locale")]
                locale: &'a Locale,
                #[serde(rename = "stats_type")]
                stats_type: &'a StatsType,
                #[serde(rename = "start_date")]
                start_date: &'a ::feishu_api::time::DateYmd,
                #[serde(rename = "end_date")]
                end_date: &'a ::feishu_api::time::DateYmd,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                locale: &self.locale,
                stats_type: &self.stats_type,
                start_date: &self.start_date,
                end_date: &self.end_date,
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
            let __locale: ::core::option::Option<Locale> = ::feishu_api::wire::take_body::<
                Locale,
            >(&mut body, "locale", &mut violations);
            let __locale = ::feishu_api::wire::require(
                __locale,
                "locale",
                &mut violations,
            );
            let __stats_type: ::core::option::Option<StatsType> = ::feishu_api::wire::take_body::<
                StatsType,
            >(&mut body, "stats_type", &mut violations);
            let __stats_type = ::feishu_api::wire::require(
                __stats_type,
                "stats_type",
                &mut violations,
            );
            let __start_date: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "start_date", &mut violations);
            let __start_date = ::feishu_api::wire::require(
                __start_date,
                "start_date",
                &mut violations,
            );
            let __end_date: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "end_date", &mut violations);
            let __end_date = ::feishu_api::wire::require(
                __end_date,
                "end_date",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __locale, __stats_type, __start_date, __end_date) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__locale),
                    ::core::option::Option::Some(__stats_type),
                    ::core::option::Option::Some(__start_date),
                    ::core::option::Option::Some(__end_date),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        locale: __locale,
                        stats_type: __stats_type,
                        start_date: __start_date,
                        end_date: __end_date,
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
            const BODY: &str = "{\n    \"locale\": \"zh\",\n    \"stats_type\": \"daily\",\n    \"start_date\": 20210316,\n    \"end_date\": 20210323\n}";
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"\",\n    \"data\": {\n        \"user_stats_field\": {\n            \"fields\": [\n                {\n                    \"child_fields\": [\n                        {\n                            \"code\": \"50103\",\n                            \"title\": \"Employee ID\"\n                        }\n                    ],\n                    \"code\": \"501\",\n                    \"title\": \"Basic info\"\n                },\n                {\n                    \"child_fields\": [\n                        {\n                            \"code\": \"52108\",\n                            \"title\": \"Attendance group name\"\n                        },\n                        {\n                            \"code\": \"52101\",\n                            \"title\": \"Required attendance days\"\n                        },\n                        {\n                            \"code\": \"52102\",\n                            \"title\": \"Days of attendance\"\n                        },\n                        {\n                            \"code\": \"52104\",\n                            \"time_unit\": \"Minute\",\n                            \"title\": \"Required attendance duration\"\n                        },\n                        {\n                            \"code\": \"52105\",\n                            \"time_unit\": \"Minute\",\n                            \"title\": \"Actual attendance duration\"\n                        },\n                        {\n                            \"code\": \"52107\",\n                            \"title\": \"Overtime hours\"\n                        }\n                    ],\n                    \"code\": \"521\",\n                    \"title\": \"Attendance statistics\"\n                },\n                {\n                    \"child_fields\": [\n                        {\n                            \"code\": \"52201\",\n                            \"title\": \"Late in times\"\n                        },\n                        {\n                            \"code\": \"52203\",\n                            \"title\": \"Early out times\"\n                        },\n                        {\n                            \"code\": \"52207\",\n                            \"title\": \"No records\"\n                        }\n                    ],\n                    \"code\": \"522\",\n                    \"title\": \"Abnormal statistics\"\n                },\n                {\n                    \"child_fields\": [\n                        {\n                            \"code\": \"2021-03-16\",\n                            \"title\": \"2021-03-16 Tue\"\n                        },\n                        {\n                            \"code\": \"2021-03-17\",\n                            \"title\": \"2021-03-17 Wed\"\n                        },\n                        {\n                            \"code\": \"2021-03-18\",\n                            \"title\": \"2021-03-18 Thu\"\n                        },\n                        {\n                            \"code\": \"2021-03-19\",\n                            \"title\": \"2021-03-19 Fri\"\n                        },\n                        {\n                            \"code\": \"2021-03-20\",\n                            \"title\": \"2021-03-20 Sat\"\n                        },\n                        {\n                            \"code\": \"2021-03-21\",\n                            \"title\": \"2021-03-21 Sun\"\n                        },\n                        {\n                            \"code\": \"2021-03-22\",\n                            \"title\": \"2021-03-22 Mon\"\n                        },\n                        {\n                            \"code\": \"2021-03-23\",\n                            \"title\": \"2021-03-23 Tue\"\n                        }\n                    ],\n                    \"code\": \"524\",\n                    \"title\": \"Daily statistics\"\n                }\n            ],\n            \"stats_type\": \"month\",\n            \"user_id\": \"\"\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_stats_field",
                "user_stats_field.stats_type",
                "user_stats_field.user_id",
                "user_stats_field.fields",
                "user_stats_field.fields[].code",
                "user_stats_field.fields[].title",
                "user_stats_field.fields[].child_fields",
                "user_stats_field.fields[].child_fields[].code",
                "user_stats_field.fields[].child_fields[].title",
                "user_stats_field.fields[].child_fields[].time_unit",
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
    /**List the columns of the daily or monthly attendance report (查询统计表头).

Returns the header of a daily or monthly attendance statistics report: its column groups and,
in each, the columns with their codes and titles, as shown under 考勤统计 > 报表 in the admin
console. The codes are those of the values returned by 查询统计数据 (user_stats_data query).
Columns recently added to the leave and overtime statistics are not returned through the open
API yet (调用统计开放接口api目前不返回请假统计和加班统计的新增字段类型).

查询考勤统计支持的日度统计或月度统计的统计表头。

- **HTTP:** `POST /open-apis/attendance/v1/user_stats_fields/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`, `attendance:task:readonly`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_stats_field/query>

# Errors

Besides transport and validation errors, the documented codes ([`query::QueryErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 500 | 1228000 | `Legacy` | A historical code that is no longer used. |
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
}
