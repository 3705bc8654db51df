//! Core errors as Python exceptions: the class is chosen in Python
//! (`pingxx._errors._from_core`) from the error's JSON form, so the fields
//! (`code`, `http_status`, `request_id`, `last_error`, ...) cross in one place.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

use crate::convert::json_to_py;

/// `pingxx._errors._from_core`, looked up once.
static FROM_CORE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Turns a core error into the matching Python exception.
pub fn to_pyerr(py: Python<'_>, err: &pingxx::Error) -> PyErr {
    match build_exception(py, err) {
        Ok(e) => e,
        Err(import_failure) => import_failure,
    }
}

fn build_exception(py: Python<'_>, err: &pingxx::Error) -> PyResult<PyErr> {
    let factory = FROM_CORE.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("pingxx._errors")?.getattr("_from_core")?.unbind())
    })?;
    let info = json_to_py(py, &err.to_json())?;
    let exc = factory.bind(py).call1((info,))?;
    Ok(PyErr::from_value(exc))
}

/// A core error result as a Python result.
pub trait IntoPy<T> {
    /// Maps the core error to its Python exception.
    fn py_err(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> IntoPy<T> for Result<T, pingxx::Error> {
    fn py_err(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| to_pyerr(py, &e))
    }
}
