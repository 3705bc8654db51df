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
            let channel = b
                .field
                .split('.')
                .try_fold(root, |v, key| get(v, key))
                .and_then(Value::as_str)
                .unwrap_or("");
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
                Pattern::IdStart => "must start with a letter, a digit, _, - or @",
                Pattern::Date => "must be a calendar date YYYY-MM-DD",
                Pattern::NoAmpersand => "must not contain &",
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
        Pattern::IdStart => s
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'@')),
        Pattern::Date => is_date(s),
        Pattern::NoAmpersand => !s.contains('&'),
    }
}

/// `YYYY-MM-DD` naming a day of the Gregorian calendar (years 0000–9999).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r.clone()].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
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
    if items.len() > a.max_items {
        c.fail(
            at,
            Rule::MaxLength,
            format_args!("at most {} items, got {}", a.max_items, items.len()),
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
    use crate::validate::schema::{int_min, opt, req, text, Str, INTEGER, NON_EMPTY, STRING};
    use serde_json::json;

    /// (field, rule, message) of every violation of `p` against `fields`.
    fn run(fields: &[&[Field]], p: &Value) -> Vec<(String, &'static str, String)> {
        let mut c = Checker::new(1_000_000);
        check_fields(&mut c, p, p, &Path::Root, fields);
        c.errors()
            .iter()
            .map(|e| (e.field.clone(), e.rule.as_str(), e.message.clone()))
            .collect()
    }

    #[test]
    fn length_counts_unicode_scalars_and_names_the_limit() {
        let p = json!({"subject": "a".repeat(40), "cjk": "支".repeat(32), "empty": ""});
        let errs = run(
            &[&[
                req("subject", text(1, 32)),
                req("cjk", text(1, 32)),
                opt("empty", text(1, 32)),
            ]],
            &p,
        );
        assert_eq!(
            errs,
            vec![
                (
                    "subject".into(),
                    "max_length",
                    "subject: at most 32 characters, got 40".into()
                ),
                ("empty".into(), "min_length", "empty: must not be empty".into()),
            ]
        );
    }

    #[test]
    fn exact_lengths_report_the_side() {
        let p = json!({"a": "1234567", "b": "123456789", "c": "12345678"});
        let errs = run(
            &[&[req("a", text(8, 8)), req("b", text(8, 8)), req("c", text(8, 8))]],
            &p,
        );
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].1, "min_length");
        assert_eq!(errs[0].2, "a: exactly 8 characters, got 7");
        assert_eq!(errs[1].1, "max_length");
    }

    #[test]
    fn max_bytes_counts_utf8() {
        let p = json!({"subject": "支".repeat(11)});
        let errs = run(
            &[&[req("subject", Schema::String(Str::chars(1, 32).max_bytes(32)))]],
            &p,
        );
        assert_eq!(errs[0].2, "subject: at most 32 bytes in UTF-8, got 33");
    }

    #[test]
    fn integers_reject_strings_and_floats() {
        let p = json!({"a": "100", "b": 1.5, "c": 0, "d": 1, "e": u64::MAX, "f": 100.0});
        let fields: &[Field] = &[
            req("a", int_min(1)),
            req("b", int_min(1)),
            req("c", int_min(1)),
            req("d", int_min(1)),
            req("e", int_min(1)),
            req("f", int_min(1)),
        ];
        let errs = run(&[fields], &p);
        let got: Vec<_> = errs.iter().map(|e| (e.0.as_str(), e.1)).collect();
        assert_eq!(got, vec![("a", "type"), ("b", "type"), ("c", "range"), ("f", "type")]);
        assert_eq!(errs[2].2, "c: must be at least 1, got 0");
    }

    #[test]
    fn required_treats_null_as_absent() {
        let p = json!({"a": null});
        let errs = run(&[&[req("a", STRING), opt("b", STRING)]], &p);
        assert_eq!(errs, vec![("a".into(), "required", "a: is required".into())]);
    }

    #[test]
    fn groups_report_their_required_leaves_when_absent() {
        const EXTRA: Schema = Schema::Object(&[&[req("success_url", NON_EMPTY), opt("x", INTEGER)]]);
        let fields: &[Field] = &[crate::validate::schema::group("extra", EXTRA)];
        let errs = run(&[fields], &json!({}));
        assert_eq!(
            errs,
            vec![(
                "extra.success_url".into(),
                "required",
                "extra.success_url: is required".into()
            )]
        );
        assert_eq!(run(&[fields], &json!({"extra": 1}))[0].1, "type");
    }

    #[test]
    fn one_of_names_the_allowed_values() {
        let p = json!({"currency": "usd", "status": "paid", "n": 1});
        let errs = run(
            &[&[
                req("currency", Schema::Enum(&["cny"])),
                req("status", Schema::Enum(&["pending", "canceled"])),
                req("n", Schema::Enum(&["1"])),
            ]],
            &p,
        );
        let messages: Vec<&str> = errs.iter().map(|e| e.2.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "currency: must be cny",
                "status: must be one of pending, canceled",
                "n: must be a string"
            ]
        );
    }

    #[test]
    fn messages_do_not_echo_string_values() {
        let p = json!({"key": "SECRETSECRETSECRETSECRETSECRET!", "mode": "SECRETMODE"});
        let errs = run(
            &[&[
                req("key", Schema::String(Str::chars(32, 32).pattern(Pattern::Alphanumeric))),
                req("mode", Schema::Enum(&["a", "b"])),
            ]],
            &p,
        );
        assert_eq!(errs.len(), 3);
        for e in errs {
            assert!(!e.2.contains("SECRET"), "{}", e.2);
        }
    }

    #[test]
    fn metadata_limits_keys_text_and_nesting() {
        let fields: &[Field] = &[opt("metadata", Schema::Metadata)];
        let eleven: Map<String, Value> = (0..11).map(|i| (format!("k{i}"), json!(i))).collect();
        let errs = run(&[fields], &json!({"metadata": eleven}));
        assert_eq!(
            errs,
            vec![(
                "metadata".into(),
                "max_keys",
                "metadata: at most 10 keys, got 11".into()
            )]
        );
        let p = json!({"metadata": {"k": "v".repeat(998), "n": 123_456_789}});
        assert!(run(&[fields], &p).is_empty(), "1000 characters, numbers not counted");
        let p = json!({"metadata": {"kk": "支".repeat(999)}});
        assert_eq!(run(&[fields], &p)[0].1, "max_keys");
        assert_eq!(run(&[fields], &json!({"metadata": ["a"]}))[0].1, "type");
        let errs = run(&[fields], &json!({"metadata": {"a": {"b": "c"}, "l": [1]}}));
        let got: Vec<_> = errs.iter().map(|e| (e.0.as_str(), e.1)).collect();
        assert_eq!(got, vec![("metadata.a", "type"), ("metadata.l", "type")]);
    }

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

    #[test]
    fn dates_are_days_of_the_calendar() {
        for ok in [
            "2019-01-01",
            "2028-12-31",
            "9999-12-31",
            "2024-02-29",
            "2000-02-29",
            "0000-02-29",
            "0001-01-31",
        ] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2019-04-31",
            "2019-13-01",
            "2019-00-10",
            "2019-01-00",
            "2019-1-01",
            "20190101",
            "2019/01/01",
            "2019-01-01 ",
            "２０１９-01-01",
            "",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
