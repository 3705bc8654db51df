#!/usr/bin/env bash
# The C suite of libpingxx (run by `make test`):
#   - builds libpingxx and the `pingxx` CLI (debug profile, reused from the Rust suites),
#   - installs the library into a scratch prefix with scripts/c-lib.sh and links every
#     C program through its pingxx.pc, once against libpingxx.a and once against libpingxx.so,
#     with -std=c11 -Wall -Wextra -Wpedantic -Werror,
#   - starts two emulators (`pingxx mock --port 0`; one checking request signatures),
#   - runs every program natively, then under valgrind --leak-check=full --error-exitcode=1.
# Installs gcc, valgrind and pkg-config with apt-get when they are missing.
# Set PINGXX_C_NO_VALGRIND=1 to skip the valgrind pass. Also starts an HTTPS emulator (--tls) and,
# when installed or installable, tinyproxy for the `proxy` option (PINGXX_C_NO_APT=1: never apt-get).
# Another build of the library: PINGXX_C_PROFILE (cargo profile, default debug) and
# PINGXX_FFI_FEATURES (extra cargo args, e.g. "--no-default-features --features pure-rust").
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CARGO="${CARGO:-cargo}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
export CARGO_TARGET_DIR="$TARGET_DIR"
WORK="$TARGET_DIR/c-tests"
PREFIX="$WORK/prefix"
BIN="$WORK/bin"
CC="${CC:-cc}"

need=()
command -v "$CC" >/dev/null 2>&1 || need+=(gcc)
command -v valgrind >/dev/null 2>&1 || need+=(valgrind)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ "${#need[@]}" -gt 0 ]; then
    echo "test-c: installing ${need[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

echo "test-c: building libpingxx (${PINGXX_C_PROFILE:-debug} ${PINGXX_FFI_FEATURES:-}) and the emulator"
# Two cargo runs: the library's features must not be unified with the CLI's.
"$CARGO" build -q -p pingxx-cli
PROFILE="${PINGXX_C_PROFILE:-debug}" PINGXX_FFI_FEATURES="${PINGXX_FFI_FEATURES:-}" \
    bash scripts/c-lib.sh "$PREFIX" >/dev/null
export PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig"

CFLAGS=(-std=c11 -Wall -Wextra -Wpedantic -Werror -g -O1 -Itests/c)
read -r -a PC_CFLAGS <<<"$(pkg-config --cflags pingxx)"
read -r -a PC_SHARED <<<"$(pkg-config --libs pingxx)"
# Static: the archive itself plus what it needs from the system (Libs.private).
read -r -a PC_STATIC <<<"$(pkg-config --libs --static pingxx | sed 's/-lpingxx//; s/-L[^ ]*//')"

mkdir -p "$BIN"
PROGRAMS=(test_offline test_client test_observe test_tls_proxy test_fault_soak examples/pos_scan_pay)
for src in "${PROGRAMS[@]}"; do
    name="$(basename "$src")"
    "$CC" "${CFLAGS[@]}" "${PC_CFLAGS[@]}" "tests/c/$src.c" "${PC_SHARED[@]}" -Wl,-rpath,"$PREFIX/lib" \
        -lpthread -o "$BIN/$name-shared"
    "$CC" "${CFLAGS[@]}" "${PC_CFLAGS[@]}" "tests/c/$src.c" "$PREFIX/lib/libpingxx.a" "${PC_STATIC[@]}" \
        -lpthread -o "$BIN/$name-static"
    # ldd's output is captured first: `ldd | grep -q` can fail under pipefail (SIGPIPE).
    if grep -q libpingxx <<<"$(ldd "$BIN/$name-static")"; then
        echo "test-c: $name-static is linked against libpingxx.so" >&2
        exit 1
    fi
    grep -q "$PREFIX/lib/libpingxx.so" <<<"$(ldd "$BIN/$name-shared")" || {
        echo "test-c: $name-shared does not load $PREFIX/lib/libpingxx.so" >&2
        exit 1
    }
done
echo "test-c: built ${#PROGRAMS[@]} programs, static and shared"
# The header is also valid C++ (extern "C", no C-only constructs).
if command -v c++ >/dev/null 2>&1; then
    printf '#include "pingxx.h"\nint main() { return pingxx_version() ? 0 : 1; }\n' >"$WORK/header_check.cpp"
    c++ -std=c++11 -Wall -Wextra -Werror "${PC_CFLAGS[@]}" "$WORK/header_check.cpp" "${PC_SHARED[@]}" \
        -Wl,-rpath,"$PREFIX/lib" -o "$BIN/header_check_cpp"
    "$BIN/header_check_cpp"
    echo "test-c: pingxx.h compiles and links as C++"
fi

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# Starts `pingxx mock --port 0 ARGS...`; sets EMULATOR_URL to its base URL and, with
# --tls, EMULATOR_CA to the path of its throw-away CA (the second line of its output).
start_emulator() {
    local log="$WORK/mock-${#PIDS[@]}.log" lines=1
    [[ " $* " == *" --tls "* ]] && lines=2
    "$TARGET_DIR/debug/pingxx" mock --port 0 "$@" >"$log" 2>&1 &
    PIDS+=("$!")
    for _ in $(seq 1 100); do
        # Whole lines only: the first one may still be half written.
        if [ "$(wc -l <"$log")" -ge "$lines" ] && head -1 "$log" | grep -Eq '^listening on https?://[^ ]+:[0-9]+$'; then
            EMULATOR_URL="$(head -1 "$log" | sed 's/^listening on //')"
            EMULATOR_CA="$(sed -n 2p "$log")"
            return 0
        fi
        sleep 0.1
    done
    echo "test-c: the emulator did not start:" >&2
    cat "$log" >&2
    return 1
}
start_emulator
API_BASE="$EMULATOR_URL"
start_emulator --merchant-public-key tests/vectors/keys/merchant_example_public_key_spki.pem
SIGNED_API_BASE="$EMULATOR_URL"
start_emulator --tls
export PINGXX_TLS_API_BASE="$EMULATOR_URL" PINGXX_TLS_CA_FILE="$EMULATOR_CA"
export PINGXX_API_BASE="$API_BASE" PINGXX_SIGNED_API_BASE="$SIGNED_API_BASE" PINGXX_VECTORS="$ROOT/tests/vectors"
echo "test-c: emulators at $API_BASE, $SIGNED_API_BASE (signed) and $PINGXX_TLS_API_BASE (TLS)"

# A real proxy for the `proxy` option: tinyproxy, installed when missing; skipped (saying
# why) only when it cannot be installed.
if ! command -v tinyproxy >/dev/null 2>&1 && [ -z "${PINGXX_C_NO_APT:-}" ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    { $SUDO apt-get install -y -q tinyproxy || { $SUDO apt-get update -q && $SUDO apt-get install -y -q tinyproxy; }; } \
        >"$WORK/apt-tinyproxy.log" 2>&1 || true
fi
TINYPROXY="$(command -v tinyproxy || true)"
if [ -n "$TINYPROXY" ]; then
    PROXY_DIR="$WORK/tinyproxy"
    mkdir -p "$PROXY_DIR"
    PROXY_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    printf 'Port %s\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\nLogLevel Info\nLogFile "%s"\nPidFile "%s"\n' \
        "$PROXY_PORT" "$PROXY_DIR/tinyproxy.log" "$PROXY_DIR/tinyproxy.pid" >"$PROXY_DIR/tinyproxy.conf"
    : >"$PROXY_DIR/tinyproxy.log"
    "$TINYPROXY" -d -c "$PROXY_DIR/tinyproxy.conf" >/dev/null 2>&1 &
    PIDS+=("$!")
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$PROXY_PORT") 2>/dev/null && break
        sleep 0.1
    done
    export PINGXX_PROXY_URL="http://127.0.0.1:$PROXY_PORT"
    export PINGXX_DEAD_PROXY_URL="http://bob:hunter2@127.0.0.1:1"
    echo "test-c: tinyproxy at $PINGXX_PROXY_URL"
else
    echo "test-c: SKIPPED the proxy checks: tinyproxy is not installed and apt-get could not install it" \
        "(see $WORK/apt-tinyproxy.log)"
fi

run() {
    local label="$1"
    shift
    local log="$WORK/$label.log"
    local start=$SECONDS
    if ! "$@" >"$log" 2>&1; then
        echo "test-c: FAILED $label" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    echo "test-c: ok $label ($((SECONDS - start)) s): $(grep -E 'checks passed|RECEIPT' "$log" | tail -1)"
}

for kind in static shared; do
    run "test_offline-$kind" "$BIN/test_offline-$kind"
    run "test_client-$kind" "$BIN/test_client-$kind"
    run "test_observe-$kind" "$BIN/test_observe-$kind"
    run "test_tls_proxy-$kind" "$BIN/test_tls_proxy-$kind"
    run "pos_scan_pay-$kind" "$BIN/pos_scan_pay-$kind" 286801346868493272
    run "test_fault_soak-$kind" "$BIN/test_fault_soak-$kind"
done

if [ "${PINGXX_C_NO_VALGRIND:-0}" != 1 ]; then
    VG=(valgrind --leak-check=full --error-exitcode=1 --suppressions=tests/c/valgrind.supp --quiet)
    for kind in static shared; do
        run "valgrind-test_offline-$kind" "${VG[@]}" "$BIN/test_offline-$kind"
        run "valgrind-test_client-$kind" "${VG[@]}" "$BIN/test_client-$kind"
        run "valgrind-test_observe-$kind" "${VG[@]}" "$BIN/test_observe-$kind"
        run "valgrind-test_tls_proxy-$kind" "${VG[@]}" "$BIN/test_tls_proxy-$kind"
        run "valgrind-pos_scan_pay-$kind" "${VG[@]}" "$BIN/pos_scan_pay-$kind" 286801346868493272
    done
    run "valgrind-test_fault_soak-static" "${VG[@]}" "$BIN/test_fault_soak-static"
fi
if [ -n "$TINYPROXY" ]; then
    # The calls through the proxy really went through it.
    grep -q "${API_BASE#http://}" "$PROXY_DIR/tinyproxy.log" || {
        echo "test-c: tinyproxy's log does not show the requests sent through it" >&2
        cat "$PROXY_DIR/tinyproxy.log" >&2
        exit 1
    }
fi
echo "test-c: all C tests passed"
