#!/usr/bin/env bash
# Node bench (called by scripts/bench.sh): builds the release emulator and the addon,
# then prints pingxx vs node:crypto / the official SDK pattern, and requests per second
# against the official `pingpp` 2.1.6 npm package (installed into a temp dir).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
cargo build -q --release -p pingxx-cli
export PINGXX_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/pingxx"
(
  cd bindings-node
  if [ ! -d node_modules ]; then npm install --no-audit --no-fund --silent; fi
  npm run --silent build >/dev/null
)
node scripts/bench-node.js
