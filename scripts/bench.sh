#!/usr/bin/env bash
# `make bench`: core sign/verify against OpenSSL in the same run, validation
# timings, and the binding benches that exist. Prints ratios; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${PINGXX_BENCH_SECS:-3}

echo "== core RSA-2048 sign/verify vs openssl speed (same machine, same run)"
core=$(PINGXX_BENCH_MS=$((secs * 1000)) cargo bench -q -p pingxx --bench core 2>/dev/null)
echo "$core"
ossl=$(openssl speed -seconds "$secs" rsa2048 2>/dev/null | awk '/^rsa 2048 bits/ {print 1e6 / $6, 1e6 / $7}')
read -r ossl_sign_us ossl_verify_us <<<"$ossl"
core_sign=$(echo "$core" | awk '/sign_us/ {print $3}')
core_verify=$(echo "$core" | awk '/verify_us/ {print $3}')
awk -v cs="$core_sign" -v cv="$core_verify" -v os="$ossl_sign_us" -v ov="$ossl_verify_us" 'BEGIN {
  printf "openssl sign_us %.2f verify_us %.2f\n", os, ov;
  printf "ratio sign core/openssl %.2fx (target <= 1.10x)\n", cs / os;
  printf "ratio verify core/openssl %.2fx (target <= 1.10x)\n", cv / ov;
}'

echo "== validation (criterion)"
cargo bench -q -p pingxx --bench validate -- --noplot 2>/dev/null | grep -E "per call" 

for extra in scripts/bench-c.sh scripts/bench-python.sh scripts/bench-node.sh scripts/bench-mock.sh scripts/dist-sizes.sh; do
  if [ -f "$extra" ]; then
    echo "== $extra"
    bash "$extra"
  fi
done
