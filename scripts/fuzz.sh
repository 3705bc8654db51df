#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for FUZZ_SECONDS each (default 60), seeded from
# tests/vectors, built with FUZZ_BUILD (default -O: optimised). `make fuzz` runs it;
# `make fuzz-smoke` (part of `make test`) runs it with FUZZ_SECONDS=15 and FUZZ_BUILD=--dev
# (a debug build compiles in half the time; overflow checks and debug assertions stay on;
# every seed is still run). Extra arguments name the targets to run (default: all).
# cargo-fuzz's instrumentation flags need a nightly compiler; this machine has one
# stable toolchain, so the build sets RUSTC_BOOTSTRAP=1 (only for the fuzz crate's build,
# which has its own workspace and target folder). FUZZ_SEED fixes libFuzzer's seed
# (`make fuzz-smoke` uses 1, so the short run in `make test` is repeatable).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${FUZZ_SECONDS:-60}"
BUILD="${FUZZ_BUILD:--O}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz from crates.io"
    cargo install cargo-fuzz --locked
fi
python3 scripts/fuzz_seeds.py

TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    mapfile -t TARGETS < <(cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz list)
fi

export RUSTC_BOOTSTRAP=1
cd fuzz
# One build of every target (sanitizer off: the targets check panics, overflows and
# round trips; AddressSanitizer adds nothing to safe Rust and doubles the time).
cargo fuzz build -s none "$BUILD"
for t in "${TARGETS[@]}"; do
    mkdir -p "artifacts/$t" logs
    echo "fuzz: $t for ${SECONDS_EACH}s"
    # -rss_limit_mb: the emulator target keeps objects; -max_len: deep nesting fits.
    log="logs/$t.log"
    if ! cargo fuzz run -s none "$BUILD" "$t" "corpus/$t" -- \
        -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=4096 -seed="${FUZZ_SEED:-0}" \
        -print_final_stats=1 >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        echo "fuzz: $t FAILED; the input is in fuzz/artifacts/$t/" >&2
        exit 1
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+ +DONE' "$log" | sed "s/^/  $t /"
done
echo "fuzz: ${#TARGETS[@]} targets ran ${SECONDS_EACH}s each with no finding"
