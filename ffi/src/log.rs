//! `pingxx_set_log_callback`: the core's per-attempt records
//! (`pingxx::AttemptLog`), handed to one process-wide C callback as JSON.

use std::cell::Cell;
use std::ffi::{c_char, c_void};
use std::sync::{Arc, RwLock};

use crate::error::{c_string, guard, FfiError};
use crate::result::pingxx_result;

/// A function receiving one attempt record as a NUL-terminated JSON object:
/// `{"operation","method","path","status","attempt","duration_ms","request_id",
///   "retry_reason","outcome","error_code","request_body","response_body"}`
/// (see `pingxx_set_log_callback()`), and the `user_data` given with it.
///
/// `record_json` is owned by the library and valid only during the call.
#[allow(non_camel_case_types)]
pub type pingxx_log_callback = Option<unsafe extern "C" fn(record_json: *const c_char, user_data: *mut c_void)>;

/// The callback and its user data.
#[derive(Clone, Copy)]
struct Sink {
    callback: unsafe extern "C" fn(*const c_char, *mut c_void),
    user_data: *mut c_void,
}

// SAFETY: the caller of `pingxx_set_log_callback` promises (documented there)
// that the callback may be called from any thread with this `user_data`.
unsafe impl Send for Sink {}
unsafe impl Sync for Sink {}

/// The installed callback. A delivery holds the read lock while the callback
/// runs, so replacing it waits until no thread is still inside the old one.
static SINK: RwLock<Option<Sink>> = RwLock::new(None);

thread_local! {
    /// Set while this thread runs the callback: a record made inside it (the
    /// callback calling the library) is dropped instead of re-entering, and
    /// `pingxx_set_log_callback` refuses instead of deadlocking.
    static IN_CALLBACK: Cell<bool> = const { Cell::new(false) };
}

/// The hook every client made by `pingxx_client_new` carries.
pub(crate) fn hook() -> pingxx::LogHook {
    Arc::new(deliver)
}

/// Sends one record to the callback, if one is installed.
fn deliver(record: &pingxx::AttemptLog) {
    if IN_CALLBACK.with(Cell::get) {
        return;
    }
    let sink = SINK.read().unwrap_or_else(|e| e.into_inner());
    let Some(sink) = *sink else {
        return;
    };
    let json = c_string(record.to_json().to_string());
    IN_CALLBACK.with(|f| f.set(true));
    // SAFETY: the callback and user data were given together by the caller of
    // pingxx_set_log_callback, who promised they stay valid while installed.
    unsafe { (sink.callback)(json.as_ptr(), sink.user_data) };
    IN_CALLBACK.with(|f| f.set(false));
}

/// Installs `callback` (or with NULL removes it) as the one process-wide
/// receiver of the attempt records of every client: one record per HTTP
/// attempt, retries included, as a JSON object with `operation` (`null` for
/// `pingxx_client_request`), `method`, `path`, `status` (`null` when no answer
/// came), `attempt` (from 1), `duration_ms`, `request_id`, `retry_reason`
/// (`null`, `"connect_failed"`, `"status_5xx"`, ...), `outcome` (`"ok"`,
/// `"retry"`, `"error"`), `error_code` (a `pingxx_result_name()` string or
/// `null`), and `request_body` / `response_body` (only with the client option
/// `"log_bodies": true`, otherwise `null`). A record never holds the API key,
/// the private key, a signature or proxy credentials.
///
/// Threading: the callback runs synchronously on the thread making the call,
/// possibly on many threads at once; it must be thread-safe, quick, and must
/// not unwind (no C++ exception, no `longjmp`) out of itself. Records made by
/// library calls from inside the callback are dropped.
///
/// Lifetime: `callback` and `user_data` must stay valid while installed. This
/// function waits until no thread is still running the previous callback, so
/// once it returns the previous `user_data` may be freed. Called from inside
/// the callback it would wait for itself: it then fails with
/// `PINGXX_ERR_INVALID_CONFIG` and changes nothing.
///
/// # Safety
/// `callback` is NULL or a function that may be called as described, from any
/// thread, with `user_data`.
#[no_mangle]
pub unsafe extern "C" fn pingxx_set_log_callback(
    callback: pingxx_log_callback,
    user_data: *mut c_void,
) -> pingxx_result {
    guard(|| {
        if IN_CALLBACK.with(Cell::get) {
            return Err(FfiError::Core(pingxx::Error::InvalidConfig(
                "pingxx_set_log_callback cannot be called from inside the log callback".into(),
            )));
        }
        let sink = callback.map(|callback| Sink { callback, user_data });
        *SINK.write().unwrap_or_else(|e| e.into_inner()) = sink;
        Ok(())
    })
}
