//! `docs/operations.md`: per resource every operation, its path, every
//! parameter with its rule and a valid example from the validation vectors;
//! the client options and the error codes.

use serde_json::Value;

use crate::names::resources;
use crate::rules::{constraints, type_word};
use crate::spec::{Op, Pagination, Schema, Spec};

/// The generated file, relative to the workspace root.
pub const PATH: &str = "docs/operations.md";

/// Inputs of the page besides the operations.
pub struct Extra<'a> {
    /// `pingxx::client_options_json()`, parsed.
    pub options: &'a [Value],
    /// `pingxx::error_codes_json()`, parsed.
    pub codes: &'a [Value],
    /// `tests/vectors/validation.json`, parsed.
    pub vectors: &'a Value,
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// One row per parameter, nested fields and channel cases flattened.
fn rows(prefix: &str, fields: &[(String, Schema)], required: &dyn Fn(&str, &Schema) -> bool, out: &mut Vec<String>) {
    for (name, schema) in fields {
        let path = if prefix.is_empty() {
            format!("`{name}`")
        } else {
            format!("`{prefix}{name}`")
        };
        let req = if required(name, schema) { "yes" } else { "" };
        let mut rule = constraints(schema);
        if let Some(doc) = &schema.doc {
            let doc = doc.trim_end_matches('.');
            rule = if rule.is_empty() {
                format!("{doc}.")
            } else {
                format!("{doc}. {rule}")
            };
        }
        out.push(format!(
            "| {path} | {} | {req} | {} |",
            cell(&type_word(schema)),
            cell(&rule)
        ));
        let inner = format!("{prefix}{name}");
        nested(&inner, schema, out);
    }
}

fn nested(path: &str, schema: &Schema, out: &mut Vec<String>) {
    let fields: Vec<(String, Schema)> = schema.fields().map(|(k, v)| (k.clone(), v.clone())).collect();
    if !fields.is_empty() {
        rows(&format!("{path}."), &fields, &|_, f| f.required, out);
    }
    if let Some(items) = &schema.items {
        nested(&format!("{path}[]"), items, out);
    }
    if let Some(cases) = &schema.cases {
        let field = schema.channel_field.as_deref().unwrap_or("channel");
        for (channel, case) in cases {
            let fields: Vec<(String, Schema)> = case.fields().map(|(k, v)| (k.clone(), v.clone())).collect();
            let mut sub = Vec::new();
            rows(&format!("{path}."), &fields, &|_, f| f.required, &mut sub);
            for row in sub {
                out.push(row.replacen(" |", &format!(" ({field} `{channel}`) |"), 1));
            }
        }
    }
}

fn example(op: &Op, vectors: &Value) -> Option<String> {
    let cases = vectors.get("cases")?.as_array()?;
    let case = cases.iter().find(|c| {
        c.get("operation").and_then(Value::as_str) == Some(op.name.as_str())
            && c.get("valid").and_then(Value::as_bool) == Some(true)
    })?;
    let params = serde_json::to_string_pretty(case.get("params")?).ok()?;
    let name = case.get("name").and_then(Value::as_str).unwrap_or("");
    Some(format!(
        "Valid example (vector \"{name}\"):\n\n```json\n{params}\n```\n"
    ))
}

fn operation(op: &Op, x: &Extra<'_>) -> String {
    let mut s = format!("### `{}`\n\n`{} {}`", op.name, op.method, op.path);
    if let Some(summary) = &op.summary {
        s.push_str(&format!(": {summary}"));
    }
    let kind = &op.returns.kind;
    s.push_str(&if op.returns.list {
        format!("\n\nReturns a list of `{kind}`")
    } else {
        format!("\n\nReturns `{kind}`")
    });
    match &op.pagination {
        Some(Pagination::Page { max_per_page }) => s.push_str(&format!(
            ", page by page (`page`, `per_page`{}).",
            max_per_page.map(|m| format!(" up to {m}")).unwrap_or_default()
        )),
        Some(Pagination::Cursor { max_limit }) => s.push_str(&format!(
            ", by cursor (`limit`{}, `starting_after`, `ending_before`).",
            max_limit.map(|m| format!(" up to {m}")).unwrap_or_default()
        )),
        None => s.push('.'),
    }
    let mut notes = Vec::new();
    let args = op.arg_params();
    if !op.path_params.is_empty() {
        let list: Vec<String> = op.path_params.iter().map(|p| format!("`{p}`")).collect();
        let app = if op.path_params.iter().any(|p| p == "app_id") {
            " (`app_id` defaults to the client's app id)"
        } else {
            ""
        };
        notes.push(format!("Path parameters: {}{app}.", list.join(", ")));
    }
    let _ = args;
    match op.app_param.as_str() {
        "object" => notes.push("`app` defaults to `{\"id\": <client app id>}`.".into()),
        "text" => notes.push("`app` defaults to the client's app id.".into()),
        _ => {}
    }
    for (k, v) in &op.defaults {
        notes.push(format!("`{k}` defaults to `{}`.", text(v)));
    }
    match &op.unique_param {
        Some(u) => notes.push(format!(
            "Retried after a network failure only when `{u}` is given (the API refuses a repeated `{u}`)."
        )),
        None if op.method == "POST" || op.method == "PUT" => {
            notes.push("Never retried once the request may have reached the API.".into())
        }
        None => {}
    }
    if !op.hooks.is_empty() {
        let hooks: Vec<String> = op.hooks.iter().map(|h| format!("`{h}`")).collect();
        notes.push(format!("Cross-field rules: {} (docs/validation.md).", hooks.join(", ")));
    }
    for n in notes {
        s.push_str(&format!("\n- {n}"));
    }
    s.push_str("\n\n");
    let fields = op.body_fields();
    if fields.is_empty() {
        s.push_str("No parameters.\n\n");
    } else {
        let mut out = vec![
            "| parameter | type | required | rule |".to_string(),
            "|---|---|---|---|".to_string(),
        ];
        rows("", &fields, &|n, f| op.caller_must_give(n, f), &mut out);
        s.push_str(&out.join("\n"));
        s.push_str("\n\n");
    }
    match example(op, x.vectors) {
        Some(ex) => s.push_str(&ex),
        None => s.push_str("No valid case of this operation in the validation vectors yet.\n"),
    }
    s.push('\n');
    s
}

/// Renders the page.
pub fn render(spec: &Spec, x: &Extra<'_>) -> String {
    let mut s = String::from(
        "# Operations reference\n\n\
         Generated by `cargo run -p xtask -- gen` (`make gen`) from the operation table of the core\n\
         (`pingxx::operations_json()`, format in [operations-json.md](operations-json.md)), the client\n\
         options and the error catalogue; do not edit. The rules are explained in\n\
         [validation.md](validation.md). Every example is a valid case of `tests/vectors/validation.json`.\n\n",
    );
    let all = resources(&spec.operations);
    s.push_str("## Contents\n\n- [Client options](#client-options)\n- [Error codes](#error-codes)\n");
    for r in all.iter().filter(|r| spec.operations.iter().any(|o| &o.resource == *r)) {
        s.push_str(&format!("- [`{r}`](#{})\n", r.replace('.', "")));
    }
    s.push_str("\n## Client options\n\n");
    s.push_str(
        "Every binding takes these options (Python `snake_case` keywords, Node `camelCase` keys, C and CLI JSON).\n\n",
    );
    s.push_str(&options_table(x.options));
    s.push_str("\n## Error codes\n\n");
    s.push_str(&codes_table(x.codes));
    for r in &all {
        let ops: Vec<&Op> = spec.operations.iter().filter(|o| &o.resource == r).collect();
        if ops.is_empty() {
            continue;
        }
        s.push_str(&format!("\n## {r}\n\n"));
        for op in ops {
            s.push_str(&operation(op, x));
        }
    }
    s.trim_end().to_string() + "\n"
}

/// The client options as a Markdown table (the reference page and the README).
pub fn options_table(options: &[Value]) -> String {
    let mut s = String::from("| option | type | default | description |\n|---|---|---|---|\n");
    for o in options {
        let name = text(o.get("name").unwrap_or(&Value::Null));
        let required = o.get("required").and_then(Value::as_bool) == Some(true);
        let default = match o.get("default") {
            Some(Value::Null) | None if required => "required".to_string(),
            Some(Value::Null) | None => String::new(),
            Some(v) => format!("`{}`", text(v)),
        };
        let ty = text(o.get("type").unwrap_or(&Value::Null));
        let doc = text(o.get("doc").unwrap_or(&Value::Null));
        s.push_str(&format!("| `{name}` | {ty} | {default} | {} |\n", cell(&doc)));
    }
    s
}

/// The error catalogue as a Markdown table (the reference page and the README).
pub fn codes_table(codes: &[Value]) -> String {
    let mut s = String::from("| code | C number | meaning |\n|---|---|---|\n");
    for c in codes {
        let code = text(c.get("code").unwrap_or(&Value::Null));
        let number = text(c.get("number").unwrap_or(&Value::Null));
        let summary = text(c.get("summary").unwrap_or(&Value::Null));
        s.push_str(&format!("| `{code}` | {number} | {} |\n", cell(&summary)));
    }
    s
}

/// `text` with the part between `<!-- generated: NAME -->` and
/// `<!-- end generated: NAME -->` replaced by `body` (the README's generated tables).
pub fn splice(text: &str, name: &str, body: &str) -> Result<String, String> {
    let open = format!("<!-- generated: {name} -->\n");
    let close = format!("<!-- end generated: {name} -->");
    let start = text
        .find(&open)
        .ok_or_else(|| format!("README.md: marker `{}` is missing", open.trim()))?
        + open.len();
    let end = text[start..]
        .find(&close)
        .ok_or_else(|| format!("README.md: marker `{close}` is missing"))?
        + start;
    Ok(format!("{}{body}{}", &text[..start], &text[end..]))
}
