#!/usr/bin/env bash
# The OpenAPI document (docs/openapi.json) checked three ways, in a venv under
# target/ with pinned versions:
#   1. openapi-spec-validator: a valid OpenAPI 3.1 document;
#   2. tests/openapi/vectors.py: every validation vector agrees with the request
#      schemas (valid ones pass, invalid ones fail unless only a rule JSON Schema
#      cannot state is broken);
#   3. schemathesis against `pingxx mock`: no 5xx, every status documented, every
#      response conforms to its schema and content type;
#   4. tests/openapi/docs_page.py: the emulator's reference page (GET /_mock/docs)
#      renders in headless Chromium (Debian's `chromium`, installed when missing).
# Bounded for `make test` (FUZZ_API_EXAMPLES per operation, default 25, fixed seed);
# `make fuzz-api` runs it longer (FUZZ_API_EXAMPLES=500, the clock as seed; both overridable).
#
# Needs: cargo, python3 (with venv); network access to PyPI the first time; chromium
# (or root with apt-get, to install it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
VENV="${OPENAPI_VENV:-$TARGET/openapi-venv/v}"
EXAMPLES="${FUZZ_API_EXAMPLES:-25}"
SEED="${FUZZ_API_SEED:-1}"
START="$(date +%s)"
PINS=(schemathesis==4.32.5 openapi-spec-validator==0.9.0 jsonschema==4.26.0)

echo "== building the pingxx CLI"
cargo build -q -p pingxx-cli
PINGXX="$TARGET/debug/pingxx"

echo "== tools (${PINS[*]}) in $VENV"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" - "${PINS[@]}" <<'PY' 2>/dev/null
import importlib.metadata as m, sys
sys.exit(any(m.version(p.split("==")[0]) != p.split("==")[1] for p in sys.argv[1:]))
PY
then
  "$VENV/bin/pip" install -q --disable-pip-version-check "${PINS[@]}"
fi

echo "== the document is what the generator writes, and what pingxx ops --openapi prints"
cargo run -q -p xtask -- gen --check
"$PINGXX" ops --openapi | cmp - docs/openapi.json

echo "== openapi-spec-validator"
"$VENV/bin/openapi-spec-validator" docs/openapi.json

echo "== validation vectors against the request schemas"
OPS="$(mktemp "${TMPDIR:-/tmp}/pingxx-ops.XXXXXX")"
MOCK_OUT="$(mktemp "${TMPDIR:-/tmp}/pingxx-openapi-mock.XXXXXX")"
REPORT="$TARGET/openapi-report"
MOCK_PID=""
cleanup() {
  if [ -n "$MOCK_PID" ]; then
    kill "$MOCK_PID" 2>/dev/null || true
    wait "$MOCK_PID" 2>/dev/null || true
  fi
  rm -f "$OPS" "$MOCK_OUT"
}
trap cleanup EXIT
"$PINGXX" ops --json > "$OPS"
"$VENV/bin/python" tests/openapi/vectors.py docs/openapi.json "$OPS" tests/vectors/validation.json

echo "== schemathesis against pingxx mock ($EXAMPLES examples per operation, seed $SEED)"
"$PINGXX" mock --port 0 > "$MOCK_OUT" &
MOCK_PID=$!
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
mkdir -p "$REPORT"
# One worker: with two, hypothesis (on CPython 3.11) now and then fails inside its own
# ast.parse with "AST constructor recursion depth mismatch", a tool error, not a finding.
(
  cd "$REPORT"
  "$VENV/bin/st" run "$ROOT/docs/openapi.json" --url "$BASE" \
    --header "Authorization: Bearer sk_test_ibbTe5jLGCi5rzfH4OqPW9KC" \
    --checks not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance \
    --phases examples,fuzzing --mode all --max-examples "$EXAMPLES" --seed "$SEED" \
    --generation-with-security-parameters false --generation-database none \
    --workers 1 --no-color --report junit --report-dir "$REPORT"
)
"$VENV/bin/python" - "$BASE" <<'PY'
import json, sys, urllib.request
log = json.load(urllib.request.urlopen(sys.argv[1] + "/_mock/requests"))["data"]
print(f"   requests in the emulator's log: {len(log)}")
PY
echo "== the reference page in headless Chromium"
CHROMIUM="${CHROMIUM:-$(command -v chromium || true)}"
if [ -z "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "   installing Debian's chromium"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium > /dev/null \
      || { apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium > /dev/null; }
    CHROMIUM="$(command -v chromium)"
  else
    echo "chromium is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM" >&2
    exit 1
  fi
fi
"$VENV/bin/python" tests/openapi/docs_page.py "$CHROMIUM" "$BASE" docs/openapi.json "$REPORT"
echo "openapi: every check passed in $(( $(date +%s) - START )) s"
