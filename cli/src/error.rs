//! The one error type of the CLI: an exit code, a stable code string and one readable line.

use pingxx::ErrorCode;
use serde_json::{json, Value};

/// Exit code: a check failed (validation, signature, API error, demo step).
pub const EXIT_CHECK: u8 = 1;
/// Exit code: bad arguments, unknown operation.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: a file, key, JSON document or configuration cannot be used.
pub const EXIT_INPUT: u8 = 3;
/// Exit code: no connection, or a timeout.
pub const EXIT_NETWORK: u8 = 4;
/// Exit code: the request may have taken effect (`outcome_unknown`): check before repeating it.
pub const EXIT_OUTCOME_UNKNOWN: u8 = 5;

/// A failure of a command, printed to stderr by `main`.
#[derive(Debug)]
pub struct CliError {
    /// The process exit code.
    pub exit: u8,
    /// A stable code string (the core's codes, plus `io_error`, `usage`, `check_failed`, `http_error`).
    pub code: String,
    /// One readable line, never containing a secret.
    pub message: String,
    /// The JSON form, when richer than `{code, message}` (the core's `Error::to_json`).
    pub detail: Option<Value>,
}

impl CliError {
    /// An error with the given exit code, code string and message.
    pub fn new(exit: u8, code: &str, message: impl Into<String>) -> Self {
        CliError {
            exit,
            code: code.to_string(),
            message: message.into(),
            detail: None,
        }
    }

    /// An error of a catalogue code: its code string and its exit code.
    pub fn of(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::new(exit_for(code), code.as_str(), message)
    }

    /// Bad usage (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(EXIT_USAGE, "usage", message)
    }

    /// A check that did not pass (exit 1).
    pub fn check(message: impl Into<String>) -> Self {
        Self::new(EXIT_CHECK, "check_failed", message)
    }

    /// A file that cannot be read (exit 3); names the file, not its contents.
    pub fn io(what: &str, path: &str, err: std::io::Error) -> Self {
        Self::new(EXIT_INPUT, "io_error", format!("cannot read {what} `{path}`: {err}"))
    }

    /// Prints the error to stderr: one line, or one JSON object with `json`.
    pub fn print(&self, json: bool) {
        if json {
            let mut value = self
                .detail
                .clone()
                .unwrap_or_else(|| json!({"code": self.code, "message": self.message}));
            if let Value::Object(map) = &mut value {
                map.insert("exit_code".into(), json!(self.exit));
            }
            errln!("{value}");
        } else {
            errln!("pingxx: error: {}", one_line(&self.message));
        }
    }
}

/// Collapses line breaks so a message stays on one line.
pub fn one_line(s: &str) -> String {
    s.split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The exit code of every code of the catalogue (`pingxx::ErrorCode`): a
/// match without a catch-all, so a code added to the core needs a decision here.
pub fn exit_for(code: ErrorCode) -> u8 {
    match code {
        ErrorCode::UnknownOperation => EXIT_USAGE,
        ErrorCode::NullArgument
        | ErrorCode::InvalidUtf8
        | ErrorCode::InvalidJson
        | ErrorCode::InvalidKey
        | ErrorCode::InvalidConfig => EXIT_INPUT,
        ErrorCode::ConnectionFailed | ErrorCode::Timeout => EXIT_NETWORK,
        ErrorCode::OutcomeUnknown => EXIT_OUTCOME_UNKNOWN,
        ErrorCode::BufferTooSmall
        | ErrorCode::InternalError
        | ErrorCode::ValidationFailed
        | ErrorCode::SignatureMissing
        | ErrorCode::SignatureInvalid
        | ErrorCode::InvalidEvent
        | ErrorCode::AuthenticationFailed
        | ErrorCode::InvalidRequest
        | ErrorCode::ChannelError
        | ErrorCode::RateLimited
        | ErrorCode::ApiError
        | ErrorCode::InvalidResponse => EXIT_CHECK,
    }
}

impl From<pingxx::Error> for CliError {
    fn from(e: pingxx::Error) -> Self {
        let code = e.code();
        let mut message = e.to_string();
        if let pingxx::Error::UnknownOperation(_) = e {
            message.push_str(" (run `pingxx ops` for the list)");
        }
        CliError {
            exit: exit_for(e.error_code()),
            code: code.to_string(),
            message,
            detail: Some(e.to_json()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_code_maps_to_an_exit_code() {
        assert_eq!(exit_for(ErrorCode::ValidationFailed), EXIT_CHECK);
        assert_eq!(exit_for(ErrorCode::SignatureInvalid), EXIT_CHECK);
        assert_eq!(exit_for(ErrorCode::InvalidRequest), EXIT_CHECK);
        assert_eq!(exit_for(ErrorCode::UnknownOperation), EXIT_USAGE);
        assert_eq!(exit_for(ErrorCode::InvalidKey), EXIT_INPUT);
        assert_eq!(exit_for(ErrorCode::InvalidConfig), EXIT_INPUT);
        assert_eq!(exit_for(ErrorCode::Timeout), EXIT_NETWORK);
        assert_eq!(exit_for(ErrorCode::ConnectionFailed), EXIT_NETWORK);
        assert_eq!(exit_for(ErrorCode::OutcomeUnknown), EXIT_OUTCOME_UNKNOWN);
        for code in ErrorCode::ALL {
            assert!((1..=5).contains(&exit_for(*code)), "{code}");
        }
    }

    #[test]
    fn messages_are_one_line() {
        assert_eq!(one_line("a\n  b\r\n\nc"), "a b c");
    }

    #[test]
    fn unknown_operation_points_at_ops() {
        let e = CliError::from(pingxx::Error::UnknownOperation("nope".into()));
        assert_eq!(e.exit, EXIT_USAGE);
        assert_eq!(e.code, "unknown_operation");
        assert!(e.message.contains("pingxx ops"), "{}", e.message);
    }
}
