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

/// Decodes `%XX` escapes (and `+` as a space when `plus_is_space`); `None` when an
/// escape is malformed or the bytes are not UTF-8.
pub fn percent_decode(s: &str, plus_is_space: bool) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The deepest nesting of a query key (`a[b][c]` is 2): deeper keys are an
/// error, so that a hostile URL cannot make [`decode`] (or what reads its
/// result) recurse without bound.
pub const MAX_KEY_DEPTH: usize = 32;

/// Decodes a query string (without the leading `?`) the way the official SDKs
/// write them, into a JSON object whose leaves are strings.
///
/// Brackets may be raw or percent-encoded: `app[id]=x` and `app%5Bid%5D=x` both
/// give `{"app": {"id": "x"}}`; `created[gt]=1` nests the same way. `+` and
/// `%20` are spaces. `a[]=1&a[]=2` and a repeated plain key `a=1&a=2` both give a
/// list. A pair whose escapes are malformed, or whose key nests deeper than
/// [`MAX_KEY_DEPTH`] brackets, or whose brackets do not balance (`a[b`), is an
/// error naming the pair.
pub fn decode(query: &str) -> Result<Value, String> {
    let mut root = serde_json::Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key, true).ok_or_else(|| format!("query key `{raw_key}` is not well encoded"))?;
        let value =
            percent_decode(raw_value, true).ok_or_else(|| format!("query value of `{key}` is not well encoded"))?;
        let (head, path) = split_key(&key);
        if path.is_empty() && (head.contains('[') || head.contains(']')) {
            let start: String = key.chars().take(24).collect();
            return Err(format!("query key `{start}` has unbalanced brackets"));
        }
        if path.len() > MAX_KEY_DEPTH {
            let start: String = key.chars().take(24).collect();
            return Err(format!(
                "query key `{start}...` nests {} levels deep, at most {MAX_KEY_DEPTH}",
                path.len()
            ));
        }
        if head.is_empty() {
            return Err(format!("query key `{key}` has no name"));
        }
        insert(&mut root, head, &path, value);
    }
    let root = Value::Object(root);
    // Repeated keys turn a value into a list, one level deeper: what decodes must
    // also encode within the limit (the emulator reads back what an SDK sends).
    let depth = encoded_depth(&root);
    if depth > MAX_KEY_DEPTH + 1 {
        return Err(format!(
            "query keys repeat so that a value nests {} levels deep, at most {MAX_KEY_DEPTH}",
            depth - 1
        ));
    }
    Ok(root)
}

/// The brackets `encode` writes for the deepest leaf of `v`, plus one for the
/// top-level key. Bounded recursion: `decode` builds at most `MAX_KEY_DEPTH + 2` levels.
fn encoded_depth(v: &Value) -> usize {
    match v {
        Value::Object(m) => 1 + m.values().map(encoded_depth).max().unwrap_or(0),
        Value::Array(items) => 1 + items.iter().map(encoded_depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// `a[b][]` → (`a`, [`b`, ``]). A key with unbalanced brackets is taken whole
/// (and refused by [`decode`]: it could not be written back the same way).
fn split_key(key: &str) -> (String, Vec<String>) {
    let Some(open) = key.find('[') else {
        return (key.to_string(), Vec::new());
    };
    let mut rest = &key[open..];
    let mut path = Vec::new();
    while let Some(r) = rest.strip_prefix('[') {
        match r.find(']') {
            Some(close) => {
                path.push(r[..close].to_string());
                rest = &r[close + 1..];
            }
            None => return (key.to_string(), Vec::new()),
        }
    }
    if !rest.is_empty() {
        return (key.to_string(), Vec::new());
    }
    (key[..open].to_string(), path)
}

fn insert(map: &mut serde_json::Map<String, Value>, head: String, path: &[String], value: String) {
    match path.split_first() {
        None => match map.get_mut(&head) {
            Some(Value::Array(items)) => items.push(Value::String(value)),
            Some(existing) => {
                let first = existing.take();
                *existing = Value::Array(vec![first, Value::String(value)]);
            }
            None => {
                map.insert(head, Value::String(value));
            }
        },
        Some((next, rest)) if next.is_empty() => {
            let slot = map.entry(head).or_insert_with(|| Value::Array(Vec::new()));
            if !slot.is_array() {
                let first = slot.take();
                *slot = Value::Array(vec![first]);
            }
            let items = slot.as_array_mut().expect("made an array above");
            if rest.is_empty() {
                items.push(Value::String(value));
            } else {
                let mut obj = serde_json::Map::new();
                insert(&mut obj, rest[0].clone(), &rest[1..], value);
                items.push(Value::Object(obj));
            }
        }
        Some((next, rest)) => {
            let slot = map.entry(head).or_insert_with(|| Value::Object(serde_json::Map::new()));
            if !slot.is_object() {
                *slot = Value::Object(serde_json::Map::new());
            }
            let obj = slot.as_object_mut().expect("made an object above");
            insert(obj, next.clone(), rest, value);
        }
    }
}

#[cfg(test)]
mod decode_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_repeated_at_the_deepest_level_are_an_error_so_encode_decodes() {
        let deep = format!("a{}", "[x]".repeat(MAX_KEY_DEPTH));
        let shallower = format!("a{}", "[x]".repeat(MAX_KEY_DEPTH - 1));
        let once = decode(&format!("{deep}=1")).unwrap();
        assert_eq!(decode(&encode(&once)).unwrap(), once);
        for q in [format!("{deep}=1&{deep}=2"), format!("{deep}=1&{shallower}=2")] {
            let err = decode(&q).unwrap_err();
            assert!(err.contains("nests 33 levels deep"), "{err}");
        }
        let twice = decode(&format!("{shallower}=1&{shallower}=2")).unwrap();
        assert_eq!(decode(&encode(&twice)).unwrap(), twice);
    }

    #[test]
    fn raw_and_encoded_brackets_nest() {
        assert_eq!(
            decode("app[id]=app_1&limit=3").unwrap(),
            json!({"app": {"id": "app_1"}, "limit": "3"})
        );
        assert_eq!(
            decode("app%5Bid%5D=app_1&created%5Bgt%5D=10&created[lte]=20").unwrap(),
            json!({"app": {"id": "app_1"}, "created": {"gt": "10", "lte": "20"}})
        );
    }

    #[test]
    fn spaces_and_utf8() {
        assert_eq!(
            decode("q=a+b%20c&n=%E4%B8%AD").unwrap(),
            json!({"q": "a b c", "n": "中"})
        );
        assert_eq!(decode("plus=%2B").unwrap(), json!({"plus": "+"}));
    }

    #[test]
    fn lists_from_brackets_or_repeats() {
        assert_eq!(decode("a[]=1&a[]=2").unwrap(), json!({"a": ["1", "2"]}));
        assert_eq!(decode("a%5B%5D=1").unwrap(), json!({"a": ["1"]}));
        assert_eq!(decode("a=1&a=2&a=3").unwrap(), json!({"a": ["1", "2", "3"]}));
    }

    #[test]
    fn empty_and_valueless_pairs() {
        assert_eq!(decode("").unwrap(), json!({}));
        assert_eq!(decode("a&&b=").unwrap(), json!({"a": "", "b": ""}));
    }

    #[test]
    fn malformed_escapes_are_errors_naming_the_pair() {
        let e = decode("x=%G1").unwrap_err();
        assert!(e.contains("`x`"), "{e}");
        assert!(decode("%FF=1").is_err());
        assert!(decode("[a]=1").is_err());
    }

    #[test]
    fn unbalanced_brackets_are_errors_so_decode_encode_is_stable() {
        assert!(decode("params[support_x&params[support_x&app_id=1").is_err());
        assert!(decode("a]b=1").is_err());
        assert!(decode("a[b[c]]=1").is_err());
        for q in ["a[b%5Bc]=1", "app%5Bid%5D=x&l[]=1&l[]=2", "x=%5B"] {
            let once = encode(&decode(q).unwrap());
            assert_eq!(encode(&decode(&once).unwrap()), once, "{q}");
        }
    }

    #[test]
    fn deep_keys_are_errors_not_stack_overflows() {
        let deep = format!("app{}=1", "[x]".repeat(5000));
        let e = decode(&deep).unwrap_err();
        assert!(e.contains("at most 32"), "{e}");
        assert!(e.len() < 120, "the message does not echo the whole key: {e}");
        let ok = format!("app{}=1", "[x]".repeat(MAX_KEY_DEPTH));
        assert!(decode(&ok).is_ok());
        let encoded = format!("app{}=1", "%5Bx%5D".repeat(MAX_KEY_DEPTH + 1));
        assert!(decode(&encoded).is_err());
    }

    #[test]
    fn round_trips_encode() {
        let v = json!({"app": {"id": "app 1"}, "created": {"gt": 5}, "tags": ["a", "b"], "paid": true});
        let back = decode(&encode(&v)).unwrap();
        assert_eq!(
            back,
            json!({"app": {"id": "app 1"}, "created": {"gt": "5"}, "tags": ["a", "b"], "paid": "true"})
        );
    }
}
