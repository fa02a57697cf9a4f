///Types of `attendance.v1.user_approval.query`: Query employees' approvals over a period (获取审批数据).
pub mod query {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/user_approval/query.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{
        ApprovalEmployeeType, ApprovalLocale, ApprovalStatus, ApprovalTimeUnit,
        I18nNames, OvertimeCategory, OvertimeType, RegionLevel, RegionPlace, TimeRange,
        TimeRangeList, Transportation, TripType, UserApproval, UserLeave, UserOut,
        UserOvertimeWork, UserTrip,
    };
    /**Which time of an approval a query's dates apply to.

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ApprovalCheckDateType {
        /**The time the approval takes effect for (单据作用时间; the Go SDK says: the written `end_time`).
The server's default.

Wire value `"PeriodTime"`.*/
        PeriodTime,
        /**The time the approval was created (单据创建时间).

Wire value `"CreateTime"`.*/
        CreateTime,
        /**The time the approval's status last changed (单据状态更新时间).

Wire value `"UpdateTime"`.

**Not accepted by the server yet:** In gradual rollout, not open yet (灰度中，暂不开放).*/
        UpdateTime,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl ApprovalCheckDateType {
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
            !matches!(self, Self::UpdateTime)
        }
    }
    impl ::core::fmt::Display for ApprovalCheckDateType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ApprovalCheckDateType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ApprovalCheckDateType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for ApprovalCheckDateType {
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
    /**The request of [`query`](super::UserApprovalResource::query): Query employees' approvals over a period (获取审批数据).

Build it with [`QueryRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct QueryRequest {
        /**The kind of employee id used by `user_ids` in the request and by `user_id` in the response.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: ApprovalEmployeeType,
        /**The employees to query, as ids of the kind named by `employee_type`. The page documents no
maximum.

Wire name `user_ids`.*/
        pub user_ids: ::std::vec::Vec<::std::string::String>,
        /**The first day to query (yyyyMMdd). It may be at most one day after today: on 20241010,
20241011 is accepted and 20241012 is an error.

Wire name `check_date_from`.*/
        pub check_date_from: ::feishu_api::time::DateYmd,
        /**The last day to query (yyyyMMdd), at most 30 days after `check_date_from`.

Wire name `check_date_to`.*/
        pub check_date_to: ::feishu_api::time::DateYmd,
        /**Which time of an approval the dates apply to (查询依据的时间类型).

Wire name `check_date_type`; the server assumes `PeriodTime` ([`ApprovalCheckDateType::PeriodTime`]) when absent.*/
        pub check_date_type: ::core::option::Option<ApprovalCheckDateType>,
        /**Only return approvals in this status (查询状态). Leaves and overtime support only approved and
withdrawn approvals; outings and trips support every status.

Wire name `status`; the server assumes `2` ([`ApprovalStatus::Approved`]) when absent.*/
        pub status: ::core::option::Option<ApprovalStatus>,
        /**Start of the time window to query, a Unix time in seconds. In gradual rollout, not open yet
(灰度中，暂不开放).

Wire name `check_time_from`.*/
        pub check_time_from: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        /**End of the time window to query, a Unix time in seconds. In gradual rollout, not open yet
(灰度中，暂不开放).

Wire name `check_time_to`.*/
        pub check_time_to: ::core::option::Option<::feishu_api::time::UnixSeconds>,
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
        ///Marks the required field `check_date_from` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct check_date_from;
        ///Marks the required field `check_date_to` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct check_date_to;
    }
    ///Builder for [`QueryRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct QueryRequestBuilder<
        __EmployeeType = ::feishu_api::builder::Unset,
        __UserIds = ::feishu_api::builder::Unset,
        __CheckDateFrom = ::feishu_api::builder::Unset,
        __CheckDateTo = ::feishu_api::builder::Unset,
    > {
        employee_type: __EmployeeType,
        user_ids: __UserIds,
        check_date_from: __CheckDateFrom,
        check_date_to: __CheckDateTo,
        check_date_type: ::core::option::Option<ApprovalCheckDateType>,
        status: ::core::option::Option<ApprovalStatus>,
        check_time_from: ::core::option::Option<::feishu_api::time::UnixSeconds>,
        check_time_to: ::core::option::Option<::feishu_api::time::UnixSeconds>,
    }
    impl QueryRequest {
        /// Starts building a request.
        pub fn builder() -> QueryRequestBuilder {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Unset,
                user_ids: ::feishu_api::builder::Unset,
                check_date_from: ::feishu_api::builder::Unset,
                check_date_to: ::feishu_api::builder::Unset,
                check_date_type: ::core::option::Option::None,
                status: ::core::option::Option::None,
                check_time_from: ::core::option::Option::None,
                check_time_to: ::core::option::Option::None,
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
                    &self.check_date_from,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "check_date_from",
                    );
                    violations.check_format(&path, value);
                }
                if let ::core::option::Option::Some(value) = ::core::option::Option::Some(
                    &self.check_date_to,
                ) {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "check_date_to",
                    );
                    violations.check_format(&path, value);
                }
                if let ::core::option::Option::Some(value) = self
                    .check_time_from
                    .as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "check_time_from",
                    );
                    violations.check_format(&path, value);
                }
                if let ::core::option::Option::Some(value) = self.check_time_to.as_ref()
                {
                    let path = ::feishu_api::wire::FieldPath::new(
                        prefix,
                        "check_time_to",
                    );
                    violations.check_format(&path, value);
                }
                if let (
                    ::core::option::Option::Some(left),
                    ::core::option::Option::Some(right),
                ) = (
                    ::core::option::Option::Some(&self.check_date_from),
                    ::core::option::Option::Some(&self.check_date_to),
                ) {
                    violations
                        .check_order(
                            &::feishu_api::wire::FieldPath::new(
                                prefix,
                                "check_date_from",
                            ),
                            left,
                            "<=",
                            &::feishu_api::wire::FieldPath::new(prefix, "check_date_to"),
                            right,
                        );
                }
                if let (
                    ::core::option::Option::Some(left),
                    ::core::option::Option::Some(right),
                ) = (self.check_time_from.as_ref(), self.check_time_to.as_ref()) {
                    violations
                        .check_order(
                            &::feishu_api::wire::FieldPath::new(
                                prefix,
                                "check_time_from",
                            ),
                            left,
                            "<=",
                            &::feishu_api::wire::FieldPath::new(prefix, "check_time_to"),
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
        __CheckDateFrom,
        __CheckDateTo,
    > QueryRequestBuilder<__EmployeeType, __UserIds, __CheckDateFrom, __CheckDateTo> {
        /**The kind of employee id used by `user_ids` in the request and by `user_id` in the response.
Without admin-console access, ids can be looked up by phone number or email with the contact
API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: ApprovalEmployeeType,
        ) -> QueryRequestBuilder<
            ::feishu_api::builder::Set<ApprovalEmployeeType>,
            __UserIds,
            __CheckDateFrom,
            __CheckDateTo,
        > {
            QueryRequestBuilder {
                employee_type: ::feishu_api::builder::Set::new(value),
                user_ids: self.user_ids,
                check_date_from: self.check_date_from,
                check_date_to: self.check_date_to,
                check_date_type: self.check_date_type,
                status: self.status,
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
            }
        }
        /**The employees to query, as ids of the kind named by `employee_type`. The page documents no
maximum.

Wire name `user_ids`.*/
        pub fn user_ids(
            self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            ::feishu_api::builder::Set<::std::vec::Vec<::std::string::String>>,
            __CheckDateFrom,
            __CheckDateTo,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                user_ids: ::feishu_api::builder::Set::new(
                    value.into_iter().map(::core::convert::Into::into).collect(),
                ),
                check_date_from: self.check_date_from,
                check_date_to: self.check_date_to,
                check_date_type: self.check_date_type,
                status: self.status,
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
            }
        }
        /**The first day to query (yyyyMMdd). It may be at most one day after today: on 20241010,
20241011 is accepted and 20241012 is an error.

Wire name `check_date_from`.*/
        pub fn check_date_from(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __UserIds,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
            __CheckDateTo,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                user_ids: self.user_ids,
                check_date_from: ::feishu_api::builder::Set::new(value),
                check_date_to: self.check_date_to,
                check_date_type: self.check_date_type,
                status: self.status,
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
            }
        }
        /**The last day to query (yyyyMMdd), at most 30 days after `check_date_from`.

Wire name `check_date_to`.*/
        pub fn check_date_to(
            self,
            value: ::feishu_api::time::DateYmd,
        ) -> QueryRequestBuilder<
            __EmployeeType,
            __UserIds,
            __CheckDateFrom,
            ::feishu_api::builder::Set<::feishu_api::time::DateYmd>,
        > {
            QueryRequestBuilder {
                employee_type: self.employee_type,
                user_ids: self.user_ids,
                check_date_from: self.check_date_from,
                check_date_to: ::feishu_api::builder::Set::new(value),
                check_date_type: self.check_date_type,
                status: self.status,
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
            }
        }
        /**Which time of an approval the dates apply to (查询依据的时间类型).

Wire name `check_date_type`; the server assumes `PeriodTime` ([`ApprovalCheckDateType::PeriodTime`]) when absent.*/
        pub fn check_date_type(mut self, value: ApprovalCheckDateType) -> Self {
            self.check_date_type = ::core::option::Option::Some(value);
            self
        }
        /**Only return approvals in this status (查询状态). Leaves and overtime support only approved and
withdrawn approvals; outings and trips support every status.

Wire name `status`; the server assumes `2` ([`ApprovalStatus::Approved`]) when absent.*/
        pub fn status(mut self, value: ApprovalStatus) -> Self {
            self.status = ::core::option::Option::Some(value);
            self
        }
        /**Start of the time window to query, a Unix time in seconds. In gradual rollout, not open yet
(灰度中，暂不开放).

Wire name `check_time_from`.*/
        pub fn check_time_from(
            mut self,
            value: impl ::core::convert::Into<::feishu_api::time::UnixSeconds>,
        ) -> Self {
            self.check_time_from = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
        /**End of the time window to query, a Unix time in seconds. In gradual rollout, not open yet
(灰度中，暂不开放).

Wire name `check_time_to`.*/
        pub fn check_time_to(
            mut self,
            value: impl ::core::convert::Into<::feishu_api::time::UnixSeconds>,
        ) -> Self {
            self.check_time_to = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
    }
    impl<
        __EmployeeType,
        __UserIds,
        __CheckDateFrom,
        __CheckDateTo,
    > QueryRequestBuilder<__EmployeeType, __UserIds, __CheckDateFrom, __CheckDateTo>
    where
        __EmployeeType: ::feishu_api::builder::IsSet<
            __field::employee_type,
            Value = ApprovalEmployeeType,
        >,
        __UserIds: ::feishu_api::builder::IsSet<
            __field::user_ids,
            Value = ::std::vec::Vec<::std::string::String>,
        >,
        __CheckDateFrom: ::feishu_api::builder::IsSet<
            __field::check_date_from,
            Value = ::feishu_api::time::DateYmd,
        >,
        __CheckDateTo: ::feishu_api::builder::IsSet<
            __field::check_date_to,
            Value = ::feishu_api::time::DateYmd,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> QueryRequest {
            QueryRequest {
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                user_ids: ::feishu_api::builder::IsSet::into_value(self.user_ids),
                check_date_from: ::feishu_api::builder::IsSet::into_value(
                    self.check_date_from,
                ),
                check_date_to: ::feishu_api::builder::IsSet::into_value(
                    self.check_date_to,
                ),
                check_date_type: self.check_date_type,
                status: self.status,
                check_time_from: self.check_time_from,
                check_time_to: self.check_time_to,
            }
        }
    }
    /**The approvals found.

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
    pub struct QueryResponse {
        /**The approvals, one entry per employee and day (审批结果列表).

Wire name `user_approvals`.*/
        pub user_approvals: ::std::vec::Vec<UserApproval>,
    }
    impl ::feishu_api::wire::DecodeObject for QueryResponse {
        const FIELDS: &'static [&'static str] = &["user_approvals"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.user_approvals = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for QueryResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
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
        /**`1225000` (HTTP 500): param is invalis

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226000` (HTTP 500): param is invalis

An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        ShiftServiceError,
        /**`1226500` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
        /**`1220600` (HTTP 400): 通用错误信息

A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).*/
        General,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 8usize] = &[
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
            http_status: 500u16,
            code: 1225000i64,
            name: "Internal",
            message: "param is invalis",
            hint: "Check the message returned: e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1226000i64,
            name: "ShiftServiceError",
            message: "param is invalis",
            hint: "An error of the shift service; check the message returned, e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1226500i64,
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
    impl QueryErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::NoPermission,
            Self::Internal,
            Self::ShiftServiceError,
            Self::Legacy,
            Self::General,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220004i64 => ::core::option::Option::Some(Self::UserNotFound),
                1220005i64 => ::core::option::Option::Some(Self::NoPermission),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1226000i64 => ::core::option::Option::Some(Self::ShiftServiceError),
                1226500i64 => ::core::option::Option::Some(Self::Legacy),
                1220600i64 => ::core::option::Option::Some(Self::General),
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
                Self::Internal => &ERRORS[4usize],
                Self::ShiftServiceError => &ERRORS[5usize],
                Self::Legacy => &ERRORS[6usize],
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
    impl ::feishu_api::Endpoint for QueryRequest {
        type Response = QueryResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "user_approval",
            method: "query",
            summary: "Query employees' approvals over a period (获取审批数据).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/user_approvals/query",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:task:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_approval/query",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_approvals\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"date\": \"20210104\",\n                \"outs\": [\n                    {\n                        \"approval_id\": \"6737202939523236113\",\n                        \"uniq_id\": \"9496E43696967658A512969523E89870\",\n                        \"unit\": 1,\n                        \"interval\": 8,\n                        \"start_time\": \"2021-01-04 09:00:00\",\n                        \"end_time\": \"2021-01-04 19:00:00\",\n                        \"i18n_names\": {\n                            \"ch\": \"中文描述\",\n                            \"en\": \"English description\",\n                            \"ja\": \"日本語の説明\"\n                        },\n                        \"default_locale\": \"ch\",\n                        \"reason\": \"外出办事\",\n                        \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                        \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                        \"idempotent_id\": \"1233432312\",\n                        \"correct_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"cancel_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"process_id\": [\n                            \"7304865941202929196\"\n                        ]\n                    }\n                ],\n                \"leaves\": [\n                    {\n                        \"approval_id\": \"6737202939523236113\",\n                        \"uniq_id\": \"6852582717813440527\",\n                        \"unit\": 1,\n                        \"interval\": 8,\n                        \"start_time\": \"2021-01-04 09:00:00\",\n                        \"end_time\": \"2021-01-04 19:00:00\",\n                        \"i18n_names\": {\n                            \"ch\": \"中文描述\",\n                            \"en\": \"English description\",\n                            \"ja\": \"日本語の説明\"\n                        },\n                        \"default_locale\": \"ch\",\n                        \"reason\": \"家里有事\",\n                        \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                        \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                        \"idempotent_id\": \"1233432312\",\n                        \"leave_detail_range_objs\": [\n                            {\n                                \"day\": 20210104,\n                                \"time_ranges\": [\n                                    {\n                                        \"start_time_stamp\": 1609722000,\n                                        \"end_time_stamp\": 1609758000\n                                    }\n                                ]\n                            }\n                        ]\n                    }\n                ],\n                \"overtime_works\": [\n                    {\n                        \"approval_id\": \"6737202939523236113\",\n                        \"duration\": 1.5,\n                        \"unit\": 1,\n                        \"category\": 2,\n                        \"type\": 1,\n                        \"start_time\": \"2021-01-09 09:00:00\",\n                        \"end_time\": \"2021-01-10 13:00:00\",\n                        \"reason\": \"推进项目进度\",\n                        \"idempotent_id\": \"1233432312\",\n                        \"correct_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"cancel_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"process_id\": [\n                            \"7304865941202929196\"\n                        ]\n                    }\n                ],\n                \"trips\": [\n                    {\n                        \"approval_id\": \"6737202939523236113\",\n                        \"start_time\": \"2021-01-04 09:00:00\",\n                        \"end_time\": \"2021-01-04 19:00:00\",\n                        \"reason\": \"培训\",\n                        \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                        \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                        \"idempotent_id\": \"1233432312\",\n                        \"correct_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"cancel_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"departure\": {\n                            \"region_level\": \"l1\",\n                            \"region_id\": \"6863333418483058189\"\n                        },\n                        \"destinations\": [\n                            {\n                                \"region_level\": \"l1\",\n                                \"region_id\": \"6863333418483058189\"\n                            }\n                        ],\n                        \"transportation\": [\n                            1\n                        ],\n                        \"trip_type\": 1,\n                        \"remarks\": \"出差备注\"\n                    }\n                ],\n                \"time_zone\": \"Asia/Shanghai\"\n            }\n        ]\n    }\n}\n",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            QueryRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/user_approvals/query")
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
                #[serde(rename = "user_ids")]
                user_ids: &'a ::std::vec::Vec<::std::string::String>,
                #[serde(rename = "check_date_from")]
                check_date_from: &'a ::feishu_api::time::DateYmd,
                #[serde(rename = "check_date_to")]
                check_date_to: &'a ::feishu_api::time::DateYmd,
                #[serde(
                    rename = "check_date_type",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                check_date_type: ::core::option::Option<&'a ApprovalCheckDateType>,
                #[serde(
                    rename = "status",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                status: ::core::option::Option<&'a ApprovalStatus>,
                #[serde(
                    rename = "check_time_from",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                check_time_from: ::core::option::Option<
                    &'a ::feishu_api::time::UnixSeconds,
                >,
                #[serde(
                    rename = "check_time_to",
                    skip_serializing_if = "::core::option::Option::is_none"
                )]
                check_time_to: ::core::option::Option<
                    &'a ::feishu_api::time::UnixSeconds,
                >,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                user_ids: &self.user_ids,
                check_date_from: &self.check_date_from,
                check_date_to: &self.check_date_to,
                check_date_type: self.check_date_type.as_ref(),
                status: self.status.as_ref(),
                check_time_from: self.check_time_from.as_ref(),
                check_time_to: self.check_time_to.as_ref(),
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
            let __employee_type: ::core::option::Option<ApprovalEmployeeType> = ::feishu_api::wire::take_query::<
                ApprovalEmployeeType,
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
            let __check_date_from: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "check_date_from", &mut violations);
            let __check_date_from = ::feishu_api::wire::require(
                __check_date_from,
                "check_date_from",
                &mut violations,
            );
            let __check_date_to: ::core::option::Option<::feishu_api::time::DateYmd> = ::feishu_api::wire::take_body::<
                ::feishu_api::time::DateYmd,
            >(&mut body, "check_date_to", &mut violations);
            let __check_date_to = ::feishu_api::wire::require(
                __check_date_to,
                "check_date_to",
                &mut violations,
            );
            let __check_date_type: ::core::option::Option<ApprovalCheckDateType> = ::feishu_api::wire::take_body::<
                ApprovalCheckDateType,
            >(&mut body, "check_date_type", &mut violations);
            let __status: ::core::option::Option<ApprovalStatus> = ::feishu_api::wire::take_body::<
                ApprovalStatus,
            >(&mut body, "status", &mut violations);
            let __check_time_from: ::core::option::Option<
                ::feishu_api::time::UnixSeconds,
            > = ::feishu_api::wire::take_body::<
                ::feishu_api::time::UnixSeconds,
            >(&mut body, "check_time_from", &mut violations);
            let __check_time_to: ::core::option::Option<
                ::feishu_api::time::UnixSeconds,
            > = ::feishu_api::wire::take_body::<
                ::feishu_api::time::UnixSeconds,
            >(&mut body, "check_time_to", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__employee_type, __user_ids, __check_date_from, __check_date_to) {
                (
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__user_ids),
                    ::core::option::Option::Some(__check_date_from),
                    ::core::option::Option::Some(__check_date_to),
                ) => {
                    ::core::result::Result::Ok(Self {
                        employee_type: __employee_type,
                        user_ids: __user_ids,
                        check_date_from: __check_date_from,
                        check_date_to: __check_date_to,
                        check_date_type: __check_date_type,
                        status: __status,
                        check_time_from: __check_time_from,
                        check_time_to: __check_time_to,
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
            const BODY: &str = "{\n    \"user_ids\": [\n        \"abd754f7\"\n    ],\n    \"check_date_from\": 20190817,\n    \"check_date_to\": 20190820,\n    \"check_date_type\": \"PeriodTime\",\n    \"status\": 2,\n    \"check_time_from\": \"1566641088\",\n    \"check_time_to\": \"1592561088\"\n}\n";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::QueryRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"user_approvals\": [\n            {\n                \"user_id\": \"abd754f7\",\n                \"date\": \"20210104\",\n                \"outs\": [\n                    {\n                        \"approval_id\": \"6737202939523236113\",\n                        \"uniq_id\": \"9496E43696967658A512969523E89870\",\n                        \"unit\": 1,\n                        \"interval\": 8,\n                        \"start_time\": \"2021-01-04 09:00:00\",\n                        \"end_time\": \"2021-01-04 19:00:00\",\n                        \"i18n_names\": {\n                            \"ch\": \"中文描述\",\n                            \"en\": \"English description\",\n                            \"ja\": \"日本語の説明\"\n                        },\n                        \"default_locale\": \"ch\",\n                        \"reason\": \"外出办事\",\n                        \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                        \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                        \"idempotent_id\": \"1233432312\",\n                        \"correct_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"cancel_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"process_id\": [\n                            \"7304865941202929196\"\n                        ]\n                    }\n                ],\n                \"leaves\": [\n                    {\n                        \"approval_id\": \"6737202939523236113\",\n                        \"uniq_id\": \"6852582717813440527\",\n                        \"unit\": 1,\n                        \"interval\": 8,\n                        \"start_time\": \"2021-01-04 09:00:00\",\n                        \"end_time\": \"2021-01-04 19:00:00\",\n                        \"i18n_names\": {\n                            \"ch\": \"中文描述\",\n                            \"en\": \"English description\",\n                            \"ja\": \"日本語の説明\"\n                        },\n                        \"default_locale\": \"ch\",\n                        \"reason\": \"家里有事\",\n                        \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                        \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                        \"idempotent_id\": \"1233432312\",\n                        \"leave_detail_range_objs\": [\n                            {\n                                \"day\": 20210104,\n                                \"time_ranges\": [\n                                    {\n                                        \"start_time_stamp\": 1609722000,\n                                        \"end_time_stamp\": 1609758000\n                                    }\n                                ]\n                            }\n                        ]\n                    }\n                ],\n                \"overtime_works\": [\n                    {\n                        \"approval_id\": \"6737202939523236113\",\n                        \"duration\": 1.5,\n                        \"unit\": 1,\n                        \"category\": 2,\n                        \"type\": 1,\n                        \"start_time\": \"2021-01-09 09:00:00\",\n                        \"end_time\": \"2021-01-10 13:00:00\",\n                        \"reason\": \"推进项目进度\",\n                        \"idempotent_id\": \"1233432312\",\n                        \"correct_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"cancel_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"process_id\": [\n                            \"7304865941202929196\"\n                        ]\n                    }\n                ],\n                \"trips\": [\n                    {\n                        \"approval_id\": \"6737202939523236113\",\n                        \"start_time\": \"2021-01-04 09:00:00\",\n                        \"end_time\": \"2021-01-04 19:00:00\",\n                        \"reason\": \"培训\",\n                        \"approve_pass_time\": \"2021-01-04 12:00:00\",\n                        \"approve_apply_time\": \"2021-01-04 11:00:00\",\n                        \"idempotent_id\": \"1233432312\",\n                        \"correct_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"cancel_process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"process_id\": [\n                            \"7304865941202929196\"\n                        ],\n                        \"departure\": {\n                            \"region_level\": \"l1\",\n                            \"region_id\": \"6863333418483058189\"\n                        },\n                        \"destinations\": [\n                            {\n                                \"region_level\": \"l1\",\n                                \"region_id\": \"6863333418483058189\"\n                            }\n                        ],\n                        \"transportation\": [\n                            1\n                        ],\n                        \"trip_type\": 1,\n                        \"remarks\": \"出差备注\"\n                    }\n                ],\n                \"time_zone\": \"Asia/Shanghai\"\n            }\n        ]\n    }\n}\n";
            const DOCUMENTED: &[&str] = &[
                "user_approvals",
                "user_approvals[].user_id",
                "user_approvals[].date",
                "user_approvals[].outs",
                "user_approvals[].outs[].approval_id",
                "user_approvals[].outs[].uniq_id",
                "user_approvals[].outs[].unit",
                "user_approvals[].outs[].interval",
                "user_approvals[].outs[].start_time",
                "user_approvals[].outs[].end_time",
                "user_approvals[].outs[].i18n_names",
                "user_approvals[].outs[].i18n_names.ch",
                "user_approvals[].outs[].i18n_names.en",
                "user_approvals[].outs[].i18n_names.ja",
                "user_approvals[].outs[].default_locale",
                "user_approvals[].outs[].reason",
                "user_approvals[].outs[].approve_pass_time",
                "user_approvals[].outs[].approve_apply_time",
                "user_approvals[].outs[].idempotent_id",
                "user_approvals[].outs[].correct_process_id",
                "user_approvals[].outs[].cancel_process_id",
                "user_approvals[].outs[].process_id",
                "user_approvals[].leaves",
                "user_approvals[].leaves[].approval_id",
                "user_approvals[].leaves[].uniq_id",
                "user_approvals[].leaves[].unit",
                "user_approvals[].leaves[].interval",
                "user_approvals[].leaves[].start_time",
                "user_approvals[].leaves[].end_time",
                "user_approvals[].leaves[].i18n_names",
                "user_approvals[].leaves[].i18n_names.ch",
                "user_approvals[].leaves[].i18n_names.en",
                "user_approvals[].leaves[].i18n_names.ja",
                "user_approvals[].leaves[].default_locale",
                "user_approvals[].leaves[].reason",
                "user_approvals[].leaves[].approve_pass_time",
                "user_approvals[].leaves[].approve_apply_time",
                "user_approvals[].leaves[].idempotent_id",
                "user_approvals[].leaves[].leave_detail_range_objs",
                "user_approvals[].leaves[].leave_detail_range_objs[].day",
                "user_approvals[].leaves[].leave_detail_range_objs[].time_ranges",
                "user_approvals[].leaves[].leave_detail_range_objs[].time_ranges[].start_time_stamp",
                "user_approvals[].leaves[].leave_detail_range_objs[].time_ranges[].end_time_stamp",
                "user_approvals[].overtime_works",
                "user_approvals[].overtime_works[].approval_id",
                "user_approvals[].overtime_works[].duration",
                "user_approvals[].overtime_works[].unit",
                "user_approvals[].overtime_works[].category",
                "user_approvals[].overtime_works[].type",
                "user_approvals[].overtime_works[].start_time",
                "user_approvals[].overtime_works[].end_time",
                "user_approvals[].overtime_works[].reason",
                "user_approvals[].overtime_works[].idempotent_id",
                "user_approvals[].overtime_works[].correct_process_id",
                "user_approvals[].overtime_works[].cancel_process_id",
                "user_approvals[].overtime_works[].process_id",
                "user_approvals[].trips",
                "user_approvals[].trips[].approval_id",
                "user_approvals[].trips[].start_time",
                "user_approvals[].trips[].end_time",
                "user_approvals[].trips[].reason",
                "user_approvals[].trips[].approve_pass_time",
                "user_approvals[].trips[].approve_apply_time",
                "user_approvals[].trips[].idempotent_id",
                "user_approvals[].trips[].correct_process_id",
                "user_approvals[].trips[].cancel_process_id",
                "user_approvals[].trips[].process_id",
                "user_approvals[].trips[].departure",
                "user_approvals[].trips[].departure.region_level",
                "user_approvals[].trips[].departure.region_id",
                "user_approvals[].trips[].destinations",
                "user_approvals[].trips[].destinations[].region_level",
                "user_approvals[].trips[].destinations[].region_id",
                "user_approvals[].trips[].transportation",
                "user_approvals[].trips[].trip_type",
                "user_approvals[].trips[].remarks",
                "user_approvals[].time_zone",
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
    /**Query employees' approvals over a period (获取审批数据).

Returns the leave, overtime, outing and business trip approvals of the given employees over a
period of at most 30 days, one entry per employee and day. Leaves and overtime can only be
queried in the approved and withdrawn states; outings and trips in any state. The duration of
leaves is not provided yet (请假的假期时长字段，暂未开放提供).

获取员工在某段时间内的请假、加班、外出和出差四种审批数据。

- **HTTP:** `POST /open-apis/attendance/v1/user_approvals/query`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/user_approval/query>

# Errors

Besides transport and validation errors, the documented codes ([`query::QueryErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id is not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226000 | `ShiftServiceError` | An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226500 | `Legacy` | A historical code that is no longer used. |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
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
