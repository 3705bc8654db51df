//! End-to-end tests of the typed methods and of `list_auto`, against the
//! emulator over loopback: every row of the operation table is called through
//! its typed method and the answer parsed into its model.

use std::collections::HashSet;

use pingxx::api::*;
use pingxx::models::*;
use pingxx::Client;
use pingxx_mock::{Fault, FaultKind, MockConfig, MockHandle, MockServer};
use serde_json::{json, Map, Value};

const APP: &str = "app_1Gqj58ynP0mHeX1q";

fn start() -> (MockHandle, Client) {
    let mock = MockServer::start(MockConfig::default()).expect("emulator starts");
    let client = Client::builder()
        .api_key("sk_test_ibbTe5jLGCi5rzfH4OqPW9KC")
        .app_id(APP)
        .api_base(mock.base_url())
        .max_retries(0)
        .build()
        .expect("client builds");
    (mock, client)
}

/// A params struct (or a nested part of one) from JSON.
fn from<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("params parse")
}

fn map(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        other => panic!("not an object: {other}"),
    }
}

fn charge_params(order_no: &str, channel: &str, amount: i64) -> ChargesCreateParams {
    let extra = if channel == "isv_scan" {
        Some(map(
            json!({"scan_code": "286801346868493272", "terminal_id": "T0000001"}),
        ))
    } else {
        None
    };
    ChargesCreateParams {
        order_no: order_no.into(),
        channel: channel.into(),
        amount,
        client_ip: "127.0.0.1".into(),
        currency: "cny".into(),
        subject: "Your Subject".into(),
        body: "Your Body".into(),
        extra,
        ..Default::default()
    }
}

fn order_params(merchant_order_no: &str, amount: i64) -> OrdersCreateParams {
    OrdersCreateParams {
        merchant_order_no: merchant_order_no.into(),
        amount,
        currency: "cny".into(),
        client_ip: "127.0.0.1".into(),
        subject: "Your Subject".into(),
        body: "Your Body".into(),
        uid: Some("user_001".into()),
        ..Default::default()
    }
}

fn pay_balance(amount: i64) -> OrdersPayParams {
    OrdersPayParams {
        charge_amount: amount,
        channel: Some("balance".into()),
        ..Default::default()
    }
}

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
                return_url: "https://example.com/back".into(),
                ..Default::default()
            },
        )
        .unwrap();
    // The document answers `{app, user, card_url}`; the emulator answers a
    // `settle_account` object, whose fields the model keeps in `other`.
    assert!(
        bound.card_url.is_some() || bound.other.get("object") == Some(&json!("settle_account")),
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
fn every_operation_of_the_table_is_called_through_its_typed_method() {
    let (mock, client) = start();
    for walk in [
        charges_and_their_refunds,
        orders_their_charges_and_refunds,
        events_of_the_changes,
        sub_apps_and_their_channels,
        simple_account_operations,
        allocations_their_refunds_and_completion,
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

#[test]
fn orders_list_auto_walks_every_page_lazily() {
    let (mock, client) = start();
    let mut made = Vec::new();
    for i in 0..7 {
        made.push(
            client
                .orders()
                .create(&order_params(&format!("order_1{i:03}"), 10 + i))
                .unwrap()
                .id,
        );
    }
    let before = mock.requests().len();
    let mut iter = client
        .orders()
        .list_auto(&OrdersListParams {
            per_page: Some(3),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(iter.pages_fetched(), 0, "nothing is fetched before the first next()");
    let first = iter.next().unwrap().unwrap();
    assert_eq!(iter.pages_fetched(), 1);
    let mut seen = vec![first.id];
    for order in iter.by_ref() {
        seen.push(order.unwrap().id);
    }
    assert_eq!(iter.pages_fetched(), 3, "3 + 3 + 1 items");
    made.reverse();
    assert_eq!(seen, made, "newest first, no item twice, none missing");
    let targets: Vec<String> = mock.requests().into_iter().skip(before).map(|r| r.target).collect();
    assert_eq!(targets.len(), 3, "{targets:?}");
    for (i, t) in targets.iter().enumerate() {
        assert!(t.contains(&format!("page={}", i + 1)), "{t}");
        assert!(t.contains("per_page=3"), "{t}");
    }
}

#[test]
fn charges_list_auto_follows_the_cursor() {
    let (mock, client) = start();
    let mut made = Vec::new();
    for i in 0..5 {
        made.push(
            client
                .charges()
                .create(&charge_params(&format!("42345678{i}"), "alipay", 10))
                .unwrap()
                .id,
        );
    }
    let before = mock.requests().len();
    let all: Vec<Charge> = client
        .charges()
        .list_auto(&ChargesListParams {
            limit: Some(2),
            ..Default::default()
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    made.reverse();
    assert_eq!(all.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), made);
    let targets: Vec<String> = mock.requests().into_iter().skip(before).map(|r| r.target).collect();
    assert_eq!(targets.len(), 3, "2 + 2 + 1 items: {targets:?}");
    assert!(!targets[0].contains("starting_after"), "{}", targets[0]);
    assert!(
        targets[1].contains(&format!("starting_after={}", made[1])),
        "{}",
        targets[1]
    );
    assert!(
        targets[2].contains(&format!("starting_after={}", made[3])),
        "{}",
        targets[2]
    );
}

#[test]
fn events_list_auto_stops_at_has_more_false() {
    let (_mock, client) = start();
    for i in 0..3 {
        client
            .charges()
            .create(&charge_params(&format!("52345678{i}"), "isv_scan", 10))
            .unwrap();
    }
    let mut iter = client
        .events()
        .list_auto(&EventsListParams {
            limit: Some(20),
            ..Default::default()
        })
        .unwrap();
    let events: Vec<Event> = iter.by_ref().collect::<Result<_, _>>().unwrap();
    assert_eq!(events.len(), 3);
    assert!(events.iter().all(|e| e.event_type == "charge.succeeded"));
    assert_eq!(iter.pages_fetched(), 1);
    assert!(iter.next().is_none());
}

#[test]
fn an_error_is_yielded_once_and_ends_the_iteration() {
    let (mock, client) = start();
    for i in 0..4 {
        client
            .orders()
            .create(&order_params(&format!("order_2{i:03}"), 10))
            .unwrap();
    }
    mock.inject_fault(Fault::new(FaultKind::Json500, 5).on_path("&page=2"));
    let mut iter = client
        .orders()
        .list_auto(&OrdersListParams {
            per_page: Some(3),
            ..Default::default()
        })
        .unwrap();
    for _ in 0..3 {
        assert!(iter.next().unwrap().is_ok(), "the first page is served");
    }
    let err = iter.next().unwrap().unwrap_err();
    assert_eq!(err.code(), "api_error");
    assert_eq!(err.http_status(), Some(500));
    assert!(iter.next().is_none());
    assert!(iter.next().is_none());
}

#[test]
fn generic_list_auto_takes_path_parameters() {
    let (_mock, client) = start();
    let charge = client
        .charges()
        .create(&charge_params("623456789", "isv_scan", 100))
        .unwrap();
    for amount in [10, 20, 30] {
        client
            .charges()
            .refunds()
            .create(
                &charge.id,
                &ChargesRefundsCreateParams {
                    description: "r".into(),
                    amount: Some(amount),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let refunds: Vec<Refund> = client
        .list_auto("charges.refunds.list", json!({"charge_id": charge.id, "limit": 2}))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        refunds.iter().map(|r| r.amount.unwrap()).collect::<Vec<_>>(),
        [30, 20, 10]
    );
    let err = client.list_auto::<Value>("charges.create", json!({})).unwrap_err();
    assert_eq!(err.code(), "invalid_config");
    assert_eq!(
        client.list_auto::<Value>("nope.list", json!({})).unwrap_err().code(),
        "unknown_operation"
    );
}

#[test]
fn list_auto_of_sub_resources_and_app_scoped_lists() {
    let (mock, client) = start();
    let charge = client
        .charges()
        .create(&charge_params("723456789", "isv_scan", 100))
        .unwrap();
    for amount in [5, 6, 7] {
        let params = ChargesRefundsCreateParams {
            description: "r".into(),
            amount: Some(amount),
            ..Default::default()
        };
        client.charges().refunds().create(&charge.id, &params).unwrap();
    }
    let before = mock.requests().len();
    let amounts: Vec<i64> = client
        .charges()
        .refunds()
        .list_auto(
            &charge.id,
            &ChargesRefundsListParams {
                limit: Some(1),
                ..Default::default()
            },
        )
        .unwrap()
        .map(|r| r.unwrap().amount.unwrap())
        .collect();
    assert_eq!(amounts, [7, 6, 5]);
    assert_eq!(mock.requests().len() - before, 3, "one refund per page");

    for i in 0..5 {
        let user = UsersCreateParams {
            id: format!("user_{i}"),
            ..Default::default()
        };
        client.users().create(&user).unwrap();
    }
    let mut users = client
        .users()
        .list_auto(&UsersListParams {
            per_page: Some(2),
            ..Default::default()
        })
        .unwrap();
    let ids: Vec<String> = users.by_ref().map(|u| u.unwrap().id).collect();
    assert_eq!(ids, ["user_4", "user_3", "user_2", "user_1", "user_0"]);
    assert_eq!(users.pages_fetched(), 3);
}

#[test]
fn for_app_replaces_the_configured_app_id_in_app_paths() {
    let (mock, client) = start();
    let other_app = "app_OtherApp0000001";
    let users = client.users().for_app(other_app);
    let created = users
        .create(&UsersCreateParams {
            id: "elsewhere".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(created.app.as_deref(), Some(other_app));
    assert_eq!(users.retrieve("elsewhere").unwrap().id, "elsewhere");
    let not_here = client.users().retrieve("elsewhere").unwrap_err();
    assert_eq!(not_here.http_status(), Some(404));
    let listed: Vec<String> = users
        .list_auto(&UsersListParams::default())
        .unwrap()
        .map(|u| u.unwrap().id)
        .collect();
    assert_eq!(listed, ["elsewhere"]);
    let bound = users
        .settle_accounts()
        .create(
            "elsewhere",
            &UsersSettleAccountsCreateParams {
                return_url: "https://example.com/back".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(bound.card_url.is_some() || bound.other.contains_key("id"), "{bound:?}");
    let targets: Vec<String> = mock.requests().into_iter().map(|r| r.target).collect();
    let elsewhere = targets
        .iter()
        .filter(|t| t.starts_with(&format!("/v1/apps/{other_app}/")))
        .count();
    assert_eq!(elsewhere, 4, "{targets:?}");
    assert!(targets
        .iter()
        .any(|t| t.starts_with(&format!("/v1/apps/{APP}/users/elsewhere"))));
}
