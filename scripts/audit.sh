#!/usr/bin/env bash
# RustSec advisories of every dependency in Cargo.lock (cargo-audit).
# The advisory database: $RUSTSEC_DB if set, else ../shared/rustsec-advisory-db beside
# the checkout if present (a snapshot, used with --no-fetch where there is no network),
# else cargo-audit fetches the current database from its default source.
# One advisory is accepted, for the pure-Rust build only: RUSTSEC-2023-0071 (`rsa`,
# Marvin timing side channel; no fixed version exists). The default build does not link
# `rsa`, which the second check below proves.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo audit --version >/dev/null 2>&1; then
    # A debug build: it compiles in half the time of a release build (2.9 min against 5.6 on
    # two cores) and reads the ~300 entries of Cargo.lock in two seconds all the same.
    echo "audit: installing cargo-audit from crates.io (debug build)"
    cargo install cargo-audit --locked --debug
fi

DB="${RUSTSEC_DB:-}"
if [ -z "$DB" ] && [ -d ../shared/rustsec-advisory-db/crates ]; then
    DB=../shared/rustsec-advisory-db
fi
ARGS=(--deny warnings --ignore RUSTSEC-2023-0071)
if [ -n "$DB" ]; then
    echo "audit: advisory database $DB (no fetch)"
    ARGS+=(--db "$DB" --no-fetch)
fi
cargo audit "${ARGS[@]}"

# The default build (aws-lc-rs) of every shipped crate must not contain `rsa`.
for pkg in pingxx pingxx-ffi pingxx-python pingxx-node pingxx-cli; do
    if cargo tree -q -p "$pkg" -e normal,build --prefix none | grep -qE '^rsa v'; then
        echo "audit: the default build of $pkg depends on rsa (RUSTSEC-2023-0071)" >&2
        exit 1
    fi
done
echo "audit: no advisory in the default build; pure-rust build: RUSTSEC-2023-0071 only (documented)"
