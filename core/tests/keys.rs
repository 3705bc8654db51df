//! Key parsing through the public constructors: every format the official SDKs
//! ship is accepted; every bad key is an `invalid_key` error that says why and
//! never echoes key material.

mod common;

use common::*;
use pingxx::{Error, RequestSigner, WebhookVerifier};

fn read_bytes(rel: &str) -> Vec<u8> {
    std::fs::read(vector_path(rel)).unwrap()
}

/// The reference signature every accepted private-key format must produce.
fn reference_signature() -> String {
    RequestSigner::from_pem(&merchant_private_pem())
        .unwrap()
        .sign(b"body", "/v1/charges", 1)
}

fn invalid_key_message(r: Result<impl std::fmt::Debug, Error>) -> String {
    match r {
        Err(e @ Error::InvalidKey(_)) => {
            assert_eq!(e.code(), "invalid_key");
            e.to_string()
        }
        other => panic!("expected invalid_key, got {other:?}"),
    }
}

#[test]
fn private_key_formats_all_sign_the_same() {
    let want = reference_signature();
    let pem = merchant_private_pem();
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("pkcs1 pem", pem.clone().into_bytes()),
        ("pkcs8 pem", read_bytes("keys/merchant_example_private_key_pkcs8.pem")),
        (
            "bare base64 (java)",
            read_bytes("keys/merchant_example_private_key_pkcs8_raw_base64.txt"),
        ),
        ("pkcs1 der", read_bytes("keys/merchant_private_pkcs1.der")),
        ("pkcs8 der", read_bytes("keys/merchant_private_pkcs8.der")),
        (
            "bom + crlf",
            format!("\u{feff}{}", pem.replace('\n', "\r\n")).into_bytes(),
        ),
        ("surrounding whitespace", format!("\n\n   {pem}   \n\t").into_bytes()),
    ];
    for (name, bytes) in inputs {
        let signer = RequestSigner::from_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(signer.sign(b"body", "/v1/charges", 1), want, "{name}");
    }
}

#[test]
fn public_key_formats_all_verify() {
    let sig = reference_signature();
    let msg = b"body/v1/charges1";
    let pem = merchant_public_pem();
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("spki pem", pem.clone().into_bytes()),
        ("pkcs1 pem", read_bytes("keys/merchant_public_pkcs1.pem")),
        ("spki der", read_bytes("keys/merchant_public_spki.der")),
        ("pkcs1 der", read_bytes("keys/merchant_public_pkcs1.der")),
        (
            "bom + crlf",
            format!("\u{feff}{}", pem.replace('\n', "\r\n")).into_bytes(),
        ),
        (
            "bare base64",
            pem.lines()
                .filter(|l| !l.starts_with("-----"))
                .collect::<String>()
                .into_bytes(),
        ),
    ];
    for (name, bytes) in inputs {
        let v = WebhookVerifier::from_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        v.verify_signature(msg, &sig).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn bad_private_keys_are_rejected_with_a_reason() {
    let cases = [
        ("keys/merchant_private_encrypted_pkcs8.pem", "encrypted"),
        ("keys/merchant_private_encrypted_pkcs1.pem", "encrypted"),
        ("keys/ec_p256_private.pem", "not an RSA key"),
        ("keys/ed25519_private.pem", "not an RSA key"),
        ("keys/rsa1024_private.pem", "1024 bits"),
        ("keys/merchant_example_public_key_spki.pem", "public key was given"),
        ("keys/merchant_public_pkcs1.der", "public key was given"),
    ];
    for (file, reason) in cases {
        let msg = invalid_key_message(RequestSigner::from_bytes(&read_bytes(file)));
        assert!(msg.contains(reason), "{file}: `{msg}` should say `{reason}`");
    }
    for garbage in [
        "",
        "   ",
        "hello",
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
    ] {
        invalid_key_message(RequestSigner::from_pem(garbage));
    }
}

#[test]
fn bad_public_keys_are_rejected_with_a_reason() {
    let cases = [
        (
            "keys/merchant_example_private_key_pkcs1.pem",
            "private key was given where the Ping++ public key belongs",
        ),
        (
            "keys/merchant_example_private_key_pkcs8.pem",
            "private key was given where the Ping++ public key belongs",
        ),
        (
            "keys/merchant_private_pkcs1.der",
            "private key was given where the Ping++ public key belongs",
        ),
        (
            "keys/merchant_example_private_key_pkcs8_raw_base64.txt",
            "private key was given",
        ),
        ("keys/ec_p256_public.pem", "not an RSA key"),
        ("keys/rsa1024_public.pem", "1024 bits"),
    ];
    for (file, reason) in cases {
        let msg = invalid_key_message(WebhookVerifier::from_bytes(&read_bytes(file)));
        assert!(msg.contains(reason), "{file}: `{msg}` should say `{reason}`");
    }
    invalid_key_message(WebhookVerifier::from_pem(
        "-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----",
    ));
}

#[test]
fn errors_and_debug_never_echo_key_material() {
    let pem = merchant_private_pem();
    let body_line = pem.lines().nth(3).unwrap().to_string();
    // A truncated key: the message must not quote any of it.
    let truncated: String = pem.lines().take(10).collect::<Vec<_>>().join("\n");
    let msg = invalid_key_message(RequestSigner::from_pem(&truncated));
    assert!(!msg.contains(&body_line[..16]), "message echoes key material: {msg}");
    let signer = RequestSigner::from_pem(&pem).unwrap();
    let dbg = format!("{signer:?}");
    assert!(!dbg.contains(&body_line[..16]) && dbg.contains("redacted"), "{dbg}");
    let verifier = WebhookVerifier::from_pem(&merchant_public_pem()).unwrap();
    let pub_line = merchant_public_pem().lines().nth(1).unwrap().to_string();
    assert!(!format!("{verifier:?}").contains(&pub_line[..16]));
}
