//! The sub-app extras of the official SDKs: the custody product's contacts and
//! a sub-app's transfer channels, with their state rules (part of
//! `every_operation_of_the_table_is_served`).

use super::*;

/// `sub_apps.contact`: for a user with a custody account, one contact per type;
/// the `contact` literal beside a sub-app's own routes.
pub(super) fn contacts(run: &mut Run, mock: &MockHandle) {
    run.call("users.create", json!({"id": "test_user_001", "name": "Custody"}));
    // pingpp-java ContactTest.testAddContact, before the user has a custody account.
    let mut contact = json!({"user": "test_user_001", "acc_no": "2019057929311601000631",
        "contact_type": 1, "contact_name": "杨真探", "contact_cert_type": "01",
        "contact_cert_no": "310181201402149201", "contact_cert_valid_from": "2019-01-01",
        "contact_cert_valid_until": "2028-12-31", "contact_cert_mobile": "13500127654", "contact_job_type": 1});
    let e = run.fails("sub_apps.contact", contact.clone());
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("acc_no")), "{e}");
    assert!(e.to_string().contains("no custody account"), "{e}");
    let pic = run.call(
        "users.upload_pic",
        json!({"user": "test_user_001", "type": "customer", "pic": "/9j/4AAQSkZJRgABAQAASABIAAD/",
            "pic_fmt": "jpg", "pic_type": "101"}),
    );
    let acc_no = pic["acc_no"].as_str().unwrap().to_string();
    assert_ne!(acc_no, "2019057929311601000631");
    // Not this user's account number.
    let e = run.fails("sub_apps.contact", contact.clone());
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("acc_no")), "{e}");
    contact["acc_no"] = json!(acc_no);
    let first = run.call("sub_apps.contact", contact.clone());
    assert_eq!(
        (
            first["user"].as_str(),
            first["acc_no"].as_str(),
            first["contact_type"].as_i64()
        ),
        (Some("test_user_001"), Some(acc_no.as_str()), Some(1))
    );
    assert_eq!(first["livemode"], false);
    assert_eq!(first["contact_name"], "杨真探");
    assert_eq!(first["contact_cert_valid_until"], "2028-12-31");
    let contact_no = first["contact_no"].as_str().unwrap().to_string();
    assert!(
        contact_no.len() == 20 && contact_no.bytes().all(|b| b.is_ascii_digit()),
        "{contact_no}"
    );

    // The same type again replaces the contact in its slot (same contact_no).
    let mut again = contact.clone();
    again["contact_name"] = json!("李四");
    again["contact_cert_valid_until"] = json!("9999-12-31");
    again["contact_relation_ship"] = json!(2);
    let replaced = run.call("sub_apps.contact", again);
    assert_eq!(replaced["contact_no"].as_str(), Some(contact_no.as_str()));
    assert_eq!(
        (
            replaced["contact_name"].as_str(),
            replaced["contact_relation_ship"].as_i64()
        ),
        (Some("李四"), Some(2))
    );
    // Another type is another contact.
    let mut legal = contact.clone();
    legal["contact_type"] = json!(4);
    legal["contact_name"] = json!("法人");
    let legal = run.call("sub_apps.contact", legal);
    assert_ne!(legal["contact_no"].as_str(), Some(contact_no.as_str()));
    assert_eq!(legal["contact_type"], 4);

    // Refusals: an unknown user, dates out of order (checked before sending).
    let mut stranger = contact.clone();
    stranger["user"] = json!("nobody");
    let e = run.fails("sub_apps.contact", stranger);
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("user")), "{e}");
    let mut backwards = contact;
    backwards["contact_cert_valid_from"] = json!("2029-01-01");
    let e = run.fails("sub_apps.contact", backwards);
    assert_eq!(e.code(), "validation_failed", "{e}");
    assert!(e.to_string().contains("contact_cert_valid_from"), "{e}");
    // The contact's data stays out of the user.
    let user = run.call("users.retrieve", json!({"user_id": "test_user_001"}));
    assert!(
        user.get("_contacts").is_none() && user.get("contacts").is_none(),
        "{user}"
    );

    // GET, PUT and DELETE of `/sub_apps/contact` are a sub-app's own routes.
    let e = run.fails("sub_apps.retrieve", json!({"sub_app_id": "contact"}));
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("sub_app_id")), "{e}");
    let e = run.fails(
        "sub_apps.update",
        json!({"sub_app_id": "contact", "display_name": "ct"}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("sub_app_id")), "{e}");
    let e = run.fails("sub_apps.delete", json!({"sub_app_id": "contact"}));
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("sub_app_id")), "{e}");
    let routed: BTreeSet<(String, String)> = mock
        .requests()
        .into_iter()
        .filter(|r| r.target.split('?').next().unwrap_or("").ends_with("/sub_apps/contact"))
        .map(|r| (r.method.clone(), r.operation.clone().unwrap_or_default()))
        .collect();
    for (method, op) in [
        ("POST", "sub_apps.contact"),
        ("GET", "sub_apps.retrieve"),
        ("PUT", "sub_apps.update"),
        ("DELETE", "sub_apps.delete"),
    ] {
        assert!(
            routed.contains(&(method.into(), op.into())),
            "{method} {op}: {routed:?}"
        );
    }
}

/// `sub_apps.transfer_channels.*`: one per (sub-app, channel); a banned one
/// refuses the sub-app's transfers over it.
pub(super) fn transfer_channels(run: &mut Run) {
    let sub = run.call("sub_apps.create", json!({"display_name": "payouts", "user": "biz_tc"}));
    let sub_id = sub["id"].as_str().unwrap().to_string();
    // pingpp-python example/sub_app/sub_app_channel.py (keys shortened).
    let params = json!({"alipay_account": "example@example.com", "alipay_app_id": "2016666666666666",
        "alipay_app_public_key_rsa2": null, "alipay_pid": "2088111111111111", "alipay_refund_nopwd": false,
        "alipay_sign_type": "rsa", "alipay_version": 1, "fee_rate": 80});
    let created = run.call(
        "sub_apps.transfer_channels.create",
        json!({"sub_app_id": sub_id, "banned_msg": null, "channel": "alipay",
            "description": "Your description", "params": params}),
    );
    assert_eq!(
        (
            created["object"].as_str(),
            created["channel"].as_str(),
            created["banned"].as_bool()
        ),
        (Some("transfer_channel"), Some("alipay"), Some(false))
    );
    assert_eq!(created["params"]["alipay_pid"], "2088111111111111");
    let key = json!({"sub_app_id": sub_id, "channel": "alipay"});
    // A second one for the same channel is refused; a payment channel of the same name is apart.
    let e = run.fails(
        "sub_apps.transfer_channels.create",
        json!({"sub_app_id": sub_id, "channel": "alipay", "params": {}}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("channel")), "{e}");
    let e = run.fails("sub_apps.channels.retrieve", key.clone());
    assert_eq!(e.http_status(), Some(404), "{e}");
    let e = run.fails(
        "sub_apps.transfer_channels.create",
        json!({"sub_app_id": "app_nosuchsubapp0", "channel": "alipay", "params": {}}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("sub_app_id")), "{e}");

    let got = run.call("sub_apps.transfer_channels.retrieve", key.clone());
    assert_eq!(got["description"], "Your description");
    let transfer = |order_no: &str| {
        json!({"app": {"id": sub_id}, "channel": "alipay", "order_no": order_no, "amount": 100,
            "currency": "cny", "type": "b2c", "recipient": "account@example.com",
            "description": "payout", "extra": {"recipient_name": "张三"}})
    };
    let paid = run.call("transfers.create", transfer("tcsub0001"));
    assert_eq!(paid["app"].as_str(), Some(sub_id.as_str()));

    // Banned: the sub-app's alipay transfers are refused, other apps' are not.
    let banned = run.call(
        "sub_apps.transfer_channels.update",
        json!({"sub_app_id": sub_id, "channel": "alipay", "banned": true, "banned_msg": "停用"}),
    );
    assert_eq!(
        (banned["banned"].as_bool(), banned["banned_msg"].as_str()),
        (Some(true), Some("停用"))
    );
    assert_eq!(
        banned["params"]["alipay_pid"], "2088111111111111",
        "params kept: {banned}"
    );
    let e = run.fails("transfers.create", transfer("tcsub0002"));
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("channel")), "{e}");
    assert!(
        e.to_string().contains("banned") && e.to_string().contains("停用"),
        "{e}"
    );
    let e = run.fails(
        "batch_transfers.create",
        json!({"app": sub_id, "batch_no": "tcsub0003", "channel": "alipay", "amount": 100, "type": "b2c",
            "recipients": [{"account": "account@example.com", "name": "张三", "amount": 100}]}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("channel")), "{e}");
    let mut own = transfer("tcsub0002");
    own["app"] = json!({"id": APP});
    assert_eq!(run.call("transfers.create", own)["status"], "pending");
    // The refused number was not taken: unbanned, it goes through.
    run.call(
        "sub_apps.transfer_channels.update",
        json!({"sub_app_id": sub_id, "channel": "alipay", "banned": false}),
    );
    assert_eq!(run.call("transfers.create", transfer("tcsub0002"))["status"], "pending");

    let gone = run.call("sub_apps.transfer_channels.delete", key.clone());
    assert_eq!(
        (gone["id"].as_str(), gone["deleted"].as_bool()),
        (Some("alipay"), Some(true))
    );
    for op in [
        "sub_apps.transfer_channels.retrieve",
        "sub_apps.transfer_channels.delete",
    ] {
        let e = run.fails(op, key.clone());
        assert_eq!((e.http_status(), e.param()), (Some(404), Some("channel")), "{op}: {e}");
    }
    let e = run.fails(
        "sub_apps.transfer_channels.update",
        json!({"sub_app_id": sub_id, "channel": "alipay", "description": "d"}),
    );
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("channel")), "{e}");
    // A sub-app's transfer channels go with it.
    run.call(
        "sub_apps.transfer_channels.create",
        json!({"sub_app_id": sub_id, "channel": "balance", "params": {}}),
    );
    run.call("sub_apps.delete", json!({"sub_app_id": sub_id}));
    let e = run.fails(
        "sub_apps.transfer_channels.retrieve",
        json!({"sub_app_id": sub_id, "channel": "balance"}),
    );
    assert_eq!(e.http_status(), Some(404), "{e}");
}
