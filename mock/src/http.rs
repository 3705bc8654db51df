//! The HTTP side: auth, request signatures, faults, params, routing through the
//! operation table, control endpoints under `/_mock/`.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use pingxx::WebhookVerifier;
use serde_json::{json, Value};

use crate::faults::{Fault, FaultKind};
use crate::ids;
use crate::params::{read_params, validate};
use crate::state::{unix_now, Shared};
use crate::store::{clean, ApiErr, Ctx};

/// Largest request body accepted.
const MAX_BODY: usize = 8 * 1024 * 1024;
/// Largest clock difference of a signed request, in seconds.
const MAX_CLOCK_SKEW: i64 = 300;

/// The anti-DDoS proxy page the real API sometimes answers with.
const ANTI_DDOS_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body bgcolor=\"white\">\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>anti-ddos</center>\r\n</body>\r\n</html>\r\n";

impl Shared {
    /// One API request: auth, signature, routing, params, validation, the store.
    fn process(
        &self,
        method: &str,
        target: &str,
        headers: &HeaderMap,
        body: &[u8],
    ) -> (Option<&'static str>, Result<Value, ApiErr>) {
        let livemode = match api_key_livemode(headers) {
            Ok(l) => l,
            Err(e) => return (None, Err(e)),
        };
        let now = unix_now();
        if let Some(key) = &self.merchant_key {
            if let Err(e) = check_signature(key, headers, target, body, now) {
                return (None, Err(e));
            }
        }
        let path = target.split('?').next().unwrap_or("");
        let route = pingxx::Method::parse(method).and_then(|m| pingxx::api::routing::route(m, path));
        let Some(route) = route else {
            return (
                None,
                Err(ApiErr::new(
                    404,
                    "invalid_request_error",
                    format!("Unrecognized request URL ({method}: {path})"),
                )),
            );
        };
        let op = route.operation;
        let params = match read_params(op, target, body, &route.params) {
            Ok(p) => p,
            Err(e) => return (Some(op.name), Err(e)),
        };
        let params = match validate(op, params, now) {
            Ok(p) => p,
            Err(e) => return (Some(op.name), Err(e)),
        };
        let ctx = Ctx { livemode, now };
        let result = self.with_store(|s| s.run(op, &params, ctx));
        (Some(op.name), result)
    }

    /// `/_mock/...` control endpoints.
    fn control(&self, method: &str, path: &str, body: &[u8]) -> Response {
        let segs: Vec<&str> = path.trim_matches('/').split('/').skip(1).collect();
        let ctx = Ctx {
            livemode: false,
            now: unix_now(),
        };
        let result: Result<Value, ApiErr> = match (method, segs.as_slice()) {
            ("POST", ["reset"]) => {
                self.reset();
                Ok(json!({"reset": true}))
            }
            ("POST", ["charges", id, action @ ("succeed" | "fail")]) => {
                self.with_store(|s| s.settle_charge(id, *action == "succeed", ctx))
            }
            ("POST", ["orders", id, "expire"]) => self.with_store(|s| s.expire_order(id, ctx)),
            ("POST", ["withdrawals", id, action @ ("succeed" | "fail")]) => {
                self.with_store(|s| s.settle_withdrawal(id, *action == "succeed", ctx))
            }
            ("POST", ["deposits", id, "succeed"]) => self.with_store(|s| s.succeed_deposit(id, ctx)),
            ("POST", ["transfers", id, action @ ("succeed" | "fail")]) => {
                self.with_store(|s| s.settle_transfer(id, *action == "succeed", ctx))
            }
            ("POST", ["funds_transfers", id, action @ ("succeed" | "fail")]) => {
                self.with_store(|s| s.settle_funds_transfer(id, *action == "succeed", ctx))
            }
            ("GET", ["settle_accounts", id, "micro_deposit"]) => self.with_store(|s| s.micro_deposit(id)),
            ("POST", ["red_envelopes", id, action @ ("receive" | "refund")]) => {
                self.with_store(|s| s.settle_red_envelope(id, *action == "receive", ctx))
            }
            ("POST", ["agreements", id, "sign"]) => self.with_store(|s| s.sign_agreement(id, ctx)),
            ("POST", ["coupons", id, "expire"]) => self.with_store(|s| s.expire_coupon(id)),
            ("POST", ["split_profits", id, action @ ("succeed" | "fail")]) => {
                self.with_store(|s| s.settle_split_profit(id, *action == "succeed", ctx))
            }
            ("POST", ["faults"]) => parse_faults(body).map(|faults| {
                let n = faults.len();
                for f in faults {
                    self.faults.push(f);
                }
                json!({"queued": n})
            }),
            ("DELETE", ["faults"]) => {
                self.faults.clear();
                Ok(json!({"cleared": true}))
            }
            ("GET", ["public_key"]) => {
                let mut resp = self.webhook_signer.public_key_pem().into_response();
                resp.headers_mut()
                    .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/x-pem-file"));
                return resp;
            }
            ("GET", ["deliveries"]) => Ok(json!({"object": "list", "data": self.deliveries()})),
            ("GET", ["requests"]) => Ok(json!({"object": "list", "data": self.requests()})),
            _ => Err(ApiErr::new(
                404,
                "invalid_request_error",
                format!("Unrecognized control URL ({method}: {path})"),
            )),
        };
        json_response(result)
    }
}

fn parse_faults(body: &[u8]) -> Result<Vec<Fault>, ApiErr> {
    let v: Value =
        serde_json::from_slice(body).map_err(|e| ApiErr::bad("kind", format!("faults: invalid JSON ({e})")))?;
    let items = match v {
        Value::Array(items) => items,
        one => vec![one],
    };
    items
        .into_iter()
        .map(|f| {
            serde_json::from_value::<Fault>(f).map_err(|e| {
                ApiErr::bad(
                    "kind",
                    format!("fault: {e}; kind is one of html_502, json_500, delay (with ms), drop_before, drop_after"),
                )
            })
        })
        .collect()
}

fn json_response(result: Result<Value, ApiErr>) -> Response {
    let (status, body) = match result {
        Ok(v) => (200, v),
        Err(e) => (e.status, e.body()),
    };
    let mut resp = (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        serde_json::to_string(&body).unwrap_or_default(),
    )
        .into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    resp
}

/// A response whose body fails at once: the server closes the connection
/// without a complete answer.
fn dropped_connection() -> Response {
    let stream = futures_util::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::other("connection dropped by an injected fault"))
    });
    Response::new(Body::from_stream(stream))
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim)
}

/// The API key's mode, from `Bearer sk_...` or `Basic base64(sk_...:)`.
fn api_key_livemode(headers: &HeaderMap) -> Result<bool, ApiErr> {
    let unauthorized = |m: &str| ApiErr::new(401, "authentication_error", m);
    let Some(auth) = header_str(headers, "authorization") else {
        return Err(unauthorized(
            "No API key provided: send `Authorization: Bearer sk_test_...` (or Basic with the key as user name)",
        ));
    };
    let (scheme, rest) = auth.split_once(' ').unwrap_or((auth, ""));
    let key = if scheme.eq_ignore_ascii_case("bearer") {
        rest.trim().to_string()
    } else if scheme.eq_ignore_ascii_case("basic") {
        let decoded = STANDARD
            .decode(rest.trim())
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| unauthorized("Invalid Basic authorization: not base64 of `sk_...:`"))?;
        decoded.split(':').next().unwrap_or("").to_string()
    } else {
        return Err(unauthorized("Unsupported authorization scheme: use Bearer or Basic"));
    };
    let mode = if let Some(rest) = key.strip_prefix("sk_test_") {
        Some((false, rest))
    } else {
        key.strip_prefix("sk_live_").map(|rest| (true, rest))
    };
    match mode {
        Some((live, rest)) if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric()) => Ok(live),
        _ => Err(unauthorized(
            "Invalid API key provided: expected a secret key of the form sk_test_... or sk_live_...",
        )),
    }
}

/// Verifies `Pingplusplus-Signature` over body ‖ raw target ‖ timestamp.
fn check_signature(
    key: &WebhookVerifier,
    headers: &HeaderMap,
    target: &str,
    body: &[u8],
    now: i64,
) -> Result<(), ApiErr> {
    let signature = header_str(headers, "pingplusplus-signature").filter(|s| !s.is_empty());
    let Some(signature) = signature else {
        return Err(ApiErr::new(
            401,
            "authentication_error",
            "Request signature is missing: the Pingplusplus-Signature header is required (request signing is enabled for this app)",
        ));
    };
    let Some(ts_text) = header_str(headers, "pingplusplus-request-timestamp").filter(|s| !s.is_empty()) else {
        return Err(ApiErr::new(
            401,
            "authentication_error",
            "Request timestamp is missing: the Pingplusplus-Request-Timestamp header is required with a signature",
        ));
    };
    let Ok(ts) = ts_text.parse::<i64>() else {
        return Err(ApiErr::new(
            400,
            "invalid_request_error",
            "Pingplusplus-Request-Timestamp must be unix seconds",
        ));
    };
    if (now - ts).abs() > MAX_CLOCK_SKEW {
        return Err(ApiErr::new(
            400,
            "invalid_request_error",
            format!("Request timestamp is more than {MAX_CLOCK_SKEW} seconds away from the server time ({} s); check the clock", now - ts),
        ));
    }
    let mut message = Vec::with_capacity(body.len() + target.len() + ts_text.len());
    message.extend_from_slice(body);
    message.extend_from_slice(target.as_bytes());
    message.extend_from_slice(ts_text.as_bytes());
    key.verify_signature(&message, signature).map_err(|_| {
        ApiErr::new(
            401,
            "authentication_error",
            "Request signature is invalid: it does not verify over the body, the request target and the timestamp with the merchant public key",
        )
    })
}

/// The official Node SDK (`pingpp` 2.x) writes its request on the socket's
/// `connect` event, which never fires again on a kept-alive socket (Node >= 19
/// keeps sockets alive by default): its requests are answered with
/// `Connection: close` so each one gets a fresh socket.
fn needs_fresh_socket(headers: &HeaderMap) -> bool {
    header_str(headers, "user-agent").is_some_and(|ua| ua.contains("NodeBindings"))
}

async fn handle(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let close = needs_fresh_socket(req.headers());
    let api = !req.uri().path().starts_with("/_mock/");
    // Every API answer carries a request id, as the real API's do.
    let rid = ids::alnum("iar_", 24);
    let mut resp = serve(shared, req, &rid).await;
    if api {
        if let Ok(v) = HeaderValue::from_str(&rid) {
            resp.headers_mut().insert("request-id", v);
        }
    }
    if close {
        resp.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    resp
}

async fn serve(shared: Arc<Shared>, req: Request, rid: &str) -> Response {
    let (parts, body) = req.into_parts();
    let method = parts.method.as_str().to_string();
    let target = parts
        .uri
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_else(|| parts.uri.path().to_string());
    let body = match tokio::time::timeout(shared.read_timeout, axum::body::to_bytes(body, MAX_BODY)).await {
        Ok(Ok(b)) => b,
        Ok(Err(_)) => {
            return json_response(Err(ApiErr::new(
                413,
                "invalid_request_error",
                format!("The request body is larger than {MAX_BODY} bytes or could not be read"),
            )))
        }
        Err(_) => {
            let mut resp = json_response(Err(ApiErr::new(
                408,
                "invalid_request_error",
                format!(
                    "The request body did not arrive within {} ms",
                    shared.read_timeout.as_millis()
                ),
            )));
            resp.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            return resp;
        }
    };
    if target.starts_with("/_mock/") {
        if method == "GET" {
            if let Some(resp) = crate::docs::serve(parts.uri.path()) {
                return resp;
            }
        }
        return shared.control(&method, parts.uri.path(), &body);
    }
    let mut drop_after = false;
    match shared.faults.take(&target) {
        Some(FaultKind::Html502) => {
            shared.record(rid, &method, &target, None, 502);
            let mut resp = (StatusCode::BAD_GATEWAY, ANTI_DDOS_PAGE).into_response();
            resp.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
            return resp;
        }
        Some(FaultKind::Json500) => {
            shared.record(rid, &method, &target, None, 500);
            return json_response(Err(ApiErr::new(
                500,
                "api_error",
                "An error occurred on the server (injected fault)",
            )));
        }
        Some(FaultKind::DropBefore) => {
            shared.record(rid, &method, &target, None, 0);
            return dropped_connection();
        }
        Some(FaultKind::Delay { ms }) => tokio::time::sleep(Duration::from_millis(ms)).await,
        Some(FaultKind::DropAfter) => drop_after = true,
        None => {}
    }
    let (operation, result) = shared.process(&method, &target, &parts.headers, &body);
    let status = match &result {
        Ok(_) => 200,
        Err(e) => e.status,
    };
    if drop_after {
        shared.record(rid, &method, &target, operation, 0);
        return dropped_connection();
    }
    shared.record(rid, &method, &target, operation, status);
    json_response(result.map(|v| clean(&v)))
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new().fallback(handle).with_state(shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn api_keys_set_livemode_and_bad_ones_are_401() {
        assert_eq!(
            api_key_livemode(&headers(&[("authorization", "Bearer sk_test_abc")])),
            Ok(false)
        );
        assert_eq!(
            api_key_livemode(&headers(&[("authorization", "bearer sk_live_abc")])),
            Ok(true)
        );
        let basic = format!("Basic {}", STANDARD.encode("sk_live_abc:"));
        assert_eq!(api_key_livemode(&headers(&[("authorization", &basic)])), Ok(true));
        for bad in ["Bearer sk_test_a-b", "Bearer rk_test_abc", "Basic !!", "Digest x"] {
            let e = api_key_livemode(&headers(&[("authorization", bad)])).unwrap_err();
            assert_eq!(e.status, 401, "{bad}");
            assert!(!e.message.contains("a-b"), "the key is not echoed");
        }
        assert_eq!(api_key_livemode(&HeaderMap::new()).unwrap_err().status, 401);
    }
}
