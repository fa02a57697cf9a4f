#!/usr/bin/env bash
# Re-imports every page of a mirror of the reference pages that has a spec under specs/ (the
# same HTTP method and path) and prints `feishu-spec diff` for each: how the committed specs
# differ from what their pages say. docs/spec-sources/REIMPORT.md explains every difference.
# Usage: scripts/reimport-diff.sh MIRROR_DIR [PAGE_SUBDIR...]  (default: attendance-v1 and the
# two self-built token pages)
set -uo pipefail
cd "$(dirname "$0")/.."
mirror="${1:?usage: scripts/reimport-diff.sh MIRROR_DIR [PAGE_SUBDIR...]}"
shift
subdirs=("$@")
[ ${#subdirs[@]} -eq 0 ] && subdirs=(attendance-v1 authentication-management/access-token/tenant_access_token_internal.md authentication-management/access-token/app_access_token_internal.md)
cargo build --quiet --release -p feishu-spec
bin=target/release/feishu-spec
for sub in "${subdirs[@]}"; do
    find "$mirror/$sub" -name '*.md' | sort
done | while read -r page; do
    out=$("$bin" diff "$page" specs 2>&1)
    rc=$?
    [ $rc -eq 2 ] && continue # not a method page, or no spec of its path
    echo "=== ${page#"$mirror"/} ($([ $rc -eq 0 ] && echo same || echo differs))"
    echo "$out"
done
