//! Multi-call streams: a paginated list walked page by page, and a batch of ids split into
//! concurrent calls, each as a [`Stream`] of ordinary calls (validated, rate limited, retried).
//!
//! Generated code implements [`Paginated`] for requests whose spec declares `[pagination]`
//! (which request field carries the page token, which response fields carry the next token,
//! `has_more` and the items). Everything else is here, once: each page is an ordinary call
//! (validated, rate limited, retried), the walk stops on `has_more = false` or an empty or
//! missing token, and a token the server already returned ends the stream with
//! [`Error::PageLoop`] instead of looping forever.

use std::collections::HashSet;
use std::sync::Arc;

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

    /// How many items the page holds (for progress reports).
    fn item_count(page: &Self::Response) -> usize;
}

/// The one engine behind every multi-call stream: each call an ordinary call of the client
/// (validated, rate limited by its endpoint's limiter, retried under its policy), counted into
/// one [`Progress`] that an observer hears about after every finished call. Cancellation is the
/// streams': dropping one drops the calls it has in flight and starts none after.
#[derive(Clone)]
struct Calls {
    client: Client,
    options: RequestOptions,
    progress: Arc<std::sync::Mutex<Progress>>,
    observer: Option<ProgressObserver>,
}

impl Calls {
    fn new(
        client: &Client,
        options: &RequestOptions,
        total: usize,
        observer: Option<ProgressObserver>,
    ) -> Self {
        Calls {
            client: client.clone(),
            options: options.clone(),
            progress: Arc::new(std::sync::Mutex::new(Progress {
                calls_total: total,
                ..Progress::default()
            })),
            observer,
        }
    }

    /// One call; `items` counts the records of its answer for the progress report.
    async fn call<E>(
        &self,
        request: &E,
        items: fn(&E::Response) -> usize,
    ) -> Result<E::Response, Error>
    where
        E: Endpoint<Response: serde::de::DeserializeOwned>,
    {
        let result = self.client.execute_with(request, &self.options).await;
        let snapshot = {
            let mut p = self.progress.lock().unwrap_or_else(|e| e.into_inner());
            p.calls_done += 1;
            p.calls_total = p.calls_total.max(p.calls_done);
            match &result {
                Ok(answer) => p.items += items(answer),
                Err(_) => p.calls_failed += 1,
            }
            *p
        };
        if let Some(observer) = &self.observer {
            observer(&snapshot);
        }
        result
    }

    /// One more call is known to be needed (the next page).
    fn expect_one_more(&self) {
        let mut p = self.progress.lock().unwrap_or_else(|e| e.into_inner());
        p.calls_total = p.calls_total.max(p.calls_done + 1);
    }
}

struct Walk<E> {
    calls: Calls,
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
            calls: Calls::new(self, options, 1, None),
            next: Some(request.clone()),
            pending: None,
            seen,
        };
        stream::unfold(walk, |mut walk| async move {
            if let Some(error) = walk.pending.take() {
                return Some((Err(error), walk));
            }
            let mut request = walk.next.take()?;
            let page = match walk.calls.call(&request, E::item_count).await {
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
                    walk.calls.expect_one_more();
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

// -------------------------------------------------------------------------------------------
// Batches
// -------------------------------------------------------------------------------------------

/// A request whose spec declares `[batch]`: one of its array fields holds ids, at most
/// [`CHUNK`](Self::CHUNK) per call, and one array of its answer holds the records. Implemented
/// by generated requests.
pub trait Batchable: Endpoint<Response: serde::de::DeserializeOwned> + Clone + 'static {
    /// One record of the answer.
    type Item: Send + 'static;

    /// The most ids one call takes (the field's `max_items`).
    const CHUNK: usize;

    /// The ids the request holds (any number, for a batch).
    fn batch_ids(&self) -> &[String];

    /// This request with `ids` in place of its ids (the other fields copied).
    fn with_batch_ids(&self, ids: Vec<String>) -> Self;

    /// The answer's records.
    fn into_items(page: Self::Response) -> Vec<Self::Item>;

    /// How many records the answer holds (for progress reports).
    fn item_count(page: &Self::Response) -> usize;
}

/// How a batch runs.
#[derive(Clone, Default)]
pub struct BatchOptions {
    concurrency: Option<usize>,
    stop_on_failure: bool,
    progress: Option<ProgressObserver>,
    request: RequestOptions,
}

/// Told about every finished call of a batch.
type ProgressObserver = Arc<dyn Fn(&Progress) + Send + Sync>;

impl std::fmt::Debug for BatchOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BatchOptions")
            .field("concurrency", &self.concurrency)
            .field("stop_on_failure", &self.stop_on_failure)
            .field("progress", &self.progress.is_some())
            .field("request", &self.request)
            .finish()
    }
}

impl BatchOptions {
    /// The defaults: as many calls in flight as the endpoint's rate limit allows per second
    /// (8 without one; the client's limiter paces them), every chunk tried, no progress report.
    pub fn new() -> Self {
        Self::default()
    }

    /// At most this many calls in flight (at least 1).
    #[must_use]
    pub fn concurrency(mut self, calls: usize) -> Self {
        self.concurrency = Some(calls.max(1));
        self
    }

    /// End the batch at the first chunk that fails after its retries: no call starts after it,
    /// calls in flight are dropped. Otherwise (the default) every chunk is tried.
    #[must_use]
    pub fn stop_on_failure(mut self, stop: bool) -> Self {
        self.stop_on_failure = stop;
        self
    }

    /// Called after every finished call with the counts so far.
    #[must_use]
    pub fn progress(mut self, observer: impl Fn(&Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(observer));
        self
    }

    /// Per-call options (a token, a timeout, a retry policy) for every call of the batch.
    #[must_use]
    pub fn request_options(mut self, options: RequestOptions) -> Self {
        self.request = options;
        self
    }
}

/// How far a batch has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Calls finished (answered or failed after their retries).
    pub calls_done: usize,
    /// Calls the batch makes in all.
    pub calls_total: usize,
    /// Of the finished calls, those that failed.
    pub calls_failed: usize,
    /// Records received so far.
    pub items: usize,
}

/// The records of one successful call, with the ids it asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk<T> {
    /// The ids of the call.
    pub ids: Vec<String>,
    /// The records it returned.
    pub items: Vec<T>,
}

/// A call of a batch that failed after its retries: its ids got no records.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{} id(s) from `{}` failed: {error}", ids.len(), ids.first().map_or("", String::as_str))]
pub struct ChunkFailure {
    /// The ids of the call.
    pub ids: Vec<String>,
    /// Why it failed: its code and log id are [`Error::code`] and [`Error::log_id`].
    pub error: Error,
}

/// Everything a batch gave.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchOutcome<T> {
    /// Every record, in the order the calls finished.
    pub items: Vec<T>,
    /// Every failed call, with its ids and error.
    pub failures: Vec<ChunkFailure>,
    /// Ids never sent, because the batch stopped at a failure
    /// ([`BatchOptions::stop_on_failure`]).
    pub not_sent: Vec<String>,
}

impl PartialEq for ChunkFailure {
    fn eq(&self, other: &Self) -> bool {
        self.ids == other.ids && self.error.to_string() == other.error.to_string()
    }
}

impl<T> BatchOutcome<T> {
    /// The ids whose call failed, in the order the failures came.
    pub fn failed_ids(&self) -> impl Iterator<Item = &str> {
        self.failures
            .iter()
            .flat_map(|f| f.ids.iter().map(String::as_str))
    }
}

/// The ids of a batch, without repeats, first-seen order kept.
fn unique_ids(ids: &[String]) -> Vec<String> {
    let mut seen = HashSet::with_capacity(ids.len());
    ids.iter()
        .filter(|id| seen.insert(id.as_str()))
        .cloned()
        .collect()
}

impl Client {
    /// Runs a batch: the request's ids (repeats dropped, first-seen order kept) split into calls
    /// of at most `E::CHUNK`, run concurrently as fast as the endpoint's rate limit allows, each
    /// an ordinary call (validated, rate limited, retried). The stream gives each call's
    /// records, or its failure with its ids, as calls finish; every id ends in exactly one
    /// of the two (unless the batch stops at a failure). Dropping the stream stops it: no call
    /// starts after that.
    pub fn batch<E: Batchable>(
        &self,
        request: &E,
        options: &BatchOptions,
    ) -> impl Stream<Item = Result<Chunk<E::Item>, ChunkFailure>> + Send + use<E> {
        // One de-duplicated copy of the ids, shared; each chunk is copied out only when its
        // call starts, so besides the ids a batch holds only the calls in flight.
        let ids: Arc<[String]> = unique_ids(request.batch_ids()).into();
        let size = E::CHUNK.max(1);
        let chunk_count = ids.len().div_ceil(size);
        let chunks =
            (0..chunk_count).map(move |i| ids[i * size..((i + 1) * size).min(ids.len())].to_vec());
        let concurrency = options.concurrency.unwrap_or_else(|| {
            E::INFO
                .rate_limit_per_second
                .map_or(8, |rate| rate as usize)
                .clamp(1, 64)
        });
        let engine = Calls::new(
            self,
            &options.request,
            chunks.len(),
            options.progress.clone(),
        );
        let stop_on_failure = options.stop_on_failure;
        let template = request.clone();
        let calls = stream::iter(chunks)
            .map(move |ids| {
                let engine = engine.clone();
                let call = template.with_batch_ids(ids.clone());
                async move {
                    let result = engine.call(&call, E::item_count).await;
                    (ids, result)
                }
            })
            .buffer_unordered(concurrency)
            .map(move |(ids, result)| match result {
                Ok(page) => Ok(Chunk {
                    ids,
                    items: E::into_items(page),
                }),
                Err(error) => Err(ChunkFailure { ids, error }),
            });
        // Ends right after a failure when asked to, without polling the calls again: that
        // would start the next call.
        stream::unfold(
            (Box::pin(calls), false),
            move |(mut calls, stopped)| async move {
                if stopped {
                    return None;
                }
                let outcome = calls.next().await?;
                let stop = stop_on_failure && outcome.is_err();
                Some((outcome, (calls, stop)))
            },
        )
    }

    /// [`batch`](Self::batch), collected: every record, every failed call, and the ids never
    /// sent if the batch stopped at a failure.
    pub async fn batch_all<E: Batchable>(
        &self,
        request: &E,
        options: &BatchOptions,
    ) -> BatchOutcome<E::Item> {
        let mut remaining: HashSet<String> = unique_ids(request.batch_ids()).into_iter().collect();
        let mut outcome = BatchOutcome {
            items: Vec::new(),
            failures: Vec::new(),
            not_sent: Vec::new(),
        };
        let mut stream = std::pin::pin!(self.batch(request, options));
        while let Some(next) = stream.next().await {
            match next {
                Ok(chunk) => {
                    chunk.ids.iter().for_each(|id| {
                        remaining.remove(id);
                    });
                    outcome.items.extend(chunk.items);
                }
                Err(failure) => {
                    failure.ids.iter().for_each(|id| {
                        remaining.remove(id);
                    });
                    outcome.failures.push(failure);
                }
            }
        }
        outcome.not_sent = unique_ids(request.batch_ids())
            .into_iter()
            .filter(|id| remaining.contains(id))
            .collect();
        outcome
    }
}
