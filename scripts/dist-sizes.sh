#!/usr/bin/env bash
# Sizes of the firmware build of libpingxx (profile and features from scripts/dist-env.sh), for
# ffi/README.md and `make bench`:
#   - libpingxx.so (stripped by the profile), libpingxx.a, and a statically linked, stripped
#     POS example (tests/c/examples/pos_scan_pay.c, -Os, --gc-sections);
#   - the .so by ELF section, and its code by crate: the text symbols of the LTO-built archive,
#     demangled and grouped by their first path segment (what `cargo bloat --crates` reports;
#     generic code counts for the crate that defines it).
# usage: scripts/dist-sizes.sh [PREFIX]   (default: a scratch prefix under the target dir)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/dist-env.sh
. scripts/dist-env.sh
PREFIX="${1:-$TARGET_DIR/dist-sizes/prefix}"
WORK="$TARGET_DIR/dist-sizes"
mkdir -p "$WORK"

PROFILE="$PINGXX_FIRMWARE_PROFILE" PINGXX_FFI_FEATURES="$PINGXX_FIRMWARE_FEATURES" RUSTFLAGS="$FW_RUSTFLAGS" \
    bash scripts/c-lib.sh "$PREFIX" >/dev/null
read -r -a STATIC_LIBS <<<"$(PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" pkg-config --libs --static pingxx | sed 's/-L[^ ]*//; s/-lpingxx//')"
cc -std=c11 -Os -I"$PREFIX/include" -Itests/c tests/c/examples/pos_scan_pay.c "$PREFIX/lib/libpingxx.a" \
    "${STATIC_LIBS[@]}" -Wl,--gc-sections -s -o "$WORK/pos_scan_pay-static"

# What ships is stripped (scripts/dist.sh); the profile keeps the symbol table for valgrind.
cp "$(readlink -f "$PREFIX/lib/libpingxx.so")" "$WORK/libpingxx.so"
strip --strip-unneeded "$WORK/libpingxx.so"
mib() { stat -L -c %s "$1" | awk '{printf "%.2f MiB (%d bytes)", $1 / 1048576, $1}'; }
echo "firmware build: profile $PINGXX_FIRMWARE_PROFILE, $PINGXX_FIRMWARE_FEATURES, RUSTFLAGS $FW_RUSTFLAGS"
echo "libpingxx.so (stripped):          $(mib "$WORK/libpingxx.so")   limit 2 MiB"
echo "libpingxx.a:                      $(mib "$PREFIX/lib/libpingxx.a")"
echo "static POS example (stripped):    $(mib "$WORK/pos_scan_pay-static")   limit 3 MiB"
echo
echo "libpingxx.so by section:"
size -A "$WORK/libpingxx.so" | awk '
    $1 ~ /^\./ && $2 > 0 { s[$1] = $2; t += $2 }
    END { for (k in s) if (s[k] * 100 / t >= 1) printf "  %-20s %9d  %5.1f %%\n", k, s[k], s[k] * 100 / t }' | sort -k2 -n -r
echo
echo "code (text symbols of libpingxx.a) by crate, >= 1 %:"
nm -S --size-sort -C "$PREFIX/lib/libpingxx.a" 2>/dev/null | python3 -c '
import collections, re, sys
sizes = collections.Counter()
for line in sys.stdin:
    parts = line.split(None, 3)
    if len(parts) < 4 or parts[2] not in "tT":
        continue
    name = parts[3].strip().lstrip("<&*_ ")
    if name.startswith("ring_core") or "ring_core_" in name:
        crate = "ring (C and assembly)"
    elif name.startswith("pingxx_"):
        crate = "pingxx-ffi (the C ABI functions)"
    else:
        # `<T as core::fmt::Debug>::fmt`: a blanket impl counts for the trait'"'"'s crate.
        name = re.sub(r"^(?:mut |dyn )?(?:[A-Za-z_][A-Za-z0-9_]*|\[.*?\]) as ", "", name)
        m = re.match(r"(?:mut |dyn )?([A-Za-z_][A-Za-z0-9_]*)::", name)
        crate = m.group(1) if m else "other (C and assembly helpers)"
    sizes[crate] += int(parts[1], 16)
total = sum(sizes.values())
for crate, size in sizes.most_common():
    if size * 100 >= total:
        print(f"  {crate:34s} {size:9d}  {size * 100 / total:5.1f} %")
print("  %-34s %9d" % ("total", total))
'
