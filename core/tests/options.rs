//! Client options (Contract 2), configuration limits (issue 15 item 7) and the
//! error catalogue (Contract 1).

use std::time::Duration;

use pingxx::{client_options_json, error_codes_json, Client, ClientOptions, Error, ErrorCode};
use serde_json::{json, Value};

const KEY: &str = "sk_test_SECRETSECRETSECRET01";

fn config_err(v: Value) -> String {
    let e = ClientOptions::from_value(v).and_then(Client::from_options).unwrap_err();
    assert_eq!(e.code(), "invalid_config", "{e}");
    e.to_string()
}

#[test]
fn unknown_options_are_refused_by_name_never_ignored() {
    let msg = config_err(json!({"api_key": KEY, "privatekey": "-----BEGIN PRIVATE KEY-----"}));
    assert!(msg.contains("unknown option `privatekey`"), "{msg}");
    assert!(!msg.contains("BEGIN"), "{msg}");
    assert!(config_err(json!({"app_id": "app_1"})).contains("api_key: is required"));
    assert!(config_err(json!([1])).contains("options: must be a JSON object"));
    let e = ClientOptions::from_json("{\"api_key\": ").unwrap_err();
    assert_eq!(e.code(), "invalid_config");
}

#[test]
fn a_wrong_type_names_the_option_and_never_shows_a_secret() {
    for (k, v, rule) in [
        ("timeout_ms", json!("80"), "must be a non-negative integer"),
        ("timeout_ms", json!(-1), "must be a non-negative integer"),
        ("max_retries", json!(1.5), "must be a non-negative integer"),
        ("log_bodies", json!("yes"), "must be true or false"),
        ("api_base", json!(5), "must be a string"),
    ] {
        let msg = config_err(json!({"api_key": KEY, k: v}));
        assert!(msg.contains(&format!("{k}: {rule}")), "{msg}");
    }
    let msg = config_err(json!({"api_key": "sk_test_ has space"}));
    assert!(msg.contains("api_key:") && !msg.contains("has space"), "{msg}");
    let msg = config_err(json!({"api_key": KEY, "proxy": "socks5://bob:hunter2@h:1"}));
    assert!(msg.contains("proxy:") && !msg.contains("hunter2"), "{msg}");
    let dbg = format!(
        "{:?}",
        ClientOptions::from_value(json!({"api_key": KEY, "proxy": "http://bob:hunter2@h:1", "timeout_ms": 5})).unwrap()
    );
    assert!(
        !dbg.contains("SECRET") && !dbg.contains("hunter2") && dbg.contains("timeout_ms"),
        "{dbg}"
    );
}

#[test]
fn every_option_reaches_the_client() {
    let opts = ClientOptions::from_value(json!({
        "api_key": KEY, "app_id": "app_1Gqj58ynP0mHeX1q", "api_base": "http://127.0.0.1:9/",
        "timeout_ms": 1500, "connect_timeout_ms": 700, "deadline_ms": 4000, "max_retries": 3,
        "retry_base_delay_ms": 20, "retry_max_delay_ms": 90, "accept_language": "en-US",
        "user_agent_suffix": "pos/1.2", "proxy": "http://u:p@127.0.0.1:3128", "proxy_from_env": false,
        "log_bodies": true, "private_key": null,
    }))
    .unwrap();
    assert_eq!(opts.timeout_ms, Some(1500));
    let c = Client::from_options(opts).unwrap();
    let cfg = c.config();
    assert_eq!(cfg.api_base(), "http://127.0.0.1:9");
    assert_eq!(cfg.app_id(), Some("app_1Gqj58ynP0mHeX1q"));
    assert_eq!(cfg.proxy_name(), Some("http://127.0.0.1:3128"));
    let dbg = format!("{cfg:?}");
    for part in ["1.5s", "700ms", "4s", "max_retries: 3", "en-US", "log_bodies: true"] {
        assert!(dbg.contains(part), "{part} in {dbg}");
    }
    assert!(!dbg.contains("u:p@"), "{dbg}");
}

#[test]
fn the_options_list_is_complete_and_parses() {
    let list: Vec<Value> = serde_json::from_str(&client_options_json()).unwrap();
    let names: Vec<&str> = list.iter().map(|o| o["name"].as_str().unwrap()).collect();
    for n in [
        "api_key",
        "app_id",
        "private_key",
        "api_base",
        "timeout_ms",
        "connect_timeout_ms",
        "deadline_ms",
        "max_retries",
        "retry_base_delay_ms",
        "retry_max_delay_ms",
        "accept_language",
        "user_agent_suffix",
        "ca_cert",
        "proxy",
        "proxy_from_env",
        "log_bodies",
    ] {
        assert!(names.contains(&n), "{n} missing");
    }
    let timeout = list.iter().find(|o| o["name"] == "timeout_ms").unwrap();
    assert_eq!(
        (timeout["type"].as_str(), timeout["default"].as_u64()),
        (Some("integer"), Some(80000))
    );
    assert!(list.iter().all(|o| !o["doc"].as_str().unwrap().is_empty()));
    assert_eq!(list.iter().filter(|o| o["required"] == true).count(), 1);
}

#[test]
fn huge_durations_saturate_instead_of_panicking() {
    let c = Client::builder()
        .api_key(KEY)
        .timeout(Duration::MAX)
        .max_retries(10)
        .build()
        .unwrap();
    assert!(format!("{:?}", c.config()).contains("deadline"));
    Client::builder()
        .api_key(KEY)
        .timeout(Duration::MAX)
        .deadline(Duration::from_secs(1))
        .connect_timeout(Duration::MAX)
        .retry_base_delay(Duration::MAX)
        .retry_max_delay(Duration::MAX)
        .build()
        .unwrap();
    // 1e19 ms from JSON (Python's timeout=1e19 s ends up here) saturates too.
    let opts = ClientOptions::from_value(json!({"api_key": KEY, "timeout_ms": 1e19, "deadline_ms": 1000})).unwrap();
    Client::from_options(opts).unwrap();
    let opts = ClientOptions::from_value(json!({"api_key": KEY, "timeout_ms": u64::MAX, "max_retries": 10})).unwrap();
    Client::from_options(opts).unwrap();
    assert!(config_err(json!({"api_key": KEY, "max_retries": u64::MAX})).contains("max_retries: must be at most 10"));
    // Errors name the option as the user wrote it.
    assert!(config_err(json!({"api_key": KEY, "timeout_ms": 0})).contains("timeout_ms: must be at least 1"));
    assert!(config_err(json!({"api_key": KEY, "deadline_ms": 0})).contains("deadline_ms: must be at least 1"));
    assert!(
        config_err(json!({"api_key": KEY, "connect_timeout_ms": 0})).contains("connect_timeout_ms: must be at least 1")
    );
    assert!(config_err(json!({"api_key": KEY, "max_retries": 11})).contains("max_retries: must be at most 10"));
}

#[test]
fn control_characters_in_header_options_are_refused_at_creation() {
    for field in ["accept_language", "user_agent_suffix"] {
        for bad in ["zh-CN\r\nX-Evil: 1", "a\nb", "a\u{0}b", "tab\there"] {
            let msg = config_err(json!({"api_key": KEY, field: bad}));
            assert!(msg.contains(field) && msg.contains("control characters"), "{msg}");
            assert!(!msg.contains("Evil"), "{msg}");
        }
    }
    let e = Client::builder()
        .api_key(KEY)
        .user_agent_suffix("x\r\n")
        .build()
        .unwrap_err();
    assert!(matches!(e, Error::InvalidConfig(_)));
    assert!(config_err(json!({"api_key": KEY, "api_base": "http://h\r\n/"})).contains("api_base"));
}

#[test]
fn the_error_catalogue_is_one_consistent_list() {
    let list: Vec<Value> = serde_json::from_str(&error_codes_json()).unwrap();
    assert_eq!(list.len(), ErrorCode::ALL.len());
    let mut numbers = std::collections::HashSet::new();
    for (entry, code) in list.iter().zip(ErrorCode::ALL) {
        assert_eq!(entry["code"], code.as_str());
        assert_eq!(entry["number"], code.number());
        assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
        assert!(numbers.insert(code.number()), "number {} twice", code.number());
        assert!(!code.summary().is_empty());
    }
    assert_eq!(ErrorCode::parse("outcome_unknown").map(ErrorCode::number), Some(5003));
    assert_eq!(ErrorCode::parse("nope"), None);
    // Every code an `Error` can have is in the catalogue, and `Error::CODES` is exactly those.
    for c in Error::CODES {
        let code = ErrorCode::parse(c).unwrap();
        assert!(!code.is_binding_only(), "{c}");
    }
    let binding_only = ErrorCode::ALL.iter().filter(|c| c.is_binding_only()).count();
    assert_eq!(Error::CODES.len() + binding_only, ErrorCode::ALL.len());
    assert_eq!(Error::InvalidConfig("x".into()).error_code(), ErrorCode::InvalidConfig);
}
