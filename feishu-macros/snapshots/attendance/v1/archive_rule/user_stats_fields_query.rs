///Types of `attendance.v1.archive_rule.user_stats_fields_query`: List the columns of an archived report (查询归档报表表头).
pub mod user_stats_fields_query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/archive_rule/user_stats_fields_query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, Locale};
    ///One column of an archived report.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ArchiveField {
        /**The column's code (字段编号), as taken by 写入归档报表结果 (upload_report).

Wire name `code`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub code: ::core::option::Option<::std::string::String>,
        /**The column's name (字段名称).

Wire name `title`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub title: ::core::option::Option<::std::string::String>,
        /**The titles of the groups above the column, outermost first (表头名称层级路径).

Wire name `upper_titles`.*/
        pub upper_titles: ::std::vec::Vec<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for ArchiveField {
        const FIELDS: &'static [&'static str] = &["code", "title", "upper_titles"];
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
                    self.upper_titles = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ArchiveField {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`user_stats_fields_query`](super::ArchiveRuleResource::user_stats_fields_query): List the columns of an archived report (查询归档报表表头).

Build it with [`UserStatsFieldsQueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UserStatsFieldsQueryRequest {
        /**The kind of employee id used by `operator_id` (the page speaks of the ids in the request and
the response). Without admin-console access, ids can be looked up by phone number or email with
the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The language of the titles returned (语言类型).

Wire name `locale`; the server assumes `zh` ([`Locale::Zh`]) when absent.*/
        pub locale: ::core::option::Option<Locale>,
        /**The month, written `yyyyMM` (月份).

Wire name `month`.*/
        pub month: ::std::string::String,
        /**The archive rule's id (归档规则 id), as returned by 查询所有归档规则 (archive_rule list).

Wire name `archive_rule_id`.*/
        pub archive_rule_id: ::std::string::String,
        /**The operator's id, of the kind named by `employee_type` (操作者 id).

Wire name `operator_id`.*/
        pub operator_id: ::std::string::String,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `month` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct month;
        ///Marks the required field `archive_rule_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct archive_rule_id;
        ///Marks the required field `operator_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct operator_id;
    }
    ///Builder for [`UserStatsFieldsQueryRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct UserStatsFieldsQueryRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __Month = ::feishu_api::builder::Unset,
        __ArchiveRuleId = ::feishu_api::builder::Unset,
        __OperatorId = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        locale: ::core::option::Option<Locale>,
        month: __Month,
        archive_rule_id: __ArchiveRuleId,
        operator_id: __OperatorId,
    }
    impl UserStatsFieldsQueryRequest {
        /// Starts building a request.
        pub fn builder() -> UserStatsFieldsQueryRequestBuilder {
            UserStatsFieldsQueryRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                locale: ::core::option::Option::None,
                month: ::feishu_api::builder::Unset,
                archive_rule_id: ::feishu_api::builder::Unset,
                operator_id: ::feishu_api::builder::Unset,
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
        __Month,
        __ArchiveRuleId,
        __OperatorId,
    > UserStatsFieldsQueryRequestBuilder<
        __EmployeeType,
        __Month,
        __ArchiveRuleId,
        __OperatorId,
    > {
        /**The kind of employee id used by `operator_id` (the page speaks of the ids in the request and
the response). Without admin-console access, ids can be looked up by phone number or email with
the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> UserStatsFieldsQueryRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __Month,
            __ArchiveRuleId,
            __OperatorId,
        > {
            UserStatsFieldsQueryRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                locale: self.locale,
                month: self.month,
                archive_rule_id: self.archive_rule_id,
                operator_id: self.operator_id,
            }
        }
        /**The language of the titles returned (语言类型).

Wire name `locale`; the server assumes `zh` ([`Locale::Zh`]) when absent.*/
        pub fn locale(mut self, value: Locale) -> Self {
            self.locale = ::core::option::Option::Some(value);
            self
        }
        /**The month, written `yyyyMM` (月份).

Wire name `month`.*/
        pub fn month(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> UserStatsFieldsQueryRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::string::String>,
            __ArchiveRuleId,
            __OperatorId,
        > {
            UserStatsFieldsQueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                month: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                archive_rule_id: self.archive_rule_id,
                operator_id: self.operator_id,
            }
        }
        /**The archive rule's id (归档规则 id), as returned by 查询所有归档规则 (archive_rule list).

Wire name `archive_rule_id`.*/
        pub fn archive_rule_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> UserStatsFieldsQueryRequestBuilder<
            __EmployeeType,
            __Month,
            ::feishu_api::builder::Set<::std::string::String>,
            __OperatorId,
        > {
            UserStatsFieldsQueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                month: self.month,
                archive_rule_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                operator_id: self.operator_id,
            }
        }
        /**The operator's id, of the kind named by `employee_type` (操作者 id).

Wire name `operator_id`.*/
        pub fn operator_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> UserStatsFieldsQueryRequestBuilder<
            __EmployeeType,
            __Month,
            __ArchiveRuleId,
            ::feishu_api::builder::Set<::std::string::String>,
        > {
            UserStatsFieldsQueryRequestBuilder {
                employee_type: self.employee_type,
                locale: self.locale,
                month: self.month,
                archive_rule_id: self.archive_rule_id,
                operator_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
            }
        }
    }
    impl<
        __EmployeeType,
        __Month,
        __ArchiveRuleId,
        __OperatorId,
    > UserStatsFieldsQueryRequestBuilder<
        __EmployeeType,
        __Month,
        __ArchiveRuleId,
        __OperatorId,
    >
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __Month: ::feishu_api::builder::IsSet<
            __field::month,
            Value = ::std::string::String,
        >,
        __ArchiveRuleId: ::feishu_api::builder::IsSet<
            __field::archive_rule_id,
            Value = ::std::string::String,
        >,
        __OperatorId: ::feishu_api::builder::IsSet<
            __field::operator_id,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> UserStatsFieldsQueryRequest {
            UserStatsFieldsQueryRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                locale: self.locale,
                month: ::feishu_api::builder::IsSet::into_value(self.month),
                archive_rule_id: ::feishu_api::builder::IsSet::into_value(
                    self.archive_rule_id,
                ),
                operator_id: ::feishu_api::builder::IsSet::into_value(self.operator_id),
            }
        }
    }
    /**The archived report's columns.

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
    pub struct UserStatsFieldsQueryResponse {
        /**The report's columns (统计数据表头).

Wire name `archive_report_fields`.*/
        pub archive_report_fields: ::std::vec::Vec<ArchiveField>,
    }
    impl ::feishu_api::wire::DecodeObject for UserStatsFieldsQueryResponse {
        const FIELDS: &'static [&'static str] = &["archive_report_fields"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.archive_report_fields = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for UserStatsFieldsQueryResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `user_stats_fields_query`, to match a failed call's code by name: `UserStatsFieldsQueryErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UserStatsFieldsQueryErrorCode {
        /**`1220001` (HTTP 400): "%v"

The parameters failed validation: check them against the message returned (the message varies with the case), e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
        /**`1225000` (HTTP 500): "%v"

Check the message returned (it varies with the case): e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 3usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "\"%v\"",
            hint: "The parameters failed validation: check them against the message returned (the message varies with the case), e.g. \"employee_type invalid\" means the employee type is wrong.",
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
            message: "\"%v\"",
            hint: "Check the message returned (it varies with the case): e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
    ];
    impl UserStatsFieldsQueryErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::General,
            Self::Internal,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220600i64 => ::core::option::Option::Some(Self::General),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::General => &ERRORS[1usize],
                Self::Internal => &ERRORS[2usize],
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
    impl ::feishu_api::Endpoint for UserStatsFieldsQueryRequest {
        type Response = UserStatsFieldsQueryResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "archive_rule",
            method: "user_stats_fields_query",
            summary: "List the columns of an archived report (查询归档报表表头).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/archive_rule/user_stats_fields_query",
            token_types: &[
                ::feishu_api::endpoint::TokenType::Tenant,
                ::feishu_api::endpoint::TokenType::User,
            ],
            scopes: &["attendance:task"],
            app_types: &[
                ::feishu_api::endpoint::AppType::SelfBuilt,
                ::feishu_api::endpoint::AppType::Store,
            ],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/archive_rule/user_stats_fields_query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"archive_report_fields\": [\n            {\n                \"code\": \"1\",\n                \"title\": \"工号\",\n                \"upper_titles\": [\n                    \"基本信息\"\n                ]\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            UserStatsFieldsQueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/archive_rule/user_stats_fields_query",
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
                #[serde(
                    rename = "locale",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                locale: ::core::option::Option<&'a Locale>,
                #[serde(rename = "month")]
                month: &'a ::std::string::String,
                #[serde(rename = "archive_rule_id")]
                archive_rule_id: &'a ::std::string::String,
                #[serde(rename = "operator_id")]
                operator_id: &'a ::std::string::String,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                locale: self.locale.as_ref(),
                month: &self.month,
                archive_rule_id: &self.archive_rule_id,
                operator_id: &self.operator_id,
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
            let __month: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "month", &mut violations);
            let __month = ::feishu_api::wire::require(__month, "month", &mut violations);
            let __archive_rule_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "archive_rule_id", &mut violations);
            let __archive_rule_id = ::feishu_api::wire::require(
                __archive_rule_id,
                "archive_rule_id",
                &mut violations,
            );
            let __operator_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "operator_id", &mut violations);
            let __operator_id = ::feishu_api::wire::require(
                __operator_id,
                "operator_id",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __month, __archive_rule_id, __operator_id) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__month),
                    ::core::option::Option::Some(__archive_rule_id),
                    ::core::option::Option::Some(__operator_id),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        locale: __locale,
                        month: __month,
                        archive_rule_id: __archive_rule_id,
                        operator_id: __operator_id,
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
            const BODY: &str = "{\n    \"locale\": \"zh\",\n    \"month\": \"202409\",\n    \"archive_rule_id\": \"1\",\n    \"operator_id\": \"ax8ud\"\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::UserStatsFieldsQueryRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"archive_report_fields\": [\n            {\n                \"code\": \"1\",\n                \"title\": \"工号\",\n                \"upper_titles\": [\n                    \"基本信息\"\n                ]\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "archive_report_fields",
                "archive_report_fields[].code",
                "archive_report_fields[].title",
                "archive_report_fields[].upper_titles",
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
            let decoded: super::UserStatsFieldsQueryResponse = match serde_json::from_value(
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
    /**List the columns of an archived report (查询归档报表表头).

Returns the header of one archived report (归档报表) for a month: each column's code, title and
the path of group titles above it. Archived reports (admin console: 假勤管理 > 考勤统计 > 报表 >
归档报表) refer to a system report, have an archive time and data period, and pick their
members by department or person, country or region, employee type, work location, job level,
job family or position.

查询归档报表表头，对应后台归档报表中一个归档报表的表头信息。

- **HTTP:** `POST /open-apis/attendance/v1/archive_rule/user_stats_fields_query`
- **Token:** `tenant_access_token`, `user_access_token`
- **Scopes** (any one): `attendance:task`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/archive_rule/user_stats_fields_query>

# Errors

Besides transport and validation errors, the documented codes ([`user_stats_fields_query::UserStatsFieldsQueryErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned (the message varies with the case), e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 500 | 1225000 | `Internal` | Check the message returned (it varies with the case): e.g. "internal server error" means a server-side failure; retry later or contact support. |
*/
    pub async fn user_stats_fields_query(
        &self,
        request: &user_stats_fields_query::UserStatsFieldsQueryRequest,
    ) -> ::core::result::Result<
        user_stats_fields_query::UserStatsFieldsQueryResponse,
        ::feishu_api::Error,
    > {
        self.client.execute(request).await
    }
    ///[`user_stats_fields_query`](Self::user_stats_fields_query) with per-request options (a token override, a timeout).
    pub async fn user_stats_fields_query_with(
        &self,
        request: &user_stats_fields_query::UserStatsFieldsQueryRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<
        user_stats_fields_query::UserStatsFieldsQueryResponse,
        ::feishu_api::Error,
    > {
        self.client.execute_with(request, options).await
    }
}
