#!/usr/bin/env bash
# The Python package's benchmark (called by scripts/bench.sh): see scripts/bench-python.py.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/bench-python.py "$@"
