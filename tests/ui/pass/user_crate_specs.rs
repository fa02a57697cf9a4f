//! A user's own crate expanding its own spec against the feishu-api runtime.
#![deny(warnings)]
// A binary uses only part of the API it generates.
#![allow(dead_code)]

feishu_macros::generate_api!("specs/widgets.toml", crate = ::feishu_api, extension_trait = WidgetsApi);

use feishu_api::Endpoint;
use feishu_api::validate::Rule;
use widgets::v2::gadget::update::{Part, Tag, UpdateRequest, UpdateResponse};

async fn call(client: &feishu_api::Client, request: &UpdateRequest) -> Result<UpdateResponse, feishu_api::Error> {
    // The extension trait puts the service on the runtime's client.
    client.widgets().v2().gadget().update(request).await
}

fn assert_send<T: Send>(_: T) {}

fn send_check(client: &feishu_api::Client, request: &UpdateRequest) {
    assert_send(call(client, request));
}

fn main() {
    let request = UpdateRequest::builder()
        .gadget_id("g 1/2")
        .name("gizmo")
        .tags([Tag::Red, Tag::Unknown("green".into())])
        .size(3)
        .limit(5)
        .parts([Part::new("bolt".into()).with_weight(-1), Part::new("nut".into())])
        .build();

    // Path parameters are percent-encoded; repeated query parameters keep their order.
    assert_eq!(request.path(), "/open-apis/widgets/v2/gadgets/g%201%2F2");
    assert_eq!(request.query(), vec![("tags", "red".to_owned()), ("tags", "green".to_owned())]);
    assert_eq!(UpdateRequest::INFO.http_method, feishu_api::endpoint::HttpMethod::Patch);
    assert!(!Tag::Blue.is_supported());

    // Nested request objects are validated with their path.
    let violations = request.validate().unwrap_err();
    let found: Vec<String> = violations.as_slice().iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "parts[0].label: at most 3 characters, got 4",
            "parts[0].weight: must be at least 0, got -1",
        ]
    );
    assert!(matches!(violations.as_slice()[0].rule, Rule::MaxLength { max: 3, actual: 4 }));

    // The server side of the same spec: decoding reports every problem at once.
    let err = UpdateRequest::from_wire("tags=red&tags=7", &[("gadget_id", "x")], br#"{"size": "big"}"#).unwrap_err();
    let found: Vec<String> = err.as_slice().iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], "name: is required");
    assert!(found[1].starts_with("size: invalid type: string \"big\""), "{found:?}");

    // Maps, 64-bit ids as strings, and a recursive object (its direct self-reference boxed).
    let request = UpdateRequest::builder()
        .gadget_id("g")
        .name("n")
        .labels([("color".to_owned(), "red".to_owned())].into_iter().collect())
        .owner_id("x1")
        .build();
    let violations = request.validate().unwrap_err();
    assert_eq!(violations.to_string(), "owner_id: `x1` is not a 64-bit integer");
    let answer: UpdateResponse = serde_json::from_str(
        r#"{"id": "1", "tree": {"id": "1", "parent": {"id": "0"}, "children": [{"id": "2"}],
            "weights": {"a": 0.5}}}"#,
    )
    .unwrap();
    let tree = answer.tree.unwrap();
    let parent: Option<Box<widgets::v2::gadget::update::Node>> = tree.parent;
    assert_eq!(parent.and_then(|p| p.id), Some("0".to_owned()));
    assert_eq!(tree.children[0].id.as_deref(), Some("2"));
    assert_eq!(tree.weights.get("a"), Some(&0.5));

    let _ = send_check;
}
