#!/usr/bin/env bash
# Install the official Python SDK (lark-oapi, pinned) into a private venv and
# print the path of its `lark_oapi` package directory on stdout, for
# `official.py --sdk`.  Everything else goes to stderr.
#
#   DRIFT_VENV  venv location, relative to the repo root (default target/drift/venv)
#   PYTHON      interpreter that creates the venv (default python3)
#
# Usage: sdk=$(scripts/drift/setup.sh) && python3 scripts/drift/official.py \
#            --sdk "$sdk" --out target/drift/official.json
set -euo pipefail

LARK_OAPI_VERSION=1.7.5
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
venv=${DRIFT_VENV:-target/drift/venv}
case $venv in /*) ;; *) venv=$root/$venv ;; esac

if [ ! -x "$venv/bin/python" ]; then
    echo "creating venv $venv" >&2
    mkdir -p "$(dirname "$venv")"
    "${PYTHON:-python3}" -m venv "$venv" >&2
fi
py=$venv/bin/python

# Reads the installed version from package metadata, without importing the SDK.
installed=$("$py" -c 'import importlib.metadata as m
try:
    print(m.version("lark-oapi"))
except m.PackageNotFoundError:
    pass')
if [ "$installed" != "$LARK_OAPI_VERSION" ]; then
    echo "installing lark-oapi==$LARK_OAPI_VERSION (found: ${installed:-none})" >&2
    "$py" -m pip install --quiet --disable-pip-version-check \
        "lark-oapi==$LARK_OAPI_VERSION" >&2
fi

"$py" -c 'import importlib.metadata as m
print(m.distribution("lark-oapi").locate_file("lark_oapi"))'
