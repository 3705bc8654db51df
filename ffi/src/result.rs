//! `pingxx_result`: the stable numeric result codes of the C ABI.
//!
//! Numbers are grouped by area (1xxx: calling the library, 2xxx: input,
//! 3xxx: keys and webhooks, 4xxx: answers of the API, 5xxx: transport) and
//! are never reused. Every code of the core (`pingxx::Error::code`) has
//! exactly one number here.

use std::ffi::c_char;

/// The result of every fallible function: `PINGXX_OK` (0) or one of the
/// `PINGXX_ERR_*` codes below. Detail of a failure is in
/// `pingxx_last_error_message()` and `pingxx_last_error_json()`.
#[allow(non_camel_case_types)]
pub type pingxx_result = u32;

/// Success.
pub const PINGXX_OK: pingxx_result = 0;

/// A pointer argument that must not be NULL was NULL (`null_argument`).
pub const PINGXX_ERR_NULL_ARGUMENT: pingxx_result = 1000;
/// A string argument is not valid UTF-8 (`invalid_utf8`).
pub const PINGXX_ERR_INVALID_UTF8: pingxx_result = 1001;
/// The caller's output buffer is too small; the size needed was written (`buffer_too_small`).
pub const PINGXX_ERR_BUFFER_TOO_SMALL: pingxx_result = 1002;
/// The library hit an internal bug; it was caught and did not cross the boundary (`panic`).
pub const PINGXX_ERR_PANIC: pingxx_result = 1003;

/// Parameters or configuration were not valid JSON or not a JSON object (`invalid_json`).
pub const PINGXX_ERR_INVALID_JSON: pingxx_result = 2000;
/// The operation name is not in the operation table (`unknown_operation`).
pub const PINGXX_ERR_UNKNOWN_OPERATION: pingxx_result = 2001;
/// Parameters broke one or more validation rules; nothing was sent (`validation_failed`).
pub const PINGXX_ERR_VALIDATION: pingxx_result = 2002;
/// The client configuration is unusable (`invalid_config`).
pub const PINGXX_ERR_INVALID_CONFIG: pingxx_result = 2003;

/// A key could not be used: format, type or size (`invalid_key`).
pub const PINGXX_ERR_INVALID_KEY: pingxx_result = 3000;
/// A webhook came without a signature (`signature_missing`).
pub const PINGXX_ERR_SIGNATURE_MISSING: pingxx_result = 3001;
/// A webhook signature does not match the body (`signature_invalid`).
pub const PINGXX_ERR_SIGNATURE_INVALID: pingxx_result = 3002;
/// A correctly signed webhook body is not an event (`invalid_event`).
pub const PINGXX_ERR_INVALID_EVENT: pingxx_result = 3003;

/// The API rejected the credentials, HTTP 401 (`authentication_failed`).
pub const PINGXX_ERR_AUTHENTICATION: pingxx_result = 4000;
/// The API rejected the request, HTTP 400/404 (`invalid_request`).
pub const PINGXX_ERR_INVALID_REQUEST: pingxx_result = 4001;
/// The payment channel refused, HTTP 402 (`channel_error`).
pub const PINGXX_ERR_CHANNEL: pingxx_result = 4002;
/// Too many requests, HTTP 403/429 (`rate_limited`).
pub const PINGXX_ERR_RATE_LIMITED: pingxx_result = 4003;
/// The API failed on its side, HTTP 5xx (`api_error`).
pub const PINGXX_ERR_API: pingxx_result = 4004;

/// No connection could be made, or it broke before an answer came (`connection_failed`).
pub const PINGXX_ERR_CONNECTION: pingxx_result = 5000;
/// The request or the total deadline ran out (`timeout`).
pub const PINGXX_ERR_TIMEOUT: pingxx_result = 5001;
/// A success status with a body that is not a JSON object (`invalid_response`).
pub const PINGXX_ERR_INVALID_RESPONSE: pingxx_result = 5002;

/// Every result code with its stable name, in numeric order.
pub(crate) const NAMES: &[(pingxx_result, &std::ffi::CStr)] = &[
    (PINGXX_OK, c"ok"),
    (PINGXX_ERR_NULL_ARGUMENT, c"null_argument"),
    (PINGXX_ERR_INVALID_UTF8, c"invalid_utf8"),
    (PINGXX_ERR_BUFFER_TOO_SMALL, c"buffer_too_small"),
    (PINGXX_ERR_PANIC, c"panic"),
    (PINGXX_ERR_INVALID_JSON, c"invalid_json"),
    (PINGXX_ERR_UNKNOWN_OPERATION, c"unknown_operation"),
    (PINGXX_ERR_VALIDATION, c"validation_failed"),
    (PINGXX_ERR_INVALID_CONFIG, c"invalid_config"),
    (PINGXX_ERR_INVALID_KEY, c"invalid_key"),
    (PINGXX_ERR_SIGNATURE_MISSING, c"signature_missing"),
    (PINGXX_ERR_SIGNATURE_INVALID, c"signature_invalid"),
    (PINGXX_ERR_INVALID_EVENT, c"invalid_event"),
    (PINGXX_ERR_AUTHENTICATION, c"authentication_failed"),
    (PINGXX_ERR_INVALID_REQUEST, c"invalid_request"),
    (PINGXX_ERR_CHANNEL, c"channel_error"),
    (PINGXX_ERR_RATE_LIMITED, c"rate_limited"),
    (PINGXX_ERR_API, c"api_error"),
    (PINGXX_ERR_CONNECTION, c"connection_failed"),
    (PINGXX_ERR_TIMEOUT, c"timeout"),
    (PINGXX_ERR_INVALID_RESPONSE, c"invalid_response"),
];

/// The result code for a core error code string (`pingxx::Error::code`).
///
/// Every string of `pingxx::Error::CODES` has its own number (checked by a
/// test); a code the core might add later falls back to `PINGXX_ERR_API`.
pub(crate) fn from_core_code(code: &str) -> pingxx_result {
    NAMES
        .iter()
        .find(|(_, name)| name.to_bytes() == code.as_bytes())
        .map(|(n, _)| *n)
        .unwrap_or(PINGXX_ERR_API)
}

/// The stable name of a result code: `"ok"`, `"null_argument"`, or the core's
/// error code string (`"validation_failed"`, `"timeout"`, ...).
///
/// Ownership: the returned string is static; never free it. Unknown numbers
/// give `"unknown"`. Never returns NULL.
#[no_mangle]
pub extern "C" fn pingxx_result_name(result: pingxx_result) -> *const c_char {
    NAMES
        .iter()
        .find(|(n, _)| *n == result)
        .map(|(_, name)| name.as_ptr())
        .unwrap_or(c"unknown".as_ptr())
}
