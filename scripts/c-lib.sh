#!/usr/bin/env bash
# Builds libpingxx and installs it into a prefix:
#   PREFIX/include/pingxx.h
#   PREFIX/lib/libpingxx.a, PREFIX/lib/libpingxx.so (-> SONAME -> libpingxx.so.VERSION)
#   PREFIX/lib/pkgconfig/pingxx.pc             (relocatable: paths from ${pcfiledir})
#   PREFIX/lib/cmake/pingxx/pingxxConfig.cmake + pingxxConfigVersion.cmake (find_package)
#
# usage: scripts/c-lib.sh [PREFIX]        (default /usr/local; env PREFIX also works)
#        PROFILE=debug scripts/c-lib.sh P  (install the debug build instead of release;
#                                           any cargo profile works, e.g. release-min)
#        PINGXX_FFI_FEATURES="--no-default-features --features pure-rust" (extra cargo args)
#        PINGXX_CARGO_BUILD=zigbuild PINGXX_CARGO_TARGET=x86_64-unknown-linux-gnu.2.17
#                                          (cross build, e.g. cargo-zigbuild's glibc floor)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${1:-${PREFIX:-/usr/local}}"
PROFILE="${PROFILE:-release}"
CARGO="${CARGO:-cargo}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
read -r -a FEATURES <<<"${PINGXX_FFI_FEATURES:-}"

cd "$ROOT"
case "$PROFILE" in
    debug) PROFILE_ARGS=() ;;
    release) PROFILE_ARGS=(--release) ;;
    *) PROFILE_ARGS=(--profile "$PROFILE") ;;
esac
OUT="$TARGET_DIR/$PROFILE"
if [ -n "${PINGXX_CARGO_TARGET:-}" ]; then
    PROFILE_ARGS+=(--target "$PINGXX_CARGO_TARGET")
    # cargo-zigbuild's `TRIPLE.GLIBC` builds into TRIPLE/.
    OUT="$TARGET_DIR/${PINGXX_CARGO_TARGET%%.*}/$PROFILE"
fi
"$CARGO" "${PINGXX_CARGO_BUILD:-build}" -q "${PROFILE_ARGS[@]}" -p pingxx-ffi "${FEATURES[@]}"
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
prefix=\${pcfiledir}/../..
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
# CMake package: find_package(pingxx) + target_link_libraries(app pingxx::pingxx).
SHARED_FILE=libpingxx.so
[ -n "$SONAME" ] && SHARED_FILE="libpingxx.so.$VERSION"
STATIC_LIBS="$(printf '%s\n' $PRIVATE_LIBS | sed -n 's/^-l//p' | paste -sd';')"
mkdir -p "$PREFIX/lib/cmake/pingxx"
for f in pingxxConfig pingxxConfigVersion; do
    sed -e "s|@PINGXX_VERSION@|$VERSION|g" \
        -e "s|@PINGXX_SONAME@|${SONAME:-libpingxx.so}|g" \
        -e "s|@PINGXX_SHARED_FILE@|$SHARED_FILE|g" \
        -e "s|@PINGXX_STATIC_LIBS@|$STATIC_LIBS|g" \
        -e "s|@PINGXX_SIZEOF_VOID_P@|$(getconf LONG_BIT | awk '{print $1 / 8}')|g" \
        "ffi/cmake/$f.cmake.in" >"$PREFIX/lib/cmake/pingxx/$f.cmake"
done
echo "installed libpingxx $VERSION ($PROFILE) into $PREFIX"
