//! Request signing: RSASSA-PKCS1-v1_5/SHA-256 over `body ‖ request_target ‖ timestamp`.

use std::fmt;
use std::sync::Arc;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::crypto::RsaPrivate;
use crate::error::Result;
use crate::keys::parse_private_key;

/// Signs requests with the merchant private key, parsed once.
///
/// Cheap to clone (the key is shared). `Debug` shows no key material.
#[derive(Clone)]
pub struct RequestSigner {
    key: Arc<RsaPrivate>,
}

impl fmt::Debug for RequestSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestSigner").field("key", &"<redacted>").finish()
    }
}

impl RequestSigner {
    /// Parses a merchant RSA private key: PKCS#1 or PKCS#8 PEM, or bare base64 of either.
    pub fn from_pem(pem: &str) -> Result<Self> {
        Self::from_bytes(pem.as_bytes())
    }

    /// Like [`RequestSigner::from_pem`], also accepting DER bytes.
    pub fn from_bytes(key: &[u8]) -> Result<Self> {
        let der = parse_private_key(key)?;
        Ok(RequestSigner {
            key: Arc::new(RsaPrivate::new(&der)?),
        })
    }

    /// Standard base64 signature of `body ‖ request_target ‖ timestamp`.
    pub fn sign(&self, body: &[u8], request_target: &str, timestamp: i64) -> String {
        STANDARD.encode(self.sign_raw(body, request_target, timestamp))
    }

    /// The raw signature bytes of `body ‖ request_target ‖ timestamp`.
    pub fn sign_raw(&self, body: &[u8], request_target: &str, timestamp: i64) -> Vec<u8> {
        let ts = timestamp.to_string();
        self.key.sign(&[body, request_target.as_bytes(), ts.as_bytes()])
    }

    /// Signs arbitrary bytes (used for webhooks, which sign the body alone).
    pub(crate) fn sign_bytes(&self, msg: &[u8]) -> Vec<u8> {
        self.key.sign(&[msg])
    }

    /// Length of the base64 signature this key produces.
    pub fn signature_b64_len(&self) -> usize {
        self.key.signature_len().div_ceil(3) * 4
    }

    /// The matching public key as SPKI PEM (`BEGIN PUBLIC KEY`).
    pub fn public_key_pem(&self) -> String {
        crate::keys::pkcs1_public_to_spki_pem(&self.key.public_pkcs1())
    }
}
