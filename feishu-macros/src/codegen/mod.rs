//! Stage 4, code generation: the checked model to Rust tokens. One module per kind of output:
//! [`enums`], [`objects`], [`request`] (and its typestate builder), [`response`] (and the error
//! codes), assembled per endpoint by [`types`]; [`wire`] (the `Endpoint` impl: path, query,
//! body, decoding, validation) with [`multipart`] bodies and [`paging`]; [`client`] (the client
//! methods and their docs); [`examples`] (the spec's examples as tests and as rustdoc). This
//! module lays out the namespace tree `service::version::resource::method`, the shared `types`
//! modules and the client accessors.

mod client;
mod enums;
mod examples;
mod facade;
mod multipart;
mod objects;
mod paging;
mod request;
mod response;
#[cfg(test)]
mod testing;
mod types;
mod wire;

use std::collections::BTreeMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

pub(crate) use client::client_methods;
use feishu_spec::ir::{self, Api, Ty};
use feishu_spec::names::pascal;

/// How the expansion refers to the runtime and where accessors go.
#[derive(Clone)]
pub struct Options {
    /// Path of the runtime crate, `::feishu_api` by default.
    pub krate: syn::Path,
    /// `None`: inherent accessors on the runtime's `Client` (only possible inside the runtime
    /// crate); `Some(name)`: an extension trait of that name, for users' own crates.
    pub extension_trait: Option<Ident>,
    /// Whether rustdoc examples may name `feishu_api` paths (true when expanding inside it).
    pub doc_examples: bool,
    /// Where the spec-example tests go.
    pub tests: Tests,
    /// Services compiled only with the cargo feature of the same name (those the expanding
    /// crate declares a feature for); the others are always compiled.
    pub service_features: Vec<String>,
    /// Whether `Endpoint::from_wire` is compiled only with the runtime's `server` feature (and
    /// in its tests): true inside the runtime crate, whose features the expansion can name.
    pub server_feature: bool,
    /// `Some`: the expanding crate is the facade, and these services are crates of their own
    /// (`feishu-<service>`, each behind the feature `<service>`) to re-export and gather.
    pub service_crates: Option<Vec<String>>,
}

/// Where the tests generated from each spec's `[example]` go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tests {
    /// In each method's module, under `#[cfg(test)]` (the default).
    #[default]
    Inline,
    /// Nowhere: another invocation, under `#[cfg(test)]`, generates them. Non-test builds
    /// then neither generate nor parse test code.
    Off,
    /// Only the tests, in a module tree `__spec_tests` that reaches the API generated beside
    /// it by the same invocation path.
    Only,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            krate: syn::parse_quote!(::feishu_api),
            extension_trait: None,
            doc_examples: false,
            tests: Tests::Inline,
            service_features: Vec::new(),
            server_feature: false,
            service_crates: None,
        }
    }
}

/// `#[cfg(feature = "service")]` when the service has a feature of its own.
fn service_gate(service: &str, opts: &Options) -> Option<TokenStream> {
    opts.service_features
        .iter()
        .any(|f| f == service)
        .then(|| quote!(#[cfg(feature = #service)]))
}

/// Generates the whole API (or, with [`Tests::Only`], only its spec-example tests).
pub fn api(api: &Api, opts: &Options) -> TokenStream {
    if opts.tests == Tests::Only {
        return tests_only(api, opts);
    }
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
            let shared = api
                .shared
                .iter()
                .find(|s| s.service == *service && s.version == *version)
                .map(|set| shared_module(set, opts));
            let mut resource_mods = Vec::new();
            let mut resource_fns = Vec::new();
            for (resource, endpoints) in resources {
                let resource_mod = ident(resource);
                let resource_ty = format_ident!("{}Resource", pascal(resource));
                let methods = endpoints.iter().map(|e| client_methods(e, opts));
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
                    #shared
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
        let gate = service_gate(service, opts);
        services.push(quote! {
            #gate
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
        accessors.push((
            format!("The `{service}` service."),
            service_mod,
            service_ty,
            gate,
        ));
    }
    let entry = match &opts.extension_trait {
        None => {
            let fns = accessors.iter().map(|(doc, name, ty, gate)| {
                quote! {
                    #gate
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
            let sigs = accessors.iter().map(|(doc, name, ty, gate)| {
                quote! {
                    #gate
                    #[doc = #doc]
                    fn #name(&self) -> #name::#ty<'_>;
                }
            });
            let fns = accessors.iter().map(|(_, name, ty, gate)| {
                quote! {
                    #gate
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
        let gate = service_gate(&e.service, opts);
        quote!(#gate #krate::endpoint::EndpointEntry::of::<#(#path::)*#request>())
    });
    let facade = opts
        .service_crates
        .as_ref()
        .map(|crates| facade::gather(crates, opts));
    quote! {
        #(#services)*
        #entry

        /// Every endpoint of this expansion, without its types: for servers (the emulator) and
        /// tools that route, check and answer requests by the spec alone.
        pub const ENDPOINTS: &[#krate::endpoint::EndpointEntry] = &[#(#entries),*];

        #facade
    }
}

/// The spec-example tests alone: `__spec_tests::service::version::resource::method`, each
/// leaf importing the generated method module beside it (five levels up: the invoking module).
fn tests_only(api: &Api, opts: &Options) -> TokenStream {
    let mut tree: BTreeMap<&str, BTreeMap<&str, BTreeMap<&str, Vec<TokenStream>>>> =
        BTreeMap::new();
    for e in &api.endpoints {
        let tests = examples::tests(e, opts);
        if tests.is_empty() {
            continue;
        }
        let path = [&e.service, &e.version, &e.resource, &e.method].map(|s| ident(s));
        let [s, v, r, m] = &path;
        tree.entry(&e.service)
            .or_default()
            .entry(&e.version)
            .or_default()
            .entry(&e.resource)
            .or_default()
            .push(quote! {
                mod #m {
                    #[allow(unused_imports)]
                    use super::super::super::super::super::#s::#v::#r::#m::*;
                    #tests
                }
            });
    }
    let services = tree.iter().map(|(service, versions)| {
        let versions = versions.iter().map(|(version, resources)| {
            let resources = resources.iter().map(|(resource, methods)| {
                let r = ident(resource);
                quote!(mod #r { #(#methods)* })
            });
            let v = ident(version);
            quote!(mod #v { #(#resources)* })
        });
        let s = ident(service);
        let gate = service_gate(service, opts);
        quote!(#gate mod #s { #(#versions)* })
    });
    quote! {
        #[cfg(test)]
        mod __spec_tests {
            #(#services)*
        }
    }
}

/// The per-method module: every type of the endpoint, its `Endpoint` impl and example tests.
pub(crate) fn endpoint_module(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let module = ident(&e.method);
    let file = e.file.to_string_lossy().into_owned();
    let doc = format!(
        "Types of `{}.{}.{}.{}`: {}",
        e.service, e.version, e.resource, e.method, e.summary
    );
    let types = types::all(e, opts);
    let wire = wire::endpoint_impl(e, opts);
    let tests = (opts.tests == Tests::Inline).then(|| examples::tests(e, opts));
    let shared = (!e.shared_types.is_empty()).then(|| {
        let names = e.shared_types.iter().map(|n| format_ident!("{}", n));
        quote! {
            #[doc(no_inline)]
            pub use super::super::types::{#(#names),*};
        }
    });
    quote! {
        #[doc = #doc]
        pub mod #module {
            // Makes cargo rebuild when the spec is edited.
            const _: &str = ::core::include_str!(#file);
            #shared

            #types
            #wire
            #tests
        }
    }
}

/// The `types` module of a service version: the objects and enums its methods share (each
/// method's module re-exports those it uses).
pub(crate) fn shared_module(set: &ir::TypeSet, opts: &Options) -> TokenStream {
    let files = set.files.iter().map(|f| f.to_string_lossy().into_owned());
    let mut doc = format!(
        "Types shared by several methods of `{}` {}.",
        set.service, set.version
    );
    if !set.description.is_empty() {
        doc = format!("{}\n\n{doc}", set.description);
    }
    let items = types::shared(set, opts);
    quote! {
        #[doc = #doc]
        pub mod types {
            #(const _: &str = ::core::include_str!(#files);)*
            #items
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
        Ty::Map(inner) => {
            let inner = rust_ty(inner, krate);
            quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
        }
        Ty::File => quote!(#krate::File),
        Ty::Secret => quote!(#krate::Secret),
        Ty::Int64 => quote!(::std::string::String),
        Ty::Json => quote!(#krate::Json),
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

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;
    use feishu_spec::fixtures::{lower, spec_text};

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

    /// Three endpoints in two services, in the order `expand::load_api` sorts them.
    fn sample_api() -> Api {
        let endpoints = [
            (
                ["attendance", "v1", "shift", "list"],
                "GET /open-apis/attendance/v1/shifts",
            ),
            (
                ["attendance", "v1", "user_task_remedy", "create"],
                "POST /open-apis/attendance/v1/user_task_remedys",
            ),
            (
                ["attendance", "v1", "user_task_remedy", "query"],
                "POST /open-apis/attendance/v1/user_task_remedys/query",
            ),
            (
                ["im", "v1", "message", "create"],
                "POST /open-apis/im/v1/messages",
            ),
        ]
        .map(|(names, http)| lower(&spec_text(names, http, "")))
        .to_vec();
        Api {
            endpoints,
            shared: Vec::new(),
        }
    }

    fn expand(api: &Api, opts: &Options) -> syn::File {
        syn::parse2(super::api(api, opts)).expect("the expansion parses as a file")
    }

    /// A short outline of items: `mod x`, `struct X`, `impl X`, `impl Trait for X`, …
    fn outline(items: &[syn::Item]) -> Vec<String> {
        let last = |p: &syn::Path| p.segments.last().unwrap().ident.to_string();
        items
            .iter()
            .map(|i| match i {
                syn::Item::Mod(m) => format!("mod {}", m.ident),
                syn::Item::Struct(s) => format!("struct {}", s.ident),
                syn::Item::Enum(e) => format!("enum {}", e.ident),
                syn::Item::Trait(t) => format!("trait {}", t.ident),
                syn::Item::Const(c) => format!("const {}", c.ident),
                syn::Item::Impl(imp) => {
                    let syn::Type::Path(ty) = &*imp.self_ty else {
                        panic!("impl of a non-path type")
                    };
                    match &imp.trait_ {
                        Some((_, t, _)) => format!("impl {} for {}", last(t), last(&ty.path)),
                        None => format!("impl {}", last(&ty.path)),
                    }
                }
                other => format!("other {}", text(other)),
            })
            .collect()
    }

    /// The items of the module at `path` (each step a module name as printed, e.g. `r#match`).
    fn module<'a>(items: &'a [syn::Item], path: &[&str]) -> &'a [syn::Item] {
        let mut items = items;
        for step in path {
            items = items
                .iter()
                .find_map(|i| match i {
                    syn::Item::Mod(m) if m.ident == step => m.content.as_ref(),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("no module {step} in {:?}", outline(items)))
                .1
                .as_slice();
        }
        items
    }

    /// The functions of the `index`-th impl block among `items`.
    fn impl_fns(items: &[syn::Item], index: usize) -> Vec<&syn::ImplItemFn> {
        let imp = items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Impl(imp) => Some(imp),
                _ => None,
            })
            .nth(index)
            .expect("impl block");
        imp.items
            .iter()
            .filter_map(|i| match i {
                syn::ImplItem::Fn(f) => Some(f),
                _ => None,
            })
            .collect()
    }

    fn fn_names(fns: &[&syn::ImplItemFn]) -> Vec<String> {
        fns.iter().map(|f| f.sig.ident.to_string()).collect()
    }

    #[test]
    fn modules_nest_service_version_resource_method() {
        let f = expand(&sample_api(), &Options::default());
        assert_eq!(
            outline(&f.items),
            ["mod attendance", "mod im", "impl Client", "const ENDPOINTS"]
        );
        let attendance = module(&f.items, &["attendance"]);
        assert_eq!(
            outline(attendance),
            [
                "mod v1",
                "struct AttendanceService",
                "impl AttendanceService",
                "impl AttendanceService"
            ]
        );
        let v1 = module(attendance, &["v1"]);
        assert_eq!(
            outline(v1),
            [
                "mod shift",
                "mod user_task_remedy",
                "struct AttendanceV1",
                "impl AttendanceV1"
            ]
        );
        let fns = impl_fns(v1, 0);
        assert_eq!(fn_names(&fns), ["shift", "user_task_remedy"]);
        assert_eq!(
            text(&fns[1].sig.output),
            text(quote!(-> user_task_remedy::UserTaskRemedyResource<'a>))
        );

        let resource = module(v1, &["user_task_remedy"]);
        assert_eq!(
            outline(resource),
            [
                "mod create",
                "mod query",
                "struct UserTaskRemedyResource",
                "impl UserTaskRemedyResource"
            ]
        );
        assert_eq!(
            fn_names(&impl_fns(resource, 0)),
            ["create", "create_with", "query", "query_with"]
        );
        let query = outline(module(resource, &["query"]));
        for item in [
            "const _",
            "struct QueryRequest",
            "struct QueryRequestBuilder",
            "struct QueryResponse",
            "enum QueryErrorCode",
            "impl Endpoint for QueryRequest",
        ] {
            assert!(query.contains(&item.to_owned()), "{item} in {query:?}");
        }
        assert_eq!(
            outline(module(&f.items, &["im", "v1", "message"]))[..2],
            ["mod create", "struct MessageResource"]
        );
    }

    #[test]
    fn the_method_module_includes_its_spec_file() {
        let e = lower(&spec_text(
            ["demo", "v1", "thing", "list"],
            "GET /open-apis/demo/v1/things",
            "",
        ));
        let m: syn::ItemMod = syn::parse2(endpoint_module(&e, &Options::default())).unwrap();
        assert_eq!(m.ident, "list");
        let doc = m
            .attrs
            .iter()
            .find(|a| a.path().is_ident("doc"))
            .expect("doc");
        assert_eq!(
            text(&doc.meta),
            text(quote!(
                doc = "Types of `demo.v1.thing.list`: Summary of list."
            ))
        );
        let items = &m.content.as_ref().unwrap().1;
        assert_eq!(
            text(&items[0]),
            text(quote!(
                const _: &str = ::core::include_str!("/specs/test.toml");
            ))
        );
    }

    #[test]
    fn the_registry_lists_every_endpoint_in_order() {
        let f = expand(&sample_api(), &Options::default());
        let registry = f
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Const(c) if c.ident == "ENDPOINTS" => Some(c),
                _ => None,
            })
            .expect("ENDPOINTS");
        assert_eq!(
            text(&registry.ty),
            text(quote!(&[::feishu_api::endpoint::EndpointEntry]))
        );
        assert_eq!(
            text(&registry.expr),
            text(quote!(&[
                ::feishu_api::endpoint::EndpointEntry::of::<attendance::v1::shift::list::ListRequest>(
                ),
                ::feishu_api::endpoint::EndpointEntry::of::<
                    attendance::v1::user_task_remedy::create::CreateRequest,
                >(),
                ::feishu_api::endpoint::EndpointEntry::of::<
                    attendance::v1::user_task_remedy::query::QueryRequest,
                >(),
                ::feishu_api::endpoint::EndpointEntry::of::<im::v1::message::create::CreateRequest>(
                )
            ]))
        );
    }

    #[test]
    fn accessors_are_inherent_on_the_client_by_default() {
        let f = expand(&sample_api(), &Options::default());
        let client = f
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
                _ => None,
            })
            .expect("impl Client");
        assert_eq!(text(&client.self_ty), text(quote!(::feishu_api::Client)));
        let fns: Vec<String> = client
            .items
            .iter()
            .map(|i| match i {
                syn::ImplItem::Fn(f) => text(f),
                _ => panic!("only functions"),
            })
            .collect();
        assert_eq!(
            fns,
            [
                text(quote!(
                    #[doc = "The `attendance` service."]
                    pub fn attendance(&self) -> attendance::AttendanceService<'_> {
                        attendance::AttendanceService::__new(self)
                    }
                )),
                text(quote!(
                    #[doc = "The `im` service."]
                    pub fn im(&self) -> im::ImService<'_> {
                        im::ImService::__new(self)
                    }
                )),
            ]
        );
        assert!(!outline(&f.items).iter().any(|i| i.starts_with("trait")));
    }

    #[test]
    fn crate_and_extension_trait_options_change_the_entry_point() {
        let opts = Options {
            krate: syn::parse_quote!(::my_rt),
            extension_trait: Some(format_ident!("MyApi")),
            doc_examples: false,
            ..Options::default()
        };
        let f = expand(&sample_api(), &opts);
        assert_eq!(
            outline(&f.items),
            [
                "mod attendance",
                "mod im",
                "trait MyApi",
                "impl MyApi for Client",
                "const ENDPOINTS"
            ],
            "no inherent impl on the runtime's `Client`"
        );
        let code = text(&f);
        assert!(!code.contains("feishu_api"), "{code}");
        assert!(code.contains(&text(quote!(impl MyApi for ::my_rt::Client))));
        assert!(code.contains(&text(quote!(client: &'a ::my_rt::Client))));
        assert!(
            code.contains(&text(quote!(::my_rt::endpoint::EndpointEntry::of::<
                im::v1::message::create::CreateRequest,
            >())))
        );
        let tr = f
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Trait(t) => Some(t),
                _ => None,
            })
            .unwrap();
        let sigs: Vec<String> = tr
            .items
            .iter()
            .map(|i| match i {
                syn::TraitItem::Fn(f) => text(&f.sig),
                _ => panic!("only functions"),
            })
            .collect();
        assert_eq!(
            sigs,
            [
                text(quote!(fn attendance(&self) -> attendance::AttendanceService<'_>)),
                text(quote!(fn im(&self) -> im::ImService<'_>)),
            ]
        );
    }

    #[test]
    fn keyword_names_become_raw_identifiers() {
        assert_eq!(ident("query").to_string(), "query");
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("match").to_string(), "r#match");

        let e = lower(&spec_text(
            ["demo", "v1", "match", "move"],
            "POST /open-apis/demo/v1/matches/move",
            "[[request.body]]\nname = \"type\"\ntype = \"string\"\nrequired = true\n",
        ));
        let f = expand(
            &Api {
                endpoints: vec![e],
                shared: Vec::new(),
            },
            &Options::default(),
        );
        let resource = module(&f.items, &["demo", "v1", "r#match"]);
        assert_eq!(
            outline(resource),
            ["mod r#move", "struct MatchResource", "impl MatchResource"]
        );
        assert_eq!(fn_names(&impl_fns(resource, 0)), ["r#move", "move_with"]);
        let code = text(&f);
        assert!(
            code.contains(&text(quote!(pub r#type: ::std::string::String))),
            "{code}"
        );
        assert!(code.contains(&text(quote!(EndpointEntry::of::<
            demo::v1::r#match::r#move::MoveRequest,
        >()))));
    }

    #[test]
    fn rust_types_follow_the_field_types_and_runtime_path() {
        let krate: syn::Path = syn::parse_quote!(::rt);
        let cases = [
            (Ty::String, quote!(::std::string::String)),
            (Ty::Int, quote!(i64)),
            (Ty::Bool, quote!(bool)),
            (Ty::Float, quote!(f64)),
            (Ty::UnixSeconds, quote!(::rt::time::UnixSeconds)),
            (Ty::DateYmd, quote!(::rt::time::DateYmd)),
            (Ty::LocalMinute, quote!(::rt::time::LocalMinute)),
            (Ty::Enum("Status".into()), quote!(Status)),
            (Ty::Object("Item".into()), quote!(Item)),
            (
                Ty::Array(Box::new(Ty::Array(Box::new(Ty::UnixSeconds)))),
                quote!(::std::vec::Vec<::std::vec::Vec<::rt::time::UnixSeconds>>),
            ),
        ];
        for (ty, expected) in cases {
            assert_eq!(text(rust_ty(&ty, &krate)), text(expected), "{ty:?}");
        }
    }

    #[test]
    fn field_docs_list_description_constraints_and_defaults() {
        let e = lower(&spec_text(
            ["demo", "v1", "thing", "list"],
            "POST /open-apis/demo/v1/things",
            r#"
            [[request.body]]
            name = "userIds"
            type = "string[]"
            description = "The employees."
            min_items = 1
            max_items = 50
            [[request.body]]
            name = "tags"
            type = "string[]"
            max_items = 5
            [[request.body]]
            name = "name"
            type = "string"
            min_length = 2
            [[request.body]]
            name = "count"
            type = "int"
            minimum = 1
            maximum = 9
            [[request.body]]
            name = "status"
            type = "Status"
            server_default = 2
            [[request.body]]
            name = "at"
            type = "string"
            format = "local_minute"
            time_zone_field = "zone"
            [[request.body]]
            name = "zone"
            type = "string"
            [[enums]]
            name = "Status"
            base = "int"
            [[enums.values]]
            value = 2
            name = "Approved"
            "#,
        ));
        let docs: Vec<String> = e.body.iter().map(field_doc).collect();
        assert_eq!(
            docs,
            [
                "The employees.\n\nWire name `userIds`; 1 to 50 items.",
                "Wire name `tags`; at most 5 items.",
                "Wire name `name`; at least 2 characters.",
                "Wire name `count`; at least 1; at most 9.",
                "Wire name `status`; the server assumes `2` ([`Status::Approved`]) when absent.",
                "Wire name `at`; wall-clock time in the zone named by `zone`.",
                "Wire name `zone`.",
            ]
        );
    }
}
