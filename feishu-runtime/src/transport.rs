//! One HTTP exchange: build the request, send it, read the answer under the body cap, and turn
//! the Feishu envelope (`{"code", "msg", "data", "error"}`) into data or a typed error.
//! Retries, timeouts across attempts and tokens live above this layer.

use std::time::Duration;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use serde_json::{Map, Value};

use crate::endpoint::{EndpointInfo, HttpMethod};
use crate::error::{
    ApiError, DecodeError, Error, ErrorDetails, RateLimitedError, TimeoutKind, TransportErrorKind,
};

/// The `Content-Type` the reference pages document for request bodies.
pub(crate) const JSON_UTF8: &str = "application/json; charset=utf-8";
/// The code of a rate-limited answer (sent with HTTP 429, sometimes with 400).
pub(crate) const RATE_LIMITED_CODE: i64 = 99991400;
/// How much of an undecodable body an error quotes.
const BODY_START_BYTES: usize = 256;

/// Sends requests to one base URL with one connection pool.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    http: reqwest::Client,
    base_url: String,
    max_body: usize,
    /// The connect timeout the HTTP client was built with, for error messages.
    connect_timeout: Duration,
}

/// A request, ready to send.
pub(crate) struct Outgoing<'a> {
    /// `service.version.resource.method`, for errors.
    pub endpoint: &'a str,
    pub method: HttpMethod,
    /// The path with its parameters filled in.
    pub path: &'a str,
    pub query: &'a [(&'static str, String)],
    /// Headers the spec declares, besides the token and the content type.
    pub headers: &'a [(&'static str, String)],
    /// The body.
    pub body: Payload<'a>,
    /// The access token to send, if any.
    pub token: Option<&'a str>,
}

/// What a request carries.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Payload<'a> {
    /// No body.
    None,
    /// A JSON body, already encoded.
    Json(&'a [u8]),
    /// A multipart form (files opened, and the form built, per attempt).
    Multipart(&'a crate::files::Multipart),
}

/// An answer whose headers have arrived; its body is still to be read.
pub(crate) struct Head {
    pub status: u16,
    pub content_type: Option<String>,
    pub log_id: Option<String>,
    pub ratelimit_limit: Option<u32>,
    pub ratelimit_reset: Option<Duration>,
    pub response: reqwest::Response,
}

impl Head {
    /// Whether the answer is JSON (an error envelope, or a JSON method's answer) rather than
    /// a file.
    pub(crate) fn is_json(&self) -> bool {
        self.content_type
            .as_deref()
            .is_some_and(|t| t.to_ascii_lowercase().contains("json"))
    }
}

/// An answer, read in full.
#[derive(Debug)]
pub(crate) struct RawResponse {
    pub status: u16,
    pub content_type: Option<String>,
    pub log_id: Option<String>,
    pub ratelimit_limit: Option<u32>,
    pub ratelimit_reset: Option<Duration>,
    pub body: Vec<u8>,
}

impl Transport {
    pub(crate) fn new(
        http: reqwest::Client,
        base_url: String,
        max_body: usize,
        connect_timeout: Duration,
    ) -> Self {
        Transport {
            http,
            base_url,
            max_body,
            connect_timeout,
        }
    }

    /// Sends one request and waits for the answer's headers.
    pub(crate) async fn send_head(&self, request: Outgoing<'_>) -> Result<Head, Error> {
        let endpoint = request.endpoint;
        let url = format!("{}{}", self.base_url, request.path);
        let method = match request.method {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Put => reqwest::Method::PUT,
            HttpMethod::Patch => reqwest::Method::PATCH,
            HttpMethod::Delete => reqwest::Method::DELETE,
        };
        // Per request, so a caller-supplied reqwest::Client sends it too.
        let mut builder = self
            .http
            .request(method, url)
            .header(USER_AGENT, crate::client::USER_AGENT);
        for (name, value) in request.headers {
            builder = builder.header(*name, value.as_str());
        }
        if !request.query.is_empty() {
            builder = builder.query(request.query);
        }
        if let Some(token) = request.token {
            let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
                Error::Config("the access token holds characters not allowed in a header".into())
            })?;
            value.set_sensitive(true);
            builder = builder.header(AUTHORIZATION, value);
        }
        builder = match request.body {
            Payload::None => builder,
            Payload::Json(body) => builder.header(CONTENT_TYPE, JSON_UTF8).body(body.to_vec()),
            Payload::Multipart(form) => builder.multipart(form.form(endpoint).await?),
        };
        let response = builder
            .send()
            .await
            .map_err(|e| self.classify(endpoint, e))?;
        let headers = response.headers();
        Ok(Head {
            status: response.status().as_u16(),
            content_type: header(headers, "content-type"),
            log_id: header(headers, "x-tt-logid"),
            ratelimit_limit: header(headers, "x-ogw-ratelimit-limit").and_then(|v| v.parse().ok()),
            ratelimit_reset: header(headers, "x-ogw-ratelimit-reset")
                .and_then(|v| v.parse::<u64>().ok())
                .map(Duration::from_secs),
            response,
        })
    }

    /// Reads an answer's whole body, under the cap.
    pub(crate) async fn read_body(&self, endpoint: &str, head: Head) -> Result<RawResponse, Error> {
        let Head {
            status,
            content_type,
            log_id,
            ratelimit_limit,
            ratelimit_reset,
            mut response,
        } = head;
        let mut raw = RawResponse {
            status,
            content_type,
            log_id,
            ratelimit_limit,
            ratelimit_reset,
            body: Vec::new(),
        };
        let too_large = || Error::BodyTooLarge {
            endpoint: endpoint.to_owned(),
            status,
            limit: self.max_body,
        };
        if response
            .content_length()
            .is_some_and(|len| len > self.max_body as u64)
        {
            return Err(too_large());
        }
        // Read chunk by chunk so a body without a length still cannot grow past the cap.
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| self.classify(endpoint, e))?
        {
            if raw.body.len() + chunk.len() > self.max_body {
                return Err(too_large());
            }
            raw.body.extend_from_slice(&chunk);
        }
        Ok(raw)
    }

    /// Sorts a reqwest failure into the SDK's timeout and transport kinds.
    fn classify(&self, endpoint: &str, error: reqwest::Error) -> Error {
        if error.is_connect() {
            // reqwest reports its connect timeout as a connect error that is also a timeout.
            if error.is_timeout() {
                return Error::Timeout {
                    endpoint: endpoint.to_owned(),
                    kind: TimeoutKind::Connect,
                    after: self.connect_timeout,
                };
            }
            return Error::transport(endpoint, TransportErrorKind::Connect, error);
        }
        if error.is_builder() {
            return Error::transport(endpoint, TransportErrorKind::Request, error);
        }
        Error::transport(endpoint, TransportErrorKind::Exchange, error)
    }
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// A Feishu answer with `code` 0: the envelope's other fields.
pub(crate) type Success = Map<String, Value>;

/// Reads the envelope of an answer. `code` 0 gives the envelope's fields; any other code, a
/// rate-limit refusal or a body that is not a JSON object is the matching error.
pub(crate) fn read_envelope(
    info: Option<&'static EndpointInfo>,
    endpoint: &str,
    raw: &RawResponse,
) -> Result<Success, Error> {
    let parsed: Result<Map<String, Value>, String> = serde_json::from_slice::<Value>(&raw.body)
        .map_err(|e| e.to_string())
        .and_then(|value| match value {
            Value::Object(map) => Ok(map),
            other => Err(format!("expected a JSON object, found {}", kind_of(&other))),
        });
    let code = parsed
        .as_ref()
        .ok()
        .and_then(|map| map.get("code"))
        .and_then(Value::as_i64);
    if raw.status == 429 || code == Some(RATE_LIMITED_CODE) {
        let msg = parsed
            .as_ref()
            .ok()
            .and_then(|map| map.get("msg"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        return Err(Error::RateLimited(Box::new(RateLimitedError {
            endpoint: endpoint.to_owned(),
            http_status: raw.status,
            code,
            msg,
            limit: raw.ratelimit_limit,
            reset: raw.ratelimit_reset,
            log_id: raw
                .log_id
                .clone()
                .or_else(|| body_log_id(parsed.as_ref().ok())),
        })));
    }
    let mut map = match parsed {
        Ok(map) => map,
        Err(detail) => return Err(decode_error(endpoint, raw, detail)),
    };
    match code {
        Some(0) => Ok(map),
        Some(code) => {
            let details = map
                .remove("error")
                .and_then(|e| serde_json::from_value::<ErrorDetails>(e).ok())
                .unwrap_or_default();
            let msg = match map.remove("msg") {
                Some(Value::String(msg)) => msg,
                _ => String::new(),
            };
            Err(Error::Api(Box::new(ApiError {
                endpoint: endpoint.to_owned(),
                http_status: raw.status,
                code,
                msg,
                log_id: raw.log_id.clone().or_else(|| details.log_id.clone()),
                details,
                documented: info.and_then(|info| info.error(code)),
            })))
        }
        None => Err(decode_error(
            endpoint,
            raw,
            "the answer has no integer `code` field".into(),
        )),
    }
}

/// Decodes a successful answer straight into the endpoint's type, in one pass; `None` for
/// anything else (an error code, a body that is not the documented JSON), which then goes
/// through [`read_envelope`] and [`decode_data`] for an exact error.
/// With `top_level`, the fields sit beside `code` and `msg` instead of inside `data`.
pub(crate) fn decode_success<T: serde::de::DeserializeOwned>(
    raw: &RawResponse,
    top_level: bool,
) -> Option<T> {
    #[derive(serde::Deserialize)]
    struct Envelope<T> {
        code: i64,
        #[serde(default = "Option::default")]
        data: Option<T>,
    }
    #[derive(serde::Deserialize)]
    struct Flat<T> {
        code: i64,
        #[serde(flatten)]
        fields: T,
    }
    if !(200..300).contains(&raw.status) {
        return None;
    }
    if top_level {
        return match serde_json::from_slice::<Flat<T>>(&raw.body) {
            Ok(Flat { code: 0, fields }) => Some(fields),
            _ => None,
        };
    }
    match serde_json::from_slice::<Envelope<T>>(&raw.body) {
        Ok(Envelope {
            code: 0,
            data: Some(data),
        }) => Some(data),
        _ => None,
    }
}

/// Decodes the `data` of a successful answer (absent or `null` data reads as `{}`).
pub(crate) fn decode_data<T: serde::de::DeserializeOwned>(
    endpoint: &str,
    raw: &RawResponse,
    mut envelope: Success,
) -> Result<T, Error> {
    let data = match envelope.remove("data") {
        None | Some(Value::Null) => Value::Object(Map::new()),
        Some(data) => data,
    };
    decode_value("data", data).map_err(|detail| decode_error(endpoint, raw, detail))
}

/// Decodes a successful answer whose fields sit at the top level, beside `code` and `msg`.
pub(crate) fn decode_top_level<T: serde::de::DeserializeOwned>(
    endpoint: &str,
    raw: &RawResponse,
    envelope: Success,
) -> Result<T, Error> {
    decode_value("answer", Value::Object(envelope))
        .map_err(|detail| decode_error(endpoint, raw, detail))
}

/// Decodes a JSON value found at `root`, naming the path of the first value of the wrong shape
/// on failure (`` `data.user_remedys[3].time`: invalid type: … ``). Only used once the fast
/// path has failed, so the path tracking costs nothing on good answers.
pub(crate) fn decode_value<T: serde::de::DeserializeOwned>(
    root: &str,
    value: Value,
) -> Result<T, String> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path == "." {
            format!("`{root}`: {inner}")
        } else {
            format!("`{root}.{path}`: {inner}")
        }
    })
}

pub(crate) fn decode_error(endpoint: &str, raw: &RawResponse, detail: String) -> Error {
    let start = &raw.body[..raw.body.len().min(BODY_START_BYTES)];
    Error::Decode(Box::new(DecodeError {
        endpoint: endpoint.to_owned(),
        http_status: raw.status,
        content_type: raw.content_type.clone(),
        body_start: String::from_utf8_lossy(start).into_owned(),
        detail,
        log_id: raw.log_id.clone(),
    }))
}

fn body_log_id(map: Option<&Map<String, Value>>) -> Option<String> {
    map?.get("error")?
        .get("log_id")?
        .as_str()
        .map(str::to_owned)
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(status: u16, body: &str) -> RawResponse {
        RawResponse {
            status,
            content_type: Some(JSON_UTF8.into()),
            log_id: Some("log-1".into()),
            ratelimit_limit: None,
            ratelimit_reset: None,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn success_gives_the_envelope() {
        let map = read_envelope(
            None,
            "e",
            &raw(200, r#"{"code":0,"msg":"ok","data":{"a":1}}"#),
        )
        .unwrap();
        assert_eq!(map["data"]["a"], 1);
    }

    #[test]
    fn the_one_pass_decoder_takes_only_clean_successes() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Data {
            a: i64,
        }
        let ok = raw(200, r#"{"code":0,"msg":"ok","data":{"a":1},"extra":true}"#);
        assert_eq!(decode_success::<Data>(&ok, false), Some(Data { a: 1 }));
        for (status, body) in [
            (200, r#"{"code":5,"msg":"no","data":{"a":1}}"#),
            (200, r#"{"code":0,"msg":"ok"}"#),
            (200, r#"{"code":0,"data":{"a":"x"}}"#),
            (503, r#"{"code":0,"data":{"a":1}}"#),
            (200, "<html>"),
        ] {
            assert_eq!(
                decode_success::<Data>(&raw(status, body), false),
                None,
                "{body}"
            );
        }
    }

    #[test]
    fn api_error_keeps_code_msg_details_and_log_id() {
        let body = r#"{"code":1220005,"msg":"no","error":{"log_id":"body-log","troubleshooter":"t",
            "field_violations":[{"field":"user_ids","description":"bad"}]}}"#;
        let mut response = raw(400, body);
        response.log_id = None;
        let Error::Api(api) = read_envelope(None, "e", &response).unwrap_err() else {
            panic!("not an API error")
        };
        assert_eq!(api.code, 1220005);
        assert_eq!(api.msg, "no");
        assert_eq!(api.log_id.as_deref(), Some("body-log"));
        assert_eq!(api.details.troubleshooter.as_deref(), Some("t"));
        assert_eq!(api.details.field_violations[0].field, "user_ids");
        assert_eq!(
            api.to_string(),
            "e failed: code 1220005, HTTP 400: no; field `user_ids`: bad (log id body-log)"
        );
    }

    #[test]
    fn non_json_is_a_decode_error_quoting_the_body() {
        let mut response = raw(502, "<html><body>502 Bad Gateway</body></html>");
        response.content_type = Some("text/html".into());
        let Error::Decode(decode) = read_envelope(None, "e", &response).unwrap_err() else {
            panic!("not a decode error")
        };
        assert_eq!(decode.http_status, 502);
        assert_eq!(decode.content_type.as_deref(), Some("text/html"));
        assert_eq!(
            decode.body_start,
            "<html><body>502 Bad Gateway</body></html>"
        );
        assert_eq!(decode.detail, "expected value at line 1 column 1");
    }

    #[test]
    fn rate_limit_by_status_or_code() {
        let mut response = raw(429, "not json");
        response.ratelimit_reset = Some(Duration::from_secs(2));
        let Error::RateLimited(limited) = read_envelope(None, "e", &response).unwrap_err() else {
            panic!("not rate limited")
        };
        assert_eq!(limited.reset, Some(Duration::from_secs(2)));
        assert_eq!(limited.code, None);
        let response = raw(
            400,
            r#"{"code":99991400,"msg":"request trigger frequency limit"}"#,
        );
        let Error::RateLimited(limited) = read_envelope(None, "e", &response).unwrap_err() else {
            panic!("not rate limited")
        };
        assert_eq!(limited.code, Some(99991400));
    }

    #[test]
    fn a_wrong_shape_names_the_field_path() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Item {
            time: Option<crate::time::UnixSeconds>,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Data {
            items: Vec<Item>,
        }
        let body = r#"{"code":0,"data":{"items":[{"time":"1"},{"time":""},{"time":{"a":1}}]}}"#;
        let response = raw(200, body);
        assert!(decode_success::<Data>(&response, false).is_none());
        let envelope = read_envelope(None, "e", &response).unwrap();
        let Error::Decode(decode) = decode_data::<Data>("e", &response, envelope).unwrap_err()
        else {
            panic!("not a decode error")
        };
        assert_eq!(
            decode.detail,
            "`data.items[2].time`: invalid type: map, expected a Unix time in seconds, as a \
             decimal string or an integer"
        );
        // A malformed value of the right shape is no error at all.
        let lenient = raw(
            200,
            r#"{"code":0,"data":{"items":[{"time":"1"},{"time":""}]}}"#,
        );
        let data = decode_success::<Data>(&lenient, false).unwrap();
        assert_eq!(data.items[1].time.as_ref().unwrap().malformed(), Some(""));
    }

    #[test]
    fn missing_code_or_non_object() {
        for body in [r#"{"msg":"x"}"#, "[1]", r#"{"code":0,"data":{"#] {
            assert!(
                matches!(
                    read_envelope(None, "e", &raw(200, body)),
                    Err(Error::Decode(_))
                ),
                "{body}"
            );
        }
    }
}
