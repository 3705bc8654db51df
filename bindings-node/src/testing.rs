//! Hooks for the binding's own tests: a deliberate panic, and an error of any
//! catalogue code sent through the same conversion as every real error.

use napi::bindgen_prelude::Object;
use napi::Env;
use napi_derive::napi;
use pingxx::{ApiError, Error, ErrorCode, Method};
use serde_json::json;

use crate::errors::{binding_error, guard, to_napi};
use crate::pool::spawn_promise;

/// Panics in native code on purpose, synchronously or on a worker; proves a
/// panic becomes an error instead of aborting the process. For tests only.
#[napi(js_name = "__panicForTesting", ts_return_type = "Promise<string> | void")]
pub fn panic_for_testing<'env>(env: &'env Env, on_worker: bool) -> napi::Result<Option<Object<'env>>> {
    if on_worker {
        spawn_promise::<String>(env, || panic!("deliberate panic for testing")).map(Some)
    } else {
        guard(|| panic!("deliberate panic for testing"))
    }
}

/// Throws an error of the catalogue code `code`, made the way the SDK makes
/// it, through the conversion every error takes. For tests only.
#[napi(js_name = "__errorForTesting")]
pub fn error_for_testing(code: String) -> napi::Result<()> {
    let code = ErrorCode::parse(&code)
        .ok_or_else(|| binding_error(ErrorCode::InvalidJson, &format!("no error code `{code}`")))?;
    Err(match sample(code) {
        Some(err) => to_napi(&err),
        None => binding_error(code, code.summary()),
    })
}

/// An API error answered with `status` and `error.type`.
fn api(status: u16, error_type: &str) -> Error {
    ApiError {
        status,
        error_type: Some(error_type.to_string()),
        code: None,
        param: Some("amount".into()),
        message: "sample".into(),
        request_id: Some("iar_sample".into()),
        raw_body: String::new(),
    }
    .into_error()
}

/// A core error of `code`; `None` for the codes only bindings give. The match
/// is exhaustive: a new code does not compile until it is mapped here.
fn sample(code: ErrorCode) -> Option<Error> {
    Some(match code {
        ErrorCode::NullArgument | ErrorCode::InvalidUtf8 | ErrorCode::BufferTooSmall | ErrorCode::InternalError => {
            return None
        }
        ErrorCode::InvalidJson => Error::InvalidJson("sample".into()),
        ErrorCode::UnknownOperation => Error::UnknownOperation("orders.nope".into()),
        ErrorCode::ValidationFailed => pingxx::validate("orders.retrieve", &json!({})).err()?,
        ErrorCode::InvalidConfig => Error::InvalidConfig("sample".into()),
        ErrorCode::InvalidKey => pingxx::RequestSigner::from_bytes(b"not a key").err()?,
        ErrorCode::SignatureMissing => Error::SignatureMissing,
        ErrorCode::SignatureInvalid => Error::SignatureInvalid("sample".into()),
        ErrorCode::InvalidEvent => Error::InvalidEvent("sample".into()),
        ErrorCode::AuthenticationFailed => api(401, "authentication_error"),
        ErrorCode::InvalidRequest => api(400, "invalid_request_error"),
        ErrorCode::ChannelError => api(402, "channel_error"),
        ErrorCode::RateLimited => api(429, "rate_limit_error"),
        ErrorCode::ApiError => api(500, "api_error"),
        ErrorCode::ConnectionFailed => Error::Connection("sample".into()),
        ErrorCode::Timeout => Error::Timeout("sample".into()),
        ErrorCode::InvalidResponse => Error::InvalidResponse {
            status: 200,
            message: "sample".into(),
        },
        ErrorCode::OutcomeUnknown => Error::OutcomeUnknown(Box::new(pingxx::OutcomeUnknown {
            operation: Some("orders.pay".into()),
            method: Method::Post,
            path: "/v1/orders/o1/pay".into(),
            check_with: Some("orders.retrieve".into()),
            unique: None,
            last: api(502, "api_error"),
        })),
    })
}
