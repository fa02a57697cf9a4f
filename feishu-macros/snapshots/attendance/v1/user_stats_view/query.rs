///Types of `attendance.v1.user_stats_view.query`: Read the column settings of an attendance report view (查询统计设置).
pub mod query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_stats_view/query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        ChildItem, ColumnType, EmployeeType, Item, Locale, StatsType, UserStatsView,
    };
    /**The request of [`query`](super::UserStatsViewResource::query): Read the column settings of an attendance report view (查询统计设置).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryRequest {
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The language of the titles returned (语言类型).

Wire name `locale`.*/
        pub locale: Locale,
        /**Whether to read the daily or the monthly report's settings (统计类型).

Wire name `stats_type`.*/
        pub stats_type: StatsType,
        /**The operator's user id, of the kind named by `employee_type` (操作者的用户 id). Optional in the
page's table, but the page adds that the upgraded system requires it (系统升级后，新系统要求必填).

Wire name `user_id`.*/
        pub user_id: ::core::option::Option<::std::string::String>,
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
    }
    ///Builder for [`QueryRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct QueryRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __Locale = ::feishu_api::builder::Unset,
        __StatsType = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        locale: __Locale,
        stats_type: __StatsType,
        user_id: ::core::option::Option<::std::string::String>,
    }
    impl QueryRequest {
        /// Starts building a request.
        pub fn builder() -> QueryRequestBuilder {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                locale: ::feishu_api::builder::Unset,
                stats_type: ::feishu_api::builder::Unset,
                user_id: ::core::option::Option::None,
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
    impl<
        __EmployeeType,
        __Locale,
        __StatsType,
    > QueryRequestBuilder<__EmployeeType, __Locale, __StatsType> {
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> QueryRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __Locale,
            __StatsType,
        > {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                locale: self.locale,
                stats_type: self.stats_type,
                user_id: self.user_id,
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
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: ::feishu_api::builder::Set::new(value),
                stats_type: self.stats_type,
                user_id: self.user_id,
            }
        }
        /**Whether to read the daily or the monthly report's settings (统计类型).

Wire name `stats_type`.*/
        pub fn stats_type(
            self,
            value: StatsType,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __Locale,
            ::feishu_api::builder::Set<StatsType>,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                stats_type: ::feishu_api::builder::Set::new(value),
                user_id: self.user_id,
            }
        }
        /**The operator's user id, of the kind named by `employee_type` (操作者的用户 id). Optional in the
page's table, but the page adds that the upgraded system requires it (系统升级后，新系统要求必填).

Wire name `user_id`.*/
        pub fn user_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.user_id = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
    }
    impl<
        __EmployeeType,
        __Locale,
        __StatsType,
    > QueryRequestBuilder<__EmployeeType, __Locale, __StatsType>
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
                user_id: self.user_id,
            }
        }
    }
    /**The view's settings.

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
        /**The view (统计视图); its `view_id` is what 更新统计设置 takes.

Wire name `view`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub view: ::core::option::Option<UserStatsView>,
    }
    impl ::feishu_api::wire::DecodeObject for QueryResponse {
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
            resource: "user_stats_view",
            method: "query",
            summary: "Read the column settings of an attendance report view (查询统计设置).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_stats_views/query",
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
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_stats_view/query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"\",\n    \"data\": {\n        \"view\": {\n            \"items\": [\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"50101\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": true,\n                            \"title\": \"姓名\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"50102\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"部门\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50111\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"组织架构\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50103\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"工号\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"50104\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"邮箱\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50105\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"雇员类型\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50106\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"序列\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50107\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"入职时间\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50108\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"离职时间\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50109\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"状态\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50110\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"直属上级\",\n                            \"value\": \"0\"\n                        }\n                    ],\n                    \"code\": \"501\",\n                    \"title\": \"基本信息\"\n                },\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"52108\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"考勤组名称\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52101\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"应出勤天数\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52102\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"工作日出勤天数\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52103\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"休息日出勤天数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52104\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"应出勤时长\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52105\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"实际出勤时长\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52106\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"计薪工作时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52107\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"加班工作时长\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52109\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"加班时长(计加班费)\\n\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52110\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"加班时长(计为调休)\\n\",\n                            \"value\": \"0\"\n                        }\n                    ],\n                    \"code\": \"521\",\n                    \"title\": \"出勤统计\"\n                },\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"52201\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"迟到次数\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52202\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"迟到时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52203\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"早退次数\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52204\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"早退时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52205\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"上班缺卡次数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52206\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"下班缺卡次数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52207\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"缺勤\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52208\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"请假时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52209\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"出差时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52211\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"换班天数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52212\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"补卡次数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52213\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"外勤次数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52214\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"外出时长\\t\",\n                            \"value\": \"0\"\n                        }\n                    ],\n                    \"code\": \"522\",\n                    \"title\": \"异常统计\"\n                },\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"52401\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"每日考勤结果\",\n                            \"value\": \"1\"\n                        }\n                    ],\n                    \"code\": \"524\",\n                    \"title\": \"每日统计\"\n                }\n            ],\n            \"stats_type\": \"month\",\n            \"user_id\": \"ec8ddg56\",\n            \"view_id\": \"TmpZNU5qTTJORFF6T1RnNU5UTTNOakV6TWl0dGIyNTBhQT09\"\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_stats_views/query",
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
                #[serde(
                    rename = "user_id",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                user_id: ::core::option::Option<&'a ::std::string::String>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                locale: &self.locale,
                stats_type: &self.stats_type,
                user_id: self.user_id.as_ref(),
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
            let __user_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "user_id", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __locale, __stats_type) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__locale),
                    ::core::option::Option::Some(__stats_type),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        locale: __locale,
                        stats_type: __stats_type,
                        user_id: __user_id,
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
            const BODY: &str = "{\n    \"locale\": \"zh\",\n    \"stats_type\": \"daily\",\n    \"user_id\": \"dd31248a\"\n}";
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"\",\n    \"data\": {\n        \"view\": {\n            \"items\": [\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"50101\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": true,\n                            \"title\": \"姓名\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"50102\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"部门\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50111\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"组织架构\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50103\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"工号\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"50104\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"邮箱\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50105\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"雇员类型\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50106\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"序列\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50107\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"入职时间\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50108\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"离职时间\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50109\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"状态\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"50110\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"直属上级\",\n                            \"value\": \"0\"\n                        }\n                    ],\n                    \"code\": \"501\",\n                    \"title\": \"基本信息\"\n                },\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"52108\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"考勤组名称\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52101\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"应出勤天数\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52102\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"工作日出勤天数\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52103\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"休息日出勤天数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52104\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"应出勤时长\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52105\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"实际出勤时长\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52106\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"计薪工作时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52107\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"加班工作时长\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52109\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"加班时长(计加班费)\\n\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52110\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"加班时长(计为调休)\\n\",\n                            \"value\": \"0\"\n                        }\n                    ],\n                    \"code\": \"521\",\n                    \"title\": \"出勤统计\"\n                },\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"52201\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"迟到次数\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52202\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"迟到时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52203\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"早退次数\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52204\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"早退时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52205\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"上班缺卡次数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52206\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"下班缺卡次数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52207\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"缺勤\",\n                            \"value\": \"1\"\n                        },\n                        {\n                            \"code\": \"52208\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"请假时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52209\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"出差时长\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52211\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"换班天数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52212\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"补卡次数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52213\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"外勤次数\",\n                            \"value\": \"0\"\n                        },\n                        {\n                            \"code\": \"52214\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"外出时长\\t\",\n                            \"value\": \"0\"\n                        }\n                    ],\n                    \"code\": \"522\",\n                    \"title\": \"异常统计\"\n                },\n                {\n                    \"child_items\": [\n                        {\n                            \"code\": \"52401\",\n                            \"column_type\": 0,\n                            \"max_value\": \"\",\n                            \"min_value\": \"\",\n                            \"read_only\": false,\n                            \"title\": \"每日考勤结果\",\n                            \"value\": \"1\"\n                        }\n                    ],\n                    \"code\": \"524\",\n                    \"title\": \"每日统计\"\n                }\n            ],\n            \"stats_type\": \"month\",\n            \"user_id\": \"ec8ddg56\",\n            \"view_id\": \"TmpZNU5qTTJORFF6T1RnNU5UTTNOakV6TWl0dGIyNTBhQT09\"\n        }\n    }\n}";
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
    /**Read the column settings of an attendance report view (查询统计设置).

Returns the developer-defined header settings (which columns are shown) of a daily or monthly
attendance statistics report, the ones visible under 考勤统计 > 报表 in the admin console, with
the `view_id` that 更新统计设置 (user_stats_view update) takes. It is much like 查询统计表头
(user_stats_field query), but keeps the older model in which settings could differ per user
(历史统计数据模型可以按用户ID设置); statistics have since moved to settings per tenant only.

查询开发者定制的日度统计或月度统计的统计报表表头设置信息；兼容历史统计视图模型（按用户 ID 设置）。

- **HTTP:** `POST /open-apis/attendance/v1/user_stats_views/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`, `attendance:task:readonly`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_stats_view/query>

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
