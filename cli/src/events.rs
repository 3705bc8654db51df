//! Realistic events for `webhook trigger`, shaped like the API documents' examples.

use serde_json::{json, Value};

/// The event types `webhook trigger` can send.
pub const EVENT_TYPES: &[&str] = &[
    "charge.succeeded",
    "refund.succeeded",
    "order.succeeded",
    "order.refund.succeeded",
];

/// `prefix` + `n` random alphanumerics.
pub fn random_id(prefix: &str, n: usize) -> String {
    const ALNUM: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut s = String::with_capacity(prefix.len() + n);
    s.push_str(prefix);
    for _ in 0..n {
        s.push(ALNUM[fastrand::usize(..ALNUM.len())] as char);
    }
    s
}

fn digits(n: usize) -> String {
    (0..n).map(|_| char::from(b'0' + fastrand::u8(0..10))).collect()
}

/// Builds an event of `event_type` created at `now`, or `None` for an unknown type.
pub fn build(event_type: &str, app: &str, now: i64) -> Option<Value> {
    let charge_id = random_id("ch_", 24);
    let order_no = format!("{}{}", now, digits(6));
    let charge = json!({
        "id": charge_id,
        "object": "charge",
        "created": now - 5,
        "livemode": false,
        "paid": true,
        "refunded": false,
        "reversed": false,
        "app": app,
        "channel": "isv_scan",
        "order_no": order_no,
        "client_ip": "127.0.0.1",
        "amount": 1000,
        "amount_settle": 1000,
        "currency": "cny",
        "subject": "pingxx trigger",
        "body": "A test event from pingxx webhook trigger",
        "extra": {"scan_code": "134567890123456789", "terminal_id": "T0000001"},
        "time_paid": now - 1,
        "time_expire": now + 86_000,
        "time_settle": null,
        "transaction_no": digits(28),
        "refunds": {"object": "list", "url": list_url("charges.refunds.list", "charge_id", &charge_id), "has_more": false, "data": []},
        "amount_refunded": 0,
        "failure_code": null,
        "failure_msg": null,
        "metadata": {},
        "credential": {},
        "description": null
    });
    let order_id = format!("20{}", digits(17));
    let order = json!({
        "id": order_id,
        "object": "order",
        "created": now - 10,
        "livemode": false,
        "paid": true,
        "refunded": false,
        "status": "paid",
        "app": app,
        "uid": "user_001",
        "merchant_order_no": order_no,
        "amount": 1000,
        "coupon_amount": 0,
        "actual_amount": 1000,
        "amount_paid": 1000,
        "amount_refunded": 0,
        "currency": "cny",
        "subject": "pingxx trigger",
        "body": "A test event from pingxx webhook trigger",
        "client_ip": "127.0.0.1",
        "time_paid": now - 1,
        "time_expire": now + 86_000,
        "charge": charge_id,
        "charges": {"object": "list", "url": list_url("orders.charges.list", "order_id", &order_id), "has_more": false, "data": [charge]},
        "description": null,
        "metadata": {}
    });
    let refund = |order_no: &str| {
        json!({
            "id": random_id("re_", 24),
            "object": "refund",
            "order_no": order_no,
            "amount": 300,
            "created": now - 1,
            "succeed": true,
            "status": "succeeded",
            "time_succeed": now,
            "description": "pingxx trigger refund",
            "failure_code": null,
            "failure_msg": null,
            "metadata": {},
            "charge": charge_id,
            "charge_order_no": order_no,
            "transaction_no": digits(28)
        })
    };
    let object = match event_type {
        "charge.succeeded" => charge,
        "order.succeeded" => order,
        "refund.succeeded" => refund(&order_no),
        "order.refund.succeeded" => refund(&order_id),
        _ => return None,
    };
    Some(json!({
        "id": random_id("evt_", 24),
        "created": now,
        "livemode": false,
        "type": event_type,
        "data": {"object": object},
        "object": "event",
        "pending_webhooks": 0,
        "request": random_id("iar_", 24)
    }))
}

/// The URL of a list under one parent object, rendered from the operation table.
fn list_url(operation: &str, param: &str, id: &str) -> String {
    pingxx::find_operation(operation)
        .map(|op| op.path_with(&[(param, id)]))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_builds_a_parseable_event_of_that_type() {
        for t in EVENT_TYPES {
            let v = build(t, "app_1Gqj58ynP0mHeX1q", 1_700_000_000).unwrap();
            let body = serde_json::to_vec(&v).unwrap();
            let event = pingxx::Event::from_slice(&body).unwrap();
            assert_eq!(event.event_type, *t);
            assert!(event.id.starts_with("evt_") && event.id.len() == 28, "{}", event.id);
            assert_eq!(event.created, 1_700_000_000);
        }
    }

    #[test]
    fn objects_match_their_type() {
        let order = build("order.succeeded", "app_x", 0).unwrap();
        assert_eq!(order["data"]["object"]["object"], "order");
        assert_eq!(order["data"]["object"]["id"].as_str().unwrap().len(), 19);
        let refund = build("order.refund.succeeded", "app_x", 0).unwrap();
        assert_eq!(refund["data"]["object"]["object"], "refund");
        assert!(refund["data"]["object"]["id"].as_str().unwrap().starts_with("re_"));
        assert!(build("nope.happened", "app_x", 0).is_none());
    }
}
