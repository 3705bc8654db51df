//! `pingxx errors`: the error catalogue of the SDK with the CLI's exit code for each.

use pingxx::ErrorCode;
use serde_json::json;

use crate::error::{exit_for, CliError};

/// Prints every code: number, exit code, code string and summary (aligned), or a JSON array
/// (`pingxx::error_codes_json()` with `exit_code` added to each entry).
pub fn run(json: bool) -> Result<(), CliError> {
    if json {
        let rows: Vec<_> = ErrorCode::ALL
            .iter()
            .map(|c| {
                json!({"code": c.as_str(), "number": c.number(), "exit_code": exit_for(*c), "summary": c.summary()})
            })
            .collect();
        outln!("{}", serde_json::Value::Array(rows));
        return Ok(());
    }
    let width = ErrorCode::ALL.iter().map(|c| c.as_str().len()).max().unwrap_or(0);
    for c in ErrorCode::ALL {
        outln!(
            "{:<width$}  {}  exit {}  {}",
            c.as_str(),
            c.number(),
            exit_for(*c),
            c.summary()
        );
    }
    Ok(())
}
