//! Fault injection: rules a test adds while the emulator runs, each naming a [`Fault`] and the
//! requests it applies to.
//!
//! Rules are checked in the order they were added; the first one that matches a request and
//! still has budget fires, and at most one fault applies to a request. A rule matches by path
//! (exact, or a prefix ending in `*`) and optionally by method; it can let the first `n`
//! matching requests through ([`FaultRule::after`]), fire a limited number of times
//! ([`FaultRule::times`]) and fire only with a probability ([`FaultRule::probability`]), drawn
//! from a generator seeded by the emulator's seed, so a run with the same requests in the same
//! order sees the same faults.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use super::rng::Rng;

/// What goes wrong with a request.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Fault {
    /// Answers with this HTTP status and a Feishu JSON error body (`code`, `msg`,
    /// `error.log_id`), without handling the request: e.g. `status: 503`.
    Error {
        /// The HTTP status.
        status: u16,
        /// The body's `code`.
        code: i64,
        /// The body's `msg`.
        msg: String,
    },
    /// Answers with one of the matched endpoint's documented error codes, with the HTTP status
    /// and message of its spec's error table (HTTP 500 and `internal error` for a code the
    /// table does not list, or on a path that is no spec endpoint).
    SpecError(i64),
    /// HTTP 429, code 99991400, with `x-ogw-ratelimit-limit` and
    /// `x-ogw-ratelimit-reset: reset_secs` headers; repeat it with [`FaultRule::times`] for a
    /// burst.
    RateLimited {
        /// The value of `x-ogw-ratelimit-reset`, in seconds.
        reset_secs: u64,
    },
    /// Revokes every tenant access token issued so far, then handles the request normally
    /// (so an API call carrying one of them is answered with 99991663).
    RevokeTokens,
    /// Waits this long, then handles the request normally.
    Delay(Duration),
    /// Closes the connection without answering.
    DropConnection,
    /// Handles the request, then sends only the first half of the response body, with a
    /// `Content-Length` for that half: a complete HTTP message whose JSON is cut off.
    TruncatedBody,
    /// Handles the request, announces the whole body's `Content-Length`, sends the first half
    /// and closes the connection.
    AbortedBody,
    /// Answers HTTP 502 with an HTML gateway error page (`text/html`), as a proxy in front of
    /// the API would.
    BadGatewayHtml,
    /// Handles the request; records in a successful answer carry enum values the spec does not
    /// list (`status` 5, `work_type` 3, `punch_no` 3 for remedy records).
    UnknownEnumValues,
    /// Handles the request; a successful answer carries fields the spec does not list: the
    /// envelope and `data` get `"emulator_extra": {"since": "v2", "flags": [1, 2]}` and every
    /// object inside `data`'s arrays gets `"extra_note": "added by a newer server"` and
    /// `"extra_detail": {"level": 1}`.
    ExtraFields,
}

impl Fault {
    /// A short name, as shown in the request journal: `error`, `spec_error`, `rate_limited`,
    /// `revoke_tokens`, `delay`, `drop_connection`, `truncated_body`, `aborted_body`,
    /// `bad_gateway_html`, `unknown_enum_values` or `extra_fields`.
    pub fn kind(&self) -> &'static str {
        match self {
            Fault::Error { .. } => "error",
            Fault::SpecError(_) => "spec_error",
            Fault::RateLimited { .. } => "rate_limited",
            Fault::RevokeTokens => "revoke_tokens",
            Fault::Delay(_) => "delay",
            Fault::DropConnection => "drop_connection",
            Fault::TruncatedBody => "truncated_body",
            Fault::AbortedBody => "aborted_body",
            Fault::BadGatewayHtml => "bad_gateway_html",
            Fault::UnknownEnumValues => "unknown_enum_values",
            Fault::ExtraFields => "extra_fields",
        }
    }
}

/// Which requests a fault applies to, and how often.
#[derive(Debug, Clone, PartialEq)]
pub struct FaultRule {
    fault: Fault,
    path: Option<String>,
    method: Option<String>,
    after: u64,
    times: Option<u64>,
    probability: Option<f64>,
}

impl FaultRule {
    /// A rule applying `fault` to every request, on every path, until it is removed.
    pub fn new(fault: Fault) -> Self {
        FaultRule {
            fault,
            path: None,
            method: None,
            after: 0,
            times: None,
            probability: None,
        }
    }

    /// Only requests to this path: exact, or every path starting with the text before a final
    /// `*` (`/open-apis/attendance/*`).
    pub fn path(mut self, pattern: impl Into<String>) -> Self {
        self.path = Some(pattern.into());
        self
    }

    /// Only requests with this HTTP method (case-insensitive).
    pub fn method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into().to_ascii_uppercase());
        self
    }

    /// Lets the first `n` matching requests through untouched.
    pub fn after(mut self, n: u64) -> Self {
        self.after = n;
        self
    }

    /// Fires at most `n` times (the next `n` matching requests, when no probability is set).
    pub fn times(mut self, n: u64) -> Self {
        self.times = Some(n);
        self
    }

    /// Fires on a matching request with probability `p` (clamped to `0..=1`), drawn from the
    /// emulator's seeded generator.
    pub fn probability(mut self, p: f64) -> Self {
        self.probability = Some(p.clamp(0.0, 1.0));
        self
    }

    /// The fault it injects.
    pub fn fault(&self) -> &Fault {
        &self.fault
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        let path_ok = match self.path.as_deref() {
            None => true,
            Some(pattern) => match pattern.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => path == pattern,
            },
        };
        path_ok
            && self
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
    }
}

/// Names an added rule, to remove it or ask how often it fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaultId(u64);

#[derive(Debug)]
struct Slot {
    id: FaultId,
    rule: FaultRule,
    seen: u64,
    fired: u64,
    removed: bool,
}

#[derive(Debug)]
struct State {
    slots: Vec<Slot>,
    next_id: u64,
    rng: Rng,
}

/// The running emulator's fault rules: cheap to clone, shared with the server.
#[derive(Debug, Clone)]
pub struct Faults {
    state: Arc<Mutex<State>>,
}

impl Faults {
    pub(crate) fn new(seed: u64) -> Self {
        Faults {
            state: Arc::new(Mutex::new(State {
                slots: Vec::new(),
                next_id: 1,
                rng: Rng::derive(seed, 0x6661_756c, 0),
            })),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds a rule after the existing ones.
    pub fn add(&self, rule: FaultRule) -> FaultId {
        let mut state = self.lock();
        let id = FaultId(state.next_id);
        state.next_id += 1;
        state.slots.push(Slot {
            id,
            rule,
            seen: 0,
            fired: 0,
            removed: false,
        });
        id
    }

    /// Removes a rule; `false` if it was removed already. Its count stays readable.
    pub fn remove(&self, id: FaultId) -> bool {
        let mut state = self.lock();
        match state.slots.iter_mut().find(|s| s.id == id && !s.removed) {
            Some(slot) => {
                slot.removed = true;
                true
            }
            None => false,
        }
    }

    /// Removes every rule.
    pub fn clear(&self) {
        for slot in &mut self.lock().slots {
            slot.removed = true;
        }
    }

    /// How many requests the rule has affected so far.
    pub fn fired(&self, id: FaultId) -> u64 {
        self.lock()
            .slots
            .iter()
            .find(|s| s.id == id)
            .map_or(0, |s| s.fired)
    }

    /// Whether the rule can still fire (not removed, budget left).
    pub fn is_active(&self, id: FaultId) -> bool {
        self.lock()
            .slots
            .iter()
            .find(|s| s.id == id)
            .is_some_and(|s| !s.removed && s.rule.times.is_none_or(|n| s.fired < n))
    }

    /// The fault for a request, if a rule fires.
    pub(crate) fn pick(&self, method: &str, path: &str) -> Option<Fault> {
        let mut state = self.lock();
        let State { slots, rng, .. } = &mut *state;
        for slot in slots.iter_mut().filter(|s| !s.removed) {
            if !slot.rule.matches(method, path) {
                continue;
            }
            slot.seen += 1;
            if slot.seen <= slot.rule.after || slot.rule.times.is_some_and(|n| slot.fired >= n) {
                continue;
            }
            if slot.rule.probability.is_some_and(|p| !rng.chance(p)) {
                continue;
            }
            slot.fired += 1;
            return Some(slot.rule.fault.clone());
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_fire_in_order_with_budgets() {
        let faults = Faults::new(1);
        let a = faults.add(
            FaultRule::new(Fault::DropConnection)
                .path("/a/*")
                .after(1)
                .times(2),
        );
        let b = faults.add(FaultRule::new(Fault::BadGatewayHtml).method("post"));
        assert_eq!(faults.pick("GET", "/a/x"), None);
        assert_eq!(faults.pick("GET", "/a/x"), Some(Fault::DropConnection));
        assert_eq!(faults.pick("POST", "/a/y"), Some(Fault::DropConnection));
        assert_eq!(faults.pick("POST", "/a/y"), Some(Fault::BadGatewayHtml));
        assert_eq!(faults.pick("GET", "/a/y"), None);
        assert_eq!((faults.fired(a), faults.fired(b)), (2, 1));
        assert!(!faults.is_active(a) && faults.is_active(b));
        assert!(faults.remove(b) && !faults.remove(b));
        assert_eq!(faults.pick("POST", "/b"), None);
    }

    #[test]
    fn probabilities_are_seeded() {
        let run = || {
            let faults = Faults::new(5);
            faults.add(FaultRule::new(Fault::DropConnection).probability(0.5));
            (0..64)
                .map(|_| faults.pick("GET", "/").is_some())
                .collect::<Vec<_>>()
        };
        let first = run();
        assert_eq!(first, run());
        assert!(first.iter().any(|&x| x) && first.iter().any(|&x| !x));
    }
}
