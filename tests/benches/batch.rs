//! Batches at scale, against the in-process emulator over loopback with its per-app rate limit
//! enforced (issue 9's measurements). Not a divan benchmark: each scenario is one multi-second
//! run whose numbers are compared with a floor, so it prints a table instead. Run with
//! `scripts/batch-bench.sh` (release build).
//!
//! 1. 10,000 ids (200 calls at 50 calls/s): wall time against the floor the sliding one-second
//!    window imposes (the 151st call can start at 3 s, so 3 s plus one call), and the number of
//!    429 answers.
//! 2. The same with 10% of calls failing by injected 5xx, dropped connections and 429s: the
//!    records returned must equal the emulator's ground truth exactly, each once.
//! 3. Peak resident memory while streaming (each chunk dropped as it arrives) for 1,000, 10,000 and
//!    50,000 ids, with the rate limits off so the large runs stay short.
#![allow(missing_docs)]

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use feishu_api::attendance::v1::user_task_remedy::query::{EmployeeType, QueryRequest};
use feishu_api::time::UnixSeconds;
use feishu_api::{BatchOptions, Client};
use feishu_emulator::{Emulator, Fault, FaultRule, RateLimiting, RunningEmulator, Tenant};
use futures_util::StreamExt;

/// The process's resident memory now and its peak since the last reset, in KiB (Linux:
/// `/proc/self/status`; writing 5 to `/proc/self/clear_refs` resets the peak).
fn rss_kib() -> (usize, usize) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

const QUERY: &str = "/open-apis/attendance/v1/user_task_remedys/query";
const FROM: i64 = 1_735_603_200; // 2024-12-31T00:00:00Z
const TO: i64 = 1_767_312_000; // 2026-01-02T00:00:00Z

fn request(ids: &[String]) -> QueryRequest {
    QueryRequest::builder()
        .employee_type(EmployeeType::EmployeeId)
        .user_ids(ids.iter().cloned())
        .check_time_from(UnixSeconds::new(FROM))
        .check_time_to(UnixSeconds::new(TO))
        .build()
}

async fn emulator(tenant: Arc<Tenant>, rate: RateLimiting) -> RunningEmulator {
    Emulator::builder()
        .tenant(tenant)
        .rate_limiting(rate)
        .start()
        .await
        .expect("the emulator starts")
}

fn client(emulator: &RunningEmulator, rate_limit: bool) -> Client {
    Client::builder()
        .app_credentials(emulator.app_id(), emulator.app_secret())
        .base_url(emulator.url())
        .client_rate_limit(rate_limit)
        .build()
        .expect("a client")
}

fn ids(tenant: &Tenant, n: usize) -> Vec<String> {
    tenant.employees()[..n]
        .iter()
        .map(|e| e.employee_id().to_owned())
        .collect()
}

/// Records as comparable text: (user, approval id).
fn keys(
    records: &[feishu_api::attendance::v1::user_task_remedy::query::UserTaskRemedy],
) -> Vec<String> {
    records
        .iter()
        .map(|r| {
            format!(
                "{}/{}",
                r.user_id.as_deref().unwrap_or(""),
                r.approval_id.as_deref().unwrap_or("")
            )
        })
        .collect()
}

fn rate_limited(emulator: &RunningEmulator) -> usize {
    emulator
        .requests()
        .iter()
        .filter(|r| r.path == QUERY && (r.status == 429 || r.code == Some(99991400)))
        .count()
}

#[tokio::main]
async fn main() {
    let tenant = Arc::new(Tenant::generate(50_000, 42, 2025));
    let ten_k = ids(&tenant, 10_000);

    // 1. Throughput against the rate limit.
    let clean = emulator(Arc::clone(&tenant), RateLimiting::Spec).await;
    let started = Instant::now();
    let outcome = client(&clean, true)
        .batch_all(&request(&ten_k), &BatchOptions::new())
        .await;
    let wall = started.elapsed();
    let calls = clean.requests().iter().filter(|r| r.path == QUERY).count();
    // One call's own time, measured alone on a fresh emulator.
    let single = {
        let e = emulator(Arc::clone(&tenant), RateLimiting::Spec).await;
        let c = client(&e, true);
        c.batch_all(&request(&ten_k[..50]), &BatchOptions::new())
            .await;
        let t = Instant::now();
        c.batch_all(&request(&ten_k[50..100]), &BatchOptions::new())
            .await;
        t.elapsed()
    };
    let floor = Duration::from_secs(3) + single;
    assert!(
        outcome.failures.is_empty(),
        "{:?}",
        outcome.failures.first()
    );
    let truth = keys(&outcome.items);
    println!("| scenario | result |\n|---|---|");
    println!(
        "| 10,000 ids, rate limit enforced | {calls} calls, {} records, wall {:.3} s, floor {:.3} s (3 s + one call of {:.1} ms), ratio {:.3}, 429 answers: {} |",
        truth.len(),
        wall.as_secs_f64(),
        floor.as_secs_f64(),
        single.as_secs_f64() * 1e3,
        wall.as_secs_f64() / floor.as_secs_f64(),
        rate_limited(&clean)
    );

    // 2. Faults on 10% of calls: the same records, each once.
    let faulty = emulator(Arc::clone(&tenant), RateLimiting::Spec).await;
    for fault in [
        Fault::Error {
            status: 503,
            code: 1225000,
            msg: "internal error".into(),
        },
        Fault::DropConnection,
        Fault::RateLimited { reset_secs: 1 },
    ] {
        faulty
            .faults()
            .add(FaultRule::new(fault).path(QUERY).probability(1.0 / 30.0));
    }
    let outcome = client(&faulty, true)
        .batch_all(&request(&ten_k), &BatchOptions::new())
        .await;
    let got = keys(&outcome.items);
    let unique: BTreeSet<&String> = got.iter().collect();
    let want: BTreeSet<&String> = truth.iter().collect();
    let injected = faulty
        .requests()
        .iter()
        .filter(|r| r.path == QUERY && r.fault.is_some())
        .count();
    let sent = faulty.requests().iter().filter(|r| r.path == QUERY).count();
    println!(
        "| 10,000 ids, 10% of calls faulty | {sent} calls of which {injected} faulty, {} records ({} unique), failed chunks {}, equal to the ground truth: {} |",
        got.len(),
        unique.len(),
        outcome.failures.len(),
        unique == want && got.len() == truth.len() && outcome.failures.is_empty()
    );

    // 3. Peak heap of the streaming form.
    let fast = emulator(Arc::clone(&tenant), RateLimiting::Off).await;
    let client = client(&fast, false);
    for n in [1_000, 10_000, 50_000] {
        let request = request(&ids(&tenant, n));
        reset_peak();
        let (base, _) = rss_kib();
        let mut stream = Box::pin(client.batch(&request, &BatchOptions::new().concurrency(8)));
        let mut records = 0usize;
        while let Some(chunk) = stream.next().await {
            records += chunk.map(|c| c.items.len()).unwrap_or(0);
        }
        drop(stream);
        let (_, peak) = rss_kib();
        println!(
            "| streaming {n} ids | {records} records, peak RSS above the start {:.1} MiB (the request itself holds {:.1} MiB of ids) |",
            peak.saturating_sub(base) as f64 / 1024.0,
            (n * (8 + 24)) as f64 / (1 << 20) as f64
        );
    }
}
