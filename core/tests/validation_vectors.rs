//! Every case of `tests/vectors/validation.json` through `pingxx::validate_at`
//! with the file's fixed clock: valid cases pass, invalid ones give exactly
//! the expected set of (field, rule) pairs. Also checks the shape of the
//! errors (messages name the field) and that every operation and every rule of
//! the vocabulary is covered by the file.

mod common;

use std::collections::BTreeSet;

use common::vector_json;
use pingxx::{validate_at, Error, Rule};
use serde_json::{json, Value};

type Pairs = BTreeSet<(String, String)>;

fn expected(case: &Value) -> Option<Pairs> {
    let errors = case.get("errors")?.as_array().expect("errors is a list");
    Some(
        errors
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().expect("field").to_string(),
                    e["rule"].as_str().expect("rule").to_string(),
                )
            })
            .collect(),
    )
}

fn got(op: &str, params: &Value, now: i64) -> Result<Option<Pairs>, String> {
    match validate_at(op, params, now) {
        Ok(()) => Ok(None),
        Err(Error::Validation(errors)) => {
            for e in errors.iter() {
                let name = if e.field.is_empty() { "params" } else { e.field.as_str() };
                if !e.message.starts_with(&format!("{name}: ")) {
                    return Err(format!("message does not start with the field: {:?}", e.message));
                }
            }
            Ok(Some(
                errors
                    .iter()
                    .map(|e| (e.field.clone(), e.rule.as_str().to_string()))
                    .collect(),
            ))
        }
        Err(other) => Err(format!("unexpected error {}: {other}", other.code())),
    }
}

#[test]
fn every_validation_vector() {
    let v = vector_json("validation.json");
    let now = v["now"].as_i64().expect("now");
    let cases = v["cases"].as_array().expect("cases");
    assert!(cases.len() >= 200, "at least 200 cases, got {}", cases.len());
    let mut failures = Vec::new();
    let mut names = BTreeSet::new();
    for case in cases {
        let name = case["name"].as_str().expect("name");
        assert!(names.insert(name), "duplicate case name {name}");
        let op = case["operation"].as_str().expect("operation");
        let want = expected(case);
        if want.is_none() {
            assert_eq!(case["valid"], json!(true), "{name}: neither valid nor errors");
        }
        match got(op, &case["params"], now) {
            Ok(g) if g == want => {}
            Ok(g) => failures.push(format!("{name} ({op}): want {want:?}, got {g:?}")),
            Err(e) => failures.push(format!("{name} ({op}): {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases mismatch:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn vectors_cover_every_operation_and_rule() {
    let v = vector_json("validation.json");
    let cases = v["cases"].as_array().unwrap();
    let ops: BTreeSet<&str> = cases.iter().map(|c| c["operation"].as_str().unwrap()).collect();
    let missing: Vec<&str> = pingxx::operations()
        .iter()
        .map(|o| o.name)
        .filter(|n| !ops.contains(n))
        .collect();
    assert!(missing.is_empty(), "operations without a case: {missing:?}");
    let rules: BTreeSet<&str> = cases
        .iter()
        .filter_map(|c| c.get("errors"))
        .flat_map(|e| e.as_array().unwrap().iter().map(|e| e["rule"].as_str().unwrap()))
        .collect();
    let all = Rule::ALL;
    for r in all {
        assert!(rules.contains(r.as_str()), "rule {r} has no case");
    }
    assert_eq!(rules.len(), all.len(), "unknown rule names in the file: {rules:?}");
}

#[test]
fn messages_name_the_limit() {
    let now = 1_767_225_600;
    let params = json!({
        "order_no": "123456789012", "app": {"id": "app_1"}, "channel": "upacp", "amount": 0,
        "client_ip": "127.0.0.1", "currency": "cny", "subject": "s".repeat(40), "body": "b",
        "time_expire": now + 3 * 3600,
    });
    let Err(Error::Validation(errors)) = validate_at("charges.create", &params, now) else {
        panic!("expected validation errors");
    };
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    assert!(
        messages.contains(&"subject: at most 32 characters, got 40"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"subject: at most 32 bytes in UTF-8, got 40"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"amount: must be between 1 and 2147483647, got 0"),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("time_expire: must be between now+60 s and now+1 h")),
        "{messages:?}"
    );
    let err = validate_at("charges.create", &params, now).unwrap_err();
    assert_eq!(err.code(), "validation_failed");
    assert_eq!(err.to_json()["errors"].as_array().unwrap().len(), 4);
}

#[test]
fn unknown_operation_is_its_own_error() {
    let err = validate_at("charges.explode", &json!({}), 0).unwrap_err();
    assert_eq!(err.code(), "unknown_operation");
}

#[test]
fn secrets_never_appear_in_messages() {
    let secret = "SECRET-eae4c4426b73e26e48dacf0fd6e9";
    let params = json!({
        "sub_app_id": "app_2", "channel": "isv_scan",
        "params": {"mer_id": secret, "inst_id": secret, "key": secret, "support_refund": secret},
    });
    let err = validate_at("sub_apps.channels.create", &params, 0).unwrap_err();
    let text = format!("{err} {err:?} {}", err.to_json());
    assert!(!text.contains("SECRET"), "{text}");
}

/// Every value of the vectors' params (and the params themselves) replaced in
/// turn by each JSON type: validation never panics, and each error names a
/// field and starts its message with it.
#[test]
fn any_shape_of_input_gives_errors_not_panics() {
    let v = vector_json("validation.json");
    let now = v["now"].as_i64().unwrap();
    let replacements = [
        Value::Null,
        json!(""),
        json!("支"),
        json!(0),
        json!(-1),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(1.5),
        json!(true),
        json!([]),
        json!([null, {}]),
        json!({}),
        json!({"id": {}}),
    ];
    fn paths(value: &Value, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(prefix.clone());
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    prefix.push(k.clone());
                    paths(v, prefix, out);
                    prefix.pop();
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate().take(3) {
                    prefix.push(i.to_string());
                    paths(v, prefix, out);
                    prefix.pop();
                }
            }
            _ => {}
        }
    }
    fn slot<'a>(value: &'a mut Value, path: &[String]) -> &'a mut Value {
        path.iter().fold(value, |v, k| match v {
            Value::Object(map) => map.get_mut(k).unwrap(),
            Value::Array(items) => &mut items[k.parse::<usize>().unwrap()],
            _ => unreachable!("paths follow the value"),
        })
    }
    let mut checked = 0usize;
    for case in v["cases"].as_array().unwrap() {
        let op = case["operation"].as_str().unwrap();
        let params = &case["params"];
        let mut all = Vec::new();
        paths(params, &mut Vec::new(), &mut all);
        for path in all {
            for r in &replacements {
                let mut p = params.clone();
                *slot(&mut p, &path) = r.clone();
                match validate_at(op, &p, now) {
                    Ok(()) => {}
                    Err(Error::Validation(errors)) => {
                        assert!(!errors.is_empty());
                        for e in errors.iter() {
                            let name = if e.field.is_empty() { "params" } else { e.field.as_str() };
                            assert!(e.message.starts_with(&format!("{name}: ")), "{op}: {:?}", e.message);
                        }
                    }
                    Err(other) => panic!("{op}: unexpected {other}"),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "only {checked} mutations");
}

/// Drops a deeply nested value one level at a time (a recursive drop of
/// thousands of levels could overflow the test thread's stack).
fn drop_deep(v: Value) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => stack.extend(map.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

fn nested_list(depth: usize) -> Value {
    let mut v = json!("x");
    for _ in 0..depth {
        v = Value::Array(vec![v]);
    }
    v
}

#[test]
fn amounts_beyond_any_integer_of_the_api_are_range_errors() {
    // Kept out of validation.json: JavaScript cannot hold these numbers exactly.
    let now = 1_767_225_600;
    for amount in [
        json!(u64::MAX),
        json!(i64::MAX),
        json!(9_223_372_036_854_775_808u64),
        json!(i64::MIN),
    ] {
        let params = json!({
            "app": "app_1", "merchant_order_no": "o1", "amount": amount, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "s", "body": "b",
        });
        let Err(Error::Validation(errors)) = validate_at("orders.create", &params, now) else {
            panic!("{amount} accepted");
        };
        let got: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.rule)).collect();
        assert_eq!(got, vec![("amount", Rule::Range)], "{amount}");
    }
}

#[test]
fn deeply_nested_values_are_validation_errors_not_crashes() {
    let now = 1_767_225_600;
    // metadata values are not nested, however deep the nesting.
    let mut params = json!({"order_id": "o1", "description": "r", "metadata": {"k": Value::Null}});
    params["metadata"]["k"] = nested_list(40);
    let Err(Error::Validation(errors)) = validate_at("orders.order_refunds.create", &params, now) else {
        panic!("nested metadata accepted");
    };
    assert_eq!(
        errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(),
        vec!["metadata.k"]
    );
    drop_deep(params);

    // goods_list of isv_wap is measured as JSON: the walk stops at its depth limit.
    let mut params = json!({
        "order_id": "o1", "charge_amount": 1, "channel": "isv_wap",
        "extra": {"pay_channel": "wx", "result_url": "https://example.com/r", "terminal_id": "T1",
                  "goods_list": [{"goods_name": "g", "price": 1, "goods_num": 1, "goods_id": "g1", "body": Value::Null}]},
    });
    params["extra"]["goods_list"][0]["body"] = nested_list(20_000);
    let Err(Error::Validation(errors)) = validate_at("orders.pay", &params, now) else {
        panic!("nested goods_list accepted");
    };
    let fields: BTreeSet<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, BTreeSet::from([""]));
    drop_deep(params);

    // Any deeper nesting, even in an unknown field, is refused as a whole, so
    // that nothing (checks, query or body encoding) walks it.
    let mut params = json!({"order_id": "o1", "unknown": Value::Null});
    params["unknown"] = nested_list(20_000);
    let Err(Error::Validation(errors)) = validate_at("orders.retrieve", &params, now) else {
        panic!("deep unknown field accepted");
    };
    let got: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.rule)).collect();
    assert_eq!(got, vec![("", Rule::Type)]);
    drop_deep(params);
    let mut params = json!({"order_id": "o1", "unknown": Value::Null});
    params["unknown"] = nested_list(63);
    assert!(
        validate_at("orders.retrieve", &params, now).is_ok(),
        "64 levels are fine"
    );
}

#[test]
fn operations_json_describes_every_row_and_kind() {
    let doc: Value = serde_json::from_str(&pingxx::operations_json()).expect("operations_json is JSON");
    assert_eq!(doc["format"], 1);
    let ops = doc["operations"].as_array().expect("operations");
    assert_eq!(ops.len(), pingxx::operations().len());
    for (row, op) in pingxx::operations().iter().zip(ops) {
        assert_eq!(op["name"], row.name);
        assert_eq!(op["method"], row.method.as_str());
        assert_eq!(op["params"]["type"], "object", "{}", row.name);
        let kind = op["returns"]["kind"].as_str().unwrap();
        assert!(doc["kinds"][kind]["type"] == "object", "{}: kind {kind}", row.name);
        // A paginated operation returns a list; a list need not be paginated (`sub_banks.list`).
        if row.pagination.is_list() {
            assert_eq!(op["returns"]["list"], true, "{}", row.name);
        }
    }
    let create = ops.iter().find(|o| o["name"] == "orders.create").unwrap();
    assert_eq!(create["unique_param"], "merchant_order_no");
    let mut want = json!({"type": "string", "min_chars": 1, "max_chars": 64, "pattern": "alphanumeric_underscore",
               "required": true, "doc": "unique per app"});
    if !cfg!(feature = "schema-docs") {
        want.as_object_mut().unwrap().remove("doc");
    }
    assert_eq!(create["params"]["fields"]["merchant_order_no"], want);
    let list = ops.iter().find(|o| o["name"] == "events.list").unwrap();
    assert_eq!(list["pagination"], json!({"style": "cursor", "max_limit": 20}));
    assert_eq!(list["params"]["fields"]["limit"]["max"], 20);
    let charge = ops.iter().find(|o| o["name"] == "charges.create").unwrap();
    let extra = &charge["params"]["fields"]["extra"];
    assert_eq!(extra["type"], "by_channel");
    assert_eq!(extra["cases"]["wx_pub"]["fields"]["open_id"]["required"], true);
}
