//! Events become signed webhooks, retried until acknowledged.

mod common;

use common::*;
use pingxx::WebhookVerifier;
use pingxx_mock::{MockConfig, MockHandle, MockServer};
use serde_json::{json, Value};

fn mock_to(url: &str, signing_key_pem: Option<String>) -> MockHandle {
    MockServer::start(MockConfig {
        webhook_url: Some(url.to_string()),
        signing_key_pem,
        ..MockConfig::default()
    })
    .unwrap()
}

fn paid_order(client: &pingxx::Client, no: &str) -> Value {
    let order = client
        .call(
            "orders.create",
            json!({"app": APP, "merchant_order_no": no, "amount": 100, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "s", "body": "b"}),
        )
        .unwrap();
    client
        .call(
            "orders.pay",
            json!({"order_id": order["id"], "charge_amount": 100, "channel": "isv_scan", "extra": scan_extra()}),
        )
        .unwrap()
}

fn signature(r: &Received) -> String {
    pingxx::signature_from_headers(r.headers.iter().map(|(k, v)| (k.as_str(), v.as_str()))).expect("signed")
}

#[test]
fn each_event_is_posted_signed_with_the_emulator_key() {
    let hooks = Receiver::start(vec![]);
    let mock = mock_to(&hooks.url, None);
    let (status, pem) = raw("GET", &format!("{}/_mock/public_key", mock.base_url()), &[], None);
    assert_eq!(status, 200);
    let verifier = WebhookVerifier::from_pem(pem.as_str().unwrap()).unwrap();
    let order = paid_order(&client(&mock), "wh0001");
    let mut types = Vec::new();
    for _ in 0..2 {
        let r = hooks.next();
        let event = verifier
            .verify(&r.body, &signature(&r))
            .expect("verifies with /_mock/public_key");
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        types.push(v["type"].as_str().unwrap().to_string());
        if v["type"] == "order.succeeded" {
            assert_eq!(v["data"]["object"]["id"], order["id"]);
            assert_eq!(v["data"]["object"]["status"], "paid");
        }
        assert_eq!(serde_json::to_value(&event).unwrap()["id"], v["id"]);
    }
    assert_eq!(types, vec!["charge.succeeded", "order.succeeded"]);
    let mut tampered = hooks_body_of_next_refund(&mock, &order, &hooks);
    tampered.push(b'\n');
    assert!(verifier.verify(&tampered, "AAAA").is_err());
}

fn hooks_body_of_next_refund(mock: &MockHandle, order: &Value, hooks: &Receiver) -> Vec<u8> {
    client(mock)
        .call(
            "orders.order_refunds.create",
            json!({"order_id": order["id"], "description": "d", "charge_amount": 10}),
        )
        .unwrap();
    let a = hooks.next();
    let b = hooks.next();
    let types: Vec<Value> = [&a, &b]
        .iter()
        .map(|r| serde_json::from_slice::<Value>(&r.body).unwrap()["type"].clone())
        .collect();
    assert_eq!(types, vec![json!("refund.succeeded"), json!("order.refund.succeeded")]);
    b.body
}

#[test]
fn failed_deliveries_are_retried_and_pending_webhooks_counts_down() {
    let hooks = Receiver::start(vec![500, 503]);
    let mock = mock_to(&hooks.url, None);
    let client = client(&mock);
    let ch = client
        .call(
            "charges.create",
            json!({"order_no": "whretry1", "app": {"id": APP}, "channel": "isv_scan", "amount": 1,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b", "extra": scan_extra()}),
        )
        .unwrap();
    assert_eq!(ch["paid"], true);
    let bodies: Vec<Vec<u8>> = (0..3).map(|_| hooks.next().body).collect();
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "each retry sends the same bytes"
    );
    let event: Value = serde_json::from_slice(&bodies[0]).unwrap();
    let id = event["id"].as_str().unwrap();
    assert_eq!(event["pending_webhooks"], 1);
    let deliveries = eventually(|| {
        let d = mock.deliveries();
        (d.len() == 3).then_some(d)
    });
    let outcome: Vec<(u32, Option<u16>, bool)> =
        deliveries.iter().map(|d| (d.attempt, d.status, d.succeeded)).collect();
    assert_eq!(
        outcome,
        vec![(1, Some(500), false), (2, Some(503), false), (3, Some(200), true)]
    );
    let pending = eventually(|| {
        let e = client.call("events.retrieve", json!({"event_id": id})).unwrap();
        (e["pending_webhooks"] == 0).then_some(e)
    });
    assert_eq!(pending["type"], "charge.succeeded");
    let (status, list) = raw("GET", &format!("{}/_mock/deliveries", mock.base_url()), &[], None);
    assert_eq!(status, 200);
    assert_eq!(list["data"].as_array().unwrap().len(), 3);
}

#[test]
fn an_unreachable_url_keeps_the_event_pending() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/gone", closed.local_addr().unwrap());
    drop(closed);
    let mock = mock_to(&url, None);
    let client = client(&mock);
    client
        .call(
            "charges.create",
            json!({"order_no": "whgone1", "app": {"id": APP}, "channel": "balance", "amount": 1,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
        )
        .unwrap();
    let failed = eventually(|| {
        let d = mock.deliveries();
        (d.len() >= 2).then_some(d)
    });
    assert!(failed
        .iter()
        .all(|d| !d.succeeded && d.status.is_none() && d.error.is_some()));
    assert_eq!((failed[0].attempt, failed[1].attempt), (1, 2));
    let events = client.call("events.list", json!({})).unwrap();
    assert_eq!(events["data"][0]["pending_webhooks"], 1);
}

#[test]
fn a_configured_signing_key_signs_the_webhooks() {
    let hooks = Receiver::start(vec![]);
    let mock = mock_to(&hooks.url, Some(vector("keys/merchant_example_private_key_pkcs1.pem")));
    let verifier = WebhookVerifier::from_pem(&vector("keys/merchant_example_public_key_spki.pem")).unwrap();
    client(&mock)
        .call(
            "charges.create",
            json!({"order_no": "whkey1", "app": {"id": APP}, "channel": "balance", "amount": 1,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
        )
        .unwrap();
    let r = hooks.next();
    let event = verifier.verify(&r.body, &signature(&r)).unwrap();
    assert_eq!(serde_json::to_value(&event).unwrap()["type"], "charge.succeeded");
}

#[test]
fn agreement_events_are_posted_signed_when_signed_and_canceled() {
    let hooks = Receiver::start(vec![]);
    let mock = mock_to(&hooks.url, None);
    let (_, pem) = raw("GET", &format!("{}/_mock/public_key", mock.base_url()), &[], None);
    let verifier = WebhookVerifier::from_pem(pem.as_str().unwrap()).unwrap();
    let c = client(&mock);
    let agr = c
        .call("agreements.create", json!({"contract_no": "wh0001", "channel": "qpay"}))
        .unwrap();
    let id = agr["id"].as_str().unwrap();
    assert_eq!(control(&mock, &format!("/_mock/agreements/{id}/sign"), "").0, 200);
    c.call("agreements.update", json!({"agreement_id": id})).unwrap();
    for (expected, status) in [("agreement.succeeded", "succeeded"), ("agreement.canceled", "canceled")] {
        let r = hooks.next();
        let event = verifier.verify(&r.body, &signature(&r)).expect("verifies");
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(
            (v["type"].as_str(), event.event_type.as_str()),
            (Some(expected), expected)
        );
        assert_eq!(
            (
                v["data"]["object"]["id"].as_str(),
                v["data"]["object"]["status"].as_str()
            ),
            (Some(id), Some(status))
        );
    }
}

#[test]
fn royalty_settlement_events_are_posted_signed_when_created_and_confirmed() {
    let hooks = Receiver::start(vec![]);
    let mock = mock_to(&hooks.url, None);
    let (_, pem) = raw("GET", &format!("{}/_mock/public_key", mock.base_url()), &[], None);
    let verifier = WebhookVerifier::from_pem(pem.as_str().unwrap()).unwrap();
    let c = client(&mock);
    let order = c
        .call(
            "orders.create",
            json!({"merchant_order_no": "whry0001", "amount": 100, "client_ip": "127.0.0.1", "currency": "cny",
                "subject": "s", "body": "b", "royalty_users": [{"user": "u1", "amount": 70}, {"user": "u2", "amount": 30}]}),
        )
        .unwrap();
    let id = order["id"].as_str().unwrap();
    c.call(
        "orders.pay",
        json!({"order_id": id, "charge_amount": 100, "channel": "balance"}),
    )
    .unwrap();
    let s = c
        .call(
            "royalty_settlements.create",
            json!({"payer_app": APP, "method": "balance"}),
        )
        .unwrap();
    let sid = s["id"].as_str().unwrap();
    c.call(
        "royalty_settlements.update",
        json!({"royalty_settlement_id": sid, "status": "pending"}),
    )
    .unwrap();
    let mut seen = Vec::new();
    while seen.len() < 2 {
        let r = hooks.next();
        verifier.verify(&r.body, &signature(&r)).expect("verifies");
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        if v["type"].as_str().unwrap().starts_with("royalty_settlement.") {
            assert_eq!(v["data"]["object"]["id"], sid);
            assert_eq!(v["data"]["object"]["amount"], 100);
            seen.push((
                v["type"].as_str().unwrap().to_string(),
                v["data"]["object"]["status"].clone(),
            ));
        }
    }
    assert_eq!(
        seen,
        vec![
            ("royalty_settlement.created".to_string(), json!("created")),
            ("royalty_settlement.succeeded".to_string(), json!("succeeded"))
        ]
    );
}
