//! The shapes beyond a JSON query, used as a user would, warning-free: shared types reached
//! through each method's module, page streams, multipart uploads, downloads, per-call tokens.
#![deny(warnings)]

use feishu_api::prelude::*;
use feishu_api::attendance::v1::file::{download, upload};
use feishu_api::attendance::v1::shift::{create, list};
use feishu_api::attendance::v1::types::{PunchTimeRule, Shift};
use feishu_api::attendance::v1::user_task_remedy::query::UserTaskRemedy;
use feishu_api::streams::Stream;
use feishu_api::{Client, Download, Error, File, Paginated, RequestOptions};

fn assert_send<T: Send>(_: &T) {}
fn assert_stream<S: Stream<Item = Result<Shift, Error>> + Send + 'static>(_: &S) {}

async fn calls(client: &Client) -> Result<(), Error> {
    // One shared type, however it is named.
    let _same: Option<fn(UserTaskRemedy) -> feishu_api::attendance::v1::types::UserTaskRemedy> =
        Some(|r| r);
    let shifts = client.attendance().v1().shift();
    let page = list::ListRequest::builder().page_size(50).build();
    let items = shifts.list_items(&page);
    assert_stream(&items);
    let pages = shifts.list_pages(&page);
    assert_send(&pages);
    let _: Option<&str> = <list::ListRequest as Paginated>::page_token(&page);

    let rule = PunchTimeRule::new("09:00".into(), "18:00".into(), 15, 60, 60, 15, 60, 120)
        .with_no_need_off(false);
    let created: Option<Shift> = shifts
        .create(
            &create::CreateRequest::builder()
                .shift_name("Day")
                .punch_times(1)
                .punch_time_rule([rule])
                .build(),
        )
        .await?
        .shift;
    let _ = created;

    let files = client.attendance().v1().file();
    let upload = upload::UploadRequest::builder()
        .file_name("me.jpg")
        .file(File::from_path("/tmp/me.jpg").with_mime("image/jpeg"))
        .build();
    let future = files.upload(&upload);
    assert_send(&future);
    let stored = future.await?;
    let file_id = stored.file.and_then(|f| f.file_id).unwrap_or_default();
    let file: Download = files
        .download_with(
            &download::DownloadRequest::builder().file_id(file_id).build(),
            &RequestOptions::new().user_access_token("u-123"),
        )
        .await?;
    let _: Option<&str> = file.file_name();
    file.save_to("/tmp/copy.jpg").await?;
    Ok(())
}

fn main() {
    let _ = calls;
}
