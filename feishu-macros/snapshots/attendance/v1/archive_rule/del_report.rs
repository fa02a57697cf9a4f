///Types of `attendance.v1.archive_rule.del_report`: Delete employees' rows of an archived report (删除归档报表行数据).
pub mod del_report {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/archive_rule/del_report.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::EmployeeType;
    /**The request of [`del_report`](super::ArchiveRuleResource::del_report): Delete employees' rows of an archived report (删除归档报表行数据).

Build it with [`DelReportRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DelReportRequest {
        /**The kind of employee id used by `operator_id` and `user_ids`. Without admin-console access, ids
can be looked up by phone number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The month, written `yyyyMM` (月份).

Wire name `month`.*/
        pub month: ::std::string::String,
        /**The operator's id, of the kind named by `employee_type` (操作者 ID).

Wire name `operator_id`.*/
        pub operator_id: ::std::string::String,
        /**The archive rule's id (归档规则 id), as returned by 查询所有归档规则 (archive_rule list).

Wire name `archive_rule_id`.*/
        pub archive_rule_id: ::std::string::String,
        /**The employees whose rows to delete, of the kind named by `employee_type` (用户 id). The page
gives no maximum.

Wire name `user_ids`.*/
        pub user_ids: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
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
        ///Marks the required field `operator_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct operator_id;
        ///Marks the required field `archive_rule_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct archive_rule_id;
    }
    ///Builder for [`DelReportRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct DelReportRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __Month = ::feishu_api::builder::Unset,
        __OperatorId = ::feishu_api::builder::Unset,
        __ArchiveRuleId = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        month: __Month,
        operator_id: __OperatorId,
        archive_rule_id: __ArchiveRuleId,
        user_ids: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl DelReportRequest {
        /// Starts building a request.
        pub fn builder() -> DelReportRequestBuilder {
            DelReportRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                month: ::feishu_api::builder::Unset,
                operator_id: ::feishu_api::builder::Unset,
                archive_rule_id: ::feishu_api::builder::Unset,
                user_ids: ::core::option::Option::None,
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
        __OperatorId,
        __ArchiveRuleId,
    > DelReportRequestBuilder<__EmployeeType, __Month, __OperatorId, __ArchiveRuleId> {
        /**The kind of employee id used by `operator_id` and `user_ids`. Without admin-console access, ids
can be looked up by phone number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> DelReportRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __Month,
            __OperatorId,
            __ArchiveRuleId,
        > {
            DelReportRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                month: self.month,
                operator_id: self.operator_id,
                archive_rule_id: self.archive_rule_id,
                user_ids: self.user_ids,
            }
        }
        /**The month, written `yyyyMM` (月份).

Wire name `month`.*/
        pub fn month(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> DelReportRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::string::String>,
            __OperatorId,
            __ArchiveRuleId,
        > {
            DelReportRequestBuilder {
                employee_type: self.employee_type,
                month: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                operator_id: self.operator_id,
                archive_rule_id: self.archive_rule_id,
                user_ids: self.user_ids,
            }
        }
        /**The operator's id, of the kind named by `employee_type` (操作者 ID).

Wire name `operator_id`.*/
        pub fn operator_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> DelReportRequestBuilder<
            __EmployeeType,
            __Month,
            ::feishu_api::builder::Set<::std::string::String>,
            __ArchiveRuleId,
        > {
            DelReportRequestBuilder {
                employee_type: self.employee_type,
                month: self.month,
                operator_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                archive_rule_id: self.archive_rule_id,
                user_ids: self.user_ids,
            }
        }
        /**The archive rule's id (归档规则 id), as returned by 查询所有归档规则 (archive_rule list).

Wire name `archive_rule_id`.*/
        pub fn archive_rule_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> DelReportRequestBuilder<
            __EmployeeType,
            __Month,
            __OperatorId,
            ::feishu_api::builder::Set<::std::string::String>,
        > {
            DelReportRequestBuilder {
                employee_type: self.employee_type,
                month: self.month,
                operator_id: self.operator_id,
                archive_rule_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                user_ids: self.user_ids,
            }
        }
        /**The employees whose rows to delete, of the kind named by `employee_type` (用户 id). The page
gives no maximum.

Wire name `user_ids`.*/
        pub fn user_ids(
            mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.user_ids = ::core::option::Option::Some(
                value.into_iter().map(::core::convert::Into::into).collect(),
            );
            self
        }
    }
    impl<
        __EmployeeType,
        __Month,
        __OperatorId,
        __ArchiveRuleId,
    > DelReportRequestBuilder<__EmployeeType, __Month, __OperatorId, __ArchiveRuleId>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __Month: ::feishu_api::builder::IsSet<
            __field::month,
            Value = ::std::string::String,
        >,
        __OperatorId: ::feishu_api::builder::IsSet<
            __field::operator_id,
            Value = ::std::string::String,
        >,
        __ArchiveRuleId: ::feishu_api::builder::IsSet<
            __field::archive_rule_id,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> DelReportRequest {
            DelReportRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                month: ::feishu_api::builder::IsSet::into_value(self.month),
                operator_id: ::feishu_api::builder::IsSet::into_value(self.operator_id),
                archive_rule_id: ::feishu_api::builder::IsSet::into_value(
                    self.archive_rule_id,
                ),
                user_ids: self.user_ids,
            }
        }
    }
    /**Nothing beyond the envelope: `data` is empty.

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
    pub struct DelReportResponse {}
    impl ::feishu_api::wire::DecodeObject for DelReportResponse {
        const FIELDS: &'static [&'static str] = &[];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for DelReportResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `del_report`, to match a failed call's code by name: `DelReportErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DelReportErrorCode {
        /**`1220001` (HTTP 400): "%v" 表示动态返回，即根据实际的错误场景，返回不同的 err msg

The parameters failed validation: check them against the message returned (the message varies with the case), e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
        /**`1225000` (HTTP 500): "%v" 表示动态返回，即根据实际的错误场景，返回不同的 err msg

Check the message returned (it varies with the case): e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 3usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "\"%v\" 表示动态返回，即根据实际的错误场景，返回不同的 err msg",
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
            message: "\"%v\" 表示动态返回，即根据实际的错误场景，返回不同的 err msg",
            hint: "Check the message returned (it varies with the case): e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
    ];
    impl DelReportErrorCode {
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
    impl ::feishu_api::Endpoint for DelReportRequest {
        type Response = DelReportResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "archive_rule",
            method: "del_report",
            summary: "Delete employees' rows of an archived report (删除归档报表行数据).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/archive_rule/del_report",
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
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/archive_rule/del_report",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {}\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            DelReportRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/archive_rule/del_report",
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
                #[serde(rename = "month")]
                month: &'a ::std::string::String,
                #[serde(rename = "operator_id")]
                operator_id: &'a ::std::string::String,
                #[serde(rename = "archive_rule_id")]
                archive_rule_id: &'a ::std::string::String,
                #[serde(
                    rename = "user_ids",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                user_ids: ::core::option::Option<
                    &'a ::std::vec::Vec<::std::string::String>,
                >,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                month: &self.month,
                operator_id: &self.operator_id,
                archive_rule_id: &self.archive_rule_id,
                user_ids: self.user_ids.as_ref(),
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
            let __month: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "month", &mut violations);
            let __month = ::feishu_api::wire::require(__month, "month", &mut violations);
            let __operator_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "operator_id", &mut violations);
            let __operator_id = ::feishu_api::wire::require(
                __operator_id,
                "operator_id",
                &mut violations,
            );
            let __archive_rule_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "archive_rule_id", &mut violations);
            let __archive_rule_id = ::feishu_api::wire::require(
                __archive_rule_id,
                "archive_rule_id",
                &mut violations,
            );
            let __user_ids: ::core::option::Option<
                ::std::vec::Vec<::std::string::String>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<::std::string::String>,
            >(&mut body, "user_ids", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __month, __operator_id, __archive_rule_id) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__month),
                    ::core::option::Option::Some(__operator_id),
                    ::core::option::Option::Some(__archive_rule_id),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        month: __month,
                        operator_id: __operator_id,
                        archive_rule_id: __archive_rule_id,
                        user_ids: __user_ids,
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
            const BODY: &str = "{\n    \"month\": \"202409\",\n    \"operator_id\": \"a111xd\",\n    \"archive_rule_id\": \"1\",\n    \"user_ids\": [\n        \"xx1uad\"\n    ]\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::DelReportRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {}\n}";
            const DOCUMENTED: &[&str] = &[];
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
            let decoded: super::DelReportResponse = match serde_json::from_value(
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
    /**Delete employees' rows of an archived report (删除归档报表行数据).

Deletes the rows of an archived report (归档报表) for a month and the given employees. The
admin console has no such action: there, rows are removed by importing a full replacement.

按月份、用户和归档规则 ID 直接删除归档报表行数据。

- **HTTP:** `POST /open-apis/attendance/v1/archive_rule/del_report`
- **Token:** `tenant_access_token`, `user_access_token`
- **Scopes** (any one): `attendance:task`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/archive_rule/del_report>

# Errors

Besides transport and validation errors, the documented codes ([`del_report::DelReportErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned (the message varies with the case), e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 500 | 1225000 | `Internal` | Check the message returned (it varies with the case): e.g. "internal server error" means a server-side failure; retry later or contact support. |
*/
    pub async fn del_report(
        &self,
        request: &del_report::DelReportRequest,
    ) -> ::core::result::Result<del_report::DelReportResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`del_report`](Self::del_report) with per-request options (a token override, a timeout).
    pub async fn del_report_with(
        &self,
        request: &del_report::DelReportRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<del_report::DelReportResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
