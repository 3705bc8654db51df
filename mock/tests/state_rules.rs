//! The state rules: order and charge life cycles, refund limits, sub-app levels,
//! uniqueness, withdrawals, pagination, filters and the query forms of the SDKs.

mod common;

use common::*;
use pingxx::Client;
use serde_json::{json, Value};

fn order(client: &Client, no: &str, amount: i64) -> String {
    client
        .call(
            "orders.create",
            json!({"app": APP, "merchant_order_no": no, "amount": amount, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "s", "body": "b"}),
        )
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn pay_scan(client: &Client, id: &str, amount: i64) -> Result<Value, pingxx::Error> {
    client.call(
        "orders.pay",
        json!({"order_id": id, "charge_amount": amount, "channel": "isv_scan", "extra": scan_extra()}),
    )
}

fn charge(client: &Client, no: &str, channel: &str) -> Value {
    client
        .call(
            "charges.create",
            json!({"order_no": no, "app": {"id": APP}, "channel": channel, "amount": 100,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
        )
        .unwrap()
}

fn event_types(client: &Client) -> Vec<String> {
    let list = client.call("events.list", json!({"limit": 20})).unwrap();
    list["data"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .map(|e| e["type"].as_str().unwrap().to_string())
        .collect()
}

fn auth() -> String {
    format!("Bearer {KEY}")
}

#[test]
fn canceled_and_expired_orders_cannot_be_paid_and_paid_ones_cannot_be_canceled() {
    let mock = start();
    let client = client(&mock);
    let canceled = order(&client, "st_cancel", 100);
    client.call("orders.cancel", json!({"order_id": canceled})).unwrap();
    let e = pay_scan(&client, &canceled, 100).unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("order_id")));
    assert!(e.to_string().contains("canceled"), "{e}");
    let expired = order(&client, "st_expire", 100);
    assert_eq!(control(&mock, &format!("/_mock/orders/{expired}/expire"), "").0, 200);
    assert!(pay_scan(&client, &expired, 100)
        .unwrap_err()
        .to_string()
        .contains("expired"));
    assert!(
        client.call("orders.cancel", json!({"order_id": expired})).is_err(),
        "an expired order cannot be canceled"
    );
    let paid = order(&client, "st_paid", 100);
    pay_scan(&client, &paid, 100).unwrap();
    let e = client.call("orders.cancel", json!({"order_id": paid})).unwrap_err();
    assert_eq!(e.http_status(), Some(400));
    assert!(
        pay_scan(&client, &paid, 100).is_err(),
        "a paid order cannot be paid again"
    );
    let e = pay_scan(&client, &order(&client, "st_wrong", 100), 99).unwrap_err();
    assert_eq!(e.param(), Some("charge_amount"));
    let only_canceled = client.call("orders.list", json!({"app": APP, "canceled": 1})).unwrap();
    assert_eq!(only_canceled["data"].as_array().unwrap().len(), 1);
    assert_eq!(only_canceled["data"][0]["id"], canceled.as_str());
    let only_paid = client.call("orders.list", json!({"app": APP, "paid": true})).unwrap();
    assert_eq!(only_paid["data"][0]["id"], paid.as_str());
    assert_eq!(only_paid["data"].as_array().unwrap().len(), 1);
}

#[test]
fn partial_refunds_accumulate_and_never_exceed_what_was_paid() {
    let mock = start();
    let client = client(&mock);
    let id = order(&client, "st_refund", 100);
    let unpaid = client.call(
        "orders.order_refunds.create",
        json!({"order_id": id, "description": "d", "charge_amount": 1}),
    );
    assert_eq!(unpaid.unwrap_err().param(), Some("order_id"));
    pay_scan(&client, &id, 100).unwrap();
    for amount in [30, 50] {
        client
            .call(
                "orders.order_refunds.create",
                json!({"order_id": id, "description": "d", "charge_amount": amount}),
            )
            .unwrap();
    }
    let e = client
        .call(
            "orders.order_refunds.create",
            json!({"order_id": id, "description": "d", "charge_amount": 30}),
        )
        .unwrap_err();
    assert_eq!(e.param(), Some("charge_amount"));
    assert!(e.to_string().contains("20 left"), "{e}");
    let o = client.call("orders.retrieve", json!({"order_id": id})).unwrap();
    assert_eq!(
        (o["amount_refunded"].clone(), o["refunded"].clone(), o["status"].clone()),
        (json!(80), json!(true), json!("refunded"))
    );
    let ch = client
        .call("charges.retrieve", json!({"charge_id": o["charge"]}))
        .unwrap();
    assert_eq!(ch["amount_refunded"], 80);
    assert_eq!(o["refunds"]["data"].as_array().unwrap().len(), 2);
    client
        .call(
            "orders.order_refunds.create",
            json!({"order_id": id, "description": "rest"}),
        )
        .unwrap();
    assert_eq!(
        client.call("orders.retrieve", json!({"order_id": id})).unwrap()["amount_refunded"],
        100
    );
}

#[test]
fn charges_wait_for_succeed_or_fail_except_instant_channels() {
    let mock = start();
    let client = client(&mock);
    assert_eq!(charge(&client, "stbal", "balance")["paid"], true);
    let open = charge(&client, "stwx", "wx");
    assert_eq!(open["paid"], false);
    assert!(open["credential"]["wx"].is_object());
    let id = open["id"].as_str().unwrap();
    let e = client
        .call("charges.refunds.create", json!({"charge_id": id, "description": "d"}))
        .unwrap_err();
    assert_eq!(e.http_status(), Some(400), "an unpaid charge cannot be refunded");
    let (status, done) = control(&mock, &format!("/_mock/charges/{id}/succeed"), "");
    assert_eq!((status, done["paid"].clone()), (200, json!(true)));
    assert!(done["time_paid"].is_i64() && done["transaction_no"].is_string());
    assert_eq!(
        control(&mock, &format!("/_mock/charges/{id}/succeed"), "").0,
        400,
        "settles once"
    );
    let failing = charge(&client, "stfail", "alipay");
    let (status, failed) = control(
        &mock,
        &format!("/_mock/charges/{}/fail", failing["id"].as_str().unwrap()),
        "",
    );
    assert_eq!((status, failed["paid"].clone()), (200, json!(false)));
    assert!(failed["failure_code"].is_string());
    assert_eq!(event_types(&client), vec!["charge.succeeded", "charge.succeeded"]);
}

#[test]
fn an_order_paid_on_a_slow_channel_succeeds_with_its_charge() {
    let mock = start();
    let client = client(&mock);
    let id = order(&client, "st_slow", 100);
    let o = client
        .call(
            "orders.pay",
            json!({"order_id": id, "charge_amount": 100, "channel": "balance"}),
        )
        .unwrap();
    assert_eq!(o["status"], "paid", "balance is instant");
    let id = order(&client, "st_slow2", 100);
    let o = client
        .call(
            "orders.pay",
            json!({"order_id": id, "charge_amount": 100, "channel": "yeepay_wx_pub"}),
        )
        .unwrap();
    assert_eq!(
        (o["status"].clone(), o["paid"].clone()),
        (json!("created"), json!(false))
    );
    assert!(o["charge_essentials"]["credential"]["yeepay_wx_pub"].is_object());
    control(
        &mock,
        &format!("/_mock/charges/{}/succeed", o["charge"].as_str().unwrap()),
        "",
    );
    let o = client.call("orders.retrieve", json!({"order_id": id})).unwrap();
    assert_eq!((o["status"].clone(), o["paid"].clone()), (json!("paid"), json!(true)));
    let types = event_types(&client);
    assert_eq!(types[types.len() - 2..], ["charge.succeeded", "order.succeeded"]);
}

#[test]
fn sub_apps_nest_at_most_five_levels() {
    let mock = start();
    let client = client(&mock);
    let mut parent = APP.to_string();
    for level in 1..=5 {
        let sub = client
            .call(
                "sub_apps.create",
                json!({"display_name": format!("level {level}"), "user": format!("biz_{level}"), "parent_app": parent}),
            )
            .unwrap();
        assert_eq!(
            (sub["level"].clone(), sub["parent_app"].clone()),
            (json!(level), json!(parent))
        );
        parent = sub["id"].as_str().unwrap().to_string();
    }
    let e = client
        .call(
            "sub_apps.create",
            json!({"display_name": "level 6", "user": "biz_6", "parent_app": parent}),
        )
        .unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("parent_app")));
    let e = client
        .call(
            "sub_apps.create",
            json!({"display_name": "orphan", "user": "biz_7", "parent_app": "app_nope"}),
        )
        .unwrap_err();
    assert_eq!(e.param(), Some("parent_app"));
    let level3 = client.call("sub_apps.list", json!({"level": 3})).unwrap();
    assert_eq!(level3["data"].as_array().unwrap().len(), 1);
    assert_eq!(level3["data"][0]["display_name"], "level 3");
    let app_id = client.config().app_id().unwrap();
    assert_eq!(
        level3["url"],
        format!("/v1/apps/{app_id}/sub_apps"),
        "list url rendered from the table"
    );
}

#[test]
fn users_and_merchant_numbers_are_unique_per_app() {
    let mock = start();
    let client = client(&mock);
    client.call("users.create", json!({"id": "u_1"})).unwrap();
    let e = client.call("users.create", json!({"id": "u_1"})).unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("id")));
    client
        .call("users.create", json!({"app_id": "app_other000000001", "id": "u_1"}))
        .unwrap();
    let e = client
        .call("sub_apps.create", json!({"display_name": "dup", "user": "u_1"}))
        .unwrap_err();
    assert_eq!(
        e.param(),
        Some("user"),
        "the sub-app's business user is a user of the app"
    );
    order(&client, "same_no_1", 10);
    let e = client
        .call(
            "orders.create",
            json!({"app": APP, "merchant_order_no": "same_no_1", "amount": 10, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "s", "body": "b"}),
        )
        .unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("merchant_order_no")));
    client
        .call(
            "orders.create",
            json!({"app": "app_other000000001", "merchant_order_no": "same_no_1", "amount": 10,
            "currency": "cny", "client_ip": "127.0.0.1", "subject": "s", "body": "b"}),
        )
        .unwrap();
    charge(&client, "sameno2", "alipay");
    let e = client
        .call(
            "charges.create",
            json!({"order_no": "sameno2", "app": {"id": APP}, "channel": "alipay", "amount": 100,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
        )
        .unwrap_err();
    assert_eq!(e.param(), Some("order_no"));
}

#[test]
fn withdrawals_move_created_pending_succeeded_or_canceled() {
    let mock = start();
    let client = client(&mock);
    client.call("users.create", json!({"id": "u"})).unwrap();
    client
        .call(
            "balance_bonuses.create",
            json!({"user": "u", "order_no": "fund_u", "amount": 2}),
        )
        .unwrap();
    let create = |no: &str| {
        client
            .call(
                "withdrawals.create",
                json!({"user": "u", "order_no": no, "amount": 1, "channel": "yeepay",
                "extra": {"return_url": "https://example.com/r"}}),
            )
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let a = create("wd_a");
    assert_eq!(
        control(&mock, &format!("/_mock/withdrawals/{a}/succeed"), "").0,
        400,
        "only a pending one succeeds"
    );
    client
        .call("withdrawals.confirm", json!({"withdrawal_id": a, "status": "pending"}))
        .unwrap();
    assert_eq!(
        control(&mock, &format!("/_mock/withdrawals/{a}/succeed"), "").1["status"],
        "succeeded"
    );
    let e = client
        .call("withdrawals.confirm", json!({"withdrawal_id": a, "status": "canceled"}))
        .unwrap_err();
    assert_eq!(e.param(), Some("status"));
    let b = create("wd_b");
    let w = client
        .call("withdrawals.confirm", json!({"withdrawal_id": b, "status": "canceled"}))
        .unwrap();
    assert_eq!(w["status"], "canceled");
    assert!(w["time_canceled"].is_i64());
    assert!(client
        .call("withdrawals.confirm", json!({"withdrawal_id": b, "status": "pending"}))
        .is_err());
}

#[test]
fn cursor_and_page_lists_and_created_filters() {
    let mock = start();
    let client = client(&mock);
    let made: Vec<String> = (0..5)
        .map(|i| {
            charge(&client, &format!("pg{i}"), "alipay")["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let first = client
        .call("charges.list", json!({"app": {"id": APP}, "limit": 2}))
        .unwrap();
    let ids = |v: &Value| -> Vec<String> {
        v["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&first), vec![made[4].clone(), made[3].clone()]);
    assert_eq!(first["has_more"], true);
    assert_eq!(first["url"], "/v1/charges");
    let next = client
        .call(
            "charges.list",
            json!({"app": {"id": APP}, "limit": 2, "starting_after": made[3]}),
        )
        .unwrap();
    assert_eq!(ids(&next), vec![made[2].clone(), made[1].clone()]);
    let last = client
        .call(
            "charges.list",
            json!({"app": {"id": APP}, "limit": 2, "starting_after": made[1]}),
        )
        .unwrap();
    assert_eq!(
        (ids(&last), last["has_more"].clone()),
        (vec![made[0].clone()], json!(false))
    );
    for i in 0..5 {
        order(&client, &format!("page_{i}"), 10);
    }
    let p2 = client
        .call("orders.list", json!({"app": APP, "page": 2, "per_page": 2}))
        .unwrap();
    assert_eq!(
        (p2["data"].as_array().unwrap().len(), p2["has_more"].clone()),
        (2, json!(true))
    );
    let p3 = client
        .call("orders.list", json!({"app": APP, "page": 3, "per_page": 2}))
        .unwrap();
    assert_eq!(
        (p3["data"].as_array().unwrap().len(), p3["has_more"].clone()),
        (1, json!(false))
    );
    let now = first["data"][0]["created"].as_i64().unwrap();
    let old = client
        .call(
            "charges.list",
            json!({"app": {"id": APP}, "created": {"lt": now - 100}}),
        )
        .unwrap();
    assert_eq!(old["data"].as_array().unwrap().len(), 0);
    let recent = client
        .call(
            "charges.list",
            json!({"app": {"id": APP}, "limit": 100, "created": {"gte": now - 100, "lte": now + 100}}),
        )
        .unwrap();
    assert_eq!(recent["data"].as_array().unwrap().len(), 5);
}

#[test]
fn query_strings_are_read_the_way_the_official_sdks_write_them() {
    let mock = start();
    let client = client(&mock);
    let paid = charge(&client, "qpaid", "balance");
    charge(&client, "qopen", "alipay");
    let base = format!("{}/v1/charges", mock.base_url());
    let a = auth();
    let h = [("Authorization", a.as_str())];
    for query in [
        "app%5Bid%5D=app_1Gqj58ynP0mHeX1q&paid=True",
        "app[id]=app_1Gqj58ynP0mHeX1q&paid=1&limit=5",
        "app[id]=app_1Gqj58ynP0mHeX1q&paid=true",
    ] {
        let (status, list) = raw("GET", &format!("{base}?{query}"), &h, None);
        assert_eq!(status, 200, "{query}: {list}");
        let data = list["data"].as_array().unwrap();
        assert_eq!((data.len(), &data[0]["id"]), (1, &paid["id"]), "{query}");
    }
    let (status, list) = raw(
        "GET",
        &format!("{base}?app[id]=app_1Gqj58ynP0mHeX1q&created[gt]=0&created%5Blt%5D=99999999999"),
        &h,
        None,
    );
    assert_eq!((status, list["data"].as_array().unwrap().len()), (200, 2));
    let (status, body) = raw(
        "GET",
        &format!("{base}?app[id]=app_1Gqj58ynP0mHeX1q&limit=500"),
        &h,
        None,
    );
    assert_eq!(
        (status, body["error"]["param"].clone()),
        (400, json!("limit")),
        "{body}"
    );
    let orders = format!("{}/v1/orders", mock.base_url());
    client
        .call(
            "orders.create",
            json!({"app": APP, "merchant_order_no": "q_space", "amount": 10, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "s", "body": "b", "uid": "li lei"}),
        )
        .unwrap();
    for q in [
        "app=app_1Gqj58ynP0mHeX1q&uid=li+lei",
        "app=app_1Gqj58ynP0mHeX1q&uid=li%20lei",
    ] {
        let (status, list) = raw("GET", &format!("{orders}?{q}"), &h, None);
        assert_eq!(
            (status, list["data"].as_array().map(Vec::len)),
            (200, Some(1)),
            "{q}: {list}"
        );
    }
}

#[test]
fn json_bodies_with_or_without_charset_compact_or_pretty_are_accepted() {
    let mock = start();
    let url = format!("{}/v1/orders", mock.base_url());
    let a = auth();
    let pretty = serde_json::to_string_pretty(&json!({"app": APP, "merchant_order_no": "pretty_1", "amount": 10,
        "currency": "cny", "client_ip": "127.0.0.1", "subject": "中文", "body": "b"}))
    .unwrap();
    let (status, o) = raw(
        "POST",
        &url,
        &[("Authorization", &a), ("Content-Type", "application/json")],
        Some(pretty.as_bytes()),
    );
    assert_eq!((status, o["subject"].clone()), (200, json!("中文")), "{o}");
    let escaped = r#"{"app":"app_1Gqj58ynP0mHeX1q","merchant_order_no":"escaped_1","amount":10,"currency":"cny","client_ip":"127.0.0.1","subject":"\u4e2d\u6587","body":"b"}"#;
    let (status, o) = raw(
        "POST",
        &url,
        &[
            ("Authorization", &a),
            ("Content-Type", "application/json;charset=UTF-8"),
        ],
        Some(escaped.as_bytes()),
    );
    assert_eq!((status, o["subject"].clone()), (200, json!("中文")));
    let missing = r#"{"app":"app_1Gqj58ynP0mHeX1q","merchant_order_no":"missing_1","currency":"cny","client_ip":"127.0.0.1","subject":"s","body":"b"}"#;
    let (status, e) = raw("POST", &url, &[("Authorization", &a)], Some(missing.as_bytes()));
    assert_eq!(
        (status, e["error"]["type"].clone(), e["error"]["param"].clone()),
        (400, json!("invalid_request_error"), json!("amount")),
        "{e}"
    );
}

#[test]
fn a_withdrawal_leaves_the_balance_when_created_and_comes_back_when_it_fails() {
    let mock = start();
    let client = client(&mock);
    client.call("users.create", json!({"id": "w"})).unwrap();
    let balance = || client.call("users.retrieve", json!({"user_id": "w"})).unwrap()["available_balance"].clone();
    let withdraw = |no: &str, amount: i64| {
        client.call(
            "withdrawals.create",
            json!({"user": "w", "order_no": no, "amount": amount, "user_fee": 2, "channel": "yeepay",
            "extra": {"return_url": "https://example.com/r"}}),
        )
    };
    let e = withdraw("wf0", 1).unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("amount")), "{e}");
    client
        .call(
            "balance_bonuses.create",
            json!({"user": "w", "order_no": "wf_fund", "amount": 12}),
        )
        .unwrap();
    let id = withdraw("wf1", 10).unwrap()["id"].as_str().unwrap().to_string();
    assert_eq!(balance(), json!(0), "amount + user_fee left");
    assert_eq!(withdraw("wf2", 1).unwrap_err().param(), Some("amount"));
    assert_eq!(
        control(&mock, &format!("/_mock/withdrawals/{id}/fail"), "").0,
        400,
        "only a pending one fails"
    );
    client
        .call("withdrawals.confirm", json!({"withdrawal_id": id, "status": "pending"}))
        .unwrap();
    let (status, failed) = control(&mock, &format!("/_mock/withdrawals/{id}/fail"), "");
    assert_eq!((status, &failed["status"]), (200, &json!("failed")));
    assert_eq!(balance(), json!(12), "a failed withdrawal comes back");
    let types: Vec<Value> = client.call("events.list", json!({})).unwrap()["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].clone())
        .collect();
    assert!(types.contains(&json!("withdrawal.failed")), "{types:?}");
}
