//! Realistic events for `webhook trigger`, shaped like the API documents' examples.

use serde_json::{json, Value};

/// The event types `webhook trigger` can send.
pub const EVENT_TYPES: &[&str] = &[
    "charge.succeeded",
    "refund.succeeded",
    "order.succeeded",
    "order.refund.succeeded",
    "transfer.succeeded",
    "transfer.failed",
    "batch_transfer.succeeded",
    "red_envelope.sent",
    "red_envelope.received",
    "batch_refund.succeeded",
    "agreement.succeeded",
    "agreement.canceled",
    "recharge.succeeded",
    "withdrawal.succeeded",
    "withdrawal.failed",
    "royalty_settlement.created",
    "royalty_settlement.succeeded",
    "royalty_settlement.canceled",
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
    let transfer = |paid: bool| {
        json!({
            "id": random_id("tr_", 24),
            "object": "transfer",
            "type": "b2c",
            "created": now - 60,
            "time_transfered": if paid { json!(now) } else { Value::Null },
            "livemode": false,
            "status": if paid { "paid" } else { "failed" },
            "app": app,
            "channel": "wx_pub",
            "order_no": order_no,
            "batch_no": null,
            "amount": 1000,
            "amount_settle": 1000,
            "currency": "cny",
            "recipient": "o9zpMs9jIaLynQY9N6yxcZ",
            "description": "pingxx trigger payout",
            "transaction_no": if paid { json!(digits(28)) } else { Value::Null },
            "failure_msg": if paid { Value::Null } else { json!("pingxx trigger: the payout failed") },
            "extra": {"user_name": "张三", "force_check": false},
            "metadata": {}
        })
    };
    let red_envelope = |received: bool| {
        json!({
            "id": random_id("red_", 24),
            "object": "red_envelope",
            "created": now - 60,
            "received": if received { json!(now) } else { Value::Null },
            "refunded": null,
            "livemode": false,
            "status": if received { "received" } else { "sent" },
            "app": app,
            "channel": "wx_pub",
            "order_no": digits(20),
            "transaction_no": digits(28),
            "amount": 100,
            "amount_settle": 100,
            "currency": "cny",
            "recipient": "o9zpMs9jIaLynQY9N6yxcZ",
            "subject": "pingxx trigger",
            "body": "A test red envelope from pingxx webhook trigger",
            "description": null,
            "failure_msg": null,
            "extra": {"send_name": "pingxx", "nick_name": "pingxx"},
            "metadata": {}
        })
    };
    let batch_transfer = || {
        json!({
            "id": format!("1810{}", digits(15)),
            "object": "batch_transfer",
            "app": app,
            "amount": 3000,
            "batch_no": format!("bt{}", digits(10)),
            "channel": "balance",
            "currency": "cny",
            "created": now - 60,
            "description": "pingxx trigger payouts",
            "extra": {},
            "failure_msg": null,
            "fee": 0,
            "livemode": false,
            "metadata": {},
            "recipients": [
                {"user": "user_001", "amount": 1000, "transfer": random_id("tr_", 24), "status": "paid"},
                {"user": "user_002", "amount": 2000, "transfer": random_id("tr_", 24), "status": "paid"}
            ],
            "status": "succeeded",
            "time_succeeded": now,
            "type": "b2c"
        })
    };
    let batch_refund = || {
        let batch_id = format!("1900{}", digits(15));
        json!({
            "id": batch_id,
            "object": "batch_refund",
            "app": app,
            "batch_no": format!("br{}", digits(10)),
            "created": now - 5,
            "description": "pingxx trigger batch refund",
            "metadata": {},
            "charges": [{"charge": charge_id, "amount": 300, "status": "succeeded", "description": null, "funding_source": null}],
            "refunds": {"object": "list", "url": format!("/v1/batch_refunds/{batch_id}/refunds"), "has_more": false, "data": [refund(&order_no)]},
            "refund_url": null,
            "status": "succeeded",
            "time_succeeded": now,
            "livemode": false
        })
    };
    let agreement = |canceled: bool| {
        json!({
            "id": random_id("agr_", 14),
            "object": "agreement",
            "livemode": false,
            "app": app,
            "created": now - 60,
            "channel": "qpay",
            "contract_no": format!("{now}{}", digits(3)),
            "contract_id": digits(24),
            "credential": {},
            "status": if canceled { "canceled" } else { "succeeded" },
            "time_succeeded": now - 30,
            "time_canceled": if canceled { json!(now) } else { Value::Null },
            "failure_code": null,
            "failure_msg": null,
            "extra": {"display_account": "pingxx trigger"},
            "metadata": {}
        })
    };
    let recharge = || {
        let mut paid = charge.clone();
        paid["channel"] = json!("alipay");
        paid["extra"] = json!({});
        json!({
            "id": format!("220{}", digits(21)),
            "object": "recharge",
            "app": app,
            "created": now - 5,
            "livemode": false,
            "amount": 1000,
            "succeeded": true,
            "time_succeed": now,
            "refunded": false,
            "amount_refunded": 0,
            "user": "user_001",
            "from": "user_001",
            "user_fee": 10,
            "charge": paid,
            "balance_bonus": {"amount": 0, "balance_transaction": null},
            "balance_transaction": format!("310{}", digits(21)),
            "description": "pingxx trigger recharge",
            "metadata": {}
        })
    };
    let withdrawal = |succeeded: bool| {
        json!({
            "id": format!("17{}", digits(17)),
            "object": "withdrawal",
            "app": app,
            "amount": 500,
            "channel": "yeepay",
            "created": now - 5,
            "description": "pingxx trigger withdrawal",
            "extra": {"return_url": "https://example.com/back"},
            "failure_msg": if succeeded { Value::Null } else { json!("pingxx trigger: the withdrawal failed") },
            "fee": 0,
            "livemode": false,
            "metadata": {},
            "operation_url": null,
            "order_no": format!("tx{}", digits(10)),
            "source": null,
            "status": if succeeded { "succeeded" } else { "failed" },
            "time_canceled": null,
            "time_succeeded": if succeeded { json!(now) } else { Value::Null },
            "user": "user_001",
            "user_fee": 0,
            "balance_transaction": format!("310{}", digits(21)),
            "settle_account": null
        })
    };
    let object = match event_type {
        "charge.succeeded" => charge,
        "order.succeeded" => order,
        "refund.succeeded" => refund(&order_no),
        "order.refund.succeeded" => refund(&order_id),
        "transfer.succeeded" => transfer(true),
        "transfer.failed" => transfer(false),
        "batch_transfer.succeeded" => batch_transfer(),
        "red_envelope.sent" => red_envelope(false),
        "red_envelope.received" => red_envelope(true),
        "batch_refund.succeeded" => batch_refund(),
        "agreement.succeeded" => agreement(false),
        "agreement.canceled" => agreement(true),
        "recharge.succeeded" => recharge(),
        "withdrawal.succeeded" => withdrawal(true),
        "withdrawal.failed" => withdrawal(false),
        "royalty_settlement.created" => royalty_settlement("created", app, now),
        "royalty_settlement.succeeded" => royalty_settlement("succeeded", app, now),
        "royalty_settlement.canceled" => royalty_settlement("canceled", app, now),
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

/// A royalty settlement of two royalties (70 and 30 fen) to one user, in `status`.
fn royalty_settlement(status: &str, app: &str, now: i64) -> Value {
    let id = format!("431{}", digits(15));
    let (done, amount_key, count_key) = match status {
        "succeeded" => (true, "amount_succeeded", "count_succeeded"),
        "canceled" => (true, "amount_canceled", "count_canceled"),
        _ => (false, "amount_succeeded", "count_succeeded"),
    };
    let mut settlement = json!({
        "id": id,
        "object": "royalty_settlement",
        "livemode": false,
        "created": now - 60,
        "payer_app": app,
        "recipient_app": null,
        "method": "balance",
        "amount": 100,
        "amount_succeeded": 0,
        "amount_failed": 0,
        "amount_canceled": 0,
        "count": 2,
        "count_succeeded": 0,
        "count_failed": 0,
        "count_canceled": 0,
        "fee": 0,
        "status": status,
        "time_finished": if done { json!(now) } else { Value::Null },
        "operation_url": null,
        "metadata": {},
        "royalty_transactions": {
            "object": "list",
            "url": format!("/v1/royalty_transactions?royalty_settlement={id}"),
            "has_more": false,
            "data": [{
                "id": format!("441{}", digits(15)),
                "object": "royalty_transaction",
                "livemode": false,
                "created": now - 60,
                "amount": 100,
                "status": status,
                "royalty_settlement": id,
                "recipient_app": app,
                "source_user": "user_001",
                "settle_account": null,
                "transfer": null,
                "failure_msg": null
            }]
        }
    });
    if done {
        settlement[amount_key] = json!(100);
        settlement[count_key] = json!(2);
    }
    settlement
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
            // The object is one the core's models read and give back unchanged.
            let object = &v["data"]["object"];
            let kind = pingxx::models::Kind::from_name(object["object"].as_str().unwrap()).unwrap();
            assert_eq!(&kind.round_trip(object.clone()).unwrap(), object, "{t}");
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
