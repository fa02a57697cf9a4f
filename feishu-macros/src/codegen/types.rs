//! The types of one endpoint, assembled from their modules ([`super::enums`],
//! [`super::objects`], [`super::request`], [`super::response`]), and the names derived from the
//! method.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Options;
use super::enums::enum_;
use super::objects::object;
use super::request::request;
use super::response::{error_codes, response};
use feishu_spec::ir::{self};

/// Every type of one endpoint.
pub fn all(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let enums = e.enums.iter().map(|en| enum_(en, opts));
    let objects = e.objects.iter().map(|o| object(o, opts));
    let request = request(e, opts);
    let response = response(e, opts);
    let errors = error_codes(e, opts);
    quote! {
        #(#enums)*
        #(#objects)*
        #request
        #response
        #errors
    }
}

/// The shared types of one service version, for its `types` module.
pub fn shared(set: &ir::TypeSet, opts: &Options) -> TokenStream {
    let enums = set.enums.iter().map(|en| enum_(en, opts));
    let objects = set.objects.iter().map(|o| object(o, opts));
    quote! {
        #(#enums)*
        #(#objects)*
    }
}

/// `Request`, `RequestBuilder`, `Response`, `ErrorCode` names of an endpoint.
pub struct Names {
    pub request: proc_macro2::Ident,
    pub builder: proc_macro2::Ident,
    pub response: proc_macro2::Ident,
    pub errors: proc_macro2::Ident,
}

/// The endpoint's type names, as resolved in the intermediate model, as identifiers.
pub fn names(e: &ir::Endpoint) -> Names {
    let n = &e.type_names;
    Names {
        request: format_ident!("{}", n.request),
        builder: format_ident!("{}", n.builder),
        response: format_ident!("{}", n.response),
        errors: format_ident!("{}", n.errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::testing::*;

    #[test]
    fn names_derive_from_the_method() {
        let n = names(&endpoint("query", "GET /open-apis/demo/v1/things", ""));
        assert_eq!(
            [n.request, n.builder, n.response, n.errors].map(|i| i.to_string()),
            [
                "QueryRequest",
                "QueryRequestBuilder",
                "QueryResponse",
                "QueryErrorCode"
            ]
        );
        let n = names(&endpoint("batch_get", "GET /open-apis/demo/v1/things", ""));
        assert_eq!(n.request.to_string(), "BatchGetRequest");
        assert_eq!(n.errors.to_string(), "BatchGetErrorCode");
    }

    #[test]
    fn the_runtime_path_follows_the_crate_option() {
        let e = endpoint("create", "POST /open-apis/demo/v1/things", STATUS);
        let opts = Options {
            krate: syn::parse_quote!(::my_rt),
            ..Options::default()
        };
        let code = prettyplease::unparse(&file(all(&e, &opts)));
        assert!(!code.contains("feishu_api"), "{code}");
        assert!(
            code.contains("use ::my_rt::__private::serde as _serde;"),
            "{code}"
        );
        assert!(
            code.contains("#[serde(crate = \"::my_rt::__private::serde\")]"),
            "{code}"
        );
        assert!(
            code.contains(
                "pub fn validate(&self) -> ::core::result::Result<(), ::my_rt::Violations>"
            ),
            "{code}"
        );
        assert!(
            code.contains("impl ::my_rt::wire::QueryValue for Status"),
            "{code}"
        );
    }
}
