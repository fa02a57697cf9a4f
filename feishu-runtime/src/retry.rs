//! Retry decisions, backoff, and the client-side rate limiter.
//!
//! The limiter is hand-written rather than taken from `governor`: the platform counts calls
//! over a sliding one-second window, which a token bucket (governor's GCRA) does not respect
//! (a full bucket plus a second's refill lets nearly twice the limit through one window). A log
//! of the last `limit` send times is exact, small, and needs no timer crate. Backoff is a few
//! lines over `RetryPolicy`, and the jitter draws on std's randomly keyed hasher.

use std::collections::VecDeque;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use tokio::time::Instant;

use crate::config::RetryPolicy;
use crate::error::{Error, TimeoutKind, TransportErrorKind};

/// Whether a failed attempt may be sent again. `retry_safe` is the endpoint's spec flag: a
/// request the server may have acted on is sent again only if the endpoint allows it.
pub(crate) fn is_retryable(error: &Error, retry_safe: bool) -> bool {
    match error {
        // Refused before any work was done.
        Error::RateLimited(_) => true,
        Error::Transport { kind, .. } => match kind {
            TransportErrorKind::Connect => true,
            TransportErrorKind::Exchange => retry_safe,
            _ => false,
        },
        Error::Timeout { kind, .. } => match kind {
            TimeoutKind::Connect => true,
            TimeoutKind::Attempt => retry_safe,
            _ => false,
        },
        Error::Api(api) => api.http_status >= 500 && retry_safe,
        // An HTML page from a gateway in front of the API.
        Error::Decode(decode) => decode.http_status >= 500 && retry_safe,
        _ => false,
    }
}

/// The wait before attempt `attempt + 1`, after `attempt` attempts failed (1-based): the
/// policy's exponential backoff with jitter, and at least the reset a rate-limited answer names.
pub(crate) fn backoff(policy: &RetryPolicy, attempt: u32, error: &Error) -> Duration {
    let doublings = attempt.saturating_sub(1).min(31);
    let exponential = policy
        .initial_backoff
        .saturating_mul(1u32 << doublings)
        .min(policy.max_backoff);
    let wait = if policy.jitter {
        // Between half and all of the backoff: spread out, never much shorter.
        let half = exponential / 2;
        half + half.mul_f64(random_unit())
    } else {
        exponential
    };
    match error {
        Error::RateLimited(limited) => wait.max(limited.reset.unwrap_or_default()),
        _ => wait,
    }
}

/// A uniformly distributed number in `[0, 1)`.
fn random_unit() -> f64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(Instant::now().elapsed().as_nanos() as u64);
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// A sliding-window limiter: for each of its windows, at most that window's limit of calls in
/// any such window (50 a second and 1,000 a minute, say), as the server counts them.
///
/// A call holds its slot from just before it is sent until its answer is in, and the window is
/// counted from then: the server saw the call no later than the answer arrived, so a slot reused
/// a window after that can never make the server count one call too many, however long the
/// token fetch or the network took.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    /// `(limit, window)` pairs; a call must fit all of them.
    windows: Vec<(usize, Duration)>,
    state: std::sync::Mutex<Slots>,
    /// Woken when a call in flight finishes.
    released: tokio::sync::Notify,
    /// Waiting callers take turns in arrival order (a Tokio mutex is FIFO).
    turn: tokio::sync::Mutex<()>,
}

#[derive(Debug, Default)]
struct Slots {
    in_flight: usize,
    /// When the calls of the current window finished, oldest first.
    finished: VecDeque<Instant>,
}

/// A slot taken from a [`RateLimiter`]; dropping it (answered, failed or cancelled) starts the
/// slot's window.
pub(crate) struct Permit<'a> {
    limiter: &'a RateLimiter,
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        let mut slots = self.limiter.slots();
        slots.in_flight -= 1;
        slots.finished.push_back(Instant::now());
        drop(slots);
        self.limiter.released.notify_one();
    }
}

impl RateLimiter {
    /// A limiter for `per_second` calls per second. The window is a little over a second, for
    /// the server's clock granularity.
    #[cfg(test)]
    pub(crate) fn per_second(per_second: u32) -> Self {
        Self::new(Some(per_second), None)
    }

    /// A limiter for at most `per_second` calls a second and `per_minute` a minute (either
    /// absent); each window a little longer than its unit, for the server's clock granularity.
    pub(crate) fn new(per_second: Option<u32>, per_minute: Option<u32>) -> Self {
        let mut windows = Vec::new();
        if let Some(n) = per_second {
            windows.push((n.max(1) as usize, Duration::from_millis(1_020)));
        }
        if let Some(n) = per_minute {
            windows.push((n.max(1) as usize, Duration::from_millis(60_500)));
        }
        let capacity = windows.iter().map(|w| w.0).max().unwrap_or(1);
        RateLimiter {
            windows,
            state: std::sync::Mutex::new(Slots {
                in_flight: 0,
                finished: VecDeque::with_capacity(capacity),
            }),
            released: tokio::sync::Notify::new(),
            turn: tokio::sync::Mutex::new(()),
        }
    }

    fn slots(&self) -> std::sync::MutexGuard<'_, Slots> {
        // The state stays consistent even if a holder panicked.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until one more call fits in the window, and takes a slot for it.
    pub(crate) async fn acquire(&self) -> Permit<'_> {
        let _turn = self.turn.lock().await;
        loop {
            let released = self.released.notified();
            let free_at = {
                let mut slots = self.slots();
                let now = Instant::now();
                let longest = self.windows.iter().map(|w| w.1).max().unwrap_or_default();
                while slots.finished.front().is_some_and(|&t| t + longest <= now) {
                    slots.finished.pop_front();
                }
                // For each window the call does not fit, when its oldest counted call leaves
                // it; the call fits once every such window has room.
                let mut blocked = false;
                let mut free_at: Option<Instant> = None;
                for &(limit, window) in &self.windows {
                    let mut recent = slots.finished.iter().filter(|&&t| t + window > now);
                    let oldest = recent.next().copied();
                    let count = oldest.map_or(0, |_| 1 + recent.count());
                    if slots.in_flight + count >= limit {
                        blocked = true;
                        if let Some(t) = oldest {
                            free_at = Some(free_at.map_or(t + window, |f| f.max(t + window)));
                        }
                    }
                }
                if !blocked {
                    slots.in_flight += 1;
                    return Permit { limiter: self };
                }
                free_at
            };
            match free_at {
                Some(at) => tokio::time::sleep_until(at).await,
                // Every slot is in flight: the first to finish frees one a window later.
                None => released.await,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::RateLimitedError;

    fn limited(reset: u64) -> Error {
        Error::RateLimited(Box::new(RateLimitedError {
            endpoint: "e".into(),
            http_status: 429,
            code: Some(99991400),
            msg: None,
            limit: Some(50),
            reset: Some(Duration::from_secs(reset)),
            log_id: None,
        }))
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_and_honours_reset() {
        let policy = RetryPolicy {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(350),
            jitter: false,
        };
        let other = Error::Config(String::new());
        let waits: Vec<u128> = (1..=4)
            .map(|a| backoff(&policy, a, &other).as_millis())
            .collect();
        assert_eq!(waits, [100, 200, 350, 350]);
        assert_eq!(backoff(&policy, 1, &limited(2)), Duration::from_secs(2));
        assert_eq!(backoff(&policy, 40, &other), Duration::from_millis(350));
    }

    #[test]
    fn jitter_stays_between_half_and_all() {
        let policy = RetryPolicy {
            jitter: true,
            ..RetryPolicy::default()
        };
        let other = Error::Config(String::new());
        for _ in 0..200 {
            let wait = backoff(&policy, 2, &other);
            assert!(
                wait >= Duration::from_millis(200) && wait <= Duration::from_millis(400),
                "{wait:?}"
            );
        }
    }

    #[test]
    fn what_is_retried() {
        assert!(is_retryable(&limited(1), false));
        let timeout = |kind| Error::Timeout {
            endpoint: "e".into(),
            kind,
            after: Duration::ZERO,
        };
        assert!(is_retryable(&timeout(TimeoutKind::Connect), false));
        assert!(is_retryable(&timeout(TimeoutKind::Attempt), true));
        assert!(!is_retryable(&timeout(TimeoutKind::Attempt), false));
        assert!(!is_retryable(&timeout(TimeoutKind::Overall), true));
        assert!(!is_retryable(&Error::Config(String::new()), true));
    }

    #[tokio::test(start_paused = true)]
    async fn limiter_admits_limit_per_window_from_each_answer() {
        let limiter = RateLimiter::per_second(5);
        let start = Instant::now();
        for _ in 0..5 {
            drop(limiter.acquire().await);
        }
        assert_eq!(start.elapsed(), Duration::ZERO);
        drop(limiter.acquire().await);
        assert_eq!(start.elapsed(), Duration::from_millis(1_020));
        // The next four go at once: their window slots freed together.
        for _ in 0..4 {
            drop(limiter.acquire().await);
        }
        assert_eq!(start.elapsed(), Duration::from_millis(1_020));
        drop(limiter.acquire().await);
        assert_eq!(start.elapsed(), Duration::from_millis(2_040));
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_fits_every_window() {
        // 2 a second and 3 a minute: the third call waits a second, the fourth a minute.
        let limiter = RateLimiter::new(Some(2), Some(3));
        let start = Instant::now();
        let mut at = Vec::new();
        for _ in 0..5 {
            drop(limiter.acquire().await);
            at.push(start.elapsed());
        }
        assert_eq!(
            at,
            [
                Duration::ZERO,
                Duration::ZERO,
                Duration::from_millis(1_020),
                Duration::from_millis(60_500),
                Duration::from_millis(60_500),
            ]
        );
        // Per minute alone.
        let limiter = RateLimiter::new(None, Some(1));
        let start = Instant::now();
        drop(limiter.acquire().await);
        drop(limiter.acquire().await);
        assert_eq!(start.elapsed(), Duration::from_millis(60_500));
    }

    #[tokio::test(start_paused = true)]
    async fn a_slot_counts_from_when_its_call_finished() {
        let limiter = RateLimiter::per_second(2);
        let start = Instant::now();
        let slow = limiter.acquire().await;
        drop(limiter.acquire().await);
        // The slow call is answered 500 ms after it was sent: its slot frees 1,020 ms later.
        let finisher = async {
            tokio::time::sleep(Duration::from_millis(500)).await;
            drop(slow);
        };
        let (_, third) = tokio::join!(finisher, async {
            drop(limiter.acquire().await);
            start.elapsed()
        });
        // The quick call's slot (finished at 0) frees first, at 1,020 ms.
        assert_eq!(third, Duration::from_millis(1_020));
        drop(limiter.acquire().await);
        assert_eq!(start.elapsed(), Duration::from_millis(1_520));
    }

    #[tokio::test(start_paused = true)]
    async fn calls_in_flight_hold_their_slots() {
        let limiter = RateLimiter::per_second(1);
        let start = Instant::now();
        let first = limiter.acquire().await;
        let (_, waited) = tokio::join!(
            async {
                tokio::time::sleep(Duration::from_secs(3)).await;
                drop(first);
            },
            async {
                drop(limiter.acquire().await);
                start.elapsed()
            }
        );
        assert_eq!(waited, Duration::from_millis(4_020));
    }
}
