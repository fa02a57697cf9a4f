#!/usr/bin/env python3
"""How much of a mirror of the reference pages `feishu-spec import` handles.

Imports every page of the mirror in one dry run (`feishu-spec import --dry-run`: everything
checked, nothing written) and writes docs/importer-coverage.md: how many pages are method
pages, how many of them import without error, and every one that does not, grouped by reason
(the reason with its page-specific parts generalized), each page with its line, sorted; the
pages that are not method pages are counted by kind. The output depends only on the mirror and
the importer: no dates, no absolute paths.

Usage: scripts/import-coverage.py MIRROR_DIR [--out FILE] [--bin FEISHU_SPEC]
  --out  default docs/importer-coverage.md (relative to the repository)
  --bin  the feishu-spec binary (default: `cargo build --release -p feishu-spec`, then
         target/release/feishu-spec; or $FEISHU_SPEC)
"""

import argparse
import collections
import hashlib
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Reasons of pages that are not method pages, by kind (the reason's start).
KINDS = [
    ("an event or callback page", "event or callback page"),
    ("not a method page", "not a method page"),
]
# Backticked text, a list of them (`a`, `b`, `c`) as one.
TICKED = re.compile(r"`[^`]*`(?:, `[^`]*`)*")


def page_files(root):
    """The page files `feishu-spec import DIR` reads: `*.md` and `*.txt`, by path components."""
    found = []
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith((".md", ".txt")):
                found.append(os.path.relpath(os.path.join(d, f), root))
    return sorted(found, key=lambda p: p.split("/"))


def mirror_digest(root, pages):
    h = hashlib.sha256()
    for p in pages:
        h.update(p.encode() + b"\0")
        with open(os.path.join(root, p), "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()[:16]


def run_import(binary, mirror, pages):
    with tempfile.TemporaryDirectory(prefix="feishu-coverage-") as scratch:
        out_dir = os.path.join(scratch, "specs")
        proc = subprocess.run(
            [binary, "import", "--dry-run", "--out", out_dir, *pages],
            cwd=mirror,
            capture_output=True,
            text=True,
        )
    if proc.returncode not in (0, 1):
        sys.exit(f"feishu-spec import failed ({proc.returncode}):\n{proc.stderr}")
    lines = proc.stdout.splitlines()
    if len(lines) != len(pages):
        sys.exit(f"{len(pages)} pages but {len(lines)} lines of output")
    return lines, out_dir


def placeholders(reason, out_dir):
    """The reason as a template (its variable parts `…`) and those parts, in order."""
    # Paths of this run: the scratch spec directory, the mirror's pages (given relative).
    reason = reason.replace(out_dir + "/", "")
    parts = []

    def keep(m):
        parts.append(m.group(0))
        return "\0"

    # A spec file location (`service/v1/res/method.toml:57:8`), a page path, backticked text.
    t = re.sub(r"[\w./-]+\.toml:\d+:\d+", keep, reason)
    t = re.sub(r"(?<![\w`])[\w./-]+\.(?:md|txt)\b", keep, t)
    t = TICKED.sub(keep, t)
    return t, parts


def generalize(group):
    """One reason for a group of (template, parts): a part is kept where the whole group (of
    two pages or more) agrees on it, else written `…` (a location `SPEC:LINE:COL`, a page
    `PAGE`)."""
    template, first = group[0]
    out = []
    pieces = template.split("\0")
    for i, piece in enumerate(pieces[:-1]):
        out.append(piece)
        values = {parts[i] for _, parts in group}
        value = first[i]
        if len(group) > 1 and len(values) == 1:
            out.append(value)
        elif re.fullmatch(r"[\w./-]+\.toml:\d+:\d+", value):
            out.append("`SPEC:LINE:COL`")
        elif re.fullmatch(r"[\w./-]+\.(?:md|txt)", value):
            out.append("`PAGE`")
        else:
            out.append("`…`")
    out.append(pieces[-1])
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mirror")
    ap.add_argument("--out", default=os.path.join(REPO, "docs", "importer-coverage.md"))
    ap.add_argument("--bin", default=os.environ.get("FEISHU_SPEC"))
    args = ap.parse_args()
    mirror = os.path.abspath(args.mirror)
    binary = args.bin
    if not binary:
        subprocess.run(["cargo", "build", "--quiet", "--release", "-p", "feishu-spec"], cwd=REPO, check=True)
        target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
        binary = os.path.join(target, "release", "feishu-spec")
    binary = os.path.abspath(binary)

    pages = page_files(mirror)
    lines, out_dir = run_import(binary, mirror, pages)

    imported = 0
    kinds = collections.Counter()
    failures = []  # (page, line, reason)
    for page, line in zip(pages, lines):
        if line.startswith(("wrote ", "unchanged ")):
            imported += 1
            continue
        m = re.match(r"error (.+?):(\d+): (.*)$", line)
        if not m or m.group(1) != page:
            sys.exit(f"unexpected output for {page}: {line}")
        reason = m.group(3)
        kind = next((k for prefix, k in KINDS if reason.startswith(prefix)), None)
        if kind:
            kinds[kind] += 1
        else:
            failures.append((page, int(m.group(2)), reason))

    groups = collections.defaultdict(list)
    for page, line, reason in failures:
        template, parts = placeholders(reason, out_dir)
        groups[template].append((page, line, reason, parts))
    sections = []
    for template, members in groups.items():
        title = generalize([(template, parts) for _, _, _, parts in members])
        sections.append((title, sorted(members)))
    sections.sort(key=lambda s: (-len(s[1]), s[0]))

    method_pages = len(pages) - sum(kinds.values())
    pct = lambda n, d: f"{100 * n / d:.1f}%" if d else "-"
    md = []
    md.append("# Importer coverage\n")
    md.append(
        "Generated by `scripts/import-coverage.py MIRROR_DIR` (do not edit): every page of a mirror\n"
        "of the reference pages imported in one `feishu-spec import --dry-run` (everything checked,\n"
        "nothing written). Pages are named relative to the mirror, with the line the importer\n"
        "reports.\n"
    )
    md.append(f"Mirror: {len(pages)} page files (`*.md`, `*.txt`), digest `{mirror_digest(mirror, pages)}`\n"
              "(SHA-256 over their paths and contents).\n")
    md.append("| pages | count | share |\n|---|---:|---:|")
    md.append(f"| page files | {len(pages)} | |")
    md.append(f"| method pages | {method_pages} | {pct(method_pages, len(pages))} of the files |")
    md.append(f"| method pages imported without error | {imported} | {pct(imported, method_pages)} of the method pages |")
    md.append(f"| method pages that fail | {len(failures)} | {pct(len(failures), method_pages)} of the method pages |")
    second = sum(1 for _, _, r in failures if r.startswith("the same method as "))
    md.append(f"| of them, a second page of a method another page imports | {second} | |")
    for _, kind in KINDS:
        md.append(f"| {kind} (not imported) | {kinds[kind]} | |")
    md.append("")
    md.append("## Method pages that fail, by reason\n")
    md.append(
        "A `…` (`PAGE`, `SPEC:LINE:COL`) in a reason stands for what differs from page to page;\n"
        "each page's own text follows it where it differs from the heading.\n"
    )
    for title, members in sections:
        md.append(f"### {title} ({len(members)})\n")
        for page, line, reason, _ in members:
            own = reason.replace(out_dir + "/", "")
            md.append(f"- `{page}:{line}`" + ("" if own == title else f": {own}"))
        md.append("")
    text = "\n".join(md).rstrip("\n") + "\n"
    with open(args.out, "w") as f:
        f.write(text)
    print(
        f"{len(pages)} page files: {method_pages} method pages, {imported} imported without error, "
        f"{len(failures)} failing in {len(sections)} reasons; "
        + ", ".join(f"{kinds[k]} {k}" for _, k in KINDS)
        + f"; wrote {os.path.relpath(args.out)}"
    )


if __name__ == "__main__":
    main()
