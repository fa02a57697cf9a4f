//! The response type (fields, an alias of a declared object, or a download) and the
//! documented error-code enum with its table.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

use super::Options;
use super::objects::{
    decode_impl, ser_field, serde_crate, serde_field, table_decoded, zoned_accessors,
};
use super::types::{Names, names};
use feishu_spec::ir::{self};

pub(super) fn response(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let Names { response, .. } = names(e);
    if let Some(object) = &e.response_object {
        let object = format_ident!("{}", object);
        let doc = if e.response_description.is_empty() {
            format!(
                "The `data` of a successful `{}` response: a [`{object}`].",
                e.method
            )
        } else {
            format!("{}\n\nThe data is a [`{object}`].", e.response_description)
        };
        return quote! {
            #[doc = #doc]
            pub type #response = #object;
        };
    }
    if e.binary_response {
        let doc = format!(
            "What a successful `{}` call gives before its body is read: see [`{}::Download`].",
            e.method,
            krate.to_token_stream().to_string().replace(' ', "")
        );
        return quote! {
            #[doc = #doc]
            pub type #response = #krate::Download;
        };
    }
    let mut doc = if e.response_description.is_empty() {
        format!("The `data` of a successful `{}` response.", e.method)
    } else {
        e.response_description.clone()
    };
    doc.push_str("\n\nAbsent optional fields decode as `None` (arrays as empty); unknown fields are ignored.");
    let serde_path = serde_crate(opts);
    let table = table_decoded(&e.response);
    let fields: Vec<TokenStream> = if table {
        e.response
            .iter()
            .map(|f| ser_field(f, opts, false))
            .collect()
    } else {
        e.response
            .iter()
            .map(|f| serde_field(f, opts, false))
            .collect()
    };
    let default = table.then(|| quote!(Default,));
    let derive_de = (!table).then(|| quote!(#krate::__private::serde::Deserialize,));
    let decode = table.then(|| decode_impl(&response, &e.response, opts, false));
    let zoned = zoned_accessors(&response, &e.response, opts);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, #default #krate::__private::serde::Serialize, #derive_de)]
        #[serde(crate = #serde_path)]
        #[non_exhaustive]
        pub struct #response {
            #(#fields)*
        }
        #decode
        #zoned
    }
}

pub(super) fn error_codes(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let Names { errors, .. } = names(e);
    let doc = format!(
        "The error codes the reference page documents for `{}`, to match a failed call's code by name: `{errors}::from_code(code)`.",
        e.method
    );
    let variants = e.errors.iter().map(|er| {
        let v = format_ident!("{}", er.name);
        let d = format!(
            "`{}` (HTTP {}): {}\n\n{}",
            er.code, er.http_status, er.message, er.hint
        );
        quote! { #[doc = #d] #v, }
    });
    let infos = e.errors.iter().map(|er| {
        let (status, code, name, message, hint) = (er.http_status, er.code, &er.name, &er.message, &er.hint);
        quote! {
            #krate::ErrorCodeInfo { http_status: #status, code: #code, name: #name, message: #message, hint: #hint }
        }
    });
    let index_arms = e.errors.iter().enumerate().map(|(i, er)| {
        let v = format_ident!("{}", er.name);
        quote! { Self::#v => &ERRORS[#i], }
    });
    let from_arms = e.errors.iter().map(|er| {
        let v = format_ident!("{}", er.name);
        let c = er.code;
        quote! { #c => ::core::option::Option::Some(Self::#v), }
    });
    let all = e.errors.iter().map(|er| format_ident!("{}", er.name));
    let n = e.errors.len();
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #errors {
            #(#variants)*
        }

        /// The documented error table, in spec order.
        pub const ERRORS: &[#krate::ErrorCodeInfo; #n] = &[#(#infos),*];

        impl #errors {
            /// Every documented code, in spec order.
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            /// The documented code with this value, if any.
            pub fn from_code(code: i64) -> ::core::option::Option<Self> {
                match code {
                    #(#from_arms)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The code's row in the documented table.
            pub fn info(self) -> &'static #krate::ErrorCodeInfo {
                match self {
                    #(#index_arms)*
                }
            }

            /// The body `code`.
            pub fn code(self) -> i64 {
                self.info().code
            }

            /// The troubleshooting hint.
            pub fn hint(self) -> &'static str {
                self.info().hint
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::testing::*;

    #[test]
    fn response_fields_decode_tolerantly() {
        let e = endpoint(
            "query",
            "POST /open-apis/demo/v1/things/query",
            r#"
            [response]
            description = "The items found."
            [[response.fields]]
            name = "total"
            type = "int"
            required = true
            description = "How many."
            [[response.fields]]
            name = "userName"
            type = "string"
            [[response.fields]]
            name = "items"
            type = "Item[]"
            [[objects]]
            name = "Item"
            [[objects.fields]]
            name = "id"
            type = "string"
            "#,
        );
        let f = file(response(&e, &Options::default()));
        let resp = item_struct(&f.items, "QueryResponse");
        assert!(
            docs(&resp.attrs)
                .starts_with("The items found.\n\nAbsent optional fields decode as `None`"),
            "{}",
            docs(&resp.attrs)
        );
        assert_eq!(
            metas(&resp.attrs, "derive"),
            [text(quote!(derive(
                Debug,
                Clone,
                PartialEq,
                ::feishu_api::__private::serde::Serialize,
                ::feishu_api::__private::serde::Deserialize
            )))],
            "no `Default` while a field is required"
        );
        assert_eq!(
            metas(&resp.attrs, "serde"),
            [text(quote!(serde(
                crate = "::feishu_api::__private::serde"
            )))]
        );
        assert_eq!(
            field_tys(resp),
            [
                ("total".into(), "i64".into()),
                (
                    "user_name".into(),
                    text(quote!(::core::option::Option<::std::string::String>))
                ),
                ("items".into(), text(quote!(::std::vec::Vec<Item>))),
            ],
            "optional arrays are plain `Vec`s in responses"
        );
        let serde_attrs: Vec<Vec<String>> = resp
            .fields
            .iter()
            .map(|f| metas(&f.attrs, "serde"))
            .collect();
        assert_eq!(
            serde_attrs,
            [
                vec![],
                vec![
                    text(quote!(serde(rename = "userName"))),
                    text(quote!(serde(
                        default,
                        skip_serializing_if = "::core::option::Option::is_none"
                    ))),
                ],
                vec![text(quote!(serde(
                    default,
                    deserialize_with = "::feishu_api::wire::null_as_default"
                )))],
            ]
        );
        assert_eq!(
            docs(&resp.fields.iter().next().unwrap().attrs),
            "How many.\n\nWire name `total`."
        );

        // All optional: `Default` is derived, and the doc falls back to a generic sentence.
        let e = endpoint(
            "list",
            "GET /open-apis/demo/v1/things",
            "[[response.fields]]\nname = \"note\"\ntype = \"string\"\n",
        );
        let f = file(response(&e, &Options::default()));
        let resp = item_struct(&f.items, "ListResponse");
        assert!(metas(&resp.attrs, "derive")[0].contains("Default"));
        assert!(
            docs(&resp.attrs).starts_with("The `data` of a successful `list` response.\n\n"),
            "{}",
            docs(&resp.attrs)
        );
    }

    #[test]
    fn error_codes_keep_the_spec_order() {
        let e = endpoint(
            "query",
            "GET /open-apis/demo/v1/things",
            r#"
            [[errors]]
            http_status = 500
            code = 3
            name = "Internal"
            message = "internal"
            [[errors]]
            http_status = 400
            code = 1
            name = "ParamInvalid"
            message = "bad param"
            hint = "Check the parameters."
            "#,
        );
        let f = file(error_codes(&e, &Options::default()));
        let en = item_enum(&f, "QueryErrorCode");
        let variants: Vec<String> = en.variants.iter().map(|v| v.ident.to_string()).collect();
        assert_eq!(variants, ["Internal", "ParamInvalid"], "no `Unknown` here");
        assert_eq!(
            docs(&en.variants[1].attrs),
            "`1` (HTTP 400): bad param\n\nCheck the parameters."
        );
        let errors = f
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Const(c) if c.ident == "ERRORS" => Some(c),
                _ => None,
            })
            .expect("const ERRORS");
        assert_eq!(
            text(&errors.ty),
            text(quote!(&[::feishu_api::ErrorCodeInfo; 2usize]))
        );
        assert_eq!(
            text(&errors.expr),
            text(quote!(&[
                ::feishu_api::ErrorCodeInfo {
                    http_status: 500u16,
                    code: 3i64,
                    name: "Internal",
                    message: "internal",
                    hint: ""
                },
                ::feishu_api::ErrorCodeInfo {
                    http_status: 400u16,
                    code: 1i64,
                    name: "ParamInvalid",
                    message: "bad param",
                    hint: "Check the parameters."
                }
            ]))
        );
        let fns = inherent_fns(&f, "QueryErrorCode");
        assert_eq!(
            text(&find_fn(&fns, "from_code").block),
            text(quote!({
                match code {
                    3i64 => ::core::option::Option::Some(Self::Internal),
                    1i64 => ::core::option::Option::Some(Self::ParamInvalid),
                    _ => ::core::option::Option::None,
                }
            }))
        );
        assert_eq!(
            text(&find_fn(&fns, "info").block),
            text(quote!({
                match self {
                    Self::Internal => &ERRORS[0usize],
                    Self::ParamInvalid => &ERRORS[1usize],
                }
            }))
        );
    }
}
