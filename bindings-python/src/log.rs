//! The per-client log hook: each attempt record of the core goes to
//! `pingxx._logging._emit`, which logs it on the standard `logging` logger
//! `pingxx` with the record's fields as attributes.

use std::cell::Cell;
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

use crate::convert::json_to_py;

/// `pingxx._logging._emit`, looked up once.
static EMIT: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// `pingxx._logging._gate`, looked up once.
static GATE_FN: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Gate bit: `INFO` records (successful attempts) are wanted.
const INFO: u8 = 1;
/// Gate bit: `WARNING` records (retried or failed attempts) are wanted.
const WARNING: u8 = 2;

thread_local! {
    /// Which records the call running on this thread wants (both when unknown).
    static GATE: Cell<u8> = const { Cell::new(INFO | WARNING) };
}

/// Runs `f` (a native call, without the GIL) with the log levels of logger
/// `pingxx` read once beforehand, so that the hook takes the GIL only for a
/// record that will be logged.
pub fn gated<R>(py: Python<'_>, f: impl FnOnce() -> R + Send) -> R
where
    R: Send,
{
    let gate = read_gate(py).unwrap_or(INFO | WARNING);
    py.detach(|| {
        let before = GATE.with(|g| g.replace(gate));
        let out = f();
        GATE.with(|g| g.set(before));
        out
    })
}

fn read_gate(py: Python<'_>) -> PyResult<u8> {
    let gate = GATE_FN.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("pingxx._logging")?.getattr("_gate")?.unbind())
    })?;
    gate.bind(py).call0()?.extract()
}

/// The hook every Python client installs. It runs on the thread making the
/// call (which has released the GIL), takes the GIL for the time of one
/// `logging` call, and never panics: a failure in Python is reported as
/// unraisable, and during interpreter shutdown the record is dropped.
pub fn hook() -> pingxx::LogHook {
    Arc::new(|record: &pingxx::AttemptLog| {
        let bit = if record.outcome == "ok" { INFO } else { WARNING };
        if GATE.with(Cell::get) & bit == 0 {
            return;
        }
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
