//! Client configuration and its builder. `Debug` never shows a secret.

use std::fmt;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::signing::RequestSigner;

/// The live API.
pub const DEFAULT_API_BASE: &str = "https://api.pingxx.com";
/// Default time allowed for one whole request.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(80);
/// Default time allowed to connect (TCP, proxy and TLS handshake).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default number of retries after the first attempt.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// Largest `max_retries` accepted.
pub const MAX_RETRIES_LIMIT: u32 = 10;
/// Default first backoff delay.
pub const DEFAULT_RETRY_BASE_DELAY: Duration = Duration::from_millis(500);
/// Default largest backoff delay.
pub const DEFAULT_RETRY_MAX_DELAY: Duration = Duration::from_secs(8);

/// Everything a [`crate::Client`] needs, validated by [`ClientBuilder::build`].
#[derive(Clone)]
pub struct ClientConfig {
    pub(crate) api_key: String,
    pub(crate) app_id: Option<String>,
    pub(crate) signer: Option<RequestSigner>,
    pub(crate) api_base: String,
    pub(crate) connect_timeout: Duration,
    pub(crate) timeout: Duration,
    pub(crate) deadline: Duration,
    pub(crate) max_retries: u32,
    pub(crate) retry_base_delay: Duration,
    pub(crate) retry_max_delay: Duration,
    pub(crate) accept_language: Option<String>,
    pub(crate) user_agent_suffix: Option<String>,
    /// Extra trusted CA certificates (DER), added to the bundled roots.
    pub(crate) ca_certs: Vec<ureq::tls::Certificate<'static>>,
    /// The proxy requests go through, if any.
    pub(crate) proxy: Option<ProxySetting>,
    /// Whether the attempt logs carry request and response bodies.
    pub(crate) log_bodies: bool,
    /// The per-client log hook.
    pub(crate) log_hook: Option<crate::attempt_log::LogHook>,
}

/// A proxy with its credential-free name for errors and logs.
#[derive(Clone)]
pub(crate) struct ProxySetting {
    pub(crate) proxy: ureq::Proxy,
    /// `http://host:port`, never with credentials.
    pub(crate) name: String,
    /// Where it came from: `proxy` or the environment variable's name.
    pub(crate) source: String,
}

impl fmt::Debug for ProxySetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Proxy")
            .field("name", &self.name)
            .field("source", &self.source)
            .finish()
    }
}

impl ClientConfig {
    /// The configured app id, used when an operation's `app_id` is absent.
    pub fn app_id(&self) -> Option<&str> {
        self.app_id.as_deref()
    }
    /// The API base URL, without a trailing slash.
    pub fn api_base(&self) -> &str {
        &self.api_base
    }
    /// True when requests are signed with a merchant private key.
    pub fn signs_requests(&self) -> bool {
        self.signer.is_some()
    }
    /// True for a `sk_live_` key.
    pub fn livemode(&self) -> bool {
        self.api_key.starts_with("sk_live_")
    }
    /// The proxy in use as `http://host:port` (never with credentials), if any.
    pub fn proxy_name(&self) -> Option<&str> {
        self.proxy.as_ref().map(|p| p.name.as_str())
    }
}

/// Shows the key's mode prefix only, never the key.
pub(crate) fn redact_key(key: &str) -> &'static str {
    if key.starts_with("sk_live_") {
        "sk_live_***"
    } else if key.starts_with("sk_test_") {
        "sk_test_***"
    } else {
        "***"
    }
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("api_key", &redact_key(&self.api_key))
            .field("app_id", &self.app_id)
            .field("private_key", &self.signer.as_ref().map(|_| "<redacted>"))
            .field("api_base", &crate::transport::redact_url(&self.api_base))
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("max_retries", &self.max_retries)
            .field("accept_language", &self.accept_language)
            .field("ca_certs", &self.ca_certs.len())
            .field("proxy", &self.proxy_name())
            .field("log_bodies", &self.log_bodies)
            .finish_non_exhaustive()
    }
}

/// Builder of a [`crate::Client`]: `Client::builder().api_key(..).build()`.
#[derive(Default)]
pub struct ClientBuilder {
    api_key: Option<String>,
    app_id: Option<String>,
    private_key_pem: Option<String>,
    api_base: Option<String>,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    deadline: Option<Duration>,
    max_retries: Option<u32>,
    retry_base_delay: Option<Duration>,
    retry_max_delay: Option<Duration>,
    accept_language: Option<String>,
    user_agent_suffix: Option<String>,
    ca_cert_pem: Option<String>,
    proxy: Option<String>,
    proxy_from_env: Option<bool>,
    log_bodies: Option<bool>,
    log_hook: Option<crate::attempt_log::LogHook>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key.as_deref().map(redact_key))
            .field("app_id", &self.app_id)
            .field("private_key", &self.private_key_pem.as_ref().map(|_| "<redacted>"))
            .field("api_base", &self.api_base)
            .finish_non_exhaustive()
    }
}

/// Longest duration used anywhere (ten years): larger values saturate to it,
/// so that no deadline computation can overflow.
pub const MAX_DURATION: Duration = Duration::from_secs(10 * 365 * 24 * 3600);

fn ceil(d: Duration) -> Duration {
    d.min(MAX_DURATION)
}

/// A header value option: refused when it holds a control character (CR/LF
/// would split the request) or is not visible ASCII/UTF-8 text.
fn header_value(name: &str, value: Option<String>) -> Result<Option<String>> {
    match value {
        Some(v) if v.chars().any(char::is_control) => Err(Error::InvalidConfig(format!(
            "{name}: must not contain control characters (CR, LF, ...)"
        ))),
        Some(v) if v.trim().is_empty() => Err(Error::InvalidConfig(format!("{name}: must not be empty"))),
        other => Ok(other),
    }
}

impl ClientBuilder {
    /// The secret API key, `sk_test_...` or `sk_live_...` (required).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }
    /// The app id (`app_...`), used for `{app_id}` in paths when params omit it.
    pub fn app_id(mut self, app_id: impl Into<String>) -> Self {
        self.app_id = Some(app_id.into());
        self
    }
    /// The merchant RSA private key (PEM, DER-in-base64); every request is then signed.
    pub fn private_key_pem(mut self, pem: impl Into<String>) -> Self {
        self.private_key_pem = Some(pem.into());
        self
    }
    /// The API base URL (default `https://api.pingxx.com`), e.g. an emulator's.
    pub fn api_base(mut self, base: impl Into<String>) -> Self {
        self.api_base = Some(base.into());
        self
    }
    /// Time allowed to connect (default 30 s).
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.connect_timeout = Some(t);
        self
    }
    /// Time allowed for one whole request (default 80 s).
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = Some(t);
        self
    }
    /// Total time for a call across every retry (default: the request timeout
    /// times `max_retries + 1`).
    pub fn deadline(mut self, t: Duration) -> Self {
        self.deadline = Some(t);
        self
    }
    /// Retries after the first attempt (default 2).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = Some(n);
        self
    }
    /// First backoff delay (default 500 ms); doubles each retry, with jitter.
    pub fn retry_base_delay(mut self, t: Duration) -> Self {
        self.retry_base_delay = Some(t);
        self
    }
    /// Largest backoff delay (default 8 s).
    pub fn retry_max_delay(mut self, t: Duration) -> Self {
        self.retry_max_delay = Some(t);
        self
    }
    /// `Accept-Language` header (e.g. `zh-CN`, `en-US`).
    pub fn accept_language(mut self, lang: impl Into<String>) -> Self {
        self.accept_language = Some(lang.into());
        self
    }
    /// Appended to the `User-Agent` (e.g. `my-pos/1.2`).
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }
    /// Extra CA certificates (PEM), trusted in addition to the bundled roots.
    pub fn ca_cert_pem(mut self, pem: impl Into<String>) -> Self {
        self.ca_cert_pem = Some(pem.into());
        self
    }
    /// An HTTP proxy, `http://[user:pass@]host:port` (HTTPS goes through CONNECT).
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(url.into());
        self
    }
    /// Whether `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`/`NO_PROXY` (and lowercase
    /// forms) are read when no proxy is given (default true).
    pub fn proxy_from_env(mut self, on: bool) -> Self {
        self.proxy_from_env = Some(on);
        self
    }
    /// Whether attempt logs carry request and response bodies (default false).
    pub fn log_bodies(mut self, on: bool) -> Self {
        self.log_bodies = Some(on);
        self
    }
    /// A function called with every attempt's log record (in addition to the `log` crate).
    pub fn log_hook(mut self, hook: crate::attempt_log::LogHook) -> Self {
        self.log_hook = Some(hook);
        self
    }

    /// Checks and parses everything; a private key that does not parse fails here.
    pub fn build_config(self) -> Result<ClientConfig> {
        let api_key = self
            .api_key
            .ok_or_else(|| Error::InvalidConfig("api_key: is required".into()))?;
        if api_key.is_empty() || api_key.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(Error::InvalidConfig(
                "api_key: must be a non-empty key without spaces or control characters".into(),
            ));
        }
        if let Some(app) = &self.app_id {
            if app.is_empty() || app.chars().any(|c| c.is_control() || c == '/') {
                return Err(Error::InvalidConfig(
                    "app_id: must be a non-empty id without `/` or control characters".into(),
                ));
            }
        }
        let signer = match self.private_key_pem {
            Some(pem) => Some(RequestSigner::from_pem(&pem)?),
            None => None,
        };
        let api_base = self.api_base.unwrap_or_else(|| DEFAULT_API_BASE.to_string());
        let api_base = api_base.trim_end_matches('/').to_string();
        if !(api_base.starts_with("http://") || api_base.starts_with("https://"))
            || api_base.contains(['?', '#', ' '])
            || api_base.chars().any(char::is_control)
        {
            return Err(Error::InvalidConfig(format!(
                "api_base: must be an http(s) URL without query, got `{}`",
                crate::transport::redact_url(&api_base)
            )));
        }
        let timeout = ceil(self.timeout.unwrap_or(DEFAULT_TIMEOUT));
        let max_retries = self.max_retries.unwrap_or(DEFAULT_MAX_RETRIES);
        if max_retries > MAX_RETRIES_LIMIT {
            return Err(Error::InvalidConfig(format!(
                "max_retries: must be at most {MAX_RETRIES_LIMIT}"
            )));
        }
        if timeout.is_zero() {
            return Err(Error::InvalidConfig("timeout: must be greater than zero".into()));
        }
        if self.connect_timeout.is_some_and(|d| d.is_zero()) {
            return Err(Error::InvalidConfig(
                "connect_timeout: must be greater than zero".into(),
            ));
        }
        if self.deadline.is_some_and(|d| d.is_zero()) {
            return Err(Error::InvalidConfig("deadline: must be greater than zero".into()));
        }
        let deadline = ceil(
            self.deadline
                .unwrap_or_else(|| timeout.saturating_mul(max_retries.saturating_add(1))),
        );
        let accept_language = header_value("accept_language", self.accept_language)?;
        let user_agent_suffix = header_value("user_agent_suffix", self.user_agent_suffix)?;
        let ca_certs = match &self.ca_cert_pem {
            Some(pem) => crate::transport::parse_ca_certs(pem)?,
            None => Vec::new(),
        };
        let proxy = match &self.proxy {
            Some(url) => Some(crate::transport::parse_proxy(url, "proxy")?),
            None if self.proxy_from_env.unwrap_or(true) => crate::transport::proxy_from_env(&api_base)?,
            None => None,
        };
        Ok(ClientConfig {
            api_key,
            app_id: self.app_id,
            signer,
            api_base,
            connect_timeout: ceil(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT)).min(timeout),
            timeout,
            deadline,
            max_retries,
            retry_base_delay: ceil(self.retry_base_delay.unwrap_or(DEFAULT_RETRY_BASE_DELAY)),
            retry_max_delay: ceil(self.retry_max_delay.unwrap_or(DEFAULT_RETRY_MAX_DELAY)),
            accept_language,
            user_agent_suffix,
            ca_certs,
            proxy,
            log_bodies: self.log_bodies.unwrap_or(false),
            log_hook: self.log_hook,
        })
    }

    /// Builds the client.
    pub fn build(self) -> Result<crate::Client> {
        crate::Client::from_config(self.build_config()?)
    }
}
