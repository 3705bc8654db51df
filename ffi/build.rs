//! Gives `libpingxx.so` an ELF SONAME, so programs record the ABI version they
//! were linked against: `libpingxx.so.0.MINOR` while the version is 0.x
//! (where a minor release may break the ABI), `libpingxx.so.MAJOR` from 1.0 on.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if matches!(os.as_str(), "linux" | "android" | "freebsd" | "netbsd" | "openbsd") {
        let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_default();
        let minor = std::env::var("CARGO_PKG_VERSION_MINOR").unwrap_or_default();
        let soname = if major == "0" {
            format!("libpingxx.so.0.{minor}")
        } else {
            format!("libpingxx.so.{major}")
        };
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,{soname}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
