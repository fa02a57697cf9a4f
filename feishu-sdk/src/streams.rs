//! Multi-call streams: a paginated list walked page by page as a [`Stream`].
//!
//! Generated code implements [`Paginated`] for requests whose spec declares `[pagination]`
//! (which request field carries the page token, which response fields carry the next token,
//! `has_more` and the items). Everything else is here, once: each page is an ordinary call
//! (validated, rate limited, retried), the walk stops on `has_more = false` or an empty or
//! missing token, and a token the server already returned ends the stream with
//! [`Error::PageLoop`] instead of looping forever.

use std::collections::HashSet;

pub use futures_core::Stream;
use futures_util::StreamExt;
use futures_util::stream;

use crate::client::{Client, RequestOptions};
use crate::endpoint::Endpoint;
use crate::error::Error;

/// What a page says about the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageState<'a> {
    /// Whether the server says more pages follow.
    pub has_more: bool,
    /// The token of the next page, if the answer has one.
    pub next_token: Option<&'a str>,
}

/// A request for one page of a list: implemented by generated requests whose spec declares
/// `[pagination]`.
pub trait Paginated: Endpoint<Response: serde::de::DeserializeOwned> + Clone + 'static {
    /// One item of the list.
    type Item: Send + 'static;

    /// The page token the request carries, if any.
    fn page_token(&self) -> Option<&str>;

    /// Sets the page token for the next page.
    fn set_page_token(&mut self, token: Option<String>);

    /// Where this page says the list goes on.
    fn page_state(page: &Self::Response) -> PageState<'_>;

    /// The page's items.
    fn into_items(page: Self::Response) -> Vec<Self::Item>;
}

struct Walk<E> {
    client: Client,
    options: RequestOptions,
    /// The request of the next page; `None` once the walk is over.
    next: Option<E>,
    /// An error to give after the page just given (a repeated token).
    pending: Option<Error>,
    seen: HashSet<String>,
}

impl Client {
    /// Every page of a paginated list, starting with the request's own page token (none: the
    /// first page). Pages are fetched one after another, as the stream is polled; dropping the
    /// stream stops it.
    pub fn pages<E: Paginated>(
        &self,
        request: &E,
    ) -> impl Stream<Item = Result<E::Response, Error>> + Send + use<E> {
        self.pages_with(request, &RequestOptions::default())
    }

    /// [`pages`](Self::pages) with per-call options, applied to every page.
    pub fn pages_with<E: Paginated>(
        &self,
        request: &E,
        options: &RequestOptions,
    ) -> impl Stream<Item = Result<E::Response, Error>> + Send + use<E> {
        let mut seen = HashSet::new();
        if let Some(token) = request.page_token() {
            seen.insert(token.to_owned());
        }
        let walk = Walk {
            client: self.clone(),
            options: options.clone(),
            next: Some(request.clone()),
            pending: None,
            seen,
        };
        stream::unfold(walk, |mut walk| async move {
            if let Some(error) = walk.pending.take() {
                return Some((Err(error), walk));
            }
            let mut request = walk.next.take()?;
            let page = match walk.client.execute_with(&request, &walk.options).await {
                Ok(page) => page,
                // The walk ends with the error: a page that failed after its retries leaves no
                // token to go on with.
                Err(error) => return Some((Err(error), walk)),
            };
            let state = E::page_state(&page);
            if let Some(token) = state.next_token.filter(|t| state.has_more && !t.is_empty()) {
                if walk.seen.insert(token.to_owned()) {
                    request.set_page_token(Some(token.to_owned()));
                    walk.next = Some(request);
                } else {
                    walk.pending = Some(Error::PageLoop {
                        endpoint: E::INFO.name(),
                        page_token: token.to_owned(),
                    });
                }
            }
            Some((Ok(page), walk))
        })
    }

    /// Every item of a paginated list, page after page: [`pages`](Self::pages) flattened. An
    /// error ends the stream after the items of the pages before it.
    pub fn items<E: Paginated>(
        &self,
        request: &E,
    ) -> impl Stream<Item = Result<E::Item, Error>> + Send + use<E> {
        self.items_with(request, &RequestOptions::default())
    }

    /// [`items`](Self::items) with per-call options, applied to every page.
    pub fn items_with<E: Paginated>(
        &self,
        request: &E,
        options: &RequestOptions,
    ) -> impl Stream<Item = Result<E::Item, Error>> + Send + use<E> {
        self.pages_with(request, options).flat_map(|page| {
            let items: Vec<Result<E::Item, Error>> = match page {
                Ok(page) => E::into_items(page).into_iter().map(Ok).collect(),
                Err(error) => vec![Err(error)],
            };
            stream::iter(items)
        })
    }
}
