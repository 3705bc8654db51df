//! Query and path encoding: deterministic, RFC 3986, and ids cannot change the path.

use pingxx::query::{encode, encode_segment};
use serde_json::json;

#[test]
fn keys_are_sorted_at_every_level() {
    let q = encode(&json!({"limit": 3, "app": {"id": "app_1"}, "created": {"lt": 9, "gt": 5}}));
    assert_eq!(q, "app[id]=app_1&created[gt]=5&created[lt]=9&limit=3");
}

#[test]
fn lists_booleans_numbers_and_nulls() {
    let q = encode(&json!({"ids": ["a", "b"], "paid": true, "refunded": false, "x": null, "n": -1.5}));
    assert_eq!(q, "ids[]=a&ids[]=b&n=-1.5&paid=true&refunded=false");
}

#[test]
fn values_and_keys_are_percent_encoded_rfc3986() {
    let q = encode(&json!({"subject": "测试 a+b&c=d/é~", "we ird": "x"}));
    assert_eq!(q, "subject=%E6%B5%8B%E8%AF%95%20a%2Bb%26c%3Dd%2F%C3%A9~&we%20ird=x");
    assert_eq!(encode(&json!({})), "");
    assert_eq!(encode(&json!(null)), "");
}

#[test]
fn same_params_always_give_the_same_string() {
    let a = json!({"b": 1, "a": {"z": 1, "y": [1, 2]}, "c": "x"});
    let b: serde_json::Value = serde_json::from_str(r#"{"c":"x","a":{"y":[1,2],"z":1},"b":1}"#).unwrap();
    assert_eq!(encode(&a), encode(&b));
}

#[test]
fn path_segments_cannot_escape() {
    let seg = |s: &str| {
        let mut out = String::new();
        encode_segment(s, &mut out);
        out
    };
    assert_eq!(seg("ch_123"), "ch_123");
    assert_eq!(seg("../admin"), "..%2Fadmin");
    assert_eq!(seg(".."), "%2E%2E");
    assert_eq!(seg("."), "%2E");
    assert_eq!(seg("a?b#c d"), "a%3Fb%23c%20d");
}

#[test]
fn operation_paths_render_from_the_table() {
    let op = pingxx::find_operation("charges.refunds.list").unwrap();
    assert_eq!(op.path_with(&[("charge_id", "ch/1")]), "/v1/charges/ch%2F1/refunds");
    assert_eq!(
        op.path_with(&[]),
        "/v1/charges/{charge_id}/refunds",
        "a missing id leaves the template"
    );
}
