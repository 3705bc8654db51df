//! Emulator throughput as it fills: requests per second for create, retrieve
//! and list at each stored-object level, and resident memory per object.
//! Run by `scripts/bench-mock.sh` (release build); not a test.
//!
//! ```sh
//! cargo run --release -p pingxx-mock --example bench -- [--levels 10000,1000000] [--seconds 3] [--threads 4]
//! ```

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use pingxx_mock::{MockConfig, MockServer};

const KEY: &str = "sk_test_bench0000000000000000000";
const APP: &str = "app_1Gqj58ynP0mHeX1q";

struct Args {
    levels: Vec<u64>,
    seconds: f64,
    threads: usize,
}

fn args() -> Args {
    let mut a = Args {
        levels: vec![10_000, 1_000_000],
        seconds: 3.0,
        threads: 4,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_default();
        match flag.as_str() {
            "--levels" => a.levels = value.split(',').filter_map(|v| v.trim().parse().ok()).collect(),
            "--seconds" => a.seconds = value.parse().unwrap_or(a.seconds),
            "--threads" => a.threads = value.parse().unwrap_or(a.threads).max(1),
            other => {
                eprintln!("unknown argument {other}; use --levels N,M --seconds S --threads T");
                std::process::exit(2);
            }
        }
    }
    a
}

/// Resident set size of this process in bytes (Linux), 0 elsewhere.
fn rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<u64>().ok()))
        })
        .map_or(0, |kb| kb * 1024)
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

fn order_body(n: u64) -> String {
    format!(
        r#"{{"app":"{APP}","merchant_order_no":"b{n}","amount":100,"currency":"cny","client_ip":"127.0.0.1","subject":"s","body":"b","uid":"u1"}}"#
    )
}

/// Creates one order; its id.
fn create(agent: &ureq::Agent, base: &str, n: u64) -> String {
    let mut resp = agent
        .post(&format!("{base}/v1/orders"))
        .header("Authorization", &format!("Bearer {KEY}"))
        .header("Content-Type", "application/json")
        .send(order_body(n).as_bytes())
        .expect("create");
    let text = resp.body_mut().read_to_string().unwrap_or_default();
    assert_eq!(resp.status().as_u16(), 200, "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    v["id"].as_str().unwrap_or_default().to_string()
}

fn get(agent: &ureq::Agent, url: &str) {
    let mut resp = agent
        .get(url)
        .header("Authorization", &format!("Bearer {KEY}"))
        .call()
        .expect("get");
    let _ = resp.body_mut().read_to_vec();
    assert_eq!(resp.status().as_u16(), 200, "{url}");
}

/// Runs `work(thread, i)` on `threads` threads for `seconds`; requests per second.
fn measure(threads: usize, seconds: f64, work: impl Fn(&ureq::Agent, u64) + Sync) -> f64 {
    let done = AtomicU64::new(0);
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(seconds);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let agent = agent();
                while Instant::now() < until {
                    let i = done.fetch_add(1, Ordering::Relaxed);
                    work(&agent, i);
                }
            });
        }
    });
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

fn main() {
    let args = args();
    let mock = MockServer::start(MockConfig::default()).expect("emulator starts");
    let base = mock.base_url();
    let rss_empty = rss_bytes();
    let next = Arc::new(AtomicU64::new(0));
    let ids: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    println!("level\tcreate/s\tretrieve/s\tlist/s\trss_MB\tbytes/object");
    for level in args.levels {
        // Fill up to the level (objects = orders; the request log is capped).
        let have = next.load(Ordering::Relaxed);
        if level > have {
            let fill_to = level;
            std::thread::scope(|s| {
                for _ in 0..args.threads {
                    s.spawn(|| {
                        let agent = agent();
                        let mut mine = Vec::new();
                        loop {
                            let n = next.fetch_add(1, Ordering::Relaxed);
                            if n >= fill_to {
                                next.fetch_sub(1, Ordering::Relaxed);
                                break;
                            }
                            let id = create(&agent, &base, n);
                            if n % 97 == 0 {
                                mine.push(id);
                            }
                        }
                        ids.lock().unwrap().extend(mine);
                    });
                }
            });
        }
        let stored = next.load(Ordering::Relaxed);
        let rss = rss_bytes();
        let per_object = rss.saturating_sub(rss_empty) / stored.max(1);
        let sample = ids.lock().unwrap().clone();
        let retrieve = measure(args.threads, args.seconds, |agent, i| {
            let id = &sample[(i as usize * 7919) % sample.len()];
            get(agent, &format!("{base}/v1/orders/{id}"));
        });
        let list = measure(args.threads, args.seconds, |agent, i| {
            let page = 1 + i % 5;
            get(agent, &format!("{base}/v1/orders?app={APP}&page={page}&per_page=20"));
        });
        let create_rate = measure(args.threads, args.seconds, |agent, _| {
            let n = next.fetch_add(1, Ordering::Relaxed);
            create(agent, &base, n);
        });
        println!(
            "{stored}\t{create_rate:.0}\t{retrieve:.0}\t{list:.0}\t{:.0}\t{per_object}",
            rss as f64 / 1e6
        );
    }
}
