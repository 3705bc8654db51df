//! Royalties through their typed methods: a template, royalty data on a paid
//! order, the royalties it produced, a settlement and its transactions.

use pingxx::api::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::json;

use super::{from, order_params, pay_balance, APP};

pub fn royalties(_mock: &MockHandle, client: &Client) {
    let templates = client.royalty_templates();
    let template = templates
        .create(&from(
            json!({"name": "typed", "rule": {"royalty_mode": "rate", "refund_mode": "proportional",
            "allocation_mode": "service_reserved", "data": [{"level": 0, "value": 250}]}}),
        ))
        .unwrap();
    let rule = template.rule.clone().unwrap();
    assert_eq!(rule.royalty_mode.as_deref(), Some("rate"));
    assert_eq!(
        rule.data.as_ref().map(|d| (d[0].level, d[0].value)),
        Some((Some(0), Some(250)))
    );
    assert_eq!(templates.retrieve(&template.id).unwrap().name.as_deref(), Some("typed"));
    let updated = templates
        .update(
            &template.id,
            &RoyaltyTemplatesUpdateParams {
                description: Some("a quarter of a tenth".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(updated.description.as_deref(), Some("a quarter of a tenth"));
    assert!(templates
        .list(&Default::default())
        .unwrap()
        .data
        .iter()
        .any(|t| t.id == template.id));
    let spare = templates
        .create(&from(
            json!({"rule": {"royalty_mode": "fixed", "refund_mode": "no_refund",
            "allocation_mode": "receipt_reserved", "data": [{"level": 0, "value": 1}]}}),
        ))
        .unwrap();
    assert_eq!(templates.delete(&spare.id).unwrap().deleted, Some(true));

    // An order paid from the balance, then royalty data for it.
    let mut params = order_params("typed_royalty_01", 200);
    params.royalty_template = Some(template.id.clone());
    params.service_app = Some("app_TypedService0001".into());
    let order = client.orders().create(&params).unwrap();
    let paid = client.orders().pay(&order.id, &pay_balance(200)).unwrap();
    let data = client
        .orders()
        .royalty_datas()
        .create(
            &order.id,
            &from(json!({"charge": paid.charge, "royalty_users": [{"user": "user_002", "amount": 30}]})),
        )
        .unwrap();
    assert_eq!(
        (data.order.as_deref(), data.succeeded),
        (Some(order.id.as_str()), Some(true))
    );
    let royalties = client.royalties();
    let mine = royalties
        .list(&RoyaltiesListParams {
            payer_app: Some(APP.into()),
            per_page: Some(100),
            ..Default::default()
        })
        .unwrap()
        .data
        .into_iter()
        .filter(|r| r.source_no.as_deref() == Some("typed_royalty_01"))
        .collect::<Vec<_>>();
    // The order's app is the platform: level 0 is not reached, and service_reserved
    // gives its 2.5 % of 200 to the service app; then 30 to user_002.
    let mut amounts: Vec<i64> = mine.iter().filter_map(|r| r.amount).collect();
    amounts.sort_unstable();
    assert_eq!(amounts, vec![5, 30]);
    assert!(mine
        .iter()
        .any(|r| r.recipient_app.as_deref() == Some("app_TypedService0001") && r.amount == Some(5)));
    assert_eq!(
        royalties.retrieve(&mine[0].id).unwrap().status.as_deref(),
        Some("pending")
    );
    let marked = royalties
        .batch_update(&RoyaltiesBatchUpdateParams {
            ids: vec![mine[0].id.clone()],
            description: Some("typed".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(marked.data[0].description.as_deref(), Some("typed"));

    let settlements = client.royalty_settlements();
    let s = settlements
        .create(&RoyaltySettlementsCreateParams {
            payer_app: APP.into(),
            method: "balance".into(),
            source_no: Some("typed_royalty_01".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((s.amount, s.count), (Some(35), Some(2)));
    let txs = s.royalty_transactions.clone().unwrap().data;
    assert_eq!(txs.iter().filter_map(|t| t.amount).sum::<i64>(), 35);
    assert_eq!(settlements.retrieve(&s.id).unwrap().status.as_deref(), Some("created"));
    let listed = settlements
        .list(&RoyaltySettlementsListParams {
            payer_app: APP.into(),
            ..Default::default()
        })
        .unwrap();
    assert!(listed.data.iter().any(|x| x.id == s.id));
    let done = settlements
        .update(
            &s.id,
            &RoyaltySettlementsUpdateParams {
                status: "pending".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(done.status.as_deref(), Some("succeeded"));
    let transactions = client.royalty_transactions();
    assert_eq!(
        transactions.retrieve(&txs[0].id).unwrap().status.as_deref(),
        Some("succeeded")
    );
    let all = transactions
        .list(&RoyaltyTransactionsListParams {
            royalty_settlement: Some(s.id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(all.data.len(), 2);
}
