//! Deterministic query encoding: keys sorted, nested maps as `a[b]=`, lists as
//! `a[]=`, booleans `true`/`false`, RFC 3986 percent-encoding. The string that
//! is sent is the string that is signed.

use serde_json::Value;

/// Encodes a JSON object as a query string (without the leading `?`).
/// Nulls are left out; an empty object gives an empty string.
pub fn encode(params: &Value) -> String {
    let mut out = String::new();
    if let Value::Object(map) = params {
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort();
        for k in keys {
            let mut name = String::new();
            encode_component(k, &mut name);
            push_pair(&mut out, name, &map[k]);
        }
    }
    out
}

fn push_pair(out: &mut String, name: String, value: &Value) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            for k in keys {
                let mut sub = name.clone();
                sub.push('[');
                encode_component(k, &mut sub);
                sub.push(']');
                push_pair(out, sub, &map[k]);
            }
        }
        Value::Array(items) => {
            for item in items {
                push_pair(out, format!("{name}[]"), item);
            }
        }
        scalar => {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(&name);
            out.push('=');
            match scalar {
                Value::String(s) => encode_component(s, out),
                Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                other => out.push_str(&other.to_string()),
            }
        }
    }
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode_component(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if is_unreserved(b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}

/// Percent-encodes one path segment: `/`, `?`, `#`, `.` runs cannot escape it.
pub fn encode_segment(s: &str, out: &mut String) {
    if s == "." || s == ".." {
        out.push_str(if s == "." { "%2E" } else { "%2E%2E" });
    } else {
        encode_component(s, out);
    }
}
