//! The CLI's error catalogue (`pingxx errors`, exit codes) and client options
//! (`--options`, read by the core's `ClientOptions`), run as a process; network
//! cases against the real emulator over loopback.

mod common;

use common::*;
use serde_json::{json, Value};

#[test]
fn errors_lists_every_catalogue_code_with_its_exit_code() {
    let o = run(&["--json", "errors"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rows: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(rows.len(), pingxx::ErrorCode::ALL.len());
    for (row, code) in rows.iter().zip(pingxx::ErrorCode::ALL) {
        assert_eq!(row["code"], code.as_str());
        assert_eq!(row["number"], code.number());
        let exit = row["exit_code"].as_u64().unwrap();
        assert!((1..=5).contains(&exit), "{row}");
    }
    let exit_of = |c: &str| rows.iter().find(|r| r["code"] == c).unwrap()["exit_code"].clone();
    assert_eq!(exit_of("outcome_unknown"), 5);
    assert_eq!(exit_of("timeout"), 4);
    assert_eq!(exit_of("invalid_config"), 3);
    assert_eq!(exit_of("unknown_operation"), 2);
    assert_eq!(exit_of("validation_failed"), 1);

    let text = stdout(&run(&["errors"]));
    assert_eq!(text.lines().count(), pingxx::ErrorCode::ALL.len());
    assert!(text.contains("outcome_unknown") && text.contains("5003"), "{text}");
    assert!(stdout(&run(&["--help"])).contains("5  outcome unknown"));
}

#[test]
fn options_are_the_cores_and_unknown_ones_are_refused() {
    let o = run(&[
        "--json",
        "call",
        "orders.list",
        "--api-key",
        API_KEY,
        "--api-base",
        "http://127.0.0.1:9",
        "--options",
        r#"{"privatekey":"-----BEGIN RSA PRIVATE KEY-----"}"#,
    ]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    let err = json_error(&o);
    assert_eq!(err["code"], "invalid_config");
    assert!(
        err["message"].as_str().unwrap().contains("unknown option `privatekey`"),
        "{err}"
    );
    assert!(!stderr(&o).contains("BEGIN RSA"), "no option value echoed");

    let o = run(&[
        "call",
        "orders.list",
        "--api-key",
        API_KEY,
        "--options",
        r#"{"timeout_ms":"soon"}"#,
    ]);
    assert_eq!(code(&o), 3);
    assert!(stderr(&o).contains("timeout_ms"), "{}", stderr(&o));

    let options = temp_file("options.json", br#"{"accept_language":"zh-CN\r\nX-Evil: 1"}"#);
    let at = format!("@{}", options.display());
    let o = run(&["call", "orders.list", "--api-key", API_KEY, "--options", &at]);
    assert_eq!(code(&o), 3);
    assert!(stderr(&o).contains("accept_language"), "{}", stderr(&o));
}

fn call_with(base: &str, op: &str, data: &Value, options: &str) -> std::process::Output {
    run(&[
        "--json",
        "call",
        op,
        "--data",
        &data.to_string(),
        "--api-key",
        API_KEY,
        "--app-id",
        APP_ID,
        "--api-base",
        base,
        "--options",
        options,
    ])
}

#[test]
fn a_payment_that_may_have_gone_through_exits_five_and_is_not_repeated() {
    let mock = Server::mock(&[]);
    let o = call_with(
        &mock.url,
        "orders.create",
        &json!({"app": APP_ID, "merchant_order_no": "cli_unknown_01", "amount": 300, "currency": "cny",
                "client_ip": "10.0.0.9", "subject": "Tea", "body": "b"}),
        "{}",
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let order: Value = serde_json::from_slice(&o.stdout).unwrap();
    let id = order["id"].as_str().unwrap();

    let fault = json!({"kind": "drop_after", "count": 1, "path": "/pay"}).to_string();
    let answer = ureq::post(format!("{}/_mock/faults", mock.url))
        .header("Content-Type", "application/json")
        .send(fault.as_bytes())
        .unwrap();
    assert!(answer.status().is_success());

    let pay = json!({"order_id": id, "channel": "isv_scan", "charge_amount": 300,
                     "extra": {"scan_code": "286801346868493272", "terminal_id": "T0000001"}});
    let o = call_with(
        &mock.url,
        "orders.pay",
        &pay,
        r#"{"max_retries":2,"retry_base_delay_ms":5}"#,
    );
    assert_eq!(code(&o), 5, "{}", stderr(&o));
    let err = json_error(&o);
    assert_eq!(err["code"], "outcome_unknown");
    assert_eq!(err["exit_code"], 5);
    assert!(err["last_error"].is_object(), "{err}");

    let o = call_with(&mock.url, "orders.retrieve", &json!({"order_id": id}), "{}");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let after: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(after["paid"], true, "the one attempt that reached the emulator paid it");
}
