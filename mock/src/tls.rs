//! HTTPS for the emulator: a throw-away certificate authority, the server
//! certificates it issues (valid, expired, or for another host name, so that
//! clients can be tested against each), and the rustls server configuration.
//!
//! ```no_run
//! use pingxx_mock::{tls::TestCa, MockConfig, MockServer, Tls};
//! let ca = TestCa::new()?;
//! // A server whose certificate expired yesterday: a client trusting `ca` must refuse it.
//! let mock = MockServer::start(MockConfig {
//!     tls: Some(Tls::Given(ca.expired_localhost()?)),
//!     ..MockConfig::default()
//! })?;
//! assert!(mock.base_url().starts_with("https://"));
//! # let _ = ca.cert_pem();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use time::{Duration, OffsetDateTime};

use crate::MockError;

/// The names the emulator's generated certificate is valid for.
pub const LOCAL_NAMES: &[&str] = &["127.0.0.1", "localhost", "::1"];

/// How the emulator serves HTTPS.
#[derive(Clone, Debug)]
pub enum Tls {
    /// A fresh throw-away CA and a certificate for `127.0.0.1`/`localhost`/`::1`
    /// issued by it; its PEM is [`crate::MockHandle::ca_cert_pem`].
    Generated,
    /// The given certificate chain and key.
    Given(ServerCert),
}

/// A server certificate chain and its private key, both PEM.
#[derive(Clone)]
pub struct ServerCert {
    /// The leaf certificate first, then any intermediates (PEM).
    pub chain_pem: String,
    /// The private key of the leaf (PKCS#8, PKCS#1 or SEC1 PEM).
    pub key_pem: String,
}

impl fmt::Debug for ServerCert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServerCert")
            .field("chain_pem", &self.chain_pem)
            .field("key_pem", &"<redacted>")
            .finish()
    }
}

/// A throw-away certificate authority that issues server certificates for tests.
pub struct TestCa {
    issuer: Issuer<'static, KeyPair>,
    cert_pem: String,
}

impl fmt::Debug for TestCa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TestCa").finish_non_exhaustive()
    }
}

fn tls_err(message: impl fmt::Display) -> MockError {
    MockError::Tls(message.to_string())
}

impl TestCa {
    /// A new CA (ECDSA P-256), valid from yesterday for ten years.
    pub fn new() -> Result<Self, MockError> {
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        // A name of its own, so that another CA's certificates are "unknown issuer".
        dn.push(
            DnType::CommonName,
            format!("pingxx-mock throw-away test CA {:016x}", fastrand::u64(..)),
        );
        dn.push(DnType::OrganizationName, "pingxx-mock");
        params.distinguished_name = dn;
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let now = OffsetDateTime::now_utc();
        params.not_before = now - Duration::days(1);
        params.not_after = now + Duration::days(3650);
        let key = KeyPair::generate().map_err(tls_err)?;
        let cert = params.self_signed(&key).map_err(tls_err)?;
        Ok(TestCa {
            issuer: Issuer::new(params, key),
            cert_pem: cert.pem(),
        })
    }

    /// The CA certificate (PEM), for a client's `ca_cert`.
    pub fn cert_pem(&self) -> &str {
        &self.cert_pem
    }

    /// Issues a server certificate for `names` (DNS names or IP addresses),
    /// valid from `not_before` to `not_after`.
    pub fn issue(
        &self,
        names: &[&str],
        not_before: OffsetDateTime,
        not_after: OffsetDateTime,
    ) -> Result<ServerCert, MockError> {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        let mut params = CertificateParams::new(names.clone()).map_err(tls_err)?;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, names.first().cloned().unwrap_or_default());
        params.distinguished_name = dn;
        params.is_ca = IsCa::ExplicitNoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.use_authority_key_identifier_extension = true;
        params.not_before = not_before;
        params.not_after = not_after;
        let key = KeyPair::generate().map_err(tls_err)?;
        let cert = params.signed_by(&key, &self.issuer).map_err(tls_err)?;
        Ok(ServerCert {
            chain_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        })
    }

    /// A certificate for [`LOCAL_NAMES`], valid from yesterday for a year.
    pub fn localhost(&self) -> Result<ServerCert, MockError> {
        let now = OffsetDateTime::now_utc();
        self.issue(LOCAL_NAMES, now - Duration::days(1), now + Duration::days(365))
    }

    /// A certificate for [`LOCAL_NAMES`] that expired yesterday.
    pub fn expired_localhost(&self) -> Result<ServerCert, MockError> {
        let now = OffsetDateTime::now_utc();
        self.issue(LOCAL_NAMES, now - Duration::days(30), now - Duration::days(1))
    }

    /// A valid certificate for another host name only (`host`, e.g.
    /// `api.example.invalid`): a client connecting to `127.0.0.1` must refuse it.
    pub fn for_host(&self, host: &str) -> Result<ServerCert, MockError> {
        let now = OffsetDateTime::now_utc();
        self.issue(&[host], now - Duration::days(1), now + Duration::days(365))
    }
}

/// The rustls server configuration for `cert` (TLS 1.2 and 1.3, HTTP/1.1).
pub(crate) fn server_config(cert: &ServerCert) -> Result<Arc<rustls::ServerConfig>, MockError> {
    let chain = CertificateDer::pem_slice_iter(cert.chain_pem.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| tls_err(format!("certificate chain: {e}")))?;
    if chain.is_empty() {
        return Err(tls_err("certificate chain: no CERTIFICATE in the PEM"));
    }
    let key =
        PrivateKeyDer::from_pem_slice(cert.key_pem.as_bytes()).map_err(|e| tls_err(format!("private key: {e}")))?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])
        .map_err(tls_err)?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| tls_err(format!("certificate and key do not match or are unusable: {e}")))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// What a TLS emulator serves with: the rustls configuration and, when the CA
/// was generated, its PEM.
pub(crate) fn prepare(tls: &Tls) -> Result<(Arc<rustls::ServerConfig>, Option<String>), MockError> {
    match tls {
        Tls::Generated => {
            let ca = TestCa::new()?;
            let cert = ca.localhost()?;
            Ok((server_config(&cert)?, Some(ca.cert_pem().to_string())))
        }
        Tls::Given(cert) => Ok((server_config(cert)?, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_ca_issues_usable_certificates() {
        let ca = TestCa::new().unwrap();
        assert!(ca.cert_pem().starts_with("-----BEGIN CERTIFICATE-----"));
        for cert in [
            ca.localhost().unwrap(),
            ca.expired_localhost().unwrap(),
            ca.for_host("a.example.invalid").unwrap(),
        ] {
            assert!(server_config(&cert).is_ok());
            assert!(!format!("{cert:?}").contains("PRIVATE KEY"), "the key is not in Debug");
        }
    }

    #[test]
    fn a_mismatched_or_missing_pem_is_a_clear_error() {
        let ca = TestCa::new().unwrap();
        let a = ca.localhost().unwrap();
        let b = ca.localhost().unwrap();
        let mixed = ServerCert {
            chain_pem: a.chain_pem,
            key_pem: b.key_pem,
        };
        let e = server_config(&mixed).unwrap_err().to_string();
        assert!(e.contains("do not match"), "{e}");
        let empty = ServerCert {
            chain_pem: String::new(),
            key_pem: String::new(),
        };
        assert!(server_config(&empty)
            .unwrap_err()
            .to_string()
            .contains("certificate chain"));
    }
}
