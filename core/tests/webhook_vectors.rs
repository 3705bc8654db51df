//! The webhook vectors of `tests/vectors/webhooks.json`: the three official
//! examples verify; derived negatives fail with the right code.

mod common;

use common::*;
use pingxx::{Error, WebhookSigner, WebhookVerifier};

#[test]
fn every_webhook_case_gives_its_expected_outcome() {
    let v = vector_json("webhooks.json");
    let cases = v["cases"].as_array().unwrap();
    assert!(cases.len() >= 24);
    let mut ok = 0;
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let verifier = WebhookVerifier::from_pem(&read_vector(case["public_key"].as_str().unwrap())).unwrap();
        let result = verifier.verify(
            case["body"].as_str().unwrap().as_bytes(),
            case["signature"].as_str().unwrap(),
        );
        match case["expect"].as_str().unwrap() {
            "ok" => {
                let event = result.unwrap_or_else(|e| panic!("{name}: expected ok, got {e}"));
                assert_eq!(event.id, case["event_id"].as_str().unwrap(), "{name}");
                assert_eq!(event.event_type, case["event_type"].as_str().unwrap(), "{name}");
                ok += 1;
            }
            code => {
                let err = result
                    .err()
                    .unwrap_or_else(|| panic!("{name}: expected {code}, got ok"));
                assert_eq!(err.code(), code, "{name}: {err}");
            }
        }
    }
    assert!(ok >= 10, "valid cases counted: {ok}");
}

#[test]
fn event_keeps_unknown_fields_and_data_object() {
    let v = vector_json("webhooks.json");
    let case = &v["cases"][0];
    let verifier = WebhookVerifier::from_pem(&read_vector(case["public_key"].as_str().unwrap())).unwrap();
    let event = verifier
        .verify(
            case["body"].as_str().unwrap().as_bytes(),
            case["signature"].as_str().unwrap(),
        )
        .unwrap();
    assert_eq!(event.id, "evt_04qN8cXQvIhssduhS4hpqd9p");
    assert_eq!(event.created, 1427555016);
    assert!(!event.livemode);
    assert_eq!(event.object_type(), Some("account_daily_summary"));
    assert_eq!(event.data.object["acct_display_name"], "xx公司");
    assert_eq!(event.extra["pending_webhooks"], 2);
    assert_eq!(event.extra["scope"], "acct_1234567890123456");
    let round: serde_json::Value = serde_json::to_value(&event).unwrap();
    let original: serde_json::Value = serde_json::from_str(case["body"].as_str().unwrap()).unwrap();
    assert_eq!(round, original, "no field lost");
}

#[test]
fn header_lookup_is_case_insensitive_and_missing_fails_closed() {
    let signer = WebhookSigner::from_pem(&merchant_private_pem()).unwrap();
    let verifier = WebhookVerifier::from_pem(&signer.public_key_pem()).unwrap();
    let body = br#"{"id":"evt_1","type":"charge.succeeded","livemode":false,"created":1,"data":{"object":{}}}"#;
    let sig = signer.sign(body);
    for name in [
        "X-Pingplusplus-Signature",
        "x-pingplusplus-signature",
        "X-PINGPLUSPLUS-SIGNATURE",
    ] {
        let headers = vec![("content-type", "application/json".to_string()), (name, sig.clone())];
        let event = verifier.verify_headers(headers, body).unwrap();
        assert_eq!(event.event_type, "charge.succeeded");
    }
    let none: Vec<(&str, &str)> = vec![("content-type", "application/json")];
    assert!(matches!(
        verifier.verify_headers(none, body),
        Err(Error::SignatureMissing)
    ));
    assert!(matches!(verifier.verify(body, "   "), Err(Error::SignatureMissing)));
    assert_eq!(
        verifier.verify(body, "not base64!").unwrap_err().code(),
        "signature_invalid"
    );
}

#[test]
fn good_signature_over_an_event_without_required_fields_is_invalid_event() {
    let signer = WebhookSigner::from_pem(&merchant_private_pem()).unwrap();
    let verifier = WebhookVerifier::from_pem(&merchant_public_pem()).unwrap();
    let body = br#"{"id":"evt_1"}"#;
    assert_eq!(
        verifier.verify(body, &signer.sign(body)).unwrap_err().code(),
        "invalid_event"
    );
}
