//! One error type for the whole SDK, each variant with a stable code string,
//! and [`ErrorCode`]: the one catalogue of every code the SDK and its bindings
//! can report.
//!
//! The code strings (`Error::code`) are part of the public contract: the C ABI,
//! the Python and the Node bindings expose them unchanged, and derive their
//! numbers, classes and constants from [`ErrorCode::ALL`] / [`error_codes_json`].

use std::fmt;

use crate::api::Method;
use crate::ValidationErrors;

/// Declares [`ErrorCode`] and its table from one list.
macro_rules! error_codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = ($name:literal, $number:literal, $summary:literal), )*) => {
        /// Every error code the SDK and its bindings can report, with its C result number.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl ErrorCode {
            /// Every code, in number order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The stable code string (`outcome_unknown`, ...).
            pub const fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $name,)* }
            }

            /// The C result number (`PINGXX_ERR_*`); 0 is success and is not a code.
            pub const fn number(self) -> u32 {
                match self { $(ErrorCode::$variant => $number,)* }
            }

            /// One line saying what the code means.
            pub const fn summary(self) -> &'static str {
                match self { $(ErrorCode::$variant => $summary,)* }
            }

            /// The code named `s`, if any.
            pub fn parse(s: &str) -> Option<ErrorCode> {
                match s { $($name => Some(ErrorCode::$variant),)* _ => None }
            }
        }
    };
}

error_codes! {
    /// A required pointer or argument was NULL / missing (bindings only).
    NullArgument = ("null_argument", 1000, "a required argument was null or missing"),
    /// A string argument was not valid UTF-8 (bindings only).
    InvalidUtf8 = ("invalid_utf8", 1001, "a string argument is not valid UTF-8"),
    /// The caller's output buffer was too small (C only).
    BufferTooSmall = ("buffer_too_small", 1002, "the output buffer is too small; retry with the size given"),
    /// A bug in the SDK: a caught panic or a broken invariant.
    InternalError = ("internal_error", 1003, "internal error in the SDK (a bug: please report it)"),
    /// Parameters were not valid JSON or not a JSON object.
    InvalidJson = ("invalid_json", 2000, "parameters are not valid JSON or not a JSON object"),
    /// The operation name is not in the operation table.
    UnknownOperation = ("unknown_operation", 2001, "the operation name is not in the operation table"),
    /// Parameters broke validation rules; nothing was sent.
    ValidationFailed = ("validation_failed", 2002, "parameters broke validation rules; nothing was sent"),
    /// The client configuration is unusable.
    InvalidConfig = ("invalid_config", 2003, "the client options are unusable (unknown option, bad value)"),
    /// A key could not be used.
    InvalidKey = ("invalid_key", 3000, "a key could not be parsed or used"),
    /// A webhook arrived without a signature.
    SignatureMissing = ("signature_missing", 3001, "the webhook carries no signature"),
    /// A webhook signature did not verify.
    SignatureInvalid = ("signature_invalid", 3002, "the webhook signature does not verify against the body"),
    /// A signed webhook body is not an event.
    InvalidEvent = ("invalid_event", 3003, "the signed webhook body is not a Ping++ event"),
    /// The API rejected the credentials.
    AuthenticationFailed = ("authentication_failed", 4000, "the API rejected the credentials (HTTP 401)"),
    /// The API rejected the request.
    InvalidRequest = ("invalid_request", 4001, "the API rejected the request (HTTP 400/404); nothing happened"),
    /// The payment channel refused.
    ChannelError = ("channel_error", 4002, "the payment channel refused (HTTP 402)"),
    /// Too many requests.
    RateLimited = ("rate_limited", 4003, "too many requests (HTTP 403/429)"),
    /// The API failed on its side.
    ApiError = ("api_error", 4004, "the API failed on its side (HTTP 5xx)"),
    /// No connection could be made, or it broke before an answer came.
    ConnectionFailed = ("connection_failed", 5000, "no connection could be made or it broke before an answer"),
    /// The request or the total deadline ran out.
    Timeout = ("timeout", 5001, "the request or the total deadline ran out"),
    /// A success status with a body that is not a JSON object.
    InvalidResponse = ("invalid_response", 5002, "the API answered success with a body that is not a JSON object"),
    /// The request may have taken effect: check before retrying.
    OutcomeUnknown = ("outcome_unknown", 5003, "the request may have taken effect; check with a retrieve before retrying"),
}

impl ErrorCode {
    /// True for the codes only the bindings report (`null_argument`, ...), never [`Error::error_code`].
    pub const fn is_binding_only(self) -> bool {
        matches!(
            self,
            ErrorCode::NullArgument | ErrorCode::InvalidUtf8 | ErrorCode::BufferTooSmall | ErrorCode::InternalError
        )
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The catalogue as JSON: `[{"code":"outcome_unknown","number":5003,"summary":"..."},...]`,
/// in number order. Bindings derive their classes and constants from it.
pub fn error_codes_json() -> String {
    let list: Vec<serde_json::Value> = ErrorCode::ALL
        .iter()
        .map(|c| serde_json::json!({"code": c.as_str(), "number": c.number(), "summary": c.summary()}))
        .collect();
    serde_json::Value::Array(list).to_string()
}

/// Number of codes [`Error::error_code`] can return.
const CORE_CODE_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < ErrorCode::ALL.len() {
        if !ErrorCode::ALL[i].is_binding_only() {
            n += 1;
        }
        i += 1;
    }
    n
};

/// The code strings of [`Error`], derived from [`ErrorCode::ALL`].
const CORE_CODES: [&str; CORE_CODE_COUNT] = {
    let mut out = [""; CORE_CODE_COUNT];
    let (mut i, mut j) = (0, 0);
    while i < ErrorCode::ALL.len() {
        if !ErrorCode::ALL[i].is_binding_only() {
            out[j] = ErrorCode::ALL[i].as_str();
            j += 1;
        }
        i += 1;
    }
    out
};

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the SDK.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Parameters broke one or more rules of `docs/validation.md`; nothing was sent.
    #[error("{0}")]
    Validation(ValidationErrors),
    /// The operation name is not in the operation table.
    #[error("unknown operation `{0}`{note}", note = crate::api::UNKNOWN_OPERATION_NOTE)]
    UnknownOperation(String),
    /// Parameters were not valid JSON or not a JSON object.
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    /// A key could not be used (format, type, size). Never contains key material.
    #[error("invalid key: {0}")]
    InvalidKey(String),
    /// The client configuration is unusable (bad URL, bad api key, ...).
    #[error("invalid configuration: {0}")]
    InvalidConfig(String),
    /// A webhook arrived without a signature.
    #[error("webhook signature is missing")]
    SignatureMissing,
    /// A webhook signature did not verify against the body.
    #[error("webhook signature is invalid: {0}")]
    SignatureInvalid(String),
    /// A correctly signed webhook body is not an event.
    #[error("invalid event: {0}")]
    InvalidEvent(String),
    /// The API rejected the credentials (HTTP 401).
    #[error("{0}")]
    Authentication(Box<ApiError>),
    /// The API rejected the request (HTTP 400/404, `invalid_request_error`).
    #[error("{0}")]
    InvalidRequest(Box<ApiError>),
    /// The payment channel refused (HTTP 402, `channel_error`).
    #[error("{0}")]
    Channel(Box<ApiError>),
    /// Too many requests (HTTP 403/429, `rate_limit_error`).
    #[error("{0}")]
    RateLimited(Box<ApiError>),
    /// The API failed on its side (HTTP 5xx, `api_error`).
    #[error("{0}")]
    Api(Box<ApiError>),
    /// No connection could be made or it broke before an answer came.
    #[error("connection failed: {0}")]
    Connection(String),
    /// The request or the total deadline ran out.
    #[error("timed out: {0}")]
    Timeout(String),
    /// A success status with a body that is not a JSON object.
    #[error("invalid response (HTTP {status}): {message}")]
    InvalidResponse {
        /// HTTP status of the answer.
        status: u16,
        /// What was wrong with it.
        message: String,
    },
    /// The request may have taken effect (connection dropped after sending, a
    /// read timeout, a 5xx that may not be repeated): check before retrying.
    #[error("{0}")]
    OutcomeUnknown(Box<OutcomeUnknown>),
}

/// Details of [`Error::OutcomeUnknown`]: what was sent and the last error seen.
#[derive(Debug)]
pub struct OutcomeUnknown {
    /// The operation called (`orders.pay`), when the call came through the table.
    pub operation: Option<String>,
    /// The HTTP method.
    pub method: Method,
    /// The path sent (without the query string).
    pub path: String,
    /// The operation to check the outcome with (`orders.retrieve`), when the table has one.
    pub check_with: Option<String>,
    /// The unique merchant number sent, as (field, value), when the operation has one.
    pub unique: Option<(String, String)>,
    /// The last error seen.
    pub last: Error,
}

impl fmt::Display for OutcomeUnknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "outcome unknown: {} {}", self.method.as_str(), self.path)?;
        if let Some(op) = &self.operation {
            write!(f, " ({op})")?;
        }
        f.write_str(" may have taken effect; ")?;
        match &self.check_with {
            Some(check) => write!(f, "check with {check}")?,
            None => f.write_str("check its result")?,
        }
        if let Some((field, value)) = &self.unique {
            write!(f, " (look for {field} `{value}`)")?;
        }
        write!(f, " before retrying; last error: {}", self.last)
    }
}

impl Error {
    /// The catalogue entry of this error.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Error::Validation(_) => ErrorCode::ValidationFailed,
            Error::UnknownOperation(_) => ErrorCode::UnknownOperation,
            Error::InvalidJson(_) => ErrorCode::InvalidJson,
            Error::InvalidKey(_) => ErrorCode::InvalidKey,
            Error::InvalidConfig(_) => ErrorCode::InvalidConfig,
            Error::SignatureMissing => ErrorCode::SignatureMissing,
            Error::SignatureInvalid(_) => ErrorCode::SignatureInvalid,
            Error::InvalidEvent(_) => ErrorCode::InvalidEvent,
            Error::Authentication(_) => ErrorCode::AuthenticationFailed,
            Error::InvalidRequest(_) => ErrorCode::InvalidRequest,
            Error::Channel(_) => ErrorCode::ChannelError,
            Error::RateLimited(_) => ErrorCode::RateLimited,
            Error::Api(_) => ErrorCode::ApiError,
            Error::Connection(_) => ErrorCode::ConnectionFailed,
            Error::Timeout(_) => ErrorCode::Timeout,
            Error::InvalidResponse { .. } => ErrorCode::InvalidResponse,
            Error::OutcomeUnknown(_) => ErrorCode::OutcomeUnknown,
        }
    }

    /// The stable code string of this error (`validation_failed`, `timeout`, ...).
    pub fn code(&self) -> &'static str {
        self.error_code().as_str()
    }

    /// Every code string `code()` can return (the non-binding part of
    /// [`ErrorCode::ALL`]), in a stable order.
    pub const CODES: &'static [&'static str] = &CORE_CODES;

    /// The details when the outcome of the request is unknown.
    pub fn outcome_unknown(&self) -> Option<&OutcomeUnknown> {
        match self {
            Error::OutcomeUnknown(o) => Some(o),
            _ => None,
        }
    }

    /// The API error detail, for errors that came back from the API.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Authentication(e)
            | Error::InvalidRequest(e)
            | Error::Channel(e)
            | Error::RateLimited(e)
            | Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status, when the error came with one.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::InvalidResponse { status, .. } => Some(*status),
            _ => self.api_error().map(|e| e.status),
        }
    }

    /// The request id the API gave, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.api_error().and_then(|e| e.request_id.as_deref())
    }

    /// The parameter the API or the validator blamed, if any.
    pub fn param(&self) -> Option<&str> {
        match self {
            Error::Validation(v) => v.iter().next().map(|e| e.field.as_str()),
            _ => self.api_error().and_then(|e| e.param.as_deref()),
        }
    }

    /// The field errors of a validation failure.
    pub fn validation_errors(&self) -> Option<&ValidationErrors> {
        match self {
            Error::Validation(v) => Some(v),
            _ => None,
        }
    }

    /// The error as one JSON object: `{"code","message","errors","http_status","request_id","param"}`;
    /// `outcome_unknown` adds `"last_error": {code, message, http_status, request_id}`,
    /// `"operation"` and `"check_with"`.
    pub fn to_json(&self) -> serde_json::Value {
        let errors: Vec<serde_json::Value> = self
            .validation_errors()
            .map(|v| v.iter().map(|e| e.to_json()).collect())
            .unwrap_or_default();
        let mut v = serde_json::json!({
            "code": self.code(),
            "message": self.to_string(),
            "errors": errors,
            "http_status": self.http_status(),
            "request_id": self.request_id(),
            "param": self.param(),
        });
        if let Error::OutcomeUnknown(o) = self {
            v["last_error"] = serde_json::json!({
                "code": o.last.code(),
                "message": o.last.to_string(),
                "http_status": o.last.http_status(),
                "request_id": o.last.request_id(),
            });
            v["operation"] = serde_json::json!(o.operation);
            v["check_with"] = serde_json::json!(o.check_with);
        }
        v
    }
}

/// An error answered by the Ping++ API: `{"error": {"type","message","code","param"}}`.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status of the answer.
    pub status: u16,
    /// `error.type` (`invalid_request_error`, `api_error`, `channel_error`, ...).
    pub error_type: Option<String>,
    /// `error.code`, a finer reason some endpoints give.
    pub code: Option<String>,
    /// `error.param`, the parameter at fault.
    pub param: Option<String>,
    /// `error.message`, or a description of the body when it was not JSON.
    pub message: String,
    /// The request id from the answer's headers or body, if any.
    pub request_id: Option<String>,
    /// The raw response body (truncated to 64 KiB).
    pub raw_body: String,
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("error_type", &self.error_type)
            .field("code", &self.code)
            .field("param", &self.param)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status)?;
        if let Some(t) = &self.error_type {
            write!(f, " {t}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(p) = &self.param {
            write!(f, " (param: {p})")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

impl ApiError {
    /// Builds the error for a non-success answer and classifies it: by
    /// `error.type` first, then by status.
    pub fn into_error(self) -> Error {
        let by_type = match self.error_type.as_deref() {
            Some("invalid_request_error") => Some(ErrorKind::InvalidRequest),
            Some("channel_error") => Some(ErrorKind::Channel),
            Some("rate_limit_error") => Some(ErrorKind::RateLimited),
            Some("authentication_error") => Some(ErrorKind::Authentication),
            Some("api_error") => Some(ErrorKind::Api),
            _ => None,
        };
        let kind = by_type.unwrap_or(match self.status {
            401 => ErrorKind::Authentication,
            402 => ErrorKind::Channel,
            403 | 429 => ErrorKind::RateLimited,
            400..=499 => ErrorKind::InvalidRequest,
            _ => ErrorKind::Api,
        });
        let b = Box::new(self);
        match kind {
            ErrorKind::Authentication => Error::Authentication(b),
            ErrorKind::InvalidRequest => Error::InvalidRequest(b),
            ErrorKind::Channel => Error::Channel(b),
            ErrorKind::RateLimited => Error::RateLimited(b),
            ErrorKind::Api => Error::Api(b),
        }
    }
}

enum ErrorKind {
    Authentication,
    InvalidRequest,
    Channel,
    RateLimited,
    Api,
}
