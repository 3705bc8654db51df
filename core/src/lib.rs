//! # pingxx
//!
//! A Rust core for the Ping++ payment API (api.pingxx.com): request signing,
//! client-side validation, webhook verification and a synchronous HTTP client.
//! The C ABI, the Python and the Node packages are thin layers over this crate.
//!
//! ```no_run
//! let client = pingxx::Client::builder()
//!     .api_key("sk_test_...")
//!     .app_id("app_...")
//!     .build()?;
//! let order = client.call("orders.retrieve", serde_json::json!({"order_id": "2011611170000002011"}))?;
//! # Ok::<(), pingxx::Error>(())
//! ```
#![deny(missing_docs)]

pub mod api;
mod attempt_log;
mod client;
pub mod config;
mod crypto;
pub mod error;
mod keys;
pub mod models;
mod openapi;
pub mod options;
pub mod query;
pub mod signing;
mod transport;
mod util;
pub mod validate;
pub mod violation;
pub mod webhook;

pub use api::{find_operation, operations, AppParam, Method, Operation, Pagination, Returns};
pub use api::{operations_json, validate, validate_at};
pub use attempt_log::{AttemptLog, LogHook};
pub use client::Client;
pub use config::{ClientBuilder, ClientConfig};
pub use crypto::backend_name;
pub use error::{error_codes_json, ApiError, Error, ErrorCode, OutcomeUnknown, Result};
pub use keys::MIN_RSA_BITS;
pub use models::Event;
pub use openapi::openapi_json;
pub use options::{client_options_json, ClientOptions};
pub use signing::RequestSigner;
pub use transport::{Response, USER_AGENT};
pub use violation::{FieldError, Rule, ValidationErrors};
pub use webhook::{signature_from_headers, WebhookSigner, WebhookVerifier, SIGNATURE_HEADER};

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
