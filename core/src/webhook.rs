//! Webhook verification: the `X-Pingplusplus-Signature` header over the raw body.

use std::fmt;
use std::sync::Arc;

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use base64::Engine;

use crate::crypto::RsaPublic;
use crate::error::{Error, Result};
use crate::keys::parse_public_key;
use crate::models::Event;
use crate::signing::RequestSigner;

/// The header Ping++ puts the webhook signature in.
pub const SIGNATURE_HEADER: &str = "X-Pingplusplus-Signature";

/// Verifies webhooks with the Ping++ public key, parsed once. Fails closed.
#[derive(Clone)]
pub struct WebhookVerifier {
    key: Arc<RsaPublic>,
}

impl fmt::Debug for WebhookVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookVerifier").finish_non_exhaustive()
    }
}

impl WebhookVerifier {
    /// Parses the Ping++ public key (SPKI or PKCS#1 PEM, DER or bare base64).
    /// A private key here is an `invalid_key` error that says so.
    pub fn from_pem(pem: &str) -> Result<Self> {
        Self::from_bytes(pem.as_bytes())
    }

    /// Like [`WebhookVerifier::from_pem`], also accepting DER bytes.
    pub fn from_bytes(key: &[u8]) -> Result<Self> {
        let der = parse_public_key(key)?;
        Ok(WebhookVerifier {
            key: Arc::new(RsaPublic::new(&der)?),
        })
    }

    /// Checks `signature` (base64, padded or not, surrounding whitespace allowed)
    /// over the raw `body` bytes only; does not parse the body.
    pub fn verify_signature(&self, body: &[u8], signature: &str) -> Result<()> {
        let sig = signature.trim();
        if sig.is_empty() {
            return Err(Error::SignatureMissing);
        }
        let raw = STANDARD
            .decode(sig)
            .or_else(|_| STANDARD_NO_PAD.decode(sig))
            .map_err(|_| Error::SignatureInvalid("signature is not base64".into()))?;
        if self.key.verify(body, &raw) {
            Ok(())
        } else {
            Err(Error::SignatureInvalid(
                "signature does not match the body and the Ping++ public key".into(),
            ))
        }
    }

    /// Verifies the signature, then parses the event.
    pub fn verify(&self, body: &[u8], signature: &str) -> Result<Event> {
        self.verify_signature(body, signature)?;
        Event::from_slice(body)
    }

    /// Finds `X-Pingplusplus-Signature` (any case) in `headers` and verifies.
    pub fn verify_headers<'a, I, K, V>(&self, headers: I, body: &[u8]) -> Result<Event>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str> + 'a,
        V: AsRef<str> + 'a,
    {
        match signature_from_headers(headers) {
            Some(sig) => self.verify(body, &sig),
            None => Err(Error::SignatureMissing),
        }
    }
}

/// The value of `X-Pingplusplus-Signature` in a header list, looked up case-insensitively.
pub fn signature_from_headers<I, K, V>(headers: I) -> Option<String>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    headers
        .into_iter()
        .find(|(k, _)| k.as_ref().trim().eq_ignore_ascii_case(SIGNATURE_HEADER))
        .map(|(_, v)| v.as_ref().to_string())
}

/// Signs webhook bodies the way Ping++ does: for tests and the emulator.
#[derive(Clone, Debug)]
pub struct WebhookSigner {
    signer: RequestSigner,
}

impl WebhookSigner {
    /// Parses the signing private key.
    pub fn from_pem(private_pem: &str) -> Result<Self> {
        Ok(WebhookSigner {
            signer: RequestSigner::from_pem(private_pem)?,
        })
    }

    /// Standard base64 signature over the raw body.
    pub fn sign(&self, body: &[u8]) -> String {
        STANDARD.encode(self.signer.sign_bytes(body))
    }

    /// The public key that verifies these signatures, as SPKI PEM.
    pub fn public_key_pem(&self) -> String {
        self.signer.public_key_pem()
    }
}
