//! WeChat profit sharing: split receivers, split profits and profit
//! transactions, with their money rules (part of
//! `every_operation_of_the_table_is_served`).

use super::*;

/// A wx charge of `amount`, paid through `/_mock/charges/{id}/succeed`.
fn paid_wx_charge(run: &mut Run, mock: &MockHandle, order_no: &str, amount: i64) -> String {
    let ch = run.call(
        "charges.create",
        json!({"order_no": order_no, "app": {"id": APP}, "channel": "wx", "amount": amount,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
    );
    let id = ch["id"].as_str().unwrap().to_string();
    assert_eq!(settle(mock, &format!("/_mock/charges/{id}/succeed"))["paid"], true);
    id
}

fn recipient(receiver: &str, amount: i64, description: &str) -> Value {
    json!({"split_receiver": receiver, "amount": amount, "description": description})
}

fn split(run: &mut Run, order_no: &str, charge: &str, kind: &str, recipients: Value) -> Value {
    run.call(
        "split_profits.create",
        json!({"charge": charge, "order_no": order_no, "type": kind, "recipients": recipients, "metadata": {}}),
    )
}

fn split_fails(run: &mut Run, charge: &str, kind: &str, recipients: Value) -> pingxx::Error {
    run.fails(
        "split_profits.create",
        json!({"charge": charge, "order_no": "sp_refused", "type": kind, "recipients": recipients}),
    )
}

/// The receivers, two splits of a 1000-fen charge (one settled, one failed),
/// refunds stopped at what the splits left, the final `split_return`, and the
/// sums: refunded + shared = the charge's amount.
pub(super) fn split_profits(run: &mut Run, mock: &MockHandle) {
    // pingpp-php example/split_receiver/create.php.
    let merchant = run.call(
        "split_receivers.create",
        json!({"type": "MERCHANT_ID", "name": "示例商户全称", "account": "190001001", "channel": "wx_pub_qr"}),
    );
    let m = merchant["id"].as_str().unwrap().to_string();
    assert!(m.starts_with("recv_") && m.len() == 19, "{m}");
    assert_eq!(
        (
            merchant["app"].as_str(),
            merchant["type"].as_str(),
            merchant["name"].as_str()
        ),
        (Some(APP), Some("MERCHANT_ID"), Some("示例商户全称"))
    );
    let person = run.call(
        "split_receivers.create",
        json!({"type": "PERSONAL_OPENID", "account": "o9ZhA5WcXYZ", "channel": "wx", "metadata": {"k": "v"}}),
    );
    let p = person["id"].as_str().unwrap().to_string();
    // The same account again, or a merchant without its name, is refused.
    let e = run.fails(
        "split_receivers.create",
        json!({"type": "MERCHANT_ID", "name": "x", "account": "190001001", "channel": "wx_pub_qr"}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("account")), "{e}");
    let e = run.fails(
        "split_receivers.create",
        json!({"type": "MERCHANT_ID", "account": "190001002", "channel": "wx"}),
    );
    assert_eq!(e.code(), "validation_failed", "{e}");
    assert_eq!(
        run.call("split_receivers.retrieve", json!({"split_receiver_id": m}))["account"],
        "190001001"
    );
    assert_eq!(
        ids(&run.call(
            "split_receivers.list",
            json!({"type": "PERSONAL_OPENID", "page": 1, "per_page": 10})
        )),
        vec![p.clone()]
    );

    let charge = paid_wx_charge(run, mock, "spch001", 1000);
    let first = split(
        run,
        "9f2b7c1d0e4a4d5e8a6b3c2d1e0f9a8b",
        &charge,
        "split_normal",
        json!([
            {"split_receiver": m, "amount": 600, "name": "示例商户全称", "description": "Your Description"},
            recipient(&p, 100, "推广费"),
        ]),
    );
    let first_id = first["id"].as_str().unwrap().to_string();
    assert!(first_id.starts_with("sp_") && first_id.len() == 17, "{first_id}");
    assert_eq!(
        (
            first["charge"].as_str(),
            first["channel"].as_str(),
            first["type"].as_str()
        ),
        (Some(charge.as_str()), Some("wx"), Some("split_normal"))
    );
    assert_eq!(first["recipients"][0]["status"], "pending");
    assert_eq!(first["recipients"][1]["amount"], 100);
    let txs = run.call(
        "profit_transactions.list",
        json!({"split_profit": first_id, "per_page": 10}),
    );
    let amounts: Vec<i64> = txs["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["amount"].as_i64().unwrap())
        .collect();
    assert_eq!(amounts.iter().sum::<i64>(), 700, "{txs}");
    assert!(txs["data"].as_array().unwrap().iter().all(|t| t["status"] == "pending"));

    // 300 is left: a split of 301 and a refund of 301 are both refused.
    let e = split_fails(run, &charge, "split_normal", json!([recipient(&m, 301, "more")]));
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("recipients")), "{e}");
    assert!(e.to_string().contains("300 left"), "{e}");
    let e = run.fails(
        "charges.refunds.create",
        json!({"charge_id": charge, "amount": 301, "description": "r"}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("amount")), "{e}");
    assert!(e.to_string().contains("split receivers"), "{e}");
    // A wrong name, an unknown receiver.
    let e = split_fails(
        run,
        &charge,
        "split_normal",
        json!([{"split_receiver": m, "amount": 1, "name": "别人", "description": "d"}]),
    );
    assert_eq!(e.param(), Some("recipients[0].name"), "{e}");
    let e = split_fails(
        run,
        &charge,
        "split_normal",
        json!([recipient("recv_00000000000000", 1, "d")]),
    );
    assert_eq!(e.param(), Some("recipients[0].split_receiver"), "{e}");
    run.call(
        "charges.refunds.create",
        json!({"charge_id": charge, "amount": 100, "description": "r"}),
    );

    // The first split succeeds; the second (150 of the 200 left) fails and gives its money back.
    let done = settle(mock, &format!("/_mock/split_profits/{first_id}/succeed"));
    assert_eq!(done["recipients"][0]["status"], "succeeded");
    assert!(done["transaction_no"].is_string(), "{done}");
    let (status, body) = control(mock, &format!("/_mock/split_profits/{first_id}/fail"), "");
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("split_profit_id")),
        "{body}"
    );
    let tx0 = txs["data"][0]["id"].as_str().unwrap();
    let tx = run.call("profit_transactions.retrieve", json!({"profit_transaction_id": tx0}));
    assert_eq!(tx["status"], "succeeded");
    assert!(tx["time_finished"].is_i64(), "{tx}");
    let second = split(
        run,
        "sp0002",
        &charge,
        "split_normal",
        json!([recipient(&p, 150, "second")]),
    );
    let second_id = second["id"].as_str().unwrap();
    let failed = settle(mock, &format!("/_mock/split_profits/{second_id}/fail"));
    assert_eq!(failed["recipients"][0]["status"], "failed");
    assert_eq!(
        run.call(
            "profit_transactions.list",
            json!({"split_receiver": p, "status": "failed"})
        )["data"][0]["amount"],
        150
    );

    // The final split returns the 200 left to the merchant and ends the splitting.
    let e = split_fails(
        run,
        &charge,
        "split_return",
        json!([{"amount": 201, "description": "完结"}]),
    );
    assert_eq!(e.param(), Some("recipients"), "{e}");
    let last = split(
        run,
        "sp0003",
        &charge,
        "split_return",
        json!([{"amount": 200, "description": "完结分账"}]),
    );
    assert_eq!(last["recipients"][0]["split_receiver"], Value::Null);
    let e = split_fails(run, &charge, "split_normal", json!([recipient(&m, 1, "late")]));
    assert_eq!(e.param(), Some("charge"), "{e}");
    assert!(e.to_string().contains("ended"), "{e}");
    assert_eq!(
        ids(&run.call(
            "split_profits.list",
            json!({"charge": charge, "type": "split_return", "channel": "wx"})
        )),
        vec![last["id"].as_str().unwrap().to_string()]
    );
    assert_eq!(
        run.call("split_profits.retrieve", json!({"split_profit_id": first_id}))["recipients"][1]["status"],
        "succeeded"
    );
    // What the merchant kept can still be refunded, not a fen more.
    run.call(
        "charges.refunds.create",
        json!({"charge_id": charge, "amount": 200, "description": "r"}),
    );
    let e = run.fails(
        "charges.refunds.create",
        json!({"charge_id": charge, "amount": 1, "description": "r"}),
    );
    assert_eq!(e.param(), Some("amount"), "{e}");

    // The sums: refunded + what receivers got = the charge's amount.
    let refunded = run.call("charges.retrieve", json!({"charge_id": charge}))["amount_refunded"]
        .as_i64()
        .unwrap();
    let all = run.call("profit_transactions.list", json!({"per_page": 100}));
    let shared: i64 = all["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["status"] == "succeeded" && t["split_receiver"].is_string())
        .map(|t| t["amount"].as_i64().unwrap())
        .sum();
    assert_eq!((refunded, shared, refunded + shared), (300, 700, 1000));

    // Only succeeded WeChat charges split; a deleted receiver is gone.
    let other = paid_wx_charge(run, mock, "spch002", 500);
    let unpaid = run.call(
        "charges.create",
        json!({"order_no": "spch003", "app": {"id": APP}, "channel": "wx", "amount": 100,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    let e = split_fails(run, &unpaid, "split_normal", json!([recipient(&m, 1, "d")]));
    assert_eq!(e.param(), Some("charge"), "{e}");
    let scan = paid_charge(run, "spch004", 100);
    let e = split_fails(run, &scan, "split_normal", json!([recipient(&m, 1, "d")]));
    assert!(e.to_string().contains("isv_scan"), "{e}");
    assert_eq!(
        run.call("split_receivers.delete", json!({"split_receiver_id": p})),
        json!({"id": p, "deleted": true})
    );
    let e = run.fails("split_receivers.retrieve", json!({"split_receiver_id": p}));
    assert_eq!(e.http_status(), Some(404), "{e}");
    let e = split_fails(run, &other, "split_normal", json!([recipient(&p, 1, "d")]));
    assert_eq!(e.param(), Some("recipients[0].split_receiver"), "{e}");
    assert!(e.to_string().contains("deleted"), "{e}");
}

/// An order paid through wx: what a split of its charge took is not refundable
/// through the order either.
pub(super) fn order_refunds_keep_the_split(run: &mut Run, mock: &MockHandle) {
    let order = run.call(
        "orders.create",
        json!({"app": APP, "merchant_order_no": "mo_split_1", "amount": 300,
            "currency": "cny", "client_ip": "127.0.0.1", "subject": "s", "body": "b", "uid": "user_1"}),
    );
    let oid = order["id"].as_str().unwrap().to_string();
    run.call(
        "orders.pay",
        json!({"order_id": oid, "charge_amount": 300, "channel": "wx"}),
    );
    let charge = ids(&run.call("orders.charges.list", json!({"order_id": oid})))[0].clone();
    assert_eq!(settle(mock, &format!("/_mock/charges/{charge}/succeed"))["paid"], true);
    let receiver = run.call(
        "split_receivers.create",
        json!({"type": "PERSONAL_WECHATID", "name": "王五", "account": "wangwu", "channel": "wx"}),
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    split(
        run,
        "sp_order_1",
        &charge,
        "split_normal",
        json!([recipient(&receiver, 200, "佣金")]),
    );
    let e = run.fails(
        "orders.order_refunds.create",
        json!({"order_id": oid, "description": "all", "charge_amount": 101}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("charge_amount")), "{e}");
    let refund = run.call(
        "orders.order_refunds.create",
        json!({"order_id": oid, "description": "the rest", "charge_amount": 100}),
    );
    assert_eq!(
        (refund["amount"].as_i64(), refund["charge_amount"].as_i64()),
        (Some(100), Some(100))
    );
    // A reversal refunds what is left (nothing), never the split.
    let reversed = run.call("charges.reverse", json!({"charge_id": charge}));
    assert_eq!(
        (reversed["reversed"].as_bool(), reversed["amount_refunded"].as_i64()),
        (Some(true), Some(100))
    );
}
