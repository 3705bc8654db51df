//! The client: configuration plus one keep-alive HTTP agent, shared by clones.

use std::fmt;
use std::sync::Arc;

use crate::config::{ClientBuilder, ClientConfig};
use crate::error::Result;

/// A Ping++ API client. `Send + Sync`; clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) config: ClientConfig,
    pub(crate) agent: ureq::Agent,
    /// Path prefix of `api_base` (e.g. `/prefix` for `http://host/prefix`), part of the signed target.
    pub(crate) base_path: String,
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
        let agent = crate::transport::new_agent(&config);
        let after_scheme = config.api_base.split_once("://").map(|(_, r)| r).unwrap_or("");
        let base_path = after_scheme
            .find('/')
            .map(|i| after_scheme[i..].to_string())
            .unwrap_or_default();
        Ok(Client {
            inner: Arc::new(Inner {
                config,
                agent,
                base_path,
            }),
        })
    }

    /// The configuration (secrets are not readable through it).
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// A client with the same configuration and a fresh connection pool,
    /// for a child process after `fork()`.
    pub fn with_fresh_connections(&self) -> Result<Client> {
        Client::from_config(self.inner.config.clone())
    }
}
