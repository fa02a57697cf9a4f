///Types of `attendance.v1.shift.create`: Create an attendance shift, or edit one when `id` is given (创建班次).
pub mod create {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/shift/create.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        EmployeeType, FlexibleRule, LateOffBaseOnTimeType, LateOffLateOnRule,
        LateOffLateOnSetting, LateOnBaseOnTimeType, OvertimeRule, PunchTimeRule,
        RestRule, RestTimeFlexibleConfig, Shift, ShiftAttendanceTimeConfig, ShiftDayType,
        ShiftMiddleTimeRule, ShiftMiddleTimeType,
    };
    /**The request of [`create`](super::ShiftResource::create): Create an attendance shift, or edit one when `id` is given (创建班次).

Build it with [`CreateRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateRequest {
        /**The kind of employee id used by `sub_shift_leader_ids`, in the request and in the response.
Without it, user-related fields are ignored (不提供则用户相关字段无效).

Wire name `employee_type`.*/
        pub employee_type: ::core::option::Option<EmployeeType>,
        /**The shift's name (班次名称); must not repeat an existing shift's name.

Wire name `shift_name`.*/
        pub shift_name: ::std::string::String,
        /**Number of punches a day (打卡次数). A legacy field the server no longer uses: `punch_time_rule` decides.

Wire name `punch_times`.*/
        pub punch_times: i64,
        /**The shift's owners (班次负责人), as ids of the kind named by the `employee_type` query parameter.

Wire name `sub_shift_leader_ids`.*/
        pub sub_shift_leader_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Whether flexible punching is on (是否弹性打卡). Off unless set.

Wire name `is_flexible`; the server assumes `false` when absent.*/
        pub is_flexible: ::core::option::Option<bool>,
        /**Flexible punching window in minutes (弹性打卡时间): how late one may arrive and how early one may
leave (上班最多可晚到 / 下班最多可早走). Only takes effect when `flexible_rule` is not set.

Wire name `flexible_minutes`.*/
        pub flexible_minutes: ::core::option::Option<i64>,
        /**Finer flexible punching settings (弹性打卡时间设置); when set, `flexible_minutes` is ignored.

Wire name `flexible_rule`.*/
        pub flexible_rule: ::core::option::Option<::std::vec::Vec<FlexibleRule>>,
        /**`true`: no off-duty punch is needed (不需要打下班卡). Off-duty punches are needed unless set.

Wire name `no_need_off`; the server assumes `false` when absent.*/
        pub no_need_off: ::core::option::Option<bool>,
        /**The punch rules (打卡规则), one per on/off-duty pair of the day.

Wire name `punch_time_rule`.*/
        pub punch_time_rule: ::std::vec::Vec<PunchTimeRule>,
        /**Leave-late, arrive-late rules (晚走晚到规则): leaving late allows arriving late the next day. Only
available with the Feishu People enterprise edition (仅飞书人事企业版可用).

Wire name `late_off_late_on_rule`.*/
        pub late_off_late_on_rule: ::core::option::Option<
            ::std::vec::Vec<LateOffLateOnRule>,
        >,
        /**Rest periods within the working hours (休息规则).

Wire name `rest_time_rule`.*/
        pub rest_time_rule: ::core::option::Option<::std::vec::Vec<RestRule>>,
        /**Overtime periods (加班时段). Only available with the Feishu People enterprise edition (仅飞书人事企业版可用).

Wire name `overtime_rule`.*/
        pub overtime_rule: ::core::option::Option<::std::vec::Vec<OvertimeRule>>,
        /**Whether the shift is for a workday or a rest day (日期类型); cannot be a rest day when `is_flexible` is true.

Wire name `day_type`; the server assumes `1` ([`ShiftDayType::Workday`]) when absent.*/
        pub day_type: ::core::option::Option<ShiftDayType>,
        /**Rest periods outside the working hours (班外休息规则).

Wire name `overtime_rest_time_rule`.*/
        pub overtime_rest_time_rule: ::core::option::Option<::std::vec::Vec<RestRule>>,
        /**Minutes late that count as seriously late (晚到多久记为严重迟到); takes precedence over
`punch_time_rule[].late_minutes_as_serious_late`.

Wire name `late_minutes_as_serious_late`.*/
        pub late_minutes_as_serious_late: ::core::option::Option<i64>,
        /**How the day is split into halves (半天分割规则). Only available with the Feishu People enterprise edition.

Wire name `shift_middle_time_rule`.*/
        pub shift_middle_time_rule: ::core::option::Option<ShiftMiddleTimeRule>,
        /**Expected attendance settings (应出勤配置). In gradual rollout, not open yet (灰度中，暂未开放).

Wire name `shift_attendance_time_config`.*/
        pub shift_attendance_time_config: ::core::option::Option<
            ShiftAttendanceTimeConfig,
        >,
        /**How the leave-late and next-day arrive-late times are computed (晚走次日晚到配置规则).

Wire name `late_off_late_on_setting`.*/
        pub late_off_late_on_setting: ::core::option::Option<LateOffLateOnSetting>,
        /**The ID of an existing shift, to edit that shift instead of creating one (班次 id，更新班次时需要传递).
Shift IDs come from 按名称查询班次 (query) or 创建班次 (create).

Wire name `id`.*/
        pub id: ::core::option::Option<::std::string::String>,
        /**Flexible rest settings (休息弹性设置).

Wire name `rest_time_flexible_configs`.*/
        pub rest_time_flexible_configs: ::core::option::Option<
            ::std::vec::Vec<RestTimeFlexibleConfig>,
        >,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `shift_name` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct shift_name;
        ///Marks the required field `punch_times` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct punch_times;
        ///Marks the required field `punch_time_rule` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct punch_time_rule;
    }
    ///Builder for [`CreateRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct CreateRequestBuilder<
        __ShiftName = ::feishu_api::builder::Unset,
        __PunchTimes = ::feishu_api::builder::Unset,
        __PunchTimeRule = ::feishu_api::builder::Unset,
    > {
        employee_type: ::core::option::Option<EmployeeType>,
        shift_name: __ShiftName,
        punch_times: __PunchTimes,
        sub_shift_leader_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        is_flexible: ::core::option::Option<bool>,
        flexible_minutes: ::core::option::Option<i64>,
        flexible_rule: ::core::option::Option<::std::vec::Vec<FlexibleRule>>,
        no_need_off: ::core::option::Option<bool>,
        punch_time_rule: __PunchTimeRule,
        late_off_late_on_rule: ::core::option::Option<
            ::std::vec::Vec<LateOffLateOnRule>,
        >,
        rest_time_rule: ::core::option::Option<::std::vec::Vec<RestRule>>,
        overtime_rule: ::core::option::Option<::std::vec::Vec<OvertimeRule>>,
        day_type: ::core::option::Option<ShiftDayType>,
        overtime_rest_time_rule: ::core::option::Option<::std::vec::Vec<RestRule>>,
        late_minutes_as_serious_late: ::core::option::Option<i64>,
        shift_middle_time_rule: ::core::option::Option<ShiftMiddleTimeRule>,
        shift_attendance_time_config: ::core::option::Option<ShiftAttendanceTimeConfig>,
        late_off_late_on_setting: ::core::option::Option<LateOffLateOnSetting>,
        id: ::core::option::Option<::std::string::String>,
        rest_time_flexible_configs: ::core::option::Option<
            ::std::vec::Vec<RestTimeFlexibleConfig>,
        >,
    }
    impl CreateRequest {
        /// Starts building a request.
        pub fn builder() -> CreateRequestBuilder {
            CreateRequestBuilder {
                employee_type: ::core::option::Option::None,
                shift_name: ::feishu_api::builder::Unset,
                punch_times: ::feishu_api::builder::Unset,
                sub_shift_leader_ids: ::core::option::Option::None,
                is_flexible: ::core::option::Option::None,
                flexible_minutes: ::core::option::Option::None,
                flexible_rule: ::core::option::Option::None,
                no_need_off: ::core::option::Option::None,
                punch_time_rule: ::feishu_api::builder::Unset,
                late_off_late_on_rule: ::core::option::Option::None,
                rest_time_rule: ::core::option::Option::None,
                overtime_rule: ::core::option::Option::None,
                day_type: ::core::option::Option::None,
                overtime_rest_time_rule: ::core::option::Option::None,
                late_minutes_as_serious_late: ::core::option::Option::None,
                shift_middle_time_rule: ::core::option::Option::None,
                shift_attendance_time_config: ::core::option::Option::None,
                late_off_late_on_setting: ::core::option::Option::None,
                id: ::core::option::Option::None,
                rest_time_flexible_configs: ::core::option::Option::None,
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
                if let ::core::option::Option::Some(value) = self.flexible_rule.as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "flexible_rule",
                    );
                    for (index, item) in value.iter().enumerate() {
                        item.__validate(&::std::format!("{path}[{index}]"), violations);
                    }
                }
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.punch_time_rule,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "punch_time_rule",
                    );
                    for (index, item) in value.iter().enumerate() {
                        item.__validate(&::std::format!("{path}[{index}]"), violations);
                    }
                }
                if let ::core::option::Option::Some(value) = self
                    .late_off_late_on_rule
                    .as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "late_off_late_on_rule",
                    );
                    for (index, item) in value.iter().enumerate() {
                        item.__validate(&::std::format!("{path}[{index}]"), violations);
                    }
                }
                if let ::core::option::Option::Some(value) = self.rest_time_rule.as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "rest_time_rule",
                    );
                    for (index, item) in value.iter().enumerate() {
                        item.__validate(&::std::format!("{path}[{index}]"), violations);
                    }
                }
                if let ::core::option::Option::Some(value) = self.overtime_rule.as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "overtime_rule",
                    );
                    for (index, item) in value.iter().enumerate() {
                        item.__validate(&::std::format!("{path}[{index}]"), violations);
                    }
                }
                if let ::core::option::Option::Some(value) = self
                    .overtime_rest_time_rule
                    .as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "overtime_rest_time_rule",
                    );
                    for (index, item) in value.iter().enumerate() {
                        item.__validate(&::std::format!("{path}[{index}]"), violations);
                    }
                }
                if let ::core::option::Option::Some(value) = self
                    .shift_middle_time_rule
                    .as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "shift_middle_time_rule",
                    );
                    value.__validate(&path.to_string(), violations);
                }
                if let ::core::option::Option::Some(value) = self
                    .shift_attendance_time_config
                    .as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "shift_attendance_time_config",
                    );
                    value.__validate(&path.to_string(), violations);
                }
                if let ::core::option::Option::Some(value) = self
                    .late_off_late_on_setting
                    .as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "late_off_late_on_setting",
                    );
                    value.__validate(&path.to_string(), violations);
                }
                if let ::core::option::Option::Some(value) = self
                    .rest_time_flexible_configs
                    .as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "rest_time_flexible_configs",
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
        __ShiftName,
        __PunchTimes,
        __PunchTimeRule,
    > CreateRequestBuilder<__ShiftName, __PunchTimes, __PunchTimeRule> {
        /**The kind of employee id used by `sub_shift_leader_ids`, in the request and in the response.
Without it, user-related fields are ignored (不提供则用户相关字段无效).

Wire name `employee_type`.*/
        pub fn employee_type(mut self, value: EmployeeType) -> Self {
            self.employee_type = ::core::option::Option::Some(value);
            self
        }
        /**The shift's name (班次名称); must not repeat an existing shift's name.

Wire name `shift_name`.*/
        pub fn shift_name(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> CreateRequestBuilder<
            ::feishu_api::builder::Set<::std::string::String>,
            __PunchTimes,
            __PunchTimeRule,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                shift_name: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                punch_times: self.punch_times,
                sub_shift_leader_ids: self.sub_shift_leader_ids,
                is_flexible: self.is_flexible,
                flexible_minutes: self.flexible_minutes,
                flexible_rule: self.flexible_rule,
                no_need_off: self.no_need_off,
                punch_time_rule: self.punch_time_rule,
                late_off_late_on_rule: self.late_off_late_on_rule,
                rest_time_rule: self.rest_time_rule,
                overtime_rule: self.overtime_rule,
                day_type: self.day_type,
                overtime_rest_time_rule: self.overtime_rest_time_rule,
                late_minutes_as_serious_late: self.late_minutes_as_serious_late,
                shift_middle_time_rule: self.shift_middle_time_rule,
                shift_attendance_time_config: self.shift_attendance_time_config,
                late_off_late_on_setting: self.late_off_late_on_setting,
                id: self.id,
                rest_time_flexible_configs: self.rest_time_flexible_configs,
            }
        }
        /**Number of punches a day (打卡次数). A legacy field the server no longer uses: `punch_time_rule` decides.

Wire name `punch_times`.*/
        pub fn punch_times(
            self,
            value: i64,
        ) -> CreateRequestBuilder<
            __ShiftName,
            ::feishu_api::builder::Set<i64>,
            __PunchTimeRule,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                shift_name: self.shift_name,
                punch_times: ::feishu_api::builder::Set::new(value),
                sub_shift_leader_ids: self.sub_shift_leader_ids,
                is_flexible: self.is_flexible,
                flexible_minutes: self.flexible_minutes,
                flexible_rule: self.flexible_rule,
                no_need_off: self.no_need_off,
                punch_time_rule: self.punch_time_rule,
                late_off_late_on_rule: self.late_off_late_on_rule,
                rest_time_rule: self.rest_time_rule,
                overtime_rule: self.overtime_rule,
                day_type: self.day_type,
                overtime_rest_time_rule: self.overtime_rest_time_rule,
                late_minutes_as_serious_late: self.late_minutes_as_serious_late,
                shift_middle_time_rule: self.shift_middle_time_rule,
                shift_attendance_time_config: self.shift_attendance_time_config,
                late_off_late_on_setting: self.late_off_late_on_setting,
                id: self.id,
                rest_time_flexible_configs: self.rest_time_flexible_configs,
            }
        }
        /**The shift's owners (班次负责人), as ids of the kind named by the `employee_type` query parameter.

Wire name `sub_shift_leader_ids`.*/
        pub fn sub_shift_leader_ids(
            mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.sub_shift_leader_ids = ::core::option::Option::Some(
                value.into_iter().map(::core::convert::Into::into).collect(),
            );
            self
        }
        /**Whether flexible punching is on (是否弹性打卡). Off unless set.

Wire name `is_flexible`; the server assumes `false` when absent.*/
        pub fn is_flexible(mut self, value: bool) -> Self {
            self.is_flexible = ::core::option::Option::Some(value);
            self
        }
        /**Flexible punching window in minutes (弹性打卡时间): how late one may arrive and how early one may
leave (上班最多可晚到 / 下班最多可早走). Only takes effect when `flexible_rule` is not set.

Wire name `flexible_minutes`.*/
        pub fn flexible_minutes(mut self, value: i64) -> Self {
            self.flexible_minutes = ::core::option::Option::Some(value);
            self
        }
        /**Finer flexible punching settings (弹性打卡时间设置); when set, `flexible_minutes` is ignored.

Wire name `flexible_rule`.*/
        pub fn flexible_rule(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = FlexibleRule>,
        ) -> Self {
            self.flexible_rule = ::core::option::Option::Some(
                value.into_iter().collect(),
            );
            self
        }
        /**`true`: no off-duty punch is needed (不需要打下班卡). Off-duty punches are needed unless set.

Wire name `no_need_off`; the server assumes `false` when absent.*/
        pub fn no_need_off(mut self, value: bool) -> Self {
            self.no_need_off = ::core::option::Option::Some(value);
            self
        }
        /**The punch rules (打卡规则), one per on/off-duty pair of the day.

Wire name `punch_time_rule`.*/
        pub fn punch_time_rule(
            self,
            value: impl ::core::iter::IntoIterator<Item = PunchTimeRule>,
        ) -> CreateRequestBuilder<
            __ShiftName,
            __PunchTimes,
            ::feishu_api::builder::Set<::std::vec::Vec<PunchTimeRule>>,
        > {
            CreateRequestBuilder {
                employee_type: self.employee_type,
                shift_name: self.shift_name,
                punch_times: self.punch_times,
                sub_shift_leader_ids: self.sub_shift_leader_ids,
                is_flexible: self.is_flexible,
                flexible_minutes: self.flexible_minutes,
                flexible_rule: self.flexible_rule,
                no_need_off: self.no_need_off,
                punch_time_rule: ::feishu_api::builder::Set::new(
                    value.into_iter().collect(),
                ),
                late_off_late_on_rule: self.late_off_late_on_rule,
                rest_time_rule: self.rest_time_rule,
                overtime_rule: self.overtime_rule,
                day_type: self.day_type,
                overtime_rest_time_rule: self.overtime_rest_time_rule,
                late_minutes_as_serious_late: self.late_minutes_as_serious_late,
                shift_middle_time_rule: self.shift_middle_time_rule,
                shift_attendance_time_config: self.shift_attendance_time_config,
                late_off_late_on_setting: self.late_off_late_on_setting,
                id: self.id,
                rest_time_flexible_configs: self.rest_time_flexible_configs,
            }
        }
        /**Leave-late, arrive-late rules (晚走晚到规则): leaving late allows arriving late the next day. Only
available with the Feishu People enterprise edition (仅飞书人事企业版可用).

Wire name `late_off_late_on_rule`.*/
        pub fn late_off_late_on_rule(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = LateOffLateOnRule>,
        ) -> Self {
            self.late_off_late_on_rule = ::core::option::Option::Some(
                value.into_iter().collect(),
            );
            self
        }
        /**Rest periods within the working hours (休息规则).

Wire name `rest_time_rule`.*/
        pub fn rest_time_rule(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = RestRule>,
        ) -> Self {
            self.rest_time_rule = ::core::option::Option::Some(
                value.into_iter().collect(),
            );
            self
        }
        /**Overtime periods (加班时段). Only available with the Feishu People enterprise edition (仅飞书人事企业版可用).

Wire name `overtime_rule`.*/
        pub fn overtime_rule(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = OvertimeRule>,
        ) -> Self {
            self.overtime_rule = ::core::option::Option::Some(
                value.into_iter().collect(),
            );
            self
        }
        /**Whether the shift is for a workday or a rest day (日期类型); cannot be a rest day when `is_flexible` is true.

Wire name `day_type`; the server assumes `1` ([`ShiftDayType::Workday`]) when absent.*/
        pub fn day_type(mut self, value: ShiftDayType) -> Self {
            self.day_type = ::core::option::Option::Some(value);
            self
        }
        /**Rest periods outside the working hours (班外休息规则).

Wire name `overtime_rest_time_rule`.*/
        pub fn overtime_rest_time_rule(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = RestRule>,
        ) -> Self {
            self.overtime_rest_time_rule = ::core::option::Option::Some(
                value.into_iter().collect(),
            );
            self
        }
        /**Minutes late that count as seriously late (晚到多久记为严重迟到); takes precedence over
`punch_time_rule[].late_minutes_as_serious_late`.

Wire name `late_minutes_as_serious_late`.*/
        pub fn late_minutes_as_serious_late(mut self, value: i64) -> Self {
            self.late_minutes_as_serious_late = ::core::option::Option::Some(value);
            self
        }
        /**How the day is split into halves (半天分割规则). Only available with the Feishu People enterprise edition.

Wire name `shift_middle_time_rule`.*/
        pub fn shift_middle_time_rule(mut self, value: ShiftMiddleTimeRule) -> Self {
            self.shift_middle_time_rule = ::core::option::Option::Some(value);
            self
        }
        /**Expected attendance settings (应出勤配置). In gradual rollout, not open yet (灰度中，暂未开放).

Wire name `shift_attendance_time_config`.*/
        pub fn shift_attendance_time_config(
            mut self,
            value: ShiftAttendanceTimeConfig,
        ) -> Self {
            self.shift_attendance_time_config = ::core::option::Option::Some(value);
            self
        }
        /**How the leave-late and next-day arrive-late times are computed (晚走次日晚到配置规则).

Wire name `late_off_late_on_setting`.*/
        pub fn late_off_late_on_setting(mut self, value: LateOffLateOnSetting) -> Self {
            self.late_off_late_on_setting = ::core::option::Option::Some(value);
            self
        }
        /**The ID of an existing shift, to edit that shift instead of creating one (班次 id，更新班次时需要传递).
Shift IDs come from 按名称查询班次 (query) or 创建班次 (create).

Wire name `id`.*/
        pub fn id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.id = ::core::option::Option::Some(::core::convert::Into::into(value));
            self
        }
        /**Flexible rest settings (休息弹性设置).

Wire name `rest_time_flexible_configs`.*/
        pub fn rest_time_flexible_configs(
            mut self,
            value: impl ::core::iter::IntoIterator<Item = RestTimeFlexibleConfig>,
        ) -> Self {
            self.rest_time_flexible_configs = ::core::option::Option::Some(
                value.into_iter().collect(),
            );
            self
        }
    }
    impl<
        __ShiftName,
        __PunchTimes,
        __PunchTimeRule,
    > CreateRequestBuilder<__ShiftName, __PunchTimes, __PunchTimeRule>
    where
        __ShiftName: ::feishu_api::builder::IsSet<
            __field::shift_name,
            Value = ::std::string::String,
        >,
        __PunchTimes: ::feishu_api::builder::IsSet<__field::punch_times, Value = i64>,
        __PunchTimeRule: ::feishu_api::builder::IsSet<
            __field::punch_time_rule,
            Value = ::std::vec::Vec<PunchTimeRule>,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> CreateRequest {
            CreateRequest {
                employee_type: self.employee_type,
                shift_name: ::feishu_api::builder::IsSet::into_value(self.shift_name),
                punch_times: ::feishu_api::builder::IsSet::into_value(self.punch_times),
                sub_shift_leader_ids: self.sub_shift_leader_ids,
                is_flexible: self.is_flexible,
                flexible_minutes: self.flexible_minutes,
                flexible_rule: self.flexible_rule,
                no_need_off: self.no_need_off,
                punch_time_rule: ::feishu_api::builder::IsSet::into_value(
                    self.punch_time_rule,
                ),
                late_off_late_on_rule: self.late_off_late_on_rule,
                rest_time_rule: self.rest_time_rule,
                overtime_rule: self.overtime_rule,
                day_type: self.day_type,
                overtime_rest_time_rule: self.overtime_rest_time_rule,
                late_minutes_as_serious_late: self.late_minutes_as_serious_late,
                shift_middle_time_rule: self.shift_middle_time_rule,
                shift_attendance_time_config: self.shift_attendance_time_config,
                late_off_late_on_setting: self.late_off_late_on_setting,
                id: self.id,
                rest_time_flexible_configs: self.rest_time_flexible_configs,
            }
        }
    }
    /**The shift as created (or edited).

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
        /**The shift (班次); `shift_id` is the ID the server assigned.

Wire name `shift`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub shift: ::core::option::Option<Shift>,
    }
    impl ::feishu_api::wire::DecodeObject for CreateResponse {
        const FIELDS: &'static [&'static str] = &["shift"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.shift = map.next_value()?,
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
        /**`1220001` (HTTP 400): Invalid parameter

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): Tenant does not exist

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220005` (HTTP 400): No permission

No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).*/
        NoPermission,
        /**`1225000` (HTTP 500): System error

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226000` (HTTP 500): Shift service system error

An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        ShiftServiceError,
        /**`1226001` (HTTP 400): Shift has been used

The shift is in use. Older versions of the page list this code as historical, no longer used (历史错误码，不再使用).*/
        ShiftInUse,
        /**`1226002` (HTTP 400): Shift name has been used

Another shift already has this name: choose a different `shift_name`. Older versions of the page list this code as historical, no longer used.*/
        ShiftNameInUse,
        /**`1220600` (HTTP 400): General error message

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 8usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "Invalid parameter",
            hint: "The parameters failed validation: check them against the message returned, e.g. \"employee_type invalid\" means the employee type is wrong.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220002i64,
            name: "TenantIdEmpty",
            message: "Tenant does not exist",
            hint: "Check that the tenant_access_token sent is correct.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220005i64,
            name: "NoPermission",
            message: "No permission",
            hint: "No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1225000i64,
            name: "Internal",
            message: "System error",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1226000i64,
            name: "ShiftServiceError",
            message: "Shift service system error",
            hint: "An error of the shift service; check the message returned, e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226001i64,
            name: "ShiftInUse",
            message: "Shift has been used",
            hint: "The shift is in use. Older versions of the page list this code as historical, no longer used (历史错误码，不再使用).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226002i64,
            name: "ShiftNameInUse",
            message: "Shift name has been used",
            hint: "Another shift already has this name: choose a different `shift_name`. Older versions of the page list this code as historical, no longer used.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "General error message",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl CreateErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::NoPermission,
            Self::Internal,
            Self::ShiftServiceError,
            Self::ShiftInUse,
            Self::ShiftNameInUse,
            Self::General,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220005i64 => ::core::option::Option::Some(Self::NoPermission),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1226000i64 => ::core::option::Option::Some(Self::ShiftServiceError),
                1226001i64 => ::core::option::Option::Some(Self::ShiftInUse),
                1226002i64 => ::core::option::Option::Some(Self::ShiftNameInUse),
                1220600i64 => ::core::option::Option::Some(Self::General),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::NoPermission => &ERRORS[2usize],
                Self::Internal => &ERRORS[3usize],
                Self::ShiftServiceError => &ERRORS[4usize],
                Self::ShiftInUse => &ERRORS[5usize],
                Self::ShiftNameInUse => &ERRORS[6usize],
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
    impl ::feishu_api::Endpoint for CreateRequest {
        type Response = CreateResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "shift",
            method: "create",
            summary: "Create an attendance shift, or edit one when `id` is given (创建班次).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/shifts",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/shift/create",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"shift\": {\n            \"shift_id\": \"6919358778597097404\",\n            \"shift_name\": \"早班\",\n            \"punch_times\": 1,\n            \"sub_shift_leader_ids\": [\n                \"456123\"\n            ],\n            \"is_flexible\": false,\n            \"flexible_minutes\": 60,\n            \"flexible_rule\": [\n                {\n                    \"flexible_early_minutes\": 60,\n                    \"flexible_late_minutes\": 60\n                }\n            ],\n            \"no_need_off\": true,\n            \"punch_time_rule\": [\n                {\n                    \"on_time\": \"9:00\",\n                    \"off_time\": \"18:00\",\n                    \"late_minutes_as_late\": 30,\n                    \"late_minutes_as_lack\": 60,\n                    \"on_advance_minutes\": 60,\n                    \"early_minutes_as_early\": 30,\n                    \"early_minutes_as_lack\": 60,\n                    \"off_delay_minutes\": 60,\n                    \"late_minutes_as_serious_late\": 40,\n                    \"no_need_on\": true,\n                    \"no_need_off\": true\n                }\n            ],\n            \"late_off_late_on_rule\": [\n                {\n                    \"late_off_minutes\": 60,\n                    \"late_on_minutes\": 30\n                }\n            ],\n            \"rest_time_rule\": [\n                {\n                    \"rest_begin_time\": \"13:00\",\n                    \"rest_end_time\": \"14:00\"\n                }\n            ],\n            \"overtime_rule\": [\n                {\n                    \"on_overtime\": \"9:00\",\n                    \"off_overtime\": \"18:00\"\n                }\n            ],\n            \"day_type\": 1,\n            \"overtime_rest_time_rule\": [\n                {\n                    \"rest_begin_time\": \"13:00\",\n                    \"rest_end_time\": \"14:00\"\n                }\n            ],\n            \"late_minutes_as_serious_late\": 40,\n            \"shift_middle_time_rule\": {\n                \"middle_time_type\": 0,\n                \"fixed_middle_time\": \"12:00\"\n            },\n            \"shift_attendance_time_config\": {\n                \"attendance_time\": 1.0,\n                \"on_attendance_time\": 1.0,\n                \"off_attendance_time\": 1.0\n            },\n            \"late_off_late_on_setting\": {\n                \"late_off_base_on_time_type\": 0,\n                \"late_on_base_on_time_type\": 0\n            },\n            \"id\": \"6919358778597097404\",\n            \"rest_time_flexible_configs\": [\n                {\n                    \"need_flexible\": false,\n                    \"late_mins\": 0\n                }\n            ]\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            CreateRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/shifts")
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            #[allow(unused_mut)]
            let mut query = ::std::vec::Vec::new();
            if let ::core::option::Option::Some(values) = &self.employee_type {
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
                #[serde(rename = "shift_name")]
                shift_name: &'a ::std::string::String,
                #[serde(rename = "punch_times")]
                punch_times: &'a i64,
                #[serde(
                    rename = "sub_shift_leader_ids",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                sub_shift_leader_ids: ::core::option::Option<
                    &'a ::std::vec::Vec<::std::string::String>,
                >,
                #[serde(
                    rename = "is_flexible",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                is_flexible: ::core::option::Option<&'a bool>,
                #[serde(
                    rename = "flexible_minutes",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                flexible_minutes: ::core::option::Option<&'a i64>,
                #[serde(
                    rename = "flexible_rule",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                flexible_rule: ::core::option::Option<&'a ::std::vec::Vec<FlexibleRule>>,
                #[serde(
                    rename = "no_need_off",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                no_need_off: ::core::option::Option<&'a bool>,
                #[serde(rename = "punch_time_rule")]
                punch_time_rule: &'a ::std::vec::Vec<PunchTimeRule>,
                #[serde(
                    rename = "late_off_late_on_rule",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                late_off_late_on_rule: ::core::option::Option<
                    &'a ::std::vec::Vec<LateOffLateOnRule>,
                >,
                #[serde(
                    rename = "rest_time_rule",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                rest_time_rule: ::core::option::Option<&'a ::std::vec::Vec<RestRule>>,
                #[serde(
                    rename = "overtime_rule",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                overtime_rule: ::core::option::Option<&'a ::std::vec::Vec<OvertimeRule>>,
                #[serde(
                    rename = "day_type",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                day_type: ::core::option::Option<&'a ShiftDayType>,
                #[serde(
                    rename = "overtime_rest_time_rule",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                overtime_rest_time_rule: ::core::option::Option<
                    &'a ::std::vec::Vec<RestRule>,
                >,
                #[serde(
                    rename = "late_minutes_as_serious_late",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                late_minutes_as_serious_late: ::core::option::Option<&'a i64>,
                #[serde(
                    rename = "shift_middle_time_rule",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                shift_middle_time_rule: ::core::option::Option<&'a ShiftMiddleTimeRule>,
                #[serde(
                    rename = "shift_attendance_time_config",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                shift_attendance_time_config: ::core::option::Option<
                    &'a ShiftAttendanceTimeConfig,
                >,
                #[serde(
                    rename = "late_off_late_on_setting",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                late_off_late_on_setting: ::core::option::Option<
                    &'a LateOffLateOnSetting,
                >,
                #[serde(
                    rename = "id",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                id: ::core::option::Option<&'a ::std::string::String>,
                #[serde(
                    rename = "rest_time_flexible_configs",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                rest_time_flexible_configs: ::core::option::Option<
                    &'a ::std::vec::Vec<RestTimeFlexibleConfig>,
                >,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                shift_name: &self.shift_name,
                punch_times: &self.punch_times,
                sub_shift_leader_ids: self.sub_shift_leader_ids.as_ref(),
                is_flexible: self.is_flexible.as_ref(),
                flexible_minutes: self.flexible_minutes.as_ref(),
                flexible_rule: self.flexible_rule.as_ref(),
                no_need_off: self.no_need_off.as_ref(),
                punch_time_rule: &self.punch_time_rule,
                late_off_late_on_rule: self.late_off_late_on_rule.as_ref(),
                rest_time_rule: self.rest_time_rule.as_ref(),
                overtime_rule: self.overtime_rule.as_ref(),
                day_type: self.day_type.as_ref(),
                overtime_rest_time_rule: self.overtime_rest_time_rule.as_ref(),
                late_minutes_as_serious_late: self.late_minutes_as_serious_late.as_ref(),
                shift_middle_time_rule: self.shift_middle_time_rule.as_ref(),
                shift_attendance_time_config: self.shift_attendance_time_config.as_ref(),
                late_off_late_on_setting: self.late_off_late_on_setting.as_ref(),
                id: self.id.as_ref(),
                rest_time_flexible_configs: self.rest_time_flexible_configs.as_ref(),
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
            let __shift_name: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "shift_name", &mut violations);
            let __shift_name = ::feishu_api::wire::require(
                __shift_name,
                "shift_name",
                &mut violations,
            );
            let __punch_times: ::core::option::Option<i64> = ::feishu_api::wire::take_body::<
                i64,
            >(&mut body, "punch_times", &mut violations);
            let __punch_times = ::feishu_api::wire::require(
                __punch_times,
                "punch_times",
                &mut violations,
            );
            let __sub_shift_leader_ids: ::core::option::Option<
                ::std::vec::Vec<::std::string::String>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<::std::string::String>,
            >(&mut body, "sub_shift_leader_ids", &mut violations);
            let __is_flexible: ::core::option::Option<bool> = ::feishu_api::wire::take_body::<
                bool,
            >(&mut body, "is_flexible", &mut violations);
            let __flexible_minutes: ::core::option::Option<i64> = ::feishu_api::wire::take_body::<
                i64,
            >(&mut body, "flexible_minutes", &mut violations);
            let __flexible_rule: ::core::option::Option<::std::vec::Vec<FlexibleRule>> = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<FlexibleRule>,
            >(&mut body, "flexible_rule", &mut violations);
            let __no_need_off: ::core::option::Option<bool> = ::feishu_api::wire::take_body::<
                bool,
            >(&mut body, "no_need_off", &mut violations);
            let __punch_time_rule: ::core::option::Option<
                ::std::vec::Vec<PunchTimeRule>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<PunchTimeRule>,
            >(&mut body, "punch_time_rule", &mut violations);
            let __punch_time_rule = ::feishu_api::wire::require(
                __punch_time_rule,
                "punch_time_rule",
                &mut violations,
            );
            let __late_off_late_on_rule: ::core::option::Option<
                ::std::vec::Vec<LateOffLateOnRule>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<LateOffLateOnRule>,
            >(&mut body, "late_off_late_on_rule", &mut violations);
            let __rest_time_rule: ::core::option::Option<::std::vec::Vec<RestRule>> = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<RestRule>,
            >(&mut body, "rest_time_rule", &mut violations);
            let __overtime_rule: ::core::option::Option<::std::vec::Vec<OvertimeRule>> = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<OvertimeRule>,
            >(&mut body, "overtime_rule", &mut violations);
            let __day_type: ::core::option::Option<ShiftDayType> = ::feishu_api::wire::take_body::<
                ShiftDayType,
            >(&mut body, "day_type", &mut violations);
            let __overtime_rest_time_rule: ::core::option::Option<
                ::std::vec::Vec<RestRule>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<RestRule>,
            >(&mut body, "overtime_rest_time_rule", &mut violations);
            let __late_minutes_as_serious_late: ::core::option::Option<i64> = ::feishu_api::wire::take_body::<
                i64,
            >(&mut body, "late_minutes_as_serious_late", &mut violations);
            let __shift_middle_time_rule: ::core::option::Option<ShiftMiddleTimeRule> = ::feishu_api::wire::take_body::<
                ShiftMiddleTimeRule,
            >(&mut body, "shift_middle_time_rule", &mut violations);
            let __shift_attendance_time_config: ::core::option::Option<
                ShiftAttendanceTimeConfig,
            > = ::feishu_api::wire::take_body::<
                ShiftAttendanceTimeConfig,
            >(&mut body, "shift_attendance_time_config", &mut violations);
            let __late_off_late_on_setting: ::core::option::Option<
                LateOffLateOnSetting,
            > = ::feishu_api::wire::take_body::<
                LateOffLateOnSetting,
            >(&mut body, "late_off_late_on_setting", &mut violations);
            let __id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "id", &mut violations);
            let __rest_time_flexible_configs: ::core::option::Option<
                ::std::vec::Vec<RestTimeFlexibleConfig>,
            > = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<RestTimeFlexibleConfig>,
            >(&mut body, "rest_time_flexible_configs", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__shift_name, __punch_times, __punch_time_rule) {
                (
                    ::core::option::Option::Some(__shift_name),
                    ::core::option::Option::Some(__punch_times),
                    ::core::option::Option::Some(__punch_time_rule),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        shift_name: __shift_name,
                        punch_times: __punch_times,
                        sub_shift_leader_ids: __sub_shift_leader_ids,
                        is_flexible: __is_flexible,
                        flexible_minutes: __flexible_minutes,
                        flexible_rule: __flexible_rule,
                        no_need_off: __no_need_off,
                        punch_time_rule: __punch_time_rule,
                        late_off_late_on_rule: __late_off_late_on_rule,
                        rest_time_rule: __rest_time_rule,
                        overtime_rule: __overtime_rule,
                        day_type: __day_type,
                        overtime_rest_time_rule: __overtime_rest_time_rule,
                        late_minutes_as_serious_late: __late_minutes_as_serious_late,
                        shift_middle_time_rule: __shift_middle_time_rule,
                        shift_attendance_time_config: __shift_attendance_time_config,
                        late_off_late_on_setting: __late_off_late_on_setting,
                        id: __id,
                        rest_time_flexible_configs: __rest_time_flexible_configs,
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
            const BODY: &str = "{\n    \"shift_name\": \"早班\",\n    \"punch_times\": 1,\n    \"sub_shift_leader_ids\": [\n        \"456123\"\n    ],\n    \"is_flexible\": false,\n    \"flexible_minutes\": 60,\n    \"flexible_rule\": [\n        {\n            \"flexible_early_minutes\": 60,\n            \"flexible_late_minutes\": 60\n        }\n    ],\n    \"no_need_off\": true,\n    \"punch_time_rule\": [\n        {\n            \"on_time\": \"9:00\",\n            \"off_time\": \"18:00\",\n            \"late_minutes_as_late\": 30,\n            \"late_minutes_as_lack\": 60,\n            \"on_advance_minutes\": 60,\n            \"early_minutes_as_early\": 30,\n            \"early_minutes_as_lack\": 60,\n            \"off_delay_minutes\": 60,\n            \"late_minutes_as_serious_late\": 40,\n            \"no_need_on\": true,\n            \"no_need_off\": true\n        }\n    ],\n    \"late_off_late_on_rule\": [\n        {\n            \"late_off_minutes\": 60,\n            \"late_on_minutes\": 30\n        }\n    ],\n    \"rest_time_rule\": [\n        {\n            \"rest_begin_time\": \"13:00\",\n            \"rest_end_time\": \"14:00\"\n        }\n    ],\n    \"overtime_rule\": [\n        {\n            \"on_overtime\": \"9:00\",\n            \"off_overtime\": \"18:00\"\n        }\n    ],\n    \"day_type\": 1,\n    \"overtime_rest_time_rule\": [\n        {\n            \"rest_begin_time\": \"13:00\",\n            \"rest_end_time\": \"14:00\"\n        }\n    ],\n    \"late_minutes_as_serious_late\": 40,\n    \"shift_middle_time_rule\": {\n        \"middle_time_type\": 0,\n        \"fixed_middle_time\": \"12:00\"\n    },\n    \"shift_attendance_time_config\": {\n        \"attendance_time\": 1.0,\n        \"on_attendance_time\": 1.0,\n        \"off_attendance_time\": 1.0\n    },\n    \"late_off_late_on_setting\": {\n        \"late_off_base_on_time_type\": 0,\n        \"late_on_base_on_time_type\": 0\n    },\n    \"id\": \"6919358778597097404\",\n    \"rest_time_flexible_configs\": [\n        {\n            \"need_flexible\": false,\n            \"late_mins\": 0\n        }\n    ]\n}";
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"shift\": {\n            \"shift_id\": \"6919358778597097404\",\n            \"shift_name\": \"早班\",\n            \"punch_times\": 1,\n            \"sub_shift_leader_ids\": [\n                \"456123\"\n            ],\n            \"is_flexible\": false,\n            \"flexible_minutes\": 60,\n            \"flexible_rule\": [\n                {\n                    \"flexible_early_minutes\": 60,\n                    \"flexible_late_minutes\": 60\n                }\n            ],\n            \"no_need_off\": true,\n            \"punch_time_rule\": [\n                {\n                    \"on_time\": \"9:00\",\n                    \"off_time\": \"18:00\",\n                    \"late_minutes_as_late\": 30,\n                    \"late_minutes_as_lack\": 60,\n                    \"on_advance_minutes\": 60,\n                    \"early_minutes_as_early\": 30,\n                    \"early_minutes_as_lack\": 60,\n                    \"off_delay_minutes\": 60,\n                    \"late_minutes_as_serious_late\": 40,\n                    \"no_need_on\": true,\n                    \"no_need_off\": true\n                }\n            ],\n            \"late_off_late_on_rule\": [\n                {\n                    \"late_off_minutes\": 60,\n                    \"late_on_minutes\": 30\n                }\n            ],\n            \"rest_time_rule\": [\n                {\n                    \"rest_begin_time\": \"13:00\",\n                    \"rest_end_time\": \"14:00\"\n                }\n            ],\n            \"overtime_rule\": [\n                {\n                    \"on_overtime\": \"9:00\",\n                    \"off_overtime\": \"18:00\"\n                }\n            ],\n            \"day_type\": 1,\n            \"overtime_rest_time_rule\": [\n                {\n                    \"rest_begin_time\": \"13:00\",\n                    \"rest_end_time\": \"14:00\"\n                }\n            ],\n            \"late_minutes_as_serious_late\": 40,\n            \"shift_middle_time_rule\": {\n                \"middle_time_type\": 0,\n                \"fixed_middle_time\": \"12:00\"\n            },\n            \"shift_attendance_time_config\": {\n                \"attendance_time\": 1.0,\n                \"on_attendance_time\": 1.0,\n                \"off_attendance_time\": 1.0\n            },\n            \"late_off_late_on_setting\": {\n                \"late_off_base_on_time_type\": 0,\n                \"late_on_base_on_time_type\": 0\n            },\n            \"id\": \"6919358778597097404\",\n            \"rest_time_flexible_configs\": [\n                {\n                    \"need_flexible\": false,\n                    \"late_mins\": 0\n                }\n            ]\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "shift",
                "shift.shift_id",
                "shift.shift_name",
                "shift.punch_times",
                "shift.sub_shift_leader_ids",
                "shift.is_flexible",
                "shift.flexible_minutes",
                "shift.flexible_rule",
                "shift.flexible_rule[].flexible_early_minutes",
                "shift.flexible_rule[].flexible_late_minutes",
                "shift.no_need_off",
                "shift.punch_time_rule",
                "shift.punch_time_rule[].on_time",
                "shift.punch_time_rule[].off_time",
                "shift.punch_time_rule[].late_minutes_as_late",
                "shift.punch_time_rule[].late_minutes_as_lack",
                "shift.punch_time_rule[].on_advance_minutes",
                "shift.punch_time_rule[].early_minutes_as_early",
                "shift.punch_time_rule[].early_minutes_as_lack",
                "shift.punch_time_rule[].off_delay_minutes",
                "shift.punch_time_rule[].late_minutes_as_serious_late",
                "shift.punch_time_rule[].no_need_on",
                "shift.punch_time_rule[].no_need_off",
                "shift.late_off_late_on_rule",
                "shift.late_off_late_on_rule[].late_off_minutes",
                "shift.late_off_late_on_rule[].late_on_minutes",
                "shift.rest_time_rule",
                "shift.rest_time_rule[].rest_begin_time",
                "shift.rest_time_rule[].rest_end_time",
                "shift.overtime_rule",
                "shift.overtime_rule[].on_overtime",
                "shift.overtime_rule[].off_overtime",
                "shift.day_type",
                "shift.overtime_rest_time_rule",
                "shift.overtime_rest_time_rule[].rest_begin_time",
                "shift.overtime_rest_time_rule[].rest_end_time",
                "shift.late_minutes_as_serious_late",
                "shift.shift_middle_time_rule",
                "shift.shift_middle_time_rule.middle_time_type",
                "shift.shift_middle_time_rule.fixed_middle_time",
                "shift.shift_attendance_time_config",
                "shift.shift_attendance_time_config.attendance_time",
                "shift.shift_attendance_time_config.on_attendance_time",
                "shift.shift_attendance_time_config.off_attendance_time",
                "shift.late_off_late_on_setting",
                "shift.late_off_late_on_setting.late_off_base_on_time_type",
                "shift.late_off_late_on_setting.late_on_base_on_time_type",
                "shift.id",
                "shift.rest_time_flexible_configs",
                "shift.rest_time_flexible_configs[].need_flexible",
                "shift.rest_time_flexible_configs[].late_mins",
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
    /**Create an attendance shift, or edit one when `id` is given (创建班次).

A shift (班次) is the set of time rules for one attendance task: how many times a day to punch,
the on- and off-duty time of each punch, how late counts as late or as a missing punch, and so on.
At least one shift must exist before an attendance group can be created. Shifts are shared across
the tenant: a group may use a shift someone else created, and changes to that shift then affect
the group and its results. When the body carries the `id` of an existing shift, that shift is
edited instead of a new one being created. Shifts can be seen in the admin console under 假勤设置 >
班次设置.

班次是描述一次考勤任务时间规则的统称。创建考勤组前必须先创建一个或多个班次；公司内的班次是共享的。
如果入参中传入了班次 id，则为编辑该班次。

- **HTTP:** `POST /open-apis/attendance/v1/shifts`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/shift/create>

# Errors

Besides transport and validation errors, the documented codes ([`create::CreateErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226000 | `ShiftServiceError` | An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 400 | 1226001 | `ShiftInUse` | The shift is in use. Older versions of the page list this code as historical, no longer used (历史错误码，不再使用). |
| 400 | 1226002 | `ShiftNameInUse` | Another shift already has this name: choose a different `shift_name`. Older versions of the page list this code as historical, no longer used. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
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
