//! Files: what an upload sends ([`File`], in a multipart body) and what a download gives
//! ([`Download`], the body streamed to where the caller wants it, never held whole unless
//! asked for).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures_util::StreamExt;

use crate::error::{Error, TransportErrorKind};
use crate::streams::Stream;

/// A file to upload: bytes in memory, or a file on disk streamed from there (re-read on every
/// attempt, so a retried upload sends it whole again), with the file name the server is told.
#[derive(Clone, PartialEq, Eq)]
pub struct File {
    name: String,
    mime: Option<String>,
    source: Source,
}

#[derive(Clone, PartialEq, Eq)]
enum Source {
    Bytes(Arc<[u8]>),
    Path(PathBuf),
}

impl File {
    /// A file held in memory, with its file name.
    pub fn from_bytes(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        File {
            name: name.into(),
            mime: None,
            source: Source::Bytes(Arc::from(bytes.into())),
        }
    }

    /// A file on disk, named after the path's last component; opened when the request is sent.
    pub fn from_path(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        File {
            name,
            mime: None,
            source: Source::Path(path),
        }
    }

    /// The file name sent with the content.
    #[must_use]
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// The content type sent with the content (default `application/octet-stream`).
    #[must_use]
    pub fn with_mime(mut self, mime: impl Into<String>) -> Self {
        self.mime = Some(mime.into());
        self
    }

    /// The file name sent with the content.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The content type, if one was set.
    pub fn mime(&self) -> Option<&str> {
        self.mime.as_deref()
    }

    /// The content, for a file held in memory.
    pub fn bytes(&self) -> Option<&[u8]> {
        match &self.source {
            Source::Bytes(bytes) => Some(bytes),
            Source::Path(_) => None,
        }
    }

    /// The path, for a file on disk.
    pub fn path(&self) -> Option<&Path> {
        match &self.source {
            Source::Bytes(_) => None,
            Source::Path(path) => Some(path),
        }
    }

    /// The multipart part for one attempt: a disk file is opened now and streamed.
    pub(crate) async fn part(&self, endpoint: &str) -> Result<reqwest::multipart::Part, Error> {
        let part = match &self.source {
            Source::Bytes(bytes) => reqwest::multipart::Part::bytes(bytes.to_vec()),
            Source::Path(path) => {
                let file = tokio::fs::File::open(path).await.map_err(|e| {
                    Error::transport(
                        endpoint,
                        TransportErrorKind::Request,
                        FileError(format!("cannot open `{}`: {e}", path.display())),
                    )
                })?;
                let length = file.metadata().await.ok().map(|m| m.len());
                match length {
                    Some(length) => reqwest::multipart::Part::stream_with_length(file, length),
                    None => reqwest::multipart::Part::stream(file),
                }
            }
        };
        let part = part.file_name(self.name.clone());
        match &self.mime {
            Some(mime) => part
                .mime_str(mime)
                .map_err(|e| Error::transport(endpoint, TransportErrorKind::Request, e)),
            None => Ok(part),
        }
    }
}

impl fmt::Debug for File {
    /// The name and where the content is; never the content.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("File");
        d.field("name", &self.name);
        match &self.source {
            Source::Bytes(bytes) => d.field("bytes", &bytes.len()),
            Source::Path(path) => d.field("path", path),
        };
        d.finish()
    }
}

#[derive(Debug)]
struct FileError(String);

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FileError {}

/// A multipart body: text fields and files, in spec order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Multipart {
    /// Text fields, by wire name.
    pub fields: Vec<(&'static str, String)>,
    /// Files, by wire name.
    pub files: Vec<(&'static str, File)>,
}

impl Multipart {
    /// The form for one attempt.
    pub(crate) async fn form(&self, endpoint: &str) -> Result<reqwest::multipart::Form, Error> {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in &self.fields {
            form = form.text(*name, value.clone());
        }
        for (name, file) in &self.files {
            form = form.part(*name, file.part(endpoint).await?);
        }
        Ok(form)
    }
}

/// A successful download: the headers have arrived, the body (the file) is read as the caller
/// chooses. An answer that is not a file (a JSON error) never becomes a `Download`: it is the
/// typed [`Error`] instead.
pub struct Download {
    endpoint: String,
    response: reqwest::Response,
    file_name: Option<String>,
    content_type: Option<String>,
    log_id: Option<String>,
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("endpoint", &self.endpoint)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("content_length", &self.content_length())
            .finish()
    }
}

impl Download {
    pub(crate) fn new(endpoint: &str, response: reqwest::Response, log_id: Option<String>) -> Self {
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        Download {
            endpoint: endpoint.to_owned(),
            file_name: header("content-disposition").and_then(|d| content_disposition_name(&d)),
            content_type: header("content-type"),
            response,
            log_id,
        }
    }

    /// The file name the server gave (`Content-Disposition`), if any.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The body's content type, if the server gave one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The body's length, if the server gave one.
    pub fn content_length(&self) -> Option<u64> {
        self.response.content_length()
    }

    /// The server's log id, if it sent one.
    pub fn log_id(&self) -> Option<&str> {
        self.log_id.as_deref()
    }

    /// The body as it arrives, chunk by chunk: hold as little of the file as you like.
    pub fn into_stream(self) -> impl Stream<Item = Result<bytes::Bytes, Error>> + Send {
        let endpoint = self.endpoint;
        self.response.bytes_stream().map(move |chunk| {
            chunk.map_err(|e| Error::transport(&endpoint, TransportErrorKind::Exchange, e))
        })
    }

    /// The whole body in memory; for large files prefer [`save_to`](Self::save_to).
    ///
    /// # Errors
    /// A connection lost mid-body.
    pub async fn bytes(self) -> Result<Vec<u8>, Error> {
        let mut out = Vec::with_capacity(self.content_length().unwrap_or(0).min(1 << 24) as usize);
        let mut stream = std::pin::pin!(self.into_stream());
        while let Some(chunk) = stream.next().await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out)
    }

    /// Streams the body into a new file at `path` (replacing one there), chunk by chunk, and
    /// gives the number of bytes written. A failure leaves no partial file behind.
    ///
    /// # Errors
    /// The file cannot be written, or the connection is lost mid-body.
    pub async fn save_to(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        use tokio::io::AsyncWriteExt;
        let path = path.as_ref();
        let endpoint = self.endpoint.clone();
        let io = |e: std::io::Error| {
            Error::transport(
                &endpoint,
                TransportErrorKind::Exchange,
                FileError(format!("writing `{}`: {e}", path.display())),
            )
        };
        let mut file = tokio::fs::File::create(path).await.map_err(io)?;
        let mut written = 0u64;
        let mut stream = std::pin::pin!(self.into_stream());
        let outcome: Result<(), Error> = async {
            while let Some(chunk) = stream.next().await {
                let chunk = chunk?;
                file.write_all(&chunk).await.map_err(io)?;
                written += chunk.len() as u64;
            }
            file.flush().await.map_err(io)
        }
        .await;
        if let Err(error) = outcome {
            drop(file);
            let _ = tokio::fs::remove_file(path).await;
            return Err(error);
        }
        Ok(written)
    }
}

/// The file name of a `Content-Disposition` value: `filename*=UTF-8''…` (percent-decoded)
/// before `filename="…"`.
pub(crate) fn content_disposition_name(value: &str) -> Option<String> {
    let mut plain = None;
    for param in value.split(';').map(str::trim) {
        let Some((key, raw)) = param.split_once('=') else {
            continue;
        };
        match key.trim().to_ascii_lowercase().as_str() {
            "filename*" => {
                let encoded = raw.trim().splitn(3, '\'').nth(2)?;
                let decoded: Vec<u8> = percent_decode(encoded);
                return String::from_utf8(decoded).ok();
            }
            "filename" => plain = Some(raw.trim().trim_matches('"').to_owned()),
            _ => {}
        }
    }
    plain.filter(|n| !n.is_empty())
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(byte) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// A multipart body as a server reads it: text fields and files, by name. The boundary is
/// read from the body's first line.
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct Form {
    /// Text fields.
    pub fields: Vec<(String, String)>,
    /// Files.
    pub files: Vec<(String, File)>,
}

/// Parses a `multipart/form-data` body; `None` when it is not one.
#[doc(hidden)]
pub fn parse_form(body: &[u8]) -> Option<Form> {
    let first_line_end = body.windows(2).position(|w| w == b"\r\n")?;
    let boundary = body[..first_line_end].strip_prefix(b"--")?;
    if boundary.is_empty() {
        return None;
    }
    let mut delimiter = b"\r\n--".to_vec();
    delimiter.extend_from_slice(boundary);
    let mut form = Form::default();
    // Everything after the first boundary line, split at each delimiter.
    let mut rest = &body[first_line_end + 2..];
    loop {
        let end = find(rest, &delimiter)?;
        let part = &rest[..end];
        let headers_end = find(part, b"\r\n\r\n")?;
        let headers = std::str::from_utf8(&part[..headers_end]).ok()?;
        let content = &part[headers_end + 4..];
        let disposition = headers
            .split("\r\n")
            .find(|h| h.to_ascii_lowercase().starts_with("content-disposition:"))?;
        let param = |key: &str| {
            disposition.split(';').map(str::trim).find_map(|p| {
                p.strip_prefix(key)
                    .and_then(|v| v.strip_prefix('='))
                    .map(|v| v.trim_matches('"').to_owned())
            })
        };
        let name = param("name")?;
        match param("filename") {
            Some(file_name) => form
                .files
                .push((name, File::from_bytes(file_name, content.to_vec()))),
            None => form
                .fields
                .push((name, String::from_utf8_lossy(content).into_owned())),
        }
        rest = &rest[end + delimiter.len()..];
        if rest.starts_with(b"--") {
            return Some(form);
        }
        rest = rest.strip_prefix(b"\r\n")?;
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_disposition_names() {
        assert_eq!(
            content_disposition_name(r#"attachment; filename="face.jpg""#).as_deref(),
            Some("face.jpg")
        );
        assert_eq!(
            content_disposition_name(
                "attachment; filename=\"x.jpg\"; filename*=UTF-8''%E4%BA%BA%E8%84%B8.jpg"
            )
            .as_deref(),
            Some("人脸.jpg"),
            "the RFC 5987 form wins"
        );
        assert_eq!(content_disposition_name("inline"), None);
    }

    #[test]
    fn a_multipart_body_parses_into_fields_and_files() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi there\r\n\
--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\
Content-Type: application/octet-stream\r\n\r\n\x00\x01\r\n\x02\r\n--XyZ--\r\n";
        let form = parse_form(body).unwrap();
        assert_eq!(form.fields, [("note".to_owned(), "hi there".to_owned())]);
        assert_eq!(form.files.len(), 1);
        assert_eq!(form.files[0].0, "file");
        assert_eq!(form.files[0].1.name(), "a.bin");
        assert_eq!(form.files[0].1.bytes(), Some(&b"\x00\x01\r\n\x02"[..]));
        assert!(parse_form(b"{\"json\": true}").is_none());
    }

    #[test]
    fn debug_never_shows_content() {
        let file = File::from_bytes("secret.txt", b"top secret".to_vec());
        assert_eq!(
            format!("{file:?}"),
            r#"File { name: "secret.txt", bytes: 10 }"#
        );
        let disk = File::from_path("/tmp/x/photo.jpg").with_name("p.jpg");
        assert_eq!(disk.name(), "p.jpg");
        assert_eq!(disk.path(), Some(Path::new("/tmp/x/photo.jpg")));
    }
}
