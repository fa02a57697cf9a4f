/**Third-party approval records (leaves, overtime, trips, outings) and their status, and the
pieces of leave granting records.

Attendance groups: what they contain, and the ids they name employees and departments by.

Attendance groups as created or updated, daily shift assignments, and face-recognition settings.

Shifts (班次): their punch times, rest and overtime rules.

Attendance statistics: report views, report kinds and languages.

Employee id kinds, punch results and flows, and remedy records.

Types shared by several methods of `attendance` v1.*/
pub mod types {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/types/approvals.toml"
    );
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/types/groups.toml"
    );
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/types/schedules.toml"
    );
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/types/shifts.toml"
    );
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/types/stats.toml"
    );
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/types/tasks.toml"
    );
    /**A kind of employee id, as the approval write and query methods take it: the usual employee ids
plus Open IDs.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ApprovalEmployeeType {
        /**The employee ID shown in the admin console (管理后台 > 组织架构 > 成员与部门 > 成员详情 > 用户 ID).

Wire value `"employee_id"`.*/
        EmployeeId,
        /**The employee number shown in the admin console (管理后台 > 组织架构 > 成员与部门 > 成员详情 > 工号).

Wire value `"employee_no"`.*/
        EmployeeNo,
        /**The user's id within one app (Open ID). Documented by the pages only; the Go and Java SDKs
list just the two employee id kinds.

Wire value `"open_id"`.*/
        OpenId,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl ApprovalEmployeeType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::EmployeeId,
            Self::EmployeeNo,
            Self::OpenId,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::EmployeeId => "employee_id",
                Self::EmployeeNo => "employee_no",
                Self::OpenId => "open_id",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "employee_id" => Self::EmployeeId,
                "employee_no" => Self::EmployeeNo,
                "open_id" => Self::OpenId,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ApprovalEmployeeType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ApprovalEmployeeType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ApprovalEmployeeType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for ApprovalEmployeeType {
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
    /**An approval's status (审批状态).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ApprovalStatus {
        /**Awaiting approval (待审批).

Wire value `0`.*/
        Pending,
        /**Not approved (未通过).

Wire value `1`.*/
        Rejected,
        /**Approved (已通过). The server's default filter when querying approvals.

Wire value `2`.*/
        Approved,
        /**Cancelled (已取消), according to the status update page and the Go and Java SDKs; the query page
calls it withdrawn (已撤回).

Wire value `3`.*/
        Cancelled,
        /**Withdrawn (已撤回), according to the status update page and the Go and Java SDKs; the query
page calls it revoked (已撤销).

Wire value `4`.*/
        Withdrawn,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl ApprovalStatus {
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
    impl ::core::fmt::Display for ApprovalStatus {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ApprovalStatus {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ApprovalStatus {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for ApprovalStatus {
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
    /**The unit of an approval's duration (时长单位).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ApprovalTimeUnit {
        /**Days (天).

Wire value `1`.*/
        Day,
        /**Hours (小时).

Wire value `2`.*/
        Hour,
        /**Half days (半天).

Wire value `3`.*/
        HalfDay,
        /**Half hours (半小时).

Wire value `4`.*/
        HalfHour,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl ApprovalTimeUnit {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Day,
            Self::Hour,
            Self::HalfDay,
            Self::HalfHour,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Day => 1i64,
                Self::Hour => 2i64,
                Self::HalfDay => 3i64,
                Self::HalfHour => 4i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Day,
                2i64 => Self::Hour,
                3i64 => Self::HalfDay,
                4i64 => Self::HalfHour,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ApprovalTimeUnit {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ApprovalTimeUnit {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ApprovalTimeUnit {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for ApprovalTimeUnit {
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
    /**A language of the Feishu client, as a key of `I18nNames`.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ApprovalLocale {
        /**Chinese (中文).

Wire value `"ch"`.*/
        Ch,
        /**English (英文).

Wire value `"en"`.*/
        En,
        /**Japanese (日文).

Wire value `"ja"`.*/
        Ja,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl ApprovalLocale {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Ch, Self::En, Self::Ja];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::Ch => "ch",
                Self::En => "en",
                Self::Ja => "ja",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "ch" => Self::Ch,
                "en" => Self::En,
                "ja" => Self::Ja,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ApprovalLocale {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ApprovalLocale {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ApprovalLocale {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for ApprovalLocale {
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
    /**The kind of day overtime falls on (加班日期类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum OvertimeCategory {
        /**A working day (工作日).

Wire value `1`.*/
        Workday,
        /**A rest day (休息日).

Wire value `2`.*/
        RestDay,
        /**A public holiday (节假日).

Wire value `3`.*/
        Holiday,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl OvertimeCategory {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Workday,
            Self::RestDay,
            Self::Holiday,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Workday => 1i64,
                Self::RestDay => 2i64,
                Self::Holiday => 3i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Workday,
                2i64 => Self::RestDay,
                3i64 => Self::Holiday,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for OvertimeCategory {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for OvertimeCategory {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for OvertimeCategory {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for OvertimeCategory {
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
    /**How overtime is compensated (加班规则类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum OvertimeType {
        /**Only recorded (仅记录); the query page describes it as not linked to an overtime rule
(不关联加班规则).

Wire value `0`.*/
        RecordOnly,
        /**Compensated with time off (调休).

Wire value `1`.*/
        TimeOff,
        /**Compensated with overtime pay (加班费).

Wire value `2`.*/
        Pay,
        /**Linked to an overtime rule, with neither time off nor pay (关联加班规则，没有调休或加班费), as
returned.

Wire value `3`.

**Not accepted by the server yet:** Deprecated for writing (该可选值已废弃), according to the write page.*/
        RuleWithoutCompensation,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl OvertimeType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::RecordOnly,
            Self::TimeOff,
            Self::Pay,
            Self::RuleWithoutCompensation,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::RecordOnly => 0i64,
                Self::TimeOff => 1i64,
                Self::Pay => 2i64,
                Self::RuleWithoutCompensation => 3i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::RecordOnly,
                1i64 => Self::TimeOff,
                2i64 => Self::Pay,
                3i64 => Self::RuleWithoutCompensation,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            !matches!(self, Self::RuleWithoutCompensation)
        }
    }
    impl ::core::fmt::Display for OvertimeType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for OvertimeType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for OvertimeType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for OvertimeType {
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
    /**The level of a region (地理等级).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum RegionLevel {
        /**A country (国家级).

Wire value `"l1"`.*/
        Country,
        /**A province (省级).

Wire value `"l2"`.*/
        Province,
        /**A city (市级).

Wire value `"l3"`.*/
        City,
        /**A district or county (区/县级).

Wire value `"l4"`.*/
        District,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl RegionLevel {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Country,
            Self::Province,
            Self::City,
            Self::District,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::Country => "l1",
                Self::Province => "l2",
                Self::City => "l3",
                Self::District => "l4",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "l1" => Self::Country,
                "l2" => Self::Province,
                "l3" => Self::City,
                "l4" => Self::District,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for RegionLevel {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for RegionLevel {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for RegionLevel {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for RegionLevel {
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
    /**A means of transport on a business trip (交通工具).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Transportation {
        /**Plane (飞机).

Wire value `1`.*/
        Plane,
        /**Train (火车).

Wire value `2`.*/
        Train,
        /**Car or coach (汽车).

Wire value `3`.*/
        Car,
        /**High-speed or bullet train (高铁/动车).

Wire value `4`.*/
        HighSpeedRail,
        /**Ship (船).

Wire value `5`.*/
        Ship,
        /**Anything else (其他).

Wire value `6`.*/
        Other,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl Transportation {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Plane,
            Self::Train,
            Self::Car,
            Self::HighSpeedRail,
            Self::Ship,
            Self::Other,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Plane => 1i64,
                Self::Train => 2i64,
                Self::Car => 3i64,
                Self::HighSpeedRail => 4i64,
                Self::Ship => 5i64,
                Self::Other => 6i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Plane,
                2i64 => Self::Train,
                3i64 => Self::Car,
                4i64 => Self::HighSpeedRail,
                5i64 => Self::Ship,
                6i64 => Self::Other,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for Transportation {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for Transportation {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for Transportation {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for Transportation {
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
    /**Whether a business trip is one way or a round trip (出差类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum TripType {
        /**One way (单程).

Wire value `1`.*/
        OneWay,
        /**Round trip (往返).

Wire value `2`.*/
        RoundTrip,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl TripType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::OneWay, Self::RoundTrip];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::OneWay => 1i64,
                Self::RoundTrip => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::OneWay,
                2i64 => Self::RoundTrip,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for TripType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for TripType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for TripType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for TripType {
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
    /**A kind of user id.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UserIdType {
        /**The user's id within one app (Open ID); the same user has different Open IDs in different
apps. The server's default.

Wire value `"open_id"`.*/
        OpenId,
        /**The user's id across the apps of one developer (Union ID): the same in every app of that
developer, different between developers.

Wire value `"union_id"`.*/
        UnionId,
        /**The user's id within one tenant (User ID): the same in every app of the tenant, different in
another tenant. Returned only with the field permission `contact:user.employee_id:readonly`.

Wire value `"user_id"`.*/
        UserId,
        /**The user's Feishu People (飞书人事) id.

Wire value `"people_corehr_id"`.*/
        PeopleCorehrId,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl UserIdType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::OpenId,
            Self::UnionId,
            Self::UserId,
            Self::PeopleCorehrId,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::OpenId => "open_id",
                Self::UnionId => "union_id",
                Self::UserId => "user_id",
                Self::PeopleCorehrId => "people_corehr_id",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "open_id" => Self::OpenId,
                "union_id" => Self::UnionId,
                "user_id" => Self::UserId,
                "people_corehr_id" => Self::PeopleCorehrId,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for UserIdType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for UserIdType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for UserIdType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for UserIdType {
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
    /**The unit of a leave grant (发放单位).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum GrantingUnit {
        /**Days (天).

Wire value `1`.*/
        Day,
        /**Hours (小时).

Wire value `2`.*/
        Hour,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl GrantingUnit {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Day, Self::Hour];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Day => 1i64,
                Self::Hour => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Day,
                2i64 => Self::Hour,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for GrantingUnit {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for GrantingUnit {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for GrantingUnit {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for GrantingUnit {
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
    /**Whether a leave grant takes part in pro-rata conversion (是否参与折算).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum SectionType {
        /**Not converted (不参与折算). The default.

Wire value `1`.*/
        NotConverted,
        /**Converted (参与折算).

Wire value `2`.*/
        Converted,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl SectionType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::NotConverted, Self::Converted];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::NotConverted => 1i64,
                Self::Converted => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::NotConverted,
                2i64 => Self::Converted,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for SectionType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for SectionType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for SectionType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for SectionType {
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
    /**A kind of department id.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DeptType {
        /**The department's open id (open_department_id), the only kind supported for now (暂时只支持部门的 openid).

Wire value `"open_id"`.*/
        OpenId,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl DeptType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::OpenId];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::OpenId => "open_id",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "open_id" => Self::OpenId,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for DeptType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for DeptType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for DeptType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for DeptType {
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
    /**An attendance group's type (考勤类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum GroupType {
        /**Fixed shifts (固定班制): the same shift on each weekday.

Wire value `0`.*/
        Fixed,
        /**Scheduled shifts (排班制): shifts are assigned per person and day.

Wire value `2`.*/
        Scheduled,
        /**Free shifts (自由班制): no fixed working hours.

Wire value `3`.*/
        Free,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl GroupType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Fixed, Self::Scheduled, Self::Free];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Fixed => 0i64,
                Self::Scheduled => 2i64,
                Self::Free => 3i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::Fixed,
                2i64 => Self::Scheduled,
                3i64 => Self::Free,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for GroupType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for GroupType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for GroupType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for GroupType {
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
    /**When a face punch requires face recognition (人脸识别打卡规则).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum FacePunchRule {
        /**Every punch needs face recognition (每次打卡均需人脸识别).

Wire value `1`.*/
        EveryPunch,
        /**Only punches suspected of cheating need face recognition (疑似作弊打卡时需要人脸识别).

Wire value `2`.*/
        SuspectedCheating,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl FacePunchRule {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::EveryPunch, Self::SuspectedCheating];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::EveryPunch => 1i64,
                Self::SuspectedCheating => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::EveryPunch,
                2i64 => Self::SuspectedCheating,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for FacePunchRule {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for FacePunchRule {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for FacePunchRule {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for FacePunchRule {
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
    /**What happens to a punch suspected of cheating.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum SuspectedCheatHandleMethod {
        /**The person must punch with face recognition (使用人脸识别打卡).

Wire value `1`.*/
        FacePunch,
        /**The suspicion is only recorded (仅记录疑似作弊信息).

Wire value `2`.*/
        RecordOnly,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl SuspectedCheatHandleMethod {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::FacePunch, Self::RecordOnly];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::FacePunch => 1i64,
                Self::RecordOnly => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::FacePunch,
                2i64 => Self::RecordOnly,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for SuspectedCheatHandleMethod {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for SuspectedCheatHandleMethod {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for SuspectedCheatHandleMethod {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for SuspectedCheatHandleMethod {
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
    /**How punches are matched to a location (地址类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum LocationType {
        /**By GPS position.

Wire value `1`.*/
        Gps,
        /**By Wi-Fi network.

Wire value `2`.*/
        WiFi,
        /**By IP address.

Wire value `8`.*/
        Ip,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl LocationType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Gps, Self::WiFi, Self::Ip];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Gps => 1i64,
                Self::WiFi => 2i64,
                Self::Ip => 8i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Gps,
                2i64 => Self::WiFi,
                8i64 => Self::Ip,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for LocationType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for LocationType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for LocationType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for LocationType {
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
    /**A map provider (地图类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum MapType {
        /**AutoNavi / Amap (高德).

Wire value `1`.*/
        Amap,
        /**Google Maps (谷歌).

Wire value `2`.*/
        Google,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl MapType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Amap, Self::Google];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Amap => 1i64,
                Self::Google => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Amap,
                2i64 => Self::Google,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for MapType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for MapType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for MapType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for MapType {
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
    /**The national calendar rest days follow (国家日历).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CountryCalendar {
        /**Rest days do not follow a national calendar (不根据国家日历排休).

Wire value `0`.*/
        NoCalendar,
        /**Mainland China (中国大陆); the default.

Wire value `1`.*/
        ChinaMainland,
        /**The United States (美国).

Wire value `2`.*/
        UnitedStates,
        /**Japan (日本).

Wire value `3`.*/
        Japan,
        /**India (印度).

Wire value `4`.*/
        India,
        /**Singapore (新加坡).

Wire value `5`.*/
        Singapore,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl CountryCalendar {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::NoCalendar,
            Self::ChinaMainland,
            Self::UnitedStates,
            Self::Japan,
            Self::India,
            Self::Singapore,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::NoCalendar => 0i64,
                Self::ChinaMainland => 1i64,
                Self::UnitedStates => 2i64,
                Self::Japan => 3i64,
                Self::India => 4i64,
                Self::Singapore => 5i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::NoCalendar,
                1i64 => Self::ChinaMainland,
                2i64 => Self::UnitedStates,
                3i64 => Self::Japan,
                4i64 => Self::India,
                5i64 => Self::Singapore,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for CountryCalendar {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for CountryCalendar {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for CountryCalendar {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for CountryCalendar {
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
    /**The period remedy limits count over (补卡周期类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum RemedyPeriodType {
        /**The calendar month (按自然月, MONTH).

Wire value `1`.*/
        Month,
        /**A custom period starting on `remedy_period_custom_date` (自定义周期, CUSTOM).

Wire value `2`.*/
        Custom,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl RemedyPeriodType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Month, Self::Custom];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Month => 1i64,
                Self::Custom => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Month,
                2i64 => Self::Custom,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for RemedyPeriodType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for RemedyPeriodType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for RemedyPeriodType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for RemedyPeriodType {
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
    /**Whether and when people must punch while on an outing or a business trip.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum AwayPunchRule {
        /**No punching needed (无需打卡); the default.

Wire value `0`.*/
        NoPunch,
        /**Punch at the normal on-duty and off-duty times (需在上下班时间打卡).

Wire value `1`.*/
        AtShiftTimes,
        /**Punch before leaving and after returning (需在离岗前或返岗后打卡).

Wire value `2`.*/
        OnLeavingAndReturning,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl AwayPunchRule {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::NoPunch,
            Self::AtShiftTimes,
            Self::OnLeavingAndReturning,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::NoPunch => 0i64,
                Self::AtShiftTimes => 1i64,
                Self::OnLeavingAndReturning => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::NoPunch,
                1i64 => Self::AtShiftTimes,
                2i64 => Self::OnLeavingAndReturning,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for AwayPunchRule {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for AwayPunchRule {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for AwayPunchRule {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for AwayPunchRule {
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
    /**How a rule-based set selects people (圈人方式).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum RuleScopeType {
        /**Nobody (无).

Wire value `0`.*/
        Nobody,
        /**Everyone (全部).

Wire value `1`.*/
        All,
        /**By the custom rule in `scope_group_list` (自定义).

Wire value `2`.*/
        Custom,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl RuleScopeType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Nobody, Self::All, Self::Custom];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Nobody => 0i64,
                Self::All => 1i64,
                Self::Custom => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::Nobody,
                1i64 => Self::All,
                2i64 => Self::Custom,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for RuleScopeType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for RuleScopeType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for RuleScopeType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for RuleScopeType {
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
    /**The attribute a scope rule tests.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ScopeValueType {
        /**Department (部门).

Wire value `1`.*/
        Department,
        /**User (人员).

Wire value `2`.*/
        User,
        /**Country or region (国家地区).

Wire value `3`.*/
        CountryOrRegion,
        /**Employee type (员工类型).

Wire value `4`.*/
        EmployeeType,
        /**Work city (工作城市).

Wire value `5`.*/
        WorkCity,
        /**Job level (职级).

Wire value `6`.*/
        JobLevel,
        /**Job family (序列).

Wire value `7`.*/
        JobFamily,
        /**Job title (职务); enterprise edition (企业版).

Wire value `8`.*/
        JobTitle,
        /**Working-hours system (工时制度); enterprise edition (企业版).

Wire value `9`.*/
        WorkingHoursType,
        /**A custom field (自定义字段); enterprise edition (企业版).

Wire value `100`.*/
        CustomField,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl ScopeValueType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Department,
            Self::User,
            Self::CountryOrRegion,
            Self::EmployeeType,
            Self::WorkCity,
            Self::JobLevel,
            Self::JobFamily,
            Self::JobTitle,
            Self::WorkingHoursType,
            Self::CustomField,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Department => 1i64,
                Self::User => 2i64,
                Self::CountryOrRegion => 3i64,
                Self::EmployeeType => 4i64,
                Self::WorkCity => 5i64,
                Self::JobLevel => 6i64,
                Self::JobFamily => 7i64,
                Self::JobTitle => 8i64,
                Self::WorkingHoursType => 9i64,
                Self::CustomField => 100i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Department,
                2i64 => Self::User,
                3i64 => Self::CountryOrRegion,
                4i64 => Self::EmployeeType,
                5i64 => Self::WorkCity,
                6i64 => Self::JobLevel,
                7i64 => Self::JobFamily,
                8i64 => Self::JobTitle,
                9i64 => Self::WorkingHoursType,
                100i64 => Self::CustomField,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ScopeValueType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ScopeValueType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ScopeValueType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for ScopeValueType {
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
    /**How a scope rule compares the attribute (范围类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ScopeOperationType {
        /**Includes (包含).

Wire value `1`.*/
        Include,
        /**Does not include (不包含).

Wire value `2`.*/
        Exclude,
        /**Equals (相等).

Wire value `3`.*/
        Equal,
        /**Less than or equal (小于等于).

Wire value `4`.*/
        LessOrEqual,
        /**Greater than or equal (大于等于).

Wire value `5`.*/
        GreaterOrEqual,
        /**Greater than (大于).

Wire value `6`.*/
        Greater,
        /**Less than (小于).

Wire value `7`.*/
        Less,
        /**Not equal (不相等).

Wire value `8`.*/
        NotEqual,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl ScopeOperationType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Include,
            Self::Exclude,
            Self::Equal,
            Self::LessOrEqual,
            Self::GreaterOrEqual,
            Self::Greater,
            Self::Less,
            Self::NotEqual,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Include => 1i64,
                Self::Exclude => 2i64,
                Self::Equal => 3i64,
                Self::LessOrEqual => 4i64,
                Self::GreaterOrEqual => 5i64,
                Self::Greater => 6i64,
                Self::Less => 7i64,
                Self::NotEqual => 8i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Include,
                2i64 => Self::Exclude,
                3i64 => Self::Equal,
                4i64 => Self::LessOrEqual,
                5i64 => Self::GreaterOrEqual,
                6i64 => Self::Greater,
                7i64 => Self::Less,
                8i64 => Self::NotEqual,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ScopeOperationType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ScopeOperationType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ScopeOperationType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for ScopeOperationType {
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
    /**The kind of object an enterprise-edition custom field belongs to.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CustomFieldObjType {
        /**The employment record, a master-data object (主数据对象，员工雇佣信息).

Wire value `"employment"`.*/
        Employment,
        /**The person, a master-data object (主数据对象，个人).

Wire value `"person"`.*/
        Person,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl CustomFieldObjType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Employment, Self::Person];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::Employment => "employment",
                Self::Person => "person",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "employment" => Self::Employment,
                "person" => Self::Person,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for CustomFieldObjType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for CustomFieldObjType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for CustomFieldObjType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for CustomFieldObjType {
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
    /**Whether a shift is for a workday or a rest day (日期类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ShiftDayType {
        /**A workday (工作日). The server's default.

Wire value `1`.*/
        Workday,
        /**A rest day (休息日); not allowed for a flexible shift.

Wire value `2`.*/
        RestDay,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl ShiftDayType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Workday, Self::RestDay];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Workday => 1i64,
                Self::RestDay => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Workday,
                2i64 => Self::RestDay,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ShiftDayType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ShiftDayType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ShiftDayType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for ShiftDayType {
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
    /**How a shift's day is split into halves (半天分割类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ShiftMiddleTimeType {
        /**At the midpoint of the whole shift, rest included (按全天班次时长（含休息）的中点分割). The default.

Wire value `0`.*/
        MidpointIncludingRest,
        /**At the midpoint of the whole shift, rest excluded (按全天班次时长（不含休息）的中点分割).

Wire value `1`.*/
        MidpointExcludingRest,
        /**At the rest period (按休息时间分割).

Wire value `2`.*/
        AtRest,
        /**At a fixed time, `fixed_middle_time` (按固定时间点分割).

Wire value `3`.*/
        FixedTime,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl ShiftMiddleTimeType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::MidpointIncludingRest,
            Self::MidpointExcludingRest,
            Self::AtRest,
            Self::FixedTime,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::MidpointIncludingRest => 0i64,
                Self::MidpointExcludingRest => 1i64,
                Self::AtRest => 2i64,
                Self::FixedTime => 3i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::MidpointIncludingRest,
                1i64 => Self::MidpointExcludingRest,
                2i64 => Self::AtRest,
                3i64 => Self::FixedTime,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ShiftMiddleTimeType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ShiftMiddleTimeType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ShiftMiddleTimeType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for ShiftMiddleTimeType {
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
    /**How the day's leave-late time is computed (当日晚走时间计算规则).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum LateOffBaseOnTimeType {
        /**By the flexible rule (弹性规则). The default.

Wire value `0`.*/
        Flexible,
        /**By the fixed rule (固定规则).

Wire value `1`.*/
        Fixed,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl LateOffBaseOnTimeType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Flexible, Self::Fixed];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Flexible => 0i64,
                Self::Fixed => 1i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::Flexible,
                1i64 => Self::Fixed,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for LateOffBaseOnTimeType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for LateOffBaseOnTimeType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for LateOffBaseOnTimeType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for LateOffBaseOnTimeType {
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
    /**How the next day's arrive-late time is computed (次日晚到时间计算规则).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum LateOnBaseOnTimeType {
        /**By the fixed rule (固定规则). The default.

Wire value `0`.*/
        Fixed,
        /**By the flexible rule (弹性规则).

Wire value `1`.*/
        Flexible,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl LateOnBaseOnTimeType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Fixed, Self::Flexible];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Fixed => 0i64,
                Self::Flexible => 1i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::Fixed,
                1i64 => Self::Flexible,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for LateOnBaseOnTimeType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for LateOnBaseOnTimeType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for LateOnBaseOnTimeType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for LateOnBaseOnTimeType {
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
    /**A kind of attendance statistics report.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum StatsType {
        /**Daily statistics (日度统计).

Wire value `"daily"`.*/
        Daily,
        /**Monthly statistics (月度统计).

Wire value `"month"`.*/
        Month,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl StatsType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Daily, Self::Month];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::Daily => "daily",
                Self::Month => "month",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "daily" => Self::Daily,
                "month" => Self::Month,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for StatsType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for StatsType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for StatsType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for StatsType {
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
    /**A kind of report column (列类型). The values are listed on the query page of statistics
settings (查询统计设置); the update page names the field only.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ColumnType {
        /**Unknown (未知); the default.

Wire value `0`.*/
        Unspecified,
        /**A checkbox (复选框).

Wire value `1`.*/
        Checkbox,
        /**Text (文本).

Wire value `2`.*/
        Text,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl ColumnType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Unspecified,
            Self::Checkbox,
            Self::Text,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Unspecified => 0i64,
                Self::Checkbox => 1i64,
                Self::Text => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::Unspecified,
                1i64 => Self::Checkbox,
                2i64 => Self::Text,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ColumnType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ColumnType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ColumnType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for ColumnType {
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
    /**The language of titles and values in a statistics answer (语言类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Locale {
        /**English (英语).

Wire value `"en"`.*/
        En,
        /**Japanese (日语).

Wire value `"ja"`.*/
        Ja,
        /**Chinese (中文).

Wire value `"zh"`.*/
        Zh,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl Locale {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::En, Self::Ja, Self::Zh];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::En => "en",
                Self::Ja => "ja",
                Self::Zh => "zh",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "en" => Self::En,
                "ja" => Self::Ja,
                "zh" => Self::Zh,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for Locale {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for Locale {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for Locale {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for Locale {
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
        pub const KNOWN: &'static [Self] = &[Self::EmployeeId, Self::EmployeeNo];
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
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
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
        /**Approved (已通过). The server's default filter when querying remedies.

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
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
        /**Free shift (自由班制): the create page and the Go SDK say a free-shift remedy sends 0; the
remedy query page instead says free shifts are reported as 1 (`OnDuty`).

Wire value `0`.*/
        FreeShift,
        /**On duty (上班); the remedy query page also reports free shifts this way.

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
        pub const KNOWN: &'static [Self] = &[
            Self::FreeShift,
            Self::OnDuty,
            Self::OffDuty,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::FreeShift => 0i64,
                Self::OnDuty => 1i64,
                Self::OffDuty => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::FreeShift,
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
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
        pub const KNOWN: &'static [Self] = &[Self::First, Self::Second, Self::Third];
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
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
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
    /**The result of an on-duty or off-duty check (打卡结果).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum TaskCheckResult {
        /**No punch needed (无需打卡).

Wire value `"NoNeedCheck"`.*/
        NoNeedCheck,
        /**Punched by the system (系统打卡); deprecated (已弃用).

Wire value `"SystemCheck"`.*/
        SystemCheck,
        /**On time (正常).

Wire value `"Normal"`.*/
        Normal,
        /**Left early (早退).

Wire value `"Early"`.*/
        Early,
        /**Arrived late (迟到).

Wire value `"Late"`.*/
        Late,
        /**Punch missing (缺卡).

Wire value `"Lack"`.*/
        Lack,
        /**Not punched yet (未打卡).

Wire value `"Todo"`.*/
        Todo,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl TaskCheckResult {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::NoNeedCheck,
            Self::SystemCheck,
            Self::Normal,
            Self::Early,
            Self::Late,
            Self::Lack,
            Self::Todo,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::NoNeedCheck => "NoNeedCheck",
                Self::SystemCheck => "SystemCheck",
                Self::Normal => "Normal",
                Self::Early => "Early",
                Self::Late => "Late",
                Self::Lack => "Lack",
                Self::Todo => "Todo",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "NoNeedCheck" => Self::NoNeedCheck,
                "SystemCheck" => Self::SystemCheck,
                "Normal" => Self::Normal,
                "Early" => Self::Early,
                "Late" => Self::Late,
                "Lack" => Self::Lack,
                "Todo" => Self::Todo,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for TaskCheckResult {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for TaskCheckResult {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for TaskCheckResult {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for TaskCheckResult {
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
    /**The result recorded on a single punch record.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum FlowCheckResult {
        /**No punch needed (无需打卡).

Wire value `"NoNeedCheck"`.*/
        NoNeedCheck,
        /**Punched by the system (系统打卡); deprecated (已弃用).

Wire value `"SystemCheck"`.*/
        SystemCheck,
        /**On time (正常).

Wire value `"Normal"`.*/
        Normal,
        /**Left early (早退).

Wire value `"Early"`.*/
        Early,
        /**Arrived late (迟到).

Wire value `"Late"`.*/
        Late,
        /**Seriously late (严重迟到).

Wire value `"SeriousLate"`.*/
        SeriousLate,
        /**Punch missing (缺卡).

Wire value `"Lack"`.*/
        Lack,
        /**Invalid (无效).

Wire value `"Invalid"`.*/
        Invalid,
        /**No status (无状态).

Wire value `"None"`.*/
        NoStatus,
        /**Not punched yet (尚未打卡).

Wire value `"Todo"`.*/
        Todo,
        /**Not in effect yet (待生效). Named in the field's description as the only value currently
returned, though missing from the page's list of values.

Wire value `"PendingApproval"`.*/
        PendingApproval,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl FlowCheckResult {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::NoNeedCheck,
            Self::SystemCheck,
            Self::Normal,
            Self::Early,
            Self::Late,
            Self::SeriousLate,
            Self::Lack,
            Self::Invalid,
            Self::NoStatus,
            Self::Todo,
            Self::PendingApproval,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::NoNeedCheck => "NoNeedCheck",
                Self::SystemCheck => "SystemCheck",
                Self::Normal => "Normal",
                Self::Early => "Early",
                Self::Late => "Late",
                Self::SeriousLate => "SeriousLate",
                Self::Lack => "Lack",
                Self::Invalid => "Invalid",
                Self::NoStatus => "None",
                Self::Todo => "Todo",
                Self::PendingApproval => "PendingApproval",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "NoNeedCheck" => Self::NoNeedCheck,
                "SystemCheck" => Self::SystemCheck,
                "Normal" => Self::Normal,
                "Early" => Self::Early,
                "Late" => Self::Late,
                "SeriousLate" => Self::SeriousLate,
                "Lack" => Self::Lack,
                "Invalid" => Self::Invalid,
                "None" => Self::NoStatus,
                "Todo" => Self::Todo,
                "PendingApproval" => Self::PendingApproval,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for FlowCheckResult {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for FlowCheckResult {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for FlowCheckResult {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for FlowCheckResult {
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
    /**What else explains an on-duty or off-duty result (打卡结果补充).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CheckResultSupplement {
        /**Nothing (无).

Wire value `"None"`.*/
        NoSupplement,
        /**Changed by an administrator (管理员修改).

Wire value `"ManagerModification"`.*/
        ManagerModified,
        /**A remedy was approved (补卡通过).

Wire value `"CardReplacement"`.*/
        RemedyApproved,
        /**Shift swapped (换班).

Wire value `"ShiftChange"`.*/
        ShiftChanged,
        /**On a business trip (出差).

Wire value `"Travel"`.*/
        BusinessTrip,
        /**On leave (请假).

Wire value `"Leave"`.*/
        OnLeave,
        /**Out of the office (外出).

Wire value `"GoOut"`.*/
        GoingOut,
        /**A remedy is awaiting approval (补卡申请中).

Wire value `"CardReplacementApplication"`.*/
        RemedyPending,
        /**Field punch, made away from the office (外勤打卡).

Wire value `"FieldPunch"`.*/
        FieldPunch,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl CheckResultSupplement {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::NoSupplement,
            Self::ManagerModified,
            Self::RemedyApproved,
            Self::ShiftChanged,
            Self::BusinessTrip,
            Self::OnLeave,
            Self::GoingOut,
            Self::RemedyPending,
            Self::FieldPunch,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::NoSupplement => "None",
                Self::ManagerModified => "ManagerModification",
                Self::RemedyApproved => "CardReplacement",
                Self::ShiftChanged => "ShiftChange",
                Self::BusinessTrip => "Travel",
                Self::OnLeave => "Leave",
                Self::GoingOut => "GoOut",
                Self::RemedyPending => "CardReplacementApplication",
                Self::FieldPunch => "FieldPunch",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "None" => Self::NoSupplement,
                "ManagerModification" => Self::ManagerModified,
                "CardReplacement" => Self::RemedyApproved,
                "ShiftChange" => Self::ShiftChanged,
                "Travel" => Self::BusinessTrip,
                "Leave" => Self::OnLeave,
                "GoOut" => Self::GoingOut,
                "CardReplacementApplication" => Self::RemedyPending,
                "FieldPunch" => Self::FieldPunch,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for CheckResultSupplement {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for CheckResultSupplement {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for CheckResultSupplement {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for CheckResultSupplement {
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
    /**Whether a work segment is regular or overtime (班次类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum TaskShiftType {
        /**A regular segment (正常).

Wire value `0`.*/
        Regular,
        /**An overtime segment (加班班次).

Wire value `1`.*/
        Overtime,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl TaskShiftType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[Self::Regular, Self::Overtime];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Regular => 0i64,
                Self::Overtime => 1i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::Regular,
                1i64 => Self::Overtime,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for TaskShiftType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for TaskShiftType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for TaskShiftType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for TaskShiftType {
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
    /**How a punch record came to be (记录生成方式).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UserFlowType {
        /**The employee punched (用户打卡).

Wire value `0`.*/
        UserPunch,
        /**Changed by an administrator (管理员修改).

Wire value `1`.*/
        ManagerModified,
        /**Added by the employee through a remedy (用户补卡).

Wire value `2`.*/
        UserRemedy,
        /**Generated by the system (系统自动生成).

Wire value `3`.*/
        SystemGenerated,
        /**Off-duty punch waived (下班免打卡).

Wire value `4`.*/
        OffDutyExempt,
        /**Made on an attendance machine (考勤机).

Wire value `5`.*/
        AttendanceMachine,
        /**Quick punch (极速打卡).

Wire value `6`.*/
        QuickPunch,
        /**Imported through the attendance open platform (考勤开放平台导入).

Wire value `7`.*/
        OpenPlatformImport,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl UserFlowType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::UserPunch,
            Self::ManagerModified,
            Self::UserRemedy,
            Self::SystemGenerated,
            Self::OffDutyExempt,
            Self::AttendanceMachine,
            Self::QuickPunch,
            Self::OpenPlatformImport,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::UserPunch => 0i64,
                Self::ManagerModified => 1i64,
                Self::UserRemedy => 2i64,
                Self::SystemGenerated => 3i64,
                Self::OffDutyExempt => 4i64,
                Self::AttendanceMachine => 5i64,
                Self::QuickPunch => 6i64,
                Self::OpenPlatformImport => 7i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::UserPunch,
                1i64 => Self::ManagerModified,
                2i64 => Self::UserRemedy,
                3i64 => Self::SystemGenerated,
                4i64 => Self::OffDutyExempt,
                5i64 => Self::AttendanceMachine,
                6i64 => Self::QuickPunch,
                7i64 => Self::OpenPlatformImport,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for UserFlowType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for UserFlowType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for UserFlowType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for UserFlowType {
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
    /**One employee's approvals for one day (审批信息): outings, leaves, overtime and business trips.
The required fields are those the write method (写入审批结果) requires.*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserApproval {
        /**The employee who submitted the approvals (审批提交人), an id of the kind named by the request's
`employee_type`.

Wire name `user_id`.*/
        pub user_id: ::std::string::String,
        /**The day the approvals apply to (审批作用日期), written `yyyyMMdd`.

Wire name `date`.*/
        pub date: ::std::string::String,
        /**Outings (外出信息).

Wire name `outs`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub outs: ::core::option::Option<::std::vec::Vec<UserOut>>,
        /**Leaves (请假信息).

Wire name `leaves`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub leaves: ::core::option::Option<::std::vec::Vec<UserLeave>>,
        /**Overtime work (加班信息).

Wire name `overtime_works`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub overtime_works: ::core::option::Option<::std::vec::Vec<UserOvertimeWork>>,
        /**Business trips (出差信息). Only whole-day trips are supported: a partial day counts as a whole
day (未满全天则按全天计入); half-day trips need technical support to be enabled.

Wire name `trips`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub trips: ::core::option::Option<::std::vec::Vec<UserTrip>>,
        /**The time zone the times were computed in (计算时间所用的时区信息); when empty, UTC (为空则为 0
时区). When writing, no longer used (此字段不再使用): the time zone of the employee's
attendance group applies.

Wire name `time_zone`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub time_zone: ::core::option::Option<::std::string::String>,
    }
    impl UserApproval {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(user_id: ::std::string::String, date: ::std::string::String) -> Self {
            UserApproval {
                user_id,
                date,
                outs: ::core::option::Option::None,
                leaves: ::core::option::Option::None,
                overtime_works: ::core::option::Option::None,
                trips: ::core::option::Option::None,
                time_zone: ::core::option::Option::None,
            }
        }
        ///Sets `outs`.
        #[must_use]
        pub fn with_outs(mut self, value: ::std::vec::Vec<UserOut>) -> Self {
            self.outs = ::core::option::Option::Some(value);
            self
        }
        ///Sets `leaves`.
        #[must_use]
        pub fn with_leaves(mut self, value: ::std::vec::Vec<UserLeave>) -> Self {
            self.leaves = ::core::option::Option::Some(value);
            self
        }
        ///Sets `overtime_works`.
        #[must_use]
        pub fn with_overtime_works(
            mut self,
            value: ::std::vec::Vec<UserOvertimeWork>,
        ) -> Self {
            self.overtime_works = ::core::option::Option::Some(value);
            self
        }
        ///Sets `trips`.
        #[must_use]
        pub fn with_trips(mut self, value: ::std::vec::Vec<UserTrip>) -> Self {
            self.trips = ::core::option::Option::Some(value);
            self
        }
        ///Sets `time_zone`.
        #[must_use]
        pub fn with_time_zone(mut self, value: ::std::string::String) -> Self {
            self.time_zone = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserApproval {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.outs.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "outs");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self.leaves.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "leaves");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self.overtime_works.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "overtime_works");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self.trips.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "trips");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
        }
    }
    ///An outing approval (外出). The required fields are those the write method requires.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserOut {
        /**The approval instance's id (审批实例 ID); returned only, ignored when writing (创建的时候无效字段无需传入).

Wire name `approval_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub approval_id: ::core::option::Option<::std::string::String>,
        /**The outing type's unique id (外出类型唯一 ID), e.g. the third-party system's id for in-city or
out-of-town outings. It stands for the type named by `i18n_names`, so it must be unique per
type. The pages say it is shorter than 14 characters (长度小于 14), though their own example is
longer.

Wire name `uniq_id`.*/
        pub uniq_id: ::std::string::String,
        /**The unit of the outing's duration (外出时长单位).

Wire name `unit`.*/
        pub unit: ApprovalTimeUnit,
        /**The outing's duration on the linked approval, in seconds whatever `unit` says
(关联审批单外出时长，单位为秒，与 unit 无关).

Wire name `interval`.*/
        pub interval: i64,
        /**Start time, written `yyyy-MM-dd HH:mm:ss`. In query results, in the time zone of the
applicant's current attendance group (UTC once the applicant has left the company).

Wire name `start_time`.*/
        pub start_time: ::std::string::String,
        /**End time, written `yyyy-MM-dd HH:mm:ss`. In query results, in the time zone of the applicant's
current attendance group (UTC once the applicant has left the company).

Wire name `end_time`.*/
        pub end_time: ::std::string::String,
        /**The outing type's name in Chinese, English and Japanese (外出多语言展示).

Wire name `i18n_names`.*/
        pub i18n_names: I18nNames,
        /**The language whose name is shown when the Feishu client's language has none in `i18n_names`
(默认语言类型).

Wire name `default_locale`.*/
        pub default_locale: ApprovalLocale,
        /**Why the employee goes out (外出理由).

Wire name `reason`.*/
        pub reason: ::std::string::String,
        /**When the approval was granted (审批通过时间), `yyyy-MM-dd HH:mm:ss`; returned only.

Wire name `approve_pass_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub approve_pass_time: ::core::option::Option<::std::string::String>,
        /**When the approval was requested (审批申请时间), `yyyy-MM-dd HH:mm:ss`; returned only.

Wire name `approve_apply_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub approve_apply_time: ::core::option::Option<::std::string::String>,
        /**An idempotency key for the outing record (唯一幂等键), e.g. the third-party record id: writing
the same key again does not create a second record. Nothing to act on in responses.

Wire name `idempotent_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub idempotent_id: ::core::option::Option<::std::string::String>,
        /**Ids of correction process instances (更正流程实例 ID); generated by the system, not to be sent
when writing.

Wire name `correct_process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub correct_process_id: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Ids of cancellation process instances (撤销流程实例 ID); generated by the system, not to be
sent when writing.

Wire name `cancel_process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub cancel_process_id: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Ids of the originating process instances (发起流程实例 ID); generated by the system, not to be
sent when writing.

Wire name `process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub process_id: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl UserOut {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            uniq_id: ::std::string::String,
            unit: ApprovalTimeUnit,
            interval: i64,
            start_time: ::std::string::String,
            end_time: ::std::string::String,
            i18n_names: I18nNames,
            default_locale: ApprovalLocale,
            reason: ::std::string::String,
        ) -> Self {
            UserOut {
                approval_id: ::core::option::Option::None,
                uniq_id,
                unit,
                interval,
                start_time,
                end_time,
                i18n_names,
                default_locale,
                reason,
                approve_pass_time: ::core::option::Option::None,
                approve_apply_time: ::core::option::Option::None,
                idempotent_id: ::core::option::Option::None,
                correct_process_id: ::core::option::Option::None,
                cancel_process_id: ::core::option::Option::None,
                process_id: ::core::option::Option::None,
            }
        }
        ///Sets `approval_id`.
        #[must_use]
        pub fn with_approval_id(mut self, value: ::std::string::String) -> Self {
            self.approval_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `approve_pass_time`.
        #[must_use]
        pub fn with_approve_pass_time(mut self, value: ::std::string::String) -> Self {
            self.approve_pass_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `approve_apply_time`.
        #[must_use]
        pub fn with_approve_apply_time(mut self, value: ::std::string::String) -> Self {
            self.approve_apply_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `idempotent_id`.
        #[must_use]
        pub fn with_idempotent_id(mut self, value: ::std::string::String) -> Self {
            self.idempotent_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `correct_process_id`.
        #[must_use]
        pub fn with_correct_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.correct_process_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `cancel_process_id`.
        #[must_use]
        pub fn with_cancel_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.cancel_process_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `process_id`.
        #[must_use]
        pub fn with_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.process_id = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserOut {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                &self.i18n_names,
            ) {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "i18n_names");
                value.__validate(&path.to_string(), violations);
            }
        }
    }
    ///A leave approval (请假). The required fields are those the write method requires.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserLeave {
        /**The approval instance's id (审批实例 ID); returned only.

Wire name `approval_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub approval_id: ::core::option::Option<::std::string::String>,
        /**The leave type's unique id (假期类型唯一 ID). It stands for the type named by `i18n_names`, so
it must be unique per type. The response tables say it is shorter than 14 characters
(长度小于 14), though the pages' own example is longer.

Wire name `uniq_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub uniq_id: ::core::option::Option<::std::string::String>,
        /**The unit of the leave's duration (假期时长单位). With half days (3), a shorter remainder counts
as a half day, and likewise for the other units (不足半天按照半天计算，以此类推).

Wire name `unit`.*/
        pub unit: ApprovalTimeUnit,
        /**The leave's duration on the linked approval, in seconds whatever `unit` says (关联审批单假期时长).
The write page calls it an unused, not yet supported field (无效字段，暂时不支持) but still marks
it required; the query page notes the duration is not provided yet (暂未开放提供).

Wire name `interval`.*/
        pub interval: i64,
        /**Start time, written `yyyy-MM-dd HH:mm:ss`. In query results, in the time zone of the
applicant's current attendance group (UTC once the applicant has left the company).

Wire name `start_time`.*/
        pub start_time: ::std::string::String,
        /**End time, written `yyyy-MM-dd HH:mm:ss`. In query results, in the time zone of the applicant's
current attendance group (UTC once the applicant has left the company).

Wire name `end_time`.*/
        pub end_time: ::std::string::String,
        /**The leave type's name in Chinese, English and Japanese (假期多语言展示).

Wire name `i18n_names`.*/
        pub i18n_names: I18nNames,
        /**The language whose name is shown when the Feishu client's language has none in `i18n_names`
(默认语言类型).

Wire name `default_locale`.*/
        pub default_locale: ApprovalLocale,
        /**Why the leave is taken (请假理由).

Wire name `reason`.*/
        pub reason: ::std::string::String,
        /**When the approval was granted (审批通过时间), `yyyy-MM-dd HH:mm:ss`; returned only.

Wire name `approve_pass_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub approve_pass_time: ::core::option::Option<::std::string::String>,
        /**When the approval was requested (审批申请时间), `yyyy-MM-dd HH:mm:ss`; returned only.

Wire name `approve_apply_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub approve_apply_time: ::core::option::Option<::std::string::String>,
        /**An idempotency key for the leave record (唯一幂等键), e.g. the third-party record id: writing the
same key again does not create a second record. Nothing to act on in responses.

Wire name `idempotent_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub idempotent_id: ::core::option::Option<::std::string::String>,
        /**The exact leave times per day, as computed from the shifts (根据班次计算出来的请假具体时间).
Documented on the write page only; at most 30 days.

Wire name `leave_detail_range_objs`; 0 to 30 items.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub leave_detail_range_objs: ::core::option::Option<
            ::std::vec::Vec<TimeRangeList>,
        >,
    }
    impl UserLeave {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            unit: ApprovalTimeUnit,
            interval: i64,
            start_time: ::std::string::String,
            end_time: ::std::string::String,
            i18n_names: I18nNames,
            default_locale: ApprovalLocale,
            reason: ::std::string::String,
        ) -> Self {
            UserLeave {
                approval_id: ::core::option::Option::None,
                uniq_id: ::core::option::Option::None,
                unit,
                interval,
                start_time,
                end_time,
                i18n_names,
                default_locale,
                reason,
                approve_pass_time: ::core::option::Option::None,
                approve_apply_time: ::core::option::Option::None,
                idempotent_id: ::core::option::Option::None,
                leave_detail_range_objs: ::core::option::Option::None,
            }
        }
        ///Sets `approval_id`.
        #[must_use]
        pub fn with_approval_id(mut self, value: ::std::string::String) -> Self {
            self.approval_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `uniq_id`.
        #[must_use]
        pub fn with_uniq_id(mut self, value: ::std::string::String) -> Self {
            self.uniq_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `approve_pass_time`.
        #[must_use]
        pub fn with_approve_pass_time(mut self, value: ::std::string::String) -> Self {
            self.approve_pass_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `approve_apply_time`.
        #[must_use]
        pub fn with_approve_apply_time(mut self, value: ::std::string::String) -> Self {
            self.approve_apply_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `idempotent_id`.
        #[must_use]
        pub fn with_idempotent_id(mut self, value: ::std::string::String) -> Self {
            self.idempotent_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `leave_detail_range_objs`.
        #[must_use]
        pub fn with_leave_detail_range_objs(
            mut self,
            value: ::std::vec::Vec<TimeRangeList>,
        ) -> Self {
            self.leave_detail_range_objs = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserLeave {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                &self.i18n_names,
            ) {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "i18n_names");
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self
                .leave_detail_range_objs
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "leave_detail_range_objs",
                );
                violations
                    .check_items(
                        &path,
                        value.len(),
                        ::core::option::Option::Some(0),
                        ::core::option::Option::Some(30),
                    );
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
        }
    }
    ///The leave time ranges of one day (请假具体时间).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct TimeRangeList {
        /**The day (日期), a yyyyMMdd number between 17000101 and 20990101.

Wire name `day`; at least 17000101; at most 20990101.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub day: ::core::option::Option<i64>,
        /**The time ranges on that day (时间范围); at most 20.

Wire name `time_ranges`; 0 to 20 items.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub time_ranges: ::core::option::Option<::std::vec::Vec<TimeRange>>,
    }
    impl ::feishu_api::wire::DecodeObject for TimeRangeList {
        const FIELDS: &'static [&'static str] = &["day", "time_ranges"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.day = map.next_value()?,
                1usize => self.time_ranges = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for TimeRangeList {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl TimeRangeList {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            TimeRangeList {
                day: ::core::option::Option::None,
                time_ranges: ::core::option::Option::None,
            }
        }
        ///Sets `day`.
        #[must_use]
        pub fn with_day(mut self, value: i64) -> Self {
            self.day = ::core::option::Option::Some(value);
            self
        }
        ///Sets `time_ranges`.
        #[must_use]
        pub fn with_time_ranges(mut self, value: ::std::vec::Vec<TimeRange>) -> Self {
            self.time_ranges = ::core::option::Option::Some(value);
            self
        }
    }
    impl TimeRangeList {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.day.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "day");
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::Some(17000101),
                        ::core::option::Option::Some(20990101),
                    );
            }
            if let ::core::option::Option::Some(value) = self.time_ranges.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "time_ranges");
                violations
                    .check_items(
                        &path,
                        value.len(),
                        ::core::option::Option::Some(0),
                        ::core::option::Option::Some(20),
                    );
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
        }
    }
    ///A time range (时间范围), as Unix times in seconds.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct TimeRange {
        /**Start of the range (开始时间), a Unix time in seconds.

Wire name `start_time_stamp`; at least 0; at most 9223372036.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub start_time_stamp: ::core::option::Option<i64>,
        /**End of the range (结束时间), a Unix time in seconds.

Wire name `end_time_stamp`; at least 0; at most 9223372036.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub end_time_stamp: ::core::option::Option<i64>,
    }
    impl ::feishu_api::wire::DecodeObject for TimeRange {
        const FIELDS: &'static [&'static str] = &["start_time_stamp", "end_time_stamp"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.start_time_stamp = map.next_value()?,
                1usize => self.end_time_stamp = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for TimeRange {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl TimeRange {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            TimeRange {
                start_time_stamp: ::core::option::Option::None,
                end_time_stamp: ::core::option::Option::None,
            }
        }
        ///Sets `start_time_stamp`.
        #[must_use]
        pub fn with_start_time_stamp(mut self, value: i64) -> Self {
            self.start_time_stamp = ::core::option::Option::Some(value);
            self
        }
        ///Sets `end_time_stamp`.
        #[must_use]
        pub fn with_end_time_stamp(mut self, value: i64) -> Self {
            self.end_time_stamp = ::core::option::Option::Some(value);
            self
        }
    }
    impl TimeRange {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.start_time_stamp.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "start_time_stamp",
                );
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::Some(0),
                        ::core::option::Option::Some(9223372036),
                    );
            }
            if let ::core::option::Option::Some(value) = self.end_time_stamp.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "end_time_stamp");
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::Some(0),
                        ::core::option::Option::Some(9223372036),
                    );
            }
        }
    }
    ///An overtime approval (加班). The required fields are those the write method requires.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserOvertimeWork {
        /**The approval instance's id (审批实例 ID); returned only.

Wire name `approval_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub approval_id: ::core::option::Option<::std::string::String>,
        /**The overtime's duration (加班时长), in `unit`. By default the server computes the duration from
`start_time` and `end_time`; using this field instead must be enabled by technical support.

Wire name `duration`.*/
        pub duration: f64,
        /**The unit of `duration` (加班时长单位).

Wire name `unit`.*/
        pub unit: ApprovalTimeUnit,
        /**The kind of day the overtime falls on (加班日期类型).

Wire name `category`.*/
        pub category: OvertimeCategory,
        /**How the overtime is compensated (加班规则类型).

Wire name `type`.*/
        pub r#type: OvertimeType,
        /**Start time, written `yyyy-MM-dd HH:mm:ss`. In query results, in the time zone of the
applicant's current attendance group (UTC once the applicant has left the company).

Wire name `start_time`.*/
        pub start_time: ::std::string::String,
        /**End time, written `yyyy-MM-dd HH:mm:ss`. In query results, in the time zone of the applicant's
current attendance group (UTC once the applicant has left the company).

Wire name `end_time`.*/
        pub end_time: ::std::string::String,
        /**Why the overtime is worked (加班事由).

Wire name `reason`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub reason: ::core::option::Option<::std::string::String>,
        /**An idempotency key for the overtime record (唯一幂等键), e.g. the third-party record id: writing
the same key again does not create a second record. Nothing to act on in responses.

Wire name `idempotent_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub idempotent_id: ::core::option::Option<::std::string::String>,
        /**Ids of correction process instances (更正流程实例 ID); generated by the system, not to be sent
when writing.

Wire name `correct_process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub correct_process_id: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Ids of cancellation process instances (撤销流程实例 ID); generated by the system, not to be
sent when writing.

Wire name `cancel_process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub cancel_process_id: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Ids of the originating process instances (发起流程实例 ID); generated by the system, not to be
sent when writing.

Wire name `process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub process_id: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl UserOvertimeWork {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            duration: f64,
            unit: ApprovalTimeUnit,
            category: OvertimeCategory,
            r#type: OvertimeType,
            start_time: ::std::string::String,
            end_time: ::std::string::String,
        ) -> Self {
            UserOvertimeWork {
                approval_id: ::core::option::Option::None,
                duration,
                unit,
                category,
                r#type,
                start_time,
                end_time,
                reason: ::core::option::Option::None,
                idempotent_id: ::core::option::Option::None,
                correct_process_id: ::core::option::Option::None,
                cancel_process_id: ::core::option::Option::None,
                process_id: ::core::option::Option::None,
            }
        }
        ///Sets `approval_id`.
        #[must_use]
        pub fn with_approval_id(mut self, value: ::std::string::String) -> Self {
            self.approval_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `reason`.
        #[must_use]
        pub fn with_reason(mut self, value: ::std::string::String) -> Self {
            self.reason = ::core::option::Option::Some(value);
            self
        }
        ///Sets `idempotent_id`.
        #[must_use]
        pub fn with_idempotent_id(mut self, value: ::std::string::String) -> Self {
            self.idempotent_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `correct_process_id`.
        #[must_use]
        pub fn with_correct_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.correct_process_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `cancel_process_id`.
        #[must_use]
        pub fn with_cancel_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.cancel_process_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `process_id`.
        #[must_use]
        pub fn with_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.process_id = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserOvertimeWork {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///A business trip approval (出差). The required fields are those the write method requires.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserTrip {
        /**The approval instance's id (审批实例 ID); returned only.

Wire name `approval_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub approval_id: ::core::option::Option<::std::string::String>,
        /**Start time, written `yyyy-MM-dd HH:mm:ss`. In query results, in the time zone of the
applicant's current attendance group (UTC once the applicant has left the company).

Wire name `start_time`.*/
        pub start_time: ::std::string::String,
        /**End time, written `yyyy-MM-dd HH:mm:ss`. In query results, in the time zone of the applicant's
current attendance group (UTC once the applicant has left the company).

Wire name `end_time`.*/
        pub end_time: ::std::string::String,
        /**The purpose of the trip (出差理由).

Wire name `reason`.*/
        pub reason: ::std::string::String,
        /**When the approval was granted (审批通过时间), `yyyy-MM-dd HH:mm:ss`.

Wire name `approve_pass_time`.*/
        pub approve_pass_time: ::std::string::String,
        /**When the approval was requested (审批申请时间), `yyyy-MM-dd HH:mm:ss`.

Wire name `approve_apply_time`.*/
        pub approve_apply_time: ::std::string::String,
        /**An idempotency key for the trip record (唯一幂等键), e.g. the third-party record id: writing the
same key again does not create a second record. Nothing to act on in responses.

Wire name `idempotent_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub idempotent_id: ::core::option::Option<::std::string::String>,
        /**Ids of correction process instances (更正流程实例 ID); generated by the system, not to be sent
when writing.

Wire name `correct_process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub correct_process_id: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Ids of cancellation process instances (撤销流程实例 ID); generated by the system, not to be
sent when writing.

Wire name `cancel_process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub cancel_process_id: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Ids of the originating process instances (发起流程实例 ID); generated by the system, not to be
sent when writing.

Wire name `process_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub process_id: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        /**Where the trip starts (出发地); only one.

Wire name `departure`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub departure: ::core::option::Option<RegionPlace>,
        /**Where the trip goes (目的地); several are allowed.

Wire name `destinations`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub destinations: ::core::option::Option<::std::vec::Vec<RegionPlace>>,
        /**The means of transport (交通工具).

Wire name `transportation`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub transportation: ::core::option::Option<::std::vec::Vec<Transportation>>,
        /**One way or round trip (出差类型).

Wire name `trip_type`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub trip_type: ::core::option::Option<TripType>,
        /**Remarks on the trip (出差备注).

Wire name `remarks`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub remarks: ::core::option::Option<::std::string::String>,
    }
    impl UserTrip {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            start_time: ::std::string::String,
            end_time: ::std::string::String,
            reason: ::std::string::String,
            approve_pass_time: ::std::string::String,
            approve_apply_time: ::std::string::String,
        ) -> Self {
            UserTrip {
                approval_id: ::core::option::Option::None,
                start_time,
                end_time,
                reason,
                approve_pass_time,
                approve_apply_time,
                idempotent_id: ::core::option::Option::None,
                correct_process_id: ::core::option::Option::None,
                cancel_process_id: ::core::option::Option::None,
                process_id: ::core::option::Option::None,
                departure: ::core::option::Option::None,
                destinations: ::core::option::Option::None,
                transportation: ::core::option::Option::None,
                trip_type: ::core::option::Option::None,
                remarks: ::core::option::Option::None,
            }
        }
        ///Sets `approval_id`.
        #[must_use]
        pub fn with_approval_id(mut self, value: ::std::string::String) -> Self {
            self.approval_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `idempotent_id`.
        #[must_use]
        pub fn with_idempotent_id(mut self, value: ::std::string::String) -> Self {
            self.idempotent_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `correct_process_id`.
        #[must_use]
        pub fn with_correct_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.correct_process_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `cancel_process_id`.
        #[must_use]
        pub fn with_cancel_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.cancel_process_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `process_id`.
        #[must_use]
        pub fn with_process_id(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.process_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `departure`.
        #[must_use]
        pub fn with_departure(mut self, value: RegionPlace) -> Self {
            self.departure = ::core::option::Option::Some(value);
            self
        }
        ///Sets `destinations`.
        #[must_use]
        pub fn with_destinations(mut self, value: ::std::vec::Vec<RegionPlace>) -> Self {
            self.destinations = ::core::option::Option::Some(value);
            self
        }
        ///Sets `transportation`.
        #[must_use]
        pub fn with_transportation(
            mut self,
            value: ::std::vec::Vec<Transportation>,
        ) -> Self {
            self.transportation = ::core::option::Option::Some(value);
            self
        }
        ///Sets `trip_type`.
        #[must_use]
        pub fn with_trip_type(mut self, value: TripType) -> Self {
            self.trip_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `remarks`.
        #[must_use]
        pub fn with_remarks(mut self, value: ::std::string::String) -> Self {
            self.remarks = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserTrip {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.departure.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "departure");
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self.destinations.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "destinations");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
        }
    }
    ///A place, as a region of the Feishu People (飞书人事) geography.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct RegionPlace {
        /**The region's level (地理等级): country, province, city or district.

Wire name `region_level`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub region_level: ::core::option::Option<RegionLevel>,
        /**The region's id (地理 ID), as found with the Feishu People APIs 查询区/县信息 and 查询城市信息
(Feishu People enterprise edition only).

Wire name `region_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub region_id: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for RegionPlace {
        const FIELDS: &'static [&'static str] = &["region_level", "region_id"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.region_level = map.next_value()?,
                1usize => self.region_id = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for RegionPlace {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl RegionPlace {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            RegionPlace {
                region_level: ::core::option::Option::None,
                region_id: ::core::option::Option::None,
            }
        }
        ///Sets `region_level`.
        #[must_use]
        pub fn with_region_level(mut self, value: RegionLevel) -> Self {
            self.region_level = ::core::option::Option::Some(value);
            self
        }
        ///Sets `region_id`.
        #[must_use]
        pub fn with_region_id(mut self, value: ::std::string::String) -> Self {
            self.region_id = ::core::option::Option::Some(value);
            self
        }
    }
    impl RegionPlace {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    /**A name in the three languages of the Feishu client (多语言展示): keys `ch` (Chinese), `en`
(English) and `ja` (Japanese).*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct I18nNames {
        /**The Chinese name (中文描述).

Wire name `ch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub ch: ::core::option::Option<::std::string::String>,
        /**The English name (英语描述).

Wire name `en`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub en: ::core::option::Option<::std::string::String>,
        /**The Japanese name (日语描述).

Wire name `ja`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub ja: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for I18nNames {
        const FIELDS: &'static [&'static str] = &["ch", "en", "ja"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.ch = map.next_value()?,
                1usize => self.en = map.next_value()?,
                2usize => self.ja = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for I18nNames {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl I18nNames {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            I18nNames {
                ch: ::core::option::Option::None,
                en: ::core::option::Option::None,
                ja: ::core::option::Option::None,
            }
        }
        ///Sets `ch`.
        #[must_use]
        pub fn with_ch(mut self, value: ::std::string::String) -> Self {
            self.ch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `en`.
        #[must_use]
        pub fn with_en(mut self, value: ::std::string::String) -> Self {
            self.en = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ja`.
        #[must_use]
        pub fn with_ja(mut self, value: ::std::string::String) -> Self {
            self.ja = ::core::option::Option::Some(value);
            self
        }
    }
    impl I18nNames {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///A text in one language.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct LangText {
        /**The language code (语言码), e.g. zh_CN.

Wire name `lang`.*/
        pub lang: ::std::string::String,
        /**The text in that language.

Wire name `value`.*/
        pub value: ::std::string::String,
    }
    impl LangText {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(lang: ::std::string::String, value: ::std::string::String) -> Self {
            LangText { lang, value }
        }
    }
    impl LangText {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///Anti-cheating punch settings of an attendance group (防作弊打卡配置, `anti_cheat_config`).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct AntiCheatConfig {
        /**The master switch: whether suspected cheating punches are intercepted
(是否拦截疑似作弊打卡). While it is off, every other anti-cheating switch is off too.

Wire name `intercept_suspected_cheat_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub intercept_suspected_cheat_punch: ::core::option::Option<bool>,
        /**Whether punches suspected of using cheating software are checked.

Wire name `check_cheat_software_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_cheat_software_punch: ::core::option::Option<bool>,
        /**Whether punches suspected of being made by someone else are checked (他人代打卡).

Wire name `check_buddy_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_buddy_punch: ::core::option::Option<bool>,
        /**Whether punches suspected of using a simulated Wi-Fi network are checked.

Wire name `check_simulate_wifi_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_simulate_wifi_punch: ::core::option::Option<bool>,
        /**Whether punches from a changed device are checked (更换设备打卡).

Wire name `check_change_device_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_change_device_punch: ::core::option::Option<bool>,
        /**The most punch devices one person may bind (最多可绑定打卡设备数量); 1 to 3 according to the
create page, which requires it when `check_change_device_punch` is on.

Wire name `allow_change_device_num`; at least 1; at most 3.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_change_device_num: ::core::option::Option<i64>,
        /**What happens to a suspected cheating punch (疑似作弊打卡时的处理方式); required when
`intercept_suspected_cheat_punch` is on.

Wire name `suspected_cheat_handle_method`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub suspected_cheat_handle_method: ::core::option::Option<
            SuspectedCheatHandleMethod,
        >,
    }
    impl ::feishu_api::wire::DecodeObject for AntiCheatConfig {
        const FIELDS: &'static [&'static str] = &[
            "intercept_suspected_cheat_punch",
            "check_cheat_software_punch",
            "check_buddy_punch",
            "check_simulate_wifi_punch",
            "check_change_device_punch",
            "allow_change_device_num",
            "suspected_cheat_handle_method",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.intercept_suspected_cheat_punch = map.next_value()?,
                1usize => self.check_cheat_software_punch = map.next_value()?,
                2usize => self.check_buddy_punch = map.next_value()?,
                3usize => self.check_simulate_wifi_punch = map.next_value()?,
                4usize => self.check_change_device_punch = map.next_value()?,
                5usize => self.allow_change_device_num = map.next_value()?,
                6usize => self.suspected_cheat_handle_method = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for AntiCheatConfig {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl AntiCheatConfig {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            AntiCheatConfig {
                intercept_suspected_cheat_punch: ::core::option::Option::None,
                check_cheat_software_punch: ::core::option::Option::None,
                check_buddy_punch: ::core::option::Option::None,
                check_simulate_wifi_punch: ::core::option::Option::None,
                check_change_device_punch: ::core::option::Option::None,
                allow_change_device_num: ::core::option::Option::None,
                suspected_cheat_handle_method: ::core::option::Option::None,
            }
        }
        ///Sets `intercept_suspected_cheat_punch`.
        #[must_use]
        pub fn with_intercept_suspected_cheat_punch(mut self, value: bool) -> Self {
            self.intercept_suspected_cheat_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `check_cheat_software_punch`.
        #[must_use]
        pub fn with_check_cheat_software_punch(mut self, value: bool) -> Self {
            self.check_cheat_software_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `check_buddy_punch`.
        #[must_use]
        pub fn with_check_buddy_punch(mut self, value: bool) -> Self {
            self.check_buddy_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `check_simulate_wifi_punch`.
        #[must_use]
        pub fn with_check_simulate_wifi_punch(mut self, value: bool) -> Self {
            self.check_simulate_wifi_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `check_change_device_punch`.
        #[must_use]
        pub fn with_check_change_device_punch(mut self, value: bool) -> Self {
            self.check_change_device_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_change_device_num`.
        #[must_use]
        pub fn with_allow_change_device_num(mut self, value: i64) -> Self {
            self.allow_change_device_num = ::core::option::Option::Some(value);
            self
        }
        ///Sets `suspected_cheat_handle_method`.
        #[must_use]
        pub fn with_suspected_cheat_handle_method(
            mut self,
            value: SuspectedCheatHandleMethod,
        ) -> Self {
            self.suspected_cheat_handle_method = ::core::option::Option::Some(value);
            self
        }
    }
    impl AntiCheatConfig {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self
                .allow_change_device_num
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "allow_change_device_num",
                );
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::Some(1),
                        ::core::option::Option::Some(3),
                    );
            }
        }
    }
    ///An attendance machine (考勤机).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct Machine {
        /**The machine's serial number (考勤机序列号).

Wire name `machine_sn`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub machine_sn: ::core::option::Option<::std::string::String>,
        /**The machine's name (考勤机名称).

Wire name `machine_name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub machine_name: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for Machine {
        const FIELDS: &'static [&'static str] = &["machine_sn", "machine_name"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.machine_sn = map.next_value()?,
                1usize => self.machine_name = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for Machine {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl Machine {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Machine {
                machine_sn: ::core::option::Option::None,
                machine_name: ::core::option::Option::None,
            }
        }
        ///Sets `machine_sn`.
        #[must_use]
        pub fn with_machine_sn(mut self, value: ::std::string::String) -> Self {
            self.machine_sn = ::core::option::Option::Some(value);
            self
        }
        ///Sets `machine_name`.
        #[must_use]
        pub fn with_machine_name(mut self, value: ::std::string::String) -> Self {
            self.machine_name = ::core::option::Option::Some(value);
            self
        }
    }
    impl Machine {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///A place where punches are accepted (地址).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct Location {
        /**The location's id (地址 ID): a system id passed through as is, of no use for now (暂时无用).

Wire name `location_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub location_id: ::core::option::Option<::std::string::String>,
        /**The location's name (地址名称).

Wire name `location_name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub location_name: ::core::option::Option<::std::string::String>,
        /**How punches are matched to the location (地址类型).

Wire name `location_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub location_type: ::core::option::Option<LocationType>,
        /**The location's latitude (地址纬度).

Wire name `latitude`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub latitude: ::core::option::Option<f64>,
        /**The location's longitude (地址经度).

Wire name `longitude`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub longitude: ::core::option::Option<f64>,
        /**The Wi-Fi network's name (SSID).

Wire name `ssid`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub ssid: ::core::option::Option<::std::string::String>,
        /**The Wi-Fi access point's MAC address (BSSID).

Wire name `bssid`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub bssid: ::core::option::Option<::std::string::String>,
        /**The map provider the coordinates come from (地图类型).

Wire name `map_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub map_type: ::core::option::Option<MapType>,
        /**The location's address (地址名称).

Wire name `address`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub address: ::core::option::Option<::std::string::String>,
        /**The IP address (IP 地址).

Wire name `ip`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub ip: ::core::option::Option<::std::string::String>,
        /**Extra information, e.g. the network carrier (额外信息，例如运营商信息).

Wire name `feature`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub feature: ::core::option::Option<::std::string::String>,
        /**The valid range of GPS punches at this location (GPS 打卡的有效范围).

Wire name `gps_range`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub gps_range: ::core::option::Option<i64>,
    }
    impl ::feishu_api::wire::DecodeObject for Location {
        const FIELDS: &'static [&'static str] = &[
            "location_id",
            "location_name",
            "location_type",
            "latitude",
            "longitude",
            "ssid",
            "bssid",
            "map_type",
            "address",
            "ip",
            "feature",
            "gps_range",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.location_id = map.next_value()?,
                1usize => self.location_name = map.next_value()?,
                2usize => self.location_type = map.next_value()?,
                3usize => self.latitude = map.next_value()?,
                4usize => self.longitude = map.next_value()?,
                5usize => self.ssid = map.next_value()?,
                6usize => self.bssid = map.next_value()?,
                7usize => self.map_type = map.next_value()?,
                8usize => self.address = map.next_value()?,
                9usize => self.ip = map.next_value()?,
                10usize => self.feature = map.next_value()?,
                11usize => self.gps_range = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for Location {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl Location {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Location {
                location_id: ::core::option::Option::None,
                location_name: ::core::option::Option::None,
                location_type: ::core::option::Option::None,
                latitude: ::core::option::Option::None,
                longitude: ::core::option::Option::None,
                ssid: ::core::option::Option::None,
                bssid: ::core::option::Option::None,
                map_type: ::core::option::Option::None,
                address: ::core::option::Option::None,
                ip: ::core::option::Option::None,
                feature: ::core::option::Option::None,
                gps_range: ::core::option::Option::None,
            }
        }
        ///Sets `location_id`.
        #[must_use]
        pub fn with_location_id(mut self, value: ::std::string::String) -> Self {
            self.location_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `location_name`.
        #[must_use]
        pub fn with_location_name(mut self, value: ::std::string::String) -> Self {
            self.location_name = ::core::option::Option::Some(value);
            self
        }
        ///Sets `location_type`.
        #[must_use]
        pub fn with_location_type(mut self, value: LocationType) -> Self {
            self.location_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `latitude`.
        #[must_use]
        pub fn with_latitude(mut self, value: f64) -> Self {
            self.latitude = ::core::option::Option::Some(value);
            self
        }
        ///Sets `longitude`.
        #[must_use]
        pub fn with_longitude(mut self, value: f64) -> Self {
            self.longitude = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ssid`.
        #[must_use]
        pub fn with_ssid(mut self, value: ::std::string::String) -> Self {
            self.ssid = ::core::option::Option::Some(value);
            self
        }
        ///Sets `bssid`.
        #[must_use]
        pub fn with_bssid(mut self, value: ::std::string::String) -> Self {
            self.bssid = ::core::option::Option::Some(value);
            self
        }
        ///Sets `map_type`.
        #[must_use]
        pub fn with_map_type(mut self, value: MapType) -> Self {
            self.map_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `address`.
        #[must_use]
        pub fn with_address(mut self, value: ::std::string::String) -> Self {
            self.address = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ip`.
        #[must_use]
        pub fn with_ip(mut self, value: ::std::string::String) -> Self {
            self.ip = ::core::option::Option::Some(value);
            self
        }
        ///Sets `feature`.
        #[must_use]
        pub fn with_feature(mut self, value: ::std::string::String) -> Self {
            self.feature = ::core::option::Option::Some(value);
            self
        }
        ///Sets `gps_range`.
        #[must_use]
        pub fn with_gps_range(mut self, value: i64) -> Self {
            self.gps_range = ::core::option::Option::Some(value);
            self
        }
    }
    impl Location {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///The settings of a free-shift attendance group (自由班制配置).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct FreePunchCfg {
        /**The earliest punch time of a day (自由班制打卡开始时间), `H:mm`; according to the create page,
hours before 10 have no leading zero.

Wire name `free_start_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub free_start_time: ::core::option::Option<::std::string::String>,
        /**The latest punch time of a day (自由班制打卡结束时间), `H:mm`; according to the create page,
hours before 10 have no leading zero.

Wire name `free_end_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub free_end_time: ::core::option::Option<::std::string::String>,
        /**The working days (打卡的时间): 7 digits, one per weekday from Monday to Sunday, 1 a working
day and 0 a rest day; e.g. 1111100 is Monday to Friday.

Wire name `punch_day`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub punch_day: ::core::option::Option<i64>,
        /**Whether a working day without any punch counts as a missing punch (缺卡).

Wire name `work_day_no_punch_as_lack`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub work_day_no_punch_as_lack: ::core::option::Option<bool>,
        /**Whether attendance on a working day must reach a minimum duration (工作日出勤是否需满足时长要求).

Wire name `work_hours_demand`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub work_hours_demand: ::core::option::Option<bool>,
        /**The required working time per day in minutes (每日工作时长), 0 to 1440.

Wire name `work_hours`; at least 0; at most 1440.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub work_hours: ::core::option::Option<i64>,
        /**The punch settings of the free shift (自由班制的打卡配置).

Wire name `free_clock_setting`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub free_clock_setting: ::core::option::Option<FreeClockSetting>,
    }
    impl ::feishu_api::wire::DecodeObject for FreePunchCfg {
        const FIELDS: &'static [&'static str] = &[
            "free_start_time",
            "free_end_time",
            "punch_day",
            "work_day_no_punch_as_lack",
            "work_hours_demand",
            "work_hours",
            "free_clock_setting",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.free_start_time = map.next_value()?,
                1usize => self.free_end_time = map.next_value()?,
                2usize => self.punch_day = map.next_value()?,
                3usize => self.work_day_no_punch_as_lack = map.next_value()?,
                4usize => self.work_hours_demand = map.next_value()?,
                5usize => self.work_hours = map.next_value()?,
                6usize => self.free_clock_setting = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for FreePunchCfg {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl FreePunchCfg {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            FreePunchCfg {
                free_start_time: ::core::option::Option::None,
                free_end_time: ::core::option::Option::None,
                punch_day: ::core::option::Option::None,
                work_day_no_punch_as_lack: ::core::option::Option::None,
                work_hours_demand: ::core::option::Option::None,
                work_hours: ::core::option::Option::None,
                free_clock_setting: ::core::option::Option::None,
            }
        }
        ///Sets `free_start_time`.
        #[must_use]
        pub fn with_free_start_time(mut self, value: ::std::string::String) -> Self {
            self.free_start_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `free_end_time`.
        #[must_use]
        pub fn with_free_end_time(mut self, value: ::std::string::String) -> Self {
            self.free_end_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `punch_day`.
        #[must_use]
        pub fn with_punch_day(mut self, value: i64) -> Self {
            self.punch_day = ::core::option::Option::Some(value);
            self
        }
        ///Sets `work_day_no_punch_as_lack`.
        #[must_use]
        pub fn with_work_day_no_punch_as_lack(mut self, value: bool) -> Self {
            self.work_day_no_punch_as_lack = ::core::option::Option::Some(value);
            self
        }
        ///Sets `work_hours_demand`.
        #[must_use]
        pub fn with_work_hours_demand(mut self, value: bool) -> Self {
            self.work_hours_demand = ::core::option::Option::Some(value);
            self
        }
        ///Sets `work_hours`.
        #[must_use]
        pub fn with_work_hours(mut self, value: i64) -> Self {
            self.work_hours = ::core::option::Option::Some(value);
            self
        }
        ///Sets `free_clock_setting`.
        #[must_use]
        pub fn with_free_clock_setting(mut self, value: FreeClockSetting) -> Self {
            self.free_clock_setting = ::core::option::Option::Some(value);
            self
        }
    }
    impl FreePunchCfg {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.work_hours.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "work_hours");
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::Some(0),
                        ::core::option::Option::Some(1440),
                    );
            }
            if let ::core::option::Option::Some(value) = self.free_clock_setting.as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "free_clock_setting",
                );
                value.__validate(&path.to_string(), violations);
            }
        }
    }
    ///Punch settings of a free shift (自由班制的打卡配置).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct FreeClockSetting {
        /**The punch mode (打卡模式); its values are not documented.

Wire name `clock_mode`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub clock_mode: ::core::option::Option<i64>,
        /**The minimum interval between punches (最小打卡间隔); its encoding is not documented.

Wire name `clock_internal_hhmm`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub clock_internal_hhmm: ::core::option::Option<i64>,
    }
    impl ::feishu_api::wire::DecodeObject for FreeClockSetting {
        const FIELDS: &'static [&'static str] = &["clock_mode", "clock_internal_hhmm"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.clock_mode = map.next_value()?,
                1usize => self.clock_internal_hhmm = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for FreeClockSetting {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl FreeClockSetting {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            FreeClockSetting {
                clock_mode: ::core::option::Option::None,
                clock_internal_hhmm: ::core::option::Option::None,
            }
        }
        ///Sets `clock_mode`.
        #[must_use]
        pub fn with_clock_mode(mut self, value: i64) -> Self {
            self.clock_mode = ::core::option::Option::Some(value);
            self
        }
        ///Sets `clock_internal_hhmm`.
        #[must_use]
        pub fn with_clock_internal_hhmm(mut self, value: i64) -> Self {
            self.clock_internal_hhmm = ::core::option::Option::Some(value);
            self
        }
    }
    impl FreeClockSetting {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///A special date with the shift that applies on it (特殊日期).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct PunchSpecialDateShift {
        /**The date (打卡日期), yyyyMMdd.

Wire name `punch_day`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub punch_day: ::core::option::Option<::feishu_api::time::DateYmd>,
        /**The id of the shift on that date (班次 ID); see the shift get endpoint (查询班次详情).

Wire name `shift_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub shift_id: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for PunchSpecialDateShift {
        const FIELDS: &'static [&'static str] = &["punch_day", "shift_id"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.punch_day = map.next_value()?,
                1usize => self.shift_id = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for PunchSpecialDateShift {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl PunchSpecialDateShift {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            PunchSpecialDateShift {
                punch_day: ::core::option::Option::None,
                shift_id: ::core::option::Option::None,
            }
        }
        ///Sets `punch_day`.
        #[must_use]
        pub fn with_punch_day(mut self, value: ::feishu_api::time::DateYmd) -> Self {
            self.punch_day = ::core::option::Option::Some(value);
            self
        }
        ///Sets `shift_id`.
        #[must_use]
        pub fn with_shift_id(mut self, value: ::std::string::String) -> Self {
            self.shift_id = ::core::option::Option::Some(value);
            self
        }
    }
    impl PunchSpecialDateShift {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.punch_day.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "punch_day");
                violations.check_format(&path, value);
            }
        }
    }
    ///Punch settings for the days people join or leave the company (人员异动打卡设置).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct MemberStatusChange {
        /**No on-duty punch is needed on the day a person joins (入职日上班无需打卡).

Wire name `onboarding_on_no_need_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub onboarding_on_no_need_punch: ::core::option::Option<bool>,
        /**No off-duty punch is needed on the day a person joins (入职日下班无需打卡).

Wire name `onboarding_off_no_need_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub onboarding_off_no_need_punch: ::core::option::Option<bool>,
        /**No on-duty punch is needed on the day a person leaves (离职日上班无需打卡).

Wire name `offboarding_on_no_need_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub offboarding_on_no_need_punch: ::core::option::Option<bool>,
        /**No off-duty punch is needed on the day a person leaves (离职日下班无需打卡).

Wire name `offboarding_off_no_need_punch`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub offboarding_off_no_need_punch: ::core::option::Option<bool>,
    }
    impl ::feishu_api::wire::DecodeObject for MemberStatusChange {
        const FIELDS: &'static [&'static str] = &[
            "onboarding_on_no_need_punch",
            "onboarding_off_no_need_punch",
            "offboarding_on_no_need_punch",
            "offboarding_off_no_need_punch",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.onboarding_on_no_need_punch = map.next_value()?,
                1usize => self.onboarding_off_no_need_punch = map.next_value()?,
                2usize => self.offboarding_on_no_need_punch = map.next_value()?,
                3usize => self.offboarding_off_no_need_punch = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for MemberStatusChange {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl MemberStatusChange {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            MemberStatusChange {
                onboarding_on_no_need_punch: ::core::option::Option::None,
                onboarding_off_no_need_punch: ::core::option::Option::None,
                offboarding_on_no_need_punch: ::core::option::Option::None,
                offboarding_off_no_need_punch: ::core::option::Option::None,
            }
        }
        ///Sets `onboarding_on_no_need_punch`.
        #[must_use]
        pub fn with_onboarding_on_no_need_punch(mut self, value: bool) -> Self {
            self.onboarding_on_no_need_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `onboarding_off_no_need_punch`.
        #[must_use]
        pub fn with_onboarding_off_no_need_punch(mut self, value: bool) -> Self {
            self.onboarding_off_no_need_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `offboarding_on_no_need_punch`.
        #[must_use]
        pub fn with_offboarding_on_no_need_punch(mut self, value: bool) -> Self {
            self.offboarding_on_no_need_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `offboarding_off_no_need_punch`.
        #[must_use]
        pub fn with_offboarding_off_no_need_punch(mut self, value: bool) -> Self {
            self.offboarding_off_no_need_punch = ::core::option::Option::Some(value);
            self
        }
    }
    impl MemberStatusChange {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///Punch rules for leaving before and returning after a leave, an outing or a business trip; times in minutes.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct LeaveNeedPunchCfg {
        /**Arriving later than this many minutes counts as late (记为迟到).

Wire name `late_minutes_as_late`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub late_minutes_as_late: ::core::option::Option<i64>,
        /**Arriving later than this many minutes counts as a missing punch (记为缺卡).

Wire name `late_minutes_as_lack`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub late_minutes_as_lack: ::core::option::Option<i64>,
        /**Leaving earlier than this many minutes counts as leaving early (记为早退).

Wire name `early_minutes_as_early`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub early_minutes_as_early: ::core::option::Option<i64>,
        /**Leaving earlier than this many minutes counts as a missing punch (记为缺卡).

Wire name `early_minutes_as_lack`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub early_minutes_as_lack: ::core::option::Option<i64>,
        /**For an absence in the middle of a shift, no punch is needed before leaving or after
returning (无需在离岗前或返岗后打卡); gray-release tenants only (仅灰度租户有效). It has no effect for business trips (出差不生效).

Wire name `not_during_shift`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub not_during_shift: ::core::option::Option<bool>,
    }
    impl ::feishu_api::wire::DecodeObject for LeaveNeedPunchCfg {
        const FIELDS: &'static [&'static str] = &[
            "late_minutes_as_late",
            "late_minutes_as_lack",
            "early_minutes_as_early",
            "early_minutes_as_lack",
            "not_during_shift",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.late_minutes_as_late = map.next_value()?,
                1usize => self.late_minutes_as_lack = map.next_value()?,
                2usize => self.early_minutes_as_early = map.next_value()?,
                3usize => self.early_minutes_as_lack = map.next_value()?,
                4usize => self.not_during_shift = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for LeaveNeedPunchCfg {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl LeaveNeedPunchCfg {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            LeaveNeedPunchCfg {
                late_minutes_as_late: ::core::option::Option::None,
                late_minutes_as_lack: ::core::option::Option::None,
                early_minutes_as_early: ::core::option::Option::None,
                early_minutes_as_lack: ::core::option::Option::None,
                not_during_shift: ::core::option::Option::None,
            }
        }
        ///Sets `late_minutes_as_late`.
        #[must_use]
        pub fn with_late_minutes_as_late(mut self, value: i64) -> Self {
            self.late_minutes_as_late = ::core::option::Option::Some(value);
            self
        }
        ///Sets `late_minutes_as_lack`.
        #[must_use]
        pub fn with_late_minutes_as_lack(mut self, value: i64) -> Self {
            self.late_minutes_as_lack = ::core::option::Option::Some(value);
            self
        }
        ///Sets `early_minutes_as_early`.
        #[must_use]
        pub fn with_early_minutes_as_early(mut self, value: i64) -> Self {
            self.early_minutes_as_early = ::core::option::Option::Some(value);
            self
        }
        ///Sets `early_minutes_as_lack`.
        #[must_use]
        pub fn with_early_minutes_as_lack(mut self, value: i64) -> Self {
            self.early_minutes_as_lack = ::core::option::Option::Some(value);
            self
        }
        ///Sets `not_during_shift`.
        #[must_use]
        pub fn with_not_during_shift(mut self, value: bool) -> Self {
            self.not_during_shift = ::core::option::Option::Some(value);
            self
        }
    }
    impl LeaveNeedPunchCfg {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///A rule-based set of people (圈人规则).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct PunchMember {
        /**How people are selected (圈人方式); 0 by default according to the create page.

Wire name `rule_scope_type`; the server assumes `0` ([`RuleScopeType::Nobody`]) when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub rule_scope_type: ::core::option::Option<RuleScopeType>,
        /**The selection rule (圈人规则列表). Rules returned are combined with AND; rules combined with
OR are not returned.

Wire name `scope_group_list`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub scope_group_list: ::core::option::Option<ScopeGroup>,
    }
    impl ::feishu_api::wire::DecodeObject for PunchMember {
        const FIELDS: &'static [&'static str] = &["rule_scope_type", "scope_group_list"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.rule_scope_type = map.next_value()?,
                1usize => self.scope_group_list = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for PunchMember {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl PunchMember {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            PunchMember {
                rule_scope_type: ::core::option::Option::None,
                scope_group_list: ::core::option::Option::None,
            }
        }
        ///Sets `rule_scope_type`.
        #[must_use]
        pub fn with_rule_scope_type(mut self, value: RuleScopeType) -> Self {
            self.rule_scope_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `scope_group_list`.
        #[must_use]
        pub fn with_scope_group_list(mut self, value: ScopeGroup) -> Self {
            self.scope_group_list = ::core::option::Option::Some(value);
            self
        }
    }
    impl PunchMember {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.scope_group_list.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "scope_group_list",
                );
                value.__validate(&path.to_string(), violations);
            }
        }
    }
    ///One rule selecting people by an attribute (圈人规则).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ScopeGroup {
        /**The attribute the rule tests (类型).

Wire name `scope_value_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub scope_value_type: ::core::option::Option<ScopeValueType>,
        /**How the attribute is compared (范围类型).

Wire name `operation_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub operation_type: ::core::option::Option<ScopeOperationType>,
        /**The values compared against; not used for department and user rules.

Wire name `right`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub right: ::core::option::Option<::std::vec::Vec<ScopeValue>>,
        /**Department or user ids, which depending on `scope_value_type` (部门/人员 ID 列表).

Wire name `member_ids`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub member_ids: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        /**The key id of a custom field (企业版自定义字段唯一键 ID), taken from Feishu People (飞书人事);
the create page says it is not supported yet (暂不支持).

Wire name `custom_field_ID`.*/
        #[serde(rename = "custom_field_ID")]
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub custom_field_id: ::core::option::Option<::std::string::String>,
        /**The kind of object the custom field belongs to (企业版自定义字段对象类型).

Wire name `custom_field_obj_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub custom_field_obj_type: ::core::option::Option<CustomFieldObjType>,
    }
    impl ::feishu_api::wire::DecodeObject for ScopeGroup {
        const FIELDS: &'static [&'static str] = &[
            "scope_value_type",
            "operation_type",
            "right",
            "member_ids",
            "custom_field_ID",
            "custom_field_obj_type",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.scope_value_type = map.next_value()?,
                1usize => self.operation_type = map.next_value()?,
                2usize => self.right = map.next_value()?,
                3usize => self.member_ids = map.next_value()?,
                4usize => self.custom_field_id = map.next_value()?,
                5usize => self.custom_field_obj_type = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ScopeGroup {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl ScopeGroup {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ScopeGroup {
                scope_value_type: ::core::option::Option::None,
                operation_type: ::core::option::Option::None,
                right: ::core::option::Option::None,
                member_ids: ::core::option::Option::None,
                custom_field_id: ::core::option::Option::None,
                custom_field_obj_type: ::core::option::Option::None,
            }
        }
        ///Sets `scope_value_type`.
        #[must_use]
        pub fn with_scope_value_type(mut self, value: ScopeValueType) -> Self {
            self.scope_value_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `operation_type`.
        #[must_use]
        pub fn with_operation_type(mut self, value: ScopeOperationType) -> Self {
            self.operation_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `right`.
        #[must_use]
        pub fn with_right(mut self, value: ::std::vec::Vec<ScopeValue>) -> Self {
            self.right = ::core::option::Option::Some(value);
            self
        }
        ///Sets `member_ids`.
        #[must_use]
        pub fn with_member_ids(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.member_ids = ::core::option::Option::Some(value);
            self
        }
        ///Sets `custom_field_ID`.
        #[must_use]
        pub fn with_custom_field_id(mut self, value: ::std::string::String) -> Self {
            self.custom_field_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `custom_field_obj_type`.
        #[must_use]
        pub fn with_custom_field_obj_type(mut self, value: CustomFieldObjType) -> Self {
            self.custom_field_obj_type = ::core::option::Option::Some(value);
            self
        }
    }
    impl ScopeGroup {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.right.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "right");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
        }
    }
    ///A value a scope rule compares against.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ScopeValue {
        /**The value's key (标识 Key).

Wire name `key`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub key: ::core::option::Option<::std::string::String>,
        /**The value's display name (名称).

Wire name `name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub name: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for ScopeValue {
        const FIELDS: &'static [&'static str] = &["key", "name"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.key = map.next_value()?,
                1usize => self.name = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ScopeValue {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl ScopeValue {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ScopeValue {
                key: ::core::option::Option::None,
                name: ::core::option::Option::None,
            }
        }
        ///Sets `key`.
        #[must_use]
        pub fn with_key(mut self, value: ::std::string::String) -> Self {
            self.key = ::core::option::Option::Some(value);
            self
        }
        ///Sets `name`.
        #[must_use]
        pub fn with_name(mut self, value: ::std::string::String) -> Self {
            self.name = ::core::option::Option::Some(value);
            self
        }
    }
    impl ScopeValue {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///Overtime punch rules (加班打卡规则).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct OvertimeClockCfg {
        /**Whether a punch may be requested outside the punch windows (非打卡时段申请打卡); gray-release tenants only (仅灰度租户有效).

Wire name `allow_punch_approval`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_punch_approval: ::core::option::Option<bool>,
        /**Whether overtime must be punched at its start and end (加班开始和结束需打卡); gray-release tenants only (仅灰度租户有效).

Wire name `need_clock_over_time_start_and_end`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub need_clock_over_time_start_and_end: ::core::option::Option<bool>,
    }
    impl ::feishu_api::wire::DecodeObject for OvertimeClockCfg {
        const FIELDS: &'static [&'static str] = &[
            "allow_punch_approval",
            "need_clock_over_time_start_and_end",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.allow_punch_approval = map.next_value()?,
                1usize => self.need_clock_over_time_start_and_end = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for OvertimeClockCfg {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl OvertimeClockCfg {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            OvertimeClockCfg {
                allow_punch_approval: ::core::option::Option::None,
                need_clock_over_time_start_and_end: ::core::option::Option::None,
            }
        }
        ///Sets `allow_punch_approval`.
        #[must_use]
        pub fn with_allow_punch_approval(mut self, value: bool) -> Self {
            self.allow_punch_approval = ::core::option::Option::Some(value);
            self
        }
        ///Sets `need_clock_over_time_start_and_end`.
        #[must_use]
        pub fn with_need_clock_over_time_start_and_end(mut self, value: bool) -> Self {
            self.need_clock_over_time_start_and_end = ::core::option::Option::Some(
                value,
            );
            self
        }
    }
    impl OvertimeClockCfg {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///Exemptions for abnormal punches (异常卡豁免配置).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ClockInAbnormalSettings {
        /**Ignore abnormal punches until the latest off-duty punch time (在最晚下班打卡之前忽略异常卡); gray-release tenants only (仅灰度租户有效).

Wire name `ignore_until_latest_clockout`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub ignore_until_latest_clockout: ::core::option::Option<bool>,
    }
    impl ::feishu_api::wire::DecodeObject for ClockInAbnormalSettings {
        const FIELDS: &'static [&'static str] = &["ignore_until_latest_clockout"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.ignore_until_latest_clockout = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for ClockInAbnormalSettings {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl ClockInAbnormalSettings {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ClockInAbnormalSettings {
                ignore_until_latest_clockout: ::core::option::Option::None,
            }
        }
        ///Sets `ignore_until_latest_clockout`.
        #[must_use]
        pub fn with_ignore_until_latest_clockout(mut self, value: bool) -> Self {
            self.ignore_until_latest_clockout = ::core::option::Option::Some(value);
            self
        }
    }
    impl ClockInAbnormalSettings {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///An attendance group's id and name (考勤组摘要).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct GroupMeta {
        /**The group's id (考勤组 ID); usable with the get-by-id endpoint (按 ID 查询考勤组).

Wire name `group_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub group_id: ::core::option::Option<::std::string::String>,
        /**The group's name (考勤组名称).

Wire name `group_name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub group_name: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for GroupMeta {
        const FIELDS: &'static [&'static str] = &["group_id", "group_name"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.group_id = map.next_value()?,
                1usize => self.group_name = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for GroupMeta {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**An attendance group (考勤组): the rules by which a set of departments and people punch in
and out — who belongs, which shifts apply, where and how punching is allowed, and remedy,
face-recognition and anti-cheating settings. The create-or-update method sends it and returns
it; the get-by-id method returns the same fields, except `effect_now`, directly in its `data`.
The required fields are those the create page marks 必填; `effect_time`,
`fixshift_effect_time` and `member_effect_time` are only documented in answers.*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct Group {
        /**The attendance group's id (考勤组 ID). In a create-or-update request, set it only to
update an existing group; without it a new group is created.

Wire name `group_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub group_id: ::core::option::Option<::std::string::String>,
        /**The group's name (考勤组名称).

Wire name `group_name`.*/
        pub group_name: ::std::string::String,
        /**The group's time zone (时区), e.g. `Asia/Shanghai`.

Wire name `time_zone`.*/
        pub time_zone: ::std::string::String,
        /**Departments bound to the group (绑定的部门), ids of the kind named by `dept_type`. When
`need_punch_members` is also given, this field wins.

Wire name `bind_dept_ids`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub bind_dept_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Departments excluded from the group (排除的部门). Retired: no longer in use (该字段已下线).

Wire name `except_dept_ids`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub except_dept_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Users bound to the group (绑定的用户), ids of the kind named by `employee_type`. When
`need_punch_members` is also given, this field wins.

Wire name `bind_user_ids`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub bind_user_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Users excluded from the group (排除的用户), ids of the kind named by `employee_type`.
Retired: no longer in use (该字段已下线).

Wire name `except_user_ids`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub except_user_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**The group's main owners (考勤主负责人), ids of the kind named by `employee_type`. A group
must have them; each needs at least attendance-group admin rights.

Wire name `group_leader_ids`.*/
        pub group_leader_ids: ::std::vec::Vec<::std::string::String>,
        /**The group's deputy owners (考勤子负责人), ids of the kind named by `employee_type`.

Wire name `sub_group_leader_ids`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub sub_group_leader_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Whether field punches, away from the set locations, are allowed (外勤打卡).

Wire name `allow_out_punch`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_out_punch: ::core::option::Option<bool>,
        /**Field punches need approval before punching (先审批后打卡). Only takes effect when
`allow_out_punch` is on.

Wire name `out_punch_need_approval`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_need_approval: ::core::option::Option<bool>,
        /**Field punches need approval after punching (先打卡后审批). Only takes effect when
`allow_out_punch` is on.

Wire name `out_punch_need_post_approval`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_need_post_approval: ::core::option::Option<bool>,
        /**Field punches need a remark. Only takes effect when `allow_out_punch` is on.

Wire name `out_punch_need_remark`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_need_remark: ::core::option::Option<bool>,
        /**Field punches need a photo. Only takes effect when `allow_out_punch` is on.

Wire name `out_punch_need_photo`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_need_photo: ::core::option::Option<bool>,
        /**Employees may hide the detailed address of a field punch. Only takes effect when
`allow_out_punch` is on.

Wire name `out_punch_allowed_hide_addr`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_allowed_hide_addr: ::core::option::Option<bool>,
        /**Employees may fine-tune the address of a field punch. Only takes effect when
`allow_out_punch` is on.

Wire name `out_punch_allowed_adjust_addr`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub out_punch_allowed_adjust_addr: ::core::option::Option<bool>,
        /**How far a field punch's address may be fine-tuned, in meters (微调范围); 50 by default.

Wire name `adjust_range`; the server assumes `50` when absent.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub adjust_range: ::core::option::Option<i64>,
        /**Whether punching from the desktop (PC) client is allowed.

Wire name `allow_pc_punch`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_pc_punch: ::core::option::Option<bool>,
        /**The remedy (补卡) switch; the other remedy settings only take effect when it is on. The
reference page words it 是否限制补卡 (whether remedies are restricted), the Go SDK's get model
是否允许补卡 (whether remedies are allowed).

Wire name `allow_remedy`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy: ::core::option::Option<bool>,
        /**Whether the number of remedies is capped (是否限制补卡次数).

Wire name `remedy_limit`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_limit: ::core::option::Option<bool>,
        /**The maximum number of remedies (补卡次数).

Wire name `remedy_limit_count`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_limit_count: ::core::option::Option<i64>,
        /**Whether how late a remedy may be requested is limited (是否限制补卡时间).

Wire name `remedy_date_limit`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_date_limit: ::core::option::Option<bool>,
        /**How many days after the fact a remedy may still be requested (几天内补卡).

Wire name `remedy_date_num`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_date_num: ::core::option::Option<i64>,
        /**Remedies are allowed for missing punches (缺卡). Only takes effect when `allow_remedy` is on.

Wire name `allow_remedy_type_lack`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy_type_lack: ::core::option::Option<bool>,
        /**Remedies are allowed for late arrivals (迟到). Only takes effect when `allow_remedy` is on.

Wire name `allow_remedy_type_late`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy_type_late: ::core::option::Option<bool>,
        /**Remedies are allowed for early departures (早退). Only takes effect when `allow_remedy` is on.

Wire name `allow_remedy_type_early`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy_type_early: ::core::option::Option<bool>,
        /**Remedies are allowed for normal punches (正常). Only takes effect when `allow_remedy` is on.

Wire name `allow_remedy_type_normal`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_remedy_type_normal: ::core::option::Option<bool>,
        /**Whether the accumulated working time is shown (展示累计时长).

Wire name `show_cumulative_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub show_cumulative_time: ::core::option::Option<bool>,
        /**Whether the overtime duration is shown (展示加班时长).

Wire name `show_over_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub show_over_time: ::core::option::Option<bool>,
        /**Whether employees' punch details are hidden (隐藏员工打卡详情).

Wire name `hide_staff_punch_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub hide_staff_punch_time: ::core::option::Option<bool>,
        /**Whether the punch rules are hidden (隐藏打卡规则); gray-release tenants only (仅灰度租户有效) per the create page.

Wire name `hide_clock_in_rule`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub hide_clock_in_rule: ::core::option::Option<bool>,
        /**Whether face-recognition punching is on (人脸识别打卡).

Wire name `face_punch`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub face_punch: ::core::option::Option<bool>,
        /**When face recognition is required (人脸识别打卡规则).

Wire name `face_punch_cfg`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub face_punch_cfg: ::core::option::Option<FacePunchRule>,
        /**How a face punch checks the person is live (人脸打卡规则): `false` a liveness check (活体验证),
`true` an action check (动作验证). Only takes effect when `face_punch_cfg` is 1.

Wire name `face_live_need_action`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub face_live_need_action: ::core::option::Option<bool>,
        /**Whether a plain photo punch is allowed when face recognition fails.

Wire name `face_downgrade`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub face_downgrade: ::core::option::Option<bool>,
        /**Whether the reference face photo may be replaced when face recognition fails.

Wire name `replace_basic_pic`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub replace_basic_pic: ::core::option::Option<bool>,
        /**Anti-cheating punch settings (防作弊打卡配置); gray-release tenants only (仅灰度租户有效).

Wire name `anti_cheat_punch_config`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub anti_cheat_punch_config: ::core::option::Option<AntiCheatConfig>,
        /**The attendance machines (考勤机列表).

Wire name `machines`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub machines: ::core::option::Option<::std::vec::Vec<Machine>>,
        /**The valid range of GPS punches (GPS 打卡的有效范围); discouraged (不建议使用).

Wire name `gps_range`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub gps_range: ::core::option::Option<i64>,
        /**The punch locations (地址列表). In a create-or-update request they are appended to the
existing list, never replacing it.

Wire name `locations`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub locations: ::core::option::Option<::std::vec::Vec<Location>>,
        /**The group's attendance type (考勤类型): fixed shifts, scheduled shifts or free shifts. The
create page's request table numbers fixed shifts 1 (1 固定班制), while its answer table, its
answer example, the get page and the Go SDK number them 0; the enum follows the latter, and
1 can still be sent as `GroupType::Unknown(1)`.

Wire name `group_type`.*/
        pub group_type: GroupType,
        /**The shift ids of a fixed-shift group (班次 ID 列表), one per weekday from Monday to Sunday. In
a request a fixed group needs all 7, `0` marks a rest day, and scheduled or free groups send
an empty array; answers carry it for fixed groups (固定班制返回). Shift ids come from the
shift list and query methods (查询所有班次, 按名称查询班次).

Wire name `punch_day_shift_ids`.*/
        pub punch_day_shift_ids: ::std::vec::Vec<::std::string::String>,
        /**The free-shift settings (配置自由班制).

Wire name `free_punch_cfg`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub free_punch_cfg: ::core::option::Option<FreePunchCfg>,
        /**The national calendar rest days follow (国家日历 ID). Required by the create page; the get
page and the Go SDK give 1 (mainland China) as the default.

Wire name `calendar_id`.*/
        pub calendar_id: CountryCalendar,
        /**Special dates on which punching is required (必须打卡的特殊日期).

Wire name `need_punch_special_days`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub need_punch_special_days: ::core::option::Option<
            ::std::vec::Vec<PunchSpecialDateShift>,
        >,
        /**Special dates on which no punching is needed (无需打卡的特殊日期).

Wire name `no_need_punch_special_days`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub no_need_punch_special_days: ::core::option::Option<
            ::std::vec::Vec<PunchSpecialDateShift>,
        >,
        /**For a free-shift group: whether a working day without any punch counts as a missing punch
(工作日不打卡是否记为缺卡).

Wire name `work_day_no_punch_as_lack`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub work_day_no_punch_as_lack: ::core::option::Option<bool>,
        /**Create-or-update requests only: whether the change takes effect immediately (是否立即生效);
`false` by default. The get response does not carry it.

Wire name `effect_now`; the server assumes `false` when absent.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub effect_now: ::core::option::Option<bool>,
        /**The kind of period remedy limits count over (补卡周期类型).

Wire name `remedy_period_type`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_period_type: ::core::option::Option<RemedyPeriodType>,
        /**The day of the month a custom remedy period starts on (补卡自定义周期起始日期); 0 to 28
according to the create page.

Wire name `remedy_period_custom_date`; at least 0; at most 28.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_period_custom_date: ::core::option::Option<i64>,
        /**The allowed punch methods, a bit mask (打卡类型，位运算): 1 GPS, 2 Wi-Fi, 4 attendance machine,
8 IP; e.g. 3 allows GPS and Wi-Fi.

Wire name `punch_type`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub punch_type: ::core::option::Option<i64>,
        /**When the group's rules take effect (生效时间), a Unix time in seconds.

Wire name `effect_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub effect_time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**When the fixed shifts take effect (固定班次生效时间), a Unix time in seconds.

Wire name `fixshift_effect_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub fixshift_effect_time: ::core::option::Option<
            ::feishu_api::time::UnixSeconds,
        >,
        /**When changes to the group's users and departments take effect (人员、部门变动生效时间), a
Unix time in seconds.

Wire name `member_effect_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub member_effect_time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**Punches on rest days need approval (休息日打卡需审批). According to the create page, turning
it on moves the start of a rest day to 4:00.

Wire name `rest_clockIn_need_approval`.*/
        #[serde(rename = "rest_clockIn_need_approval")]
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub rest_clock_in_need_approval: ::core::option::Option<bool>,
        /**Every punch needs a photo (每次打卡均需拍照).

Wire name `clockIn_need_photo`.*/
        #[serde(rename = "clockIn_need_photo")]
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub clock_in_need_photo: ::core::option::Option<bool>,
        /**Punch settings for the days people join or leave (人员异动打卡设置).

Wire name `member_status_change`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub member_status_change: ::core::option::Option<MemberStatusChange>,
        /**Whether people must punch when they leave for or return from a leave (请假离岗或返岗是否需打卡).

Wire name `leave_need_punch`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub leave_need_punch: ::core::option::Option<bool>,
        /**The punch rules around a leave (请假离岗或返岗打卡规则).

Wire name `leave_need_punch_cfg`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub leave_need_punch_cfg: ::core::option::Option<LeaveNeedPunchCfg>,
        /**Whether and when people must punch during an outing (外出期间是否需打卡).

Wire name `go_out_need_punch`; the server assumes `0` ([`AwayPunchRule::NoPunch`]) when absent.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub go_out_need_punch: ::core::option::Option<AwayPunchRule>,
        /**The punch rules around an outing (外出期间打卡规则).

Wire name `go_out_need_punch_cfg`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub go_out_need_punch_cfg: ::core::option::Option<LeaveNeedPunchCfg>,
        /**Whether and when people must punch during a business trip (出差期间是否需打卡).

Wire name `travel_need_punch`; the server assumes `0` ([`AwayPunchRule::NoPunch`]) when absent.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub travel_need_punch: ::core::option::Option<AwayPunchRule>,
        /**The punch rules around a business trip (出差期间打卡规则).

Wire name `travel_need_punch_cfg`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub travel_need_punch_cfg: ::core::option::Option<LeaveNeedPunchCfg>,
        /**Who must punch, as rule-based scopes (需要打卡的人员集合). When `bind_dept_ids` or
`bind_user_ids` is non-empty, those win.

Wire name `need_punch_members`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub need_punch_members: ::core::option::Option<::std::vec::Vec<PunchMember>>,
        /**Who belongs to the group without punching, as rule-based scopes (无需打卡的人员集合).
When `bind_default_dept_ids` or `bind_default_user_ids` is non-empty, those win.

Wire name `no_need_punch_members`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub no_need_punch_members: ::core::option::Option<::std::vec::Vec<PunchMember>>,
        /**Whether the group may be saved while some of its people belong to other groups
(是否允许保存有冲突人员的考勤组): `true` moves them into this group and out of their old one, `false`
leaves the conflict to be resolved by hand. `false` by default according to the create page.

Wire name `save_auto_changes`; the server assumes `false` when absent.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub save_auto_changes: ::core::option::Option<bool>,
        /**Whether people who newly join or move within the organization and match the group's rules
join the group automatically (人员异动自动加入考勤组).

Wire name `org_change_auto_adjust`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub org_change_auto_adjust: ::core::option::Option<bool>,
        /**Departments in the group that need not punch (参与无需打卡的部门), ids of the kind named by
`dept_type`. When `no_need_punch_members` is also given, this field wins.

Wire name `bind_default_dept_ids`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub bind_default_dept_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Users in the group who need not punch (参与无需打卡的人员), ids of the kind named by
`employee_type`. When `no_need_punch_members` is also given, this field wins.

Wire name `bind_default_user_ids`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub bind_default_user_ids: ::core::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**The overtime punch rules (加班打卡规则).

Wire name `overtime_clock_cfg`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub overtime_clock_cfg: ::core::option::Option<OvertimeClockCfg>,
        /**The id of the custom holiday calendar the group uses, if any (节假日 ID).

Wire name `new_calendar_id`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub new_calendar_id: ::core::option::Option<::std::string::String>,
        /**Whether a punch may be requested when the location is inaccurate (定位不准时是否允许申请打卡).

Wire name `allow_apply_punch`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub allow_apply_punch: ::core::option::Option<bool>,
        /**Exemptions for abnormal punches (异常卡豁免配置).

Wire name `clock_in_abnormal_settings`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub clock_in_abnormal_settings: ::core::option::Option<ClockInAbnormalSettings>,
    }
    impl Group {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            group_name: ::std::string::String,
            time_zone: ::std::string::String,
            group_leader_ids: ::std::vec::Vec<::std::string::String>,
            group_type: GroupType,
            punch_day_shift_ids: ::std::vec::Vec<::std::string::String>,
            calendar_id: CountryCalendar,
        ) -> Self {
            Group {
                group_id: ::core::option::Option::None,
                group_name,
                time_zone,
                bind_dept_ids: ::core::option::Option::None,
                except_dept_ids: ::core::option::Option::None,
                bind_user_ids: ::core::option::Option::None,
                except_user_ids: ::core::option::Option::None,
                group_leader_ids,
                sub_group_leader_ids: ::core::option::Option::None,
                allow_out_punch: ::core::option::Option::None,
                out_punch_need_approval: ::core::option::Option::None,
                out_punch_need_post_approval: ::core::option::Option::None,
                out_punch_need_remark: ::core::option::Option::None,
                out_punch_need_photo: ::core::option::Option::None,
                out_punch_allowed_hide_addr: ::core::option::Option::None,
                out_punch_allowed_adjust_addr: ::core::option::Option::None,
                adjust_range: ::core::option::Option::None,
                allow_pc_punch: ::core::option::Option::None,
                allow_remedy: ::core::option::Option::None,
                remedy_limit: ::core::option::Option::None,
                remedy_limit_count: ::core::option::Option::None,
                remedy_date_limit: ::core::option::Option::None,
                remedy_date_num: ::core::option::Option::None,
                allow_remedy_type_lack: ::core::option::Option::None,
                allow_remedy_type_late: ::core::option::Option::None,
                allow_remedy_type_early: ::core::option::Option::None,
                allow_remedy_type_normal: ::core::option::Option::None,
                show_cumulative_time: ::core::option::Option::None,
                show_over_time: ::core::option::Option::None,
                hide_staff_punch_time: ::core::option::Option::None,
                hide_clock_in_rule: ::core::option::Option::None,
                face_punch: ::core::option::Option::None,
                face_punch_cfg: ::core::option::Option::None,
                face_live_need_action: ::core::option::Option::None,
                face_downgrade: ::core::option::Option::None,
                replace_basic_pic: ::core::option::Option::None,
                anti_cheat_punch_config: ::core::option::Option::None,
                machines: ::core::option::Option::None,
                gps_range: ::core::option::Option::None,
                locations: ::core::option::Option::None,
                group_type,
                punch_day_shift_ids,
                free_punch_cfg: ::core::option::Option::None,
                calendar_id,
                need_punch_special_days: ::core::option::Option::None,
                no_need_punch_special_days: ::core::option::Option::None,
                work_day_no_punch_as_lack: ::core::option::Option::None,
                effect_now: ::core::option::Option::None,
                remedy_period_type: ::core::option::Option::None,
                remedy_period_custom_date: ::core::option::Option::None,
                punch_type: ::core::option::Option::None,
                effect_time: ::core::option::Option::None,
                fixshift_effect_time: ::core::option::Option::None,
                member_effect_time: ::core::option::Option::None,
                rest_clock_in_need_approval: ::core::option::Option::None,
                clock_in_need_photo: ::core::option::Option::None,
                member_status_change: ::core::option::Option::None,
                leave_need_punch: ::core::option::Option::None,
                leave_need_punch_cfg: ::core::option::Option::None,
                go_out_need_punch: ::core::option::Option::None,
                go_out_need_punch_cfg: ::core::option::Option::None,
                travel_need_punch: ::core::option::Option::None,
                travel_need_punch_cfg: ::core::option::Option::None,
                need_punch_members: ::core::option::Option::None,
                no_need_punch_members: ::core::option::Option::None,
                save_auto_changes: ::core::option::Option::None,
                org_change_auto_adjust: ::core::option::Option::None,
                bind_default_dept_ids: ::core::option::Option::None,
                bind_default_user_ids: ::core::option::Option::None,
                overtime_clock_cfg: ::core::option::Option::None,
                new_calendar_id: ::core::option::Option::None,
                allow_apply_punch: ::core::option::Option::None,
                clock_in_abnormal_settings: ::core::option::Option::None,
            }
        }
        ///Sets `group_id`.
        #[must_use]
        pub fn with_group_id(mut self, value: ::std::string::String) -> Self {
            self.group_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `bind_dept_ids`.
        #[must_use]
        pub fn with_bind_dept_ids(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.bind_dept_ids = ::core::option::Option::Some(value);
            self
        }
        ///Sets `except_dept_ids`.
        #[must_use]
        pub fn with_except_dept_ids(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.except_dept_ids = ::core::option::Option::Some(value);
            self
        }
        ///Sets `bind_user_ids`.
        #[must_use]
        pub fn with_bind_user_ids(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.bind_user_ids = ::core::option::Option::Some(value);
            self
        }
        ///Sets `except_user_ids`.
        #[must_use]
        pub fn with_except_user_ids(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.except_user_ids = ::core::option::Option::Some(value);
            self
        }
        ///Sets `sub_group_leader_ids`.
        #[must_use]
        pub fn with_sub_group_leader_ids(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.sub_group_leader_ids = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_out_punch`.
        #[must_use]
        pub fn with_allow_out_punch(mut self, value: bool) -> Self {
            self.allow_out_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `out_punch_need_approval`.
        #[must_use]
        pub fn with_out_punch_need_approval(mut self, value: bool) -> Self {
            self.out_punch_need_approval = ::core::option::Option::Some(value);
            self
        }
        ///Sets `out_punch_need_post_approval`.
        #[must_use]
        pub fn with_out_punch_need_post_approval(mut self, value: bool) -> Self {
            self.out_punch_need_post_approval = ::core::option::Option::Some(value);
            self
        }
        ///Sets `out_punch_need_remark`.
        #[must_use]
        pub fn with_out_punch_need_remark(mut self, value: bool) -> Self {
            self.out_punch_need_remark = ::core::option::Option::Some(value);
            self
        }
        ///Sets `out_punch_need_photo`.
        #[must_use]
        pub fn with_out_punch_need_photo(mut self, value: bool) -> Self {
            self.out_punch_need_photo = ::core::option::Option::Some(value);
            self
        }
        ///Sets `out_punch_allowed_hide_addr`.
        #[must_use]
        pub fn with_out_punch_allowed_hide_addr(mut self, value: bool) -> Self {
            self.out_punch_allowed_hide_addr = ::core::option::Option::Some(value);
            self
        }
        ///Sets `out_punch_allowed_adjust_addr`.
        #[must_use]
        pub fn with_out_punch_allowed_adjust_addr(mut self, value: bool) -> Self {
            self.out_punch_allowed_adjust_addr = ::core::option::Option::Some(value);
            self
        }
        ///Sets `adjust_range`.
        #[must_use]
        pub fn with_adjust_range(mut self, value: i64) -> Self {
            self.adjust_range = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_pc_punch`.
        #[must_use]
        pub fn with_allow_pc_punch(mut self, value: bool) -> Self {
            self.allow_pc_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_remedy`.
        #[must_use]
        pub fn with_allow_remedy(mut self, value: bool) -> Self {
            self.allow_remedy = ::core::option::Option::Some(value);
            self
        }
        ///Sets `remedy_limit`.
        #[must_use]
        pub fn with_remedy_limit(mut self, value: bool) -> Self {
            self.remedy_limit = ::core::option::Option::Some(value);
            self
        }
        ///Sets `remedy_limit_count`.
        #[must_use]
        pub fn with_remedy_limit_count(mut self, value: i64) -> Self {
            self.remedy_limit_count = ::core::option::Option::Some(value);
            self
        }
        ///Sets `remedy_date_limit`.
        #[must_use]
        pub fn with_remedy_date_limit(mut self, value: bool) -> Self {
            self.remedy_date_limit = ::core::option::Option::Some(value);
            self
        }
        ///Sets `remedy_date_num`.
        #[must_use]
        pub fn with_remedy_date_num(mut self, value: i64) -> Self {
            self.remedy_date_num = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_remedy_type_lack`.
        #[must_use]
        pub fn with_allow_remedy_type_lack(mut self, value: bool) -> Self {
            self.allow_remedy_type_lack = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_remedy_type_late`.
        #[must_use]
        pub fn with_allow_remedy_type_late(mut self, value: bool) -> Self {
            self.allow_remedy_type_late = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_remedy_type_early`.
        #[must_use]
        pub fn with_allow_remedy_type_early(mut self, value: bool) -> Self {
            self.allow_remedy_type_early = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_remedy_type_normal`.
        #[must_use]
        pub fn with_allow_remedy_type_normal(mut self, value: bool) -> Self {
            self.allow_remedy_type_normal = ::core::option::Option::Some(value);
            self
        }
        ///Sets `show_cumulative_time`.
        #[must_use]
        pub fn with_show_cumulative_time(mut self, value: bool) -> Self {
            self.show_cumulative_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `show_over_time`.
        #[must_use]
        pub fn with_show_over_time(mut self, value: bool) -> Self {
            self.show_over_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `hide_staff_punch_time`.
        #[must_use]
        pub fn with_hide_staff_punch_time(mut self, value: bool) -> Self {
            self.hide_staff_punch_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `hide_clock_in_rule`.
        #[must_use]
        pub fn with_hide_clock_in_rule(mut self, value: bool) -> Self {
            self.hide_clock_in_rule = ::core::option::Option::Some(value);
            self
        }
        ///Sets `face_punch`.
        #[must_use]
        pub fn with_face_punch(mut self, value: bool) -> Self {
            self.face_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `face_punch_cfg`.
        #[must_use]
        pub fn with_face_punch_cfg(mut self, value: FacePunchRule) -> Self {
            self.face_punch_cfg = ::core::option::Option::Some(value);
            self
        }
        ///Sets `face_live_need_action`.
        #[must_use]
        pub fn with_face_live_need_action(mut self, value: bool) -> Self {
            self.face_live_need_action = ::core::option::Option::Some(value);
            self
        }
        ///Sets `face_downgrade`.
        #[must_use]
        pub fn with_face_downgrade(mut self, value: bool) -> Self {
            self.face_downgrade = ::core::option::Option::Some(value);
            self
        }
        ///Sets `replace_basic_pic`.
        #[must_use]
        pub fn with_replace_basic_pic(mut self, value: bool) -> Self {
            self.replace_basic_pic = ::core::option::Option::Some(value);
            self
        }
        ///Sets `anti_cheat_punch_config`.
        #[must_use]
        pub fn with_anti_cheat_punch_config(mut self, value: AntiCheatConfig) -> Self {
            self.anti_cheat_punch_config = ::core::option::Option::Some(value);
            self
        }
        ///Sets `machines`.
        #[must_use]
        pub fn with_machines(mut self, value: ::std::vec::Vec<Machine>) -> Self {
            self.machines = ::core::option::Option::Some(value);
            self
        }
        ///Sets `gps_range`.
        #[must_use]
        pub fn with_gps_range(mut self, value: i64) -> Self {
            self.gps_range = ::core::option::Option::Some(value);
            self
        }
        ///Sets `locations`.
        #[must_use]
        pub fn with_locations(mut self, value: ::std::vec::Vec<Location>) -> Self {
            self.locations = ::core::option::Option::Some(value);
            self
        }
        ///Sets `free_punch_cfg`.
        #[must_use]
        pub fn with_free_punch_cfg(mut self, value: FreePunchCfg) -> Self {
            self.free_punch_cfg = ::core::option::Option::Some(value);
            self
        }
        ///Sets `need_punch_special_days`.
        #[must_use]
        pub fn with_need_punch_special_days(
            mut self,
            value: ::std::vec::Vec<PunchSpecialDateShift>,
        ) -> Self {
            self.need_punch_special_days = ::core::option::Option::Some(value);
            self
        }
        ///Sets `no_need_punch_special_days`.
        #[must_use]
        pub fn with_no_need_punch_special_days(
            mut self,
            value: ::std::vec::Vec<PunchSpecialDateShift>,
        ) -> Self {
            self.no_need_punch_special_days = ::core::option::Option::Some(value);
            self
        }
        ///Sets `work_day_no_punch_as_lack`.
        #[must_use]
        pub fn with_work_day_no_punch_as_lack(mut self, value: bool) -> Self {
            self.work_day_no_punch_as_lack = ::core::option::Option::Some(value);
            self
        }
        ///Sets `effect_now`.
        #[must_use]
        pub fn with_effect_now(mut self, value: bool) -> Self {
            self.effect_now = ::core::option::Option::Some(value);
            self
        }
        ///Sets `remedy_period_type`.
        #[must_use]
        pub fn with_remedy_period_type(mut self, value: RemedyPeriodType) -> Self {
            self.remedy_period_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `remedy_period_custom_date`.
        #[must_use]
        pub fn with_remedy_period_custom_date(mut self, value: i64) -> Self {
            self.remedy_period_custom_date = ::core::option::Option::Some(value);
            self
        }
        ///Sets `punch_type`.
        #[must_use]
        pub fn with_punch_type(mut self, value: i64) -> Self {
            self.punch_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `effect_time`.
        #[must_use]
        pub fn with_effect_time(
            mut self,
            value: ::feishu_api::time::UnixSeconds,
        ) -> Self {
            self.effect_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `fixshift_effect_time`.
        #[must_use]
        pub fn with_fixshift_effect_time(
            mut self,
            value: ::feishu_api::time::UnixSeconds,
        ) -> Self {
            self.fixshift_effect_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `member_effect_time`.
        #[must_use]
        pub fn with_member_effect_time(
            mut self,
            value: ::feishu_api::time::UnixSeconds,
        ) -> Self {
            self.member_effect_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `rest_clockIn_need_approval`.
        #[must_use]
        pub fn with_rest_clock_in_need_approval(mut self, value: bool) -> Self {
            self.rest_clock_in_need_approval = ::core::option::Option::Some(value);
            self
        }
        ///Sets `clockIn_need_photo`.
        #[must_use]
        pub fn with_clock_in_need_photo(mut self, value: bool) -> Self {
            self.clock_in_need_photo = ::core::option::Option::Some(value);
            self
        }
        ///Sets `member_status_change`.
        #[must_use]
        pub fn with_member_status_change(mut self, value: MemberStatusChange) -> Self {
            self.member_status_change = ::core::option::Option::Some(value);
            self
        }
        ///Sets `leave_need_punch`.
        #[must_use]
        pub fn with_leave_need_punch(mut self, value: bool) -> Self {
            self.leave_need_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `leave_need_punch_cfg`.
        #[must_use]
        pub fn with_leave_need_punch_cfg(mut self, value: LeaveNeedPunchCfg) -> Self {
            self.leave_need_punch_cfg = ::core::option::Option::Some(value);
            self
        }
        ///Sets `go_out_need_punch`.
        #[must_use]
        pub fn with_go_out_need_punch(mut self, value: AwayPunchRule) -> Self {
            self.go_out_need_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `go_out_need_punch_cfg`.
        #[must_use]
        pub fn with_go_out_need_punch_cfg(mut self, value: LeaveNeedPunchCfg) -> Self {
            self.go_out_need_punch_cfg = ::core::option::Option::Some(value);
            self
        }
        ///Sets `travel_need_punch`.
        #[must_use]
        pub fn with_travel_need_punch(mut self, value: AwayPunchRule) -> Self {
            self.travel_need_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `travel_need_punch_cfg`.
        #[must_use]
        pub fn with_travel_need_punch_cfg(mut self, value: LeaveNeedPunchCfg) -> Self {
            self.travel_need_punch_cfg = ::core::option::Option::Some(value);
            self
        }
        ///Sets `need_punch_members`.
        #[must_use]
        pub fn with_need_punch_members(
            mut self,
            value: ::std::vec::Vec<PunchMember>,
        ) -> Self {
            self.need_punch_members = ::core::option::Option::Some(value);
            self
        }
        ///Sets `no_need_punch_members`.
        #[must_use]
        pub fn with_no_need_punch_members(
            mut self,
            value: ::std::vec::Vec<PunchMember>,
        ) -> Self {
            self.no_need_punch_members = ::core::option::Option::Some(value);
            self
        }
        ///Sets `save_auto_changes`.
        #[must_use]
        pub fn with_save_auto_changes(mut self, value: bool) -> Self {
            self.save_auto_changes = ::core::option::Option::Some(value);
            self
        }
        ///Sets `org_change_auto_adjust`.
        #[must_use]
        pub fn with_org_change_auto_adjust(mut self, value: bool) -> Self {
            self.org_change_auto_adjust = ::core::option::Option::Some(value);
            self
        }
        ///Sets `bind_default_dept_ids`.
        #[must_use]
        pub fn with_bind_default_dept_ids(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.bind_default_dept_ids = ::core::option::Option::Some(value);
            self
        }
        ///Sets `bind_default_user_ids`.
        #[must_use]
        pub fn with_bind_default_user_ids(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.bind_default_user_ids = ::core::option::Option::Some(value);
            self
        }
        ///Sets `overtime_clock_cfg`.
        #[must_use]
        pub fn with_overtime_clock_cfg(mut self, value: OvertimeClockCfg) -> Self {
            self.overtime_clock_cfg = ::core::option::Option::Some(value);
            self
        }
        ///Sets `new_calendar_id`.
        #[must_use]
        pub fn with_new_calendar_id(mut self, value: ::std::string::String) -> Self {
            self.new_calendar_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `allow_apply_punch`.
        #[must_use]
        pub fn with_allow_apply_punch(mut self, value: bool) -> Self {
            self.allow_apply_punch = ::core::option::Option::Some(value);
            self
        }
        ///Sets `clock_in_abnormal_settings`.
        #[must_use]
        pub fn with_clock_in_abnormal_settings(
            mut self,
            value: ClockInAbnormalSettings,
        ) -> Self {
            self.clock_in_abnormal_settings = ::core::option::Option::Some(value);
            self
        }
    }
    impl Group {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self
                .anti_cheat_punch_config
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "anti_cheat_punch_config",
                );
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self.machines.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "machines");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self.locations.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "locations");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self.free_punch_cfg.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "free_punch_cfg");
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self
                .need_punch_special_days
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "need_punch_special_days",
                );
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self
                .no_need_punch_special_days
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "no_need_punch_special_days",
                );
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self
                .remedy_period_custom_date
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "remedy_period_custom_date",
                );
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::Some(0),
                        ::core::option::Option::Some(28),
                    );
            }
            if let ::core::option::Option::Some(value) = self.effect_time.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "effect_time");
                violations.check_format(&path, value);
            }
            if let ::core::option::Option::Some(value) = self
                .fixshift_effect_time
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "fixshift_effect_time",
                );
                violations.check_format(&path, value);
            }
            if let ::core::option::Option::Some(value) = self.member_effect_time.as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "member_effect_time",
                );
                violations.check_format(&path, value);
            }
            if let ::core::option::Option::Some(value) = self
                .member_status_change
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "member_status_change",
                );
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self
                .leave_need_punch_cfg
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "leave_need_punch_cfg",
                );
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self
                .go_out_need_punch_cfg
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "go_out_need_punch_cfg",
                );
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self
                .travel_need_punch_cfg
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "travel_need_punch_cfg",
                );
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self.need_punch_members.as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "need_punch_members",
                );
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self
                .no_need_punch_members
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "no_need_punch_members",
                );
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
            if let ::core::option::Option::Some(value) = self.overtime_clock_cfg.as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "overtime_clock_cfg",
                );
                value.__validate(&path.to_string(), violations);
            }
            if let ::core::option::Option::Some(value) = self
                .clock_in_abnormal_settings
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "clock_in_abnormal_settings",
                );
                value.__validate(&path.to_string(), violations);
            }
        }
    }
    /**One day of one user's shift schedule (排班表): which shift a user works on a given day of a
month, in which attendance group. A person belongs to one group per day (每人每天只能在一个考勤组中).*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserDailyShift {
        /**The attendance group's id (考勤组 ID), as returned by the group create-or-update, search-by-name
or punch results methods (创建或修改考勤组, 按名称查询考勤组, 获取打卡结果).

Wire name `group_id`.*/
        pub group_id: ::std::string::String,
        /**The shift's id (班次 ID), as returned by the shift query-by-name or create methods (按名称查询班次,
创建班次); `0` means a rest day (传入0代表休息).

Wire name `shift_id`.*/
        pub shift_id: ::std::string::String,
        /**The month (月份), as the number yyyyMM, e.g. 202101.

Wire name `month`.*/
        pub month: i64,
        /**The user's id (用户 ID), of the kind named by the `employee_type` query parameter.

Wire name `user_id`.*/
        pub user_id: ::std::string::String,
        /**The day of the month (月内日期), at most 31.

Wire name `day_no`; at most 31.*/
        pub day_no: i64,
        /**Whether to clear the day's shift (是否清空班次). When `true` it takes precedence and `shift_id` is
ignored. Documented by the batch create page only (request and answer); newer than the Go SDK
snapshot.

Wire name `is_clear_schedule`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub is_clear_schedule: ::core::option::Option<bool>,
    }
    impl UserDailyShift {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            group_id: ::std::string::String,
            shift_id: ::std::string::String,
            month: i64,
            user_id: ::std::string::String,
            day_no: i64,
        ) -> Self {
            UserDailyShift {
                group_id,
                shift_id,
                month,
                user_id,
                day_no,
                is_clear_schedule: ::core::option::Option::None,
            }
        }
        ///Sets `is_clear_schedule`.
        #[must_use]
        pub fn with_is_clear_schedule(mut self, value: bool) -> Self {
            self.is_clear_schedule = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserDailyShift {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                &self.day_no,
            ) {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "day_no");
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(31),
                    );
            }
        }
    }
    /**A user's face-recognition setting (用户设置): the reference face photo used by face punches and
when it was last updated.*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserSetting {
        /**The user's id (用户 ID), of the kind named by the `employee_type` query parameter.

Wire name `user_id`.*/
        pub user_id: ::std::string::String,
        /**The file id of the reference face photo (人脸照片文件 ID): obtained by uploading the photo with the
file upload method (上传用户人脸识别照片), and usable with the file download method
(下载用户人脸识别照片).

Wire name `face_key`.*/
        pub face_key: ::std::string::String,
        /**When the face photo was last updated (人脸照片更新时间), a Unix time in seconds.

Wire name `face_key_update_time`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub face_key_update_time: ::core::option::Option<
            ::feishu_api::time::UnixSeconds,
        >,
    }
    impl UserSetting {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            user_id: ::std::string::String,
            face_key: ::std::string::String,
        ) -> Self {
            UserSetting {
                user_id,
                face_key,
                face_key_update_time: ::core::option::Option::None,
            }
        }
        ///Sets `face_key_update_time`.
        #[must_use]
        pub fn with_face_key_update_time(
            mut self,
            value: ::feishu_api::time::UnixSeconds,
        ) -> Self {
            self.face_key_update_time = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserSetting {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self
                .face_key_update_time
                .as_ref()
            {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "face_key_update_time",
                );
                violations.check_format(&path, value);
            }
        }
    }
    /**A shift (班次): the time rules of one attendance task, such as how many times a day to punch,
each punch's on- and off-duty time, how late counts as late or as a missing punch.*/
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct Shift {
        /**The shift's ID (班次 ID), generated by the server when the shift is created.

Wire name `shift_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub shift_id: ::core::option::Option<::std::string::String>,
        /**The shift's name (班次名称).

Wire name `shift_name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub shift_name: ::core::option::Option<::std::string::String>,
        /**Number of punches a day (打卡次数); a legacy field, `punch_time_rule` is authoritative.

Wire name `punch_times`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub punch_times: ::core::option::Option<i64>,
        /**The shift's owners (班次负责人). The get, list and query pages call this field invalid and say
not to rely on it (无效字段，请勿使用).

Wire name `sub_shift_leader_ids`.*/
        pub sub_shift_leader_ids: ::std::vec::Vec<::std::string::String>,
        /**Whether flexible punching is on (是否弹性打卡).

Wire name `is_flexible`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub is_flexible: ::core::option::Option<bool>,
        /**Flexible punching window in minutes (弹性打卡时间): how late one may arrive and how early one may
leave. Only applies when `flexible_rule` is not set.

Wire name `flexible_minutes`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub flexible_minutes: ::core::option::Option<i64>,
        /**Flexible punching settings (弹性打卡时间设置).

Wire name `flexible_rule`.*/
        pub flexible_rule: ::std::vec::Vec<FlexibleRule>,
        /**Whether no off-duty punch is needed (不需要打下班卡).

Wire name `no_need_off`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub no_need_off: ::core::option::Option<bool>,
        /**The punch rules (打卡规则), one per on/off-duty pair of the day.

Wire name `punch_time_rule`.*/
        pub punch_time_rule: ::std::vec::Vec<PunchTimeRule>,
        /**Leave-late, arrive-late rules (晚走晚到规则). Only available with the Feishu People enterprise
edition (仅飞书人事企业版可用).

Wire name `late_off_late_on_rule`.*/
        pub late_off_late_on_rule: ::std::vec::Vec<LateOffLateOnRule>,
        /**Rest periods within the working hours (休息规则).

Wire name `rest_time_rule`.*/
        pub rest_time_rule: ::std::vec::Vec<RestRule>,
        /**Overtime periods (加班时段 / 加班规则). Only available with the Feishu People enterprise edition;
the create page's response table marks it not supported yet (暂不支持).

Wire name `overtime_rule`.*/
        pub overtime_rule: ::std::vec::Vec<OvertimeRule>,
        /**Whether the shift is for a workday or a rest day (日期类型).

Wire name `day_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub day_type: ::core::option::Option<ShiftDayType>,
        /**Rest periods outside the working hours (班外休息规则).

Wire name `overtime_rest_time_rule`.*/
        pub overtime_rest_time_rule: ::std::vec::Vec<RestRule>,
        /**Minutes late that count as seriously late (晚到多久记为严重迟到); takes precedence over
`punch_time_rule[].late_minutes_as_serious_late`.

Wire name `late_minutes_as_serious_late`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub late_minutes_as_serious_late: ::core::option::Option<i64>,
        /**How the day is split into halves (半天分割规则).

Wire name `shift_middle_time_rule`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub shift_middle_time_rule: ::core::option::Option<ShiftMiddleTimeRule>,
        /**Expected attendance settings (应出勤配置).

Wire name `shift_attendance_time_config`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub shift_attendance_time_config: ::core::option::Option<
            ShiftAttendanceTimeConfig,
        >,
        /**How the leave-late and next-day arrive-late times are computed (晚走次日晚到配置规则).

Wire name `late_off_late_on_setting`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub late_off_late_on_setting: ::core::option::Option<LateOffLateOnSetting>,
        /**The shift's ID as passed when editing a shift (班次 id，更新班次时需要传递).

Wire name `id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub id: ::core::option::Option<::std::string::String>,
        /**Flexible rest settings (休息弹性设置).

Wire name `rest_time_flexible_configs`.*/
        pub rest_time_flexible_configs: ::std::vec::Vec<RestTimeFlexibleConfig>,
    }
    impl ::feishu_api::wire::DecodeObject for Shift {
        const FIELDS: &'static [&'static str] = &[
            "shift_id",
            "shift_name",
            "punch_times",
            "sub_shift_leader_ids",
            "is_flexible",
            "flexible_minutes",
            "flexible_rule",
            "no_need_off",
            "punch_time_rule",
            "late_off_late_on_rule",
            "rest_time_rule",
            "overtime_rule",
            "day_type",
            "overtime_rest_time_rule",
            "late_minutes_as_serious_late",
            "shift_middle_time_rule",
            "shift_attendance_time_config",
            "late_off_late_on_setting",
            "id",
            "rest_time_flexible_configs",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.shift_id = map.next_value()?,
                1usize => self.shift_name = map.next_value()?,
                2usize => self.punch_times = map.next_value()?,
                3usize => {
                    self.sub_shift_leader_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                4usize => self.is_flexible = map.next_value()?,
                5usize => self.flexible_minutes = map.next_value()?,
                6usize => {
                    self.flexible_rule = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                7usize => self.no_need_off = map.next_value()?,
                8usize => {
                    self.punch_time_rule = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                9usize => {
                    self.late_off_late_on_rule = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                10usize => {
                    self.rest_time_rule = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                11usize => {
                    self.overtime_rule = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                12usize => self.day_type = map.next_value()?,
                13usize => {
                    self.overtime_rest_time_rule = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                14usize => self.late_minutes_as_serious_late = map.next_value()?,
                15usize => self.shift_middle_time_rule = map.next_value()?,
                16usize => self.shift_attendance_time_config = map.next_value()?,
                17usize => self.late_off_late_on_setting = map.next_value()?,
                18usize => self.id = map.next_value()?,
                19usize => {
                    self.rest_time_flexible_configs = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for Shift {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///Flexible punching window (弹性打卡时间设置).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct FlexibleRule {
        /**How many minutes early one may leave (下班最多可早走): arriving N minutes early allows leaving N
minutes early.

Wire name `flexible_early_minutes`.*/
        pub flexible_early_minutes: i64,
        /**How many minutes late one may arrive (上班最多可晚到): arriving N minutes late requires leaving N
minutes late.

Wire name `flexible_late_minutes`.*/
        pub flexible_late_minutes: i64,
    }
    impl FlexibleRule {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(flexible_early_minutes: i64, flexible_late_minutes: i64) -> Self {
            FlexibleRule {
                flexible_early_minutes,
                flexible_late_minutes,
            }
        }
    }
    impl FlexibleRule {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///The rules of one on/off-duty punch pair (打卡规则).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct PunchTimeRule {
        /**On-duty time (上班时间), `h:mm` / `hh:mm`.

Wire name `on_time`.*/
        pub on_time: ::std::string::String,
        /**Off-duty time (下班时间), `hh:mm`. A time past midnight counts on from 24:00: 2 a.m. the next day is
`26:00`.

Wire name `off_time`.*/
        pub off_time: ::std::string::String,
        /**Minutes late after which an arrival counts as late (晚到多久记为迟到).

Wire name `late_minutes_as_late`.*/
        pub late_minutes_as_late: i64,
        /**Minutes late after which an arrival counts as a missing punch (晚到多久记为缺卡).

Wire name `late_minutes_as_lack`.*/
        pub late_minutes_as_lack: i64,
        /**How many minutes before on-duty time the on-duty punch opens (最早多久可打上班卡); at most 720.

Wire name `on_advance_minutes`; at most 720.*/
        pub on_advance_minutes: i64,
        /**Minutes early after which a departure counts as leaving early (早退多久记为早退).

Wire name `early_minutes_as_early`.*/
        pub early_minutes_as_early: i64,
        /**Minutes early after which a departure counts as a missing punch (早退多久记为缺卡).

Wire name `early_minutes_as_lack`.*/
        pub early_minutes_as_lack: i64,
        /**How many minutes after off-duty time the off-duty punch stays open (最晚多久可打下班卡); at most 960.

Wire name `off_delay_minutes`; at most 960.*/
        pub off_delay_minutes: i64,
        /**Minutes late after which an arrival counts as seriously late (晚到多久记为严重迟到).

Wire name `late_minutes_as_serious_late`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub late_minutes_as_serious_late: ::core::option::Option<i64>,
        /**When creating: `true` means no on-duty punch is needed for this pair (不需要打上班卡); the first pair
must be `false`. Caution: the get, list and query pages document the opposite reading for returned
values (`true` = an on-duty punch is needed).

Wire name `no_need_on`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub no_need_on: ::core::option::Option<bool>,
        /**When creating: `true` means no off-duty punch is needed for this pair (不需要打下班卡); defaults to
`false` and takes precedence over the shift's `no_need_off`. Caution: the get, list and query pages
document the opposite reading for returned values (`true` = an off-duty punch is needed).

Wire name `no_need_off`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub no_need_off: ::core::option::Option<bool>,
    }
    impl PunchTimeRule {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            on_time: ::std::string::String,
            off_time: ::std::string::String,
            late_minutes_as_late: i64,
            late_minutes_as_lack: i64,
            on_advance_minutes: i64,
            early_minutes_as_early: i64,
            early_minutes_as_lack: i64,
            off_delay_minutes: i64,
        ) -> Self {
            PunchTimeRule {
                on_time,
                off_time,
                late_minutes_as_late,
                late_minutes_as_lack,
                on_advance_minutes,
                early_minutes_as_early,
                early_minutes_as_lack,
                off_delay_minutes,
                late_minutes_as_serious_late: ::core::option::Option::None,
                no_need_on: ::core::option::Option::None,
                no_need_off: ::core::option::Option::None,
            }
        }
        ///Sets `late_minutes_as_serious_late`.
        #[must_use]
        pub fn with_late_minutes_as_serious_late(mut self, value: i64) -> Self {
            self.late_minutes_as_serious_late = ::core::option::Option::Some(value);
            self
        }
        ///Sets `no_need_on`.
        #[must_use]
        pub fn with_no_need_on(mut self, value: bool) -> Self {
            self.no_need_on = ::core::option::Option::Some(value);
            self
        }
        ///Sets `no_need_off`.
        #[must_use]
        pub fn with_no_need_off(mut self, value: bool) -> Self {
            self.no_need_off = ::core::option::Option::Some(value);
            self
        }
    }
    impl PunchTimeRule {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                &self.on_advance_minutes,
            ) {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "on_advance_minutes",
                );
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(720),
                    );
            }
            if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                &self.off_delay_minutes,
            ) {
                let path = ::feishu_api::wire::FieldPath::new(
                    prefix,
                    "off_delay_minutes",
                );
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::None,
                        ::core::option::Option::Some(960),
                    );
            }
        }
    }
    ///One leave-late, arrive-late rule (晚走晚到规则): leaving late lets one arrive late the next day.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct LateOffLateOnRule {
        /**How many minutes late one leaves (晚走多久).

Wire name `late_off_minutes`.*/
        pub late_off_minutes: i64,
        /**How many minutes late one may then arrive (晚到多久).

Wire name `late_on_minutes`.*/
        pub late_on_minutes: i64,
    }
    impl LateOffLateOnRule {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(late_off_minutes: i64, late_on_minutes: i64) -> Self {
            LateOffLateOnRule {
                late_off_minutes,
                late_on_minutes,
            }
        }
    }
    impl LateOffLateOnRule {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///A rest period (休息规则).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct RestRule {
        /**Start of the rest (休息开始), `hh:mm`.

Wire name `rest_begin_time`.*/
        pub rest_begin_time: ::std::string::String,
        /**End of the rest (休息结束), `hh:mm`.

Wire name `rest_end_time`.*/
        pub rest_end_time: ::std::string::String,
    }
    impl RestRule {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            rest_begin_time: ::std::string::String,
            rest_end_time: ::std::string::String,
        ) -> Self {
            RestRule {
                rest_begin_time,
                rest_end_time,
            }
        }
    }
    impl RestRule {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///An overtime period (加班时段).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct OvertimeRule {
        /**Start of the overtime (开始时间), `h:mm` / `hh:mm`.

Wire name `on_overtime`.*/
        pub on_overtime: ::std::string::String,
        /**End of the overtime (结束时间), `hh:mm`; past midnight counts on from 24:00.

Wire name `off_overtime`.*/
        pub off_overtime: ::std::string::String,
    }
    impl OvertimeRule {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            on_overtime: ::std::string::String,
            off_overtime: ::std::string::String,
        ) -> Self {
            OvertimeRule {
                on_overtime,
                off_overtime,
            }
        }
    }
    impl OvertimeRule {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///How a shift's day is split into two halves (半天分割规则).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ShiftMiddleTimeRule {
        /**How the split point is chosen (半天分割类型).

Wire name `middle_time_type`; the server assumes `0` ([`ShiftMiddleTimeType::MidpointIncludingRest`]) when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub middle_time_type: ::core::option::Option<ShiftMiddleTimeType>,
        /**The fixed split time (固定分割时间点), `hh:mm`; only used when `middle_time_type` is 3.

Wire name `fixed_middle_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub fixed_middle_time: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for ShiftMiddleTimeRule {
        const FIELDS: &'static [&'static str] = &[
            "middle_time_type",
            "fixed_middle_time",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.middle_time_type = map.next_value()?,
                1usize => self.fixed_middle_time = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ShiftMiddleTimeRule {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl ShiftMiddleTimeRule {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ShiftMiddleTimeRule {
                middle_time_type: ::core::option::Option::None,
                fixed_middle_time: ::core::option::Option::None,
            }
        }
        ///Sets `middle_time_type`.
        #[must_use]
        pub fn with_middle_time_type(mut self, value: ShiftMiddleTimeType) -> Self {
            self.middle_time_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `fixed_middle_time`.
        #[must_use]
        pub fn with_fixed_middle_time(mut self, value: ::std::string::String) -> Self {
            self.fixed_middle_time = ::core::option::Option::Some(value);
            self
        }
    }
    impl ShiftMiddleTimeRule {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///Expected attendance of a shift (应出勤配置); in gradual rollout, not open yet (灰度中，暂未开放).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ShiftAttendanceTimeConfig {
        /**Expected attendance for the whole shift (应出勤时长). The create page bounds it to 0–3 with a
default of 1; the get page calls its unit minutes.

Wire name `attendance_time`; the server assumes `1` when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub attendance_time: ::core::option::Option<f64>,
        /**Expected attendance for the first half (上半天应出勤时长); 0–3, default 1.

Wire name `on_attendance_time`; the server assumes `1` when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub on_attendance_time: ::core::option::Option<f64>,
        /**Expected attendance for the second half (下半天应出勤时长); 0–3, default 1.

Wire name `off_attendance_time`; the server assumes `1` when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub off_attendance_time: ::core::option::Option<f64>,
    }
    impl ::feishu_api::wire::DecodeObject for ShiftAttendanceTimeConfig {
        const FIELDS: &'static [&'static str] = &[
            "attendance_time",
            "on_attendance_time",
            "off_attendance_time",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.attendance_time = map.next_value()?,
                1usize => self.on_attendance_time = map.next_value()?,
                2usize => self.off_attendance_time = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for ShiftAttendanceTimeConfig {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl ShiftAttendanceTimeConfig {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ShiftAttendanceTimeConfig {
                attendance_time: ::core::option::Option::None,
                on_attendance_time: ::core::option::Option::None,
                off_attendance_time: ::core::option::Option::None,
            }
        }
        ///Sets `attendance_time`.
        #[must_use]
        pub fn with_attendance_time(mut self, value: f64) -> Self {
            self.attendance_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `on_attendance_time`.
        #[must_use]
        pub fn with_on_attendance_time(mut self, value: f64) -> Self {
            self.on_attendance_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `off_attendance_time`.
        #[must_use]
        pub fn with_off_attendance_time(mut self, value: f64) -> Self {
            self.off_attendance_time = ::core::option::Option::Some(value);
            self
        }
    }
    impl ShiftAttendanceTimeConfig {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///How leave-late and next-day arrive-late times are computed (晚走次日晚到配置规则).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct LateOffLateOnSetting {
        /**How the day's leave-late time is computed (当日晚走时间计算规则).

Wire name `late_off_base_on_time_type`; the server assumes `0` ([`LateOffBaseOnTimeType::Flexible`]) when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub late_off_base_on_time_type: ::core::option::Option<LateOffBaseOnTimeType>,
        /**How the next day's arrive-late time is computed (次日晚到时间计算规则).

Wire name `late_on_base_on_time_type`; the server assumes `0` ([`LateOnBaseOnTimeType::Fixed`]) when absent.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub late_on_base_on_time_type: ::core::option::Option<LateOnBaseOnTimeType>,
    }
    impl ::feishu_api::wire::DecodeObject for LateOffLateOnSetting {
        const FIELDS: &'static [&'static str] = &[
            "late_off_base_on_time_type",
            "late_on_base_on_time_type",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.late_off_base_on_time_type = map.next_value()?,
                1usize => self.late_on_base_on_time_type = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for LateOffLateOnSetting {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl LateOffLateOnSetting {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            LateOffLateOnSetting {
                late_off_base_on_time_type: ::core::option::Option::None,
                late_on_base_on_time_type: ::core::option::Option::None,
            }
        }
        ///Sets `late_off_base_on_time_type`.
        #[must_use]
        pub fn with_late_off_base_on_time_type(
            mut self,
            value: LateOffBaseOnTimeType,
        ) -> Self {
            self.late_off_base_on_time_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `late_on_base_on_time_type`.
        #[must_use]
        pub fn with_late_on_base_on_time_type(
            mut self,
            value: LateOnBaseOnTimeType,
        ) -> Self {
            self.late_on_base_on_time_type = ::core::option::Option::Some(value);
            self
        }
    }
    impl LateOffLateOnSetting {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///Flexible rest setting (休息弹性设置).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct RestTimeFlexibleConfig {
        /**Whether the rest period is flexible (是否开启休息弹性班次).

Wire name `need_flexible`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub need_flexible: ::core::option::Option<bool>,
        /**How many minutes the rest may shift later (休息弹性向后弹的分钟数); 0–1500.

Wire name `late_mins`; at least 0; at most 1500.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub late_mins: ::core::option::Option<i64>,
    }
    impl ::feishu_api::wire::DecodeObject for RestTimeFlexibleConfig {
        const FIELDS: &'static [&'static str] = &["need_flexible", "late_mins"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.need_flexible = map.next_value()?,
                1usize => self.late_mins = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for RestTimeFlexibleConfig {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl RestTimeFlexibleConfig {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            RestTimeFlexibleConfig {
                need_flexible: ::core::option::Option::None,
                late_mins: ::core::option::Option::None,
            }
        }
        ///Sets `need_flexible`.
        #[must_use]
        pub fn with_need_flexible(mut self, value: bool) -> Self {
            self.need_flexible = ::core::option::Option::Some(value);
            self
        }
        ///Sets `late_mins`.
        #[must_use]
        pub fn with_late_mins(mut self, value: i64) -> Self {
            self.late_mins = ::core::option::Option::Some(value);
            self
        }
    }
    impl RestTimeFlexibleConfig {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.late_mins.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "late_mins");
                violations
                    .check_range(
                        &path,
                        *value,
                        ::core::option::Option::Some(0),
                        ::core::option::Option::Some(1500),
                    );
            }
        }
    }
    ///The column settings of one attendance statistics report (统计视图).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserStatsView {
        /**The view's id, as returned by the query of statistics settings (查询统计设置).

Wire name `view_id`.*/
        pub view_id: ::std::string::String,
        /**Whether this is the daily or the monthly report (视图类型).

Wire name `stats_type`.*/
        pub stats_type: StatsType,
        /**The operator's user id, of the kind named by `employee_type` (操作者的用户 id).

Wire name `user_id`.*/
        pub user_id: ::std::string::String,
        /**The column groups and their columns (用户设置字段).

Wire name `items`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub items: ::core::option::Option<::std::vec::Vec<Item>>,
    }
    impl UserStatsView {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            view_id: ::std::string::String,
            stats_type: StatsType,
            user_id: ::std::string::String,
        ) -> Self {
            UserStatsView {
                view_id,
                stats_type,
                user_id,
                items: ::core::option::Option::None,
            }
        }
        ///Sets `items`.
        #[must_use]
        pub fn with_items(mut self, value: ::std::vec::Vec<Item>) -> Self {
            self.items = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserStatsView {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.items.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "items");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
        }
    }
    ///A group of report columns under one heading (标题).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct Item {
        /**The heading's code (标题编号).

Wire name `code`.*/
        pub code: ::std::string::String,
        /**The heading's name (标题名称); returned by the server, not read from requests.

Wire name `title`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub title: ::core::option::Option<::std::string::String>,
        /**The columns under this heading (子标题).

Wire name `child_items`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub child_items: ::core::option::Option<::std::vec::Vec<ChildItem>>,
    }
    impl Item {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(code: ::std::string::String) -> Self {
            Item {
                code,
                title: ::core::option::Option::None,
                child_items: ::core::option::Option::None,
            }
        }
        ///Sets `title`.
        #[must_use]
        pub fn with_title(mut self, value: ::std::string::String) -> Self {
            self.title = ::core::option::Option::Some(value);
            self
        }
        ///Sets `child_items`.
        #[must_use]
        pub fn with_child_items(mut self, value: ::std::vec::Vec<ChildItem>) -> Self {
            self.child_items = ::core::option::Option::Some(value);
            self
        }
    }
    impl Item {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.child_items.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "child_items");
                for (index, item) in value.iter().enumerate() {
                    item.__validate(&::std::format!("{path}[{index}]"), violations);
                }
            }
        }
    }
    ///One report column (子标题) and its setting.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        ::feishu_api::__private::serde::Serialize,
        ::feishu_api::__private::serde::Deserialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ChildItem {
        /**The column's code (子标题编号).

Wire name `code`.*/
        pub code: ::std::string::String,
        /**The column's switch: "0" hides it, "1" shows it (开关字段，0：关闭，1：开启). The Go SDK adds
that for columns that are not switches the value differs (for code 51501 it is one of 1–6).

Wire name `value`.*/
        pub value: ::std::string::String,
        /**The column's name (子标题名称); returned by the server.

Wire name `title`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub title: ::core::option::Option<::std::string::String>,
        /**The kind of column (列类型); returned by the server.

Wire name `column_type`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub column_type: ::core::option::Option<ColumnType>,
        /**Whether the column's setting cannot be changed (是否只读); returned by the server.

Wire name `read_only`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub read_only: ::core::option::Option<bool>,
        /**The column's minimum value (最小值); returned by the server.

Wire name `min_value`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub min_value: ::core::option::Option<::std::string::String>,
        /**The column's maximum value (最大值); returned by the server.

Wire name `max_value`.*/
        #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
        pub max_value: ::core::option::Option<::std::string::String>,
    }
    impl ChildItem {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new(code: ::std::string::String, value: ::std::string::String) -> Self {
            ChildItem {
                code,
                value,
                title: ::core::option::Option::None,
                column_type: ::core::option::Option::None,
                read_only: ::core::option::Option::None,
                min_value: ::core::option::Option::None,
                max_value: ::core::option::Option::None,
            }
        }
        ///Sets `title`.
        #[must_use]
        pub fn with_title(mut self, value: ::std::string::String) -> Self {
            self.title = ::core::option::Option::Some(value);
            self
        }
        ///Sets `column_type`.
        #[must_use]
        pub fn with_column_type(mut self, value: ColumnType) -> Self {
            self.column_type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `read_only`.
        #[must_use]
        pub fn with_read_only(mut self, value: bool) -> Self {
            self.read_only = ::core::option::Option::Some(value);
            self
        }
        ///Sets `min_value`.
        #[must_use]
        pub fn with_min_value(mut self, value: ::std::string::String) -> Self {
            self.min_value = ::core::option::Option::Some(value);
            self
        }
        ///Sets `max_value`.
        #[must_use]
        pub fn with_max_value(mut self, value: ::std::string::String) -> Self {
            self.max_value = ::core::option::Option::Some(value);
            self
        }
    }
    impl ChildItem {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
        }
    }
    ///One remedy record: a punch added through an approval (补卡记录).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserTaskRemedy {
        /**The employee's id, of the kind named by the request's `employee_type`.

Wire name `user_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_id: ::core::option::Option<::std::string::String>,
        /**The attendance date the remedy belongs to (yyyyMMdd).

Wire name `remedy_date`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_date: ::core::option::Option<::feishu_api::time::DateYmd>,
        /**Which on/off-duty pair of the day the remedy is for; free shifts use 0.

Wire name `punch_no`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub punch_no: ::core::option::Option<PunchNo>,
        /**Whether the remedy replaces an on-duty or an off-duty punch. For free shifts (自由班制) the
pages disagree: the remedy query page says free shifts report 1, the create page (and the Go
SDK) say 0.

Wire name `work_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub work_type: ::core::option::Option<WorkType>,
        /**The approval's id; usable to notify an approval status update (通知审批状态更新).

Wire name `approval_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub approval_id: ::core::option::Option<::std::string::String>,
        /**The remedied punch time, `yyyy-MM-dd HH:mm`, wall-clock time in `time_zone`.

Wire name `remedy_time`; wall-clock time in the zone named by `time_zone`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub remedy_time: ::core::option::Option<::feishu_api::time::LocalMinute>,
        /**The remedy's approval status. In the response of creating a remedy the page calls it
meaningless (无效字段): a new remedy is always pending until an approval status update
(通知审批状态更新) changes it.

Wire name `status`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub status: ::core::option::Option<RemedyStatus>,
        /**The reason given for the remedy.

Wire name `reason`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub reason: ::core::option::Option<::std::string::String>,
        /**The remedied punch time, a Unix time in seconds. Documented as meaningless (无效字段) in the
response of creating a remedy.

Wire name `time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**The time zone of the employee's attendance group when the remedy was made (IANA name).
Documented as meaningless (无效字段) in the response of creating a remedy.

Wire name `time_zone`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub time_zone: ::core::option::Option<::std::string::String>,
        /**When the remedy was requested, a Unix time in seconds. Documented as meaningless (无效字段)
in the response of creating a remedy.

Wire name `create_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub create_time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**When the remedy's status last changed, a Unix time in seconds. Documented as meaningless
(无效字段) in the response of creating a remedy.

Wire name `update_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub update_time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
    }
    impl ::feishu_api::wire::DecodeObject for UserTaskRemedy {
        const FIELDS: &'static [&'static str] = &[
            "user_id",
            "remedy_date",
            "punch_no",
            "work_type",
            "approval_id",
            "remedy_time",
            "status",
            "reason",
            "time",
            "time_zone",
            "create_time",
            "update_time",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.user_id = map.next_value()?,
                1usize => self.remedy_date = map.next_value()?,
                2usize => self.punch_no = map.next_value()?,
                3usize => self.work_type = map.next_value()?,
                4usize => self.approval_id = map.next_value()?,
                5usize => self.remedy_time = map.next_value()?,
                6usize => self.status = map.next_value()?,
                7usize => self.reason = map.next_value()?,
                8usize => self.time = map.next_value()?,
                9usize => self.time_zone = map.next_value()?,
                10usize => self.create_time = map.next_value()?,
                11usize => self.update_time = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserTaskRemedy {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
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
    ///One employee's attendance result for one day (打卡任务).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserTask {
        /**The attendance result's id (打卡记录 ID).

Wire name `result_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub result_id: ::core::option::Option<::std::string::String>,
        /**The employee's id, of the kind named by the request's `employee_type`.

Wire name `user_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_id: ::core::option::Option<::std::string::String>,
        /**The employee's name (用户姓名).

Wire name `employee_name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub employee_name: ::core::option::Option<::std::string::String>,
        /**The work day this result is for (yyyyMMdd).

Wire name `day`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub day: ::core::option::Option<::feishu_api::time::DateYmd>,
        /**The attendance group's id; `1` means the employee is in no attendance group. Usable with
按 ID 查询考勤组 (get an attendance group).

Wire name `group_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub group_id: ::core::option::Option<::std::string::String>,
        /**The shift's id; `9` means the default shift. Usable with 按 ID 查询班次 (get a shift).

Wire name `shift_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub shift_id: ::core::option::Option<::std::string::String>,
        /**The day's on/off-duty results, one per work segment (用户考勤记录).

Wire name `records`.*/
        pub records: ::std::vec::Vec<TaskResult>,
    }
    impl ::feishu_api::wire::DecodeObject for UserTask {
        const FIELDS: &'static [&'static str] = &[
            "result_id",
            "user_id",
            "employee_name",
            "day",
            "group_id",
            "shift_id",
            "records",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.result_id = map.next_value()?,
                1usize => self.user_id = map.next_value()?,
                2usize => self.employee_name = map.next_value()?,
                3usize => self.day = map.next_value()?,
                4usize => self.group_id = map.next_value()?,
                5usize => self.shift_id = map.next_value()?,
                6usize => {
                    self.records = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserTask {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The result of one on-duty/off-duty pair of a day (考勤记录).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct TaskResult {
        /**The id of the punch that counted as on duty (上班打卡记录 ID).

Wire name `check_in_record_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_in_record_id: ::core::option::Option<::std::string::String>,
        /**The punch that counted as on duty (上班打卡记录).

Wire name `check_in_record`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_in_record: ::core::option::Option<UserFlow>,
        /**The id of the punch that counted as off duty (下班打卡记录 ID).

Wire name `check_out_record_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_out_record_id: ::core::option::Option<::std::string::String>,
        /**The punch that counted as off duty (下班打卡记录).

Wire name `check_out_record`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_out_record: ::core::option::Option<UserFlow>,
        /**The on-duty result (上班打卡结果).

Wire name `check_in_result`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_in_result: ::core::option::Option<TaskCheckResult>,
        /**The off-duty result (下班打卡结果).

Wire name `check_out_result`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_out_result: ::core::option::Option<TaskCheckResult>,
        /**What else explains the on-duty result (上班打卡结果补充).

Wire name `check_in_result_supplement`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_in_result_supplement: ::core::option::Option<CheckResultSupplement>,
        /**What else explains the off-duty result (下班打卡结果补充).

Wire name `check_out_result_supplement`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_out_result_supplement: ::core::option::Option<CheckResultSupplement>,
        /**The on-duty punch time, a Unix time in seconds (上班打卡时间).

Wire name `check_in_shift_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_in_shift_time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**The off-duty punch time, a Unix time in seconds (下班打卡时间).

Wire name `check_out_shift_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_out_shift_time: ::core::option::Option<
            ::feishu_api::time::UnixSeconds,
        >,
        /**Whether this segment is a regular or an overtime segment. Overtime segments are only returned
when the request asks for them (`need_overtime_result`).

Wire name `task_shift_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub task_shift_type: ::core::option::Option<TaskShiftType>,
    }
    impl ::feishu_api::wire::DecodeObject for TaskResult {
        const FIELDS: &'static [&'static str] = &[
            "check_in_record_id",
            "check_in_record",
            "check_out_record_id",
            "check_out_record",
            "check_in_result",
            "check_out_result",
            "check_in_result_supplement",
            "check_out_result_supplement",
            "check_in_shift_time",
            "check_out_shift_time",
            "task_shift_type",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.check_in_record_id = map.next_value()?,
                1usize => self.check_in_record = map.next_value()?,
                2usize => self.check_out_record_id = map.next_value()?,
                3usize => self.check_out_record = map.next_value()?,
                4usize => self.check_in_result = map.next_value()?,
                5usize => self.check_out_result = map.next_value()?,
                6usize => self.check_in_result_supplement = map.next_value()?,
                7usize => self.check_out_result_supplement = map.next_value()?,
                8usize => self.check_in_shift_time = map.next_value()?,
                9usize => self.check_out_shift_time = map.next_value()?,
                10usize => self.task_shift_type = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for TaskResult {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///One punch record (打卡流水).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserFlow {
        /**The employee's id, of the kind named by the request's `employee_type`.

Wire name `user_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_id: ::core::option::Option<::std::string::String>,
        /**The id of whoever created the record, of the kind named by `employee_type`.

Wire name `creator_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub creator_id: ::core::option::Option<::std::string::String>,
        /**The name of the place of the punch (打卡位置名称).

Wire name `location_name`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub location_name: ::core::option::Option<::std::string::String>,
        /**When the punch happened, a Unix time in seconds.

Wire name `check_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_time: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**The note left with the punch (打卡备注).

Wire name `comment`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub comment: ::core::option::Option<::std::string::String>,
        /**Attendance's internal id of the punch record; ignored when importing.

Wire name `record_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub record_id: ::core::option::Option<::std::string::String>,
        /**The longitude of the punch (打卡经度). Not documented on the reference pages of the punch-flow and
punch-result methods; taken from the official SDKs' `UserFlow` model (lark-oapi 1.7.5, the Java
SDK). The punch-record event's page lists it with a note that longitude and latitude are not
returned for now, so expect it to be absent.

Wire name `longitude`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub longitude: ::core::option::Option<f64>,
        /**The latitude of the punch (打卡纬度). Not documented on the reference pages of the punch-flow and
punch-result methods; taken from the official SDKs' `UserFlow` model (lark-oapi 1.7.5, the Java
SDK). The punch-record event's page lists it with a note that longitude and latitude are not
returned for now, so expect it to be absent.

Wire name `latitude`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub latitude: ::core::option::Option<f64>,
        /**The SSID of the Wi-Fi used to punch.

Wire name `ssid`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub ssid: ::core::option::Option<::std::string::String>,
        /**The MAC address (BSSID) of the Wi-Fi used to punch.

Wire name `bssid`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub bssid: ::core::option::Option<::std::string::String>,
        /**Whether this was a field punch, made away from the office (外勤打卡).

Wire name `is_field`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub is_field: ::core::option::Option<bool>,
        /**Whether the punch was made over Wi-Fi.

Wire name `is_wifi`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub is_wifi: ::core::option::Option<bool>,
        /**How the record came to be (记录生成方式).

Wire name `type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub r#type: ::core::option::Option<UserFlowType>,
        /**Photos taken with the punch (打卡照片).

Wire name `photo_urls`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub photo_urls: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        /**The id of the device used to punch; only for punches made in the mini program, ignored when
importing.

Wire name `device_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub device_id: ::core::option::Option<::std::string::String>,
        /**The record's own result. The page says only `PendingApproval` (not yet in effect) is returned
for now; the on/off-duty results are in `check_in_result` / `check_out_result` of the
enclosing `TaskResult`.

Wire name `check_result`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub check_result: ::core::option::Option<FlowCheckResult>,
        /**The external id given to the record when it was imported.

Wire name `external_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub external_id: ::core::option::Option<::std::string::String>,
        /**The record's unique idempotency key (唯一幂等键).

Wire name `idempotent_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub idempotent_id: ::core::option::Option<::std::string::String>,
        /**When the record was created (创建时间), a timestamp as a string; its unit is not documented.
Not on the reference pages; taken from the official SDKs' `UserFlow` model (lark-oapi 1.7.5,
the Java SDK).

Wire name `create_time`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub create_time: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for UserFlow {
        const FIELDS: &'static [&'static str] = &[
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
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.user_id = map.next_value()?,
                1usize => self.creator_id = map.next_value()?,
                2usize => self.location_name = map.next_value()?,
                3usize => self.check_time = map.next_value()?,
                4usize => self.comment = map.next_value()?,
                5usize => self.record_id = map.next_value()?,
                6usize => self.longitude = map.next_value()?,
                7usize => self.latitude = map.next_value()?,
                8usize => self.ssid = map.next_value()?,
                9usize => self.bssid = map.next_value()?,
                10usize => self.is_field = map.next_value()?,
                11usize => self.is_wifi = map.next_value()?,
                12usize => self.r#type = map.next_value()?,
                13usize => self.photo_urls = map.next_value()?,
                14usize => self.device_id = map.next_value()?,
                15usize => self.check_result = map.next_value()?,
                16usize => self.external_id = map.next_value()?,
                17usize => self.idempotent_id = map.next_value()?,
                18usize => self.create_time = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserFlow {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    impl UserFlow {
        /// Creates the object from its required fields; optional ones start empty.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            UserFlow {
                user_id: ::core::option::Option::None,
                creator_id: ::core::option::Option::None,
                location_name: ::core::option::Option::None,
                check_time: ::core::option::Option::None,
                comment: ::core::option::Option::None,
                record_id: ::core::option::Option::None,
                longitude: ::core::option::Option::None,
                latitude: ::core::option::Option::None,
                ssid: ::core::option::Option::None,
                bssid: ::core::option::Option::None,
                is_field: ::core::option::Option::None,
                is_wifi: ::core::option::Option::None,
                r#type: ::core::option::Option::None,
                photo_urls: ::core::option::Option::None,
                device_id: ::core::option::Option::None,
                check_result: ::core::option::Option::None,
                external_id: ::core::option::Option::None,
                idempotent_id: ::core::option::Option::None,
                create_time: ::core::option::Option::None,
            }
        }
        ///Sets `user_id`.
        #[must_use]
        pub fn with_user_id(mut self, value: ::std::string::String) -> Self {
            self.user_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `creator_id`.
        #[must_use]
        pub fn with_creator_id(mut self, value: ::std::string::String) -> Self {
            self.creator_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `location_name`.
        #[must_use]
        pub fn with_location_name(mut self, value: ::std::string::String) -> Self {
            self.location_name = ::core::option::Option::Some(value);
            self
        }
        ///Sets `check_time`.
        #[must_use]
        pub fn with_check_time(
            mut self,
            value: ::feishu_api::time::UnixSeconds,
        ) -> Self {
            self.check_time = ::core::option::Option::Some(value);
            self
        }
        ///Sets `comment`.
        #[must_use]
        pub fn with_comment(mut self, value: ::std::string::String) -> Self {
            self.comment = ::core::option::Option::Some(value);
            self
        }
        ///Sets `record_id`.
        #[must_use]
        pub fn with_record_id(mut self, value: ::std::string::String) -> Self {
            self.record_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `longitude`.
        #[must_use]
        pub fn with_longitude(mut self, value: f64) -> Self {
            self.longitude = ::core::option::Option::Some(value);
            self
        }
        ///Sets `latitude`.
        #[must_use]
        pub fn with_latitude(mut self, value: f64) -> Self {
            self.latitude = ::core::option::Option::Some(value);
            self
        }
        ///Sets `ssid`.
        #[must_use]
        pub fn with_ssid(mut self, value: ::std::string::String) -> Self {
            self.ssid = ::core::option::Option::Some(value);
            self
        }
        ///Sets `bssid`.
        #[must_use]
        pub fn with_bssid(mut self, value: ::std::string::String) -> Self {
            self.bssid = ::core::option::Option::Some(value);
            self
        }
        ///Sets `is_field`.
        #[must_use]
        pub fn with_is_field(mut self, value: bool) -> Self {
            self.is_field = ::core::option::Option::Some(value);
            self
        }
        ///Sets `is_wifi`.
        #[must_use]
        pub fn with_is_wifi(mut self, value: bool) -> Self {
            self.is_wifi = ::core::option::Option::Some(value);
            self
        }
        ///Sets `type`.
        #[must_use]
        pub fn with_type(mut self, value: UserFlowType) -> Self {
            self.r#type = ::core::option::Option::Some(value);
            self
        }
        ///Sets `photo_urls`.
        #[must_use]
        pub fn with_photo_urls(
            mut self,
            value: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            self.photo_urls = ::core::option::Option::Some(value);
            self
        }
        ///Sets `device_id`.
        #[must_use]
        pub fn with_device_id(mut self, value: ::std::string::String) -> Self {
            self.device_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `check_result`.
        #[must_use]
        pub fn with_check_result(mut self, value: FlowCheckResult) -> Self {
            self.check_result = ::core::option::Option::Some(value);
            self
        }
        ///Sets `external_id`.
        #[must_use]
        pub fn with_external_id(mut self, value: ::std::string::String) -> Self {
            self.external_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `idempotent_id`.
        #[must_use]
        pub fn with_idempotent_id(mut self, value: ::std::string::String) -> Self {
            self.idempotent_id = ::core::option::Option::Some(value);
            self
        }
        ///Sets `create_time`.
        #[must_use]
        pub fn with_create_time(mut self, value: ::std::string::String) -> Self {
            self.create_time = ::core::option::Option::Some(value);
            self
        }
    }
    impl UserFlow {
        #[doc(hidden)]
        pub fn __validate(
            &self,
            prefix: &str,
            violations: &mut ::feishu_api::Violations,
        ) {
            let _ = (prefix, &violations);
            if let ::core::option::Option::Some(value) = self.check_time.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "check_time");
                violations.check_format(&path, value);
            }
        }
    }
}
