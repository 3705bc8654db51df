//! `pingxx_client`: configuration from JSON, and the generic call.

use std::ffi::c_char;
use std::time::Duration;

use serde_json::{Map, Value};

use crate::error::{arg_out, arg_ref, arg_str, guard, guard_void, json_out, parse_json, FfiError};
use crate::result::pingxx_result;

/// A Ping++ API client: credentials, options and one keep-alive connection pool.
///
/// Thread safety: a `pingxx_client` may be used from many threads at once
/// (`pingxx_client_call` takes a `const` pointer and needs no lock). Free it
/// once, after every call using it has returned.
#[allow(non_camel_case_types)]
pub struct pingxx_client {
    inner: pingxx::Client,
}

/// Keys accepted in `config_json`.
const CONFIG_KEYS: &[&str] = &[
    "api_key",
    "app_id",
    "private_key",
    "api_base",
    "timeout_ms",
    "connect_timeout_ms",
    "deadline_ms",
    "max_retries",
    "retry_base_delay_ms",
    "retry_max_delay_ms",
    "accept_language",
    "user_agent_suffix",
];

fn config_error(message: String) -> FfiError {
    FfiError::Core(pingxx::Error::InvalidConfig(message))
}

/// A string field of the config; the error names the field and never shows the value.
fn config_str<'a>(map: &'a Map<String, Value>, key: &str) -> Result<Option<&'a str>, FfiError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(config_error(format!("config_json.{key}: must be a string"))),
    }
}

/// A non-negative integer field of the config.
fn config_u64(map: &Map<String, Value>, key: &str) -> Result<Option<u64>, FfiError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .map(Some)
            .ok_or_else(|| config_error(format!("config_json.{key}: must be a non-negative integer"))),
    }
}

fn config_ms(map: &Map<String, Value>, key: &str) -> Result<Option<Duration>, FfiError> {
    Ok(config_u64(map, key)?.map(Duration::from_millis))
}

/// Turns `config_json` into a client builder. Range rules (timeouts, retries,
/// URL shape, key format) are the core's, checked by `build()`.
fn builder_from_config(config: &Value) -> Result<pingxx::ClientBuilder, FfiError> {
    let map = config
        .as_object()
        .ok_or_else(|| FfiError::Core(pingxx::Error::InvalidJson("config_json: must be a JSON object".into())))?;
    if let Some(unknown) = map.keys().find(|k| !CONFIG_KEYS.contains(&k.as_str())) {
        return Err(config_error(format!(
            "config_json: unknown key `{unknown}` (known keys: {})",
            CONFIG_KEYS.join(", ")
        )));
    }
    let mut b = pingxx::Client::builder();
    match config_str(map, "api_key")? {
        Some(key) => b = b.api_key(key),
        None => return Err(config_error("config_json.api_key: is required".into())),
    }
    if let Some(v) = config_str(map, "app_id")? {
        b = b.app_id(v);
    }
    if let Some(v) = config_str(map, "private_key")? {
        b = b.private_key_pem(v);
    }
    if let Some(v) = config_str(map, "api_base")? {
        b = b.api_base(v);
    }
    if let Some(v) = config_ms(map, "timeout_ms")? {
        b = b.timeout(v);
    }
    if let Some(v) = config_ms(map, "connect_timeout_ms")? {
        b = b.connect_timeout(v);
    }
    if let Some(v) = config_ms(map, "deadline_ms")? {
        b = b.deadline(v);
    }
    if let Some(v) = config_u64(map, "max_retries")? {
        let v = u32::try_from(v).map_err(|_| config_error("config_json.max_retries: is too large".into()))?;
        b = b.max_retries(v);
    }
    if let Some(v) = config_ms(map, "retry_base_delay_ms")? {
        b = b.retry_base_delay(v);
    }
    if let Some(v) = config_ms(map, "retry_max_delay_ms")? {
        b = b.retry_max_delay(v);
    }
    if let Some(v) = config_str(map, "accept_language")? {
        b = b.accept_language(v);
    }
    if let Some(v) = config_str(map, "user_agent_suffix")? {
        b = b.user_agent_suffix(v);
    }
    Ok(b)
}

/// Makes a client from a JSON configuration object:
/// `{"api_key": "sk_test_...", "app_id": "app_...", "private_key": "-----BEGIN ...",
///   "api_base": "http://127.0.0.1:PORT", "timeout_ms": 80000, "max_retries": 2}`.
/// Only `api_key` is required. Also accepted: `connect_timeout_ms`, `deadline_ms`,
/// `retry_base_delay_ms`, `retry_max_delay_ms`, `accept_language`,
/// `user_agent_suffix`. An unknown key is `PINGXX_ERR_INVALID_CONFIG`. When
/// `private_key` (merchant RSA key, PEM text) is set every request is signed;
/// a key that does not parse fails here with `PINGXX_ERR_INVALID_KEY`.
///
/// Ownership: `config_json` is only read during the call (the library keeps
/// its own copy of the secrets and never shows them in errors). On success
/// `*out` receives a new client owned by the caller, released with
/// `pingxx_client_free()`; on failure `*out` is left untouched.
/// NULL `config_json` or `out`: `PINGXX_ERR_NULL_ARGUMENT`.
///
/// # Safety
/// `config_json` is NULL or a NUL-terminated string; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_client_new(config_json: *const c_char, out: *mut *mut pingxx_client) -> pingxx_result {
    guard(|| {
        let out = arg_out(out, "out")?;
        let config = parse_json(arg_str(config_json, "config_json")?, "config_json")?;
        let inner = builder_from_config(&config)?.build()?;
        *out = Box::into_raw(Box::new(pingxx_client { inner }));
        Ok(())
    })
}

/// Calls an API operation by its dotted name (`"orders.create"`, `"orders.pay"`,
/// `"charges.retrieve"`, ...) with its parameters as a JSON object. Path
/// parameters (`order_id`, ...) are taken from the object; `app_id` falls back
/// to the client's. Parameters are validated first: on a violation nothing is
/// sent and the result is `PINGXX_ERR_VALIDATION` with every field error in
/// `pingxx_last_error_json()`. API errors map to `PINGXX_ERR_AUTHENTICATION`,
/// `_INVALID_REQUEST`, `_CHANNEL`, `_RATE_LIMITED`, `_API`; transport errors to
/// `_CONNECTION`, `_TIMEOUT`, `_INVALID_RESPONSE`. Blocks until the answer,
/// retries included.
///
/// Ownership: `client`, `operation` and `params_json` are only borrowed during
/// the call (`params_json` may be `"{}"` or `"null"` for no parameters). On
/// success `*out_json` receives the answer object as a new NUL-terminated JSON
/// string owned by the caller, released with `pingxx_string_free()`; on
/// failure `*out_json` is left untouched. Any NULL pointer argument:
/// `PINGXX_ERR_NULL_ARGUMENT`.
///
/// Thread safety: may be called on the same client from many threads at once.
///
/// # Safety
/// `client` is NULL or a live client; the strings are NULL or NUL-terminated;
/// `out_json` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_client_call(
    client: *const pingxx_client,
    operation: *const c_char,
    params_json: *const c_char,
    out_json: *mut *mut c_char,
) -> pingxx_result {
    guard(|| {
        let client = arg_ref(client, "client")?;
        let out_json = arg_out(out_json, "out_json")?;
        let operation = arg_str(operation, "operation")?;
        let params = parse_json(arg_str(params_json, "params_json")?, "params_json")?;
        let answer = client.inner.call(operation, params)?;
        *out_json = json_out(&answer);
        Ok(())
    })
}

/// Releases a client made by `pingxx_client_new()` and its connections.
///
/// Ownership: takes `client` back; it must not be used afterwards, and no
/// other thread may still be calling with it. NULL is a no-op.
///
/// # Safety
/// `client` is NULL or a live client not yet freed.
#[no_mangle]
pub unsafe extern "C" fn pingxx_client_free(client: *mut pingxx_client) {
    if client.is_null() {
        return;
    }
    guard_void(|| drop(Box::from_raw(client)));
}

/// Sends one raw request to the API: `method` is `"GET"`, `"POST"`, `"PUT"` or
/// `"DELETE"` (any case); `path_and_query` starts with `/`, e.g.
/// `"/v1/orders?page=1"`; `body_json` is the JSON body of a POST or PUT, or
/// NULL for none. No validation and no operation table: for endpoints the
/// table does not know yet. Signing, retries and error mapping are as for
/// `pingxx_client_call()`.
///
/// Ownership: every argument is borrowed during the call. On success
/// `*out_json` receives the answer as a new JSON string owned by the caller,
/// released with `pingxx_string_free()`; on failure it is left untouched.
/// NULL `client`, `method`, `path_and_query` or `out_json`:
/// `PINGXX_ERR_NULL_ARGUMENT`; an unknown method: `PINGXX_ERR_VALIDATION`
/// (field `method`, rule `one_of`).
///
/// Thread safety: may be called on the same client from many threads at once.
///
/// # Safety
/// `client` is NULL or a live client; the strings are NULL or NUL-terminated;
/// `out_json` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_client_request(
    client: *const pingxx_client,
    method: *const c_char,
    path_and_query: *const c_char,
    body_json: *const c_char,
    out_json: *mut *mut c_char,
) -> pingxx_result {
    guard(|| {
        let client = arg_ref(client, "client")?;
        let out_json = arg_out(out_json, "out_json")?;
        let method_text = arg_str(method, "method")?;
        let path = arg_str(path_and_query, "path_and_query")?;
        let body = if body_json.is_null() {
            None
        } else {
            Some(parse_json(arg_str(body_json, "body_json")?, "body_json")?)
        };
        let method = pingxx::Method::parse(method_text).ok_or_else(|| {
            FfiError::Core(pingxx::Error::Validation(pingxx::ValidationErrors::new(vec![
                pingxx::FieldError {
                    field: "method".into(),
                    rule: pingxx::Rule::OneOf,
                    message: "method: must be one of GET, POST, PUT, DELETE".into(),
                },
            ])))
        })?;
        let answer = client.inner.request(method, path, body.as_ref())?;
        *out_json = json_out(&answer);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_failure(json: &str) -> FfiError {
        match builder_from_config(&serde_json::from_str(json).unwrap()).and_then(|b| Ok(b.build()?)) {
            Ok(_) => panic!("{json} was accepted"),
            Err(e) => e,
        }
    }

    #[test]
    fn every_config_key_is_applied() {
        let json = r#"{"api_key":"sk_test_abc","app_id":"app_1","api_base":"http://127.0.0.1:9/","timeout_ms":1500,
            "connect_timeout_ms":100,"deadline_ms":9000,"max_retries":3,"retry_base_delay_ms":5,
            "retry_max_delay_ms":50,"accept_language":"zh-CN","user_agent_suffix":"pos/1.0","private_key":null}"#;
        let client = builder_from_config(&serde_json::from_str(json).unwrap())
            .unwrap()
            .build()
            .unwrap();
        assert_eq!(client.config().app_id(), Some("app_1"));
        assert_eq!(client.config().api_base(), "http://127.0.0.1:9");
        assert!(!client.config().signs_requests());
        let debug = format!("{:?}", client.config());
        assert!(
            debug.contains("timeout: 1.5s") && debug.contains("max_retries: 3"),
            "{debug}"
        );
        assert!(!debug.contains("sk_test_abc"));
    }

    #[test]
    fn config_errors_name_the_field_and_never_echo_a_secret() {
        let e = config_failure(r#"{"api_key":"sk_test_TOPSECRET","timeout_ms":"sk_test_TOPSECRET"}"#);
        assert_eq!(e.result(), crate::result::PINGXX_ERR_INVALID_CONFIG);
        assert!(e.message().contains("config_json.timeout_ms"), "{}", e.message());
        assert!(!e.to_json().to_string().contains("TOPSECRET"));

        let e = config_failure(r#"{"api_key":42}"#);
        assert!(
            e.message().contains("config_json.api_key: must be a string"),
            "{}",
            e.message()
        );

        let e = config_failure(r#"{"app_id":"app_1"}"#);
        assert!(
            e.message().contains("config_json.api_key: is required"),
            "{}",
            e.message()
        );

        let e = config_failure(r#"{"api_key":"sk_test_x","privat_key":"-----BEGIN"}"#);
        assert!(e.message().contains("unknown key `privat_key`"), "{}", e.message());

        let e = config_failure(r#"{"api_key":"sk_test_x","max_retries":4294967296}"#);
        assert!(e.message().contains("max_retries"), "{}", e.message());

        let e = config_failure(r#""sk_test_TOPSECRET""#);
        assert_eq!(e.result(), crate::result::PINGXX_ERR_INVALID_JSON);
        assert!(!e.message().contains("TOPSECRET"));

        let e = config_failure(
            r#"{"api_key":"sk_test_x","private_key":"-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----\n"}"#,
        );
        assert_eq!(e.result(), crate::result::PINGXX_ERR_INVALID_KEY);
        assert!(!e.message().contains("MIIBOgIBAAJBAKj34"), "{}", e.message());
    }
}
