//! Every signature of `tests/vectors/signing.json` (9 deterministic vectors and
//! 34 requests captured from the six official SDKs) reproduces byte for byte.

mod common;

use common::*;
use pingxx::RequestSigner;

fn check_all(signer: &RequestSigner) -> usize {
    let v = vector_json("signing.json");
    let vectors = v["vectors"].as_array().expect("vectors");
    let mut failures = Vec::new();
    for case in vectors {
        let name = case["name"].as_str().unwrap();
        let body = case["body"].as_str().unwrap();
        let target = case["request_target"].as_str().unwrap();
        let ts = case["timestamp"].as_i64().unwrap();
        let want = case["signature"].as_str().unwrap();
        let got = signer.sign(body.as_bytes(), target, ts);
        if got != want {
            failures.push(name.to_string());
        }
    }
    assert!(failures.is_empty(), "signatures differ for: {failures:?}");
    vectors.len()
}

#[test]
fn every_vector_reproduces_with_the_pkcs1_key() {
    let signer = RequestSigner::from_pem(&merchant_private_pem()).unwrap();
    assert_eq!(check_all(&signer), 43, "9 deterministic + 34 captured vectors");
}

#[test]
fn every_vector_reproduces_with_the_pkcs8_key() {
    let signer = RequestSigner::from_pem(&read_vector("keys/merchant_example_private_key_pkcs8.pem")).unwrap();
    check_all(&signer);
}

#[test]
fn every_vector_reproduces_with_the_java_bare_base64_key() {
    let signer =
        RequestSigner::from_pem(&read_vector("keys/merchant_example_private_key_pkcs8_raw_base64.txt")).unwrap();
    check_all(&signer);
}

#[test]
fn signatures_verify_with_the_public_key_and_differ_by_input() {
    let signer = RequestSigner::from_pem(&merchant_private_pem()).unwrap();
    let a = signer.sign(b"{}", "/v1/charges", 1_500_000_000);
    let b = signer.sign(b"{}", "/v1/charges", 1_500_000_001);
    let c = signer.sign(b"{} ", "/v1/charges", 1_500_000_000);
    assert_ne!(a, b);
    assert_ne!(a, c);
    assert_eq!(a.len(), signer.signature_b64_len());
    // The request signature is the webhook algorithm over body ‖ target ‖ timestamp.
    let verifier = pingxx::WebhookVerifier::from_pem(&merchant_public_pem()).unwrap();
    verifier.verify_signature(b"{}/v1/charges1500000000", &a).unwrap();
    assert!(verifier.verify_signature(b"{}/v1/charges1500000001", &a).is_err());
}

#[test]
fn derived_public_key_matches_the_shipped_one() {
    let signer = RequestSigner::from_pem(&merchant_private_pem()).unwrap();
    let derived: String = signer.public_key_pem().split_whitespace().collect();
    let shipped: String = merchant_public_pem().split_whitespace().collect();
    assert_eq!(derived, shipped);
}
