//! Transport against a real HTTP server on loopback, scripted per test:
//! headers and signatures, retries, timeouts, error mapping, bad bodies.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::*;
use pingxx::{Client, Error, Method, WebhookVerifier};
use serde_json::{json, Value};

/// What the scripted server does with one request.
#[derive(Clone)]
enum Reply {
    /// Answer with this status, content type and body.
    Send(u16, &'static str, String),
    /// Read the request, then close the connection without answering.
    Drop,
    /// Wait, then answer 200 `{}`.
    Delay(Duration),
}

fn json_reply(status: u16, body: Value) -> Reply {
    Reply::Send(status, "application/json", body.to_string())
}

/// A request as the server received it.
#[derive(Clone, Debug)]
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

struct Server {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    /// Serves `script` in order; once it is used up, answers 200 `{"ok":true}`.
    fn start(script: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(script.into_iter()));
        let seen2 = seen.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { break };
                let seen = seen2.clone();
                let script = script.clone();
                thread::spawn(move || serve_connection(stream, seen, script));
            }
        });
        Server { base, seen }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn serve_connection(stream: TcpStream, seen: Arc<Mutex<Vec<Seen>>>, script: Arc<Mutex<std::vec::IntoIter<Reply>>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut out = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let (method, target) = (
            parts.next().unwrap_or("").to_string(),
            parts.next().unwrap_or("").to_string(),
        );
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            reader.read_line(&mut h).unwrap();
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            let (k, v) = h.split_once(':').unwrap();
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
        let len: usize = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .map(|(_, v)| v.parse().unwrap())
            .unwrap_or(0);
        let mut body = vec![0; len];
        reader.read_exact(&mut body).unwrap();
        seen.lock().unwrap().push(Seen {
            method,
            target,
            headers,
            body,
        });
        let reply = script
            .lock()
            .unwrap()
            .next()
            .unwrap_or(json_reply(200, json!({"ok": true})));
        let (status, ctype, text) = match reply {
            Reply::Drop => return,
            Reply::Delay(d) => {
                thread::sleep(d);
                (200, "application/json", "{}".to_string())
            }
            Reply::Send(s, c, t) => (s, c, t),
        };
        let resp = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nX-Request-Id: req_{status}\r\n\r\n{text}",
            text.len()
        );
        if out.write_all(resp.as_bytes()).is_err() {
            return;
        }
    }
}

fn client(base: &str) -> pingxx::ClientBuilder {
    Client::builder()
        .api_key("sk_test_ABCDEFGHIJKLMNOPQRSTUVWX")
        .app_id("app_1Gqj58ynP0mHeX1q")
        .api_base(base)
        .retry_base_delay(Duration::from_millis(5))
        .timeout(Duration::from_secs(5))
}

#[test]
fn sends_auth_content_type_user_agent_and_a_verifiable_signature() {
    let server = Server::start(vec![]);
    let c = client(&server.base)
        .private_key_pem(merchant_private_pem())
        .build()
        .unwrap();
    let body = json!({"order_no": "123456789", "subject": "测试"});
    c.request(Method::Post, "/v1/charges", Some(&body)).unwrap();
    c.request(Method::Get, "/v1/charges?app%5Bid%5D=app_1&limit=3", None)
        .unwrap();
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    let verifier = WebhookVerifier::from_pem(&merchant_public_pem()).unwrap();
    for s in &seen {
        assert_eq!(
            s.header("Authorization"),
            Some("Bearer sk_test_ABCDEFGHIJKLMNOPQRSTUVWX")
        );
        assert_eq!(s.header("Content-Type"), Some("application/json; charset=UTF-8"));
        assert_eq!(s.header("User-Agent"), Some(pingxx::USER_AGENT));
        let ts = s.header("Pingplusplus-Request-Timestamp").unwrap();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        assert!((ts.parse::<i64>().unwrap() - now).abs() < 5);
        let mut signed = s.body.clone();
        signed.extend_from_slice(s.target.as_bytes());
        signed.extend_from_slice(ts.as_bytes());
        verifier
            .verify_signature(&signed, s.header("Pingplusplus-Signature").unwrap())
            .unwrap();
    }
    assert_eq!(seen[0].method, "POST");
    assert_eq!(serde_json::from_slice::<Value>(&seen[0].body).unwrap(), body);
    assert_eq!(seen[1].method, "GET");
    assert_eq!(seen[1].target, "/v1/charges?app%5Bid%5D=app_1&limit=3");
    assert!(seen[1].body.is_empty());
}

#[test]
fn no_private_key_means_no_signature_headers() {
    let server = Server::start(vec![]);
    client(&server.base)
        .build()
        .unwrap()
        .request(Method::Get, "/v1/events", None)
        .unwrap();
    let s = &server.seen()[0];
    assert!(s.header("Pingplusplus-Signature").is_none());
    assert!(s.header("Pingplusplus-Request-Timestamp").is_none());
}

#[test]
fn call_lays_out_path_query_and_body_from_the_operation_table() {
    let server = Server::start(vec![]);
    let c = client(&server.base).build().unwrap();
    c.call(
        "orders.pay",
        json!({"order_id": "a/b?c", "charge_amount": 100, "channel": "balance"}),
    )
    .unwrap();
    c.call("sub_apps.retrieve", json!({"sub_app_id": "app_x"})).unwrap();
    c.call(
        "orders.list",
        json!({"app": "app_1", "paid": true, "created": {"gt": 5}, "page": 2}),
    )
    .unwrap();
    c.call("orders.cancel", json!({"order_id": "2011611170000002011"}))
        .unwrap();
    c.call("orders.list", json!({})).unwrap();
    c.call("charges.list", json!({"limit": 2})).unwrap();
    c.call(
        "orders.create",
        json!({"app": "app_other", "merchant_order_no": "m1", "amount": 1, "currency": "cny",
        "client_ip": "127.0.0.1", "subject": "s", "body": "b"}),
    )
    .unwrap();
    let seen = server.seen();
    assert_eq!(
        seen[4].target, "/v1/orders?app=app_1Gqj58ynP0mHeX1q",
        "app from the client's app id"
    );
    assert_eq!(seen[5].target, "/v1/charges?app[id]=app_1Gqj58ynP0mHeX1q&limit=2");
    assert_eq!(
        serde_json::from_slice::<Value>(&seen[6].body).unwrap()["app"],
        "app_other",
        "given app wins"
    );
    assert_eq!(seen[0].target, "/v1/orders/a%2Fb%3Fc/pay");
    assert_eq!(
        serde_json::from_slice::<Value>(&seen[0].body).unwrap(),
        json!({"charge_amount": 100, "channel": "balance"})
    );
    assert_eq!(seen[1].target, "/v1/apps/app_1Gqj58ynP0mHeX1q/sub_apps/app_x");
    assert_eq!(seen[2].target, "/v1/orders?app=app_1&created[gt]=5&page=2&paid=true");
    assert_eq!(seen[3].method, "PUT");
    assert_eq!(
        serde_json::from_slice::<Value>(&seen[3].body).unwrap(),
        json!({"status": "canceled"})
    );
}

#[test]
fn nothing_is_sent_for_unknown_operations_or_missing_path_ids() {
    let server = Server::start(vec![]);
    let c = client(&server.base).build().unwrap();
    assert_eq!(
        c.call("orders.explode", json!({})).unwrap_err().code(),
        "unknown_operation"
    );
    let err = c.call("orders.retrieve", json!({})).unwrap_err();
    assert_eq!(err.code(), "validation_failed");
    assert_eq!(err.param(), Some("order_id"));
    assert_eq!(
        c.call("orders.retrieve", json!({"order_id": ""})).unwrap_err().code(),
        "validation_failed"
    );
    assert_eq!(
        c.call("orders.retrieve", json!([1])).unwrap_err().code(),
        "invalid_json"
    );
    let no_app = Client::builder()
        .api_key("sk_test_x")
        .api_base(&server.base)
        .build()
        .unwrap();
    let err = no_app
        .call("sub_apps.retrieve", json!({"sub_app_id": "app_x"}))
        .unwrap_err();
    assert_eq!(err.param(), Some("app_id"), "{err}");
    assert!(server.seen().is_empty());
}

#[test]
fn retries_a_dropped_connection_on_get_and_succeeds() {
    let server = Server::start(vec![Reply::Drop, json_reply(200, json!({"id": "ch_1"}))]);
    let v = client(&server.base)
        .build()
        .unwrap()
        .request(Method::Get, "/v1/charges/ch_1", None)
        .unwrap();
    assert_eq!(v["id"], "ch_1");
    assert_eq!(server.seen().len(), 2);
}

#[test]
fn an_html_502_on_a_post_is_an_unknown_outcome_not_a_retry() {
    let html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>".to_string();
    let server = Server::start(vec![
        Reply::Send(502, "text/html", html),
        json_reply(200, json!({"id": "app_9"})),
    ]);
    let c = client(&server.base).build().unwrap();
    let err = c
        .call("sub_apps.create", json!({"display_name": "ab", "user": "u1"}))
        .unwrap_err();
    assert_eq!(err.code(), "outcome_unknown", "{err}");
    let o = err.outcome_unknown().unwrap();
    assert_eq!(o.last.http_status(), Some(502));
    assert_eq!(o.operation.as_deref(), Some("sub_apps.create"));
    assert_eq!(server.seen().len(), 1, "a proxy's 502 may hide a processed request");
}

#[test]
fn a_500_on_a_post_without_a_unique_number_is_an_unknown_outcome() {
    let server = Server::start(vec![json_reply(
        500,
        json!({"error": {"type": "api_error", "message": "boom"}}),
    )]);
    let err = client(&server.base)
        .build()
        .unwrap()
        .request(
            Method::Post,
            "/v1/charges/ch_1/refunds",
            Some(&json!({"description": "r", "order_no": "R1"})),
        )
        .unwrap_err();
    assert_eq!(err.code(), "outcome_unknown");
    let last = &err.outcome_unknown().unwrap().last;
    assert_eq!((last.code(), last.http_status()), ("api_error", Some(500)));
    assert!(err.to_string().contains("boom"), "{err}");
    assert_eq!(
        server.seen().len(),
        1,
        "a POST that may have moved money must not be repeated"
    );
}

#[test]
fn a_rate_limited_post_is_a_definite_failure_and_a_get_is_retried() {
    let server = Server::start(vec![
        json_reply(429, json!({"error": {"type": "rate_limit_error", "message": "slow"}})),
        json_reply(429, json!({"error": {"type": "rate_limit_error", "message": "slow"}})),
        json_reply(200, json!({"id": "evt_1"})),
    ]);
    let c = client(&server.base).build().unwrap();
    let err = c
        .request(Method::Post, "/v1/charges/ch_1/refunds", Some(&json!({})))
        .unwrap_err();
    assert_eq!(err.code(), "rate_limited", "the API said it did not process it");
    assert_eq!(server.seen().len(), 1);
    assert_eq!(c.request(Method::Get, "/v1/events/evt_1", None).unwrap()["id"], "evt_1");
    assert_eq!(server.seen().len(), 3);
}

#[test]
fn charges_create_is_retried_on_500_with_its_order_no_and_resigns_each_attempt() {
    let server = Server::start(vec![
        json_reply(500, json!({"error": {"type": "api_error", "message": "boom"}})),
        json_reply(200, json!({"id": "ch_2"})),
    ]);
    let c = client(&server.base)
        .private_key_pem(merchant_private_pem())
        .build()
        .unwrap();
    let v = c
        .call(
            "charges.create",
            json!({"order_no": "A1234567", "channel": "alipay", "amount": 100,
                "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"}),
        )
        .unwrap();
    assert_eq!(v["id"], "ch_2");
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    let verifier = WebhookVerifier::from_pem(&merchant_public_pem()).unwrap();
    for s in &seen {
        let ts = s.header("Pingplusplus-Request-Timestamp").unwrap();
        let signed = [s.body.as_slice(), s.target.as_bytes(), ts.as_bytes()].concat();
        verifier
            .verify_signature(&signed, s.header("Pingplusplus-Signature").unwrap())
            .unwrap();
    }
}

#[test]
fn a_dropped_connection_after_sending_a_post_is_an_unknown_outcome() {
    let server = Server::start(vec![Reply::Drop, json_reply(200, json!({"id": "o_1"}))]);
    let c = client(&server.base).build().unwrap();
    let err = c
        .call(
            "orders.pay",
            json!({"order_id": "o_1", "charge_amount": 100, "channel": "balance"}),
        )
        .unwrap_err();
    let o = err.outcome_unknown().unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(o.check_with.as_deref(), Some("orders.retrieve"));
    assert_eq!(o.last.code(), "connection_failed");
    assert_eq!(server.seen().len(), 1);
}

#[test]
fn a_request_id_comes_back_on_success() {
    let server = Server::start(vec![]);
    let c = client(&server.base).build().unwrap();
    let r = c.call_full("events.retrieve", json!({"event_id": "evt_1"})).unwrap();
    assert_eq!((r.status, r.request_id.as_deref()), (200, Some("req_200")));
    assert_eq!(r.body, json!({"ok": true}));
    let r = c.request_full(Method::Get, "/v1/events", None).unwrap();
    assert_eq!(r.request_id.as_deref(), Some("req_200"));
}

#[test]
fn gives_up_after_max_retries() {
    let server = Server::start(vec![Reply::Drop, Reply::Drop, Reply::Drop, Reply::Drop]);
    let err = client(&server.base)
        .max_retries(2)
        .build()
        .unwrap()
        .request(Method::Get, "/v1/events", None)
        .unwrap_err();
    assert_eq!(err.code(), "connection_failed");
    assert_eq!(server.seen().len(), 3);
}

#[test]
fn timeout_is_honoured() {
    let server = Server::start(vec![Reply::Delay(Duration::from_secs(3))]);
    let c = client(&server.base)
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .unwrap();
    let start = Instant::now();
    let err = c.request(Method::Get, "/v1/events", None).unwrap_err();
    assert_eq!(err.code(), "timeout", "{err}");
    assert!(start.elapsed() < Duration::from_secs(2), "took {:?}", start.elapsed());
}

#[test]
fn total_deadline_caps_all_attempts() {
    let server = Server::start(vec![Reply::Delay(Duration::from_secs(3)); 5]);
    let c = client(&server.base)
        .timeout(Duration::from_millis(250))
        .deadline(Duration::from_millis(600))
        .max_retries(10)
        .build()
        .unwrap();
    let start = Instant::now();
    assert_eq!(
        c.request(Method::Get, "/v1/events", None).unwrap_err().code(),
        "timeout"
    );
    assert!(
        start.elapsed() < Duration::from_millis(1500),
        "took {:?}",
        start.elapsed()
    );
    assert!(server.seen().len() <= 3);
}

#[test]
fn connection_refused_is_connection_failed() {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let c = client(&format!("http://127.0.0.1:{port}"))
        .max_retries(1)
        .build()
        .unwrap();
    assert_eq!(
        c.request(Method::Get, "/v1/events", None).unwrap_err().code(),
        "connection_failed"
    );
}

#[test]
fn maps_each_status_and_error_type() {
    let e = |t: &str, m: &str| json!({"error": {"type": t, "message": m, "code": "c1", "param": "amount"}});
    let cases: Vec<(u16, Value, &str)> = vec![
        (400, e("invalid_request_error", "bad amount"), "invalid_request"),
        (401, e("invalid_request_error", "no key"), "invalid_request"),
        (401, json!({"error": {"message": "no key"}}), "authentication_failed"),
        (402, e("channel_error", "declined"), "channel_error"),
        (402, json!({}), "channel_error"),
        (403, json!({}), "rate_limited"),
        (429, json!({}), "rate_limited"),
        (404, json!({}), "invalid_request"),
        (500, e("api_error", "oops"), "api_error"),
        (503, json!({}), "api_error"),
    ];
    let script = cases.iter().map(|(s, b, _)| json_reply(*s, b.clone())).collect();
    let server = Server::start(script);
    let c = client(&server.base).max_retries(0).build().unwrap();
    for (status, body, code) in &cases {
        let err = c.request(Method::Get, "/v1/charges/ch_1", None).unwrap_err();
        assert_eq!(err.code(), *code, "status {status} body {body}");
        assert_eq!(err.http_status(), Some(*status));
        assert_eq!(err.request_id(), Some(format!("req_{status}").as_str()));
        if body["error"]["param"].is_string() {
            assert_eq!(err.param(), Some("amount"));
            let api = err.api_error().unwrap();
            assert_eq!(api.code.as_deref(), Some("c1"));
            assert!(err.to_string().contains(body["error"]["message"].as_str().unwrap()));
        }
    }
}

#[test]
fn bad_success_bodies_are_invalid_response() {
    let bodies = ["null", "<html>hi</html>", "{\"id\": \"ch_", "", "[1,2]"];
    let script = bodies
        .iter()
        .map(|b| Reply::Send(200, "application/json", b.to_string()))
        .collect();
    let server = Server::start(script);
    let c = client(&server.base).max_retries(0).build().unwrap();
    for b in bodies {
        let err = c.request(Method::Get, "/v1/charges/ch_1", None).unwrap_err();
        assert!(
            matches!(err, Error::InvalidResponse { status: 200, .. }),
            "{b:?}: {err:?}"
        );
    }
}

#[test]
fn config_errors_and_debug_without_secrets() {
    assert_eq!(Client::builder().build().unwrap_err().code(), "invalid_config");
    assert_eq!(
        Client::builder()
            .api_key("sk_test_x")
            .api_base("ftp://x")
            .build()
            .unwrap_err()
            .code(),
        "invalid_config"
    );
    assert_eq!(
        Client::builder()
            .api_key("sk_test_x")
            .private_key_pem("nope")
            .build()
            .unwrap_err()
            .code(),
        "invalid_key"
    );
    let c = Client::builder()
        .api_key("sk_live_SECRETSECRETSECRET")
        .private_key_pem(merchant_private_pem())
        .build()
        .unwrap();
    let dbg = format!("{c:?} {:?}", c.config());
    assert!(!dbg.contains("SECRETSECRET"), "{dbg}");
    assert!(!dbg.contains("MII"), "{dbg}");
    assert!(dbg.contains("sk_live_***"));
    fn assert_traits<T: Send + Sync + Clone>() {}
    assert_traits::<Client>();
}
