///Types of `attendance.v1.leave_accrual_record.patch`: Modify a leave granting record (修改发放记录).
pub mod patch {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/leave_accrual_record/patch.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{GrantingUnit, LangText, SectionType, UserIdType};
    /**Where a leave grant came from (发放来源).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum GrantedBy {
        /**Granted by the system (系统发放).

Wire value `1`.*/
        System,
        /**Granted by hand (手动发放).

Wire value `2`.*/
        Manual,
        /**Granted by an external system (外部系统发放).

Wire value `3`.*/
        ExternalSystem,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl GrantedBy {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::System,
            Self::Manual,
            Self::ExternalSystem,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::System => 1i64,
                Self::Manual => 2i64,
                Self::ExternalSystem => 3i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::System,
                2i64 => Self::Manual,
                3i64 => Self::ExternalSystem,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for GrantedBy {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for GrantedBy {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for GrantedBy {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for GrantedBy {
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
    ///A leave granting record (发放记录).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct LeaveAccrualRecord {
        /**The granting record's unique id.

Wire name `id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub id: ::core::option::Option<::std::string::String>,
        /**The employee's id, of the kind named by `user_id_type`.

Wire name `employment_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub employment_id: ::core::option::Option<::std::string::String>,
        /**The leave type's id.

Wire name `leave_type_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub leave_type_id: ::core::option::Option<::std::string::String>,
        /**The quantity granted, a decimal number as a string (发放数量).

Wire name `granting_quantity`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub granting_quantity: ::core::option::Option<::std::string::String>,
        /**The unit of `granting_quantity` (发放单位).

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
        /**Where the grant came from (发放来源).

Wire name `granted_by`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub granted_by: ::core::option::Option<GrantedBy>,
        /**Why it was granted, in one or more languages (发放原因).

Wire name `reason`.*/
        pub reason: ::std::vec::Vec<LangText>,
        /**When the record was created, a Unix time in seconds.

Wire name `created_at`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub created_at: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**Who created the record, an id of the kind named by `user_id_type`.

Wire name `created_by`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub created_by: ::core::option::Option<::std::string::String>,
        /**When the record was last changed, a Unix time in seconds.

Wire name `updated_at`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub updated_at: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**Who last changed the record, an id of the kind named by `user_id_type`.

Wire name `updated_by`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub updated_by: ::core::option::Option<::std::string::String>,
        /**Whether the grant takes part in pro-rata conversion (是否参与折算). Not documented on this
method's reference page; taken from the official SDKs' `LeaveAccrualRecord` model (lark-oapi
1.7.5, the Go SDK, which describes it as 是否参与折算); the values are those the page of
通过过期时间获取发放记录 gives for the same field.

Wire name `section_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub section_type: ::core::option::Option<SectionType>,
    }
    impl ::feishu_api::wire::DecodeObject for LeaveAccrualRecord {
        const FIELDS: &'static [&'static str] = &[
            "id",
            "employment_id",
            "leave_type_id",
            "granting_quantity",
            "granting_unit",
            "effective_date",
            "expiration_date",
            "granted_by",
            "reason",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by",
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
                4usize => self.granting_unit = map.next_value()?,
                5usize => self.effective_date = map.next_value()?,
                6usize => self.expiration_date = map.next_value()?,
                7usize => self.granted_by = map.next_value()?,
                8usize => {
                    self.reason = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                9usize => self.created_at = map.next_value()?,
                10usize => self.created_by = map.next_value()?,
                11usize => self.updated_at = map.next_value()?,
                12usize => self.updated_by = map.next_value()?,
                13usize => self.section_type = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for LeaveAccrualRecord {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`patch`](super::LeaveAccrualRecordResource::patch): Modify a leave granting record (修改发放记录).

Build it with [`PatchRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PatchRequest {
        /**The leave type's id (假期类型 ID), as listed by the Feishu People API 获取假期类型列表.

Wire name `leave_id`.*/
        pub leave_id: ::std::string::String,
        /**The kind of user id used by `employment_id` and the response's user ids.

Wire name `user_id_type`; the server assumes `open_id` ([`UserIdType::OpenId`]) when absent.*/
        pub user_id_type: ::core::option::Option<UserIdType>,
        /**The granting record to change, as returned when creating it (创建假期发放记录).

Wire name `leave_granting_record_id`.*/
        pub leave_granting_record_id: ::std::string::String,
        /**The employee's id, of the kind named by `user_id_type`.

Wire name `employment_id`.*/
        pub employment_id: ::std::string::String,
        /**The leave type's id, as listed by 获取假期类型列表.

Wire name `leave_type_id`.*/
        pub leave_type_id: ::std::string::String,
        /**Why the record is changed, in one or more languages (修改发放记录原因).

Wire name `reason`.*/
        pub reason: ::std::vec::Vec<LangText>,
        /**The time zone's offset from UTC in minutes, e.g. 480 (8 × 60) for UTC+8.

Wire name `time_offset`.*/
        pub time_offset: ::core::option::Option<i64>,
        /**The new expiry date, written like "2020-01-01" (失效日期).

Wire name `expiration_date`.*/
        pub expiration_date: ::core::option::Option<::std::string::String>,
        /**The new granted quantity, a decimal number as a string (修改发放数量).

Wire name `quantity`.*/
        pub quantity: ::core::option::Option<::std::string::String>,
        /**Not documented on the reference page; taken from the official SDKs' request model (lark-oapi
1.7.5, the Go SDK), whose description is 是否参与清算 (whether the grant takes part in the
settlement). The values are not documented; the granting record's field of the same name uses
1 (not converted) and 2 (converted), see `SectionType`.

Wire name `section_type`.*/
        pub section_type: ::core::option::Option<i64>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `leave_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct leave_id;
        ///Marks the required field `leave_granting_record_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct leave_granting_record_id;
        ///Marks the required field `employment_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct employment_id;
        ///Marks the required field `leave_type_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct leave_type_id;
        ///Marks the required field `reason` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct reason;
    }
    ///Builder for [`PatchRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct PatchRequestBuilder<
        __LeaveId = ::feishu_api::builder::Unset,
        __LeaveGrantingRecordId = ::feishu_api::builder::Unset,
        __EmploymentId = ::feishu_api::builder::Unset,
        __LeaveTypeId = ::feishu_api::builder::Unset,
        __Reason = ::feishu_api::builder::Unset,
    > {
        leave_id: __LeaveId,
        user_id_type: ::core::option::Option<UserIdType>,
        leave_granting_record_id: __LeaveGrantingRecordId,
        employment_id: __EmploymentId,
        leave_type_id: __LeaveTypeId,
        reason: __Reason,
        time_offset: ::core::option::Option<i64>,
        expiration_date: ::core::option::Option<::std::string::String>,
        quantity: ::core::option::Option<::std::string::String>,
        section_type: ::core::option::Option<i64>,
    }
    impl PatchRequest {
        /// Starts building a request.
        pub fn builder() -> PatchRequestBuilder {
            PatchRequestBuilder {
                leave_id: ::feishu_api::builder::Unset,
                user_id_type: ::core::option::Option::None,
                leave_granting_record_id: ::feishu_api::builder::Unset,
                employment_id: ::feishu_api::builder::Unset,
                leave_type_id: ::feishu_api::builder::Unset,
                reason: ::feishu_api::builder::Unset,
                time_offset: ::core::option::Option::None,
                expiration_date: ::core::option::Option::None,
                quantity: ::core::option::Option::None,
                section_type: ::core::option::Option::None,
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
                    &self.reason,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "reason");
                    for (index, item) in value.iter().enumerate() {
                        item.__validate(&::std::format!("{path}[{index}]"), violations);
                    }
                }
            }
            all.into_result()
        }
    }
    impl<
        __LeaveId,
        __LeaveGrantingRecordId,
        __EmploymentId,
        __LeaveTypeId,
        __Reason,
    > PatchRequestBuilder<
        __LeaveId,
        __LeaveGrantingRecordId,
        __EmploymentId,
        __LeaveTypeId,
        __Reason,
    > {
        /**The leave type's id (假期类型 ID), as listed by the Feishu People API 获取假期类型列表.

Wire name `leave_id`.*/
        pub fn leave_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> PatchRequestBuilder<
            ::feishu_api::builder::Set<::std::string::String>,
            __LeaveGrantingRecordId,
            __EmploymentId,
            __LeaveTypeId,
            __Reason,
        > {
            PatchRequestBuilder {
                leave_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                user_id_type: self.user_id_type,
                leave_granting_record_id: self.leave_granting_record_id,
                employment_id: self.employment_id,
                leave_type_id: self.leave_type_id,
                reason: self.reason,
                time_offset: self.time_offset,
                expiration_date: self.expiration_date,
                quantity: self.quantity,
                section_type: self.section_type,
            }
        }
        /**The kind of user id used by `employment_id` and the response's user ids.

Wire name `user_id_type`; the server assumes `open_id` ([`UserIdType::OpenId`]) when absent.*/
        pub fn user_id_type(mut self, value: UserIdType) -> Self {
            self.user_id_type = ::core::option::Option::Some(value);
            self
        }
        /**The granting record to change, as returned when creating it (创建假期发放记录).

Wire name `leave_granting_record_id`.*/
        pub fn leave_granting_record_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> PatchRequestBuilder<
            __LeaveId,
            ::feishu_api::builder::Set<::std::string::String>,
            __EmploymentId,
            __LeaveTypeId,
            __Reason,
        > {
            PatchRequestBuilder {
                leave_id: self.leave_id,
                user_id_type: self.user_id_type,
                leave_granting_record_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                employment_id: self.employment_id,
                leave_type_id: self.leave_type_id,
                reason: self.reason,
                time_offset: self.time_offset,
                expiration_date: self.expiration_date,
                quantity: self.quantity,
                section_type: self.section_type,
            }
        }
        /**The employee's id, of the kind named by `user_id_type`.

Wire name `employment_id`.*/
        pub fn employment_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> PatchRequestBuilder<
            __LeaveId,
            __LeaveGrantingRecordId,
            ::feishu_api::builder::Set<::std::string::String>,
            __LeaveTypeId,
            __Reason,
        > {
            PatchRequestBuilder {
                leave_id: self.leave_id,
                user_id_type: self.user_id_type,
                leave_granting_record_id: self.leave_granting_record_id,
                employment_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                leave_type_id: self.leave_type_id,
                reason: self.reason,
                time_offset: self.time_offset,
                expiration_date: self.expiration_date,
                quantity: self.quantity,
                section_type: self.section_type,
            }
        }
        /**The leave type's id, as listed by 获取假期类型列表.

Wire name `leave_type_id`.*/
        pub fn leave_type_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> PatchRequestBuilder<
            __LeaveId,
            __LeaveGrantingRecordId,
            __EmploymentId,
            ::feishu_api::builder::Set<::std::string::String>,
            __Reason,
        > {
            PatchRequestBuilder {
                leave_id: self.leave_id,
                user_id_type: self.user_id_type,
                leave_granting_record_id: self.leave_granting_record_id,
                employment_id: self.employment_id,
                leave_type_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                reason: self.reason,
                time_offset: self.time_offset,
                expiration_date: self.expiration_date,
                quantity: self.quantity,
                section_type: self.section_type,
            }
        }
        /**Why the record is changed, in one or more languages (修改发放记录原因).

Wire name `reason`.*/
        pub fn reason(
            self,
            value: impl ::core::iter::IntoIterator<Item = LangText>,
        ) -> PatchRequestBuilder<
            __LeaveId,
            __LeaveGrantingRecordId,
            __EmploymentId,
            __LeaveTypeId,
            ::feishu_api::builder::Set<::std::vec::Vec<LangText>>,
        > {
            PatchRequestBuilder {
                leave_id: self.leave_id,
                user_id_type: self.user_id_type,
                leave_granting_record_id: self.leave_granting_record_id,
                employment_id: self.employment_id,
                leave_type_id: self.leave_type_id,
                reason: ::feishu_api::builder::Set::new(value.into_iter().collect()),
                time_offset: self.time_offset,
                expiration_date: self.expiration_date,
                quantity: self.quantity,
                section_type: self.section_type,
            }
        }
        /**The time zone's offset from UTC in minutes, e.g. 480 (8 × 60) for UTC+8.

Wire name `time_offset`.*/
        pub fn time_offset(mut self, value: i64) -> Self {
            self.time_offset = ::core::option::Option::Some(value);
            self
        }
        /**The new expiry date, written like "2020-01-01" (失效日期).

Wire name `expiration_date`.*/
        pub fn expiration_date(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.expiration_date = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
        /**The new granted quantity, a decimal number as a string (修改发放数量).

Wire name `quantity`.*/
        pub fn quantity(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.quantity = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
        /**Not documented on the reference page; taken from the official SDKs' request model (lark-oapi
1.7.5, the Go SDK), whose description is 是否参与清算 (whether the grant takes part in the
settlement). The values are not documented; the granting record's field of the same name uses
1 (not converted) and 2 (converted), see `SectionType`.

Wire name `section_type`.*/
        pub fn section_type(mut self, value: i64) -> Self {
            self.section_type = ::core::option::Option::Some(value);
            self
        }
    }
    impl<
        __LeaveId,
        __LeaveGrantingRecordId,
        __EmploymentId,
        __LeaveTypeId,
        __Reason,
    > PatchRequestBuilder<
        __LeaveId,
        __LeaveGrantingRecordId,
        __EmploymentId,
        __LeaveTypeId,
        __Reason,
    >
    where
        __LeaveId: ::feishu_api::builder::IsSet<
            __field::leave_id,
            Value = ::std::string::String,
        >,
        __LeaveGrantingRecordId: ::feishu_api::builder::IsSet<
            __field::leave_granting_record_id,
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
        __Reason: ::feishu_api::builder::IsSet<
            __field::reason,
            Value = ::std::vec::Vec<LangText>,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> PatchRequest {
            PatchRequest {
                leave_id: ::feishu_api::builder::IsSet::into_value(self.leave_id),
                user_id_type: self.user_id_type,
                leave_granting_record_id: ::feishu_api::builder::IsSet::into_value(
                    self.leave_granting_record_id,
                ),
                employment_id: ::feishu_api::builder::IsSet::into_value(
                    self.employment_id,
                ),
                leave_type_id: ::feishu_api::builder::IsSet::into_value(
                    self.leave_type_id,
                ),
                reason: ::feishu_api::builder::IsSet::into_value(self.reason),
                time_offset: self.time_offset,
                expiration_date: self.expiration_date,
                quantity: self.quantity,
                section_type: self.section_type,
            }
        }
    }
    /**The granting record after the change.

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
    pub struct PatchResponse {
        /**The granting record (员工过期日期的发放记录).

Wire name `record`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub record: ::core::option::Option<LeaveAccrualRecord>,
    }
    impl ::feishu_api::wire::DecodeObject for PatchResponse {
        const FIELDS: &'static [&'static str] = &["record"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.record = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for PatchResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `patch`, to match a failed call's code by name: `PatchErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum PatchErrorCode {
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
        /**`1220018` (HTTP 500): Invalid leave balance calculation configuration

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
        /**`1220031` (HTTP 400): This granting record cannot be edited or deleted

This granting record cannot be edited or deleted.*/
        RecordNotEditable,
        /**`1220032` (HTTP 400): The expiration time of this granting record is invalid

The new expiry time is invalid; it may be earlier than the effective time.*/
        InvalidExpiration,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 33usize] = &[
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
            message: "Invalid leave balance calculation configuration",
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
            code: 1220031i64,
            name: "RecordNotEditable",
            message: "This granting record cannot be edited or deleted",
            hint: "This granting record cannot be edited or deleted.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220032i64,
            name: "InvalidExpiration",
            message: "The expiration time of this granting record is invalid",
            hint: "The new expiry time is invalid; it may be earlier than the effective time.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "通用错误信息",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl PatchErrorCode {
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
            Self::RecordNotEditable,
            Self::InvalidExpiration,
            Self::General,
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
                1220031i64 => ::core::option::Option::Some(Self::RecordNotEditable),
                1220032i64 => ::core::option::Option::Some(Self::InvalidExpiration),
                1220600i64 => ::core::option::Option::Some(Self::General),
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
                Self::RecordNotEditable => &ERRORS[30usize],
                Self::InvalidExpiration => &ERRORS[31usize],
                Self::General => &ERRORS[32usize],
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
    impl ::feishu_api::Endpoint for PatchRequest {
        type Response = PatchResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "leave_accrual_record",
            method: "patch",
            summary: "Modify a leave granting record (修改发放记录).",
            http_method: ::feishu_api::endpoint::HttpMethod::Patch,
            path: "/open-apis/attendance/v1/leave_accrual_record/:leave_id",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/leave_accrual_record/patch",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"record\": {\n            \"id\": \"6893014062142064135\",\n            \"employment_id\": \"6982509313466189342\",\n            \"leave_type_id\": \"6893014062142064135\",\n            \"granting_quantity\": \"1\",\n            \"granting_unit\": 1,\n            \"effective_date\": \"2020-01-01\",\n            \"expiration_date\": \"2020-01-01\",\n            \"granted_by\": 1,\n            \"reason\": [\n                {\n                    \"lang\": \"zh_CN\",\n                    \"value\": \"test\"\n                }\n            ],\n            \"created_at\": \"1687428000\",\n            \"created_by\": \"6982509313466189342\",\n            \"updated_at\": \"1687428000\",\n            \"updated_by\": \"6982509313466189342\",\n            \"section_type\": 1\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            PatchRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/leave_accrual_record/{}",
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
                #[serde(rename = "leave_granting_record_id")]
                leave_granting_record_id: &'a ::std::string::String,
                #[serde(rename = "employment_id")]
                employment_id: &'a ::std::string::String,
                #[serde(rename = "leave_type_id")]
                leave_type_id: &'a ::std::string::String,
                #[serde(rename = "reason")]
                reason: &'a ::std::vec::Vec<LangText>,
                #[serde(
                    rename = "time_offset",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                time_offset: ::core::option::Option<&'a i64>,
                #[serde(
                    rename = "expiration_date",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                expiration_date: ::core::option::Option<&'a ::std::string::String>,
                #[serde(
                    rename = "quantity",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                quantity: ::core::option::Option<&'a ::std::string::String>,
                #[serde(
                    rename = "section_type",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                section_type: ::core::option::Option<&'a i64>,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                leave_granting_record_id: &self.leave_granting_record_id,
                employment_id: &self.employment_id,
                leave_type_id: &self.leave_type_id,
                reason: &self.reason,
                time_offset: self.time_offset.as_ref(),
                expiration_date: self.expiration_date.as_ref(),
                quantity: self.quantity.as_ref(),
                section_type: self.section_type.as_ref(),
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
            let __leave_granting_record_id: ::core::option::Option<
                ::std::string::String,
            > = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "leave_granting_record_id", &mut violations);
            let __leave_granting_record_id = ::feishu_api::wire::require(
                __leave_granting_record_id,
                "leave_granting_record_id",
                &mut violations,
            );
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
            let __reason: ::core::option::Option<::std::vec::Vec<LangText>> = ::feishu_api::wire::take_body::<
                ::std::vec::Vec<LangText>,
            >(&mut body, "reason", &mut violations);
            let __reason = ::feishu_api::wire::require(
                __reason,
                "reason",
                &mut violations,
            );
            let __time_offset: ::core::option::Option<i64> = ::feishu_api::wire::take_body::<
                i64,
            >(&mut body, "time_offset", &mut violations);
            let __expiration_date: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "expiration_date", &mut violations);
            let __quantity: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "quantity", &mut violations);
            let __section_type: ::core::option::Option<i64> = ::feishu_api::wire::take_body::<
                i64,
            >(&mut body, "section_type", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (
                __leave_id,
                __leave_granting_record_id,
                __employment_id,
                __leave_type_id,
                __reason,
            ) {
                (
                    ::core::option::Option::Some(__leave_id),
                    ::core::option::Option::Some(__leave_granting_record_id),
                    ::core::option::Option::Some(__employment_id),
                    ::core::option::Option::Some(__leave_type_id),
                    ::core::option::Option::Some(__reason),
                ) => {
                    ::core::result::Result::Ok(Self {
                        leave_id: __leave_id,
                        user_id_type: __user_id_type,
                        leave_granting_record_id: __leave_granting_record_id,
                        employment_id: __employment_id,
                        leave_type_id: __leave_type_id,
                        reason: __reason,
                        time_offset: __time_offset,
                        expiration_date: __expiration_date,
                        quantity: __quantity,
                        section_type: __section_type,
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
            const BODY: &str = "{\n    \"leave_granting_record_id\": \"6893014062142064135\",\n    \"employment_id\": \"6982509313466189342\",\n    \"leave_type_id\": \"7111688079785723436\",\n    \"reason\": [\n        {\n            \"lang\": \"zh_CN\",\n            \"value\": \"test\"\n        }\n    ],\n    \"time_offset\": 480,\n    \"expiration_date\": \"2020-01-01\",\n    \"quantity\": \"1\"\n}";
            let path_params: &[(&str, &str)] = &[("leave_id", "7111688079785723436")];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::PatchRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"record\": {\n            \"id\": \"6893014062142064135\",\n            \"employment_id\": \"6982509313466189342\",\n            \"leave_type_id\": \"6893014062142064135\",\n            \"granting_quantity\": \"1\",\n            \"granting_unit\": 1,\n            \"effective_date\": \"2020-01-01\",\n            \"expiration_date\": \"2020-01-01\",\n            \"granted_by\": 1,\n            \"reason\": [\n                {\n                    \"lang\": \"zh_CN\",\n                    \"value\": \"test\"\n                }\n            ],\n            \"created_at\": \"1687428000\",\n            \"created_by\": \"6982509313466189342\",\n            \"updated_at\": \"1687428000\",\n            \"updated_by\": \"6982509313466189342\",\n            \"section_type\": 1\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "record",
                "record.id",
                "record.employment_id",
                "record.leave_type_id",
                "record.granting_quantity",
                "record.granting_unit",
                "record.effective_date",
                "record.expiration_date",
                "record.granted_by",
                "record.reason",
                "record.reason[].lang",
                "record.reason[].value",
                "record.created_at",
                "record.created_by",
                "record.updated_at",
                "record.updated_by",
                "record.section_type",
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
            let decoded: super::PatchResponse = match serde_json::from_value(
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
    /**Modify a leave granting record (修改发放记录).

Changes the granted quantity and the expiry date of a leave granting record, the ones listed
under 假勤管理 > 休假管理 > 发放记录 in the admin console. Only these two can be changed;
records generated by the system cannot be changed at all. Available to Feishu People
(飞书人事) enterprise edition tenants only.

The response's user ids (`employment_id`, `created_by`, `updated_by`) are of the kind named by
`user_id_type`; with `user_id` they are only returned when the app also has the field
permission `contact:user.employee_id:readonly` (获取用户 user ID).

更新发放记录的发放数量和失效日期；仅飞书人事企业版可用，由系统生成的发放记录不可被更新。

- **HTTP:** `PATCH /open-apis/attendance/v1/leave_accrual_record/:leave_id`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/leave_accrual_record/patch>

# Errors

Besides transport and validation errors, the documented codes ([`patch::PatchErrorCode`]):

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
| 400 | 1220031 | `RecordNotEditable` | This granting record cannot be edited or deleted. |
| 400 | 1220032 | `InvalidExpiration` | The new expiry time is invalid; it may be earlier than the effective time. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
*/
    pub async fn patch(
        &self,
        request: &patch::PatchRequest,
    ) -> ::core::result::Result<patch::PatchResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`patch`](Self::patch) with per-request options (a token override, a timeout).
    pub async fn patch_with(
        &self,
        request: &patch::PatchRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<patch::PatchResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
