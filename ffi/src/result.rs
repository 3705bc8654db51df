//! `pingxx_result`: the numeric result codes of the C ABI.
//!
//! Every number comes from the core's one catalogue, `pingxx::ErrorCode`
//! (`ErrorCode::number`). The `PINGXX_ERR_*` macros of `include/pingxx.h` are
//! generated from that catalogue by the header generator (`ffi/tests/header.rs`),
//! and `pingxx_error_codes_json()` (`catalogue.rs`) hands it to C at run time:
//! no list of codes is written here.

use std::ffi::{c_char, CStr, CString};
use std::sync::OnceLock;

use pingxx::ErrorCode;

/// The result of every fallible function: `PINGXX_OK` (0) or one of the
/// `PINGXX_ERR_*` codes (listed at run time by `pingxx_error_codes_json()`).
/// Detail of a failure is in `pingxx_last_error_message()` and
/// `pingxx_last_error_json()`.
#[allow(non_camel_case_types)]
pub type pingxx_result = u32;

/// Success.
pub const PINGXX_OK: pingxx_result = 0;

/// The C result number of a catalogue code.
pub(crate) fn result_of(code: ErrorCode) -> pingxx_result {
    code.number()
}

/// Each code's string as a C string, in catalogue order (made once).
fn c_names() -> &'static [(pingxx_result, CString)] {
    static NAMES: OnceLock<Vec<(pingxx_result, CString)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        ErrorCode::ALL
            .iter()
            .map(|c| (c.number(), CString::new(c.as_str()).expect("code strings have no NUL")))
            .collect()
    })
}

/// The stable name of a result code: `"ok"` for `PINGXX_OK`, otherwise the
/// catalogue's code string (`"null_argument"`, `"validation_failed"`,
/// `"outcome_unknown"`, ...), the same string as `"code"` in
/// `pingxx_last_error_json()` and in the other languages' errors.
///
/// Ownership: the returned string is static; never free it. Unknown numbers
/// give `"unknown"`. Never returns NULL.
#[no_mangle]
pub extern "C" fn pingxx_result_name(result: pingxx_result) -> *const c_char {
    let name: &CStr = if result == PINGXX_OK {
        c"ok"
    } else {
        c_names()
            .iter()
            .find(|(n, _)| *n == result)
            .map(|(_, name)| name.as_c_str())
            .unwrap_or(c"unknown")
    };
    name.as_ptr()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(n: pingxx_result) -> &'static str {
        unsafe { CStr::from_ptr(pingxx_result_name(n)) }.to_str().unwrap()
    }

    #[test]
    fn every_catalogue_code_has_its_number_and_name() {
        assert_eq!(name(PINGXX_OK), "ok");
        assert_eq!(name(4242), "unknown");
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert_ne!(code.number(), PINGXX_OK);
            assert!(seen.insert(code.number()), "number {} used twice", code.number());
            assert_eq!(name(result_of(*code)), code.as_str());
        }
    }
}
