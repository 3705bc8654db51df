//! Schema nodes of `operations_json()` (docs/operations-json.md) as JSON
//! Schema 2020-12, the dialect of OpenAPI 3.1.
//!
//! Every rule of the one checker (`validate/walk.rs`) that JSON Schema can
//! state is stated: lengths in Unicode scalar values (`minLength`), ranges,
//! allowed values, the patterns as regular expressions, formats, list sizes,
//! the metadata key limit. What it cannot state (a length in UTF-8 bytes, a
//! list's length as JSON text, a time window relative to now, the metadata's
//! 1000-character total) is kept as an `x-pingxx-*` keyword and said in the
//! `description`. A `null` field is read as absent by the checker, so optional
//! fields also accept `null`.

use serde_json::{json, Map, Value};

/// Characters that are never part of a URL the checker accepts: Unicode
/// white space and control characters.
const NO_SPACE: &str = r"\s\x00-\x1f\x7f-\x9f";

/// `alphanumeric`, `digits`, ... (checked on non-empty strings) as a regular expression.
pub fn pattern_regex(name: &str) -> Option<String> {
    Some(match name {
        "alphanumeric" => "^[A-Za-z0-9]*$".to_string(),
        "alphanumeric_underscore" => "^[A-Za-z0-9_]*$".to_string(),
        "digits" => "^[0-9]*$".to_string(),
        "id_start" => "^(?:[A-Za-z0-9_@-]|$)".to_string(),
        // A day of the Gregorian calendar: 29 February only in a leap year.
        "date" => concat!(
            "^(?:$|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])",
            "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))",
            "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:00|0[48]|[2468][048]|[13579][26])00)-02-29)$"
        )
        .to_string(),
        "no_ampersand" => "^[^&]*$".to_string(),
        // Standard alphabet, padded, canonical (unused trailing bits are zero).
        "base64" => "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$".to_string(),
        _ => return None,
    })
}

/// The checker's `url` format: an absolute http(s) URL with a non-empty host,
/// no white space or control characters.
pub fn url_regex() -> String {
    let c = NO_SPACE;
    let seg = format!("[^{c}/?#@]");
    format!("^[Hh][Tt][Tt][Pp][Ss]?://(?:[^{c}/?#]*@)?(?:\\[{seg}*|[^{c}/?#@:]{seg}*|:{seg}*:{seg}*)(?:[/?#][^{c}]*)?$")
}

/// Converts one node; `nullable`: `null` is accepted too (an optional field).
pub fn node(n: &Value, nullable: bool) -> Value {
    let mut s = Map::new();
    let mut notes: Vec<String> = Vec::new();
    let ty = n["type"].as_str().unwrap_or("any");
    match ty {
        "string" => string(n, &mut s, &mut notes),
        "integer" => return integer(n, nullable),
        "number" => {
            s.insert("type".into(), json!("number"));
        }
        "boolean" => {
            s.insert("type".into(), json!("boolean"));
        }
        "enum" => {
            s.insert("type".into(), json!("string"));
            let mut values = n["values"].as_array().cloned().unwrap_or_default();
            if nullable {
                values.push(Value::Null);
            }
            s.insert("enum".into(), Value::Array(values));
        }
        "object" => object(n, &mut s),
        "array" => {
            s.insert("type".into(), json!("array"));
            s.insert("items".into(), node(&n["items"], false));
            if let Some(m) = n["min_items"].as_u64() {
                s.insert("minItems".into(), json!(m));
            }
            if let Some(m) = n["max_items"].as_u64() {
                s.insert("maxItems".into(), json!(m));
            }
            if let Some(m) = n["max_json_chars"].as_u64() {
                s.insert("x-pingxx-max-json-chars".into(), json!(m));
                notes.push(format!("At most {m} characters when written as compact JSON."));
            }
        }
        "metadata" => {
            s.insert("type".into(), json!("object"));
            s.insert("maxProperties".into(), json!(10));
            s.insert(
                "additionalProperties".into(),
                json!({"type": ["string", "number", "boolean", "null"], "minimum": i64::MIN, "maximum": i64::MAX}),
            );
            s.insert("x-pingxx-max-total-chars".into(), json!(1000));
            notes.push("At most 10 keys; keys and string values at most 1000 characters in total.".into());
        }
        "any_of" => {
            let variants: Vec<Value> = n["variants"]
                .as_array()
                .map(|v| v.iter().map(|x| node(x, false)).collect())
                .unwrap_or_default();
            return finish(n, json!({"anyOf": variants}), nullable, &notes);
        }
        // `by_channel` nodes are resolved by the operation (one variant per
        // channel); on their own they accept anything.
        _ => {
            return finish(n, json!({}), false, &notes);
        }
    }
    if nullable {
        if let Some(Value::String(t)) = s.get("type").cloned() {
            s.insert("type".into(), json!([t, "null"]));
        }
    }
    finish(n, Value::Object(s), false, &notes)
}

/// Adds the description (doc line and the notes) and, when asked, `null`.
fn finish(n: &Value, mut s: Value, nullable: bool, notes: &[String]) -> Value {
    let mut text: Vec<String> = Vec::new();
    if let Some(d) = n["doc"].as_str() {
        text.push(d.to_string());
    }
    text.extend(notes.iter().cloned());
    if nullable {
        s = json!({"anyOf": [s, {"type": "null"}]});
    }
    if !text.is_empty() {
        s["description"] = json!(text.join(" "));
    }
    s
}

fn string(n: &Value, s: &mut Map<String, Value>, notes: &mut Vec<String>) {
    s.insert("type".into(), json!("string"));
    if let Some(m) = n["min_chars"].as_u64() {
        s.insert("minLength".into(), json!(m));
    }
    if let Some(m) = n["max_chars"].as_u64() {
        s.insert("maxLength".into(), json!(m));
    }
    if let Some(m) = n["max_bytes"].as_u64() {
        s.insert("x-pingxx-max-bytes".into(), json!(m));
        notes.push(format!("At most {m} bytes in UTF-8."));
    }
    match n["pattern"].as_str() {
        Some("not_zero") => {
            s.insert("not".into(), json!({"const": "0"}));
        }
        Some(p) => match pattern_regex(p) {
            Some(re) => {
                s.insert("pattern".into(), json!(re));
            }
            None => {
                s.insert("x-pingxx-pattern".into(), json!(p));
                notes.push(format!("Pattern `{p}` (docs/operations-json.md), checked by the API."));
            }
        },
        None => {}
    }
    match n["format"].as_str() {
        Some("url") => {
            s.insert("$ref".into(), json!("#/components/schemas/url"));
        }
        Some("ip") => {
            s.insert("$ref".into(), json!("#/components/schemas/ip"));
        }
        _ => {}
    }
}

fn integer(n: &Value, nullable: bool) -> Value {
    let mut s = Map::new();
    let mut notes = Vec::new();
    s.insert("type".into(), json!("integer"));
    // The API stores integers as signed 64-bit: that is the range when none is stated.
    let min = n
        .get("min")
        .filter(|v| v.is_number())
        .cloned()
        .unwrap_or(json!(i64::MIN));
    let max = n
        .get("max")
        .filter(|v| v.is_number())
        .cloned()
        .unwrap_or(json!(i64::MAX));
    s.insert("minimum".into(), min);
    s.insert("maximum".into(), max);
    if let Some(v) = n["values"].as_array() {
        s.insert("enum".into(), Value::Array(v.clone()));
    }
    if n["format"].as_str() == Some("unix_time") {
        s.insert("format".into(), json!("int64"));
        let w = &n["window"];
        s.insert("x-pingxx-time-window".into(), w.clone());
        notes.push(format!(
            "Unix seconds between now+{} s and now+{} s, {} s tolerance on each side.",
            w["min_s"], w["max_s"], w["tolerance_s"]
        ));
    }
    let mut out = Value::Object(s);
    if n["digit_string"].as_bool() == Some(true) {
        out = json!({"anyOf": [out, {"type": "string", "pattern": "^[0-9]+$"}]});
        notes.push("A string of digits is accepted too.".into());
    }
    finish(n, out, nullable, &notes)
}

fn object(n: &Value, s: &mut Map<String, Value>) {
    s.insert("type".into(), json!("object"));
    let mut props = Map::new();
    let mut required = Vec::new();
    if let Some(fields) = n["fields"].as_object() {
        for (name, f) in fields {
            let req = is_required(f);
            props.insert(name.clone(), node(f, !req));
            if req {
                required.push(json!(name));
            }
        }
    }
    if !props.is_empty() {
        s.insert("properties".into(), Value::Object(props));
    }
    if !required.is_empty() {
        s.insert("required".into(), Value::Array(required));
    }
    s.insert(
        "additionalProperties".into(),
        json!(n["additional"].as_bool().unwrap_or(true)),
    );
}

/// True when a field must be present and not `null`: `required`, or a
/// `group` (checked as `{}` when absent) whose object has a required field.
pub fn is_required(f: &Value) -> bool {
    if f["required"].as_bool() == Some(true) {
        return true;
    }
    f["group"].as_bool() == Some(true) && has_required_field(f)
}

/// True when the object node `n` has a field that makes `{}` invalid.
pub fn has_required_field(n: &Value) -> bool {
    n["fields"]
        .as_object()
        .is_some_and(|fields| fields.values().any(is_required))
}

/// The parameters' unknown fields: any value the API can store (numbers in
/// the signed 64-bit range), stated two levels deep (a schema that refers to
/// itself is beyond most generators); `additionalProperties: true` of every
/// object in `schema` becomes a reference to it.
pub fn storable_extras(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if k == "additionalProperties" && *v == Value::Bool(true) {
                    *v = json!({"$ref": "#/components/schemas/storable"});
                } else {
                    storable_extras(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(storable_extras),
        _ => {}
    }
}

/// `#/components/schemas/storable` (see [`storable_extras`]).
pub fn storable() -> Value {
    let level = json!({"minimum": i64::MIN, "maximum": i64::MAX});
    let mut top = level.clone();
    top["items"] = level.clone();
    top["additionalProperties"] = level;
    top["description"] = json!(
        "Any JSON value the API can store: a number within the signed 64-bit range (a float too), \
nesting at most 64 levels (stated here two levels deep)."
    );
    top
}

/// In a query, an integer is read from at most 18 digits (and a sign): the
/// unstated bounds of `schema` shrink to that.
pub fn query_integers(schema: &mut Value) {
    const QUERY_MAX: i64 = 999_999_999_999_999_999;
    match schema {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                match k.as_str() {
                    "minimum" if *v == json!(i64::MIN) => *v = json!(-QUERY_MAX),
                    "maximum" if *v == json!(i64::MAX) => *v = json!(QUERY_MAX),
                    _ => query_integers(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(query_integers),
        _ => {}
    }
}
