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
                app_id: ::feishu_api::builder::IsSet::into_value(self.app_id),
                app_secret: ::feishu_api::builder::IsSet::into_value(self.app_secret),
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
        ::feishu_api::__private::serde::Deserialize,
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
            rate_limit_per_minute: ::core::option::Option::None,
            retry_safe: true,
            answer: ::feishu_api::endpoint::Answer::TopLevel,
            errors: ERRORS,
            doc_url: "https://open.feishu.cn/document/ukTMukTMukTM/ukDNz4SO0MjL5QzM/auth-v3/auth/tenant_access_token_internal",
        };
        const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = ::core::option::Option::Some(
            "{\n    \"code\": 0,\n    \"msg\": \"ok\",\n    \"tenant_access_token\": \"t-caecc734c2e3328a62489fe0648c4b98779515d3\",\n    \"expire\": 7200\n}",
        );
        fn validate(&self) -> ::core::result::Result<(), ::feishu_api::Violations> {
            InternalRequest::validate(self)
        }
        fn path(&self) -> ::std::string::String {
            ::std::string::String::from(
                "/open-apis/auth/v3/tenant_access_token/internal",
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
            let headers: &[(&str, &str)] = &[];
            let request = match <super::InternalRequest as ::feishu_api::Endpoint>::from_wire_with_headers(
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
    ) -> ::core::result::Result<internal::InternalResponse, ::feishu_api::Error> {
        self.client.execute(request).await
    }
    ///[`internal`](Self::internal) with per-request options (a token override, a timeout).
    pub async fn internal_with(
        &self,
        request: &internal::InternalRequest,
        options: &::feishu_api::RequestOptions,
    ) -> ::core::result::Result<internal::InternalResponse, ::feishu_api::Error> {
        self.client.execute_with(request, options).await
    }
}
