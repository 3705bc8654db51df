# Sourced by scripts/dist.sh and scripts/test-dist.sh: the settings both use, in one place.
# VERSION: the workspace's ([workspace.package] in Cargo.toml), the one version of every artifact.
VERSION="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml")"
[ -n "$VERSION" ] || { echo "dist: no [workspace.package] version in Cargo.toml" >&2; exit 1; }
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
export CARGO_TARGET_DIR="$TARGET_DIR"
DIST="${DIST_DIR:-$ROOT/dist}"
# maturin, ziglang, cargo-zigbuild and auditwheel from PyPI (made by dist.sh when missing).
TOOLS="${PINGXX_DIST_TOOLS:-$TARGET_DIR/dist-tools}"
# The zig-linked builds: Rust target, cargo-zigbuild's glibc floor suffix, output directory.
TRIPLE=x86_64-unknown-linux-gnu
ZIG_TARGET="$TRIPLE.2.17"
ZIG_OUT="$TARGET_DIR/$TRIPLE/release"
NPM_PLATFORM=linux-x64-gnu
C_PLATFORM=x86_64-linux-gnu
# The firmware build: smallest code (root Cargo.toml [profile.release-min]) and the pure-Rust
# crypto (see ffi/README.md for what the size is made of), with its size limits in bytes.
PINGXX_FIRMWARE_PROFILE="${PINGXX_FIRMWARE_PROFILE:-release-min}"
PINGXX_FIRMWARE_FEATURES="${PINGXX_FIRMWARE_FEATURES:---no-default-features --features pure-rust}"
# Its RUSTFLAGS (given to the firmware builds only, added to the caller's): lld's identical-code
# folding (rustc links with its lld on x86-64 Linux since 1.90; other linkers lack --icf), and
# panic locations without the cargo registry's directory (crates/ring-0.17.14/src/...).
if [ -z "${PINGXX_FIRMWARE_RUSTFLAGS+set}" ]; then
    PINGXX_FIRMWARE_RUSTFLAGS=""
    if rustc -vV 2>/dev/null | awk '/^host:/ { h = $2 } /^release:/ { split($2, v, "."); r = v[1] * 1000 + v[2] }
        END { exit !(h == "x86_64-unknown-linux-gnu" && r >= 1090) }'; then
        PINGXX_FIRMWARE_RUSTFLAGS="-C link-arg=-Wl,--icf=all"
    fi
    for d in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
        case "$d" in *[[:space:]]* | *"*"*) continue ;; esac
        PINGXX_FIRMWARE_RUSTFLAGS="${PINGXX_FIRMWARE_RUSTFLAGS:+$PINGXX_FIRMWARE_RUSTFLAGS }--remap-path-prefix=${d%/}=crates"
    done
fi
FW_RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }$PINGXX_FIRMWARE_RUSTFLAGS"
FW_MAX_SO=$((2 * 1024 * 1024))
FW_MAX_POS=$((3 * 1024 * 1024))
