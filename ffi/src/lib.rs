//! # libpingxx: the C ABI of pingxx
//!
//! A thin layer over the `pingxx` core: it converts C arguments, calls the
//! core and converts the answer back. No business rule lives here.
//!
//! Conventions (see `include/pingxx.h`):
//! - opaque handles `pingxx_client`, `pingxx_signer`, `pingxx_webhook_verifier`,
//!   made by `*_new(..., T **out)` and released by `*_free(T *)`; `*_free(NULL)` is a no-op;
//! - every fallible function returns a `pingxx_result` (`PINGXX_OK` = 0) and writes
//!   its out-parameters only on success;
//! - the detail of the last failure on the calling thread is in
//!   `pingxx_last_error_message()` and `pingxx_last_error_json()`;
//! - strings the library allocates are released with `pingxx_string_free()`;
//! - every pointer is checked for NULL and every body runs inside `catch_unwind`.
#![deny(missing_docs)]

mod catalogue;
mod client;
mod error;
mod keys;
mod log;
pub mod result;
mod validate;

use std::ffi::{c_char, CString};

pub use catalogue::*;
pub use client::*;
pub use keys::*;
pub use log::*;
pub use result::*;
pub use validate::*;

/// Major version of the library this header belongs to.
pub const PINGXX_VERSION_MAJOR: u32 = 0;
/// Minor version of the library this header belongs to.
pub const PINGXX_VERSION_MINOR: u32 = 1;
/// Patch version of the library this header belongs to.
pub const PINGXX_VERSION_PATCH: u32 = 0;

/// The library version, e.g. `"0.1.0"`: compare with `PINGXX_VERSION_MAJOR` and
/// friends to detect a header/library mismatch.
///
/// Ownership: the string is static; never free it. Never returns NULL.
#[no_mangle]
pub extern "C" fn pingxx_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Releases a string the library allocated (the JSON written to an
/// `out_json`, `out_event_json` or `out_errors_json` argument).
///
/// Ownership: takes `s` back from the caller; `s` must not be used afterwards.
/// NULL is a no-op. Passing a pointer this library did not return, or
/// freeing twice, is undefined behaviour.
///
/// # Safety
/// `s` is NULL or a string returned by this library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn pingxx_string_free(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    error::guard_void(|| drop(CString::from_raw(s)));
}

/// A one-line English description of the last failure of a `pingxx_result`
/// function on the calling thread, naming the argument or field and the rule.
///
/// Ownership: the string belongs to the library; do not free it. It stays
/// valid until the next `pingxx_result` function call on the same thread
/// (each such call clears it first). Returns `""` (never NULL) when the last
/// call on this thread succeeded. Never contains an API key or key material.
#[no_mangle]
pub extern "C" fn pingxx_last_error_message() -> *const c_char {
    error::last_error_ptr(false)
}

/// The last failure on the calling thread as one JSON object:
/// `{"code","message","errors":[{"field","rule","message"}],"http_status","request_id","param"}`.
/// `code` is the name given by `pingxx_result_name()`; `errors` lists every
/// validation violation (empty for other failures); `http_status` and
/// `request_id` are set when the API answered; `param` names the field or
/// argument at fault, or is `null`.
///
/// Ownership and lifetime as for `pingxx_last_error_message()`: owned by the
/// library, valid until the next `pingxx_result` call on this thread; `""`
/// (never NULL) when the last call on this thread succeeded.
#[no_mangle]
pub extern "C" fn pingxx_last_error_json() -> *const c_char {
    error::last_error_ptr(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_macros_match_the_crate_version() {
        let v = unsafe { std::ffi::CStr::from_ptr(pingxx_version()) }.to_str().unwrap();
        assert_eq!(v, env!("CARGO_PKG_VERSION"));
        assert_eq!(v, pingxx::VERSION);
        let expected = format!("{PINGXX_VERSION_MAJOR}.{PINGXX_VERSION_MINOR}.{PINGXX_VERSION_PATCH}");
        assert_eq!(
            v, expected,
            "update PINGXX_VERSION_* in ffi/src/lib.rs, then run `make header`"
        );
    }
}
