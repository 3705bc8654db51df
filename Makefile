# pingxx: `make test` runs every suite; `make bench` prints the benchmark ratios.
# Each suite installs what it needs (Python venv + maturin, npm packages, valgrind,
# pkg-config) by itself; only Rust, a C compiler, Python 3 and Node are assumed.

CARGO ?= cargo
PREFIX ?= /usr/local
export CARGO_TERM_COLOR ?= never
RUST_PKGS = --workspace --exclude pingxx-python --exclude pingxx-node

.PHONY: test lint test-core test-core-pure test-c test-python test-node test-official \
        bench header c-lib demo dist test-dist gen gen-check fuzz fuzz-smoke audit \
        test-openapi fuzz-api

test: gen-check lint audit test-core test-core-pure test-c test-python test-node test-official test-openapi test-dist fuzz-smoke
	@echo "make test: every suite passed"

## The generated files (typed Rust methods, Python stub, Node index.d.ts, docs/operations.md)
## rewritten from the operation table by the workspace generator (xtask/).
gen:
	$(CARGO) run -q -p xtask -- gen

## Fails when a generated file differs from what `make gen` writes.
gen-check:
	$(CARGO) run -q -p xtask -- gen --check

## Formatting and lints of every crate, the bindings' crates too.
lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## Rust: core, emulator, CLI and C ABI crates with the default crypto (aws-lc-rs).
test-core:
	$(CARGO) test $(RUST_PKGS)

## The core again with the pure-Rust crypto backend.
test-core-pure:
	$(CARGO) test -p pingxx --no-default-features --features pure-rust,platform-operations

## C programs against libpingxx (static and shared), natively and under valgrind.
test-c:
	bash scripts/test-c.sh

## The Python package in a fresh venv: stubs, mypy --strict, pytest.
test-python:
	bash scripts/test-python.sh

## The Node package: npm ci, napi build, node --test, tsc --strict.
test-node:
	bash scripts/test-node.sh

## The official pingpp SDKs (PyPI 2.7.2, npm 2.1.6), unchanged, against the emulator.
test-official:
	bash scripts/test-official.sh

## docs/openapi.json: openapi-spec-validator, the validation vectors against its request
## schemas, and a bounded schemathesis run against `pingxx mock` (scripts/test-openapi.sh).
test-openapi:
	bash scripts/test-openapi.sh

## A longer schemathesis run: FUZZ_API_EXAMPLES per operation (default 500), a random seed.
fuzz-api:
	FUZZ_API_EXAMPLES=$${FUZZ_API_EXAMPLES:-500} FUZZ_API_SEED=$${FUZZ_API_SEED:-$$(date +%s)} bash scripts/test-openapi.sh

## What users install, into dist/: manylinux wheel + sdist, npm packages, C SDK tarballs
## (default and firmware build), CLI tarball. See scripts/dist.sh.
dist:
	bash scripts/dist.sh

## Builds dist/ and installs every artifact with no Rust on PATH (scripts/test-dist.sh).
test-dist:
	bash scripts/test-dist.sh

bench:
	bash scripts/bench.sh

## Regenerate include/pingxx.h with cbindgen.
header:
	bash scripts/header.sh

## Build libpingxx and install header, libraries and pingxx.pc into $(PREFIX).
c-lib:
	bash scripts/c-lib.sh $(PREFIX)

demo:
	$(CARGO) run -q -p pingxx-cli -- demo

## cargo-fuzz targets (fuzz/), FUZZ_SECONDS each (default 60); fuzz-smoke: 15 s each, debug build.
fuzz:
	bash scripts/fuzz.sh

fuzz-smoke:
	FUZZ_SECONDS=$${FUZZ_SECONDS:-15} FUZZ_BUILD=$${FUZZ_BUILD:---dev} FUZZ_SEED=$${FUZZ_SEED:-1} bash scripts/fuzz.sh

## Known advisories of every dependency (RustSec), with the database from
## RUSTSEC_DB when no network is available (see README).
audit:
	bash scripts/audit.sh
