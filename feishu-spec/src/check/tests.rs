use super::*;
use crate::load;

const BASE: &str = "service = \"demo\"\nversion = \"v1\"\nresource = \"thing\"\nmethod = \"list\"\nsummary = \"List.\"\n[http]\nmethod = \"POST\"\npath = \"/open-apis/demo/v1/things/:id\"\n[auth]\ntoken_types = [\"tenant\"]\n";

fn run(extra: &str) -> (Option<ir::Endpoint>, Vec<String>) {
    let source = Rc::new(Source {
        display: "t.toml".into(),
        text: format!("{BASE}{extra}"),
    });
    let mut diags = Diagnostics::default();
    let spec = load::parse(&source, &mut diags).expect("parses");
    let endpoint = check(spec, &source, Path::new("/t.toml"), &mut diags);
    (
        endpoint,
        diags.into_vec().iter().map(ToString::to_string).collect(),
    )
}

#[test]
fn resolves_types_formats_constraints_and_rules() {
    let (e, diags) = run(
        "[[request.path]]\nname = \"id\"\ntype = \"int\"\nrequired = true\n\
             [[request.body]]\nname = \"userIds\"\ntype = \"string[][]\"\nmax_items = 3\n\
             [[request.body]]\nname = \"from\"\ntype = \"string\"\nformat = \"unix_seconds\"\nrequired = true\n\
             [[request.body]]\nname = \"to\"\ntype = \"string\"\nformat = \"unix_seconds\"\n\
             [[request.rules]]\nfield = \"from\"\nop = \"<\"\nother = \"to\"\n\
             [[request.body]]\nname = \"kind\"\ntype = \"Kind\"\nserver_default = 1\n\
             [[enums]]\nname = \"Kind\"\nbase = \"int\"\n[[enums.values]]\nvalue = 1\nname = \"One\"\n",
    );
    assert!(diags.is_empty(), "{diags:#?}");
    let e = e.unwrap();
    assert_eq!(e.path_params[0].ty, Ty::Int);
    let ids = &e.body[0];
    assert_eq!(
        (ids.wire.as_str(), ids.rust.as_str()),
        ("userIds", "user_ids")
    );
    assert_eq!(ids.ty, Ty::Array(Box::new(Ty::Array(Box::new(Ty::String)))));
    assert_eq!(ids.constraints.max_items, Some(3));
    assert_eq!(e.body[1].ty, Ty::UnixSeconds);
    assert_eq!(e.rules[0].op, "<");
    assert_eq!(e.rules[0].optional, (false, true));
    assert_eq!(
        e.body[3].server_default.as_deref(),
        Some("`1` ([`Kind::One`])")
    );
    assert!(!e.retry_safe, "POST defaults to not retry-safe");
}

#[test]
fn reports_every_problem_not_just_the_first() {
    let (e, diags) = run("[[request.body]]\nname = \"a\"\ntype = \"strin\"\n\
             [[request.body]]\nname = \"b\"\ntype = \"int\"\nmin_length = 2\n\
             [[request.body]]\nname = \"b\"\ntype = \"int\"\n");
    assert!(e.is_none());
    let first_lines: Vec<&str> = diags.iter().map(|d| d.lines().next().unwrap()).collect();
    assert_eq!(
        first_lines,
        [
            "t.toml:8:8: path parameter `:id` is not declared",
            "t.toml:13:8: unknown type `strin`",
            "t.toml:17:14: `min_length` does not apply to field `b`",
            "t.toml:19:8: duplicate field `b`",
        ]
    );
}

/// Several files through load and check, as the macro runs them.
fn run_files(files: &[(&str, &str)]) -> (Option<ir::Api>, Vec<String>) {
    let mut diags = Diagnostics::default();
    let mut inputs = Vec::new();
    for (name, text) in files {
        let source = Rc::new(Source {
            display: (*name).into(),
            text: (*text).into(),
        });
        let path = PathBuf::from(format!("/{name}"));
        let parsed = if load::is_types_file(&path) {
            Parsed::Types(load::parse_as(&source, &mut diags).expect("parses"))
        } else {
            Parsed::Method(Box::new(load::parse(&source, &mut diags).expect("parses")))
        };
        inputs.push(Input {
            source,
            file: path,
            parsed,
        });
    }
    let api = check_all(inputs, &mut diags);
    let diags = diags.into_vec().iter().map(ToString::to_string).collect();
    (api, diags)
}

fn first_lines(diags: &[String]) -> Vec<&str> {
    diags.iter().map(|d| d.lines().next().unwrap()).collect()
}

fn method(resource: &str, method: &str, rest: &str) -> String {
    format!(
        "service = \"demo\"\nversion = \"v1\"\nresource = \"{resource}\"\nmethod = \"{method}\"\n\
             summary = \"S.\"\n[http]\nmethod = \"POST\"\npath = \"/open-apis/demo/v1/{resource}/{method}\"\n\
             [auth]\ntoken_types = [\"tenant\"]\n{rest}"
    )
}

const TYPES: &str = "service = \"demo\"\nversion = \"v1\"\n\
        [[objects]]\nname = \"Node\"\n\
        [[objects.fields]]\nname = \"id\"\ntype = \"string\"\n\
        [[objects.fields]]\nname = \"parent\"\ntype = \"Node\"\n\
        [[objects.fields]]\nname = \"children\"\ntype = \"Node[]\"\n\
        [[objects.fields]]\nname = \"color\"\ntype = \"Color\"\n\
        [[objects.fields]]\nname = \"labels\"\ntype = \"map<string, Color>\"\n\
        [[enums]]\nname = \"Color\"\nbase = \"string\"\n[[enums.values]]\nvalue = \"red\"\nname = \"Red\"\n";

#[test]
fn shared_types_serve_several_methods_once() {
    let get = method(
        "node",
        "get",
        "[[response.fields]]\nname = \"node\"\ntype = \"Node\"\n",
    );
    let put = method(
        "node",
        "put",
        "[[request.body]]\nname = \"node\"\ntype = \"Node\"\nrequired = true\n\
             [[request.body]]\nname = \"tint\"\ntype = \"Color\"\n",
    );
    let (api, diags) = run_files(&[
        ("demo/v1/types.toml", TYPES),
        ("demo/v1/node/get.toml", &get),
        ("demo/v1/node/put.toml", &put),
    ]);
    assert!(diags.is_empty(), "{diags:#?}");
    let api = api.unwrap();
    assert_eq!(api.shared.len(), 1);
    let set = &api.shared[0];
    assert_eq!((set.service.as_str(), set.version.as_str()), ("demo", "v1"));
    let node = &set.objects[0];
    assert!(node.in_request, "a method sends it");
    let boxed: Vec<(&str, bool)> = node
        .fields
        .iter()
        .map(|f| (f.wire.as_str(), f.boxed))
        .collect();
    assert_eq!(
        boxed,
        [
            ("id", false),
            ("parent", true),
            ("children", false),
            ("color", false),
            ("labels", false)
        ],
        "only the direct self-reference needs a box"
    );
    assert_eq!(
        node.fields[4].ty,
        Ty::Map(Box::new(Ty::Enum("Color".into())))
    );
    let [get, put] = [&api.endpoints[0], &api.endpoints[1]];
    assert_eq!(get.shared_types, ["Color", "Node"]);
    assert_eq!(put.shared_types, ["Color", "Node"]);
    assert!(
        get.objects.is_empty() && get.enums.is_empty(),
        "nothing local"
    );
    assert_eq!(
        get.documented,
        [
            "node",
            "node.id",
            "node.parent",
            "node.children",
            "node.color",
            "node.labels"
        ],
        "a recursive type is listed once, not unrolled"
    );
}

#[test]
fn a_type_declared_twice_is_located_at_both_places() {
    let local = method(
        "node",
        "get",
        "[[response.fields]]\nname = \"c\"\ntype = \"Color\"\n\
             [[enums]]\nname = \"Color\"\nbase = \"int\"\n[[enums.values]]\nvalue = 1\nname = \"One\"\n",
    );
    let again = "service = \"demo\"\nversion = \"v1\"\n[[objects]]\nname = \"Node\"\n";
    let (api, diags) = run_files(&[
        ("a/types.toml", TYPES),
        ("b/types.toml", again),
        ("demo/v1/node/get.toml", &local),
    ]);
    assert!(api.is_none());
    assert_eq!(
        first_lines(&diags),
        [
            "b/types.toml:4:8: type `Node` is already declared at a/types.toml:4:8",
            "demo/v1/node/get.toml:15:8: type `Color` is already declared at a/types.toml:21:8",
        ],
        "no cascade: types look unused only because the method using them failed"
    );
}

#[test]
fn an_unused_shared_type_is_reported_where_it_is_declared() {
    let get = method(
        "node",
        "get",
        "[[response.fields]]\nname = \"c\"\ntype = \"string\"\n",
    );
    let (api, diags) = run_files(&[
        ("demo/v1/types.toml", TYPES),
        ("demo/v1/node/get.toml", &get),
    ]);
    assert!(api.is_none());
    assert_eq!(
        first_lines(&diags),
        [
            "demo/v1/types.toml:4:8: shared type `Node` is used by no method of `demo.v1`",
            "demo/v1/types.toml:21:8: shared type `Color` is used by no method of `demo.v1`",
        ]
    );
}

#[test]
fn pagination_names_fields_of_the_right_types() {
    let list = method(
        "node",
        "list",
        "[[request.query]]\nname = \"page_token\"\ntype = \"string\"\n\
             [[request.query]]\nname = \"page_size\"\ntype = \"string\"\n\
             [[response.fields]]\nname = \"items\"\ntype = \"string[]\"\n\
             [[response.fields]]\nname = \"has_more\"\ntype = \"bool\"\n\
             [pagination]\npage_token = \"page_token\"\npage_size = \"page_size\"\n\
             next_token = \"next\"\nhas_more = \"has_more\"\nitems = \"items\"\n",
    )
    .replace("method = \"POST\"", "method = \"GET\"");
    let (api, diags) = run_files(&[("demo/v1/node/list.toml", &list)]);
    assert!(api.is_none());
    assert_eq!(
        first_lines(&diags),
        [
            "demo/v1/node/list.toml:25:13: pagination `page_size` names `page_size`, which is not an `int`",
            "demo/v1/node/list.toml:26:14: pagination `next_token` names no response field `next`",
        ]
    );
}

#[test]
fn shapes_the_api_cannot_send_are_errors() {
    let get = method(
        "node",
        "get",
        "[[request.body]]\nname = \"a\"\ntype = \"string\"\n\
             [[request.query]]\nname = \"f\"\ntype = \"file\"\n\
             [[response.fields]]\nname = \"m\"\ntype = \"map<int, string>\"\n",
    )
    .replace("method = \"POST\"", "method = \"GET\"");
    let (api, diags) = run_files(&[("demo/v1/node/get.toml", &get)]);
    assert!(api.is_none());
    assert_eq!(
        first_lines(&diags),
        [
            "demo/v1/node/get.toml:16:8: `file` cannot hold a file here",
            "demo/v1/node/get.toml:19:8: map keys must be `string`, got `int`",
        ]
    );
}

#[test]
fn the_same_method_in_two_files_is_an_error() {
    let a = method("node", "get", "");
    let (api, diags) = run_files(&[("t.toml", &a), ("u.toml", &a)]);
    assert!(api.is_none());
    assert_eq!(diags.len(), 1);
    assert!(
        diags[0].starts_with("u.toml:1:1: method `demo.v1.node.get` is also described by t.toml"),
        "{diags:?}"
    );
}

#[test]
fn names_rust_cannot_take_are_located_errors_not_panics() {
    let (e, diags) = run(
        "[[request.path]]\nname = \"id\"\ntype = \"int\"\nrequired = true\n\
             [[request.body]]\nname = \"self\"\ntype = \"string\"\n\
             [[request.body]]\nname = \"build\"\ntype = \"string\"\n\
             [[request.body]]\nname = \"a_1\"\ntype = \"string\"\n\
             [[request.body]]\nname = \"a1\"\ntype = \"string\"\n\
             [[response.fields]]\nname = \"build\"\ntype = \"string\"\n\
             [[enums]]\nname = \"Self\"\nbase = \"int\"\n[[enums.values]]\nvalue = 1\nname = \"One\"\n",
    );
    assert!(e.is_none());
    let first_lines: Vec<&str> = diags.iter().map(|d| d.lines().next().unwrap()).collect();
    assert_eq!(
        first_lines,
        [
            "t.toml:16:8: field `self` cannot be used as is: Rust reserves the name",
            "t.toml:19:8: field `build` cannot be used as is: its builder setter would clash with the builder's `build()`",
            "t.toml:25:8: fields `a_1` and `a1` would get the same generated name `A1`",
            "t.toml:31:8: type name `Self` is taken by generated code",
        ],
        "a response field may be called `build`"
    );
}
