//! aws-lc-rs: RSASSA-PKCS1-v1_5 with SHA-256.

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{self, KeyPair, ParsedPublicKey, RsaKeyPair};

use crate::error::{Error, Result};
use crate::keys::{PrivateKeyDer, PublicKeyDer};

/// A parsed private key, ready to sign.
pub(crate) struct RsaPrivate {
    key: RsaKeyPair,
    rng: SystemRandom,
}

impl RsaPrivate {
    pub(crate) fn new(der: &PrivateKeyDer) -> Result<Self> {
        let key = RsaKeyPair::from_der(&der.pkcs1)
            .map_err(|_| Error::InvalidKey("RSA private key was rejected by the crypto backend".into()))?;
        Ok(RsaPrivate {
            key,
            rng: SystemRandom::new(),
        })
    }

    /// Signature length in bytes.
    pub(crate) fn signature_len(&self) -> usize {
        self.key.public_modulus_len()
    }

    pub(crate) fn sign(&self, parts: &[&[u8]]) -> Vec<u8> {
        let mut msg = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
        for p in parts {
            msg.extend_from_slice(p);
        }
        let mut sig = vec![0u8; self.key.public_modulus_len()];
        self.key
            .sign(&signature::RSA_PKCS1_SHA256, &self.rng, &msg, &mut sig)
            .expect("RSA signing with a validated key and a right-sized buffer cannot fail");
        sig
    }

    /// The matching public key as PKCS#1 DER.
    pub(crate) fn public_pkcs1(&self) -> Vec<u8> {
        self.key.public_key().as_ref().to_vec()
    }
}

/// A parsed public key, ready to verify (parsed once, not per call).
pub(crate) struct RsaPublic {
    key: ParsedPublicKey,
}

impl RsaPublic {
    pub(crate) fn new(der: &PublicKeyDer) -> Result<Self> {
        let key = ParsedPublicKey::new(&signature::RSA_PKCS1_2048_8192_SHA256, &der.pkcs1)
            .map_err(|_| Error::InvalidKey("RSA public key was rejected by the crypto backend".into()))?;
        Ok(RsaPublic { key })
    }

    pub(crate) fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        self.key.verify_sig(msg, sig).is_ok()
    }
}
