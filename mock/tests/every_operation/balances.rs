//! The balance families of the every-operation walk: recharges and their
//! refunds, bonuses, balance transfers, transactions, settlements and batch
//! withdrawals, with the ledger's rules.

use serde_json::json;

use super::{event_types, ids, settle, Run};
use pingxx_mock::MockHandle;

fn balance(run: &mut Run, user: &str) -> i64 {
    let u = run.call("users.retrieve", json!({"user_id": user}));
    assert_eq!(u["available_balance"], u["withdrawable_balance"], "{u}");
    u["available_balance"].as_i64().unwrap()
}

/// Every operation of the balance families; users `bal_a`, `bal_b` are made here.
pub(super) fn balances(run: &mut Run, mock: &MockHandle) {
    for id in ["bal_a", "bal_b"] {
        run.call("users.create", json!({"id": id}));
    }
    // A recharge waits for its charge; paying it credits amount - user_fee.
    let rc = run.call(
        "recharges.create",
        json!({"user": "bal_a", "user_fee": 10, "description": "top up",
        "charge": {"amount": 1000, "channel": "alipay", "order_no": "rc0001",
        "subject": "Recharge subject", "body": "Recharge body"}}),
    );
    let rc_id = rc["id"].as_str().unwrap().to_string();
    assert_eq!((rc["succeeded"].clone(), balance(run, "bal_a")), (json!(false), 0));
    let charge_id = rc["charge"]["id"].as_str().unwrap().to_string();
    settle(mock, &format!("/_mock/charges/{charge_id}/succeed"));
    let rc = run.call("recharges.retrieve", json!({"recharge_id": rc_id}));
    assert_eq!(rc["succeeded"], true);
    assert_eq!(balance(run, "bal_a"), 990);
    assert_eq!(
        ids(&run.call("recharges.list", json!({"page": 1, "per_page": 3}))),
        vec![rc_id.clone()]
    );
    let again = json!({"user": "bal_a", "charge": {"amount": 1, "channel": "alipay", "order_no": "rc0001",
        "subject": "s", "body": "b"}});
    let e = run.fails("recharges.create", again);
    assert_eq!(e.param(), Some("charge.order_no"), "{e}");

    // A bonus credits; a transfer moves amount + user_fee out of the sender.
    let bonus = run.call(
        "balance_bonuses.create",
        json!({"user": "bal_b", "order_no": "bb0001", "amount": 50, "description": "gift"}),
    );
    assert_eq!(balance(run, "bal_b"), 50);
    assert_eq!(
        run.call("balance_bonuses.retrieve", json!({"balance_bonus_id": bonus["id"]}))["amount"],
        50
    );
    assert_eq!(
        ids(&run.call("balance_bonuses.list", json!({"user": "bal_b"}))).len(),
        1
    );
    let tr = run.call(
        "balance_transfers.create",
        json!({"user": "bal_a", "recipient": "bal_b", "order_no": "bt0001", "amount": 100, "user_fee": 5}),
    );
    assert_eq!((balance(run, "bal_a"), balance(run, "bal_b")), (885, 150));
    assert_eq!(
        run.call("balance_transfers.retrieve", json!({"balance_transfer_id": tr["id"]}))["recipient"],
        "bal_b"
    );
    assert_eq!(ids(&run.call("balance_transfers.list", json!({"page": 1}))).len(), 1);
    let e = run.fails(
        "balance_transfers.create",
        json!({"user": "bal_b", "recipient": "0", "order_no": "bt0002", "amount": 151}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("amount")), "{e}");
    assert_eq!(balance(run, "bal_b"), 150, "a refused transfer moves nothing");
    run.call(
        "balance_transfers.create",
        json!({"user": "bal_b", "recipient": "0", "order_no": "bt0003", "amount": 150}),
    );
    assert_eq!(balance(run, "bal_b"), 0);

    // Every movement is a balance transaction with the balance after it.
    let txs = run.call("balance_transactions.list", json!({"user": "bal_a", "per_page": 100}));
    let amounts: Vec<(i64, i64)> = txs["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["amount"].as_i64().unwrap(), t["available_balance"].as_i64().unwrap()))
        .collect();
    assert_eq!(amounts, vec![(-105, 885), (990, 990)], "newest first");
    let tx_id = txs["data"][0]["id"].clone();
    assert_eq!(
        run.call(
            "balance_transactions.retrieve",
            json!({"balance_transaction_id": tx_id})
        )["source"],
        tr["id"]
    );

    // The recharge's charge is refunded only through the recharge; a recharge is not paid from a balance.
    let e = run.fails(
        "charges.refunds.create",
        json!({"charge_id": charge_id, "amount": 1, "description": "d"}),
    );
    assert_eq!(e.param(), Some("charge_id"), "{e}");
    let e = run.fails(
        "recharges.create",
        json!({"user": "bal_a", "charge": {"amount": 1, "channel": "balance", "order_no": "rc0002",
        "subject": "s", "body": "b"}}),
    );
    assert_eq!(e.param(), Some("charge.channel"), "{e}");
    // A recharge refund takes back what it credited, once, and refunds the charge.
    let e = run.fails("recharges.refunds.create", json!({"recharge_id": rc_id}));
    assert_eq!(e.param(), Some("recharge_id"), "885 left of the 990 credited: {e}");
    run.call(
        "balance_bonuses.create",
        json!({"user": "bal_a", "order_no": "bb0002", "amount": 105}),
    );
    let refund = run.call(
        "recharges.refunds.create",
        json!({"recharge_id": rc_id, "description": "back"}),
    );
    assert_eq!(refund["amount"], 990);
    assert_eq!(balance(run, "bal_a"), 0);
    let e = run.fails("recharges.refunds.create", json!({"recharge_id": rc_id}));
    assert_eq!(e.param(), Some("recharge_id"), "{e}");
    assert_eq!(
        run.call(
            "recharges.refunds.retrieve",
            json!({"recharge_id": rc_id, "refund_id": refund["id"]})
        )["charge"],
        charge_id
    );
    assert_eq!(
        ids(&run.call("recharges.refunds.list", json!({"recharge_id": rc_id}))).len(),
        1
    );
    assert_eq!(
        run.call("charges.retrieve", json!({"charge_id": charge_id}))["amount_refunded"],
        990
    );

    // An order with balance_settlement settles its amount less user_fee into the user's balance.
    let order = run.call(
        "orders.create",
        json!({"app": super::APP, "merchant_order_no": "bs0001", "amount": 300, "client_ip": "127.0.0.1",
        "currency": "cny", "subject": "s", "body": "b", "balance_settlement": {"user": "bal_b", "user_fee": 20}}),
    );
    run.call(
        "orders.pay",
        json!({"order_id": order["id"], "channel": "balance", "charge_amount": 300}),
    );
    assert_eq!(balance(run, "bal_b"), 280);
    // {"user": 0} (what the Go SDK sends when no settlement is wanted) settles nothing.
    let plain = run.call(
        "orders.create",
        json!({"app": super::APP, "merchant_order_no": "bs0002", "amount": 300, "client_ip": "127.0.0.1",
        "currency": "cny", "subject": "s", "body": "b", "balance_settlement": {"user": 0}}),
    );
    run.call(
        "orders.pay",
        json!({"order_id": plain["id"], "channel": "balance", "charge_amount": 300}),
    );
    let settlements = run.call("balance_settlements.list", json!({"page": 1}));
    assert_eq!(settlements["data"].as_array().unwrap().len(), 1);
    assert_eq!(settlements["data"][0]["amount"], 280);
    assert_eq!(
        run.call(
            "balance_settlements.retrieve",
            json!({"balance_settlement_id": settlements["data"][0]["id"]})
        )["user"],
        "bal_b"
    );

    // Batch withdrawals confirm or cancel all listed withdrawals, or none.
    let wd = |run: &mut Run, no: &str, amount: i64| -> String {
        run.call(
            "withdrawals.create",
            json!({"user": "bal_b", "order_no": no, "amount": amount, "channel": "yeepay",
            "extra": {"return_url": "https://example.com/r"}}),
        )["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (w1, w2) = (wd(run, "bw0001", 100), wd(run, "bw0002", 80));
    assert_eq!(balance(run, "bal_b"), 100);
    let e = run.fails(
        "batch_withdrawals.create",
        json!({"withdrawals": [w1, "1700000000000000000"], "status": "pending"}),
    );
    assert_eq!(e.param(), Some("withdrawals[1]"), "{e}");
    assert_eq!(
        run.call("withdrawals.retrieve", json!({"withdrawal_id": w1}))["status"],
        "created"
    );
    let batch = run.call(
        "batch_withdrawals.create",
        json!({"withdrawals": [w1, w2], "status": "canceled"}),
    );
    assert_eq!(
        (batch["amount"].clone(), batch["count_canceled"].clone()),
        (json!(180), json!(2))
    );
    assert_eq!(balance(run, "bal_b"), 280, "canceled withdrawals come back");
    assert_eq!(
        run.call(
            "batch_withdrawals.retrieve",
            json!({"batch_withdrawal_id": batch["id"]})
        )["status"],
        "canceled"
    );
    let w3 = wd(run, "bw0003", 280);
    let batch = run.call("batch_withdrawals.create", json!({"withdrawals": [w3]}));
    assert_eq!(batch["status"], "pending");
    assert_eq!(ids(&run.call("batch_withdrawals.list", json!({}))).len(), 2);
    assert_eq!(
        settle(mock, &format!("/_mock/withdrawals/{w3}/succeed"))["status"],
        "succeeded"
    );
    assert_eq!(balance(run, "bal_b"), 0);
    let types = event_types(run);
    for t in ["recharge.succeeded", "withdrawal.succeeded"] {
        assert!(types.iter().any(|x| x == t), "{t} missing from {types:?}");
    }
}
