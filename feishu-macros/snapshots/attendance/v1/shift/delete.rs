///Types of `attendance.v1.shift.delete`: Delete an attendance shift by its ID (删除班次).
pub mod delete {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/shift/delete.toml"
    );
    /**The request of [`delete`](super::ShiftResource::delete): Delete an attendance shift by its ID (删除班次).

Build it with [`DeleteRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteRequest {
        /**The shift's ID (班次 ID), as returned by 按名称查询班次 (query) or 创建班次 (create).

Wire name `shift_id`.*/
        pub shift_id: ::std::string::String,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `shift_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct shift_id;
    }
    ///Builder for [`DeleteRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct DeleteRequestBuilder<__ShiftId = ::feishu_api::builder::Unset> {
        shift_id: __ShiftId,
    }
    impl DeleteRequest {
        /// Starts building a request.
        pub fn builder() -> DeleteRequestBuilder {
            DeleteRequestBuilder {
                shift_id: ::feishu_api::builder::Unset,
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
    impl<__ShiftId> DeleteRequestBuilder<__ShiftId> {
        /**The shift's ID (班次 ID), as returned by 按名称查询班次 (query) or 创建班次 (create).

Wire name `shift_id`.*/
        pub fn shift_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> DeleteRequestBuilder<::feishu_api::builder::Set<::std::string::String>> {
            DeleteRequestBuilder {
                shift_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
            }
        }
    }
    impl<__ShiftId> DeleteRequestBuilder<__ShiftId>
    where
        __ShiftId: ::feishu_api::builder::IsSet<
            __field::shift_id,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> DeleteRequest {
            DeleteRequest {
                shift_id: ::feishu_api::builder::IsSet::into_value(self.shift_id),
            }
        }
    }
    /**Nothing beyond the envelope: `data` is empty.

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
    pub struct DeleteResponse {}
    impl ::feishu_api::wire::DecodeObject for DeleteResponse {
        const FIELDS: &'static [&'static str] = &[];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for DeleteResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `delete`, to match a failed call's code by name: `DeleteErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DeleteErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1220005` (HTTP 400): No permission

No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list).*/
        NoPermission,
        /**`1225000` (HTTP 500): System error

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1226000` (HTTP 400): Shift service system error

An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        ShiftServiceError,
        /**`1226001` (HTTP 400): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
        /**`1226003` (HTTP 400): Default shift can not be changed

The default shift cannot be changed or deleted; check the message returned, e.g. "default shift are not allowed to change.".*/
        DefaultShiftNotChangeable,
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
            http_status: 400u16,
            code: 1226000i64,
            name: "ShiftServiceError",
            message: "Shift service system error",
            hint: "An error of the shift service; check the message returned, e.g. \"internal server error\" means a server-side failure; retry later or contact support.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226001i64,
            name: "Legacy",
            message: "历史错误码，不再使用",
            hint: "A historical code that is no longer used.",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1226003i64,
            name: "DefaultShiftNotChangeable",
            message: "Default shift can not be changed",
            hint: "The default shift cannot be changed or deleted; check the message returned, e.g. \"default shift are not allowed to change.\".",
        },
        ::feishu_api::ErrorCodeInfo {
            http_status: 400u16,
            code: 1220600i64,
            name: "General",
            message: "General error message",
            hint: "A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines).",
        },
    ];
    impl DeleteErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::NoPermission,
            Self::Internal,
            Self::ShiftServiceError,
            Self::Legacy,
            Self::DefaultShiftNotChangeable,
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
                1226001i64 => ::core::option::Option::Some(Self::Legacy),
                1226003i64 => {
                    ::core::option::Option::Some(Self::DefaultShiftNotChangeable)
                }
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
                Self::Legacy => &ERRORS[5usize],
                Self::DefaultShiftNotChangeable => &ERRORS[6usize],
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
    impl ::feishu_api::Endpoint for DeleteRequest {
        type Response = DeleteResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "shift",
            method: "delete",
            summary: "Delete an attendance shift by its ID (删除班次).",
            http_method: ::feishu_api::endpoint::HttpMethod::Delete,
            path: "/open-apis/attendance/v1/shifts/:shift_id",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/server-docs/attendance-v1/shift/delete",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {}\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            DeleteRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/shifts/{}",
                ::feishu_api::wire::encode_path_segment(&
                ::feishu_api::wire::QueryValue::to_query(& self.shift_id))
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
            let _ = query;
            let _ = body;
            let __shift_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_path::<
                ::std::string::String,
            >(path_params, "shift_id", &mut violations);
            let __shift_id = ::feishu_api::wire::require(
                __shift_id,
                "shift_id",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__shift_id,) {
                (::core::option::Option::Some(__shift_id),) => {
                    ::core::result::Result::Ok(Self { shift_id: __shift_id })
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
            const BODY: &str = "";
            let path_params: &[(&str, &str)] = &[("shift_id", "6919358778597097404")];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::DeleteRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {}\n}";
            const DOCUMENTED: &[&str] = &[];
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
            let decoded: super::DeleteResponse = match serde_json::from_value(
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
    /**Delete an attendance shift by its ID (删除班次).

Deletes one shift, like the delete button in the admin console's shift list (假勤设置 > 班次设置).
The default shift cannot be deleted.

通过班次 ID 删除班次。

- **HTTP:** `DELETE /open-apis/attendance/v1/shifts/:shift_id`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/server-docs/attendance-v1/shift/delete>

# Errors

Besides transport and validation errors, the documented codes ([`delete::DeleteErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 400 | 1220005 | `NoPermission` | No permission: check the data permission scope in the attendance admin console (https://oa.feishu.cn/attendance/manage/member/list). |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 400 | 1226000 | `ShiftServiceError` | An error of the shift service; check the message returned, e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 400 | 1226001 | `Legacy` | A historical code that is no longer used. |
| 400 | 1226003 | `DefaultShiftNotChangeable` | The default shift cannot be changed or deleted; check the message returned, e.g. "default shift are not allowed to change.". |
| 400 | 1220600 | `General` | A general error with several possible messages; see the attendance development guidelines (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/attendance-development-guidelines). |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::prelude::*;
use feishu_api::attendance::v1::shift::delete::{DeleteRequest};

let request = DeleteRequest::builder()
    .shift_id("6919358778597097404")
    .build();
let response = client.attendance().v1().shift().delete(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn delete(
        &self,
        request: &delete::DeleteRequest,
    ) -> ::core::result::Result<delete::DeleteResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`delete`](Self::delete) with per-request options (a token override, a timeout).
    pub async fn delete_with(
        &self,
        request: &delete::DeleteRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<delete::DeleteResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
