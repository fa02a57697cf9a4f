///Types of `attendance.v1.file.upload`: Upload a user's face-recognition photo (上传用户人脸识别照片).
pub mod upload {
    const _: &str = ::core::include_str!(
        "$SPECS/attendance/v1/file/upload.toml"
    );
    ///A file stored by attendance.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Default,
        ::feishu_api::__private::serde::Serialize,
    )]
    #[serde(crate = "::feishu_api::__private::serde")]
    #[non_exhaustive]
    pub struct UploadedFile {
        /**The file's id (文件 ID).

Wire name `file_id`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub file_id: ::core::option::Option<::std::string::String>,
    }
    impl ::feishu_api::wire::DecodeObject for UploadedFile {
        const FIELDS: &'static [&'static str] = &["file_id"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.file_id = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UploadedFile {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    /**The request of [`upload`](super::FileResource::upload): Upload a user's face-recognition photo (上传用户人脸识别照片).

Build it with [`UploadRequest::builder`]; the builder only offers `build()` once every required field is set.*/
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UploadRequest {
        /**The file's name, extension included (带后缀的文件名).

Wire name `file_name`.*/
        pub file_name: ::std::string::String,
        /**The photo's content (文件内容). The page marks it optional, though an upload without it has
nothing to store.

Wire name `file`.*/
        pub file: ::core::option::Option<::feishu_api::File>,
    }
    /// Marker types naming the request's required fields in builder errors.
    pub mod __field {
        ///Marks the required field `file_name` in the builder's type.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy)]
        pub struct file_name;
    }
    ///Builder for [`UploadRequest`]; required fields are tracked in its type.
    #[derive(Debug, Clone)]
    #[must_use = "call `.build()` to get the request"]
    pub struct UploadRequestBuilder<__FileName = ::feishu_api::builder::Unset> {
        file_name: __FileName,
        file: ::core::option::Option<::feishu_api::File>,
    }
    impl UploadRequest {
        /// Starts building a request.
        pub fn builder() -> UploadRequestBuilder {
            UploadRequestBuilder {
                file_name: ::feishu_api::builder::Unset,
                file: ::core::option::Option::None,
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
    impl<__FileName> UploadRequestBuilder<__FileName> {
        /**The file's name, extension included (带后缀的文件名).

Wire name `file_name`.*/
        pub fn file_name(
            self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> UploadRequestBuilder<::feishu_api::builder::Set<::std::string::String>> {
            UploadRequestBuilder {
                file_name: ::feishu_api::builder::Set::new(
                    ::core::convert::Into::into(value),
                ),
                file: self.file,
            }
        }
        /**The photo's content (文件内容). The page marks it optional, though an upload without it has
nothing to store.

Wire name `file`.*/
        pub fn file(mut self, value: ::feishu_api::File) -> Self {
            self.file = ::core::option::Option::Some(value);
            self
        }
    }
    impl<__FileName> UploadRequestBuilder<__FileName>
    where
        __FileName: ::feishu_api::builder::IsSet<
            __field::file_name,
            Value = ::std::string::String,
        >,
    {
        /// Builds the request (every required field is set, or this would not compile).
        /// Constraints are checked by [`validate`](#request::validate).
        pub fn build(self) -> UploadRequest {
            UploadRequest {
                file_name: ::feishu_api::builder::IsSet::into_value(self.file_name),
                file: self.file,
            }
        }
    }
    /**The stored file.

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
    pub struct UploadResponse {
        /**The uploaded file (文件).

Wire name `file`.*/
        #[serde(skip_serializing_if = "::core::option::Option::is_none")]
        pub file: ::core::option::Option<UploadedFile>,
    }
    impl ::feishu_api::wire::DecodeObject for UploadResponse {
        const FIELDS: &'static [&'static str] = &["file"];
        #[allow(unused_variables)]
        fn decode_field<'de, A: ::feishu_api::__private::serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> ::core::result::Result<(), A::Error> {
            match index {
                0usize => self.file = map.next_value()?,
                _ => {}
            }
            ::core::result::Result::Ok(())
        }
    }
    impl<'de> ::feishu_api::__private::serde::Deserialize<'de> for UploadResponse {
        fn deserialize<D: ::feishu_api::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            ::feishu_api::wire::deserialize_object(deserializer)
        }
    }
    ///The error codes the reference page documents for `upload`, to match a failed call's code by name: `UploadErrorCode::from_code(code)`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UploadErrorCode {
        /**`1220001` (HTTP 400): param is invalid

The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong.*/
        ParamInvalid,
        /**`1220002` (HTTP 400): tenant_id is empty

Check that the tenant_access_token sent is correct.*/
        TenantIdEmpty,
        /**`1225000` (HTTP 500): param is invalid

Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support.*/
        Internal,
        /**`1227000` (HTTP 500): param is invalid

Check the message returned; if it does not explain the failure, contact support.*/
        FileService,
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
            name: "FileService",
            message: "param is invalid",
            hint: "Check the message returned; if it does not explain the failure, contact support.",
        },
    ];
    impl UploadErrorCode {
        /// Every documented code, in spec order.
        pub const ALL: &'static [Self] = &[
            Self::ParamInvalid,
            Self::TenantIdEmpty,
            Self::Internal,
            Self::FileService,
        ];
        /// The documented code with this value, if any.
        pub fn from_code(code: i64) -> ::core::option::Option<Self> {
            match code {
                1220001i64 => ::core::option::Option::Some(Self::ParamInvalid),
                1220002i64 => ::core::option::Option::Some(Self::TenantIdEmpty),
                1225000i64 => ::core::option::Option::Some(Self::Internal),
                1227000i64 => ::core::option::Option::Some(Self::FileService),
                _ => ::core::option::Option::None,
            }
        }
        /// The code's row in the documented table.
        pub fn info(self) -> &'static ::feishu_api::ErrorCodeInfo {
            match self {
                Self::ParamInvalid => &ERRORS[0usize],
                Self::TenantIdEmpty => &ERRORS[1usize],
                Self::Internal => &ERRORS[2usize],
                Self::FileService => &ERRORS[3usize],
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
    impl ::feishu_api::Endpoint for UploadRequest {
        type Response = UploadResponse;
        const INFO: &'static ::feishu_api::EndpointInfo = &::feishu_api::EndpointInfo {
            service: "attendance",
            version: "v1",
            resource: "file",
            method: "upload",
            summary: "Upload a user's face-recognition photo (上传用户人脸识别照片).",
            http_method: ::feishu_api::endpoint::HttpMethod::Post,
            path: "/open-apis/attendance/v1/files/upload",
            token_types: &[::feishu_api::endpoint::TokenType::Tenant],
            scopes: &["attendance:rule"],
            app_types: &[::feishu_api::endpoint::AppType::SelfBuilt],
            rate_limit_per_second: ::core::option::Option::Some(50u32),
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: false,
            answer: ::feishu_api::endpoint::Answer::Data,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/file/upload",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"file\": {\n            \"file_id\": \"6b30e7636a38861bbe02869c726a4612\"\n        }\n    }\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            UploadRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from("/open-apis/attendance/v1/files/upload")
        }
        fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            #[allow(unused_mut)]
            let mut query = ::std::vec::Vec::new();
            {
                let values = &self.file_name;
                let value = values;
                query
                    .push((
                        "file_name",
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
        fn multipart(&self) -> ::core::option::Option<::feishu_api::files::Multipart> {
            let mut form = ::feishu_api::files::Multipart::default();
            if let ::core::option::Option::Some(value) = &self.file {
                form.files.push(("file", ::core::clone::Clone::clone(value)));
            }
            ::core::option::Option::Some(form)
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
            let mut form = ::feishu_api::wire::multipart_form(body, &mut violations);
            let _ = path_params;
            let __file_name: ::core::option::Option<::std::string::String> = ::feishu_api::wire::take_query::<
                ::std::string::String,
            >(&pairs, "file_name", &mut violations);
            let __file_name = ::feishu_api::wire::require(
                __file_name,
                "file_name",
                &mut violations,
            );
            let __file: ::core::option::Option<::feishu_api::File> = ::feishu_api::wire::take_file(
                &mut form,
                "file",
                &mut violations,
            );
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (__file_name,) {
                (::core::option::Option::Some(__file_name),) => {
                    ::core::result::Result::Ok(Self {
                        file_name: __file_name,
                        file: __file,
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
            const QUERY: &str = "file_name=%E4%BA%BA%E8%84%B8%E7%85%A7%E7%89%87.jpg";
            const BODY: &str = "";
            let path_params: &[(&str, &str)] = &[];
            let headers: &[(&str, &str)] = &[];
            let request = match <super::UploadRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
            const RESPONSE: &str = "{\n    \"code\": 0,\n    \"msg\": \"success\",\n    \"data\": {\n        \"file\": {\n            \"file_id\": \"6b30e7636a38861bbe02869c726a4612\"\n        }\n    }\n}";
            const DOCUMENTED: &[&str] = &["file", "file.file_id"];
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
            let decoded: super::UploadResponse = match serde_json::from_value(
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
    /**Upload a user's face-recognition photo (上传用户人脸识别照片).

Uploads a photo of a user's face and returns its file id, the same as enrolling a face in the
attendance mini program. The id is what 修改用户人脸识别信息 (user_settings modify) takes as
`face_key`.

The request is multipart/form-data: the photo goes in the `file` part, its name (with its
extension) in the `file_name` query parameter.

上传用户人脸照片并获取文件 ID，对应小程序端的人脸录入功能。

- **HTTP:** `POST /open-apis/attendance/v1/files/upload`
- **Token:** `tenant_access_token`
- **Scopes** (any one): `attendance:rule`
- **Available to:** self-built apps
- **Rate limit:** 50 requests per second, paced client-side
- **Retries:** not retried (the call has effects)
- **Reference:** <https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/attendance-v1/file/upload>

# Errors

Besides transport and validation errors, the documented codes ([`upload::UploadErrorCode`]):

| HTTP | code | name | hint |
|---|---|---|---|
| 400 | 1220001 | `ParamInvalid` | The parameters failed validation: check them against the message returned, e.g. "employee_type invalid" means the employee type is wrong. |
| 400 | 1220002 | `TenantIdEmpty` | Check that the tenant_access_token sent is correct. |
| 500 | 1225000 | `Internal` | Check the message returned: e.g. "internal server error" means a server-side failure; retry later or contact support. |
| 500 | 1227000 | `FileService` | Check the message returned; if it does not explain the failure, contact support. |

# Example

```no_run
# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {
use feishu_api::prelude::*;
use feishu_api::attendance::v1::file::upload::{UploadRequest};

let request = UploadRequest::builder()
    .file_name("人脸照片.jpg")
    .build();
let response = client.attendance().v1().file().upload(&request).await?;
println!("{response:?}");
# Ok(())
# }
```
*/
    pub async fn upload(
        &self,
        request: &upload::UploadRequest,
    ) -> ::core::result::Result<upload::UploadResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`upload`](Self::upload) with per-request options (a token override, a timeout).
    pub async fn upload_with(
        &self,
        request: &upload::UploadRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<upload::UploadResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
