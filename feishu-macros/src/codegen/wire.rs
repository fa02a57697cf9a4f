//! The `Endpoint` impl: endpoint metadata, the request's wire form both ways, and validation.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::multipart::{is_multipart, multipart_fn};
use super::paging::{batchable, paginated};
use super::types::{Names, names};
use super::{Options, ident, rust_ty};
use feishu_spec::ir::{self, Location, Ty};

pub fn endpoint_impl(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let Names {
        request, response, ..
    } = names(e);
    let info = info(e, krate);
    let path = path_expr(e, krate);
    let query = query_pushes(e, krate);
    let headers = headers_fn(e, krate);
    let body = body_fn(e, opts);
    let from_wire = from_wire(e, krate);
    // In the runtime crate, request decoding is for servers (the emulator) and tests only.
    let server_gate = opts
        .server_feature
        .then(|| quote!(#[cfg(any(test, feature = "server"))]));
    let paginated = paginated(e, krate);
    let batchable = batchable(e, krate);
    let example = match &e.example.response {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    };
    quote! {
        impl #krate::Endpoint for #request {
            type Response = #response;

            const INFO: &'static #krate::EndpointInfo = &#info;

            const EXAMPLE_RESPONSE: ::core::option::Option<&'static str> = #example;

            fn validate(&self) -> ::core::result::Result<(), #krate::Violations> {
                #request::validate(self)
            }

            fn path(&self) -> ::std::string::String {
                #path
            }

            fn query(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                #[allow(unused_mut)]
                let mut query = ::std::vec::Vec::new();
                #query
                query
            }

            #headers

            #body

            #server_gate
            #from_wire
        }

        #paginated
        #batchable
    }
}

fn info(e: &ir::Endpoint, krate: &syn::Path) -> TokenStream {
    let (service, version, resource, method, summary, path, doc_url) = (
        &e.service,
        &e.version,
        &e.resource,
        &e.method,
        &e.summary,
        &e.path,
        &e.doc_url,
    );
    let http_method = match e.http_method {
        ir::HttpMethod::Get => quote!(Get),
        ir::HttpMethod::Post => quote!(Post),
        ir::HttpMethod::Put => quote!(Put),
        ir::HttpMethod::Patch => quote!(Patch),
        ir::HttpMethod::Delete => quote!(Delete),
    };
    let tokens = e.token_types.iter().map(|t| match t {
        ir::TokenType::Tenant => quote!(#krate::endpoint::TokenType::Tenant),
        ir::TokenType::User => quote!(#krate::endpoint::TokenType::User),
        ir::TokenType::App => quote!(#krate::endpoint::TokenType::App),
    });
    let apps = e.app_types.iter().map(|a| match a {
        ir::AppType::SelfBuilt => quote!(#krate::endpoint::AppType::SelfBuilt),
        ir::AppType::Store => quote!(#krate::endpoint::AppType::Store),
    });
    let scopes = &e.scopes;
    let rate = match e.rate_per_second {
        Some(r) => quote!(::core::option::Option::Some(#r)),
        None => quote!(::core::option::Option::None),
    };
    let rate_per_minute = match e.rate_per_minute {
        Some(r) => quote!(::core::option::Option::Some(#r)),
        None => quote!(::core::option::Option::None),
    };
    let retry_safe = e.retry_safe;
    let answer = match (e.binary_response, e.envelope) {
        (true, _) => quote!(File),
        (false, ir::Envelope::Data) => quote!(Data),
        (false, ir::Envelope::None) => quote!(TopLevel),
    };
    quote! {
        #krate::EndpointInfo {
            service: #service,
            version: #version,
            resource: #resource,
            method: #method,
            summary: #summary,
            http_method: #krate::endpoint::HttpMethod::#http_method,
            path: #path,
            token_types: &[#(#tokens),*],
            scopes: &[#(#scopes),*],
            app_types: &[#(#apps),*],
            rate_limit_per_second: #rate,
            rate_limit_per_minute: #rate_per_minute,
            retry_safe: #retry_safe,
            answer: #krate::endpoint::Answer::#answer,
            errors: ERRORS,
            doc_url: #doc_url,
        }
    }
}

fn path_expr(e: &ir::Endpoint, krate: &syn::Path) -> TokenStream {
    if e.path_params.is_empty() {
        let p = &e.path;
        return quote!(::std::string::String::from(#p));
    }
    let mut fmt = String::new();
    let mut args = Vec::new();
    for (i, seg) in e.path.split('/').enumerate() {
        if i > 0 {
            fmt.push('/');
        }
        match seg
            .strip_prefix(':')
            .and_then(|p| e.path_params.iter().find(|f| f.wire == p))
        {
            Some(f) => {
                fmt.push_str("{}");
                let n = ident(&f.rust);
                args.push(quote!(#krate::wire::encode_path_segment(&#krate::wire::QueryValue::to_query(&self.#n))));
            }
            None => fmt.push_str(&seg.replace('{', "{{").replace('}', "}}")),
        }
    }
    quote!(::std::format!(#fmt, #(#args),*))
}

/// `fn headers`, for an endpoint that declares request headers (the trait's default sends none).
fn headers_fn(e: &ir::Endpoint, krate: &syn::Path) -> TokenStream {
    if e.headers.is_empty() {
        return TokenStream::new();
    }
    let pushes = e.headers.iter().map(|f| {
        let n = ident(&f.rust);
        let w = &f.wire;
        let push = quote!(headers.push((#w, #krate::wire::QueryValue::to_query(value))));
        if f.required {
            quote! { { let value = &self.#n; #push; } }
        } else {
            quote! { if let ::core::option::Option::Some(value) = &self.#n { #push; } }
        }
    });
    quote! {
        fn headers(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
            let mut headers = ::std::vec::Vec::new();
            #(#pushes)*
            headers
        }
    }
}

fn query_pushes(e: &ir::Endpoint, krate: &syn::Path) -> TokenStream {
    let pushes = e.query.iter().map(|f| {
        let n = ident(&f.rust);
        let w = &f.wire;
        let push_one = quote!(query.push((#w, #krate::wire::QueryValue::to_query(value))));
        let each = if matches!(f.ty, Ty::Array(_)) {
            quote!(for value in values { #push_one; })
        } else {
            quote!(let value = values; #push_one;)
        };
        if f.required {
            quote! { { let values = &self.#n; #each } }
        } else {
            quote! { if let ::core::option::Option::Some(values) = &self.#n { #each } }
        }
    });
    quote!(#(#pushes)*)
}

fn body_fn(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    if is_multipart(e) {
        return multipart_fn(e, krate);
    }
    let has_body = !e.body.is_empty()
        || !matches!(e.http_method, ir::HttpMethod::Get | ir::HttpMethod::Delete);
    if !has_body {
        return quote! {
            fn body(&self) -> ::core::result::Result<::core::option::Option<::std::vec::Vec<u8>>, #krate::__private::serde_json::Error> {
                ::core::result::Result::Ok(::core::option::Option::None)
            }
        };
    }
    let serde_path = format!(
        "{}::__private::serde",
        quote!(#krate).to_string().replace(' ', "")
    );
    let fields = e.body.iter().map(|f| {
        let n = ident(&f.rust);
        let t = rust_ty(&f.ty, krate);
        let w = &f.wire;
        if f.required {
            quote!(#[serde(rename = #w)] #n: &'a #t,)
        } else {
            quote!(#[serde(rename = #w, skip_serializing_if = "::core::option::Option::is_none")] #n: ::core::option::Option<&'a #t>,)
        }
    });
    let inits = e.body.iter().map(|f| {
        let n = ident(&f.rust);
        if f.required {
            quote!(#n: &self.#n,)
        } else {
            quote!(#n: self.#n.as_ref(),)
        }
    });
    quote! {
        fn body(&self) -> ::core::result::Result<::core::option::Option<::std::vec::Vec<u8>>, #krate::__private::serde_json::Error> {
            // Borrows the request and writes the bytes directly, fields in spec order.
            #[derive(#krate::__private::serde::Serialize)]
            #[serde(crate = #serde_path)]
            struct __Body<'a> {
                #(#fields)*
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = __Body { #(#inits)* _marker: ::core::marker::PhantomData };
            #krate::__private::serde_json::to_vec(&body).map(::core::option::Option::Some)
        }
    }
}

fn from_wire(e: &ir::Endpoint, krate: &syn::Path) -> TokenStream {
    let fields: Vec<(Location, &ir::Field)> = e.request_fields().collect();
    let decodes = fields.iter().map(|(loc, f)| {
        let n = format_ident!("__{}", f.rust);
        let w = &f.wire;
        let t = rust_ty(&f.ty, krate);
        let get = match (loc, &f.ty) {
            (Location::Path, _) => {
                quote!(#krate::wire::take_path::<#t>(path_params, #w, &mut violations))
            }
            (Location::Query, Ty::Array(inner)) => {
                let it = rust_ty(inner, krate);
                quote!(#krate::wire::take_query_all::<#it>(&pairs, #w, &mut violations))
            }
            (Location::Query, _) => {
                quote!(#krate::wire::take_query::<#t>(&pairs, #w, &mut violations))
            }
            (Location::Header, _) => {
                quote!(#krate::wire::take_header::<#t>(headers, #w, &mut violations))
            }
            (Location::Body, Ty::File) => {
                quote!(#krate::wire::take_file(&mut form, #w, &mut violations))
            }
            (Location::Body, Ty::Array(inner)) if is_multipart(e) => {
                let it = rust_ty(inner, krate);
                quote!(#krate::wire::take_query_all::<#it>(&form.fields, #w, &mut violations))
            }
            (Location::Body, _) if is_multipart(e) => {
                quote!(#krate::wire::take_query::<#t>(&form.fields, #w, &mut violations))
            }
            (Location::Body, _) => {
                quote!(#krate::wire::take_body::<#t>(&mut body, #w, &mut violations))
            }
        };
        let require = f
            .required
            .then(|| quote!(let #n = #krate::wire::require(#n, #w, &mut violations);));
        quote! { let #n: ::core::option::Option<#t> = #get; #require }
    });
    let required: Vec<&ir::Field> = fields
        .iter()
        .map(|(_, f)| *f)
        .filter(|f| f.required)
        .collect();
    let req_vars = required.iter().map(|f| format_ident!("__{}", f.rust));
    let req_pats = required.iter().map(|f| {
        let v = format_ident!("__{}", f.rust);
        quote!(::core::option::Option::Some(#v))
    });
    let inits = fields.iter().map(|(_, f)| {
        let n = ident(&f.rust);
        let v = format_ident!("__{}", f.rust);
        quote!(#n: #v,)
    });
    let uses_query = fields.iter().any(|(l, _)| *l == Location::Query);
    let uses_body = fields.iter().any(|(l, _)| *l == Location::Body);
    let pairs = if uses_query {
        quote!(let pairs = #krate::wire::query_pairs(query);)
    } else {
        quote!(let _ = query;)
    };
    let body = if uses_body && is_multipart(e) {
        quote!(#[allow(unused_mut)] let mut form = #krate::wire::multipart_form(body, &mut violations);)
    } else if uses_body {
        quote!(#[allow(unused_mut)] let mut body = #krate::wire::body_object(body, &mut violations);)
    } else {
        quote!(let _ = body;)
    };
    let paths = if e.path_params.is_empty() {
        quote!(let _ = path_params;)
    } else {
        quote!()
    };
    let header_use = if e.headers.is_empty() {
        quote!(let _ = headers;)
    } else {
        quote!()
    };
    quote! {
        fn from_wire_with_headers(
            query: &str,
            path_params: &[(&str, &str)],
            headers: &[(&str, &str)],
            body: &[u8],
        ) -> ::core::result::Result<Self, #krate::Violations> {
            let mut violations = #krate::Violations::new();
            #header_use
            #pairs
            #body
            #paths
            #(#decodes)*
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }
            match (#(#req_vars,)*) {
                (#(#req_pats,)*) => ::core::result::Result::Ok(Self { #(#inits)* }),
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }
        }
    }
}

/// Checks of the request's fields and its cross-field rules; expects `prefix: &str` and
/// `violations: &mut Violations` in scope.
pub fn request_checks(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let fields: Vec<ir::Field> = e.request_fields().map(|(_, f)| f.clone()).collect();
    let checks = field_checks(&fields, quote!(self), false, krate);
    let rules = e.rules.iter().map(|r| {
        let (a, aw) = (ident(&r.field.0), &r.field.1);
        let (b, bw) = (ident(&r.other.0), &r.other.1);
        let get_a = if r.optional.0 { quote!(self.#a.as_ref()) } else { quote!(::core::option::Option::Some(&self.#a)) };
        let get_b = if r.optional.1 { quote!(self.#b.as_ref()) } else { quote!(::core::option::Option::Some(&self.#b)) };
        let op = r.op;
        quote! {
            if let (::core::option::Option::Some(left), ::core::option::Option::Some(right)) = (#get_a, #get_b) {
                violations.check_order(&#krate::wire::FieldPath::new(prefix, #aw), left, #op, &#krate::wire::FieldPath::new(prefix, #bw), right);
            }
        }
    });
    quote! { #checks #(#rules)* }
}

/// Constraint checks of a list of fields (of `this`), recursing into request objects.
pub fn field_checks(
    fields: &[ir::Field],
    this: TokenStream,
    _nested: bool,
    krate: &syn::Path,
) -> TokenStream {
    let checks = fields.iter().filter_map(|f| {
        let body = value_checks(f, krate)?;
        let n = ident(&f.rust);
        let w = &f.wire;
        let get = if f.required {
            quote!(::core::option::Option::Some(&#this.#n))
        } else {
            quote!(#this.#n.as_ref())
        };
        Some(quote! {
            if let ::core::option::Option::Some(value) = #get {
                let path = #krate::wire::FieldPath::new(prefix, #w);
                #body
            }
        })
    });
    quote!(#(#checks)*)
}

fn opt_usize(v: Option<u64>) -> TokenStream {
    match v.and_then(|v| usize::try_from(v).ok()) {
        Some(n) => {
            let lit = Literal::usize_unsuffixed(n);
            quote!(::core::option::Option::Some(#lit))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn opt_i64(v: Option<i64>) -> TokenStream {
    match v {
        Some(n) => {
            let lit = Literal::i64_unsuffixed(n);
            quote!(::core::option::Option::Some(#lit))
        }
        None => quote!(::core::option::Option::None),
    }
}

/// Checks on `value: &T` at `path`, or `None` when the field has nothing to check.
fn value_checks(f: &ir::Field, _krate: &syn::Path) -> Option<TokenStream> {
    let c = &f.constraints;
    let mut out = Vec::new();
    if c.min_items.is_some() || c.max_items.is_some() {
        let (lo, hi) = (opt_usize(c.min_items), opt_usize(c.max_items));
        out.push(quote!(violations.check_items(&path, value.len(), #lo, #hi);));
    }
    if c.min_length.is_some() || c.max_length.is_some() {
        let (lo, hi) = (opt_usize(c.min_length), opt_usize(c.max_length));
        out.push(quote!(violations.check_length(&path, value, #lo, #hi);));
    }
    if c.minimum.is_some() || c.maximum.is_some() {
        let (lo, hi) = (opt_i64(c.minimum), opt_i64(c.maximum));
        out.push(quote!(violations.check_range(&path, *value, #lo, #hi);));
    }
    match &f.ty {
        Ty::Int64 => out.push(quote!(violations.check_int64(&path, value);)),
        Ty::Array(inner) if **inner == Ty::Int64 => out.push(quote! {
            for (index, item) in value.iter().enumerate() {
                violations.check_int64(&::std::format!("{path}[{index}]"), item);
            }
        }),
        Ty::UnixSeconds | Ty::DateYmd | Ty::LocalMinute => {
            out.push(quote!(violations.check_format(&path, value);));
        }
        Ty::Array(inner) if matches!(**inner, Ty::UnixSeconds | Ty::DateYmd | Ty::LocalMinute) => {
            out.push(quote! {
                for (index, item) in value.iter().enumerate() {
                    violations.check_format(&::std::format!("{path}[{index}]"), item);
                }
            });
        }
        Ty::Object(_) => out.push(quote!(value.__validate(&path.to_string(), violations);)),
        Ty::Map(inner) if matches!(**inner, Ty::Object(_)) => out.push(quote! {
            for (key, item) in value.iter() {
                item.__validate(&::std::format!("{path}.{key}"), violations);
            }
        }),
        Ty::Array(inner) if matches!(**inner, Ty::Object(_)) => out.push(quote! {
            for (index, item) in value.iter().enumerate() {
                item.__validate(&::std::format!("{path}[{index}]"), violations);
            }
        }),
        _ => {}
    }
    if out.is_empty() {
        None
    } else {
        Some(quote!(#(#out)*))
    }
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;
    use feishu_spec::fixtures::{lower, spec_text};

    fn endpoint(http: &str, rest: &str) -> ir::Endpoint {
        lower(&spec_text(["demo", "v1", "thing", "query"], http, rest))
    }

    /// Token text without whitespace or trailing commas, for comparing generated code with a
    /// `quote!` of the expected code: syn prints `> >` where `quote!` keeps `>>` joint, and
    /// rustfmt adds or drops trailing commas inside the tests' own `quote!`s.
    fn text(t: impl ToTokens) -> String {
        let mut s: String = t.to_token_stream().to_string().split_whitespace().collect();
        for close in [",)", ",]", ",}", ",>"] {
            s = s.replace(close, &close[1..]);
        }
        s
    }

    fn assert_contains(haystack: &str, needle: TokenStream) {
        let needle = text(needle);
        assert!(
            haystack.contains(&needle),
            "expected\n  {needle}\nin\n  {haystack}"
        );
    }

    fn impl_of(e: &ir::Endpoint, opts: &Options) -> syn::ItemImpl {
        syn::parse2(endpoint_impl(e, opts)).expect("the Endpoint impl parses")
    }

    fn method<'a>(imp: &'a syn::ItemImpl, name: &str) -> &'a syn::ImplItemFn {
        imp.items
            .iter()
            .find_map(|i| match i {
                syn::ImplItem::Fn(f) if f.sig.ident == name => Some(f),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no fn {name}"))
    }

    fn constant<'a>(imp: &'a syn::ItemImpl, name: &str) -> &'a syn::ImplItemConst {
        imp.items
            .iter()
            .find_map(|i| match i {
                syn::ImplItem::Const(c) if c.ident == name => Some(c),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no const {name}"))
    }

    #[test]
    fn the_impl_carries_the_endpoint_metadata() {
        let e = lower(
            r#"
            service = "demo"
            version = "v1"
            resource = "thing"
            method = "query"
            summary = "Query things."
            doc_url = "https://example.com/doc"
            [http]
            method = "POST"
            path = "/open-apis/demo/v1/things/query"
            [auth]
            token_types = ["tenant", "user"]
            scopes = ["demo:read"]
            app_types = ["store"]
            [limits]
            rate_per_second = 50
            [example]
            response = '{"code": 0}'
            "#,
        );
        let imp = impl_of(&e, &Options::default());
        assert_eq!(
            text(imp.trait_.as_ref().map(|t| &t.1)),
            text(quote!(::feishu_api::Endpoint))
        );
        assert_eq!(text(&imp.self_ty), "QueryRequest");
        let response = imp
            .items
            .iter()
            .find_map(|i| match i {
                syn::ImplItem::Type(t) if t.ident == "Response" => Some(&t.ty),
                _ => None,
            })
            .expect("type Response");
        assert_eq!(text(response), "QueryResponse");
        assert_eq!(
            text(&constant(&imp, "INFO").expr),
            text(quote!(&::feishu_api::EndpointInfo {
                service: "demo",
                version: "v1",
                resource: "thing",
                method: "query",
                summary: "Query things.",
                http_method: ::feishu_api::endpoint::HttpMethod::Post,
                path: "/open-apis/demo/v1/things/query",
                token_types: &[
                    ::feishu_api::endpoint::TokenType::Tenant,
                    ::feishu_api::endpoint::TokenType::User
                ],
                scopes: &["demo:read"],
                app_types: &[::feishu_api::endpoint::AppType::Store],
                rate_limit_per_second: ::core::option::Option::Some(50u32),
                rate_limit_per_minute: ::core::option::Option::None,
                retry_safe: false,
                answer: ::feishu_api::endpoint::Answer::Data,
                errors: ERRORS,
                doc_url: "https://example.com/doc",
            }))
        );
        assert_eq!(
            text(&constant(&imp, "EXAMPLE_RESPONSE").expr),
            text(quote!(::core::option::Option::Some("{\"code\": 0}")))
        );
        assert_eq!(
            text(&method(&imp, "validate").block),
            text(quote!({ QueryRequest::validate(self) }))
        );

        let e = endpoint("GET /open-apis/demo/v1/things", "");
        let imp = impl_of(&e, &Options::default());
        let info = text(&constant(&imp, "INFO").expr);
        assert!(
            info.contains("rate_limit_per_second:::core::option::Option::None,rate_limit_per_minute:::core::option::Option::None,retry_safe:true,"),
            "{info}"
        );
        assert!(
            info.contains("http_method:::feishu_api::endpoint::HttpMethod::Get,"),
            "{info}"
        );
        assert_eq!(
            text(&constant(&imp, "EXAMPLE_RESPONSE").expr),
            text(quote!(::core::option::Option::None))
        );
    }

    #[test]
    fn the_body_serializes_only_body_fields_in_spec_order() {
        let e = endpoint(
            "POST /open-apis/demo/v1/things/:id",
            r#"
            [[request.path]]
            name = "id"
            type = "string"
            required = true
            [[request.query]]
            name = "lang"
            type = "string"
            [[request.body]]
            name = "userIds"
            type = "string[]"
            required = true
            [[request.body]]
            name = "note"
            type = "string"
            [[request.body]]
            name = "count"
            type = "int"
            required = true
            "#,
        );
        let imp = impl_of(&e, &Options::default());
        let body = method(&imp, "body");
        let structs: Vec<&syn::ItemStruct> = body
            .block
            .stmts
            .iter()
            .filter_map(|s| match s {
                syn::Stmt::Item(syn::Item::Struct(s)) => Some(s),
                _ => None,
            })
            .collect();
        assert_eq!(structs.len(), 1);
        let fields: Vec<(String, String, String)> = structs[0]
            .fields
            .iter()
            .map(|f| {
                (
                    f.ident.as_ref().unwrap().to_string(),
                    text(&f.attrs[0].meta),
                    text(&f.ty),
                )
            })
            .collect();
        assert_eq!(
            fields,
            [
                (
                    "user_ids".into(),
                    text(quote!(serde(rename = "userIds"))),
                    text(quote!(&'a ::std::vec::Vec<::std::string::String>))
                ),
                (
                    "note".into(),
                    text(quote!(serde(
                        rename = "note",
                        skip_serializing_if = "::core::option::Option::is_none"
                    ))),
                    text(quote!(::core::option::Option<&'a ::std::string::String>))
                ),
                (
                    "count".into(),
                    text(quote!(serde(rename = "count"))),
                    text(quote!(&'a i64))
                ),
                (
                    "_marker".into(),
                    text(quote!(serde(skip))),
                    text(quote!(::core::marker::PhantomData<&'a ()>))
                ),
            ],
            "neither the path nor the query parameter is in the body"
        );
        let block = text(&body.block);
        assert_contains(
            &block,
            quote!(let body = __Body {
                user_ids: &self.user_ids,
                note: self.note.as_ref(),
                count: &self.count,
                _marker: ::core::marker::PhantomData
            };),
        );
        assert_contains(
            &block,
            quote!(
                ::feishu_api::__private::serde_json::to_vec(&body)
                    .map(::core::option::Option::Some)
            ),
        );
        assert_contains(
            &block,
            quote!(#[serde(crate = "::feishu_api::__private::serde")]),
        );
    }

    #[test]
    fn gets_and_deletes_without_body_fields_send_no_body() {
        let none = text(quote!({
            ::core::result::Result::Ok(::core::option::Option::None)
        }));
        for verb in ["GET", "DELETE"] {
            let e = endpoint(
                &format!("{verb} /open-apis/demo/v1/things"),
                "[[request.query]]\nname = \"lang\"\ntype = \"string\"\n",
            );
            let imp = impl_of(&e, &Options::default());
            assert_eq!(text(&method(&imp, "body").block), none, "{verb}");
        }
        // Other methods send a (possibly empty) JSON object.
        for verb in ["POST", "PUT", "PATCH"] {
            let e = endpoint(&format!("{verb} /open-apis/demo/v1/things"), "");
            let imp = impl_of(&e, &Options::default());
            let block = text(&method(&imp, "body").block);
            assert_ne!(block, none, "{verb}");
            assert_contains(
                &block,
                quote!(let body = __Body { _marker: ::core::marker::PhantomData };),
            );
        }
        // A DELETE that does declare body fields sends them (Feishu has a few).
        let e = endpoint(
            "DELETE /open-apis/demo/v1/things",
            "[[request.body]]\nname = \"q\"\ntype = \"string\"\n",
        );
        let imp = impl_of(&e, &Options::default());
        assert_contains(
            &text(&method(&imp, "body").block),
            quote!(serde_json::to_vec(&body)),
        );
    }

    #[test]
    fn the_query_lists_parameters_in_spec_order() {
        let e = endpoint(
            "POST /open-apis/demo/v1/things",
            r#"
            [[request.query]]
            name = "zeta"
            type = "string"
            required = true
            [[request.query]]
            name = "pageSize"
            type = "int"
            [[request.query]]
            name = "ids"
            type = "string[]"
            [[request.body]]
            name = "ignored"
            type = "string"
            "#,
        );
        let imp = impl_of(&e, &Options::default());
        assert_eq!(
            text(&method(&imp, "query").block),
            text(quote!({
                #[allow(unused_mut)]
                let mut query = ::std::vec::Vec::new();
                {
                    let values = &self.zeta;
                    let value = values;
                    query.push(("zeta", ::feishu_api::wire::QueryValue::to_query(value)));
                }
                if let ::core::option::Option::Some(values) = &self.page_size {
                    let value = values;
                    query.push(("pageSize", ::feishu_api::wire::QueryValue::to_query(value)));
                }
                if let ::core::option::Option::Some(values) = &self.ids {
                    for value in values {
                        query.push(("ids", ::feishu_api::wire::QueryValue::to_query(value)));
                    }
                }
                query
            }))
        );

        let e = endpoint("POST /open-apis/demo/v1/things", "");
        let imp = impl_of(&e, &Options::default());
        assert_eq!(
            text(&method(&imp, "query").block),
            text(quote!({
                #[allow(unused_mut)]
                let mut query = ::std::vec::Vec::new();
                query
            }))
        );
    }

    #[test]
    fn path_parameters_are_encoded_into_the_template() {
        // Declared in the opposite order to the template: the template decides.
        let e = endpoint(
            "GET /open-apis/demo/v1/chats/:chat_id/members/:member_id",
            r#"
            [[request.path]]
            name = "member_id"
            type = "int"
            required = true
            [[request.path]]
            name = "chat_id"
            type = "string"
            required = true
            "#,
        );
        let krate: syn::Path = syn::parse_quote!(::feishu_api);
        assert_eq!(
            text(path_expr(&e, &krate)),
            text(quote!(::std::format!(
                "/open-apis/demo/v1/chats/{}/members/{}",
                ::feishu_api::wire::encode_path_segment(&::feishu_api::wire::QueryValue::to_query(
                    &self.chat_id
                )),
                ::feishu_api::wire::encode_path_segment(&::feishu_api::wire::QueryValue::to_query(
                    &self.member_id
                ))
            )))
        );

        let e = endpoint("GET /open-apis/demo/v1/things", "");
        assert_eq!(
            text(path_expr(&e, &krate)),
            text(quote!(::std::string::String::from(
                "/open-apis/demo/v1/things"
            )))
        );
    }

    #[test]
    fn from_wire_reads_each_field_from_its_location() {
        let e = endpoint(
            "POST /open-apis/demo/v1/things/:id",
            r#"
            [[request.path]]
            name = "id"
            type = "int"
            required = true
            [[request.query]]
            name = "ids"
            type = "string[]"
            [[request.query]]
            name = "lang"
            type = "string"
            required = true
            [[request.body]]
            name = "note"
            type = "string"
            "#,
        );
        let imp = impl_of(&e, &Options::default());
        let f = method(&imp, "from_wire_with_headers");
        assert_eq!(
            text(&f.sig.inputs),
            text(
                quote!(query: &str, path_params: &[(&str, &str)], headers: &[(&str, &str)], body: &[u8],)
            )
        );
        assert_eq!(
            text(&f.sig.output),
            text(quote!(-> ::core::result::Result<Self, ::feishu_api::Violations>))
        );
        let block = text(&f.block);
        for expected in [
            quote!(let pairs = ::feishu_api::wire::query_pairs(query);),
            quote!(#[allow(unused_mut)] let mut body = ::feishu_api::wire::body_object(body, &mut violations);),
            quote!(let __id: ::core::option::Option<i64> = ::feishu_api::wire::take_path::<i64>(path_params, "id", &mut violations);),
            quote!(let __id = ::feishu_api::wire::require(__id, "id", &mut violations);),
            quote!(let __ids: ::core::option::Option<::std::vec::Vec<::std::string::String>> =
                ::feishu_api::wire::take_query_all::<::std::string::String>(&pairs, "ids", &mut violations);),
            quote!(let __lang: ::core::option::Option<::std::string::String> =
                ::feishu_api::wire::take_query::<::std::string::String>(&pairs, "lang", &mut violations);
                let __lang = ::feishu_api::wire::require(__lang, "lang", &mut violations);),
            quote!(let __note: ::core::option::Option<::std::string::String> =
            ::feishu_api::wire::take_body::<::std::string::String>(&mut body, "note", &mut violations);
            if !violations.is_empty() {
                return ::core::result::Result::Err(violations);
            }),
            quote!(match (__id, __lang,) {
                (::core::option::Option::Some(__id), ::core::option::Option::Some(__lang)) =>
                    ::core::result::Result::Ok(Self {
                        id: __id,
                        ids: __ids,
                        lang: __lang,
                        note: __note,
                    }),
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }),
        ] {
            assert_contains(&block, expected);
        }
        assert!(!block.contains("let_=query;"), "{block}");

        // Nothing to read: every input is explicitly unused.
        let e = endpoint("GET /open-apis/demo/v1/things", "");
        let imp = impl_of(&e, &Options::default());
        let block = text(&method(&imp, "from_wire_with_headers").block);
        assert_contains(
            &block,
            quote!(let _ = query; let _ = body; let _ = path_params;),
        );
        assert_contains(
            &block,
            quote!(match () {
                () => ::core::result::Result::Ok(Self {}),
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(violations),
            }),
        );
    }

    #[test]
    fn request_checks_cover_constraints_objects_and_rules() {
        let e = endpoint(
            "POST /open-apis/demo/v1/things",
            r#"
            [[request.body]]
            name = "userIds"
            type = "string[]"
            required = true
            min_items = 1
            max_items = 50
            [[request.body]]
            name = "name"
            type = "string"
            max_length = 20
            [[request.body]]
            name = "count"
            type = "int"
            required = true
            minimum = 0
            maximum = 10
            [[request.body]]
            name = "items"
            type = "Item[]"
            [[request.body]]
            name = "owner"
            type = "Item"
            [[request.body]]
            name = "from"
            type = "string"
            format = "unix_seconds"
            required = true
            [[request.body]]
            name = "to"
            type = "string"
            format = "unix_seconds"
            [[request.rules]]
            field = "from"
            op = "<="
            other = "to"
            [[objects]]
            name = "Item"
            [[objects.fields]]
            name = "id"
            type = "string"
            "#,
        );
        let checks = text(request_checks(&e, &Options::default()));
        let some = quote!(::core::option::Option::Some);
        let none = quote!(::core::option::Option::None);
        for expected in [
            quote!(if let #some(value) = #some(&self.user_ids) {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "userIds");
                violations.check_items(&path, value.len(), #some(1), #some(50));
            }),
            quote!(if let #some(value) = self.name.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "name");
                violations.check_length(&path, value, #none, #some(20));
            }),
            quote!(violations.check_range(&path, *value, #some(0), #some(10));),
            quote!(for (index, item) in value.iter().enumerate() {
                item.__validate(&::std::format!("{path}[{index}]"), violations);
            }),
            quote!(if let #some(value) = self.owner.as_ref() {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "owner");
                value.__validate(&path.to_string(), violations);
            }),
            quote!(if let (#some(left), #some(right)) = (#some(&self.from), self.to.as_ref()) {
                violations.check_order(
                    &::feishu_api::wire::FieldPath::new(prefix, "from"),
                    left,
                    "<=",
                    &::feishu_api::wire::FieldPath::new(prefix, "to"),
                    right
                );
            }),
            // Formatted values are checked to be well formed (decoding keeps malformed ones).
            quote!(if let #some(value) = #some(&self.from) {
                let path = ::feishu_api::wire::FieldPath::new(prefix, "from");
                violations.check_format(&path, value);
            }),
        ] {
            assert_contains(&checks, expected);
        }
        assert!(
            !checks.contains("FieldPath::new(prefix,\"id\");"),
            "a field without constraints has no check of its own: {checks}"
        );
        assert_eq!(checks.matches("letpath=").count(), 7, "{checks}");
    }
}
