#!/usr/bin/env bash
# The Python package's suite on a fresh venv: builds the emulator CLI, installs
# ./bindings-python with pip (maturin, release build) plus the test tools, runs
# mypy --strict on the package and an example, then pytest (the generated stub's
# freshness is `make gen-check`). Needs only Python >= 3.9 and Rust (cargo) on the machine.
#
#   bash scripts/test-python.sh             # everything
#   bash scripts/test-python.sh -k vectors  # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
PYTHON="${PYTHON:-python3}"
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
VENV="${PINGXX_PY_VENV:-$TARGET/py-test-venv}"

echo "== building the emulator (pingxx-cli)"
cargo build -q -p pingxx-cli
export PINGXX_BIN="$TARGET/debug/pingxx"

if ! command -v tinyproxy >/dev/null && [ ! -x /usr/sbin/tinyproxy ] && command -v apt-get >/dev/null; then
    echo "== installing tinyproxy (the proxy tests' real proxy)"
    { apt-get install -y -q tinyproxy || { apt-get update -q && apt-get install -y -q tinyproxy; }; } >/dev/null 2>&1 \
        || echo "   tinyproxy could not be installed: the proxy tests will skip"
fi

echo "== fresh venv in $VENV"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip install -q --disable-pip-version-check)
"${PIP[@]}" --upgrade pip
"${PIP[@]}" "maturin>=1.5,<2" "pytest>=7" "mypy>=1.8" "flask>=2.2" "fastapi>=0.100" "httpx>=0.24" "django>=4.2"

echo "== pip install ./bindings-python"
"${PIP[@]}" ./bindings-python

cd bindings-python
echo "== mypy --strict"
# Type-check the installed package (what users get), not the source tree.
(cd tests && "$VENV/bin/python" -m mypy --strict --no-incremental -p pingxx \
    && "$VENV/bin/python" -m mypy --strict --no-incremental typing_example.py)
# The stub shadows pingxx/_client.py for users: check the runtime modules themselves too.
"$VENV/bin/python" -m mypy --strict --no-incremental pingxx/_client.py pingxx/_resources.py \
    pingxx/_errors.py pingxx/_object.py pingxx/_logging.py
echo "== pytest"
# Run from tests/ so `import pingxx` is the installed package, not the source directory.
cd tests
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@" .
