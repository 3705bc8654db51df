//! A fixed pool of plain threads for blocking network calls, so that slow
//! requests never occupy the JS thread or libuv's small thread pool (file
//! system, DNS). Each job settles one Promise.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

use napi::bindgen_prelude::{Object, ToNapiValue};
use napi::{Env, Status};

use crate::errors::panic_error;

/// Number of worker threads that run network calls off the JS thread.
const WORKERS: usize = 16;

type Job = Box<dyn FnOnce() + Send>;

/// The queue the workers take jobs from.
struct Pool {
    tx: Mutex<Sender<Job>>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..WORKERS {
            let rx = Arc::clone(&rx);
            std::thread::Builder::new()
                .name(format!("pingxx-node-{i}"))
                .spawn(move || worker(&rx))
                .expect("spawning a pingxx worker thread");
        }
        Pool { tx: Mutex::new(tx) }
    })
}

fn worker(rx: &Mutex<Receiver<Job>>) {
    loop {
        let job = match rx.lock() {
            Ok(guard) => guard.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        match job {
            Ok(job) => {
                let _ = catch_unwind(AssertUnwindSafe(job));
            }
            Err(_) => return,
        }
    }
}

/// Runs `work` on the pool and returns a Promise of its value; an error
/// rejects it, a panic rejects it with `internal_error`.
pub(crate) fn spawn_promise<'env, T>(
    env: &'env Env,
    work: impl FnOnce() -> napi::Result<T> + Send + 'static,
) -> napi::Result<Object<'env>>
where
    T: ToNapiValue + Send + 'static,
{
    type Resolver<T> = Box<dyn FnOnce(Env) -> napi::Result<T>>;
    let (deferred, promise) = env.create_deferred::<T, Resolver<T>>()?;
    let job: Job = Box::new(move || match catch_unwind(AssertUnwindSafe(work)) {
        Ok(Ok(value)) => deferred.resolve(Box::new(move |_| Ok(value))),
        Ok(Err(err)) => deferred.reject(err),
        Err(payload) => deferred.reject(panic_error(payload.as_ref())),
    });
    let tx = pool().tx.lock().unwrap_or_else(|p| p.into_inner());
    tx.send(job)
        .map_err(|_| napi::Error::new(Status::GenericFailure, "pingxx worker pool is gone"))?;
    Ok(promise)
}
