//! HTTP over ureq: the [`Transport`] a client holds. Headers, signing of every
//! attempt, timeouts, TLS roots and proxy, the retry policy, one log record
//! per attempt, and the mapping of answers to values or errors.
//!
//! Retry policy (money is never moved twice):
//! - a failure that provably happened before the request left (refused
//!   connection, DNS, connect/TLS-handshake timeout, a proxy refusing CONNECT)
//!   is retried for every method;
//! - a failure after the request may have reached the API (dropped
//!   connection, read timeout, 5xx, HTML 502) is retried only for GET and for
//!   operations whose unique merchant number (`Operation::unique_param`) is in
//!   the body; any other non-GET then fails with `outcome_unknown`;
//! - when a retry with the unique number is refused as a repeat of that number,
//!   the existing object is looked up and returned (or `outcome_unknown`).
//! - TLS certificate errors are never retried.

use std::sync::RwLock;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::api::{Method, Operation};
use crate::attempt_log::{AttemptLog, LogHook};
use crate::config::{ClientConfig, ProxySetting};
use crate::error::{Error, OutcomeUnknown, Result};
use crate::util::unix_now;

mod classify;
mod lookup;
mod resolve;
mod setup;

pub(crate) use setup::{parse_ca_certs, parse_proxy, proxy_from_env, redact_url};

use classify::{classify_transport_error, read_response, Failure, Kind};

/// `User-Agent` sent by this SDK.
pub const USER_AGENT: &str = concat!("pingxx-rust/", env!("CARGO_PKG_VERSION"));

/// A successful answer: the JSON object, the HTTP status and the request id.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// The JSON object answered.
    pub body: Value,
    /// The HTTP status (2xx).
    pub status: u16,
    /// The request id the API gave (`Request-Id`/`X-Request-Id` header or body), if any.
    pub request_id: Option<String>,
}

/// One request to send: the operation it serves (if it came through the
/// table), the method, the path with query, and the JSON body.
#[derive(Clone, Copy)]
pub(crate) struct Request<'a> {
    pub(crate) op: Option<&'a Operation>,
    pub(crate) method: Method,
    pub(crate) path_and_query: &'a str,
    pub(crate) body: Option<&'a Value>,
}

/// The HTTP side of a client: configuration, one keep-alive agent, log hook.
pub(crate) struct Transport {
    pub(crate) config: ClientConfig,
    agent: ureq::Agent,
    /// Path prefix of `api_base` (e.g. `/prefix` for `http://host/prefix`), part of the signed target.
    base_path: String,
    hook: RwLock<Option<LogHook>>,
}

impl Transport {
    /// Makes the agent for a checked configuration.
    pub(crate) fn new(config: ClientConfig) -> Result<Transport> {
        let agent = setup::new_agent(&config);
        let after_scheme = config.api_base.split_once("://").map(|(_, r)| r).unwrap_or("");
        let base_path = after_scheme
            .find('/')
            .map(|i| after_scheme[i..].to_string())
            .unwrap_or_default();
        let hook = RwLock::new(config.log_hook.clone());
        Ok(Transport {
            config,
            agent,
            base_path,
            hook,
        })
    }

    /// Replaces the per-client log hook.
    pub(crate) fn set_log_hook(&self, hook: Option<LogHook>) {
        *self.hook.write().unwrap_or_else(|p| p.into_inner()) = hook;
    }

    /// The log hook in use.
    pub(crate) fn hook(&self) -> Option<LogHook> {
        self.hook.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Sends a request with the retry policy of the module documentation.
    pub(crate) fn send(&self, req: Request<'_>) -> Result<Response> {
        let cfg = &self.config;
        let p = req.path_and_query;
        if !p.starts_with('/') || p.contains(['#', ' ']) || p.chars().any(char::is_control) {
            return Err(Error::Validation(crate::ValidationErrors::new(vec![
                crate::FieldError {
                    field: "path".into(),
                    rule: crate::Rule::Pattern,
                    message: "path: must start with `/` and contain no spaces, control characters or `#`".into(),
                },
            ])));
        }
        let bytes = match (req.method.has_query(), req.body) {
            (false, Some(b)) => serde_json::to_vec(b).map_err(|e| Error::InvalidJson(e.to_string()))?,
            _ => Vec::new(),
        };
        let unique = unique_number(req);
        let may_repeat = req.method == Method::Get || unique.is_some();
        let hook = self.hook();
        let start = Instant::now();
        let mut attempt = 0u32;
        let mut maybe_took_effect = false;
        loop {
            attempt += 1;
            let remaining = cfg.deadline.saturating_sub(start.elapsed());
            if remaining.is_zero() {
                let err = Error::Timeout(format!(
                    "deadline of {} ms passed after {} attempts",
                    cfg.deadline.as_millis(),
                    attempt - 1
                ));
                return Err(self.outcome(req, maybe_took_effect, unique.as_ref(), err));
            }
            let began = Instant::now();
            let result = self.attempt(req, &bytes, cfg.timeout.min(remaining));
            let mut log = AttemptLog {
                operation: req.op.map(|o| o.name),
                method: req.method.as_str(),
                path: self.log_path(p),
                status: None,
                attempt,
                duration_ms: began.elapsed().as_millis().min(u64::MAX as u128) as u64,
                request_id: None,
                retry_reason: None,
                outcome: "ok",
                error_code: None,
                request_body: cfg.log_bodies.then(|| String::from_utf8_lossy(&bytes).into_owned()),
                response_body: None,
            };
            let failure = match result {
                Ok((resp, raw)) => {
                    log.status = Some(resp.status);
                    log.request_id = resp.request_id.clone();
                    log.response_body = cfg.log_bodies.then_some(raw);
                    log.emit(hook.as_ref());
                    return Ok(resp);
                }
                Err(f) => f,
            };
            log.status = failure.status;
            log.request_id = failure.error.request_id().map(str::to_string);
            log.error_code = Some(failure.error.code());
            log.response_body = if cfg.log_bodies { failure.raw.clone() } else { None };
            let ambiguous = failure.kind == Kind::Ambiguous;
            let earlier_ambiguous = maybe_took_effect;
            if ambiguous && req.method != Method::Get {
                maybe_took_effect = true;
            }
            let retryable = match failure.kind {
                Kind::NotSent => true,
                Kind::Ambiguous | Kind::Refused => may_repeat,
                Kind::Final => false,
            };
            let delay = backoff(cfg, attempt - 1);
            let retry = retryable && attempt <= cfg.max_retries && delay < cfg.deadline.saturating_sub(start.elapsed());
            if retry {
                log.outcome = "retry";
                log.retry_reason = Some(failure.reason);
                log.emit(hook.as_ref());
                std::thread::sleep(delay);
                continue;
            }
            log.outcome = "error";
            log.emit(hook.as_ref());
            if let (true, Some(u), Kind::Final) = (earlier_ambiguous, unique.as_ref(), failure.kind) {
                if lookup::is_repeat_of(&failure.error, u) {
                    return match lookup::find_existing(self, req, u) {
                        Some(found) => Ok(found),
                        None => Err(self.outcome(req, true, Some(u), failure.error)),
                    };
                }
            }
            return Err(self.outcome(req, maybe_took_effect, unique.as_ref(), failure.error));
        }
    }

    /// `err` as is, or wrapped in `outcome_unknown` when an attempt may have taken effect.
    fn outcome(
        &self,
        req: Request<'_>,
        maybe_took_effect: bool,
        unique: Option<&(String, String)>,
        err: Error,
    ) -> Error {
        if !maybe_took_effect || req.method == Method::Get {
            return err;
        }
        Error::OutcomeUnknown(Box::new(OutcomeUnknown {
            operation: req.op.map(|o| o.name.to_string()),
            method: req.method,
            path: req.path_and_query.split('?').next().unwrap_or("").to_string(),
            check_with: req.op.and_then(lookup::check_operation).map(str::to_string),
            unique: unique.cloned(),
            last: err,
        }))
    }

    /// The path for logs: the query only when bodies are logged.
    fn log_path(&self, p: &str) -> String {
        if self.config.log_bodies {
            p.to_string()
        } else {
            p.split('?').next().unwrap_or("").to_string()
        }
    }

    fn attempt(
        &self,
        req: Request<'_>,
        body: &[u8],
        timeout: Duration,
    ) -> std::result::Result<(Response, String), Failure> {
        let cfg = &self.config;
        let agent = &self.agent;
        let url = format!("{}{}", cfg.api_base, req.path_and_query);
        let target = format!("{}{}", self.base_path, req.path_and_query);
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
            headers.push(("Pingplusplus-Signature", signer.sign(body, &target, ts)));
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
        let result = match req.method {
            Method::Get => prepare(agent.get(&url), &headers, timeout).call(),
            Method::Delete => prepare(agent.delete(&url), &headers, timeout).call(),
            Method::Post => prepare(agent.post(&url), &headers, timeout).send(body),
            Method::Put => prepare(agent.put(&url), &headers, timeout).send(body),
        };
        let proxy = cfg.proxy.as_ref();
        match result {
            Ok(resp) => read_response(resp, req.method, proxy),
            Err(e) => Err(classify_transport_error(e, req.method, proxy)),
        }
    }
}

/// The unique merchant number of the request, as (field, value), when the
/// operation has one and the body carries it as a non-empty string.
fn unique_number(req: Request<'_>) -> Option<(String, String)> {
    let op = req.op?;
    let value = op.unique_value(req.body?)?;
    Some((op.unique_param?.to_string(), value.to_string()))
}

/// Exponential backoff with jitter: a random delay in [d/2, d], d = base·2^attempt, capped.
fn backoff(cfg: &ClientConfig, attempt: u32) -> Duration {
    let d = cfg
        .retry_base_delay
        .saturating_mul(1u32 << attempt.min(16))
        .min(cfg.retry_max_delay);
    let half = d / 2;
    half + half.mul_f64(fastrand::f64())
}

/// Names the proxy (never its credentials) in a connection error message.
fn via(proxy: Option<&ProxySetting>) -> String {
    match proxy {
        Some(p) => format!(" (via proxy {} from {})", p.name, p.source),
        None => String::new(),
    }
}

/// Keeps at most `max` bytes of an error body.
fn truncate(bytes: &[u8], max: usize) -> String {
    String::from_utf8_lossy(&bytes[..bytes.len().min(max)]).into_owned()
}
