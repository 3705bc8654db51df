#!/usr/bin/env bash
# Node suite: installs the npm dev dependencies, builds the addon, runs `node --test`.
# Needs only Node >= 18 with npm, and Rust (cargo). Honours CARGO_TARGET_DIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The emulator the suite spawns (`pingxx mock --port 0`).
cargo build -p pingxx-cli
export PINGXX_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/pingxx"

# The proxy tests' real proxy; they skip (saying why) when it cannot be installed.
if ! command -v tinyproxy >/dev/null && [ ! -x /usr/sbin/tinyproxy ] && [ ! -x /usr/bin/tinyproxy ] && command -v apt-get >/dev/null; then
    echo "== installing tinyproxy (the proxy tests' real proxy)"
    { apt-get install -y -q tinyproxy || { apt-get update -q && apt-get install -y -q tinyproxy; }; } >/dev/null 2>&1 \
        || echo "   tinyproxy could not be installed: the proxy tests will skip"
fi

cd "$ROOT/bindings-node"
# `npm install` honours the committed package-lock.json. Not `npm ci`: npm 11 refuses the
# lock over the per-platform optional packages of @napi-rs/cli's lzma dependency.
npm install --no-audit --no-fund
npm run build
npm test
