#!/usr/bin/env bash
# Node suite: installs the npm dev dependencies, builds the addon, runs `node --test`.
# Needs only Node >= 18 with npm, and Rust (cargo). Honours CARGO_TARGET_DIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The emulator the suite spawns (`pingxx mock --port 0`).
cargo build -p pingxx-cli
export PINGXX_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/pingxx"

cd "$ROOT/bindings-node"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
npm run build
npm test
