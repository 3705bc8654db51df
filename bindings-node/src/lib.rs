//! Node bindings of pingxx: a thin napi-rs layer over the `pingxx` core.
//!
//! Values cross the boundary as JSON text: the JS wrapper stringifies params
//! and parses results, and this crate parses and serialises off the JS thread.
//! Every error is thrown (or rejects) with the reason `pingxx-error:` followed
//! by the error's JSON, which the wrapper turns into a `PingxxError`. The
//! lists (operations, options, error codes) all come from the core; no
//! business rule lives here.

#![deny(missing_docs)]

mod client;
mod errors;
mod json;
mod keys;
mod log;
mod options;
mod pool;
mod testing;

use napi_derive::napi;

pub use client::{NativeClient, NativeResponse};
pub use keys::{NativeRequestSigner, NativeWebhookSigner, NativeWebhookVerifier};
pub use testing::{error_for_testing, panic_for_testing};

use client::parse_json;
use errors::{guard, to_napi};

/// Validates params (JSON text) against an operation's rules, at `now` (unix
/// seconds) when given; returns the JSON text of `[{field, rule, message}]`.
#[napi]
pub fn validate_json(operation: String, params_json: String, now: Option<i64>) -> napi::Result<String> {
    guard(|| {
        let params = parse_json(&params_json).map_err(|e| to_napi(&e))?;
        let result = match now {
            Some(now) => pingxx::validate_at(&operation, &params, now),
            None => pingxx::validate(&operation, &params),
        };
        match result {
            Ok(()) => Ok("[]".to_string()),
            Err(pingxx::Error::Validation(errors)) => Ok(errors.to_json().to_string()),
            Err(e) => Err(to_napi(&e)),
        }
    })
}

/// The operation table as the core's `operations_json()` text:
/// `{"format": 1, "operations": [...], "kinds": {...}}`.
#[napi]
pub fn operations_json() -> String {
    pingxx::operations_json()
}

/// The error catalogue as the core's `error_codes_json()` text:
/// `[{"code", "number", "summary"}, ...]`.
#[napi]
pub fn error_codes_json() -> String {
    pingxx::error_codes_json()
}

/// Every client option as the core's `client_options_json()` text (snake_case names).
#[napi]
pub fn client_options_json() -> String {
    pingxx::client_options_json()
}

/// The core's version.
#[napi]
pub fn core_version() -> String {
    pingxx::VERSION.to_string()
}

/// The `User-Agent` the core sends.
#[napi]
pub fn user_agent() -> String {
    pingxx::USER_AGENT.to_string()
}

/// The value of `X-Pingplusplus-Signature` (any case) among header pairs.
#[napi]
pub fn signature_from_headers(pairs: Vec<Vec<String>>) -> Option<String> {
    pingxx::signature_from_headers(
        pairs
            .iter()
            .filter_map(|p| Some((p.first()?.as_str(), p.get(1)?.as_str()))),
    )
}
