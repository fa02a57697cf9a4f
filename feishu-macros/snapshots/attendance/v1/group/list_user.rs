///Types of `attendance.v1.group.list_user`: List the members of an attendance group, page by page (查询考勤组下所有成员).
pub mod list_user {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/group/list_user.toml"
    );
    #[doc(no_inline)]
    pub use super::super::types::{DeptType, EmployeeType};
    /**Which members of an attendance group to list, by whether they must punch (打卡类型).

Values the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.*/
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum MemberClockType {
        /**Every member (全部打卡类型).

Wire value `0`.*/
        All,
        /**Members who must punch (需要打卡类型).

Wire value `1`.*/
        NeedPunch,
        /**Members who need not punch (无需打卡类型).

Wire value `2`.*/
        NoNeedPunch,
        ///A value this version of the SDK does not know, as received.
        Unknown(i64),
    }
    impl MemberClockType {
        /// Every value the spec documents, in spec order.
        pub const KNOWN: &'static [Self] = &[
            Self::All,
            Self::NeedPunch,
            Self::NoNeedPunch,
        ];
        /// The value as sent on the wire.
        pub fn wire_value(&self) -> i64 {
            match self {
                Self::All => 0i64,
                Self::NeedPunch => 1i64,
                Self::NoNeedPunch => 2i64,
                Self::Unknown(raw) => *raw,
            }
        }
        /// Reads a wire value; a value the spec does not list becomes `Unknown`.
        pub fn from_wire_value(value: i64) -> Self {
            match value {
                0i64 => Self::All,
                1i64 => Self::NeedPunch,
                2i64 => Self::NoNeedPunch,
                other => Self::Unknown(other),
            }
        }
        /// Whether the server accepts this value today (the spec documents some values
        /// ahead of support). `Unknown` values are passed through as the caller chose.
        pub fn is_supported(&self) -> bool {
            true
        }
    }
    impl ::core::fmt::Display for MemberClockType {
        /// Writes the wire value.
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(&self.wire_value(), f)
        }
    }
    const _: () = {
        use ::feishu_api::__private::serde as _serde;
        impl _serde::Serialize for MemberClockType {
            fn serialize<S: _serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.wire_value())
            }
        }
        impl<'de> _serde::Deserialize<'de> for MemberClockType {
            fn deserialize<D: _serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                <i64 as _serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from_wire_value)
            }
        }
        impl ::feishu_api::wire::QueryValue for MemberClockType {
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
    ///A member of an attendance group (考勤组成员).
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UserBase {
        /**The user's id (用户 ID), of the kind named by `employee_type`.

Wire name `user_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub user_id: ::core::option::Option<::std::string::String>,
        /**The departments the user belongs to (所属部门 ID 列表), as the chain from the direct department up
to the root, ids of the kind named by `dept_type`.

Wire name `department_ids`.*/
        pub department_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for UserBase {
        const FIELDS: &'static [&'static str] = &["user_id", "department_ids"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.user_id = map.next_value()?,
                1usize => {
                    self.department_ids = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UserBase {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`list_user`](super::GroupResource::list_user): List the members of an attendance group, page by page (查询考勤组下所有成员).

Build it with [`ListUserRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListUserRequest {
        /**The attendance group's id (考勤组 ID), as returned by the create-or-update method
(创建或修改考勤组), the search-by-name method (按名称查询考勤组) or the punch results query
(获取打卡结果).

Wire name `group_id`.*/
        pub group_id: ::std::string::String,
        /**The kind of employee id the answer's `user_id` uses. Without admin-console access, ids can be
looked up by phone number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub employee_type: EmployeeType,
        /**The kind of department id the answer's `department_ids` use; only `open_id` for now.

Wire name `dept_type`.*/
        pub dept_type: DeptType,
        /**How many members a page holds (分页大小).

Wire name `page_size`; at least 1; at most 50; the server assumes `10` when absent.*/
        pub page_size: ::core::option::Option<i64>,
        /**Where the page starts (分页标记): empty for the first page, then the `page_token` of the
previous answer.

Wire name `page_token`.*/
        pub page_token: ::core::option::Option<::std::string::String>,
        /**Which members to return, by whether they must punch (查询的考勤组成员的打卡类型).

Wire name `member_clock_type`.*/
        pub member_clock_type: MemberClockType,
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
        ///Marks the required field `member_clock_type` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct member_clock_type;
    }
    ///Builder for [`ListUserRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct ListUserRequestBuilder<
        __GroupId = ::feishu_api::builder::Unset,
        __EmployeeType = ::feishu_api::builder::Unset,
        __DeptType = ::feishu_api::builder::Unset,
        __MemberClockType = ::feishu_api::builder::Unset,
    > {
        group_id: __GroupId,
        employee_type: __EmployeeType,
        dept_type: __DeptType,
        page_size: ::core::option::Option<i64>,
        page_token: ::core::option::Option<::std::string::String>,
        member_clock_type: __MemberClockType,
    }
    impl ListUserRequest {
        /// Starts building a request.
        pub fn builder() -> ListUserRequestBuilder {
            ListUserRequestBuilder {
                group_id: ::feishu_api::builder::Unset,
                employee_type: ::feishu_api::builder::Unset,
                dept_type: ::feishu_api::builder::Unset,
                page_size: ::core::option::Option::None,
                page_token: ::core::option::Option::None,
                member_clock_type: ::feishu_api::builder::Unset,
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
                if let ::core::option::Option::Some(value) = self.page_size.as_ref() {
                    let path = ::feishu_api::wire::FieldPath::new(prefix, "page_size");
                    violations
                        .check_range(
                            &path,
                            *value,
                            ::core::option::Option::Some(1),
                            ::core::option::Option::Some(50),
                        );
                }
            }
            all.into_result()
        }
    }
    impl<
        __GroupId,
        __EmployeeType,
        __DeptType,
        __MemberClockType,
    > ListUserRequestBuilder<__GroupId, __EmployeeType, __DeptType, __MemberClockType> {
        /**The attendance group's id (考勤组 ID), as returned by the create-or-update method
(创建或修改考勤组), the search-by-name method (按名称查询考勤组) or the punch results query
(获取打卡结果).

Wire name `group_id`.*/
        pub fn group_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> ListUserRequestBuilder<
            ::feishu_api::builder::Set<::std::string::String>,
            __EmployeeType,
            __DeptType,
            __MemberClockType,
        > {
            ListUserRequestBuilder {
                group_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                employee_type: self.employee_type,
                dept_type: self.dept_type,
                page_size: self.page_size,
                page_token: self.page_token,
                member_clock_type: self.member_clock_type,
            }
        }
        /**The kind of employee id the answer's `user_id` uses. Without admin-console access, ids can be
looked up by phone number or email with the contact API (通过手机号或邮箱获取用户 ID).

Wire name `employee_type`.*/
        pub fn employee_type(
            self,
            value: EmployeeType,
        ) -> ListUserRequestBuilder<
            __GroupId,
            ::feishu_api::builder::Set<EmployeeType>,
            __DeptType,
            __MemberClockType,
        > {
            ListUserRequestBuilder {
                group_id: self.group_id,
                employee_type: ::feishu_api::builder::Set::new(value),
                dept_type: self.dept_type,
                page_size: self.page_size,
                page_token: self.page_token,
                member_clock_type: self.member_clock_type,
            }
        }
        /**The kind of department id the answer's `department_ids` use; only `open_id` for now.

Wire name `dept_type`.*/
        pub fn dept_type(
            self,
            value: DeptType,
        ) -> ListUserRequestBuilder<
            __GroupId,
            __EmployeeType,
            ::feishu_api::builder::Set<DeptType>,
            __MemberClockType,
        > {
            ListUserRequestBuilder {
                group_id: self.group_id,
                employee_type: self.employee_type,
                dept_type: ::feishu_api::builder::Set::new(value),
                page_size: self.page_size,
                page_token: self.page_token,
                member_clock_type: self.member_clock_type,
            }
        }
        /**How many members a page holds (分页大小).

Wire name `page_size`; at least 1; at most 50; the server assumes `10` when absent.*/
        pub fn page_size(mut self, value: i64) -> Self {
            self.page_size = ::core::option::Option::Some(value);
            self
        }
        /**Where the page starts (分页标记): empty for the first page, then the `page_token` of the
previous answer.

Wire name `page_token`.*/
        pub fn page_token(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.page_token = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
        /**Which members to return, by whether they must punch (查询的考勤组成员的打卡类型).

Wire name `member_clock_type`.*/
        pub fn member_clock_type(
            self,
            value: MemberClockType,
        ) -> ListUserRequestBuilder<
            __GroupId,
            __EmployeeType,
            __DeptType,
            ::feishu_api::builder::Set<MemberClockType>,
        > {
            ListUserRequestBuilder {
                group_id: self.group_id,
                employee_type: self.employee_type,
                dept_type: self.dept_type,
                page_size: self.page_size,
                page_token: self.page_token,
                member_clock_type: ::feishu_api::builder::Set::new(value),
            }
        }
    }
    impl<
        __GroupId,
        __EmployeeType,
        __DeptType,
        __MemberClockType,
    > ListUserRequestBuilder<__GroupId, __EmployeeType, __DeptType, __MemberClockType>
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
        __MemberClockType: ::feishu_api::builder::IsSet<
            __field::member_clock_type,
            Value = MemberClockType,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> ListUserRequest {
            ListUserRequest {
                group_id: ::feishu_api::builder::IsSet::into_value(self.group_id),
                employee_type: ::feishu_api::builder::IsSet::into_value(
                    self.employee_type,
                ),
                dept_type: ::feishu_api::builder::IsSet::into_value(self.dept_type),
                page_size: self.page_size,
                page_token: self.page_token,
                member_clock_type: ::feishu_api::builder::IsSet::into_value(
                    self.member_clock_type,
                ),
            }
        }
    }
    /**One page of the group's members.

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
    pub struct ListUserResponse {
        /**The group's members on this page (考勤组成员列表).

Wire name `users`.*/
        pub users: ::std::vec::Vec<UserBase>,
        /**The next page's token (分页标记); only returned while `has_more` is true.

Wire name `page_token`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub page_token: ::core::option::Option<::std::string::String>,
        /**Whether more pages follow (是否还有更多项).

Wire name `has_more`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub has_more: ::core::option::Option<bool>,
    }
    impl ::feishu_api::wire::DecodeObject for ListUserResponse {
        const FIELDS: &'static [&'static str] = &["users", "page_token", "has_more"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => {
                    self.users = map
                        .next_value::<::feishu_api::wire::NullAsDefault<_>>()?
                        .0;
                }
                1usize => self.page_token = map.next_value()?,
                2usize => self.has_more = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for ListUserResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `list_user`, to match a failed call's code by name: `ListUserErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ListUserErrorCode {
        /**`1220001` (HTTP 400): invalid parameter

Check the parameters sent.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check the tenant id (the token sent).*/
        TenantIdEmpty,
        /**`1220006` (HTTP 400): enterprise tenant app has no privilege

Turn on the app permissions the error message names.*/
        AppNoPrivilege,
        /**`1220007` (HTTP 400): not enterprise tenant

Check the tenant's permissions (edition).*/
        NotEnterpriseTenant,
        /**`1220003` (HTTP 400): user_id type is not employee_id or employee_no

Invalid user id kind: `employee_type` only accepts `employee_id` or `employee_no`.*/
        EmployeeTypeInvalid,
        /**`1225000` (HTTP 500): system error

A system error: retry, or contact support.*/
        Internal,
        /**`1227000` (HTTP 500): management service error

A system error: retry, or contact support.*/
        ManagementServiceError,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 7usize] = &[
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220001i64,
            name: "ParamInvalid",
            message: "invalid parameter",
            hint: "Check the parameters sent.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220002i64,
            name: "TenantIdEmpty",
            message: "tenant_id is empty",
            hint: "Check the tenant id (the token sent).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220006i64,
            name: "AppNoPrivilege",
            message: "enterprise tenant app has no privilege",
            hint: "Turn on the app permissions the error message names.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220007i64,
            name: "NotEnterpriseTenant",
            message: "not enterprise tenant",
            hint: "Check the tenant's permissions (edition).",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220003i64,
            name: "EmployeeTypeInvalid",
            message: "user_id type is not employee_id or employee_no",
            hint: "Invalid user id kind: `employee_type` only accepts `employee_id` or `employee_no`.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1225000i64,
            name: "Internal",
            message: "system error",
            hint: "A system error: retry, or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 500u16,
            code: 1227000i64,
            name: "ManagementServiceError",
            message: "management service error",
            hint: "A system error: retry, or contact support.",
        },
    ];
    impl ListUserErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::AppNoPrivilege,
            Self::NotEnterpriseTenant,
            Self::EmployeeTypeInvalid,
            Self::Internal,
            Self::ManagementServiceError,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1220006i64 => ::core::option::Option::Some(Self::AppNoPrivilege),
                1220007i64 => ::core::option::Option::Some(Self::NotEnterpriseTenant),
                1220003i64 => ::core::option::Option::Some(Self::EmployeeTypeInvalid),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1227000i64 => ::core::option::Option::Some(Self::ManagementServiceError),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::AppNoPrivilege => &ERRORS[2usize],
                Self::NotEnterpriseTenant => &ERRORS[3usize],
                Self::EmployeeTypeInvalid => &ERRORS[4usize],
                Self::Internal => &ERRORS[5usize],
                Self::ManagementServiceError => &ERRORS[6usize],
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
    impl ::feishu_api::Endpoint for ListUserRequest {
        type Response = ListUserResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "group",
            method: "list_user",
            summary: "List the members of an attendance group, page by page (查询考勤组下所有成员).",
            http_method: ::feishu_api::endpoint::HttpMethod::Get,
            path: "/open-apis/attendance/v1/groups/:group_id/list_user",
            token_types: &[
                ::feishu_api::endpoint::TokenType::Tenant,
                ::feishu_api::endpoint::TokenType::User,
            ],
            scopes: &["attendance:rule", "attendance:rule:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/attendance-v1/group/list_user",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"users\": [\n            {\n                \"user_id\": \"5874663B\",\n                \"department_ids\": [\n                    \"od-fcb45c28a45311afd440b7869541fce8\"\n                ]\n            }\n        ],\n        \"page_token\": \"92xKiuWrBCSweSZJBSTpag%3D%3D\",\n        \"has_more\": false\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            ListUserRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/groups/{}/list_user",
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
            if let ::core::option::Option::Some(values) = &self.page_size {
                let value = values;
                query
                    .push((
                        "page_size",
                        ::feishu_api::wire::QueryValue::to_query(value),
                    ));
            }
            if let ::core::option::Option::Some(values) = &self.page_token {
                let value = values;
                query
                    .push((
                        "page_token",
                        ::feishu_api::wire::QueryValue::to_query(value),
                    ));
            }
            {
                let values = &self.member_clock_type;
                let value = values;
                query
                    .push((
                        "member_clock_type",
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
            let __page_size: ::core::option::Option<i64> = ::feishu_api::wire::take_query::<
                i64,
            >(&pairs, "page_size", &mut violations);
            let __page_token: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_query::<
                ::std::string::String,
            >(&pairs, "page_token", &mut violations);
            let __member_clock_type: ::core::option::Option<MemberClockType> = ::feishu_api::wire::take_query::<
                MemberClockType,
            >(&pairs, "member_clock_type", &mut violations);
            let __member_clock_type = ::feishu_api::wire::require(
                __member_clock_type,
                "member_clock_type",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__group_id, __employee_type, __dept_type, __member_clock_type) {
                (
                    ::core::option::Option::Some(__group_id),
                    ::core::option::Option::Some(__employee_type),
                    ::core::option::Option::Some(__dept_type),
                    ::core::option::Option::Some(__member_clock_type),
                ) => {
                    ::core::result::Result::Ok(Self {
                        group_id: __group_id,
                        employee_type: __employee_type,
                        dept_type: __dept_type,
                        page_size: __page_size,
                        page_token: __page_token,
                        member_clock_type: __member_clock_type,
                    })
                }
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }
        }
    }
    impl ::feishu_api::Paginated for ListUserRequest {
        type Item = UserBase;
        fn page_token(&self) -> ::core::option::Option<&str> {
            self.page_token.as_deref()
        }
        fn set_page_token(
            &mut self,
            token: ::core::option::Option<::std::string::String>,
        ) {
            self.page_token = token;
        }
        fn page_state(page: &ListUserResponse) -> ::feishu_api::streams::PageState<'_> {
            ::feishu_api::streams::PageState {
                has_more: page.has_more.unwrap_or(false),
                next_token: page.page_token.as_deref(),
            }
        }
        fn into_items(page: ListUserResponse) -> ::std::vec::Vec<UserBase> {
            page.users
        }
        fn item_count(page: &ListUserResponse) -> usize {
            page.users.len()
        }
    }
    #[cfg(test)]
    mod __spec_examples {
        #[test]
        fn example_request_matches_the_spec() {
            use ::feishu_api::Endpoint as _;
            use ::feishu_api::__private::serde_json::{self, Value};
            const QUERY: &str = "employee_type=employee_id&dept_type=open_id&page_size=10&page_token=92xKiuWrBCSweSZJBSTpag%3D%3D&member_clock_type=1";
            const BODY: &str = "";
            let path_params: &[(&str, &str)] = &[("group_id", "6919358128597097404")];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::ListUserRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"users\": [\n            {\n                \"user_id\": \"5874663B\",\n                \"department_ids\": [\n                    \"od-fcb45c28a45311afd440b7869541fce8\"\n                ]\n            }\n        ],\n        \"page_token\": \"92xKiuWrBCSweSZJBSTpag%3D%3D\",\n        \"has_more\": false\n    }\n}";
            const DOCUMENTED: &[&str] = &[
                "users",
                "users[].user_id",
                "users[].department_ids",
                "page_token",
                "has_more",
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
            let decoded: super::ListUserResponse = match serde_json::from_value(
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
    /**List the members of an attendance group, page by page (查询考勤组下所有成员).

Returns the people in one attendance group, each with the departments they belong to. The
members can be filtered by whether they need to punch.

查询指定考勤组下的所有成员。

- **HTTP:** `GET /open-apis/attendance/v1/groups/:group_id/list_user`
- **Token:** `tenant_access_token`, `user_access_token`
- **Scopes** (any one): `attendance:rule`, `attendance:rule:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/attendance-v1/group/list_user>

# Errors

Besides transport and validation errors, the documented codes ([`list_user::ListUserErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | Check the parameters sent. |
| 400 | 1220002 | `TenantIdEmpty` | Check the tenant id (the token sent). |
| 400 | 1220006 | `AppNoPrivilege` | Turn on the app permissions the error message names. |
| 400 | 1220007 | `NotEnterpriseTenant` | Check the tenant's permissions (edition). |
| 400 | 1220003 | `EmployeeTypeInvalid` | Invalid user id kind: `employee_type` only accepts `employee_id` or `employee_no`. |
| 500 | 1225000 | `Internal` | A system error: retry, or contact support. |
| 500 | 1227000 | `ManagementServiceError` | A system error: retry, or contact support. |
*/
    pub async fn list_user(
        &self,
        request: &list_user::ListUserRequest,
    ) -> ::core::result::Result<list_user::ListUserResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`list_user`](Self::list_user) with per-request options (a token override, a timeout).
    pub async fn list_user_with(
        &self,
        request: &list_user::ListUserRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<list_user::ListUserResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
    ///Every page of [`list_user`](Self::list_user), from the request's `page_token` on (none: the first page), fetched as the stream is polled. It stops when `has_more` is false or `page_token` is empty, and ends with [`Error::PageLoop`](::feishu_api::Error::PageLoop) if the server repeats a token. Options for every page: [`Client::pages_with`](::feishu_api::Client::pages_with).
    pub fn list_user_pages(
        &self,
        request: &list_user::ListUserRequest,
    ) -> impl ::feishu_api::Stream<
        Item = ::core::result::Result<list_user::ListUserResponse, ::feishu_api::Error>,
    > + Send + use<> {
        self.client.pages(request)
    }
    ///Every item of `users` across all pages: [`list_user_pages`](Self::list_user_pages), flattened.
    pub fn list_user_items(
        &self,
        request: &list_user::ListUserRequest,
    ) -> impl ::feishu_api::Stream<
        Item = ::core::result::Result<list_user::UserBase, ::feishu_api::Error>,
    > + Send + use<> {
        self.client.items(request)
    }
}
