//! Where the generator's input comes from: the core's exports, and the
//! validation vectors for the examples of the reference page.

use std::path::Path;

use serde_json::Value;

/// The operations and kinds: `pingxx::operations_json()`.
pub fn operations_json() -> String {
    pingxx::operations_json()
}

/// The client options: `pingxx::client_options_json()`, parsed.
pub fn options() -> Result<Vec<Value>, String> {
    serde_json::from_str(&pingxx::client_options_json()).map_err(|e| format!("client_options_json: {e}"))
}

/// The error catalogue: `pingxx::error_codes_json()`, parsed.
pub fn error_codes() -> Result<Vec<Value>, String> {
    serde_json::from_str(&pingxx::error_codes_json()).map_err(|e| format!("error_codes_json: {e}"))
}

/// `tests/vectors/validation.json`.
pub fn vectors(root: &Path) -> Result<Value, String> {
    let path = root.join("tests/vectors/validation.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}
