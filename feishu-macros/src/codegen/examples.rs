//! The spec's documented examples, twice: as generated tests (the example request must decode,
//! validate and re-encode to exactly the documented query and body; the example response must
//! decode with every documented field shown somewhere in it (in any item of an array) and
//! re-encode without loss) and as the client
//! method's rustdoc example, built from the fields' examples.

use proc_macro2::TokenStream;
use quote::quote;

use super::Options;
use super::types::{Names, names};
use feishu_spec::ir::{self, Json, Ty};

/// `#[cfg(test)]` tests from the spec's `[example]`.
pub fn tests(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let Names {
        request, response, ..
    } = names(e);
    let mut tests = Vec::new();
    let ex = &e.example;
    if ex.query.is_some() || ex.request_body.is_some() || !ex.path.is_empty() {
        let query = ex.query.clone().unwrap_or_default();
        let body = ex.request_body.clone().unwrap_or_default();
        let path_params = ex.path.iter().map(|(k, v)| quote!((#k, #v)));
        // Headers travel outside the example body: each declared header's own example.
        let headers: Vec<TokenStream> = e
            .headers
            .iter()
            .filter_map(|f| {
                let value = match f.example.as_ref()? {
                    Json::String(s) => s.clone(),
                    Json::Int(i) => i.to_string(),
                    Json::Float(x) => x.to_string(),
                    Json::Bool(b) => b.to_string(),
                    Json::Array(_) => return None,
                };
                let wire = &f.wire;
                Some(quote!((#wire, #value)))
            })
            .collect();
        tests.push(quote! {
            #[test]
            fn example_request_matches_the_spec() {
                use #krate::Endpoint as _;
                use #krate::__private::serde_json::{self, Value};
                const QUERY: &str = #query;
                const BODY: &str = #body;
                let path_params: &[(&str, &str)] = &[#(#path_params),*];
                let headers: &[(&str, &str)] = &[#(#headers),*];
                let request = match <super::#request as #krate::Endpoint>::from_wire_with_headers(QUERY, path_params, headers, BODY.as_bytes()) {
                    Ok(request) => request,
                    Err(violations) => panic!("the spec's example request does not decode: {violations}"),
                };
                if let Err(violations) = request.validate() {
                    panic!("the spec's example request breaks the spec's own rules: {violations}");
                }
                let query = #krate::__private::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(request.query())
                    .finish();
                assert_eq!(query, QUERY, "the example request's query string");
                let sent: Vec<(&str, String)> = request.headers();
                let expected: Vec<(&str, String)> = headers.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
                assert_eq!(sent, expected, "the example request's headers");
                let body: Option<Value> = request
                    .body()
                    .expect("generated types encode")
                    .map(|bytes| serde_json::from_slice(&bytes).expect("the encoded body is JSON"));
                let expected: Option<Value> = if BODY.trim().is_empty() {
                    body.as_ref().filter(|b| b.as_object().is_some_and(|o| o.is_empty())).cloned()
                } else {
                    Some(serde_json::from_str(BODY).expect("the example body is JSON"))
                };
                let same = match (&body, &expected) {
                    (Some(a), Some(b)) => #krate::wire::same_json(a, b),
                    (a, b) => a == b,
                };
                assert!(same, "the example request's body: {body:?} for {expected:?}");
            }
        });
    }
    if let Some(text) = &ex.response {
        let documented = &e.documented;
        let data = match e.envelope {
            ir::Envelope::Data => quote! {
                let data = envelope.get("data").cloned().unwrap_or_else(|| Value::Object(Default::default()));
            },
            // The fields sit beside `code` and `msg`: everything else of the envelope.
            ir::Envelope::None => quote! {
                let mut data = envelope.clone();
                if let Some(fields) = data.as_object_mut() {
                    fields.remove("code");
                    fields.remove("msg");
                }
            },
        };
        tests.push(quote! {
            #[test]
            fn example_response_decodes_without_loss() {
                use #krate::__private::serde_json::{self, Value};
                const RESPONSE: &str = #text;
                const DOCUMENTED: &[&str] = &[#(#documented),*];
                let envelope: Value = serde_json::from_str(RESPONSE).expect("the example response is JSON");
                assert_eq!(envelope.get("code").and_then(Value::as_i64), Some(0), "the example is a success");
                #data
                let absent = #krate::wire::absent_paths(DOCUMENTED, &data);
                assert!(absent.is_empty(), "documented fields the example never shows: {absent:?}");
                let decoded: super::#response = match serde_json::from_value(data.clone()) {
                    Ok(decoded) => decoded,
                    Err(e) => panic!("the spec's example response does not decode: {e}"),
                };
                let encoded = serde_json::to_value(&decoded).expect("generated types encode");
                assert!(
                    #krate::wire::same_json(&encoded, &data),
                    "re-encoding the decoded example changed it:\n{encoded}\n{data}"
                );
            }
        });
    }
    if tests.is_empty() {
        return quote!();
    }
    quote! {
        #[cfg(test)]
        mod __spec_examples {
            #(#tests)*
        }
    }
}

/// The client method's `# Example`, when every required field has an example.
pub fn doc_example(e: &ir::Endpoint, opts: &Options) -> Option<String> {
    if !opts.doc_examples {
        return None;
    }
    let Names { request, .. } = names(e);
    let in_example = |f: &ir::Field| {
        let body = e.example.request_body.as_deref().unwrap_or("");
        let query = e.example.query.as_deref().unwrap_or("");
        body.contains(&format!("\"{}\"", f.wire))
            || query
                .split('&')
                .any(|p| p.split('=').next() == Some(&f.wire))
    };
    let mut imports = vec![request.to_string()];
    let mut time_imports = Vec::new();
    let mut calls = Vec::new();
    for (_, f) in e.request_fields() {
        // Required fields, and optional ones the documented example request sets.
        let shown = f.required || (f.example.is_some() && in_example(f));
        if !shown {
            continue;
        }
        let value = render(
            f.example.as_ref()?,
            &f.ty,
            e,
            &mut imports,
            &mut time_imports,
        )?;
        calls.push(format!("    .{}({value})", f.rust));
    }
    imports.sort();
    imports.dedup();
    time_imports.sort();
    time_imports.dedup();
    let module = format!(
        "feishu_api::{}::{}::{}::{}",
        e.service, e.version, e.resource, e.method
    );
    let mut out = String::from(
        "```no_run\n# async fn example(client: feishu_api::Client) -> Result<(), feishu_api::Error> {\n",
    );
    // The prelude brings the services' accessors (`client.attendance()`) into scope.
    out.push_str("use feishu_api::prelude::*;\n");
    out.push_str(&format!("use {module}::{{{}}};\n", imports.join(", ")));
    if !time_imports.is_empty() {
        out.push_str(&format!(
            "use feishu_api::time::{{{}}};\n",
            time_imports.join(", ")
        ));
    }
    out.push_str(&format!(
        "\nlet request = {request}::builder()\n{}\n    .build();\n",
        calls.join("\n")
    ));
    out.push_str(&format!(
        "let response = client.{}().{}().{}().{}(&request).await?;\nprintln!(\"{{response:?}}\");\n# Ok(())\n# }}\n```\n",
        e.service, e.version, e.resource, e.method
    ));
    Some(out)
}

fn render(
    v: &Json,
    ty: &Ty,
    e: &ir::Endpoint,
    imports: &mut Vec<String>,
    time: &mut Vec<String>,
) -> Option<String> {
    Some(match (ty, v) {
        (Ty::UnixSeconds, Json::String(s)) => {
            time.push("UnixSeconds".into());
            format!("UnixSeconds::new({})", s.parse::<i64>().ok()?)
        }
        (Ty::DateYmd, Json::Int(i)) => {
            time.push("DateYmd".into());
            format!("DateYmd::from_raw({i})")
        }
        (Ty::LocalMinute, Json::String(s)) => {
            time.push("LocalMinute".into());
            format!("LocalMinute::from_raw({s:?}.to_owned())")
        }
        (Ty::String, Json::String(s)) => format!("{s:?}"),
        (Ty::Int, Json::Int(i)) => i.to_string(),
        (Ty::Float, Json::Float(f)) => format!("{f:?}"),
        (Ty::Bool, Json::Bool(b)) => b.to_string(),
        (Ty::Enum(name), v) => {
            let wire = match v {
                Json::String(s) => s.clone(),
                Json::Int(i) => i.to_string(),
                _ => return None,
            };
            let en = e.enums.iter().find(|en| &en.name == name)?;
            let var = en.values.iter().find(|x| x.wire == wire)?;
            imports.push(name.clone());
            format!("{name}::{}", var.name)
        }
        (Ty::Array(inner), Json::Array(items)) => {
            let items: Option<Vec<String>> = items
                .iter()
                .map(|i| render(i, inner, e, imports, time))
                .collect();
            format!("[{}]", items?.join(", "))
        }
        _ => return None,
    })
}
