//! The one error type of the CLI: an exit code, a stable code string and one readable line.

use serde_json::{json, Value};

/// Exit code: a check failed (validation, signature, API error, demo step).
pub const EXIT_CHECK: u8 = 1;
/// Exit code: bad arguments, unknown operation.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: a file, key, JSON document or configuration cannot be used.
pub const EXIT_INPUT: u8 = 3;
/// Exit code: no connection, or a timeout.
pub const EXIT_NETWORK: u8 = 4;

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

/// The exit code for a core error code.
pub fn exit_for(code: &str) -> u8 {
    match code {
        "unknown_operation" => EXIT_USAGE,
        "invalid_json" | "invalid_key" | "invalid_config" => EXIT_INPUT,
        "connection_failed" | "timeout" => EXIT_NETWORK,
        _ => EXIT_CHECK,
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
            exit: exit_for(code),
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
    fn core_codes_map_to_exit_codes() {
        assert_eq!(exit_for("validation_failed"), EXIT_CHECK);
        assert_eq!(exit_for("signature_invalid"), EXIT_CHECK);
        assert_eq!(exit_for("invalid_request"), EXIT_CHECK);
        assert_eq!(exit_for("unknown_operation"), EXIT_USAGE);
        assert_eq!(exit_for("invalid_key"), EXIT_INPUT);
        assert_eq!(exit_for("invalid_json"), EXIT_INPUT);
        assert_eq!(exit_for("timeout"), EXIT_NETWORK);
        assert_eq!(exit_for("connection_failed"), EXIT_NETWORK);
        for code in pingxx::Error::CODES {
            assert!((1..=4).contains(&exit_for(code)), "{code}");
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
