//! The RSA backend: aws-lc-rs by default, RustCrypto `rsa` with `pure-rust`.

#[cfg(feature = "aws-lc")]
mod aws;
#[cfg(feature = "aws-lc")]
pub(crate) use aws::{RsaPrivate, RsaPublic};

#[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
mod pure;
#[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
pub(crate) use pure::{RsaPrivate, RsaPublic};

#[cfg(not(any(feature = "aws-lc", feature = "pure-rust")))]
compile_error!("enable one crypto backend: feature `aws-lc` (default) or `pure-rust`");

/// Name of the backend compiled in.
pub fn backend_name() -> &'static str {
    if cfg!(feature = "aws-lc") {
        "aws-lc-rs"
    } else {
        "rsa (pure Rust)"
    }
}
