#!/usr/bin/env bash
# The drift check CI runs: the pinned official Python SDK described as JSON (from PyPI, into a
# venv under target/), then every spec under the given directory (default specs/) compared with
# it; a finding not listed in docs/spec-sources/drift-allow.toml fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="${1:-specs}"
sdk="$(bash scripts/drift/setup.sh)"
out=target/drift/official.json
python3 scripts/drift/official.py --sdk "$sdk" --out "$out"
cargo run --quiet --release -p feishu-spec -- drift --official "$out" \
    --allow docs/spec-sources/drift-allow.toml "$dir"
