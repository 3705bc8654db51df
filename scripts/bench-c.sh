#!/usr/bin/env bash
# Measures libpingxx for the README (release build):
#   - size of the stripped libpingxx.so and of libpingxx.a (as built, and with debug info stripped),
#   - time per call of pingxx_signer_sign and pingxx_webhook_verify from C
#     (tests/c/bench_ffi.c) against the core called from Rust on the same inputs
#     (ffi/examples/bench_core.rs). Runs alternate, 5 times each; the best time counts.
# usage: scripts/bench-c.sh [ITERATIONS]   (default 2000 verifies and 200 signs per round)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CARGO="${CARGO:-cargo}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
ITERS="${1:-2000}"
OUT="$TARGET_DIR/release"
WORK="$TARGET_DIR/c-bench"
mkdir -p "$WORK"

"$CARGO" build -q --release -p pingxx-ffi --lib --example bench_core
cp "$OUT/libpingxx.so" "$WORK/libpingxx.so"
strip --strip-all "$WORK/libpingxx.so"
cp "$OUT/libpingxx.a" "$WORK/libpingxx.a"
strip --strip-debug "$WORK/libpingxx.a" 2>/dev/null || true
size_of() { stat -c %s "$1" | awk '{printf "%.2f MiB (%d bytes)", $1 / 1048576, $1}'; }
echo "libpingxx.so stripped:          $(size_of "$WORK/libpingxx.so")"
echo "libpingxx.a as built:           $(size_of "$OUT/libpingxx.a")"
echo "libpingxx.a debug info stripped: $(size_of "$WORK/libpingxx.a")"

cc -std=c11 -O2 -Wall -Wextra -Wpedantic -Werror -Iinclude -Itests/c tests/c/bench_ffi.c "$OUT/libpingxx.a" \
    -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc -o "$WORK/bench_ffi"
export PINGXX_VECTORS="$ROOT/tests/vectors"
: >"$WORK/ffi.txt"
: >"$WORK/core.txt"
for _ in 1 2 3 4 5; do
    "$WORK/bench_ffi" "$ITERS" >>"$WORK/ffi.txt"
    "$OUT/examples/bench_core" "$ITERS" >>"$WORK/core.txt"
done
best() { awk -v k="$1" '$1 == k && (m == "" || $2 < m) { m = $2 } END { print m }' "$2"; }
report() {
    local label="$1" ffi core
    ffi="$(best "$2" "$WORK/ffi.txt")"
    core="$(best "$3" "$WORK/core.txt")"
    awk -v l="$label" -v f="$ffi" -v c="$core" \
        'BEGIN { printf "%-44s C ABI %8.1f us   core %8.1f us   overhead %+5.1f %%\n", l, f / 1000, c / 1000, (f / c - 1) * 100 }'
}
report "pingxx_signer_sign vs RequestSigner::sign" signer_sign signer_sign
report "pingxx_webhook_verify vs verify" webhook_verify webhook_verify
report "pingxx_webhook_verify vs verify + to_string" webhook_verify webhook_verify_to_json
