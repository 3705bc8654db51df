//! The emulator's request handler without a socket, for fuzzing and for
//! tests that want no network at all.

use std::sync::Arc;

use axum::body::Body;
use axum::Router;
use tower_service::Service;

use crate::{http, state, MockConfig, MockError};

/// The emulator's real handler (auth, signatures, faults, params, validation,
/// state) fed one raw request at a time on the calling thread.
///
/// ```
/// let mock = pingxx_mock::InProcess::new(pingxx_mock::MockConfig::default())?;
/// let (status, body) = mock.handle("GET", "/v1/orders/x", &[("authorization", "Bearer sk_test_x")], b"");
/// assert_eq!(status, 404);
/// assert!(String::from_utf8_lossy(&body).contains("No such order"));
/// # Ok::<(), pingxx_mock::MockError>(())
/// ```
pub struct InProcess {
    runtime: tokio::runtime::Runtime,
    app: Router,
    shared: Arc<state::Shared>,
}

impl std::fmt::Debug for InProcess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InProcess").finish_non_exhaustive()
    }
}

impl InProcess {
    /// A handler with `config`'s keys and limits (`host`, `port`, `tls` and
    /// `webhook_url` are not used: nothing is bound and no webhook is sent).
    pub fn new(config: MockConfig) -> Result<Self, MockError> {
        let config = MockConfig {
            webhook_url: None,
            ..config
        };
        let (shared, _webhooks) = state::Shared::new(&config)?;
        let shared = Arc::new(shared);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map_err(MockError::Runtime)?;
        Ok(InProcess {
            runtime,
            app: http::router(shared.clone()),
            shared,
        })
    }

    /// Handles one request: the status and body answered. A method, target or
    /// header the HTTP layer itself would refuse is a 400 with an empty body;
    /// a connection the emulator drops (an injected fault) gives what was
    /// answered before the drop.
    pub fn handle(&self, method: &str, target: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, Vec<u8>) {
        let mut builder = axum::http::Request::builder().method(method).uri(target);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        let Ok(request) = builder.body(Body::from(body.to_vec())) else {
            return (400, Vec::new());
        };
        let mut app = self.app.clone();
        self.runtime.block_on(async move {
            let resp = match app.call(request).await {
                Ok(resp) => resp,
                Err(never) => match never {},
            };
            let status = resp.status().as_u16();
            let body = axum::body::to_bytes(resp.into_body(), usize::MAX)
                .await
                .map(|b| b.to_vec())
                .unwrap_or_default();
            (status, body)
        })
    }

    /// Clears all state (same as `POST /_mock/reset`).
    pub fn reset(&self) {
        self.shared.reset();
    }
}
