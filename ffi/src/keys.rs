//! `pingxx_signer` (request signing) and `pingxx_webhook_verifier` (webhook
//! verification): RSA keys parsed once, used many times.

use std::ffi::c_char;

use crate::error::{arg_bytes, arg_out, arg_ref, arg_str, c_string, guard, guard_void, FfiError};
use crate::result::pingxx_result;

/// A merchant RSA private key, parsed once, that signs API requests.
///
/// Thread safety: may be used from many threads at once; free it once, after
/// every call using it has returned.
#[allow(non_camel_case_types)]
pub struct pingxx_signer {
    inner: pingxx::RequestSigner,
}

/// The Ping++ RSA public key, parsed once, that verifies webhooks.
///
/// Thread safety: may be used from many threads at once; free it once, after
/// every call using it has returned.
#[allow(non_camel_case_types)]
pub struct pingxx_webhook_verifier {
    inner: pingxx::WebhookVerifier,
}

/// Parses the merchant RSA private key (PKCS#1 or PKCS#8 PEM, or bare base64
/// of either) for `pingxx_signer_sign()`. A key that is not an RSA private key
/// of at least 2048 bits is `PINGXX_ERR_INVALID_KEY`.
///
/// Ownership: `private_key_pem` is only read during the call; the library
/// keeps the parsed key and never shows it. On success `*out` receives a new
/// signer owned by the caller, released with `pingxx_signer_free()`; on
/// failure `*out` is left untouched. NULL argument: `PINGXX_ERR_NULL_ARGUMENT`.
///
/// # Safety
/// `private_key_pem` is NULL or NUL-terminated; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_signer_new(
    private_key_pem: *const c_char,
    out: *mut *mut pingxx_signer,
) -> pingxx_result {
    guard(|| {
        let out = arg_out(out, "out")?;
        let inner = pingxx::RequestSigner::from_pem(arg_str(private_key_pem, "private_key_pem")?)?;
        *out = Box::into_raw(Box::new(pingxx_signer { inner }));
        Ok(())
    })
}

/// The buffer size `pingxx_signer_sign()` needs for this key: the length of
/// the base64 signature plus one for the terminating NUL (345 for RSA-2048).
/// Returns 0 when `signer` is NULL.
///
/// # Safety
/// `signer` is NULL or a live signer.
#[no_mangle]
pub unsafe extern "C" fn pingxx_signer_signature_capacity(signer: *const pingxx_signer) -> usize {
    std::panic::catch_unwind(|| signer.as_ref().map(|s| s.inner.signature_b64_len() + 1))
        .ok()
        .flatten()
        .unwrap_or(0)
}

/// Signs one API request the way Ping++ checks it: RSASSA-PKCS1-v1_5/SHA-256
/// over `body ‖ request_target ‖ decimal(timestamp)`, standard base64 (the
/// value of the `Pingplusplus-Signature` header). `request_target` is the path
/// with its query, e.g. `"/v1/charges"` or `"/v1/orders?page=1"`.
///
/// Ownership: everything is borrowed during the call. `body` may be NULL when
/// `body_len` is 0 (an empty body, as for GET). On success the signature is
/// written to `out_sig` with a terminating NUL and `*out_len` receives its
/// length without the NUL. When `out_cap` is too small (`out_sig` may then be
/// NULL with `out_cap` 0, to ask for the size) the result is
/// `PINGXX_ERR_BUFFER_TOO_SMALL`, nothing is written to `out_sig`, and
/// `*out_len` receives the capacity needed, NUL included (see
/// `pingxx_signer_signature_capacity()`). NULL `signer`, `request_target` or
/// `out_len`, or NULL `body` with a non-zero length: `PINGXX_ERR_NULL_ARGUMENT`.
///
/// # Safety
/// `signer` is NULL or a live signer; `body` is NULL or `body_len` readable
/// bytes; `request_target` is NULL or NUL-terminated; `out_sig` is NULL or
/// `out_cap` writable bytes; `out_len` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_signer_sign(
    signer: *const pingxx_signer,
    body: *const u8,
    body_len: usize,
    request_target: *const c_char,
    timestamp: i64,
    out_sig: *mut c_char,
    out_cap: usize,
    out_len: *mut usize,
) -> pingxx_result {
    guard(|| {
        let signer = arg_ref(signer, "signer")?;
        let out_len = arg_out(out_len, "out_len")?;
        let body = arg_bytes(body, body_len, "body")?;
        let target = arg_str(request_target, "request_target")?;
        let needed = signer.inner.signature_b64_len() + 1;
        if out_cap < needed {
            *out_len = needed;
            return Err(FfiError::BufferTooSmall {
                arg: "out_sig",
                needed,
                cap: out_cap,
            });
        }
        let out_sig = arg_out(out_sig, "out_sig")?;
        let sig = signer.inner.sign(body, target, timestamp);
        if sig.len() + 1 > out_cap {
            *out_len = sig.len() + 1;
            return Err(FfiError::BufferTooSmall {
                arg: "out_sig",
                needed: sig.len() + 1,
                cap: out_cap,
            });
        }
        std::ptr::copy_nonoverlapping(sig.as_ptr(), out_sig.cast::<u8>(), sig.len());
        *out_sig.add(sig.len()) = 0;
        *out_len = sig.len();
        Ok(())
    })
}

/// Releases a signer made by `pingxx_signer_new()`.
///
/// Ownership: takes `signer` back; it must not be used afterwards. NULL is a no-op.
///
/// # Safety
/// `signer` is NULL or a live signer not yet freed.
#[no_mangle]
pub unsafe extern "C" fn pingxx_signer_free(signer: *mut pingxx_signer) {
    if signer.is_null() {
        return;
    }
    guard_void(|| drop(Box::from_raw(signer)));
}

/// Parses the Ping++ webhook public key (SPKI `BEGIN PUBLIC KEY` or PKCS#1
/// `BEGIN RSA PUBLIC KEY` PEM, or bare base64). A private key here is
/// `PINGXX_ERR_INVALID_KEY` with a message that says so.
///
/// Ownership: `public_key_pem` is only read during the call. On success `*out`
/// receives a new verifier owned by the caller, released with
/// `pingxx_webhook_verifier_free()`; on failure `*out` is left untouched.
/// NULL argument: `PINGXX_ERR_NULL_ARGUMENT`.
///
/// # Safety
/// `public_key_pem` is NULL or NUL-terminated; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_webhook_verifier_new(
    public_key_pem: *const c_char,
    out: *mut *mut pingxx_webhook_verifier,
) -> pingxx_result {
    guard(|| {
        let out = arg_out(out, "out")?;
        let inner = pingxx::WebhookVerifier::from_pem(arg_str(public_key_pem, "public_key_pem")?)?;
        *out = Box::into_raw(Box::new(pingxx_webhook_verifier { inner }));
        Ok(())
    })
}

/// Verifies a webhook: `signature` (the `X-Pingplusplus-Signature` header
/// value, base64 with or without padding) over the raw request `body` bytes
/// exactly as received, then parses the event. Fails closed: NULL or blank
/// `signature` is `PINGXX_ERR_SIGNATURE_MISSING`; a signature that does not
/// match is `PINGXX_ERR_SIGNATURE_INVALID`; a well-signed body that is not an
/// event is `PINGXX_ERR_INVALID_EVENT`.
///
/// Ownership: everything is borrowed during the call; `body` may be NULL when
/// `body_len` is 0. On success `*out_event_json` receives the event (every
/// field kept) as a new NUL-terminated JSON string owned by the caller,
/// released with `pingxx_string_free()`; on failure it is left untouched.
/// NULL `verifier` or `out_event_json`, or NULL `body` with a non-zero length:
/// `PINGXX_ERR_NULL_ARGUMENT`.
///
/// # Safety
/// `verifier` is NULL or a live verifier; `body` is NULL or `body_len`
/// readable bytes; `signature` is NULL or NUL-terminated; `out_event_json` is
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pingxx_webhook_verify(
    verifier: *const pingxx_webhook_verifier,
    body: *const u8,
    body_len: usize,
    signature: *const c_char,
    out_event_json: *mut *mut c_char,
) -> pingxx_result {
    guard(|| {
        let verifier = arg_ref(verifier, "verifier")?;
        let out = arg_out(out_event_json, "out_event_json")?;
        let body = arg_bytes(body, body_len, "body")?;
        if signature.is_null() {
            return Err(FfiError::Core(pingxx::Error::SignatureMissing));
        }
        let signature = arg_str(signature, "signature")?;
        let event = verifier.inner.verify(body, signature)?;
        let json = serde_json::to_string(&event)
            .map_err(|e| FfiError::Core(pingxx::Error::InvalidEvent(format!("event does not serialize: {e}"))))?;
        *out = c_string(json).into_raw();
        Ok(())
    })
}

/// Releases a verifier made by `pingxx_webhook_verifier_new()`.
///
/// Ownership: takes `verifier` back; it must not be used afterwards. NULL is a no-op.
///
/// # Safety
/// `verifier` is NULL or a live verifier not yet freed.
#[no_mangle]
pub unsafe extern "C" fn pingxx_webhook_verifier_free(verifier: *mut pingxx_webhook_verifier) {
    if verifier.is_null() {
        return;
    }
    guard_void(|| drop(Box::from_raw(verifier)));
}
