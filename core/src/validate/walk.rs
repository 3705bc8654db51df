//! The one checker: walks a value against a [`Schema`] and records every
//! violation in a [`Checker`].
//!
//! The walk follows the schema, which is static and shallow, never the value:
//! a deeply nested value costs nothing more than its known fields, and the only
//! walks of arbitrary values (the JSON length of a list) stop at
//! [`MAX_DEPTH`] levels with a violation instead of recursing further.

use once_cell::sync::Lazy;
use serde_json::{Map, Value};

use super::checker::{as_integer, char_len, get, is_base64, is_digits, Checker, Path};
use super::schema::{Array, Field, Format, Int, Pattern, Presence, Schema, Str};
use crate::violation::Rule;

/// The deepest nesting of a value that any rule measures (lists and objects).
pub const MAX_DEPTH: usize = 64;

static EMPTY: Lazy<Value> = Lazy::new(|| Value::Object(Map::new()));

/// Checks the fields `parts` of the object `obj` at `at`; `root` is the whole
/// parameters (for channel-dependent schemas).
pub fn check_fields(c: &mut Checker, root: &Value, obj: &Value, at: &Path, parts: &[&[Field]]) {
    for part in parts {
        for field in *part {
            check_field(c, root, obj, at, field);
        }
    }
}

/// Checks one field of `obj`.
pub fn check_field(c: &mut Checker, root: &Value, obj: &Value, at: &Path, field: &Field) {
    let here = at.key(field.name);
    match get(obj, field.name) {
        Some(v) => check_value(c, root, v, &here, &field.schema),
        None => match field.presence {
            Presence::Required => c.fail(&here, Rule::Required, "is required"),
            Presence::Optional => {}
            Presence::Group => check_value(c, root, &EMPTY, &here, &field.schema),
        },
    }
}

/// Checks a present value against `schema`.
pub fn check_value(c: &mut Checker, root: &Value, v: &Value, at: &Path, schema: &Schema) {
    match schema {
        Schema::String(s) => match v {
            Value::String(text) => check_str(c, text, at, s),
            _ => c.fail(at, Rule::Type, "must be a string"),
        },
        Schema::Integer(i) => check_int(c, v, at, i),
        Schema::Boolean => {
            if !v.is_boolean() {
                c.fail(at, Rule::Type, "must be a boolean");
            }
        }
        Schema::Enum(values) => match v {
            Value::String(s) => {
                c.one_of(s, at, values);
            }
            _ => c.fail(at, Rule::Type, "must be a string"),
        },
        Schema::Object(parts) => {
            if v.is_object() {
                check_fields(c, root, v, at, parts);
            } else {
                c.fail(at, Rule::Type, "must be an object");
            }
        }
        Schema::Array(a) => check_array(c, root, v, at, a),
        Schema::Metadata => check_metadata(c, v, at),
        Schema::ByChannel(b) => {
            let channel = get(root, b.field).and_then(Value::as_str).unwrap_or("");
            if let Some(s) = b.select(channel) {
                check_value(c, root, v, at, s);
            }
        }
        Schema::AnyOf(any) => match any.variants.iter().find(|s| accepts_type(s, v)) {
            Some(s) => check_value(c, root, v, at, s),
            None => c.fail(at, Rule::Type, format_args!("must be {}", any.expected)),
        },
        Schema::Any => {}
    }
}

/// True when `v` has the JSON type `schema` describes.
fn accepts_type(schema: &Schema, v: &Value) -> bool {
    match schema {
        Schema::String(_) | Schema::Enum(_) => v.is_string(),
        Schema::Integer(_) => v.is_number(),
        Schema::Boolean => v.is_boolean(),
        Schema::Object(_) | Schema::Metadata => v.is_object(),
        Schema::Array(_) => v.is_array(),
        Schema::ByChannel(_) | Schema::AnyOf(_) | Schema::Any => true,
    }
}

fn check_str(c: &mut Checker, s: &str, at: &Path, rule: &Str) {
    c.length(s, at, rule.min_chars, rule.max_chars);
    if rule.max_bytes != usize::MAX {
        c.max_bytes(s, at, rule.max_bytes);
    }
    if let Some(p) = rule.pattern {
        if !s.is_empty() && !pattern_matches(p, s) {
            let what = match p {
                Pattern::Alphanumeric => "must contain only letters and digits",
                Pattern::AlphanumericUnderscore => "must contain only letters, digits and _",
                Pattern::Digits => "must contain only digits",
                Pattern::Base64 => "must be standard base64",
                Pattern::NotZero => "must not be \"0\"",
            };
            c.fail(at, Rule::Pattern, what);
        }
    }
    match rule.format {
        Some(Format::Url) => c.url(s, at),
        Some(Format::Ip) => c.ip(s, at),
        None => {}
    }
}

/// True when the non-empty `s` has the pattern.
pub fn pattern_matches(p: Pattern, s: &str) -> bool {
    match p {
        Pattern::Alphanumeric => s.bytes().all(|b| b.is_ascii_alphanumeric()),
        Pattern::AlphanumericUnderscore => s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
        Pattern::Digits => is_digits(s),
        Pattern::Base64 => is_base64(s),
        Pattern::NotZero => s != "0",
    }
}

fn check_int(c: &mut Checker, v: &Value, at: &Path, rule: &Int) {
    if let (true, Value::String(s)) = (rule.digit_string, v) {
        if !is_digits(s) {
            c.fail(at, Rule::Pattern, "must be an integer or a string of digits");
        }
        return;
    }
    let Some(n) = as_integer(v) else {
        c.fail(at, Rule::Type, "must be an integer");
        return;
    };
    c.range(n, at, rule.min.map(i128::from), rule.max.map(i128::from));
    if !rule.values.is_empty() && !rule.values.iter().any(|&x| i128::from(x) == n) {
        let list: Vec<String> = rule.values.iter().map(i64::to_string).collect();
        c.fail(at, Rule::OneOf, format_args!("must be one of {}", list.join(", ")));
    }
    if let Some(w) = rule.window {
        c.time_window(n, at, w.min, w.max, w.tolerance);
    }
}

fn check_array(c: &mut Checker, root: &Value, v: &Value, at: &Path, a: &Array) {
    let Value::Array(items) = v else {
        c.fail(at, Rule::Type, "must be a list");
        return;
    };
    if items.len() < a.min_items {
        let unit = if a.min_items == 1 { "item" } else { "items" };
        c.fail(
            at,
            Rule::MinLength,
            format_args!("at least {} {unit}, got {}", a.min_items, items.len()),
        );
    }
    for (i, item) in items.iter().enumerate() {
        check_value(c, root, item, &at.index(i), &a.items);
    }
    if let Some(max) = a.max_json_chars {
        match json_chars(v, MAX_DEPTH) {
            Some(n) if n <= max => {}
            Some(n) => c.fail(
                at,
                Rule::MaxLength,
                format_args!("at most {max} characters when serialized as JSON, got {n}"),
            ),
            None => c.fail(
                at,
                Rule::Type,
                format_args!("must not nest deeper than {MAX_DEPTH} levels"),
            ),
        }
    }
}

/// `metadata`: an object of at most 10 keys, values strings, numbers,
/// booleans or null, keys and string values at most 1000 characters in total.
fn check_metadata(c: &mut Checker, v: &Value, at: &Path) {
    const MAX_KEYS: usize = 10;
    const MAX_CHARS: usize = 1000;
    let Value::Object(map) = v else {
        c.fail(at, Rule::Type, "must be an object");
        return;
    };
    if map.len() > MAX_KEYS {
        c.fail(
            at,
            Rule::MaxKeys,
            format_args!("at most {MAX_KEYS} keys, got {}", map.len()),
        );
    }
    let mut total = 0;
    for (k, value) in map {
        total += char_len(k);
        match value {
            Value::String(s) => total += char_len(s),
            Value::Object(_) | Value::Array(_) => c.fail(
                &at.key(k),
                Rule::Type,
                "must be a string, number or boolean (metadata values are not nested)",
            ),
            _ => {}
        }
    }
    if total > MAX_CHARS {
        c.fail(
            at,
            Rule::MaxKeys,
            format_args!("keys and string values at most {MAX_CHARS} characters in total, got {total}"),
        );
    }
}

/// True when `v` nests objects and lists more than `depth` levels deep (the
/// walk itself stops at that depth).
pub fn nests_deeper(v: &Value, depth: usize) -> bool {
    match v {
        Value::Array(items) => match depth.checked_sub(1) {
            None => true,
            Some(d) => items.iter().any(|i| nests_deeper(i, d)),
        },
        Value::Object(map) => match depth.checked_sub(1) {
            None => true,
            Some(d) => map.values().any(|i| nests_deeper(i, d)),
        },
        _ => false,
    }
}

/// Characters of `v` written as compact JSON; `None` when it nests deeper than `depth`.
pub fn json_chars(v: &Value, depth: usize) -> Option<usize> {
    fn string_chars(s: &str) -> usize {
        // Quotes, and escapes as serde_json writes them.
        2 + s
            .chars()
            .map(|ch| match ch {
                '"' | '\\' | '\n' | '\r' | '\t' | '\u{8}' | '\u{c}' => 2,
                c if (c as u32) < 0x20 => 6,
                _ => 1,
            })
            .sum::<usize>()
    }
    Some(match v {
        Value::Null => 4,
        Value::Bool(b) => {
            if *b {
                4
            } else {
                5
            }
        }
        Value::Number(n) => n.to_string().len(),
        Value::String(s) => string_chars(s),
        Value::Array(items) => {
            let depth = depth.checked_sub(1)?;
            let mut n = 2 + items.len().saturating_sub(1);
            for item in items {
                n += json_chars(item, depth)?;
            }
            n
        }
        Value::Object(map) => {
            let depth = depth.checked_sub(1)?;
            let mut n = 2 + map.len().saturating_sub(1);
            for (k, item) in map {
                n += string_chars(k) + 1 + json_chars(item, depth)?;
            }
            n
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_chars_matches_serde_json() {
        for v in [
            json!([{"goods_name": "苹果\"手机\n", "price": 528800, "ok": true, "n": null, "f": 1.5}]),
            json!([]),
            json!({"a": [1, 2, {"b": "\u{1}"}], "c": false}),
        ] {
            let s = serde_json::to_string(&v).unwrap();
            assert_eq!(json_chars(&v, MAX_DEPTH), Some(s.chars().count()), "{s}");
        }
    }

    #[test]
    fn nesting_depth_is_measured_up_to_the_limit() {
        assert!(!nests_deeper(&json!({"a": [1, {"b": 2}]}), 3));
        assert!(nests_deeper(&json!({"a": [1, {"b": {}}]}), 3));
        assert!(!nests_deeper(&json!("x"), 0));
    }

    #[test]
    fn json_chars_stops_at_the_depth_limit() {
        let mut v = json!(1);
        for _ in 0..100_000 {
            v = Value::Array(vec![v]);
        }
        assert_eq!(json_chars(&v, MAX_DEPTH), None);
        // Drop iteratively: a recursive drop of 100 000 levels could overflow the stack.
        let mut cur = v;
        while let Value::Array(mut items) = cur {
            cur = items.pop().unwrap_or(Value::Null);
        }
    }
}
