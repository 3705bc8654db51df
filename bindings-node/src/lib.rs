//! Node bindings of pingxx: a thin napi-rs layer over the `pingxx` core.
//!
//! Values cross the boundary as JSON text: the JS wrapper (`index.js`) stringifies
//! params and parses results, and this crate parses and serialises off the JS
//! thread. Every error is thrown (or rejects) with the reason
//! `pingxx-error:` followed by the core's `Error::to_json()`, which the wrapper
//! turns into a `PingxxError`. No business rule lives here.

#![deny(missing_docs)]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use napi::bindgen_prelude::{Buffer, Either, Object};
use napi::{Env, Status};
use napi_derive::napi;
use serde_json::{json, Value};

/// Prefix of the reason of every error this module throws; JSON follows it.
const ERROR_PREFIX: &str = "pingxx-error:";

/// Code of a panic caught in native code (not one of the core's codes: a bug, never expected).
const PANIC_CODE: &str = "internal_error";

/// Number of worker threads that run network calls off the JS thread.
const WORKERS: usize = 16;

/// Turns a core error into a thrown JS error carrying its JSON.
fn to_napi(err: &pingxx::Error) -> napi::Error {
    napi::Error::new(Status::GenericFailure, format!("{ERROR_PREFIX}{}", err.to_json()))
}

/// The thrown JS error for a caught panic.
fn panic_error(payload: &(dyn std::any::Any + Send)) -> napi::Error {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    let body = json!({
        "code": PANIC_CODE,
        "message": format!("internal error in the native pingxx module: {what}"),
        "errors": [],
        "http_status": null,
        "request_id": null,
        "param": null,
    });
    napi::Error::new(Status::GenericFailure, format!("{ERROR_PREFIX}{body}"))
}

/// Runs `f`, turning a panic into an error instead of unwinding into Node.
fn guard<T>(f: impl FnOnce() -> napi::Result<T>) -> napi::Result<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|p| Err(panic_error(p.as_ref())))
}

/// Parses JSON text sent by the wrapper.
fn parse_json(text: &str) -> Result<Value, pingxx::Error> {
    serde_json::from_str(text).map_err(|e| pingxx::Error::InvalidJson(e.to_string()))
}

/// Bytes of a body given as a Buffer or a string.
fn body_bytes(body: &Either<Buffer, String>) -> &[u8] {
    match body {
        Either::A(b) => b.as_ref(),
        Either::B(s) => s.as_bytes(),
    }
}

type Job = Box<dyn FnOnce() + Send>;

/// A fixed pool of plain threads for blocking network calls, so that slow
/// requests never occupy libuv's small thread pool (file system, DNS).
struct Pool {
    tx: Mutex<Sender<Job>>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..WORKERS {
            let rx = Arc::clone(&rx);
            std::thread::Builder::new()
                .name(format!("pingxx-node-{i}"))
                .spawn(move || worker(&rx))
                .expect("spawning a pingxx worker thread");
        }
        Pool { tx: Mutex::new(tx) }
    })
}

fn worker(rx: &Mutex<Receiver<Job>>) {
    loop {
        let job = match rx.lock() {
            Ok(guard) => guard.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        match job {
            Ok(job) => {
                let _ = catch_unwind(AssertUnwindSafe(job));
            }
            Err(_) => return,
        }
    }
}

/// Runs `work` on the pool and returns a Promise of its JSON text.
fn spawn_promise<'env>(
    env: &'env Env,
    work: impl FnOnce() -> Result<String, napi::Error> + Send + 'static,
) -> napi::Result<Object<'env>> {
    type Resolver = Box<dyn FnOnce(Env) -> napi::Result<String>>;
    let (deferred, promise) = env.create_deferred::<String, Resolver>()?;
    let job: Job = Box::new(move || match catch_unwind(AssertUnwindSafe(work)) {
        Ok(Ok(text)) => deferred.resolve(Box::new(move |_| Ok(text))),
        Ok(Err(err)) => deferred.reject(err),
        Err(payload) => deferred.reject(panic_error(payload.as_ref())),
    });
    let tx = pool().tx.lock().unwrap_or_else(|p| p.into_inner());
    tx.send(job)
        .map_err(|_| napi::Error::new(Status::GenericFailure, "pingxx worker pool is gone"))?;
    Ok(promise)
}

/// Options of a client, as given to `new Client({...})`.
#[napi(object)]
pub struct ClientOptions {
    /// Secret API key, `sk_test_...` or `sk_live_...`.
    pub api_key: Option<String>,
    /// App id (`app_...`), used for `{app_id}` in paths when params omit it.
    pub app_id: Option<String>,
    /// Merchant RSA private key (PEM); every request is then signed.
    pub private_key: Option<String>,
    /// API base URL, e.g. an emulator's.
    pub api_base: Option<String>,
    /// Time allowed for one whole request, in milliseconds.
    pub timeout_ms: Option<f64>,
    /// Time allowed to connect, in milliseconds.
    pub connect_timeout_ms: Option<f64>,
    /// Total time for a call across every retry, in milliseconds.
    pub deadline_ms: Option<f64>,
    /// Retries after the first attempt.
    pub max_retries: Option<u32>,
    /// First backoff delay, in milliseconds.
    pub retry_base_delay_ms: Option<f64>,
    /// `Accept-Language` header.
    pub accept_language: Option<String>,
    /// Appended to the `User-Agent`.
    pub user_agent_suffix: Option<String>,
}

/// A duration option in milliseconds: finite and not negative.
fn millis(name: &str, value: Option<f64>) -> Result<Option<Duration>, pingxx::Error> {
    match value {
        None => Ok(None),
        Some(ms) if (0.0..=1e12).contains(&ms) => Ok(Some(Duration::from_secs_f64(ms / 1000.0))),
        Some(ms) => Err(pingxx::Error::InvalidConfig(format!(
            "{name} must be a finite number of milliseconds >= 0, got {ms}"
        ))),
    }
}

fn build_client(o: ClientOptions) -> Result<pingxx::Client, pingxx::Error> {
    let mut b = pingxx::Client::builder();
    if let Some(v) = o.api_key {
        b = b.api_key(v);
    }
    if let Some(v) = o.app_id {
        b = b.app_id(v);
    }
    if let Some(v) = o.private_key {
        b = b.private_key_pem(v);
    }
    if let Some(v) = o.api_base {
        b = b.api_base(v);
    }
    if let Some(v) = millis("timeoutMs", o.timeout_ms)? {
        b = b.timeout(v);
    }
    if let Some(v) = millis("connectTimeoutMs", o.connect_timeout_ms)? {
        b = b.connect_timeout(v);
    }
    if let Some(v) = millis("deadlineMs", o.deadline_ms)? {
        b = b.deadline(v);
    }
    if let Some(v) = millis("retryBaseDelayMs", o.retry_base_delay_ms)? {
        b = b.retry_base_delay(v);
    }
    if let Some(v) = o.max_retries {
        b = b.max_retries(v);
    }
    if let Some(v) = o.accept_language {
        b = b.accept_language(v);
    }
    if let Some(v) = o.user_agent_suffix {
        b = b.user_agent_suffix(v);
    }
    b.build()
}

/// The native client; `index.js` wraps it as `Client`.
#[napi]
pub struct NativeClient {
    inner: pingxx::Client,
}

#[napi]
impl NativeClient {
    /// Builds a client; a bad option throws `invalid_config` or `invalid_key`.
    #[napi(constructor)]
    pub fn new(options: ClientOptions) -> napi::Result<Self> {
        guard(|| {
            build_client(options)
                .map(|inner| NativeClient { inner })
                .map_err(|e| to_napi(&e))
        })
    }

    /// Calls an operation by name with params as JSON text; a Promise of the result's JSON text.
    #[napi(ts_return_type = "Promise<string>")]
    pub fn call<'env>(&self, env: &'env Env, operation: String, params_json: String) -> napi::Result<Object<'env>> {
        let client = self.inner.clone();
        spawn_promise(env, move || {
            let params = parse_json(&params_json).map_err(|e| to_napi(&e))?;
            let value = client.call(&operation, params).map_err(|e| to_napi(&e))?;
            Ok(value.to_string())
        })
    }

    /// Sends one raw request (`GET`, `/v1/orders?page=1`, body JSON text or null).
    #[napi(ts_return_type = "Promise<string>")]
    pub fn request<'env>(
        &self,
        env: &'env Env,
        method: String,
        path: String,
        body_json: Option<String>,
    ) -> napi::Result<Object<'env>> {
        let client = self.inner.clone();
        spawn_promise(env, move || {
            let m = pingxx::Method::parse(&method).ok_or_else(|| {
                to_napi(&pingxx::Error::InvalidConfig(format!(
                    "method must be GET, POST, PUT or DELETE, got `{method}`"
                )))
            })?;
            let body = body_json
                .as_deref()
                .map(parse_json)
                .transpose()
                .map_err(|e| to_napi(&e))?;
            let value = client.request(m, &path, body.as_ref()).map_err(|e| to_napi(&e))?;
            Ok(value.to_string())
        })
    }

    /// The configured app id, if any.
    #[napi(getter)]
    pub fn app_id(&self) -> Option<String> {
        self.inner.config().app_id().map(str::to_string)
    }

    /// The API base URL.
    #[napi(getter)]
    pub fn api_base(&self) -> String {
        self.inner.config().api_base().to_string()
    }

    /// True when requests are signed with a merchant private key.
    #[napi(getter)]
    pub fn signs_requests(&self) -> bool {
        self.inner.config().signs_requests()
    }
}

/// Verifies webhooks with the Ping++ public key, parsed once.
#[napi]
pub struct NativeWebhookVerifier {
    inner: pingxx::WebhookVerifier,
}

#[napi]
impl NativeWebhookVerifier {
    /// Parses the public key (PEM string, or DER/PEM bytes).
    #[napi(constructor)]
    pub fn new(public_key: Either<Buffer, String>) -> napi::Result<Self> {
        guard(|| {
            pingxx::WebhookVerifier::from_bytes(body_bytes(&public_key))
                .map(|inner| NativeWebhookVerifier { inner })
                .map_err(|e| to_napi(&e))
        })
    }

    /// Verifies the signature over the raw body and checks that the body is an
    /// event; the wrapper then parses the same bytes.
    #[napi]
    pub fn verify(&self, body: Either<Buffer, String>, signature: Option<String>) -> napi::Result<()> {
        guard(|| {
            self.inner
                .verify(body_bytes(&body), signature.as_deref().unwrap_or(""))
                .map(|_| ())
                .map_err(|e| to_napi(&e))
        })
    }
}

/// Signs requests with the merchant private key, parsed once.
#[napi]
pub struct NativeRequestSigner {
    inner: pingxx::RequestSigner,
}

#[napi]
impl NativeRequestSigner {
    /// Parses the private key (PKCS#1 or PKCS#8 PEM, or DER bytes).
    #[napi(constructor)]
    pub fn new(private_key: Either<Buffer, String>) -> napi::Result<Self> {
        guard(|| {
            pingxx::RequestSigner::from_bytes(body_bytes(&private_key))
                .map(|inner| NativeRequestSigner { inner })
                .map_err(|e| to_napi(&e))
        })
    }

    /// Base64 signature of `body ‖ requestTarget ‖ timestamp`.
    #[napi]
    pub fn sign(&self, body: Either<Buffer, String>, request_target: String, timestamp: i64) -> napi::Result<String> {
        guard(|| Ok(self.inner.sign(body_bytes(&body), &request_target, timestamp)))
    }

    /// The matching public key as SPKI PEM.
    #[napi]
    pub fn public_key_pem(&self) -> String {
        self.inner.public_key_pem()
    }
}

/// Signs webhook bodies the way Ping++ does (for tests and emulators).
#[napi]
pub struct NativeWebhookSigner {
    inner: pingxx::WebhookSigner,
}

#[napi]
impl NativeWebhookSigner {
    /// Parses the signing private key.
    #[napi(constructor)]
    pub fn new(private_key: String) -> napi::Result<Self> {
        guard(|| {
            pingxx::WebhookSigner::from_pem(&private_key)
                .map(|inner| NativeWebhookSigner { inner })
                .map_err(|e| to_napi(&e))
        })
    }

    /// Base64 signature over the raw body.
    #[napi]
    pub fn sign(&self, body: Either<Buffer, String>) -> napi::Result<String> {
        guard(|| Ok(self.inner.sign(body_bytes(&body))))
    }

    /// The public key that verifies these signatures, as SPKI PEM.
    #[napi]
    pub fn public_key_pem(&self) -> String {
        self.inner.public_key_pem()
    }
}

/// Validates params (JSON text) against an operation's rules, at `now` (unix
/// seconds) when given; returns the JSON text of `[{field, rule, message}]`.
#[napi]
pub fn validate_json(operation: String, params_json: String, now: Option<i64>) -> napi::Result<String> {
    guard(|| {
        let params = parse_json(&params_json).map_err(|e| to_napi(&e))?;
        let result = match now {
            Some(now) => pingxx::validate_at(&operation, &params, now),
            None => pingxx::validate(&operation, &params),
        };
        match result {
            Ok(()) => Ok("[]".to_string()),
            Err(pingxx::Error::Validation(errors)) => Ok(errors.to_json().to_string()),
            Err(e) => Err(to_napi(&e)),
        }
    })
}

/// The operation table as JSON text: one object per operation, in document order.
#[napi]
pub fn operations_json() -> String {
    let ops: Vec<Value> = pingxx::operations()
        .iter()
        .map(|op| {
            let (returns, kind) = match op.returns {
                pingxx::Returns::Object(k) => ("object", k),
                pingxx::Returns::List(k) => ("list", k),
            };
            json!({
                "name": op.name,
                "method": op.method.as_str(),
                "path": op.path,
                "pathParams": op.path_params,
                "pagination": op.pagination.as_str(),
                "returns": returns,
                "object": kind.object_name(),
                "kind": format!("{kind:?}"),
                "resource": op.resource(),
                "action": op.action(),
            })
        })
        .collect();
    Value::Array(ops).to_string()
}

/// Every error code the core can give, in a stable order.
#[napi]
pub fn error_codes() -> Vec<String> {
    pingxx::Error::CODES.iter().map(|c| c.to_string()).collect()
}

/// The core's version.
#[napi]
pub fn core_version() -> String {
    pingxx::VERSION.to_string()
}

/// The `User-Agent` the core sends.
#[napi]
pub fn user_agent() -> String {
    pingxx::USER_AGENT.to_string()
}

/// The value of `X-Pingplusplus-Signature` (any case) among header pairs.
#[napi]
pub fn signature_from_headers(pairs: Vec<Vec<String>>) -> Option<String> {
    pingxx::signature_from_headers(
        pairs
            .iter()
            .filter_map(|p| Some((p.first()?.as_str(), p.get(1)?.as_str()))),
    )
}

/// Panics in native code on purpose, synchronously or on a worker; proves a
/// panic becomes an error instead of aborting the process. For tests only.
#[napi(js_name = "__panicForTesting", ts_return_type = "Promise<string> | void")]
pub fn panic_for_testing<'env>(env: &'env Env, on_worker: bool) -> napi::Result<Option<Object<'env>>> {
    if on_worker {
        spawn_promise(env, || panic!("deliberate panic for testing")).map(Some)
    } else {
        guard(|| panic!("deliberate panic for testing"))
    }
}
