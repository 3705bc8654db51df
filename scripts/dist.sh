#!/usr/bin/env bash
# `make dist`: builds what users install into dist/, all from the workspace version
# (Cargo.toml [workspace.package] version; scripts/test-dist.sh checks every copy agrees):
#
#   pingxx-V-cp39-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64.whl
#                                                 Python wheel: abi3 (CPython >= 3.9), glibc >= 2.17
#   pingxx-V.tar.gz                               Python sdist (pip builds it from source; needs Rust)
#   pingxx-V.tgz, pingxx-linux-x64-gnu-V.tgz      npm: main package + its x64 glibc platform package
#   pingxx-V-x86_64-linux-gnu.tar.gz              C SDK: include/, lib/ (.a, .so*, pkgconfig, cmake)
#   pingxx-min-V-x86_64-linux-gnu.tar.gz          C SDK, firmware build (profile release-min)
#   pingxx-cli-V-x86_64-linux-gnu.tar.gz          the `pingxx` command (emulator, calls, signing)
#   SHA256SUMS
#
# usage: scripts/dist.sh [python] [node] [c] [firmware] [cli]    (default: all of them)
#
# Linux x86-64 binaries are linked by zig against glibc 2.17 (maturin --zig, cargo zigbuild),
# so they load on CentOS 7 / Amazon Linux 2 / Debian 8 and later. zig, maturin and
# cargo-zigbuild come from PyPI into a tools venv (PINGXX_DIST_TOOLS, made when missing); no
# system toolchain beyond Rust and Python is needed. The firmware build uses the host linker:
# its sizes are what scripts/test-dist.sh checks and ffi/README.md reports.
# The release workflow (.github/workflows/release.yml) runs this same script on the Linux host.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/dist-env.sh
. scripts/dist-env.sh
STAGE="$TARGET_DIR/dist-stage"

STEPS=("$@")
[ "${#STEPS[@]}" -gt 0 ] || STEPS=(python node c firmware cli)

log() { echo "dist: $*"; }

# maturin, ziglang and cargo-zigbuild from PyPI; their bin directory goes first on PATH.
# Pinned (cargo-zigbuild = the version maturin embeds) so that a release is reproducible. The
# wheel and the other zig builds still compile the dependencies once each: the linker wrapper
# (part of cargo's fingerprint) is named after the program that writes it.
MATURIN_VERSION=1.16.0
ZIGBUILD_VERSION=0.24.0
tools() {
    if [ "$("$TOOLS/bin/cargo-zigbuild" --version 2>/dev/null)" != "cargo-zigbuild $ZIGBUILD_VERSION" ] ||
        [ "$("$TOOLS/bin/maturin" --version 2>/dev/null)" != "maturin $MATURIN_VERSION" ]; then
        log "installing maturin $MATURIN_VERSION, ziglang and cargo-zigbuild $ZIGBUILD_VERSION into $TOOLS"
        python3 -m venv "$TOOLS"
        "$TOOLS/bin/python" -m pip install -q --disable-pip-version-check \
            "maturin==$MATURIN_VERSION" ziglang "cargo-zigbuild==$ZIGBUILD_VERSION" "auditwheel>=6"
    fi
    export PATH="$TOOLS/bin:$PATH"
}

# Release build of package $1 for glibc 2.17, linked by zig; artifacts land in $ZIG_OUT.
zigbuild() {
    cargo zigbuild -q --release --target "$ZIG_TARGET" "$@"
}

python_dist() {
    log "python: abi3 wheel (manylinux2014 = manylinux_2_17) and sdist"
    rm -f "$DIST"/pingxx-*.whl "$DIST/pingxx-$VERSION.tar.gz"
    maturin build -q --release --zig --compatibility manylinux2014 --target "$TRIPLE" \
        -m bindings-python/Cargo.toml -o "$DIST"
    maturin sdist -m bindings-python/Cargo.toml -o "$DIST"
}

node_dist() {
    log "node: addon for glibc 2.17, npm pack of pingxx and pingxx-$NPM_PLATFORM"
    zigbuild -p pingxx-node
    rm -rf "$STAGE/npm"
    mkdir -p "$STAGE/npm/main" "$STAGE/npm/$NPM_PLATFORM"
    # The platform package: its package.json from bindings-node/npm/, the addon renamed the
    # napi-rs way (pingxx.<platform>.node), which bindings-node/native.js loads.
    cp "bindings-node/npm/$NPM_PLATFORM/package.json" "bindings-node/npm/$NPM_PLATFORM/README.md" "$STAGE/npm/$NPM_PLATFORM/"
    cp "$ZIG_OUT/libpingxx_node.so" "$STAGE/npm/$NPM_PLATFORM/pingxx.$NPM_PLATFORM.node"
    strip --strip-unneeded "$STAGE/npm/$NPM_PLATFORM/pingxx.$NPM_PLATFORM.node"
    # The main package: the files npm itself would pack from bindings-node (`files`), with
    # optionalDependencies on the platform packages built in this run (napi prepublish does
    # the same at publish time) and without the development fields.
    (cd bindings-node && npm pack --dry-run --json 2>/dev/null) | node -e '
        const fs = require("fs"); const path = require("path")
        const [src, out, version, ...platforms] = process.argv.slice(1)
        for (const { path: f } of JSON.parse(fs.readFileSync(0, "utf8"))[0].files) {
            fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true })
            fs.copyFileSync(path.join(src, f), path.join(out, f))
        }
        const pkg = JSON.parse(fs.readFileSync(path.join(src, "package.json"), "utf8"))
        pkg.optionalDependencies = Object.fromEntries(platforms.map((p) => [`pingxx-${p}`, version]))
        delete pkg.devDependencies
        delete pkg.scripts
        fs.writeFileSync(path.join(out, "package.json"), JSON.stringify(pkg, null, 2) + "\n")
    ' bindings-node "$STAGE/npm/main" "$VERSION" "$NPM_PLATFORM"
    rm -f "$DIST/pingxx-$VERSION.tgz" "$DIST/pingxx-$NPM_PLATFORM-$VERSION.tgz"
    (cd "$STAGE/npm/main" && npm pack -q --pack-destination "$DIST" >/dev/null)
    (cd "$STAGE/npm/$NPM_PLATFORM" && npm pack -q --pack-destination "$DIST" >/dev/null)
}

# Installs a C prefix with scripts/c-lib.sh (PROFILE, features, cargo command from the
# environment) plus the examples, and tars it as $1.tar.gz.
c_tarball() {
    local name="$1"
    rm -rf "${STAGE:?}/$name"
    bash scripts/c-lib.sh "$STAGE/$name" >/dev/null
    # What users link needs no debug info (the release profile keeps symbols).
    strip --strip-unneeded "$(readlink -f "$STAGE/$name/lib/libpingxx.so")"
    strip --strip-debug "$STAGE/$name/lib/libpingxx.a"
    mkdir -p "$STAGE/$name/share/pingxx/examples" "$STAGE/$name/share/doc/pingxx"
    cp tests/c/examples/pos_raii.cpp ffi/cmake/example/CMakeLists.txt tests/c/examples/pos_scan_pay.c \
        tests/c/mini_json.h "$STAGE/$name/share/pingxx/examples/"
    cp ffi/README.md "$STAGE/$name/share/doc/pingxx/README.md"
    tar -C "$STAGE" -czf "$DIST/$name.tar.gz" --owner=0 --group=0 "$name"
}

c_dist() {
    log "c: libpingxx for glibc 2.17 with pkg-config and CMake files"
    PINGXX_CARGO_BUILD="zigbuild" PINGXX_CARGO_TARGET="$ZIG_TARGET" PROFILE=release \
        c_tarball "pingxx-$VERSION-$C_PLATFORM"
}

firmware_dist() {
    log "firmware: libpingxx, profile $PINGXX_FIRMWARE_PROFILE ($PINGXX_FIRMWARE_FEATURES; RUSTFLAGS $FW_RUSTFLAGS)"
    PROFILE="$PINGXX_FIRMWARE_PROFILE" PINGXX_FFI_FEATURES="$PINGXX_FIRMWARE_FEATURES" RUSTFLAGS="$FW_RUSTFLAGS" \
        c_tarball "pingxx-min-$VERSION-$C_PLATFORM"
}

cli_dist() {
    log "cli: the pingxx command for glibc 2.17"
    zigbuild -p pingxx-cli
    local name="pingxx-cli-$VERSION-$C_PLATFORM"
    rm -rf "${STAGE:?}/$name"
    mkdir -p "$STAGE/$name/bin"
    install -m 755 "$ZIG_OUT/pingxx" "$STAGE/$name/bin/pingxx"
    cp README.md "$STAGE/$name/"
    tar -C "$STAGE" -czf "$DIST/$name.tar.gz" --owner=0 --group=0 "$name"
}

mkdir -p "$DIST" "$STAGE"
tools
for step in "${STEPS[@]}"; do
    case "$step" in
        python) python_dist ;;
        node) node_dist ;;
        c) c_dist ;;
        firmware) firmware_dist ;;
        cli) cli_dist ;;
        *) echo "dist: unknown step '$step' (python node c firmware cli)" >&2; exit 2 ;;
    esac
done
(cd "$DIST" && rm -f SHA256SUMS && sha256sum -- *.whl *.tar.gz *.tgz 2>/dev/null >SHA256SUMS || true)
log "version $VERSION:"
ls -l "$DIST"
