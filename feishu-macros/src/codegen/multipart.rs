//! Upload bodies: a request with a `file` field sends a multipart form (files as file parts,
//! other fields as text parts written like query values).

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use feishu_spec::ir::{self, Ty};

/// Whether the request body is a multipart form (it carries a file).
pub(super) fn is_multipart(e: &ir::Endpoint) -> bool {
    e.body.iter().any(|f| f.ty == Ty::File)
}

/// `multipart()`, for a body carrying files: each file a part, every other field a text part
/// written like a query value.
pub(super) fn multipart_fn(e: &ir::Endpoint, krate: &syn::Path) -> TokenStream {
    let parts = e.body.iter().map(|f| {
        let n = ident(&f.rust);
        let w = &f.wire;
        let push = if f.ty == Ty::File {
            quote!(form.files.push((#w, ::core::clone::Clone::clone(value)));)
        } else if let Ty::Array(_) = f.ty {
            quote! {
                for item in value {
                    form.fields.push((#w, #krate::wire::QueryValue::to_query(item)));
                }
            }
        } else {
            quote!(form.fields.push((#w, #krate::wire::QueryValue::to_query(value)));)
        };
        if f.required {
            quote! { { let value = &self.#n; #push } }
        } else {
            quote! { if let ::core::option::Option::Some(value) = &self.#n { #push } }
        }
    });
    quote! {
        fn body(&self) -> ::core::result::Result<::core::option::Option<::std::vec::Vec<u8>>, #krate::__private::serde_json::Error> {
            ::core::result::Result::Ok(::core::option::Option::None)
        }

        fn multipart(&self) -> ::core::option::Option<#krate::files::Multipart> {
            let mut form = #krate::files::Multipart::default();
            #(#parts)*
            ::core::option::Option::Some(form)
        }
    }
}
