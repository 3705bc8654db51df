//! `list_auto` of the typed methods against the emulator over loopback: lazy
//! page and cursor walks, errors, path parameters and app-scoped lists.

mod typed;

use pingxx::api::*;
use pingxx::models::{Charge, Event, Refund};
use pingxx_mock::{Fault, FaultKind};
use serde_json::{json, Value};
use typed::*;

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
                return_url: Some("https://example.com/back".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(bound.card_url.is_some(), "{bound:?}");
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
