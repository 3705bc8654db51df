//! A user's settle accounts and funds transfers through their typed methods.

use pingxx::api::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::{json, Value};

use super::from;

fn micro_deposit(mock: &MockHandle, id: &str) -> i64 {
    let url = format!("{}/_mock/settle_accounts/{id}/micro_deposit", mock.base_url());
    let text = ureq::get(&url)
        .call()
        .expect("the control endpoint answers")
        .body_mut()
        .read_to_string()
        .expect("a body");
    let body: Value = serde_json::from_str(&text).expect("JSON");
    body["receive_amount"]
        .as_i64()
        .expect("a bank account got a micro-deposit")
}

pub fn settle_accounts(mock: &MockHandle, client: &Client) {
    client.users().create(&from(json!({"id": "typed_sa_user"}))).unwrap();
    let accounts = client.users().settle_accounts();
    let created = accounts
        .create(
            "typed_sa_user",
            &from(
                json!({"channel": "bank_account", "recipient": {"account": "6214850266666666",
                "name": "张三", "type": "b2c", "open_bank": "招商银行", "open_bank_code": "0308"}}),
            ),
        )
        .unwrap();
    // The `{channel, recipient}` body answers a settle account, read through `CardBinding`.
    assert!(created.card_url.is_none());
    let account = created.settle_account().expect("a settle account");
    assert_eq!(account.channel.as_deref(), Some("bank_account"));
    let id = account.id.clone();
    assert_eq!(accounts.retrieve("typed_sa_user", &id).unwrap(), account);
    let listed = accounts
        .list("typed_sa_user", &UsersSettleAccountsListParams::default())
        .unwrap();
    assert_eq!(listed.data, vec![account.clone()]);

    let updated = accounts
        .update(
            "typed_sa_user",
            &id,
            &UsersSettleAccountsUpdateParams {
                recipient: from(json!({"account": "6214888888888866", "name": "张三", "type": "b2c",
                    "open_bank_code": "0308", "card_type": 0, "mobile": "13822334557"})),
                ..Default::default()
            },
        )
        .unwrap();
    let recipient = updated
        .recipient
        .as_ref()
        .and_then(|r| r.get())
        .cloned()
        .unwrap_or_default();
    assert_eq!(recipient["account"], "621488******8866");
    let moved = accounts
        .mobile(
            "typed_sa_user",
            &id,
            &UsersSettleAccountsMobileParams {
                mobile: "13900000000".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let recipient = moved
        .recipient
        .as_ref()
        .and_then(|r| r.get())
        .cloned()
        .unwrap_or_default();
    assert_eq!(recipient["mobile"], "13900000000");
    let verified = accounts
        .verify(
            "typed_sa_user",
            &id,
            &UsersSettleAccountsVerifyParams {
                receive_amount: micro_deposit(mock, &id),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(verified.id, id);
    assert_eq!(accounts.delete("typed_sa_user", &id).unwrap().deleted, Some(true));
    assert!(accounts.retrieve("typed_sa_user", &id).is_err());

    let funds = client.funds_transfers();
    let ft = funds
        .create(&FundsTransfersCreateParams {
            channel: "alipay_fund".into(),
            order_no: "20250411000002".into(),
            amount: 1000,
            subject: "测试充值".into(),
            description: Some("Your description".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((ft.status.as_deref(), ft.amount), (Some("pending"), Some(1000)));
    assert_eq!(funds.retrieve(&ft.id).unwrap(), ft);
}
