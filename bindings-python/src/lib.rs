//! Python bindings of pingxx: the native module `pingxx._native`.
//!
//! A thin layer: Python values are converted to JSON values, the core is
//! called with the GIL released, and core errors become the exception classes
//! of `pingxx._errors` chosen by `pingxx::Error::code()`.

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use pyo3::types::PyList;
use serde_json::Value;

mod client;
mod convert;
mod errors;
mod log;

use convert::json_to_py;
use errors::to_pyerr;

/// Converts a Python params object (a mapping or `None`) to a JSON value.
/// A value JSON cannot carry (nested deeper than [`convert::MAX_DEPTH`], a
/// number out of range) raises `ValidationError` (`invalid_json`) naming where;
/// a type with no JSON form raises `TypeError`.
fn params_to_json(py: Python<'_>, params: Option<&Bound<'_, PyAny>>) -> PyResult<Value> {
    match params {
        None => Ok(Value::Null),
        Some(p) if p.is_none() => Ok(Value::Null),
        Some(p) => convert::py_to_json(p).map_err(|e| match e.describe("params") {
            convert::Failure::Value(m) => to_pyerr(py, &pingxx::Error::InvalidJson(m)),
            convert::Failure::Type(m) => PyTypeError::new_err(m),
            convert::Failure::Python(e) => e,
        }),
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
            Ok(event) => {
                let value = serde_json::to_value(&event)
                    .map_err(|e| PyRuntimeError::new_err(format!("cannot convert the event: {e}")))?;
                json_to_py(py, &value)
            }
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

/// Every operation of the table, as `pingxx::operations_json()` describes them
/// (Contract 4: name, resource, action, method, path, path_params, pagination,
/// returns, unique_param, app_param, defaults, params schema, hooks, summary).
#[pyfunction]
fn operations(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let value: Value = serde_json::from_str(&pingxx::operations_json())
        .map_err(|e| PyRuntimeError::new_err(format!("core operations: {e}")))?;
    let ops = value
        .get("operations")
        .ok_or_else(|| PyRuntimeError::new_err("core operations: no `operations` array"))?;
    json_to_py(py, ops)
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
    let params = params_to_json(py, params)?;
    let result = match now {
        Some(t) => pingxx::validate_at(operation, &params, t),
        None => pingxx::validate(operation, &params),
    };
    match result {
        Ok(()) => Ok(PyList::empty(py)),
        Err(pingxx::Error::Validation(errors)) => Ok(json_to_py(py, &errors.to_json())?.cast_into::<PyList>()?),
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

/// The error catalogue: `[{"code", "number", "summary"}, ...]`, every code the
/// SDK can report, in number order (`pingxx::error_codes_json`).
#[pyfunction]
fn error_codes(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    catalogue(py, &pingxx::error_codes_json())
}

/// Every client option: `[{"name", "type", "required", "secret", "default", "doc"}, ...]`
/// (`pingxx::client_options_json`), the keyword names `Client` takes.
#[pyfunction]
fn client_options(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    catalogue(py, &pingxx::client_options_json())
}

/// A JSON list exported by the core, as Python objects.
fn catalogue<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    let value: Value =
        serde_json::from_str(json).map_err(|e| PyRuntimeError::new_err(format!("core catalogue: {e}")))?;
    json_to_py(py, &value)
}

/// The native module `pingxx._native`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", pingxx::VERSION)?;
    m.add("USER_AGENT", pingxx::USER_AGENT)?;
    m.add("SIGNATURE_HEADER", pingxx::SIGNATURE_HEADER)?;
    m.add("CRYPTO_BACKEND", pingxx::backend_name())?;
    m.add_class::<client::PyClient>()?;
    m.add_class::<client::PyListIter>()?;
    m.add_class::<PyRequestSigner>()?;
    m.add_class::<PyWebhookVerifier>()?;
    m.add_class::<PyWebhookSigner>()?;
    m.add_function(wrap_pyfunction!(operations, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(signature_from_headers, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(client_options, m)?)?;
    m.add_function(wrap_pyfunction!(_bench_core_sign, m)?)?;
    m.add_function(wrap_pyfunction!(_bench_core_verify, m)?)?;
    Ok(())
}
