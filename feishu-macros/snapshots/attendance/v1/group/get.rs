///Types of `attendance.v1.group.get`: Get an attendance group by its id (按 ID 查询考勤组).
pub mod get {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/group/get.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        AntiCheatConfig, AwayPunchRule, ClockInAbnormalSettings, CountryCalendar,
        CustomFieldObjType, DeptType, EmployeeType, FacePunchRule, FreeClockSetting,
        FreePunchCfg, GroupType, LeaveNeedPunchCfg, Location, LocationType, Machine,
        MapType, MemberStatusChange, OvertimeClockCfg, PunchMember,
        PunchSpecialDateShift, RemedyPeriodType, RuleScopeType, ScopeGroup,
        ScopeOperationType, ScopeValue, ScopeValueType, SuspectedCheatHandleMethod,
    };
    /**The request of [`get`](super::GroupResource::get): Get an attendance group by its id (按 ID 查询考勤组).

Build it with [`GetRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetRequest {
        /**The attendance group's id, as returned by the create-or-update endpoint (创建或修改考勤组), the
search-by-name endpoint (按名称查询考勤组) or the punch results query (获取打卡结果).

Wire name `group_id`.*/
        pub group_id: ::std::string::String,
        /**The kind of employee id the response's user ids use. Without admin-console access, ids can be
looked up by phone number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The kind of department id the response's department ids use; only `open_id` for now.

Wire name `dept_type`.*/
        pub dept_type: DeptType,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `group_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct group_id;
        ///Marks the required field `employee_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employee_type;
        ///Marks the required field `dept_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct dept_type;
    }
    ///Builder for [`GetRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct GetRequestBuilder<
        __GroupId = ::feishu_api::builder::Unset,
        __EmployeeType = ::feishu_api::builder::Unset,
        __DeptType = ::feishu_api::builder::Unset,
    > {
        group_id: __GroupId,
        employee_type: __EmployeeType,
        dept_type: __DeptType,
    }
    impl GetRequest {
        /// Starts building a request.
        pub fn builder() -> GetRequestBuilder {
            GetRequestBuilder {
                group_id: ::feishu_api::builder::Unset,
                employee_type: ::feishu_api::builder::Unset,
                dept_type: ::feishu_api::builder::Unset,
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
        __GroupId,
        __EmployeeType,
        __DeptType,
    > GetRequestBuilder<__GroupId, __EmployeeType, __DeptType> {
        /**The attendance group's id, as returned by the create-or-update endpoint (创建或修改考勤组), the
search-by-name endpoint (按名称查询考勤组) or the punch results query (获取打卡结果).

Wire name `group_id`.*/
        pub fn group_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GetRequestBuilder<
            ::feishu_api::builder::Set<::std::string::String>,
            __EmployeeType,
            __DeptType,
        > {
            GetRequestBuilder {
                group_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                employee_type: self.employee_type,
                dept_type: self.dept_type,
            }
        }
        /**The kind of employee id the response's user ids use. Without admin-console access, ids can be
looked up by phone number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> GetRequestBuilder<
            __GroupId,
            ::feishu_api::builder::Set<EmployeeType>,
            __DeptType,
        > {
            GetRequestBuilder {
                group_id: self.group_id,
                employee_type: ::feishu_api::builder::Set::new(value),
                dept_type: self.dept_type,
            }
        }
        /**The kind of department id the response's department ids use; only `open_id` for now.

Wire name `dept_type`.*/
        pub fn dept_type(
            self,
            value: DeptType,
        ) -> GetRequestBuilder<
            __GroupId,
            __EmployeeType,
            ::feishu_api::builder::Set<DeptType>,
        > {
            GetRequestBuilder {
                group_id: self.group_id,
                employee_type: self.employee_type,
                dept_type: ::feishu_api::builder::Set::new(value),
            }
        }
    }
    impl<
        __GroupId,
        __EmployeeType,
        __DeptType,
    > GetRequestBuilder<__GroupId, __EmployeeType, __DeptType>
    where
        __GroupId: ::feishu_api::builder::IsSet<
            __field::group_id,
            Value = ::std::string::String,
        >,
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = EmployeeType,
        >,
        __DeptType: ::feishu_api::builder::IsSet<__field::dept_type, Value = DeptType>,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> GetRequest {
            GetRequest {
                group_id: ::feishu_api::builder::IsSet::into_value(self.group_id),
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                dept_type: ::feishu_api::builder::IsSet::into_value(self.dept_type),
            }
        }
    }
    /**The attendance group's fields, directly in `data`.

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
    pub struct GetResponse {
        /**The attendance group's id (考勤组 ID). In a create-or-update request, set it only to
update an existing group; without it a new group is created.

Wire name `group_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub group_id: ::core::option::Option<::std::string::String>,
        /**The group's name (考勤组名称).

Wire name `group_name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub group_name: ::core::option::Option<::std::string::String>,
        /**The group's time zone (时区), e.g. `Asia/Shanghai`.

Wire name `time_zone`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub time_zone: ::core::option::Option<::std::string::String>,
        /**Departments bound to the group (绑定的部门), ids of the kind named by `dept_type`. When
`need_punch_members` is also given, this field wins.

Wire name `bind_dept_ids`.*/
        pub bind_dept_ids: ::std::vec::Vec<::std::string::String>,
        /**Departments excluded from the group (排除的部门). Retired: no longer in use (该字段已下线).

Wire name `except_dept_ids`.*/
        pub except_dept_ids: ::std::vec::Vec<::std::string::String>,
        /**Users bound to the group (绑定的用户), ids of the kind named by `employee_type`. When
`need_punch_members` is also given, this field wins.

Wire name `bind_user_ids`.*/
        pub bind_user_ids: ::std::vec::Vec<::std::string::String>,
        /**Users excluded from the group (排除的用户), ids of the kind named by `employee_type`.
Retired: no longer in use (该字段已下线).

Wire name `except_user_ids`.*/
        pub except_user_ids: ::std::vec::Vec<::std::string::String>,
        /**The group's main owners (考勤主负责人), ids of the kind named by `employee_type`. A group
must have them; each needs at least attendance-group admin rights.

Wire name `group_leader_ids`.*/
        pub group_leader_ids: ::std::vec::Vec<::std::string::String>,
        /**The group's deputy owners (考勤子负责人), ids of the kind named by `employee_type`.

Wire name `sub_group_leader_ids`.*/
        pub sub_group_leader_ids: ::std::vec::Vec<::std::string::String>,
        /**Whether field punches, away from the set locations, are allowed (外勤打卡).

Wire name `allow_out_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_out_punch: ::core::option::Option<bool>,
        /**Field punches need approval before punching (先审批后打卡). Only takes effect when
`allow_out_punch` is on.

Wire name `out_punch_need_approval`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_need_approval: ::core::option::Option<bool>,
        /**Field punches need approval after punching (先打卡后审批). Only takes effect when
`allow_out_punch` is on.

Wire name `out_punch_need_post_approval`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_need_post_approval: ::core::option::Option<bool>,
        /**Field punches need a remark. Only takes effect when `allow_out_punch` is on.

Wire name `out_punch_need_remark`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_need_remark: ::core::option::Option<bool>,
        /**Field punches need a photo. Only takes effect when `allow_out_punch` is on.

Wire name `out_punch_need_photo`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_need_photo: ::core::option::Option<bool>,
        /**Employees may hide the detailed address of a field punch. Only takes effect when
`allow_out_punch` is on.

Wire name `out_punch_allowed_hide_addr`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_allowed_hide_addr: ::core::option::Option<bool>,
        /**Employees may fine-tune the address of a field punch. Only takes effect when
`allow_out_punch` is on.

Wire name `out_punch_allowed_adjust_addr`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_allowed_adjust_addr: ::core::option::Option<bool>,
        /**How far a field punch's address may be fine-tuned, in meters (微调范围); 50 by default.

Wire name `adjust_range`; the server assumes `50` when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub adjust_range: ::core::option::Option<i64>,
        /**Whether punching from the desktop (PC) client is allowed.

Wire name `allow_pc_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_pc_punch: ::core::option::Option<bool>,
        /**The remedy (补卡) switch; the other remedy settings only take effect when it is on. The
reference page words it 是否限制补卡 (whether remedies are restricted), the Go SDK's get model
是否允许补卡 (whether remedies are allowed).

Wire name `allow_remedy`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy: ::core::option::Option<bool>,
        /**Whether the number of remedies is capped (是否限制补卡次数).

Wire name `remedy_limit`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_limit: ::core::option::Option<bool>,
        /**The maximum number of remedies (补卡次数).

Wire name `remedy_limit_count`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_limit_count: ::core::option::Option<i64>,
        /**Whether how late a remedy may be requested is limited (是否限制补卡时间).

Wire name `remedy_date_limit`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_date_limit: ::core::option::Option<bool>,
        /**How many days after the fact a remedy may still be requested (几天内补卡).

Wire name `remedy_date_num`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_date_num: ::core::option::Option<i64>,
        /**Remedies are allowed for missing punches (缺卡). Only takes effect when `allow_remedy` is on.

Wire name `allow_remedy_type_lack`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy_type_lack: ::core::option::Option<bool>,
        /**Remedies are allowed for late arrivals (迟到). Only takes effect when `allow_remedy` is on.

Wire name `allow_remedy_type_late`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy_type_late: ::core::option::Option<bool>,
        /**Remedies are allowed for early departures (早退). Only takes effect when `allow_remedy` is on.

Wire name `allow_remedy_type_early`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy_type_early: ::core::option::Option<bool>,
        /**Remedies are allowed for normal punches (正常). Only takes effect when `allow_remedy` is on.

Wire name `allow_remedy_type_normal`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy_type_normal: ::core::option::Option<bool>,
        /**Whether the accumulated working time is shown (展示累计时长).

Wire name `show_cumulative_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub show_cumulative_time: ::core::option::Option<bool>,
        /**Whether the overtime duration is shown (展示加班时长).

Wire name `show_over_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub show_over_time: ::core::option::Option<bool>,
        /**Whether employees' punch details are hidden (隐藏员工打卡详情).

Wire name `hide_staff_punch_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub hide_staff_punch_time: ::core::option::Option<bool>,
        /**Whether the punch rules are hidden (隐藏打卡规则); gray-release tenants only (仅灰度租户有效) per the create page.

Wire name `hide_clock_in_rule`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub hide_clock_in_rule: ::core::option::Option<bool>,
        /**Whether face-recognition punching is on (人脸识别打卡).

Wire name `face_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub face_punch: ::core::option::Option<bool>,
        /**When face recognition is required (人脸识别打卡规则).

Wire name `face_punch_cfg`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub face_punch_cfg: ::core::option::Option<FacePunchRule>,
        /**How a face punch checks the person is live (人脸打卡规则): `false` a liveness check (活体验证),
`true` an action check (动作验证). Only takes effect when `face_punch_cfg` is 1.

Wire name `face_live_need_action`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub face_live_need_action: ::core::option::Option<bool>,
        /**Whether a plain photo punch is allowed when face recognition fails.

Wire name `face_downgrade`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub face_downgrade: ::core::option::Option<bool>,
        /**Whether the reference face photo may be replaced when face recognition fails.

Wire name `replace_basic_pic`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub replace_basic_pic: ::core::option::Option<bool>,
        /**Anti-cheating punch settings (防作弊打卡配置); gray-release tenants only (仅灰度租户有效).

Wire name `anti_cheat_punch_config`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub anti_cheat_punch_config: ::core::option::Option<AntiCheatConfig>,
        /**The attendance machines (考勤机列表).

Wire name `machines`.*/
        pub machines: ::std::vec::Vec<Machine>,
        /**The valid range of GPS punches (GPS 打卡的有效范围); discouraged (不建议使用).

Wire name `gps_range`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub gps_range: ::core::option::Option<i64>,
        /**The punch locations (地址列表). In a create-or-update request they are appended to the
existing list, never replacing it.

Wire name `locations`.*/
        pub locations: ::std::vec::Vec<Location>,
        /**The group's attendance type (考勤类型).

Wire name `group_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub group_type: ::core::option::Option<GroupType>,
        /**The shift ids of a fixed-shift group (班次 ID 列表), one per weekday from Monday to Sunday;
only set when `group_type` is fixed. In a create request a fixed group needs all 7, `0` marks a
rest day, and other group types send an empty array.

Wire name `punch_day_shift_ids`.*/
        pub punch_day_shift_ids: ::std::vec::Vec<::std::string::String>,
        /**The free-shift settings (配置自由班制).

Wire name `free_punch_cfg`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub free_punch_cfg: ::core::option::Option<FreePunchCfg>,
        /**The national calendar rest days follow (国家日历 ID); 1 by default.

Wire name `calendar_id`; the server assumes `1` ([`CountryCalendar::ChinaMainland`]) when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub calendar_id: ::core::option::Option<CountryCalendar>,
        /**Special dates on which punching is required (必须打卡的特殊日期).

Wire name `need_punch_special_days`.*/
        pub need_punch_special_days: ::std::vec::Vec<PunchSpecialDateShift>,
        /**Special dates on which no punching is needed (无需打卡的特殊日期).

Wire name `no_need_punch_special_days`.*/
        pub no_need_punch_special_days: ::std::vec::Vec<PunchSpecialDateShift>,
        /**For a free-shift group: whether a working day without any punch counts as a missing punch
(工作日不打卡是否记为缺卡).

Wire name `work_day_no_punch_as_lack`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub work_day_no_punch_as_lack: ::core::option::Option<bool>,
        /**The kind of period remedy limits count over (补卡周期类型).

Wire name `remedy_period_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_period_type: ::core::option::Option<RemedyPeriodType>,
        /**The day of the month a custom remedy period starts on (补卡自定义周期起始日期); 0 to 28
according to the create page.

Wire name `remedy_period_custom_date`; at least 0; at most 28.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_period_custom_date: ::core::option::Option<i64>,
        /**The allowed punch methods, a bit mask (打卡类型，位运算): 1 GPS, 2 Wi-Fi, 4 attendance machine,
8 IP; e.g. 3 allows GPS and Wi-Fi.

Wire name `punch_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub punch_type: ::core::option::Option<i64>,
        /**When the group's rules take effect (生效时间), a Unix time in seconds.

Wire name `effect_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub effect_time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**When the fixed shifts take effect (固定班次生效时间), a Unix time in seconds.

Wire name `fixshift_effect_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub fixshift_effect_time: ::core::option::Option<
            ::feishu_api::time::UnixSeconds,
        >,
        /**When changes to the group's users and departments take effect (人员、部门变动生效时间), a
Unix time in seconds.

Wire name `member_effect_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub member_effect_time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**Punches on rest days need approval (休息日打卡需审批). According to the create page, turning
it on moves the start of a rest day to 4:00.

Wire name `rest_clockIn_need_approval`.*/
        #[serde(rename = "rest_clockIn_need_approval")]
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub rest_clock_in_need_approval: ::core::option::Option<bool>,
        /**Every punch needs a photo (每次打卡均需拍照).

Wire name `clockIn_need_photo`.*/
        #[serde(rename = "clockIn_need_photo")]
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub clock_in_need_photo: ::core::option::Option<bool>,
        /**Punch settings for the days people join or leave (人员异动打卡设置).

Wire name `member_status_change`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub member_status_change: ::core::option::Option<MemberStatusChange>,
        /**Whether people must punch when they leave for or return from a leave (请假离岗或返岗是否需打卡).

Wire name `leave_need_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub leave_need_punch: ::core::option::Option<bool>,
        /**The punch rules around a leave (请假离岗或返岗打卡规则).

Wire name `leave_need_punch_cfg`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub leave_need_punch_cfg: ::core::option::Option<LeaveNeedPunchCfg>,
        /**Whether and when people must punch during an outing (外出期间是否需打卡).

Wire name `go_out_need_punch`; the server assumes `0` ([`AwayPunchRule::NoPunch`]) when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub go_out_need_punch: ::core::option::Option<AwayPunchRule>,
        /**The punch rules around an outing (外出期间打卡规则).

Wire name `go_out_need_punch_cfg`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub go_out_need_punch_cfg: ::core::option::Option<LeaveNeedPunchCfg>,
        /**Whether and when people must punch during a business trip (出差期间是否需打卡).

Wire name `travel_need_punch`; the server assumes `0` ([`AwayPunchRule::NoPunch`]) when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub travel_need_punch: ::core::option::Option<AwayPunchRule>,
        /**The punch rules around a business trip (出差期间打卡规则).

Wire name `travel_need_punch_cfg`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub travel_need_punch_cfg: ::core::option::Option<LeaveNeedPunchCfg>,
        /**Who must punch, as rule-based scopes (需要打卡的人员集合). When `bind_dept_ids` or
`bind_user_ids` is non-empty, those win.

Wire name `need_punch_members`.*/
        pub need_punch_members: ::std::vec::Vec<PunchMember>,
        /**Who belongs to the group without punching, as rule-based scopes (无需打卡的人员集合).
When `bind_default_dept_ids` or `bind_default_user_ids` is non-empty, those win.

Wire name `no_need_punch_members`.*/
        pub no_need_punch_members: ::std::vec::Vec<PunchMember>,
        /**Whether the group may be saved while some of its people belong to other groups
(是否允许保存有冲突人员的考勤组): `true` moves them into this group and out of their old one, `false`
leaves the conflict to be resolved by hand. `false` by default according to the create page.

Wire name `save_auto_changes`; the server assumes `false` when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub save_auto_changes: ::core::option::Option<bool>,
        /**Whether people who newly join or move within the organization and match the group's rules
join the group automatically (人员异动自动加入考勤组).

Wire name `org_change_auto_adjust`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub org_change_auto_adjust: ::core::option::Option<bool>,
        /**Departments in the group that need not punch (参与无需打卡的部门), ids of the kind named by
`dept_type`. When `no_need_punch_members` is also given, this field wins.

Wire name `bind_default_dept_ids`.*/
        pub bind_default_dept_ids: ::std::vec::Vec<::std::string::String>,
        /**Users in the group who need not punch (参与无需打卡的人员), ids of the kind named by
`employee_type`. When `no_need_punch_members` is also given, this field wins.

Wire name `bind_default_user_ids`.*/
        pub bind_default_user_ids: ::std::vec::Vec<::std::string::String>,
        /**The overtime punch rules (加班打卡规则).

Wire name `overtime_clock_cfg`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub overtime_clock_cfg: ::core::option::Option<OvertimeClockCfg>,
        /**The id of the custom holiday calendar the group uses, if any (节假日 ID).

Wire name `new_calendar_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub new_calendar_id: ::core::option::Option<::std::string::String>,
        /**Whether a punch may be requested when the location is inaccurate (定位不准时是否允许申请打卡).

Wire name `allow_apply_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_apply_punch: ::core::option::Option<bool>,
        /**Exemptions for abnormal punches (异常卡豁免配置).

Wire name `clock_in_abnormal_settings`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub clock_in_abnormal_settings: ::core::option::Option<ClockInAbnormalSettings>,
    }
    impl ::feishu_api::wire::DecodeObject for GetResponse {
        const FIELDS: &'static [&'static str] = &[
            "group_id",
            "group_name",
            "time_zone",
            "bind_dept_ids",
            "except_dept_ids",
            "bind_user_ids",
            "except_user_ids",
            "group_leader_ids",
            "sub_group_leader_ids",
            "allow_out_punch",
            "out_punch_need_approval",
            "out_punch_need_post_approval",
            "out_punch_need_remark",
            "out_punch_need_photo",
            "out_punch_allowed_hide_addr",
            "out_punch_allowed_adjust_addr",
            "adjust_range",
            "allow_pc_punch",
            "allow_remedy",
            "remedy_limit",
            "remedy_limit_count",
            "remedy_date_limit",
            "remedy_date_num",
            "allow_remedy_type_lack",
            "allow_remedy_type_late",
            "allow_remedy_type_early",
            "allow_remedy_type_normal",
            "show_cumulative_time",
            "show_over_time",
            "hide_staff_punch_time",
            "hide_clock_in_rule",
            "face_punch",
            "face_punch_cfg",
            "face_live_need_action",
            "face_downgrade",
            "replace_basic_pic",
            "anti_cheat_punch_config",
            "machines",
            "gps_range",
            "locations",
            "group_type",
            "punch_day_shift_ids",
            "free_punch_cfg",
            "calendar_id",
            "need_punch_special_days",
            "no_need_punch_special_days",
            "work_day_no_punch_as_lack",
            "remedy_period_type",
            "remedy_period_custom_date",
            "punch_type",
            "effect_time",
            "fixshift_effect_time",
            "member_effect_time",
            "rest_clockIn_need_approval",
            "clockIn_need_photo",
            "member_status_change",
            "leave_need_punch",
            "leave_need_punch_cfg",
            "go_out_need_punch",
            "go_out_need_punch_cfg",
            "travel_need_punch",
            "travel_need_punch_cfg",
            "need_punch_members",
            "no_need_punch_members",
            "save_auto_changes",
            "org_change_auto_adjust",
            "bind_default_dept_ids",
            "bind_default_user_ids",
            "overtime_clock_cfg",
            "new_calendar_id",
            "allow_apply_punch",
            "clock_in_abnormal_settings",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.group_id = map.next_value()?,
                1usize => self.group_name = map.next_value()?,
                2usize => self.time_zone = map.next_value()?,
                3usize => {
                    self.bind_dept_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                4usize => {
                    self.except_dept_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                5usize => {
                    self.bind_user_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                6usize => {
                    self.except_user_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                7usize => {
                    self.group_leader_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                8usize => {
                    self.sub_group_leader_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                9usize => self.allow_out_punch = map.next_value()?,
                10usize => self.out_punch_need_approval = map.next_value()?,
                11usize => self.out_punch_need_post_approval = map.next_value()?,
                12usize => self.out_punch_need_remark = map.next_value()?,
                13usize => self.out_punch_need_photo = map.next_value()?,
                14usize => self.out_punch_allowed_hide_addr = map.next_value()?,
                15usize => self.out_punch_allowed_adjust_addr = map.next_value()?,
                16usize => self.adjust_range = map.next_value()?,
                17usize => self.allow_pc_punch = map.next_value()?,
                18usize => self.allow_remedy = map.next_value()?,
                19usize => self.remedy_limit = map.next_value()?,
                20usize => self.remedy_limit_count = map.next_value()?,
                21usize => self.remedy_date_limit = map.next_value()?,
                22usize => self.remedy_date_num = map.next_value()?,
                23usize => self.allow_remedy_type_lack = map.next_value()?,
                24usize => self.allow_remedy_type_late = map.next_value()?,
                25usize => self.allow_remedy_type_early = map.next_value()?,
                26usize => self.allow_remedy_type_normal = map.next_value()?,
                27usize => self.show_cumulative_time = map.next_value()?,
                28usize => self.show_over_time = map.next_value()?,
                29usize => self.hide_staff_punch_time = map.next_value()?,
                30usize => self.hide_clock_in_rule = map.next_value()?,
                31usize => self.face_punch = map.next_value()?,
                32usize => self.face_punch_cfg = map.next_value()?,
                33usize => self.face_live_need_action = map.next_value()?,
                34usize => self.face_downgrade = map.next_value()?,
                35usize => self.replace_basic_pic = map.next_value()?,
                36usize => self.anti_cheat_punch_config = map.next_value()?,
                37usize => {
                    self.machines = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                38usize => self.gps_range = map.next_value()?,
                39usize => {
                    self.locations = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                40usize => self.group_type = map.next_value()?,
                41usize => {
                    self.punch_day_shift_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                42usize => self.free_punch_cfg = map.next_value()?,
                43usize => self.calendar_id = map.next_value()?,
                44usize => {
                    self.need_punch_special_days = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                45usize => {
                    self.no_need_punch_special_days = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                46usize => self.work_day_no_punch_as_lack = map.next_value()?,
                47usize => self.remedy_period_type = map.next_value()?,
                48usize => self.remedy_period_custom_date = map.next_value()?,
                49usize => self.punch_type = map.next_value()?,
                50usize => self.effect_time = map.next_value()?,
                51usize => self.fixshift_effect_time = map.next_value()?,
                52usize => self.member_effect_time = map.next_value()?,
                53usize => self.rest_clock_in_need_approval = map.next_value()?,
                54usize => self.clock_in_need_photo = map.next_value()?,
                55usize => self.member_status_change = map.next_value()?,
                56usize => self.leave_need_punch = map.next_value()?,
                57usize => self.leave_need_punch_cfg = map.next_value()?,
                58usize => self.go_out_need_punch = map.next_value()?,
                59usize => self.go_out_need_punch_cfg = map.next_value()?,
                60usize => self.travel_need_punch = map.next_value()?,
                61usize => self.travel_need_punch_cfg = map.next_value()?,
                62usize => {
                    self.need_punch_members = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                63usize => {
                    self.no_need_punch_members = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                64usize => self.save_auto_changes = map.next_value()?,
                65usize => self.org_change_auto_adjust = map.next_value()?,
                66usize => {
                    self.bind_default_dept_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                67usize => {
                    self.bind_default_user_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                68usize => self.overtime_clock_cfg = map.next_value()?,
                69usize => self.new_calendar_id = map.next_value()?,
                70usize => self.allow_apply_punch = map.next_value()?,
                71usize => self.clock_in_abnormal_settings = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for GetResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `get`, to match a failed call's code by name: `GetErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum GetErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee id kind is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220003` (HTTP 400): user_id type is not employee_id or employee_no

employee_type only accepts employee_id or employee_no.*/
        EmployeeTypeInvalid,
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1227000` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 6usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "param is invalid",
            hint: "The parameters failed validation: check them against the message returned, e.g. \"employee_type invalid\" means the employee id kind is wrong.",
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
            hint: "employee_type only accepts employee_id or employee_no.",
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
            code: 1227000i64,
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
    impl GetErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::EmployeeTypeInvalid,
            Self::Internal,
            Self::Legacy,
            Self::General,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220003i64 => ::core::option::Option::Some(Self::EmployeeTypeInvalid),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1227000i64 => ::core::option::Option::Some(Self::Legacy),
                1220600i64 => ::core::option::Option::Some(Self::General),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::EmployeeTypeInvalid => &ERRORS[2usize],
                Self::Internal => &ERRORS[3usize],
                Self::Legacy => &ERRORS[4usize],
                Self::General => &ERRORS[5usize],
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
            resource: "group",
            method: "get",
            summary: "Get an attendance group by its id (按 ID 查询考勤组).",
            http_method: ::feishu_api::endpoint::HttpMethod::Get,
            path: "/open-apis/attendance/v1/groups/:group_id",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule", "attendance:rule:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/group/get",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"group_id\": \"6919358128597097404\",\n        \"group_name\": \"开心考勤\",\n        \"time_zone\": \"Asia/Shanghai\",\n        \"bind_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"except_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"bind_user_ids\": [\n            \"52aa1fa1\"\n        ],\n        \"except_user_ids\": [\n            \"4fasdtc2\"\n        ],\n        \"group_leader_ids\": [\n            \"52aa1fa1\"\n        ],\n        \"sub_group_leader_ids\": [\n            \"4fasdtc2\"\n        ],\n        \"allow_out_punch\": true,\n        \"out_punch_need_approval\": true,\n        \"out_punch_need_post_approval\": true,\n        \"out_punch_need_remark\": true,\n        \"out_punch_need_photo\": true,\n        \"out_punch_allowed_hide_addr\": true,\n        \"out_punch_allowed_adjust_addr\": true,\n        \"adjust_range\": 50,\n        \"allow_pc_punch\": true,\n        \"allow_remedy\": true,\n        \"remedy_limit\": true,\n        \"remedy_limit_count\": 3,\n        \"remedy_date_limit\": true,\n        \"remedy_date_num\": 3,\n        \"allow_remedy_type_lack\": true,\n        \"allow_remedy_type_late\": true,\n        \"allow_remedy_type_early\": true,\n        \"allow_remedy_type_normal\": true,\n        \"show_cumulative_time\": true,\n        \"show_over_time\": true,\n        \"hide_staff_punch_time\": true,\n        \"hide_clock_in_rule\": false,\n        \"face_punch\": true,\n        \"face_punch_cfg\": 1,\n        \"face_live_need_action\": true,\n        \"face_downgrade\": true,\n        \"replace_basic_pic\": true,\n        \"anti_cheat_punch_config\": {\n            \"intercept_suspected_cheat_punch\": true,\n            \"check_cheat_software_punch\": true,\n            \"check_buddy_punch\": true,\n            \"check_simulate_wifi_punch\": true,\n            \"check_change_device_punch\": true,\n            \"allow_change_device_num\": 1,\n            \"suspected_cheat_handle_method\": 1\n        },\n        \"machines\": [\n            {\n                \"machine_sn\": \"FS0701\",\n                \"machine_name\": \"创实 9 楼\"\n            }\n        ],\n        \"gps_range\": 300,\n        \"locations\": [\n            {\n                \"location_id\": \"6921213751454744578\",\n                \"location_name\": \"浙江省杭州市余杭区五常街道木桥头西溪八方城\",\n                \"location_type\": 1,\n                \"latitude\": 30.28994,\n                \"longitude\": 120.04509,\n                \"ssid\": \"TP-Link-af12ca\",\n                \"bssid\": \"08:00:20:0A:8C:6D\",\n                \"map_type\": 1,\n                \"address\": \"北京市海淀区中航广场\",\n                \"ip\": \"122.224.123.146\",\n                \"feature\": \"中国电信\",\n                \"gps_range\": 300\n            }\n        ],\n        \"group_type\": 0,\n        \"punch_day_shift_ids\": [\n            \"xxx\"\n        ],\n        \"free_punch_cfg\": {\n            \"free_start_time\": \"7:00\",\n            \"free_end_time\": \"18:00\",\n            \"punch_day\": 1111100,\n            \"work_day_no_punch_as_lack\": true,\n            \"work_hours_demand\": false,\n            \"work_hours\": 480,\n            \"free_clock_setting\": {\n                \"clock_mode\": 1,\n                \"clock_internal_hhmm\": 30\n            }\n        },\n        \"calendar_id\": 1,\n        \"need_punch_special_days\": [\n            {\n                \"punch_day\": 20190101,\n                \"shift_id\": \"6919668827865513935\"\n            }\n        ],\n        \"no_need_punch_special_days\": [\n            {\n                \"punch_day\": 20190101,\n                \"shift_id\": \"6919668827865513935\"\n            }\n        ],\n        \"work_day_no_punch_as_lack\": true,\n        \"remedy_period_type\": 1,\n        \"remedy_period_custom_date\": 1,\n        \"punch_type\": 1,\n        \"effect_time\": \"1611476284\",\n        \"fixshift_effect_time\": \"1611476284\",\n        \"member_effect_time\": \"1611476284\",\n        \"rest_clockIn_need_approval\": true,\n        \"clockIn_need_photo\": true,\n        \"member_status_change\": {\n            \"onboarding_on_no_need_punch\": false,\n            \"onboarding_off_no_need_punch\": false,\n            \"offboarding_on_no_need_punch\": false,\n            \"offboarding_off_no_need_punch\": false\n        },\n        \"leave_need_punch\": false,\n        \"leave_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"go_out_need_punch\": 0,\n        \"go_out_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"travel_need_punch\": 0,\n        \"travel_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"need_punch_members\": [\n            {\n                \"rule_scope_type\": 0,\n                \"scope_group_list\": {\n                    \"scope_value_type\": 1,\n                    \"operation_type\": 1,\n                    \"right\": [\n                        {\n                            \"key\": \"CH\",\n                            \"name\": \"中国大陆\"\n                        }\n                    ],\n                    \"member_ids\": [\n                        \"ec8ddg56\"\n                    ],\n                    \"custom_field_ID\": \"123213123\",\n                    \"custom_field_obj_type\": \"employment\"\n                }\n            }\n        ],\n        \"no_need_punch_members\": [\n            {\n                \"rule_scope_type\": 0,\n                \"scope_group_list\": {\n                    \"scope_value_type\": 1,\n                    \"operation_type\": 1,\n                    \"right\": [\n                        {\n                            \"key\": \"CH\",\n                            \"name\": \"中国大陆\"\n                        }\n                    ],\n                    \"member_ids\": [\n                        \"ec8ddg56\"\n                    ],\n                    \"custom_field_ID\": \"123213123\",\n                    \"custom_field_obj_type\": \"employment\"\n                }\n            }\n        ],\n        \"save_auto_changes\": false,\n        \"org_change_auto_adjust\": false,\n        \"bind_default_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"bind_default_user_ids\": [\n            \"dd31248a\"\n        ],\n        \"overtime_clock_cfg\": {\n            \"allow_punch_approval\": false,\n            \"need_clock_over_time_start_and_end\": false\n        },\n        \"new_calendar_id\": \"7302191700771358252\",\n        \"allow_apply_punch\": true,\n        \"clock_in_abnormal_settings\": {\n            \"ignore_until_latest_clockout\": false\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            GetRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/groups/{}",
                ::feishu_api::wire::encode_path_segment(&
                ::feishu_api::wire::QueryValue::to_query(& self.group_id))
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
            let __group_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_path::<
                ::std::string::String,
            >(path_params, "group_id", &mut violations);
            let __group_id = ::feishu_api::wire::require(
                __group_id,
                "group_id",
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
            let __dept_type: ::core::option::Option<DeptType> = ::feishu_api::wire::take_query::<
                DeptType,
            >(&pairs, "dept_type", &mut violations);
            let __dept_type = ::feishu_api::wire::require(
                __dept_type,
                "dept_type",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__group_id, __employee_type, __dept_type) {
                (
                    ::core::option::Option::Some(__group_id),
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__dept_type),
                ) => {
                    ::core::result::Result::Ok(Self {
                        group_id: __group_id,
                        employee_type: __employee_type,
                        dept_type: __dept_type,
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
            const BODY: &str = "";
            let path_params: &[(&str, &str)] = &[("group_id", "6919358128597097404")];
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"group_id\": \"6919358128597097404\",\n        \"group_name\": \"开心考勤\",\n        \"time_zone\": \"Asia/Shanghai\",\n        \"bind_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"except_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"bind_user_ids\": [\n            \"52aa1fa1\"\n        ],\n        \"except_user_ids\": [\n            \"4fasdtc2\"\n        ],\n        \"group_leader_ids\": [\n            \"52aa1fa1\"\n        ],\n        \"sub_group_leader_ids\": [\n            \"4fasdtc2\"\n        ],\n        \"allow_out_punch\": true,\n        \"out_punch_need_approval\": true,\n        \"out_punch_need_post_approval\": true,\n        \"out_punch_need_remark\": true,\n        \"out_punch_need_photo\": true,\n        \"out_punch_allowed_hide_addr\": true,\n        \"out_punch_allowed_adjust_addr\": true,\n        \"adjust_range\": 50,\n        \"allow_pc_punch\": true,\n        \"allow_remedy\": true,\n        \"remedy_limit\": true,\n        \"remedy_limit_count\": 3,\n        \"remedy_date_limit\": true,\n        \"remedy_date_num\": 3,\n        \"allow_remedy_type_lack\": true,\n        \"allow_remedy_type_late\": true,\n        \"allow_remedy_type_early\": true,\n        \"allow_remedy_type_normal\": true,\n        \"show_cumulative_time\": true,\n        \"show_over_time\": true,\n        \"hide_staff_punch_time\": true,\n        \"hide_clock_in_rule\": false,\n        \"face_punch\": true,\n        \"face_punch_cfg\": 1,\n        \"face_live_need_action\": true,\n        \"face_downgrade\": true,\n        \"replace_basic_pic\": true,\n        \"anti_cheat_punch_config\": {\n            \"intercept_suspected_cheat_punch\": true,\n            \"check_cheat_software_punch\": true,\n            \"check_buddy_punch\": true,\n            \"check_simulate_wifi_punch\": true,\n            \"check_change_device_punch\": true,\n            \"allow_change_device_num\": 1,\n            \"suspected_cheat_handle_method\": 1\n        },\n        \"machines\": [\n            {\n                \"machine_sn\": \"FS0701\",\n                \"machine_name\": \"创实 9 楼\"\n            }\n        ],\n        \"gps_range\": 300,\n        \"locations\": [\n            {\n                \"location_id\": \"6921213751454744578\",\n                \"location_name\": \"浙江省杭州市余杭区五常街道木桥头西溪八方城\",\n                \"location_type\": 1,\n                \"latitude\": 30.28994,\n                \"longitude\": 120.04509,\n                \"ssid\": \"TP-Link-af12ca\",\n                \"bssid\": \"08:00:20:0A:8C:6D\",\n                \"map_type\": 1,\n                \"address\": \"北京市海淀区中航广场\",\n                \"ip\": \"122.224.123.146\",\n                \"feature\": \"中国电信\",\n                \"gps_range\": 300\n            }\n        ],\n        \"group_type\": 0,\n        \"punch_day_shift_ids\": [\n            \"xxx\"\n        ],\n        \"free_punch_cfg\": {\n            \"free_start_time\": \"7:00\",\n            \"free_end_time\": \"18:00\",\n            \"punch_day\": 1111100,\n            \"work_day_no_punch_as_lack\": true,\n            \"work_hours_demand\": false,\n            \"work_hours\": 480,\n            \"free_clock_setting\": {\n                \"clock_mode\": 1,\n                \"clock_internal_hhmm\": 30\n            }\n        },\n        \"calendar_id\": 1,\n        \"need_punch_special_days\": [\n            {\n                \"punch_day\": 20190101,\n                \"shift_id\": \"6919668827865513935\"\n            }\n        ],\n        \"no_need_punch_special_days\": [\n            {\n                \"punch_day\": 20190101,\n                \"shift_id\": \"6919668827865513935\"\n            }\n        ],\n        \"work_day_no_punch_as_lack\": true,\n        \"remedy_period_type\": 1,\n        \"remedy_period_custom_date\": 1,\n        \"punch_type\": 1,\n        \"effect_time\": \"1611476284\",\n        \"fixshift_effect_time\": \"1611476284\",\n        \"member_effect_time\": \"1611476284\",\n        \"rest_clockIn_need_approval\": true,\n        \"clockIn_need_photo\": true,\n        \"member_status_change\": {\n            \"onboarding_on_no_need_punch\": false,\n            \"onboarding_off_no_need_punch\": false,\n            \"offboarding_on_no_need_punch\": false,\n            \"offboarding_off_no_need_punch\": false\n        },\n        \"leave_need_punch\": false,\n        \"leave_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"go_out_need_punch\": 0,\n        \"go_out_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"travel_need_punch\": 0,\n        \"travel_need_punch_cfg\": {\n            \"late_minutes_as_late\": 0,\n            \"late_minutes_as_lack\": 0,\n            \"early_minutes_as_early\": 0,\n            \"early_minutes_as_lack\": 0,\n            \"not_during_shift\": false\n        },\n        \"need_punch_members\": [\n            {\n                \"rule_scope_type\": 0,\n                \"scope_group_list\": {\n                    \"scope_value_type\": 1,\n                    \"operation_type\": 1,\n                    \"right\": [\n                        {\n                            \"key\": \"CH\",\n                            \"name\": \"中国大陆\"\n                        }\n                    ],\n                    \"member_ids\": [\n                        \"ec8ddg56\"\n                    ],\n                    \"custom_field_ID\": \"123213123\",\n                    \"custom_field_obj_type\": \"employment\"\n                }\n            }\n        ],\n        \"no_need_punch_members\": [\n            {\n                \"rule_scope_type\": 0,\n                \"scope_group_list\": {\n                    \"scope_value_type\": 1,\n                    \"operation_type\": 1,\n                    \"right\": [\n                        {\n                            \"key\": \"CH\",\n                            \"name\": \"中国大陆\"\n                        }\n                    ],\n                    \"member_ids\": [\n                        \"ec8ddg56\"\n                    ],\n                    \"custom_field_ID\": \"123213123\",\n                    \"custom_field_obj_type\": \"employment\"\n                }\n            }\n        ],\n        \"save_auto_changes\": false,\n        \"org_change_auto_adjust\": false,\n        \"bind_default_dept_ids\": [\n            \"od-fcb45c28a45311afd440b7869541fce8\"\n        ],\n        \"bind_default_user_ids\": [\n            \"dd31248a\"\n        ],\n        \"overtime_clock_cfg\": {\n            \"allow_punch_approval\": false,\n            \"need_clock_over_time_start_and_end\": false\n        },\n        \"new_calendar_id\": \"7302191700771358252\",\n        \"allow_apply_punch\": true,\n        \"clock_in_abnormal_settings\": {\n            \"ignore_until_latest_clockout\": false\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "group_id",
                "group_name",
                "time_zone",
                "bind_dept_ids",
                "except_dept_ids",
                "bind_user_ids",
                "except_user_ids",
                "group_leader_ids",
                "sub_group_leader_ids",
                "allow_out_punch",
                "out_punch_need_approval",
                "out_punch_need_post_approval",
                "out_punch_need_remark",
                "out_punch_need_photo",
                "out_punch_allowed_hide_addr",
                "out_punch_allowed_adjust_addr",
                "adjust_range",
                "allow_pc_punch",
                "allow_remedy",
                "remedy_limit",
                "remedy_limit_count",
                "remedy_date_limit",
                "remedy_date_num",
                "allow_remedy_type_lack",
                "allow_remedy_type_late",
                "allow_remedy_type_early",
                "allow_remedy_type_normal",
                "show_cumulative_time",
                "show_over_time",
                "hide_staff_punch_time",
                "hide_clock_in_rule",
                "face_punch",
                "face_punch_cfg",
                "face_live_need_action",
                "face_downgrade",
                "replace_basic_pic",
                "anti_cheat_punch_config",
                "anti_cheat_punch_config.intercept_suspected_cheat_punch",
                "anti_cheat_punch_config.check_cheat_software_punch",
                "anti_cheat_punch_config.check_buddy_punch",
                "anti_cheat_punch_config.check_simulate_wifi_punch",
                "anti_cheat_punch_config.check_change_device_punch",
                "anti_cheat_punch_config.allow_change_device_num",
                "anti_cheat_punch_config.suspected_cheat_handle_method",
                "machines",
                "machines[].machine_sn",
                "machines[].machine_name",
                "gps_range",
                "locations",
                "locations[].location_id",
                "locations[].location_name",
                "locations[].location_type",
                "locations[].latitude",
                "locations[].longitude",
                "locations[].ssid",
                "locations[].bssid",
                "locations[].map_type",
                "locations[].address",
                "locations[].ip",
                "locations[].feature",
                "locations[].gps_range",
                "group_type",
                "punch_day_shift_ids",
                "free_punch_cfg",
                "free_punch_cfg.free_start_time",
                "free_punch_cfg.free_end_time",
                "free_punch_cfg.punch_day",
                "free_punch_cfg.work_day_no_punch_as_lack",
                "free_punch_cfg.work_hours_demand",
                "free_punch_cfg.work_hours",
                "free_punch_cfg.free_clock_setting",
                "free_punch_cfg.free_clock_setting.clock_mode",
                "free_punch_cfg.free_clock_setting.clock_internal_hhmm",
                "calendar_id",
                "need_punch_special_days",
                "need_punch_special_days[].punch_day",
                "need_punch_special_days[].shift_id",
                "no_need_punch_special_days",
                "no_need_punch_special_days[].punch_day",
                "no_need_punch_special_days[].shift_id",
                "work_day_no_punch_as_lack",
                "remedy_period_type",
                "remedy_period_custom_date",
                "punch_type",
                "effect_time",
                "fixshift_effect_time",
                "member_effect_time",
                "rest_clockIn_need_approval",
                "clockIn_need_photo",
                "member_status_change",
                "member_status_change.onboarding_on_no_need_punch",
                "member_status_change.onboarding_off_no_need_punch",
                "member_status_change.offboarding_on_no_need_punch",
                "member_status_change.offboarding_off_no_need_punch",
                "leave_need_punch",
                "leave_need_punch_cfg",
                "leave_need_punch_cfg.late_minutes_as_late",
                "leave_need_punch_cfg.late_minutes_as_lack",
                "leave_need_punch_cfg.early_minutes_as_early",
                "leave_need_punch_cfg.early_minutes_as_lack",
                "leave_need_punch_cfg.not_during_shift",
                "go_out_need_punch",
                "go_out_need_punch_cfg",
                "go_out_need_punch_cfg.late_minutes_as_late",
                "go_out_need_punch_cfg.late_minutes_as_lack",
                "go_out_need_punch_cfg.early_minutes_as_early",
                "go_out_need_punch_cfg.early_minutes_as_lack",
                "go_out_need_punch_cfg.not_during_shift",
                "travel_need_punch",
                "travel_need_punch_cfg",
                "travel_need_punch_cfg.late_minutes_as_late",
                "travel_need_punch_cfg.late_minutes_as_lack",
                "travel_need_punch_cfg.early_minutes_as_early",
                "travel_need_punch_cfg.early_minutes_as_lack",
                "travel_need_punch_cfg.not_during_shift",
                "need_punch_members",
                "need_punch_members[].rule_scope_type",
                "need_punch_members[].scope_group_list",
                "need_punch_members[].scope_group_list.scope_value_type",
                "need_punch_members[].scope_group_list.operation_type",
                "need_punch_members[].scope_group_list.right",
                "need_punch_members[].scope_group_list.right[].key",
                "need_punch_members[].scope_group_list.right[].name",
                "need_punch_members[].scope_group_list.member_ids",
                "need_punch_members[].scope_group_list.custom_field_ID",
                "need_punch_members[].scope_group_list.custom_field_obj_type",
                "no_need_punch_members",
                "no_need_punch_members[].rule_scope_type",
                "no_need_punch_members[].scope_group_list",
                "no_need_punch_members[].scope_group_list.scope_value_type",
                "no_need_punch_members[].scope_group_list.operation_type",
                "no_need_punch_members[].scope_group_list.right",
                "no_need_punch_members[].scope_group_list.right[].key",
                "no_need_punch_members[].scope_group_list.right[].name",
                "no_need_punch_members[].scope_group_list.member_ids",
                "no_need_punch_members[].scope_group_list.custom_field_ID",
                "no_need_punch_members[].scope_group_list.custom_field_obj_type",
                "save_auto_changes",
                "org_change_auto_adjust",
                "bind_default_dept_ids",
                "bind_default_user_ids",
                "overtime_clock_cfg",
                "overtime_clock_cfg.allow_punch_approval",
                "overtime_clock_cfg.need_clock_over_time_start_and_end",
                "new_calendar_id",
                "allow_apply_punch",
                "clock_in_abnormal_settings",
                "clock_in_abnormal_settings.ignore_until_latest_clockout",
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
    /**Get an attendance group by its id (按 ID 查询考勤组).

Returns the full settings of one attendance group: its basic information, shifts, punch methods
and attendance rules. The group's fields sit directly in the response's `data`; they are those of
the `Group` object the create-or-update endpoint takes, except `effect_now`.

通过考勤组 ID 获取考勤组详情。包含基本信息、考勤班次、考勤方式、考勤设置信息。

- **HTTP:** `GET /open-apis/attendance/v1/groups/:group_id`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`, `attendance:rule:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/group/get>

# Errors

Besides transport and validation errors, the documented codes ([`get::GetErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee id kind is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220003 | `EmployeeTypeInvalid` | employee_type only accepts employee_id or employee_no. |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1227000 | `Legacy` | A historical code that is no longer used. |
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
