//! The per-client log hook: each attempt record of the core goes to
//! `pingxx._logging._emit`, which logs it on the standard `logging` logger
//! `pingxx` with the record's fields as attributes.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

use crate::convert::json_to_py;

/// `pingxx._logging._emit`, looked up once.
static EMIT: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The hook every Python client installs. It runs on the thread making the
/// call (which has released the GIL), takes the GIL for the time of one
/// `logging` call, and never panics: a failure in Python is reported as
/// unraisable, and during interpreter shutdown the record is dropped.
pub fn hook() -> pingxx::LogHook {
    Arc::new(|record: &pingxx::AttemptLog| {
        let _ = Python::try_attach(|py| {
            if let Err(e) = emit(py, record) {
                e.write_unraisable(py, None);
            }
        });
    })
}

fn emit(py: Python<'_>, record: &pingxx::AttemptLog) -> PyResult<()> {
    let emit = EMIT.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("pingxx._logging")?.getattr("_emit")?.unbind())
    })?;
    let fields = json_to_py(py, &record.to_json())?;
    emit.bind(py).call1((fields,))?;
    Ok(())
}
