#!/usr/bin/env bash
# The Python package's benchmarks (called by scripts/bench.sh): scripts/bench-python.py
# (sign/verify overhead, against the official pingpp, requests per second), then
# bindings-python/tools/bench_async.py (AsyncClient: calls per second and the longest
# event-loop stall while 200 calls are awaited) in the same venv.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/bench-python.py "$@"
VENV="$(python3 scripts/bench-python.py --venv)"
"$VENV/bin/python" -m pip install -q pytest
echo "== AsyncClient (bindings-python/tools/bench_async.py)"
PINGXX_BIN="${CARGO_TARGET_DIR:-target}/release/pingxx" "$VENV/bin/python" bindings-python/tools/bench_async.py
