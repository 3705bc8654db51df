//! WeChat profit sharing through the typed methods: receivers, a split of a
//! paid wx charge, its profit transactions, the final split and a deletion.

use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::json;

use super::{charge_params, from};

/// `POST /_mock/{what}`: a control URL that must answer 200.
fn control(mock: &MockHandle, what: &str) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let url = format!("{}/_mock/{what}", mock.base_url());
    let status = agent
        .post(&url)
        .send(&b""[..])
        .expect("control answers")
        .status()
        .as_u16();
    assert_eq!(status, 200, "{url}");
}

pub fn split_profits(mock: &MockHandle, client: &Client) {
    let receivers = client.split_receivers();
    let merchant = receivers
        .create(&from(
            json!({"type": "MERCHANT_ID", "name": "示例商户全称", "account": "190001009",
            "channel": "wx_pub_qr"}),
        ))
        .unwrap();
    assert_eq!(merchant.receiver_type.as_deref(), Some("MERCHANT_ID"));
    assert_eq!(merchant.app.as_deref(), Some(super::APP));
    assert_eq!(
        receivers.retrieve(&merchant.id).unwrap().account.as_deref(),
        Some("190001009")
    );
    let listed = receivers
        .list(&from(json!({"channel": "wx_pub_qr", "per_page": 100})))
        .unwrap();
    assert!(listed.data.iter().any(|r| r.id == merchant.id));

    let charge = client.charges().create(&charge_params("typedsp01", "wx", 500)).unwrap();
    control(mock, &format!("charges/{}/succeed", charge.id));
    let profits = client.split_profits();
    let split = profits
        .create(&from(
            json!({"charge": charge.id, "order_no": "typed-sp-0001", "type": "split_normal",
            "recipients": [{"split_receiver": merchant.id, "amount": 120, "description": "Your Description"}]}),
        ))
        .unwrap();
    assert_eq!(split.split_type.as_deref(), Some("split_normal"));
    let recipients = split.recipients.clone().unwrap();
    assert_eq!(
        (
            recipients[0].amount,
            recipients[0].status.as_deref(),
            recipients[0].name.as_deref()
        ),
        (Some(120), Some("pending"), Some("示例商户全称"))
    );
    control(mock, &format!("split_profits/{}/succeed", split.id));
    assert_eq!(
        profits.retrieve(&split.id).unwrap().recipients.unwrap()[0]
            .status
            .as_deref(),
        Some("succeeded")
    );
    let listed = profits
        .list(&from(json!({"charge": charge.id, "type": "split_normal"})))
        .unwrap();
    assert_eq!(listed.data.len(), 1);

    let transactions = client.profit_transactions();
    let txs = transactions
        .list(&from(json!({"split_profit": split.id, "status": "succeeded"})))
        .unwrap();
    assert_eq!(txs.data.len(), 1);
    let tx = transactions.retrieve(&txs.data[0].id).unwrap();
    assert_eq!(
        (tx.amount, tx.split_receiver.as_deref(), tx.split_profit.as_deref()),
        (Some(120), Some(merchant.id.as_str()), Some(split.id.as_str()))
    );

    // 380 is left: the final split may return it all, and ends the splitting.
    let last = profits
        .create(&from(
            json!({"charge": charge.id, "order_no": "typed-sp-0002", "type": "split_return",
            "recipients": [{"amount": 380, "description": "完结分账"}]}),
        ))
        .unwrap();
    assert_eq!(last.split_type.as_deref(), Some("split_return"));
    let err = profits
        .create(&from(
            json!({"charge": charge.id, "order_no": "typed-sp-0003", "type": "split_normal",
            "recipients": [{"split_receiver": merchant.id, "amount": 1, "description": "late"}]}),
        ))
        .unwrap_err();
    assert_eq!((err.http_status(), err.param()), (Some(400), Some("charge")), "{err}");

    let deleted = receivers.delete(&merchant.id).unwrap();
    assert_eq!(
        (deleted.deleted, deleted.id.as_deref()),
        (Some(true), Some(merchant.id.as_str()))
    );
    assert_eq!(receivers.retrieve(&merchant.id).unwrap_err().http_status(), Some(404));
}
