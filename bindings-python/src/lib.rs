//! Python bindings of pingxx: the native module `pingxx._native`.
//!
//! A thin layer: Python values are converted to JSON values, the core is
//! called with the GIL released, and core errors become the exception classes
//! of `pingxx._errors` chosen by `pingxx::Error::code()`.

use std::sync::Mutex;
use std::time::Duration;

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyTuple};
use serde_json::Value;

/// `pingxx._errors._from_core`, looked up once.
static FROM_CORE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Turns a core error into the matching Python exception.
fn to_pyerr(py: Python<'_>, err: &pingxx::Error) -> PyErr {
    match build_exception(py, err) {
        Ok(e) => e,
        Err(import_failure) => import_failure,
    }
}

fn build_exception(py: Python<'_>, err: &pingxx::Error) -> PyResult<PyErr> {
    let factory = FROM_CORE.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("pingxx._errors")?.getattr("_from_core")?.unbind())
    })?;
    let errors = PyList::empty(py);
    if let Some(list) = err.validation_errors() {
        for fe in list.iter() {
            errors.append(field_error_dict(py, fe)?)?;
        }
    }
    let exc = factory.bind(py).call1((
        err.code(),
        err.to_string(),
        err.http_status(),
        err.request_id(),
        err.param(),
        errors,
    ))?;
    Ok(PyErr::from_value(exc))
}

fn field_error_dict<'py>(py: Python<'py>, fe: &pingxx::FieldError) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("field", &fe.field)?;
    d.set_item("rule", fe.rule.as_str())?;
    d.set_item("message", &fe.message)?;
    Ok(d)
}

/// Converts a Python params object (a mapping or `None`) to a JSON value.
fn params_to_json(params: Option<&Bound<'_, PyAny>>) -> PyResult<Value> {
    match params {
        None => Ok(Value::Null),
        Some(p) if p.is_none() => Ok(Value::Null),
        Some(p) => pythonize::depythonize::<Value>(p)
            .map_err(|e| PyTypeError::new_err(format!("params: cannot be converted to JSON: {e}"))),
    }
}

fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, value).map_err(|e| PyRuntimeError::new_err(format!("cannot convert the answer: {e}")))
}

/// A number of seconds given to the client, as a `Duration`.
fn seconds(name: &str, value: f64) -> Result<Duration, pingxx::Error> {
    Duration::try_from_secs_f64(value)
        .map_err(|_| pingxx::Error::InvalidConfig(format!("{name} must be a non-negative number of seconds")))
}

/// The core client, rebuilt with fresh connections in a forked child.
struct ForkAware {
    pid: u32,
    generation: u64,
    client: pingxx::Client,
}

/// A Ping++ API client over the Rust core. Thread-safe; share one per process.
#[pyclass(module = "pingxx._native", frozen, name = "Client")]
struct PyClient {
    state: Mutex<ForkAware>,
}

impl PyClient {
    /// The core client for this process: after `fork()` the child gets a new
    /// connection pool instead of the parent's sockets.
    fn current(&self, py: Python<'_>) -> PyResult<pingxx::Client> {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let pid = std::process::id();
        if state.pid != pid {
            state.client = state.client.with_fresh_connections().map_err(|e| to_pyerr(py, &e))?;
            state.pid = pid;
            state.generation += 1;
        }
        Ok(state.client.clone())
    }
}

#[pymethods]
impl PyClient {
    /// Builds a client; a bad key or configuration raises `ConfigurationError`.
    #[new]
    #[pyo3(signature = (api_key, app_id=None, private_key=None, api_base=None, timeout=80.0, max_retries=2, *,
        connect_timeout=None, deadline=None, retry_base_delay=None, accept_language=None, user_agent_suffix=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        api_key: String,
        app_id: Option<String>,
        private_key: Option<String>,
        api_base: Option<String>,
        timeout: f64,
        max_retries: i64,
        connect_timeout: Option<f64>,
        deadline: Option<f64>,
        retry_base_delay: Option<f64>,
        accept_language: Option<String>,
        user_agent_suffix: Option<String>,
    ) -> PyResult<Self> {
        let built = (|| -> Result<pingxx::Client, pingxx::Error> {
            let retries = u32::try_from(max_retries)
                .map_err(|_| pingxx::Error::InvalidConfig("max_retries must be a non-negative integer".into()))?;
            let mut b = pingxx::Client::builder()
                .api_key(api_key)
                .timeout(seconds("timeout", timeout)?)
                .max_retries(retries);
            if let Some(v) = app_id {
                b = b.app_id(v);
            }
            if let Some(v) = private_key {
                b = b.private_key_pem(v);
            }
            if let Some(v) = api_base {
                b = b.api_base(v);
            }
            if let Some(v) = connect_timeout {
                b = b.connect_timeout(seconds("connect_timeout", v)?);
            }
            if let Some(v) = deadline {
                b = b.deadline(seconds("deadline", v)?);
            }
            if let Some(v) = retry_base_delay {
                b = b.retry_base_delay(seconds("retry_base_delay", v)?);
            }
            if let Some(v) = accept_language {
                b = b.accept_language(v);
            }
            if let Some(v) = user_agent_suffix {
                b = b.user_agent_suffix(v);
            }
            b.build()
        })();
        let client = built.map_err(|e| to_pyerr(py, &e))?;
        Ok(PyClient {
            state: Mutex::new(ForkAware {
                pid: std::process::id(),
                generation: 0,
                client,
            }),
        })
    }

    /// Calls an operation by name (`orders.pay`, ...) with a params dict.
    #[pyo3(signature = (operation, params=None))]
    fn call<'py>(
        &self,
        py: Python<'py>,
        operation: &str,
        params: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let params = params_to_json(params)?;
        let client = self.current(py)?;
        let answer = py.detach(|| client.call(operation, params));
        match answer {
            Ok(v) => json_to_py(py, &v),
            Err(e) => Err(to_pyerr(py, &e)),
        }
    }

    /// Sends one raw request: `method` is GET/POST/PUT/DELETE, `path` starts with `/v1/`.
    #[pyo3(signature = (method, path, body=None))]
    fn request<'py>(
        &self,
        py: Python<'py>,
        method: &str,
        path: &str,
        body: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let m = pingxx::Method::parse(method).ok_or_else(|| {
            to_pyerr(
                py,
                &pingxx::Error::InvalidConfig(format!("method must be GET, POST, PUT or DELETE, got `{method}`")),
            )
        })?;
        let body = params_to_json(body)?;
        let body = if body.is_null() { None } else { Some(body) };
        let client = self.current(py)?;
        let answer = py.detach(|| client.request(m, path, body.as_ref()));
        match answer {
            Ok(v) => json_to_py(py, &v),
            Err(e) => Err(to_pyerr(py, &e)),
        }
    }

    /// An iterator over every item of a paginated list operation, fetching
    /// pages lazily (path parameters go in `params`).
    #[pyo3(signature = (operation, params=None))]
    fn list_auto(&self, py: Python<'_>, operation: &str, params: Option<&Bound<'_, PyAny>>) -> PyResult<PyListIter> {
        let params = params_to_json(params)?;
        let client = self.current(py)?;
        let iter = client
            .list_auto::<Value>(operation, params)
            .map_err(|e| to_pyerr(py, &e))?;
        Ok(PyListIter {
            inner: Mutex::new(iter),
        })
    }

    /// The configured app id, or `None`.
    #[getter]
    fn app_id(&self, py: Python<'_>) -> PyResult<Option<String>> {
        Ok(self.current(py)?.config().app_id().map(str::to_string))
    }

    /// The API base URL, without a trailing slash.
    #[getter]
    fn api_base(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.current(py)?.config().api_base().to_string())
    }

    /// True when every request is signed with a merchant private key.
    #[getter]
    fn signs_requests(&self, py: Python<'_>) -> PyResult<bool> {
        Ok(self.current(py)?.config().signs_requests())
    }

    /// How many times the connection pool was rebuilt after a `fork()` (0 in the parent).
    #[getter]
    fn _fork_generation(&self) -> u64 {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).generation
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let c = self.current(py)?;
        let cfg = c.config();
        let app_id = match cfg.app_id() {
            Some(a) => format!("'{a}'"),
            None => "None".to_string(),
        };
        Ok(format!(
            "Client(api_base='{}', app_id={app_id}, signs_requests={})",
            cfg.api_base(),
            if cfg.signs_requests() { "True" } else { "False" }
        ))
    }
}

/// The items of a list operation, page after page; each page is fetched with the GIL released.
#[pyclass(module = "pingxx._native", frozen, name = "ListIterator")]
struct PyListIter {
    inner: Mutex<pingxx::api::ListIter<Value>>,
}

#[pymethods]
impl PyListIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let item = py.detach(|| self.inner.lock().unwrap_or_else(|p| p.into_inner()).next());
        match item {
            None => Ok(None),
            Some(Ok(v)) => json_to_py(py, &v).map(Some),
            Some(Err(e)) => Err(to_pyerr(py, &e)),
        }
    }

    /// How many pages have been fetched so far.
    #[getter]
    fn pages_fetched(&self, py: Python<'_>) -> usize {
        py.detach(|| self.inner.lock().unwrap_or_else(|p| p.into_inner()).pages_fetched())
    }
}

/// Signs requests with a merchant RSA private key, parsed once.
#[pyclass(module = "pingxx._native", frozen, name = "RequestSigner")]
struct PyRequestSigner {
    inner: pingxx::RequestSigner,
}

#[pymethods]
impl PyRequestSigner {
    /// Parses the private key (PKCS#1 or PKCS#8 PEM); a bad key raises `ConfigurationError`.
    #[new]
    fn new(py: Python<'_>, private_key_pem: &str) -> PyResult<Self> {
        pingxx::RequestSigner::from_pem(private_key_pem)
            .map(|inner| PyRequestSigner { inner })
            .map_err(|e| to_pyerr(py, &e))
    }

    /// The base64 `Pingplusplus-Signature` of `body || request_target || timestamp`.
    fn sign(&self, py: Python<'_>, body: PyBackedBytes, request_target: &str, timestamp: i64) -> String {
        let body: &[u8] = &body;
        py.detach(|| self.inner.sign(body, request_target, timestamp))
    }

    /// The matching public key as SPKI PEM.
    fn public_key_pem(&self) -> String {
        self.inner.public_key_pem()
    }

    fn __repr__(&self) -> &'static str {
        "RequestSigner(<private key>)"
    }
}

/// Verifies webhooks with the Ping++ public key, parsed once. Fails closed.
#[pyclass(module = "pingxx._native", frozen, name = "WebhookVerifier")]
struct PyWebhookVerifier {
    inner: pingxx::WebhookVerifier,
}

#[pymethods]
impl PyWebhookVerifier {
    /// Parses the Ping++ public key (SPKI or PKCS#1 PEM); a bad key raises `ConfigurationError`.
    #[new]
    fn new(py: Python<'_>, public_key_pem: &str) -> PyResult<Self> {
        pingxx::WebhookVerifier::from_pem(public_key_pem)
            .map(|inner| PyWebhookVerifier { inner })
            .map_err(|e| to_pyerr(py, &e))
    }

    /// Checks the signature over the raw body and returns the event as a dict.
    fn verify<'py>(&self, py: Python<'py>, body: PyBackedBytes, signature: &str) -> PyResult<Bound<'py, PyAny>> {
        let raw: &[u8] = &body;
        let checked = py.detach(|| self.inner.verify(raw, signature));
        match checked {
            Ok(event) => pythonize::pythonize(py, &event)
                .map_err(|e| PyRuntimeError::new_err(format!("cannot convert the event: {e}"))),
            Err(e) => Err(to_pyerr(py, &e)),
        }
    }

    fn __repr__(&self) -> &'static str {
        "WebhookVerifier(<public key>)"
    }
}

/// Signs webhook bodies the way Ping++ does (for tests and emulators).
#[pyclass(module = "pingxx._native", frozen, name = "WebhookSigner")]
struct PyWebhookSigner {
    inner: pingxx::WebhookSigner,
}

#[pymethods]
impl PyWebhookSigner {
    /// Parses the private key; a bad key raises `ConfigurationError`.
    #[new]
    fn new(py: Python<'_>, private_key_pem: &str) -> PyResult<Self> {
        pingxx::WebhookSigner::from_pem(private_key_pem)
            .map(|inner| PyWebhookSigner { inner })
            .map_err(|e| to_pyerr(py, &e))
    }

    /// The base64 `X-Pingplusplus-Signature` of the body.
    fn sign(&self, py: Python<'_>, body: PyBackedBytes) -> String {
        let raw: &[u8] = &body;
        py.detach(|| self.inner.sign(raw))
    }

    /// The public key a `WebhookVerifier` needs, as SPKI PEM.
    fn public_key_pem(&self) -> String {
        self.inner.public_key_pem()
    }

    fn __repr__(&self) -> &'static str {
        "WebhookSigner(<private key>)"
    }
}

/// Every operation of the table as dicts: name, method, path, path_params,
/// pagination, resource, action, returns, returns_list.
#[pyfunction]
fn operations(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let out = PyList::empty(py);
    for op in pingxx::operations() {
        let d = PyDict::new(py);
        d.set_item("name", op.name)?;
        d.set_item("method", op.method.as_str())?;
        d.set_item("path", op.path)?;
        d.set_item("path_params", PyTuple::new(py, op.path_params)?)?;
        d.set_item("pagination", op.pagination.as_str())?;
        d.set_item("resource", op.resource())?;
        d.set_item("action", op.action())?;
        let (kind, is_list) = match op.returns {
            pingxx::Returns::Object(k) => (k, false),
            pingxx::Returns::List(k) => (k, true),
        };
        d.set_item("returns", kind.object_name())?;
        d.set_item("returns_list", is_list)?;
        out.append(d)?;
    }
    Ok(out)
}

/// Validates params for an operation: the list of field errors, empty when valid.
/// `now` (Unix seconds) replaces the clock for time rules.
#[pyfunction]
#[pyo3(signature = (operation, params=None, now=None))]
fn validate<'py>(
    py: Python<'py>,
    operation: &str,
    params: Option<&Bound<'py, PyAny>>,
    now: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let params = params_to_json(params)?;
    let result = match now {
        Some(t) => pingxx::validate_at(operation, &params, t),
        None => pingxx::validate(operation, &params),
    };
    let out = PyList::empty(py);
    match result {
        Ok(()) => Ok(out),
        Err(pingxx::Error::Validation(errors)) => {
            for fe in errors.iter() {
                out.append(field_error_dict(py, fe)?)?;
            }
            Ok(out)
        }
        Err(e) => Err(to_pyerr(py, &e)),
    }
}

/// The webhook signature from a headers mapping (or pairs), any header case; `None` when absent.
#[pyfunction]
fn signature_from_headers(headers: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    let items = if headers.hasattr("items")? {
        headers.call_method0("items")?
    } else {
        headers.clone()
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    for item in items.try_iter()? {
        let (k, v): (String, String) = item?
            .extract()
            .map_err(|_| PyTypeError::new_err("headers: must be a mapping or pairs of str"))?;
        pairs.push((k, v));
    }
    Ok(pingxx::signature_from_headers(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    ))
}

/// Benchmark hook: seconds taken by `n` core `RequestSigner::sign` calls run in
/// Rust (no Python per call), to measure the binding overhead against.
#[pyfunction]
fn _bench_core_sign(
    py: Python<'_>,
    private_key_pem: &str,
    body: PyBackedBytes,
    request_target: &str,
    timestamp: i64,
    n: u32,
) -> PyResult<f64> {
    let signer = pingxx::RequestSigner::from_pem(private_key_pem).map_err(|e| to_pyerr(py, &e))?;
    let raw: &[u8] = &body;
    Ok(py.detach(|| {
        let start = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(signer.sign(std::hint::black_box(raw), request_target, timestamp));
        }
        start.elapsed().as_secs_f64()
    }))
}

/// Benchmark hook: seconds taken by `n` core `WebhookVerifier::verify` calls run in Rust.
#[pyfunction]
fn _bench_core_verify(
    py: Python<'_>,
    public_key_pem: &str,
    body: PyBackedBytes,
    signature: &str,
    n: u32,
) -> PyResult<f64> {
    let verifier = pingxx::WebhookVerifier::from_pem(public_key_pem).map_err(|e| to_pyerr(py, &e))?;
    let raw: &[u8] = &body;
    let elapsed = py.detach(|| {
        let start = std::time::Instant::now();
        for _ in 0..n {
            verifier.verify(std::hint::black_box(raw), signature)?;
        }
        Ok::<f64, pingxx::Error>(start.elapsed().as_secs_f64())
    });
    elapsed.map_err(|e| to_pyerr(py, &e))
}

/// The error codes the core can raise, in a stable order.
#[pyfunction]
fn error_codes() -> Vec<&'static str> {
    pingxx::Error::CODES.to_vec()
}

/// The native module `pingxx._native`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", pingxx::VERSION)?;
    m.add("USER_AGENT", pingxx::USER_AGENT)?;
    m.add("SIGNATURE_HEADER", pingxx::SIGNATURE_HEADER)?;
    m.add("CRYPTO_BACKEND", pingxx::backend_name())?;
    m.add_class::<PyClient>()?;
    m.add_class::<PyListIter>()?;
    m.add_class::<PyRequestSigner>()?;
    m.add_class::<PyWebhookVerifier>()?;
    m.add_class::<PyWebhookSigner>()?;
    m.add_function(wrap_pyfunction!(operations, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(signature_from_headers, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(_bench_core_sign, m)?)?;
    m.add_function(wrap_pyfunction!(_bench_core_verify, m)?)?;
    Ok(())
}
