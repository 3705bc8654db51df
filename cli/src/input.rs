//! Reading the command's inputs: files or stdin, JSON parameters, keys.

use std::io::Read;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::Value;

use pingxx::ErrorCode;

use crate::error::CliError;
#[cfg(test)]
use crate::error::EXIT_INPUT;

/// Reads a file, or stdin when `path` is `-`, as raw bytes.
pub fn read_bytes(what: &str, path: &str) -> Result<Vec<u8>, CliError> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| CliError::io(what, "stdin", e))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| CliError::io(what, path, e))
    }
}

/// Reads a key file for the core's key parser: PEM (or bare base64) text is
/// returned as it is; a binary DER file (PKCS#1, PKCS#8 or SPKI) is returned
/// as the bare base64 of its bytes, a form every core key parser and the
/// `private_key` client option accept. The error names the file, never its contents.
pub fn read_key(what: &str, path: &str) -> Result<String, CliError> {
    key_text(&read_bytes(what, path)?).ok_or_else(|| {
        CliError::of(
            ErrorCode::InvalidKey,
            format!("{what} `{path}` is neither PEM text nor DER"),
        )
    })
}

/// PEM text as it is, or DER bytes (an ASN.1 SEQUENCE, first byte 0x30) as base64.
fn key_text(bytes: &[u8]) -> Option<String> {
    if bytes.first() == Some(&0x30) {
        return Some(STANDARD.encode(bytes));
    }
    String::from_utf8(bytes.to_vec()).ok()
}

/// Parses JSON parameters: an object, or empty input meaning `{}`.
pub fn parse_params(what: &str, bytes: &[u8]) -> Result<Value, CliError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| CliError::of(ErrorCode::InvalidJson, format!("{what}: not UTF-8 text")))?;
    if text.trim().is_empty() {
        return Ok(Value::Object(Default::default()));
    }
    let value: Value = serde_json::from_str(text)
        .map_err(|e| CliError::of(ErrorCode::InvalidJson, format!("{what}: invalid JSON: {e}")))?;
    if !value.is_object() {
        return Err(CliError::of(
            ErrorCode::InvalidJson,
            format!("{what}: must be a JSON object, got {}", kind(&value)),
        ));
    }
    Ok(value)
}

/// `--data` of `call`: inline JSON, `@FILE`, or `-` for stdin.
pub fn data_arg(data: Option<&str>) -> Result<Value, CliError> {
    match data {
        None => Ok(Value::Object(Default::default())),
        Some("-") => parse_params("--data (stdin)", &read_bytes("--data", "-")?),
        Some(d) if d.starts_with('@') => {
            let path = &d[1..];
            parse_params(&format!("--data file `{path}`"), &read_bytes("--data file", path)?)
        }
        Some(d) => parse_params("--data", d.as_bytes()),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_is_an_empty_object() {
        assert_eq!(parse_params("x", b"  \n").unwrap(), serde_json::json!({}));
    }

    #[test]
    fn non_objects_are_refused_with_their_kind() {
        let e = parse_params("params", b"[1,2]").unwrap_err();
        assert_eq!(e.code, "invalid_json");
        assert_eq!(e.exit, EXIT_INPUT);
        assert!(e.message.contains("an array"), "{}", e.message);
    }

    #[test]
    fn bad_json_names_the_source() {
        let e = data_arg(Some("{\"a\":")).unwrap_err();
        assert!(e.message.starts_with("--data: invalid JSON"), "{}", e.message);
    }

    #[test]
    fn der_becomes_base64_and_pem_stays_text() {
        assert_eq!(key_text(&[0x30, 0x82, 0x01]).as_deref(), Some("MIIB"));
        assert_eq!(key_text(b"-----BEGIN X-----").as_deref(), Some("-----BEGIN X-----"));
        assert_eq!(key_text(&[0xff, 0xfe]), None);
    }

    #[test]
    fn missing_file_names_the_path() {
        let e = data_arg(Some("@/nonexistent/params.json")).unwrap_err();
        assert_eq!(e.code, "io_error");
        assert!(e.message.contains("/nonexistent/params.json"), "{}", e.message);
    }
}
