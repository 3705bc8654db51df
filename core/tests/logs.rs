//! Attempt logs (issue 14 item 4, Contract 3) against the real emulator: one
//! record per attempt through the client's hook and the `log` crate, with the
//! expected content and never a secret; request ids on success (item 5).

use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use pingxx::{AttemptLog, Client, ClientBuilder};
use pingxx_mock::{Fault, FaultKind, MockConfig, MockHandle, MockServer};
use serde_json::json;

const APP: &str = "app_1Gqj58ynP0mHeX1q";
const KEY: &str = "sk_test_LOGSECRETLOGSECRET0001";

fn vector(rel: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn start() -> MockHandle {
    MockServer::start(MockConfig {
        merchant_public_key_pem: Some(vector("keys/merchant_example_public_key_spki.pem")),
        ..MockConfig::default()
    })
    .unwrap()
}

fn builder(mock: &MockHandle) -> ClientBuilder {
    Client::builder()
        .api_key(KEY)
        .app_id(APP)
        .api_base(mock.base_url())
        .private_key_pem(vector("keys/merchant_example_private_key_pkcs1.pem"))
        .timeout(Duration::from_secs(5))
        .retry_base_delay(Duration::from_millis(5))
        .proxy_from_env(false)
}

type Records = Arc<Mutex<Vec<AttemptLog>>>;

fn hooked(b: ClientBuilder) -> (Client, Records) {
    let records: Records = Arc::default();
    let sink = records.clone();
    let c = b
        .log_hook(Arc::new(move |r: &AttemptLog| sink.lock().unwrap().push(r.clone())))
        .build()
        .unwrap();
    (c, records)
}

/// Lines the `log` crate received with target `pingxx`.
static LINES: Mutex<Vec<(log::Level, String)>> = Mutex::new(Vec::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        m.target() == "pingxx"
    }
    fn log(&self, r: &log::Record<'_>) {
        if self.enabled(r.metadata()) {
            LINES.lock().unwrap().push((r.level(), r.args().to_string()));
        }
    }
    fn flush(&self) {}
}

fn install_logger() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        log::set_logger(&Capture).unwrap();
        log::set_max_level(log::LevelFilter::Info);
    });
}

/// Everything a record could leak through, as text.
fn all_text(records: &[AttemptLog]) -> String {
    records
        .iter()
        .map(|r| format!("{} {} {:?}", r.to_json(), r, r))
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_no_secrets(text: &str) {
    let pem = vector("keys/merchant_example_private_key_pkcs1.pem");
    let key_line = pem.lines().nth(1).unwrap();
    for secret in [
        KEY,
        "LOGSECRET",
        key_line,
        "Bearer",
        "Pingplusplus-Signature",
        "BEGIN RSA",
    ] {
        assert!(!text.contains(secret), "`{secret}` leaked:\n{text}");
    }
}

#[test]
fn one_record_per_attempt_with_retry_reasons_and_no_secrets() {
    install_logger();
    let mock = start();
    let (c, records) = hooked(builder(&mock).max_retries(2));
    mock.inject_fault(Fault::new(FaultKind::Json500, 1).on_path("/v1/orders"));
    let order = c
        .call_full(
            "orders.create",
            json!({"merchant_order_no": "log_order_0001", "amount": 100, "currency": "cny",
                "client_ip": "127.0.0.1", "subject": "secret-subject", "body": "b"}),
        )
        .unwrap();
    assert_eq!(order.status, 200);
    let recs = records.lock().unwrap().clone();
    assert_eq!(recs.len(), 2, "{recs:?}");
    let (first, second) = (&recs[0], &recs[1]);
    assert_eq!(first.operation, Some("orders.create"));
    assert_eq!((first.method, first.path.as_str()), ("POST", "/v1/orders"));
    assert_eq!((first.status, first.attempt, first.outcome), (Some(500), 1, "retry"));
    assert_eq!(first.retry_reason, Some("status_5xx"));
    assert_eq!(first.error_code, Some("api_error"));
    assert_eq!((second.status, second.attempt, second.outcome), (Some(200), 2, "ok"));
    assert_eq!(second.retry_reason, None);
    assert!(
        order.request_id.as_deref().is_some_and(|id| !id.is_empty()),
        "request id on success"
    );
    assert!(first.request_id.is_some() && first.request_id != second.request_id);
    assert_eq!(
        second.request_id, order.request_id,
        "the success's request id is in its record"
    );
    assert!(
        first.request_body.is_none() && second.response_body.is_none(),
        "no bodies by default"
    );
    let text = all_text(&recs);
    assert!(!text.contains("secret-subject"), "{text}");
    assert_no_secrets(&text);
    let j = second.to_json();
    for k in [
        "operation",
        "method",
        "path",
        "status",
        "attempt",
        "duration_ms",
        "request_id",
        "retry_reason",
        "outcome",
        "error_code",
    ] {
        assert!(j.get(k).is_some(), "{k} in {j}");
    }

    // The `log` crate got the same attempts: warn for the retry, info for the success.
    let lines: Vec<_> = LINES
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, l)| l.contains("/v1/orders (orders.create)"))
        .cloned()
        .collect();
    assert!(
        lines
            .iter()
            .any(|(lv, l)| *lv == log::Level::Warn && l.contains("retry_reason status_5xx")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|(lv, l)| *lv == log::Level::Info && l.contains("attempt 2 ok")),
        "{lines:?}"
    );
    assert_no_secrets(&lines.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join("\n"));
}

#[test]
fn queries_and_bodies_only_when_asked_for() {
    let mock = start();
    let (quiet, quiet_recs) = hooked(builder(&mock));
    quiet.call("orders.list", json!({"page": 1, "per_page": 5})).unwrap();
    let r = quiet_recs.lock().unwrap()[0].clone();
    assert_eq!(r.path, "/v1/orders", "no query string without log_bodies");
    assert!(r.response_body.is_none());

    let (loud, loud_recs) = hooked(builder(&mock).log_bodies(true));
    loud.call(
        "orders.create",
        json!({"merchant_order_no": "log_body_00001", "amount": 100, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "visible-subject", "body": "b"}),
    )
    .unwrap();
    loud.call("orders.list", json!({"page": 1, "per_page": 5})).unwrap();
    let recs = loud_recs.lock().unwrap().clone();
    assert!(recs[0].request_body.as_deref().unwrap().contains("visible-subject"));
    assert!(recs[0].response_body.as_deref().unwrap().contains("log_body_00001"));
    assert!(recs[1].path.starts_with("/v1/orders?"), "{}", recs[1].path);
    assert!(recs[1].path.contains("per_page=5"), "{}", recs[1].path);
    assert_no_secrets(&all_text(&recs));
}

#[test]
fn a_failed_call_logs_an_error_record_and_the_hook_can_be_replaced() {
    let mock = start();
    let (c, first) = hooked(builder(&mock).max_retries(0));
    let e = c
        .call("orders.retrieve", json!({"order_id": "2011611170000002011"}))
        .unwrap_err();
    assert_eq!(e.code(), "invalid_request");
    {
        let recs = first.lock().unwrap();
        assert_eq!(recs.len(), 1);
        assert_eq!(
            (recs[0].outcome, recs[0].status, recs[0].error_code),
            ("error", Some(404), Some("invalid_request"))
        );
        assert_eq!(recs[0].path, "/v1/orders/2011611170000002011");
    }
    let second: Records = Arc::default();
    let sink = second.clone();
    c.clone().set_log_hook(Some(Arc::new(move |r: &AttemptLog| {
        sink.lock().unwrap().push(r.clone())
    })));
    let _ = c.call("orders.retrieve", json!({"order_id": "2011611170000002012"}));
    assert_eq!(
        first.lock().unwrap().len(),
        1,
        "the old hook is gone (clones share the hook)"
    );
    assert_eq!(second.lock().unwrap().len(), 1);
    let fresh = c.with_fresh_connections().unwrap();
    let _ = fresh.call("orders.retrieve", json!({"order_id": "2011611170000002014"}));
    assert_eq!(
        second.lock().unwrap().len(),
        2,
        "a fresh client after fork keeps the hook"
    );
    c.set_log_hook(None);
    let _ = c.call("orders.retrieve", json!({"order_id": "2011611170000002013"}));
    assert_eq!(second.lock().unwrap().len(), 2);
}
