#!/usr/bin/env bash
# The importer end to end, outside the repository: every page of a mirror of the reference
# pages imported into a scratch spec directory and drift-checked; from the specs with no drift
# finding, a spread of method pages (at most PER_SERVICE per service, round-robin over each
# service's resources) imported again, alone and unedited, into the specs/ of a new crate that
# expands them with `feishu_macros::generate_api!` against this workspace's feishu-api; that
# crate built and tested (the generated example tests), and its spec directory drift-checked
# (0 findings).
#
# Usage: scripts/import-scratch.sh MIRROR_DIR [OUT_DIR]      (OUT_DIR default /tmp/feishu-scratch)
#   OUT_DIR/all/     the whole mirror imported      OUT_DIR/logs/   every command's output
#   OUT_DIR/crate/   the scratch crate (Cargo.toml, src/lib.rs, specs/)
# Environment:
#   PER_SERVICE=20                  pages per service at most
#   MIN_PAGES=150 MIN_SERVICES=12   what the selection must reach
#   FEISHU_SPEC=path                this feishu-spec binary (default: `cargo build --release -p
#                                   feishu-spec`); copied to OUT_DIR/bin either way, so that a
#                                   concurrent rebuild cannot change it mid-run
#   CARGO_TARGET_DIR                default: the workspace's target/ (the scratch crate has the
#                                   workspace's profiles, so the SDK's built crates are reused)
#   SKIP_BUILD=1                    stop after the selection's import and drift check
#   SDK_FROM=workspace              the SDK (feishu-api, feishu-macros, the importer, the allow
#                                   file) from the working tree; SDK_FROM=head: from the last
#                                   commit, extracted to OUT_DIR/sdk (`git archive HEAD`), which
#                                   others' uncommitted edits cannot break mid-run
#
# Not selected: pages of services the SDK expands itself (a directory under specs/ here: the
# crate's `ScratchApi` accessors would clash with the SDK's own), and the pages in EXCLUDE
# below, whose generated tests fail for the causes given there. A page outside EXCLUDE whose
# test fails is dropped, reported ("dropped after failing tests") and replaced, up to 6 rounds:
# add it to EXCLUDE with its cause.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
mirror="$(cd "${1:?usage: scripts/import-scratch.sh MIRROR_DIR [OUT_DIR]}" && pwd)"
out="${2:-/tmp/feishu-scratch}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
case "$out/" in "$repo"/*) echo "OUT_DIR must be outside the repository" >&2; exit 2 ;; esac
per_service="${PER_SERVICE:-20}"
min_pages="${MIN_PAGES:-150}"
min_services="${MIN_SERVICES:-12}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
case "${SDK_FROM:-workspace}" in
    workspace) sdk="$repo" ;;
    head)
        sdk="$out/sdk"
        rm -rf "$sdk" && mkdir -p "$sdk"
        git -C "$repo" archive HEAD | tar -x -C "$sdk"
        echo "SDK from HEAD $(git -C "$repo" rev-parse --short HEAD), extracted to $sdk"
        ;;
    *) echo "SDK_FROM is workspace or head" >&2; exit 2 ;;
esac

# Pages (relative to the mirror) whose imported spec builds but fails its generated tests,
# by cause. Every one was imported by `feishu-spec import` and left as written.
# Every cause once listed here (multipart examples, query encoding, one value for an array,
# examples that leave out documented fields or hold values of another type, whole-number
# floats, absent collections, data-only examples) is fixed in the importer or the generated
# tests: a run with none excluded imports 510 pages of 49 services, 909 tests pass.
EXCLUDE=()

logs="$out/logs"
crate="$out/crate"
rm -rf "$out/all" "$logs" "$crate/specs"
mkdir -p "$logs" "$out/bin" "$crate/src"

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

# --- the importer -------------------------------------------------------------------------
if [ -n "${FEISHU_SPEC:-}" ]; then
    cp "$FEISHU_SPEC" "$out/bin/feishu-spec"
else
    # From a snapshot, into a target dir of its own: the shared one's release/feishu-spec is
    # the workspace's binary, and stays so.
    importer_target="$CARGO_TARGET_DIR"
    [ "$sdk" = "$repo" ] || importer_target="$out/target"
    (cd "$sdk" && CARGO_TARGET_DIR="$importer_target" cargo build --quiet --release -p feishu-spec)
    cp "$importer_target/release/feishu-spec" "$out/bin/feishu-spec"
fi
bin="$out/bin/feishu-spec"
official="$repo/target/drift/official.json"
allow="$sdk/docs/spec-sources/drift-allow.toml"
[ -f "$official" ] || { echo "no $official: see scripts/drift/README.md" >&2; exit 2; }

# The drift check of spec directory $1 into $2, with the allow file's rules and those of its
# single entries that name a method of that directory (an entry for a method the directory
# lacks, one of the SDK's own specs, could only be reported stale); drift's exit status.
drift() {
    python3 - "$allow" "$1" >"$2.allow.toml" 2>>"$logs/notes.txt" <<'PY'
import os, re, sys, tomllib
allow, specs = sys.argv[1:]
methods = set()
for d, _, files in os.walk(specs):
    for f in files:
        if f.endswith(".toml") and os.path.basename(d) != "types" and f != "types.toml":
            t = tomllib.load(open(os.path.join(d, f), "rb"))
            if "http" in t:
                methods.add(f"{t['http']['method']} {t['http']['path']}")
text = open(allow).read()
blocks = re.split(r"(?m)^(?=\[\[)", text)
kept, left_out = [blocks[0]], 0
for b in blocks[1:]:
    if b.startswith("[[allow]]") and tomllib.loads(b)["allow"][0]["method"] not in methods:
        left_out += 1
    else:
        kept.append(b)
sys.stdout.write("".join(kept))
print(f"drift of {specs}: {left_out} [[allow]] entries for methods not there left out", file=sys.stderr)
PY
    "$bin" drift --official "$official" --allow "$2.allow.toml" "$1" >"$2" 2>&1
}

# Every page file, in the order `feishu-spec import DIR` takes them (sorted by path
# components), given explicitly so that output line N is page N.
python3 - "$mirror" >"$logs/pages.txt" <<'PY'
import os, sys
root = sys.argv[1]
found = []
for d, _, files in os.walk(root):
    for f in files:
        if f.endswith((".md", ".txt")):
            found.append(os.path.relpath(os.path.join(d, f), root))
for p in sorted(found, key=lambda p: p.split("/")):
    print(p)
PY
mapfile -t pages <"$logs/pages.txt"

# --- 1. the whole mirror ------------------------------------------------------------------
t0=$(now)
(cd "$mirror" && "$bin" import --out "$out/all" "${pages[@]}") >"$logs/import-all.txt" 2>"$logs/import-all.notes" || true
t1=$(now)
drift "$out/all" "$logs/drift-all.txt" || true
echo "whole mirror: ${#pages[@]} page files imported in $(elapsed "$t0" "$t1") s:" \
    "$(grep -c '^wrote ' "$logs/import-all.txt" || true) specs written," \
    "$(grep -c '^error ' "$logs/import-all.txt" || true) errors (method pages and others)"
echo "whole mirror drift: $(tail -n 1 "$logs/drift-all.txt")"

# --- 2. the selection ---------------------------------------------------------------------
# Findings of a drift output, as `METHOD /path` lines.
findings() { awk 'NF >= 3 && $1 != "drift:" { p = $3; sub(/:$/, "", p); print $2 " " p }' "$1" | sort -u; }
findings "$logs/drift-all.txt" >"$logs/drift-all.methods"
: >"$logs/dropped.txt"      # pages dropped by this run: import or drift alone, failing tests
printf '%s\n' "${EXCLUDE[@]}" >"$logs/exclude.txt"

select_pages() {
    python3 - "$logs" "$sdk/specs" "$per_service" <<'PY'
import collections, os, sys, tomllib
logs, sdk_specs, cap = sys.argv[1], sys.argv[2], int(sys.argv[3])
pages = open(f"{logs}/pages.txt").read().splitlines()
lines = open(f"{logs}/import-all.txt").read().splitlines()
assert len(pages) == len(lines), f"{len(pages)} pages but {len(lines)} import lines"
bad = set(open(f"{logs}/drift-all.methods").read().splitlines())
skip = set(open(f"{logs}/exclude.txt").read().split()) | set(open(f"{logs}/dropped.txt").read().split())
sdk_services = {d for d in os.listdir(sdk_specs) if os.path.isdir(os.path.join(sdk_specs, d))}
by = collections.defaultdict(lambda: collections.defaultdict(list))
for page, line in zip(pages, lines):
    if not line.startswith("wrote "):
        continue
    spec = tomllib.load(open(line[len("wrote "):], "rb"))
    if f"{spec['http']['method']} {spec['http']['path']}" in bad:
        continue
    if spec["service"] in sdk_services or page in skip:
        continue
    by[spec["service"]][spec["resource"]].append(page)
for service in sorted(by):
    queues = [sorted(v) for _, v in sorted(by[service].items())]
    picked = []
    while len(picked) < cap and any(queues):
        for q in queues:
            if q and len(picked) < cap:
                picked.append(q.pop(0))
    print("\n".join(picked))
PY
}

# Selects, imports the selection alone, drift-checks it; drops what fails alone and again
# until the selection imports and drifts clean.
select_and_import() {
    local round
    for round in 1 2 3 4 5; do
        select_pages >"$logs/selected.txt"
        mapfile -t selected <"$logs/selected.txt"
        rm -rf "$crate/specs"
        (cd "$mirror" && "$bin" import --out "$crate/specs" "${selected[@]}") \
            >"$logs/import-selected.txt" 2>"$logs/import-selected.notes" || true
        paste -d ' ' "$logs/selected.txt" "$logs/import-selected.txt" >"$logs/map.txt"
        local drift_rc=0
        drift "$crate/specs" "$logs/drift-selected.txt" || drift_rc=$?
        if [ "$drift_rc" -eq 0 ] && ! grep -q -v '^wrote ' "$logs/import-selected.txt"; then
            return 0
        fi
        # A page that fails alone, or whose spec drifts when imported without the rest of the
        # mirror (a shared type is named by the first page declaring it): dropped, reported.
        findings "$logs/drift-selected.txt" >"$logs/drift-selected.methods"
        python3 - "$logs" <<'PY'
import sys, tomllib
logs = sys.argv[1]
bad = set(open(f"{logs}/drift-selected.methods").read().splitlines())
with open(f"{logs}/dropped.txt", "a") as dropped:
    for line in open(f"{logs}/map.txt").read().splitlines():
        page, outcome = line.split(" ", 1)
        reason = None
        if not outcome.startswith("wrote "):
            reason = f"import alone fails: {outcome}"
        else:
            s = tomllib.load(open(outcome[len("wrote "):], "rb"))
            if f"{s['http']['method']} {s['http']['path']}" in bad:
                reason = "drift findings when imported alone"
        if reason:
            dropped.write(page + "\n")
            print(f"dropped ({reason}): {page}")
PY
    done
    echo "the selection does not import and drift clean after 5 rounds" >&2
    return 1
}

cat >"$crate/Cargo.toml" <<TOML
[package]
name = "feishu-scratch"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
feishu-api = { path = "$sdk/feishu-sdk" }
feishu-macros = { path = "$sdk/feishu-macros" }

# Not a member of any workspace above it.
[workspace]
TOML
# The workspace's profiles: the same settings give the same artifacts, so the SDK's crates and
# their dependencies already built in the shared target dir are reused.
python3 - "$sdk/Cargo.toml" >>"$crate/Cargo.toml" <<'PY'
import re, sys
keep = False
for line in open(sys.argv[1]):
    if re.match(r"\s*\[", line):
        keep = line.strip().startswith("[profile.")
        if keep:
            print()
    if keep and line.strip() and not line.lstrip().startswith("#"):
        print(line, end="")
PY
cat >"$crate/src/lib.rs" <<'RUST'
//! Specs imported by `feishu-spec import` from the reference pages, expanded against feishu-api.
// The directory is resolved like `include_str!`: from this file.
feishu_macros::generate_api!("../specs", crate = ::feishu_api, extension_trait = ScratchApi);
RUST
cp "$sdk/Cargo.lock" "$crate/Cargo.lock"

# --- 3. build and test, dropping pages whose tests fail -----------------------------------
for attempt in 1 2 3 4 5 6 7; do
    select_and_import
    services=$(cd "$crate/specs" && ls -d */ | wc -l)
    echo "selection: ${#selected[@]} method pages from $services services (at most $per_service per service)"
    echo "selection drift: $(tail -n 1 "$logs/drift-selected.txt")"
    [ "${#selected[@]}" -ge "$min_pages" ] || { echo "fewer than $min_pages pages selected" >&2; exit 1; }
    [ "$services" -ge "$min_services" ] || { echo "fewer than $min_services services selected" >&2; exit 1; }
    [ -z "${SKIP_BUILD:-}" ] || exit 0

    status=0
    t0=$(now)
    (cd "$crate" && cargo build --color never) >"$logs/build.txt" 2>&1 || status=$?
    t1=$(now)
    echo "cargo build: $([ $status -eq 0 ] && echo ok || echo "FAILED (exit $status)") in $(elapsed "$t0" "$t1") s," \
        "$(grep -c '^warning' "$logs/build.txt" || true) warning lines (log $logs/build.txt)"
    if grep -q 'Blocking waiting for file lock' "$logs/build.txt"; then
        echo "  (it waited for another cargo's lock: the time includes the wait)"
    fi
    if [ $status -ne 0 ]; then
        grep -E '^error' "$logs/build.txt" | sort | uniq -c | sort -rn | head -20
        exit 1
    fi
    # The scratch crate alone: the expansion of every spec and its compilation.
    touch "$crate/src/lib.rs"
    t0=$(now)
    (cd "$crate" && cargo build --color never) >"$logs/rebuild.txt" 2>&1
    t1=$(now)
    echo "cargo build of the scratch crate alone (src/lib.rs touched): $(elapsed "$t0" "$t1") s"

    status=0
    t0=$(now)
    (cd "$crate" && cargo test --color never --no-fail-fast) >"$logs/test.txt" 2>&1 || status=$?
    t1=$(now)
    passed=$(grep -oE '^test result: .*' "$logs/test.txt" | awk '{p += $4; f += $6} END {print p + 0 " passed, " f + 0 " failed"}')
    echo "cargo test: $([ $status -eq 0 ] && echo ok || echo "FAILED (exit $status)") in $(elapsed "$t0" "$t1") s" \
        "(compile and run): $passed (log $logs/test.txt)"
    [ $status -ne 0 ] || break
    # Each failing test's module is its spec's service::version::resource::method.
    failing=$(grep -E '^test .* FAILED$' "$logs/test.txt" | awk '{print $2}' | sed 's/::__spec_examples::.*//' | sort -u)
    if [ -z "$failing" ]; then
        grep -E '^error' "$logs/test.txt" | head -20
        exit 1
    fi
    cp "$logs/test.txt" "$logs/test-$attempt.txt"
    python3 - "$logs" "$failing" <<'PY'
import re, sys
logs, failing = sys.argv[1], sys.argv[2].split()
test = open(f"{logs}/test.txt").read()
by_spec = {}
for line in open(f"{logs}/map.txt").read().splitlines():
    page, outcome = line.split(" ", 1)
    spec = outcome.split("/specs/", 1)[-1]
    by_spec[spec[: -len(".toml")].replace("/", "::")] = page
with open(f"{logs}/dropped.txt", "a") as dropped:
    for module in failing:
        page = by_spec[module]
        dropped.write(page + "\n")
        messages = re.findall(rf"---- {re.escape(module)}::__spec_examples::(\w+) stdout ----\n(?:.*\n)*?.*panicked at .*\n(.*)", test)
        why = "; ".join(f"{t}: {m[:200]}" for t, m in messages)
        print(f"dropped after failing tests: {page} ({module}): {why}")
PY
    [ "$attempt" -lt 7 ] || { echo "tests still fail after 6 rounds of dropping" >&2; exit 1; }
done

drift_line="$(tail -n 1 "$logs/drift-selected.txt")"
echo "scratch crate $crate: ${#selected[@]} pages imported, $services services, build ok," \
    "tests: $passed, ${drift_line}; excluded: ${#EXCLUDE[@]} known, $(sort -u "$logs/dropped.txt" | grep -c . || true) dropped by this run"
