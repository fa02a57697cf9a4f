//! The `Endpoint` impl: endpoint metadata, the request's wire form both ways, and validation.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::types::{Names, names};
use super::{Options, ident, rust_ty};
use crate::ir::{self, Location, Ty};

pub fn endpoint_impl(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let Names {
        request, response, ..
    } = names(e);
    let info = info(e, krate);
    let path = path_expr(e, krate);
    let query = query_pushes(e, krate);
    let body = body_fn(e, opts);
    let from_wire = from_wire(e, krate);
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

            #body

            #from_wire
        }
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
    let retry_safe = e.retry_safe;
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
            retry_safe: #retry_safe,
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
            struct Body<'a> {
                #(#fields)*
                #[serde(skip)]
                _marker: ::core::marker::PhantomData<&'a ()>,
            }
            let body = Body { #(#inits)* _marker: ::core::marker::PhantomData };
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
    let body = if uses_body {
        quote!(#[allow(unused_mut)] let mut body = #krate::wire::body_object(body, &mut violations);)
    } else {
        quote!(let _ = body;)
    };
    let paths = if e.path_params.is_empty() {
        quote!(let _ = path_params;)
    } else {
        quote!()
    };
    quote! {
        fn from_wire(
            query: &str,
            path_params: &[(&str, &str)],
            body: &[u8],
        ) -> ::core::result::Result<Self, #krate::Violations> {
            let mut violations = #krate::Violations::new();
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
                violations.check_order(&#krate::wire::join_path(prefix, #aw), left, #op, &#krate::wire::join_path(prefix, #bw), right);
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
                let path = #krate::wire::join_path(prefix, #w);
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
        Ty::Object(_) => out.push(quote!(value.__validate(&path, violations);)),
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
