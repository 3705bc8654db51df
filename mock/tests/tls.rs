//! HTTPS: the emulator serves TLS with a throw-away CA or given certificates,
//! and the test certificates (expired, another host name) are refused by a
//! client that trusts the CA.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

use common::KEY;
use pingxx_mock::tls::TestCa;
use pingxx_mock::{MockConfig, MockHandle, MockServer, Tls};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};

fn start_tls(tls: Tls) -> MockHandle {
    MockServer::start(MockConfig {
        tls: Some(tls),
        ..MockConfig::default()
    })
    .expect("TLS emulator starts")
}

/// One HTTPS GET with `ca_pem` as the only trusted root, to `server_name`:
/// the raw response text, or the TLS error.
fn https_get(mock: &MockHandle, ca_pem: &str, server_name: &str, path: &str) -> Result<String, String> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(ca_pem.as_bytes()) {
        roots.add(cert.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from(server_name.to_string()).unwrap();
    let conn = rustls::ClientConnection::new(Arc::new(config), name).unwrap();
    let sock = TcpStream::connect(mock.addr()).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, sock);
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {server_name}\r\nAuthorization: Bearer {KEY}\r\nConnection: close\r\n\r\n"
    );
    tls.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    let mut out = String::new();
    match tls.read_to_string(&mut out) {
        Ok(_) => Ok(out),
        // The server may close without close_notify after `Connection: close`.
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof && !out.is_empty() => Ok(out),
        Err(e) => Err(e.to_string()),
    }
}

#[test]
fn a_generated_ca_serves_https_for_127_0_0_1_and_localhost() {
    let mock = start_tls(Tls::Generated);
    assert!(mock.base_url().starts_with("https://127.0.0.1:"), "{}", mock.base_url());
    let ca = mock.ca_cert_pem().expect("the generated CA is available").to_string();
    for name in ["127.0.0.1", "localhost"] {
        let resp = https_get(&mock, &ca, name, "/v1/orders/2011234567890123456").unwrap();
        assert!(resp.starts_with("HTTP/1.1 404"), "{name}: {resp}");
        assert!(resp.contains("No such order"), "{resp}");
    }
    assert_eq!(mock.requests().len(), 2, "both requests reached the API");
}

#[test]
fn a_client_that_does_not_trust_the_ca_is_refused_the_handshake() {
    let mock = start_tls(Tls::Generated);
    let other = TestCa::new().unwrap();
    let e = https_get(&mock, other.cert_pem(), "127.0.0.1", "/v1/orders").unwrap_err();
    assert!(e.contains("UnknownIssuer"), "{e}");
    assert!(mock.requests().is_empty());
}

#[test]
fn an_expired_certificate_is_refused() {
    let ca = TestCa::new().unwrap();
    let mock = start_tls(Tls::Given(ca.expired_localhost().unwrap()));
    assert!(mock.ca_cert_pem().is_none(), "a given certificate has no generated CA");
    let e = https_get(&mock, ca.cert_pem(), "127.0.0.1", "/v1/orders").unwrap_err();
    assert!(e.contains("expired"), "{e}");
}

#[test]
fn a_certificate_for_another_host_name_is_refused() {
    let ca = TestCa::new().unwrap();
    let mock = start_tls(Tls::Given(ca.for_host("api.example.invalid").unwrap()));
    let e = https_get(&mock, ca.cert_pem(), "127.0.0.1", "/v1/orders").unwrap_err();
    assert!(e.contains("not valid for name"), "{e}");
    // The same certificate is fine for its own name.
    let ok = https_get(&mock, ca.cert_pem(), "api.example.invalid", "/v1/orders/x").unwrap();
    assert!(ok.starts_with("HTTP/1.1 404"), "{ok}");
}

#[test]
fn given_certificates_that_do_not_fit_are_a_start_error() {
    let ca = TestCa::new().unwrap();
    let (a, b) = (ca.localhost().unwrap(), ca.localhost().unwrap());
    let e = MockServer::start(MockConfig {
        tls: Some(Tls::Given(pingxx_mock::ServerCert {
            chain_pem: a.chain_pem,
            key_pem: b.key_pem.clone(),
        })),
        ..MockConfig::default()
    })
    .unwrap_err()
    .to_string();
    assert!(e.starts_with("tls:"), "{e}");
    assert!(!e.contains("PRIVATE KEY"), "no key material in the error: {e}");
}

#[test]
fn a_plain_http_request_to_the_tls_port_gets_no_api_answer() {
    let mock = start_tls(Tls::Generated);
    let mut sock = TcpStream::connect(mock.addr()).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    sock.write_all(b"GET /v1/orders HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    let _ = sock.read_to_end(&mut buf);
    assert!(
        !String::from_utf8_lossy(&buf).contains("HTTP/1.1"),
        "no HTTP answer over plain TCP"
    );
    assert!(mock.requests().is_empty());
}
