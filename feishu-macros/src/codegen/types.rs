//! Types: enums with an `Unknown` variant, objects, the request with its typestate builder,
//! the response, the error-code list, and the client methods' signatures and docs.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

use super::{Options, examples, field_doc, ident, rust_ty};
use crate::check::pascal;
use crate::ir::{self, EnumBase, Ty};

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
    if f.required || (response && matches!(f.ty, Ty::Array(_))) {
        t
    } else {
        quote!(::core::option::Option<#t>)
    }
}

/// A serde-derived struct's field, with the attributes that make decoding tolerant.
fn serde_field(f: &ir::Field, opts: &Options) -> TokenStream {
    let name = ident(&f.rust);
    let doc = field_doc(f);
    let ty = field_ty(f, opts, true);
    let rename = (f.rust != f.wire).then(|| {
        let w = &f.wire;
        quote!(#[serde(rename = #w)])
    });
    let k = opts.krate.to_token_stream().to_string().replace(' ', "");
    let attrs = if f.required {
        quote!()
    } else if matches!(f.ty, Ty::Array(_)) {
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
    let fields = o.fields.iter().map(|f| serde_field(f, opts));
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
    let missing = examples::missing_fields_impl(&name, &o.fields, opts);
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
        #missing
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
        } else if matches!(f.ty, Ty::Array(_)) {
            quote!(#n: ::std::vec::Vec::new())
        } else {
            quote!(#n: ::core::option::Option::None)
        }
    });
    let setters = o.fields.iter().filter(|f| !f.required).map(|f| {
        let n = ident(&f.rust);
        let with = format_ident!("with_{}", f.rust);
        let t = rust_ty(&f.ty, &opts.krate);
        let doc = format!("Sets `{}`.", f.wire);
        let value = if matches!(f.ty, Ty::Array(_)) {
            quote!(value)
        } else {
            quote!(::core::option::Option::Some(value))
        };
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
        Ty::String => (
            quote!(impl ::core::convert::Into<::std::string::String>),
            quote!(::core::convert::Into::into(value)),
        ),
        Ty::UnixSeconds => (
            quote!(impl ::core::convert::Into<#krate::time::UnixSeconds>),
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
    let mut doc = if e.response_description.is_empty() {
        format!("The `data` of a successful `{}` response.", e.method)
    } else {
        e.response_description.clone()
    };
    doc.push_str("\n\nAbsent optional fields decode as `None` (arrays as empty); unknown fields are ignored.");
    let serde_path = serde_crate(opts);
    let fields = e.response.iter().map(|f| serde_field(f, opts));
    let default = e
        .response
        .iter()
        .all(|f| !f.required)
        .then(|| quote!(Default,));
    let zoned = zoned_accessors(&response, &e.response, opts);
    let missing = examples::missing_fields_impl(&response, &e.response, opts);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, #default #krate::__private::serde::Serialize, #krate::__private::serde::Deserialize)]
        #[serde(crate = #serde_path)]
        #[non_exhaustive]
        pub struct #response {
            #(#fields)*
        }
        #zoned
        #missing
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
    quote! {
        #[doc = #doc]
        pub async fn #method(&self, request: &#module::#request) -> ::core::result::Result<#module::#response, #krate::Error> {
            self.client.execute(request).await
        }

        #[doc = #with_doc]
        pub async fn #with(
            &self,
            request: &#module::#request,
            options: &#krate::RequestOptions,
        ) -> ::core::result::Result<#module::#response, #krate::Error> {
            self.client.execute_with(request, options).await
        }
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
