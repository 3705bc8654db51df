//! Agreements, a charge's trade detail and the custody photo upload through
//! their typed methods.

use pingxx::api::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::json;

use super::{charge_params, from};

/// `POST /_mock/agreements/{id}/sign`: the user signs.
fn sign(mock: &MockHandle, id: &str) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let url = format!("{}/_mock/agreements/{id}/sign", mock.base_url());
    let status = agent
        .post(&url)
        .send(&b""[..])
        .expect("control answers")
        .status()
        .as_u16();
    assert_eq!(status, 200, "{url}");
}

pub fn agreements(mock: &MockHandle, client: &Client) {
    let agreements = client.agreements();
    let created = agreements
        .create(&from(json!({"contract_no": "typed0001", "channel": "qpay",
            "extra": {"display_account": "签约测试"}})))
        .unwrap();
    assert_eq!(created.status.as_deref(), Some("created"));
    assert_eq!(created.app.as_deref(), Some(super::APP));
    let err = agreements
        .notify(
            &created.id,
            &AgreementsNotifyParams {
                amount: 100,
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.http_status(), Some(400), "{err}");
    sign(mock, &created.id);
    assert_eq!(
        agreements.retrieve(&created.id).unwrap().status.as_deref(),
        Some("succeeded")
    );
    let notice = agreements
        .notify(
            &created.id,
            &AgreementsNotifyParams {
                amount: 100,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (notice.id.as_deref(), notice.succeed),
        (Some(created.id.as_str()), Some(true))
    );
    // The default params cancel.
    let canceled = agreements
        .update(&created.id, &AgreementsUpdateParams::default())
        .unwrap();
    assert_eq!(canceled.status.as_deref(), Some("canceled"));
    assert!(canceled.time_canceled.is_some());
    let listed = agreements
        .list(&from(json!({"status": "canceled", "per_page": 3})))
        .unwrap();
    assert_eq!(
        listed.data.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        [created.id.as_str()]
    );

    let charges = client.charges();
    let paid = charges.create(&charge_params("typedtd1", "isv_scan", 1_000)).unwrap();
    let detail = charges.trade_detail(&paid.id).unwrap();
    assert_eq!(
        (detail.amount, detail.fee, detail.actual_amount),
        (Some(1_000), Some(6), Some(994))
    );
    assert_eq!(detail.transaction_no, paid.transaction_no);

    let users = client.users();
    users.create(&from(json!({"id": "upload_pic"}))).unwrap();
    assert_eq!(users.retrieve("upload_pic").unwrap().id, "upload_pic");
    let pic = users
        .upload_pic(&from(json!({"user": "upload_pic", "type": "customer", "pic": "AAAA",
            "pic_fmt": "png", "pic_type": "102"})))
        .unwrap();
    assert_eq!(
        (pic.user.as_deref(), pic.pic_type.as_deref()),
        (Some("upload_pic"), Some("102"))
    );
    assert!(pic.acc_no.is_some());
}
