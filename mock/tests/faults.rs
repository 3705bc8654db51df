//! Fault injection against the real client: retries, no double charges, timeouts.

mod common;

use std::time::{Duration, Instant};

use common::*;
use pingxx_mock::{Fault, FaultKind};
use serde_json::{json, Value};

fn charge_params(order_no: &str) -> Value {
    json!({"order_no": order_no, "app": {"id": APP}, "channel": "alipay", "amount": 100,
        "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b"})
}

fn retrying(mock: &pingxx_mock::MockHandle) -> pingxx::Client {
    builder(mock).max_retries(2).build().unwrap()
}

fn attempts(mock: &pingxx_mock::MockHandle, path: &str) -> Vec<u16> {
    mock.requests()
        .into_iter()
        .filter(|r| r.target.starts_with(path))
        .map(|r| r.status)
        .collect()
}

fn charge_count(client: &pingxx::Client) -> usize {
    client
        .call("charges.list", json!({"app": {"id": APP}, "limit": 100}))
        .unwrap()["data"]
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn the_anti_ddos_502_page_is_retried_for_a_get() {
    let mock = start();
    mock.inject_fault(Fault::new(FaultKind::Html502, 1).on_path("/v1/events"));
    let list = retrying(&mock).call("events.list", json!({})).unwrap();
    assert_eq!(list["object"], "list");
    assert_eq!(attempts(&mock, "/v1/events"), vec![502, 200]);
}

#[test]
fn a_502_or_500_on_a_post_without_a_unique_number_is_not_retried_and_may_have_taken_effect() {
    let mock = start();
    for (kind, status) in [(FaultKind::Html502, 502), (FaultKind::Json500, 500)] {
        mock.reset();
        mock.inject_fault(Fault::new(kind, 1).on_path("/sub_apps"));
        let e = retrying(&mock)
            .call(
                "sub_apps.create",
                json!({"display_name": "once", "user": format!("biz_{status}")}),
            )
            .unwrap_err();
        assert_eq!(e.code(), "outcome_unknown", "{status}: {e}");
        assert_eq!(
            attempts(&mock, &format!("/v1/apps/{APP}/sub_apps")),
            vec![status],
            "exactly one request"
        );
    }
}

#[test]
fn a_post_with_order_no_is_retried_without_a_double_charge() {
    let mock = start();
    let client = retrying(&mock);
    // Not processed: the retry creates the one charge.
    mock.inject_fault(Fault::new(FaultKind::Json500, 1).on_path("/v1/charges"));
    let ch = client.call("charges.create", charge_params("retry0001")).unwrap();
    assert_eq!(ch["order_no"], "retry0001");
    assert_eq!(attempts(&mock, "/v1/charges"), vec![500, 200]);
    assert_eq!(charge_count(&client), 1);
    // Processed, then the connection drops: the emulator refuses the retry as a
    // duplicate, and the client either returns the charge made or says the
    // outcome is unknown, never a plain failure.
    mock.inject_fault(Fault::new(FaultKind::DropAfter, 1).on_path("/v1/charges"));
    match client.call("charges.create", charge_params("retry0002")) {
        Ok(ch) => assert_eq!(ch["order_no"], "retry0002"),
        Err(e) => assert_eq!(e.code(), "outcome_unknown", "{e}"),
    }
    let posts: Vec<u16> = mock
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.target == "/v1/charges")
        .map(|r| r.status)
        .collect();
    assert_eq!(posts[2..4], [0, 400], "processed once, the repeat refused: {posts:?}");
    assert_eq!(charge_count(&client), 2, "one charge per order_no");
}

#[test]
fn a_dropped_connection_before_processing_is_retried_for_a_get() {
    let mock = start();
    let client = retrying(&mock);
    let ch = client.call("charges.create", charge_params("drop0001")).unwrap();
    let id = ch["id"].as_str().unwrap();
    mock.inject_fault(Fault::new(FaultKind::DropBefore, 1).on_path(id));
    assert_eq!(
        client.call("charges.retrieve", json!({"charge_id": id})).unwrap()["id"],
        id
    );
    assert_eq!(attempts(&mock, &format!("/v1/charges/{id}")), vec![0, 200]);
}

#[test]
fn a_timeout_is_honoured() {
    let mock = start();
    mock.inject_fault(Fault::new(FaultKind::Delay { ms: 3000 }, 1));
    let client = builder(&mock)
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .unwrap();
    let start = Instant::now();
    let e = client.call("events.list", json!({})).unwrap_err();
    let took = start.elapsed();
    assert_eq!(e.code(), "timeout", "{e}");
    assert!(took < Duration::from_millis(1500), "took {took:?}");
}

#[test]
fn faults_queued_over_http_hit_only_matching_paths_the_given_number_of_times() {
    let mock = start();
    let (status, body) = control(
        &mock,
        "/_mock/faults",
        r#"{"kind": "json_500", "count": 2, "path": "/v1/events"}"#,
    );
    assert_eq!((status, body["queued"].clone()), (200, json!(1)), "{body}");
    let client = client(&mock);
    let ch = client.call("charges.create", charge_params("http0001")).unwrap();
    assert_eq!(ch["paid"], false, "a charge is not hit by an events fault");
    for _ in 0..2 {
        assert_eq!(
            client.call("events.list", json!({})).unwrap_err().http_status(),
            Some(500)
        );
    }
    assert!(client.call("events.list", json!({})).is_ok());
    let (status, body) = control(&mock, "/_mock/faults", r#"{"kind": "explode"}"#);
    assert_eq!(status, 400);
    assert!(
        body["error"]["message"].as_str().unwrap().contains("html_502"),
        "{body}"
    );
}
