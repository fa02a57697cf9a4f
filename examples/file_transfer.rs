//! `file_transfer`: uploads a file to attendance storage and downloads it again, both streamed
//! (the upload read from disk, the download written to disk), and checks the copy.
//!
//! ```text
//! cargo run --example file_transfer -- <file> [<copy>]
//! ```
//!
//! Talks to the tenant named by `FEISHU_APP_ID` / `FEISHU_APP_SECRET` (and `FEISHU_BASE_URL`),
//! for example a `feishu-emulator` process; without them it starts the embedded emulator.
//! `scripts/file-memory.sh` runs it against an emulator process to measure both sides' memory.

use feishu_api::prelude::*;
use std::path::PathBuf;

use feishu_api::attendance::v1::file::{download, upload};
use feishu_api::{Client, File};
use feishu_emulator::Emulator;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1);
    let source = PathBuf::from(args.next().ok_or("usage: file_transfer <file> [<copy>]")?);
    let copy = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| source.with_extension("copy"));
    let (client, emulator) = match Client::from_env() {
        Ok(client) => (client, None),
        Err(_) => {
            let emulator = Emulator::builder().start().await?;
            let client = Client::builder()
                .app_credentials(emulator.app_id(), emulator.app_secret())
                .base_url(emulator.url())
                .build()?;
            (client, Some(emulator))
        }
    };
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    let request = upload::UploadRequest::builder()
        .file_name(name)
        .file(File::from_path(&source))
        .build();
    let stored = client.attendance().v1().file().upload(&request).await?;
    let file_id = stored
        .file
        .and_then(|f| f.file_id)
        .ok_or("no file id in the answer")?;
    let request = download::DownloadRequest::builder()
        .file_id(file_id.clone())
        .build();
    let written = client
        .attendance()
        .v1()
        .file()
        .download(&request)
        .await?
        .save_to(&copy)
        .await?;
    let same = same_content(&source, &copy)?;
    println!(
        "uploaded {} as {file_id}, downloaded {written} bytes to {}, identical: {same}",
        source.display(),
        copy.display()
    );
    if let Some(emulator) = emulator {
        emulator.shutdown().await;
    }
    if same {
        Ok(())
    } else {
        Err("the copy differs".into())
    }
}

/// Compares two files chunk by chunk, never holding either whole (this example measures memory).
fn same_content(a: &std::path::Path, b: &std::path::Path) -> std::io::Result<bool> {
    use std::io::Read;
    let (mut a, mut b) = (std::fs::File::open(a)?, std::fs::File::open(b)?);
    let (mut x, mut y) = (vec![0u8; 64 * 1024], vec![0u8; 64 * 1024]);
    loop {
        let n = a.read(&mut x)?;
        if n == 0 {
            return Ok(b.read(&mut y[..1])? == 0);
        }
        if b.read_exact(&mut y[..n]).is_err() || x[..n] != y[..n] {
            return Ok(false);
        }
    }
}
