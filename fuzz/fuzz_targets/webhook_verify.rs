//! Webhook verification with any body and any signature: never panics, and
//! only a body signed with the matching key verifies.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pingxx::{WebhookSigner, WebhookVerifier};
use std::sync::OnceLock;

/// A fixed key pair from the test vectors (tests/vectors/keys).
const PRIVATE_PEM: &str = include_str!("../../tests/vectors/keys/merchant_example_private_key_pkcs8.pem");

fn keys() -> &'static (WebhookSigner, WebhookVerifier) {
    static KEYS: OnceLock<(WebhookSigner, WebhookVerifier)> = OnceLock::new();
    KEYS.get_or_init(|| {
        let signer = WebhookSigner::from_pem(PRIVATE_PEM).expect("vector key");
        let verifier = WebhookVerifier::from_pem(&signer.public_key_pem()).expect("vector public key");
        (signer, verifier)
    })
}

fuzz_target!(|data: &[u8]| {
    let (signer, verifier) = keys();
    // First line: the signature header's value; the rest: the body.
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let (sig, body) = data.split_at(split);
    let body = body.get(1..).unwrap_or(&[]);
    let sig = String::from_utf8_lossy(sig);
    if verifier.verify_signature(body, &sig).is_ok() {
        // A random signature that verifies would be a forgery. What may differ from our own
        // signature is what the verifier documents: surrounding whitespace and the padding.
        assert_eq!(sig.trim().trim_end_matches('='), signer.sign(body).trim_end_matches('='));
    }
    let _ = verifier.verify(body, &sig);
    // A body we sign ourselves always verifies (then parses, or fails as an event).
    // Signing costs ~15 verifications: done for one input in 16.
    if data.len() % 16 == 0 {
        let good = signer.sign(body);
        assert!(verifier.verify_signature(body, &good).is_ok());
        let _ = verifier.verify(body, &good);
    }
});
