//! `NativeClient`: the core client behind the JS `Client`. Calls run on the
//! worker pool and settle a Promise of a [`NativeResponse`].

use napi::bindgen_prelude::{Object, Unknown};
use napi::Env;
use napi_derive::napi;
use serde_json::Value;

use crate::errors::{guard, to_napi};
use crate::options;
use crate::pool::spawn_promise;

/// A successful answer: the JSON text of the object, the HTTP status and the
/// request id the API gave (`null` when it gave none).
#[napi(object)]
pub struct NativeResponse {
    /// The JSON text of the object answered.
    pub body: String,
    /// The HTTP status (2xx).
    pub status: u32,
    /// The `Request-Id` of the answer, if any.
    pub request_id: Option<String>,
}

impl From<pingxx::Response> for NativeResponse {
    fn from(r: pingxx::Response) -> Self {
        NativeResponse {
            body: r.body.to_string(),
            status: u32::from(r.status),
            request_id: r.request_id,
        }
    }
}

/// Parses JSON text sent by the wrapper.
pub(crate) fn parse_json(text: &str) -> Result<Value, pingxx::Error> {
    serde_json::from_str(text).map_err(|e| pingxx::Error::InvalidJson(e.to_string()))
}

/// The native client; the JS wrapper exposes it as `Client`.
#[napi]
pub struct NativeClient {
    inner: pingxx::Client,
}

#[napi]
impl NativeClient {
    /// Builds a client from the options object (camelCase keys, see the
    /// `options` module); a bad option throws `invalid_config` or `invalid_key`.
    #[napi(constructor)]
    pub fn new(options: Unknown<'_>) -> napi::Result<Self> {
        guard(|| {
            let read = options::read(options)?;
            let inner = pingxx::Client::from_options(read.options)
                .map_err(|e| to_napi(&options::node_names(e, &Default::default())))?;
            if read.log_hook.is_some() {
                inner.set_log_hook(read.log_hook);
            }
            Ok(NativeClient { inner })
        })
    }

    /// Calls an operation by name with params as JSON text.
    #[napi(ts_return_type = "Promise<NativeResponse>")]
    pub fn call<'env>(&self, env: &'env Env, operation: String, params_json: String) -> napi::Result<Object<'env>> {
        let client = self.inner.clone();
        spawn_promise(env, move || {
            let params = parse_json(&params_json).map_err(|e| to_napi(&e))?;
            let response = client.call_full(&operation, params).map_err(|e| to_napi(&e))?;
            Ok(NativeResponse::from(response))
        })
    }

    /// Sends one raw request (`GET`, `/v1/orders?page=1`, body JSON text or null).
    #[napi(ts_return_type = "Promise<NativeResponse>")]
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
            let response = client.request_full(m, &path, body.as_ref()).map_err(|e| to_napi(&e))?;
            Ok(NativeResponse::from(response))
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
