//! Signing and verification with keys parsed once: webhook verification,
//! request signing, and webhook signing (for tests and emulators).

use napi::bindgen_prelude::{Buffer, Either};
use napi_derive::napi;

use crate::errors::{guard, to_napi};

/// Bytes of a body given as a Buffer or a string.
pub(crate) fn body_bytes(body: &Either<Buffer, String>) -> &[u8] {
    match body {
        Either::A(b) => b.as_ref(),
        Either::B(s) => s.as_bytes(),
    }
}

/// Verifies webhooks with the Ping++ public key, parsed once.
#[napi]
pub struct NativeWebhookVerifier {
    inner: pingxx::WebhookVerifier,
}

#[napi]
impl NativeWebhookVerifier {
    /// Parses the public key (PEM string, or DER/PEM bytes).
    #[napi(constructor)]
    pub fn new(public_key: Either<Buffer, String>) -> napi::Result<Self> {
        guard(|| {
            pingxx::WebhookVerifier::from_bytes(body_bytes(&public_key))
                .map(|inner| NativeWebhookVerifier { inner })
                .map_err(|e| to_napi(&e))
        })
    }

    /// Verifies the signature over the raw body and checks that the body is an
    /// event; the wrapper then parses the same bytes.
    #[napi]
    pub fn verify(&self, body: Either<Buffer, String>, signature: Option<String>) -> napi::Result<()> {
        guard(|| {
            self.inner
                .verify(body_bytes(&body), signature.as_deref().unwrap_or(""))
                .map(|_| ())
                .map_err(|e| to_napi(&e))
        })
    }
}

/// Signs requests with the merchant private key, parsed once.
#[napi]
pub struct NativeRequestSigner {
    inner: pingxx::RequestSigner,
}

#[napi]
impl NativeRequestSigner {
    /// Parses the private key (PKCS#1 or PKCS#8 PEM, or DER bytes).
    #[napi(constructor)]
    pub fn new(private_key: Either<Buffer, String>) -> napi::Result<Self> {
        guard(|| {
            pingxx::RequestSigner::from_bytes(body_bytes(&private_key))
                .map(|inner| NativeRequestSigner { inner })
                .map_err(|e| to_napi(&e))
        })
    }

    /// Base64 signature of `body ‖ requestTarget ‖ timestamp`.
    #[napi]
    pub fn sign(&self, body: Either<Buffer, String>, request_target: String, timestamp: i64) -> napi::Result<String> {
        guard(|| Ok(self.inner.sign(body_bytes(&body), &request_target, timestamp)))
    }

    /// The matching public key as SPKI PEM.
    #[napi]
    pub fn public_key_pem(&self) -> String {
        self.inner.public_key_pem()
    }
}

/// Signs webhook bodies the way Ping++ does (for tests and emulators).
#[napi]
pub struct NativeWebhookSigner {
    inner: pingxx::WebhookSigner,
}

#[napi]
impl NativeWebhookSigner {
    /// Parses the signing private key.
    #[napi(constructor)]
    pub fn new(private_key: String) -> napi::Result<Self> {
        guard(|| {
            pingxx::WebhookSigner::from_pem(&private_key)
                .map(|inner| NativeWebhookSigner { inner })
                .map_err(|e| to_napi(&e))
        })
    }

    /// Base64 signature over the raw body.
    #[napi]
    pub fn sign(&self, body: Either<Buffer, String>) -> napi::Result<String> {
        guard(|| Ok(self.inner.sign(body_bytes(&body))))
    }

    /// The public key that verifies these signatures, as SPKI PEM.
    #[napi]
    pub fn public_key_pem(&self) -> String {
        self.inner.public_key_pem()
    }
}
