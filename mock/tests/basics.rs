//! Server basics: start/stop, auth, routing, errors, reset.

use pingxx_mock::{MockConfig, MockServer};
use serde_json::{json, Value};

fn raw(method: &str, url: &str, auth: Option<&str>, body: Option<&str>) -> (u16, Value) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut resp = match (method, body) {
        ("GET", _) => {
            let mut rb = agent.get(url);
            if let Some(a) = auth {
                rb = rb.header("Authorization", a);
            }
            rb.call().unwrap()
        }
        (_, b) => {
            let mut rb = agent.post(url).header("Content-Type", "application/json");
            if let Some(a) = auth {
                rb = rb.header("Authorization", a);
            }
            rb.send(b.unwrap_or("")).unwrap()
        }
    };
    let status = resp.status().as_u16();
    let text = resp.body_mut().read_to_string().unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

const BEARER: &str = "Bearer sk_test_ibbTe5jLGCi5rzfH4OqPW9KC";

#[test]
fn binds_loopback_and_serves_until_dropped() {
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let base = mock.base_url();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    assert_ne!(mock.addr().port(), 0);
    let (status, body) = raw("GET", &format!("{base}/v1/charges?app[id]=app_1"), Some(BEARER), None);
    assert_eq!(status, 200, "{body}");
    mock.shutdown();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    assert!(
        agent.get(&format!("{base}/v1/charges")).call().is_err(),
        "still serving after shutdown"
    );
}

#[test]
fn auth_accepts_bearer_and_basic_and_rejects_the_rest() {
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let url = format!("{}/v1/charges?limit=1&app%5Bid%5D=app_1", mock.base_url());
    assert_eq!(raw("GET", &url, Some(BEARER), None).0, 200);
    let basic = format!("Basic {}", base64_encode("sk_live_ibbTe5jLGCi5rzfH4OqPW9KC:"));
    assert_eq!(raw("GET", &url, Some(&basic), None).0, 200);
    for bad in [
        None,
        Some("Bearer pk_test_abc"),
        Some("Bearer sk_test_"),
        Some("Token sk_test_abc"),
    ] {
        let (status, body) = raw("GET", &url, bad, None);
        assert_eq!(status, 401, "{bad:?}");
        assert_eq!(body["error"]["type"], "authentication_error");
        assert!(body["error"]["message"].as_str().unwrap().contains("API key") || bad.is_some());
        assert!(!body.to_string().contains("pk_test_abc"), "the key must not be echoed");
    }
}

#[test]
fn unknown_paths_are_ping_shaped_404s() {
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let (status, body) = raw(
        "GET",
        &format!("{}/v1/nothing/here", mock.base_url()),
        Some(BEARER),
        None,
    );
    assert_eq!(status, 404);
    assert_eq!(body["error"]["type"], "invalid_request_error");
    assert!(body["error"]["message"].as_str().unwrap().contains("/v1/nothing/here"));
    let (status, body) = raw(
        "GET",
        &format!("{}/v1/charges/ch_missing", mock.base_url()),
        Some(BEARER),
        None,
    );
    assert_eq!(status, 404);
    assert_eq!(body["error"]["message"], "No such charge: ch_missing");
    assert_eq!(body["error"]["param"], "charge_id");
}

#[test]
fn livemode_follows_the_key_and_reset_clears_state() {
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let body = json!({"order_no": "123456789", "app": {"id": "app_1Gqj58ynP0mHeX1q"}, "channel": "alipay",
        "amount": 100, "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"})
    .to_string();
    let url = format!("{}/v1/charges", mock.base_url());
    let (status, live) = raw("POST", &url, Some("Bearer sk_live_abc"), Some(&body));
    assert_eq!(status, 200, "{live}");
    assert_eq!(live["livemode"], true);
    let id = live["id"].as_str().unwrap();
    assert!(id.starts_with("ch_") && id.len() == 27, "{id}");
    let (status, _) = raw("GET", &format!("{url}/{id}"), Some(BEARER), None);
    assert_eq!(status, 200);
    let (status, _) = raw("POST", &format!("{}/_mock/reset", mock.base_url()), None, Some(""));
    assert_eq!(status, 200);
    let (status, _) = raw("GET", &format!("{url}/{id}"), Some(BEARER), None);
    assert_eq!(status, 404);
    let (_, test) = raw("POST", &url, Some(BEARER), Some(&body));
    assert_eq!(test["livemode"], false);
}

#[test]
fn bad_json_bodies_are_400s() {
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let url = format!("{}/v1/orders", mock.base_url());
    let (status, body) = raw("POST", &url, Some(BEARER), Some("{not json"));
    assert_eq!(status, 400);
    assert!(body["error"]["message"].as_str().unwrap().contains("not valid JSON"));
    let (status, _) = raw("POST", &url, Some(BEARER), Some("[1,2]"));
    assert_eq!(status, 400);
}

#[test]
fn public_key_endpoint_serves_the_webhook_key() {
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let (status, pem) = raw("GET", &format!("{}/_mock/public_key", mock.base_url()), None, None);
    assert_eq!(status, 200);
    assert_eq!(pem.as_str().unwrap(), mock.webhook_public_key_pem());
    assert!(pem.as_str().unwrap().starts_with("-----BEGIN PUBLIC KEY-----"));
}

fn base64_encode(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}

#[test]
fn the_official_node_sdk_gets_a_fresh_socket_per_request() {
    use std::io::{Read, Write};
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let ask = |ua: &str| {
        let mut s = std::net::TcpStream::connect(mock.addr()).unwrap();
        write!(
            s,
            "GET /v1/events? HTTP/1.1\r\nHost: x\r\nUser-Agent: {ua}\r\nAuthorization: {BEARER}\r\nConnection: keep-alive\r\n\r\n"
        )
        .unwrap();
        let mut buf = vec![0; 4096];
        let n = s.read(&mut buf).unwrap();
        String::from_utf8_lossy(&buf[..n]).to_ascii_lowercase()
    };
    let node = ask("Pingpp/v1 NodeBindings/2.1.6");
    assert!(node.starts_with("http/1.1 200"), "{node}");
    assert!(node.contains("connection: close"), "{node}");
    assert!(!ask("pingxx-rust/0.1.0").contains("connection: close"));
}
