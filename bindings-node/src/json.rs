//! JSON values handed to JavaScript as objects, and the mechanical key-case
//! conversions between the core's snake_case names and Node's camelCase.

use napi::bindgen_prelude::{Null, Object, ToNapiValue};
use napi::{sys, Env};
use serde_json::{Map, Value};

/// A JSON value converted to a plain JS value (object, array, string, number,
/// boolean or null) when handed to JavaScript.
pub(crate) struct JsJson(pub(crate) Value);

impl ToNapiValue for JsJson {
    unsafe fn to_napi_value(env: sys::napi_env, val: Self) -> napi::Result<sys::napi_value> {
        // SAFETY (all arms): `env` is the valid env napi passed to this conversion.
        match val.0 {
            Value::Null => unsafe { Null::to_napi_value(env, Null) },
            Value::Bool(b) => unsafe { bool::to_napi_value(env, b) },
            Value::Number(n) => unsafe { f64::to_napi_value(env, n.as_f64().unwrap_or(f64::NAN)) },
            Value::String(s) => unsafe { String::to_napi_value(env, s) },
            Value::Array(items) => unsafe {
                Vec::<JsJson>::to_napi_value(env, items.into_iter().map(JsJson).collect())
            },
            Value::Object(map) => {
                let js_env = Env::from_raw(env);
                let mut obj = Object::new(&js_env)?;
                for (k, v) in map {
                    obj.set(k, JsJson(v))?;
                }
                unsafe { Object::to_napi_value(env, obj) }
            }
        }
    }
}

/// `timeout_ms` -> `timeoutMs`.
pub(crate) fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `timeoutMs` -> `timeout_ms`; `None` for a key that is not camelCase
/// (holds `_` or starts with a capital), which Node options never are.
pub(crate) fn snake_case(camel: &str) -> Option<String> {
    if camel.contains('_') || camel.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mut out = String::with_capacity(camel.len() + 4);
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// The object with its keys in camelCase, one level deep (log records).
pub(crate) fn camel_keys(v: Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (camel_case(&k), v)).collect::<Map<_, _>>()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversions_are_mechanical_and_inverse() {
        for (snake, camel) in [
            ("api_key", "apiKey"),
            ("timeout_ms", "timeoutMs"),
            ("retry_base_delay_ms", "retryBaseDelayMs"),
            ("proxy", "proxy"),
        ] {
            assert_eq!(camel_case(snake), camel);
            assert_eq!(snake_case(camel).as_deref(), Some(snake));
        }
        for name in pingxx::options::client_option_names() {
            assert_eq!(snake_case(&camel_case(name)).as_deref(), Some(name));
        }
        assert_eq!(snake_case("privatekey").as_deref(), Some("privatekey"));
        assert_eq!(snake_case("timeoutMS").as_deref(), Some("timeout_m_s"));
        assert_eq!(snake_case("api_key"), None);
        assert_eq!(snake_case("ApiKey"), None);
    }
}
