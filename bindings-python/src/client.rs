//! The native `Client` and `ListIterator`: options in as JSON, every network
//! call with the GIL released, results out as `PingxxObject`s.

use std::sync::Mutex;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyInt};
use serde_json::{Map, Value};

use crate::convert::{self, json_to_py, Failure};
use crate::errors::{to_pyerr, IntoPy};
use crate::params_to_json;

/// `pingxx._object.PingxxObject`, looked up once.
static OBJECT_CLASS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// A successful answer as a `PingxxObject`: the body's items, plus the
/// attributes `request_id` and `http_status`.
fn to_object<'py>(py: Python<'py>, response: &pingxx::Response) -> PyResult<Bound<'py, PyAny>> {
    let cls = OBJECT_CLASS.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("pingxx._object")?.getattr("PingxxObject")?.unbind())
    })?;
    let body = json_to_py(py, &response.body)?;
    let obj = cls.bind(py).call1((body,))?;
    obj.setattr("request_id", response.request_id.as_deref())?;
    obj.setattr("http_status", response.status)?;
    Ok(obj)
}

/// The JSON value of one option. Integers beyond 64 bits become floats, which
/// the core saturates (or refuses when negative); anything JSON cannot carry
/// is `invalid_config` naming the option.
fn option_value(name: &str, v: &Bound<'_, PyAny>) -> Result<Value, pingxx::Error> {
    if let Ok(i) = v.cast::<PyInt>() {
        if i.extract::<i64>().is_err() && i.extract::<u64>().is_err() {
            let negative = i.lt(0).unwrap_or(false);
            let magnitude = i.extract::<f64>().unwrap_or(f64::MAX).abs().min(f64::MAX);
            let x = if negative { -magnitude } else { magnitude };
            return Ok(serde_json::Number::from_f64(x)
                .map(Value::Number)
                .unwrap_or(Value::Null));
        }
    }
    convert::py_to_json(v).map_err(|e| match e.describe(name) {
        Failure::Value(m) | Failure::Type(m) => pingxx::Error::InvalidConfig(m),
        Failure::Python(e) => pingxx::Error::InvalidConfig(format!("{name}: cannot be read: {e}")),
    })
}

/// The keyword options as the JSON object `ClientOptions` reads.
fn options_json(options: Option<&Bound<'_, PyDict>>) -> Result<Value, pingxx::Error> {
    let mut map = Map::new();
    if let Some(options) = options {
        for (k, v) in options.iter() {
            let name: String = k
                .extract()
                .map_err(|_| pingxx::Error::InvalidConfig("option names must be str".into()))?;
            let value = option_value(&name, &v)?;
            map.insert(name, value);
        }
    }
    Ok(Value::Object(map))
}

/// The core client, rebuilt with fresh connections in a forked child.
struct ForkAware {
    pid: u32,
    generation: u64,
    client: pingxx::Client,
}

/// A Ping++ API client over the Rust core. Thread-safe; share one per process.
#[pyclass(module = "pingxx._native", frozen, name = "Client")]
pub struct PyClient {
    state: Mutex<ForkAware>,
}

impl PyClient {
    /// The core client for this process: after `fork()` the child gets a new
    /// connection pool instead of the parent's sockets.
    fn current(&self, py: Python<'_>) -> PyResult<pingxx::Client> {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let pid = std::process::id();
        if state.pid != pid {
            state.client = state.client.with_fresh_connections().py_err(py)?;
            state.client.set_log_hook(Some(crate::log::hook()));
            state.pid = pid;
            state.generation += 1;
        }
        Ok(state.client.clone())
    }
}

#[pymethods]
impl PyClient {
    /// Builds a client from keyword options, the names of `pingxx.client_options()`
    /// (`api_key`, `timeout_ms`, ...). An unknown option or a bad value raises
    /// `ConfigurationError` (`invalid_config`) naming the option, never its value.
    #[new]
    #[pyo3(signature = (**options))]
    fn new(py: Python<'_>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let client = options_json(options)
            .and_then(pingxx::ClientOptions::from_value)
            .and_then(pingxx::Client::from_options)
            .py_err(py)?;
        client.set_log_hook(Some(crate::log::hook()));
        Ok(PyClient {
            state: Mutex::new(ForkAware {
                pid: std::process::id(),
                generation: 0,
                client,
            }),
        })
    }

    /// Calls an operation by name (`orders.pay`, ...) with a params dict; the
    /// answer is a `PingxxObject` (a dict with `request_id` and `http_status`).
    #[pyo3(signature = (operation, params=None))]
    fn call<'py>(
        &self,
        py: Python<'py>,
        operation: &str,
        params: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let params = params_to_json(py, params)?;
        let client = self.current(py)?;
        let answer = crate::log::gated(py, || client.call_full(operation, params)).py_err(py)?;
        to_object(py, &answer)
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
        let body = params_to_json(py, body)?;
        let body = if body.is_null() { None } else { Some(body) };
        let client = self.current(py)?;
        let answer = crate::log::gated(py, || client.request_full(m, path, body.as_ref())).py_err(py)?;
        to_object(py, &answer)
    }

    /// An iterator over every item of a paginated list operation, fetching
    /// pages lazily (path parameters go in `params`).
    #[pyo3(signature = (operation, params=None))]
    fn list_auto(&self, py: Python<'_>, operation: &str, params: Option<&Bound<'_, PyAny>>) -> PyResult<PyListIter> {
        let params = params_to_json(py, params)?;
        let client = self.current(py)?;
        let iter = client.list_auto::<Value>(operation, params).py_err(py)?;
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
pub struct PyListIter {
    inner: Mutex<pingxx::api::ListIter<Value>>,
}

#[pymethods]
impl PyListIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let item = crate::log::gated(py, || self.inner.lock().unwrap_or_else(|p| p.into_inner()).next());
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
