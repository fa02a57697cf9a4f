#!/usr/bin/env bash
# Builds the README's "Use in your crate" section as a user would: a new crate outside the
# workspace, its Cargo.toml and src/main.rs taken verbatim from the README (only the SDK's
# version requirement becomes a path to this checkout), then `cargo run`; fails unless it
# prints records. Shares this workspace's Cargo.lock and target dir so nothing is rebuilt twice.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The fenced block after the `<!-- readme-crate: NAME -->` marker, without its fences.
block() {
    awk -v name="$1" '
        $0 == "<!-- readme-crate: " name " -->" { found = 1; next }
        found && /^```/ { if (inside) exit; inside = 1; next }
        inside { print }
    ' "$repo/README.md"
}

mkdir -p "$work/my-report/src"
block Cargo.toml >"$work/my-report/Cargo.toml"
block src/main.rs >"$work/my-report/src/main.rs"
for f in Cargo.toml src/main.rs; do
    [ -s "$work/my-report/$f" ] || { echo "README has no readme-crate block for $f" >&2; exit 1; }
done
grep -q '^feishu-api = { version = "0.1"' "$work/my-report/Cargo.toml" \
    || { echo "README's Cargo.toml does not depend on feishu-api 0.1" >&2; exit 1; }
grep -q '^feishu-emulator = { version = "0.1"' "$work/my-report/Cargo.toml" \
    || { echo "README's Cargo.toml does not depend on feishu-emulator 0.1" >&2; exit 1; }
sed -i "s#^feishu-api = { version = \"0.1\"#feishu-api = { path = \"$repo/feishu-sdk\"#" "$work/my-report/Cargo.toml"
sed -i "s#^feishu-emulator = { version = \"0.1\"#feishu-emulator = { path = \"$repo/feishu-emulator\"#" "$work/my-report/Cargo.toml"
cp "$repo/Cargo.lock" "$work/my-report/Cargo.lock"

cd "$work/my-report"
out="$(CARGO_TARGET_DIR="$repo/target" cargo run --quiet)"
printf '%s\n' "$out" | tail -n 3
count="$(printf '%s\n' "$out" | sed -n 's/^\([0-9][0-9]*\) records$/\1/p')"
if [ -z "$count" ] || [ "$count" -eq 0 ]; then
    echo "the README's crate printed no records" >&2
    exit 1
fi
records="$(printf '%s\n' "$out" | grep -c '^Some(')"
[ "$records" -eq "$count" ] || { echo "printed $records record lines but counted $count" >&2; exit 1; }
echo "readme crate: ok ($count records)"
