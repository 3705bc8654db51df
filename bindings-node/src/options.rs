//! `new Client(options)`: the options object of Node, handed to the core's
//! `ClientOptions` (the one list of options). Keys are converted mechanically
//! from camelCase to snake_case and the core refuses what it does not know
//! (`privatekey` -> `invalid_config`); this module knows no option by name,
//! except `onLog`, the function that receives the attempt records.

use std::collections::BTreeMap;

use napi::bindgen_prelude::{FromNapiValue, Function, JsObjectValue, Object, Unknown};
use napi::{JsValue, ValueType};
use pingxx::Error;
use serde_json::{Map, Number, Value};

use crate::errors::to_napi;
use crate::json::{camel_case, snake_case};
use crate::log::{log_hook, LogFunction};

/// The Node name of the log option; its value is a function, not JSON.
const ON_LOG: &str = "onLog";

/// Options read from JavaScript.
pub(crate) struct NodeOptions {
    /// The core options.
    pub(crate) options: pingxx::ClientOptions,
    /// The hook made from `onLog`, if given.
    pub(crate) log_hook: Option<pingxx::LogHook>,
}

/// Reads the options object; every error is `invalid_config` naming the
/// option as the caller wrote it, never its value.
pub(crate) fn read(value: Unknown<'_>) -> napi::Result<NodeOptions> {
    let config = |msg: String| to_napi(&Error::InvalidConfig(msg));
    if value.get_type()? != ValueType::Object || value.is_array()? {
        return Err(config("options: must be an object like { apiKey }".into()));
    }
    let obj = Object::from_unknown(value)?;
    let mut map = Map::new();
    // Core name -> the caller's name, to name options in errors as written.
    let mut names = BTreeMap::new();
    let mut log_hook_fn = None;
    for key in Object::keys(&obj)? {
        let v: Unknown<'_> = obj.get_named_property(&key)?;
        if key == ON_LOG {
            log_hook_fn = on_log(v)?;
            continue;
        }
        let Some(snake) = snake_case(&key) else {
            return Err(config(format!(
                "unknown option `{}` (options are camelCase, e.g. `{}`)",
                shown(&key),
                camel_case(&key.to_ascii_lowercase())
            )));
        };
        if let Some(json) = option_value(&key, v)? {
            names.insert(snake.clone(), key);
            map.insert(snake, json);
        }
    }
    let options = pingxx::ClientOptions::from_map(&map).map_err(|e| to_napi(&node_names(e, &names)))?;
    Ok(NodeOptions {
        options,
        log_hook: log_hook_fn.map(log_hook),
    })
}

/// The error with option names as Node spells them (`timeout_ms` -> `timeoutMs`).
pub(crate) fn node_names(err: Error, given: &BTreeMap<String, String>) -> Error {
    let Error::InvalidConfig(msg) = err else {
        return err;
    };
    let mut out = String::with_capacity(msg.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let renamed = match given.get(word.as_str()) {
            Some(name) => name.clone(),
            None if pingxx::options::client_option_names().any(|n| n == word) => camel_case(word),
            None => std::mem::take(word),
        };
        out.push_str(&renamed);
        word.clear();
    };
    for c in msg.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    Error::InvalidConfig(out)
}

/// `onLog`: a function, or undefined/null for none.
fn on_log(v: Unknown<'_>) -> napi::Result<Option<LogFunction>> {
    match v.get_type()? {
        ValueType::Undefined | ValueType::Null => Ok(None),
        ValueType::Function => Function::from_unknown(v)
            .and_then(|f| crate::log::threadsafe(&f))
            .map(Some),
        _ => Err(to_napi(&Error::InvalidConfig(format!("{ON_LOG}: must be a function")))),
    }
}

/// An option's JSON value; `None` when undefined (absent). A value of no JSON
/// option type (object, Buffer, BigInt, ...) becomes an empty array, which the
/// core refuses naming the type it expects.
fn option_value(key: &str, v: Unknown<'_>) -> napi::Result<Option<Value>> {
    Ok(Some(match v.get_type()? {
        ValueType::Undefined => return Ok(None),
        ValueType::Null => Value::Null,
        ValueType::Boolean => Value::Bool(bool::from_unknown(v)?),
        ValueType::String => Value::String(String::from_unknown(v)?),
        ValueType::Number => number(key, f64::from_unknown(v)?)?,
        _ => Value::Array(Vec::new()),
    }))
}

/// A JS number as JSON: whole numbers as integers (saturating is the core's
/// job), fractions as floats; NaN and infinities are refused here, since JSON
/// cannot hold them.
fn number(key: &str, f: f64) -> napi::Result<Value> {
    if !f.is_finite() {
        return Err(to_napi(&Error::InvalidConfig(format!(
            "{}: must be a finite number",
            shown(key)
        ))));
    }
    const SAFE: f64 = 9_007_199_254_740_991.0; // Number.MAX_SAFE_INTEGER
    if f.fract() == 0.0 && f.abs() <= SAFE {
        return Ok(Value::from(f as i64));
    }
    Ok(Number::from_f64(f).map_or(Value::Null, Value::Number))
}

/// A key as shown in an error: at most 64 characters, no control characters.
fn shown(key: &str) -> String {
    key.chars().take(64).filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_options_as_node_spells_them() {
        let given = BTreeMap::from([("timeout_m_s".to_string(), "timeoutMS".to_string())]);
        let msg = |e: Error| e.to_string();
        assert_eq!(
            msg(node_names(
                Error::InvalidConfig("unknown option `timeout_m_s`".into()),
                &given
            )),
            "invalid configuration: unknown option `timeoutMS`"
        );
        assert_eq!(
            msg(node_names(Error::InvalidConfig("api_key: is required".into()), &given)),
            "invalid configuration: apiKey: is required"
        );
        assert_eq!(
            msg(node_names(
                Error::InvalidConfig("retry_base_delay_ms: must be a non-negative integer".into()),
                &given
            )),
            "invalid configuration: retryBaseDelayMs: must be a non-negative integer"
        );
        assert_eq!(
            msg(node_names(Error::InvalidJson("api_key".into()), &given)),
            "invalid JSON: api_key"
        );
    }

    #[test]
    fn numbers_become_json_integers_when_whole() {
        assert_eq!(number("t", 5000.0).unwrap(), Value::from(5000));
        assert_eq!(number("t", -1.0).unwrap(), Value::from(-1));
        assert!(number("t", 1.5).unwrap().is_f64());
        assert!(number("t", 1e300).unwrap().is_f64());
    }
}
