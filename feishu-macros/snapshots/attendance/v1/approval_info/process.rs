///Types of `attendance.v1.approval_info.process`: Update the status of a third-party approval (通知审批状态更新).
pub mod process {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/approval_info/process.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::ApprovalStatus;
    /**A kind of attendance approval (审批类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ApprovalType {
        /**A leave (请假).

Wire value `"leave"`.*/
        Leave,
        /**An outing (外出).

Wire value `"out"`.*/
        Out,
        /**Overtime work (加班).

Wire value `"overtime"`.*/
        Overtime,
        /**A business trip (出差).

Wire value `"trip"`.*/
        Trip,
        /**A punch remedy (补卡).

Wire value `"remedy"`.*/
        Remedy,
        ///A value this version of the SDK does not know, as received.
        Unknown(::std::string::String),
    }
    impl ApprovalType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Leave,
            Self::Out,
            Self::Overtime,
            Self::Trip,
            Self::Remedy,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> &str {
            match self {
                Self::Leave => "leave",
                Self::Out => "out",
                Self::Overtime => "overtime",
                Self::Trip => "trip",
                Self::Remedy => "remedy",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: &str) -> Self {
            match value {
                "leave" => Self::Leave,
                "out" => Self::Out,
                "overtime" => Self::Overtime,
                "trip" => Self::Trip,
                "remedy" => Self::Remedy,
                other => Self::Unknown(::std::string::String::from(other)),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for ApprovalType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.wire_value())
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ApprovalType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ApprovalType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                    .map(|raw| Self::from_wire_value(&raw))
            }
        }
        impl ::feishu_api::wire::QueryValue for ApprovalType {
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
    /**The status an approval can be set to (审批状态).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ApprovalTargetStatus {
        /**Not approved (不通过); for a pending remedy only.

Wire value `1`.*/
        Rejected,
        /**Approved (通过); for a pending remedy only.

Wire value `2`.*/
        Approved,
        /**Withdrawn (撤销); for an approved approval of any kind.

Wire value `4`.*/
        Withdrawn,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl ApprovalTargetStatus {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::Rejected,
            Self::Approved,
            Self::Withdrawn,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::Rejected => 1i64,
                Self::Approved => 2i64,
                Self::Withdrawn => 4i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                1i64 => Self::Rejected,
                2i64 => Self::Approved,
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
    impl ::core::fmt::Display for ApprovalTargetStatus {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for ApprovalTargetStatus {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for ApprovalTargetStatus {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for ApprovalTargetStatus {
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
    ///An approval and its status (审批信息).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct ApprovalInfo {
        /**The approval instance's id (审批实例 ID).

Wire name `approval_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub approval_id: ::core::option::Option<::std::string::String>,
        /**The kind of approval (审批类型).

Wire name `approval_type`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub approval_type: ::core::option::Option<ApprovalType>,
        /**The approval's status (审批状态).

Wire name `status`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub status: ::core::option::Option<ApprovalStatus>,
    }
    impl ::feishu_api::wire::DecodeObject for ApprovalInfo {
        const FIELDS: &'static [&'static str] = &[
            "approval_id",
            "approval_type",
            "status",
        ];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.approval_id = map.next_value()?,
                1usize => self.approval_type = map.next_value()?,
                2usize => self.status = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ApprovalInfo {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`process`](super::ApprovalInfoResource::process): Update the status of a third-party approval (通知审批状态更新).

Build it with [`ProcessRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ProcessRequest {
        /**The approval instance's id (审批实例 ID), as returned by 获取审批数据 (user_approval/query),
写入审批结果 (user_approval/create) or, for remedies, 通知补卡审批发起 (user_task_remedy/create).

Wire name `approval_id`.*/
        pub approval_id: ::std::string::String,
        /**The kind of approval (审批类型).

Wire name `approval_type`.*/
        pub approval_type: ApprovalType,
        /**The status to set (审批状态). Leaves, outings, overtime and trips accept only `Withdrawn` (4);
remedies accept all three.

Wire name `status`.*/
        pub status: ApprovalTargetStatus,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `approval_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct approval_id;
        ///Marks the required field `approval_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct approval_type;
        ///Marks the required field `status` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct status;
    }
    ///Builder for [`ProcessRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct ProcessRequestBuilder<
        __ApprovalId = ::feishu_api::builder::Unset,
        __ApprovalType = ::feishu_api::builder::Unset,
        __Status = ::feishu_api::builder::Unset,
    > {
        approval_id: __ApprovalId,
        approval_type: __ApprovalType,
        status: __Status,
    }
    impl ProcessRequest {
        /// Starts building a request.
        pub fn builder() -> ProcessRequestBuilder {
            ProcessRequestBuilder {
                approval_id: ::feishu_api::builder::Unset,
                approval_type: ::feishu_api::builder::Unset,
                status: ::feishu_api::builder::Unset,
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
        __ApprovalId,
        __ApprovalType,
        __Status,
    > ProcessRequestBuilder<__ApprovalId, __ApprovalType, __Status> {
        /**The approval instance's id (审批实例 ID), as returned by 获取审批数据 (user_approval/query),
写入审批结果 (user_approval/create) or, for remedies, 通知补卡审批发起 (user_task_remedy/create).

Wire name `approval_id`.*/
        pub fn approval_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> ProcessRequestBuilder<
            ::feishu_api::builder::Set<::std::string::String>,
            __ApprovalType,
            __Status,
        > {
            ProcessRequestBuilder {
                approval_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                approval_type: self.approval_type,
                status: self.status,
            }
        }
        /**The kind of approval (审批类型).

Wire name `approval_type`.*/
        pub fn approval_type(
            self,
            value: ApprovalType,
        ) -> ProcessRequestBuilder<
            __ApprovalId,
            ::feishu_api::builder::Set<ApprovalType>,
            __Status,
        > {
            ProcessRequestBuilder {
                approval_id: self.approval_id,
                approval_type: ::feishu_api::builder::Set::new(value),
                status: self.status,
            }
        }
        /**The status to set (审批状态). Leaves, outings, overtime and trips accept only `Withdrawn` (4);
remedies accept all three.

Wire name `status`.*/
        pub fn status(
            self,
            value: ApprovalTargetStatus,
        ) -> ProcessRequestBuilder<
            __ApprovalId,
            __ApprovalType,
            ::feishu_api::builder::Set<ApprovalTargetStatus>,
        > {
            ProcessRequestBuilder {
                approval_id: self.approval_id,
                approval_type: self.approval_type,
                status: ::feishu_api::builder::Set::new(value),
            }
        }
    }
    impl<
        __ApprovalId,
        __ApprovalType,
        __Status,
    > ProcessRequestBuilder<__ApprovalId, __ApprovalType, __Status>
    where
        __ApprovalId: ::feishu_api::builder::IsSet<
            __field::approval_id,
            Value = ::std::string::String,
        >,
        __ApprovalType: ::feishu_api::builder::IsSet<
            __field::approval_type,
            Value = ApprovalType,
        >,
        __Status: ::feishu_api::builder::IsSet<
            __field::status,
            Value = ApprovalTargetStatus,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> ProcessRequest {
            ProcessRequest {
                approval_id: ::feishu_api::builder::IsSet::into_value(self.approval_id),
                approval_type: ::feishu_api::builder::IsSet::into_value(
                    self.approval_type,
                ),
                status: ::feishu_api::builder::IsSet::into_value(self.status),
            }
        }
    }
    /**The approval after the update.

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
    pub struct ProcessResponse {
        /**The approval (审批信息).

Wire name `approval_info`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub approval_info: ::core::option::Option<ApprovalInfo>,
    }
    impl ::feishu_api::wire::DecodeObject for ProcessResponse {
        const FIELDS: &'static [&'static str] = &["approval_info"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.approval_info = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ProcessResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `process`, to match a failed call's code by name: `ProcessErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ProcessErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220004` (HTTP 400): param is invalid

Check the message returned: e.g. "user_id does not exist or does not have permission" means a user id sent does not exist or is outside the app's permission.*/
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
        /**`1226500` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
        /**`1227500` (HTTP 500): param is invalid

An error from the shift service: check the message returned, e.g. "[BatchGetLarkIDByOpenID] cannot find user larkID" means no Lark user matches an id sent.*/
        ShiftService,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 8usize] = &[
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
            hint: "Check the message returned: e.g. \"user_id does not exist or does not have permission\" means a user id sent does not exist or is outside the app's permission.",
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
            code: 1226500i64,
            name: "Legacy",
            message: "历史错误码，不再使用",
            hint: "A historical code that is no longer used.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1227500i64,
            name: "ShiftService",
            message: "param is invalid",
            hint: "An error from the shift service: check the message returned, e.g. \"[BatchGetLarkIDByOpenID] cannot find user larkID\" means no Lark user matches an id sent.",
        },
    ];
    impl ProcessErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::UserNotFound,
            Self::NoPermission,
            Self::General,
            Self::Internal,
            Self::Legacy,
            Self::ShiftService,
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
                1226500i64 => ::core::option::Option::Some(Self::Legacy),
                1227500i64 => ::core::option::Option::Some(Self::ShiftService),
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
                Self::ShiftService => &ERRORS[7usize],
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
    impl ::feishu_api::Endpoint for ProcessRequest {
        type Response = ProcessResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "approval_info",
            method: "process",
            summary: "Update the status of a third-party approval (通知审批状态更新).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/approval_infos/process",
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
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/approval_info/process",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"approval_info\": {\n            \"approval_id\": \"6737202939523236113\",\n            \"approval_type\": \"remedy\",\n            \"status\": 0\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            ProcessRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/attendance/v1/approval_infos/process",
            )
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
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
                #[serde(rename = "approval_id")]
                approval_id: &'a ::std::string::String,
                #[serde(rename = "approval_type")]
                approval_type: &'a ApprovalType,
                #[serde(rename = "status")]
                status: &'a ApprovalTargetStatus,
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body {
                approval_id: &self.approval_id,
                approval_type: &self.approval_type,
                status: &self.status,
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
            let _ = query;
            #[allow(unused_mut)]
            let mut body = ::feishu_api::wire::body_object(body, &mut violations);
            let _ = path_params;
            let __approval_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_body::<
                ::std::string::String,
            >(&mut body, "approval_id", &mut violations);
            let __approval_id = ::feishu_api::wire::require(
                __approval_id,
                "approval_id",
                &mut violations,
            );
            let __approval_type: ::core::option::Option<ApprovalType> = ::feishu_api::wire::take_body::<
                ApprovalType,
            >(&mut body, "approval_type", &mut violations);
            let __approval_type = ::feishu_api::wire::require(
                __approval_type,
                "approval_type",
                &mut violations,
            );
            let __status: ::core::option::Option<ApprovalTargetStatus> = ::feishu_api::wire::take_body::<
                ApprovalTargetStatus,
            >(&mut body, "status", &mut violations);
            let __status = ::feishu_api::wire::require(
                __status,
                "status",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__approval_id, __approval_type, __status) {
                (
                    ::core::option::Option::Some(__approval_id),
                    ::core::option::Option::Some(__approval_type),
                    ::core::option::Option::Some(__status),
                ) => {
                    ::core::result::Result::Ok(Self {
                        approval_id: __approval_id,
                        approval_type: __approval_type,
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
            const QUERY: &str = "";
            const BODY: &str = "{\n    \"approval_id\": \"6737202939523236113\",\n    \"approval_type\": \"remedy\",\n    \"status\": 4\n}";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::ProcessRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"approval_info\": {\n            \"approval_id\": \"6737202939523236113\",\n            \"approval_type\": \"remedy\",\n            \"status\": 0\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "approval_info",
                "approval_info.approval_id",
                "approval_info.approval_type",
                "approval_info.status",
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
            let decoded: super::ProcessResponse = match serde_json::from_value(
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
    /**Update the status of a third-party approval (通知审批状态更新).

For tenants that use Feishu attendance but run approvals outside Feishu: updates the status of
an approval written into attendance from a third-party system (a leave, outing, overtime,
business trip or remedy) to approved, rejected or withdrawn.

Only a pending approval (发起状态) can be approved or rejected, and only an approved one can be
withdrawn (撤销). Leaves, outings, overtime and trips accept only withdrawal; remedies accept
all three.

This call changes state, so it is never retried automatically.

对于只使用飞书考勤系统而未使用飞书审批系统的企业，可以通过该接口更新写入飞书考勤系统中的三方系统审批状态。

- **HTTP:** `POST /open-apis/attendance/v1/approval_infos/process`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:task`
- **Available to:** self-built apps, store apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/approval_info/process>

# Errors

Besides transport and validation errors, the documented codes ([`process::ProcessErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220004 | `UserNotFound` | Check the message returned: e.g. "user_id does not exist or does not have permission" means a user id sent does not exist or is outside the app's permission. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1226500 | `Legacy` | A historical code that is no longer used. |
| 500 | 1227500 | `ShiftService` | An error from the shift service: check the message returned, e.g. "[BatchGetLarkIDByOpenID] cannot find user larkID" means no Lark user matches an id sent. |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::prelude::*;
use feishu_api::attendance::v1::approval_info::process::{ApprovalTargetStatus, ApprovalType, ProcessRequest};

let request = ProcessRequest::builder()
    .approval_id("6737202939523236113")
    .approval_type(ApprovalType::Remedy)
    .status(ApprovalTargetStatus::Withdrawn)
    .build();
let response = client.attendance().v1().approval_info().process(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn process(
        &self,
        request: &process::ProcessRequest,
    ) -> ::core::result::Result<process::ProcessResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`process`](Self::process) with per-request options (a token override, a timeout).
    pub async fn process_with(
        &self,
        request: &process::ProcessRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<process::ProcessResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
