//! Drives `pingxx::Client::call` through every operation of the table against
//! the emulator, and fails when one of them is not exercised.

#[path = "every_operation/agreements.rs"]
mod agreements;
#[path = "every_operation/balances.rs"]
mod balances;
mod common;
#[path = "every_operation/coupons.rs"]
mod coupons;
#[path = "every_operation/royalties.rs"]
mod royalties;
#[path = "every_operation/settle_accounts.rs"]
mod settle_accounts;
#[path = "every_operation/split_profits.rs"]
mod split_profits;
#[path = "every_operation/sub_apps.rs"]
mod sub_apps;

use std::collections::BTreeSet;

use common::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::{json, Value};

struct Run {
    client: Client,
    seen: BTreeSet<&'static str>,
    /// Operations whose unique number was sent twice and refused the second time.
    repeats_refused: BTreeSet<&'static str>,
}

impl Run {
    fn call(&mut self, op: &str, params: Value) -> Value {
        let operation = pingxx::find_operation(op).unwrap_or_else(|| panic!("{op} is not in the table"));
        self.seen.insert(operation.name);
        let out = self
            .client
            .call(op, params.clone())
            .unwrap_or_else(|e| panic!("{op}: {e} {}", e.to_json()));
        // The same unique number again is refused, whatever else the request says.
        let at = |f: &&str| params.pointer(&format!("/{}", f.replace('.', "/"))).is_some();
        if let Some(field) = operation.unique_param.filter(at) {
            let e = self.fails(op, params);
            assert_eq!((e.http_status(), e.param()), (Some(400), Some(field)), "{op}: {e}");
            assert!(e.to_string().contains("already used"), "{op}: {e}");
            self.repeats_refused.insert(operation.name);
        }
        out
    }

    fn fails(&mut self, op: &str, params: Value) -> pingxx::Error {
        match self.client.call(op, params) {
            Ok(v) => panic!("{op} should have failed, answered {v}"),
            Err(e) => e,
        }
    }
}

fn ids(list: &Value) -> Vec<String> {
    list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_string())
        .collect()
}

fn channel_params() -> Value {
    json!({"fee_rate": 60, "mer_id": "123456789012345", "inst_id": "12345678",
           "key": "0123456789abcdef0123456789abcdef", "support_refund": true})
}

#[test]
fn every_operation_of_the_table_is_served() {
    let mock = start();
    let mut run = Run {
        client: client(&mock),
        seen: BTreeSet::new(),
        repeats_refused: BTreeSet::new(),
    };
    let app = json!({"id": APP});

    // Charges.
    let paid = run.call("charges.create", json!({"order_no": "ch001", "app": app, "channel": "isv_scan",
        "amount": 100, "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b", "extra": scan_extra()}));
    assert_eq!(paid["paid"], true);
    assert_eq!(paid["app"], APP);
    let ch1 = paid["id"].as_str().unwrap().to_string();
    let open = run.call(
        "charges.create",
        json!({"order_no": "ch002", "app": app, "channel": "alipay",
        "amount": 200, "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
    );
    assert_eq!(open["paid"], false);
    assert!(open["credential"]["alipay"].is_object(), "{open}");
    let ch2 = open["id"].as_str().unwrap().to_string();
    assert_eq!(run.call("charges.retrieve", json!({"charge_id": ch2}))["amount"], 200);
    let all = run.call("charges.list", json!({"app": app, "limit": 10}));
    assert_eq!(ids(&all), vec![ch2.clone(), ch1.clone()], "newest first");
    let only_paid = run.call("charges.list", json!({"app": app, "paid": true}));
    assert_eq!(ids(&only_paid), vec![ch1.clone()]);
    let re = run.call(
        "charges.refunds.create",
        json!({"charge_id": ch1, "amount": 30, "description": "part"}),
    );
    assert!(re["id"].as_str().unwrap().starts_with("re_"));
    assert_eq!(re["charge"], ch1.as_str());
    let e = run.fails(
        "charges.refunds.create",
        json!({"charge_id": ch1, "amount": 80, "description": "too much"}),
    );
    assert_eq!(e.param(), Some("amount"), "{e}");
    let re_id = re["id"].as_str().unwrap();
    assert_eq!(
        run.call(
            "charges.refunds.retrieve",
            json!({"charge_id": ch1, "refund_id": re_id})
        )["amount"],
        30
    );
    assert_eq!(
        ids(&run.call("charges.refunds.list", json!({"charge_id": ch1}))),
        vec![re_id.to_string()]
    );
    assert_eq!(
        run.call("charges.retrieve", json!({"charge_id": ch1}))["amount_refunded"],
        30
    );
    assert_eq!(run.call("charges.reverse", json!({"charge_id": ch2}))["reversed"], true);

    // Orders.
    let order = run.call(
        "orders.create",
        json!({"app": APP, "merchant_order_no": "mo_0001", "amount": 100,
        "currency": "cny", "client_ip": "127.0.0.1", "subject": "s", "body": "b", "uid": "user_1"}),
    );
    let oid = order["id"].as_str().unwrap().to_string();
    assert_eq!(oid.len(), 19);
    assert!(oid.bytes().all(|b| b.is_ascii_digit()));
    assert_eq!(order["status"], "created");
    assert_eq!(
        run.call("orders.retrieve", json!({"order_id": oid}))["merchant_order_no"],
        "mo_0001"
    );
    assert_eq!(
        ids(&run.call("orders.list", json!({"app": APP, "page": 1, "per_page": 10}))),
        vec![oid.clone()]
    );
    let paid_order = run.call(
        "orders.pay",
        json!({"order_id": oid, "charge_amount": 100, "channel": "isv_scan",
        "extra": scan_extra()}),
    );
    assert_eq!(paid_order["status"], "paid");
    assert_eq!(paid_order["paid"], true);
    let och = paid_order["charge"].as_str().unwrap().to_string();
    assert_eq!(
        run.call("orders.charges.retrieve", json!({"order_id": oid, "charge_id": och}))["paid"],
        true
    );
    assert_eq!(
        ids(&run.call("orders.charges.list", json!({"order_id": oid}))),
        vec![och.clone()]
    );
    let orf = run.call(
        "orders.order_refunds.create",
        json!({"order_id": oid, "description": "part", "charge_amount": 40}),
    );
    assert_eq!(orf["object"], "order_refund");
    assert_eq!(orf["amount"], 40);
    let orf_id = orf["id"].as_str().unwrap().to_string();
    assert_eq!(
        run.call(
            "orders.order_refunds.retrieve",
            json!({"order_id": oid, "refund_id": orf_id})
        )["order"],
        oid.as_str()
    );
    assert_eq!(
        ids(&run.call("orders.order_refunds.list", json!({"order_id": oid}))),
        vec![orf_id]
    );
    let rf = run.call(
        "orders.refunds.create",
        json!({"order_id": oid, "order_no": "rf0001", "amount": 10,
        "charge": och, "description": "more"}),
    );
    let rf_id = rf["id"].as_str().unwrap().to_string();
    assert_eq!((rf["object"].clone(), rf_id.len()), (json!("order_refund"), 24), "{rf}");
    assert!(
        rf["refund"].as_str().unwrap().starts_with("re_"),
        "the charge refund behind it"
    );
    assert_eq!(
        run.call("orders.refunds.retrieve", json!({"order_id": oid, "refund_id": rf_id}))["amount"],
        10
    );
    assert!(ids(&run.call("orders.refunds.list", json!({"order_id": oid}))).contains(&rf_id));
    let after = run.call("orders.retrieve", json!({"order_id": oid}));
    assert_eq!(after["amount_refunded"], 50);
    assert_eq!(after["status"], "refunded");
    let other = run.call(
        "orders.create",
        json!({"app": APP, "merchant_order_no": "mo_0002", "amount": 10,
        "currency": "cny", "client_ip": "127.0.0.1", "subject": "s", "body": "b"}),
    );
    let canceled = run.call("orders.cancel", json!({"order_id": other["id"]}));
    assert_eq!(canceled["status"], "canceled");

    // Events.
    let events = run.call("events.list", json!({"limit": 20}));
    let types: BTreeSet<String> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_string())
        .collect();
    for t in [
        "charge.succeeded",
        "refund.succeeded",
        "order.succeeded",
        "order.refund.succeeded",
    ] {
        assert!(types.contains(t), "{t} missing from {types:?}");
    }
    let first = events["data"][0]["id"].as_str().unwrap().to_string();
    assert!(first.starts_with("evt_") && first.len() == 28, "{first}");
    assert_eq!(
        run.call("events.retrieve", json!({"event_id": first}))["object"],
        "event"
    );

    // Users and sub-apps.
    let user = run.call("users.create", json!({"id": "user_001", "name": "Li"}));
    assert_eq!(user["type"], "customer");
    assert_eq!(run.call("users.retrieve", json!({"user_id": "user_001"}))["name"], "Li");
    assert_eq!(
        run.call(
            "users.update",
            json!({"user_id": "user_001", "email": "li@example.com"})
        )["email"],
        "li@example.com"
    );
    let sub = run.call("sub_apps.create", json!({"display_name": "sub one", "user": "biz_001"}));
    let sub_id = sub["id"].as_str().unwrap().to_string();
    assert!(sub_id.starts_with("app_") && sub_id.len() == 20, "{sub_id}");
    assert_eq!(sub["level"], 1);
    assert_eq!(sub["parent_app"], APP);
    let biz = run.call("users.retrieve", json!({"user_id": "biz_001"}));
    assert_eq!(biz["type"], "business");
    assert_eq!(biz["related_app"], sub_id.as_str());
    let users = run.call("users.list", json!({"page": 1, "per_page": 20}));
    assert_eq!(ids(&users).len(), 2);
    assert_eq!(
        run.call("sub_apps.retrieve", json!({"sub_app_id": sub_id}))["display_name"],
        "sub one"
    );
    assert_eq!(
        run.call(
            "sub_apps.update",
            json!({"sub_app_id": sub_id, "display_name": "sub two"})
        )["display_name"],
        "sub two"
    );
    assert_eq!(ids(&run.call("sub_apps.list", json!({}))), vec![sub_id.clone()]);
    let ch = run.call(
        "sub_apps.channels.create",
        json!({"sub_app_id": sub_id, "channel": "isv_scan", "params": channel_params()}),
    );
    assert_eq!(ch["channel"], "isv_scan");
    assert_eq!(
        run.call(
            "sub_apps.channels.retrieve",
            json!({"sub_app_id": sub_id, "channel": "isv_scan"})
        )["banned"],
        false
    );
    let upd = run.call(
        "sub_apps.channels.update",
        json!({"sub_app_id": sub_id, "channel": "isv_scan",
        "params": channel_params(), "description": "updated"}),
    );
    assert_eq!(upd["description"], "updated");
    assert_eq!(
        run.call(
            "sub_apps.channels.delete",
            json!({"sub_app_id": sub_id, "channel": "isv_scan"})
        )["deleted"],
        true
    );
    let e = run.fails(
        "sub_apps.channels.retrieve",
        json!({"sub_app_id": sub_id, "channel": "isv_scan"}),
    );
    assert_eq!(e.http_status(), Some(404));

    // Simple account.
    assert_eq!(run.call("upload_pic.create", json!({"pic": "aGVsbG8="}))["app"], APP);
    assert_eq!(
        run.call("card_bin.query", json!({"account": "6214850213609784"}))["card_bin"],
        "621485"
    );
    let sa = run.call(
        "users.settle_accounts.create",
        json!({"user_id": "user_001", "return_url": "https://example.com/r"}),
    );
    assert_eq!((sa["app"].as_str(), sa["user"].as_str()), (Some(APP), Some("user_001")));
    assert!(
        sa["card_url"]
            .as_str()
            .unwrap()
            .ends_with("redirectUrl=https%3A%2F%2Fexample.com%2Fr"),
        "{sa}"
    );
    let sa2 = run.call(
        "settle_accounts.create",
        json!({"channel": "bank_account", "user": "user_001",
        "recipient": {"account": "6214850213609784", "type": "b2c", "open_bank": "ICBC"}}),
    );
    assert_eq!(sa2["recipient"]["account"], "621485******9784");
    assert_eq!(sa2["id"].as_str().unwrap().len(), 24);
    let user = run.call("users.retrieve", json!({"user_id": "user_001"}));
    assert_eq!(user["settle_accounts"][0]["id"], sa2["id"]);
    let cus = run.call(
        "cus_applications.create",
        json!({"user": "user_001", "order_no": "kh0001", "cert_type": "ID_CARD",
        "cert_name": "Li", "cert_number": "110101199003077777", "mobile": "13800000000"}),
    );
    assert_eq!(
        run.call("cus_applications.retrieve", json!({"cus_id": cus["id"]}))["object"],
        "cus_application"
    );
    let mch = run.call("mch_applications.create", mch_params());
    assert_eq!(
        run.call("mch_applications.retrieve", json!({"mch_id": mch["id"]}))["object"],
        "mch_application"
    );
    let micro = run.call("micro_applications.create", micro_params());
    // Not retryable (no unique_param), yet their order_no is unique too.
    for (op, params) in [
        ("mch_applications.create", mch_params()),
        ("micro_applications.create", micro_params()),
    ] {
        assert_eq!(run.fails(op, params).param(), Some("order_no"), "{op}");
    }
    assert_eq!(
        run.call("micro_applications.retrieve", json!({"mch_id": micro["id"]}))["user"],
        "biz_001"
    );
    // Merchant and micro applications share a kind; each resource serves only its own.
    let e = run.fails("mch_applications.retrieve", json!({"mch_id": micro["id"]}));
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("mch_id")), "{e}");
    let dep = run.call(
        "deposits.create",
        json!({"user": "user_001", "order_no": "cz0001", "amount": 1,
        "extra": {"return_url": "https://example.com/r"}}),
    );
    assert_eq!(dep["status"], "created");
    assert!(dep["extra"]["credential"].is_string());
    // The deposit funds the withdrawal below: a withdrawal leaves the user's balance.
    let dep = settle(
        &mock,
        &format!("/_mock/deposits/{}/succeed", dep["id"].as_str().unwrap()),
    );
    assert_eq!(dep["status"], "succeeded");
    let wd = run.call(
        "withdrawals.create",
        json!({"user": "user_001", "order_no": "tx0001", "amount": 1,
        "channel": "yeepay", "extra": {"return_url": "https://example.com/r"}}),
    );
    let wd_id = wd["id"].as_str().unwrap().to_string();
    assert_eq!(wd["status"], "created");
    assert_eq!(
        run.call("withdrawals.retrieve", json!({"withdrawal_id": wd_id}))["order_no"],
        "tx0001"
    );
    assert_eq!(ids(&run.call("withdrawals.list", json!({}))), vec![wd_id.clone()]);
    assert_eq!(
        run.call(
            "withdrawals.confirm",
            json!({"withdrawal_id": wd_id, "status": "pending"})
        )["status"],
        "pending"
    );
    let (status, done) = control(&mock, &format!("/_mock/withdrawals/{wd_id}/succeed"), "");
    assert_eq!((status, &done["status"]), (200, &json!("succeeded")));

    // Allocations.
    let alloc = run.call(
        "allocations.create",
        json!({"app": APP, "order": oid, "order_no": "fz0001",
        "recipients": [{"user": "user_001", "amount": 10}]}),
    );
    let alloc_id = alloc["id"].as_str().unwrap().to_string();
    assert_eq!(alloc["amount"], 10);
    assert_eq!(
        run.call("allocations.retrieve", json!({"allocation_id": alloc_id}))["order"],
        oid.as_str()
    );
    let back = run.call(
        "allocation_refunds.create",
        json!({"app": APP, "order": oid, "order_no": "tfz0001",
        "senders": [{"user": "user_001", "amount": 5}], "extra": {"allocation": alloc_id}}),
    );
    assert_eq!(back["type"], "allocation_refund");
    let comp = run.call(
        "allocation_completes.create",
        json!({"app": APP, "order": oid, "order_no": "wc0001"}),
    );
    assert_eq!(
        run.call(
            "allocation_completes.retrieve",
            json!({"allocation_complete_id": comp["id"]})
        )["order_no"],
        "wc0001"
    );
    assert_eq!(
        run.call("sub_apps.delete", json!({"sub_app_id": sub_id}))["deleted"],
        true
    );

    money_out(&mut run, &mock);
    balances::balances(&mut run, &mock);
    refunds_customs_and_services(&mut run);
    settle_accounts::settle_accounts_and_funds_transfers(&mut run, &mock);
    agreements::agreements(&mut run, &mock);
    agreements::trade_detail(&mut run);
    agreements::upload_pic(&mut run, &mock);
    sub_apps::contacts(&mut run, &mock);
    sub_apps::transfer_channels(&mut run);
    royalties::royalties(&mut run);
    coupons::coupons(&mut run, &mock);
    split_profits::split_profits(&mut run, &mock);
    split_profits::order_refunds_keep_the_split(&mut run, &mock);

    let missing: Vec<&str> = pingxx::operations()
        .iter()
        .map(|op| op.name)
        .filter(|n| !run.seen.contains(n))
        .collect();
    assert!(missing.is_empty(), "operations not exercised: {missing:?}");
    let unchecked: Vec<&str> = pingxx::operations()
        .iter()
        .filter(|op| op.unique_param.is_some() && !run.repeats_refused.contains(op.name))
        .map(|op| op.name)
        .collect();
    assert!(unchecked.is_empty(), "unique numbers never repeated: {unchecked:?}");
    // Every call above reached the emulator and routed to the operation named.
    let routed: BTreeSet<String> = mock.requests().into_iter().filter_map(|r| r.operation).collect();
    for name in &run.seen {
        assert!(routed.contains(*name), "{name} never routed");
    }
}

fn mch_params() -> Value {
    json!({
        "user": "biz_001", "order_no": "qy0001",
        "business_license": {"copy": "pic1", "number": "911100001234567890", "account_opening_license": "J1000012345678",
            "account_opening_license_copy": "pic2", "company_name": "Example Co", "short_name": "Example", "sign_type": "enterprise"},
        "legal_person_id_card": {"type": "id_card", "copy": "pic3", "national": "pic4", "number": "110101199003077777", "name": "Li"},
        "contact_id_card": {"number": "110101199003077777", "name": "Li", "mobile": "13800000000", "email": "li@example.com",
            "service_phone": "4000000000"},
        "merchant_address": {"province": "北京", "city": "北京", "district": "朝阳", "address": "某路 1 号"},
        "settle_account": {"account": "6214850213609784", "type": "b2b", "bank_code": "CMB"},
    })
}

fn micro_params() -> Value {
    json!({
        "user": "biz_001", "order_no": "xw0001",
        "business_license": {"sign_name": "Li's shop", "short_name": "Li"},
        "merchant_address": {"province": "北京", "city": "北京", "district": "朝阳", "address": "某路 1 号"},
        "legal_person_id_card": {"type": "id_card", "number": "110101199003077777", "copy": "pic3", "national": "pic4",
            "name": "Li", "mobile": "13800000000"},
        "settle_account": {"account": "6214850213609784", "type": "b2c", "bank_code": "CMB"},
    })
}

/// The types of the events made so far, oldest first.
fn event_types(run: &mut Run) -> Vec<String> {
    let events = run.call("events.list", json!({"limit": 20}));
    let mut types: Vec<String> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_string())
        .collect();
    types.reverse();
    types
}

fn settle(mock: &MockHandle, path: &str) -> Value {
    let (status, body) = control(mock, path, "");
    assert_eq!(status, 200, "{path}: {body}");
    body
}

/// Transfers, batch transfers and red envelopes, with their state rules.
fn money_out(run: &mut Run, mock: &MockHandle) {
    let transfer = |order_no: &str| {
        json!({"channel": "balance", "order_no": order_no, "amount": 100, "currency": "cny",
            "type": "b2c", "recipient": "user_001", "description": "payout"})
    };
    let t1 = run.call("transfers.create", transfer("tr0001"));
    assert_eq!(
        (t1["status"].as_str(), t1["app"].as_str()),
        (Some("pending"), Some(APP))
    );
    let t1 = t1["id"].as_str().unwrap().to_string();
    assert_eq!(
        settle(mock, &format!("/_mock/transfers/{t1}/succeed"))["status"],
        "paid"
    );
    let paid = run.call("transfers.retrieve", json!({"transfer_id": t1}));
    assert_eq!(paid["status"], "paid");
    assert!(paid["time_transfered"].is_i64(), "{paid}");
    for op in ["transfers.cancel", "transfers.reverse"] {
        let e = run.fails(op, json!({"transfer_id": t1}));
        assert_eq!(
            (e.http_status(), e.param()),
            (Some(400), Some("transfer_id")),
            "{op}: {e}"
        );
    }
    let t2 = run.call("transfers.create", transfer("tr0002"))["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        run.call("transfers.reverse", json!({"transfer_id": t2}))["status"],
        "reversed"
    );
    let t3 = run.call("transfers.create", transfer("tr0003"))["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        run.call("transfers.cancel", json!({"transfer_id": t3}))["status"],
        "canceled"
    );
    let t4 = run.call("transfers.create", transfer("tr0004"))["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(settle(mock, &format!("/_mock/transfers/{t4}/fail"))["status"], "failed");
    let list = run.call("transfers.list", json!({"limit": 10}));
    assert_eq!(
        ids(&list),
        vec![t4, t3, t2, t1.clone()],
        "newest first, the client's app"
    );

    let batch = run.call(
        "batch_transfers.create",
        json!({"batch_no": "bt0001", "channel": "balance", "amount": 300, "type": "b2c", "description": "d",
            "recipients": [{"user": "user_001", "amount": 100}, {"user": "user_002", "amount": 200}]}),
    );
    assert_eq!(batch["status"], "pending");
    let id = batch["id"].as_str().unwrap().to_string();
    let parts: Vec<String> = batch["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["transfer"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(parts.len(), 2);
    let part = run.call("transfers.retrieve", json!({"transfer_id": parts[1]}));
    assert_eq!(
        (
            part["amount"].as_i64(),
            part["batch_no"].as_str(),
            part["recipient"].as_str()
        ),
        (Some(200), Some("bt0001"), Some("user_002"))
    );
    settle(mock, &format!("/_mock/transfers/{}/succeed", parts[0]));
    let half = run.call("batch_transfers.retrieve", json!({"batch_transfer_id": id}));
    assert_eq!(
        (half["status"].as_str(), half["recipients"][0]["status"].as_str()),
        (Some("pending"), Some("paid"))
    );
    settle(mock, &format!("/_mock/transfers/{}/fail", parts[1]));
    let done = run.call("batch_transfers.retrieve", json!({"batch_transfer_id": id}));
    assert_eq!(done["status"], "succeeded", "one of two paid: {done}");
    assert_eq!(done["recipients"][1]["status"], "failed");
    let e = run.fails("batch_transfers.cancel", json!({"batch_transfer_id": id}));
    assert_eq!(e.param(), Some("batch_transfer_id"), "{e}");
    let other = run.call(
        "batch_transfers.create",
        json!({"batch_no": "bt0002", "channel": "balance", "amount": 100, "type": "b2c",
            "recipients": [{"user": "user_001", "amount": 100}]}),
    );
    let other_id = other["id"].as_str().unwrap().to_string();
    let canceled = run.call("batch_transfers.cancel", json!({"batch_transfer_id": other_id}));
    assert_eq!(
        (
            canceled["status"].as_str(),
            canceled["recipients"][0]["status"].as_str()
        ),
        (Some("canceled"), Some("canceled"))
    );
    let part = canceled["recipients"][0]["transfer"].as_str().unwrap();
    assert_eq!(
        run.call("transfers.retrieve", json!({"transfer_id": part}))["status"],
        "canceled"
    );
    assert_eq!(
        ids(&run.call("batch_transfers.list", json!({"per_page": 10}))),
        vec![other_id, id]
    );

    let red = |order_no: &str| {
        json!({"channel": "wx_pub", "order_no": order_no, "amount": 100, "currency": "cny",
            "recipient": "o9zpMs9jIaLynQY9N6yxcZ", "subject": "红包", "body": "恭喜发财"})
    };
    let r1 = run.call("red_envelopes.create", red("88001"));
    assert_eq!(r1["status"], "sent");
    let r1 = r1["id"].as_str().unwrap().to_string();
    assert_eq!(
        settle(mock, &format!("/_mock/red_envelopes/{r1}/receive"))["status"],
        "received"
    );
    let r2 = run.call("red_envelopes.create", red("88002"))["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        settle(mock, &format!("/_mock/red_envelopes/{r2}/refund"))["status"],
        "refunded"
    );
    let (status, again) = control(mock, &format!("/_mock/red_envelopes/{r2}/receive"), "");
    assert_eq!(status, 400, "a refunded envelope is not received: {again}");
    assert_eq!(
        run.call("red_envelopes.retrieve", json!({"red_envelope_id": r1}))["status"],
        "received"
    );
    assert_eq!(ids(&run.call("red_envelopes.list", json!({"limit": 5}))), vec![r2, r1]);

    let types = event_types(run);
    for wanted in [
        "transfer.succeeded",
        "transfer.failed",
        "batch_transfer.succeeded",
        "red_envelope.sent",
        "red_envelope.received",
    ] {
        assert!(types.iter().any(|t| t == wanted), "no {wanted} in {types:?}");
    }
}

/// A paid charge of the client's app, on the instant channel.
fn paid_charge(run: &mut Run, order_no: &str, amount: i64) -> String {
    let ch = run.call(
        "charges.create",
        json!({"order_no": order_no, "app": {"id": APP}, "channel": "isv_scan", "amount": amount,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b", "extra": scan_extra()}),
    );
    assert_eq!(ch["paid"], true);
    ch["id"].as_str().unwrap().to_string()
}

/// Batch refunds, customs declarations, identification, card info and sub-banks.
fn refunds_customs_and_services(run: &mut Run) {
    let a = paid_charge(run, "br001", 300);
    let b = paid_charge(run, "br002", 500);
    // Asking more of a charge than is left refunds nothing at all.
    let e = run.fails(
        "batch_refunds.create",
        json!({"batch_no": "br0001", "charges": [a, {"charge": b, "amount": 400}, {"charge": b, "amount": 200}]}),
    );
    assert_eq!(e.param(), Some("charges[2]"), "{e}");
    assert_eq!(
        run.call("charges.retrieve", json!({"charge_id": a}))["amount_refunded"],
        0
    );
    let batch = run.call(
        "batch_refunds.create",
        json!({"batch_no": "br0001", "description": "batch", "charges": [a, {"charge": b, "amount": 400}]}),
    );
    assert_eq!(batch["status"], "succeeded");
    assert_eq!(batch["refunds"]["data"].as_array().unwrap().len(), 2);
    assert_eq!(
        run.call("charges.retrieve", json!({"charge_id": a}))["amount_refunded"],
        300,
        "the whole charge"
    );
    assert_eq!(
        run.call("charges.retrieve", json!({"charge_id": b}))["amount_refunded"],
        400
    );
    let id = batch["id"].as_str().unwrap().to_string();
    assert_eq!(
        run.call("batch_refunds.retrieve", json!({"batch_refund_id": id}))["batch_no"],
        "br0001"
    );
    assert_eq!(ids(&run.call("batch_refunds.list", json!({"per_page": 5}))), vec![id]);

    let c = paid_charge(run, "cu001", 100);
    let customs = json!({"charge": c, "channel": "isv_scan", "trade_no": "15112496832609",
        "customs_code": "GUANGZHOU", "amount": 100, "extra": {"certif_type": "01"}});
    let decl = run.call("customs.create", customs.clone());
    assert_eq!(
        (decl["status"].as_str(), decl["charge"].as_str()),
        (Some("succeeded"), Some(c.as_str()))
    );
    let e = run.fails(
        "customs.create",
        json!({"charge": "ch_missing", "channel": "isv_scan",
        "trade_no": "15112496832610", "customs_code": "GUANGZHOU", "amount": 100}),
    );
    assert_eq!(e.param(), Some("charge"), "{e}");
    let id = decl["id"].as_str().unwrap().to_string();
    assert_eq!(
        run.call("customs.retrieve", json!({"customs_id": id}))["trade_no"],
        "15112496832609"
    );
    assert_eq!(ids(&run.call("customs.list", json!({}))), vec![id]);

    let person = json!({"id_name": "张三", "id_number": "310181198910107641"});
    let ok = run.call("identification.create", json!({"type": "id_card", "data": person}));
    assert_eq!((ok["result_code"].as_i64(), ok["app"].as_str()), (Some(0), Some(APP)));
    let bad = run.call(
        "identification.create",
        json!({"type": "id_card", "data": {"id_name": "张三", "id_number": "31018119891010"}}),
    );
    assert_eq!(bad["result_code"], 1);
    let info = run.call("card_info.query", json!({"bank_account": "6225210207073918"}));
    assert_eq!(
        (info["card_bin"].as_str(), info["open_bank_code"].as_str()),
        (Some("622521"), Some("0308"))
    );
    let banks = run.call(
        "sub_banks.list",
        json!({"channel": "chanpay", "open_bank_code": "0308", "prov": "上海", "city": "上海"}),
    );
    let first = &banks["data"][0];
    assert_eq!(
        (first["city"].as_str(), banks["object"].as_str()),
        (Some("上海"), Some("list"))
    );
    assert!(first["sub_bank_code"].as_str().unwrap().starts_with("0308"), "{banks}");
}
