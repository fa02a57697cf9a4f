#!/usr/bin/env bash
# The importer's benchmark: 1,000 generated pages (feishu-spec/benches/import.rs) imported, side
# by side with loading and checking the specs it writes and with parsing the pages alone
# (divan medians), then the `feishu-spec import` command on the same pages under
# /usr/bin/time for its wall time and peak memory; with a mirror of the reference pages as
# the first argument, on all of it too. Results: BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mirror="${1:-}"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
cargo bench -p feishu-spec --bench import
cargo build --quiet --release -p feishu-spec
pages="$(mktemp -d)"
out="$(mktemp -d)"
trap 'rm -rf "$pages" "$out"' EXIT
FEISHU_BENCH_PAGES="$pages" cargo bench --quiet -p feishu-spec --bench import
measure() {
    rm -rf "$out"/*
    /usr/bin/time -f "%e s wall, %M KiB peak RSS" target/release/feishu-spec import --out "$out" "$1" \
        >"$out.log" 2>"$out.err" || true
    echo "$(grep -c '^wrote' "$out.log") written, $(grep -c '^error' "$out.log") errors; $(tail -1 "$out.err")"
}
echo "== feishu-spec import, 1,000 generated pages: $(measure "$pages")"
if [ -n "$mirror" ]; then
    echo "== feishu-spec import, the mirror ($mirror): $(measure "$mirror")"
fi
rm -f "$out.log" "$out.err"
