//! Errors crossing into JavaScript: every error is thrown (or rejects) with the
//! reason `pingxx-error:` followed by the JSON of the error, which the JS wrapper
//! turns into a `PingxxError`. Core errors use `Error::to_json()`; the binding's
//! own codes (`internal_error`, ...) come from the same catalogue and have the
//! same shape.

use std::panic::{catch_unwind, AssertUnwindSafe};

use napi::Status;
use pingxx::ErrorCode;
use serde_json::json;

/// Prefix of the reason of every error this module throws; JSON follows it.
pub(crate) const ERROR_PREFIX: &str = "pingxx-error:";

/// Turns a core error into a thrown JS error carrying its JSON.
pub(crate) fn to_napi(err: &pingxx::Error) -> napi::Error {
    napi::Error::new(Status::GenericFailure, format!("{ERROR_PREFIX}{}", err.to_json()))
}

/// A thrown JS error of one of the binding's own codes, in the core's JSON shape.
pub(crate) fn binding_error(code: ErrorCode, message: &str) -> napi::Error {
    let body = json!({
        "code": code.as_str(),
        "message": message,
        "errors": [],
        "http_status": null,
        "request_id": null,
        "param": null,
    });
    napi::Error::new(Status::GenericFailure, format!("{ERROR_PREFIX}{body}"))
}

/// The thrown JS error for a caught panic: `internal_error`.
pub(crate) fn panic_error(payload: &(dyn std::any::Any + Send)) -> napi::Error {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    binding_error(
        ErrorCode::InternalError,
        &format!("internal error in the native pingxx module: {what}"),
    )
}

/// Runs `f`, turning a panic into an error instead of unwinding into Node.
pub(crate) fn guard<T>(f: impl FnOnce() -> napi::Result<T>) -> napi::Result<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|p| Err(panic_error(p.as_ref())))
}
