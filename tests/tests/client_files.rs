//! Files through the SDK against the emulator over loopback: a multipart upload (from disk and
//! from memory) and a streamed download, byte for byte; a JSON error answer to a download is
//! the typed API error.

mod client_support;
mod emulator_support;

use client_support::client;
use emulator_support::builder;
use feishu_api::attendance::v1::file::{download, upload};
use feishu_api::prelude::*;
use feishu_api::{Error, File};

/// 5 MiB of bytes that are not all alike, so a shifted or truncated copy shows.
fn content() -> Vec<u8> {
    (0..5 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect()
}

#[tokio::test]
async fn a_five_mib_file_goes_up_from_disk_and_comes_back_to_disk_byte_for_byte() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let dir = std::env::temp_dir().join(format!("feishu-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let source = dir.join("face.jpg");
    let bytes = content();
    std::fs::write(&source, &bytes).unwrap();

    let request = upload::UploadRequest::builder()
        .file_name("人脸照片.jpg")
        .file(File::from_path(&source))
        .build();
    let stored = client
        .attendance()
        .v1()
        .file()
        .upload(&request)
        .await
        .unwrap();
    let file_id = stored.file.unwrap().file_id.unwrap();

    // On the wire: the file name in the query, the content as a multipart file part.
    let sent = emulator
        .requests()
        .into_iter()
        .find(|r| r.path.ends_with("/files/upload"))
        .unwrap();
    assert_eq!(
        sent.query,
        "file_name=%E4%BA%BA%E8%84%B8%E7%85%A7%E7%89%87.jpg"
    );
    assert!(
        sent.header("content-type")
            .unwrap()
            .starts_with("multipart/form-data; boundary=")
    );
    let form = feishu_api::files::parse_form(&sent.body).unwrap();
    assert!(form.fields.is_empty());
    assert_eq!(form.files[0].0, "file");
    assert_eq!(form.files[0].1.name(), "face.jpg");
    assert_eq!(form.files[0].1.bytes().map(<[u8]>::len), Some(bytes.len()));

    let download = client
        .attendance()
        .v1()
        .file()
        .download(
            &download::DownloadRequest::builder()
                .file_id(file_id)
                .build(),
        )
        .await
        .unwrap();
    assert_eq!(download.file_name(), Some("人脸照片.jpg"));
    assert_eq!(download.content_length(), Some(bytes.len() as u64));
    let target = dir.join("copy.jpg");
    let written = download.save_to(&target).await.unwrap();
    assert_eq!(written, bytes.len() as u64);
    assert!(std::fs::read(&target).unwrap() == bytes, "the copy differs");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn bytes_in_memory_go_up_and_come_back_as_a_stream() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let request = upload::UploadRequest::builder()
        .file_name("a.bin")
        .file(File::from_bytes(
            "a.bin",
            b"\x00\x01\r\n--not a boundary\r\n".to_vec(),
        ))
        .build();
    let file_id = client
        .attendance()
        .v1()
        .file()
        .upload(&request)
        .await
        .unwrap()
        .file
        .unwrap()
        .file_id
        .unwrap();
    let download = client
        .attendance()
        .v1()
        .file()
        .download(
            &download::DownloadRequest::builder()
                .file_id(file_id)
                .build(),
        )
        .await
        .unwrap();
    assert_eq!(
        download.bytes().await.unwrap(),
        b"\x00\x01\r\n--not a boundary\r\n"
    );
}

#[tokio::test]
async fn a_json_error_answer_to_a_download_is_the_typed_api_error() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let err = client
        .attendance()
        .v1()
        .file()
        .download(&download::DownloadRequest::builder().file_id("nope").build())
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((api.code, api.http_status), (1220001, 400));
    assert_eq!(api.msg, "file_id invalid");
    assert!(api.log_id.is_some());
    assert_eq!(api.documented.map(|d| d.name), Some("ParamInvalid"));
}

#[tokio::test]
async fn an_upload_without_a_file_is_refused_by_the_server() {
    let emulator = builder().start().await.unwrap();
    let client = client(&emulator);
    let request = upload::UploadRequest::builder().file_name("x.jpg").build();
    let err = client
        .attendance()
        .v1()
        .file()
        .upload(&request)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(1220001));
}
