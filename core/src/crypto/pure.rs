//! RustCrypto `rsa`: RSASSA-PKCS1-v1_5 with SHA-256, blinded signing.
//! See RUSTSEC-2023-0071 (Marvin attack) in the README for this backend.

use rand_core::OsRng;
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPublicKey};
use rsa::pkcs1v15::{Signature, SigningKey, VerifyingKey};
use rsa::signature::{RandomizedSigner, SignatureEncoding, Verifier};
use rsa::traits::PublicKeyParts;
use sha2::Sha256;

use crate::error::{Error, Result};
use crate::keys::{PrivateKeyDer, PublicKeyDer};

/// A parsed private key, ready to sign.
pub(crate) struct RsaPrivate {
    key: SigningKey<Sha256>,
    public: rsa::RsaPublicKey,
}

impl RsaPrivate {
    pub(crate) fn new(der: &PrivateKeyDer) -> Result<Self> {
        let key = rsa::RsaPrivateKey::from_pkcs1_der(&der.pkcs1)
            .map_err(|_| Error::InvalidKey("RSA private key was rejected by the crypto backend".into()))?;
        key.validate()
            .map_err(|_| Error::InvalidKey("RSA private key is inconsistent".into()))?;
        let public = key.to_public_key();
        Ok(RsaPrivate {
            key: SigningKey::new(key),
            public,
        })
    }

    /// Signature length in bytes.
    pub(crate) fn signature_len(&self) -> usize {
        self.public.size()
    }

    pub(crate) fn sign(&self, parts: &[&[u8]]) -> Vec<u8> {
        let mut msg = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
        for p in parts {
            msg.extend_from_slice(p);
        }
        self.key.sign_with_rng(&mut OsRng, &msg).to_vec()
    }

    /// The matching public key as PKCS#1 DER.
    pub(crate) fn public_pkcs1(&self) -> Vec<u8> {
        self.public
            .to_pkcs1_der()
            .map(|d| d.as_bytes().to_vec())
            .unwrap_or_default()
    }
}

/// A parsed public key, ready to verify.
pub(crate) struct RsaPublic {
    key: VerifyingKey<Sha256>,
}

impl RsaPublic {
    pub(crate) fn new(der: &PublicKeyDer) -> Result<Self> {
        let key = rsa::RsaPublicKey::from_pkcs1_der(&der.pkcs1)
            .map_err(|_| Error::InvalidKey("RSA public key was rejected by the crypto backend".into()))?;
        Ok(RsaPublic {
            key: VerifyingKey::new(key),
        })
    }

    pub(crate) fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        match Signature::try_from(sig) {
            Ok(s) => self.key.verify(msg, &s).is_ok(),
            Err(_) => false,
        }
    }
}
