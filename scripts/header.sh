#!/usr/bin/env bash
# Regenerates include/pingxx.h from ffi/src with cbindgen (a dev-dependency of
# pingxx-ffi: nothing to install). `cargo test -p pingxx-ffi` fails when the
# committed header is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
PINGXX_WRITE_HEADER=1 "${CARGO:-cargo}" test -q -p pingxx-ffi --test header
echo "wrote include/pingxx.h"
