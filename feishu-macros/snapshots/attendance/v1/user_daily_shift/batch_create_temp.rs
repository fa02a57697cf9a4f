///Types of `attendance.v1.user_daily_shift.batch_create_temp`: Schedule users on temporary shifts, by date (创建或修改临时排班).
pub mod batch_create_temp {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_daily_shift/batch_create_temp.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::EmployeeType;
    ///One user's temporary shift on one date (临时班表).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserTmpDailyShift {
        /**The attendance group's id (考勤组 ID), as returned by the group create-or-update, search-by-name
or punch results methods (创建或修改考勤组, 按名称查询考勤组, 获取打卡结果).

Wire name `group_id`.*/
        pub group_id: ::std::string::String,
        /**The user's id (用户 ID), of the kind named by `employee_type`.

Wire name `user_id`.*/
        pub user_id: ::std::string::String,
        /**The date (日期), yyyyMMdd, e.g. 20240120.

Wire name `date`.*/
        pub date: ::feishu_api::time::DateYmd,
        /**The temporary shift's name (班次名称).

Wire name `shift_name`.*/
        pub shift_name: ::std::string::String,
        /**The shift's on/off-duty times (打卡规则), one per on/off-duty pair; at most 6.

Wire name `punch_time_simple_rules`; at most 6 items.*/
        pub punch_time_simple_rules: ::std::vec::Vec<PunchTimeSimpleRule>,
    }
    impl UserTmpDailyShift {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            group_id: ::std::string::String,
            user_id: ::std::string::String,
            date: ::feishu_api::time::DateYmd,
            shift_name: ::std::string::String,
            punch_time_simple_rules: ::std::vec::Vec<PunchTimeSimpleRule>,
        ) -> Self {
            UserTmpDailyShift {
                group_id,
                user_id,
                date,
                shift_name,
                punch_time_simple_rules,
            }
        }
    }
    impl UserTmpDailyShift {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                &self.date,
            ) {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "date");
                violations.check_format(&path, value);
            }
            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                &self.punch_time_simple_rules,
            ) {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "punch_time_simple_rules",
                );
                violations
                    .check_items(
                        &path,
                        value.len(),
                        ::core::option::Option::None,
                        ::core::option::Option::Some(6),
                    );
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
        }
    }
    ///One on/off-duty pair of a temporary shift (打卡规则).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct PunchTimeSimpleRule {
        /**The on-duty time (上班时间), hours and minutes, e.g. `9:00`.

Wire name `on_time`.*/
        pub on_time: ::std::string::String,
        /**The off-duty time (下班时间), hours and minutes, e.g. `18:00`; a time on the next day adds 24 hours
to the hour, e.g. `26:00` for 2:00 the next morning.

Wire name `off_time`.*/
        pub off_time: ::std::string::String,
    }
    impl PunchTimeSimpleRule {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            on_time: ::std::string::String,
            off_time: ::std::string::String,
        ) -> Self {
            PunchTimeSimpleRule {
                on_time,
                off_time,
            }
        }
    }
    impl PunchTimeSimpleRule {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    /**The request of [`batch_create_temp`](super::UserDailyShiftResource::batch_create_temp): Schedule users on temporary shifts, by date (创建或修改临时排班).

Build it with [`BatchCreateTempRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchCreateTempRequest {
        /**The kind of employee id `user_id` and `operator_id` use, in the request and in the answer.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The temporary assignments to create or change (临时班表信息列表); at most 50.

Wire name `user_tmp_daily_shifts`; at most 50 items.*/
        pub user_tmp_daily_shifts: ::std::vec::Vec<UserTmpDailyShift>,
        /**The operating user's id (操作人 uid), of the kind named by `employee_type`.

Wire name `operator_id`.*/
        pub operator_id: ::core::option::Option<::std::string::String>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `user_tmp_daily_shifts` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct user_tmp_daily_shifts;
    }
    ///Builder for [`BatchCreateTempRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct BatchCreateTempRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __UserTmpDailyShifts = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        user_tmp_daily_shifts: __UserTmpDailyShifts,
        operator_id: ::core::option::Option<::std::string::String>,
    }
    impl BatchCreateTempRequest {
        /// Starts building a request.
        pub fn builder() -> BatchCreateTempRequestBuilder {
            BatchCreateTempRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                user_tmp_daily_shifts: ::feishu_api::builder::Unset,
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
                    &self.user_tmp_daily_shifts,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "user_tmp_daily_shifts",
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
        __UserTmpDailyShifts,
    > BatchCreateTempRequestBuilder<__EmployeeType, __UserTmpDailyShifts> {
        /**The kind of employee id `user_id` and `operator_id` use, in the request and in the answer.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> BatchCreateTempRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __UserTmpDailyShifts,
        > {
            BatchCreateTempRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                user_tmp_daily_shifts: self.user_tmp_daily_shifts,
                operator_id: self.operator_id,
            }
        }
        /**The temporary assignments to create or change (临时班表信息列表); at most 50.

Wire name `user_tmp_daily_shifts`; at most 50 items.*/
        pub fn user_tmp_daily_shifts(
            self,
            value: impl ::core::iter::IntoIterator<Item = UserTmpDailyShift>,
        ) -> BatchCreateTempRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::vec::Vec<UserTmpDailyShift>>,
        > {
            BatchCreateTempRequestBuilder {
                employee_type: self.employee_type,
                user_tmp_daily_shifts: ::feishu_api::builder::Set::new(
                    value.into_iter().collect(),
                ),
                operator_id: self.operator_id,
            }
        }
        /**The operating user's id (操作人 uid), of the kind named by `employee_type`.

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
        __UserTmpDailyShifts,
    > BatchCreateTempRequestBuilder<__EmployeeType, __UserTmpDailyShifts>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __UserTmpDailyShifts: ::feishu_api::builder::IsSet<
            __field::user_tmp_daily_shifts,
            Value = ::std::vec::Vec<UserTmpDailyShift>,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> BatchCreateTempRequest {
            BatchCreateTempRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                user_tmp_daily_shifts: ::feishu_api::builder::IsSet::into_value(
                    self.user_tmp_daily_shifts,
                ),
                operator_id: self.operator_id,
            }
        }
    }
    /**The temporary assignments as saved.

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
    pub struct BatchCreateTempResponse {
        /**The temporary assignments (临时班表信息列表).

Wire name `user_tmp_daily_shifts`.*/
        pub user_tmp_daily_shifts: ::std::vec::Vec<UserTmpDailyShift>,
    }
    impl ::feishu_api::wire::DecodeObject for BatchCreateTempResponse {
        const FIELDS: &'static [&'static str] = &["user_tmp_daily_shifts"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.user_tmp_daily_shifts = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for BatchCreateTempResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `batch_create_temp`, to match a failed call's code by name: `BatchCreateTempErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum BatchCreateTempErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 1usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "param is invalid",
            hint: "The parameters failed validation: check them against the message returned, e.g. \"employee_type invalid\" means the employee type is wrong.",
        },
    ];
    impl BatchCreateTempErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[Self::ParamInvalid];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
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
    impl ::feishu_api::Endpoint for BatchCreateTempRequest {
        type Response = BatchCreateTempResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_daily_shift",
            method: "batch_create_temp",
            summary: "Schedule users on temporary shifts, by date (创建或修改临时排班).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_daily_shifts/batch_create_temp",
            token_types: &[
                ::feishu_api::endpoint::TokenType::Tenant,
                ::feishu_api::endpoint::TokenType::User,
            ],
            scopes: &["attendance:rule"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/attendance-v1/user_daily_shift/batch_create_temp",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_tmp_daily_shifts\": [\n            {\n                \"group_id\": \"6737202939523236110\",\n                \"user_id\": \"abd754f7\",\n                \"date\": 20240120,\n                \"shift_name\": \"临时早班\",\n                \"punch_time_simple_rules\": [\n                    {\n                        \"on_time\": \"9:00\",\n                        \"off_time\": \"18:00\"\n                    }\n                ]\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            BatchCreateTempRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/user_daily_shifts/batch_create_temp",
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
                #[serde(rename = "user_tmp_daily_shifts")]
                user_tmp_daily_shifts: &'a ::std::vec::Vec<UserTmpDailyShift>,
                #[serde(
                    rename = "operator_id",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                operator_id: ::core::option::Option<&'a ::std::string::String>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_tmp_daily_shifts: &self.user_tmp_daily_shifts,
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
            let __user_tmp_daily_shifts: ::core::option::Option<
                ::std::vec::Vec<UserTmpDailyShift>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<UserTmpDailyShift>,
            >(&mut body, "user_tmp_daily_shifts", &mut violations);
            let __user_tmp_daily_shifts = ::feishu_api::wire::require(
                __user_tmp_daily_shifts,
                "user_tmp_daily_shifts",
                &mut violations,
            );
            let __operator_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "operator_id", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __user_tmp_daily_shifts) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__user_tmp_daily_shifts),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        user_tmp_daily_shifts: __user_tmp_daily_shifts,
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
            const BODY: &str = "{\n    \"user_tmp_daily_shifts\": [\n        {\n            \"group_id\": \"6737202939523236110\",\n            \"user_id\": \"abd754f7\",\n            \"date\": 20240120,\n            \"shift_name\": \"临时早班\",\n            \"punch_time_simple_rules\": [\n                {\n                    \"on_time\": \"9:00\",\n                    \"off_time\": \"18:00\"\n                }\n            ]\n        }\n    ],\n    \"operator_id\": \"dd31248a\"\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::BatchCreateTempRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_tmp_daily_shifts\": [\n            {\n                \"group_id\": \"6737202939523236110\",\n                \"user_id\": \"abd754f7\",\n                \"date\": 20240120,\n                \"shift_name\": \"临时早班\",\n                \"punch_time_simple_rules\": [\n                    {\n                        \"on_time\": \"9:00\",\n                        \"off_time\": \"18:00\"\n                    }\n                ]\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_tmp_daily_shifts",
                "user_tmp_daily_shifts[].group_id",
                "user_tmp_daily_shifts[].user_id",
                "user_tmp_daily_shifts[].date",
                "user_tmp_daily_shifts[].shift_name",
                "user_tmp_daily_shifts[].punch_time_simple_rules",
                "user_tmp_daily_shifts[].punch_time_simple_rules[].on_time",
                "user_tmp_daily_shifts[].punch_time_simple_rules[].off_time",
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
            let decoded: super::BatchCreateTempResponse = match serde_json::from_value(
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
    /**Schedule users on temporary shifts, by date (创建或修改临时排班).

Creates or changes a temporary shift (临时班次) on the shift schedule and assigns it, one user
and one date per entry; the shift is described inline (name and punch times) rather than by a
shift id. Temporary scheduling is a paid feature (付费功能): ask the account manager to enable it.
An answer with `code` 0 and a non-empty `msg` means partial success: a `msg` of the form
`{人员：[日期，日期]}` lists users and dates that were not scheduled, usually because the group
does not contain that user.

可在排班表上创建或修改临时班次，并用于排班。目前支持按日期对一位或多位人员进行排临时班次。
注意：如果返回 code=0，且 msg 不为空，表示临时排班部分成功。

- **HTTP:** `POST /open-apis/attendance/v1/user_daily_shifts/batch_create_temp`
- **Token:** `tenant_access_token`, `user_access_token`
- **Scopes** (any one): `attendance:rule`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/attendance-v1/user_daily_shift/batch_create_temp>

# Errors

Besides transport and validation errors, the documented codes ([`batch_create_temp::BatchCreateTempErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
*/
    pub async fn batch_create_temp(
        &self,
        request: &batch_create_temp::BatchCreateTempRequest,
    ) -> ::core::result::Result<
        batch_create_temp::BatchCreateTempResponse,
        ::feishu_api::Error,
    > {
        self.client.execute(request).await
    }
    ///[`batch_create_temp`](Self::batch_create_temp) with per-request options (a token override, a timeout).
    pub async fn batch_create_temp_with(
        &self,
        request: &batch_create_temp::BatchCreateTempRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<
        batch_create_temp::BatchCreateTempResponse,
        ::feishu_api::Error,
    > {
        self.client.execute_with(request, options).await
    }
}
