///Types of `attendance.v1.user_task_remedy.create`: Create a remedy from a third-party approval (通知补卡审批发起).
pub mod create {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_task_remedy/create.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        EmployeeType, PunchNo, RemedyStatus, UserTaskRemedy, WorkType,
    };
    /**The request of [`create`](super::UserTaskRemedyResource::create): Create a remedy from a third-party approval (通知补卡审批发起).

Build it with [`CreateRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateRequest {
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The employee the remedy is for, an id of the kind named by `employee_type`.

Wire name `user_id`.*/
        pub user_id: ::std::string::String,
        /**The attendance date the remedy belongs to (yyyyMMdd).

Wire name `remedy_date`.*/
        pub remedy_date: ::feishu_api::time::DateYmd,
        /**Which on/off-duty pair of the day the remedy is for; free shifts send 0.

Wire name `punch_no`.*/
        pub punch_no: PunchNo,
        /**Whether the remedy replaces an on-duty (1) or an off-duty (2) punch; free shifts send 0
(自由班制填 0).

Wire name `work_type`.*/
        pub work_type: WorkType,
        /**The remedied punch time, `yyyy-MM-dd HH:mm`.

Wire name `remedy_time`.*/
        pub remedy_time: ::feishu_api::time::LocalMinute,
        /**The reason for the remedy (补卡原因).

Wire name `reason`.*/
        pub reason: ::std::string::String,
        /**No longer used (字段已失效); the server ignores it.

Wire name `time`.*/
        pub time: ::core::option::Option<::std::string::String>,
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
        ///Marks the required field `punch_no` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct punch_no;
        ///Marks the required field `work_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct work_type;
        ///Marks the required field `remedy_time` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct remedy_time;
        ///Marks the required field `reason` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct reason;
    }
    ///Builder for [`CreateRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct CreateRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __UserId = ::feishu_api::builder::Unset,
        __RemedyDate = ::feishu_api::builder::Unset,
        __PunchNo = ::feishu_api::builder::Unset,
        __WorkType = ::feishu_api::builder::Unset,
        __RemedyTime = ::feishu_api::builder::Unset,
        __Reason = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        user_id: __UserId,
        remedy_date: __RemedyDate,
        punch_no: __PunchNo,
        work_type: __WorkType,
        remedy_time: __RemedyTime,
        reason: __Reason,
        time: ::core::option::Option<::std::string::String>,
    }
    impl CreateRequest {
        /// Starts building a request.
        pub fn builder() -> CreateRequestBuilder {
            CreateRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                user_id: ::feishu_api::builder::Unset,
                remedy_date: ::feishu_api::builder::Unset,
                punch_no: ::feishu_api::builder::Unset,
                work_type: ::feishu_api::builder::Unset,
                remedy_time: ::feishu_api::builder::Unset,
                reason: ::feishu_api::builder::Unset,
                time: ::core::option::Option::None,
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
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.remedy_time,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "remedy_time");
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
        __PunchNo,
        __WorkType,
        __RemedyTime,
        __Reason,
    > CreateRequestBuilder<
        __EmployeeType,
        __UserId,
        __RemedyDate,
        __PunchNo,
        __WorkType,
        __RemedyTime,
        __Reason,
    > {
        /**The kind of employee id used by `user_id` in the request and the response. Without
admin-console access, ids can be looked up by phone number or email with the contact API
(通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> CreateRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __UserId,
            __RemedyDate,
            __PunchNo,
            __WorkType,
            __RemedyTime,
            __Reason,
        > {
            CreateRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                user_id: self.user_id,
                remedy_date: self.remedy_date,
                punch_no: self.punch_no,
                work_type: self.work_type,
                remedy_time: self.remedy_time,
                reason: self.reason,
                time: self.time,
            }
        }
        /**The employee the remedy is for, an id of the kind named by `employee_type`.

Wire name `user_id`.*/
        pub fn user_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> CreateRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::string::String>,
            __RemedyDate,
            __PunchNo,
            __WorkType,
            __RemedyTime,
            __Reason,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                user_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                remedy_date: self.remedy_date,
                punch_no: self.punch_no,
                work_type: self.work_type,
                remedy_time: self.remedy_time,
                reason: self.reason,
                time: self.time,
            }
        }
        /**The attendance date the remedy belongs to (yyyyMMdd).

Wire name `remedy_date`.*/
        pub fn remedy_date(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> CreateRequestBuilder<
            __EmployeeType,
            __UserId,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
            __PunchNo,
            __WorkType,
            __RemedyTime,
            __Reason,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                user_id: self.user_id,
                remedy_date: ::feishu_api::builder::Set::new(value),
                punch_no: self.punch_no,
                work_type: self.work_type,
                remedy_time: self.remedy_time,
                reason: self.reason,
                time: self.time,
            }
        }
        /**Which on/off-duty pair of the day the remedy is for; free shifts send 0.

Wire name `punch_no`.*/
        pub fn punch_no(
            self,
            value: PunchNo,
        ) -> CreateRequestBuilder<
            __EmployeeType,
            __UserId,
            __RemedyDate,
            ::feishu_api::builder::Set<PunchNo>,
            __WorkType,
            __RemedyTime,
            __Reason,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                user_id: self.user_id,
                remedy_date: self.remedy_date,
                punch_no: ::feishu_api::builder::Set::new(value),
                work_type: self.work_type,
                remedy_time: self.remedy_time,
                reason: self.reason,
                time: self.time,
            }
        }
        /**Whether the remedy replaces an on-duty (1) or an off-duty (2) punch; free shifts send 0
(自由班制填 0).

Wire name `work_type`.*/
        pub fn work_type(
            self,
            value: WorkType,
        ) -> CreateRequestBuilder<
            __EmployeeType,
            __UserId,
            __RemedyDate,
            __PunchNo,
            ::feishu_api::builder::Set<WorkType>,
            __RemedyTime,
            __Reason,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                user_id: self.user_id,
                remedy_date: self.remedy_date,
                punch_no: self.punch_no,
                work_type: ::feishu_api::builder::Set::new(value),
                remedy_time: self.remedy_time,
                reason: self.reason,
                time: self.time,
            }
        }
        /**The remedied punch time, `yyyy-MM-dd HH:mm`.

Wire name `remedy_time`.*/
        pub fn remedy_time(
            self,
            value: ::feishu_api::time::LocalMinute,
        ) -> CreateRequestBuilder<
            __EmployeeType,
            __UserId,
            __RemedyDate,
            __PunchNo,
            __WorkType,
            ::feishu_api::builder::Set<::feishu_api::time::LocalMinute>,
            __Reason,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                user_id: self.user_id,
                remedy_date: self.remedy_date,
                punch_no: self.punch_no,
                work_type: self.work_type,
                remedy_time: ::feishu_api::builder::Set::new(value),
                reason: self.reason,
                time: self.time,
            }
        }
        /**The reason for the remedy (补卡原因).

Wire name `reason`.*/
        pub fn reason(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> CreateRequestBuilder<
            __EmployeeType,
            __UserId,
            __RemedyDate,
            __PunchNo,
            __WorkType,
            __RemedyTime,
            ::feishu_api::builder::Set<::std::string::String>,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                user_id: self.user_id,
                remedy_date: self.remedy_date,
                punch_no: self.punch_no,
                work_type: self.work_type,
                remedy_time: self.remedy_time,
                reason: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                time: self.time,
            }
        }
        /**No longer used (字段已失效); the server ignores it.

Wire name `time`.*/
        pub fn time(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.time = ::core::option::Option::Some(::core::convert::Into::into(value));
            self
        }
    }
    impl<
        __EmployeeType,
        __UserId,
        __RemedyDate,
        __PunchNo,
        __WorkType,
        __RemedyTime,
        __Reason,
    > CreateRequestBuilder<
        __EmployeeType,
        __UserId,
        __RemedyDate,
        __PunchNo,
        __WorkType,
        __RemedyTime,
        __Reason,
    >
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
        __PunchNo: ::feishu_api::builder::IsSet<__field::punch_no, Value = PunchNo>,
        __WorkType: ::feishu_api::builder::IsSet<__field::work_type, Value = WorkType>,
        __RemedyTime: ::feishu_api::builder::IsSet<
            __field::remedy_time,
            Value = ::feishu_api::time::LocalMinute,
        >,
        __Reason: ::feishu_api::builder::IsSet<
            __field::reason,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> CreateRequest {
            CreateRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                user_id: ::feishu_api::builder::IsSet::into_value(self.user_id),
                remedy_date: ::feishu_api::builder::IsSet::into_value(self.remedy_date),
                punch_no: ::feishu_api::builder::IsSet::into_value(self.punch_no),
                work_type: ::feishu_api::builder::IsSet::into_value(self.work_type),
                remedy_time: ::feishu_api::builder::IsSet::into_value(self.remedy_time),
                reason: ::feishu_api::builder::IsSet::into_value(self.reason),
                time: self.time,
            }
        }
    }
    /**The remedy written.

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
    pub struct CreateResponse {
        /**The remedy as recorded (补卡审批信息). Its `approval_id` is what the approval status update
(通知审批状态更新) takes. The page calls `status`, `time`, `time_zone`, `create_time` and
`update_time` meaningless here (无效字段): a new remedy is always pending.

Wire name `user_remedy`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_remedy: ::core::option::Option<UserTaskRemedy>,
    }
    impl ::feishu_api::wire::DecodeObject for CreateResponse {
        const FIELDS: &'static [&'static str] = &["user_remedy"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.user_remedy = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for CreateResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `create`, to match a failed call's code by name: `CreateErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CreateErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220004` (HTTP 400): param is invalid

Check the message returned: e.g. "user_id is not exist or does not have permission" means the user id sent does not exist or is outside the app's permission.*/
        UserNotFound,
        /**`1220005` (HTTP 400): 没有权限

No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).*/
        NoPermission,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1225001` (HTTP 500): param is invalid

Check the message returned: it lists the rejected approval data as {"TripErrorRecords":"","OvertimeWorkErrorRecords":"","LeaveErrorRecords":"","OutErrorRecords":""}.*/
        ImportRejected,
        /**`1226501` (HTTP 400): no need remedy

The day's attendance has no anomaly, so there is nothing to remedy.*/
        NoNeedRemedy,
        /**`1226502` (HTTP 400): not allowed remedy

The employee's attendance group does not allow remedies.*/
        RemedyNotAllowed,
        /**`1226503` (HTTP 400): approval time beyond the time range

The attendance group only allows remedies for the past so many days; the date is outside that window.*/
        BeyondRemedyWindow,
        /**`1226504` (HTTP 400): no remedy time left

The employee has used up the remedies allowed in the current period.*/
        NoRemedyLeft,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 11usize] = &[
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
            hint: "Check the message returned: e.g. \"user_id is not exist or does not have permission\" means the user id sent does not exist or is outside the app's permission.",
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
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1225001i64,
            name: "ImportRejected",
            message: "param is invalid",
            hint: "Check the message returned: it lists the rejected approval data as {\"TripErrorRecords\":\"\",\"OvertimeWorkErrorRecords\":\"\",\"LeaveErrorRecords\":\"\",\"OutErrorRecords\":\"\"}.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226501i64,
            name: "NoNeedRemedy",
            message: "no need remedy",
            hint: "The day's attendance has no anomaly, so there is nothing to remedy.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226502i64,
            name: "RemedyNotAllowed",
            message: "not allowed remedy",
            hint: "The employee's attendance group does not allow remedies.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226503i64,
            name: "BeyondRemedyWindow",
            message: "approval time beyond the time range",
            hint: "The attendance group only allows remedies for the past so many days; the date is outside that window.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226504i64,
            name: "NoRemedyLeft",
            message: "no remedy time left",
            hint: "The employee has used up the remedies allowed in the current period.",
        },
    ];
    impl CreateErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::NoPermission,
            Self::General,
            Self::Internal,
            Self::ImportRejected,
            Self::NoNeedRemedy,
            Self::RemedyNotAllowed,
            Self::BeyondRemedyWindow,
            Self::NoRemedyLeft,
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
                1225001i64 => ::core::option::Option::Some(Self::ImportRejected),
                1226501i64 => ::core::option::Option::Some(Self::NoNeedRemedy),
                1226502i64 => ::core::option::Option::Some(Self::RemedyNotAllowed),
                1226503i64 => ::core::option::Option::Some(Self::BeyondRemedyWindow),
                1226504i64 => ::core::option::Option::Some(Self::NoRemedyLeft),
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
                Self::ImportRejected => &ERRORS[6usize],
                Self::NoNeedRemedy => &ERRORS[7usize],
                Self::RemedyNotAllowed => &ERRORS[8usize],
                Self::BeyondRemedyWindow => &ERRORS[9usize],
                Self::NoRemedyLeft => &ERRORS[10usize],
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
    impl ::feishu_api::Endpoint for CreateRequest {
        type Response = CreateResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_task_remedy",
            method: "create",
            summary: "Create a remedy from a third-party approval (通知补卡审批发起).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_task_remedys",
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
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/user_task_remedy/create",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_remedy\": {\n            \"user_id\": \"abd754f7\",\n            \"remedy_date\": 20210701,\n            \"punch_no\": 0,\n            \"work_type\": 1,\n            \"approval_id\": \"6737202939523236113\",\n            \"remedy_time\": \"2021-07-01 08:00\",\n            \"status\": 2,\n            \"reason\": \"忘记打卡\",\n            \"time\": \"1625097600\",\n            \"time_zone\": \"Asia/Shanghai\",\n            \"create_time\": \"1625097600\",\n            \"update_time\": \"1625097600\"\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            CreateRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/user_task_remedys")
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
                #[serde(rename = "punch_no")]
                punch_no: &'a PunchNo,
                #[serde(rename = "work_type")]
                work_type: &'a WorkType,
                #[serde(rename = "remedy_time")]
                remedy_time: &'a ::feishu_api::time::LocalMinute,
                #[serde(rename = "reason")]
                reason: &'a ::std::string::String,
                #[serde(
                    rename = "time",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                time: ::core::option::Option<&'a ::std::string::String>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_id: &self.user_id,
                remedy_date: &self.remedy_date,
                punch_no: &self.punch_no,
                work_type: &self.work_type,
                remedy_time: &self.remedy_time,
                reason: &self.reason,
                time: self.time.as_ref(),
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
            let __punch_no: ::core::option::Option<PunchNo> = ::feishu_api::wire::take_body::<
                PunchNo,
            >(&mut body, "punch_no", &mut violations);
            let __punch_no = ::feishu_api::wire::require(
                __punch_no,
                "punch_no",
                &mut violations,
            );
            let __work_type: ::core::option::Option<WorkType> = ::feishu_api::wire::take_body::<
                WorkType,
            >(&mut body, "work_type", &mut violations);
            let __work_type = ::feishu_api::wire::require(
                __work_type,
                "work_type",
                &mut violations,
            );
            let __remedy_time: ::core::option::Option<::feishu_api::time::LocalMinute> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::LocalMinute,
            >(&mut body, "remedy_time", &mut violations);
            let __remedy_time = ::feishu_api::wire::require(
                __remedy_time,
                "remedy_time",
                &mut violations,
            );
            let __reason: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "reason", &mut violations);
            let __reason = ::feishu_api::wire::require(
                __reason,
                "reason",
                &mut violations,
            );
            let __time: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "time", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (
                __employee_type,
                __user_id,
                __remedy_date,
                __punch_no,
                __work_type,
                __remedy_time,
                __reason,
            ) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__user_id),
                    ::core::option::Option::Some(__remedy_date),
                    ::core::option::Option::Some(__punch_no),
                    ::core::option::Option::Some(__work_type),
                    ::core::option::Option::Some(__remedy_time),
                    ::core::option::Option::Some(__reason),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        user_id: __user_id,
                        remedy_date: __remedy_date,
                        punch_no: __punch_no,
                        work_type: __work_type,
                        remedy_time: __remedy_time,
                        reason: __reason,
                        time: __time,
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
            const BODY: &str = "{\n    \"user_id\": \"abd754f7\",\n    \"remedy_date\": 20210701,\n    \"punch_no\": 0,\n    \"work_type\": 1,\n    \"remedy_time\": \"2021-07-01 08:00\",\n    \"reason\": \"忘记打卡\",\n    \"time\": \"-\"\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::CreateRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_remedy\": {\n            \"user_id\": \"abd754f7\",\n            \"remedy_date\": 20210701,\n            \"punch_no\": 0,\n            \"work_type\": 1,\n            \"approval_id\": \"6737202939523236113\",\n            \"remedy_time\": \"2021-07-01 08:00\",\n            \"status\": 2,\n            \"reason\": \"忘记打卡\",\n            \"time\": \"1625097600\",\n            \"time_zone\": \"Asia/Shanghai\",\n            \"create_time\": \"1625097600\",\n            \"update_time\": \"1625097600\"\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "user_remedy",
                "user_remedy.user_id",
                "user_remedy.remedy_date",
                "user_remedy.punch_no",
                "user_remedy.work_type",
                "user_remedy.approval_id",
                "user_remedy.remedy_time",
                "user_remedy.status",
                "user_remedy.reason",
                "user_remedy.time",
                "user_remedy.time_zone",
                "user_remedy.create_time",
                "user_remedy.update_time",
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
            let decoded: super::CreateResponse = match serde_json::from_value(
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
    /**Create a remedy from a third-party approval (通知补卡审批发起).

For tenants that use Feishu attendance but run approvals outside Feishu: writes a remedy
(补卡) request raised in a third-party approval system into attendance. The remedy starts out
pending (审批中); its status is then changed with the approval status update API
(通知审批状态更新), using the returned `approval_id`.

This call creates a record, so it is never retried automatically: a failed attempt is
reported to the caller, who must check whether the remedy exists before sending it again.

对于只使用飞书考勤系统而未使用飞书审批系统的企业，可通过该接口将三方审批系统中发起的补卡审批数据写入飞书考勤，
状态为审批中，之后由通知审批状态更新接口更新状态。

- **HTTP:** `POST /open-apis/attendance/v1/user_task_remedys`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/user_task_remedy/create>

# Errors

Besides transport and validation errors, the documented codes ([`create::CreateErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means the user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1225001 | `ImportRejected` | Check the message returned: it lists the rejected approval data as {"TripErrorRecords":"","OvertimeWorkErrorRecords":"","LeaveErrorRecords":"","OutErrorRecords":""}. |
| 400 | 1226501 | `NoNeedRemedy` | The day's attendance has no anomaly, so there is nothing to remedy. |
| 400 | 1226502 | `RemedyNotAllowed` | The employee's attendance group does not allow remedies. |
| 400 | 1226503 | `BeyondRemedyWindow` | The attendance group only allows remedies for the past so many days; the date is outside that window. |
| 400 | 1226504 | `NoRemedyLeft` | The employee has used up the remedies allowed in the current period. |
*/
    pub async fn create(
        &self,
        request: &create::CreateRequest,
    ) -> ::core::result::Result<create::CreateResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`create`](Self::create) with per-request options (a token override, a timeout).
    pub async fn create_with(
        &self,
        request: &create::CreateRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<create::CreateResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
