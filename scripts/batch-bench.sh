#!/usr/bin/env bash
# Issue 9's measurements (tests/benches/batch.rs): 10,000 ids against the emulator's rate
# limit (wall time vs the floor, 429s), the same with 10% faulty calls (records equal to the
# ground truth), and the streaming form's peak heap for 1,000 / 10,000 / 50,000 ids.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench -p feishu-tests --bench batch
