//! Helpers of the code generation tests: specs through the pipeline, generated tokens parsed
//! back with syn, and token text compared without formatting noise.

use proc_macro2::TokenStream;
use quote::ToTokens;

use feishu_spec::fixtures::{lower, spec_text};
use feishu_spec::ir;

pub(crate) fn endpoint(method: &str, http: &str, rest: &str) -> ir::Endpoint {
    lower(&spec_text(["demo", "v1", "thing", method], http, rest))
}

pub(crate) fn file(tokens: TokenStream) -> syn::File {
    syn::parse2(tokens).expect("generated tokens parse as items")
}

/// Token text without whitespace or trailing commas, for comparing generated code with a
/// `quote!` of the expected code: syn prints `> >` where `quote!` keeps `>>` joint, and
/// rustfmt adds or drops trailing commas inside the tests' own `quote!`s.
pub(crate) fn text(t: impl ToTokens) -> String {
    let mut s: String = t.to_token_stream().to_string().split_whitespace().collect();
    for close in [",)", ",]", ",}", ",>"] {
        s = s.replace(close, &close[1..]);
    }
    s
}

/// The `#[doc]` attributes' texts, joined by newlines.
pub(crate) fn docs(attrs: &[syn::Attribute]) -> String {
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
pub(crate) fn metas(attrs: &[syn::Attribute], name: &str) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident(name))
        .map(|a| text(&a.meta))
        .collect()
}

pub(crate) fn item_enum<'a>(f: &'a syn::File, name: &str) -> &'a syn::ItemEnum {
    f.items
        .iter()
        .find_map(|i| match i {
            syn::Item::Enum(e) if e.ident == name => Some(e),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no enum {name}"))
}

pub(crate) fn item_struct<'a>(items: &'a [syn::Item], name: &str) -> &'a syn::ItemStruct {
    items
        .iter()
        .find_map(|i| match i {
            syn::Item::Struct(s) if s.ident == name => Some(s),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no struct {name}"))
}

/// Every function of the inherent (trait-less) impls of the type named `ty`.
pub(crate) fn inherent_fns<'a>(f: &'a syn::File, ty: &str) -> Vec<&'a syn::ImplItemFn> {
    f.items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
            _ => None,
        })
        .filter(|imp| matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.segments[0].ident == ty))
        .flat_map(|imp| &imp.items)
        .filter_map(|i| match i {
            syn::ImplItem::Fn(f) => Some(f),
            _ => None,
        })
        .collect()
}

pub(crate) fn find_fn<'a>(fns: &[&'a syn::ImplItemFn], name: &str) -> &'a syn::ImplItemFn {
    fns.iter()
        .copied()
        .find(|f| f.sig.ident == name)
        .unwrap_or_else(|| panic!("no fn {name}"))
}

pub(crate) fn fn_names(fns: &[&syn::ImplItemFn]) -> Vec<String> {
    fns.iter().map(|f| f.sig.ident.to_string()).collect()
}

pub(crate) fn field_tys(s: &syn::ItemStruct) -> Vec<(String, String)> {
    s.fields
        .iter()
        .map(|f| (f.ident.as_ref().unwrap().to_string(), text(&f.ty)))
        .collect()
}

pub(crate) const STATUS: &str = r#"
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
