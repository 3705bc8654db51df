//! The schema of each returned kind, made from the models themselves.
//!
//! In tests, the models derive `schemars::JsonSchema` (which follows their
//! serde attributes) and [`tests::generate`] turns those JSON Schemas into the
//! node format of `docs/operations-json.md`. The result is kept as one compact
//! static file, `kinds.json`, which the library reads at run time, so schemars
//! never ships in the library; the test `kinds_json_is_fresh` fails when a
//! model changed and the file did not (`PINGXX_BLESS=1 cargo test -p pingxx
//! --lib kinds_json` rewrites it). The models stay the one list of their fields.

#[cfg(feature = "schema-docs")]
use once_cell::sync::Lazy;
use serde_json::Value;

use super::Kind;

#[cfg(feature = "schema-docs")]
static KINDS: Lazy<Value> =
    Lazy::new(|| serde_json::from_str(include_str!("kinds.json")).expect("kinds.json is JSON (checked by a test)"));

/// The schema of the objects of one kind, in the node format of
/// `docs/operations-json.md`: an object node with every field of the model.
/// Without the `schema-docs` feature (firmware builds): an object node with no
/// field listed (`additional: true`).
pub fn kind_schema(kind: Kind) -> Value {
    #[cfg(feature = "schema-docs")]
    {
        KINDS.get(kind.name()).cloned().unwrap_or(Value::Null)
    }
    #[cfg(not(feature = "schema-docs"))]
    {
        let _ = kind;
        serde_json::json!({"type": "object", "fields": {}, "additional": true})
    }
}

#[cfg(all(test, feature = "schema-docs"))]
mod tests {
    use serde_json::{json, Map, Value};

    use super::super::Kind;
    use super::kind_schema;

    /// How deep nested references are expanded before a node reads `any`
    /// (cycles, and the depth of the document).
    const MAX_DEPTH: usize = 12;

    /// The schemas of every kind, converted from the models' derived JSON Schemas.
    pub(super) fn generate() -> Value {
        let mut out = Map::new();
        for &kind in Kind::ALL {
            out.insert(kind.name().to_string(), generate_kind(kind));
        }
        Value::Object(out)
    }

    fn generate_kind(kind: Kind) -> Value {
        use super::super as m;
        let schema = match kind {
            Kind::Charge => schemars::schema_for!(m::Charge),
            Kind::Refund => schemars::schema_for!(m::Refund),
            Kind::Order => schemars::schema_for!(m::Order),
            Kind::OrderRefund => schemars::schema_for!(m::OrderRefund),
            Kind::Event => schemars::schema_for!(m::Event),
            Kind::SubApp => schemars::schema_for!(m::SubApp),
            Kind::Channel => schemars::schema_for!(m::Channel),
            Kind::Deleted => schemars::schema_for!(m::Deleted),
            Kind::UploadPic => schemars::schema_for!(m::UploadPic),
            Kind::CardBin => schemars::schema_for!(m::CardBin),
            Kind::CardBinding => schemars::schema_for!(m::CardBinding),
            Kind::User => schemars::schema_for!(m::User),
            Kind::SettleAccount => schemars::schema_for!(m::SettleAccount),
            Kind::CusApplication => schemars::schema_for!(m::CusApplication),
            Kind::MchApplication => schemars::schema_for!(m::MchApplication),
            Kind::Deposit => schemars::schema_for!(m::Deposit),
            Kind::Withdrawal => schemars::schema_for!(m::Withdrawal),
            Kind::Allocation => schemars::schema_for!(m::Allocation),
            Kind::AllocationComplete => schemars::schema_for!(m::AllocationComplete),
            Kind::Transfer => schemars::schema_for!(m::Transfer),
            Kind::RedEnvelope => schemars::schema_for!(m::RedEnvelope),
            Kind::BatchTransfer => schemars::schema_for!(m::BatchTransfer),
            Kind::BatchRefund => schemars::schema_for!(m::BatchRefund),
            Kind::Customs => schemars::schema_for!(m::Customs),
            Kind::Identification => schemars::schema_for!(m::Identification),
            Kind::CardInfo => schemars::schema_for!(m::CardInfo),
            Kind::SubBank => schemars::schema_for!(m::SubBank),
            Kind::FundsTransfer => schemars::schema_for!(m::FundsTransfer),
            Kind::Agreement => schemars::schema_for!(m::Agreement),
            Kind::AgreementNotify => schemars::schema_for!(m::AgreementNotify),
            Kind::TradeDetail => schemars::schema_for!(m::TradeDetail),
            Kind::UserPic => schemars::schema_for!(m::UserPic),
            Kind::Recharge => schemars::schema_for!(m::Recharge),
            Kind::RechargeRefund => schemars::schema_for!(m::RechargeRefund),
            Kind::BalanceBonus => schemars::schema_for!(m::BalanceBonus),
            Kind::BalanceTransfer => schemars::schema_for!(m::BalanceTransfer),
            Kind::BalanceTransaction => schemars::schema_for!(m::BalanceTransaction),
            Kind::BalanceSettlement => schemars::schema_for!(m::BalanceSettlement),
            Kind::BatchWithdrawal => schemars::schema_for!(m::BatchWithdrawal),
            Kind::Contact => schemars::schema_for!(m::Contact),
            Kind::TransferChannel => schemars::schema_for!(m::TransferChannel),
            Kind::Royalty => schemars::schema_for!(m::Royalty),
            Kind::RoyaltyDataResult => schemars::schema_for!(m::RoyaltyDataResult),
            Kind::RoyaltySettlement => schemars::schema_for!(m::RoyaltySettlement),
            Kind::RoyaltyTransaction => schemars::schema_for!(m::RoyaltyTransaction),
            Kind::RoyaltyTemplate => schemars::schema_for!(m::RoyaltyTemplate),
            Kind::CouponTemplate => schemars::schema_for!(m::CouponTemplate),
            Kind::Coupon => schemars::schema_for!(m::Coupon),
            Kind::SplitReceiver => schemars::schema_for!(m::SplitReceiver),
            Kind::SplitProfit => schemars::schema_for!(m::SplitProfit),
            Kind::ProfitTransaction => schemars::schema_for!(m::ProfitTransaction),
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

    #[test]
    fn kinds_json_is_fresh() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/models/kinds.json");
        let fresh = serde_json::to_string(&generate()).unwrap() + "\n";
        if std::env::var_os("PINGXX_BLESS").is_some() {
            std::fs::write(path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == fresh,
            "core/src/models/kinds.json is stale: run PINGXX_BLESS=1 cargo test -p pingxx --lib kinds_json"
        );
    }

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
