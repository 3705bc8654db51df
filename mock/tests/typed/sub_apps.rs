//! The custody product's contacts and a sub-app's transfer channels through
//! their typed methods.

use pingxx::api::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::json;

use super::from;

pub fn sub_app_extras(_mock: &MockHandle, client: &Client) {
    let users = client.users();
    users.create(&from(json!({"id": "typed_contact"}))).unwrap();
    let pic = users
        .upload_pic(&from(
            json!({"user": "typed_contact", "pic": "AAAA", "pic_type": "201"}),
        ))
        .unwrap();
    let acc_no = pic.acc_no.unwrap();
    let params = SubAppsContactParams {
        user: "typed_contact".into(),
        acc_no: acc_no.clone(),
        contact_type: 5,
        contact_name: "财务".into(),
        contact_cert_type: Some("03".into()),
        contact_cert_valid_from: Some("2024-02-29".into()),
        contact_cert_valid_until: Some("9999-12-31".into()),
        contact_job_type: Some(3),
        ..Default::default()
    };
    let contact = client.sub_apps().contact(&params).unwrap();
    assert_eq!(
        (
            contact.acc_no.as_deref(),
            contact.contact_type,
            contact.contact_job_type
        ),
        (Some(acc_no.as_str()), Some(5), Some(3))
    );
    assert!(contact.contact_no.is_some());
    let err = client
        .sub_apps()
        .contact(&SubAppsContactParams {
            contact_cert_valid_from: Some("2023-02-29".into()),
            ..params
        })
        .unwrap_err();
    assert_eq!(err.code(), "validation_failed", "{err}");

    let sub = client
        .sub_apps()
        .create(&from(json!({"display_name": "typed payouts", "user": "typed_tc"})))
        .unwrap();
    let channels = client.sub_apps().transfer_channels();
    let created = channels
        .create(
            &sub.id,
            &SubAppsTransferChannelsCreateParams {
                channel: "wx_pub".into(),
                params: from(json!({"fee_rate": 60})),
                description: Some("typed".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (created.channel.as_deref(), created.banned),
        (Some("wx_pub"), Some(false))
    );
    let updated = channels
        .update(
            &sub.id,
            "wx_pub",
            &SubAppsTransferChannelsUpdateParams {
                banned: Some(true),
                banned_msg: Some("paused".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (updated.banned, updated.banned_msg.as_deref()),
        (Some(true), Some("paused"))
    );
    assert_eq!(
        channels.retrieve(&sub.id, "wx_pub").unwrap().description.as_deref(),
        Some("typed")
    );
    let gone = channels.delete(&sub.id, "wx_pub").unwrap();
    assert_eq!(gone.deleted, Some(true));
    assert_eq!(
        channels.retrieve(&sub.id, "wx_pub").unwrap_err().http_status(),
        Some(404)
    );
}
