///Types of `attendance.v1.user_flow.get`: Get one punch record by its id (查询打卡流水).
pub mod get {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_flow/get.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, FlowCheckResult, UserFlow, UserFlowType};
    /**The request of [`get`](super::UserFlowResource::get): Get one punch record by its id (查询打卡流水).

Build it with [`GetRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetRequest {
        /**The punch record's id (打卡流水记录 ID), as found by 批量查询打卡流水 (user_flow query),
获取打卡结果 (user_task query) or 导入打卡流水 (user_flow batch_create).

Wire name `user_flow_id`.*/
        pub user_flow_id: ::std::string::String,
        /**The kind of employee id used by `user_id` and `creator_id` in the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `user_flow_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct user_flow_id;
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
    }
    ///Builder for [`GetRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct GetRequestBuilder<
        __UserFlowId = ::feishu_api::builder::Unset,
        __EmployeeType = ::feishu_api::builder::Unset,
    > {
        user_flow_id: __UserFlowId,
        employee_type: __EmployeeType,
    }
    impl GetRequest {
        /// Starts building a request.
        pub fn builder() -> GetRequestBuilder {
            GetRequestBuilder {
                user_flow_id: ::feishu_api::builder::Unset,
                employee_type: ::feishu_api::builder::Unset,
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
    impl<__UserFlowId, __EmployeeType> GetRequestBuilder<__UserFlowId, __EmployeeType> {
        /**The punch record's id (打卡流水记录 ID), as found by 批量查询打卡流水 (user_flow query),
获取打卡结果 (user_task query) or 导入打卡流水 (user_flow batch_create).

Wire name `user_flow_id`.*/
        pub fn user_flow_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GetRequestBuilder<
            ::feishu_api::builder::Set<::std::string::String>,
            __EmployeeType,
        > {
            GetRequestBuilder {
                user_flow_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                employee_type: self.employee_type,
            }
        }
        /**The kind of employee id used by `user_id` and `creator_id` in the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> GetRequestBuilder<__UserFlowId, ::feishu_api::builder::Set<EmployeeType>> {
            GetRequestBuilder {
                user_flow_id: self.user_flow_id,
                employee_type: ::feishu_api::builder::Set::new(value),
            }
        }
    }
    impl<__UserFlowId, __EmployeeType> GetRequestBuilder<__UserFlowId, __EmployeeType>
    where
        __UserFlowId: ::feishu_api::builder::IsSet<
            __field::user_flow_id,
            Value = ::std::string::String,
        >,
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> GetRequest {
            GetRequest {
                user_flow_id: ::feishu_api::builder::IsSet::into_value(
                    self.user_flow_id,
                ),
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
            }
        }
    }
    /**The punch record. The page adds that `type` means nothing for calls through the open platform
(always 7 internally), and that `check_result` only reports `PendingApproval` (待生效) for now:
the on/off-duty results come from 获取打卡结果 (user_task query).

The data is a [`UserFlow`].*/
    pub type GetResponse = UserFlow;
    ///The error codes the reference page documents for `get`, to match a failed call's code by name: `GetErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum GetErrorCode {
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
        /**`1227500` (HTTP 500): 组织架构服务系统错误

An error from the shift service (the page's message says the organisation service): check the message returned, e.g. "[BatchGetLarkIDByOpenID] not find user larkID" means no Lark user matches an id sent.*/
        ShiftService,
        /**`1220600` (HTTP 400): 通用错误信息

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
            http_status: 500u16,
            code: 1227500i64,
            name: "ShiftService",
            message: "组织架构服务系统错误",
            hint: "An error from the shift service (the page's message says the organisation service): check the message returned, e.g. \"[BatchGetLarkIDByOpenID] not find user larkID\" means no Lark user matches an id sent.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl GetErrorCode {
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
    impl ::feishu_api::Endpoint for GetRequest {
        type Response = GetResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_flow",
            method: "get",
            summary: "Get one punch record by its id (查询打卡流水).",
            http_method: ::feishu_api::endpoint::HttpMethod::Get,
            path: "/open-apis/attendance/v1/user_flows/:user_flow_id",
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
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_flow/get",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_id\": \"abd754f7\",\n        \"creator_id\": \"abd754f7\",\n        \"location_name\": \"西溪八方城\",\n        \"check_time\": \"1611476284\",\n        \"comment\": \"上班打卡\",\n        \"record_id\": \"6709359313699356941\",\n        \"longitude\": 120.04513,\n        \"latitude\": 30.28991,\n        \"ssid\": \"b0:b8:67:5c:1d:72\",\n        \"bssid\": \"b0:b8:67:5c:1d:72\",\n        \"is_field\": true,\n        \"is_wifi\": true,\n        \"type\": 7,\n        \"photo_urls\": [\n            \"https://time.clockin.biz/manage/download/6840389754748502021\"\n        ],\n        \"device_id\": \"99e0609ee053448596502691a81428654d7ded64c7bd85acd982d26b3636c37d\",\n        \"check_result\": \"Invalid\",\n        \"external_id\": \"record_123\",\n        \"idempotent_id\": \"****_***\",\n        \"create_time\": \"1611476284\"\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            GetRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/user_flows/{}",
                ::feishu_api::wire::encode_path_segment(&
                ::feishu_api::wire::QueryValue::to_query(& self.user_flow_id))
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
            ::core::result::Result::Ok(::core::option::Option::None)
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
            let _ = body;
            let __user_flow_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_path::<
                ::std::string::String,
            >(path_params, "user_flow_id", &mut violations);
            let __user_flow_id = ::feishu_api::wire::require(
                __user_flow_id,
                "user_flow_id",
                &mut violations,
            );
            let __employee_type: ::core::option::Option<EmployeeType> = ::feishu_api::wire::take_query::<
                EmployeeType,
            >(&pairs, "employee_type", &mut violations);
            let __employee_type = ::feishu_api::wire::require(
                __employee_type,
                "employee_type",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__user_flow_id, __employee_type) {
                (
                    ::core::option::Option::Some(__user_flow_id),
                    ::core::option::Option::Some(__employee_type),
                ) => {
                    ::core::result::Result::Ok(Self {
                        user_flow_id: __user_flow_id,
                        employee_type: __employee_type,
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
            const BODY: &str = "";
            let path_params: &[(&str, &str)] = &[
                ("user_flow_id", "6708236686834352397"),
            ];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::GetRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_id\": \"abd754f7\",\n        \"creator_id\": \"abd754f7\",\n        \"location_name\": \"西溪八方城\",\n        \"check_time\": \"1611476284\",\n        \"comment\": \"上班打卡\",\n        \"record_id\": \"6709359313699356941\",\n        \"longitude\": 120.04513,\n        \"latitude\": 30.28991,\n        \"ssid\": \"b0:b8:67:5c:1d:72\",\n        \"bssid\": \"b0:b8:67:5c:1d:72\",\n        \"is_field\": true,\n        \"is_wifi\": true,\n        \"type\": 7,\n        \"photo_urls\": [\n            \"https://time.clockin.biz/manage/download/6840389754748502021\"\n        ],\n        \"device_id\": \"99e0609ee053448596502691a81428654d7ded64c7bd85acd982d26b3636c37d\",\n        \"check_result\": \"Invalid\",\n        \"external_id\": \"record_123\",\n        \"idempotent_id\": \"****_***\",\n        \"create_time\": \"1611476284\"\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_id",
                "creator_id",
                "location_name",
                "check_time",
                "comment",
                "record_id",
                "longitude",
                "latitude",
                "ssid",
                "bssid",
                "is_field",
                "is_wifi",
                "type",
                "photo_urls",
                "device_id",
                "check_result",
                "external_id",
                "idempotent_id",
                "create_time",
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
            let decoded: super::GetResponse = match serde_json::from_value(
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
    /**Get one punch record by its id (查询打卡流水).

Returns one punch record (打卡流水): the employee's and the creator's ids, the record's id, the
place and time of the punch, and how it was made: for a GPS punch the place name
(`location_name`), for a Wi-Fi punch the network's SSID and MAC address (`ssid`, `bssid`), for an
attendance-machine punch the device id (`device_id`). The records are those shown under 打卡管理 >
打卡记录 in the admin console.

通过打卡记录 ID 获取用户的打卡流水记录。

- **HTTP:** `GET /open-apis/attendance/v1/user_flows/:user_flow_id`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`, `attendance:task:readonly`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_flow/get>

# Errors

Besides transport and validation errors, the documented codes ([`get::GetErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226500 | `Legacy` | A historical code that is no longer used. |
| 500 | 1227500 | `ShiftService` | An error from the shift service (the page's message says the organisation service): check the message returned, e.g. "[BatchGetLarkIDByOpenID] not find user larkID" means no Lark user matches an id sent. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
*/
    pub async fn get(
        &self,
        request: &get::GetRequest,
    ) -> ::core::result::Result<get::GetResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`get`](Self::get) with per-request options (a token override, a timeout).
    pub async fn get_with(
        &self,
        request: &get::GetRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<get::GetResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
