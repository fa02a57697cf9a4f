///The `attendance` service.
pub mod attendance {
    ///Version `v1` of the `attendance` service.
    pub mod v1 {
        ///The `user_task_remedy` resource of `attendance` v1.
        pub mod user_task_remedy {
            ///Types of `attendance.v1.user_task_remedy.query`: Query employees' attendance remedy records (获取补卡记录).
            pub mod query {
                const _: &str = ::core::include_str!(
                    "$SPECS/attendance/v1/user_task_remedy/query.toml"
                );
                /**A kind of employee id.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
                #[derive(Debug, Clone, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum EmployeeType {
                    /**The employee ID shown in the admin console (管理后台 > 组织架构 > 成员与部门 > 成员详情 > 用户 ID).

Wire value `"employee_id"`.*/
                    EmployeeId,
                    /**The employee number shown in the admin console (管理后台 > 组织架构 > 成员与部门 > 成员详情 > 工号).

Wire value `"employee_no"`.*/
                    EmployeeNo,
                    ///A value this version of the SDK does not know, as received.
                    Unknown(::std::string::String),
                }
                impl EmployeeType {
                    /// Every value the spec documents, in spec order.
                    pub const KNOWN: &'static [Self] = &[
                        Self::EmployeeId,
                        Self::EmployeeNo,
                    ];
                    /// The value as sent on the wire.
                    pub fn wire_value(&self) -> &str {
                        match self {
                            Self::EmployeeId => "employee_id",
                            Self::EmployeeNo => "employee_no",
                            Self::Unknown(raw) => raw.as_str(),
                        }
                    }
                    /// Reads a wire value; a value the spec does not list becomes `Unknown`.
                    pub fn from_wire_value(value: &str) -> Self {
                        match value {
                            "employee_id" => Self::EmployeeId,
                            "employee_no" => Self::EmployeeNo,
                            other => Self::Unknown(::std::string::String::from(other)),
                        }
                    }
                    /// Whether the server accepts this value today (the spec documents some values
                    /// ahead of support). `Unknown` values are passed through as the caller chose.
                    pub fn is_supported(&self) -> bool {
                        true
                    }
                }
                impl ::core::fmt::Display for EmployeeType {
                    /// Writes the wire value.
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str(self.wire_value())
                    }
                }
                const _: () = {
                    use ::feishu_api::__private::serde as _serde;
                    impl _serde::Serialize for EmployeeType {
                        fn serialize<S: _serde::Serializer>(
                            &self,
                            serializer: S,
                        ) -> ::core::result::Result<S::Ok, S::Error> {
                            serializer.serialize_str(self.wire_value())
                        }
                    }
                    impl<'de> _serde::Deserialize<'de> for EmployeeType {
                        fn deserialize<D: _serde::Deserializer<'de>>(
                            deserializer: D,
                        ) -> ::core::result::Result<Self, D::Error> {
                            <::std::string::String as _serde::Deserialize>::deserialize(
                                    deserializer,
                                )
                                .map(|raw| Self::from_wire_value(&raw))
                        }
                    }
                    impl ::feishu_api::wire::QueryValue for EmployeeType {
                        fn to_query(&self) -> ::std::string::String {
                            ::std::string::ToString::to_string(self)
                        }
                        fn from_query(
                            raw: &str,
                        ) -> ::core::result::Result<Self, ::std::string::String> {
                            ::core::result::Result::Ok(Self::from_wire_value(raw))
                        }
                    }
                };
                /**Which time of a remedy a query window applies to.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
                #[derive(Debug, Clone, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum CheckDateType {
                    /**The time the remedy takes effect for (单据作用时间). The server's default.

Wire value `"PeriodTime"`.*/
                    PeriodTime,
                    /**The time the remedy was requested (单据创建时间).

Wire value `"CreateTime"`.

**Not accepted by the server yet:** Not supported by the server yet (目前暂不支持).*/
                    CreateTime,
                    /**The time the remedy's status last changed (单据状态更新时间).

Wire value `"UpdateTime"`.

**Not accepted by the server yet:** In gradual rollout, not open yet (灰度中，暂不开放).*/
                    UpdateTime,
                    ///A value this version of the SDK does not know, as received.
                    Unknown(::std::string::String),
                }
                impl CheckDateType {
                    /// Every value the spec documents, in spec order.
                    pub const KNOWN: &'static [Self] = &[
                        Self::PeriodTime,
                        Self::CreateTime,
                        Self::UpdateTime,
                    ];
                    /// The value as sent on the wire.
                    pub fn wire_value(&self) -> &str {
                        match self {
                            Self::PeriodTime => "PeriodTime",
                            Self::CreateTime => "CreateTime",
                            Self::UpdateTime => "UpdateTime",
                            Self::Unknown(raw) => raw.as_str(),
                        }
                    }
                    /// Reads a wire value; a value the spec does not list becomes `Unknown`.
                    pub fn from_wire_value(value: &str) -> Self {
                        match value {
                            "PeriodTime" => Self::PeriodTime,
                            "CreateTime" => Self::CreateTime,
                            "UpdateTime" => Self::UpdateTime,
                            other => Self::Unknown(::std::string::String::from(other)),
                        }
                    }
                    /// Whether the server accepts this value today (the spec documents some values
                    /// ahead of support). `Unknown` values are passed through as the caller chose.
                    pub fn is_supported(&self) -> bool {
                        !matches!(self, Self::CreateTime | Self::UpdateTime)
                    }
                }
                impl ::core::fmt::Display for CheckDateType {
                    /// Writes the wire value.
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str(self.wire_value())
                    }
                }
                const _: () = {
                    use ::feishu_api::__private::serde as _serde;
                    impl _serde::Serialize for CheckDateType {
                        fn serialize<S: _serde::Serializer>(
                            &self,
                            serializer: S,
                        ) -> ::core::result::Result<S::Ok, S::Error> {
                            serializer.serialize_str(self.wire_value())
                        }
                    }
                    impl<'de> _serde::Deserialize<'de> for CheckDateType {
                        fn deserialize<D: _serde::Deserializer<'de>>(
                            deserializer: D,
                        ) -> ::core::result::Result<Self, D::Error> {
                            <::std::string::String as _serde::Deserialize>::deserialize(
                                    deserializer,
                                )
                                .map(|raw| Self::from_wire_value(&raw))
                        }
                    }
                    impl ::feishu_api::wire::QueryValue for CheckDateType {
                        fn to_query(&self) -> ::std::string::String {
                            ::std::string::ToString::to_string(self)
                        }
                        fn from_query(
                            raw: &str,
                        ) -> ::core::result::Result<Self, ::std::string::String> {
                            ::core::result::Result::Ok(Self::from_wire_value(raw))
                        }
                    }
                };
                /**A remedy's approval status.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum RemedyStatus {
                    /**Awaiting approval (待审批 / 审批中).

Wire value `0`.*/
                    Pending,
                    /**Not approved (未通过).

Wire value `1`.*/
                    Rejected,
                    /**Approved (已通过). The server's default filter.

Wire value `2`.*/
                    Approved,
                    /**Cancelled (已取消).

Wire value `3`.*/
                    Cancelled,
                    /**Withdrawn after approval (已撤回 / 通过后撤回).

Wire value `4`.*/
                    Withdrawn,
                    ///A value this version of the SDK does not know, as received.
                    Unknown(i64),
                }
                impl RemedyStatus {
                    /// Every value the spec documents, in spec order.
                    pub const KNOWN: &'static [Self] = &[
                        Self::Pending,
                        Self::Rejected,
                        Self::Approved,
                        Self::Cancelled,
                        Self::Withdrawn,
                    ];
                    /// The value as sent on the wire.
                    pub fn wire_value(&self) -> i64 {
                        match self {
                            Self::Pending => 0i64,
                            Self::Rejected => 1i64,
                            Self::Approved => 2i64,
                            Self::Cancelled => 3i64,
                            Self::Withdrawn => 4i64,
                            Self::Unknown(raw) => *raw,
                        }
                    }
                    /// Reads a wire value; a value the spec does not list becomes `Unknown`.
                    pub fn from_wire_value(value: i64) -> Self {
                        match value {
                            0i64 => Self::Pending,
                            1i64 => Self::Rejected,
                            2i64 => Self::Approved,
                            3i64 => Self::Cancelled,
                            4i64 => Self::Withdrawn,
                            other => Self::Unknown(other),
                        }
                    }
                    /// Whether the server accepts this value today (the spec documents some values
                    /// ahead of support). `Unknown` values are passed through as the caller chose.
                    pub fn is_supported(&self) -> bool {
                        true
                    }
                }
                impl ::core::fmt::Display for RemedyStatus {
                    /// Writes the wire value.
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        ::core::fmt::Display::fmt(&self.wire_value(), f)
                    }
                }
                const _: () = {
                    use ::feishu_api::__private::serde as _serde;
                    impl _serde::Serialize for RemedyStatus {
                        fn serialize<S: _serde::Serializer>(
                            &self,
                            serializer: S,
                        ) -> ::core::result::Result<S::Ok, S::Error> {
                            serializer.serialize_i64(self.wire_value())
                        }
                    }
                    impl<'de> _serde::Deserialize<'de> for RemedyStatus {
                        fn deserialize<D: _serde::Deserializer<'de>>(
                            deserializer: D,
                        ) -> ::core::result::Result<Self, D::Error> {
                            <i64 as _serde::Deserialize>::deserialize(deserializer)
                                .map(Self::from_wire_value)
                        }
                    }
                    impl ::feishu_api::wire::QueryValue for RemedyStatus {
                        fn to_query(&self) -> ::std::string::String {
                            ::std::string::ToString::to_string(self)
                        }
                        fn from_query(
                            raw: &str,
                        ) -> ::core::result::Result<Self, ::std::string::String> {
                            raw.parse::<i64>()
                                .map(Self::from_wire_value)
                                .map_err(|_| ::std::format!("`{raw}` is not an integer"))
                        }
                    }
                };
                /**Whether a punch starts or ends a work period.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum WorkType {
                    /**On duty (上班); free shifts always use this.

Wire value `1`.*/
                    OnDuty,
                    /**Off duty (下班).

Wire value `2`.*/
                    OffDuty,
                    ///A value this version of the SDK does not know, as received.
                    Unknown(i64),
                }
                impl WorkType {
                    /// Every value the spec documents, in spec order.
                    pub const KNOWN: &'static [Self] = &[Self::OnDuty, Self::OffDuty];
                    /// The value as sent on the wire.
                    pub fn wire_value(&self) -> i64 {
                        match self {
                            Self::OnDuty => 1i64,
                            Self::OffDuty => 2i64,
                            Self::Unknown(raw) => *raw,
                        }
                    }
                    /// Reads a wire value; a value the spec does not list becomes `Unknown`.
                    pub fn from_wire_value(value: i64) -> Self {
                        match value {
                            1i64 => Self::OnDuty,
                            2i64 => Self::OffDuty,
                            other => Self::Unknown(other),
                        }
                    }
                    /// Whether the server accepts this value today (the spec documents some values
                    /// ahead of support). `Unknown` values are passed through as the caller chose.
                    pub fn is_supported(&self) -> bool {
                        true
                    }
                }
                impl ::core::fmt::Display for WorkType {
                    /// Writes the wire value.
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        ::core::fmt::Display::fmt(&self.wire_value(), f)
                    }
                }
                const _: () = {
                    use ::feishu_api::__private::serde as _serde;
                    impl _serde::Serialize for WorkType {
                        fn serialize<S: _serde::Serializer>(
                            &self,
                            serializer: S,
                        ) -> ::core::result::Result<S::Ok, S::Error> {
                            serializer.serialize_i64(self.wire_value())
                        }
                    }
                    impl<'de> _serde::Deserialize<'de> for WorkType {
                        fn deserialize<D: _serde::Deserializer<'de>>(
                            deserializer: D,
                        ) -> ::core::result::Result<Self, D::Error> {
                            <i64 as _serde::Deserialize>::deserialize(deserializer)
                                .map(Self::from_wire_value)
                        }
                    }
                    impl ::feishu_api::wire::QueryValue for WorkType {
                        fn to_query(&self) -> ::std::string::String {
                            ::std::string::ToString::to_string(self)
                        }
                        fn from_query(
                            raw: &str,
                        ) -> ::core::result::Result<Self, ::std::string::String> {
                            raw.parse::<i64>()
                                .map(Self::from_wire_value)
                                .map_err(|_| ::std::format!("`{raw}` is not an integer"))
                        }
                    }
                };
                /**Which on/off-duty pair of the day a punch belongs to.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum PunchNo {
                    /**The first on/off-duty pair (第 1 次上下班); free shifts always use this.

Wire value `0`.*/
                    First,
                    /**The second on/off-duty pair (第 2 次上下班).

Wire value `1`.*/
                    Second,
                    /**The third on/off-duty pair (第 3 次上下班).

Wire value `2`.*/
                    Third,
                    ///A value this version of the SDK does not know, as received.
                    Unknown(i64),
                }
                impl PunchNo {
                    /// Every value the spec documents, in spec order.
                    pub const KNOWN: &'static [Self] = &[
                        Self::First,
                        Self::Second,
                        Self::Third,
                    ];
                    /// The value as sent on the wire.
                    pub fn wire_value(&self) -> i64 {
                        match self {
                            Self::First => 0i64,
                            Self::Second => 1i64,
                            Self::Third => 2i64,
                            Self::Unknown(raw) => *raw,
                        }
                    }
                    /// Reads a wire value; a value the spec does not list becomes `Unknown`.
                    pub fn from_wire_value(value: i64) -> Self {
                        match value {
                            0i64 => Self::First,
                            1i64 => Self::Second,
                            2i64 => Self::Third,
                            other => Self::Unknown(other),
                        }
                    }
                    /// Whether the server accepts this value today (the spec documents some values
                    /// ahead of support). `Unknown` values are passed through as the caller chose.
                    pub fn is_supported(&self) -> bool {
                        true
                    }
                }
                impl ::core::fmt::Display for PunchNo {
                    /// Writes the wire value.
                    fn fmt(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        ::core::fmt::Display::fmt(&self.wire_value(), f)
                    }
                }
                const _: () = {
                    use ::feishu_api::__private::serde as _serde;
                    impl _serde::Serialize for PunchNo {
                        fn serialize<S: _serde::Serializer>(
                            &self,
                            serializer: S,
                        ) -> ::core::result::Result<S::Ok, S::Error> {
                            serializer.serialize_i64(self.wire_value())
                        }
                    }
                    impl<'de> _serde::Deserialize<'de> for PunchNo {
                        fn deserialize<D: _serde::Deserializer<'de>>(
                            deserializer: D,
                        ) -> ::core::result::Result<Self, D::Error> {
                            <i64 as _serde::Deserialize>::deserialize(deserializer)
                                .map(Self::from_wire_value)
                        }
                    }
                    impl ::feishu_api::wire::QueryValue for PunchNo {
                        fn to_query(&self) -> ::std::string::String {
                            ::std::string::ToString::to_string(self)
                        }
                        fn from_query(
                            raw: &str,
                        ) -> ::core::result::Result<Self, ::std::string::String> {
                            raw.parse::<i64>()
                                .map(Self::from_wire_value)
                                .map_err(|_| ::std::format!("`{raw}` is not an integer"))
                        }
                    }
                };
                ///One remedy record: a punch added through an approval (补卡记录).
                #[derive(
                    Debug,
                    Clone,
                    PartialEq,
                    Default,
                    ::feishu_api::__private::serde::Serialize,
                    ::feishu_api::__private::serde::Deserialize
                )]
                #[serde(crate = "::feishu_api::__private::serde")]
                #[non_exhaustive]
                pub struct UserTaskRemedy {
                    /**The employee's id, of the kind named by the request's `employee_type`.

Wire name `user_id`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub user_id: ::core::option::Option<::std::string::String>,
                    /**The attendance date the remedy belongs to (yyyyMMdd).

Wire name `remedy_date`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub remedy_date: ::core::option::Option<::feishu_api::time::DateYmd>,
                    /**Which on/off-duty pair of the day the remedy is for; free shifts use 0.

Wire name `punch_no`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub punch_no: ::core::option::Option<PunchNo>,
                    /**Whether the remedy replaces an on-duty or an off-duty punch; free shifts use 1.

Wire name `work_type`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub work_type: ::core::option::Option<WorkType>,
                    /**The approval's id; usable to notify an approval status update (通知审批状态更新).

Wire name `approval_id`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub approval_id: ::core::option::Option<::std::string::String>,
                    /**The remedied punch time, `yyyy-MM-dd HH:mm`, wall-clock time in `time_zone`.

Wire name `remedy_time`; wall-clock time in the zone named by `time_zone`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub remedy_time: ::core::option::Option<
                        ::feishu_api::time::LocalMinute,
                    >,
                    /**The remedy's approval status.

Wire name `status`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub status: ::core::option::Option<RemedyStatus>,
                    /**The reason given for the remedy.

Wire name `reason`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub reason: ::core::option::Option<::std::string::String>,
                    /**The remedied punch time, a Unix time in seconds.

Wire name `time`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
                    /**The time zone of the employee's attendance group when the remedy was made (IANA name).

Wire name `time_zone`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub time_zone: ::core::option::Option<::std::string::String>,
                    /**When the remedy was requested, a Unix time in seconds.

Wire name `create_time`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub create_time: ::core::option::Option<
                        ::feishu_api::time::UnixSeconds,
                    >,
                    /**When the remedy's status last changed, a Unix time in seconds.

Wire name `update_time`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub update_time: ::core::option::Option<
                        ::feishu_api::time::UnixSeconds,
                    >,
                }
                impl UserTaskRemedy {
                    ///`remedy_time` as a zoned time in the IANA zone named by `time_zone`: `None` when either is absent, an error when either is malformed.
                    pub fn remedy_time_zoned(
                        &self,
                    ) -> ::core::option::Option<
                        ::core::result::Result<
                            ::feishu_api::jiff::ZonedDateTime,
                            ::feishu_api::time::TimeError,
                        >,
                    > {
                        match (self.remedy_time.as_ref(), self.time_zone.as_ref()) {
                            (
                                ::core::option::Option::Some(time),
                                ::core::option::Option::Some(zone),
                            ) => ::core::option::Option::Some(time.in_zone(zone)),
                            _ => ::core::option::Option::None,
                        }
                    }
                }
                /**The request of [`query`](super::UserTaskRemedyResource::query): Query employees' attendance remedy records (获取补卡记录).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
                #[derive(Debug, Clone, PartialEq)]
                #[non_exhaustive]
                pub struct QueryRequest {
                    /**The kind of employee id used by `user_ids` in the request and by `user_id` in the response.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
                    pub employee_type: EmployeeType,
                    /**The employees to query: employee ids or employee numbers, of the kind named by
`employee_type`. At most 50.

Wire name `user_ids`; 1 to 50 items.*/
                    pub user_ids: ::std::vec::Vec<::std::string::String>,
                    /**Start of the time window to query, a Unix time in seconds.

Wire name `check_time_from`.*/
                    pub check_time_from: ::feishu_api::time::UnixSeconds,
                    /**End of the time window to query, a Unix time in seconds.

Wire name `check_time_to`.*/
                    pub check_time_to: ::feishu_api::time::UnixSeconds,
                    /**Which time of a remedy the window applies to. Tenants other than specific ones only support
the default.

Wire name `check_date_type`; the server assumes `PeriodTime` ([`CheckDateType::PeriodTime`]) when absent.*/
                    pub check_date_type: ::core::option::Option<CheckDateType>,
                    /**Only return remedies in this approval status.

Wire name `status`; the server assumes `2` ([`RemedyStatus::Approved`]) when absent.*/
                    pub status: ::core::option::Option<RemedyStatus>,
                }
                /// Marker types naming the request's required fields in builder errors.
                pub mod __field {
                    ///Marks the required field `employee_type` in the builder's type.
                    #[allow(non_camel_case_types)]
                    #[derive(Debug, Clone, Copy)]
                    pub struct employee_type;
                    ///Marks the required field `user_ids` in the builder's type.
                    #[allow(non_camel_case_types)]
                    #[derive(Debug, Clone, Copy)]
                    pub struct user_ids;
                    ///Marks the required field `check_time_from` in the builder's type.
                    #[allow(non_camel_case_types)]
                    #[derive(Debug, Clone, Copy)]
                    pub struct check_time_from;
                    ///Marks the required field `check_time_to` in the builder's type.
                    #[allow(non_camel_case_types)]
                    #[derive(Debug, Clone, Copy)]
                    pub struct check_time_to;
                }
                ///Builder for [`QueryRequest`]; required fields are tracked in its type.
                #[derive(Debug, Clone)]
                #[must_use = "call `.build()` to get the request"]
                pub struct QueryRequestBuilder<
                    __EmployeeType = ::feishu_api::builder::Unset,
                    __UserIds = ::feishu_api::builder::Unset,
                    __CheckTimeFrom = ::feishu_api::builder::Unset,
                    __CheckTimeTo = ::feishu_api::builder::Unset,
                > {
                    employee_type: __EmployeeType,
                    user_ids: __UserIds,
                    check_time_from: __CheckTimeFrom,
                    check_time_to: __CheckTimeTo,
                    check_date_type: ::core::option::Option<CheckDateType>,
                    status: ::core::option::Option<RemedyStatus>,
                }
                impl QueryRequest {
                    /// Starts building a request.
                    pub fn builder() -> QueryRequestBuilder {
                        QueryRequestBuilder {
                            employee_type: ::feishu_api::builder::Unset,
                            user_ids: ::feishu_api::builder::Unset,
                            check_time_from: ::feishu_api::builder::Unset,
                            check_time_to: ::feishu_api::builder::Unset,
                            check_date_type: ::core::option::Option::None,
                            status: ::core::option::Option::None,
                        }
                    }
                    /// Checks the request against the spec's constraints, reporting every violation
                    /// (the client calls this before sending anything).
                    pub fn validate(
                        &self,
                    ) -> ::core::result::Result<(), ::feishu_api::Violations> {
                        let mut all = ::feishu_api::Violations::new();
                        {
                            let violations = &mut all;
                            let prefix = "";
                            let _ = (prefix, &violations);
                            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                                &self.user_ids,
                            ) {
                                let path = ::feishu_api::wire::join_path(
                                    prefix,
                                    "user_ids",
                                );
                                violations
                                    .check_items(
                                        &path,
                                        value.len(),
                                        ::core::option::Option::Some(1),
                                        ::core::option::Option::Some(50),
                                    );
                            }
                            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                                &self.check_time_from,
                            ) {
                                let path = ::feishu_api::wire::join_path(
                                    prefix,
                                    "check_time_from",
                                );
                                violations.check_format(&path, value);
                            }
                            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                                &self.check_time_to,
                            ) {
                                let path = ::feishu_api::wire::join_path(
                                    prefix,
                                    "check_time_to",
                                );
                                violations.check_format(&path, value);
                            }
                            if let (
                                ::core::option::Option::Some(left),
                                ::core::option::Option::Some(right),
                            ) = (
                                ::core::option::Option::Some(&self.check_time_from),
                                ::core::option::Option::Some(&self.check_time_to),
                            ) {
                                violations
                                    .check_order(
                                        &::feishu_api::wire::join_path(prefix, "check_time_from"),
                                        left,
                                        "<=",
                                        &::feishu_api::wire::join_path(prefix, "check_time_to"),
                                        right,
                                    );
                            }
                        }
                        all.into_result()
                    }
                }
                impl<
                    __EmployeeType,
                    __UserIds,
                    __CheckTimeFrom,
                    __CheckTimeTo,
                > QueryRequestBuilder<
                    __EmployeeType,
                    __UserIds,
                    __CheckTimeFrom,
                    __CheckTimeTo,
                > {
                    /**The kind of employee id used by `user_ids` in the request and by `user_id` in the response.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
                    pub fn employee_type(
                        self,
                        value: EmployeeType,
                    ) -> QueryRequestBuilder<
                        ::feishu_api::builder::Set<EmployeeType>,
                        __UserIds,
                        __CheckTimeFrom,
                        __CheckTimeTo,
                    > {
                        QueryRequestBuilder {
                            employee_type: ::feishu_api::builder::Set::new(value),
                            user_ids: self.user_ids,
                            check_time_from: self.check_time_from,
                            check_time_to: self.check_time_to,
                            check_date_type: self.check_date_type,
                            status: self.status,
                        }
                    }
                    /**The employees to query: employee ids or employee numbers, of the kind named by
`employee_type`. At most 50.

Wire name `user_ids`; 1 to 50 items.*/
                    pub fn user_ids(
                        self,
                        value: impl ::core::iter::IntoIterator<
                            Item = impl ::core::convert::Into<::std::string::String>,
                        >,
                    ) -> QueryRequestBuilder<
                        __EmployeeType,
                        ::feishu_api::builder::Set<
                            ::std::vec::Vec<::std::string::String>,
                        >,
                        __CheckTimeFrom,
                        __CheckTimeTo,
                    > {
                        QueryRequestBuilder {
                            employee_type: self.employee_type,
                            user_ids: ::feishu_api::builder::Set::new(
                                value.into_iter().map(::core::convert::Into::into).collect(),
                            ),
                            check_time_from: self.check_time_from,
                            check_time_to: self.check_time_to,
                            check_date_type: self.check_date_type,
                            status: self.status,
                        }
                    }
                    /**Start of the time window to query, a Unix time in seconds.

Wire name `check_time_from`.*/
                    pub fn check_time_from(
                        self,
                        value: impl ::core::convert::Into<
                            ::feishu_api::time::UnixSeconds,
                        >,
                    ) -> QueryRequestBuilder<
                        __EmployeeType,
                        __UserIds,
                        ::feishu_api::builder::Set<::feishu_api::time::UnixSeconds>,
                        __CheckTimeTo,
                    > {
                        QueryRequestBuilder {
                            employee_type: self.employee_type,
                            user_ids: self.user_ids,
                            check_time_from: ::feishu_api::builder::Set::new(
                                ::core::convert::Into::into(value),
                            ),
                            check_time_to: self.check_time_to,
                            check_date_type: self.check_date_type,
                            status: self.status,
                        }
                    }
                    /**End of the time window to query, a Unix time in seconds.

Wire name `check_time_to`.*/
                    pub fn check_time_to(
                        self,
                        value: impl ::core::convert::Into<
                            ::feishu_api::time::UnixSeconds,
                        >,
                    ) -> QueryRequestBuilder<
                        __EmployeeType,
                        __UserIds,
                        __CheckTimeFrom,
                        ::feishu_api::builder::Set<::feishu_api::time::UnixSeconds>,
                    > {
                        QueryRequestBuilder {
                            employee_type: self.employee_type,
                            user_ids: self.user_ids,
                            check_time_from: self.check_time_from,
                            check_time_to: ::feishu_api::builder::Set::new(
                                ::core::convert::Into::into(value),
                            ),
                            check_date_type: self.check_date_type,
                            status: self.status,
                        }
                    }
                    /**Which time of a remedy the window applies to. Tenants other than specific ones only support
the default.

Wire name `check_date_type`; the server assumes `PeriodTime` ([`CheckDateType::PeriodTime`]) when absent.*/
                    pub fn check_date_type(mut self, value: CheckDateType) -> Self {
                        self.check_date_type = ::core::option::Option::Some(value);
                        self
                    }
                    /**Only return remedies in this approval status.

Wire name `status`; the server assumes `2` ([`RemedyStatus::Approved`]) when absent.*/
                    pub fn status(mut self, value: RemedyStatus) -> Self {
                        self.status = ::core::option::Option::Some(value);
                        self
                    }
                }
                impl<
                    __EmployeeType,
                    __UserIds,
                    __CheckTimeFrom,
                    __CheckTimeTo,
                > QueryRequestBuilder<
                    __EmployeeType,
                    __UserIds,
                    __CheckTimeFrom,
                    __CheckTimeTo,
                >
                where
                    __EmployeeType: ::feishu_api::builder::IsSet<
                        __field::employee_type,
                        Value = EmployeeType,
                    >,
                    __UserIds: ::feishu_api::builder::IsSet<
                        __field::user_ids,
                        Value = ::std::vec::Vec<::std::string::String>,
                    >,
                    __CheckTimeFrom: ::feishu_api::builder::IsSet<
                        __field::check_time_from,
                        Value = ::feishu_api::time::UnixSeconds,
                    >,
                    __CheckTimeTo: ::feishu_api::builder::IsSet<
                        __field::check_time_to,
                        Value = ::feishu_api::time::UnixSeconds,
                    >,
                {
                    /// Builds the request (every required field is set, or this would not compile).
                    /// Constraints are checked by [`validate`](#request::validate).
                    pub fn build(self) -> QueryRequest {
                        QueryRequest {
                            employee_type: ::feishu_api::builder::IsSet::into_value(
                                self.employee_type,
                            ),
                            user_ids: ::feishu_api::builder::IsSet::into_value(
                                self.user_ids,
                            ),
                            check_time_from: ::feishu_api::builder::IsSet::into_value(
                                self.check_time_from,
                            ),
                            check_time_to: ::feishu_api::builder::IsSet::into_value(
                                self.check_time_to,
                            ),
                            check_date_type: self.check_date_type,
                            status: self.status,
                        }
                    }
                }
                /**The remedy records found.

Absent optional fields decode as `None` (arrays as empty); unknown fields are ignored.*/
                #[derive(
                    Debug,
                    Clone,
                    PartialEq,
                    Default,
                    ::feishu_api::__private::serde::Serialize,
                    ::feishu_api::__private::serde::Deserialize
                )]
                #[serde(crate = "::feishu_api::__private::serde")]
                #[non_exhaustive]
                pub struct QueryResponse {
                    /**The remedy records (补卡记录列表).

Wire name `user_remedys`.*/
                    #[serde(
                        default,
                        deserialize_with = "::feishu_api::wire::null_as_default"
                    )]
                    pub user_remedys: ::std::vec::Vec<UserTaskRemedy>,
                }
                ///The error codes the reference page documents for `query`, to match a failed call's code by name: `QueryErrorCode::from_code(code)`.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum QueryErrorCode {
                    /**`1220001` (HTTP 400): param is invalis

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
                    ParamInvalid,
                    /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
                    TenantIdEmpty,
                    /**`1220004` (HTTP 400): param is invalis

Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission.*/
                    UserNotFound,
                    /**`1220005` (HTTP 400): 没有权限

No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).*/
                    NoPermission,
                    /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
                    General,
                    /**`1225000` (HTTP 500): param is invalis

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
                    Internal,
                    /**`1226500` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
                    Legacy,
                }
                /// The documented error table, in spec order.
                pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 7usize] = &[
                    ::feishu_api::ErrorCodeInfo {
                        http_status: 400u16,
                        code: 1220001i64,
                        name: "ParamInvalid",
                        message: "param is invalis",
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
                        message: "param is invalis",
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
                        message: "param is invalis",
                        hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
                    },
                    ::feishu_api::ErrorCodeInfo {
                        http_status: 500u16,
                        code: 1226500i64,
                        name: "Legacy",
                        message: "历史错误码，不再使用",
                        hint: "A historical code that is no longer used.",
                    },
                ];
                impl QueryErrorCode {
                    /// Every documented code, in spec order.
                    pub const ALL: &'static [Self] = &[
                        Self::ParamInvalid,
                        Self::TenantIdEmpty,
                        Self::UserNotFound,
                        Self::NoPermission,
                        Self::General,
                        Self::Internal,
                        Self::Legacy,
                    ];
                    /// The documented code with this value, if any.
                    pub fn from_code(code: i64) -> ::core::option::Option<Self> {
                        match code {
                            1220001i64 => {
                                ::core::option::Option::Some(Self::ParamInvalid)
                            }
                            1220002i64 => {
                                ::core::option::Option::Some(Self::TenantIdEmpty)
                            }
                            1220004i64 => {
                                ::core::option::Option::Some(Self::UserNotFound)
                            }
                            1220005i64 => {
                                ::core::option::Option::Some(Self::NoPermission)
                            }
                            1220600i64 => ::core::option::Option::Some(Self::General),
                            1225000i64 => ::core::option::Option::Some(Self::Internal),
                            1226500i64 => ::core::option::Option::Some(Self::Legacy),
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
                            Self::Legacy => &ERRORS[6usize],
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
                impl ::feishu_api::Endpoint for QueryRequest {
                    type Response = QueryResponse;
                    const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
                        service: "attendance",
                        version: "v1",
                        resource: "user_task_remedy",
                        method: "query",
                        summary: "Query employees' attendance remedy records (获取补卡记录).",
                        http_method: ::feishu_api::endpoint::HttpMethod::Post,
                        path: "/open-apis/attendance/v1/user_task_remedys/query",
                        token_types: &[::feishu_api::endpoint::TokenType::Tenant],
                        scopes: &["attendance:task:readonly"],
                        app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
                        rate_limit_per_second: ::core::option::Option::Some(50u32),
                        retry_safe: true,
                        answer: ::feishu_api::endpoint::Answer::Data,
                        errors: ERRORS,
                        doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/user_task_remedy/query",
                    };
                    const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
                        "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_remedys\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"remedy_date\": 20210701,\n                \"punch_no\": 0,\n                \"work_type\": 1,\n                \"approval_id\": \"6737202939523236113\",\n                \"remedy_time\": \"2021-07-01 08:00\",\n                \"status\": 2,\n                \"reason\": \"忘记打卡\",\n                \"time\": \"1611476284\",\n                \"time_zone\": \"Asia/Shanghai\",\n                \"create_time\": \"1611476284\",\n                \"update_time\": \"1611476284\"\n            }\n        ]\n    }\n}",
                    );
                    fn validate(
                        &self,
                    ) -> ::core::result::Result<(), ::feishu_api::Violations> {
                        QueryRequest::validate(self)
                    }
                    fn path(&self) -> ::std::string::String {
                        ::std::string::String::from(
                            "/open-apis/attendance/v1/user_task_remedys/query",
                        )
                    }
                    fn query(
                        &self,
                    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
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
                            #[serde(rename = "user_ids")]
                            user_ids: &'a ::std::vec::Vec<::std::string::String>,
                            #[serde(rename = "check_time_from")]
                            check_time_from: &'a ::feishu_api::time::UnixSeconds,
                            #[serde(rename = "check_time_to")]
                            check_time_to: &'a ::feishu_api::time::UnixSeconds,
                            #[serde(
                                rename = "check_date_type",
                                skip_serializing_if = "::core::option::Option::is_none"
                            )]
                            check_date_type: ::core::option::Option<&'a CheckDateType>,
                            #[serde(
                                rename = "status",
                                skip_serializing_if = "::core::option::Option::is_none"
                            )]
                            status: ::core::option::Option<&'a RemedyStatus>,
                            #[serde(skip)]
                            _marker: ::core::marker::PhantomData<&'a ()>,
                        }
                        let body = __Body {
                            user_ids: &self.user_ids,
                            check_time_from: &self.check_time_from,
                            check_time_to: &self.check_time_to,
                            check_date_type: self.check_date_type.as_ref(),
                            status: self.status.as_ref(),
                            _marker: ::core::marker::PhantomData,
                        };
                        ::feishu_api::__private::serde_json::to_vec(&body)
                            .map(::core::option::Option::Some)
                    }
                    fn from_wire(
                        query: &str,
                        path_params: &[(&str, &str)],
                        body: &[u8],
                    ) -> ::core::result::Result<Self, ::feishu_api::Violations> {
                        let mut violations = ::feishu_api::Violations::new();
                        let pairs = ::feishu_api::wire::query_pairs(query);
                        #[allow(unused_mut)]
                        let mut body = ::feishu_api::wire::body_object(
                            body,
                            &mut violations,
                        );
                        let _ = path_params;
                        let __employee_type: ::core::option::Option<EmployeeType> = ::feishu_api::wire::take_query::<
                            EmployeeType,
                        >(&pairs, "employee_type", &mut violations);
                        let __employee_type = ::feishu_api::wire::require(
                            __employee_type,
                            "employee_type",
                            &mut violations,
                        );
                        let __user_ids: ::core::option::Option<
                            ::std::vec::Vec<::std::string::String>,
                        > = ::feishu_api::wire::take_body::<
                            ::std::vec::Vec<::std::string::String>,
                        >(&mut body, "user_ids", &mut violations);
                        let __user_ids = ::feishu_api::wire::require(
                            __user_ids,
                            "user_ids",
                            &mut violations,
                        );
                        let __check_time_from: ::core::option::Option<
                            ::feishu_api::time::UnixSeconds,
                        > = ::feishu_api::wire::take_body::<
                            ::feishu_api::time::UnixSeconds,
                        >(&mut body, "check_time_from", &mut violations);
                        let __check_time_from = ::feishu_api::wire::require(
                            __check_time_from,
                            "check_time_from",
                            &mut violations,
                        );
                        let __check_time_to: ::core::option::Option<
                            ::feishu_api::time::UnixSeconds,
                        > = ::feishu_api::wire::take_body::<
                            ::feishu_api::time::UnixSeconds,
                        >(&mut body, "check_time_to", &mut violations);
                        let __check_time_to = ::feishu_api::wire::require(
                            __check_time_to,
                            "check_time_to",
                            &mut violations,
                        );
                        let __check_date_type: ::core::option::Option<CheckDateType> = ::feishu_api::wire::take_body::<
                            CheckDateType,
                        >(&mut body, "check_date_type", &mut violations);
                        let __status: ::core::option::Option<RemedyStatus> = ::feishu_api::wire::take_body::<
                            RemedyStatus,
                        >(&mut body, "status", &mut violations);
                        if !violations.is_empty() {
                            return ::core::result::Result::Err(violations);
                        }
                        match (
                            __employee_type,
                            __user_ids,
                            __check_time_from,
                            __check_time_to,
                        ) {
                            (
                                ::core::option::Option::Some(__employee_type),
                                ::core::option::Option::Some(__user_ids),
                                ::core::option::Option::Some(__check_time_from),
                                ::core::option::Option::Some(__check_time_to),
                            ) => {
                                ::core::result::Result::Ok(Self {
                                    employee_type: __employee_type,
                                    user_ids: __user_ids,
                                    check_time_from: __check_time_from,
                                    check_time_to: __check_time_to,
                                    check_date_type: __check_date_type,
                                    status: __status,
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
                        const BODY: &str = "{\n    \"user_ids\": [\"abd754f7\"],\n    \"check_time_from\": \"1566641088\",\n    \"check_time_to\": \"1592561088\",\n    \"status\": 2\n}";
                        let path_params: &[(&str, &str)] = &[];
                        let request = match <super::QueryRequest as ::feishu_api::Endpoint>::from_wire(
                            QUERY,
                            path_params,
                            BODY.as_bytes(),
                        ) {
                            Ok(request) => request,
                            Err(violations) => {
                                panic!(
                                    "the spec's example request does not decode: {violations}"
                                )
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
                        let body: Option<Value> = request
                            .body()
                            .expect("generated types encode")
                            .map(|bytes| {
                                serde_json::from_slice(&bytes)
                                    .expect("the encoded body is JSON")
                            });
                        let expected: Option<Value> = if BODY.trim().is_empty() {
                            body.as_ref()
                                .filter(|b| b.as_object().is_some_and(|o| o.is_empty()))
                                .cloned()
                        } else {
                            Some(
                                serde_json::from_str(BODY)
                                    .expect("the example body is JSON"),
                            )
                        };
                        assert_eq!(body, expected, "the example request's body");
                    }
                    #[test]
                    fn example_response_decodes_without_loss() {
                        use ::feishu_api::__private::serde_json::{self, Value};
                        const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_remedys\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"remedy_date\": 20210701,\n                \"punch_no\": 0,\n                \"work_type\": 1,\n                \"approval_id\": \"6737202939523236113\",\n                \"remedy_time\": \"2021-07-01 08:00\",\n                \"status\": 2,\n                \"reason\": \"忘记打卡\",\n                \"time\": \"1611476284\",\n                \"time_zone\": \"Asia/Shanghai\",\n                \"create_time\": \"1611476284\",\n                \"update_time\": \"1611476284\"\n            }\n        ]\n    }\n}";
                        const DOCUMENTED: &[&str] = &[
                            "user_remedys",
                            "user_remedys[].user_id",
                            "user_remedys[].remedy_date",
                            "user_remedys[].punch_no",
                            "user_remedys[].work_type",
                            "user_remedys[].approval_id",
                            "user_remedys[].remedy_time",
                            "user_remedys[].status",
                            "user_remedys[].reason",
                            "user_remedys[].time",
                            "user_remedys[].time_zone",
                            "user_remedys[].create_time",
                            "user_remedys[].update_time",
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
                        let decoded: super::QueryResponse = match serde_json::from_value(
                            data.clone(),
                        ) {
                            Ok(decoded) => decoded,
                            Err(e) => {
                                panic!("the spec's example response does not decode: {e}")
                            }
                        };
                        let encoded = serde_json::to_value(&decoded)
                            .expect("generated types encode");
                        assert_eq!(
                            encoded, data, "re-encoding the decoded example changed it"
                        );
                    }
                }
            }
            ///Calls on the `user_task_remedy` resource.
            #[derive(Debug, Clone, Copy)]
            pub struct UserTaskRemedyResource<'a> {
                pub(super) client: &'a ::feishu_api::Client,
            }
            impl<'a> UserTaskRemedyResource<'a> {
                /**Query employees' attendance remedy records (获取补卡记录).

A remedy (补卡) is a punch record an employee adds, through an approval, inside the time window of
one on-duty or off-duty check, to correct their attendance result. This endpoint returns the
remedy records of the given employees whose time falls in the given window. It has no
counterpart in the Feishu user interface.

补卡：用户通过审批的方式，在某一次上/下班的打卡时间范围内，补充一条打卡记录，用以修正用户的考勤结果。
本接口专用于获取员工的补卡记录（无页面功能对应）。

- **HTTP:** `POST /open-apis/attendance/v1/user_task_remedys/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/user_task_remedy/query>

# Errors

Besides transport and validation errors, the documented codes ([`query::QueryErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226500 | `Legacy` | A historical code that is no longer used. |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::attendance::v1::user_task_remedy::query::{EmployeeType, QueryRequest, RemedyStatus};
use feishu_api::time::{UnixSeconds};

let request = QueryRequest::builder()
    .employee_type(EmployeeType::EmployeeId)
    .user_ids(["abd754f7"])
    .check_time_from(UnixSeconds::new(1566641088))
    .check_time_to(UnixSeconds::new(1592561088))
    .status(RemedyStatus::Approved)
    .build();
let response = client.attendance().v1().user_task_remedy().query(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
                pub async fn query(
                    &self,
                    request: &query::QueryRequest,
                ) -> ::core::result::Result<query::QueryResponse, ::feishu_api::Error> {
                    self.client.execute(request).await
                }
                ///[`query`](Self::query) with per-request options (a token override, a timeout).
                pub async fn query_with(
                    &self,
                    request: &query::QueryRequest,
                    options: &::feishu_api::RequestOptions,
                ) -> ::core::result::Result<query::QueryResponse, ::feishu_api::Error> {
                    self.client.execute_with(request, options).await
                }
            }
        }
        ///Resources of `attendance` v1.
        #[derive(Debug, Clone, Copy)]
        pub struct AttendanceV1<'a> {
            pub(super) client: &'a ::feishu_api::Client,
        }
        impl<'a> AttendanceV1<'a> {
            ///The `user_task_remedy` resource.
            pub fn user_task_remedy(
                &self,
            ) -> user_task_remedy::UserTaskRemedyResource<'a> {
                user_task_remedy::UserTaskRemedyResource {
                    client: self.client,
                }
            }
        }
    }
    ///Versions of the `attendance` service.
    #[derive(Debug, Clone, Copy)]
    pub struct AttendanceService<'a> {
        client: &'a ::feishu_api::Client,
    }
    impl<'a> AttendanceService<'a> {
        ///Version `v1` of `attendance`.
        pub fn v1(&self) -> v1::AttendanceV1<'a> {
            v1::AttendanceV1 {
                client: self.client,
            }
        }
    }
    impl<'a> AttendanceService<'a> {
        #[doc(hidden)]
        pub fn __new(client: &'a ::feishu_api::Client) -> Self {
            AttendanceService { client }
        }
    }
}
///The `auth` service.
pub mod auth {
    ///Version `v3` of the `auth` service.
    pub mod v3 {
        ///The `app_access_token` resource of `auth` v3.
        pub mod app_access_token {
            ///Types of `auth.v3.app_access_token.internal`: Get an app_access_token for a self-built app (自建应用获取 app_access_token).
            pub mod internal {
                const _: &str = ::core::include_str!(
                    "$SPECS/auth/v3/app_access_token/internal.toml"
                );
                /**The request of [`internal`](super::AppAccessTokenResource::internal): Get an app_access_token for a self-built app (自建应用获取 app_access_token).

Build it with [`InternalRequest::builder`]; the builder only offers `build()` once every required field is set.*/
                #[derive(Debug, Clone, PartialEq)]
                #[non_exhaustive]
                pub struct InternalRequest {
                    /**The app's unique id (应用唯一标识), assigned when the app is created; see 通用参数 for where to
find it.

Wire name `app_id`.*/
                    pub app_id: ::std::string::String,
                    /**The app's secret (应用秘钥), assigned when the app is created; see 通用参数. A credential:
keep it secret, never log it or ship it in client-side code.

Wire name `app_secret`.*/
                    pub app_secret: ::feishu_api::Secret,
                }
                /// Marker types naming the request's required fields in builder errors.
                pub mod __field {
                    ///Marks the required field `app_id` in the builder's type.
                    #[allow(non_camel_case_types)]
                    #[derive(Debug, Clone, Copy)]
                    pub struct app_id;
                    ///Marks the required field `app_secret` in the builder's type.
                    #[allow(non_camel_case_types)]
                    #[derive(Debug, Clone, Copy)]
                    pub struct app_secret;
                }
                ///Builder for [`InternalRequest`]; required fields are tracked in its type.
                #[derive(Debug, Clone)]
                #[must_use = "call `.build()` to get the request"]
                pub struct InternalRequestBuilder<
                    __AppId = ::feishu_api::builder::Unset,
                    __AppSecret = ::feishu_api::builder::Unset,
                > {
                    app_id: __AppId,
                    app_secret: __AppSecret,
                }
                impl InternalRequest {
                    /// Starts building a request.
                    pub fn builder() -> InternalRequestBuilder {
                        InternalRequestBuilder {
                            app_id: ::feishu_api::builder::Unset,
                            app_secret: ::feishu_api::builder::Unset,
                        }
                    }
                    /// Checks the request against the spec's constraints, reporting every violation
                    /// (the client calls this before sending anything).
                    pub fn validate(
                        &self,
                    ) -> ::core::result::Result<(), ::feishu_api::Violations> {
                        let mut all = ::feishu_api::Violations::new();
                        {
                            let violations = &mut all;
                            let prefix = "";
                            let _ = (prefix, &violations);
                        }
                        all.into_result()
                    }
                }
                impl<__AppId, __AppSecret> InternalRequestBuilder<__AppId, __AppSecret> {
                    /**The app's unique id (应用唯一标识), assigned when the app is created; see 通用参数 for where to
find it.

Wire name `app_id`.*/
                    pub fn app_id(
                        self,
                        value: impl ::core::convert::Into<::std::string::String>,
                    ) -> InternalRequestBuilder<
                        ::feishu_api::builder::Set<::std::string::String>,
                        __AppSecret,
                    > {
                        InternalRequestBuilder {
                            app_id: ::feishu_api::builder::Set::new(
                                ::core::convert::Into::into(value),
                            ),
                            app_secret: self.app_secret,
                        }
                    }
                    /**The app's secret (应用秘钥), assigned when the app is created; see 通用参数. A credential:
keep it secret, never log it or ship it in client-side code.

Wire name `app_secret`.*/
                    pub fn app_secret(
                        self,
                        value: impl ::core::convert::Into<::feishu_api::Secret>,
                    ) -> InternalRequestBuilder<
                        __AppId,
                        ::feishu_api::builder::Set<::feishu_api::Secret>,
                    > {
                        InternalRequestBuilder {
                            app_id: self.app_id,
                            app_secret: ::feishu_api::builder::Set::new(
                                ::core::convert::Into::into(value),
                            ),
                        }
                    }
                }
                impl<__AppId, __AppSecret> InternalRequestBuilder<__AppId, __AppSecret>
                where
                    __AppId: ::feishu_api::builder::IsSet<
                        __field::app_id,
                        Value = ::std::string::String,
                    >,
                    __AppSecret: ::feishu_api::builder::IsSet<
                        __field::app_secret,
                        Value = ::feishu_api::Secret,
                    >,
                {
                    /// Builds the request (every required field is set, or this would not compile).
                    /// Constraints are checked by [`validate`](#request::validate).
                    pub fn build(self) -> InternalRequest {
                        InternalRequest {
                            app_id: ::feishu_api::builder::IsSet::into_value(
                                self.app_id,
                            ),
                            app_secret: ::feishu_api::builder::IsSet::into_value(
                                self.app_secret,
                            ),
                        }
                    }
                }
                /**The tokens. Their fields sit at the top level of the response, beside `code` and `msg`, with
no `data` object.

Absent optional fields decode as `None` (arrays as empty); unknown fields are ignored.*/
                #[derive(
                    Debug,
                    Clone,
                    PartialEq,
                    ::feishu_api::__private::serde::Serialize,
                    ::feishu_api::__private::serde::Deserialize
                )]
                #[serde(crate = "::feishu_api::__private::serde")]
                #[non_exhaustive]
                pub struct InternalResponse {
                    /**The app access token (应用访问凭证), sent as `Authorization: Bearer <token>`. A credential:
keep it secret.

Wire name `app_access_token`.*/
                    pub app_access_token: ::feishu_api::Secret,
                    /**How long the `app_access_token` stays valid, in seconds (过期时间，单位为秒); at most 7200.

Wire name `expire`.*/
                    pub expire: i64,
                    /**A tenant access token (租户访问凭证) for the app's own tenant, returned alongside. A
credential: keep it secret.

Wire name `tenant_access_token`.*/
                    #[serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    )]
                    pub tenant_access_token: ::core::option::Option<
                        ::feishu_api::Secret,
                    >,
                }
                ///The error codes the reference page documents for `internal`, to match a failed call's code by name: `InternalErrorCode::from_code(code)`.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum InternalErrorCode {}
                /// The documented error table, in spec order.
                pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 0usize] = &[];
                impl InternalErrorCode {
                    /// Every documented code, in spec order.
                    pub const ALL: &'static [Self] = &[];
                    /// The documented code with this value, if any.
                    pub fn from_code(code: i64) -> ::core::option::Option<Self> {
                        match code {
                            _ => ::core::option::Option::None,
                        }
                    }
                    /// The code's row in the documented table.
                    pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
                        match self {}
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
                impl ::feishu_api::Endpoint for InternalRequest {
                    type Response = InternalResponse;
                    const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
                        service: "auth",
                        version: "v3",
                        resource: "app_access_token",
                        method: "internal",
                        summary: "Get an app_access_token for a self-built app (自建应用获取 app_access_token).",
                        http_method: ::feishu_api::endpoint::HttpMethod::Post,
                        path: "/open-apis/auth/v3/app_access_token/internal",
                        token_types: &[],
                        scopes: &[],
                        app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
                        rate_limit_per_second: ::core::option::Option::None,
                        retry_safe: true,
                        answer: ::feishu_api::endpoint::Answer::TopLevel,
                        errors: ERRORS,
                        doc_url: "https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/app_access_token_internal",
                    };
                    const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
                        "{\n    \"app_access_token\": \"t-g1044ghJRUIJJ5ZPPZMOHKWZISL33E4QSS3abcef\",\n    \"code\": 0,\n    \"expire\": 7200,\n    \"msg\": \"ok\",\n    \"tenant_access_token\": \"t-g1044ghJRUIJJ5ZPPZMOHKWZISL33E4QSS3abcef\"\n}",
                    );
                    fn validate(
                        &self,
                    ) -> ::core::result::Result<(), ::feishu_api::Violations> {
                        InternalRequest::validate(self)
                    }
                    fn path(&self) -> ::std::string::String {
                        ::std::string::String::from(
                            "/open-apis/auth/v3/app_access_token/internal",
                        )
                    }
                    fn query(
                        &self,
                    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                        #[allow(unused_mut)]
                        let mut query = ::std::vec::Vec::new();
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
                            #[serde(rename = "app_id")]
                            app_id: &'a ::std::string::String,
                            #[serde(rename = "app_secret")]
                            app_secret: &'a ::feishu_api::Secret,
                            #[serde(skip)]
                            _marker: ::core::marker::PhantomData<&'a ()>,
                        }
                        let body = __Body {
                            app_id: &self.app_id,
                            app_secret: &self.app_secret,
                            _marker: ::core::marker::PhantomData,
                        };
                        ::feishu_api::__private::serde_json::to_vec(&body)
                            .map(::core::option::Option::Some)
                    }
                    fn from_wire(
                        query: &str,
                        path_params: &[(&str, &str)],
                        body: &[u8],
                    ) -> ::core::result::Result<Self, ::feishu_api::Violations> {
                        let mut violations = ::feishu_api::Violations::new();
                        let _ = query;
                        #[allow(unused_mut)]
                        let mut body = ::feishu_api::wire::body_object(
                            body,
                            &mut violations,
                        );
                        let _ = path_params;
                        let __app_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                            ::std::string::String,
                        >(&mut body, "app_id", &mut violations);
                        let __app_id = ::feishu_api::wire::require(
                            __app_id,
                            "app_id",
                            &mut violations,
                        );
                        let __app_secret: ::core::option::Option<::feishu_api::Secret> = ::feishu_api::wire::take_body::<
                            ::feishu_api::Secret,
                        >(&mut body, "app_secret", &mut violations);
                        let __app_secret = ::feishu_api::wire::require(
                            __app_secret,
                            "app_secret",
                            &mut violations,
                        );
                        if !violations.is_empty() {
                            return ::core::result::Result::Err(violations);
                        }
                        match (__app_id, __app_secret) {
                            (
                                ::core::option::Option::Some(__app_id),
                                ::core::option::Option::Some(__app_secret),
                            ) => {
                                ::core::result::Result::Ok(Self {
                                    app_id: __app_id,
                                    app_secret: __app_secret,
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
                        const QUERY: &str = "";
                        const BODY: &str = "{\n    \"app_id\": \"cli_slkdjalasdkjasd\",\n    \"app_secret\": \"dskLLdkasdjlasdKK\"\n}";
                        let path_params: &[(&str, &str)] = &[];
                        let request = match <super::InternalRequest as ::feishu_api::Endpoint>::from_wire(
                            QUERY,
                            path_params,
                            BODY.as_bytes(),
                        ) {
                            Ok(request) => request,
                            Err(violations) => {
                                panic!(
                                    "the spec's example request does not decode: {violations}"
                                )
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
                        let body: Option<Value> = request
                            .body()
                            .expect("generated types encode")
                            .map(|bytes| {
                                serde_json::from_slice(&bytes)
                                    .expect("the encoded body is JSON")
                            });
                        let expected: Option<Value> = if BODY.trim().is_empty() {
                            body.as_ref()
                                .filter(|b| b.as_object().is_some_and(|o| o.is_empty()))
                                .cloned()
                        } else {
                            Some(
                                serde_json::from_str(BODY)
                                    .expect("the example body is JSON"),
                            )
                        };
                        assert_eq!(body, expected, "the example request's body");
                    }
                    #[test]
                    fn example_response_decodes_without_loss() {
                        use ::feishu_api::__private::serde_json::{self, Value};
                        const RESPONSE: &str = "{\n    \"app_access_token\": \"t-g1044ghJRUIJJ5ZPPZMOHKWZISL33E4QSS3abcef\",\n    \"code\": 0,\n    \"expire\": 7200,\n    \"msg\": \"ok\",\n    \"tenant_access_token\": \"t-g1044ghJRUIJJ5ZPPZMOHKWZISL33E4QSS3abcef\"\n}";
                        const DOCUMENTED: &[&str] = &[
                            "app_access_token",
                            "expire",
                            "tenant_access_token",
                        ];
                        let envelope: Value = serde_json::from_str(RESPONSE)
                            .expect("the example response is JSON");
                        assert_eq!(
                            envelope.get("code").and_then(Value::as_i64), Some(0),
                            "the example is a success"
                        );
                        let mut data = envelope.clone();
                        if let Some(fields) = data.as_object_mut() {
                            fields.remove("code");
                            fields.remove("msg");
                        }
                        let absent = ::feishu_api::wire::absent_paths(DOCUMENTED, &data);
                        assert!(
                            absent.is_empty(),
                            "documented fields the example never shows: {absent:?}"
                        );
                        let decoded: super::InternalResponse = match serde_json::from_value(
                            data.clone(),
                        ) {
                            Ok(decoded) => decoded,
                            Err(e) => {
                                panic!("the spec's example response does not decode: {e}")
                            }
                        };
                        let encoded = serde_json::to_value(&decoded)
                            .expect("generated types encode");
                        assert_eq!(
                            encoded, data, "re-encoding the decoded example changed it"
                        );
                    }
                }
            }
            ///Calls on the `app_access_token` resource.
            #[derive(Debug, Clone, Copy)]
            pub struct AppAccessTokenResource<'a> {
                pub(super) client: &'a ::feishu_api::Client,
            }
            impl<'a> AppAccessTokenResource<'a> {
                /**Get an app_access_token for a self-built app (自建应用获取 app_access_token).

Exchanges a self-built app's credentials (`app_id` and `app_secret`) for an
`app_access_token`, the token that calls the API as the app itself; the response also carries
a `tenant_access_token`. The call itself takes no access token.

A token lives at most 2 hours (`expire` gives the seconds left). While 30 minutes or more are
left, calling again returns the same token; with less than 30 minutes left, it returns a new
one, and the old one stays valid until it expires, so two valid tokens exist for a while.

Both the `app_secret` sent and the tokens returned are secrets: keep them out of logs, URLs
and client-side code.

自建应用通过此接口获取 app_access_token，最大有效期 2 小时；剩余有效期小于 30 分钟时返回新的 token（新旧同时有效），
否则返回原有 token。

- **HTTP:** `POST /open-apis/auth/v3/app_access_token/internal`
- **Token:**
- **Available to:** self-built apps
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/app_access_token_internal>
*/
                pub async fn internal(
                    &self,
                    request: &internal::InternalRequest,
                ) -> ::core::result::Result<
                    internal::InternalResponse,
                    ::feishu_api::Error,
                > {
                    self.client.execute(request).await
                }
                ///[`internal`](Self::internal) with per-request options (a token override, a timeout).
                pub async fn internal_with(
                    &self,
                    request: &internal::InternalRequest,
                    options: &::feishu_api::RequestOptions,
                ) -> ::core::result::Result<
                    internal::InternalResponse,
                    ::feishu_api::Error,
                > {
                    self.client.execute_with(request, options).await
                }
            }
        }
        ///The `tenant_access_token` resource of `auth` v3.
        pub mod tenant_access_token {
            ///Types of `auth.v3.tenant_access_token.internal`: Get a tenant_access_token for a self-built app (自建应用获取 tenant_access_token).
            pub mod internal {
                const _: &str = ::core::include_str!(
                    "$SPECS/auth/v3/tenant_access_token/internal.toml"
                );
                /**The request of [`internal`](super::TenantAccessTokenResource::internal): Get a tenant_access_token for a self-built app (自建应用获取 tenant_access_token).

Build it with [`InternalRequest::builder`]; the builder only offers `build()` once every required field is set.*/
                #[derive(Debug, Clone, PartialEq)]
                #[non_exhaustive]
                pub struct InternalRequest {
                    /**The app's unique id (应用唯一标识), assigned when the app is created; see 通用参数 for where to
find it.

Wire name `app_id`.*/
                    pub app_id: ::std::string::String,
                    /**The app's secret (应用秘钥), assigned when the app is created; see 通用参数. A credential:
keep it secret, never log it or ship it in client-side code.

Wire name `app_secret`.*/
                    pub app_secret: ::feishu_api::Secret,
                }
                /// Marker types naming the request's required fields in builder errors.
                pub mod __field {
                    ///Marks the required field `app_id` in the builder's type.
                    #[allow(non_camel_case_types)]
                    #[derive(Debug, Clone, Copy)]
                    pub struct app_id;
                    ///Marks the required field `app_secret` in the builder's type.
                    #[allow(non_camel_case_types)]
                    #[derive(Debug, Clone, Copy)]
                    pub struct app_secret;
                }
                ///Builder for [`InternalRequest`]; required fields are tracked in its type.
                #[derive(Debug, Clone)]
                #[must_use = "call `.build()` to get the request"]
                pub struct InternalRequestBuilder<
                    __AppId = ::feishu_api::builder::Unset,
                    __AppSecret = ::feishu_api::builder::Unset,
                > {
                    app_id: __AppId,
                    app_secret: __AppSecret,
                }
                impl InternalRequest {
                    /// Starts building a request.
                    pub fn builder() -> InternalRequestBuilder {
                        InternalRequestBuilder {
                            app_id: ::feishu_api::builder::Unset,
                            app_secret: ::feishu_api::builder::Unset,
                        }
                    }
                    /// Checks the request against the spec's constraints, reporting every violation
                    /// (the client calls this before sending anything).
                    pub fn validate(
                        &self,
                    ) -> ::core::result::Result<(), ::feishu_api::Violations> {
                        let mut all = ::feishu_api::Violations::new();
                        {
                            let violations = &mut all;
                            let prefix = "";
                            let _ = (prefix, &violations);
                        }
                        all.into_result()
                    }
                }
                impl<__AppId, __AppSecret> InternalRequestBuilder<__AppId, __AppSecret> {
                    /**The app's unique id (应用唯一标识), assigned when the app is created; see 通用参数 for where to
find it.

Wire name `app_id`.*/
                    pub fn app_id(
                        self,
                        value: impl ::core::convert::Into<::std::string::String>,
                    ) -> InternalRequestBuilder<
                        ::feishu_api::builder::Set<::std::string::String>,
                        __AppSecret,
                    > {
                        InternalRequestBuilder {
                            app_id: ::feishu_api::builder::Set::new(
                                ::core::convert::Into::into(value),
                            ),
                            app_secret: self.app_secret,
                        }
                    }
                    /**The app's secret (应用秘钥), assigned when the app is created; see 通用参数. A credential:
keep it secret, never log it or ship it in client-side code.

Wire name `app_secret`.*/
                    pub fn app_secret(
                        self,
                        value: impl ::core::convert::Into<::feishu_api::Secret>,
                    ) -> InternalRequestBuilder<
                        __AppId,
                        ::feishu_api::builder::Set<::feishu_api::Secret>,
                    > {
                        InternalRequestBuilder {
                            app_id: self.app_id,
                            app_secret: ::feishu_api::builder::Set::new(
                                ::core::convert::Into::into(value),
                            ),
                        }
                    }
                }
                impl<__AppId, __AppSecret> InternalRequestBuilder<__AppId, __AppSecret>
                where
                    __AppId: ::feishu_api::builder::IsSet<
                        __field::app_id,
                        Value = ::std::string::String,
                    >,
                    __AppSecret: ::feishu_api::builder::IsSet<
                        __field::app_secret,
                        Value = ::feishu_api::Secret,
                    >,
                {
                    /// Builds the request (every required field is set, or this would not compile).
                    /// Constraints are checked by [`validate`](#request::validate).
                    pub fn build(self) -> InternalRequest {
                        InternalRequest {
                            app_id: ::feishu_api::builder::IsSet::into_value(
                                self.app_id,
                            ),
                            app_secret: ::feishu_api::builder::IsSet::into_value(
                                self.app_secret,
                            ),
                        }
                    }
                }
                /**The token. Its fields sit at the top level of the response, beside `code` and `msg`, with no
`data` object.

Absent optional fields decode as `None` (arrays as empty); unknown fields are ignored.*/
                #[derive(
                    Debug,
                    Clone,
                    PartialEq,
                    ::feishu_api::__private::serde::Serialize,
                    ::feishu_api::__private::serde::Deserialize
                )]
                #[serde(crate = "::feishu_api::__private::serde")]
                #[non_exhaustive]
                pub struct InternalResponse {
                    /**The tenant access token (租户访问凭证), sent as `Authorization: Bearer <token>`. A credential:
keep it secret.

Wire name `tenant_access_token`.*/
                    pub tenant_access_token: ::feishu_api::Secret,
                    /**How long the token stays valid, in seconds (过期时间，单位为秒); at most 7200.

Wire name `expire`.*/
                    pub expire: i64,
                }
                ///The error codes the reference page documents for `internal`, to match a failed call's code by name: `InternalErrorCode::from_code(code)`.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum InternalErrorCode {}
                /// The documented error table, in spec order.
                pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 0usize] = &[];
                impl InternalErrorCode {
                    /// Every documented code, in spec order.
                    pub const ALL: &'static [Self] = &[];
                    /// The documented code with this value, if any.
                    pub fn from_code(code: i64) -> ::core::option::Option<Self> {
                        match code {
                            _ => ::core::option::Option::None,
                        }
                    }
                    /// The code's row in the documented table.
                    pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
                        match self {}
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
                impl ::feishu_api::Endpoint for InternalRequest {
                    type Response = InternalResponse;
                    const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
                        service: "auth",
                        version: "v3",
                        resource: "tenant_access_token",
                        method: "internal",
                        summary: "Get a tenant_access_token for a self-built app (自建应用获取 tenant_access_token).",
                        http_method: ::feishu_api::endpoint::HttpMethod::Post,
                        path: "/open-apis/auth/v3/tenant_access_token/internal",
                        token_types: &[],
                        scopes: &[],
                        app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
                        rate_limit_per_second: ::core::option::Option::None,
                        retry_safe: true,
                        answer: ::feishu_api::endpoint::Answer::TopLevel,
                        errors: ERRORS,
                        doc_url: "https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/tenant_access_token_internal",
                    };
                    const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
                        "{\n    \"code\": 0,\n    \"msg\": \"ok\",\n    \"tenant_access_token\": \"t-caecc734c2e3328a62489fe0648c4b98779515d3\",\n    \"expire\": 7200\n}",
                    );
                    fn validate(
                        &self,
                    ) -> ::core::result::Result<(), ::feishu_api::Violations> {
                        InternalRequest::validate(self)
                    }
                    fn path(&self) -> ::std::string::String {
                        ::std::string::String::from(
                            "/open-apis/auth/v3/tenant_access_token/internal",
                        )
                    }
                    fn query(
                        &self,
                    ) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                        #[allow(unused_mut)]
                        let mut query = ::std::vec::Vec::new();
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
                            #[serde(rename = "app_id")]
                            app_id: &'a ::std::string::String,
                            #[serde(rename = "app_secret")]
                            app_secret: &'a ::feishu_api::Secret,
                            #[serde(skip)]
                            _marker: ::core::marker::PhantomData<&'a ()>,
                        }
                        let body = __Body {
                            app_id: &self.app_id,
                            app_secret: &self.app_secret,
                            _marker: ::core::marker::PhantomData,
                        };
                        ::feishu_api::__private::serde_json::to_vec(&body)
                            .map(::core::option::Option::Some)
                    }
                    fn from_wire(
                        query: &str,
                        path_params: &[(&str, &str)],
                        body: &[u8],
                    ) -> ::core::result::Result<Self, ::feishu_api::Violations> {
                        let mut violations = ::feishu_api::Violations::new();
                        let _ = query;
                        #[allow(unused_mut)]
                        let mut body = ::feishu_api::wire::body_object(
                            body,
                            &mut violations,
                        );
                        let _ = path_params;
                        let __app_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                            ::std::string::String,
                        >(&mut body, "app_id", &mut violations);
                        let __app_id = ::feishu_api::wire::require(
                            __app_id,
                            "app_id",
                            &mut violations,
                        );
                        let __app_secret: ::core::option::Option<::feishu_api::Secret> = ::feishu_api::wire::take_body::<
                            ::feishu_api::Secret,
                        >(&mut body, "app_secret", &mut violations);
                        let __app_secret = ::feishu_api::wire::require(
                            __app_secret,
                            "app_secret",
                            &mut violations,
                        );
                        if !violations.is_empty() {
                            return ::core::result::Result::Err(violations);
                        }
                        match (__app_id, __app_secret) {
                            (
                                ::core::option::Option::Some(__app_id),
                                ::core::option::Option::Some(__app_secret),
                            ) => {
                                ::core::result::Result::Ok(Self {
                                    app_id: __app_id,
                                    app_secret: __app_secret,
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
                        const QUERY: &str = "";
                        const BODY: &str = "{\n    \"app_id\": \"cli_slkdjalasdkjasd\",\n    \"app_secret\": \"dskLLdkasdjlasdKK\"\n}";
                        let path_params: &[(&str, &str)] = &[];
                        let request = match <super::InternalRequest as ::feishu_api::Endpoint>::from_wire(
                            QUERY,
                            path_params,
                            BODY.as_bytes(),
                        ) {
                            Ok(request) => request,
                            Err(violations) => {
                                panic!(
                                    "the spec's example request does not decode: {violations}"
                                )
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
                        let body: Option<Value> = request
                            .body()
                            .expect("generated types encode")
                            .map(|bytes| {
                                serde_json::from_slice(&bytes)
                                    .expect("the encoded body is JSON")
                            });
                        let expected: Option<Value> = if BODY.trim().is_empty() {
                            body.as_ref()
                                .filter(|b| b.as_object().is_some_and(|o| o.is_empty()))
                                .cloned()
                        } else {
                            Some(
                                serde_json::from_str(BODY)
                                    .expect("the example body is JSON"),
                            )
                        };
                        assert_eq!(body, expected, "the example request's body");
                    }
                    #[test]
                    fn example_response_decodes_without_loss() {
                        use ::feishu_api::__private::serde_json::{self, Value};
                        const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"ok\",\n    \"tenant_access_token\": \"t-caecc734c2e3328a62489fe0648c4b98779515d3\",\n    \"expire\": 7200\n}";
                        const DOCUMENTED: &[&str] = &["tenant_access_token", "expire"];
                        let envelope: Value = serde_json::from_str(RESPONSE)
                            .expect("the example response is JSON");
                        assert_eq!(
                            envelope.get("code").and_then(Value::as_i64), Some(0),
                            "the example is a success"
                        );
                        let mut data = envelope.clone();
                        if let Some(fields) = data.as_object_mut() {
                            fields.remove("code");
                            fields.remove("msg");
                        }
                        let absent = ::feishu_api::wire::absent_paths(DOCUMENTED, &data);
                        assert!(
                            absent.is_empty(),
                            "documented fields the example never shows: {absent:?}"
                        );
                        let decoded: super::InternalResponse = match serde_json::from_value(
                            data.clone(),
                        ) {
                            Ok(decoded) => decoded,
                            Err(e) => {
                                panic!("the spec's example response does not decode: {e}")
                            }
                        };
                        let encoded = serde_json::to_value(&decoded)
                            .expect("generated types encode");
                        assert_eq!(
                            encoded, data, "re-encoding the decoded example changed it"
                        );
                    }
                }
            }
            ///Calls on the `tenant_access_token` resource.
            #[derive(Debug, Clone, Copy)]
            pub struct TenantAccessTokenResource<'a> {
                pub(super) client: &'a ::feishu_api::Client,
            }
            impl<'a> TenantAccessTokenResource<'a> {
                /**Get a tenant_access_token for a self-built app (自建应用获取 tenant_access_token).

Exchanges a self-built app's credentials (`app_id` and `app_secret`) for a
`tenant_access_token`, the token that calls the API as the app within its tenant. The call
itself takes no access token.

A token lives at most 2 hours (`expire` gives the seconds left). While 30 minutes or more are
left, calling again returns the same token; with less than 30 minutes left, it returns a new
one, and the old one stays valid until it expires, so two valid tokens exist for a while.

Both the `app_secret` sent and the token returned are secrets: keep them out of logs, URLs
and client-side code.

自建应用通过此接口获取 tenant_access_token，最大有效期 2 小时；剩余有效期小于 30 分钟时返回新的 token（新旧同时有效），
否则返回原有 token。

- **HTTP:** `POST /open-apis/auth/v3/tenant_access_token/internal`
- **Token:**
- **Available to:** self-built apps
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/tenant_access_token_internal>
*/
                pub async fn internal(
                    &self,
                    request: &internal::InternalRequest,
                ) -> ::core::result::Result<
                    internal::InternalResponse,
                    ::feishu_api::Error,
                > {
                    self.client.execute(request).await
                }
                ///[`internal`](Self::internal) with per-request options (a token override, a timeout).
                pub async fn internal_with(
                    &self,
                    request: &internal::InternalRequest,
                    options: &::feishu_api::RequestOptions,
                ) -> ::core::result::Result<
                    internal::InternalResponse,
                    ::feishu_api::Error,
                > {
                    self.client.execute_with(request, options).await
                }
            }
        }
        ///Resources of `auth` v3.
        #[derive(Debug, Clone, Copy)]
        pub struct AuthV3<'a> {
            pub(super) client: &'a ::feishu_api::Client,
        }
        impl<'a> AuthV3<'a> {
            ///The `app_access_token` resource.
            pub fn app_access_token(
                &self,
            ) -> app_access_token::AppAccessTokenResource<'a> {
                app_access_token::AppAccessTokenResource {
                    client: self.client,
                }
            }
            ///The `tenant_access_token` resource.
            pub fn tenant_access_token(
                &self,
            ) -> tenant_access_token::TenantAccessTokenResource<'a> {
                tenant_access_token::TenantAccessTokenResource {
                    client: self.client,
                }
            }
        }
    }
    ///Versions of the `auth` service.
    #[derive(Debug, Clone, Copy)]
    pub struct AuthService<'a> {
        client: &'a ::feishu_api::Client,
    }
    impl<'a> AuthService<'a> {
        ///Version `v3` of `auth`.
        pub fn v3(&self) -> v3::AuthV3<'a> {
            v3::AuthV3 { client: self.client }
        }
    }
    impl<'a> AuthService<'a> {
        #[doc(hidden)]
        pub fn __new(client: &'a ::feishu_api::Client) -> Self {
            AuthService { client }
        }
    }
}
impl ::feishu_api::Client {
    ///The `attendance` service.
    pub fn attendance(&self) -> attendance::AttendanceService<'_> {
        attendance::AttendanceService::__new(self)
    }
    ///The `auth` service.
    pub fn auth(&self) -> auth::AuthService<'_> {
        auth::AuthService::__new(self)
    }
}
/// Every endpoint of this expansion, without its types: for servers (the emulator) and
/// tools that route, check and answer requests by the spec alone.
pub const ENDPOINTS: &[::feishu_api::endpoint::EndpointEntry] = &[
    ::feishu_api::endpoint::EndpointEntry::of::<
        attendance::v1::user_task_remedy::query::QueryRequest,
    >(),
    ::feishu_api::endpoint::EndpointEntry::of::<
        auth::v3::app_access_token::internal::InternalRequest,
    >(),
    ::feishu_api::endpoint::EndpointEntry::of::<
        auth::v3::tenant_access_token::internal::InternalRequest,
    >(),
];
