//! Enums: a variant per documented value plus `Unknown(raw)`, the table of wire values, and
//! serde and query-string forms that never fail on a value the spec does not list.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Options;
use feishu_spec::ir::{self, EnumBase};

pub(super) fn enum_(en: &ir::Enum, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let name = format_ident!("{}", en.name);
    let mut doc = en.description.clone();
    doc.push_str("\n\nValues the spec does not list decode to `Unknown`, keeping the raw value, so a new server value never breaks decoding.");
    let variants = en.values.iter().map(|v| {
        let var = format_ident!("{}", v.name);
        let mut d = v.description.clone();
        let wire = wire_display(en, v);
        d.push_str(&format!("\n\nWire value {wire}."));
        if let Some(note) = &v.unsupported {
            d.push_str(&format!("\n\n**Not accepted by the server yet:** {note}"));
        }
        quote! { #[doc = #d] #var, }
    });
    let known = en.values.iter().map(|v| format_ident!("{}", v.name));
    let (raw_ty, derive_copy, to_arms, from_body, ser, de, display_arm, unknown_doc) = match en.base
    {
        EnumBase::Int => {
            let to = en.values.iter().map(|v| {
                let var = format_ident!("{}", v.name);
                let n: i64 = v.wire.parse().unwrap_or_default();
                quote! { Self::#var => #n, }
            });
            let from = en.values.iter().map(|v| {
                let var = format_ident!("{}", v.name);
                let n: i64 = v.wire.parse().unwrap_or_default();
                quote! { #n => Self::#var, }
            });
            (
                quote!(i64),
                quote!(Copy,),
                quote! { #(#to)* Self::Unknown(raw) => *raw, },
                quote! { match value { #(#from)* other => Self::Unknown(other) } },
                quote! { serializer.serialize_i64(self.wire_value()) },
                quote! { <i64 as _serde::Deserialize>::deserialize(deserializer).map(Self::from_wire_value) },
                quote! { ::core::fmt::Display::fmt(&self.wire_value(), f) },
                "A value this version of the SDK does not know, as received.",
            )
        }
        EnumBase::String => {
            let to = en.values.iter().map(|v| {
                let var = format_ident!("{}", v.name);
                let s = &v.wire;
                quote! { Self::#var => #s, }
            });
            let from = en.values.iter().map(|v| {
                let var = format_ident!("{}", v.name);
                let s = &v.wire;
                quote! { #s => Self::#var, }
            });
            (
                quote!(::std::string::String),
                quote!(),
                quote! { #(#to)* Self::Unknown(raw) => raw.as_str(), },
                quote! { match value { #(#from)* other => Self::Unknown(::std::string::String::from(other)) } },
                quote! { serializer.serialize_str(self.wire_value()) },
                quote! {
                    <::std::string::String as _serde::Deserialize>::deserialize(deserializer)
                        .map(|raw| Self::from_wire_value(&raw))
                },
                quote! { f.write_str(self.wire_value()) },
                "A value this version of the SDK does not know, as received.",
            )
        }
    };
    let (wire_ret, from_arg) = match en.base {
        EnumBase::Int => (quote!(i64), quote!(i64)),
        EnumBase::String => (quote!(&str), quote!(&str)),
    };
    let unsupported: Vec<_> = en
        .values
        .iter()
        .filter(|v| v.unsupported.is_some())
        .map(|v| format_ident!("{}", v.name))
        .collect();
    let supported_body = if unsupported.is_empty() {
        quote!(true)
    } else {
        quote!(!matches!(self, #(Self::#unsupported)|*))
    };
    let from_query = match en.base {
        EnumBase::Int => quote! {
            raw.parse::<i64>().map(Self::from_wire_value).map_err(|_| ::std::format!("`{raw}` is not an integer"))
        },
        EnumBase::String => quote! { ::core::result::Result::Ok(Self::from_wire_value(raw)) },
    };
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, #derive_copy PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            #[doc = #unknown_doc]
            Unknown(#raw_ty),
        }

        impl #name {
            /// Every value the spec documents, in spec order.
            pub const KNOWN: &'static [Self] = &[#(Self::#known),*];

            /// The value as sent on the wire.
            pub fn wire_value(&self) -> #wire_ret {
                match self {
                    #to_arms
                }
            }

            /// Reads a wire value; a value the spec does not list becomes `Unknown`.
            pub fn from_wire_value(value: #from_arg) -> Self {
                #from_body
            }

            /// Whether the server accepts this value today (the spec documents some values
            /// ahead of support). `Unknown` values are passed through as the caller chose.
            pub fn is_supported(&self) -> bool {
                #supported_body
            }
        }

        impl ::core::fmt::Display for #name {
            /// Writes the wire value.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display_arm
            }
        }

        const _: () = {
            use #krate::__private::serde as _serde;

            impl _serde::Serialize for #name {
                fn serialize<S: _serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                    #ser
                }
            }

            impl<'de> _serde::Deserialize<'de> for #name {
                fn deserialize<D: _serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                    #de
                }
            }

            impl #krate::wire::QueryValue for #name {
                fn to_query(&self) -> ::std::string::String {
                    ::std::string::ToString::to_string(self)
                }
                fn from_query(raw: &str) -> ::core::result::Result<Self, ::std::string::String> {
                    #from_query
                }
            }
        };
    }
}

pub(super) fn wire_display(en: &ir::Enum, v: &ir::EnumValue) -> String {
    match en.base {
        EnumBase::Int => format!("`{}`", v.wire),
        EnumBase::String => format!("`\"{}\"`", v.wire),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::testing::*;

    #[test]
    fn int_enums_keep_unknown_integers() {
        let e = endpoint("create", "POST /open-apis/demo/v1/things", STATUS);
        let f = file(enum_(&e.enums[0], &Options::default()));
        let en = item_enum(&f, "Status");
        let variants: Vec<String> = en.variants.iter().map(|v| v.ident.to_string()).collect();
        assert_eq!(variants, ["Pending", "Approved", "Legacy", "Unknown"]);
        assert_eq!(text(&en.variants[3].fields), "(i64)");
        assert_eq!(
            metas(&en.attrs, "derive"),
            [text(quote!(derive(
                Debug, Clone, Copy, PartialEq, Eq, Hash
            )))],
            "integer enums are Copy"
        );
        assert_eq!(metas(&en.attrs, "non_exhaustive").len(), 1);
        assert!(
            docs(&en.attrs).starts_with(
                "An approval status.\n\nValues the spec does not list decode to `Unknown`"
            ),
            "{}",
            docs(&en.attrs)
        );
        assert_eq!(
            docs(&en.variants[0].attrs),
            "Waiting for approval.\n\nWire value `0`."
        );
        assert_eq!(
            docs(&en.variants[2].attrs),
            "An old status.\n\nWire value `9`.\n\n**Not accepted by the server yet:** Retired."
        );

        let fns = inherent_fns(&f, "Status");
        assert_eq!(
            fn_names(&fns),
            ["wire_value", "from_wire_value", "is_supported"]
        );
        let wire_value = find_fn(&fns, "wire_value");
        assert_eq!(text(&wire_value.sig.output), text(quote!(-> i64)));
        assert_eq!(
            text(&wire_value.block),
            text(quote!({
                match self {
                    Self::Pending => 0i64,
                    Self::Approved => 2i64,
                    Self::Legacy => 9i64,
                    Self::Unknown(raw) => *raw,
                }
            }))
        );
        let from = find_fn(&fns, "from_wire_value");
        assert_eq!(text(&from.sig.inputs), text(quote!(value: i64)));
        assert_eq!(
            text(&from.block),
            text(quote!({
                match value {
                    0i64 => Self::Pending,
                    2i64 => Self::Approved,
                    9i64 => Self::Legacy,
                    other => Self::Unknown(other),
                }
            }))
        );
        assert_eq!(
            text(&find_fn(&fns, "is_supported").block),
            text(quote!({ !matches!(self, Self::Legacy) }))
        );

        let code = prettyplease::unparse(&f);
        assert!(
            code.contains(
                "pub const KNOWN: &'static [Self] = &[Self::Pending, Self::Approved, Self::Legacy];"
            ),
            "{code}"
        );
        assert!(
            code.contains("serializer.serialize_i64(self.wire_value())"),
            "{code}"
        );
        assert!(
            text(&f).contains(&text(quote!(
                <i64 as _serde::Deserialize>::deserialize(deserializer).map(Self::from_wire_value)
            ))),
            "{code}"
        );
        assert!(
            code.contains("impl ::feishu_api::wire::QueryValue for Status"),
            "{code}"
        );
        assert!(code.contains("raw.parse::<i64>()"), "{code}");
    }

    #[test]
    fn string_enums_keep_unknown_strings() {
        let e = endpoint(
            "create",
            "POST /open-apis/demo/v1/things",
            r#"
            [[request.query]]
            name = "employee_type"
            type = "EmployeeType"
            [[enums]]
            name = "EmployeeType"
            base = "string"
            [[enums.values]]
            value = "employee_id"
            name = "EmployeeId"
            [[enums.values]]
            value = "employee_no"
            name = "EmployeeNo"
            "#,
        );
        let f = file(enum_(&e.enums[0], &Options::default()));
        let en = item_enum(&f, "EmployeeType");
        assert_eq!(
            text(&en.variants[2].fields),
            text(quote!((::std::string::String)))
        );
        assert_eq!(
            metas(&en.attrs, "derive"),
            [text(quote!(derive(Debug, Clone, PartialEq, Eq, Hash)))],
            "string enums are not Copy"
        );
        assert_eq!(
            docs(&en.variants[1].attrs),
            "\n\nWire value `\"employee_no\"`."
        );
        let fns = inherent_fns(&f, "EmployeeType");
        let wire_value = find_fn(&fns, "wire_value");
        assert_eq!(text(&wire_value.sig.output), text(quote!(-> &str)));
        assert_eq!(
            text(&wire_value.block),
            text(quote!({
                match self {
                    Self::EmployeeId => "employee_id",
                    Self::EmployeeNo => "employee_no",
                    Self::Unknown(raw) => raw.as_str(),
                }
            }))
        );
        let from = find_fn(&fns, "from_wire_value");
        assert_eq!(text(&from.sig.inputs), text(quote!(value: &str)));
        assert_eq!(
            text(&from.block),
            text(quote!({
                match value {
                    "employee_id" => Self::EmployeeId,
                    "employee_no" => Self::EmployeeNo,
                    other => Self::Unknown(::std::string::String::from(other)),
                }
            }))
        );
        assert_eq!(
            text(&find_fn(&fns, "is_supported").block),
            text(quote!({ true })),
            "every value is supported"
        );
        let code = prettyplease::unparse(&f);
        assert!(code.contains("f.write_str(self.wire_value())"), "{code}");
        assert!(
            code.contains("serializer.serialize_str(self.wire_value())"),
            "{code}"
        );
    }
}
