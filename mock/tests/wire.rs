//! What every answer carries (a request id) and the socket-free handler.

mod common;

use common::*;

#[test]
fn every_api_answer_carries_a_request_id_and_the_log_records_it() {
    let mock = start();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut seen = Vec::new();
    for path in ["/v1/orders/2011234567890123456", "/v1/events"] {
        let resp = agent
            .get(&format!("{}{path}", mock.base_url()))
            .header("Authorization", &format!("Bearer {KEY}"))
            .call()
            .unwrap();
        let id = resp.headers().get("request-id").expect("Request-Id header");
        let id = id.to_str().unwrap().to_string();
        assert!(id.starts_with("iar_") && id.len() == 28, "{id}");
        seen.push(id);
    }
    assert_ne!(seen[0], seen[1], "a fresh id per request");
    let logged: Vec<String> = mock.requests().into_iter().map(|r| r.request_id).collect();
    assert_eq!(logged, seen);
    // The SDK sees it on success.
    let client = client(&mock);
    let full = client.call_full("events.list", serde_json::json!({})).unwrap();
    assert_eq!(
        full.request_id.as_deref(),
        Some(mock.requests().last().unwrap().request_id.as_str())
    );
}

#[test]
fn the_in_process_handler_serves_without_a_socket() {
    let mock = pingxx_mock::InProcess::new(pingxx_mock::MockConfig::default()).unwrap();
    let auth = format!("Bearer {KEY}");
    let headers = [("authorization", auth.as_str()), ("content-type", "application/json")];
    let (status, body) = mock.handle("POST", "/v1/charges/ch_x/reverse", &headers, b"[]");
    assert_eq!(status, 404, "{}", String::from_utf8_lossy(&body));
    let (status, _) = mock.handle("GET", "/v1/orders?app[x][x]=1", &headers, b"");
    assert_eq!(status, 400);
    let (status, _) = mock.handle("GE T", "/v1/orders", &headers, b"");
    assert_eq!(status, 400, "a request the HTTP layer refuses");
}
