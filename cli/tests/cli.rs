//! End-to-end tests of the `pingxx` binary: every command, run as a process.
//! Network tests talk to the real emulator (`pingxx mock`) over loopback.

mod common;

use std::process::{Command, Output};
use std::time::Duration;

use common::*;
use serde_json::{json, Value};

// ----- ops -----

#[test]
fn ops_lists_every_operation_with_method_and_path() {
    let o = run(&["ops"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), pingxx::operations().len());
    for (line, op) in lines.iter().zip(pingxx::operations()) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cols, [op.name, op.method.as_str(), op.path], "{line}");
    }
    assert!(text.contains("orders.pay") && text.contains("/v1/orders/{order_id}/pay"));
}

#[test]
fn ops_json_is_the_table() {
    for args in [&["--json", "ops"][..], &["ops", "--json"][..]] {
        let o = run(args);
        assert_eq!(code(&o), 0, "{args:?}");
        let doc: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(doc, serde_json::from_str::<Value>(&pingxx::operations_json()).unwrap());
        let rows = doc["operations"].as_array().unwrap();
        assert_eq!(rows.len(), pingxx::operations().len());
        let pay = rows.iter().find(|r| r["name"] == "orders.pay").unwrap();
        assert_eq!(pay["method"], "POST");
        assert_eq!(pay["path_params"], json!(["order_id"]));
        let list = rows.iter().find(|r| r["name"] == "orders.list").unwrap();
        assert_eq!(list["pagination"]["style"], "page");
    }
}

// ----- validate -----

#[test]
fn validate_ok_exits_zero() {
    let o = run_with(
        &["validate", "charges.retrieve", "-"],
        br#"{"charge_id": "ch_bq9IHKnn6GnLzsS0swOujr4x"}"#,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "ok");
    assert!(stderr(&o).is_empty());
}

#[test]
fn validate_failure_prints_field_errors_as_json_and_exits_one() {
    let file = temp_file("empty.json", b"{}");
    let o = run(&["validate", "orders.pay", file.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let errors: Value = serde_json::from_slice(&o.stdout).unwrap();
    let first = &errors[0];
    assert_eq!(first["field"], "order_id");
    assert_eq!(first["rule"], "required");
    assert!(first["message"].as_str().unwrap().contains("order_id"));
    let line = stderr(&o);
    assert_eq!(line.lines().count(), 1);
    assert!(line.starts_with("pingxx: error: validation failed"), "{line}");
}

#[test]
fn validate_json_mode_reports_errors_on_both_streams() {
    let o = run_with(
        &["--json", "validate", "charges.refunds.retrieve"],
        br#"{"charge_id": ""}"#,
    );
    assert_eq!(code(&o), 1);
    let out: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(out["ok"], false);
    let fields: Vec<&str> = out["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"charge_id") && fields.contains(&"refund_id"),
        "{fields:?}"
    );
    let err = json_error(&o);
    assert_eq!(err["code"], "validation_failed");
    assert_eq!(err["exit_code"], 1);
    assert_eq!(err["errors"].as_array().unwrap().len(), 2);
}

#[test]
fn validate_usage_and_input_errors_have_their_exit_codes() {
    let unknown = run_with(&["--json", "validate", "orders.fly"], b"{}");
    assert_eq!(code(&unknown), 2);
    assert_eq!(json_error(&unknown)["code"], "unknown_operation");

    let bad_json = run_with(&["validate", "orders.create"], b"{\"amount\": ");
    assert_eq!(code(&bad_json), 3);
    assert!(stderr(&bad_json).contains("invalid JSON"), "{}", stderr(&bad_json));

    let not_object = run_with(&["--json", "validate", "orders.create"], b"[1]");
    assert_eq!(code(&not_object), 3);
    assert_eq!(json_error(&not_object)["code"], "invalid_json");

    let missing = run(&["validate", "orders.create", "/nonexistent/params.json"]);
    assert_eq!(code(&missing), 3);
    assert!(stderr(&missing).contains("/nonexistent/params.json"));

    let no_args = run(&["validate"]);
    assert_eq!(code(&no_args), 2);
}

// ----- sign -----

#[test]
fn sign_reproduces_every_signing_vector() {
    let v = load("signing.json");
    let private_key = vectors(v["private_key"].as_str().unwrap());
    let vectors = v["vectors"].as_array().unwrap();
    assert!(vectors.len() >= 9);
    for (i, case) in vectors.iter().enumerate() {
        let body = temp_file(&format!("sign-body-{i}"), case["body"].as_str().unwrap().as_bytes());
        let ts = case["timestamp"].as_i64().unwrap().to_string();
        let o = run(&[
            "sign",
            "--private-key",
            private_key.to_str().unwrap(),
            "--target",
            case["request_target"].as_str().unwrap(),
            "--body",
            body.to_str().unwrap(),
            "--timestamp",
            &ts,
        ]);
        assert_eq!(code(&o), 0, "{}: {}", case["name"], stderr(&o));
        assert_eq!(
            stdout(&o).trim(),
            case["signature"].as_str().unwrap(),
            "{}",
            case["name"]
        );
    }
}

#[test]
fn sign_reads_the_body_from_stdin_and_reports_json() {
    let v = load("signing.json");
    let case = &v["vectors"][0];
    let o = run_with(
        &[
            "--json",
            "sign",
            "--private-key",
            &key("merchant_example_private_key_pkcs8.pem"),
            "--target",
            case["request_target"].as_str().unwrap(),
            "--body",
            "-",
            "--timestamp",
            &case["timestamp"].to_string(),
        ],
        case["body"].as_str().unwrap().as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(out["signature"], case["signature"]);
    assert_eq!(out["timestamp"], case["timestamp"]);
}

#[test]
fn sign_refuses_a_public_key_without_printing_it() {
    let o = run(&[
        "--json",
        "sign",
        "--private-key",
        &key("merchant_example_public_key_spki.pem"),
        "--target",
        "/v1/charges",
    ]);
    assert_eq!(code(&o), 3);
    let err = json_error(&o);
    assert_eq!(err["code"], "invalid_key");
    assert!(!stderr(&o).contains("MII"), "no key material in errors");
}

#[test]
fn every_key_option_takes_der_files() {
    let v = load("signing.json");
    let case = &v["vectors"][0];
    let body = temp_file("der-sign-body", case["body"].as_str().unwrap().as_bytes());
    for der in ["merchant_private_pkcs1.der", "merchant_private_pkcs8.der"] {
        let o = run(&[
            "sign",
            "--private-key",
            &key(der),
            "--target",
            case["request_target"].as_str().unwrap(),
            "--body",
            body.to_str().unwrap(),
            "--timestamp",
            &case["timestamp"].to_string(),
        ]);
        assert_eq!(code(&o), 0, "{der}: {}", stderr(&o));
        assert_eq!(stdout(&o).trim(), case["signature"].as_str().unwrap(), "{der}");
    }

    let webhooks = load("webhooks.json");
    let ok = webhooks["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["public_key"] == "keys/merchant_example_public_key_spki.pem" && c["expect"] == "ok")
        .expect("a valid case signed with the merchant example key");
    let wh_body = temp_file("der-wh-body", ok["body"].as_str().unwrap().as_bytes());
    for der in ["merchant_public_spki.der", "merchant_public_pkcs1.der"] {
        let o = run(&[
            "webhook",
            "verify",
            "--public-key",
            &key(der),
            "--signature",
            ok["signature"].as_str().unwrap(),
            "--body",
            wh_body.to_str().unwrap(),
        ]);
        assert_eq!(code(&o), 0, "{der}: {}", stderr(&o));
        assert!(stdout(&o).starts_with(ok["event_id"].as_str().unwrap()), "{der}");
    }

    let listener = Server::spawn(&[
        "webhook",
        "listen",
        "--port",
        "0",
        "--count",
        "1",
        "--public-key",
        &key("merchant_public_spki.der"),
    ]);
    let to = format!("{}/webhooks", listener.url);
    let o = run(&[
        "webhook",
        "trigger",
        "charge.succeeded",
        "--to",
        &to,
        "--signing-key",
        &key("merchant_private_pkcs8.der"),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let (status, rest) = listener.finish();
    assert_eq!(status, 0);
    assert!(rest.contains("charge.succeeded verified"), "{rest}");

    let mock = Server::mock(&["--merchant-public-key", &key("merchant_public_spki.der")]);
    let signed = ["--private-key", &key("merchant_private_pkcs1.der")];
    let o = call(&mock.url, &signed, "charges.create", &charge_params("cli20261201der"));
    assert_eq!(code(&o), 0, "a DER key signs calls: {}", stderr(&o));
}

#[test]
fn a_binary_file_that_is_no_key_is_refused_naming_the_file() {
    let junk = temp_file("junk.der", &[0x30, 0x82, 0x00, 0x05, 0xde, 0xad, 0xbe, 0xef, 0x00]);
    let o = run(&[
        "--json",
        "sign",
        "--private-key",
        junk.to_str().unwrap(),
        "--target",
        "/v1/charges",
    ]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert_eq!(json_error(&o)["code"], "invalid_key");
    let binary = temp_file("binary.bin", &[0xff, 0xfe, 0x00, 0x01]);
    let o = run(&[
        "--json",
        "sign",
        "--private-key",
        binary.to_str().unwrap(),
        "--target",
        "/v1/charges",
    ]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    let err = json_error(&o);
    assert_eq!(err["code"], "invalid_key");
    assert!(err["message"].as_str().unwrap().contains("binary.bin"), "{err}");
}

// ----- webhook verify -----

#[test]
fn webhook_verify_passes_and_fails_on_every_vector() {
    let v = load("webhooks.json");
    let cases = v["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for (i, case) in cases.iter().enumerate() {
        let name = case["name"].as_str().unwrap();
        let body = temp_file(&format!("wh-body-{i}"), case["body"].as_str().unwrap().as_bytes());
        let public_key = vectors(case["public_key"].as_str().unwrap());
        let o = run(&[
            "--json",
            "webhook",
            "verify",
            "--public-key",
            public_key.to_str().unwrap(),
            "--signature",
            case["signature"].as_str().unwrap(),
            "--body",
            body.to_str().unwrap(),
        ]);
        match case["expect"].as_str().unwrap() {
            "ok" => {
                assert_eq!(code(&o), 0, "{name}: {}", stderr(&o));
                let out: Value = serde_json::from_slice(&o.stdout).unwrap();
                assert_eq!(out["id"], case["event_id"], "{name}");
                assert_eq!(out["type"], case["event_type"], "{name}");
            }
            expected => {
                assert_eq!(code(&o), 1, "{name}");
                assert_eq!(json_error(&o)["code"], expected, "{name}");
                assert!(o.stdout.is_empty(), "{name}");
            }
        }
    }
}

#[test]
fn webhook_verify_prints_id_and_type_reading_stdin() {
    let v = load("webhooks.json");
    let case = &v["cases"][1];
    let o = run_with(
        &[
            "webhook",
            "verify",
            "--public-key",
            &vectors(case["public_key"].as_str().unwrap()).to_string_lossy(),
            "--signature",
            case["signature"].as_str().unwrap(),
        ],
        case["body"].as_str().unwrap().as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o).trim(),
        format!(
            "{} {}",
            case["event_id"].as_str().unwrap(),
            case["event_type"].as_str().unwrap()
        )
    );
}

// ----- webhook trigger + listen -----

#[test]
fn trigger_delivers_a_signed_event_that_listen_verifies() {
    let listener = Server::spawn(&[
        "webhook",
        "listen",
        "--port",
        "0",
        "--count",
        "2",
        "--public-key",
        &key("merchant_example_public_key_spki.pem"),
    ]);
    let to = format!("{}/webhooks", listener.url);
    let signing = key("merchant_example_private_key_pkcs1.pem");
    let mut ids = Vec::new();
    for event_type in ["order.succeeded", "refund.succeeded"] {
        let o = run(&[
            "--json",
            "webhook",
            "trigger",
            event_type,
            "--to",
            &to,
            "--signing-key",
            &signing,
        ]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let out: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(out["status"], 200);
        assert_eq!(out["type"], event_type);
        ids.push(out["id"].as_str().unwrap().to_string());
    }
    let (status, rest) = listener.finish();
    assert_eq!(status, 0, "listen exits after --count deliveries");
    let lines: Vec<&str> = rest.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines,
        [
            format!("{} order.succeeded verified", ids[0]),
            format!("{} refund.succeeded verified", ids[1])
        ]
    );
}

#[test]
fn listen_rejects_a_webhook_signed_with_another_key() {
    let listener = Server::spawn(&[
        "webhook",
        "listen",
        "--port",
        "0",
        "--count",
        "1",
        "--public-key",
        &key("wh1_pingpp_public_key.pem"),
    ]);
    let o = run(&[
        "webhook",
        "trigger",
        "charge.succeeded",
        "--to",
        &listener.url,
        "--signing-key",
        &key("merchant_example_private_key_pkcs1.pem"),
    ]);
    assert_eq!(code(&o), 1, "a 400 answer is a failed trigger");
    assert!(stderr(&o).contains("HTTP 400"), "{}", stderr(&o));
    let (status, rest) = listener.finish();
    assert_eq!(status, 0);
    assert!(rest.starts_with("rejected /: webhook signature is invalid"), "{rest}");
}

#[test]
fn trigger_refuses_unknown_event_types_and_unreachable_urls() {
    let signing = key("merchant_example_private_key_pkcs1.pem");
    let o = run(&[
        "webhook",
        "trigger",
        "charge.exploded",
        "--to",
        "http://127.0.0.1:9",
        "--signing-key",
        &signing,
    ]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("order.refund.succeeded"), "lists the known types");
    let o = run(&[
        "webhook",
        "trigger",
        "charge.succeeded",
        "--to",
        "http://127.0.0.1:9/",
        "--signing-key",
        &signing,
    ]);
    assert_eq!(code(&o), 4, "{}", stderr(&o));
}

// ----- mock + call -----

fn call(base: &str, extra: &[&str], op: &str, data: &Value) -> Output {
    let data = data.to_string();
    let mut args = vec![
        "--json",
        "call",
        op,
        "--data",
        &data,
        "--api-key",
        API_KEY,
        "--app-id",
        APP_ID,
        "--api-base",
        base,
    ];
    args.extend_from_slice(extra);
    run(&args)
}

fn charge_params(order_no: &str) -> Value {
    json!({
        "order_no": order_no,
        "app": {"id": APP_ID},
        "channel": "isv_scan",
        "amount": 1200,
        "client_ip": "127.0.0.1",
        "currency": "cny",
        "subject": "Oolong",
        "body": "One box of oolong tea",
        "extra": {"scan_code": "134567890123456789", "terminal_id": "T0000001"}
    })
}

#[test]
fn call_creates_retrieves_and_lists_through_the_emulator() {
    let mock = Server::mock(&[]);
    let o = call(&mock.url, &[], "charges.create", &charge_params("cli20261122001"));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let charge: Value = serde_json::from_slice(&o.stdout).unwrap();
    let id = charge["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("ch_") && id.len() == 27, "{id}");
    assert_eq!(charge["amount"], 1200);
    assert_eq!(charge["paid"], true, "isv_scan succeeds at once");

    let o = call(&mock.url, &[], "charges.retrieve", &json!({"charge_id": id}));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let again: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(again["id"], id.as_str());
    assert_eq!(again["order_no"], "cli20261122001");

    let o = call(
        &mock.url,
        &[],
        "charges.list",
        &json!({"app": {"id": APP_ID}, "limit": 10}),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let list: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(list["object"], "list");
    assert!(list["data"].as_array().unwrap().iter().any(|c| c["id"] == id.as_str()));
}

#[test]
fn call_reports_api_errors_as_one_json_line_and_exit_one() {
    let mock = Server::mock(&[]);
    let o = call(
        &mock.url,
        &[],
        "charges.retrieve",
        &json!({"charge_id": "ch_DoesNotExist000000000000"}),
    );
    assert_eq!(code(&o), 1);
    let err = json_error(&o);
    assert_eq!(err["code"], "invalid_request");
    assert_eq!(err["http_status"], 404);
    assert!(!stderr(&o).contains(API_KEY), "the API key never appears in errors");

    let o = call(&mock.url, &[], "charges.create", &charge_params("cli20261122002"));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let dup = call(&mock.url, &[], "charges.create", &charge_params("cli20261122002"));
    assert_eq!(code(&dup), 1, "a second charge with the same order_no is refused");
    assert_eq!(json_error(&dup)["http_status"], 400);
}

#[test]
fn call_text_mode_prints_pretty_json_and_one_error_line() {
    let mock = Server::mock(&[]);
    let o = run(&[
        "call",
        "charges.create",
        "--data",
        &charge_params("cli20261122003").to_string(),
        "--api-key",
        API_KEY,
        "--api-base",
        &mock.url,
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.lines().count() > 5, "pretty printed");
    let charge: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(charge["channel"], "isv_scan");

    let o = run(&[
        "call",
        "orders.pay",
        "--data",
        "{}",
        "--api-key",
        API_KEY,
        "--api-base",
        &mock.url,
    ]);
    assert_eq!(code(&o), 1);
    let line = stderr(&o);
    assert_eq!(line.lines().count(), 1);
    assert!(line.contains("order_id"), "names the field: {line}");
}

#[test]
fn call_takes_its_settings_from_the_environment() {
    let mock = Server::mock(&[]);
    let params = temp_file(
        "env-charge.json",
        charge_params("cli20261122004").to_string().as_bytes(),
    );
    let o = Command::new(BIN)
        .args(["call", "charges.create", "--data", &format!("@{}", params.display())])
        .env("PINGXX_API_KEY", API_KEY)
        .env("PINGXX_APP_ID", APP_ID)
        .env("PINGXX_API_BASE", &mock.url)
        .env_remove("PINGXX_PRIVATE_KEY_PATH")
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let charge: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(charge["order_no"], "cli20261122004");
}

#[test]
fn call_usage_and_network_errors() {
    let o = run(&["call", "charges.retrieve", "--data", r#"{"charge_id":"ch_1"}"#]);
    assert_eq!(code(&o), 2, "no api key");
    assert!(stderr(&o).contains("PINGXX_API_KEY"));

    let o = run(&["call", "charges.teleport", "--api-key", API_KEY]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("pingxx ops"));

    let o = run(&[
        "--json",
        "call",
        "charges.retrieve",
        "--data",
        r#"{"charge_id":"ch_1"}"#,
        "--api-key",
        API_KEY,
        "--api-base",
        "http://127.0.0.1:9",
    ]);
    assert_eq!(code(&o), 4);
    assert_eq!(json_error(&o)["code"], "connection_failed");
}

#[test]
fn signed_emulator_accepts_signed_calls_only() {
    let mock = Server::mock(&["--merchant-public-key", &key("merchant_example_public_key_spki.pem")]);
    let signed = ["--private-key", &key("merchant_example_private_key_pkcs1.pem")];
    let o = call(&mock.url, &signed, "charges.create", &charge_params("cli20261122005"));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let charge: Value = serde_json::from_slice(&o.stdout).unwrap();
    let o = call(
        &mock.url,
        &signed,
        "charges.retrieve",
        &json!({"charge_id": charge["id"]}),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    let unsigned = call(&mock.url, &[], "charges.retrieve", &json!({"charge_id": charge["id"]}));
    assert_eq!(code(&unsigned), 1);
    let status = json_error(&unsigned)["http_status"].as_u64().unwrap();
    assert!(status == 401 || status == 400, "{status}");
}

#[test]
fn mock_refuses_a_missing_key_file() {
    let o = run(&["mock", "--port", "0", "--merchant-public-key", "/nonexistent/key.pem"]);
    assert_eq!(code(&o), 3);
    assert!(o.stdout.is_empty(), "no `listening` line when it did not start");
}

// ----- demo -----

fn assert_demo_passed(o: &Output) {
    assert_eq!(code(o), 0, "stdout:\n{}\nstderr:\n{}", stdout(o), stderr(o));
    let text = stdout(o);
    for step in 1..=7 {
        assert!(text.contains(&format!("[{step}/7]")), "step {step} printed:\n{text}");
    }
    assert!(
        text.contains("signature verified") || text.contains("events.list"),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("demo passed: all 7 steps checked out"),
        "{text}"
    );
}

#[test]
fn demo_with_its_embedded_emulator_exits_zero() {
    let o = run(&["demo"]);
    assert_demo_passed(&o);
    assert!(stdout(&o).contains("signature verified with GET /_mock/public_key"));
}

#[test]
fn demo_against_a_running_emulator_receives_its_webhooks() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let hook = format!("http://127.0.0.1:{port}/webhooks");
    let mock = Server::mock(&[
        "--webhook-url",
        &hook,
        "--merchant-public-key",
        &key("merchant_example_public_key_spki.pem"),
    ]);
    let o = run(&[
        "demo",
        "--api-base",
        &mock.url,
        "--webhook-port",
        &port.to_string(),
        "--private-key",
        &key("merchant_example_private_key_pkcs8.pem"),
    ]);
    assert_demo_passed(&o);
    assert!(stdout(&o).contains("signature verified"));
}

#[test]
fn demo_json_mode_prints_one_object_per_step() {
    let mock = Server::mock(&[]);
    let o = run(&["--json", "demo", "--api-base", &mock.url]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let events: Vec<Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(events.len(), 9, "start, 7 steps, done");
    assert_eq!(events[0]["event"], "start");
    assert_eq!(events[4]["data"]["status"], "paid");
    assert_eq!(events[8], json!({"event": "done", "ok": true}));
}

#[test]
fn demo_fails_with_a_clear_line_when_the_api_is_unreachable() {
    let o = run(&["demo", "--api-base", "http://127.0.0.1:9"]);
    assert_ne!(code(&o), 0);
    let line = stderr(&o);
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(line.starts_with("pingxx: error: demo failed at step 1/7"), "{line}");
}

#[test]
fn help_documents_the_exit_codes() {
    let o = run(&["--help"]);
    assert_eq!(code(&o), 0);
    let text = stdout(&o);
    for needle in [
        "Exit codes:",
        "0  success",
        "1  check failed",
        "2  usage",
        "3  input",
        "4  network",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
    for cmd in ["mock", "demo", "ops", "call", "validate", "sign", "webhook"] {
        assert!(text.contains(&format!("  {cmd} ")), "{cmd}");
    }
}

#[test]
fn mock_stops_on_sigterm() {
    let mut mock = Server::mock(&[]);
    let pid = mock.child.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = mock.child.try_wait().unwrap() {
            assert_eq!(status.code(), Some(0), "a clean exit on SIGTERM");
            break;
        }
        assert!(std::time::Instant::now() < deadline, "mock did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn mock_webhooks_signed_with_signing_key_reach_listen() {
    let listener = Server::spawn(&[
        "webhook",
        "listen",
        "--port",
        "0",
        "--count",
        "1",
        "--public-key",
        &key("merchant_example_public_key_spki.pem"),
    ]);
    let mock = Server::mock(&[
        "--webhook-url",
        &format!("{}/hooks", listener.url),
        "--signing-key",
        &key("merchant_example_private_key_pkcs1.pem"),
    ]);
    let o = call(&mock.url, &[], "charges.create", &charge_params("cli20261122006"));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let (status, rest) = listener.finish();
    assert_eq!(status, 0);
    let line = rest.lines().next().unwrap_or_default();
    assert!(
        line.starts_with("evt_") && line.ends_with(" charge.succeeded verified"),
        "{rest}"
    );
}
