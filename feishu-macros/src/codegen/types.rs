//! Types: enums with an `Unknown` variant, objects, the request with its typestate builder,
//! the response, the error-code list, and the client methods' signatures and docs.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

use super::{Options, examples, field_doc, ident, rust_ty};
use crate::ir::{self, EnumBase, Ty};
use crate::names::pascal;

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

pub fn names(e: &ir::Endpoint) -> Names {
    let m = pascal(&e.method);
    Names {
        request: format_ident!("{m}Request"),
        builder: format_ident!("{m}RequestBuilder"),
        response: format_ident!("{m}Response"),
        errors: format_ident!("{m}ErrorCode"),
    }
}

fn serde_crate(opts: &Options) -> String {
    let k = opts.krate.to_token_stream().to_string().replace(' ', "");
    format!("{k}::__private::serde")
}

fn enum_(en: &ir::Enum, opts: &Options) -> TokenStream {
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

fn wire_display(en: &ir::Enum, v: &ir::EnumValue) -> String {
    match en.base {
        EnumBase::Int => format!("`{}`", v.wire),
        EnumBase::String => format!("`\"{}\"`", v.wire),
    }
}

/// A field's declared Rust type in a struct: `Option<T>` unless required; arrays in
/// responses are plain `Vec`s (absent or `null` decode as empty).
fn field_ty(f: &ir::Field, opts: &Options, response: bool) -> TokenStream {
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
fn serde_field(f: &ir::Field, opts: &Options, sent: bool) -> TokenStream {
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

fn object(o: &ir::Object, opts: &Options) -> TokenStream {
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
fn object_constructor(o: &ir::Object, opts: &Options) -> TokenStream {
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
fn zoned_accessors(
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

fn request(e: &ir::Endpoint, opts: &Options) -> TokenStream {
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
fn setter(
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

fn response(e: &ir::Endpoint, opts: &Options) -> TokenStream {
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
    let fields = e.response.iter().map(|f| serde_field(f, opts, false));
    let default = e
        .response
        .iter()
        .all(|f| !f.required)
        .then(|| quote!(Default,));
    let zoned = zoned_accessors(&response, &e.response, opts);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, #default #krate::__private::serde::Serialize, #krate::__private::serde::Deserialize)]
        #[serde(crate = #serde_path)]
        #[non_exhaustive]
        pub struct #response {
            #(#fields)*
        }
        #zoned
    }
}

fn error_codes(e: &ir::Endpoint, opts: &Options) -> TokenStream {
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

/// The resource's methods for one endpoint: `method(&request)` and `method_with(&request, &options)`.
pub fn client_methods(e: &ir::Endpoint, opts: &Options) -> TokenStream {
    let krate = &opts.krate;
    let Names {
        request,
        response,
        errors,
        ..
    } = names(e);
    let module = ident(&e.method);
    let method = ident(&e.method);
    let with = format_ident!("{}_with", e.method);
    let doc = method_doc(e, &errors.to_string(), opts);
    let with_doc = format!(
        "[`{}`](Self::{}) with per-request options (a token override, a timeout).",
        e.method, e.method
    );
    let streams = e.pagination.as_ref().map(|p| {
        let pages = format_ident!("{}_pages", e.method);
        let items = format_ident!("{}_items", e.method);
        let item = match &p.items.ty {
            Ty::Array(inner) => rust_ty(inner, krate),
            other => rust_ty(other, krate),
        };
        let item = qualify(&item, &module);
        let pages_doc = format!(
            "Every page of [`{m}`](Self::{m}), from the request's `{t}` on (none: the first page), \
             fetched as the stream is polled. It stops when `{h}` is false or `{n}` is empty, and \
             ends with [`Error::PageLoop`]({k}::Error::PageLoop) if the server repeats a token. \
             Options for every page: [`Client::pages_with`]({k}::Client::pages_with).",
            m = e.method,
            t = p.page_token.wire,
            h = p.has_more.wire,
            n = p.next_token.wire,
            k = krate.to_token_stream().to_string().replace(' ', ""),
        );
        let items_doc = format!(
            "Every item of `{}` across all pages: [`{}_pages`](Self::{}_pages), flattened.",
            p.items.wire, e.method, e.method
        );
        quote! {
            #[doc = #pages_doc]
            pub fn #pages(
                &self,
                request: &#module::#request,
            ) -> impl #krate::Stream<Item = ::core::result::Result<#module::#response, #krate::Error>> + Send + use<> {
                self.client.pages(request)
            }

            #[doc = #items_doc]
            pub fn #items(
                &self,
                request: &#module::#request,
            ) -> impl #krate::Stream<Item = ::core::result::Result<#item, #krate::Error>> + Send + use<> {
                self.client.items(request)
            }
        }
    });
    // A download hands back the file to stream; every other method its decoded answer.
    let (call, call_with) = if e.binary_response {
        (quote!(download), quote!(download_with))
    } else {
        (quote!(execute), quote!(execute_with))
    };
    quote! {
        #[doc = #doc]
        pub async fn #method(&self, request: &#module::#request) -> ::core::result::Result<#module::#response, #krate::Error> {
            self.client.#call(request).await
        }

        #[doc = #with_doc]
        pub async fn #with(
            &self,
            request: &#module::#request,
            options: &#krate::RequestOptions,
        ) -> ::core::result::Result<#module::#response, #krate::Error> {
            self.client.#call_with(request, options).await
        }

        #streams
    }
}

fn method_doc(e: &ir::Endpoint, errors_ty: &str, opts: &Options) -> String {
    let mut d = format!("{}\n\n", e.summary);
    if !e.description.is_empty() {
        d.push_str(&e.description);
        d.push_str("\n\n");
    }
    let method = match e.http_method {
        ir::HttpMethod::Get => "GET",
        ir::HttpMethod::Post => "POST",
        ir::HttpMethod::Put => "PUT",
        ir::HttpMethod::Patch => "PATCH",
        ir::HttpMethod::Delete => "DELETE",
    };
    d.push_str(&format!("- **HTTP:** `{method} {}`\n", e.path));
    let tokens: Vec<&str> = e
        .token_types
        .iter()
        .map(|t| match t {
            ir::TokenType::Tenant => "`tenant_access_token`",
            ir::TokenType::User => "`user_access_token`",
            ir::TokenType::App => "`app_access_token`",
        })
        .collect();
    d.push_str(&format!("- **Token:** {}\n", tokens.join(", ")));
    if !e.scopes.is_empty() {
        let s: Vec<String> = e.scopes.iter().map(|s| format!("`{s}`")).collect();
        d.push_str(&format!("- **Scopes** (any one): {}\n", s.join(", ")));
    }
    if !e.app_types.is_empty() {
        let a: Vec<&str> = e
            .app_types
            .iter()
            .map(|a| match a {
                ir::AppType::SelfBuilt => "self-built apps",
                ir::AppType::Store => "store apps",
            })
            .collect();
        d.push_str(&format!("- **Available to:** {}\n", a.join(", ")));
    }
    if let Some(r) = e.rate_per_second {
        d.push_str(&format!(
            "- **Rate limit:** {r} requests per second, paced client-side\n"
        ));
    }
    d.push_str(if e.retry_safe {
        "- **Retries:** safe; failed attempts are retried under the client's policy\n"
    } else {
        "- **Retries:** not retried (the call has effects)\n"
    });
    if !e.doc_url.is_empty() {
        d.push_str(&format!("- **Reference:** <{}>\n", e.doc_url));
    }
    if !e.errors.is_empty() {
        d.push_str(&format!("\n# Errors\n\nBesides transport and validation errors, the documented codes ([`{}::{errors_ty}`]):\n\n", e.method));
        d.push_str("| HTTP | code | name | hint |\n|---|---|---|---|\n");
        for er in &e.errors {
            let hint = er.hint.replace('\n', " ").replace('|', "\\|");
            d.push_str(&format!(
                "| {} | {} | `{}` | {} |\n",
                er.http_status, er.code, er.name, hint
            ));
        }
    }
    if let Some(ex) = examples::doc_example(e, opts) {
        d.push_str("\n# Example\n\n");
        d.push_str(&ex);
    }
    d
}

/// A type named inside a method module, as seen from its resource module: `Shift` →
/// `list::Shift`; paths (`::std::…`, the runtime's) stay as they are.
fn qualify(ty: &TokenStream, module: &proc_macro2::Ident) -> TokenStream {
    let text = ty.to_string();
    if text.starts_with("::") || text.contains("::") {
        ty.clone()
    } else {
        quote!(#module::#ty)
    }
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;
    use crate::ir::{lower, spec_text};

    fn endpoint(method: &str, http: &str, rest: &str) -> ir::Endpoint {
        lower(&spec_text(["demo", "v1", "thing", method], http, rest))
    }

    fn file(tokens: TokenStream) -> syn::File {
        syn::parse2(tokens).expect("generated tokens parse as items")
    }

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

    /// The `#[doc]` attributes' texts, joined by newlines.
    fn docs(attrs: &[syn::Attribute]) -> String {
        let lines: Vec<String> = attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .map(|a| match &a.meta {
                syn::Meta::NameValue(syn::MetaNameValue {
                    value:
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }),
                    ..
                }) => s.value(),
                other => panic!("unexpected doc attribute {}", text(other)),
            })
            .collect();
        lines.join("\n")
    }

    /// The attribute `#[name(…)]`'s meta, as token text (`derive(…)`), in order.
    fn metas(attrs: &[syn::Attribute], name: &str) -> Vec<String> {
        attrs
            .iter()
            .filter(|a| a.path().is_ident(name))
            .map(|a| text(&a.meta))
            .collect()
    }

    fn item_enum<'a>(f: &'a syn::File, name: &str) -> &'a syn::ItemEnum {
        f.items
            .iter()
            .find_map(|i| match i {
                syn::Item::Enum(e) if e.ident == name => Some(e),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no enum {name}"))
    }

    fn item_struct<'a>(items: &'a [syn::Item], name: &str) -> &'a syn::ItemStruct {
        items
            .iter()
            .find_map(|i| match i {
                syn::Item::Struct(s) if s.ident == name => Some(s),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no struct {name}"))
    }

    /// Every function of the inherent (trait-less) impls of the type named `ty`.
    fn inherent_fns<'a>(f: &'a syn::File, ty: &str) -> Vec<&'a syn::ImplItemFn> {
        f.items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
                _ => None,
            })
            .filter(
                |imp| matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.segments[0].ident == ty),
            )
            .flat_map(|imp| &imp.items)
            .filter_map(|i| match i {
                syn::ImplItem::Fn(f) => Some(f),
                _ => None,
            })
            .collect()
    }

    fn find_fn<'a>(fns: &[&'a syn::ImplItemFn], name: &str) -> &'a syn::ImplItemFn {
        fns.iter()
            .copied()
            .find(|f| f.sig.ident == name)
            .unwrap_or_else(|| panic!("no fn {name}"))
    }

    fn fn_names(fns: &[&syn::ImplItemFn]) -> Vec<String> {
        fns.iter().map(|f| f.sig.ident.to_string()).collect()
    }

    fn field_tys(s: &syn::ItemStruct) -> Vec<(String, String)> {
        s.fields
            .iter()
            .map(|f| (f.ident.as_ref().unwrap().to_string(), text(&f.ty)))
            .collect()
    }

    const STATUS: &str = r#"
        [[request.body]]
        name = "status"
        type = "Status"
        [[enums]]
        name = "Status"
        base = "int"
        description = "An approval status."
        [[enums.values]]
        value = 0
        name = "Pending"
        description = "Waiting for approval."
        [[enums.values]]
        value = 2
        name = "Approved"
        description = "Approved."
        [[enums.values]]
        value = 9
        name = "Legacy"
        description = "An old status."
        supported = false
        note = "Retired."
    "#;

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

    #[test]
    fn client_methods_document_the_endpoint() {
        let e = lower(
            r#"
            service = "demo"
            version = "v1"
            resource = "thing"
            method = "query"
            summary = "Query things."
            description = "Longer text."
            doc_url = "https://example.com/doc"
            [http]
            method = "POST"
            path = "/open-apis/demo/v1/things/query"
            [auth]
            token_types = ["tenant", "user"]
            scopes = ["demo:read", "demo:write"]
            app_types = ["self_built"]
            [limits]
            rate_per_second = 50
            [[errors]]
            http_status = 400
            code = 1
            name = "ParamInvalid"
            message = "bad"
            hint = "Use a | b.\nAgain."
            "#,
        );
        let methods = client_methods(&e, &Options::default());
        let imp: syn::ItemImpl = syn::parse2(quote!(impl Resource { #methods })).unwrap();
        let fns: Vec<&syn::ImplItemFn> = imp
            .items
            .iter()
            .map(|i| match i {
                syn::ImplItem::Fn(f) => f,
                _ => panic!("only functions"),
            })
            .collect();
        assert_eq!(fn_names(&fns), ["query", "query_with"]);
        let query = fns[0];
        assert!(query.sig.asyncness.is_some());
        assert_eq!(
            text(&query.sig.inputs),
            text(quote!(&self, request: &query::QueryRequest))
        );
        assert_eq!(
            text(&query.sig.output),
            text(quote!(-> ::core::result::Result<query::QueryResponse, ::feishu_api::Error>))
        );
        assert_eq!(
            text(&fns[1].block),
            text(quote!({ self.client.execute_with(request, options).await }))
        );
        assert_eq!(
            docs(&query.attrs),
            "Query things.\n\nLonger text.\n\n\
             - **HTTP:** `POST /open-apis/demo/v1/things/query`\n\
             - **Token:** `tenant_access_token`, `user_access_token`\n\
             - **Scopes** (any one): `demo:read`, `demo:write`\n\
             - **Available to:** self-built apps\n\
             - **Rate limit:** 50 requests per second, paced client-side\n\
             - **Retries:** not retried (the call has effects)\n\
             - **Reference:** <https://example.com/doc>\n\
             \n# Errors\n\n\
             Besides transport and validation errors, the documented codes ([`query::QueryErrorCode`]):\n\n\
             | HTTP | code | name | hint |\n|---|---|---|---|\n\
             | 400 | 1 | `ParamInvalid` | Use a \\| b. Again. |\n"
        );
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
