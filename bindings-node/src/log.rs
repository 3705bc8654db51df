//! The `onLog` option: every attempt's record (`pingxx::AttemptLog`) handed to a
//! JavaScript function.
//!
//! The network thread never waits for JavaScript: the record is queued on a
//! threadsafe function (non-blocking, unbounded queue, weak: it does not keep
//! the process alive) and the function runs later on the JS thread with a
//! plain object whose keys are the record's in camelCase (`durationMs`,
//! `requestId`, ...). An exception thrown by the function is reported with
//! `process.emitWarning` and never fails the call.

use std::sync::Arc;

use napi::bindgen_prelude::{FnArgs, Function, JsObjectValue, Object, Unknown};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::{Env, Status};
use serde_json::Value;

use crate::json::{camel_keys, JsJson};

/// The `onLog` function, callable from any thread.
pub(crate) type LogFunction = ThreadsafeFunction<Value, Unknown<'static>, JsJson, Status, false, true, 0>;

/// Wraps the user's function for calls from the network threads.
pub(crate) fn threadsafe(f: &Function<'_, JsJson, Unknown<'static>>) -> napi::Result<LogFunction> {
    f.build_threadsafe_function::<Value>()
        .weak::<true>()
        .build_callback(|ctx| Ok(JsJson(ctx.value)))
}

/// The core's log hook that queues each record for the function.
pub(crate) fn log_hook(f: LogFunction) -> pingxx::LogHook {
    Arc::new(move |record: &pingxx::AttemptLog| {
        let _ = f.call_with_return_value(
            camel_keys(record.to_json()),
            ThreadsafeFunctionCallMode::NonBlocking,
            |result: napi::Result<Unknown<'static>>, env| {
                if let Err(err) = result {
                    warn(&env, &err.reason);
                }
                Ok(())
            },
        );
    })
}

/// `process.emitWarning(...)` for an exception thrown by `onLog`.
fn warn(env: &Env, reason: &str) {
    let emit = || -> napi::Result<()> {
        let process: Object<'_> = env.get_global()?.get_named_property("process")?;
        let emit: Function<'_, FnArgs<(String, String)>, Unknown<'_>> = process.get_named_property("emitWarning")?;
        let text = if reason.is_empty() { "an exception" } else { reason };
        let message = format!("pingxx: onLog threw {text}; the call was not affected");
        emit.apply(process, FnArgs::from((message, "PingxxWarning".to_string())))?;
        Ok(())
    };
    let _ = emit();
}
