//! Transfers, batch transfers, red envelopes, batch refunds, customs and the
//! account services through their typed methods.

use pingxx::api::*;
use pingxx::Client;
use pingxx_mock::MockHandle;
use serde_json::json;

use super::{charge_params, from};

/// A transfer to a user's balance.
fn transfer(order_no: &str) -> TransfersCreateParams {
    from(
        json!({"channel": "balance", "order_no": order_no, "amount": 100, "currency": "cny",
        "type": "b2c", "recipient": "user_001"}),
    )
}

pub fn money_out(_mock: &MockHandle, client: &Client) {
    let transfers = client.transfers();
    let t1 = transfers.create(&transfer("rstr1")).unwrap();
    assert_eq!(t1.status.as_deref(), Some("pending"));
    assert_eq!(transfers.retrieve(&t1.id).unwrap().amount, Some(100));
    let t2 = transfers.create(&transfer("rstr2")).unwrap();
    let canceled = transfers.cancel(&t2.id, &TransfersCancelParams::default()).unwrap();
    assert_eq!(canceled.status.as_deref(), Some("canceled"));
    let t3 = transfers.create(&transfer("rstr3")).unwrap();
    assert_eq!(transfers.reverse(&t3.id).unwrap().status.as_deref(), Some("reversed"));
    let listed: Vec<String> = transfers
        .list(&from(json!({"limit": 10})))
        .unwrap()
        .data
        .into_iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(listed, vec![t3.id, t2.id, t1.id]);

    let batches = client.batch_transfers();
    let batch = batches
        .create(&from(
            json!({"batch_no": "rsbt1", "channel": "balance", "amount": 300, "type": "b2c",
            "recipients": [{"user": "user_001", "amount": 100}, {"user": "user_002", "amount": 200}]}),
        ))
        .unwrap();
    assert_eq!(batch.recipients.as_ref().map(Vec::len), Some(2));
    assert_eq!(batches.retrieve(&batch.id).unwrap().status.as_deref(), Some("pending"));
    assert_eq!(
        batches.list(&BatchTransfersListParams::default()).unwrap().data.len(),
        1
    );
    let canceled = batches
        .cancel(&batch.id, &BatchTransfersCancelParams::default())
        .unwrap();
    assert_eq!(canceled.status.as_deref(), Some("canceled"));

    let envelopes = client.red_envelopes();
    let env = envelopes
        .create(&from(
            json!({"channel": "wx_pub", "order_no": "20170003", "amount": 100, "currency": "cny",
            "recipient": "o9zpMs9jIaLynQY9N6yxcZ", "subject": "s", "body": "b"}),
        ))
        .unwrap();
    assert_eq!(envelopes.retrieve(&env.id).unwrap().status.as_deref(), Some("sent"));
    assert_eq!(
        envelopes.list(&RedEnvelopesListParams::default()).unwrap().data[0].id,
        env.id
    );

    let paid = client
        .charges()
        .create(&charge_params("rsbr1", "isv_scan", 100))
        .unwrap();
    let refunds = client.batch_refunds();
    let br = refunds
        .create(&from(
            json!({"batch_no": "rsbr1", "charges": [{"charge": paid.id, "amount": 30}]}),
        ))
        .unwrap();
    assert_eq!(br.status.as_deref(), Some("succeeded"));
    assert_eq!(refunds.retrieve(&br.id).unwrap().batch_no.as_deref(), Some("rsbr1"));
    assert_eq!(
        refunds.list(&BatchRefundsListParams::default()).unwrap().data[0].id,
        br.id
    );
    assert_eq!(client.charges().retrieve(&paid.id).unwrap().amount_refunded, Some(30));

    let declared = client
        .charges()
        .create(&charge_params("rscu1", "isv_scan", 100))
        .unwrap();
    let customs = client.customs();
    let decl = customs
        .create(&from(
            json!({"charge": declared.id, "channel": "isv_scan", "trade_no": "15112496832609",
            "customs_code": "GUANGZHOU", "amount": 100}),
        ))
        .unwrap();
    assert_eq!(
        customs.retrieve(&decl.id).unwrap().charge.as_deref(),
        Some(declared.id.as_str())
    );
    assert_eq!(customs.list(&CustomsListParams::default()).unwrap().data[0].id, decl.id);

    let check = client
        .identification()
        .create(&from(
            json!({"type": "id_card", "data": {"id_name": "张三", "id_number": "310181198910107641"}}),
        ))
        .unwrap();
    assert_eq!(check.result_code, Some(0));
    let info = client
        .card_info()
        .query(&from(json!({"bank_account": "6225210207073918"})))
        .unwrap();
    assert_eq!(info.open_bank_code.as_deref(), Some("0308"));
    let banks = client
        .sub_banks()
        .list(&from(
            json!({"channel": "chanpay", "open_bank_code": "0308", "prov": "上海", "city": "上海"}),
        ))
        .unwrap();
    assert_eq!(banks.data.len(), 2);
    assert_eq!(banks.data[0].city.as_deref(), Some("上海"));
}
