# pingxx: `make test` runs every suite; `make bench` prints the benchmark ratios.
# Each suite installs what it needs (Python venv, npm packages, cbindgen) by itself.

CARGO ?= cargo
export CARGO_TERM_COLOR ?= never

.PHONY: test test-core test-core-pure lint bench

test: lint test-core test-core-pure
	@echo "make test: all suites passed"

## Rust core and the crates around it, default crypto backend (aws-lc-rs).
test-core:
	$(CARGO) test --workspace --exclude pingxx-python --exclude pingxx-node

## The core again with the pure-Rust crypto backend.
test-core-pure:
	$(CARGO) test -p pingxx --no-default-features --features pure-rust

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --exclude pingxx-python --exclude pingxx-node --all-targets -- -D warnings

bench:
	bash scripts/bench.sh
