//! Local, stateful Ping++ API emulator.
//!
//! [`MockServer::start`] binds a loopback port and serves every operation of the
//! core operation table (`pingxx::operations()`) on background threads with
//! in-memory state, the way the real API answers: Ping++-shaped errors, the
//! same validation as the SDK, request-signature checking when given the
//! merchant public key, events, signed webhooks and injectable faults.
//!
//! ```no_run
//! let mock = pingxx_mock::MockServer::start(pingxx_mock::MockConfig::default())?;
//! let client = pingxx::Client::builder()
//!     .api_key("sk_test_example")
//!     .app_id("app_1Gqj58ynP0mHeX1q")
//!     .api_base(mock.base_url())
//!     .build()?;
//! let charge = client.call("charges.create", serde_json::json!({
//!     "order_no": "123456789", "app": {"id": "app_1Gqj58ynP0mHeX1q"}, "channel": "isv_scan",
//!     "amount": 100, "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b",
//! }))?;
//! assert_eq!(charge["paid"], true);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Control endpoints (no auth): `POST /_mock/reset`, `POST /_mock/charges/{id}/succeed`
//! and `/fail`, `POST /_mock/orders/{id}/expire`, `POST /_mock/withdrawals/{id}/succeed` and `/fail`,
//! `POST /_mock/deposits/{id}/succeed`, `POST /_mock/faults`,
//! `POST /_mock/funds_transfers/{id}/succeed` and `/fail`, `GET /_mock/settle_accounts/{id}/micro_deposit`,
//! `GET /_mock/public_key`, `GET /_mock/deliveries`, `GET /_mock/requests`; the API's
//! OpenAPI 3.1 document at `GET /_mock/openapi.json` and its reference page at `GET /_mock/docs`.
#![deny(missing_docs)]

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

mod docs;
mod faults;
mod http;
mod ids;
mod in_process;
mod params;
mod serve;
mod state;
mod store;
pub mod tls;
mod webhooks;

pub use faults::{Fault, FaultKind};
pub use in_process::InProcess;
pub use tls::{ServerCert, Tls};
pub use webhooks::Delivery;

/// Default of [`MockConfig::read_timeout`].
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How the emulator is started.
#[derive(Clone)]
pub struct MockConfig {
    /// Address to bind, `127.0.0.1` by default.
    pub host: String,
    /// Port to bind; 0 picks any free port.
    pub port: u16,
    /// When set, every API request must carry a valid `Pingplusplus-Signature`
    /// made with the matching merchant private key.
    pub merchant_public_key_pem: Option<String>,
    /// When set, each event is POSTed here as a signed webhook.
    pub webhook_url: Option<String>,
    /// The private key webhooks are signed with; when absent, an RSA 2048 key
    /// generated once per process.
    pub signing_key_pem: Option<String>,
    /// Serve HTTPS instead of HTTP.
    pub tls: Option<Tls>,
    /// Longest wait for a request head (or TLS handshake) and, separately, for
    /// a request body; a client that is slower is disconnected (the body case
    /// gets a 408 first). Kept-alive connections idle for this long are closed.
    pub read_timeout: Duration,
    /// Most objects stored; a create beyond it is a 400 `invalid_request_error`
    /// (`None`: no limit).
    pub max_objects: Option<usize>,
}

impl Default for MockConfig {
    fn default() -> Self {
        MockConfig {
            host: "127.0.0.1".into(),
            port: 0,
            merchant_public_key_pem: None,
            webhook_url: None,
            signing_key_pem: None,
            tls: None,
            read_timeout: DEFAULT_READ_TIMEOUT,
            max_objects: None,
        }
    }
}

impl fmt::Debug for MockConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field(
                "merchant_public_key_pem",
                &self.merchant_public_key_pem.as_ref().map(|_| "<set>"),
            )
            .field("webhook_url", &self.webhook_url)
            .field("signing_key_pem", &self.signing_key_pem.as_ref().map(|_| "<redacted>"))
            .field("tls", &self.tls)
            .field("read_timeout", &self.read_timeout)
            .field("max_objects", &self.max_objects)
            .finish()
    }
}

/// Why the emulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum MockError {
    /// The address could not be bound.
    #[error("cannot bind {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The background runtime could not be created.
    #[error("cannot start the server runtime: {0}")]
    Runtime(std::io::Error),
    /// A configured key is unusable (the message never contains key material).
    #[error("{which}: {message}")]
    InvalidKey {
        /// Which option: `merchant_public_key_pem` or `signing_key_pem`.
        which: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// The webhook URL is not an `http://` or `https://` URL.
    #[error("webhook_url: must start with http:// or https://")]
    InvalidWebhookUrl,
    /// The TLS certificate or key is unusable, or one could not be generated
    /// (the message never contains key material).
    #[error("tls: {0}")]
    Tls(String),
}

/// The emulator entry point.
#[derive(Debug)]
pub struct MockServer;

impl MockServer {
    /// Binds `config.host:config.port` and serves on background threads (its own
    /// tokio runtime) until the returned handle is dropped or shut down.
    pub fn start(config: MockConfig) -> Result<MockHandle, MockError> {
        let (tls_config, ca_cert_pem) = match &config.tls {
            Some(tls) => {
                let (server, ca) = tls::prepare(tls)?;
                (Some(server), ca)
            }
            None => (None, None),
        };
        let (shared, webhook_rx) = state::Shared::new(&config)?;
        let shared = Arc::new(shared);
        let addr_text = format!("{}:{}", config.host, config.port);
        let listener = std::net::TcpListener::bind(&addr_text).map_err(|source| MockError::Bind {
            addr: addr_text.clone(),
            source,
        })?;
        listener.set_nonblocking(true).map_err(MockError::Runtime)?;
        let addr = listener.local_addr().map_err(MockError::Runtime)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("pingxx-mock")
            .enable_all()
            .build()
            .map_err(MockError::Runtime)?;
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let listener = {
            let _guard = runtime.enter();
            tokio::net::TcpListener::from_std(listener).map_err(MockError::Runtime)?
        };
        let app = http::router(shared.clone());
        runtime.spawn(serve::run(listener, app, tls_config, config.read_timeout, rx));
        webhooks::start_worker(shared.clone(), webhook_rx);
        Ok(MockHandle {
            addr,
            tls: config.tls.is_some(),
            ca_cert_pem,
            shutdown: Some(tx),
            runtime: Some(runtime),
            shared,
        })
    }
}

/// A running emulator; stops when dropped.
pub struct MockHandle {
    addr: SocketAddr,
    tls: bool,
    ca_cert_pem: Option<String>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    runtime: Option<tokio::runtime::Runtime>,
    shared: Arc<state::Shared>,
}

impl fmt::Debug for MockHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockHandle")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

/// One API request the emulator received (control endpoints excluded).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct RequestRecord {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The request target as received, e.g. `/v1/charges?limit=3`.
    pub target: String,
    /// The operation it routed to, when it routed.
    pub operation: Option<String>,
    /// The HTTP status answered (0 when the connection was dropped before answering).
    pub status: u16,
    /// The `Request-Id` header answered (`iar_` + 24 alphanumerics).
    pub request_id: String,
}

impl MockHandle {
    /// `http://HOST:PORT` (`https://` with TLS), to use as the client's `api_base`.
    pub fn base_url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// The PEM of the throw-away CA that issued the server certificate, with
    /// [`Tls::Generated`]; a client trusts the emulator by adding it (`ca_cert`).
    pub fn ca_cert_pem(&self) -> Option<&str> {
        self.ca_cert_pem.as_deref()
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The SPKI PEM public key that verifies this emulator's webhooks.
    pub fn webhook_public_key_pem(&self) -> String {
        self.shared.webhook_signer.public_key_pem()
    }

    /// Every API request received since start or the last reset, oldest first.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.requests()
    }

    /// Every webhook delivery attempt so far, oldest first.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.deliveries()
    }

    /// Queues a fault for the next matching requests (same as `POST /_mock/faults`).
    pub fn inject_fault(&self, fault: Fault) {
        self.shared.faults.push(fault);
    }

    /// Clears all state, events, faults and the request log (same as `POST /_mock/reset`).
    pub fn reset(&self) {
        self.shared.reset();
    }

    /// Stops serving and waits (up to 2 s) for the background threads to end.
    pub fn shutdown(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        self.shared.stop_webhooks();
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_secs(2));
        }
    }
}

impl Drop for MockHandle {
    fn drop(&mut self) {
        self.stop();
    }
}
