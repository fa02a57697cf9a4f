///Types of `attendance.v1.user_flow.batch_create`: Import employees' punch records (导入打卡流水).
pub mod batch_create {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_flow/batch_create.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, FlowCheckResult, UserFlow, UserFlowType};
    /**The request of [`batch_create`](super::UserFlowResource::batch_create): Import employees' punch records (导入打卡流水).

Build it with [`BatchCreateRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchCreateRequest {
        /**The kind of employee id used by `user_id` and `creator_id`, in the request and in the response.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The punch records to import (打卡流水记录列表), at most 50 per call. In each record the page
requires `user_id`, `creator_id`, `location_name`, `check_time` and `comment`; only punches
after 2022-01-01 can be imported (`check_time`). `type` defaults to 0 (用户打卡) when left
out; `record_id`, `device_id` and `check_result` are ignored on import, and `photo_urls` is not
supported yet (该字段目前不支持). Give `external_id` to tell the records apart later, and
`idempotent_id` to make the import idempotent (不传的话无法实现幂等处理).

Wire name `flow_records`; at most 50 items.*/
        pub flow_records: ::std::vec::Vec<UserFlow>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `flow_records` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct flow_records;
    }
    ///Builder for [`BatchCreateRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct BatchCreateRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __FlowRecords = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        flow_records: __FlowRecords,
    }
    impl BatchCreateRequest {
        /// Starts building a request.
        pub fn builder() -> BatchCreateRequestBuilder {
            BatchCreateRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                flow_records: ::feishu_api::builder::Unset,
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
                    &self.flow_records,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "flow_records",
                    );
                    violations
                        .check_items(
                            &path,
                            value.len(),
                            ::core::option::Option::None,
                            ::core::option::Option::Some(50),
                        );
                    for (index, item) in value.iter().enumerate() {
                        item.__validate(&::std::format!("{path}[{index}]"), violations);
                    }
                }
            }
            all.into_result()
        }
    }
    impl<
        __EmployeeType,
        __FlowRecords,
    > BatchCreateRequestBuilder<__EmployeeType, __FlowRecords> {
        /**The kind of employee id used by `user_id` and `creator_id`, in the request and in the response.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> BatchCreateRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __FlowRecords,
        > {
            BatchCreateRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                flow_records: self.flow_records,
            }
        }
        /**The punch records to import (打卡流水记录列表), at most 50 per call. In each record the page
requires `user_id`, `creator_id`, `location_name`, `check_time` and `comment`; only punches
after 2022-01-01 can be imported (`check_time`). `type` defaults to 0 (用户打卡) when left
out; `record_id`, `device_id` and `check_result` are ignored on import, and `photo_urls` is not
supported yet (该字段目前不支持). Give `external_id` to tell the records apart later, and
`idempotent_id` to make the import idempotent (不传的话无法实现幂等处理).

Wire name `flow_records`; at most 50 items.*/
        pub fn flow_records(
            self,
            value: impl ::core::iter::IntoIterator<Item = UserFlow>,
        ) -> BatchCreateRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::vec::Vec<UserFlow>>,
        > {
            BatchCreateRequestBuilder {
                employee_type: self.employee_type,
                flow_records: ::feishu_api::builder::Set::new(
                    value.into_iter().collect(),
                ),
            }
        }
    }
    impl<
        __EmployeeType,
        __FlowRecords,
    > BatchCreateRequestBuilder<__EmployeeType, __FlowRecords>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __FlowRecords: ::feishu_api::builder::IsSet<
            __field::flow_records,
            Value = ::std::vec::Vec<UserFlow>,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> BatchCreateRequest {
            BatchCreateRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                flow_records: ::feishu_api::builder::IsSet::into_value(self.flow_records),
            }
        }
    }
    /**The records as imported.

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
    pub struct BatchCreateResponse {
        /**The imported punch records (打卡流水记录列表).

Wire name `flow_records`.*/
        pub flow_records: ::std::vec::Vec<UserFlow>,
    }
    impl ::feishu_api::wire::DecodeObject for BatchCreateResponse {
        const FIELDS: &'static [&'static str] = &["flow_records"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.flow_records = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for BatchCreateResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `batch_create`, to match a failed call's code by name: `BatchCreateErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum BatchCreateErrorCode {
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
        /**`1220600` (HTTP 400): 通用错误信息

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
            code: 1220600i64,
            name: "General",
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl BatchCreateErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::NoPermission,
            Self::Internal,
            Self::Legacy,
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
    impl ::feishu_api::Endpoint for BatchCreateRequest {
        type Response = BatchCreateResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_flow",
            method: "batch_create",
            summary: "Import employees' punch records (导入打卡流水).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_flows/batch_create",
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
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_flow/batch_create",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success，当流水导入失败时，msg格式为：[失败流水1userid-失败流水1creatorid, 失败流水2userid-失败流水2creatorid ... ]\",\n    \"data\": {\n        \"flow_records\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"creator_id\": \"abd754f7\",\n                \"location_name\": \"西溪八方城\",\n                \"check_time\": \"1611476284\",\n                \"comment\": \"上班打卡\",\n                \"record_id\": \"6709359313699356941\",\n                \"longitude\": 120.04513,\n                \"latitude\": 30.28991,\n                \"ssid\": \"b0:b8:67:5c:1d:72\",\n                \"bssid\": \"b0:b8:67:5c:1d:72\",\n                \"is_field\": true,\n                \"is_wifi\": true,\n                \"type\": 7,\n                \"photo_urls\": [\n                    \"https://time.clockin.biz/manage/download/6840389754748502021\"\n                ],\n                \"device_id\": \"99e0609ee053448596502691a81428654d7ded64c7bd85acd982d26b3636c37d\",\n                \"check_result\": \"Invalid\",\n                \"external_id\": \"record_123\",\n                \"idempotent_id\": \"****_***\",\n                \"create_time\": \"1611476284\"\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            BatchCreateRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_flows/batch_create",
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
                #[serde(rename = "flow_records")]
                flow_records: &'a ::std::vec::Vec<UserFlow>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                flow_records: &self.flow_records,
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
            let __flow_records: ::core::option::Option<::std::vec::Vec<UserFlow>> = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<UserFlow>,
            >(&mut body, "flow_records", &mut violations);
            let __flow_records = ::feishu_api::wire::require(
                __flow_records,
                "flow_records",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __flow_records) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__flow_records),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        flow_records: __flow_records,
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
            const BODY: &str = "{\n    \"flow_records\": [\n        {\n            \"user_id\": \"abd754f7\",\n            \"creator_id\": \"abd754f7\",\n            \"location_name\": \"西溪八方城\",\n            \"check_time\": \"1611476284\",\n            \"comment\": \"上班打卡\",\n            \"record_id\": \"6709359313699356941\",\n            \"ssid\": \"b0:b8:67:5c:1d:72\",\n            \"bssid\": \"b0:b8:67:5c:1d:72\",\n            \"is_field\": true,\n            \"is_wifi\": true,\n            \"type\": 7,\n            \"photo_urls\": [\n                \"https://time.clockin.biz/manage/download/6840389754748502021\"\n            ],\n            \"device_id\": \"99e0609ee053448596502691a81428654d7ded64c7bd85acd982d26b3636c37d\",\n            \"check_result\": \"Invalid\",\n            \"external_id\": \"record_123\",\n            \"idempotent_id\": \"****_***\"\n        }\n    ]\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::BatchCreateRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success，当流水导入失败时，msg格式为：[失败流水1userid-失败流水1creatorid, 失败流水2userid-失败流水2creatorid ... ]\",\n    \"data\": {\n        \"flow_records\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"creator_id\": \"abd754f7\",\n                \"location_name\": \"西溪八方城\",\n                \"check_time\": \"1611476284\",\n                \"comment\": \"上班打卡\",\n                \"record_id\": \"6709359313699356941\",\n                \"longitude\": 120.04513,\n                \"latitude\": 30.28991,\n                \"ssid\": \"b0:b8:67:5c:1d:72\",\n                \"bssid\": \"b0:b8:67:5c:1d:72\",\n                \"is_field\": true,\n                \"is_wifi\": true,\n                \"type\": 7,\n                \"photo_urls\": [\n                    \"https://time.clockin.biz/manage/download/6840389754748502021\"\n                ],\n                \"device_id\": \"99e0609ee053448596502691a81428654d7ded64c7bd85acd982d26b3636c37d\",\n                \"check_result\": \"Invalid\",\n                \"external_id\": \"record_123\",\n                \"idempotent_id\": \"****_***\",\n                \"create_time\": \"1611476284\"\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "flow_records",
                "flow_records[].user_id",
                "flow_records[].creator_id",
                "flow_records[].location_name",
                "flow_records[].check_time",
                "flow_records[].comment",
                "flow_records[].record_id",
                "flow_records[].longitude",
                "flow_records[].latitude",
                "flow_records[].ssid",
                "flow_records[].bssid",
                "flow_records[].is_field",
                "flow_records[].is_wifi",
                "flow_records[].type",
                "flow_records[].photo_urls",
                "flow_records[].device_id",
                "flow_records[].check_result",
                "flow_records[].external_id",
                "flow_records[].idempotent_id",
                "flow_records[].create_time",
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
            let decoded: super::BatchCreateResponse = match serde_json::from_value(
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
    /**Import employees' punch records (导入打卡流水).

Imports punch records (打卡流水), e.g. from attendance machines. Once imported, each record is
evaluated against the shift rules of the employee's attendance group to work out the final
punch status and results. Imported records show up in the admin console under 打卡管理 >
打卡记录.

When some records fail to import, the answer's `msg` lists them as
`[user_id-creator_id, …]` (one `user_id-creator_id` pair per failed record).

导入员工的打卡流水记录。导入后，会根据员工所在的考勤组班次规则，计算最终的打卡状态与结果。适用于考勤机数据导入等场景。

- **HTTP:** `POST /open-apis/attendance/v1/user_flows/batch_create`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_flow/batch_create>

# Errors

Besides transport and validation errors, the documented codes ([`batch_create::BatchCreateErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226500 | `Legacy` | A historical code that is no longer used. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
*/
    pub async fn batch_create(
        &self,
        request: &batch_create::BatchCreateRequest,
    ) -> ::core::result::Result<batch_create::BatchCreateResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`batch_create`](Self::batch_create) with per-request options (a token override, a timeout).
    pub async fn batch_create_with(
        &self,
        request: &batch_create::BatchCreateRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<batch_create::BatchCreateResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
