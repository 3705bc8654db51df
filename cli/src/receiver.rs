//! A small blocking HTTP receiver for webhooks (used by `webhook listen` and `demo`).

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::thread::JoinHandle;

use pingxx::{Event, WebhookVerifier};

use crate::error::{CliError, EXIT_INPUT};

/// One webhook delivery, judged.
#[derive(Debug)]
pub struct Delivery {
    /// The request path.
    pub path: String,
    /// The verified event, or why it was rejected.
    pub outcome: Result<Event, pingxx::Error>,
}

/// A bound webhook receiver; serves on its own thread once started.
pub struct Receiver {
    server: Arc<tiny_http::Server>,
    addr: SocketAddr,
    thread: Option<JoinHandle<()>>,
}

impl Receiver {
    /// Binds `host:port` (port 0 picks a free one).
    pub fn bind(host: &str, port: u16) -> Result<Receiver, CliError> {
        let server = tiny_http::Server::http((host, port)).map_err(|e| {
            CliError::new(
                EXIT_INPUT,
                "bind_failed",
                format!("cannot listen on {host}:{port}: {e}"),
            )
        })?;
        let addr = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| CliError::new(EXIT_INPUT, "bind_failed", "receiver is not bound to an IP address"))?;
        Ok(Receiver {
            server: Arc::new(server),
            addr,
            thread: None,
        })
    }

    /// `http://HOST:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Verifies every POST with the verifier once it is set (rejecting until then),
    /// answers 200 (verified) or 400 (rejected), and hands each delivery to
    /// `on_delivery`, on a background thread that stops when the receiver drops.
    pub fn start<F>(&mut self, verifier: Arc<OnceLock<WebhookVerifier>>, mut on_delivery: F)
    where
        F: FnMut(Delivery) + Send + 'static,
    {
        let server = Arc::clone(&self.server);
        self.thread = Some(std::thread::spawn(move || {
            for request in server.incoming_requests() {
                handle(request, verifier.get(), &mut on_delivery);
            }
        }));
    }

    /// Serves on the calling thread until `on_delivery` returns false.
    pub fn serve_blocking<F>(&self, verifier: &WebhookVerifier, mut on_delivery: F)
    where
        F: FnMut(Delivery) -> bool,
    {
        for request in self.server.incoming_requests() {
            let mut keep_going = true;
            handle(request, Some(verifier), &mut |d| keep_going = on_delivery(d));
            if !keep_going {
                break;
            }
        }
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn handle(mut request: tiny_http::Request, verifier: Option<&WebhookVerifier>, on_delivery: &mut dyn FnMut(Delivery)) {
    if *request.method() != tiny_http::Method::Post {
        respond(request, 405, r#"{"error":"POST webhooks here"}"#);
        return;
    }
    let path = request.url().to_string();
    let mut body = Vec::new();
    if let Err(e) = std::io::Read::read_to_end(request.as_reader(), &mut body) {
        respond(request, 400, r#"{"error":"unreadable body"}"#);
        on_delivery(Delivery {
            path,
            outcome: Err(pingxx::Error::InvalidEvent(format!("unreadable body: {e}"))),
        });
        return;
    }
    let headers = request
        .headers()
        .iter()
        .map(|h| (h.field.as_str().as_str().to_string(), h.value.as_str().to_string()));
    let outcome = match verifier {
        Some(v) => v.verify_headers(headers, &body),
        None => Err(pingxx::Error::SignatureInvalid(
            "no public key to verify with yet".into(),
        )),
    };
    match &outcome {
        Ok(_) => respond(request, 200, r#"{"received":true}"#),
        Err(e) => {
            let answer = serde_json::json!({"error": e.code(), "message": e.to_string()}).to_string();
            respond(request, 400, &answer)
        }
    }
    on_delivery(Delivery { path, outcome });
}

fn respond(request: tiny_http::Request, status: u16, body: &str) {
    let header = tiny_http::Header::from_bytes("Content-Type", "application/json").expect("static header is valid");
    let response = tiny_http::Response::from_string(body)
        .with_status_code(status)
        .with_header(header);
    let _ = request.respond(response);
}
