//! What the typed-method tests (`typed_methods.rs`, `list_auto.rs`) share: an
//! emulator with a client, and params built with the generated structs.
#![allow(dead_code)]

pub mod agreements;
pub mod balances;
pub mod coupons;
pub mod money_out;
pub mod royalties;
pub mod settle_accounts;
pub mod split_profits;
pub mod sub_apps;

use pingxx::api::*;
use pingxx::Client;
use pingxx_mock::{MockConfig, MockHandle, MockServer};
use serde_json::{json, Map, Value};

pub const APP: &str = "app_1Gqj58ynP0mHeX1q";

pub fn start() -> (MockHandle, Client) {
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
pub fn from<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("params parse")
}

pub fn map(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        other => panic!("not an object: {other}"),
    }
}

pub fn charge_params(order_no: &str, channel: &str, amount: i64) -> ChargesCreateParams {
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

pub fn order_params(merchant_order_no: &str, amount: i64) -> OrdersCreateParams {
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

pub fn pay_balance(amount: i64) -> OrdersPayParams {
    OrdersPayParams {
        charge_amount: amount,
        channel: Some("balance".into()),
        ..Default::default()
    }
}
