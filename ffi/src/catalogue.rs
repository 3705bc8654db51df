//! The core's self-descriptions, handed to C as static JSON strings: the
//! error catalogue, the client options and the operation table.

use std::ffi::{c_char, CString};
use std::sync::OnceLock;

use crate::error::c_string;

/// A static C string made once from `make`.
fn cached(slot: &'static OnceLock<CString>, make: fn() -> String) -> *const c_char {
    slot.get_or_init(|| c_string(make())).as_ptr()
}

/// Every result code the library can return, as a JSON array in number order:
/// `[{"code":"null_argument","number":1000,"summary":"..."}, ...,
///   {"code":"outcome_unknown","number":5003,"summary":"..."}]` — `number` is
/// the `pingxx_result` (the value of `PINGXX_ERR_<CODE>`), `code` the name
/// `pingxx_result_name()` gives, `summary` one English line. The same
/// catalogue as Python's `pingxx.error_codes()` and Node's `errorCodes()`.
///
/// Ownership: the string is static; never free it. Never returns NULL.
#[no_mangle]
pub extern "C" fn pingxx_error_codes_json() -> *const c_char {
    static JSON: OnceLock<CString> = OnceLock::new();
    cached(&JSON, pingxx::error_codes_json)
}

/// Every option `pingxx_client_new()` accepts, as a JSON array:
/// `[{"name":"timeout_ms","type":"integer","required":false,"secret":false,
///   "default":80000,"doc":"..."}, ...]` — the same list in every language.
///
/// Ownership: the string is static; never free it. Never returns NULL.
#[no_mangle]
pub extern "C" fn pingxx_client_options_json() -> *const c_char {
    static JSON: OnceLock<CString> = OnceLock::new();
    cached(&JSON, pingxx::client_options_json)
}

/// The operation table as one JSON object, `{"format":1,"operations":[{"name":
/// "orders.create","method":"POST","path":"/v1/orders","params":{...},...}],
/// "kinds":{...}}`: every operation `pingxx_client_call()` knows, with its
/// parameter schema and returned kind (described in docs/operations-json.md).
///
/// Ownership: the string is static; never free it. Never returns NULL.
#[no_mangle]
pub extern "C" fn pingxx_operations_json() -> *const c_char {
    static JSON: OnceLock<CString> = OnceLock::new();
    cached(&JSON, pingxx::operations_json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    fn parse(ptr: *const c_char) -> serde_json::Value {
        serde_json::from_str(unsafe { CStr::from_ptr(ptr) }.to_str().unwrap()).unwrap()
    }

    #[test]
    fn the_catalogues_are_the_cores() {
        let codes = parse(pingxx_error_codes_json());
        assert_eq!(codes.as_array().unwrap().len(), pingxx::ErrorCode::ALL.len());
        assert!(codes
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == "outcome_unknown" && c["number"] == 5003));
        let options = parse(pingxx_client_options_json());
        assert!(options.as_array().unwrap().iter().any(|o| o["name"] == "api_key"));
        let ops = parse(pingxx_operations_json());
        assert_eq!(ops["operations"].as_array().unwrap().len(), pingxx::operations().len());
        assert_eq!(pingxx_operations_json(), pingxx_operations_json(), "made once");
    }
}
