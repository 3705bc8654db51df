//! The client: one [`Transport`] (configuration, keep-alive agent, log hook),
//! shared by clones.

use std::fmt;
use std::sync::Arc;

use serde_json::Value;

use crate::api::{find_operation, Method, Operation};
use crate::attempt_log::LogHook;
use crate::config::{ClientBuilder, ClientConfig};
use crate::error::{Error, Result};
use crate::options::ClientOptions;
use crate::transport::{Request, Response, Transport};

/// A Ping++ API client. `Send + Sync`; clones share one connection pool and log hook.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Transport>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client").field("config", &self.inner.config).finish()
    }
}

impl Client {
    /// Starts a builder: `Client::builder().api_key("sk_test_...").build()?`.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Makes a client from a checked configuration.
    pub fn from_config(config: ClientConfig) -> Result<Client> {
        Ok(Client {
            inner: Arc::new(Transport::new(config)?),
        })
    }

    /// Makes a client from [`ClientOptions`] (the JSON options every binding takes).
    pub fn from_options(options: ClientOptions) -> Result<Client> {
        options.into_builder().build()
    }

    /// The configuration (secrets are not readable through it).
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// A client with the same configuration and a fresh connection pool,
    /// for a child process after `fork()`.
    /// The log hook set now is kept.
    pub fn with_fresh_connections(&self) -> Result<Client> {
        let fresh = Client::from_config(self.inner.config.clone())?;
        fresh.set_log_hook(self.inner.hook());
        Ok(fresh)
    }

    /// Sets (or with `None` removes) the function called with every attempt's
    /// [`crate::AttemptLog`]; shared by clones of this client.
    pub fn set_log_hook(&self, hook: Option<LogHook>) {
        self.inner.set_log_hook(hook);
    }

    /// Like [`Client::call`], with the HTTP status and request id of the answer.
    pub fn call_full(&self, operation: &str, params: Value) -> Result<Response> {
        let op = find_operation(operation).ok_or_else(|| Error::UnknownOperation(operation.to_string()))?;
        self.call_operation_full(op, params)
    }

    /// Like [`Client::call_operation`], with the HTTP status and request id of the answer.
    pub fn call_operation_full(&self, op: &Operation, params: Value) -> Result<Response> {
        let (method, target, body) = self.prepare(op, params)?;
        self.call_prepared(op, method, &target, body.as_ref())
    }

    /// Sends a call already laid out by `prepare`: retries follow the operation.
    pub(crate) fn call_prepared(
        &self,
        op: &Operation,
        method: Method,
        path_and_query: &str,
        body: Option<&Value>,
    ) -> Result<Response> {
        self.inner.send(Request {
            op: Some(op),
            method,
            path_and_query,
            body,
        })
    }

    /// Sends one raw request and returns the JSON object answered.
    ///
    /// `path_and_query` starts with `/v1/...`; `body` is sent as JSON for POST
    /// and PUT. Every attempt is signed with a fresh timestamp when a private key
    /// is configured. Without an operation, a GET is retried after any
    /// transient failure, other methods only when the request provably never
    /// left; see the README's retry section.
    pub fn request(&self, method: Method, path_and_query: &str, body: Option<&Value>) -> Result<Value> {
        self.request_full(method, path_and_query, body).map(|r| r.body)
    }

    /// Like [`Client::request`], with the HTTP status and request id of the answer.
    pub fn request_full(&self, method: Method, path_and_query: &str, body: Option<&Value>) -> Result<Response> {
        self.inner.send(Request {
            op: None,
            method,
            path_and_query,
            body,
        })
    }
}
