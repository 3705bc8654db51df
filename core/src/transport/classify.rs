//! What one attempt gave: a response, or a failure classified by whether the
//! request may have reached the API.

use serde_json::Value;

use super::{truncate, via, Response};
use crate::api::Method;
use crate::config::ProxySetting;
use crate::error::{ApiError, Error};

/// Largest response body read.
const MAX_BODY: u64 = 16 * 1024 * 1024;
/// Largest raw body kept in an `ApiError` or a log record.
const MAX_RAW_ERROR_BODY: usize = 64 * 1024;

/// Whether a failed attempt may have had an effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The request provably never left: safe to retry whatever it is.
    NotSent,
    /// The API answered that it did not process the request (429): retry when repeats are safe.
    Refused,
    /// The request may have been processed: retry only GET or with a unique number.
    Ambiguous,
    /// A definite answer or an error a retry cannot fix.
    Final,
}

/// A failed attempt.
pub(crate) struct Failure {
    pub(crate) kind: Kind,
    /// Short reason for logs: `connect_failed`, `html_502`, `status_5xx`, ...
    pub(crate) reason: &'static str,
    pub(crate) error: Error,
    pub(crate) status: Option<u16>,
    /// The response body, when one came.
    pub(crate) raw: Option<String>,
}

fn fail(kind: Kind, reason: &'static str, error: Error) -> Failure {
    Failure {
        kind,
        reason,
        error,
        status: None,
        raw: None,
    }
}

/// Classifies an error of ureq (no answer was read).
pub(crate) fn classify_transport_error(e: ureq::Error, method: Method, proxy: Option<&ProxySetting>) -> Failure {
    use std::io::ErrorKind as Io;
    use ureq::Timeout as T;
    let via = via(proxy);
    match e {
        ureq::Error::ConnectionFailed => fail(
            Kind::NotSent,
            "connect_failed",
            Error::Connection(format!("could not connect{via}")),
        ),
        ureq::Error::HostNotFound => fail(
            Kind::NotSent,
            "dns_failed",
            Error::Connection(format!("host not found{via}")),
        ),
        ureq::Error::Timeout(t @ (T::Connect | T::Resolve)) => fail(
            Kind::NotSent,
            "connect_timeout",
            Error::Timeout(format!("connecting timed out ({t}){via}")),
        ),
        ureq::Error::ConnectProxyFailed(why) => fail(
            Kind::NotSent,
            "proxy_refused",
            Error::Connection(format!("the proxy refused the connection: {}{via}", clean(&why))),
        ),
        ureq::Error::Io(io)
            if matches!(
                io.kind(),
                Io::ConnectionRefused | Io::AddrNotAvailable | Io::NetworkUnreachable | Io::HostUnreachable
            ) =>
        {
            fail(
                Kind::NotSent,
                "connect_failed",
                Error::Connection(format!("could not connect: {io}{via}")),
            )
        }
        ureq::Error::Io(io) => match tls_error(&io) {
            Some(TlsFailure::Certificate(why)) => fail(
                Kind::Final,
                "tls_certificate",
                Error::Connection(format!(
                    "TLS: the server certificate was refused ({why}); not retried{via}"
                )),
            ),
            Some(TlsFailure::Handshake(why)) => fail(
                Kind::NotSent,
                "tls_handshake",
                Error::Connection(format!("TLS handshake failed ({why}){via}")),
            ),
            Some(TlsFailure::Other(why)) => fail(
                Kind::Ambiguous,
                "tls_error",
                Error::Connection(format!("TLS error: {why}{via}")),
            ),
            None => fail(
                Kind::Ambiguous,
                "connection_dropped",
                Error::Connection(format!("connection broke: {io}{via}")),
            ),
        },
        ureq::Error::Tls(why) => fail(Kind::Final, "tls_config", Error::Connection(format!("TLS: {why}{via}"))),
        ureq::Error::Timeout(t) => fail(
            Kind::Ambiguous,
            "read_timeout",
            Error::Timeout(format!("request timed out ({t}){via}")),
        ),
        ureq::Error::Protocol(p) => fail(
            Kind::Ambiguous,
            "protocol_error",
            Error::Connection(format!("HTTP protocol error: {p}{via}")),
        ),
        // Not known to be retry-safe: a non-GET is reported as outcome unknown.
        other => fail(
            if method == Method::Get {
                Kind::Final
            } else {
                Kind::Ambiguous
            },
            "other",
            Error::Connection(format!("{other}{via}")),
        ),
    }
}

/// Keeps a proxy's answer short and free of control characters.
fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(200).collect()
}

enum TlsFailure {
    /// The certificate was not trusted, expired, for another name, ...
    Certificate(String),
    /// The handshake failed (incompatible peer, handshake alert): nothing was sent.
    Handshake(String),
    /// Any other TLS error, which may come after the request was sent.
    Other(String),
}

/// The rustls error inside an I/O error, if any.
fn tls_error(io: &std::io::Error) -> Option<TlsFailure> {
    use rustls::AlertDescription as A;
    let inner = io.get_ref()?.downcast_ref::<rustls::Error>()?;
    Some(match inner {
        rustls::Error::InvalidCertificate(c) => TlsFailure::Certificate(format!("{c:?}")),
        rustls::Error::NoCertificatesPresented | rustls::Error::UnsupportedNameType => {
            TlsFailure::Certificate(inner.to_string())
        }
        rustls::Error::PeerIncompatible(_)
        | rustls::Error::AlertReceived(
            A::HandshakeFailure | A::ProtocolVersion | A::InsufficientSecurity | A::UnrecognisedName,
        ) => TlsFailure::Handshake(inner.to_string()),
        other => TlsFailure::Other(other.to_string()),
    })
}

fn request_id(headers: &ureq::http::HeaderMap) -> Option<String> {
    ["request-id", "x-request-id", "x-pingpp-request-id"]
        .iter()
        .find_map(|h| headers.get(*h))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// Reads an answer: a success, or an API error classified by status.
pub(crate) fn read_response(
    mut resp: ureq::http::Response<ureq::Body>,
    method: Method,
    proxy: Option<&ProxySetting>,
) -> Result<(Response, String), Failure> {
    let status = resp.status().as_u16();
    let rid = request_id(resp.headers());
    // A success with a body we cannot read took effect on the API's side.
    let unreadable = if method == Method::Get {
        Kind::Final
    } else {
        Kind::Ambiguous
    };
    let bytes = match resp.body_mut().with_config().limit(MAX_BODY).read_to_vec() {
        Ok(b) => b,
        Err(ureq::Error::BodyExceedsLimit(n)) => {
            let mut f = fail(
                unreadable,
                "body_too_large",
                Error::InvalidResponse {
                    status,
                    message: format!("body larger than {n} bytes"),
                },
            );
            f.status = Some(status);
            return Err(f);
        }
        Err(e) => {
            let mut f = classify_transport_error(e, method, proxy);
            if f.kind == Kind::NotSent {
                f.kind = Kind::Ambiguous;
            }
            f.status = Some(status);
            return Err(f);
        }
    };
    let raw = truncate(&bytes, MAX_RAW_ERROR_BODY);
    if (200..300).contains(&status) {
        return match parse_success(status, &bytes) {
            Ok(body) => Ok((
                Response {
                    request_id: rid.or_else(|| body.get("request_id").and_then(Value::as_str).map(str::to_string)),
                    body,
                    status,
                },
                raw,
            )),
            Err(e) => Err(Failure {
                kind: unreadable,
                reason: "invalid_body",
                error: e,
                status: Some(status),
                raw: Some(raw),
            }),
        };
    }
    let parsed: Option<Value> = serde_json::from_slice(&bytes).ok();
    let err = parsed.as_ref().and_then(|v| v.get("error")).filter(|e| e.is_object());
    let text = |k: &str| err.and_then(|e| e.get(k)).and_then(Value::as_str).map(str::to_string);
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
        raw_body: raw.clone(),
    };
    let is_json_error = err.is_some();
    let (kind, reason) = match status {
        // A proxy's HTML page: its upstream may have processed the request.
        502 if !is_json_error => (Kind::Ambiguous, "html_502"),
        500..=599 => (Kind::Ambiguous, "status_5xx"),
        429 => (Kind::Refused, "rate_limited"),
        _ => (Kind::Final, "status_4xx"),
    };
    Err(Failure {
        kind,
        reason,
        error: api.into_error(),
        status: Some(status),
        raw: Some(raw),
    })
}

fn parse_success(status: u16, bytes: &[u8]) -> Result<Value, Error> {
    let invalid = |message: String| Error::InvalidResponse { status, message };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(invalid("body is empty".into()));
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(Value::Null) => Err(invalid("body is `null`".into())),
        Ok(_) => Err(invalid("body is JSON but not an object".into())),
        Err(e) => Err(invalid(format!("body is not JSON ({e})"))),
    }
}
