//! One structured record per HTTP attempt ([`AttemptLog`]), sent to the `log`
//! crate (target `pingxx`) and to the client's optional hook.
//!
//! A record never holds the API key, the private key, a signature or proxy
//! credentials; bodies and the query string only when `log_bodies` is on.

use std::fmt;
use std::sync::Arc;

use serde_json::{json, Value};

/// A function called with each attempt's record. Must be quick and must not panic.
pub type LogHook = Arc<dyn Fn(&AttemptLog) + Send + Sync>;

/// The record of one HTTP attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct AttemptLog {
    /// The operation (`orders.pay`), when the call came through the table.
    pub operation: Option<&'static str>,
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub method: &'static str,
    /// The path; with the query string only when bodies are logged.
    pub path: String,
    /// The HTTP status, when an answer came.
    pub status: Option<u16>,
    /// The attempt number, from 1.
    pub attempt: u32,
    /// Time the attempt took, in milliseconds.
    pub duration_ms: u64,
    /// The request id the API answered with, if any.
    pub request_id: Option<String>,
    /// Why the attempt is retried (`connect_failed`, `html_502`, `status_5xx`, ...), if it is.
    pub retry_reason: Option<&'static str>,
    /// `ok`, `retry` or `error`.
    pub outcome: &'static str,
    /// The error code of a failed attempt (`connection_failed`, ...).
    pub error_code: Option<&'static str>,
    /// The request body sent (only with `log_bodies`).
    pub request_body: Option<String>,
    /// The response body received (only with `log_bodies`).
    pub response_body: Option<String>,
}

impl AttemptLog {
    /// The record as a JSON object with every field (absent ones as `null`).
    pub fn to_json(&self) -> Value {
        json!({
            "operation": self.operation,
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "attempt": self.attempt,
            "duration_ms": self.duration_ms,
            "request_id": self.request_id,
            "retry_reason": self.retry_reason,
            "outcome": self.outcome,
            "error_code": self.error_code,
            "request_body": self.request_body,
            "response_body": self.response_body,
        })
    }

    /// Sends the record to the `log` crate (info for `ok`, warn otherwise) and to `hook`.
    pub(crate) fn emit(&self, hook: Option<&LogHook>) {
        let level = if self.outcome == "ok" {
            ::log::Level::Info
        } else {
            ::log::Level::Warn
        };
        ::log::log!(target: "pingxx", level, "{self}");
        if let Some(hook) = hook {
            hook(self);
        }
    }
}

impl fmt::Display for AttemptLog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)?;
        if let Some(op) = self.operation {
            write!(f, " ({op})")?;
        }
        write!(f, " attempt {} {}", self.attempt, self.outcome)?;
        if let Some(s) = self.status {
            write!(f, " status {s}")?;
        }
        if let Some(code) = self.error_code {
            write!(f, " error {code}")?;
        }
        if let Some(r) = self.retry_reason {
            write!(f, " retry_reason {r}")?;
        }
        write!(f, " in {} ms", self.duration_ms)?;
        if let Some(id) = &self.request_id {
            write!(f, " request_id {id}")?;
        }
        Ok(())
    }
}
