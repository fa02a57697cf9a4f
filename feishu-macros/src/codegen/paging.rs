//! `impl Paginated` for a spec with `[pagination]` (which fields carry the page token, the next
//! token, `has_more` and the items) and `impl Batchable` for one with `[batch]` (the ids field,
//! its chunk size, the records); the walks themselves live in the runtime's `streams`.

use proc_macro2::TokenStream;
use quote::quote;

use super::types::{Names, names};
use super::{ident, rust_ty};
use feishu_spec::ir::{self, Ty};

/// `impl Paginated`, for a spec with `[pagination]`: which fields carry the tokens and items.
pub(super) fn paginated(e: &ir::Endpoint, krate: &syn::Path) -> TokenStream {
    let Some(p) = &e.pagination else {
        return quote!();
    };
    let Names {
        request, response, ..
    } = names(e);
    let token = ident(&p.page_token.rust);
    let next = ident(&p.next_token.rust);
    let has_more = ident(&p.has_more.rust);
    let items = ident(&p.items.rust);
    let item = match &p.items.ty {
        Ty::Array(inner) => rust_ty(inner, krate),
        other => rust_ty(other, krate),
    };
    let next_token = if p.next_token.required {
        quote!(::core::option::Option::Some(page.#next.as_str()))
    } else {
        quote!(page.#next.as_deref())
    };
    let more = if p.has_more.required {
        quote!(page.#has_more)
    } else {
        quote!(page.#has_more.unwrap_or(false))
    };
    quote! {
        impl #krate::Paginated for #request {
            type Item = #item;

            fn page_token(&self) -> ::core::option::Option<&str> {
                self.#token.as_deref()
            }

            fn set_page_token(&mut self, token: ::core::option::Option<::std::string::String>) {
                self.#token = token;
            }

            fn page_state(page: &#response) -> #krate::streams::PageState<'_> {
                #krate::streams::PageState {
                    has_more: #more,
                    next_token: #next_token,
                }
            }

            fn into_items(page: #response) -> ::std::vec::Vec<#item> {
                page.#items
            }

            fn item_count(page: &#response) -> usize {
                page.#items.len()
            }
        }
    }
}

/// `impl Batchable`, for a spec with `[batch]`: the ids field, the chunk size, the records.
pub(super) fn batchable(e: &ir::Endpoint, krate: &syn::Path) -> TokenStream {
    let Some(b) = &e.batch else {
        return quote!();
    };
    let Names {
        request, response, ..
    } = names(e);
    let ids = ident(&b.field.rust);
    let chunk = usize::try_from(b.chunk).unwrap_or(usize::MAX);
    let items = ident(&b.items.rust);
    let item = match &b.items.ty {
        Ty::Array(inner) => rust_ty(inner, krate),
        other => rust_ty(other, krate),
    };
    let (get, set) = if b.field.required {
        (quote!(&self.#ids), quote!(ids))
    } else {
        (
            quote!(self.#ids.as_deref().unwrap_or_default()),
            quote!(::core::option::Option::Some(ids)),
        )
    };
    // Every other field is copied; the (possibly long) ids are not.
    let copies = e
        .request_fields()
        .filter(|(_, f)| f.rust != b.field.rust)
        .map(|(_, f)| {
            let n = ident(&f.rust);
            quote!(#n: ::core::clone::Clone::clone(&self.#n),)
        });
    quote! {
        impl #krate::Batchable for #request {
            type Item = #item;

            const CHUNK: usize = #chunk;

            fn batch_ids(&self) -> &[::std::string::String] {
                #get
            }

            fn with_batch_ids(&self, ids: ::std::vec::Vec<::std::string::String>) -> Self {
                Self { #ids: #set, #(#copies)* }
            }

            fn into_items(page: #response) -> ::std::vec::Vec<#item> {
                page.#items
            }

            fn item_count(page: &#response) -> usize {
                page.#items.len()
            }
        }
    }
}
