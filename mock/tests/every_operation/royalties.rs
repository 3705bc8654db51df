//! Royalties: templates, an order's royalty data, the royalties paid orders
//! produce, their batch update, settlements and transactions, with the sums
//! checked (part of `every_operation_of_the_table_is_served`).

use super::*;

/// The app of the orders with royalty users (its own payer, apart from the rest of the walk).
const RAPP: &str = "app_RoyaltyPayer0001";

fn order(run: &mut Run, app: &str, no: &str, amount: i64, extra: Value) -> String {
    let mut params = json!({"app": app, "merchant_order_no": no, "amount": amount, "client_ip": "127.0.0.1",
        "currency": "cny", "subject": "s", "body": "b"});
    params
        .as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    run.call("orders.create", params)["id"].as_str().unwrap().to_string()
}

fn pay(run: &mut Run, id: &str, amount: i64) -> Value {
    let paid = run.call(
        "orders.pay",
        json!({"order_id": id, "charge_amount": amount, "channel": "isv_scan", "extra": scan_extra()}),
    );
    assert_eq!(paid["status"], "paid", "{paid}");
    paid
}

/// `(recipient_app, source_user, amount)` of the royalties of `source_no`, oldest first.
fn royalties_of(run: &mut Run, payer: &str, source_no: &str) -> Vec<(String, Value, i64)> {
    let list = run.call("royalties.list", json!({"payer_app": payer, "per_page": 100}));
    let mut out: Vec<(String, Value, i64)> = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["source_no"] == source_no)
        .map(|r| {
            (
                r["recipient_app"].as_str().unwrap().to_string(),
                r["source_user"].clone(),
                r["amount"].as_i64().unwrap(),
            )
        })
        .collect();
    out.reverse();
    out
}

fn sum(list: &Value, field: &str) -> i64 {
    list.as_array()
        .unwrap()
        .iter()
        .map(|o| o[field].as_i64().unwrap())
        .sum()
}

/// Templates, then orders whose payment produces royalties, then settlements.
pub(super) fn royalties(run: &mut Run) {
    // Templates: rate levels 0 and 1 (10 %, 5 %) and a level 2 the orders below do not reach.
    let rule = json!({"royalty_mode": "rate", "refund_mode": "no_refund", "allocation_mode": "receipt_reserved",
        "data": [{"level": 0, "value": 1000}, {"level": 1, "value": 500}, {"level": 2, "value": 2000}]});
    let template = run.call(
        "royalty_templates.create",
        json!({"name": "three levels", "rule": rule}),
    );
    assert_eq!(
        (template["app"].as_str(), template["object"].as_str()),
        (Some(APP), Some("royalty_template"))
    );
    let tid = template["id"].as_str().unwrap().to_string();
    let e = run.fails(
        "royalty_templates.create",
        json!({"rule": {"royalty_mode": "fixed", "refund_mode": "no_refund", "allocation_mode": "receipt_reserved",
            "data": [{"level": 1, "value": 1}, {"level": 1, "value": 2}]}}),
    );
    assert_eq!(
        (e.http_status(), e.param()),
        (Some(400), Some("rule.data[1].level")),
        "{e}"
    );
    assert_eq!(
        run.call("royalty_templates.retrieve", json!({"royalty_template_id": tid}))["name"],
        "three levels"
    );
    let fixed = run.call(
        "royalty_templates.create",
        json!({"name": "to change", "rule": {"royalty_mode": "rate", "refund_mode": "full_refund",
            "allocation_mode": "receipt_reserved", "data": [{"level": 0, "value": 1}]}}),
    );
    let fixed_id = fixed["id"].as_str().unwrap().to_string();
    assert_eq!(
        ids(&run.call("royalty_templates.list", json!({"per_page": 10}))),
        vec![fixed_id.clone(), tid.clone()]
    );
    // fixed: 800 fen to each of levels 0 and 1, more than a 1000-fen order can give.
    let changed = run.call(
        "royalty_templates.update",
        json!({"royalty_template_id": fixed_id, "name": "fixed 800",
            "rule": {"royalty_mode": "fixed", "refund_mode": "no_refund", "allocation_mode": "receipt_reserved",
                "data": [{"level": 0, "value": 800}, {"level": 1, "value": 800}]}}),
    );
    assert_eq!(
        (changed["name"].as_str(), changed["rule"]["royalty_mode"].as_str()),
        (Some("fixed 800"), Some("fixed"))
    );
    let gone = run.call("royalty_templates.create", json!({"rule": rule}));
    let gone_id = gone["id"].as_str().unwrap();
    assert_eq!(
        run.call("royalty_templates.delete", json!({"royalty_template_id": gone_id}))["deleted"],
        true
    );
    let e = run.fails("royalty_templates.retrieve", json!({"royalty_template_id": gone_id}));
    assert_eq!(e.http_status(), Some(404), "{e}");

    // The sub-app chain: APP (level 0) > sub1 (1) > sub2 (2); sub2's orders reach levels 0 and 1.
    let sub1 = run.call(
        "sub_apps.create",
        json!({"display_name": "royalty level 1", "user": "biz_ry_1"}),
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    let sub2 = run.call(
        "sub_apps.create",
        json!({"display_name": "royalty level 2", "user": "biz_ry_2", "parent_app": sub1}),
    );
    assert_eq!(sub2["level"], 2);
    let sub2 = sub2["id"].as_str().unwrap().to_string();
    let rated = order(run, &sub2, "ry_rate_01", 1000, json!({"royalty_template": tid}));
    pay(run, &rated, 1000);
    assert_eq!(
        royalties_of(run, &sub2, "ry_rate_01"),
        vec![(APP.to_string(), Value::Null, 100), (sub1.clone(), Value::Null, 50)],
        "10 % to the platform, 5 % to level 1, level 2 not reached"
    );
    let capped = order(run, &sub2, "ry_fixed_01", 1000, json!({"royalty_template": fixed_id}));
    pay(run, &capped, 1000);
    assert_eq!(
        royalties_of(run, &sub2, "ry_fixed_01"),
        vec![(APP.to_string(), Value::Null, 800), (sub1.clone(), Value::Null, 200)],
        "never more than the order amount"
    );
    let e = run.fails(
        "orders.create",
        json!({"app": RAPP, "merchant_order_no": "ry_bad_tpl", "amount": 10, "client_ip": "127.0.0.1",
            "currency": "cny", "subject": "s", "body": "b", "royalty_template": gone_id}),
    );
    assert_eq!(
        (e.http_status(), e.param()),
        (Some(400), Some("royalty_template")),
        "{e}"
    );

    // Royalty users on the order, then royalty data before and after payment.
    let e = run.fails(
        "orders.create",
        json!({"app": RAPP, "merchant_order_no": "ry_users_00", "amount": 100, "client_ip": "127.0.0.1",
            "currency": "cny", "subject": "s", "body": "b", "royalty_users": [{"user": "u1", "amount": 60}, {"user": "u2", "amount": 41}]}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("royalty_users")), "{e}");
    let users = order(
        run,
        RAPP,
        "ry_users_01",
        1000,
        json!({"royalty_users": [{"user": "u1", "amount": 300}, {"user": "u2", "amount": 200}]}),
    );
    pay(run, &users, 1000);
    assert_eq!(
        royalties_of(run, RAPP, "ry_users_01"),
        vec![
            (RAPP.to_string(), json!("u1"), 300),
            (RAPP.to_string(), json!("u2"), 200)
        ]
    );
    let later = order(run, RAPP, "ry_data_01", 1000, json!({}));
    let e = run.fails(
        "orders.royalty_datas.create",
        json!({"order_id": later, "app": RAPP, "charge": "ch_x", "royalty_users": [{"user": "u3", "amount": 400}]}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("charge")), "{e}");
    let taken = run.call(
        "orders.royalty_datas.create",
        json!({"order_id": later, "app": RAPP, "royalty_users": [{"user": "u3", "amount": 400}]}),
    );
    assert_eq!(
        taken,
        json!({"app": RAPP, "livemode": false, "order": later, "succeeded": true})
    );
    assert!(
        royalties_of(run, RAPP, "ry_data_01").is_empty(),
        "nothing before payment"
    );
    let charge = pay(run, &later, 1000)["charge"].as_str().unwrap().to_string();
    let e = run.fails(
        "orders.royalty_datas.create",
        json!({"order_id": later, "app": RAPP, "royalty_users": [{"user": "u4", "amount": 1}]}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("charge")), "{e}");
    let e = run.fails(
        "orders.royalty_datas.create",
        json!({"order_id": later, "app": RAPP, "charge": charge, "royalty_users": [{"user": "u4", "amount": 601}]}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("royalty_users")), "{e}");
    run.call(
        "orders.royalty_datas.create",
        json!({"order_id": later, "app": RAPP, "charge": charge, "royalty_users": [{"user": "u4", "amount": 600}]}),
    );
    let data = royalties_of(run, RAPP, "ry_data_01");
    assert_eq!(
        data,
        vec![
            (RAPP.to_string(), json!("u3"), 400),
            (RAPP.to_string(), json!("u4"), 600)
        ]
    );
    assert_eq!(data.iter().map(|r| r.2).sum::<i64>(), 1000, "the whole order, no more");

    // Retrieve, list, batch update.
    let all = run.call("royalties.list", json!({"app": RAPP, "per_page": 100}));
    assert_eq!(all["data"].as_array().unwrap().len(), 4);
    let u2 = all["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["source_user"] == "u2")
        .unwrap()
        .clone();
    let u2_id = u2["id"].as_str().unwrap().to_string();
    let one = run.call("royalties.retrieve", json!({"royalty_id": u2_id}));
    assert_eq!(
        (
            one["status"].as_str(),
            one["payer_app"].as_str(),
            one["source_url"].as_str()
        ),
        (
            Some("pending"),
            Some(RAPP),
            Some(format!("/v1/orders/{users}").as_str())
        )
    );
    let marked = run.call(
        "royalties.batch_update",
        json!({"ids": [u2_id], "method": "manual", "description": "paid by hand"}),
    );
    assert_eq!(
        (
            marked["data"][0]["status"].as_str(),
            marked["data"][0]["method"].as_str()
        ),
        (Some("settled"), Some("manual"))
    );
    let e = run.fails(
        "royalties.batch_update",
        json!({"ids": [u2_id, "411000000000000000"], "method": null}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("ids[1]")), "{e}");
    assert_eq!(
        run.call("royalties.retrieve", json!({"royalty_id": u2_id}))["status"],
        "settled",
        "all or nothing"
    );
    let unmarked = run.call("royalties.batch_update", json!({"ids": [u2_id], "method": null}));
    assert_eq!(
        (
            unmarked["data"][0]["status"].as_str(),
            unmarked["data"][0]["description"].as_str()
        ),
        (Some("pending"), Some("paid by hand"))
    );

    settlements(run, &sub1, &sub2);
}

/// Settlements of the royalties above: preview, create, confirm, cancel.
fn settlements(run: &mut Run, sub1: &str, sub2: &str) {
    let preview = run.call(
        "royalty_settlements.create",
        json!({"payer_app": RAPP, "method": "balance", "is_preview": true}),
    );
    assert_eq!(
        (preview["amount"].as_i64(), preview["count"].as_i64()),
        (Some(1500), Some(4))
    );
    let e = run.fails(
        "royalty_settlements.retrieve",
        json!({"royalty_settlement_id": preview["id"]}),
    );
    assert_eq!(e.http_status(), Some(404), "a preview is not kept: {e}");
    let e = run.fails(
        "royalty_settlements.create",
        json!({"payer_app": RAPP, "method": "balance", "created": {"gt": 1488211200, "lte": 1488297600}}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("created")), "{e}");

    let s = run.call(
        "royalty_settlements.create",
        json!({"payer_app": RAPP, "method": "balance", "created": {"gte": 1}, "metadata": {"k": "v"}}),
    );
    let sid = s["id"].as_str().unwrap().to_string();
    assert_eq!(
        (s["status"].as_str(), s["amount"].as_i64(), s["count"].as_i64()),
        (Some("created"), Some(1500), Some(4))
    );
    let txs = &s["royalty_transactions"]["data"];
    assert_eq!(txs.as_array().unwrap().len(), 4, "one per recipient");
    assert_eq!(sum(txs, "amount"), 1500, "the transactions add up to the settlement");
    let settled = run.call("royalties.list", json!({"royalty_settlement": sid, "per_page": 100}));
    assert_eq!(sum(&settled["data"], "amount"), 1500);
    assert!(
        settled["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == "settled"),
        "{settled}"
    );
    let e = run.fails(
        "royalty_settlements.create",
        json!({"payer_app": RAPP, "method": "balance"}),
    );
    assert_eq!(e.param(), Some("created"), "nothing left to settle: {e}");
    let tx_id = txs[0]["id"].as_str().unwrap().to_string();
    let tx = run.call(
        "royalty_transactions.retrieve",
        json!({"royalty_transaction_id": tx_id}),
    );
    assert_eq!(
        (tx["royalty_settlement"].as_str(), tx["status"].as_str()),
        (Some(sid.as_str()), Some("created"))
    );
    let done = run.call(
        "royalty_settlements.update",
        json!({"royalty_settlement_id": sid, "status": "pending"}),
    );
    assert_eq!(
        (
            done["status"].as_str(),
            done["amount_succeeded"].as_i64(),
            done["count_succeeded"].as_i64()
        ),
        (Some("succeeded"), Some(1500), Some(4))
    );
    let e = run.fails(
        "royalty_settlements.update",
        json!({"royalty_settlement_id": sid, "status": "canceled"}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("status")), "{e}");
    let listed = run.call(
        "royalty_transactions.list",
        json!({"royalty_settlement": sid, "per_page": 10}),
    );
    assert_eq!(sum(&listed["data"], "amount"), 1500);
    assert!(
        listed["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["status"] == "succeeded"),
        "{listed}"
    );

    // sub2's royalties: the platform 100 + 800, level 1 50 + 200; min_amount leaves level 1 out.
    let big = run.call(
        "royalty_settlements.create",
        json!({"payer_app": sub2, "method": "alipay", "min_amount": 300, "is_preview": true}),
    );
    assert_eq!((big["amount"].as_i64(), big["count"].as_i64()), (Some(900), Some(2)));
    let s2 = run.call(
        "royalty_settlements.create",
        json!({"payer_app": sub2, "method": "alipay"}),
    );
    let s2_id = s2["id"].as_str().unwrap().to_string();
    let mut per_recipient: Vec<(String, i64)> = s2["royalty_transactions"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["recipient_app"].as_str().unwrap().to_string(),
                t["amount"].as_i64().unwrap(),
            )
        })
        .collect();
    per_recipient.sort();
    let mut want = vec![(APP.to_string(), 900), (sub1.to_string(), 250)];
    want.sort();
    assert_eq!(per_recipient, want);
    let canceled = run.call(
        "royalty_settlements.update",
        json!({"royalty_settlement_id": s2_id, "status": "canceled"}),
    );
    assert_eq!(
        (canceled["status"].as_str(), canceled["amount_canceled"].as_i64()),
        (Some("canceled"), Some(1150))
    );
    let released = run.call(
        "royalties.list",
        json!({"payer_app": sub2, "status": "pending", "per_page": 10}),
    );
    assert_eq!(
        sum(&released["data"], "amount"),
        1150,
        "canceling releases the royalties"
    );
    assert!(released["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["royalty_settlement"].is_null()));
    assert_eq!(
        run.call("royalty_settlements.retrieve", json!({"royalty_settlement_id": s2_id}))["status"],
        "canceled"
    );
    assert_eq!(
        ids(&run.call("royalty_settlements.list", json!({"payer_app": sub2, "per_page": 10}))),
        vec![s2_id]
    );
}
