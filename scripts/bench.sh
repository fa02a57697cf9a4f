#!/usr/bin/env bash
# Runs the SDK benchmarks (tests/benches/client.rs) with a baseline beside each SDK path
# and prints divan's table (fastest / slowest / median / mean per group).
# Usage: scripts/bench.sh [divan filter, e.g. call_over_loopback]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p feishu-tests --bench client -- "$@"
