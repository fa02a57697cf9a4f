//! Objects: serde structs whose decoding is tolerant (absent optional fields, `null` arrays),
//! constructors and validation for objects sent in requests, zoned-time accessors.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

use super::{Options, field_doc, ident, rust_ty};
use crate::ir::{self, Ty};

pub(super) fn serde_crate(opts: &Options) -> String {
    let k = opts.krate.to_token_stream().to_string().replace(' ', "");
    format!("{k}::__private::serde")
}

/// A field's declared Rust type in a struct: `Option<T>` unless required; arrays in
/// responses are plain `Vec`s (absent or `null` decode as empty).
pub(super) fn field_ty(f: &ir::Field, opts: &Options, response: bool) -> TokenStream {
    let t = rust_ty(&f.ty, &opts.krate);
    let t = if f.boxed {
        quote!(::std::boxed::Box<#t>)
    } else {
        t
    };
    if f.required || (response && matches!(f.ty, Ty::Array(_) | Ty::Map(_))) {
        t
    } else {
        quote!(::core::option::Option<#t>)
    }
}

/// A serde-derived struct's field, with the attributes that make decoding tolerant. In objects
/// that requests carry (`sent`), an optional array is an `Option<Vec<_>>`, so that "not set"
/// (omitted on the wire) and "set to empty" (`[]`) stay distinct.
pub(super) fn serde_field(f: &ir::Field, opts: &Options, sent: bool) -> TokenStream {
    let name = ident(&f.rust);
    let doc = field_doc(f);
    let ty = field_ty(f, opts, !sent);
    let rename = (f.rust != f.wire).then(|| {
        let w = &f.wire;
        quote!(#[serde(rename = #w)])
    });
    let k = opts.krate.to_token_stream().to_string().replace(' ', "");
    let attrs = if f.required {
        quote!()
    } else if !sent && matches!(f.ty, Ty::Array(_) | Ty::Map(_)) {
        let with = format!("{k}::wire::null_as_default");
        quote!(#[serde(default, deserialize_with = #with)])
    } else {
        quote!(#[serde(default, skip_serializing_if = "::core::option::Option::is_none")])
    };
    quote! {
        #[doc = #doc]
        #rename
        #attrs
        pub #name: #ty,
    }
}

pub(super) fn object(o: &ir::Object, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let name = format_ident!("{}", o.name);
    let doc = &o.description;
    let serde_path = serde_crate(opts);
    let fields = o.fields.iter().map(|f| serde_field(f, opts, o.in_request));
    let all_default = o.fields.iter().all(|f| !f.required);
    let default = all_default.then(|| quote!(Default,));
    let zoned = zoned_accessors(&name, &o.fields, opts);
    let ctor = o.in_request.then(|| object_constructor(o, opts));
    let validate = o.in_request.then(|| {
        let checks = super::wire::field_checks(&o.fields, quote!(self), true, krate);
        quote! {
            impl #name {
                #[doc(hidden)]
                pub fn __validate(&self, prefix: &str, violations: &mut #krate::Violations) {
                    let _ = (prefix, &violations);
                    #checks
                }
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, #default #krate::__private::serde::Serialize, #krate::__private::serde::Deserialize)]
        #[serde(crate = #serde_path)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }
        #zoned
        #ctor
        #validate
    }
}

/// `new(required…)` plus `with_…` setters, for objects users build into requests.
pub(super) fn object_constructor(o: &ir::Object, opts: &Options) -> TokenStream {
    let name = format_ident!("{}", o.name);
    let required: Vec<&ir::Field> = o.fields.iter().filter(|f| f.required).collect();
    let params = required.iter().map(|f| {
        let n = ident(&f.rust);
        let t = rust_ty(&f.ty, &opts.krate);
        quote!(#n: #t)
    });
    let inits = o.fields.iter().map(|f| {
        let n = ident(&f.rust);
        if f.required {
            quote!(#n)
        } else {
            quote!(#n: ::core::option::Option::None)
        }
    });
    let setters = o.fields.iter().filter(|f| !f.required).map(|f| {
        let n = ident(&f.rust);
        let with = format_ident!("with_{}", f.rust);
        let t = rust_ty(&f.ty, &opts.krate);
        let doc = format!("Sets `{}`.", f.wire);
        let value = quote!(::core::option::Option::Some(value));
        quote! {
            #[doc = #doc]
            #[must_use]
            pub fn #with(mut self, value: #t) -> Self {
                self.#n = #value;
                self
            }
        }
    });
    quote! {
        impl #name {
            /// Creates the object from its required fields; optional ones start empty.
            #[allow(clippy::too_many_arguments)] // one parameter per required field, by design
            pub fn new(#(#params),*) -> Self {
                #name { #(#inits),* }
            }
            #(#setters)*
        }
    }
}

/// For each `local_minute` field with a `time_zone_field`: a method returning it as a zoned time.
pub(super) fn zoned_accessors(
    name: &proc_macro2::Ident,
    fields: &[ir::Field],
    opts: &Options,
) -> Option<TokenStream> {
    let krate = &opts.krate;
    let methods: Vec<TokenStream> = fields
        .iter()
        .filter_map(|f| {
            let tz = f.time_zone_field.as_ref()?;
            let tz_field = fields.iter().find(|o| &o.rust == tz)?;
            let method = format_ident!("{}_zoned", f.rust);
            let (a, b) = (ident(&f.rust), ident(tz));
            let get_a = if f.required { quote!(::core::option::Option::Some(&self.#a)) } else { quote!(self.#a.as_ref()) };
            let get_b = if tz_field.required { quote!(::core::option::Option::Some(&self.#b)) } else { quote!(self.#b.as_ref()) };
            let doc = format!(
                "`{}` as a zoned time in the IANA zone named by `{}`: `None` when either is absent, an error when either is malformed.",
                f.wire, tz_field.wire
            );
            Some(quote! {
                #[doc = #doc]
                pub fn #method(&self) -> ::core::option::Option<::core::result::Result<#krate::jiff::ZonedDateTime, #krate::time::TimeError>> {
                    match (#get_a, #get_b) {
                        (::core::option::Option::Some(time), ::core::option::Option::Some(zone)) => ::core::option::Option::Some(time.in_zone(zone)),
                        _ => ::core::option::Option::None,
                    }
                }
            })
        })
        .collect();
    if methods.is_empty() {
        return None;
    }
    Some(quote!(impl #name { #(#methods)* }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::testing::*;

    #[test]
    fn objects_in_requests_get_constructors_and_validation() {
        let e = endpoint(
            "create",
            "POST /open-apis/demo/v1/things",
            r#"
            [[request.body]]
            name = "member"
            type = "Member"
            required = true
            [[response.fields]]
            name = "info"
            type = "Info"
            [[objects]]
            name = "Member"
            description = "A member."
            [[objects.fields]]
            name = "id"
            type = "string"
            required = true
            [[objects.fields]]
            name = "role"
            type = "string"
            max_length = 10
            [[objects.fields]]
            name = "tags"
            type = "string[]"
            [[objects]]
            name = "Info"
            [[objects.fields]]
            name = "at"
            type = "string"
            format = "local_minute"
            time_zone_field = "zone"
            [[objects.fields]]
            name = "zone"
            type = "string"
            "#,
        );
        let opts = Options::default();
        let member = &e.objects[0];
        assert!(member.in_request);
        let f = file(object(member, &opts));
        let s = item_struct(&f.items, "Member");
        assert_eq!(docs(&s.attrs), "A member.");
        assert!(
            !metas(&s.attrs, "derive")[0].contains("Default"),
            "`id` is required"
        );
        let fns = inherent_fns(&f, "Member");
        assert_eq!(
            fn_names(&fns),
            ["new", "with_role", "with_tags", "__validate"]
        );
        let new = find_fn(&fns, "new");
        assert_eq!(
            text(&new.sig.inputs),
            text(quote!(id: ::std::string::String))
        );
        assert_eq!(
            text(&new.block),
            text(quote!({
                Member {
                    id,
                    role: ::core::option::Option::None,
                    tags: ::core::option::Option::None,
                }
            }))
        );
        assert_eq!(
            text(&find_fn(&fns, "with_tags").block),
            text(quote!({
                self.tags = ::core::option::Option::Some(value);
                self
            })),
            "an optional array in a sent object keeps \"not set\" apart from \"empty\""
        );
        let tags = s
            .fields
            .iter()
            .find(|f| f.ident.as_ref().unwrap() == "tags")
            .unwrap();
        assert_eq!(
            text(&tags.ty),
            text(quote!(
                ::core::option::Option<::std::vec::Vec<::std::string::String>>
            ))
        );
        let validate = text(&find_fn(&fns, "__validate").block);
        assert!(
            validate.contains(&text(quote!(violations.check_length(&path, value, ::core::option::Option::None, ::core::option::Option::Some(10));))),
            "{validate}"
        );

        let info = &e.objects[1];
        assert!(!info.in_request);
        let f = file(object(info, &opts));
        let s = item_struct(&f.items, "Info");
        assert!(metas(&s.attrs, "derive")[0].contains("Default"));
        let fns = inherent_fns(&f, "Info");
        assert_eq!(
            fn_names(&fns),
            ["at_zoned"],
            "response-only objects get no constructor or validation"
        );
        assert_eq!(
            text(&find_fn(&fns, "at_zoned").sig.output),
            text(
                quote!(-> ::core::option::Option<::core::result::Result<::feishu_api::jiff::ZonedDateTime, ::feishu_api::time::TimeError> >)
            )
        );
    }
}
