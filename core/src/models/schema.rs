//! The schema of each returned kind, converted from the models themselves:
//! the models derive `schemars::JsonSchema` (which follows their serde
//! attributes), and this module turns that JSON Schema into the node format
//! of `docs/operations-json.md`. The models stay the one list of their fields.

use serde_json::{json, Map, Value};

use super::Kind;

/// How deep nested references are expanded before a node reads `any`
/// (cycles, and the depth of the document).
const MAX_DEPTH: usize = 12;

/// The schema of the objects of one kind, in the node format of
/// `docs/operations-json.md`: an object node with every field of the model.
pub fn kind_schema(kind: Kind) -> Value {
    let schema = match kind {
        Kind::Charge => schemars::schema_for!(super::Charge),
        Kind::Refund => schemars::schema_for!(super::Refund),
        Kind::Order => schemars::schema_for!(super::Order),
        Kind::OrderRefund => schemars::schema_for!(super::OrderRefund),
        Kind::Event => schemars::schema_for!(super::Event),
        Kind::SubApp => schemars::schema_for!(super::SubApp),
        Kind::Channel => schemars::schema_for!(super::Channel),
        Kind::Deleted => schemars::schema_for!(super::Deleted),
        Kind::UploadPic => schemars::schema_for!(super::UploadPic),
        Kind::CardBin => schemars::schema_for!(super::CardBin),
        Kind::CardBinding => schemars::schema_for!(super::CardBinding),
        Kind::User => schemars::schema_for!(super::User),
        Kind::SettleAccount => schemars::schema_for!(super::SettleAccount),
        Kind::CusApplication => schemars::schema_for!(super::CusApplication),
        Kind::MchApplication => schemars::schema_for!(super::MchApplication),
        Kind::Deposit => schemars::schema_for!(super::Deposit),
        Kind::Withdrawal => schemars::schema_for!(super::Withdrawal),
        Kind::Allocation => schemars::schema_for!(super::Allocation),
        Kind::AllocationComplete => schemars::schema_for!(super::AllocationComplete),
    };
    let root = schema.as_value();
    let defs = root
        .get("$defs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    convert(root, &defs, MAX_DEPTH)
}

/// One JSON Schema node as a node of `docs/operations-json.md`.
fn convert(s: &Value, defs: &Map<String, Value>, depth: usize) -> Value {
    let mut node = convert_shape(s, defs, depth);
    // The description nearest to the use wins: a field's doc over its type's.
    if let (Value::Object(m), Some(doc)) = (&mut node, s.get("description").and_then(Value::as_str)) {
        m.insert("doc".into(), json!(doc));
    }
    node
}

fn convert_shape(s: &Value, defs: &Map<String, Value>, depth: usize) -> Value {
    let Value::Object(m) = s else {
        // `true` (anything) or `false` (nothing).
        return json!({"type": "any"});
    };
    if let Some(r) = m.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or("");
        return match (depth.checked_sub(1), defs.get(name)) {
            (Some(d), Some(target)) => convert(target, defs, d),
            _ => json!({"type": "any"}),
        };
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(variants)) = m.get(key) {
            let mut out: Vec<Value> = variants
                .iter()
                .filter(|v| v.get("type") != Some(&json!("null")))
                .map(|v| convert(v, defs, depth))
                .collect();
            return if out.len() == 1 {
                out.remove(0)
            } else {
                json!({"type": "any_of", "variants": out})
            };
        }
    }
    if let Some(values) = m.get("enum").and_then(Value::as_array) {
        return json!({"type": "enum", "values": values});
    }
    if let Some(value) = m.get("const") {
        return json!({"type": "enum", "values": [value]});
    }
    let ty = match m.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("any"),
        _ => "any",
    };
    match ty {
        "string" => json!({"type": "string"}),
        "integer" => json!({"type": "integer"}),
        "number" => json!({"type": "number"}),
        "boolean" => json!({"type": "boolean"}),
        "array" => {
            let items = m
                .get("items")
                .map_or(json!({"type": "any"}), |i| convert(i, defs, depth));
            let mut node = json!({"type": "array", "items": items});
            if let Some(n) = m.get("maxItems") {
                node["max_items"] = n.clone();
            }
            node
        }
        "object" => {
            let required: Vec<&str> = m
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let mut fields = Map::new();
            if let Some(Value::Object(props)) = m.get("properties") {
                for (name, prop) in props {
                    let mut f = convert(prop, defs, depth);
                    if let Value::Object(fm) = &mut f {
                        fm.insert("required".into(), json!(required.contains(&name.as_str())));
                    }
                    fields.insert(name.clone(), f);
                }
            }
            let additional = !matches!(m.get("additionalProperties"), Some(Value::Bool(false)));
            json!({"type": "object", "fields": fields, "additional": additional})
        }
        _ => json!({"type": "any"}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_an_object_with_its_model_fields() {
        for &kind in Kind::ALL {
            let s = kind_schema(kind);
            assert_eq!(s["type"], "object", "{kind:?}");
            assert_eq!(s["additional"], true, "{kind:?}: unknown fields are kept");
        }
        let order = kind_schema(Kind::Order);
        assert_eq!(order["fields"]["id"]["type"], "string");
        assert_eq!(order["fields"]["id"]["required"], true);
        assert_eq!(order["fields"]["amount"]["type"], "integer");
        assert_eq!(order["fields"]["amount"]["required"], false);
        assert_eq!(order["fields"]["type"]["type"], "string", "serde renames are followed");
        assert!(
            order["fields"].get("other").is_none(),
            "the flattened map is not a field"
        );
        let charges = &order["fields"]["charges"];
        assert_eq!(charges["fields"]["data"]["items"]["fields"]["id"]["type"], "string");
        let event = kind_schema(Kind::Event);
        assert_eq!(event["fields"]["type"]["type"], "string");
    }
}
