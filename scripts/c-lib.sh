#!/usr/bin/env bash
# Builds libpingxx and installs it into a prefix:
#   PREFIX/include/pingxx.h
#   PREFIX/lib/libpingxx.a, PREFIX/lib/libpingxx.so (-> SONAME -> libpingxx.so.VERSION)
#   PREFIX/lib/pkgconfig/pingxx.pc
#
# usage: scripts/c-lib.sh [PREFIX]        (default /usr/local; env PREFIX also works)
#        PROFILE=debug scripts/c-lib.sh P  (install the debug build instead of release)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${1:-${PREFIX:-/usr/local}}"
PROFILE="${PROFILE:-release}"
CARGO="${CARGO:-cargo}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

cd "$ROOT"
if [ "$PROFILE" = release ]; then
    "$CARGO" build -q --release -p pingxx-ffi
else
    "$CARGO" build -q -p pingxx-ffi
fi
OUT="$TARGET_DIR/$PROFILE"
VERSION="$(sed -n 's/^#define PINGXX_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)$/\2/p' include/pingxx.h | paste -sd.)"

# What the Rust standard library needs from the system when linking the .a
# (`rustc --print native-static-libs` on this target).
case "$(uname -s)" in
    Linux) PRIVATE_LIBS="-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc" ;;
    Darwin) PRIVATE_LIBS="-framework Security -framework CoreFoundation -liconv -lSystem -lc -lm" ;;
    *) PRIVATE_LIBS="-lpthread -lm -ldl" ;;
esac

mkdir -p "$PREFIX/include" "$PREFIX/lib/pkgconfig"
install -m 644 include/pingxx.h "$PREFIX/include/pingxx.h"
install -m 644 "$OUT/libpingxx.a" "$PREFIX/lib/libpingxx.a"
# libpingxx.so -> SONAME (libpingxx.so.0.MINOR, see ffi/build.rs) -> libpingxx.so.VERSION
SONAME="$(readelf -d "$OUT/libpingxx.so" 2>/dev/null | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')"
if [ -n "$SONAME" ]; then
    install -m 755 "$OUT/libpingxx.so" "$PREFIX/lib/libpingxx.so.$VERSION"
    ln -sf "libpingxx.so.$VERSION" "$PREFIX/lib/$SONAME"
    ln -sf "$SONAME" "$PREFIX/lib/libpingxx.so"
else
    install -m 755 "$OUT/libpingxx.so" "$PREFIX/lib/libpingxx.so"
fi
cat > "$PREFIX/lib/pkgconfig/pingxx.pc" <<PC
prefix=$PREFIX
exec_prefix=\${prefix}
libdir=\${exec_prefix}/lib
includedir=\${prefix}/include

Name: pingxx
Description: C ABI of the pingxx SDK for the Ping++ payment API
Version: $VERSION
URL: https://github.com/pingxx/pingxx
Cflags: -I\${includedir}
Libs: -L\${libdir} -lpingxx
Libs.private: $PRIVATE_LIBS
PC
echo "installed libpingxx $VERSION ($PROFILE) into $PREFIX"
