//! Validation cost of two typical requests: an `orders.create` and a
//! `charges.create` on `isv_scan` with extras and a goods_list.
//! Target: at most 5 µs each. Run: `cargo bench -p pingxx --bench validate`.

use std::time::Duration;

use criterion::{black_box, criterion_group, Criterion};
use serde_json::{json, Value};

const NOW: i64 = 1_767_225_600;

fn order_create() -> Value {
    json!({
        "app": "app_1Gqj58ynP0mHeX1q",
        "uid": "user_001",
        "merchant_order_no": "2017_0912_000123",
        "amount": 10000,
        "actual_amount": 9800,
        "currency": "cny",
        "client_ip": "192.168.1.21",
        "subject": "线下门店商品",
        "body": "线下门店商品订单描述",
        "coupon": "coupon_12345678901234567",
        "time_expire": NOW + 3600,
        "receipt_app": "app_1Gqj58ynP0mHeX1q",
        "service_app": "app_1Gqj58ynP0mHeX1q",
        "royalty_users": [{"user": "user_002", "amount": 100}],
        "metadata": {"shop": "SH008", "cashier": "c01"},
        "description": "order for shop SH008",
    })
}

fn charge_isv_scan() -> Value {
    json!({
        "order_no": "20170912000123",
        "app": {"id": "app_1Gqj58ynP0mHeX1q"},
        "channel": "isv_scan",
        "amount": 10000,
        "client_ip": "192.168.1.21",
        "currency": "cny",
        "subject": "线下门店商品",
        "body": "线下门店商品订单描述",
        "time_expire": NOW + 3600,
        "metadata": {"shop": "SH008"},
        "extra": {
            "scan_code": "286801346868493272",
            "terminal_id": "SH008",
            "goods_list": [
                {"goods_id": "iphone6s16G", "unified_goods_id": "1001", "goods_name": "iPhone6s 16G",
                 "goods_num": "1", "price": "528800", "goods_category": "123456", "body": "苹果手机16G",
                 "show_url": "https://www.example.com"},
                {"goods_id": "iphone6s32G", "unified_goods_id": "1002", "goods_name": "iPhone6s 32G",
                 "goods_num": 1, "price": 608800, "goods_category": "123789", "body": "苹果手机32G",
                 "show_url": "https://www.example.com"}
            ]
        }
    })
}

fn bench(c: &mut Criterion) {
    let order = order_create();
    let charge = charge_isv_scan();
    assert!(pingxx::validate_at("orders.create", &order, NOW).is_ok());
    assert!(pingxx::validate_at("charges.create", &charge, NOW).is_ok());
    c.bench_function("validate orders.create", |b| {
        b.iter(|| pingxx::validate_at(black_box("orders.create"), black_box(&order), NOW))
    });
    c.bench_function("validate charges.create isv_scan + goods_list", |b| {
        b.iter(|| pingxx::validate_at(black_box("charges.create"), black_box(&charge), NOW))
    });
}

/// CPU time of this thread: the figure does not depend on what else the
/// machine is doing (as `benches/core.rs` counts).
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Mean thread CPU time per call over a fixed number of calls, after a warm-up.
fn mean(op: &str, params: &Value) -> Duration {
    const N: u32 = 200_000;
    for _ in 0..10_000 {
        black_box(pingxx::validate_at(op, params, NOW)).ok();
    }
    let start = thread_cpu_time();
    for _ in 0..N {
        black_box(pingxx::validate_at(black_box(op), black_box(params), NOW)).ok();
    }
    (thread_cpu_time() - start) / N
}

fn summary() {
    const TARGET: Duration = Duration::from_micros(5);
    for (name, op, params) in [
        ("orders.create", "orders.create", order_create()),
        (
            "charges.create isv_scan + goods_list",
            "charges.create",
            charge_isv_scan(),
        ),
    ] {
        let t = mean(op, &params);
        let verdict = if t <= TARGET { "ok" } else { "OVER TARGET" };
        println!(
            "validate {name}: {:.2} µs CPU per call (target <= 5 µs: {verdict})",
            t.as_secs_f64() * 1e6
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    targets = bench
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary();
}
