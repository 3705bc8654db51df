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
# `npm install` honours the committed package-lock.json. Not `npm ci`: npm 11 refuses the
# lock over the per-platform optional packages of @napi-rs/cli's lzma dependency.
npm install --no-audit --no-fund
npm run build
npm test
