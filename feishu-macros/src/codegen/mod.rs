//! Stage 4, code generation: the checked model to Rust tokens. One module per concern:
//! [`types`] (enums, objects, request and builder, response, error codes), [`wire`] (the
//! `Endpoint` impl: path, query, body, decoding, validation) and [`examples`] (the spec's
//! examples as tests and as rustdoc). This module lays out the namespace tree
//! `service::version::resource::method` and the client accessors.

mod examples;
mod types;
mod wire;

use std::collections::BTreeMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::check::pascal;
use crate::ir::{self, Api, Ty};

/// How the expansion refers to the runtime and where accessors go.
#[derive(Clone)]
pub struct Options {
    /// Path of the runtime crate, `::feishu_sdk` by default.
    pub krate: syn::Path,
    /// `None`: inherent accessors on the runtime's `Client` (only possible inside the runtime
    /// crate); `Some(name)`: an extension trait of that name, for users' own crates.
    pub extension_trait: Option<Ident>,
    /// Whether rustdoc examples may name `feishu_sdk` paths (true when expanding inside it).
    pub doc_examples: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            krate: syn::parse_quote!(::feishu_sdk),
            extension_trait: None,
            doc_examples: false,
        }
    }
}

/// Generates the whole API.
pub fn api(api: &Api, opts: &Options) -> TokenStream {
    // service -> version -> resource -> endpoints
    let mut tree: BTreeMap<&str, BTreeMap<&str, BTreeMap<&str, Vec<&ir::Endpoint>>>> =
        BTreeMap::new();
    for e in &api.endpoints {
        tree.entry(&e.service)
            .or_default()
            .entry(&e.version)
            .or_default()
            .entry(&e.resource)
            .or_default()
            .push(e);
    }
    let krate = &opts.krate;
    let mut services = Vec::new();
    let mut accessors = Vec::new();
    for (service, versions) in &tree {
        let service_mod = ident(service);
        let service_ty = format_ident!("{}Service", pascal(service));
        let service_doc = format!("The `{service}` service.");
        let mut version_mods = Vec::new();
        let mut version_fns = Vec::new();
        for (version, resources) in versions {
            let version_mod = ident(version);
            let version_ty = format_ident!("{}{}", pascal(service), pascal(version));
            let mut resource_mods = Vec::new();
            let mut resource_fns = Vec::new();
            for (resource, endpoints) in resources {
                let resource_mod = ident(resource);
                let resource_ty = format_ident!("{}Resource", pascal(resource));
                let methods = endpoints.iter().map(|e| types::client_methods(e, opts));
                let modules = endpoints.iter().map(|e| endpoint_module(e, opts));
                let doc = format!("The `{resource}` resource of `{service}` {version}.");
                let accessor_doc = format!("Calls on the `{resource}` resource.");
                resource_mods.push(quote! {
                    #[doc = #doc]
                    pub mod #resource_mod {
                        #(#modules)*

                        #[doc = #accessor_doc]
                        #[derive(Debug, Clone, Copy)]
                        pub struct #resource_ty<'a> {
                            pub(super) client: &'a #krate::Client,
                        }

                        impl<'a> #resource_ty<'a> {
                            #(#methods)*
                        }
                    }
                });
                let fn_doc = format!("The `{resource}` resource.");
                resource_fns.push(quote! {
                    #[doc = #fn_doc]
                    pub fn #resource_mod(&self) -> #resource_mod::#resource_ty<'a> {
                        #resource_mod::#resource_ty { client: self.client }
                    }
                });
            }
            let doc = format!("Version `{version}` of the `{service}` service.");
            let accessor_doc = format!("Resources of `{service}` {version}.");
            version_mods.push(quote! {
                #[doc = #doc]
                pub mod #version_mod {
                    #(#resource_mods)*

                    #[doc = #accessor_doc]
                    #[derive(Debug, Clone, Copy)]
                    pub struct #version_ty<'a> {
                        pub(super) client: &'a #krate::Client,
                    }

                    impl<'a> #version_ty<'a> {
                        #(#resource_fns)*
                    }
                }
            });
            let fn_doc = format!("Version `{version}` of `{service}`.");
            version_fns.push(quote! {
                #[doc = #fn_doc]
                pub fn #version_mod(&self) -> #version_mod::#version_ty<'a> {
                    #version_mod::#version_ty { client: self.client }
                }
            });
        }
        let accessor_doc = format!("Versions of the `{service}` service.");
        services.push(quote! {
            #[doc = #service_doc]
            pub mod #service_mod {
                #(#version_mods)*

                #[doc = #accessor_doc]
                #[derive(Debug, Clone, Copy)]
                pub struct #service_ty<'a> {
                    client: &'a #krate::Client,
                }

                impl<'a> #service_ty<'a> {
                    #(#version_fns)*
                }

                impl<'a> #service_ty<'a> {
                    #[doc(hidden)]
                    pub fn __new(client: &'a #krate::Client) -> Self {
                        #service_ty { client }
                    }
                }
            }
        });
        accessors.push((format!("The `{service}` service."), service_mod, service_ty));
    }
    let entry = match &opts.extension_trait {
        None => {
            let fns = accessors.iter().map(|(doc, name, ty)| {
                quote! {
                    #[doc = #doc]
                    pub fn #name(&self) -> #name::#ty<'_> {
                        #name::#ty::__new(self)
                    }
                }
            });
            quote! {
                impl #krate::Client {
                    #(#fns)*
                }
            }
        }
        Some(trait_name) => {
            let doc = "Calls generated from this crate's specs, on the runtime's `Client`.";
            let sigs = accessors.iter().map(|(doc, name, ty)| {
                quote! {
                    #[doc = #doc]
                    fn #name(&self) -> #name::#ty<'_>;
                }
            });
            let fns = accessors.iter().map(|(_, name, ty)| {
                quote! {
                    fn #name(&self) -> #name::#ty<'_> {
                        #name::#ty::__new(self)
                    }
                }
            });
            quote! {
                #[doc = #doc]
                pub trait #trait_name {
                    #(#sigs)*
                }
                impl #trait_name for #krate::Client {
                    #(#fns)*
                }
            }
        }
    };
    let entries = api.endpoints.iter().map(|e| {
        let path = [&e.service, &e.version, &e.resource, &e.method].map(|s| ident(s));
        let request = types::names(e).request;
        quote!(#krate::endpoint::EndpointEntry::of::<#(#path::)*#request>())
    });
    quote! {
        #(#services)*
        #entry

        /// Every endpoint of this expansion, without its types: for servers (the emulator) and
        /// tools that route, check and answer requests by the spec alone.
        pub const ENDPOINTS: &[#krate::endpoint::EndpointEntry] = &[#(#entries),*];
    }
}

/// The per-method module: every type of the endpoint, its `Endpoint` impl and example tests.
fn endpoint_module(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let module = ident(&e.method);
    let file = e.file.to_string_lossy().into_owned();
    let doc = format!(
        "Types of `{}.{}.{}.{}`: {}",
        e.service, e.version, e.resource, e.method, e.summary
    );
    let types = types::all(e, opts);
    let wire = wire::endpoint_impl(e, opts);
    let tests = examples::tests(e, opts);
    quote! {
        #[doc = #doc]
        pub mod #module {
            // Makes cargo rebuild when the spec is edited.
            const _: &str = ::core::include_str!(#file);

            #types
            #wire
            #tests
        }
    }
}

/// An identifier, raw when the name is a keyword.
pub fn ident(name: &str) -> Ident {
    if syn::parse_str::<Ident>(name).is_ok() {
        Ident::new(name, Span::call_site())
    } else {
        Ident::new_raw(name, Span::call_site())
    }
}

/// The Rust type of a field's value (without `Option`).
pub fn rust_ty(ty: &Ty, krate: &syn::Path) -> TokenStream {
    match ty {
        Ty::String => quote!(::std::string::String),
        Ty::Int => quote!(i64),
        Ty::Bool => quote!(bool),
        Ty::Float => quote!(f64),
        Ty::UnixSeconds => quote!(#krate::time::UnixSeconds),
        Ty::DateYmd => quote!(#krate::time::DateYmd),
        Ty::LocalMinute => quote!(#krate::time::LocalMinute),
        Ty::Enum(n) | Ty::Object(n) => {
            let n = format_ident!("{}", n);
            quote!(#n)
        }
        Ty::Array(inner) => {
            let inner = rust_ty(inner, krate);
            quote!(::std::vec::Vec<#inner>)
        }
    }
}

/// Rustdoc for a field: description, wire name and type, constraints, default.
pub fn field_doc(f: &ir::Field) -> String {
    let mut doc = f.description.clone();
    let mut facts = vec![format!("Wire name `{}`", f.wire)];
    let c = &f.constraints;
    match (c.min_items, c.max_items) {
        (Some(lo), Some(hi)) => facts.push(format!("{lo} to {hi} items")),
        (Some(lo), None) => facts.push(format!("at least {lo} items")),
        (None, Some(hi)) => facts.push(format!("at most {hi} items")),
        _ => {}
    }
    match (c.min_length, c.max_length) {
        (Some(lo), Some(hi)) => facts.push(format!("{lo} to {hi} characters")),
        (Some(lo), None) => facts.push(format!("at least {lo} characters")),
        (None, Some(hi)) => facts.push(format!("at most {hi} characters")),
        _ => {}
    }
    if let Some(m) = c.minimum {
        facts.push(format!("at least {m}"));
    }
    if let Some(m) = c.maximum {
        facts.push(format!("at most {m}"));
    }
    if let Some(d) = &f.server_default {
        facts.push(format!("the server assumes {d} when absent"));
    }
    if let Some(tz) = &f.time_zone_field {
        facts.push(format!("wall-clock time in the zone named by `{tz}`"));
    }
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    doc.push_str(&facts.join("; "));
    doc.push('.');
    doc
}
