//! Coupon templates and a user's coupons, with their state rules and the
//! orders that use them (part of `every_operation_of_the_table_is_served`).

use super::*;

fn order(run: &mut Run, no: &str, uid: &str, amount: i64, coupon: Option<&str>) -> Result<Value, pingxx::Error> {
    let mut p = json!({"app": APP, "merchant_order_no": no, "amount": amount, "currency": "cny",
        "client_ip": "127.0.0.1", "subject": "s", "body": "b", "uid": uid});
    if let Some(c) = coupon {
        p["coupon"] = json!(c);
    }
    run.seen.insert("orders.create");
    run.client.call("orders.create", p)
}

fn user_coupons(run: &mut Run, user: &str) -> i64 {
    run.call("users.retrieve", json!({"user_id": user}))["available_coupons"]
        .as_i64()
        .unwrap()
}

/// Templates: create (both types), retrieve, list, update, batch issue up to
/// `max_circulation`, the per-user limit, delete; a user's coupons: create,
/// retrieve, list, update, expire, delete; orders that use them.
pub(super) fn coupons(run: &mut Run, mock: &MockHandle) {
    for id in ["cp_user_1", "cp_user_2", "cp_user_3"] {
        run.call("users.create", json!({"id": id}));
    }
    // pingpp-nodejs docs/coupon_template.md: a cash template of 1 fen, here 300 fen.
    let cash = run.call(
        "coupon_templates.create",
        json!({"name": "300OFF", "type": 1, "amount_off": 300, "amount_available": 1000,
            "max_circulation": 3, "max_user_circulation": 2, "metadata": {}, "expiration": null, "refundable": true}),
    );
    assert_eq!(
        (
            cash["object"].as_str(),
            cash["app"].as_str(),
            cash["times_circulated"].as_i64()
        ),
        (Some("coupon_template"), Some(APP), Some(0))
    );
    let cash_id = cash["id"].as_str().unwrap().to_string();
    assert_eq!(cash_id.len(), 24, "{cash_id}");
    let e = run.fails("coupon_templates.create", json!({"type": 2, "amount_off": 10}));
    assert_eq!((e.http_status(), e.code()), (None, "validation_failed"), "{e}");

    // Batch issue: one coupon each; the same user twice counts twice.
    let batch = run.call(
        "coupon_templates.coupons.create",
        json!({"coupon_template_id": cash_id, "users": ["cp_user_1", "cp_user_2"], "metadata": {"campaign": "spring"}}),
    );
    assert_eq!(batch["object"], "list");
    let issued = batch["data"].as_array().unwrap();
    assert_eq!(issued.len(), 2);
    assert_eq!(
        (
            issued[0]["user"].as_str(),
            issued[0]["status"].as_str(),
            issued[0]["valid"].as_bool()
        ),
        (Some("cp_user_1"), Some("available"), Some(true))
    );
    assert_eq!(issued[1]["coupon_template"]["id"], json!(cash_id));
    assert_eq!(issued[1]["metadata"]["campaign"], "spring");
    let c1 = issued[0]["id"].as_str().unwrap().to_string();
    assert_eq!(user_coupons(run, "cp_user_1"), 1);
    // A missing user refuses the whole batch, naming it.
    let e = run.fails(
        "coupon_templates.coupons.create",
        json!({"coupon_template_id": cash_id, "users": ["cp_user_3", "nobody"]}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("users[1]")), "{e}");
    // Two more would pass max_circulation 3: refused, nothing issued.
    let e = run.fails(
        "coupon_templates.coupons.create",
        json!({"coupon_template_id": cash_id, "users": ["cp_user_3", "cp_user_3"]}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("users")), "{e}");
    assert!(e.to_string().contains("max_circulation 3"), "{e}");
    // pingpp-python example/coupon/coupon.py: one coupon to one user.
    let c3 = run.call(
        "users.coupons.create",
        json!({"user_id": "cp_user_1", "coupon_template": cash_id, "metadata": {"key": "value"}}),
    );
    assert_eq!(c3["user_times_circulated"], 2);
    let c3 = c3["id"].as_str().unwrap().to_string();
    assert_eq!(
        run.call("coupon_templates.retrieve", json!({"coupon_template_id": cash_id}))["times_circulated"],
        3
    );
    // The template is exhausted: one more is refused naming the template.
    let e = run.fails(
        "users.coupons.create",
        json!({"user_id": "cp_user_3", "coupon_template": cash_id}),
    );
    assert_eq!(
        (e.http_status(), e.param()),
        (Some(400), Some("coupon_template")),
        "{e}"
    );
    let listed = run.call(
        "coupon_templates.coupons.list",
        json!({"coupon_template_id": cash_id, "page": 1}),
    );
    assert_eq!(listed["data"].as_array().unwrap().len(), 3);
    assert_eq!(
        ids(&run.call("users.coupons.list", json!({"user_id": "cp_user_1", "page": 1}))),
        vec![c3.clone(), c1.clone()]
    );

    // Per-user limit on an unlimited discount template (pingpp-python example/coupon/coupon_template.py).
    let pct = run.call(
        "coupon_templates.create",
        json!({"name": "25OFF", "type": 2, "percent_off": 25, "amount_available": 0,
            "max_circulation": null, "max_user_circulation": 1, "refundable": false}),
    );
    let pct_id = pct["id"].as_str().unwrap().to_string();
    let p1 = run.call(
        "users.coupons.create",
        json!({"user_id": "cp_user_2", "coupon_template": pct_id}),
    );
    let e = run.fails(
        "users.coupons.create",
        json!({"user_id": "cp_user_2", "coupon_template": pct_id}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("user_id")), "{e}");
    assert!(e.to_string().contains("max_user_circulation is 1"), "{e}");
    let e = run.fails(
        "users.coupons.create",
        json!({"user_id": "cp_user_2", "coupon_template": "300100000000000000000000"}),
    );
    assert_eq!(
        (e.http_status(), e.param()),
        (Some(404), Some("coupon_template")),
        "{e}"
    );
    let p1 = p1["id"].as_str().unwrap().to_string();

    // Orders. Below the threshold (1000 fen): refused, the coupon still available.
    let e = order(run, "cp_order_0001", "cp_user_1", 999, Some(&c1)).unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("coupon")), "{e}");
    // Another user's coupon: refused.
    let e = order(run, "cp_order_0002", "cp_user_2", 5000, Some(&c1)).unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("coupon")), "{e}");
    // A stated actual_amount that is not amount - coupon: refused.
    let e = run.fails(
        "orders.create",
        json!({"app": APP, "merchant_order_no": "cp_order_0003", "amount": 1000, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "s", "body": "b", "uid": "cp_user_1", "coupon": c1, "actual_amount": 800}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("actual_amount")), "{e}");
    // At the threshold: 1000 - 300.
    let o1 = order(run, "cp_order_0004", "cp_user_1", 1000, Some(&c1)).unwrap();
    assert_eq!(
        (
            o1["amount"].as_i64(),
            o1["coupon_amount"].as_i64(),
            o1["actual_amount"].as_i64()
        ),
        (Some(1000), Some(300), Some(700))
    );
    let used = run.call(
        "users.coupons.retrieve",
        json!({"user_id": "cp_user_1", "coupon_id": c1}),
    );
    assert_eq!(
        (
            used["status"].as_str(),
            used["redeemed"].as_bool(),
            used["order"].as_str(),
            used["actual_amount"].as_i64()
        ),
        (Some("used"), Some(true), o1["id"].as_str(), Some(700))
    );
    assert_eq!(user_coupons(run, "cp_user_1"), 1);
    // A used coupon cannot be used again.
    let e = order(run, "cp_order_0005", "cp_user_1", 2000, Some(&c1)).unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("coupon")), "{e}");
    assert!(
        e.to_string()
            .contains(&format!("coupon {c1} is used and cannot be used")),
        "{e}"
    );
    // Paid for 700, refunded whole: the refundable template's coupon comes back.
    let oid = o1["id"].as_str().unwrap().to_string();
    let e = run.fails(
        "orders.pay",
        json!({"order_id": oid, "charge_amount": 1000, "channel": "isv_scan", "extra": scan_extra()}),
    );
    assert_eq!(e.param(), Some("charge_amount"), "{e}");
    let paid = run.call(
        "orders.pay",
        json!({"order_id": oid, "charge_amount": 700, "channel": "isv_scan", "extra": scan_extra()}),
    );
    assert_eq!(
        (paid["paid"].as_bool(), paid["charge_amount"].as_i64()),
        (Some(true), Some(700))
    );
    let part = run.call(
        "orders.order_refunds.create",
        json!({"order_id": oid, "description": "part", "charge_amount": 200}),
    );
    assert_eq!(
        (part["coupon"].as_str(), part["coupon_amount"].as_i64()),
        (None, Some(0))
    );
    let c1_now = run.call(
        "users.coupons.retrieve",
        json!({"user_id": "cp_user_1", "coupon_id": c1}),
    );
    assert_eq!(c1_now["status"], "used");
    let e = run.fails(
        "orders.order_refunds.create",
        json!({"order_id": oid, "description": "too much", "charge_amount": 501}),
    );
    assert_eq!(e.param(), Some("charge_amount"), "{e}");
    let rest = run.call(
        "orders.order_refunds.create",
        json!({"order_id": oid, "description": "rest", "charge_amount": 500}),
    );
    assert_eq!(
        (rest["coupon"].as_str(), rest["coupon_amount"].as_i64()),
        (Some(c1.as_str()), Some(300))
    );
    let back = run.call(
        "users.coupons.retrieve",
        json!({"user_id": "cp_user_1", "coupon_id": c1}),
    );
    assert_eq!(
        (back["status"].as_str(), back["order"].as_str()),
        (Some("available"), None)
    );
    assert_eq!(user_coupons(run, "cp_user_1"), 2);

    // 25 % off 999 fen: 249 off (rounded down), 750 to pay; canceling gives it back.
    let o2 = order(run, "cp_order_0006", "cp_user_2", 999, Some(&p1)).unwrap();
    assert_eq!(
        (o2["coupon_amount"].as_i64(), o2["actual_amount"].as_i64()),
        (Some(249), Some(750))
    );
    assert_eq!(
        run.call("coupon_templates.retrieve", json!({"coupon_template_id": pct_id}))["times_redeemed"],
        1
    );
    run.call("orders.cancel", json!({"order_id": o2["id"]}));
    let p1_now = run.call(
        "users.coupons.retrieve",
        json!({"user_id": "cp_user_2", "coupon_id": p1}),
    );
    assert_eq!(p1_now["status"], "available");
    assert_eq!(
        run.call("coupon_templates.retrieve", json!({"coupon_template_id": pct_id}))["times_redeemed"],
        0
    );

    // Expired by the control endpoint: refused on an order, and not twice.
    let expired = settle(mock, &format!("/_mock/coupons/{p1}/expire"));
    assert_eq!(
        (expired["status"].as_str(), expired["valid"].as_bool()),
        (Some("expired"), Some(false))
    );
    let (status, body) = control(mock, &format!("/_mock/coupons/{p1}/expire"), "");
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("coupon_id")),
        "{body}"
    );
    let e = order(run, "cp_order_0007", "cp_user_2", 999, Some(&p1)).unwrap_err();
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("coupon")), "{e}");
    // Expired by the template's window.
    let past = run.call(
        "coupon_templates.create",
        json!({"type": 1, "amount_off": 100, "expiration": {"time_start": 1_500_000_000, "time_end": 1_500_086_400}}),
    );
    let old = run.call(
        "users.coupons.create",
        json!({"user_id": "cp_user_3", "coupon_template": past["id"]}),
    );
    assert_eq!(
        (old["status"].as_str(), old["time_end"].as_i64()),
        (Some("expired"), Some(1_500_086_400))
    );
    assert_eq!(user_coupons(run, "cp_user_3"), 0);

    // Update (metadata) and delete.
    let updated = run.call(
        "users.coupons.update",
        json!({"user_id": "cp_user_1", "coupon_id": c3, "metadata": {"key": "new"}}),
    );
    assert_eq!(updated["metadata"]["key"], "new");
    let gone = run.call("users.coupons.delete", json!({"user_id": "cp_user_1", "coupon_id": c3}));
    assert_eq!(gone, json!({"id": c3, "deleted": true}));
    assert_eq!(user_coupons(run, "cp_user_1"), 1);
    let e = run.fails(
        "users.coupons.retrieve",
        json!({"user_id": "cp_user_2", "coupon_id": c1}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("coupon_id")), "{e}");
    let t = run.call(
        "coupon_templates.update",
        json!({"coupon_template_id": cash_id, "metadata": {"key": "value"}}),
    );
    assert_eq!(t["metadata"]["key"], "value");
    let templates = ids(&run.call("coupon_templates.list", json!({"page": 1})));
    assert_eq!(templates.len(), 3);
    assert!(templates.contains(&cash_id), "{templates:?}");
    let gone = run.call("coupon_templates.delete", json!({"coupon_template_id": cash_id}));
    assert_eq!(gone["deleted"], true);
    // The coupons it issued stay with their users.
    assert_eq!(
        run.call(
            "users.coupons.retrieve",
            json!({"user_id": "cp_user_1", "coupon_id": c1})
        )["status"],
        "available"
    );
    let e = run.fails("coupon_templates.retrieve", json!({"coupon_template_id": cash_id}));
    assert_eq!(
        (e.http_status(), e.param()),
        (Some(404), Some("coupon_template_id")),
        "{e}"
    );
}
