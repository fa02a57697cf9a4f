//! Free-form JSON fields, a per-minute rate limit and field scopes, through the generated API.
#![deny(warnings)]
#![allow(dead_code)]

feishu_macros::generate_api!("specs/freeform.toml", crate = ::feishu_api, extension_trait = NotesApi);

use feishu_api::{Endpoint, Json};
use notes::v1::note::create::{CreateRequest, CreateResponse};

fn main() {
    let content: Json = serde_json::json!({"kind": "doc", "parts": [1, "two", null]});
    let request = CreateRequest::builder().title("plan").content(content.clone()).build();
    let body: Json = serde_json::from_slice(&request.body().unwrap().unwrap()).unwrap();
    assert_eq!(body, serde_json::json!({"title": "plan", "content": content}));
    assert_eq!(CreateRequest::INFO.rate_limit_per_second, Some(50));
    assert_eq!(CreateRequest::INFO.rate_limit_per_minute, Some(1000));

    // Whatever JSON arrives is kept whole.
    let answer: CreateResponse = serde_json::from_str(
        r#"{"note": {"id": "n1", "blocks": [{"t": "p"}, 3]}, "extra": {"k": [true]}}"#,
    )
    .unwrap();
    let note = answer.note.unwrap();
    assert_eq!(note.blocks, vec![serde_json::json!({"t": "p"}), serde_json::json!(3)]);
    assert_eq!(answer.extra.get("k"), Some(&serde_json::json!([true])));
}
