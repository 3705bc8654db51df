//! Storage limits and lists over many objects: `max_objects`, pages and cursors
//! read from the indexes give the same answers as a full scan would.

mod common;

use common::*;
use pingxx_mock::{MockConfig, MockServer};
use serde_json::{json, Value};

fn order_params(no: &str, app: &str) -> Value {
    json!({"app": app, "merchant_order_no": no, "amount": 10, "currency": "cny",
        "client_ip": "127.0.0.1", "subject": "s", "body": "b", "uid": "u1"})
}

fn ids(v: &Value) -> Vec<String> {
    v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn creates_beyond_max_objects_are_refused_with_an_api_error() {
    let mock = MockServer::start(MockConfig {
        max_objects: Some(3),
        ..MockConfig::default()
    })
    .unwrap();
    let client = client(&mock);
    let made: Vec<Value> = (0..3)
        .map(|i| {
            client
                .call("orders.create", order_params(&format!("cap{i}"), APP))
                .unwrap()
        })
        .collect();
    let e = client.call("orders.create", order_params("cap3", APP)).unwrap_err();
    assert_eq!((e.code(), e.http_status()), ("invalid_request", Some(400)), "{e}");
    assert!(e.to_string().contains("at most 3 objects"), "{e}");
    // Reads still work, and a reset frees the space.
    let id = made[0]["id"].as_str().unwrap();
    assert_eq!(
        client.call("orders.retrieve", json!({"order_id": id})).unwrap()["id"],
        id
    );
    mock.reset();
    client.call("orders.create", order_params("cap3", APP)).unwrap();
}

#[test]
fn pages_and_cursors_over_many_objects_of_several_owners() {
    let mock = start();
    let client = client(&mock);
    let other = "app_other000000001";
    let mut mine = Vec::new();
    for i in 0..60 {
        let app = if i % 3 == 0 { other } else { APP };
        let o = client
            .call("orders.create", order_params(&format!("m{i}"), app))
            .unwrap();
        if app == APP {
            mine.push(o["id"].as_str().unwrap().to_string());
        }
    }
    mine.reverse(); // newest first
    let page = |n: u32| {
        client
            .call("orders.list", json!({"app": APP, "page": n, "per_page": 15}))
            .unwrap()
    };
    let (p1, p3) = (page(1), page(3));
    assert_eq!(ids(&p1), mine[..15].to_vec());
    assert_eq!(
        (ids(&p3), p3["has_more"].clone()),
        (mine[30..40].to_vec(), json!(false))
    );
    assert_eq!(ids(&page(4)), Vec::<String>::new());

    // Cursor lists: refunds of one charge among refunds of others.
    let paid = |no: &str| {
        client
            .call(
                "charges.create",
                json!({"order_no": no, "app": {"id": APP}, "channel": "isv_scan", "amount": 1000, "extra": scan_extra(),
                    "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
            )
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (a, b) = (paid("cura"), paid("curb"));
    let mut refunds_a = Vec::new();
    for i in 0..12 {
        let ch = if i % 2 == 0 { &a } else { &b };
        let r = client
            .call(
                "charges.refunds.create",
                json!({"charge_id": ch, "amount": 1, "description": "r"}),
            )
            .unwrap();
        if ch == &a {
            refunds_a.push(r["id"].as_str().unwrap().to_string());
        }
    }
    refunds_a.reverse();
    let list = |extra: Value| {
        let mut p = json!({"charge_id": a, "limit": 2});
        p.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        client.call("charges.refunds.list", p).unwrap()
    };
    let first = list(json!({}));
    assert_eq!(
        (ids(&first), first["has_more"].clone()),
        (refunds_a[..2].to_vec(), json!(true))
    );
    let next = list(json!({"starting_after": refunds_a[1]}));
    assert_eq!(ids(&next), refunds_a[2..4].to_vec());
    let back = list(json!({"ending_before": refunds_a[4]}));
    assert_eq!(
        (ids(&back), back["has_more"].clone()),
        (refunds_a[2..4].to_vec(), json!(true))
    );
    let end = list(json!({"starting_after": refunds_a[4]}));
    assert_eq!(
        (ids(&end), end["has_more"].clone()),
        (refunds_a[5..].to_vec(), json!(false))
    );
    let e = client
        .call(
            "charges.refunds.list",
            json!({"charge_id": a, "starting_after": "re_nonexistent000000000000"}),
        )
        .unwrap_err();
    assert_eq!(e.param(), Some("starting_after"));
}
