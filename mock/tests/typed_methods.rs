//! End-to-end tests of the typed methods against the emulator over loopback:
//! every row of the operation table is called through its typed method and the
//! answer parsed into its model. `list_auto` is tested in `list_auto.rs`.

use std::collections::HashSet;

use pingxx::api::*;
use pingxx::models::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::{json, Map};

mod typed;

use typed::*;

/// The operations the emulator saw, in order.
fn seen_operations(mock: &MockHandle) -> Vec<String> {
    mock.requests().into_iter().filter_map(|r| r.operation).collect()
}

fn charges_and_their_refunds(mock: &MockHandle, client: &Client) {
    let before = mock.requests().len();
    let charges = client.charges();
    let created = charges.create(&charge_params("123456789", "isv_scan", 100)).unwrap();
    assert!(created.id.starts_with("ch_"));
    assert_eq!(created.amount, Some(100));
    assert_eq!(created.paid, Some(true), "isv_scan settles at once");
    assert_eq!(
        created.app.as_ref().and_then(|a| a.id()),
        Some(APP),
        "app filled from the client"
    );

    let fetched = charges.retrieve(&created.id).unwrap();
    assert_eq!(fetched.id, created.id);
    assert_eq!(fetched.order_no.as_deref(), Some("123456789"));

    let unpaid = charges.create(&charge_params("223456789", "alipay", 50)).unwrap();
    assert_eq!(unpaid.paid, Some(false));
    let reversed = charges.reverse(&unpaid.id).unwrap();
    assert_eq!(reversed.reversed, Some(true));

    let page = charges
        .list(&ChargesListParams {
            limit: Some(10),
            ..Default::default()
        })
        .unwrap();
    let ids: HashSet<String> = page.data.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids, HashSet::from([created.id.clone(), unpaid.id.clone()]));
    assert!(!page.has_more);

    let refunds = charges.refunds();
    let refund = refunds
        .create(
            &created.id,
            &ChargesRefundsCreateParams {
                description: "Refund Description".into(),
                amount: Some(30),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(refund.amount, Some(30));
    assert_eq!(refund.charge.as_deref(), Some(created.id.as_str()));
    assert_eq!(refunds.retrieve(&created.id, &refund.id).unwrap().id, refund.id);
    let listed = refunds.list(&created.id, &ChargesRefundsListParams::default()).unwrap();
    assert_eq!(listed.data.len(), 1);
    assert_eq!(listed.data[0].id, refund.id);
    assert_eq!(charges.retrieve(&created.id).unwrap().amount_refunded, Some(30));

    assert_eq!(
        seen_operations(mock)[before..],
        [
            "charges.create",
            "charges.retrieve",
            "charges.create",
            "charges.reverse",
            "charges.list",
            "charges.refunds.create",
            "charges.refunds.retrieve",
            "charges.refunds.list",
            "charges.retrieve"
        ]
    );
}

fn orders_their_charges_and_refunds(_mock: &MockHandle, client: &Client) {
    let orders = client.orders();
    let order = orders.create(&order_params("order_0001", 100)).unwrap();
    assert_eq!(order.status.as_deref(), Some("created"));
    assert_eq!(order.app.as_deref(), Some(APP));
    assert_eq!(
        orders.retrieve(&order.id).unwrap().merchant_order_no.as_deref(),
        Some("order_0001")
    );

    let paid = orders.pay(&order.id, &pay_balance(100)).unwrap();
    assert_eq!(paid.paid, Some(true));
    let charge_id = paid.charge.clone().expect("paid order names its charge");
    let charge = orders.charges().retrieve(&order.id, &charge_id).unwrap();
    assert_eq!(charge.amount, Some(100));
    let charges = orders
        .charges()
        .list(&order.id, &OrdersChargesListParams::default())
        .unwrap();
    assert_eq!(
        charges.data.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        [charge_id.as_str()]
    );

    // Offline-scan refunds: /order_refunds.
    let order_refund = orders
        .order_refunds()
        .create(
            &order.id,
            &OrdersOrderRefundsCreateParams {
                description: "partial".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(order_refund.order.as_deref(), Some(order.id.as_str()));
    let id = order_refund.id.to_string();
    assert_eq!(
        orders.order_refunds().retrieve(&order.id, &id).unwrap().id,
        order_refund.id
    );
    assert_eq!(
        orders
            .order_refunds()
            .list(&order.id, &OrdersOrderRefundsListParams::default())
            .unwrap()
            .data
            .len(),
        1
    );

    // Simple-account refunds: /refunds.
    let second = orders.create(&order_params("order_0002", 80)).unwrap();
    let second_charge = orders.pay(&second.id, &pay_balance(80)).unwrap().charge.unwrap();
    let refund = orders
        .refunds()
        .create(
            &second.id,
            &OrdersRefundsCreateParams {
                order_no: "TK1663681066".into(),
                amount: 80,
                charge: second_charge.clone(),
                description: "全额退款".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(refund.amount, Some(80));
    assert_eq!(refund.charge.as_deref(), Some(second_charge.as_str()));
    assert_eq!(refund.order.as_deref(), Some(second.id.as_str()));
    assert_eq!(
        orders
            .refunds()
            .retrieve(&second.id, &refund.id.to_string())
            .unwrap()
            .id,
        refund.id
    );
    assert_eq!(
        orders
            .refunds()
            .list(&second.id, &OrdersRefundsListParams::default())
            .unwrap()
            .data
            .len(),
        1
    );
    assert_eq!(orders.retrieve(&second.id).unwrap().amount_refunded, Some(80));

    let third = orders.create(&order_params("order_0003", 10)).unwrap();
    let canceled = orders.cancel(&third.id, &OrdersCancelParams::default()).unwrap();
    assert_eq!(
        canceled.status.as_deref(),
        Some("canceled"),
        "status defaults to canceled"
    );

    let listed = orders
        .list(&OrdersListParams {
            per_page: Some(100),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(listed.data.len(), 3);
}

fn events_of_the_changes(_mock: &MockHandle, client: &Client) {
    client
        .charges()
        .create(&charge_params("323456789", "isv_scan", 100))
        .unwrap();
    let page = client
        .events()
        .list(&EventsListParams {
            limit: Some(20),
            ..Default::default()
        })
        .unwrap();
    let first = page.data.first().expect("a paid charge makes an event");
    assert_eq!(first.event_type, "charge.succeeded");
    let again = client.events().retrieve(&first.id).unwrap();
    assert_eq!(&again, first);
    let charge: Charge = serde_json::from_value(again.data.object.clone()).unwrap();
    assert_eq!(charge.amount, Some(100));
}

fn sub_apps_and_their_channels(_mock: &MockHandle, client: &Client) {
    let sub_apps = client.sub_apps();
    let sub = sub_apps
        .create(&SubAppsCreateParams {
            display_name: "sub_app_display_name".into(),
            user: json!("test_user_031"),
            description: Some("Your description".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(sub.display_name.as_deref(), Some("sub_app_display_name"));
    assert_eq!(sub.level, Some(1));
    assert_eq!(sub_apps.retrieve(&sub.id).unwrap().id, sub.id);
    let updated = sub_apps
        .update(
            &sub.id,
            &SubAppsUpdateParams {
                display_name: Some("renamed".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(updated.display_name.as_deref(), Some("renamed"));
    assert_eq!(sub_apps.list(&SubAppsListParams::default()).unwrap().data.len(), 1);

    let channels = sub_apps.channels();
    let params = map(json!({
        "fee_rate": 60,
        "mer_id": "123456789012345",
        "inst_id": "12345678",
        "key": "0123456789abcdef0123456789abcdef",
        "support_refund": true,
    }));
    let channel = channels
        .create(
            &sub.id,
            &SubAppsChannelsCreateParams {
                channel: "isv_scan".into(),
                params: params.clone(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(channel.channel.as_deref(), Some("isv_scan"));
    assert_eq!(channel.params.as_ref().unwrap()["mer_id"], "123456789012345");
    assert_eq!(
        channels.retrieve(&sub.id, "isv_scan").unwrap().channel.as_deref(),
        Some("isv_scan")
    );
    let banned = channels
        .update(
            &sub.id,
            "isv_scan",
            &SubAppsChannelsUpdateParams {
                params,
                banned: Some(true),
                banned_msg: Some("paused".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(banned.banned, Some(true));
    let gone = channels.delete(&sub.id, "isv_scan").unwrap();
    assert_eq!(gone.deleted, Some(true));
    assert_eq!(
        channels.retrieve(&sub.id, "isv_scan").unwrap_err().http_status(),
        Some(404)
    );

    let deleted = sub_apps.delete(&sub.id).unwrap();
    assert_eq!(
        (deleted.deleted, deleted.id.as_deref()),
        (Some(true), Some(sub.id.as_str()))
    );
}

fn simple_account_operations(_mock: &MockHandle, client: &Client) {
    let pic = client
        .upload_pic()
        .create(&UploadPicCreateParams {
            pic: "/9j/4AAQSkZJRgABAgEAAA==".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(pic.media_url.unwrap().starts_with("http"));
    let bin = client
        .card_bin()
        .query(&CardBinQueryParams {
            account: "6214850213609784".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(bin.card_type.as_deref(), Some("DEBIT"));

    let users = client.users();
    let user = users
        .create(&UsersCreateParams {
            id: "test_001".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(user.id, "test_001");
    assert_eq!(users.retrieve("test_001").unwrap().id, "test_001");
    let renamed = users
        .update(
            "test_001",
            &UsersUpdateParams {
                name: Some("小明".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("小明"));
    assert!(users
        .list(&UsersListParams::default())
        .unwrap()
        .data
        .iter()
        .any(|u| u.id == "test_001"));
    let bound = users
        .settle_accounts()
        .create(
            "test_001",
            &UsersSettleAccountsCreateParams {
                return_url: Some("https://example.com/back".into()),
                ..Default::default()
            },
        )
        .unwrap();
    // The `{return_url}` body answers `{app, user, card_url}`, which is no settle account.
    assert!(
        bound.card_url.is_some() && bound.settle_account().is_none(),
        "{bound:?}"
    );

    let cus = client
        .cus_applications()
        .create(&CusApplicationsCreateParams {
            user: "test_001".into(),
            order_no: "KH1662363197".into(),
            cert_type: "ID_CARD".into(),
            cert_name: "张三".into(),
            cert_number: "110101199003077777".into(),
            mobile: "13800000000".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(client.cus_applications().retrieve(&cus.id).unwrap().id, cus.id);

    let mch = client.mch_applications().create(&mch_params("QY1662363197")).unwrap();
    assert_eq!(mch.user.as_deref(), Some("test_001"));
    assert_eq!(client.mch_applications().retrieve(&mch.id).unwrap().id, mch.id);
    let micro = client
        .micro_applications()
        .create(&micro_params("XW1662363197"))
        .unwrap();
    assert_eq!(client.micro_applications().retrieve(&micro.id).unwrap().id, micro.id);

    let mut other = Map::new();
    other.insert("user".into(), json!("test_001"));
    let account = client
        .settle_accounts()
        .create(&SettleAccountsCreateParams {
            channel: "bank_account".into(),
            recipient: Some(from(
                json!({"account": "6214850213609784", "name": "张三", "type": "b2c"}),
            )),
            other,
        })
        .unwrap();
    assert_eq!(account.channel.as_deref(), Some("bank_account"));

    let deposit = client
        .deposits()
        .create(&DepositsCreateParams {
            user: "test_001".into(),
            order_no: "CZ1663573797".into(),
            amount: 100,
            extra: Some(from(json!({"return_url": "https://example.com/back"}))),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(deposit.amount, Some(100));
    // A bonus funds the withdrawal below.
    let bonus = client
        .balance_bonuses()
        .create(&from(
            json!({"user": "test_001", "order_no": "fund_test_001", "amount": 10}),
        ))
        .unwrap();
    assert_eq!(bonus.amount, Some(10));

    let withdrawals = client.withdrawals();
    let withdrawal = withdrawals
        .create(&WithdrawalsCreateParams {
            user: "test_001".into(),
            order_no: "TX1663573797".into(),
            amount: 10,
            channel: Some("yeepay".into()),
            extra: Some(from(json!({"return_url": "https://example.com/back"}))),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(withdrawals.retrieve(&withdrawal.id).unwrap().id, withdrawal.id);
    assert_eq!(
        withdrawals.list(&WithdrawalsListParams::default()).unwrap().data.len(),
        1
    );
    let confirmed = withdrawals
        .confirm(
            &withdrawal.id,
            &WithdrawalsConfirmParams {
                status: "pending".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(confirmed.status.as_deref(), Some("pending"));
}

fn mch_params(order_no: &str) -> MchApplicationsCreateParams {
    MchApplicationsCreateParams {
        user: "test_001".into(),
        order_no: order_no.into(),
        business_license: Some(from(json!({
            "copy": "http://example.com/license.jpg", "number": "91110000600037341L",
            "account_opening_license": "J1000012345601", "account_opening_license_copy": "http://example.com/a.jpg",
            "company_name": "示例公司", "short_name": "示例", "sign_type": "enterprise",
        }))),
        legal_person_id_card: Some(from(json!({
            "type": "id_card", "copy": "http://example.com/c.jpg", "national": "http://example.com/n.jpg",
            "number": "110101199003077777", "name": "张三",
        }))),
        contact_id_card: Some(from(json!({
            "number": "110101199003077777", "name": "张三", "mobile": "13800000000",
            "email": "a@example.com", "service_phone": "4000000000",
        }))),
        merchant_address: Some(from(json!({
            "province": "北京", "city": "北京", "district": "朝阳", "address": "某街 1 号",
        }))),
        settle_account: Some(from(
            json!({"account": "6214850213609784", "type": "b2b", "bank_code": "CMBCHINA"}),
        )),
        ..Default::default()
    }
}

fn micro_params(order_no: &str) -> MicroApplicationsCreateParams {
    MicroApplicationsCreateParams {
        user: "test_001".into(),
        order_no: order_no.into(),
        business_license: Some(from(json!({"sign_name": "张三小店", "short_name": "小店"}))),
        legal_person_id_card: Some(from(json!({
            "type": "id_card", "number": "110101199003077777", "copy": "http://example.com/c.jpg",
            "national": "http://example.com/n.jpg", "name": "张三", "mobile": "13800000000",
        }))),
        merchant_address: Some(from(json!({
            "province": "北京", "city": "北京", "district": "朝阳", "address": "某街 1 号",
        }))),
        settle_account: Some(from(
            json!({"account": "6214850213609784", "type": "b2c", "bank_code": "CMBCHINA"}),
        )),
        ..Default::default()
    }
}

fn allocations_their_refunds_and_completion(_mock: &MockHandle, client: &Client) {
    let order = client.orders().create(&order_params("order_0100", 100)).unwrap();
    client.orders().pay(&order.id, &pay_balance(100)).unwrap();
    let recipient = |amount| AllocationsCreateParamsRecipientsItem {
        user: "test_001".into(),
        amount,
        ..Default::default()
    };
    let allocation = client
        .allocations()
        .create(&AllocationsCreateParams {
            order: order.id.clone(),
            order_no: "FZ1663573797".into(),
            recipients: vec![recipient(60)],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(allocation.amount, Some(60));
    assert_eq!(allocation.app.as_deref(), Some(APP), "app filled from the client");
    assert_eq!(
        allocation.recipients.as_ref().unwrap()[0].user.as_deref(),
        Some("test_001")
    );
    assert_eq!(client.allocations().retrieve(&allocation.id).unwrap().id, allocation.id);

    let refund = client
        .allocation_refunds()
        .create(&AllocationRefundsCreateParams {
            order: order.id.clone(),
            order_no: "FZTK1663573797".into(),
            senders: vec![AllocationRefundsCreateParamsSendersItem {
                user: "test_001".into(),
                amount: 20,
                ..Default::default()
            }],
            extra: Some(from(json!({"allocation": allocation.id}))),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(refund.amount, Some(20));

    let complete = client
        .allocation_completes()
        .create(&AllocationCompletesCreateParams {
            order: order.id.clone(),
            order_no: "FZWJ1663573797".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        client.allocation_completes().retrieve(&complete.id).unwrap().id,
        complete.id
    );
}

#[test]
fn charges_and_their_refunds_end_to_end() {
    let (mock, client) = start();
    charges_and_their_refunds(&mock, &client);
}

#[test]
fn orders_their_charges_and_refunds_end_to_end() {
    let (mock, client) = start();
    orders_their_charges_and_refunds(&mock, &client);
}

#[test]
fn events_of_the_changes_end_to_end() {
    let (mock, client) = start();
    events_of_the_changes(&mock, &client);
}

#[test]
fn sub_apps_and_their_channels_end_to_end() {
    let (mock, client) = start();
    sub_apps_and_their_channels(&mock, &client);
}

#[test]
fn simple_account_operations_end_to_end() {
    let (mock, client) = start();
    simple_account_operations(&mock, &client);
}

#[test]
fn allocations_their_refunds_and_completion_end_to_end() {
    let (mock, client) = start();
    allocations_their_refunds_and_completion(&mock, &client);
}

#[test]
fn money_out_end_to_end() {
    let (mock, client) = start();
    money_out::money_out(&mock, &client);
}

#[test]
fn agreements_trade_detail_and_upload_pic_end_to_end() {
    let (mock, client) = start();
    agreements::agreements(&mock, &client);
}

#[test]
fn coupons_end_to_end() {
    let (mock, client) = start();
    coupons::coupons(&mock, &client);
}

#[test]
fn split_profits_end_to_end() {
    let (mock, client) = start();
    split_profits::split_profits(&mock, &client);
}

#[test]
fn balances_end_to_end() {
    let (mock, client) = start();
    balances::balances(&mock, &client);
}

#[test]
fn sub_app_contacts_and_transfer_channels_end_to_end() {
    let (mock, client) = start();
    sub_apps::sub_app_extras(&mock, &client);
}

#[test]
fn every_operation_of_the_table_is_called_through_its_typed_method() {
    let (mock, client) = start();
    for walk in [
        charges_and_their_refunds,
        orders_their_charges_and_refunds,
        events_of_the_changes,
        sub_apps_and_their_channels,
        simple_account_operations,
        allocations_their_refunds_and_completion,
        money_out::money_out,
        settle_accounts::settle_accounts,
        agreements::agreements,
        balances::balances,
        sub_apps::sub_app_extras,
        royalties::royalties,
        coupons::coupons,
        split_profits::split_profits,
    ] {
        walk(&mock, &client);
    }
    let seen: HashSet<String> = seen_operations(&mock).into_iter().collect();
    let missing: Vec<&str> = pingxx::operations()
        .iter()
        .map(|op| op.name)
        .filter(|name| !seen.contains(*name))
        .collect();
    assert!(missing.is_empty(), "never called end to end: {missing:?}");
    let typed: HashSet<&str> = pingxx::api::TYPED_OPERATIONS.iter().map(|(n, _, _)| *n).collect();
    assert_eq!(typed.len(), pingxx::operations().len());
}

#[test]
fn validation_failures_send_nothing() {
    let (mock, client) = start();
    let err = client.charges().create(&charge_params("x", "isv_scan", 0)).unwrap_err();
    assert_eq!(err.code(), "validation_failed");
    let fields: Vec<String> = err
        .validation_errors()
        .unwrap()
        .iter()
        .map(|e| e.field.clone())
        .collect();
    assert!(fields.iter().any(|f| f == "amount"), "{fields:?}");
    assert!(mock.requests().is_empty());
}
