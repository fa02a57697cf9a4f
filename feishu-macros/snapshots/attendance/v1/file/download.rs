///Types of `attendance.v1.file.download`: Download a user's face-recognition photo (下载用户人脸识别照片).
pub mod download {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/file/download.toml"
    );
    /**The request of [`download`](super::FileResource::download): Download a user's face-recognition photo (下载用户人脸识别照片).

Build it with [`DownloadRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DownloadRequest {
        /**The file to download (文件 ID), as found with the batch query of users' face-recognition
settings (批量查询用户人脸识别信息).

Wire name `file_id`.*/
        pub file_id: ::std::string::String,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `file_id` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct file_id;
    }
    ///Builder for [`DownloadRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct DownloadRequestBuilder<__FileId = ::feishu_api::builder::Unset> {
        file_id: __FileId,
    }
    impl DownloadRequest {
        /// Starts building a request.
        pub fn builder() -> DownloadRequestBuilder {
            DownloadRequestBuilder {
                file_id: ::feishu_api::builder::Unset,
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
    impl<__FileId> DownloadRequestBuilder<__FileId> {
        /**The file to download (文件 ID), as found with the batch query of users' face-recognition
settings (批量查询用户人脸识别信息).

Wire name `file_id`.*/
        pub fn file_id(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> DownloadRequestBuilder<::feishu_api::builder::Set<::std::string::String>> {
            DownloadRequestBuilder {
                file_id: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
            }
        }
    }
    impl<__FileId> DownloadRequestBuilder<__FileId>
    where
        __FileId: ::feishu_api::builder::IsSet<
            __field::file_id,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> DownloadRequest {
            DownloadRequest {
                file_id: ::feishu_api::builder::IsSet::into_value(self.file_id),
            }
        }
    }
    ///What a successful `download` call gives before its body is read: see [`::feishu_api::Download`].
    pub type DownloadResponse = ::feishu_api::Download;
    ///The error codes the reference page documents for `download`, to match a failed call's code by name: `DownloadErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DownloadErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1227000` (HTTP 500): 历史错误码，不再使用

A historical code that is no longer used.*/
        Legacy,
    }
    /// The documented error table, in spec order.
    pub const ERRORS: &[::feishu_api::ErrorCodeInfo; 4usize] = &[
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
    ];
    impl DownloadErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::Internal,
            Self::Legacy,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1227000i64 => ::core::option::Option::Some(Self::Legacy),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::Internal => &ERRORS[2usize],
                Self::Legacy => &ERRORS[3usize],
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
    impl ::feishu_api::Endpoint for DownloadRequest {
        type Response = DownloadResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "file",
            method: "download",
            summary: "Download a user's face-recognition photo (下载用户人脸识别照片).",
            http_method: ::feishu_api::endpoint::HttpMethod::Get,
            path: "/open-apis/attendance/v1/files/:file_id/download",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule:readonly"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::File,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/file/download",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::None;
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            DownloadRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::format!(
                "/open-apis/attendance/v1/files/{}/download",
                ::feishu_api::wire::encode_path_segment(&
                ::feishu_api::wire::QueryValue::to_query(& self.file_id))
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
            let __file_id: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_path::<
                ::std::string::String,
            >(path_params, "file_id", &mut violations);
            let __file_id = ::feishu_api::wire::require(
                __file_id,
                "file_id",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__file_id,) {
                (::core::option::Option::Some(__file_id),) => {
                    ::core::result::Result::Ok(Self { file_id: __file_id })
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
            let path_params: &[(&str, &str)] = &[
                ("file_id", "xxxxxb306842b1c189bc5212eefxxxxx"),
            ];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::DownloadRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
    }
}
impl Resource<'_> {
    /**Download a user's face-recognition photo (下载用户人脸识别照片).

Downloads a user's face photo by its file id. On success (HTTP 200) the body is the file
itself, not JSON.

通过文件 ID 下载用户的人脸照片文件；成功时返回文件二进制流。

- **HTTP:** `GET /open-apis/attendance/v1/files/:file_id/download`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule:readonly`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** safe; failed attempts are retried under the client's policy
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/file/download>

# Errors

Besides transport and validation errors, the documented codes ([`download::DownloadErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1227000 | `Legacy` | A historical code that is no longer used. |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::prelude::*;
use feishu_api::attendance::v1::file::download::{DownloadRequest};

let request = DownloadRequest::builder()
    .file_id("xxxxxb306842b1c189bc5212eefxxxxx")
    .build();
let response = client.attendance().v1().file().download(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn download(
        &self,
        request: &download::DownloadRequest,
    ) -> ::core::result::Result<download::DownloadResponse, ::feishu_api::Error> {
        self.client.download(request).await
    }
    ///[`download`](Self::download) with per-request options (a token override, a timeout).
    pub async fn download_with(
        &self,
        request: &download::DownloadRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<download::DownloadResponse, ::feishu_api::Error> {
        self.client.download_with(request, options).await
    }
}
