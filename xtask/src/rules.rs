//! One-line English descriptions of schema rules, shared by the stubs' comments
//! and the reference page.

use serde_json::Value;

use crate::spec::Schema;

/// The type word of a node (`string`, `list of object`, ...).
pub fn type_word(s: &Schema) -> String {
    match s.ty.as_str() {
        "array" => match &s.items {
            Some(items) => format!("list of {}", type_word(items)),
            None => "list".into(),
        },
        "by_channel" => {
            let mut words: Vec<String> = s.channel_cases().iter().map(type_word).collect();
            words.dedup();
            match words.as_slice() {
                [one] => format!("{one} (by channel)"),
                _ => "by channel".into(),
            }
        }
        "object" if s.additional == Some(false) => "object (no other keys)".into(),
        "any_of" => match s.other.get("variants").and_then(Value::as_array) {
            Some(vs) => vs
                .iter()
                .filter_map(|v| serde_json::from_value::<Schema>(v.clone()).ok())
                .map(|v| type_word(&v))
                .collect::<Vec<_>>()
                .join(" or "),
            None => "any".into(),
        },
        other => other.to_string(),
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The constraints of a node, e.g. `1 to 64 chars; pattern alphanumeric`.
pub fn constraints(s: &Schema) -> String {
    let mut parts: Vec<String> = Vec::new();
    let o = &s.other;
    let range = |lo: &str, hi: &str, unit: &str| -> Option<String> {
        match (o.get(lo), o.get(hi)) {
            (Some(a), Some(b)) if a == b => Some(format!("exactly {} {unit}", text(a))),
            (Some(a), Some(b)) => Some(format!("{} to {} {unit}", text(a), text(b))),
            (Some(a), None) => Some(format!("at least {} {unit}", text(a))),
            (None, Some(b)) => Some(format!("at most {} {unit}", text(b))),
            (None, None) => None,
        }
    };
    parts.extend(range("min_chars", "max_chars", "chars"));
    let windowed = o.contains_key("window");
    parts.extend(range("min_bytes", "max_bytes", "bytes"));
    parts.extend(range("min_items", "max_items", "items"));
    if let Some(r) = range("min", "max", "") {
        parts.push(r.trim_end().replacen(" to ", "..", 1));
    }
    if !s.values.is_empty() {
        let vals: Vec<String> = s.values.iter().map(|v| format!("`{}`", text(v))).collect();
        parts.push(format!("one of {}", vals.join(", ")));
    }
    if let Some(n) = o.get("max_json_chars") {
        parts.push(format!("at most {} chars written as JSON", text(n)));
    }
    if o.get("digit_string") == Some(&Value::Bool(true)) {
        parts.push("or a string of digits".into());
    }
    if let Some(w) = o.get("window") {
        let f = |k: &str| w.get(k).and_then(Value::as_i64).unwrap_or(0);
        parts.push(format!(
            "unix time from now{:+} s to now{:+} s (±{} s)",
            f("min_s"),
            f("max_s"),
            f("tolerance_s")
        ));
    }
    // Shown elsewhere (type word, cases, variants) or not a rule.
    let known = [
        "min_chars",
        "max_chars",
        "min_bytes",
        "max_bytes",
        "min_items",
        "max_items",
        "min",
        "max",
        "max_json_chars",
        "digit_string",
        "window",
        "group",
        "default",
        "variants",
        "kind",
    ];
    for (k, v) in o {
        if known.contains(&k.as_str()) {
            continue;
        }
        if k == "format" && windowed {
            continue;
        }
        match v {
            Value::Bool(true) => parts.push(k.replace('_', " ")),
            Value::Bool(false) | Value::Null => {}
            _ => parts.push(format!("{} {}", k.replace('_', " "), text(v))),
        }
    }
    if s.ty == "by_channel" {
        let field = s.channel_field.as_deref().unwrap_or("channel");
        if let Some(cases) = &s.cases {
            let objects = cases.values().all(|c| c.ty == "object");
            if objects {
                let names: Vec<&str> = cases.keys().map(String::as_str).collect();
                parts.push(format!("fields depend on `{field}` ({})", names.join(", ")));
            } else {
                for (name, case) in cases {
                    let c = constraints(case);
                    parts.push(format!("`{field}` {name}: {}", if c.is_empty() { "any" } else { &c }));
                }
                if let Some(d) = s.other.get("default").filter(|d| !d.is_null()) {
                    if let Ok(d) = serde_json::from_value::<Schema>(d.clone()) {
                        let c = constraints(&d);
                        parts.push(format!("other channels: {}", if c.is_empty() { "any" } else { &c }));
                    }
                }
            }
        }
    }
    if s.ty == "metadata" {
        parts.push("merchant key/value pairs".into());
    }
    parts.join("; ")
}

/// Type, constraints and doc in one line, for a stub comment.
pub fn one_line(s: &Schema) -> String {
    let mut out = type_word(s);
    let c = constraints(s);
    if !c.is_empty() {
        out = format!("{out}; {c}");
    }
    if let Some(doc) = &s.doc {
        out = format!("{}. {out}", doc.trim_end_matches('.'));
    }
    out.replace('\n', " ")
}
