//! HTTP over ureq: headers, signing of every attempt, timeouts, retries and
//! the mapping of answers to values or errors.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::api::Method;
use crate::client::Client;
use crate::config::ClientConfig;
use crate::error::{ApiError, Error, Result};
use crate::util::unix_now;
use crate::validate::{FieldError, Rule, ValidationErrors};

/// `User-Agent` sent by this SDK.
pub const USER_AGENT: &str = concat!("pingxx-rust/", env!("CARGO_PKG_VERSION"));

/// Largest response body read.
const MAX_BODY: u64 = 16 * 1024 * 1024;
/// Largest raw body kept in an `ApiError`.
const MAX_RAW_ERROR_BODY: usize = 64 * 1024;

pub(crate) fn new_agent(config: &ClientConfig) -> ureq::Agent {
    let builder = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(config.connect_timeout))
        .timeout_global(Some(config.timeout))
        .max_redirects(0)
        .user_agent(match &config.user_agent_suffix {
            Some(s) => format!("{USER_AGENT} {s}"),
            None => USER_AGENT.to_string(),
        });
    #[cfg(feature = "aws-lc")]
    let builder = builder.tls_config(
        ureq::tls::TlsConfig::builder()
            .provider(ureq::tls::TlsProvider::Rustls)
            .unversioned_rustls_crypto_provider(std::sync::Arc::new(rustls::crypto::aws_lc_rs::default_provider()))
            .build(),
    );
    builder.build().new_agent()
}

/// What one attempt gave.
enum Attempt {
    Done(Result<Value>),
    /// Failed in a way that is safe to retry whatever the request was.
    RetrySafe(Error),
    /// Failed after the request may have been processed: retry only idempotent requests.
    RetryIfIdempotent(Error),
}

/// True when a retry cannot move money twice: a GET, or a body carrying a
/// merchant unique number the API rejects when repeated.
fn is_idempotent(method: Method, body: Option<&Value>) -> bool {
    if method == Method::Get {
        return true;
    }
    let has = |k: &str| {
        body.and_then(|b| b.get(k))
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
    };
    has("order_no") || has("merchant_order_no")
}

impl Client {
    /// Sends one request and returns the JSON object answered.
    ///
    /// `path_and_query` starts with `/v1/...`; `body` is sent as JSON for POST
    /// and PUT. Every attempt is signed with a fresh timestamp when a private key
    /// is configured. Retries follow the policy in the README.
    pub fn request(&self, method: Method, path_and_query: &str, body: Option<&Value>) -> Result<Value> {
        let cfg = &self.inner.config;
        if !path_and_query.starts_with('/') || path_and_query.contains(['#', '\r', '\n', ' ']) {
            return Err(Error::Validation(ValidationErrors::new(vec![FieldError {
                field: "path".into(),
                rule: Rule::Pattern,
                message: "path: must start with `/` and contain no spaces, line breaks or `#`".into(),
            }])));
        }
        let bytes = match (method.has_query(), body) {
            (false, Some(b)) => serde_json::to_vec(b).map_err(|e| Error::InvalidJson(e.to_string()))?,
            _ => Vec::new(),
        };
        let target = format!("{}{}", self.inner.base_path, path_and_query);
        let url = format!("{}{}", cfg.api_base, path_and_query);
        let idempotent = is_idempotent(method, body);
        let start = Instant::now();
        let mut attempt = 0u32;
        loop {
            let remaining = cfg.deadline.saturating_sub(start.elapsed());
            if remaining.is_zero() {
                return Err(Error::Timeout(format!(
                    "deadline of {:?} passed after {attempt} attempts",
                    cfg.deadline
                )));
            }
            let outcome = self.attempt(method, &url, &target, &bytes, cfg.timeout.min(remaining));
            let err = match outcome {
                Attempt::Done(r) => return r,
                Attempt::RetrySafe(e) => e,
                Attempt::RetryIfIdempotent(e) if idempotent => e,
                Attempt::RetryIfIdempotent(e) => return Err(e),
            };
            if attempt >= cfg.max_retries {
                return Err(err);
            }
            let delay = backoff(cfg, attempt);
            if delay >= cfg.deadline.saturating_sub(start.elapsed()) {
                return Err(err);
            }
            std::thread::sleep(delay);
            attempt += 1;
        }
    }

    fn attempt(&self, method: Method, url: &str, target: &str, body: &[u8], timeout: Duration) -> Attempt {
        let cfg = &self.inner.config;
        let agent = &self.inner.agent;
        let mut headers: Vec<(&str, String)> = vec![
            ("Authorization", format!("Bearer {}", cfg.api_key)),
            ("Accept", "application/json".into()),
            ("Content-Type", "application/json; charset=UTF-8".into()),
        ];
        if let Some(lang) = &cfg.accept_language {
            headers.push(("Accept-Language", lang.clone()));
        }
        if let Some(signer) = &cfg.signer {
            let ts = unix_now();
            headers.push(("Pingplusplus-Request-Timestamp", ts.to_string()));
            headers.push(("Pingplusplus-Signature", signer.sign(body, target, ts)));
        }
        fn prepare<B>(
            mut rb: ureq::RequestBuilder<B>,
            headers: &[(&str, String)],
            timeout: Duration,
        ) -> ureq::RequestBuilder<B> {
            for (k, v) in headers {
                rb = rb.header(*k, v.as_str());
            }
            rb.config().timeout_global(Some(timeout)).build()
        }
        let result = match method {
            Method::Get => prepare(agent.get(url), &headers, timeout).call(),
            Method::Delete => prepare(agent.delete(url), &headers, timeout).call(),
            Method::Post => prepare(agent.post(url), &headers, timeout).send(body),
            Method::Put => prepare(agent.put(url), &headers, timeout).send(body),
        };
        match result {
            Ok(resp) => read_response(resp),
            Err(e) => classify_transport_error(e),
        }
    }
}

/// Exponential backoff with full jitter: a random delay in [d/2, d], d = base·2^attempt, capped.
fn backoff(cfg: &ClientConfig, attempt: u32) -> Duration {
    let d = cfg
        .retry_base_delay
        .saturating_mul(1u32 << attempt.min(16))
        .min(cfg.retry_max_delay);
    let half = d / 2;
    half + half.mul_f64(fastrand::f64())
}

fn classify_transport_error(e: ureq::Error) -> Attempt {
    use ureq::Timeout as T;
    match e {
        ureq::Error::ConnectionFailed | ureq::Error::HostNotFound => {
            Attempt::RetrySafe(Error::Connection(format!("could not connect: {e}")))
        }
        ureq::Error::Timeout(T::Connect | T::Resolve) => {
            Attempt::RetrySafe(Error::Timeout(format!("connecting timed out ({e})")))
        }
        ureq::Error::Timeout(_) => Attempt::RetryIfIdempotent(Error::Timeout(format!("request timed out ({e})"))),
        ureq::Error::Io(io) => Attempt::RetryIfIdempotent(Error::Connection(format!("connection broke: {io}"))),
        ureq::Error::Protocol(p) => Attempt::RetryIfIdempotent(Error::Connection(format!("HTTP protocol error: {p}"))),
        other => Attempt::Done(Err(Error::Connection(other.to_string()))),
    }
}

fn request_id(headers: &ureq::http::HeaderMap) -> Option<String> {
    ["x-request-id", "request-id", "x-pingpp-request-id"]
        .iter()
        .find_map(|h| headers.get(*h))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

fn read_response(mut resp: ureq::http::Response<ureq::Body>) -> Attempt {
    let status = resp.status().as_u16();
    let rid = request_id(resp.headers());
    let bytes = match resp.body_mut().with_config().limit(MAX_BODY).read_to_vec() {
        Ok(b) => b,
        Err(ureq::Error::BodyExceedsLimit(n)) => {
            return Attempt::Done(Err(Error::InvalidResponse {
                status,
                message: format!("body larger than {n} bytes"),
            }))
        }
        Err(e) => return classify_transport_error(e),
    };
    if (200..300).contains(&status) {
        return Attempt::Done(parse_success(status, &bytes));
    }
    let parsed: Option<Value> = serde_json::from_slice(&bytes).ok();
    let err = parsed.as_ref().and_then(|v| v.get("error")).filter(|e| e.is_object());
    let text = |k: &str| err.and_then(|e| e.get(k)).and_then(Value::as_str).map(str::to_string);
    let raw = String::from_utf8_lossy(&bytes[..bytes.len().min(MAX_RAW_ERROR_BODY)]).into_owned();
    let api = ApiError {
        status,
        error_type: text("type"),
        code: text("code"),
        param: text("param"),
        message: text("message").unwrap_or_else(|| {
            if err.is_none() && !bytes.is_empty() {
                format!("HTTP {status} with a body that is not a Ping++ error")
            } else {
                format!("HTTP {status}")
            }
        }),
        request_id: rid.or_else(|| text("request_id")),
        raw_body: raw,
    };
    let is_json_error = err.is_some();
    let e = api.into_error();
    match status {
        // The anti-DDoS proxy's HTML page: the request never reached the API.
        502 if !is_json_error => Attempt::RetrySafe(e),
        429 | 500..=599 => Attempt::RetryIfIdempotent(e),
        _ => Attempt::Done(Err(e)),
    }
}

fn parse_success(status: u16, bytes: &[u8]) -> Result<Value> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::InvalidResponse {
            status,
            message: "body is empty".into(),
        });
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(Value::Null) => Err(Error::InvalidResponse {
            status,
            message: "body is `null`".into(),
        }),
        Ok(_) => Err(Error::InvalidResponse {
            status,
            message: "body is JSON but not an object".into(),
        }),
        Err(e) => Err(Error::InvalidResponse {
            status,
            message: format!("body is not JSON ({e})"),
        }),
    }
}
