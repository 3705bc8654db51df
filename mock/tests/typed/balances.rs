//! Recharges, balance bonuses, transfers, transactions, settlements and batch
//! withdrawals through their typed methods.

use pingxx::api::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::json;

use super::from;

fn available(client: &Client, user: &str) -> Option<i64> {
    client.users().retrieve(user).unwrap().available_balance
}

pub fn balances(_mock: &MockHandle, client: &Client) {
    for id in ["tb_a", "tb_b"] {
        client.users().create(&from(json!({"id": id}))).unwrap();
    }
    let recharges = client.recharges();
    // `isv_scan` charges are paid at once, so the recharge succeeds when created.
    let rc = recharges
        .create(&from(json!({"user": "tb_a", "balance_bonus": {"amount": 20},
            "charge": {"amount": 500, "channel": "isv_scan", "order_no": "trc001", "subject": "s", "body": "b",
            "extra": {"scan_code": "286801346868493272", "terminal_id": "T0000001"}}})))
        .unwrap();
    assert_eq!(rc.succeeded, Some(true));
    assert_eq!(available(client, "tb_a"), Some(520));
    assert_eq!(recharges.retrieve(&rc.id).unwrap().amount, Some(500));
    assert_eq!(recharges.list(&RechargesListParams::default()).unwrap().data.len(), 1);

    let bonus = client
        .balance_bonuses()
        .create(&from(json!({"user": "tb_b", "order_no": "tbb001", "amount": 30})))
        .unwrap();
    assert_eq!(
        client.balance_bonuses().retrieve(&bonus.id).unwrap().user.as_deref(),
        Some("tb_b")
    );
    assert_eq!(
        client
            .balance_bonuses()
            .list(&from(json!({"user": "tb_b"})))
            .unwrap()
            .data
            .len(),
        1
    );

    let transfers = client.balance_transfers();
    let tr = transfers
        .create(&from(
            json!({"user": "tb_a", "recipient": "tb_b", "order_no": "tbt001", "amount": 20}),
        ))
        .unwrap();
    assert_eq!(
        (available(client, "tb_a"), available(client, "tb_b")),
        (Some(500), Some(50))
    );
    assert_eq!(transfers.retrieve(&tr.id).unwrap().amount, Some(20));
    assert_eq!(
        transfers
            .list(&BalanceTransfersListParams::default())
            .unwrap()
            .data
            .len(),
        1
    );

    let txs = client.balance_transactions();
    let list = txs.list(&from(json!({"user": "tb_b"}))).unwrap();
    assert_eq!(list.data.len(), 2);
    let newest = txs.retrieve(&list.data[0].id).unwrap();
    assert_eq!((newest.amount, newest.available_balance), (Some(20), Some(50)));

    // The recharge refund needs the 520 it credited: tb_a has 500 now.
    let err = recharges
        .refunds()
        .create(&rc.id, &RechargesRefundsCreateParams::default())
        .unwrap_err();
    assert_eq!(err.param(), Some("recharge_id"), "{err}");
    client
        .balance_bonuses()
        .create(&from(json!({"user": "tb_a", "order_no": "tbb002", "amount": 20})))
        .unwrap();
    let refund = recharges
        .refunds()
        .create(&rc.id, &RechargesRefundsCreateParams::default())
        .unwrap();
    assert_eq!(refund.amount, Some(500));
    assert_eq!(available(client, "tb_a"), Some(0));
    assert_eq!(recharges.refunds().retrieve(&rc.id, &refund.id).unwrap().id, refund.id);
    assert_eq!(
        recharges
            .refunds()
            .list(&rc.id, &RechargesRefundsListParams::default())
            .unwrap()
            .data
            .len(),
        1
    );

    let order = client
        .orders()
        .create(&from(
            json!({"merchant_order_no": "tbs001", "amount": 100, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "s", "body": "b", "balance_settlement": {"user": "tb_b"}}),
        ))
        .unwrap();
    client.orders().pay(&order.id, &super::pay_balance(100)).unwrap();
    assert_eq!(available(client, "tb_b"), Some(150));
    let settlements = client.balance_settlements();
    let listed = settlements.list(&BalanceSettlementsListParams::default()).unwrap();
    assert_eq!(listed.data.len(), 1);
    assert_eq!(settlements.retrieve(&listed.data[0].id).unwrap().amount, Some(100));

    let wd = |no: &str| {
        client
            .withdrawals()
            .create(&from(
                json!({"user": "tb_b", "order_no": no, "amount": 75, "channel": "yeepay",
                "extra": {"return_url": "https://example.com/r"}}),
            ))
            .unwrap()
            .id
    };
    let (w1, w2) = (wd("tbw001"), wd("tbw002"));
    assert_eq!(available(client, "tb_b"), Some(0));
    let batches = client.batch_withdrawals();
    let batch = batches
        .create(&from(json!({"withdrawals": [w1, w2], "status": "pending"})))
        .unwrap();
    assert_eq!((batch.amount, batch.status.as_deref()), (Some(150), Some("pending")));
    assert_eq!(batches.retrieve(&batch.id).unwrap().count, Some(2));
    assert_eq!(
        batches.list(&BatchWithdrawalsListParams::default()).unwrap().data.len(),
        1
    );
}
