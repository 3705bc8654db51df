//! Every JSON example of the API documents (extracted into
//! `tests/vectors/doc_examples/`) deserialises into its typed model and
//! serialises back to the same JSON value: no field lost, added or changed.

use std::path::{Path, PathBuf};

use pingxx::models::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/doc_examples")
}

/// Deserialises `value` as `T`, serialises it back and compares, through `Value` and through text.
fn roundtrip<T: DeserializeOwned + Serialize>(value: &Value, what: &str) -> Result<(), String> {
    let typed: T = serde_json::from_value(value.clone()).map_err(|e| format!("{what}: does not deserialise: {e}"))?;
    let back = serde_json::to_value(&typed).map_err(|e| format!("{what}: does not serialise: {e}"))?;
    if &back != value {
        return Err(format!(
            "{what}: round-trip changed the value\n  was: {value}\n  now: {back}"
        ));
    }
    // From text to text too: other serde paths than through a `Value`.
    let typed: T = serde_json::from_str(&value.to_string()).map_err(|e| format!("{what}: text does not parse: {e}"))?;
    let text = serde_json::to_string(&typed).map_err(|e| format!("{what}: does not serialise to text: {e}"))?;
    let reparsed: Value = serde_json::from_str(&text).map_err(|e| format!("{what}: output is not JSON: {e}"))?;
    if &reparsed != value {
        return Err(format!(
            "{what}: text round-trip changed the value\n  was: {value}\n  now: {text}"
        ));
    }
    Ok(())
}

/// Round-trips one object through the model its `object` field (or, without one,
/// the kind named in the file name) selects.
fn roundtrip_object(value: &Value, kind: &str, what: &str) -> Result<(), String> {
    let object = value.get("object").and_then(Value::as_str).unwrap_or(kind);
    match object {
        "charge" => roundtrip::<Charge>(value, what),
        "credential" => roundtrip::<Credential>(value, what),
        "refund" if value.get("order").is_some() => roundtrip::<OrderRefund>(value, what),
        "refund" => roundtrip::<Refund>(value, what),
        "order" => roundtrip::<Order>(value, what),
        "order_refund" => roundtrip::<OrderRefund>(value, what),
        "sub_app" => roundtrip::<SubApp>(value, what),
        "channel" => roundtrip::<Channel>(value, what),
        "user" => roundtrip::<User>(value, what),
        "cus_application" => roundtrip::<CusApplication>(value, what),
        "mch_application" => roundtrip::<MchApplication>(value, what),
        "settle_account" => roundtrip::<SettleAccount>(value, what),
        "deposit" => roundtrip::<Deposit>(value, what),
        "withdrawal" => roundtrip::<Withdrawal>(value, what),
        "allocation" => roundtrip::<Allocation>(value, what),
        "allocation_complete" => roundtrip::<AllocationComplete>(value, what),
        "deleted" => roundtrip::<Deleted>(value, what),
        "card_bin" => roundtrip::<CardBin>(value, what),
        "card_binding" => roundtrip::<CardBinding>(value, what),
        "upload_pic" => roundtrip::<UploadPic>(value, what),
        "event" => {
            roundtrip::<Event>(value, what)?;
            // The object inside the event goes through its own model too.
            let inner = &value["data"]["object"];
            roundtrip_object(inner, "", &format!("{what} data.object"))
        }
        "list" => {
            roundtrip::<List<Value>>(value, what)?;
            for (i, item) in value["data"].as_array().into_iter().flatten().enumerate() {
                roundtrip_object(item, "", &format!("{what} data[{i}]"))?;
            }
            Ok(())
        }
        other => Err(format!("{what}: no model for object `{other}`")),
    }
}

fn example_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .expect("tests/vectors/doc_examples exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_document_example_round_trips() {
    let files = example_files();
    assert!(
        files.len() >= 40,
        "expected the extracted examples, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let kind = name.split("__").nth(1).expect("file named <doc>__<kind>__<n>.json");
        let text = std::fs::read_to_string(path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        if let Err(e) = roundtrip_object(&value, kind, &name) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn every_model_kind_has_an_example() {
    let names: Vec<String> = example_files()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for kind in [
        "charge",
        "refund",
        "order",
        "order_refund",
        "sub_app",
        "channel",
        "user",
        "cus_application",
        "mch_application",
        "settle_account",
        "withdrawal",
        "allocation",
        "allocation_complete",
        "event",
        "card_bin",
        "upload_pic",
        "deleted",
    ] {
        assert!(
            names.iter().any(|n| n.contains(&format!("__{kind}__"))),
            "no example of {kind}"
        );
    }
}

#[test]
fn typed_fields_read_the_example_values() {
    let text = std::fs::read_to_string(examples_dir().join("charge-object__charge__1.json")).unwrap();
    let charge: Charge = serde_json::from_str(&text).unwrap();
    assert_eq!(charge.id, "ch_Hm5uTSifDOuTy9iLeLPSurrD");
    assert_eq!(charge.amount, Some(100));
    assert_eq!(charge.channel.as_deref(), Some("upacp"));
    assert_eq!(charge.time_paid, None);
    assert_eq!(charge.time_expire, Some(1410782443));
    assert_eq!(charge.app.as_ref().and_then(|a| a.id()), Some("app_1Gqj58ynP0mHeX1q"));
    let refunds = charge.refunds.as_ref().unwrap();
    assert!(!refunds.has_more);
    assert!(refunds.data.is_empty());
    let credential = charge.credential.as_ref().and_then(|c| c.get()).unwrap();
    assert_eq!(credential.for_channel("upacp").unwrap()["tn"], "201409151900430000000");
    // The explicit null is remembered outside the typed field.
    assert_eq!(charge.other.get("time_paid"), Some(&Value::Null));
}

#[test]
fn explicit_null_and_absent_stay_distinct() {
    let with_null: Refund = serde_json::from_value(json!({"id": "re_1", "failure_msg": null})).unwrap();
    let absent: Refund = serde_json::from_value(json!({"id": "re_1"})).unwrap();
    assert_eq!(with_null.failure_msg, None);
    assert_eq!(absent.failure_msg, None);
    assert_eq!(
        serde_json::to_value(&with_null).unwrap(),
        json!({"id": "re_1", "failure_msg": null})
    );
    assert_eq!(serde_json::to_value(&absent).unwrap(), json!({"id": "re_1"}));
}

#[test]
fn a_typed_value_set_later_wins_over_a_remembered_null() {
    let mut refund: Refund = serde_json::from_value(json!({"id": "re_1", "failure_msg": null})).unwrap();
    refund.failure_msg = Some("declined".into());
    assert_eq!(
        serde_json::to_value(&refund).unwrap(),
        json!({"id": "re_1", "failure_msg": "declined"})
    );
    let text = serde_json::to_string(&refund).unwrap();
    assert_eq!(text.matches("failure_msg").count(), 1, "{text}");
}

#[test]
fn unknown_fields_are_kept() {
    let value = json!({"id": "2011611170000002011", "object": "order", "new_field": {"a": [1, 2]}, "amount": 5});
    let order: Order = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(order.amount, Some(5));
    assert_eq!(order.other["new_field"], json!({"a": [1, 2]}));
    assert_eq!(serde_json::to_value(&order).unwrap(), value);
}

#[test]
fn empty_hash_spelled_as_a_list_round_trips() {
    let value = json!({"id": "ch_1", "object": "charge", "metadata": [], "extra": {}});
    let charge: Charge = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(charge.metadata.as_ref().unwrap().get(), None);
    assert!(charge.extra.as_ref().unwrap().get().unwrap().is_empty());
    assert_eq!(serde_json::to_value(&charge).unwrap(), value);
}

#[test]
fn a_wrong_type_is_a_clear_error() {
    let err = serde_json::from_value::<Charge>(json!({"id": "ch_1", "amount": "ten"})).unwrap_err();
    assert!(err.to_string().contains("invalid type"), "{err}");
    let err = serde_json::from_value::<Charge>(json!({"amount": 1})).unwrap_err();
    assert!(err.to_string().contains("missing field `id`"), "{err}");
}

#[test]
fn params_skip_absent_fields_and_keep_other() {
    let mut other = serde_json::Map::new();
    other.insert("custom".into(), json!(1));
    let pay = pingxx::api::OrdersPayParams {
        charge_amount: 100,
        channel: Some("isv_scan".into()),
        extra: Some(serde_json::Map::from_iter([("scan_code".to_string(), json!("2860"))])),
        other,
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&pay).unwrap(),
        json!({"charge_amount": 100, "channel": "isv_scan", "extra": {"scan_code": "2860"}, "custom": 1})
    );
    let create = pingxx::api::ChargesCreateParams {
        order_no: "123456789".into(),
        app: Some(pingxx::api::ChargesCreateParamsApp {
            id: "app_1".into(),
            ..Default::default()
        }),
        channel: "upacp".into(),
        amount: 100,
        client_ip: "127.0.0.1".into(),
        currency: "cny".into(),
        subject: "s".into(),
        body: "b".into(),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&create).unwrap(),
        json!({"order_no": "123456789", "app": {"id": "app_1"}, "channel": "upacp", "amount": 100,
               "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"})
    );
}

#[test]
fn lists_add_nothing_on_a_round_trip() {
    // Issue 15 item 11: `has_more` absent stays absent.
    let cases = [
        json!({"id": "1", "charges": {"object": "list", "data": []}}),
        json!({"id": "1", "charges": {"object": "list"}}),
        json!({"id": "1", "charges": {}}),
        json!({"id": "1", "charges": {"object": null, "url": null, "has_more": null, "data": null}}),
        json!({"id": "1", "charges": {"has_more": false, "data": [{"id": "ch_1"}], "total": 1}}),
        json!({"id": "1", "refunds": {"object": "list", "url": "/v1/orders/1/order_refunds"}}),
    ];
    for case in cases {
        roundtrip::<Order>(&case, &case.to_string()).unwrap();
    }
    roundtrip::<Charge>(&json!({"id": "ch_1", "refunds": {"data": []}}), "charge refunds").unwrap();
    roundtrip::<List<Value>>(&json!({}), "empty envelope").unwrap();
}

#[test]
fn a_list_changed_in_code_is_written_in_full() {
    let mut list: List<Value> = serde_json::from_value(json!({"object": "list"})).unwrap();
    assert!(!list.has_more && list.data.is_empty());
    list.has_more = true;
    list.data.push(json!({"id": "x"}));
    assert_eq!(
        serde_json::to_value(&list).unwrap(),
        json!({"object": "list", "has_more": true, "data": [{"id": "x"}]})
    );
    let built = List::new(vec![json!(1)]);
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"object": "list", "has_more": false, "data": [1]})
    );
}

#[test]
fn events_without_livemode_or_created_add_nothing() {
    for case in [
        json!({"id": "evt_1", "type": "charge.succeeded", "data": {"object": {}}}),
        json!({"id": "evt_1", "type": "charge.succeeded", "livemode": null, "created": null, "data": {"object": {}}}),
        json!({"id": "evt_1", "type": "charge.succeeded", "livemode": false, "created": 0, "data": {"object": {}}}),
    ] {
        roundtrip::<Event>(&case, &case.to_string()).unwrap();
    }
    let mut e: Event = serde_json::from_value(json!({"id": "e", "type": "t", "data": {"object": {}}})).unwrap();
    e.created = 5;
    assert_eq!(serde_json::to_value(&e).unwrap()["created"], 5);
}

#[test]
fn every_model_round_trips_a_minimal_object() {
    // The same class of bug in every model: a field absent on input must stay absent.
    for kind in [
        "charge",
        "credential",
        "refund",
        "order",
        "order_refund",
        "sub_app",
        "channel",
        "user",
        "cus_application",
        "mch_application",
        "settle_account",
        "deposit",
        "withdrawal",
        "allocation",
        "allocation_complete",
        "deleted",
        "card_bin",
        "card_binding",
    ] {
        let minimal = json!({"id": "x1"});
        roundtrip_object(&minimal, kind, kind).unwrap();
        let with_nulls = json!({"id": "x1", "metadata": null, "extra": null, "description": null});
        roundtrip_object(&with_nulls, kind, kind).unwrap();
    }
}

#[test]
fn kind_round_trip_goes_through_each_model() {
    for &kind in Kind::ALL {
        let v = json!({"id": "x1", "object": kind.object_name(), "type": "t", "data": {"object": {}}, "zz": [1]});
        assert_eq!(kind.round_trip(v.clone()).unwrap(), v, "{kind:?}");
        assert_eq!(Kind::from_name(kind.name()), Some(kind));
    }
    assert!(
        Kind::Order.round_trip(json!({"id": 5})).is_err(),
        "a wrong type is an error"
    );
    let list = json!({"object": "list", "data": [{"id": 1}]});
    assert_eq!(round_trip_list(list.clone()).unwrap(), list);
}
