//! Building the HTTP agent: timeouts, TLS roots (bundled + `ca_cert`), proxy
//! (`proxy` or the environment), and the credential-free names used in errors.

use crate::config::{ClientConfig, ProxySetting};
use crate::error::{Error, Result};

use super::USER_AGENT;

/// The agent for a checked configuration.
pub(crate) fn new_agent(config: &ClientConfig) -> ureq::Agent {
    let mut tls = ureq::tls::TlsConfig::builder().provider(ureq::tls::TlsProvider::Rustls);
    #[cfg(feature = "aws-lc")]
    {
        tls =
            tls.unversioned_rustls_crypto_provider(std::sync::Arc::new(rustls::crypto::aws_lc_rs::default_provider()));
    }
    #[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
    {
        tls = tls.unversioned_rustls_crypto_provider(std::sync::Arc::new(ring_provider()));
    }
    // The bundled roots plus `ca_cert`. The pure-Rust build always takes this way, also
    // without `ca_cert` (the same Mozilla roots): ureq's `webpki-roots` copy of them is then
    // not linked (firmware size, see ffi/README.md).
    if cfg!(all(feature = "pure-rust", not(feature = "aws-lc"))) || !config.ca_certs.is_empty() {
        let bundled = webpki_root_certs::TLS_SERVER_ROOT_CERTS
            .iter()
            .map(|c| ureq::tls::Certificate::from_der(c.as_ref()));
        let roots: Vec<_> = bundled.chain(config.ca_certs.iter().cloned()).collect();
        tls = tls.root_certs(ureq::tls::RootCerts::new_with_certs(&roots));
    }
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(config.connect_timeout))
        .timeout_global(Some(config.timeout))
        .max_redirects(0)
        .proxy(config.proxy.as_ref().map(|p| p.proxy.clone()))
        .user_agent(match &config.user_agent_suffix {
            Some(s) => format!("{USER_AGENT} {s}"),
            None => USER_AGENT.to_string(),
        })
        .tls_config(tls.build())
        .build();
    let connector = ureq::unversioned::transport::DefaultConnector::default();
    ureq::Agent::with_parts(config, connector, super::resolve::JoiningResolver)
}

/// The TLS of the pure-Rust build: rustls with ring, restricted to what every HTTPS server
/// offers so that the firmware build stays small (what is left out is not linked):
/// TLS 1.3 and 1.2 with AES-GCM (no ChaCha20-Poly1305), key exchange X25519 and P-256 (no
/// P-384), and no client certificates (the SDK has no option for them). Server certificates
/// are checked with every signature algorithm of ring's default provider.
#[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
pub(crate) fn ring_provider() -> rustls::crypto::CryptoProvider {
    use rustls::crypto::ring::{cipher_suite as cs, kx_group};
    rustls::crypto::CryptoProvider {
        cipher_suites: vec![
            cs::TLS13_AES_256_GCM_SHA384,
            cs::TLS13_AES_128_GCM_SHA256,
            cs::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
            cs::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
            cs::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
            cs::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        ],
        kx_groups: vec![kx_group::X25519, kx_group::SECP256R1],
        signature_verification_algorithms: ring_tls::SIG_ALGS,
        secure_random: &ring_tls::OsRandom,
        key_provider: &ring_tls::NoClientKeys,
    }
}

/// The parts of [`ring_provider`] that `rustls::crypto::ring::default_provider()` would
/// give: taking them from there would link all of its suites and groups.
#[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
mod ring_tls {
    use rustls::crypto::{GetRandomFailed, KeyProvider, SecureRandom, WebPkiSupportedAlgorithms};
    use rustls::pki_types::PrivateKeyDer;
    use rustls::SignatureScheme as S;
    use webpki::ring as alg;

    /// The signature algorithms of rustls's ring provider (its `SUPPORTED_SIG_ALGS`).
    pub(super) static SIG_ALGS: WebPkiSupportedAlgorithms = WebPkiSupportedAlgorithms {
        all: &[
            alg::ECDSA_P256_SHA256,
            alg::ECDSA_P256_SHA384,
            alg::ECDSA_P384_SHA256,
            alg::ECDSA_P384_SHA384,
            alg::ED25519,
            alg::RSA_PSS_2048_8192_SHA256_LEGACY_KEY,
            alg::RSA_PSS_2048_8192_SHA384_LEGACY_KEY,
            alg::RSA_PSS_2048_8192_SHA512_LEGACY_KEY,
            alg::RSA_PKCS1_2048_8192_SHA256,
            alg::RSA_PKCS1_2048_8192_SHA384,
            alg::RSA_PKCS1_2048_8192_SHA512,
            alg::RSA_PKCS1_2048_8192_SHA256_ABSENT_PARAMS,
            alg::RSA_PKCS1_2048_8192_SHA384_ABSENT_PARAMS,
            alg::RSA_PKCS1_2048_8192_SHA512_ABSENT_PARAMS,
        ],
        mapping: &[
            // For TLS 1.2 the curve is not fixed by the scheme; for TLS 1.3 it is.
            (
                S::ECDSA_NISTP384_SHA384,
                &[alg::ECDSA_P384_SHA384, alg::ECDSA_P256_SHA384],
            ),
            (
                S::ECDSA_NISTP256_SHA256,
                &[alg::ECDSA_P256_SHA256, alg::ECDSA_P384_SHA256],
            ),
            (S::ED25519, &[alg::ED25519]),
            (S::RSA_PSS_SHA512, &[alg::RSA_PSS_2048_8192_SHA512_LEGACY_KEY]),
            (S::RSA_PSS_SHA384, &[alg::RSA_PSS_2048_8192_SHA384_LEGACY_KEY]),
            (S::RSA_PSS_SHA256, &[alg::RSA_PSS_2048_8192_SHA256_LEGACY_KEY]),
            (S::RSA_PKCS1_SHA512, &[alg::RSA_PKCS1_2048_8192_SHA512]),
            (S::RSA_PKCS1_SHA384, &[alg::RSA_PKCS1_2048_8192_SHA384]),
            (S::RSA_PKCS1_SHA256, &[alg::RSA_PKCS1_2048_8192_SHA256]),
        ],
    };

    /// The operating system's random numbers (getrandom), as ring's `SystemRandom` takes them.
    #[derive(Debug)]
    pub(super) struct OsRandom;

    impl SecureRandom for OsRandom {
        fn fill(&self, buf: &mut [u8]) -> Result<(), GetRandomFailed> {
            rand_core::RngCore::try_fill_bytes(&mut rand_core::OsRng, buf).map_err(|_| GetRandomFailed)
        }
    }

    /// No client certificates: nothing in the SDK configures one, so this is never asked.
    #[derive(Debug)]
    pub(super) struct NoClientKeys;

    impl KeyProvider for NoClientKeys {
        fn load_private_key(
            &self,
            _key: PrivateKeyDer<'static>,
        ) -> Result<std::sync::Arc<dyn rustls::sign::SigningKey>, rustls::Error> {
            Err(rustls::Error::General("client certificates are not supported".into()))
        }
    }
}

/// The certificates of a PEM text (one or more `CERTIFICATE` blocks).
pub(crate) fn parse_ca_certs(pem: &str) -> Result<Vec<ureq::tls::Certificate<'static>>> {
    let mut out = Vec::new();
    for item in ureq::tls::parse_pem(pem.as_bytes()) {
        match item {
            Ok(ureq::tls::PemItem::Certificate(c)) => out.push(c),
            Ok(_) => {}
            Err(_) => return Err(Error::InvalidConfig("ca_cert: is not valid PEM".into())),
        }
    }
    if out.is_empty() {
        return Err(Error::InvalidConfig(
            "ca_cert: must hold at least one PEM `CERTIFICATE` block".into(),
        ));
    }
    Ok(out)
}

/// Parses `http://[user:pass@]host:port`; errors name `source` (the option
/// or the environment variable), never the value.
pub(crate) fn parse_proxy(url: &str, source: &str) -> Result<ProxySetting> {
    let bad = || Error::InvalidConfig(format!("{source}: must be a URL like http://[user:pass@]host:port"));
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) || url.chars().any(char::is_control) {
        return Err(bad());
    }
    let proxy = ureq::Proxy::new(url).map_err(|_| bad())?;
    if proxy.host().is_empty() {
        return Err(bad());
    }
    let scheme = if lower.starts_with("https://") { "https" } else { "http" };
    let name = format!("{scheme}://{}:{}", proxy.host(), proxy.port());
    Ok(ProxySetting {
        proxy,
        name,
        source: source.to_string(),
    })
}

/// The proxy named by the environment for `api_base`: `https_proxy`/`HTTPS_PROXY`
/// for an https base, `http_proxy`/`HTTP_PROXY` for http, then `all_proxy`/`ALL_PROXY`;
/// none when `no_proxy`/`NO_PROXY` matches the base's host.
pub(crate) fn proxy_from_env(api_base: &str) -> Result<Option<ProxySetting>> {
    let https = api_base.starts_with("https://");
    let names: &[&str] = if https {
        &["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
    } else {
        &["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"]
    };
    let Some((name, value)) = names
        .iter()
        .find_map(|n| std::env::var(n).ok().filter(|v| !v.trim().is_empty()).map(|v| (*n, v)))
    else {
        return Ok(None);
    };
    let no_proxy = std::env::var("no_proxy")
        .or_else(|_| std::env::var("NO_PROXY"))
        .unwrap_or_default();
    if no_proxy_matches(&no_proxy, &host_of(api_base)) {
        return Ok(None);
    }
    parse_proxy(&value, name).map(Some)
}

/// The host of a URL, lowercase, without userinfo, port or brackets.
fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map(|(_, h)| h).unwrap_or(authority);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    host.to_ascii_lowercase()
}

/// curl's rules: `*` matches all; `example.com` and `.example.com` match the
/// host and its subdomains; `*.example.com` matches subdomains; a `:port` is ignored.
fn no_proxy_matches(list: &str, host: &str) -> bool {
    list.split(',').map(str::trim).filter(|e| !e.is_empty()).any(|entry| {
        let entry = entry.to_ascii_lowercase();
        if entry == "*" {
            return true;
        }
        let entry = entry.strip_prefix("*.").map(|e| format!(".{e}")).unwrap_or(entry);
        let entry = match entry.rsplit_once(':') {
            Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) && !h.contains(':') => h.to_string(),
            _ => entry,
        };
        let entry = entry.trim_start_matches('[').trim_end_matches(']');
        match entry.strip_prefix('.') {
            Some(domain) => host == domain || host.ends_with(&format!(".{domain}")),
            None => host == entry || host.ends_with(&format!(".{entry}")),
        }
    })
}

/// A URL without its `user:pass@` part, for messages.
pub(crate) fn redact_url(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            match rest[..end].rsplit_once('@') {
                Some((_, host)) => format!("{scheme}://***@{host}{}", &rest[end..]),
                None => url.to_string(),
            }
        }
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_proxy_rules() {
        assert!(no_proxy_matches("*", "api.pingxx.com"));
        assert!(no_proxy_matches("localhost, pingxx.com", "api.pingxx.com"));
        assert!(no_proxy_matches(".pingxx.com", "api.pingxx.com"));
        assert!(no_proxy_matches("*.pingxx.com", "api.pingxx.com"));
        assert!(no_proxy_matches("127.0.0.1:8080", "127.0.0.1"));
        assert!(!no_proxy_matches("xpingxx.com,localhost", "api.pingxx.com"));
        assert!(!no_proxy_matches("", "api.pingxx.com"));
        assert_eq!(host_of("http://u:p@[::1]:80/x"), "::1");
        assert!(no_proxy_matches("[::1]", &host_of("http://[::1]:8080")));
    }

    #[test]
    fn proxy_names_never_carry_credentials() {
        let p = parse_proxy("http://alice:s3cret@127.0.0.1:3128", "proxy").unwrap();
        assert_eq!(p.name, "http://127.0.0.1:3128");
        let e = parse_proxy("socks5://alice:s3cret@h:1", "proxy")
            .unwrap_err()
            .to_string();
        assert!(e.contains("proxy:") && !e.contains("s3cret"), "{e}");
        let e = parse_proxy("http://alice:s3cret@\r\n:1", "HTTPS_PROXY")
            .unwrap_err()
            .to_string();
        assert!(e.contains("HTTPS_PROXY") && !e.contains("s3cret"), "{e}");
        assert_eq!(redact_url("http://u:p@h:1/x?y"), "http://***@h:1/x?y");
    }

    /// The pure-Rust provider: AES-GCM suites of TLS 1.3 and 1.2, X25519 and P-256, and the
    /// very signature algorithms of rustls's ring provider (listed again in `ring_tls`).
    #[cfg(all(feature = "pure-rust", not(feature = "aws-lc")))]
    #[test]
    fn ring_provider_is_ring_with_fewer_suites() {
        use rustls::crypto::WebPkiSupportedAlgorithms;
        let ours = ring_provider();
        let ring = rustls::crypto::ring::default_provider();
        let names = |p: &rustls::crypto::CryptoProvider| {
            let suites: Vec<String> = p.cipher_suites.iter().map(|s| format!("{:?}", s.suite())).collect();
            let groups: Vec<String> = p.kx_groups.iter().map(|g| format!("{:?}", g.name())).collect();
            (suites, groups)
        };
        let (suites, groups) = names(&ours);
        assert_eq!(groups, ["X25519", "secp256r1"]);
        assert_eq!(suites.len(), 6);
        assert!(suites.iter().all(|s| s.contains("_GCM_")), "{suites:?}");
        assert!(
            suites.iter().filter(|s| s.starts_with("TLS13_")).count() == 2,
            "{suites:?}"
        );
        let (all_suites, all_groups) = names(&ring);
        assert!(suites.iter().all(|s| all_suites.contains(s)) && groups.iter().all(|g| all_groups.contains(g)));
        let ids = |a: &WebPkiSupportedAlgorithms| {
            let all: Vec<String> = a
                .all
                .iter()
                .map(|x| format!("{:?}{:?}", x.public_key_alg_id(), x.signature_alg_id()))
                .collect();
            let mapping: Vec<String> = a
                .mapping
                .iter()
                .map(|(scheme, algs)| {
                    let algs: Vec<String> = algs.iter().map(|x| format!("{:?}", x.signature_alg_id())).collect();
                    format!("{scheme:?} {algs:?}")
                })
                .collect();
            (all, mapping)
        };
        assert_eq!(
            ids(&ours.signature_verification_algorithms),
            ids(&ring.signature_verification_algorithms)
        );
        let mut buf = [0u8; 32];
        ours.secure_random.fill(&mut buf).unwrap();
        assert_ne!(buf, [0u8; 32]);
        let key = rustls::pki_types::PrivateKeyDer::Pkcs8(vec![0x30, 0].into());
        assert!(ours.key_provider.load_private_key(key).is_err());
    }
}
