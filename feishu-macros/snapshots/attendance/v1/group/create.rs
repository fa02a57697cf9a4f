///Types of `attendance.v1.group.create`: Create an attendance group, or overwrite one when `group_id` is given (创建或修改考勤组).
pub mod create {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/group/create.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        AntiCheatConfig, AwayPunchRule, ClockInAbnormalSettings, CountryCalendar,
        CustomFieldObjType, DeptType, EmployeeType, FacePunchRule, FreeClockSetting,
        FreePunchCfg, Group, GroupType, LeaveNeedPunchCfg, Location, LocationType,
        Machine, MapType, MemberStatusChange, OvertimeClockCfg, PunchMember,
        PunchSpecialDateShift, RemedyPeriodType, RuleScopeType, ScopeGroup,
        ScopeOperationType, ScopeValue, ScopeValueType, SuspectedCheatHandleMethod,
    };
    /**The request of [`create`](super::GroupResource::create): Create an attendance group, or overwrite one when `group_id` is given (创建或修改考勤组).

Build it with [`CreateRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateRequest {
        /**The kind of employee id the group's user ids use (bind_user_ids, group_leader_ids, …), in the
request and in the answer. Without admin-console access, ids can be looked up by phone number or
email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The kind of department id the group's department ids use; only `open_id` for now.

Wire name `dept_type`.*/
        pub dept_type: DeptType,
        /**The attendance group's settings (考勤组信息).

Wire name `group`.*/
        pub group: Group,
        /**The operating user's id (操作人 uid), of the kind named by `employee_type`. Required unless the
tenant has gone through the admin console's API access process (考勤管理后台“API 接入”流程, see the
attendance development guidelines); when given, only groups this user may manage can be changed.

Wire name `operator_id`.*/
        pub operator_id: ::core::option::Option<::std::string::String>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `dept_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct dept_type;
        ///Marks the required field `group` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct group;
    }
    ///Builder for [`CreateRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct CreateRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __DeptType = ::feishu_api::builder::Unset,
        __Group = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        dept_type: __DeptType,
        group: __Group,
        operator_id: ::core::option::Option<::std::string::String>,
    }
    impl CreateRequest {
        /// Starts building a request.
        pub fn builder() -> CreateRequestBuilder {
            CreateRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                dept_type: ::feishu_api::builder::Unset,
                group: ::feishu_api::builder::Unset,
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
                    &self.group,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "group");
                    value.__validate(&path.to_string(), violations);
                }
            }
            all.into_result()
        }
    }
    impl<
        __EmployeeType,
        __DeptType,
        __Group,
    > CreateRequestBuilder<__EmployeeType, __DeptType, __Group> {
        /**The kind of employee id the group's user ids use (bind_user_ids, group_leader_ids, …), in the
request and in the answer. Without admin-console access, ids can be looked up by phone number or
email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> CreateRequestBuilder<
            ::feishu_api::builder::Set<EmployeeType>,
            __DeptType,
            __Group,
        > {
            CreateRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                dept_type: self.dept_type,
                group: self.group,
                operator_id: self.operator_id,
            }
        }
        /**The kind of department id the group's department ids use; only `open_id` for now.

Wire name `dept_type`.*/
        pub fn dept_type(
            self,
            value: DeptType,
        ) -> CreateRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<DeptType>,
            __Group,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                dept_type: ::feishu_api::builder::Set::new(value),
                group: self.group,
                operator_id: self.operator_id,
            }
        }
        /**The attendance group's settings (考勤组信息).

Wire name `group`.*/
        pub fn group(
            self,
            value: Group,
        ) -> CreateRequestBuilder<
            __EmployeeType,
            __DeptType,
            ::feishu_api::builder::Set<Group>,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                dept_type: self.dept_type,
                group: ::feishu_api::builder::Set::new(value),
                operator_id: self.operator_id,
            }
        }
        /**The operating user's id (操作人 uid), of the kind named by `employee_type`. Required unless the
tenant has gone through the admin console's API access process (考勤管理后台“API 接入”流程, see the
attendance development guidelines); when given, only groups this user may manage can be changed.

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
        __DeptType,
        __Group,
    > CreateRequestBuilder<__EmployeeType, __DeptType, __Group>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __DeptType: ::feishu_api::builder::IsSet<__field::dept_type, Value = DeptType>,
        __Group: ::feishu_api::builder::IsSet<__field::group, Value = Group>,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> CreateRequest {
            CreateRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                dept_type: ::feishu_api::builder::IsSet::into_value(self.dept_type),
                group: ::feishu_api::builder::IsSet::into_value(self.group),
                operator_id: self.operator_id,
            }
        }
    }
    /**The attendance group as saved.

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
        /**The group (考勤组信息); `group_id` is its id, usable with the get-by-id method (按 ID 查询考勤组).

Wire name `group`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub group: ::core::option::Option<Group>,
    }
    impl ::feishu_api::wire::DecodeObject for CreateResponse {
        const FIELDS: &'static [&'static str] = &["group"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.group = map.next_value()?,
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
        /**`1220003` (HTTP 400): user_id type is not employee_id or employee_no

`employee_type` only accepts `employee_id` or `employee_no`.*/
        EmployeeTypeInvalid,
        /**`1220004` (HTTP 400): param is invalid

Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission.*/
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
        /**`1227500` (HTTP 400): param is invalid

An error of the shift service; check the message returned, e.g. "[BatchGetLarkIDByOpenID] not find user larkID" means no Lark user was found for an id sent.*/
        ShiftServiceError,
        /**`1227000` (HTTP 400): param is invalid

Check the message returned; contact support if it persists.*/
        ManagementServiceError,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 9usize] = &[
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
            code: 1220003i64,
            name: "EmployeeTypeInvalid",
            message: "user_id type is not employee_id or employee_no",
            hint: "`employee_type` only accepts `employee_id` or `employee_no`.",
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
            http_status: 500u16,
            code: 1225000i64,
            name: "Internal",
            message: "param is invalid",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1227500i64,
            name: "ShiftServiceError",
            message: "param is invalid",
            hint: "An error of the shift service; check the message returned, e.g. \"[BatchGetLarkIDByOpenID] not find user larkID\" means no Lark user was found for an id sent.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1227000i64,
            name: "ManagementServiceError",
            message: "param is invalid",
            hint: "Check the message returned; contact support if it persists.",
        },
    ];
    impl CreateErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::EmployeeTypeInvalid,
            Self::UserNotFound,
            Self::NoPermission,
            Self::General,
            Self::Internal,
            Self::ShiftServiceError,
            Self::ManagementServiceError,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220003i64 => ::core::option::Option::Some(Self::EmployeeTypeInvalid),
                1220004i64 => ::core::option::Option::Some(Self::UserNotFound),
                1220005i64 => ::core::option::Option::Some(Self::NoPermission),
                1220600i64 => ::core::option::Option::Some(Self::General),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1227500i64 => ::core::option::Option::Some(Self::ShiftServiceError),
                1227000i64 => ::core::option::Option::Some(Self::ManagementServiceError),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::EmployeeTypeInvalid => &ERRORS[2usize],
                Self::UserNotFound => &ERRORS[3usize],
                Self::NoPermission => &ERRORS[4usize],
                Self::General => &ERRORS[5usize],
                Self::Internal => &ERRORS[6usize],
                Self::ShiftServiceError => &ERRORS[7usize],
                Self::ManagementServiceError => &ERRORS[8usize],
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
            resource: "group",
            method: "create",
            summary: "Create an attendance group, or overwrite one when `group_id` is given (创建或修改考勤组).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/groups",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/group/create",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"group\": {\n            \"group_id\": \"6919358128597097404\",\n            \"group_name\": \"开心考勤\",\n            \"time_zone\": \"Asia/Shanghai\",\n            \"bind_dept_ids\": [\n                \"od-fcb45c28a45311afd440b7869541fce8\"\n            ],\n            \"except_dept_ids\": [\n                \"od-fcb45c28a45311afd440b7869541fce8\"\n            ],\n            \"bind_user_ids\": [\n                \"52aa1fa1\"\n            ],\n            \"except_user_ids\": [\n                \"52aa1fa1\"\n            ],\n            \"group_leader_ids\": [\n                \"2bg4a9be\"\n            ],\n            \"sub_group_leader_ids\": [\n                \"52aa1fa1\"\n            ],\n            \"allow_out_punch\": true,\n            \"out_punch_need_approval\": true,\n            \"out_punch_need_post_approval\": true,\n            \"out_punch_need_remark\": true,\n            \"out_punch_need_photo\": true,\n            \"out_punch_allowed_hide_addr\": true,\n            \"out_punch_allowed_adjust_addr\": true,\n            \"adjust_range\": 50,\n            \"allow_pc_punch\": true,\n            \"allow_remedy\": true,\n            \"remedy_limit\": true,\n            \"remedy_limit_count\": 3,\n            \"remedy_date_limit\": true,\n            \"remedy_date_num\": 3,\n            \"allow_remedy_type_lack\": true,\n            \"allow_remedy_type_late\": true,\n            \"allow_remedy_type_early\": true,\n            \"allow_remedy_type_normal\": true,\n            \"show_cumulative_time\": true,\n            \"show_over_time\": true,\n            \"hide_staff_punch_time\": true,\n            \"hide_clock_in_rule\": false,\n            \"face_punch\": true,\n            \"face_punch_cfg\": 1,\n            \"face_live_need_action\": false,\n            \"face_downgrade\": true,\n            \"replace_basic_pic\": true,\n            \"anti_cheat_punch_config\": {\n                \"intercept_suspected_cheat_punch\": true,\n                \"check_cheat_software_punch\": true,\n                \"check_buddy_punch\": true,\n                \"check_simulate_wifi_punch\": true,\n                \"check_change_device_punch\": true,\n                \"allow_change_device_num\": 1,\n                \"suspected_cheat_handle_method\": 1\n            },\n            \"machines\": [\n                {\n                    \"machine_sn\": \"FS0701\",\n                    \"machine_name\": \"创实 9 楼\"\n                }\n            ],\n            \"gps_range\": 300,\n            \"locations\": [\n                {\n                    \"location_id\": \"6921213751454744578\",\n                    \"location_name\": \"浙江省杭州市余杭区五常街道木桥头西溪八方城\",\n                    \"location_type\": 1,\n                    \"latitude\": 30.28994,\n                    \"longitude\": 120.04509,\n                    \"ssid\": \"TP-Link-af12ca\",\n                    \"bssid\": \"08:00:20:0A:8C:6D\",\n                    \"map_type\": 1,\n                    \"address\": \"北京市海淀区中航广场\",\n                    \"ip\": \"122.224.123.146\",\n                    \"feature\": \"中国电信\",\n                    \"gps_range\": 300\n                }\n            ],\n            \"group_type\": 0,\n            \"punch_day_shift_ids\": [\n                \"xxx\",\n                \"0\",\n                \"xxx\",\n                \"xxx\",\n                \"0\",\n                \"xxx\",\n                \"xxx\",\n                \"xxx\"\n            ],\n            \"free_punch_cfg\": {\n                \"free_start_time\": \"7:00\",\n                \"free_end_time\": \"18:00\",\n                \"punch_day\": 1111100,\n                \"work_day_no_punch_as_lack\": true,\n                \"work_hours_demand\": false,\n                \"work_hours\": 480,\n                \"free_clock_setting\": {\n                    \"clock_mode\": 1,\n                    \"clock_internal_hhmm\": 30\n                }\n            },\n            \"calendar_id\": 1,\n            \"need_punch_special_days\": [\n                {\n                    \"punch_day\": 20190101,\n                    \"shift_id\": \"6919668827865513935\"\n                }\n            ],\n            \"no_need_punch_special_days\": [\n                {\n                    \"punch_day\": 20190101,\n                    \"shift_id\": \"6919668827865513935\"\n                }\n            ],\n            \"work_day_no_punch_as_lack\": true,\n            \"effect_now\": true,\n            \"remedy_period_type\": 0,\n            \"remedy_period_custom_date\": 1,\n            \"punch_type\": 1,\n            \"effect_time\": \"1611476284\",\n            \"fixshift_effect_time\": \"1611476284\",\n            \"member_effect_time\": \"1611476284\",\n            \"rest_clockIn_need_approval\": true,\n            \"clockIn_need_photo\": true,\n            \"member_status_change\": {\n                \"onboarding_on_no_need_punch\": false,\n                \"onboarding_off_no_need_punch\": false,\n                \"offboarding_on_no_need_punch\": false,\n                \"offboarding_off_no_need_punch\": false\n            },\n            \"leave_need_punch\": false,\n            \"leave_need_punch_cfg\": {\n                \"late_minutes_as_late\": 0,\n                \"late_minutes_as_lack\": 0,\n                \"early_minutes_as_early\": 0,\n                \"early_minutes_as_lack\": 0,\n                \"not_during_shift\": false\n            },\n            \"go_out_need_punch\": 0,\n            \"go_out_need_punch_cfg\": {\n                \"late_minutes_as_late\": 0,\n                \"late_minutes_as_lack\": 0,\n                \"early_minutes_as_early\": 0,\n                \"early_minutes_as_lack\": 0,\n                \"not_during_shift\": false\n            },\n            \"travel_need_punch\": 0,\n            \"travel_need_punch_cfg\": {\n                \"late_minutes_as_late\": 0,\n                \"late_minutes_as_lack\": 0,\n                \"early_minutes_as_early\": 0,\n                \"early_minutes_as_lack\": 0,\n                \"not_during_shift\": false\n            },\n            \"need_punch_members\": [\n                {\n                    \"rule_scope_type\": 0,\n                    \"scope_group_list\": {\n                        \"scope_value_type\": 1,\n                        \"operation_type\": 1,\n                        \"right\": [\n                            {\n                                \"key\": \"CH\",\n                                \"name\": \"中国大陆\"\n                            }\n                        ],\n                        \"member_ids\": [\n                            \"ec8ddg56\"\n                        ],\n                        \"custom_field_ID\": \"123213123\",\n                        \"custom_field_obj_type\": \"employment\"\n                    }\n                }\n            ],\n            \"no_need_punch_members\": [\n                {\n                    \"rule_scope_type\": 0,\n                    \"scope_group_list\": {\n                        \"scope_value_type\": 1,\n                        \"operation_type\": 1,\n                        \"right\": [\n                            {\n                                \"key\": \"CH\",\n                                \"name\": \"中国大陆\"\n                            }\n                        ],\n                        \"member_ids\": [\n                            \"ec8ddg56\"\n                        ],\n                        \"custom_field_ID\": \"123213123\",\n                        \"custom_field_obj_type\": \"employment\"\n                    }\n                }\n            ],\n            \"save_auto_changes\": false,\n            \"org_change_auto_adjust\": false,\n            \"bind_default_dept_ids\": [\n                \"od-fcb45c28a45311afd440b7869541fce8\"\n            ],\n            \"bind_default_user_ids\": [\n                \"dd31248a\"\n            ],\n            \"overtime_clock_cfg\": {\n                \"allow_punch_approval\": false,\n                \"need_clock_over_time_start_and_end\": false\n            },\n            \"new_calendar_id\": \"7302191700771358252\",\n            \"allow_apply_punch\": true,\n            \"clock_in_abnormal_settings\": {\n                \"ignore_until_latest_clockout\": false\n            }\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            CreateRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/groups")
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
            {
                let values = &self.dept_type;
                let value = values;
                query
                    .push((
                        "dept_type",
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
                #[serde(rename = "group")]
                group: &'a Group,
                #[serde(
                    rename = "operator_id",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                operator_id: ::core::option::Option<&'a ::std::string::String>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                group: &self.group,
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
            let __dept_type: ::core::option::Option<DeptType> = ::feishu_api::wire::take_query::<
                DeptType,
            >(&pairs, "dept_type", &mut violations);
            let __dept_type = ::feishu_api::wire::require(
                __dept_type,
                "dept_type",
                &mut violations,
            );
            let __group: ::core::option::Option<Group> = ::feishu_api::wire::take_body::<
                Group,
            >(&mut body, "group", &mut violations);
            let __group = ::feishu_api::wire::require(__group, "group", &mut violations);
            let __operator_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "operator_id", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __dept_type, __group) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__dept_type),
                    ::core::option::Option::Some(__group),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        dept_type: __dept_type,
                        group: __group,
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
            const QUERY: &str = "employee_type=employee_id&dept_type=open_id";
            const BODY: &str = "{\n    \"group\": {\n        \"group_id\": \"6919358128597097404\",\n        \"group_name\": \"开心考勤\",\n        \"time_zone\": \"Asia/Shanghai\",\n        \"bind_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"except_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"bind_user_ids\": [\n            \"52aa1fa1\"\n        ],\n        \"except_user_ids\": [\n            \"52aa1fa1\"\n        ],\n        \"group_leader_ids\": [\n            \"2bg4a9be\"\n        ],\n        \"sub_group_leader_ids\": [\n            \"52aa1fa1\"\n        ],\n        \"allow_out_punch\": true,\n        \"out_punch_need_approval\": true,\n        \"out_punch_need_post_approval\": true,\n        \"out_punch_need_remark\": true,\n        \"out_punch_need_photo\": true,\n        \"out_punch_allowed_hide_addr\": true,\n        \"out_punch_allowed_adjust_addr\": true,\n        \"adjust_range\": 50,\n        \"allow_pc_punch\": true,\n        \"allow_remedy\": true,\n        \"remedy_limit\": true,\n        \"remedy_limit_count\": 3,\n        \"remedy_date_limit\": true,\n        \"remedy_date_num\": 3,\n        \"allow_remedy_type_lack\": true,\n        \"allow_remedy_type_late\": true,\n        \"allow_remedy_type_early\": true,\n        \"allow_remedy_type_normal\": true,\n        \"show_cumulative_time\": true,\n        \"show_over_time\": true,\n        \"hide_staff_punch_time\": true,\n        \"hide_clock_in_rule\": false,\n        \"face_punch\": true,\n        \"face_punch_cfg\": 1,\n        \"face_live_need_action\": false,\n        \"face_downgrade\": true,\n        \"replace_basic_pic\": true,\n        \"anti_cheat_punch_config\": {\n            \"intercept_suspected_cheat_punch\": true,\n            \"check_cheat_software_punch\": true,\n            \"check_buddy_punch\": true,\n            \"check_simulate_wifi_punch\": true,\n            \"check_change_device_punch\": true,\n            \"allow_change_device_num\": 1,\n            \"suspected_cheat_handle_method\": 1\n        },\n        \"machines\": [\n            {\n                \"machine_sn\": \"FS0701\",\n                \"machine_name\": \"创实 9 楼\"\n            }\n        ],\n        \"gps_range\": 300,\n        \"locations\": [\n            {\n                \"location_name\": \"浙江省杭州市余杭区五常街道木桥头西溪八方城\",\n                \"location_type\": 1,\n                \"latitude\": 30.28994,\n                \"longitude\": 120.04509,\n                \"ssid\": \"TP-Link-af12ca\",\n                \"bssid\": \"08:00:20:0A:8C:6D\",\n                \"map_type\": 1,\n                \"address\": \"北京市海淀区中航广场\",\n                \"ip\": \"122.224.123.146\",\n                \"feature\": \"中国电信\",\n                \"gps_range\": 300\n            }\n        ],\n        \"group_type\": 1,\n        \"punch_day_shift_ids\": [\n            \"xxx\",\n            \"0\",\n            \"xxx\",\n            \"xxx\",\n            \"0\",\n            \"xxx\",\n            \"xxx\",\n            \"xxx\"\n        ],\n        \"free_punch_cfg\": {\n            \"free_start_time\": \"7:00\",\n            \"free_end_time\": \"18:00\",\n            \"punch_day\": 1111100,\n            \"work_day_no_punch_as_lack\": true,\n            \"work_hours_demand\": false,\n            \"work_hours\": 480\n        },\n        \"calendar_id\": 1,\n        \"need_punch_special_days\": [\n            {\n                \"punch_day\": 20190101,\n                \"shift_id\": \"6919668827865513935\"\n            }\n        ],\n        \"no_need_punch_special_days\": [\n            {\n                \"punch_day\": 20190101,\n                \"shift_id\": \"6919668827865513935\"\n            }\n        ],\n        \"work_day_no_punch_as_lack\": true,\n        \"effect_now\": true,\n        \"remedy_period_type\": 1,\n        \"remedy_period_custom_date\": 1,\n        \"punch_type\": 1,\n        \"rest_clockIn_need_approval\": true,\n        \"clockIn_need_photo\": true,\n        \"member_status_change\": {\n            \"onboarding_on_no_need_punch\": false,\n            \"onboarding_off_no_need_punch\": false,\n            \"offboarding_on_no_need_punch\": false,\n            \"offboarding_off_no_need_punch\": false\n        },\n        \"leave_need_punch\": false,\n        \"leave_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"go_out_need_punch\": 0,\n        \"go_out_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"travel_need_punch\": 0,\n        \"travel_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"need_punch_members\": [\n            {\n                \"rule_scope_type\": 0,\n                \"scope_group_list\": {\n                    \"scope_value_type\": 1,\n                    \"operation_type\": 1,\n                    \"right\": [\n                        {\n                            \"key\": \"CH\",\n                            \"name\": \"中国大陆\"\n                        }\n                    ],\n                    \"member_ids\": [\n                        \"ec8ddg56\"\n                    ],\n                    \"custom_field_ID\": \"123213123\",\n                    \"custom_field_obj_type\": \"employment\"\n                }\n            }\n        ],\n        \"no_need_punch_members\": [\n            {\n                \"rule_scope_type\": 0,\n                \"scope_group_list\": {\n                    \"scope_value_type\": 1,\n                    \"operation_type\": 1,\n                    \"right\": [\n                        {\n                            \"key\": \"CH\",\n                            \"name\": \"中国大陆\"\n                        }\n                    ],\n                    \"member_ids\": [\n                        \"ec8ddg56\"\n                    ],\n                    \"custom_field_ID\": \"123213123\",\n                    \"custom_field_obj_type\": \"employment\"\n                }\n            }\n        ],\n        \"save_auto_changes\": false,\n        \"org_change_auto_adjust\": false,\n        \"bind_default_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"bind_default_user_ids\": [\n            \"dd31248a\"\n        ],\n        \"overtime_clock_cfg\": {\n            \"allow_punch_approval\": false,\n            \"need_clock_over_time_start_and_end\": false\n        },\n        \"new_calendar_id\": \"7302191700771358252\",\n        \"allow_apply_punch\": true,\n        \"clock_in_abnormal_settings\": {\n            \"ignore_until_latest_clockout\": false\n        }\n    },\n    \"operator_id\": \"dd31248a\"\n}";
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"group\": {\n            \"group_id\": \"6919358128597097404\",\n            \"group_name\": \"开心考勤\",\n            \"time_zone\": \"Asia/Shanghai\",\n            \"bind_dept_ids\": [\n                \"od-fcb45c28a45311afd440b7869541fce8\"\n            ],\n            \"except_dept_ids\": [\n                \"od-fcb45c28a45311afd440b7869541fce8\"\n            ],\n            \"bind_user_ids\": [\n                \"52aa1fa1\"\n            ],\n            \"except_user_ids\": [\n                \"52aa1fa1\"\n            ],\n            \"group_leader_ids\": [\n                \"2bg4a9be\"\n            ],\n            \"sub_group_leader_ids\": [\n                \"52aa1fa1\"\n            ],\n            \"allow_out_punch\": true,\n            \"out_punch_need_approval\": true,\n            \"out_punch_need_post_approval\": true,\n            \"out_punch_need_remark\": true,\n            \"out_punch_need_photo\": true,\n            \"out_punch_allowed_hide_addr\": true,\n            \"out_punch_allowed_adjust_addr\": true,\n            \"adjust_range\": 50,\n            \"allow_pc_punch\": true,\n            \"allow_remedy\": true,\n            \"remedy_limit\": true,\n            \"remedy_limit_count\": 3,\n            \"remedy_date_limit\": true,\n            \"remedy_date_num\": 3,\n            \"allow_remedy_type_lack\": true,\n            \"allow_remedy_type_late\": true,\n            \"allow_remedy_type_early\": true,\n            \"allow_remedy_type_normal\": true,\n            \"show_cumulative_time\": true,\n            \"show_over_time\": true,\n            \"hide_staff_punch_time\": true,\n            \"hide_clock_in_rule\": false,\n            \"face_punch\": true,\n            \"face_punch_cfg\": 1,\n            \"face_live_need_action\": false,\n            \"face_downgrade\": true,\n            \"replace_basic_pic\": true,\n            \"anti_cheat_punch_config\": {\n                \"intercept_suspected_cheat_punch\": true,\n                \"check_cheat_software_punch\": true,\n                \"check_buddy_punch\": true,\n                \"check_simulate_wifi_punch\": true,\n                \"check_change_device_punch\": true,\n                \"allow_change_device_num\": 1,\n                \"suspected_cheat_handle_method\": 1\n            },\n            \"machines\": [\n                {\n                    \"machine_sn\": \"FS0701\",\n                    \"machine_name\": \"创实 9 楼\"\n                }\n            ],\n            \"gps_range\": 300,\n            \"locations\": [\n                {\n                    \"location_id\": \"6921213751454744578\",\n                    \"location_name\": \"浙江省杭州市余杭区五常街道木桥头西溪八方城\",\n                    \"location_type\": 1,\n                    \"latitude\": 30.28994,\n                    \"longitude\": 120.04509,\n                    \"ssid\": \"TP-Link-af12ca\",\n                    \"bssid\": \"08:00:20:0A:8C:6D\",\n                    \"map_type\": 1,\n                    \"address\": \"北京市海淀区中航广场\",\n                    \"ip\": \"122.224.123.146\",\n                    \"feature\": \"中国电信\",\n                    \"gps_range\": 300\n                }\n            ],\n            \"group_type\": 0,\n            \"punch_day_shift_ids\": [\n                \"xxx\",\n                \"0\",\n                \"xxx\",\n                \"xxx\",\n                \"0\",\n                \"xxx\",\n                \"xxx\",\n                \"xxx\"\n            ],\n            \"free_punch_cfg\": {\n                \"free_start_time\": \"7:00\",\n                \"free_end_time\": \"18:00\",\n                \"punch_day\": 1111100,\n                \"work_day_no_punch_as_lack\": true,\n                \"work_hours_demand\": false,\n                \"work_hours\": 480,\n                \"free_clock_setting\": {\n                    \"clock_mode\": 1,\n                    \"clock_internal_hhmm\": 30\n                }\n            },\n            \"calendar_id\": 1,\n            \"need_punch_special_days\": [\n                {\n                    \"punch_day\": 20190101,\n                    \"shift_id\": \"6919668827865513935\"\n                }\n            ],\n            \"no_need_punch_special_days\": [\n                {\n                    \"punch_day\": 20190101,\n                    \"shift_id\": \"6919668827865513935\"\n                }\n            ],\n            \"work_day_no_punch_as_lack\": true,\n            \"effect_now\": true,\n            \"remedy_period_type\": 0,\n            \"remedy_period_custom_date\": 1,\n            \"punch_type\": 1,\n            \"effect_time\": \"1611476284\",\n            \"fixshift_effect_time\": \"1611476284\",\n            \"member_effect_time\": \"1611476284\",\n            \"rest_clockIn_need_approval\": true,\n            \"clockIn_need_photo\": true,\n            \"member_status_change\": {\n                \"onboarding_on_no_need_punch\": false,\n                \"onboarding_off_no_need_punch\": false,\n                \"offboarding_on_no_need_punch\": false,\n                \"offboarding_off_no_need_punch\": false\n            },\n            \"leave_need_punch\": false,\n            \"leave_need_punch_cfg\": {\n                \"late_minutes_as_late\": 0,\n                \"late_minutes_as_lack\": 0,\n                \"early_minutes_as_early\": 0,\n                \"early_minutes_as_lack\": 0,\n                \"not_during_shift\": false\n            },\n            \"go_out_need_punch\": 0,\n            \"go_out_need_punch_cfg\": {\n                \"late_minutes_as_late\": 0,\n                \"late_minutes_as_lack\": 0,\n                \"early_minutes_as_early\": 0,\n                \"early_minutes_as_lack\": 0,\n                \"not_during_shift\": false\n            },\n            \"travel_need_punch\": 0,\n            \"travel_need_punch_cfg\": {\n                \"late_minutes_as_late\": 0,\n                \"late_minutes_as_lack\": 0,\n                \"early_minutes_as_early\": 0,\n                \"early_minutes_as_lack\": 0,\n                \"not_during_shift\": false\n            },\n            \"need_punch_members\": [\n                {\n                    \"rule_scope_type\": 0,\n                    \"scope_group_list\": {\n                        \"scope_value_type\": 1,\n                        \"operation_type\": 1,\n                        \"right\": [\n                            {\n                                \"key\": \"CH\",\n                                \"name\": \"中国大陆\"\n                            }\n                        ],\n                        \"member_ids\": [\n                            \"ec8ddg56\"\n                        ],\n                        \"custom_field_ID\": \"123213123\",\n                        \"custom_field_obj_type\": \"employment\"\n                    }\n                }\n            ],\n            \"no_need_punch_members\": [\n                {\n                    \"rule_scope_type\": 0,\n                    \"scope_group_list\": {\n                        \"scope_value_type\": 1,\n                        \"operation_type\": 1,\n                        \"right\": [\n                            {\n                                \"key\": \"CH\",\n                                \"name\": \"中国大陆\"\n                            }\n                        ],\n                        \"member_ids\": [\n                            \"ec8ddg56\"\n                        ],\n                        \"custom_field_ID\": \"123213123\",\n                        \"custom_field_obj_type\": \"employment\"\n                    }\n                }\n            ],\n            \"save_auto_changes\": false,\n            \"org_change_auto_adjust\": false,\n            \"bind_default_dept_ids\": [\n                \"od-fcb45c28a45311afd440b7869541fce8\"\n            ],\n            \"bind_default_user_ids\": [\n                \"dd31248a\"\n            ],\n            \"overtime_clock_cfg\": {\n                \"allow_punch_approval\": false,\n                \"need_clock_over_time_start_and_end\": false\n            },\n            \"new_calendar_id\": \"7302191700771358252\",\n            \"allow_apply_punch\": true,\n            \"clock_in_abnormal_settings\": {\n                \"ignore_until_latest_clockout\": false\n            }\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "group",
                "group.group_id",
                "group.group_name",
                "group.time_zone",
                "group.bind_dept_ids",
                "group.except_dept_ids",
                "group.bind_user_ids",
                "group.except_user_ids",
                "group.group_leader_ids",
                "group.sub_group_leader_ids",
                "group.allow_out_punch",
                "group.out_punch_need_approval",
                "group.out_punch_need_post_approval",
                "group.out_punch_need_remark",
                "group.out_punch_need_photo",
                "group.out_punch_allowed_hide_addr",
                "group.out_punch_allowed_adjust_addr",
                "group.adjust_range",
                "group.allow_pc_punch",
                "group.allow_remedy",
                "group.remedy_limit",
                "group.remedy_limit_count",
                "group.remedy_date_limit",
                "group.remedy_date_num",
                "group.allow_remedy_type_lack",
                "group.allow_remedy_type_late",
                "group.allow_remedy_type_early",
                "group.allow_remedy_type_normal",
                "group.show_cumulative_time",
                "group.show_over_time",
                "group.hide_staff_punch_time",
                "group.hide_clock_in_rule",
                "group.face_punch",
                "group.face_punch_cfg",
                "group.face_live_need_action",
                "group.face_downgrade",
                "group.replace_basic_pic",
                "group.anti_cheat_punch_config",
                "group.anti_cheat_punch_config.intercept_suspected_cheat_punch",
                "group.anti_cheat_punch_config.check_cheat_software_punch",
                "group.anti_cheat_punch_config.check_buddy_punch",
                "group.anti_cheat_punch_config.check_simulate_wifi_punch",
                "group.anti_cheat_punch_config.check_change_device_punch",
                "group.anti_cheat_punch_config.allow_change_device_num",
                "group.anti_cheat_punch_config.suspected_cheat_handle_method",
                "group.machines",
                "group.machines[].machine_sn",
                "group.machines[].machine_name",
                "group.gps_range",
                "group.locations",
                "group.locations[].location_id",
                "group.locations[].location_name",
                "group.locations[].location_type",
                "group.locations[].latitude",
                "group.locations[].longitude",
                "group.locations[].ssid",
                "group.locations[].bssid",
                "group.locations[].map_type",
                "group.locations[].address",
                "group.locations[].ip",
                "group.locations[].feature",
                "group.locations[].gps_range",
                "group.group_type",
                "group.punch_day_shift_ids",
                "group.free_punch_cfg",
                "group.free_punch_cfg.free_start_time",
                "group.free_punch_cfg.free_end_time",
                "group.free_punch_cfg.punch_day",
                "group.free_punch_cfg.work_day_no_punch_as_lack",
                "group.free_punch_cfg.work_hours_demand",
                "group.free_punch_cfg.work_hours",
                "group.free_punch_cfg.free_clock_setting",
                "group.free_punch_cfg.free_clock_setting.clock_mode",
                "group.free_punch_cfg.free_clock_setting.clock_internal_hhmm",
                "group.calendar_id",
                "group.need_punch_special_days",
                "group.need_punch_special_days[].punch_day",
                "group.need_punch_special_days[].shift_id",
                "group.no_need_punch_special_days",
                "group.no_need_punch_special_days[].punch_day",
                "group.no_need_punch_special_days[].shift_id",
                "group.work_day_no_punch_as_lack",
                "group.effect_now",
                "group.remedy_period_type",
                "group.remedy_period_custom_date",
                "group.punch_type",
                "group.effect_time",
                "group.fixshift_effect_time",
                "group.member_effect_time",
                "group.rest_clockIn_need_approval",
                "group.clockIn_need_photo",
                "group.member_status_change",
                "group.member_status_change.onboarding_on_no_need_punch",
                "group.member_status_change.onboarding_off_no_need_punch",
                "group.member_status_change.offboarding_on_no_need_punch",
                "group.member_status_change.offboarding_off_no_need_punch",
                "group.leave_need_punch",
                "group.leave_need_punch_cfg",
                "group.leave_need_punch_cfg.late_minutes_as_late",
                "group.leave_need_punch_cfg.late_minutes_as_lack",
                "group.leave_need_punch_cfg.early_minutes_as_early",
                "group.leave_need_punch_cfg.early_minutes_as_lack",
                "group.leave_need_punch_cfg.not_during_shift",
                "group.go_out_need_punch",
                "group.go_out_need_punch_cfg",
                "group.go_out_need_punch_cfg.late_minutes_as_late",
                "group.go_out_need_punch_cfg.late_minutes_as_lack",
                "group.go_out_need_punch_cfg.early_minutes_as_early",
                "group.go_out_need_punch_cfg.early_minutes_as_lack",
                "group.go_out_need_punch_cfg.not_during_shift",
                "group.travel_need_punch",
                "group.travel_need_punch_cfg",
                "group.travel_need_punch_cfg.late_minutes_as_late",
                "group.travel_need_punch_cfg.late_minutes_as_lack",
                "group.travel_need_punch_cfg.early_minutes_as_early",
                "group.travel_need_punch_cfg.early_minutes_as_lack",
                "group.travel_need_punch_cfg.not_during_shift",
                "group.need_punch_members",
                "group.need_punch_members[].rule_scope_type",
                "group.need_punch_members[].scope_group_list",
                "group.need_punch_members[].scope_group_list.scope_value_type",
                "group.need_punch_members[].scope_group_list.operation_type",
                "group.need_punch_members[].scope_group_list.right",
                "group.need_punch_members[].scope_group_list.right[].key",
                "group.need_punch_members[].scope_group_list.right[].name",
                "group.need_punch_members[].scope_group_list.member_ids",
                "group.need_punch_members[].scope_group_list.custom_field_ID",
                "group.need_punch_members[].scope_group_list.custom_field_obj_type",
                "group.no_need_punch_members",
                "group.no_need_punch_members[].rule_scope_type",
                "group.no_need_punch_members[].scope_group_list",
                "group.no_need_punch_members[].scope_group_list.scope_value_type",
                "group.no_need_punch_members[].scope_group_list.operation_type",
                "group.no_need_punch_members[].scope_group_list.right",
                "group.no_need_punch_members[].scope_group_list.right[].key",
                "group.no_need_punch_members[].scope_group_list.right[].name",
                "group.no_need_punch_members[].scope_group_list.member_ids",
                "group.no_need_punch_members[].scope_group_list.custom_field_ID",
                "group.no_need_punch_members[].scope_group_list.custom_field_obj_type",
                "group.save_auto_changes",
                "group.org_change_auto_adjust",
                "group.bind_default_dept_ids",
                "group.bind_default_user_ids",
                "group.overtime_clock_cfg",
                "group.overtime_clock_cfg.allow_punch_approval",
                "group.overtime_clock_cfg.need_clock_over_time_start_and_end",
                "group.new_calendar_id",
                "group.allow_apply_punch",
                "group.clock_in_abnormal_settings",
                "group.clock_in_abnormal_settings.ignore_until_latest_clockout",
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
    /**Create an attendance group, or overwrite one when `group_id` is given (创建或修改考勤组).

An attendance group (考勤组) sets, for departments and people, how, when and where they punch in
and out: the shifts, the punch locations and methods, and the remedy, face-recognition and
overtime rules. Without `group.group_id` a new group is created; with it the existing group is
updated, and an update overwrites the whole group, so send every setting, not just the changed
ones. When an operator is given, only groups that operator may manage can be changed. This is
the 新建 (create) action of the admin console's group list (假勤设置 > 考勤组).

考勤组是对部门或者员工在某个特定场所及特定时间段内的出勤情况的一种规则设定。注意：此接口在修改时为数据覆盖，
需要传入全部的考勤组信息。

- **HTTP:** `POST /open-apis/attendance/v1/groups`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/group/create>

# Errors

Besides transport and validation errors, the documented codes ([`create::CreateErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220003 | `EmployeeTypeInvalid` | `employee_type` only accepts `employee_id` or `employee_no`. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 400 | 1227500 | `ShiftServiceError` | An error of the shift service; check the message returned, e.g. "[BatchGetLarkIDByOpenID] not find user larkID" means no Lark user was found for an id sent. |
| 400 | 1227000 | `ManagementServiceError` | Check the message returned; contact support if it persists. |
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
