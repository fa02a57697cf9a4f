//! The facade's gathering of service crates (`service_crates = true`): each service that is a
//! crate of its own, `feishu-<service>` behind the feature `<service>`, is re-exported as
//! `<service>`, its accessor trait goes into `prelude`, and its endpoint registry into
//! `REGISTRIES`. Adding a service crate then takes a dependency and a feature line, no Rust.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Options, ident};
use feishu_spec::names::pascal;

/// The re-exports, `prelude` and `REGISTRIES` for `crates` (service names).
pub fn gather(crates: &[String], opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let mut reexports = Vec::new();
    let mut traits = Vec::new();
    let mut registries = Vec::new();
    for service in crates {
        let module = ident(service);
        let dependency = format_ident!("feishu_{}", service);
        let accessor = format_ident!("{}Api", pascal(service));
        reexports.push(quote! {
            #[cfg(feature = #service)]
            #[doc(inline)]
            pub use ::#dependency::#module;
        });
        traits.push(quote! {
            #[cfg(feature = #service)]
            #[doc(inline)]
            pub use ::#dependency::#accessor;
        });
        registries.push(quote! {
            #[cfg(feature = #service)]
            ::#dependency::ENDPOINTS,
        });
    }
    // The accessors of services expanded here, if any.
    let own = opts
        .extension_trait
        .as_ref()
        .map(|t| quote!(pub use super::#t;));
    quote! {
        #(#reexports)*

        /// The extension traits that put each service's methods on the `Client`: `use
        /// feishu_api::prelude::*;`, then `client.<service>()`.
        pub mod prelude {
            #(#traits)*
            #own
        }

        /// Every endpoint registry: the runtime's (`auth`), each enabled service crate's, and
        /// this crate's `ENDPOINTS`. Servers such as `feishu-emulator` route by them.
        pub const REGISTRIES: &[&[#krate::endpoint::EndpointEntry]] = &[
            #krate::ENDPOINTS,
            #(#registries)*
            ENDPOINTS,
        ];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::testing::text;

    #[test]
    fn each_service_crate_is_reexported_behind_its_feature() {
        let opts = Options {
            krate: syn::parse_quote!(::feishu_runtime),
            extension_trait: Some(format_ident!("SpecServices")),
            ..Options::default()
        };
        let code = gather(&["attendance".into(), "corehr".into()], &opts);
        let file: syn::File = syn::parse2(code).unwrap();
        let items: Vec<String> = file.items.iter().map(|i| text(quote!(#i))).collect();
        assert_eq!(
            items[0],
            text(quote! {
                #[cfg(feature = "attendance")]
                #[doc(inline)]
                pub use ::feishu_attendance::attendance;
            })
        );
        assert_eq!(
            items[1],
            text(quote! {
                #[cfg(feature = "corehr")]
                #[doc(inline)]
                pub use ::feishu_corehr::corehr;
            })
        );
        let prelude = &items[2];
        for expected in [
            text(quote!(
                #[cfg(feature = "attendance")]
                #[doc(inline)]
                pub use ::feishu_attendance::AttendanceApi;
            )),
            text(quote!(
                #[cfg(feature = "corehr")]
                #[doc(inline)]
                pub use ::feishu_corehr::CorehrApi;
            )),
            text(quote!(
                pub use super::SpecServices;
            )),
        ] {
            assert!(prelude.contains(&expected), "{expected} not in {prelude}");
        }
        assert!(
            items[3].ends_with(&text(quote! {
                = &[
                    ::feishu_runtime::ENDPOINTS,
                    #[cfg(feature = "attendance")]
                    ::feishu_attendance::ENDPOINTS,
                    #[cfg(feature = "corehr")]
                    ::feishu_corehr::ENDPOINTS,
                    ENDPOINTS,
                ];
            })),
            "{}",
            items[3]
        );
    }
}
