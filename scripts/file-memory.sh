#!/usr/bin/env bash
# Peak memory (max RSS) of each side of an upload and a download: an emulator process and a
# client process (examples/file_transfer.rs), for files of 5, 20 and 50 MiB. The client
# streams both ways, so its peak should not grow with the file; the emulator keeps uploads in
# memory, so its peak does. Usage: scripts/file-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p feishu-emulator --bin feishu-emulator
cargo build --release -q -p feishu-examples --example file_transfer
work="$(mktemp -d)"
trap 'kill "${emulator_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
printf '| file | client peak RSS | emulator peak RSS |\n|---|---|---|\n'
for mib in 5 20 50; do
    head -c "$((mib * 1024 * 1024))" /dev/urandom >"$work/file.bin"
    /usr/bin/time -f "%M" -o "$work/emulator.rss" target/release/feishu-emulator --quiet >"$work/emulator.out" 2>/dev/null &
    emulator_pid=$!
    for _ in $(seq 50); do grep -q FEISHU_APP_SECRET "$work/emulator.out" 2>/dev/null && break; sleep 0.1; done
    # shellcheck disable=SC2046
    export $(grep -E '^FEISHU_(BASE_URL|APP_ID|APP_SECRET)=' "$work/emulator.out" | xargs)
    /usr/bin/time -f "%M" -o "$work/client.rss" target/release/examples/file_transfer "$work/file.bin" "$work/copy.bin" >/dev/null
    # `time` ignores SIGINT while it waits: stop the emulator itself, its child.
    pkill -INT -P "$emulator_pid"; wait "$emulator_pid" 2>/dev/null || true
    printf '| %s MiB | %s MiB | %s MiB |\n' "$mib" \
        "$(( $(tail -1 "$work/client.rss") / 1024 ))" "$(( $(tail -1 "$work/emulator.rss") / 1024 ))"
done
