///Types of `attendance.v1.leave_employ_expire_record.get`: List leave granting records expiring in a date range (通过过期时间获取发放记录).
pub mod get {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/leave_employ_expire_record/get.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{GrantingUnit, LangText, SectionType, UserIdType};
    /**Where a leave grant came from (发放来源).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum AccrualSource {
        /**Granted by the system (系统发放).

Wire value `1`.*/
        System,
        /**Granted by hand (人工发放).

Wire value `2`.*/
        Manual,
        /**Granted by an external system (外部系统发放).

Wire value `3`.*/
        ExternalSystem,
        /**A virtual grant (虚拟发放).

Wire value `4`.*/
        Virtual,
        /**Imported from the old system (旧系统导入).

Wire value `5`.*/
        LegacyImport,
        /**Transferred from overtime (加班转入).

Wire value `6`.*/
        OvertimeTransfer,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl AccrualSource {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::System,
            Self::Manual,
            Self::ExternalSystem,
            Self::Virtual,
            Self::LegacyImport,
            Self::OvertimeTransfer,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::System => 1i64,
                Self::Manual => 2i64,
                Self::ExternalSystem => 3i64,
                Self::Virtual => 4i64,
                Self::LegacyImport => 5i64,
                Self::OvertimeTransfer => 6i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::System,
                2i64 => Self::Manual,
                3i64 => Self::ExternalSystem,
                4i64 => Self::Virtual,
                5i64 => Self::LegacyImport,
                6i64 => Self::OvertimeTransfer,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for AccrualSource {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for AccrualSource {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for AccrualSource {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for AccrualSource {
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
    ///A leave granting record, with what is left of it (发放记录).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct LeaveEmployExpireRecord {
        /**The granting record's id (发放记录 ID).

Wire name `id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub id: ::core::option::Option<::std::string::String>,
        /**The employee's id, of the kind named by `user_id_type`.

Wire name `employment_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub employment_id: ::core::option::Option<::std::string::String>,
        /**The leave type's id (假期类型 ID).

Wire name `leave_type_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub leave_type_id: ::core::option::Option<::std::string::String>,
        /**The quantity granted, a decimal number as a string (发放数量).

Wire name `granting_quantity`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub granting_quantity: ::core::option::Option<::std::string::String>,
        /**The quantity left after deductions, a decimal number as a string (剩余数量).

Wire name `left_granting_quantity`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub left_granting_quantity: ::core::option::Option<::std::string::String>,
        /**The unit of the quantities (发放单位).

Wire name `granting_unit`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub granting_unit: ::core::option::Option<GrantingUnit>,
        /**The date the grant takes effect, yyyy-MM-dd (生效日期).

Wire name `effective_date`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub effective_date: ::core::option::Option<::std::string::String>,
        /**The date the grant expires, yyyy-MM-dd (失效日期).

Wire name `expiration_date`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub expiration_date: ::core::option::Option<::std::string::String>,
        /**Why it was granted, in one or more languages (发放原因).

Wire name `reason`.*/
        pub reason: ::std::vec::Vec<LangText>,
        /**Whether an external system has changed the record (是否已经被外部系统更改过).

Wire name `is_update_by_external`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub is_update_by_external: ::core::option::Option<bool>,
        /**Where the grant came from (发放来源).

Wire name `accrual_source`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub accrual_source: ::core::option::Option<AccrualSource>,
        /**The leave subtype's id (假期子类型 ID).

Wire name `leave_sub_type_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub leave_sub_type_id: ::core::option::Option<::std::string::String>,
        /**Whether the grant takes part in pro-rata conversion (是否参与折算); not converted unless set
(默认不折算).

Wire name `section_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub section_type: ::core::option::Option<SectionType>,
    }
    impl ::feishu_api::wire::DecodeObject for LeaveEmployExpireRecord {
        const FIELDS: &'static [&'static str] = &[
            "id",
            "employment_id",
            "leave_type_id",
            "granting_quantity",
            "left_granting_quantity",
            "granting_unit",
            "effective_date",
            "expiration_date",
            "reason",
            "is_update_by_external",
            "accrual_source",
            "leave_sub_type_id",
            "section_type",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.id = map.next_value()?,
                1usize => self.employment_id = map.next_value()?,
                2usize => self.leave_type_id = map.next_value()?,
                3usize => self.granting_quantity = map.next_value()?,
                4usize => self.left_granting_quantity = map.next_value()?,
                5usize => self.granting_unit = map.next_value()?,
                6usize => self.effective_date = map.next_value()?,
                7usize => self.expiration_date = map.next_value()?,
                8usize => {
                    self.reason = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                9usize => self.is_update_by_external = map.next_value()?,
                10usize => self.accrual_source = map.next_value()?,
                11usize => self.leave_sub_type_id = map.next_value()?,
                12usize => self.section_type = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de>
    for LeaveEmployExpireRecord {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`get`](super::LeaveEmployExpireRecordResource::get): List leave granting records expiring in a date range (通过过期时间获取发放记录).

Build it with [`GetRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetRequest {
        /**The leave type's id (假期类型 ID), as listed by the Feishu People API 获取假期类型列表.

Wire name `leave_id`.*/
        pub leave_id: ::std::string::String,
        /**The kind of user id used by `employment_id` in the request and the response.

Wire name `user_id_type`; the server assumes `open_id` ([`UserIdType::OpenId`]) when absent.*/
        pub user_id_type: ::core::option::Option<UserIdType>,
        /**The employee's id, of the kind named by `user_id_type` (员工 ID).

Wire name `employment_id`.*/
        pub employment_id: ::std::string::String,
        /**The leave type's id (假期类型 ID), as listed by 获取假期类型列表.

Wire name `leave_type_id`.*/
        pub leave_type_id: ::std::string::String,
        /**The earliest expiry date to return (失效最早日期), written `yyyy-MM-dd`.

Wire name `start_expiration_date`.*/
        pub start_expiration_date: ::std::string::String,
        /**The latest expiry date to return (失效最晚日期), written `yyyy-MM-dd`.

Wire name `end_expiration_date`.*/
        pub end_expiration_date: ::std::string::String,
        /**The time zone's offset from UTC in minutes, e.g. 480 (8 × 60) for UTC+8 (时间偏移). Without it,
UTC+8 is assumed (默认东八区).

Wire name `time_offset`; the server assumes `480` when absent.*/
        pub time_offset: ::core::option::Option<i64>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `leave_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct leave_id;
        ///Marks the required field `employment_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employment_id;
        ///Marks the required field `leave_type_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct leave_type_id;
        ///Marks the required field `start_expiration_date` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct start_expiration_date;
        ///Marks the required field `end_expiration_date` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct end_expiration_date;
    }
    ///Builder for [`GetRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct GetRequestBuilder<
        __LeaveId = ::feishu_api::builder::Unset,
        __EmploymentId = ::feishu_api::builder::Unset,
        __LeaveTypeId = ::feishu_api::builder::Unset,
        __StartExpirationDate = ::feishu_api::builder::Unset,
        __EndExpirationDate = ::feishu_api::builder::Unset,
    > {
        leave_id: __LeaveId,
        user_id_type: ::core::option::Option<UserIdType>,
        employment_id: __EmploymentId,
        leave_type_id: __LeaveTypeId,
        start_expiration_date: __StartExpirationDate,
        end_expiration_date: __EndExpirationDate,
        time_offset: ::core::option::Option<i64>,
    }
    impl GetRequest {
        /// Starts building a request.
        pub fn builder() -> GetRequestBuilder {
            GetRequestBuilder {
                leave_id: ::feishu_api::builder::Unset,
                user_id_type: ::core::option::Option::None,
                employment_id: ::feishu_api::builder::Unset,
                leave_type_id: ::feishu_api::builder::Unset,
                start_expiration_date: ::feishu_api::builder::Unset,
                end_expiration_date: ::feishu_api::builder::Unset,
                time_offset: ::core::option::Option::None,
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
        __LeaveId,
        __EmploymentId,
        __LeaveTypeId,
        __StartExpirationDate,
        __EndExpirationDate,
    > GetRequestBuilder<
        __LeaveId,
        __EmploymentId,
        __LeaveTypeId,
        __StartExpirationDate,
        __EndExpirationDate,
    > {
        /**The leave type's id (假期类型 ID), as listed by the Feishu People API 获取假期类型列表.

Wire name `leave_id`.*/
        pub fn leave_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GetRequestBuilder<
            ::feishu_api::builder::Set<::std::string::String>,
            __EmploymentId,
            __LeaveTypeId,
            __StartExpirationDate,
            __EndExpirationDate,
        > {
            GetRequestBuilder {
                leave_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                user_id_type: self.user_id_type,
                employment_id: self.employment_id,
                leave_type_id: self.leave_type_id,
                start_expiration_date: self.start_expiration_date,
                end_expiration_date: self.end_expiration_date,
                time_offset: self.time_offset,
            }
        }
        /**The kind of user id used by `employment_id` in the request and the response.

Wire name `user_id_type`; the server assumes `open_id` ([`UserIdType::OpenId`]) when absent.*/
        pub fn user_id_type(mut self, value: UserIdType) -> Self {
            self.user_id_type = ::core::option::Option::Some(value);
            self
        }
        /**The employee's id, of the kind named by `user_id_type` (员工 ID).

Wire name `employment_id`.*/
        pub fn employment_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GetRequestBuilder<
            __LeaveId,
            ::feishu_api::builder::Set<::std::string::String>,
            __LeaveTypeId,
            __StartExpirationDate,
            __EndExpirationDate,
        > {
            GetRequestBuilder {
                leave_id: self.leave_id,
                user_id_type: self.user_id_type,
                employment_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                leave_type_id: self.leave_type_id,
                start_expiration_date: self.start_expiration_date,
                end_expiration_date: self.end_expiration_date,
                time_offset: self.time_offset,
            }
        }
        /**The leave type's id (假期类型 ID), as listed by 获取假期类型列表.

Wire name `leave_type_id`.*/
        pub fn leave_type_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GetRequestBuilder<
            __LeaveId,
            __EmploymentId,
            ::feishu_api::builder::Set<::std::string::String>,
            __StartExpirationDate,
            __EndExpirationDate,
        > {
            GetRequestBuilder {
                leave_id: self.leave_id,
                user_id_type: self.user_id_type,
                employment_id: self.employment_id,
                leave_type_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                start_expiration_date: self.start_expiration_date,
                end_expiration_date: self.end_expiration_date,
                time_offset: self.time_offset,
            }
        }
        /**The earliest expiry date to return (失效最早日期), written `yyyy-MM-dd`.

Wire name `start_expiration_date`.*/
        pub fn start_expiration_date(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GetRequestBuilder<
            __LeaveId,
            __EmploymentId,
            __LeaveTypeId,
            ::feishu_api::builder::Set<::std::string::String>,
            __EndExpirationDate,
        > {
            GetRequestBuilder {
                leave_id: self.leave_id,
                user_id_type: self.user_id_type,
                employment_id: self.employment_id,
                leave_type_id: self.leave_type_id,
                start_expiration_date: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                end_expiration_date: self.end_expiration_date,
                time_offset: self.time_offset,
            }
        }
        /**The latest expiry date to return (失效最晚日期), written `yyyy-MM-dd`.

Wire name `end_expiration_date`.*/
        pub fn end_expiration_date(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> GetRequestBuilder<
            __LeaveId,
            __EmploymentId,
            __LeaveTypeId,
            __StartExpirationDate,
            ::feishu_api::builder::Set<::std::string::String>,
        > {
            GetRequestBuilder {
                leave_id: self.leave_id,
                user_id_type: self.user_id_type,
                employment_id: self.employment_id,
                leave_type_id: self.leave_type_id,
                start_expiration_date: self.start_expiration_date,
                end_expiration_date: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                time_offset: self.time_offset,
            }
        }
        /**The time zone's offset from UTC in minutes, e.g. 480 (8 × 60) for UTC+8 (时间偏移). Without it,
UTC+8 is assumed (默认东八区).

Wire name `time_offset`; the server assumes `480` when absent.*/
        pub fn time_offset(mut self, value: i64) -> Self {
            self.time_offset = ::core::option::Option::Some(value);
            self
        }
    }
    impl<
        __LeaveId,
        __EmploymentId,
        __LeaveTypeId,
        __StartExpirationDate,
        __EndExpirationDate,
    > GetRequestBuilder<
        __LeaveId,
        __EmploymentId,
        __LeaveTypeId,
        __StartExpirationDate,
        __EndExpirationDate,
    >
    where
        __LeaveId: ::feishu_api::builder::IsSet<
            __field::leave_id,
            Value = ::std::string::String,
        >,
        __EmploymentId: ::feishu_api::builder::IsSet<
            __field::employment_id,
            Value = ::std::string::String,
        >,
        __LeaveTypeId: ::feishu_api::builder::IsSet<
            __field::leave_type_id,
            Value = ::std::string::String,
        >,
        __StartExpirationDate: ::feishu_api::builder::IsSet<
            __field::start_expiration_date,
            Value = ::std::string::String,
        >,
        __EndExpirationDate: ::feishu_api::builder::IsSet<
            __field::end_expiration_date,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> GetRequest {
            GetRequest {
                leave_id: ::feishu_api::builder::IsSet::into_value(self.leave_id),
                user_id_type: self.user_id_type,
                employment_id: ::feishu_api::builder::IsSet::into_value(
                    self.employment_id,
                ),
                leave_type_id: ::feishu_api::builder::IsSet::into_value(
                    self.leave_type_id,
                ),
                start_expiration_date: ::feishu_api::builder::IsSet::into_value(
                    self.start_expiration_date,
                ),
                end_expiration_date: ::feishu_api::builder::IsSet::into_value(
                    self.end_expiration_date,
                ),
                time_offset: self.time_offset,
            }
        }
    }
    /**The granting records found.

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
        /**The employee's granting records expiring in the range (员工过期日期的发放记录).

Wire name `records`.*/
        pub records: ::std::vec::Vec<LeaveEmployExpireRecord>,
    }
    impl ::feishu_api::wire::DecodeObject for GetResponse {
        const FIELDS: &'static [&'static str] = &["records"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.records = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
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
        /**`1220016` (HTTP 400): Invalid param

Check the parameters against the reference: a missing one, or a wrong format (letters in a number, a malformed date …).*/
        InvalidParam,
        /**`1220003` (HTTP 400): Invalid effective date

Dates must be written like "2020-01-01".*/
        InvalidEffectiveDate,
        /**`1220001` (HTTP 400): No tenant ID

The tenant id is empty.*/
        NoTenantId,
        /**`1220006` (HTTP 400): Employment not found

Check that employment_id is correct.*/
        EmploymentNotFound,
        /**`1220002` (HTTP 400): Invalid granting unit

The granting unit is wrong.*/
        InvalidGrantingUnit,
        /**`1220004` (HTTP 400): Invalid granting quantity

The quantity must be a string that parses as a number, e.g. "2.5".*/
        InvalidGrantingQuantity,
        /**`1220005` (HTTP 400): Accessed data object not found

Check that the leave type id is correct.*/
        DataObjectNotFound,
        /**`1220007` (HTTP 400): Leave plan version not found

The leave plan version does not exist: check that a plan is configured for this leave type.*/
        LeavePlanVersionNotFound,
        /**`1220008` (HTTP 400): Error occurred while checking if the employee is eligible for the vacation plan

The employee is not covered by the leave plan version: check the plan's scope against the employee's information.*/
        PlanEligibilityCheckFailed,
        /**`1220009` (HTTP 400): Accrual rule not found

Check that the leave plan version was created correctly and has a valid granting rule.*/
        AccrualRuleNotFound,
        /**`1220010` (HTTP 400): Granting record already exists

The response carries the existing granting record; take it from there instead of retrying.*/
        GrantingRecordExists,
        /**`1220011` (HTTP 500): Error occurred when getting employment information

Getting the employee's information failed.*/
        EmploymentLookupFailed,
        /**`1220012` (HTTP 500): An exception occurs in the database

A database failure; contact support.*/
        Database,
        /**`1220013` (HTTP 500): Error occurred while checking if the employee is eligible for the vacation plan.

An error occurred while checking whether the employee is within the leave plan's scope.*/
        PlanEligibilityCheckError,
        /**`1220028` (HTTP 500): There is an error in the unit conversion configuration in the granting rule

Check the unit conversion rule of the leave plan version.*/
        UnitConversionConfig,
        /**`1220014` (HTTP 500): Error occurred when calculating accrual record

Calculating the granting plan failed.*/
        AccrualCalculation,
        /**`1220024` (HTTP 400): There is a subclass for the leave type, but the subclass ID has not been passed

When the leave type has subtypes, the subtype's id must be passed as the leave type id.*/
        SubtypeIdRequired,
        /**`1220025` (HTTP 400): The granting quantity range is from -9999 to 9999

The quantity must be between -9999 and 9999.*/
        QuantityOutOfRange,
        /**`1220026` (HTTP 400): The number of decimal places of the granted quantity cannot exceed 6

The quantity may have at most 6 decimal places.*/
        TooManyDecimals,
        /**`1220027` (HTTP 400): The length of the granting reason cannot exceed 3000

The reason may be at most 3000 characters long.*/
        ReasonTooLong,
        /**`1220029` (HTTP 400): The leave type has been deactivated

No granting record can be written for a deactivated leave type.*/
        LeaveTypeDeactivated,
        /**`1220030` (HTTP 400): The length of the granted unique ID cannot exceed 64

Check the parameters.*/
        UniqueIdTooLong,
        /**`1229999` (HTTP 500): Unknown error

An unknown error; contact support.*/
        UnknownError,
        /**`1220015` (HTTP 500): Internal error

An internal error; contact support.*/
        Internal,
        /**`1220017` (HTTP 400): User not found

Getting the employee's information failed; check the employee id.*/
        UserNotFound,
        /**`1220018` (HTTP 500): Invalid leave balance calculate Conf

Contact the developers (联系研发).*/
        InvalidBalanceConfig,
        /**`1220019` (HTTP 500): The calculation result of leave balance is empty

Contact the developers (联系研发).*/
        EmptyBalanceResult,
        /**`1220020` (HTTP 400): When calculating the leave balance, there is no leave plan version that matches the employee

Check that a leave plan version covers the employee for the period of their employment.*/
        NoMatchingPlanVersion,
        /**`1220021` (HTTP 400): For the leave type that is not granted according to the cycle, balance calculation is not supported

Balances cannot be calculated for leave types not granted per cycle; contact the developers.*/
        BalanceNotSupported,
        /**`1220022` (HTTP 400): The data of the leave plan version is invalid

The leave plan version's data is invalid.*/
        InvalidPlanVersion,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
        /**`1220601` (HTTP 400): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 32usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220016i64,
            name: "InvalidParam",
            message: "Invalid param",
            hint: "Check the parameters against the reference: a missing one, or a wrong format (letters in a number, a malformed date …).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220003i64,
            name: "InvalidEffectiveDate",
            message: "Invalid effective date",
            hint: "Dates must be written like \"2020-01-01\".",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "NoTenantId",
            message: "No tenant ID",
            hint: "The tenant id is empty.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220006i64,
            name: "EmploymentNotFound",
            message: "Employment not found",
            hint: "Check that employment_id is correct.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220002i64,
            name: "InvalidGrantingUnit",
            message: "Invalid granting unit",
            hint: "The granting unit is wrong.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220004i64,
            name: "InvalidGrantingQuantity",
            message: "Invalid granting quantity",
            hint: "The quantity must be a string that parses as a number, e.g. \"2.5\".",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220005i64,
            name: "DataObjectNotFound",
            message: "Accessed data object not found",
            hint: "Check that the leave type id is correct.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220007i64,
            name: "LeavePlanVersionNotFound",
            message: "Leave plan version not found",
            hint: "The leave plan version does not exist: check that a plan is configured for this leave type.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220008i64,
            name: "PlanEligibilityCheckFailed",
            message: "Error occurred while checking if the employee is eligible for the vacation plan",
            hint: "The employee is not covered by the leave plan version: check the plan's scope against the employee's information.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220009i64,
            name: "AccrualRuleNotFound",
            message: "Accrual rule not found",
            hint: "Check that the leave plan version was created correctly and has a valid granting rule.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220010i64,
            name: "GrantingRecordExists",
            message: "Granting record already exists",
            hint: "The response carries the existing granting record; take it from there instead of retrying.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1220011i64,
            name: "EmploymentLookupFailed",
            message: "Error occurred when getting employment information",
            hint: "Getting the employee's information failed.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1220012i64,
            name: "Database",
            message: "An exception occurs in the database",
            hint: "A database failure; contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1220013i64,
            name: "PlanEligibilityCheckError",
            message: "Error occurred while checking if the employee is eligible for the vacation plan.",
            hint: "An error occurred while checking whether the employee is within the leave plan's scope.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1220028i64,
            name: "UnitConversionConfig",
            message: "There is an error in the unit conversion configuration in the granting rule",
            hint: "Check the unit conversion rule of the leave plan version.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1220014i64,
            name: "AccrualCalculation",
            message: "Error occurred when calculating accrual record",
            hint: "Calculating the granting plan failed.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220024i64,
            name: "SubtypeIdRequired",
            message: "There is a subclass for the leave type, but the subclass ID has not been passed",
            hint: "When the leave type has subtypes, the subtype's id must be passed as the leave type id.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220025i64,
            name: "QuantityOutOfRange",
            message: "The granting quantity range is from -9999 to 9999",
            hint: "The quantity must be between -9999 and 9999.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220026i64,
            name: "TooManyDecimals",
            message: "The number of decimal places of the granted quantity cannot exceed 6",
            hint: "The quantity may have at most 6 decimal places.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220027i64,
            name: "ReasonTooLong",
            message: "The length of the granting reason cannot exceed 3000",
            hint: "The reason may be at most 3000 characters long.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220029i64,
            name: "LeaveTypeDeactivated",
            message: "The leave type has been deactivated",
            hint: "No granting record can be written for a deactivated leave type.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220030i64,
            name: "UniqueIdTooLong",
            message: "The length of the granted unique ID cannot exceed 64",
            hint: "Check the parameters.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1229999i64,
            name: "UnknownError",
            message: "Unknown error",
            hint: "An unknown error; contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1220015i64,
            name: "Internal",
            message: "Internal error",
            hint: "An internal error; contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220017i64,
            name: "UserNotFound",
            message: "User not found",
            hint: "Getting the employee's information failed; check the employee id.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1220018i64,
            name: "InvalidBalanceConfig",
            message: "Invalid leave balance calculate Conf",
            hint: "Contact the developers (联系研发).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1220019i64,
            name: "EmptyBalanceResult",
            message: "The calculation result of leave balance is empty",
            hint: "Contact the developers (联系研发).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220020i64,
            name: "NoMatchingPlanVersion",
            message: "When calculating the leave balance, there is no leave plan version that matches the employee",
            hint: "Check that a leave plan version covers the employee for the period of their employment.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220021i64,
            name: "BalanceNotSupported",
            message: "For the leave type that is not granted according to the cycle, balance calculation is not supported",
            hint: "Balances cannot be calculated for leave types not granted per cycle; contact the developers.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220022i64,
            name: "InvalidPlanVersion",
            message: "The data of the leave plan version is invalid",
            hint: "The leave plan version's data is invalid.",
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
            code: 1220601i64,
            name: "Legacy",
            message: "历史错误码，不再使用",
            hint: "A historical code that is no longer used.",
        },
    ];
    impl GetErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::InvalidParam,
            Self::InvalidEffectiveDate,
            Self::NoTenantId,
            Self::EmploymentNotFound,
            Self::InvalidGrantingUnit,
            Self::InvalidGrantingQuantity,
            Self::DataObjectNotFound,
            Self::LeavePlanVersionNotFound,
            Self::PlanEligibilityCheckFailed,
            Self::AccrualRuleNotFound,
            Self::GrantingRecordExists,
            Self::EmploymentLookupFailed,
            Self::Database,
            Self::PlanEligibilityCheckError,
            Self::UnitConversionConfig,
            Self::AccrualCalculation,
            Self::SubtypeIdRequired,
            Self::QuantityOutOfRange,
            Self::TooManyDecimals,
            Self::ReasonTooLong,
            Self::LeaveTypeDeactivated,
            Self::UniqueIdTooLong,
            Self::UnknownError,
            Self::Internal,
            Self::UserNotFound,
            Self::InvalidBalanceConfig,
            Self::EmptyBalanceResult,
            Self::NoMatchingPlanVersion,
            Self::BalanceNotSupported,
            Self::InvalidPlanVersion,
            Self::General,
            Self::Legacy,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220016i64 => ::core::option::Option::Some(Self::InvalidParam),
                1220003i64 => ::core::option::Option::Some(Self::InvalidEffectiveDate),
                1220001i64 => ::core::option::Option::Some(Self::NoTenantId),
                1220006i64 => ::core::option::Option::Some(Self::EmploymentNotFound),
                1220002i64 => ::core::option::Option::Some(Self::InvalidGrantingUnit),
                1220004i64 => ::core::option::Option::Some(Self::InvalidGrantingQuantity),
                1220005i64 => ::core::option::Option::Some(Self::DataObjectNotFound),
                1220007i64 => {
                    ::core::option::Option::Some(Self::LeavePlanVersionNotFound)
                }
                1220008i64 => {
                    ::core::option::Option::Some(Self::PlanEligibilityCheckFailed)
                }
                1220009i64 => ::core::option::Option::Some(Self::AccrualRuleNotFound),
                1220010i64 => ::core::option::Option::Some(Self::GrantingRecordExists),
                1220011i64 => ::core::option::Option::Some(Self::EmploymentLookupFailed),
                1220012i64 => ::core::option::Option::Some(Self::Database),
                1220013i64 => {
                    ::core::option::Option::Some(Self::PlanEligibilityCheckError)
                }
                1220028i64 => ::core::option::Option::Some(Self::UnitConversionConfig),
                1220014i64 => ::core::option::Option::Some(Self::AccrualCalculation),
                1220024i64 => ::core::option::Option::Some(Self::SubtypeIdRequired),
                1220025i64 => ::core::option::Option::Some(Self::QuantityOutOfRange),
                1220026i64 => ::core::option::Option::Some(Self::TooManyDecimals),
                1220027i64 => ::core::option::Option::Some(Self::ReasonTooLong),
                1220029i64 => ::core::option::Option::Some(Self::LeaveTypeDeactivated),
                1220030i64 => ::core::option::Option::Some(Self::UniqueIdTooLong),
                1229999i64 => ::core::option::Option::Some(Self::UnknownError),
                1220015i64 => ::core::option::Option::Some(Self::Internal),
                1220017i64 => ::core::option::Option::Some(Self::UserNotFound),
                1220018i64 => ::core::option::Option::Some(Self::InvalidBalanceConfig),
                1220019i64 => ::core::option::Option::Some(Self::EmptyBalanceResult),
                1220020i64 => ::core::option::Option::Some(Self::NoMatchingPlanVersion),
                1220021i64 => ::core::option::Option::Some(Self::BalanceNotSupported),
                1220022i64 => ::core::option::Option::Some(Self::InvalidPlanVersion),
                1220600i64 => ::core::option::Option::Some(Self::General),
                1220601i64 => ::core::option::Option::Some(Self::Legacy),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::InvalidParam => &ERRORS[0usize],
                Self::InvalidEffectiveDate => &ERRORS[1usize],
                Self::NoTenantId => &ERRORS[2usize],
                Self::EmploymentNotFound => &ERRORS[3usize],
                Self::InvalidGrantingUnit => &ERRORS[4usize],
                Self::InvalidGrantingQuantity => &ERRORS[5usize],
                Self::DataObjectNotFound => &ERRORS[6usize],
                Self::LeavePlanVersionNotFound => &ERRORS[7usize],
                Self::PlanEligibilityCheckFailed => &ERRORS[8usize],
                Self::AccrualRuleNotFound => &ERRORS[9usize],
                Self::GrantingRecordExists => &ERRORS[10usize],
                Self::EmploymentLookupFailed => &ERRORS[11usize],
                Self::Database => &ERRORS[12usize],
                Self::PlanEligibilityCheckError => &ERRORS[13usize],
                Self::UnitConversionConfig => &ERRORS[14usize],
                Self::AccrualCalculation => &ERRORS[15usize],
                Self::SubtypeIdRequired => &ERRORS[16usize],
                Self::QuantityOutOfRange => &ERRORS[17usize],
                Self::TooManyDecimals => &ERRORS[18usize],
                Self::ReasonTooLong => &ERRORS[19usize],
                Self::LeaveTypeDeactivated => &ERRORS[20usize],
                Self::UniqueIdTooLong => &ERRORS[21usize],
                Self::UnknownError => &ERRORS[22usize],
                Self::Internal => &ERRORS[23usize],
                Self::UserNotFound => &ERRORS[24usize],
                Self::InvalidBalanceConfig => &ERRORS[25usize],
                Self::EmptyBalanceResult => &ERRORS[26usize],
                Self::NoMatchingPlanVersion => &ERRORS[27usize],
                Self::BalanceNotSupported => &ERRORS[28usize],
                Self::InvalidPlanVersion => &ERRORS[29usize],
                Self::General => &ERRORS[30usize],
                Self::Legacy => &ERRORS[31usize],
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
            resource: "leave_employ_expire_record",
            method: "get",
            summary: "List leave granting records expiring in a date range (通过过期时间获取发放记录).",
            http_method: ::feishu_api::endpoint::HttpMethod::Get,
            path: "/open-apis/attendance/v1/leave_employ_expire_records/:leave_id",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/leave_employ_expire_record/get",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"records\": [\n            {\n                \"id\": \"6893014062142064135\",\n                \"employment_id\": \"6982509313466189342\",\n                \"leave_type_id\": \"6893014062142064135\",\n                \"granting_quantity\": \"1\",\n                \"left_granting_quantity\": \"1\",\n                \"granting_unit\": 1,\n                \"effective_date\": \"2020-01-01\",\n                \"expiration_date\": \"2020-01-01\",\n                \"reason\": [\n                    {\n                        \"lang\": \"zh_CN\",\n                        \"value\": \"test\"\n                    }\n                ],\n                \"is_update_by_external\": true,\n                \"accrual_source\": 1,\n                \"leave_sub_type_id\": \"6893014062142064135\",\n                \"section_type\": 1\n            }\n        ]\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            GetRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/leave_employ_expire_records/{}",
                ::feishu_api::wire::encode_path_segment(&
                ::feishu_api::wire::QueryValue::to_query(& self.leave_id))
            )
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            #[allow(unused_mut)]
            let mut query = ::std::vec::Vec::new();
            if let ::core::option::Option::Some(values) = &self.user_id_type {
                let value = values;
                query
                    .push((
                        "user_id_type",
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
                #[serde(rename = "employment_id")]
                employment_id: &'a ::std::string::String,
                #[serde(rename = "leave_type_id")]
                leave_type_id: &'a ::std::string::String,
                #[serde(rename = "start_expiration_date")]
                start_expiration_date: &'a ::std::string::String,
                #[serde(rename = "end_expiration_date")]
                end_expiration_date: &'a ::std::string::String,
                #[serde(
                    rename = "time_offset",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                time_offset: ::core::option::Option<&'a i64>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                employment_id: &self.employment_id,
                leave_type_id: &self.leave_type_id,
                start_expiration_date: &self.start_expiration_date,
                end_expiration_date: &self.end_expiration_date,
                time_offset: self.time_offset.as_ref(),
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
            let __leave_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_path::<
                ::std::string::String,
            >(path_params, "leave_id", &mut violations);
            let __leave_id = ::feishu_api::wire::require(
                __leave_id,
                "leave_id",
                &mut violations,
            );
            let __user_id_type: ::core::option::Option<UserIdType> = ::feishu_api::wire::take_query::<
                UserIdType,
            >(&pairs, "user_id_type", &mut violations);
            let __employment_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "employment_id", &mut violations);
            let __employment_id = ::feishu_api::wire::require(
                __employment_id,
                "employment_id",
                &mut violations,
            );
            let __leave_type_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "leave_type_id", &mut violations);
            let __leave_type_id = ::feishu_api::wire::require(
                __leave_type_id,
                "leave_type_id",
                &mut violations,
            );
            let __start_expiration_date: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "start_expiration_date", &mut violations);
            let __start_expiration_date = ::feishu_api::wire::require(
                __start_expiration_date,
                "start_expiration_date",
                &mut violations,
            );
            let __end_expiration_date: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "end_expiration_date", &mut violations);
            let __end_expiration_date = ::feishu_api::wire::require(
                __end_expiration_date,
                "end_expiration_date",
                &mut violations,
            );
            let __time_offset: ::core::option::Option<i64> = ::feishu_api::wire::take_body::<
                i64,
            >(&mut body, "time_offset", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (
                __leave_id,
                __employment_id,
                __leave_type_id,
                __start_expiration_date,
                __end_expiration_date,
            ) {
                (
                    ::core::option::Option::Some(__leave_id),
                    ::core::option::Option::Some(__employment_id),
                    ::core::option::Option::Some(__leave_type_id),
                    ::core::option::Option::Some(__start_expiration_date),
                    ::core::option::Option::Some(__end_expiration_date),
                ) => {
                    ::core::result::Result::Ok(Self {
                        leave_id: __leave_id,
                        user_id_type: __user_id_type,
                        employment_id: __employment_id,
                        leave_type_id: __leave_type_id,
                        start_expiration_date: __start_expiration_date,
                        end_expiration_date: __end_expiration_date,
                        time_offset: __time_offset,
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
            const BODY: &str = "{\n    \"employment_id\": \"6982509313466189342\",\n    \"leave_type_id\": \"7111688079785723436\",\n    \"start_expiration_date\": \"2023-04-10\",\n    \"end_expiration_date\": \"2023-05-10\",\n    \"time_offset\": 480\n}";
            let path_params: &[(&str, &str)] = &[("leave_id", "7111688079785723436")];
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"records\": [\n            {\n                \"id\": \"6893014062142064135\",\n                \"employment_id\": \"6982509313466189342\",\n                \"leave_type_id\": \"6893014062142064135\",\n                \"granting_quantity\": \"1\",\n                \"left_granting_quantity\": \"1\",\n                \"granting_unit\": 1,\n                \"effective_date\": \"2020-01-01\",\n                \"expiration_date\": \"2020-01-01\",\n                \"reason\": [\n                    {\n                        \"lang\": \"zh_CN\",\n                        \"value\": \"test\"\n                    }\n                ],\n                \"is_update_by_external\": true,\n                \"accrual_source\": 1,\n                \"leave_sub_type_id\": \"6893014062142064135\",\n                \"section_type\": 1\n            }\n        ]\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "records",
                "records[].id",
                "records[].employment_id",
                "records[].leave_type_id",
                "records[].granting_quantity",
                "records[].left_granting_quantity",
                "records[].granting_unit",
                "records[].effective_date",
                "records[].expiration_date",
                "records[].reason",
                "records[].reason[].lang",
                "records[].reason[].value",
                "records[].is_update_by_external",
                "records[].accrual_source",
                "records[].leave_sub_type_id",
                "records[].section_type",
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
    /**List leave granting records expiring in a date range (通过过期时间获取发放记录).

Returns one employee's granting records of one leave type that expire within the given date
range; only records expiring in that range are returned. Available to Feishu People (飞书人事)
enterprise edition tenants only.

The request carries its filters in a JSON body although the method is GET, as the reference
page and the official SDKs do.

The response's `employment_id` is of the kind named by `user_id_type`; with `user_id` it is
only returned when the app also has the field permission `contact:user.employee_id:readonly`
(获取用户 user ID).

只能获取到对应时间段过期的发放记录；仅飞书人事企业版可用。

- **HTTP:** `GET /open-apis/attendance/v1/leave_employ_expire_records/:leave_id`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/leave_employ_expire_record/get>

# Errors

Besides transport and validation errors, the documented codes ([`get::GetErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220016 | `InvalidParam` | Check the parameters against the reference: a missing one, or a wrong format (letters in a number, a malformed date …). |
| 400 | 1220003 | `InvalidEffectiveDate` | Dates must be written like "2020-01-01". |
| 400 | 1220001 | `NoTenantId` | The tenant id is empty. |
| 400 | 1220006 | `EmploymentNotFound` | Check that employment_id is correct. |
| 400 | 1220002 | `InvalidGrantingUnit` | The granting unit is wrong. |
| 400 | 1220004 | `InvalidGrantingQuantity` | The quantity must be a string that parses as a number, e.g. "2.5". |
| 400 | 1220005 | `DataObjectNotFound` | Check that the leave type id is correct. |
| 400 | 1220007 | `LeavePlanVersionNotFound` | The leave plan version does not exist: check that a plan is configured for this leave type. |
| 400 | 1220008 | `PlanEligibilityCheckFailed` | The employee is not covered by the leave plan version: check the plan's scope against the employee's information. |
| 400 | 1220009 | `AccrualRuleNotFound` | Check that the leave plan version was created correctly and has a valid granting rule. |
| 400 | 1220010 | `GrantingRecordExists` | The response carries the existing granting record; take it from there instead of retrying. |
| 500 | 1220011 | `EmploymentLookupFailed` | Getting the employee's information failed. |
| 500 | 1220012 | `Database` | A database failure; contact support. |
| 500 | 1220013 | `PlanEligibilityCheckError` | An error occurred while checking whether the employee is within the leave plan's scope. |
| 500 | 1220028 | `UnitConversionConfig` | Check the unit conversion rule of the leave plan version. |
| 500 | 1220014 | `AccrualCalculation` | Calculating the granting plan failed. |
| 400 | 1220024 | `SubtypeIdRequired` | When the leave type has subtypes, the subtype's id must be passed as the leave type id. |
| 400 | 1220025 | `QuantityOutOfRange` | The quantity must be between -9999 and 9999. |
| 400 | 1220026 | `TooManyDecimals` | The quantity may have at most 6 decimal places. |
| 400 | 1220027 | `ReasonTooLong` | The reason may be at most 3000 characters long. |
| 400 | 1220029 | `LeaveTypeDeactivated` | No granting record can be written for a deactivated leave type. |
| 400 | 1220030 | `UniqueIdTooLong` | Check the parameters. |
| 500 | 1229999 | `UnknownError` | An unknown error; contact support. |
| 500 | 1220015 | `Internal` | An internal error; contact support. |
| 400 | 1220017 | `UserNotFound` | Getting the employee's information failed; check the employee id. |
| 500 | 1220018 | `InvalidBalanceConfig` | Contact the developers (联系研发). |
| 500 | 1220019 | `EmptyBalanceResult` | Contact the developers (联系研发). |
| 400 | 1220020 | `NoMatchingPlanVersion` | Check that a leave plan version covers the employee for the period of their employment. |
| 400 | 1220021 | `BalanceNotSupported` | Balances cannot be calculated for leave types not granted per cycle; contact the developers. |
| 400 | 1220022 | `InvalidPlanVersion` | The leave plan version's data is invalid. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 400 | 1220601 | `Legacy` | A historical code that is no longer used. |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::prelude::*;
use feishu_api::attendance::v1::leave_employ_expire_record::get::{GetRequest};

let request = GetRequest::builder()
    .leave_id("7111688079785723436")
    .employment_id("6982509313466189342")
    .leave_type_id("7111688079785723436")
    .start_expiration_date("2023-04-10")
    .end_expiration_date("2023-05-10")
    .time_offset(480)
    .build();
let response = client.attendance().v1().leave_employ_expire_record().get(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
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
