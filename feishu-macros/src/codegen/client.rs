//! The client methods of one endpoint: the call, its `_with` variant, page streams, and their
//! rustdoc (HTTP, tokens, scopes, limits, errors, an example).

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

use super::examples;
use super::types::{Names, names};
use super::{Options, ident, rust_ty};
use feishu_spec::ir::{self, Ty};

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
    let batches = e.batch.as_ref().map(|b| {
        let batch = format_ident!("{}_batch", e.method);
        let batch_all = format_ident!("{}_batch_all", e.method);
        let item = match &b.items.ty {
            Ty::Array(inner) => rust_ty(inner, krate),
            other => rust_ty(other, krate),
        };
        let item = qualify(&item, &module);
        let k = krate.to_token_stream().to_string().replace(' ', "");
        let batch_doc = format!(
            "[`{m}`](Self::{m}) for any number of `{f}`: repeats dropped, split into calls of at \
             most {n}, run concurrently as fast as the rate limit allows. Each call's records (or \
             its failure, naming its ids) come as calls finish; see [`Client::batch`]({k}::Client::batch).",
            m = e.method,
            f = b.field.wire,
            n = b.chunk,
        );
        let all_doc = format!(
            "[`{m}_batch`](Self::{m}_batch), collected: every record, every failed call.",
            m = e.method
        );
        quote! {
            #[doc = #batch_doc]
            pub fn #batch(
                &self,
                request: &#module::#request,
                options: &#krate::BatchOptions,
            ) -> impl #krate::Stream<Item = ::core::result::Result<#krate::streams::Chunk<#item>, #krate::streams::ChunkFailure>> + Send + use<> {
                self.client.batch(request, options)
            }

            #[doc = #all_doc]
            pub async fn #batch_all(
                &self,
                request: &#module::#request,
                options: &#krate::BatchOptions,
            ) -> #krate::streams::BatchOutcome<#item> {
                self.client.batch_all(request, options).await
            }
        }
    });
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
        #batches
    }
}

pub(super) fn method_doc(e: &ir::Endpoint, errors_ty: &str, opts: &Options) -> String {
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
    match (e.rate_per_second, e.rate_per_minute) {
        (Some(s), Some(m)) => d.push_str(&format!(
            "- **Rate limit:** {s} requests per second and {m} per minute, paced client-side\n"
        )),
        (Some(s), None) => d.push_str(&format!(
            "- **Rate limit:** {s} requests per second, paced client-side\n"
        )),
        (None, Some(m)) => d.push_str(&format!(
            "- **Rate limit:** {m} requests per minute, paced client-side\n"
        )),
        (None, None) => {}
    }
    if !e.field_scopes.is_empty() {
        let scopes: Vec<String> = e.field_scopes.iter().map(|s| format!("`{s}`")).collect();
        d.push_str(&format!(
            "- **Field scopes:** sensitive response fields are returned only with {}\n",
            scopes.join(", ")
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
pub(super) fn qualify(ty: &TokenStream, module: &proc_macro2::Ident) -> TokenStream {
    let text = ty.to_string();
    if text.starts_with("::") || text.contains("::") {
        ty.clone()
    } else {
        quote!(#module::#ty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::testing::*;
    use feishu_spec::fixtures::lower;

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
}
