//! Core crypto benchmark: `RequestSigner::sign` and `WebhookVerifier::verify`
//! per operation, keys parsed once. `scripts/bench.sh` compares the figures
//! with `openssl speed rsa2048` run in the same script.

use std::hint::black_box;
use std::time::{Duration, Instant};

use pingxx::{RequestSigner, WebhookVerifier};

fn read(rel: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(rel);
    std::fs::read_to_string(p).unwrap()
}

/// CPU time of this thread: like `openssl speed`, which counts CPU time, the
/// figure does not depend on what else the machine is doing.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Runs `f` repeatedly for about `budget` of CPU time and returns the mean CPU time per call.
fn per_op(budget: Duration, mut f: impl FnMut()) -> Duration {
    for _ in 0..20 {
        f();
    }
    let start = thread_cpu_time();
    let wall = Instant::now();
    let mut n = 0u32;
    while thread_cpu_time() - start < budget && wall.elapsed() < budget * 10 {
        for _ in 0..10 {
            f();
        }
        n += 10;
    }
    (thread_cpu_time() - start) / n
}

fn main() {
    let budget = Duration::from_millis(
        std::env::var("PINGXX_BENCH_MS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(3000),
    );
    let signer = RequestSigner::from_pem(&read("keys/merchant_example_private_key_pkcs1.pem")).unwrap();
    let wh: serde_json::Value = serde_json::from_str(&read("webhooks.json")).unwrap();
    let case = &wh["cases"][0];
    let verifier = WebhookVerifier::from_pem(&read(case["public_key"].as_str().unwrap())).unwrap();
    let body = case["body"].as_str().unwrap().as_bytes().to_vec();
    let sig = case["signature"].as_str().unwrap().to_string();
    let req_body = br#"{"order_no":"123456789","amount":100,"channel":"alipay"}"#;

    let sign = per_op(budget, || {
        black_box(signer.sign(black_box(req_body), "/v1/charges", 1_500_000_000));
    });
    let verify = per_op(budget, || {
        verifier.verify_signature(black_box(&body), &sig).unwrap();
    });
    println!("backend {}", pingxx::backend_name());
    println!("core sign_us {:.2}", sign.as_secs_f64() * 1e6);
    println!("core verify_us {:.2}", verify.as_secs_f64() * 1e6);
}
