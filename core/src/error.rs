//! One error type for the whole SDK, each variant with a stable code string.
//!
//! The code strings (`Error::code`) are part of the public contract: the C ABI,
//! the Python and the Node bindings expose them unchanged.

use std::fmt;

use crate::validate::ValidationErrors;

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the SDK.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Parameters broke one or more rules of `VALIDATION.md`; nothing was sent.
    #[error("{0}")]
    Validation(ValidationErrors),
    /// The operation name is not in the operation table.
    #[error("unknown operation `{0}`")]
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
}

impl Error {
    /// The stable code string of this error (`validation_failed`, `timeout`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Validation(_) => "validation_failed",
            Error::UnknownOperation(_) => "unknown_operation",
            Error::InvalidJson(_) => "invalid_json",
            Error::InvalidKey(_) => "invalid_key",
            Error::InvalidConfig(_) => "invalid_config",
            Error::SignatureMissing => "signature_missing",
            Error::SignatureInvalid(_) => "signature_invalid",
            Error::InvalidEvent(_) => "invalid_event",
            Error::Authentication(_) => "authentication_failed",
            Error::InvalidRequest(_) => "invalid_request",
            Error::Channel(_) => "channel_error",
            Error::RateLimited(_) => "rate_limited",
            Error::Api(_) => "api_error",
            Error::Connection(_) => "connection_failed",
            Error::Timeout(_) => "timeout",
            Error::InvalidResponse { .. } => "invalid_response",
        }
    }

    /// Every code string `code()` can return, in a stable order.
    pub const CODES: &'static [&'static str] = &[
        "validation_failed",
        "unknown_operation",
        "invalid_json",
        "invalid_key",
        "invalid_config",
        "signature_missing",
        "signature_invalid",
        "invalid_event",
        "authentication_failed",
        "invalid_request",
        "channel_error",
        "rate_limited",
        "api_error",
        "connection_failed",
        "timeout",
        "invalid_response",
    ];

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

    /// The error as one JSON object: `{"code","message","errors","http_status","request_id","param"}`.
    pub fn to_json(&self) -> serde_json::Value {
        let errors: Vec<serde_json::Value> = self
            .validation_errors()
            .map(|v| v.iter().map(|e| e.to_json()).collect())
            .unwrap_or_default();
        serde_json::json!({
            "code": self.code(),
            "message": self.to_string(),
            "errors": errors,
            "http_status": self.http_status(),
            "request_id": self.request_id(),
            "param": self.param(),
        })
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
