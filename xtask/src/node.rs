//! `bindings-node/index.d.ts`: an interface per operation's params and per
//! returned kind, the typed resource namespaces, and the fixed declarations of
//! the package (templates/node-*.d.ts).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::names::{camel, children, is_plain_ident, pascal, resources};
use crate::rules::one_line;
use crate::spec::{Op, Schema, Spec};

/// The generated file, relative to the workspace root.
pub const PATH: &str = "bindings-node/index.d.ts";

const HEAD: &str = include_str!("../templates/node-head.d.ts");
const TAIL: &str = include_str!("../templates/node-tail.d.ts");
const OPTIONS: &str = include_str!("../templates/node-client-options.d.ts");

/// Collects the interfaces while types are rendered.
struct Out {
    defs: Vec<String>,
    names: BTreeSet<String>,
    kinds: BTreeSet<String>,
}

fn key(name: &str) -> String {
    if is_plain_ident(name) {
        name.to_string()
    } else {
        format!("'{name}'")
    }
}

fn literal(v: &Value) -> String {
    match v {
        Value::String(s) => format!("'{}'", s.replace('\'', "\\'")),
        other => other.to_string(),
    }
}

impl Out {
    fn ty(&mut self, s: &Schema, hint: &str) -> Result<String, String> {
        if let Some(Value::String(kind)) = s.other.get("kind") {
            if self.kinds.contains(kind) {
                return Ok(pascal(kind));
            }
        }
        Ok(match s.ty.as_str() {
            "string" => "string".into(),
            "integer" if s.digit_string() => "number | string".into(),
            "integer" | "number" => "number".into(),
            "boolean" => "boolean".into(),
            "enum" if !s.values.is_empty() => s.values.iter().map(literal).collect::<Vec<_>>().join(" | "),
            "object" if s.has_fields() => {
                let fields: Vec<(String, Schema)> = s.fields().map(|(k, v)| (k.clone(), v.clone())).collect();
                self.interface(hint, s.doc.as_deref(), &fields, |_, f| f.required)?;
                hint.to_string()
            }
            "array" => {
                let item = match &s.items {
                    Some(items) => self.ty(items, &format!("{hint}Item"))?,
                    None => "unknown".into(),
                };
                if item.contains(' ') {
                    format!("Array<{item}>")
                } else {
                    format!("{item}[]")
                }
            }
            "any_of" => {
                let mut parts: Vec<String> = Vec::new();
                for (i, v) in s.variants().iter().enumerate() {
                    let t = self.ty(v, &format!("{hint}{}", i + 1))?;
                    if !parts.contains(&t) {
                        parts.push(t);
                    }
                }
                if parts.is_empty() {
                    "unknown".into()
                } else {
                    parts.join(" | ")
                }
            }
            "by_channel" => {
                let mut parts: Vec<String> = Vec::new();
                for case in s.channel_cases() {
                    let t = if case.ty == "object" || case.ty == "by_channel" {
                        "Record<string, unknown>".to_string()
                    } else {
                        self.ty(&case, hint)?
                    };
                    if !parts.contains(&t) {
                        parts.push(t);
                    }
                }
                if parts.is_empty() {
                    "Record<string, unknown>".into()
                } else {
                    parts.join(" | ")
                }
            }
            "object" | "metadata" => "Record<string, unknown>".into(),
            _ => "unknown".into(),
        })
    }

    fn interface(
        &mut self,
        name: &str,
        doc: Option<&str>,
        fields: &[(String, Schema)],
        required: impl Fn(&str, &Schema) -> bool,
    ) -> Result<(), String> {
        if !self.names.insert(name.to_string()) {
            return Err(format!("typescript: two types named {name}"));
        }
        let mut text = String::new();
        if let Some(doc) = doc {
            text.push_str(&format!("\n/** {} */\n", doc.replace("*/", "* /")));
        } else {
            text.push('\n');
        }
        text.push_str(&format!("export interface {name} {{\n"));
        for (field, schema) in fields {
            let ty = self.ty(schema, &format!("{name}{}", pascal(field)))?;
            let q = if required(field, schema) { "" } else { "?" };
            text.push_str(&format!("  /** {} */\n", one_line(schema).replace("*/", "* /")));
            text.push_str(&format!("  {}{q}: {ty}\n", key(field)));
        }
        text.push_str("}\n");
        self.defs.push(text);
        Ok(())
    }
}

fn params_name(op: &Op) -> String {
    format!("{}Params", pascal(&op.name))
}

fn result_type(op: &Op) -> String {
    if op.returns.list {
        format!("List<{}>", pascal(&op.returns.kind))
    } else {
        pascal(&op.returns.kind)
    }
}

fn operation_maps(spec: &Spec) -> String {
    let ops = &spec.operations;
    let mut out = String::from("\n/** Params of every operation, by name. */\nexport interface OperationParams {\n");
    for op in ops {
        out.push_str(&format!("  '{}': {}\n", op.name, params_name(op)));
    }
    out.push_str("}\n\n/** Result of every operation, by name. */\nexport interface OperationResults {\n");
    for op in ops {
        out.push_str(&format!("  '{}': {}\n", op.name, result_type(op)));
    }
    out.push_str("}\n\n/** The name of an operation. */\nexport type OperationName = keyof OperationParams\n");
    out.push_str("\n/** The name of a list operation (usable with autoPaging). */\nexport type ListOperationName =\n");
    for op in ops.iter().filter(|o| o.pagination.is_some()) {
        out.push_str(&format!("  | '{}'\n", op.name));
    }
    out.push_str("\n/** The item type of a list operation. */\nexport interface ListItems {\n");
    for op in ops.iter().filter(|o| o.pagination.is_some()) {
        out.push_str(&format!("  '{}': {}\n", op.name, pascal(&op.returns.kind)));
    }
    out.push_str("}\n");
    out
}

fn resource_interfaces(spec: &Spec) -> String {
    let all = resources(&spec.operations);
    let mut out = String::new();
    for resource in &all {
        out.push_str(&format!(
            "\n/** The `{resource}` operations. */\nexport interface {}Resource {{\n",
            pascal(resource)
        ));
        for op in spec.operations.iter().filter(|o| &o.resource == resource) {
            let mut args: Vec<String> = op
                .arg_params()
                .iter()
                .map(|p| format!("{}: string", camel(p)))
                .collect();
            let q = if op.params_required() { "" } else { "?" };
            args.push(format!("params{q}: {}", params_name(op)));
            let args = args.join(", ");
            let summary = op.summary.clone().map(|s| format!("{s} ")).unwrap_or_default();
            out.push_str(&format!(
                "  /** {summary}{} {} */\n  {}({args}): Promise<WithResponse<{}>>\n",
                op.method,
                op.path,
                op.action,
                result_type(op)
            ));
            if op.pagination.is_some() {
                out.push_str(&format!(
                    "  /** Every item of `{}`, page after page. */\n  {}Auto({args}): AsyncGenerator<{}, void, undefined>\n",
                    op.name,
                    op.action,
                    pascal(&op.returns.kind)
                ));
            }
        }
        for child in children(&all, resource) {
            let leaf = child.rsplit_once('.').map(|(_, l)| l).unwrap_or(child);
            out.push_str(&format!("  readonly {leaf}: {}Resource\n", pascal(child)));
        }
        out.push_str("}\n");
    }
    out
}

/// `CoreClientOptions`: every option of `client_options_json()`, camelCase.
fn core_options(options: &[Value]) -> Result<String, String> {
    let mut s = String::from("/** The options of the core (`client_options_json()`), camelCase; see docs/operations.md. */\nexport interface CoreClientOptions {\n");
    for o in options {
        let name = o["name"].as_str().ok_or("client option without a name")?;
        let ty = match o["type"].as_str() {
            Some("string") => "string",
            Some("integer") | Some("number") => "number",
            Some("boolean") => "boolean",
            _ => "unknown",
        };
        let mut doc = o["doc"].as_str().unwrap_or("").to_string();
        match &o["default"] {
            Value::Null => {}
            v => doc.push_str(&format!(
                " Default: `{}`.",
                v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())
            )),
        }
        let q = if o["required"].as_bool() == Some(true) { "" } else { "?" };
        s.push_str(&format!(
            "  /** {} */\n  {}{q}: {ty}\n",
            doc.trim().replace("*/", "* /"),
            camel(name)
        ));
    }
    s.push_str("}\n\n");
    Ok(s)
}

/// Renders index.d.ts.
pub fn render(spec: &Spec, error_codes: &[String], options: &[Value]) -> Result<String, String> {
    let mut out = Out {
        defs: Vec::new(),
        names: BTreeSet::new(),
        kinds: spec.kinds.keys().cloned().collect(),
    };
    let mut kinds: Vec<&String> = spec.operations.iter().map(|o| &o.returns.kind).collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let schema = spec.kinds.get(kind).cloned().unwrap_or_default();
        let fields: Vec<(String, Schema)> = schema.fields().map(|(k, v)| (k.clone(), v.clone())).collect();
        let doc = schema.doc.clone().unwrap_or_else(|| format!("A `{kind}` object."));
        out.interface(&pascal(kind), Some(&doc), &fields, |_, f| f.required)?;
    }
    for op in &spec.operations {
        let mut fields = op.body_fields();
        for p in &op.path_params {
            if !fields.iter().any(|(n, _)| n == p) {
                let doc = if p == "app_id" {
                    "Path parameter; defaults to the client's appId"
                } else {
                    "Path parameter, when not given as a positional argument"
                };
                let schema = Schema {
                    ty: "string".into(),
                    doc: Some(doc.into()),
                    ..Schema::default()
                };
                fields.push((p.clone(), schema));
            }
        }
        let doc = format!("Params of `{}` ({} {}).", op.name, op.method, op.path);
        out.interface(&params_name(op), Some(&doc), &fields, |n, f| op.caller_must_give(n, f))?;
    }
    let all = resources(&spec.operations);
    let namespaces: Vec<String> = all
        .iter()
        .filter(|r| !r.contains('.'))
        .map(|r| format!("  /** The `{r}` operations. */\n  readonly {r}: {}Resource", pascal(r)))
        .collect();
    let mut codes: Vec<String> = error_codes.iter().map(|c| format!("  | '{c}'")).collect();
    if !error_codes.iter().any(|c| c == "internal_error") {
        codes.push("  | 'internal_error'".into());
    }
    let rules: Vec<String> = pingxx::violation::Rule::ALL
        .iter()
        .map(|r| format!("  | '{}'", r.as_str()))
        .collect();
    let head = format!(
        "// Generated by `cargo run -p xtask -- gen` from the operation table of the pingxx core {}.\n// Do not edit: run `make gen` after the table changes.\n{}",
        pingxx::VERSION,
        HEAD.replace("{{RULES}}", &rules.join("\n"))
    );
    let tail = TAIL
        .replace("{{ERROR_CODES}}", &codes.join("\n"))
        .replace("{{NAMESPACES}}", &namespaces.join("\n"))
        .replace("{{CLIENT_OPTIONS}}", &(core_options(options)? + OPTIONS));
    Ok(head + &out.defs.concat() + &operation_maps(spec) + &resource_interfaces(spec) + &tail)
}
