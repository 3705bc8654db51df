//! Money safety against the real emulator over loopback (issue 15 items 1-3):
//! retries follow the operation table's unique number, never body keys; an
//! unknown outcome is reported as `outcome_unknown`; a repeat refused for the
//! unique number returns the existing object.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use pingxx::{AttemptLog, Client, ClientBuilder, Error};
use pingxx_mock::{Fault, FaultKind, MockConfig, MockHandle, MockServer};
use serde_json::{json, Value};

const APP: &str = "app_1Gqj58ynP0mHeX1q";
const KEY: &str = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC";

fn start() -> MockHandle {
    MockServer::start(MockConfig::default()).expect("emulator starts")
}

fn builder(base: &str) -> ClientBuilder {
    Client::builder()
        .api_key(KEY)
        .app_id(APP)
        .api_base(base)
        .timeout(Duration::from_secs(5))
        .retry_base_delay(Duration::from_millis(10))
        .deadline(Duration::from_secs(20))
        .max_retries(2)
}

fn client(mock: &MockHandle) -> Client {
    builder(&mock.base_url()).build().unwrap()
}

/// Statuses of the requests the emulator got whose target starts with `path`.
fn attempts(mock: &MockHandle, path: &str) -> Vec<u16> {
    mock.requests()
        .into_iter()
        .filter(|r| r.target.starts_with(path))
        .map(|r| r.status)
        .collect()
}

fn paid_charge(c: &Client, order_no: &str) -> Value {
    c.call(
        "charges.create",
        json!({"order_no": order_no, "app": {"id": APP}, "channel": "isv_scan", "amount": 100,
            "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b",
            "extra": {"scan_code": "286801346868493272", "terminal_id": "T0000001"}}),
    )
    .unwrap()
}

fn order_params(no: &str) -> Value {
    json!({"app": APP, "merchant_order_no": no, "amount": 100, "currency": "cny",
        "client_ip": "127.0.0.1", "subject": "s", "body": "b"})
}

fn pay_params(order_id: &str) -> Value {
    json!({"order_id": order_id, "charge_amount": 100, "channel": "isv_scan",
        "extra": {"scan_code": "286801346868493272", "terminal_id": "T0000001"}})
}

fn outcome(e: &Error) -> &pingxx::OutcomeUnknown {
    e.outcome_unknown()
        .unwrap_or_else(|| panic!("expected outcome_unknown, got {e:?}"))
}

#[test]
fn a_dropped_refund_is_not_repeated_even_with_an_order_no_in_the_body() {
    let mock = start();
    let c = client(&mock);
    let charge = paid_charge(&c, "refund00001");
    let id = charge["id"].as_str().unwrap();
    assert_eq!(charge["paid"], true);
    mock.inject_fault(Fault::new(FaultKind::DropAfter, 1).on_path("/refunds"));
    // Issue 15 item 1: `order_no` is not the refund's unique number; it must not make this retryable.
    let err = c
        .call(
            "charges.refunds.create",
            json!({"charge_id": id, "amount": 10, "description": "r", "order_no": "R1"}),
        )
        .unwrap_err();
    assert_eq!(err.code(), "outcome_unknown", "{err}");
    let o = outcome(&err);
    assert_eq!(o.operation.as_deref(), Some("charges.refunds.create"));
    assert_eq!(o.check_with.as_deref(), Some("charges.refunds.list"));
    assert_eq!(o.last.code(), "connection_failed");
    assert!(err.to_string().contains("may have taken effect"), "{err}");
    assert_eq!(attempts(&mock, &format!("/v1/charges/{id}/refunds")).len(), 1);
    let after = c.call("charges.retrieve", json!({"charge_id": id})).unwrap();
    assert_eq!(after["amount_refunded"], 10, "refunded once: {after}");
    // The JSON form the bindings pass on carries the last error.
    let j = err.to_json();
    assert_eq!(j["code"], "outcome_unknown");
    assert_eq!(j["last_error"]["code"], "connection_failed");
    assert_eq!(j["check_with"], "charges.refunds.list");
}

#[test]
fn orders_create_dropped_after_processing_returns_the_order_it_made() {
    let mock = start();
    let c = client(&mock);
    mock.inject_fault(Fault::new(FaultKind::DropAfter, 1).on_path("/v1/orders"));
    let order = c.call("orders.create", order_params("drop_after_0001")).unwrap();
    assert_eq!(order["merchant_order_no"], "drop_after_0001");
    assert_eq!(order["object"], "order");
    // First attempt processed (connection dropped), retry refused as a repeat, then the lookup.
    let posts: Vec<_> = mock
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.target == "/v1/orders")
        .map(|r| r.status)
        .collect();
    assert_eq!(posts.len(), 2, "{posts:?}");
    assert_eq!(posts[1], 400);
    let list = c.call("orders.list", json!({"per_page": 100})).unwrap();
    let same: Vec<_> = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["merchant_order_no"] == "drop_after_0001")
        .collect();
    assert_eq!(same.len(), 1, "one order per merchant_order_no");
    assert_eq!(same[0]["id"], order["id"]);
}

#[test]
fn charges_create_dropped_after_processing_returns_the_charge_through_the_cursor_list() {
    let mock = start();
    let c = client(&mock);
    for n in 0..25 {
        paid_charge(&c, &format!("filler{n:05}"));
    }
    mock.inject_fault(Fault::new(FaultKind::DropAfter, 1).on_path("/v1/charges"));
    let charge = paid_charge(&c, "dropped00001");
    assert_eq!(charge["order_no"], "dropped00001");
    assert_eq!(charge["object"], "charge");
    let all = c.call("charges.list", json!({"limit": 100})).unwrap();
    let same = all["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|ch| ch["order_no"] == "dropped00001")
        .count();
    assert_eq!(same, 1, "one charge per order_no");
    assert_eq!(all["data"].as_array().unwrap().len(), 26);
}

#[test]
fn orders_create_with_a_json_500_is_retried_and_creates_one_order() {
    let mock = start();
    let c = client(&mock);
    mock.inject_fault(Fault::new(FaultKind::Json500, 1).on_path("/v1/orders"));
    let order = c.call("orders.create", order_params("json_500_0001")).unwrap();
    assert_eq!(order["merchant_order_no"], "json_500_0001");
    assert_eq!(attempts(&mock, "/v1/orders"), vec![500, 200]);
}

#[test]
fn retries_exhausted_after_an_ambiguous_failure_is_outcome_unknown_with_the_number() {
    let mock = start();
    let c = client(&mock);
    mock.inject_fault(Fault::new(FaultKind::DropAfter, 1).on_path("/v1/orders"));
    mock.inject_fault(Fault::new(FaultKind::Json500, 2).on_path("/v1/orders"));
    let err = c.call("orders.create", order_params("exhausted_0001")).unwrap_err();
    let o = outcome(&err);
    assert_eq!(
        o.unique,
        Some(("merchant_order_no".to_string(), "exhausted_0001".to_string()))
    );
    assert_eq!(o.last.http_status(), Some(500));
    assert_eq!(o.check_with.as_deref(), Some("orders.list"));
    assert!(err.to_string().contains("exhausted_0001"), "{err}");
    assert_eq!(attempts(&mock, "/v1/orders").len(), 3);
}

#[test]
fn orders_pay_dropped_after_processing_is_outcome_unknown_and_not_repeated() {
    let mock = start();
    let c = client(&mock);
    let order = c.call("orders.create", order_params("pay_drop_0001")).unwrap();
    let id = order["id"].as_str().unwrap();
    mock.inject_fault(Fault::new(FaultKind::DropAfter, 1).on_path("/pay"));
    let err = c.call("orders.pay", pay_params(id)).unwrap_err();
    let o = outcome(&err);
    assert_eq!(o.check_with.as_deref(), Some("orders.retrieve"));
    assert!(o.unique.is_none());
    assert!(err.to_string().contains("orders.retrieve"), "{err}");
    assert_eq!(attempts(&mock, &format!("/v1/orders/{id}/pay")).len(), 1);
    let now = c.call("orders.retrieve", json!({"order_id": id})).unwrap();
    assert_eq!(now["paid"], true, "it did take effect: {now}");
}

#[test]
fn an_html_502_on_orders_pay_is_not_retried() {
    let mock = start();
    let c = client(&mock);
    let order = c.call("orders.create", order_params("pay_502_0001")).unwrap();
    let id = order["id"].as_str().unwrap();
    mock.inject_fault(Fault::new(FaultKind::Html502, 1).on_path("/pay"));
    let err = c.call("orders.pay", pay_params(id)).unwrap_err();
    assert_eq!(outcome(&err).last.http_status(), Some(502));
    assert_eq!(attempts(&mock, &format!("/v1/orders/{id}/pay")), vec![502]);
}

/// Relays every connection accepted on `listener` to `to`, until the test ends.
fn relay(listener: TcpListener, to: std::net::SocketAddr) {
    thread::spawn(move || {
        for inbound in listener.incoming() {
            let Ok(inbound) = inbound else { return };
            let Ok(outbound) = TcpStream::connect(to) else { return };
            let pump = |mut a: TcpStream, mut b: TcpStream| {
                thread::spawn(move || {
                    let mut buf = [0u8; 8192];
                    while let Ok(n) = a.read(&mut buf) {
                        if n == 0 || b.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = b.shutdown(std::net::Shutdown::Write);
                });
            };
            pump(inbound.try_clone().unwrap(), outbound.try_clone().unwrap());
            pump(outbound, inbound);
        }
    });
}

#[test]
fn orders_pay_is_retried_when_the_connection_was_refused() {
    let mock = start();
    let order = client(&mock)
        .call("orders.create", order_params("pay_refused_1"))
        .unwrap();
    let id = order["id"].as_str().unwrap().to_string();
    // A port where nothing listens yet: the first attempt is refused; the
    // relay to the emulator opens once the client has logged that attempt.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel::<()>();
    let to = mock.addr();
    let opened = thread::spawn(move || {
        rx.recv().unwrap();
        relay(TcpListener::bind(("127.0.0.1", port)).unwrap(), to);
    });
    let logs = Arc::new(Mutex::new(Vec::<AttemptLog>::new()));
    let (logs2, tx) = (logs.clone(), Mutex::new(Some(tx)));
    let c = builder(&format!("http://127.0.0.1:{port}"))
        .retry_base_delay(Duration::from_millis(400))
        .build()
        .unwrap();
    c.set_log_hook(Some(Arc::new(move |rec: &AttemptLog| {
        logs2.lock().unwrap().push(rec.clone());
        if let Some(tx) = tx.lock().unwrap().take() {
            tx.send(()).unwrap();
            // Wait until the port listens again, still within the backoff delay.
        }
    })));
    let paid = c.call("orders.pay", pay_params(&id));
    opened.join().unwrap();
    let paid = paid.unwrap();
    assert_eq!(paid["paid"], true);
    let logs = logs.lock().unwrap();
    assert_eq!(logs[0].retry_reason, Some("connect_failed"), "{:?}", logs[0]);
    assert_eq!(logs[0].outcome, "retry");
    assert_eq!(logs.last().unwrap().outcome, "ok");
    assert_eq!(attempts(&mock, &format!("/v1/orders/{id}/pay")), vec![200]);
}

#[test]
fn a_raw_post_is_never_retried_on_body_keys() {
    let mock = start();
    let c = client(&mock);
    mock.inject_fault(Fault::new(FaultKind::Json500, 1).on_path("/v1/orders"));
    // `Client::request` knows no operation: a 500 is an unknown outcome, whatever the body holds.
    let err = c
        .request(pingxx::Method::Post, "/v1/orders", Some(&order_params("raw_500_00001")))
        .unwrap_err();
    assert_eq!(outcome(&err).last.code(), "api_error");
    assert_eq!(attempts(&mock, "/v1/orders"), vec![500]);
}

/// True when the (dotted) `name` is a field of `parts`, through object fields.
fn takes(parts: pingxx::validate::Fields, name: &str) -> bool {
    let (head, rest) = match name.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (name, None),
    };
    parts.iter().flat_map(|p| p.iter()).any(|f| {
        f.name == head
            && match (rest, &f.schema) {
                (None, _) => true,
                (Some(r), pingxx::validate::Schema::Object(inner)) => takes(inner, r),
                (Some(_), _) => false,
            }
    })
}

#[test]
fn unique_value_reads_a_dotted_unique_param() {
    let op = pingxx::find_operation("recharges.create").unwrap();
    let body = json!({"user": "u1", "charge": {"order_no": "rc_0001", "amount": 1}});
    assert_eq!(op.unique_value(&body), Some("rc_0001"));
    assert_eq!(op.unique_value(&json!({"charge": {"order_no": ""}})), None);
    assert_eq!(op.unique_value(&json!({"charge": "ch_1"})), None);
    let orders = pingxx::find_operation("orders.create").unwrap();
    assert_eq!(orders.unique_value(&json!({"merchant_order_no": "m1"})), Some("m1"));
    assert_eq!(orders.unique_value(&json!({"merchant_order_no": 1})), None);
}

#[test]
fn every_unique_param_names_a_field_the_operation_takes() {
    let with_unique: Vec<_> = pingxx::operations()
        .iter()
        .filter_map(|op| op.unique_param.map(|u| (op.name, u)))
        .collect();
    assert!(with_unique.contains(&("orders.create", "merchant_order_no")));
    assert!(with_unique.contains(&("charges.create", "order_no")));
    assert!(with_unique.contains(&("recharges.create", "charge.order_no")));
    for (name, unique) in &with_unique {
        let op = pingxx::find_operation(name).unwrap();
        assert_ne!(op.method, pingxx::Method::Get, "{name}");
        assert!(takes(op.params, unique), "{name}: {unique} is not a parameter");
    }
    for name in ["batch_withdrawals.create", "recharges.refunds.create"] {
        assert_eq!(pingxx::find_operation(name).unwrap().unique_param, None, "{name}");
    }
    for name in [
        "charges.refunds.create",
        "orders.pay",
        "mch_applications.create",
        "micro_applications.create",
    ] {
        assert_eq!(pingxx::find_operation(name).unwrap().unique_param, None, "{name}");
    }
}
