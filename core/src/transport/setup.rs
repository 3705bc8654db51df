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
    if !config.ca_certs.is_empty() {
        let bundled = webpki_root_certs::TLS_SERVER_ROOT_CERTS
            .iter()
            .map(|c| ureq::tls::Certificate::from_der(c.as_ref()).to_owned());
        let roots: Vec<_> = bundled.chain(config.ca_certs.iter().cloned()).collect();
        tls = tls.root_certs(ureq::tls::RootCerts::new_with_certs(&roots));
    }
    ureq::Agent::config_builder()
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
        .build()
        .new_agent()
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
}
