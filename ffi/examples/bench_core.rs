//! Time per call of the core's `RequestSigner::sign` and `WebhookVerifier::verify`
//! on the inputs `tests/c/bench_ffi.c` times through the C ABI; `scripts/bench-c.sh`
//! runs both and prints the overhead. Output: `name ns_per_call`, best of 7 rounds,
//! in CPU time of the thread (as the core's own bench and `openssl speed` count),
//! so the figure depends little on what else the machine is doing.
//! Also times `verify` followed by serializing the event to a JSON string, which
//! is what `pingxx_webhook_verify` hands to C.

use std::path::PathBuf;
use std::time::Duration;

fn vectors() -> PathBuf {
    std::env::var_os("PINGXX_VECTORS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(vectors().join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn best_of_7(iters: u32, mut f: impl FnMut()) -> f64 {
    (0..7)
        .map(|_| {
            let t = thread_cpu_time();
            for _ in 0..iters {
                f();
            }
            (thread_cpu_time() - t).as_nanos() as f64 / f64::from(iters)
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let iters: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2000);
    let signing: serde_json::Value = serde_json::from_str(&read("signing.json")).expect("signing.json");
    let v = &signing["vectors"][0];
    let body = v["body"].as_str().expect("body").as_bytes();
    let target = v["request_target"].as_str().expect("request_target");
    let ts = v["timestamp"].as_i64().expect("timestamp");
    let signer = pingxx::RequestSigner::from_pem(&read(signing["private_key"].as_str().expect("key"))).expect("key");

    let webhooks: serde_json::Value = serde_json::from_str(&read("webhooks.json")).expect("webhooks.json");
    let c = &webhooks["cases"][0];
    let wbody = c["body"].as_str().expect("body").as_bytes();
    let wsig = c["signature"].as_str().expect("signature");
    let verifier = pingxx::WebhookVerifier::from_pem(&read(c["public_key"].as_str().expect("key"))).expect("key");

    let sign = best_of_7((iters / 10).max(1), || {
        std::hint::black_box(signer.sign(std::hint::black_box(body), target, ts));
    });
    let verify = best_of_7(iters, || {
        std::hint::black_box(verifier.verify(std::hint::black_box(wbody), wsig).expect("verifies"));
    });
    let verify_json = best_of_7(iters, || {
        let event = verifier.verify(std::hint::black_box(wbody), wsig).expect("verifies");
        std::hint::black_box(serde_json::to_string(&event).expect("serializes"));
    });
    println!("signer_sign {sign:.0}");
    println!("webhook_verify {verify:.0}");
    println!("webhook_verify_to_json {verify_json:.0}");
}
