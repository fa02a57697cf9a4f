///Types of `attendance.v1.user_daily_shift.batch_create`: Create or change users' daily shift assignments (创建或修改排班表).
pub mod batch_create {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_daily_shift/batch_create.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{EmployeeType, UserDailyShift};
    /**The request of [`batch_create`](super::UserDailyShiftResource::batch_create): Create or change users' daily shift assignments (创建或修改排班表).

Build it with [`BatchCreateRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchCreateRequest {
        /**The kind of employee id `user_id` and `operator_id` use, in the request and in the answer.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The assignments to create or change (排班表信息列表); at most 50 (数量限制50以内).

Wire name `user_daily_shifts`; at most 50 items.*/
        pub user_daily_shifts: ::std::vec::Vec<UserDailyShift>,
        /**The operating user's id (操作人 uid), of the kind named by `employee_type`. Required unless the
tenant has gone through the admin console's API access process (考勤管理后台“API 接入”流程, see the
attendance development guidelines).

Wire name `operator_id`.*/
        pub operator_id: ::core::option::Option<::std::string::String>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `user_daily_shifts` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct user_daily_shifts;
    }
    ///Builder for [`BatchCreateRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct BatchCreateRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __UserDailyShifts = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        user_daily_shifts: __UserDailyShifts,
        operator_id: ::core::option::Option<::std::string::String>,
    }
    impl BatchCreateRequest {
        /// Starts building a request.
        pub fn builder() -> BatchCreateRequestBuilder {
            BatchCreateRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                user_daily_shifts: ::feishu_api::builder::Unset,
                operator_id: ::core::option::Option::None,
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
                    &self.user_daily_shifts,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "user_daily_shifts",
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
        __UserDailyShifts,
    > BatchCreateRequestBuilder<__EmployeeType, __UserDailyShifts> {
        /**The kind of employee id `user_id` and `operator_id` use, in the request and in the answer.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> BatchCreateRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __UserDailyShifts,
        > {
            BatchCreateRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                user_daily_shifts: self.user_daily_shifts,
                operator_id: self.operator_id,
            }
        }
        /**The assignments to create or change (排班表信息列表); at most 50 (数量限制50以内).

Wire name `user_daily_shifts`; at most 50 items.*/
        pub fn user_daily_shifts(
            self,
            value: impl ::core::iter::IntoIterator<Item = UserDailyShift>,
        ) -> BatchCreateRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::vec::Vec<UserDailyShift>>,
        > {
            BatchCreateRequestBuilder {
                employee_type: self.employee_type,
                user_daily_shifts: ::feishu_api::builder::Set::new(
                    value.into_iter().collect(),
                ),
                operator_id: self.operator_id,
            }
        }
        /**The operating user's id (操作人 uid), of the kind named by `employee_type`. Required unless the
tenant has gone through the admin console's API access process (考勤管理后台“API 接入”流程, see the
attendance development guidelines).

Wire name `operator_id`.*/
        pub fn operator_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
    }
    impl<
        __EmployeeType,
        __UserDailyShifts,
    > BatchCreateRequestBuilder<__EmployeeType, __UserDailyShifts>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __UserDailyShifts: ::feishu_api::builder::IsSet<
            __field::user_daily_shifts,
            Value = ::std::vec::Vec<UserDailyShift>,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> BatchCreateRequest {
            BatchCreateRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                user_daily_shifts: ::feishu_api::builder::IsSet::into_value(
                    self.user_daily_shifts,
                ),
                operator_id: self.operator_id,
            }
        }
    }
    /**The assignments as saved.

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
        /**The assignments (班表信息列表).

Wire name `user_daily_shifts`.*/
        pub user_daily_shifts: ::std::vec::Vec<UserDailyShift>,
    }
    impl ::feishu_api::wire::DecodeObject for BatchCreateResponse {
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
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
        /**`1225000` (HTTP 400): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226000` (HTTP 400): param is invalid

An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        ShiftServiceError,
        /**`1226003` (HTTP 400): param is invalid

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
            http_status: 400u16,
            code: 1225000i64,
            name: "Internal",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226000i64,
            name: "ShiftServiceError",
            message: "param is invalid",
            hint: "An error of the shift service; check the message returned, e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226003i64,
            name: "ShiftInvalid",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"default shift are not allowed to change.\" means the default shift cannot be changed.",
        },
    ];
    impl BatchCreateErrorCode {
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
    impl ::feishu_api::Endpoint for BatchCreateRequest {
        type Response = BatchCreateResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_daily_shift",
            method: "batch_create",
            summary: "Create or change users' daily shift assignments (创建或修改排班表).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_daily_shifts/batch_create",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/user_daily_shift/batch_create",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_daily_shifts\": [\n            {\n                \"group_id\": \"6737202939523236110\",\n                \"shift_id\": \"6753520403404030215\",\n                \"month\": 202101,\n                \"user_id\": \"abd754f7\",\n                \"day_no\": 21,\n                \"is_clear_schedule\": true\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            BatchCreateRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_daily_shifts/batch_create",
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
                #[serde(rename = "user_daily_shifts")]
                user_daily_shifts: &'a ::std::vec::Vec<UserDailyShift>,
                #[serde(
                    rename = "operator_id",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                operator_id: ::core::option::Option<&'a ::std::string::String>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_daily_shifts: &self.user_daily_shifts,
                operator_id: self.operator_id.as_ref(),
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
            let __user_daily_shifts: ::core::option::Option<
                ::std::vec::Vec<UserDailyShift>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<UserDailyShift>,
            >(&mut body, "user_daily_shifts", &mut violations);
            let __user_daily_shifts = ::feishu_api::wire::require(
                __user_daily_shifts,
                "user_daily_shifts",
                &mut violations,
            );
            let __operator_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "operator_id", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __user_daily_shifts) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__user_daily_shifts),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        user_daily_shifts: __user_daily_shifts,
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
            const BODY: &str = "{\n    \"user_daily_shifts\": [\n        {\n            \"group_id\": \"6737202939523236110\",\n            \"shift_id\": \"6753520403404030215\",\n            \"month\": 202101,\n            \"user_id\": \"abd754f7\",\n            \"day_no\": 21,\n            \"is_clear_schedule\": true\n        }\n    ],\n    \"operator_id\": \"dd31248a\"\n}";
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_daily_shifts\": [\n            {\n                \"group_id\": \"6737202939523236110\",\n                \"shift_id\": \"6753520403404030215\",\n                \"month\": 202101,\n                \"user_id\": \"abd754f7\",\n                \"day_no\": 21,\n                \"is_clear_schedule\": true\n            }\n        ]\n    }\n}";
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
    /**Create or change users' daily shift assignments (创建或修改排班表).

A shift schedule (排班表) says which shift each person of an attendance group works on each day.
Each entry assigns one user one shift on one day of a month: it is created when the user has no
assignment that day, and changed otherwise. A person belongs to one attendance group per day.
An answer with `code` 0 can still carry, in `msg`, a map of users to dates
(`{人员：[日期，日期]}`) whose assignment did not take effect, usually because the group does
not contain that user.

排班表是用来描述考勤组内人员每天按哪个班次进行上班。当用户的排班数据不存在时会进行创建，当用户的排班数据存在时
会按照入参信息进行修改。注意：如果返回 code=0，但是 msg 返回如 {人员：[日期，日期]} 格式，代表人员在排班日期下未生效。

- **HTTP:** `POST /open-apis/attendance/v1/user_daily_shifts/batch_create`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/user_daily_shift/batch_create>

# Errors

Besides transport and validation errors, the documented codes ([`batch_create::BatchCreateErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 400 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 400 | 1226000 | `ShiftServiceError` | An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 400 | 1226003 | `ShiftInvalid` | Check the message returned: e.g. "default shift are not allowed to change." means the default shift cannot be changed. |
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
