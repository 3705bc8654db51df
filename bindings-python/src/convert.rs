//! Conversions between Python values and JSON values, both with a depth limit.
//!
//! Python objects can nest without bound (a list nested 30 000 levels is one
//! line of Python); a recursive conversion of such a value would overflow the
//! native stack and kill the interpreter. Both directions stop at
//! [`MAX_DEPTH`] levels of lists and objects and report where, instead.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PySequence, PyString, PyTuple};
use serde_json::{Map, Number, Value};

/// The deepest nesting of lists and objects converted in either direction
/// (the top-level params object is level 1). It is also the depth that
/// `serde_json` (and so the API and the emulator) parses by default: a deeper
/// request could not be read by the other side anyway.
pub const MAX_DEPTH: usize = 128;

/// Why a value could not be converted, with the path to it (innermost last).
#[derive(Debug)]
pub struct ConvertError {
    kind: ErrorKind,
    path: Vec<String>,
}

#[derive(Debug)]
enum ErrorKind {
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A value of a type JSON has no form for (the Python type name).
    Unsupported(String),
    /// A mapping key that is not a `str` (its type name).
    Key(String),
    /// A number JSON cannot carry (too large an int, NaN or infinity).
    Number(String),
    /// Python raised while the value was read (a broken `__iter__`, ...).
    Python(PyErr),
}

impl ConvertError {
    fn new(kind: ErrorKind) -> Self {
        ConvertError { kind, path: Vec::new() }
    }

    /// Adds the segment of the enclosing container (unwinding outwards).
    fn within(mut self, segment: impl FnOnce() -> String) -> Self {
        self.path.push(segment());
        self
    }

    /// `root.a.b[3]`: where the bad value sits, starting at `root`.
    fn location(&self, root: &str) -> String {
        let mut out = root.to_string();
        for seg in self.path.iter().rev() {
            out.push_str(seg);
        }
        out
    }

    /// What went wrong, as a message naming the location (and the limit):
    /// [`Failure::Value`] for a value JSON cannot carry (too deep, a number out
    /// of range), [`Failure::Type`] for a type it has no form for.
    pub fn describe(self, root: &str) -> Failure {
        let at = self.location(root);
        match self.kind {
            ErrorKind::TooDeep => Failure::Value(format!(
                "{at}: nests deeper than {MAX_DEPTH} levels of lists and objects (the limit)"
            )),
            ErrorKind::Number(what) => Failure::Value(format!("{at}: {what}")),
            ErrorKind::Unsupported(t) => Failure::Type(format!(
                "{at}: a value of type `{t}` cannot be converted to JSON (use dict, list, str, int, float, bool or None)"
            )),
            ErrorKind::Key(t) => Failure::Type(format!("{at}: object keys must be str, got `{t}`")),
            ErrorKind::Python(e) => Failure::Python(e),
        }
    }
}

/// A described [`ConvertError`], for the caller to raise as it sees fit.
pub enum Failure {
    /// The value cannot be carried by JSON (too deep, a number out of range).
    Value(String),
    /// The type has no JSON form.
    Type(String),
    /// Python raised while the value was read.
    Python(PyErr),
}

impl From<PyErr> for ConvertError {
    fn from(e: PyErr) -> Self {
        ConvertError::new(ErrorKind::Python(e))
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".to_string())
}

/// Converts a Python value to JSON: `None`, `bool`, `int` (64-bit), finite
/// `float`, `str`, mappings with `str` keys, and lists, tuples or other
/// sequences (not `str`/`bytes`), nested at most [`MAX_DEPTH`] levels.
pub fn py_to_json(obj: &Bound<'_, PyAny>) -> Result<Value, ConvertError> {
    to_json(obj, MAX_DEPTH)
}

/// `depth` is how many more container levels may be entered.
fn to_json(obj: &Bound<'_, PyAny>, depth: usize) -> Result<Value, ConvertError> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(i) = obj.cast::<PyInt>() {
        return int_to_json(i);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let x = f.value();
        return Number::from_f64(x)
            .map(Value::Number)
            .ok_or_else(|| ConvertError::new(ErrorKind::Number(format!("{x} is not a finite number"))));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let depth = enter(depth)?;
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let key = key_string(&k)?;
            let value = to_json(&v, depth).map_err(|e| e.within(|| segment(&key)))?;
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let depth = enter(depth)?;
        return seq_to_json(obj, depth);
    }
    if let Ok(m) = obj.cast::<PyMapping>() {
        let depth = enter(depth)?;
        let mut map = Map::new();
        for item in m.items()?.iter() {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
            let key = key_string(&k)?;
            let value = to_json(&v, depth).map_err(|e| e.within(|| segment(&key)))?;
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if obj.cast::<PySequence>().is_ok()
        && !obj.is_instance_of::<pyo3::types::PyBytes>()
        && !obj.is_instance_of::<pyo3::types::PyByteArray>()
    {
        let depth = enter(depth)?;
        return seq_to_json(obj, depth);
    }
    Err(ConvertError::new(ErrorKind::Unsupported(type_name(obj))))
}

/// One level deeper, or the depth error.
fn enter(depth: usize) -> Result<usize, ConvertError> {
    depth
        .checked_sub(1)
        .ok_or_else(|| ConvertError::new(ErrorKind::TooDeep))
}

fn seq_to_json(obj: &Bound<'_, PyAny>, depth: usize) -> Result<Value, ConvertError> {
    let mut out = Vec::new();
    for (i, item) in obj.try_iter()?.enumerate() {
        let value = to_json(&item?, depth).map_err(|e| e.within(|| format!("[{i}]")))?;
        out.push(value);
    }
    Ok(Value::Array(out))
}

fn key_string(k: &Bound<'_, PyAny>) -> Result<String, ConvertError> {
    match k.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(ConvertError::new(ErrorKind::Key(type_name(k)))),
    }
}

/// `.key` for identifier-like keys, `["key"]` otherwise.
fn segment(key: &str) -> String {
    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!(".{key}")
    } else {
        format!("[{key:?}]")
    }
}

fn int_to_json(i: &Bound<'_, PyInt>) -> Result<Value, ConvertError> {
    if let Ok(x) = i.extract::<i64>() {
        return Ok(Value::from(x));
    }
    if let Ok(x) = i.extract::<u64>() {
        return Ok(Value::from(x));
    }
    Err(ConvertError::new(ErrorKind::Number(format!(
        "the integer {} is outside the JSON range of 64 bits",
        i.str().map(|s| s.to_string()).unwrap_or_default()
    ))))
}

/// Converts a JSON value to Python: objects become `dict`, arrays `list`.
/// A value nested deeper than [`MAX_DEPTH`] raises `ValueError` (the core never
/// produces one: its JSON parser stops at the same depth).
pub fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    to_py(py, value, MAX_DEPTH).map_err(|e| match e.describe("answer") {
        Failure::Value(m) | Failure::Type(m) => PyValueError::new_err(m),
        Failure::Python(e) => e,
    })
}

fn to_py<'py>(py: Python<'py>, value: &Value, depth: usize) -> Result<Bound<'py, PyAny>, ConvertError> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                PyInt::new(py, i).into_any()
            } else if let Some(u) = n.as_u64() {
                PyInt::new(py, u).into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let depth = enter(depth)?;
            let list = PyList::empty(py);
            for (i, item) in items.iter().enumerate() {
                list.append(to_py(py, item, depth).map_err(|e| e.within(|| format!("[{i}]")))?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let depth = enter(depth)?;
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v, depth).map_err(|e| e.within(|| segment(k)))?)?;
            }
            dict.into_any()
        }
    })
}
