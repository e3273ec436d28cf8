#!/usr/bin/env bash
# The test suite, from a fresh checkout: make .venv, install eventcode with every extra, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first, pinned: on our machines 2.13.0 is a local CPU wheel (any other version downloads GBs).
.venv/bin/python -m pip install --quiet torch==2.13.0
.venv/bin/python -m pip install --quiet -e ".[test,stanza,dask,parquet,plot]"
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
