//! Input meant to hurt the emulator: half-sent requests, deeply nested query
//! keys, numbers it cannot store. Each is refused and the emulator keeps serving.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::*;
use pingxx_mock::{MockConfig, MockHandle, MockServer};
use serde_json::{json, Value};

fn start_with_timeout(ms: u64) -> MockHandle {
    MockServer::start(MockConfig {
        read_timeout: Duration::from_millis(ms),
        ..MockConfig::default()
    })
    .unwrap()
}

/// Sends `bytes` and reads until the server closes (or 10 s pass): what came back.
fn send_and_read_to_close(mock: &MockHandle, bytes: &[u8]) -> (String, Duration) {
    let mut sock = TcpStream::connect(mock.addr()).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let started = Instant::now();
    sock.write_all(bytes).unwrap();
    let mut buf = Vec::new();
    let closed = sock.read_to_end(&mut buf);
    assert!(closed.is_ok(), "the server closed the connection: {closed:?}");
    (String::from_utf8_lossy(&buf).into_owned(), started.elapsed())
}

fn auth() -> String {
    format!("Authorization: Bearer {KEY}\r\n")
}

fn still_serves(mock: &MockHandle) {
    let (status, body) = raw(
        "GET",
        &format!("{}/v1/orders?app={APP}", mock.base_url()),
        &[("Authorization", &format!("Bearer {KEY}"))],
        None,
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["object"], "list");
}

#[test]
fn a_half_sent_request_head_is_closed_after_the_read_timeout() {
    let mock = start_with_timeout(300);
    let (answer, _) = send_and_read_to_close(&mock, b"GET /v1/orders HTTP/1.1\r\nHost: x\r\nAuthoriz");
    assert!(!answer.contains("200 OK"), "{answer}");
    // A connection that sends nothing at all is closed too.
    let (answer, _) = send_and_read_to_close(&mock, b"");
    assert_eq!(answer, "");
    assert!(mock.requests().is_empty(), "nothing reached the API");
    still_serves(&mock);
}

#[test]
fn a_half_sent_body_gets_408_and_is_closed() {
    let mock = start_with_timeout(300);
    let head = format!(
        "POST /v1/orders HTTP/1.1\r\nHost: x\r\n{}Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{{\"amount\": 1",
        auth()
    );
    let (answer, _) = send_and_read_to_close(&mock, head.as_bytes());
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("invalid_request_error"), "{answer}");
    assert!(answer.to_ascii_lowercase().contains("connection: close"), "{answer}");
    still_serves(&mock);
}

#[test]
fn many_stalled_connections_do_not_stop_the_emulator() {
    let mock = start_with_timeout(500);
    let stalled: Vec<TcpStream> = (0..200)
        .map(|_| {
            let mut s = TcpStream::connect(mock.addr()).unwrap();
            s.write_all(b"POST /v1/orders HTTP/1.1\r\nHost: x\r\n").unwrap();
            s
        })
        .collect();
    still_serves(&mock);
    // Each stalled one is closed by the server.
    for mut s in stalled {
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut buf = Vec::new();
        assert!(s.read_to_end(&mut buf).is_ok());
    }
}

#[test]
fn a_query_key_nested_5000_levels_is_a_400_and_the_emulator_lives() {
    let mock = start();
    let key = format!("app{}", "[x]".repeat(5000));
    let url = format!("{}/v1/orders?{key}=1", mock.base_url());
    let (status, body) = raw("GET", &url, &[("Authorization", &format!("Bearer {KEY}"))], None);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["type"], "invalid_request_error");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("nest"), "{message}");
    assert!(
        message.len() < 400,
        "the key is not echoed whole: {} bytes",
        message.len()
    );
    // Percent-encoded brackets count too.
    let key = format!("app{}", "%5Bx%5D".repeat(5000));
    let url = format!("{}/v1/orders?{key}=1", mock.base_url());
    let (status, _) = raw("GET", &url, &[("Authorization", &format!("Bearer {KEY}"))], None);
    assert_eq!(status, 400);
    still_serves(&mock);
}

#[test]
fn a_deeply_nested_json_body_is_a_400() {
    let mock = start();
    let body = format!("{{\"metadata\": {}1{}}}", "[".repeat(20_000), "]".repeat(20_000));
    let (status, answer) = raw(
        "POST",
        &format!("{}/v1/orders", mock.base_url()),
        &[
            ("Authorization", &format!("Bearer {KEY}")),
            ("Content-Type", "application/json"),
        ],
        Some(body.as_bytes()),
    );
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["error"]["type"], "invalid_request_error");
    still_serves(&mock);
}

fn order(amount: Value) -> Value {
    json!({"app": APP, "merchant_order_no": format!("no{}", fastrand::u32(..)), "amount": amount,
        "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b", "uid": "u1"})
}

fn post_order(mock: &MockHandle, body: &str) -> (u16, Value) {
    raw(
        "POST",
        &format!("{}/v1/orders", mock.base_url()),
        &[
            ("Authorization", &format!("Bearer {KEY}")),
            ("Content-Type", "application/json"),
        ],
        Some(body.as_bytes()),
    )
}

#[test]
fn numbers_the_api_cannot_store_are_refused_never_truncated() {
    let mock = start();
    for amount in [
        "18446744073709551615",
        "9223372036854775808",
        "1e30",
        "-9223372036854775809",
    ] {
        let body = order(json!(0))
            .to_string()
            .replace("\"amount\":0", &format!("\"amount\":{amount}"));
        assert!(body.contains(amount));
        let (status, answer) = post_order(&mock, &body);
        assert_eq!(status, 400, "{amount}: {answer}");
        assert_eq!(answer["error"]["type"], "invalid_request_error", "{amount}");
        assert_eq!(answer["error"]["param"], "amount", "{amount}: {answer}");
    }
    // Nothing was stored.
    let client = client(&mock);
    let list = client.call("orders.list", json!({})).unwrap();
    assert_eq!(list["data"].as_array().unwrap().len(), 0, "{list}");
    // A number too large for the API inside metadata is refused as well (the API keeps 64-bit integers).
    let mut o = order(json!(100));
    o["metadata"] = json!({"k": 1});
    let body = o.to_string().replace("{\"k\":1}", "{\"k\":18446744073709551615}");
    let (status, answer) = post_order(&mock, &body);
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["error"]["param"], "metadata.k", "{answer}");
}

#[test]
fn refunds_near_the_integer_limit_do_not_overflow() {
    let mock = start();
    let client = client(&mock);
    let big = i64::MAX;
    let result = client.call("orders.create", order(json!(big)));
    // The validator may bound amounts; either way the emulator answers and keeps serving.
    if let Ok(o) = result {
        assert_eq!(o["amount"], json!(big));
        let id = o["id"].as_str().unwrap();
        let _ = client.call(
            "orders.pay",
            json!({"order_id": id, "channel": "balance", "charge_amount": big, "balance_amount": big}),
        );
    }
    still_serves(&mock);
}
