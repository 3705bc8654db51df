//! `pingxx_client`: client options from JSON (the core's `ClientOptions`),
//! calls by operation name and raw requests, with the answer's status and
//! request id on request.

use std::ffi::c_char;

use crate::error::{arg_out, arg_ref, arg_str, c_string, guard, guard_void, json_out, parse_json, FfiError};
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

/// The client `config_json` describes, carrying the log hook of `pingxx_set_log_callback`.
fn new_client(config_json: &str) -> Result<pingxx::Client, FfiError> {
    let client = pingxx::Client::from_options(pingxx::ClientOptions::from_json(config_json)?)?;
    client.set_log_hook(Some(crate::log::hook()));
    Ok(client)
}

/// Makes a client from a JSON object of client options:
/// `{"api_key": "sk_test_...", "app_id": "app_...", "private_key": "-----BEGIN ...",
///   "api_base": "http://127.0.0.1:PORT", "timeout_ms": 80000, "max_retries": 2}`.
/// The options and their rules are the core's, the same in every language:
/// `pingxx_client_options_json()` lists every name with its type, default and
/// meaning (also `ca_cert`, `proxy`, `proxy_from_env`, `log_bodies`, ...).
/// Only `api_key` is required. Not JSON, not an object, an unknown option (a
/// misspelt `privatekey`), a wrong type or a bad value: `PINGXX_ERR_INVALID_CONFIG`
/// naming the option, never its value. When `private_key` (merchant RSA key,
/// PEM text or base64 of DER) is set every request is signed; a key that does
/// not parse fails here with `PINGXX_ERR_INVALID_KEY`.
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
        let inner = new_client(arg_str(config_json, "config_json")?)?;
        *out = Box::into_raw(Box::new(pingxx_client { inner }));
        Ok(())
    })
}

/// Writes a successful answer to the caller's out-parameters: the body always,
/// the status and request id when asked for (a NULL pointer means "not wanted").
///
/// # Safety
/// `out_json` is writable; the others are NULL or writable.
unsafe fn write_response(
    response: pingxx::Response,
    out_json: *mut *mut c_char,
    out_status: *mut u16,
    out_request_id: *mut *mut c_char,
) {
    *out_json = json_out(&response.body);
    if !out_status.is_null() {
        *out_status = response.status;
    }
    if !out_request_id.is_null() {
        *out_request_id = response
            .request_id
            .map_or(std::ptr::null_mut(), |id| c_string(id).into_raw());
    }
}

/// Calls an API operation by its dotted name (`"orders.create"`, `"orders.pay"`,
/// `"charges.retrieve"`, ...) with its parameters as a JSON object. Path
/// parameters (`order_id`, ...) are taken from the object; `app_id` falls back
/// to the client's. Parameters are validated first: on a violation nothing is
/// sent and the result is `PINGXX_ERR_VALIDATION_FAILED` with every field
/// error in `pingxx_last_error_json()`. API errors give
/// `PINGXX_ERR_AUTHENTICATION_FAILED`, `_INVALID_REQUEST`, `_CHANNEL_ERROR`,
/// `_RATE_LIMITED`, `_API_ERROR`; transport errors `_CONNECTION_FAILED`,
/// `_TIMEOUT`, `_INVALID_RESPONSE`. `PINGXX_ERR_OUTCOME_UNKNOWN` means the
/// request may have taken effect (the connection broke after it was sent):
/// check with the retrieve operation named in `pingxx_last_error_json()`
/// (`"check_with"`, and `"last_error"` for the failure seen) before sending it
/// again. Blocks until the answer, retries included (retries happen only where
/// they cannot move money twice).
///
/// Ownership: `client`, `operation` and `params_json` are only borrowed during
/// the call (`params_json` may be `"{}"` or `"null"` for no parameters). On
/// success `*out_json` receives the answer object as a new NUL-terminated JSON
/// string owned by the caller, released with `pingxx_string_free()`; on
/// failure `*out_json` is left untouched. Any NULL pointer argument:
/// `PINGXX_ERR_NULL_ARGUMENT`. `pingxx_client_call_ex()` also gives the
/// request id and HTTP status.
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
    pingxx_client_call_ex(
        client,
        operation,
        params_json,
        out_json,
        std::ptr::null_mut(),
        std::ptr::null_mut(),
    )
}

/// `pingxx_client_call()` that also reports, on success, the HTTP status of
/// the answer and the request id the API gave it (quote it to Ping++ support).
///
/// Ownership: as for `pingxx_client_call()`. `out_status` and `out_request_id`
/// are optional (NULL: not wanted) and written only on success:
/// `*out_status` receives the HTTP status (2xx); `*out_request_id` receives a
/// new NUL-terminated string owned by the caller, released with
/// `pingxx_string_free()`, or NULL when the answer carried no request id. On
/// failure nothing is written; the request id of an error answer is in
/// `pingxx_last_error_json()` (`"request_id"`).
///
/// Thread safety: may be called on the same client from many threads at once.
///
/// # Safety
/// `client` is NULL or a live client; the strings are NULL or NUL-terminated;
/// `out_json` is NULL or writable; `out_status` and `out_request_id` are NULL
/// or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_client_call_ex(
    client: *const pingxx_client,
    operation: *const c_char,
    params_json: *const c_char,
    out_json: *mut *mut c_char,
    out_status: *mut u16,
    out_request_id: *mut *mut c_char,
) -> pingxx_result {
    guard(|| {
        let client = arg_ref(client, "client")?;
        let out_json = arg_out(out_json, "out_json")?;
        let operation = arg_str(operation, "operation")?;
        let params = parse_json(arg_str(params_json, "params_json")?, "params_json")?;
        let response = client.inner.call_full(operation, params)?;
        write_response(response, out_json, out_status, out_request_id);
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
/// table does not know yet. Signing and error mapping are as for
/// `pingxx_client_call()`; without an operation a GET is retried after a
/// transient failure, other methods only when the request provably never left
/// (otherwise `PINGXX_ERR_OUTCOME_UNKNOWN`).
///
/// Ownership: every argument is borrowed during the call. On success
/// `*out_json` receives the answer as a new JSON string owned by the caller,
/// released with `pingxx_string_free()`; on failure it is left untouched.
/// NULL `client`, `method`, `path_and_query` or `out_json`:
/// `PINGXX_ERR_NULL_ARGUMENT`; an unknown method: `PINGXX_ERR_INVALID_CONFIG`,
/// as in the other languages.
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
    pingxx_client_request_ex(
        client,
        method,
        path_and_query,
        body_json,
        out_json,
        std::ptr::null_mut(),
        std::ptr::null_mut(),
    )
}

/// `pingxx_client_request()` that also reports, on success, the HTTP status
/// and the request id of the answer; `out_status` and `out_request_id` as for
/// `pingxx_client_call_ex()` (optional, written only on success, the request
/// id string freed with `pingxx_string_free()`, NULL when there was none).
///
/// # Safety
/// As for `pingxx_client_request()`; `out_status` and `out_request_id` are
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_client_request_ex(
    client: *const pingxx_client,
    method: *const c_char,
    path_and_query: *const c_char,
    body_json: *const c_char,
    out_json: *mut *mut c_char,
    out_status: *mut u16,
    out_request_id: *mut *mut c_char,
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
        let method = parse_method(method_text)?;
        let response = client.inner.request_full(method, path, body.as_ref())?;
        write_response(response, out_json, out_status, out_request_id);
        Ok(())
    })
}

/// A raw request's method: the core's one rule (`invalid_config`, as in Python and Node).
fn parse_method(text: &str) -> Result<pingxx::Method, FfiError> {
    Ok(pingxx::Method::from_name(text)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_failure(json: &str) -> FfiError {
        match new_client(json) {
            Ok(_) => panic!("{json} was accepted"),
            Err(e) => e,
        }
    }

    #[test]
    fn options_are_the_cores() {
        let json = r#"{"api_key":"sk_test_abc","app_id":"app_1","api_base":"http://127.0.0.1:9/","timeout_ms":1500,
            "connect_timeout_ms":100,"deadline_ms":9000,"max_retries":3,"retry_base_delay_ms":5,
            "retry_max_delay_ms":50,"accept_language":"zh-CN","user_agent_suffix":"pos/1.0","private_key":null,
            "proxy_from_env":false,"log_bodies":false}"#;
        let client = new_client(json).unwrap();
        assert_eq!(client.config().app_id(), Some("app_1"));
        assert_eq!(client.config().api_base(), "http://127.0.0.1:9");
        assert!(!client.config().signs_requests());
        let debug = format!("{:?}", client.config());
        assert!(!debug.contains("sk_test_abc"), "{debug}");
    }

    #[test]
    fn config_errors_are_invalid_config_naming_the_option_never_a_secret() {
        let invalid_config = pingxx::ErrorCode::InvalidConfig.number();
        let e = config_failure(r#"{"api_key":"sk_test_TOPSECRET","timeout_ms":"sk_test_TOPSECRET"}"#);
        assert_eq!(e.result(), invalid_config);
        assert!(e.message().contains("timeout_ms"), "{}", e.message());
        assert!(!e.to_json().to_string().contains("TOPSECRET"));

        let e = config_failure(r#"{"app_id":"app_1"}"#);
        assert_eq!(e.result(), invalid_config);
        assert!(e.message().contains("api_key"), "{}", e.message());

        let e = config_failure(r#"{"api_key":"sk_test_x","privatekey":"-----BEGIN"}"#);
        assert_eq!(e.result(), invalid_config);
        assert!(e.message().contains("unknown option `privatekey`"), "{}", e.message());

        for not_an_object in [r#""sk_test_TOPSECRET""#, "{\"api_key\":", "[]"] {
            let e = config_failure(not_an_object);
            assert_eq!(e.result(), invalid_config, "{not_an_object}");
            assert!(!e.message().contains("TOPSECRET"));
        }

        let e = config_failure(
            r#"{"api_key":"sk_test_x","private_key":"-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----\n"}"#,
        );
        assert_eq!(e.result(), pingxx::ErrorCode::InvalidKey.number());
        assert!(!e.message().contains("MIIBOgIBAAJBAKj34"), "{}", e.message());
    }

    #[test]
    fn a_bad_method_is_invalid_config_as_in_python_and_node() {
        let e = parse_method("PATCH").unwrap_err();
        assert_eq!(e.code(), pingxx::ErrorCode::InvalidConfig);
        assert!(e.message().contains("GET, POST, PUT or DELETE"), "{}", e.message());
        assert_eq!(parse_method("get").unwrap(), pingxx::Method::Get);
    }
}
