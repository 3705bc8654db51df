//! Key parsing with any bytes, as text and as DER: never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pingxx::{RequestSigner, WebhookVerifier};

fuzz_target!(|data: &[u8]| {
    let _ = RequestSigner::from_bytes(data);
    let _ = WebhookVerifier::from_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = RequestSigner::from_pem(text);
        let _ = WebhookVerifier::from_pem(text);
    }
});
