//! Agreements, a charge's trade detail and the custody photo upload, with their
//! state rules (part of `every_operation_of_the_table_is_served`).

use super::*;

/// Agreements: created → signed (`/_mock/agreements/{id}/sign`) → notified → canceled.
pub(super) fn agreements(run: &mut Run, mock: &MockHandle) {
    let created = run.call(
        "agreements.create",
        json!({"contract_no": "1767225600000", "channel": "qpay",
            "extra": {"display_account": "签约测试"}, "metadata": {"plan": "monthly"}}),
    );
    assert_eq!(
        (
            created["status"].as_str(),
            created["app"].as_str(),
            created["contract_no"].as_str()
        ),
        (Some("created"), Some(APP), Some("1767225600000"))
    );
    assert_eq!(created["extra"]["display_account"], "签约测试");
    assert!(created["credential"]["qpay"].is_object(), "{created}");
    let id = created["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("agr_"), "{id}");
    // Not signed yet: no notice, no termination.
    let e = run.fails("agreements.notify", json!({"agreement_id": id, "amount": 100}));
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("agreement_id")), "{e}");
    let e = run.fails("agreements.update", json!({"agreement_id": id, "status": "canceled"}));
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("agreement_id")), "{e}");
    assert_eq!(
        ids(&run.call("agreements.list", json!({"status": "created", "per_page": 3}))),
        vec![id.clone()]
    );

    let signed = settle(mock, &format!("/_mock/agreements/{id}/sign"));
    assert_eq!(signed["status"], "succeeded");
    assert!(
        signed["time_succeeded"].is_i64() && signed["contract_id"].is_string(),
        "{signed}"
    );
    let (status, body) = control(mock, &format!("/_mock/agreements/{id}/sign"), "");
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("agreement_id")),
        "{body}"
    );
    let notice = run.call("agreements.notify", json!({"agreement_id": id, "amount": 100}));
    assert_eq!(
        (notice["id"].as_str(), notice["succeed"].as_bool()),
        (Some(id.as_str()), Some(true))
    );

    let canceled = run.call(
        "agreements.update",
        json!({"agreement_id": id, "status": "canceled", "extra": {"description": "Your description"}}),
    );
    assert_eq!(canceled["status"], "canceled");
    assert!(canceled["time_canceled"].is_i64(), "{canceled}");
    assert_eq!(
        (
            canceled["extra"]["description"].as_str(),
            canceled["extra"]["display_account"].as_str()
        ),
        (Some("Your description"), Some("签约测试"))
    );
    // Canceling twice, or notifying a canceled agreement, is refused.
    let e = run.fails("agreements.update", json!({"agreement_id": id}));
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("agreement_id")), "{e}");
    assert!(e.to_string().contains("canceled"), "{e}");
    let e = run.fails("agreements.notify", json!({"agreement_id": id, "amount": 100}));
    assert_eq!(e.http_status(), Some(400), "{e}");
    let types = event_types(run);
    let tail: Vec<&str> = types.iter().rev().take(2).rev().map(String::as_str).collect();
    assert_eq!(tail, ["agreement.succeeded", "agreement.canceled"]);

    assert_eq!(
        run.call("agreements.retrieve", json!({"agreement_id": id}))["status"],
        "canceled"
    );
    assert_eq!(
        ids(&run.call("agreements.list", json!({"status": "canceled"}))),
        vec![id.clone()]
    );
    assert!(ids(&run.call("agreements.list", json!({"status": "succeeded"}))).is_empty());
    let e = run.fails("agreements.retrieve", json!({"agreement_id": "agr_missing"}));
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("agreement_id")), "{e}");
}

/// The trade detail of a paid charge; an unpaid one has none.
pub(super) fn trade_detail(run: &mut Run) {
    let paid = paid_charge(run, "td001", 12_345);
    let detail = run.call("charges.trade_detail", json!({"charge_id": paid}));
    assert_eq!(
        (detail["id"].as_str(), detail["object"].as_str(), detail["app"].as_str()),
        (Some(paid.as_str()), Some("trade_detail"), Some(APP))
    );
    // 0.6 % of 123.45 yuan is 74.07 fen, rounded to 74.
    assert_eq!(
        (
            detail["amount"].as_i64(),
            detail["fee"].as_i64(),
            detail["actual_amount"].as_i64()
        ),
        (Some(12_345), Some(74), Some(12_271))
    );
    assert_eq!(detail["order_no"], "td001");
    assert!(detail["transaction_no"].is_string(), "{detail}");

    let unpaid = run.call(
        "charges.create",
        json!({"order_no": "td002", "app": {"id": APP}, "channel": "alipay", "amount": 200,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
    );
    let unpaid = unpaid["id"].as_str().unwrap();
    let e = run.fails("charges.trade_detail", json!({"charge_id": unpaid}));
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("charge_id")), "{e}");
    assert!(e.to_string().contains("not paid"), "{e}");
    let e = run.fails("charges.trade_detail", json!({"charge_id": "ch_missing"}));
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("charge_id")), "{e}");
}

/// `users.upload_pic` beside `users.retrieve` of a user literally named `upload_pic`.
pub(super) fn upload_pic(run: &mut Run, mock: &MockHandle) {
    let user = run.call("users.create", json!({"id": "upload_pic", "name": "Pic"}));
    assert_eq!(user["id"], "upload_pic");
    assert_eq!(
        run.call("users.retrieve", json!({"user_id": "upload_pic"}))["name"],
        "Pic"
    );
    let pic = json!({"user": "upload_pic", "type": "customer", "operate_type": "00",
        "pic": "/9j/4AAQSkZJRgABAQAASABIAAD/", "pic_fmt": "jpg", "pic_type": "101"});
    let first = run.call("users.upload_pic", pic.clone());
    assert_eq!(
        (
            first["user"].as_str(),
            first["pic_type"].as_str(),
            first["operate_type"].as_str()
        ),
        (Some("upload_pic"), Some("101"), Some("00"))
    );
    let acc_no = first["acc_no"].as_str().unwrap().to_string();
    assert!(first["pic_external_id"].is_string(), "{first}");
    // The back of the card, overwriting: the same custody account.
    let mut back = pic.clone();
    back["pic_type"] = json!("102");
    back["operate_type"] = json!("01");
    back["acc_no"] = json!(acc_no);
    let second = run.call("users.upload_pic", back.clone());
    assert_eq!(second["acc_no"].as_str(), Some(acc_no.as_str()));
    back["acc_no"] = json!("2019057929311601000631");
    let e = run.fails("users.upload_pic", back);
    assert_eq!((e.http_status(), e.param()), (Some(400), Some("acc_no")), "{e}");
    let mut stranger = pic;
    stranger["user"] = json!("nobody");
    let e = run.fails("users.upload_pic", stranger);
    assert_eq!((e.http_status(), e.param()), (Some(404), Some("user")), "{e}");
    // The upload did not touch the user, and the two routes stayed apart.
    let again = run.call("users.retrieve", json!({"user_id": "upload_pic"}));
    assert_eq!((again["id"].as_str(), again.get("acc_no")), (Some("upload_pic"), None));
    let routed: Vec<(String, String)> = mock
        .requests()
        .into_iter()
        .filter(|r| r.target.split('?').next().unwrap_or("").ends_with("/users/upload_pic"))
        .map(|r| (r.method.clone(), r.operation.clone().unwrap_or_default()))
        .collect();
    assert!(routed.contains(&("GET".into(), "users.retrieve".into())), "{routed:?}");
    assert!(
        routed.contains(&("POST".into(), "users.upload_pic".into())),
        "{routed:?}"
    );
}
