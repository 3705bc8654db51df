//! Coupon templates and a user's coupons through their typed methods, and an
//! order that uses a coupon.

use pingxx::api::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::json;

use super::{from, order_params};

pub fn coupons(_mock: &MockHandle, client: &Client) {
    for id in ["typed_cp_1", "typed_cp_2"] {
        client.users().create(&from(json!({"id": id}))).unwrap();
    }
    let templates = client.coupon_templates();
    let cash = templates
        .create(&CouponTemplatesCreateParams {
            name: Some("500OFF".into()),
            r#type: 1,
            amount_off: Some(500),
            amount_available: Some(2000),
            max_circulation: Some(2),
            refundable: Some(true),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(cash.kind.as_ref().map(|k| k.is_cash()), Some(true));
    assert_eq!((cash.amount_off, cash.times_circulated), (Some(500), Some(0)));
    let batch = templates
        .coupons()
        .create(&cash.id, &from(json!({"users": ["typed_cp_1", "typed_cp_2"]})))
        .unwrap();
    assert_eq!(batch.data.len(), 2);
    let coupon = &batch.data[0];
    assert_eq!(
        (coupon.user.as_deref(), coupon.status.as_deref(), coupon.valid),
        (Some("typed_cp_1"), Some("available"), Some(true))
    );
    assert_eq!(
        coupon
            .coupon_template
            .as_ref()
            .and_then(|t| t.object())
            .map(|t| t.id.as_str()),
        Some(cash.id.as_str())
    );
    // max_circulation 2 is reached.
    let err = client
        .users()
        .coupons()
        .create("typed_cp_1", &from(json!({"coupon_template": cash.id})))
        .unwrap_err();
    assert_eq!(
        (err.http_status(), err.param()),
        (Some(400), Some("coupon_template")),
        "{err}"
    );
    assert_eq!(templates.retrieve(&cash.id).unwrap().times_circulated, Some(2));
    assert_eq!(
        templates
            .coupons()
            .list(&cash.id, &Default::default())
            .unwrap()
            .data
            .len(),
        2
    );
    assert!(templates
        .list(&Default::default())
        .unwrap()
        .data
        .iter()
        .any(|t| t.id == cash.id));
    let updated = templates
        .update(&cash.id, &from(json!({"metadata": {"key": "value"}})))
        .unwrap();
    assert_eq!(
        updated
            .metadata
            .as_ref()
            .and_then(|m| m.get())
            .map(|m| m["key"].clone()),
        Some(json!("value"))
    );

    // An order of 2000 fen with the coupon costs 1500.
    let order = client
        .orders()
        .create(&OrdersCreateParams {
            uid: Some("typed_cp_1".into()),
            coupon: Some(coupon.id.clone()),
            ..order_params("typed_cp_0000001", 2000)
        })
        .unwrap();
    assert_eq!(
        (order.coupon_amount, order.actual_amount, order.coupon.as_deref()),
        (Some(500), Some(1500), Some(coupon.id.as_str()))
    );

    let discount = templates
        .create(&from(
            json!({"type": 2, "percent_off": 100, "expiration": {"duration": 3600}}),
        ))
        .unwrap();
    let users = client.users();
    let mine = users
        .coupons()
        .create(
            "typed_cp_2",
            &from(json!({"coupon_template": discount.id, "metadata": {"k": "v"}})),
        )
        .unwrap();
    let (start, end) = (mine.time_start.unwrap(), mine.time_end.unwrap());
    assert_eq!(end - start, 3600);
    let used = users.coupons().retrieve("typed_cp_1", &coupon.id).unwrap();
    assert_eq!(
        (used.status.as_deref(), used.redeemed, used.actual_amount),
        (Some("used"), Some(true), Some(1500))
    );
    let listed = users.coupons().list("typed_cp_2", &Default::default()).unwrap();
    assert_eq!(listed.data.len(), 2);
    let changed = users
        .coupons()
        .update("typed_cp_2", &mine.id, &from(json!({"metadata": {"k": "w"}})))
        .unwrap();
    assert_eq!(
        changed.metadata.as_ref().and_then(|m| m.get()).map(|m| m["k"].clone()),
        Some(json!("w"))
    );
    assert_eq!(users.retrieve("typed_cp_2").unwrap().available_coupons, Some(2));
    let gone = users.coupons().delete("typed_cp_2", &mine.id).unwrap();
    assert_eq!((gone.deleted, gone.id.as_deref()), (Some(true), Some(mine.id.as_str())));
    assert_eq!(users.retrieve("typed_cp_2").unwrap().available_coupons, Some(1));
    let gone = templates.delete(&discount.id).unwrap();
    assert_eq!(gone.deleted, Some(true));
}
