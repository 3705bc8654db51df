#!/usr/bin/env bash
# Emulator throughput as it fills: requests/s for create, retrieve and list at
# each stored-object level, and resident bytes per stored object. Asserts nothing.
#   PINGXX_BENCH_SECS   seconds per measurement (default 3)
#   PINGXX_MOCK_LEVELS  stored-object levels (default 10000,1000000)
#   PINGXX_MOCK_THREADS client threads (default 4)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${PINGXX_BENCH_SECS:-3}
levels=${PINGXX_MOCK_LEVELS:-10000,1000000}
threads=${PINGXX_MOCK_THREADS:-4}
cargo run -q --release -p pingxx-mock --example bench -- \
  --levels "$levels" --seconds "$secs" --threads "$threads"
