//! `pingxx::operations_json()`: the table exported as one JSON document,
//! the single input of the generator, the emulator and the bindings. The
//! format is described in `docs/operations-json.md`.

use once_cell::sync::Lazy;
use serde_json::{json, Map, Value};

use super::check::pagination_fields;
use super::{Operation, Pagination, Returns, OPERATIONS};
use crate::models::Kind;
use crate::validate::schema::{field_json, object_json};

/// Version of the document's shape; bumped on any incompatible change.
pub const FORMAT: u32 = 1;

static JSON: Lazy<String> = Lazy::new(|| {
    let doc = json!({
        "format": FORMAT,
        "platform_operations": cfg!(feature = "platform-operations"),
        "operations": OPERATIONS.iter().map(operation_json).collect::<Vec<_>>(),
        "kinds": Kind::ALL
            .iter()
            .map(|k| (k.name().to_string(), crate::models::kind_schema(*k)))
            .collect::<Map<String, Value>>(),
    });
    serde_json::to_string_pretty(&doc).expect("a JSON value always serializes")
});

/// The operation table as JSON (see `docs/operations-json.md`): every
/// operation with its method, path, path parameters, pagination, parameter
/// schema, hooks and returned kind, and the schema of every returned kind.
pub fn operations_json() -> String {
    JSON.clone()
}

fn operation_json(op: &Operation) -> Value {
    let (kind, list) = match op.returns {
        Returns::Object(k) => (k, false),
        Returns::List(k) => (k, true),
    };
    let pagination = match op.pagination {
        Pagination::None => Value::Null,
        Pagination::Page { max_per_page } => json!({"style": "page", "max_per_page": max_per_page}),
        Pagination::Cursor { max_limit } => json!({"style": "cursor", "max_limit": max_limit}),
    };
    let mut params = object_json(op.params);
    if let Some(Value::Object(fields)) = params.get_mut("fields") {
        for f in pagination_fields(op.pagination) {
            fields.insert(f.name.to_string(), field_json(&f));
        }
    }
    let app_param = match op.app_param {
        super::AppParam::None => "none",
        super::AppParam::Object => "object",
        super::AppParam::Text => "text",
    };
    json!({
        "name": op.name,
        "resource": op.resource(),
        "action": op.action(),
        "method": op.method.as_str(),
        "path": op.path,
        "path_params": op.path_params,
        "pagination": pagination,
        "returns": {"kind": kind.name(), "list": list},
        "unique_param": op.unique_param,
        "app_param": app_param,
        "defaults": op.defaults.iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<Map<String, Value>>(),
        "params": params,
        "hooks": op.hooks.iter().map(|h| json!(h.as_str())).collect::<Vec<_>>(),
        "summary": summary(op, kind, list),
    })
}

/// A one-line summary made from the name: `Create a charge`, `List orders`, ...
fn summary(op: &Operation, kind: Kind, list: bool) -> String {
    let what = kind.name().replace('_', " ");
    let action = op.action();
    let mut verb = action.replace('_', " ");
    if let Some(first) = verb.get(..1) {
        verb = first.to_uppercase() + &verb[1..];
    }
    if list {
        format!("{verb} {what} objects")
    } else {
        format!("{verb}: returns a {what}")
    }
}
