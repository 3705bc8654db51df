//! A user's settle accounts (both create bodies, update, mobile, micro-deposit
//! verification, delete) and funds transfers, with their state rules.

use pingxx_mock::MockHandle;
use serde_json::{json, Value};

use super::{ids, settle, Run};
use crate::common::raw;

/// The PHP SDK example's bank account recipient.
fn bank_recipient() -> Value {
    json!({"account": "6214888888888888", "name": "张三", "type": "b2c", "open_bank_code": "0308",
        "open_bank": "招商银行", "card_type": 0, "sub_bank": "招商银行股份有限公司上海陆家嘴支行"})
}

pub(super) fn settle_accounts_and_funds_transfers(run: &mut Run, mock: &MockHandle) {
    run.call("users.create", json!({"id": "sa_user"}));
    let create =
        |channel: &str, recipient: Value| json!({"user_id": "sa_user", "channel": channel, "recipient": recipient});

    let bank = run.call("users.settle_accounts.create", create("bank_account", bank_recipient()));
    assert_eq!(
        (bank["object"].as_str(), bank["channel"].as_str()),
        (Some("settle_account"), Some("bank_account"))
    );
    assert_eq!(
        bank["recipient"]["account"], "621488******8888",
        "the card number is masked"
    );
    assert_eq!(bank["recipient"]["open_bank_code"], "0308");
    let bank_id = bank["id"].as_str().unwrap().to_string();
    let alipay = run.call(
        "users.settle_accounts.create",
        create(
            "alipay",
            json!({"account": "user@example.com", "name": 3000, "type": "b2c"}),
        ),
    );
    assert_eq!(alipay["recipient"]["account"], "user@example.com");
    let alipay_id = alipay["id"].as_str().unwrap().to_string();
    // The card binding body still answers a card page.
    let page = run.call(
        "users.settle_accounts.create",
        json!({"user_id": "sa_user", "return_url": "https://example.com/r"}),
    );
    assert!(page.get("id").is_none() && page["card_url"].is_string(), "{page}");
    // Neither body, both bodies, an unknown user.
    let e = run.fails("users.settle_accounts.create", json!({"user_id": "sa_user"}));
    assert_eq!((e.code(), e.param()), ("validation_failed", Some("channel")), "{e}");
    let mut both = create("wx_pub", json!({"account": "o1"}));
    both["return_url"] = json!("https://example.com/r");
    let e = run.fails("users.settle_accounts.create", both);
    assert_eq!(e.param(), Some("channel"), "{e}");
    let e = run.fails(
        "users.settle_accounts.create",
        json!({"user_id": "nobody", "channel": "wx_pub", "recipient": {"account": "o1"}}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("user_id")), "{e}");

    let key = |id: &str| json!({"user_id": "sa_user", "settle_account_id": id});
    assert_eq!(
        run.call("users.settle_accounts.retrieve", key(&bank_id))["recipient"]["name"],
        "张三"
    );
    let listed = ids(&run.call(
        "users.settle_accounts.list",
        json!({"user_id": "sa_user", "per_page": 10}),
    ));
    assert_eq!(listed, vec![alipay_id.clone(), bank_id.clone()]);
    let user = run.call("users.retrieve", json!({"user_id": "sa_user"}));
    assert_eq!(user["settle_accounts"].as_array().unwrap().len(), 2);
    // Another user's path does not find them.
    run.call("users.create", json!({"id": "sa_other"}));
    let e = run.fails(
        "users.settle_accounts.retrieve",
        json!({"user_id": "sa_other", "settle_account_id": bank_id}),
    );
    assert_eq!(
        (e.http_status(), e.param()),
        (Some(404), Some("settle_account_id")),
        "{e}"
    );

    let mut update = key(&bank_id);
    let mut recipient = bank_recipient();
    recipient["account"] = json!("6214888888888866");
    update["recipient"] = recipient;
    let updated = run.call("users.settle_accounts.update", update);
    assert_eq!(updated["recipient"]["account"], "621488******8866");
    assert_eq!(updated["id"], bank_id.as_str());
    let mut not_bank = key(&alipay_id);
    not_bank["recipient"] = bank_recipient();
    let e = run.fails("users.settle_accounts.update", not_bank);
    assert_eq!(
        (e.http_status(), e.param()),
        (Some(400), Some("settle_account_id")),
        "{e}"
    );
    let mut mobile = key(&bank_id);
    mobile["mobile"] = json!("13822334557");
    let with_mobile = run.call("users.settle_accounts.mobile", mobile);
    assert_eq!(
        (
            with_mobile["recipient"]["mobile"].as_str(),
            with_mobile["recipient"]["open_bank_code"].as_str()
        ),
        (Some("13822334557"), Some("0308"))
    );
    let user = run.call("users.retrieve", json!({"user_id": "sa_user"}));
    let copy = user["settle_accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == bank_id.as_str())
        .cloned();
    assert_eq!(
        copy.unwrap()["recipient"]["mobile"],
        "13822334557",
        "the user's copy follows"
    );

    // Verification by the micro-deposit the emulator made.
    let (status, deposit) = raw(
        "GET",
        &format!("{}/_mock/settle_accounts/{bank_id}/micro_deposit", mock.base_url()),
        &[],
        None,
    );
    assert_eq!(status, 200, "{deposit}");
    let amount = deposit["receive_amount"].as_i64().unwrap();
    assert!((1..100).contains(&amount), "{deposit}");
    assert_eq!(deposit["verified"], false);
    let mut wrong = key(&bank_id);
    wrong["receive_amount"] = json!(amount % 99 + 1);
    let e = run.fails("users.settle_accounts.verify", wrong);
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("receive_amount")), "{e}");
    let mut right = key(&bank_id);
    right["receive_amount"] = json!(amount);
    assert_eq!(run.call("users.settle_accounts.verify", right)["id"], bank_id.as_str());
    let (_, deposit) = raw(
        "GET",
        &format!("{}/_mock/settle_accounts/{bank_id}/micro_deposit", mock.base_url()),
        &[],
        None,
    );
    assert_eq!(deposit["verified"], true);
    let mut not_bank = key(&alipay_id);
    not_bank["receive_amount"] = json!(1);
    let e = run.fails("users.settle_accounts.verify", not_bank);
    assert_eq!(e.param(), Some("settle_account_id"), "{e}");

    let gone = run.call("users.settle_accounts.delete", key(&alipay_id));
    assert_eq!(gone, json!({"id": alipay_id, "deleted": true}));
    let e = run.fails("users.settle_accounts.retrieve", key(&alipay_id));
    assert_eq!(
        (e.http_status(), e.param()),
        (Some(404), Some("settle_account_id")),
        "{e}"
    );
    let e = run.fails("users.settle_accounts.delete", key(&alipay_id));
    assert_eq!(e.http_status(), Some(404), "{e}");
    assert_eq!(
        ids(&run.call("users.settle_accounts.list", json!({"user_id": "sa_user"}))),
        vec![bank_id.clone()]
    );
    let user = run.call("users.retrieve", json!({"user_id": "sa_user"}));
    assert_eq!(user["settle_accounts"].as_array().unwrap().len(), 1);

    // Funds transfers: pending, then succeeded by the control endpoint; a repeated order_no is refused by `call`.
    let ft = run.call(
        "funds_transfers.create",
        json!({"channel": "alipay_fund", "order_no": "20250411000001", "amount": 1000,
            "subject": "测试充值", "description": "Your description"}),
    );
    assert_eq!(
        (ft["status"].as_str(), ft["amount"].as_i64(), ft["object"].as_str()),
        (Some("pending"), Some(1000), Some("funds_transfer"))
    );
    let id = ft["id"].as_str().unwrap().to_string();
    let done = settle(mock, &format!("/_mock/funds_transfers/{id}/succeed"));
    assert_eq!(done["status"], "succeeded");
    let got = run.call("funds_transfers.retrieve", json!({"funds_transfer_id": id}));
    assert_eq!(
        (got["status"].as_str(), got["time_succeeded"].is_i64()),
        (Some("succeeded"), true)
    );
    let (status, again) = crate::common::control(mock, &format!("/_mock/funds_transfers/{id}/fail"), "");
    assert_eq!(
        (status, again["error"]["param"].as_str()),
        (400, Some("funds_transfer_id")),
        "{again}"
    );
    let e = run.fails(
        "funds_transfers.retrieve",
        json!({"funds_transfer_id": "7312504116419046403"}),
    );
    assert_eq!(e.http_status(), Some(404), "{e}");
}
