#!/usr/bin/env bash
# The official Ping++ SDKs, unchanged, against the pingxx emulator:
# pingpp 2.7.2 (PyPI) in a throwaway venv and pingpp 2.1.6 (npm) in a throwaway
# folder, both under $OFFICIAL_DIR (default: target/official). The emulator runs
# with the example merchant public key, so every SDK request must be signed.
#
# Needs: cargo, python3 (with venv), node >= 18 and npm; network access to PyPI
# and npm the first time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
OFFICIAL_DIR="${OFFICIAL_DIR:-$ROOT/target/official}"
PY_VERSION="2.7.2"
NODE_VERSION="2.1.6"
KEYS="$ROOT/tests/vectors/keys"
mkdir -p "$OFFICIAL_DIR"

echo "== building the pingxx CLI"
cargo build -q -p pingxx-cli
PINGXX="$TARGET/debug/pingxx"

echo "== pingpp $PY_VERSION from PyPI (venv in $OFFICIAL_DIR/venv)"
VENV="$OFFICIAL_DIR/venv"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('pingpp') != '$PY_VERSION')" 2>/dev/null; then
  "$VENV/bin/pip" install -q --disable-pip-version-check "pingpp==$PY_VERSION"
fi

echo "== pingpp $NODE_VERSION from npm (in $OFFICIAL_DIR/node)"
NODE_DIR="$OFFICIAL_DIR/node"
mkdir -p "$NODE_DIR"
if [ "$(node -p "try { require('$NODE_DIR/node_modules/pingpp/package.json').version } catch (e) { '' }")" != "$NODE_VERSION" ]; then
  [ -f "$NODE_DIR/package.json" ] || echo '{"name": "pingxx-official-sdk-test", "private": true}' > "$NODE_DIR/package.json"
  npm install --silent --no-audit --no-fund --prefix "$NODE_DIR" "pingpp@$NODE_VERSION"
fi

echo "== starting the emulator (signed requests required)"
MOCK_OUT="$(mktemp "${TMPDIR:-/tmp}/pingxx-official-mock.XXXXXX")"
"$PINGXX" mock --port 0 --merchant-public-key "$KEYS/merchant_example_public_key_spki.pem" > "$MOCK_OUT" &
MOCK_PID=$!
cleanup() {
  kill "$MOCK_PID" 2>/dev/null || true
  wait "$MOCK_PID" 2>/dev/null || true
  rm -f "$MOCK_OUT"
}
trap cleanup EXIT
BASE=""
for _ in $(seq 1 100); do
  LINE="$(head -n 1 "$MOCK_OUT" 2>/dev/null || true)"
  case "$LINE" in
    "listening on "*) BASE="${LINE#listening on }"; break ;;
  esac
  kill -0 "$MOCK_PID" 2>/dev/null || { echo "the emulator exited before listening" >&2; exit 1; }
  sleep 0.1
done
[ -n "$BASE" ] || { echo "the emulator did not print its address within 10 s" >&2; exit 1; }
echo "   emulator at $BASE"

export PINGXX_API_BASE="$BASE"
export PINGXX_MERCHANT_KEY="$KEYS/merchant_example_private_key_pkcs1.pem"
export PINGXX_OTHER_KEY="$KEYS/rsa1024_private.pem"

echo "== official Python SDK (pingpp $PY_VERSION)"
"$VENV/bin/python" -W ignore::ImportWarning "$ROOT/tests/official/test_pingpp_python.py"
"$VENV/bin/python" -W ignore::ImportWarning "$ROOT/tests/official/test_pingpp_python_settle_accounts.py"
"$VENV/bin/python" -W ignore::ImportWarning "$ROOT/tests/official/test_pingpp_python_agreements.py"
"$VENV/bin/python" -W ignore::ImportWarning "$ROOT/tests/official/test_pingpp_python_balances.py"
"$VENV/bin/python" -W ignore::ImportWarning "$ROOT/tests/official/test_pingpp_python_sub_apps.py"
"$VENV/bin/python" -W ignore::ImportWarning "$ROOT/tests/official/test_pingpp_python_royalties.py"
"$VENV/bin/python" -W ignore::ImportWarning "$ROOT/tests/official/test_pingpp_python_coupons.py"

echo "== official Node SDK (pingpp $NODE_VERSION, $(node --version))"
# One file at a time: the first resets the emulator.
NODE_PATH="$NODE_DIR/node_modules" node --test --test-concurrency=1 "$ROOT/tests/official/test_pingpp_node.js" \
  "$ROOT/tests/official/test_pingpp_node_settle_accounts.js" "$ROOT/tests/official/test_pingpp_node_balances.js"
# After the files above (test_pingpp_node.js resets the emulator first), not beside them.
NODE_PATH="$NODE_DIR/node_modules" node --test "$ROOT/tests/official/test_pingpp_node_agreements.js"
NODE_PATH="$NODE_DIR/node_modules" node --test "$ROOT/tests/official/test_pingpp_node_royalties.js"
NODE_PATH="$NODE_DIR/node_modules" node --test "$ROOT/tests/official/test_pingpp_node_coupons.js"

echo "official SDKs: all tests passed"
