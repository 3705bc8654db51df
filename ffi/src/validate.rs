//! `pingxx_validate`: the core's client-side validation, without a client.

use std::ffi::c_char;

use crate::error::{arg_str, guard, json_out, parse_json, FfiError};
use crate::result::pingxx_result;

fn validate_impl(
    operation: *const c_char,
    params_json: *const c_char,
    now: Option<i64>,
    out_errors_json: *mut *mut c_char,
) -> pingxx_result {
    guard(|| {
        // SAFETY: the callers' contracts: NULL or NUL-terminated strings.
        let operation = unsafe { arg_str(operation, "operation")? };
        let params = parse_json(unsafe { arg_str(params_json, "params_json")? }, "params_json")?;
        let verdict = match now {
            Some(now) => pingxx::validate_at(operation, &params, now),
            None => pingxx::validate(operation, &params),
        };
        match verdict {
            Ok(()) => Ok(()),
            Err(e) => {
                if let (Some(errors), false) = (e.validation_errors(), out_errors_json.is_null()) {
                    // SAFETY: checked non-NULL; the caller's contract makes it writable.
                    unsafe { *out_errors_json = json_out(&errors.to_json()) };
                }
                Err(FfiError::Core(e))
            }
        }
    })
}

/// Checks `params_json` against the rules of an operation (`"orders.create"`,
/// ...) without sending anything, using the local clock for `time_expire`.
/// Returns `PINGXX_OK` when the parameters are valid and
/// `PINGXX_ERR_VALIDATION_FAILED` when they are not; `PINGXX_ERR_UNKNOWN_OPERATION`
/// and `PINGXX_ERR_INVALID_JSON` for a bad name or bad JSON.
///
/// Ownership: `operation` and `params_json` are borrowed during the call.
/// `out_errors_json` is optional (may be NULL). It is written only when the
/// result is `PINGXX_ERR_VALIDATION_FAILED`: `*out_errors_json` then receives every
/// violation as a new JSON array `[{"field","rule","message"}, ...]` owned by
/// the caller, released with `pingxx_string_free()`; otherwise it is left
/// untouched (initialise it to NULL). The same errors are in
/// `pingxx_last_error_json()`. NULL `operation` or `params_json`:
/// `PINGXX_ERR_NULL_ARGUMENT`.
///
/// # Safety
/// The strings are NULL or NUL-terminated; `out_errors_json` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_validate(
    operation: *const c_char,
    params_json: *const c_char,
    out_errors_json: *mut *mut c_char,
) -> pingxx_result {
    validate_impl(operation, params_json, None, out_errors_json)
}

/// Like `pingxx_validate()`, with the clock given as unix seconds (`now`), so
/// `time_expire` windows can be checked at a fixed time (tests, replays).
///
/// Ownership and NULL behaviour as for `pingxx_validate()`.
///
/// # Safety
/// The strings are NULL or NUL-terminated; `out_errors_json` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_validate_at(
    operation: *const c_char,
    params_json: *const c_char,
    now: i64,
    out_errors_json: *mut *mut c_char,
) -> pingxx_result {
    validate_impl(operation, params_json, Some(now), out_errors_json)
}
