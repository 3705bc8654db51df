//! Request-signature checking with the merchant example key pair.

mod common;

use common::*;
use pingxx::RequestSigner;
use pingxx_mock::{MockConfig, MockHandle, MockServer};
use serde_json::json;

fn signed_mock() -> MockHandle {
    MockServer::start(MockConfig {
        merchant_public_key_pem: Some(vector("keys/merchant_example_public_key_spki.pem")),
        ..MockConfig::default()
    })
    .unwrap()
}

fn signer() -> RequestSigner {
    RequestSigner::from_pem(&vector("keys/merchant_example_private_key_pkcs1.pem")).unwrap()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Sends `method target` with a signature over `signed_target` and `signed_body`.
fn send(
    mock: &MockHandle,
    method: &str,
    target: &str,
    body: &str,
    signed_target: &str,
    signed_body: &str,
    ts: i64,
) -> (u16, serde_json::Value) {
    let sig = signer().sign(signed_body.as_bytes(), signed_target, ts);
    let ts = ts.to_string();
    let auth = format!("Bearer {KEY}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json; charset=utf-8"),
        ("Pingplusplus-Signature", sig.as_str()),
        ("Pingplusplus-Request-Timestamp", ts.as_str()),
    ];
    let b = (!body.is_empty()).then_some(body.as_bytes());
    raw(method, &format!("{}{target}", mock.base_url()), &headers, b)
}

#[test]
fn a_client_with_the_merchant_key_is_served() {
    let mock = signed_mock();
    let client = builder(&mock)
        .private_key_pem(vector("keys/merchant_example_private_key_pkcs1.pem"))
        .max_retries(0)
        .build()
        .unwrap();
    let ch = client
        .call(
            "charges.create",
            json!({"order_no": "sig001", "app": {"id": APP}, "channel": "alipay", "amount": 1,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "测试", "body": "b"}),
        )
        .unwrap();
    let id = ch["id"].as_str().unwrap();
    assert_eq!(
        client.call("charges.retrieve", json!({"charge_id": id})).unwrap()["id"],
        id
    );
    let list = client
        .call("charges.list", json!({"app": {"id": APP}, "limit": 5}))
        .unwrap();
    assert_eq!(list["data"][0]["id"], id);
}

#[test]
fn an_unsigned_request_is_rejected_with_401() {
    let mock = signed_mock();
    let e = client(&mock).call("events.list", json!({})).unwrap_err();
    assert_eq!(e.http_status(), Some(401));
    assert_eq!(e.code(), "authentication_failed");
    assert!(e.to_string().contains("signature is missing"), "{e}");
}

#[test]
fn the_raw_target_is_verified_as_received_including_a_trailing_question_mark() {
    let mock = signed_mock();
    let ts = now();
    let (status, body) = send(&mock, "GET", "/v1/events?", "", "/v1/events?", "", ts);
    assert_eq!(status, 200, "Node-style trailing ?: {body}");
    let (status, body) = send(&mock, "GET", "/v1/events?", "", "/v1/events", "", ts);
    assert_eq!(status, 401, "a signature without the ? must not verify: {body}");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("signature is invalid"));
    let raw_brackets = "/v1/charges?app[id]=app_1&limit=3";
    assert_eq!(send(&mock, "GET", raw_brackets, "", raw_brackets, "", ts).0, 200);
    let encoded = "/v1/charges?app%5Bid%5D=app_1&limit=3";
    assert_eq!(send(&mock, "GET", encoded, "", encoded, "", ts).0, 200);
    assert_eq!(send(&mock, "GET", encoded, "", raw_brackets, "", ts).0, 401);
}

#[test]
fn the_raw_body_is_verified_byte_for_byte() {
    let mock = signed_mock();
    let escaped = r#"{"order_no": "sig002", "app": {"id": "app_1Gqj58ynP0mHeX1q"}, "channel": "alipay", "amount": 1, "client_ip": "127.0.0.1", "currency": "cny", "subject": "\u6d4b\u8bd5", "body": "b"}"#;
    let (status, body) = send(&mock, "POST", "/v1/charges", escaped, "/v1/charges", escaped, now());
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["subject"], "测试");
    let tampered = escaped.replace("sig002", "sig003");
    let (status, body) = send(&mock, "POST", "/v1/charges", &tampered, "/v1/charges", escaped, now());
    assert_eq!(status, 401, "{body}");
}

#[test]
fn timestamps_more_than_300_seconds_away_are_rejected() {
    let mock = signed_mock();
    for skew in [-400, 400] {
        let ts = now() + skew;
        let (status, body) = send(&mock, "GET", "/v1/events", "", "/v1/events", "", ts);
        assert_eq!(status, 400, "{body}");
        assert!(
            body["error"]["message"].as_str().unwrap().contains("300 seconds"),
            "{body}"
        );
    }
    assert_eq!(
        send(&mock, "GET", "/v1/events", "", "/v1/events", "", now() - 200).0,
        200
    );
}

#[test]
fn a_recorded_sdk_vector_verifies_up_to_its_old_timestamp() {
    let mock = signed_mock();
    let vectors: serde_json::Value = serde_json::from_str(&vector("signing.json")).unwrap();
    let v = &vectors["vectors"][0];
    let ts = v["timestamp"].as_i64().unwrap().to_string();
    let auth = format!("Bearer {KEY}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Pingplusplus-Signature", v["signature"].as_str().unwrap()),
        ("Pingplusplus-Request-Timestamp", ts.as_str()),
    ];
    let url = format!("{}{}", mock.base_url(), v["request_target"].as_str().unwrap());
    let (status, body) = raw("POST", &url, &headers, Some(v["body"].as_str().unwrap().as_bytes()));
    assert_eq!(status, 400, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("timestamp"));
}
