//! The request type and its typestate builder: `build()` exists once every required field is
//! set, so a forgotten field is a compile error naming it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::objects::field_ty;
use super::types::{Names, names};
use super::{Options, field_doc, ident, rust_ty};
use feishu_spec::ir::{self, Ty};
use feishu_spec::names::pascal;

pub(super) fn request(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let Names {
        request, builder, ..
    } = names(e);
    let fields: Vec<&ir::Field> = e.request_fields().map(|(_, f)| f).collect();
    let struct_fields = fields.iter().map(|f| {
        let n = ident(&f.rust);
        let ty = field_ty(f, opts, false);
        let doc = field_doc(f);
        quote! { #[doc = #doc] pub #n: #ty, }
    });
    let required: Vec<&ir::Field> = fields.iter().copied().filter(|f| f.required).collect();
    let generics: Vec<proc_macro2::Ident> = required
        .iter()
        .map(|f| format_ident!("__{}", pascal(&f.rust)))
        .collect();
    let markers = required.iter().map(|f| {
        let m = ident(&f.rust);
        let doc = format!(
            "Marks the required field `{}` in the builder's type.",
            f.wire
        );
        quote! {
            #[doc = #doc]
            #[allow(non_camel_case_types)]
            #[derive(Debug, Clone, Copy)]
            pub struct #m;
        }
    });
    let builder_fields = fields.iter().map(|f| {
        let n = ident(&f.rust);
        if f.required {
            let g = format_ident!("__{}", pascal(&f.rust));
            quote!(#n: #g,)
        } else {
            let t = rust_ty(&f.ty, krate);
            quote!(#n: ::core::option::Option<#t>,)
        }
    });
    let defaults = generics.iter().map(|g| quote!(#g = #krate::builder::Unset));
    let unset_inits = fields.iter().map(|f| {
        let n = ident(&f.rust);
        if f.required {
            quote!(#n: #krate::builder::Unset,)
        } else {
            quote!(#n: ::core::option::Option::None,)
        }
    });
    let setters = fields
        .iter()
        .map(|f| setter(f, &fields, &builder, &generics, opts));
    let bounds = required.iter().zip(&generics).map(|(f, g)| {
        let m = ident(&f.rust);
        let t = rust_ty(&f.ty, krate);
        quote!(#g: #krate::builder::IsSet<__field::#m, Value = #t>)
    });
    let build_inits = fields.iter().map(|f| {
        let n = ident(&f.rust);
        if f.required {
            quote!(#n: #krate::builder::IsSet::into_value(self.#n),)
        } else {
            quote!(#n: self.#n,)
        }
    });
    let request_doc = format!(
        "The request of [`{}`](super::{}Resource::{}): {}\n\nBuild it with [`{request}::builder`]; the builder only offers `build()` once every required field is set.",
        e.method,
        pascal(&e.resource),
        e.method,
        e.summary
    );
    let builder_doc =
        format!("Builder for [`{request}`]; required fields are tracked in its type.");
    let builder_generics = if generics.is_empty() {
        quote!()
    } else {
        quote!(<#(#defaults),*>)
    };
    let impl_generics = if generics.is_empty() {
        quote!()
    } else {
        quote!(<#(#generics),*>)
    };
    let where_clause = if required.is_empty() {
        quote!()
    } else {
        quote!(where #(#bounds),*)
    };
    let validate_checks = super::wire::request_checks(e, opts);
    quote! {
        #[doc = #request_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub struct #request {
            #(#struct_fields)*
        }

        /// Marker types naming the request's required fields in builder errors.
        pub mod __field {
            #(#markers)*
        }

        #[doc = #builder_doc]
        #[derive(Debug, Clone)]
        #[must_use = "call `.build()` to get the request"]
        pub struct #builder #builder_generics {
            #(#builder_fields)*
        }

        impl #request {
            /// Starts building a request.
            pub fn builder() -> #builder {
                #builder { #(#unset_inits)* }
            }

            /// Checks the request against the spec's constraints, reporting every violation
            /// (the client calls this before sending anything).
            pub fn validate(&self) -> ::core::result::Result<(), #krate::Violations> {
                let mut all = #krate::Violations::new();
                {
                    let violations = &mut all;
                    let prefix = "";
                    let _ = (prefix, &violations);
                    #validate_checks
                }
                all.into_result()
            }
        }

        impl #impl_generics #builder #impl_generics {
            #(#setters)*
        }

        impl #impl_generics #builder #impl_generics #where_clause {
            /// Builds the request (every required field is set, or this would not compile).
            /// Constraints are checked by [`validate`](#request::validate).
            pub fn build(self) -> #request {
                #request { #(#build_inits)* }
            }
        }
    }
}

/// One builder setter. Required fields change the builder's type; optional ones set `Some`.
pub(super) fn setter(
    f: &ir::Field,
    fields: &[&ir::Field],
    builder: &proc_macro2::Ident,
    generics: &[proc_macro2::Ident],
    opts: &Options,
) -> TokenStream {
    let krate = &opts.krate;
    let n = ident(&f.rust);
    let doc = field_doc(f);
    let (param, convert) = match &f.ty {
        Ty::String | Ty::Int64 => (
            quote!(impl ::core::convert::Into<::std::string::String>),
            quote!(::core::convert::Into::into(value)),
        ),
        Ty::UnixSeconds => (
            quote!(impl ::core::convert::Into<#krate::time::UnixSeconds>),
            quote!(::core::convert::Into::into(value)),
        ),
        Ty::Secret => (
            quote!(impl ::core::convert::Into<#krate::Secret>),
            quote!(::core::convert::Into::into(value)),
        ),
        Ty::Array(inner) if **inner == Ty::String => (
            quote!(
                impl ::core::iter::IntoIterator<
                    Item = impl ::core::convert::Into<::std::string::String>,
                >
            ),
            quote!(value.into_iter().map(::core::convert::Into::into).collect()),
        ),
        Ty::Array(inner) => {
            let t = rust_ty(inner, krate);
            (
                quote!(impl ::core::iter::IntoIterator<Item = #t>),
                quote!(value.into_iter().collect()),
            )
        }
        other => {
            let t = rust_ty(other, krate);
            (quote!(#t), quote!(value))
        }
    };
    if !f.required {
        return quote! {
            #[doc = #doc]
            pub fn #n(mut self, value: #param) -> Self {
                self.#n = ::core::option::Option::Some(#convert);
                self
            }
        };
    }
    let t = rust_ty(&f.ty, krate);
    let mine = format_ident!("__{}", pascal(&f.rust));
    let out_generics = generics.iter().map(|g| {
        if *g == mine {
            quote!(#krate::builder::Set<#t>)
        } else {
            quote!(#g)
        }
    });
    let moves = fields.iter().map(|o| {
        let on = ident(&o.rust);
        if o.rust == f.rust {
            quote!(#on: #krate::builder::Set::new(#convert),)
        } else {
            quote!(#on: self.#on,)
        }
    });
    quote! {
        #[doc = #doc]
        pub fn #n(self, value: #param) -> #builder<#(#out_generics),*> {
            #builder { #(#moves)* }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::testing::*;

    #[test]
    fn the_builder_tracks_required_fields_in_its_type() {
        let e = endpoint(
            "create",
            "POST /open-apis/demo/v1/chats/:chat_id",
            r#"
            [[request.path]]
            name = "chat_id"
            type = "string"
            required = true
            [[request.body]]
            name = "name"
            type = "string"
            required = true
            description = "The name."
            max_length = 20
            [[request.body]]
            name = "count"
            type = "int"
            [[request.body]]
            name = "tags"
            type = "string[]"
            "#,
        );
        let f = file(request(&e, &Options::default()));

        let req = item_struct(&f.items, "CreateRequest");
        assert_eq!(
            field_tys(req),
            [
                ("chat_id".into(), text(quote!(::std::string::String))),
                ("name".into(), text(quote!(::std::string::String))),
                ("count".into(), text(quote!(::core::option::Option<i64>))),
                (
                    "tags".into(),
                    text(quote!(
                        ::core::option::Option<::std::vec::Vec<::std::string::String>>
                    ))
                ),
            ]
        );
        assert_eq!(
            docs(&req.fields.iter().nth(1).unwrap().attrs),
            "The name.\n\nWire name `name`; at most 20 characters."
        );
        assert!(
            docs(&req.attrs).starts_with(
                "The request of [`create`](super::ThingResource::create): Summary of create."
            ),
            "{}",
            docs(&req.attrs)
        );

        let markers = f
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Mod(m) if m.ident == "__field" => m.content.as_ref(),
                _ => None,
            })
            .expect("mod __field");
        let marker_names: Vec<String> = markers
            .1
            .iter()
            .map(|i| match i {
                syn::Item::Struct(s) => s.ident.to_string(),
                _ => panic!("only marker structs"),
            })
            .collect();
        assert_eq!(
            marker_names,
            ["chat_id", "name"],
            "one marker per required field"
        );

        let builder = item_struct(&f.items, "CreateRequestBuilder");
        assert_eq!(
            text(&builder.generics),
            text(
                quote!(<__ChatId = ::feishu_api::builder::Unset, __Name = ::feishu_api::builder::Unset>)
            )
        );
        assert_eq!(
            field_tys(builder),
            [
                ("chat_id".into(), "__ChatId".into()),
                ("name".into(), "__Name".into()),
                ("count".into(), text(quote!(::core::option::Option<i64>))),
                (
                    "tags".into(),
                    text(quote!(
                        ::core::option::Option<::std::vec::Vec<::std::string::String>>
                    ))
                ),
            ]
        );

        let fns = inherent_fns(&f, "CreateRequest");
        assert_eq!(fn_names(&fns), ["builder", "validate"]);
        assert_eq!(
            text(&find_fn(&fns, "builder").block),
            text(quote!({
                CreateRequestBuilder {
                    chat_id: ::feishu_api::builder::Unset,
                    name: ::feishu_api::builder::Unset,
                    count: ::core::option::Option::None,
                    tags: ::core::option::Option::None,
                }
            }))
        );

        let fns = inherent_fns(&f, "CreateRequestBuilder");
        assert_eq!(
            fn_names(&fns),
            ["chat_id", "name", "count", "tags", "build"]
        );
        let name = find_fn(&fns, "name");
        assert_eq!(
            text(&name.sig.inputs),
            text(quote!(self, value: impl ::core::convert::Into<::std::string::String>))
        );
        assert_eq!(
            text(&name.sig.output),
            text(
                quote!(-> CreateRequestBuilder<__ChatId, ::feishu_api::builder::Set<::std::string::String> >)
            ),
            "setting a required field changes only its own type parameter"
        );
        let count = find_fn(&fns, "count");
        assert_eq!(text(&count.sig.output), text(quote!(-> Self)));
        assert_eq!(
            text(&count.block),
            text(quote!({
                self.count = ::core::option::Option::Some(value);
                self
            }))
        );
        let tags = find_fn(&fns, "tags");
        assert_eq!(
            text(&tags.sig.inputs),
            text(
                quote!(mut self, value: impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<::std::string::String>,>)
            )
        );

        let build_impl =
            f.items
                .iter()
                .find_map(|i| match i {
                    syn::Item::Impl(imp)
                        if imp.items.iter().any(
                            |it| matches!(it, syn::ImplItem::Fn(f) if f.sig.ident == "build"),
                        ) =>
                    {
                        Some(imp)
                    }
                    _ => None,
                })
                .expect("impl with build()");
        assert_eq!(
            text(&build_impl.generics.where_clause),
            text(quote!(where
                __ChatId: ::feishu_api::builder::IsSet<__field::chat_id, Value = ::std::string::String>,
                __Name: ::feishu_api::builder::IsSet<__field::name, Value = ::std::string::String>))
        );
    }

    #[test]
    fn a_request_without_required_fields_has_a_plain_builder() {
        let e = endpoint(
            "list",
            "GET /open-apis/demo/v1/things",
            "[[request.query]]\nname = \"page_size\"\ntype = \"int\"\n",
        );
        let f = file(request(&e, &Options::default()));
        let builder = item_struct(&f.items, "ListRequestBuilder");
        assert!(builder.generics.params.is_empty());
        let markers = f.items.iter().find_map(|i| match i {
            syn::Item::Mod(m) if m.ident == "__field" => m.content.as_ref(),
            _ => None,
        });
        assert!(markers.expect("mod __field").1.is_empty());
    }
}
