//! Failures of the C ABI, the per-thread "last error", and the guard every
//! exported function body runs in (NULL checks, `catch_unwind`).

use std::cell::RefCell;
use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

use pingxx::ErrorCode;
use serde_json::{json, Value};

use crate::result::{pingxx_result, result_of, PINGXX_OK};

/// Everything an exported function can fail with.
#[derive(Debug)]
pub(crate) enum FfiError {
    /// An error of the core, numbered by its catalogue code.
    Core(pingxx::Error),
    /// A pointer argument was NULL; names the argument.
    NullArgument(&'static str),
    /// A string argument is not UTF-8; names the argument and the byte offset.
    InvalidUtf8 { arg: &'static str, valid_up_to: usize },
    /// The caller's buffer holds `cap` bytes, `needed` are required.
    BufferTooSmall {
        arg: &'static str,
        needed: usize,
        cap: usize,
    },
    /// A panic was caught at the boundary.
    Panic(String),
}

impl From<pingxx::Error> for FfiError {
    fn from(e: pingxx::Error) -> Self {
        FfiError::Core(e)
    }
}

impl FfiError {
    /// The catalogue code.
    pub(crate) fn code(&self) -> ErrorCode {
        match self {
            FfiError::Core(e) => e.error_code(),
            FfiError::NullArgument(_) => ErrorCode::NullArgument,
            FfiError::InvalidUtf8 { .. } => ErrorCode::InvalidUtf8,
            FfiError::BufferTooSmall { .. } => ErrorCode::BufferTooSmall,
            FfiError::Panic(_) => ErrorCode::InternalError,
        }
    }

    /// The numeric result code.
    pub(crate) fn result(&self) -> pingxx_result {
        result_of(self.code())
    }

    /// One-line English message naming the argument or field and the rule.
    pub(crate) fn message(&self) -> String {
        match self {
            FfiError::Core(e) => e.to_string(),
            FfiError::NullArgument(arg) => format!("`{arg}` must not be NULL"),
            FfiError::InvalidUtf8 { arg, valid_up_to } => {
                format!("`{arg}` is not valid UTF-8 (invalid byte at offset {valid_up_to})")
            }
            FfiError::BufferTooSmall { arg, needed, cap } => {
                format!("`{arg}` holds {cap} bytes, {needed} are needed (including the terminating NUL)")
            }
            FfiError::Panic(msg) => format!("internal error (panic caught at the C boundary): {msg}"),
        }
    }

    /// `{"code","message","errors","http_status","request_id","param"}`.
    pub(crate) fn to_json(&self) -> Value {
        match self {
            FfiError::Core(e) => e.to_json(),
            other => {
                let param = match other {
                    FfiError::NullArgument(arg)
                    | FfiError::InvalidUtf8 { arg, .. }
                    | FfiError::BufferTooSmall { arg, .. } => Some(*arg),
                    _ => None,
                };
                json!({
                    "code": other.code().as_str(),
                    "message": other.message(),
                    "errors": [],
                    "http_status": null,
                    "request_id": null,
                    "param": param,
                })
            }
        }
    }
}

/// The last failure on one thread, kept as C strings so pointers to them stay
/// valid until the next fallible call on the same thread.
struct LastError {
    message: CString,
    json: CString,
}

thread_local! {
    static LAST_ERROR: RefCell<Option<LastError>> = const { RefCell::new(None) };
}

/// Makes a C string, replacing any interior NUL so nothing is lost silently.
pub(crate) fn c_string(s: String) -> CString {
    CString::new(s).unwrap_or_else(|e| {
        let mut bytes = e.into_vec();
        bytes.retain(|b| *b != 0);
        CString::new(bytes).expect("every NUL byte was removed")
    })
}

fn clear_last_error() {
    let _ = LAST_ERROR.try_with(|slot| slot.borrow_mut().take());
}

fn set_last_error(err: &FfiError) {
    let last = LastError {
        message: c_string(err.message()),
        json: c_string(err.to_json().to_string()),
    };
    let _ = LAST_ERROR.try_with(|slot| *slot.borrow_mut() = Some(last));
}

/// Pointer to this thread's last message or JSON, or to `""` when there is none.
pub(crate) fn last_error_ptr(json: bool) -> *const c_char {
    LAST_ERROR
        .try_with(|slot| {
            slot.borrow().as_ref().map(|last| {
                if json {
                    last.json.as_ptr()
                } else {
                    last.message.as_ptr()
                }
            })
        })
        .ok()
        .flatten()
        .unwrap_or(c"".as_ptr())
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_string()
    }
}

/// Runs the body of a fallible exported function: clears this thread's last
/// error, catches any panic, records a failure and returns its code.
pub(crate) fn guard<F>(body: F) -> pingxx_result
where
    F: FnOnce() -> Result<(), FfiError>,
{
    clear_last_error();
    let outcome = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(r) => r,
        Err(payload) => Err(FfiError::Panic(panic_message(payload))),
    };
    match outcome {
        Ok(()) => PINGXX_OK,
        Err(err) => {
            let code = err.result();
            // Building the record formats strings; a panic there must not escape either.
            if catch_unwind(AssertUnwindSafe(|| set_last_error(&err))).is_err() {
                clear_last_error();
            }
            code
        }
    }
}

/// Runs the body of a `void` exported function (the `_free` family): any
/// panic is swallowed, the last error is left alone.
pub(crate) fn guard_void<F: FnOnce()>(body: F) {
    let _ = catch_unwind(AssertUnwindSafe(body));
}

/// Borrows a C string argument as UTF-8 text.
///
/// # Safety
/// `ptr` is NULL or points to a NUL-terminated string that outlives `'a`.
pub(crate) unsafe fn arg_str<'a>(ptr: *const c_char, arg: &'static str) -> Result<&'a str, FfiError> {
    if ptr.is_null() {
        return Err(FfiError::NullArgument(arg));
    }
    CStr::from_ptr(ptr).to_str().map_err(|e| FfiError::InvalidUtf8 {
        arg,
        valid_up_to: e.valid_up_to(),
    })
}

/// Borrows a handle argument.
///
/// # Safety
/// `ptr` is NULL or a live handle made by this library.
pub(crate) unsafe fn arg_ref<'a, T>(ptr: *const T, arg: &'static str) -> Result<&'a T, FfiError> {
    ptr.as_ref().ok_or(FfiError::NullArgument(arg))
}

/// Borrows a byte buffer argument; NULL is accepted for an empty buffer.
///
/// # Safety
/// `ptr` is NULL or points to `len` readable bytes that outlive `'a`.
pub(crate) unsafe fn arg_bytes<'a>(ptr: *const u8, len: usize, arg: &'static str) -> Result<&'a [u8], FfiError> {
    if ptr.is_null() {
        if len == 0 {
            Ok(&[])
        } else {
            Err(FfiError::NullArgument(arg))
        }
    } else {
        Ok(std::slice::from_raw_parts(ptr, len))
    }
}

/// Checks an out-parameter before any work is done.
pub(crate) fn arg_out<T>(ptr: *mut T, arg: &'static str) -> Result<*mut T, FfiError> {
    if ptr.is_null() {
        Err(FfiError::NullArgument(arg))
    } else {
        Ok(ptr)
    }
}

/// Parses a JSON argument; the error names the argument, never echoes its text.
pub(crate) fn parse_json(text: &str, arg: &'static str) -> Result<Value, FfiError> {
    serde_json::from_str(text).map_err(|e| FfiError::Core(pingxx::Error::InvalidJson(format!("{arg}: {e}"))))
}

/// Hands a JSON value to C as a newly allocated string (freed with `pingxx_string_free`).
pub(crate) fn json_out(value: &Value) -> *mut c_char {
    c_string(value.to_string()).into_raw()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_internal_error_with_its_message() {
        let code = guard(|| panic!("boom in the core"));
        assert_eq!(code, ErrorCode::InternalError.number());
        let msg = unsafe { CStr::from_ptr(last_error_ptr(false)) }.to_str().unwrap();
        assert!(msg.contains("boom in the core"), "{msg}");
        let json: Value =
            serde_json::from_str(unsafe { CStr::from_ptr(last_error_ptr(true)) }.to_str().unwrap()).unwrap();
        assert_eq!(json["code"], "internal_error");
    }

    #[test]
    fn success_clears_the_last_error() {
        assert_eq!(
            guard(|| Err(FfiError::NullArgument("x"))),
            ErrorCode::NullArgument.number()
        );
        assert!(!unsafe { CStr::from_ptr(last_error_ptr(false)) }.to_bytes().is_empty());
        assert_eq!(guard(|| Ok(())), PINGXX_OK);
        assert!(unsafe { CStr::from_ptr(last_error_ptr(false)) }.to_bytes().is_empty());
        assert!(unsafe { CStr::from_ptr(last_error_ptr(true)) }.to_bytes().is_empty());
    }

    #[test]
    fn a_swallowed_panic_in_a_void_function_does_not_escape() {
        guard_void(|| panic!("in a free function"));
    }

    #[test]
    fn interior_nul_is_removed_not_truncated() {
        assert_eq!(c_string("a\0b".into()).to_str().unwrap(), "ab");
    }

    #[test]
    fn every_failure_of_the_layer_has_a_catalogue_code() {
        for (err, code) in [
            (FfiError::NullArgument("a"), "null_argument"),
            (
                FfiError::InvalidUtf8 {
                    arg: "a",
                    valid_up_to: 1,
                },
                "invalid_utf8",
            ),
            (
                FfiError::BufferTooSmall {
                    arg: "a",
                    needed: 2,
                    cap: 1,
                },
                "buffer_too_small",
            ),
            (FfiError::Panic("p".into()), "internal_error"),
        ] {
            assert_eq!(err.to_json()["code"], code);
            assert_eq!(ErrorCode::parse(code).map(ErrorCode::number), Some(err.result()));
        }
    }
}
