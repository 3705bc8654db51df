//! Fault soak: several hundred money-moving calls through the emulator with random
//! faults (drop before, drop after, HTML 502, JSON 500, delay), then the emulator's
//! ledger is compared with what each call reported. Nothing may be created twice, no
//! refund may exceed the paid amount, and every call that did not report success
//! reported either a definite failure (nothing happened) or `outcome_unknown`.

use std::collections::HashMap;
use std::time::Duration;

use pingxx::{Client, Error, ErrorCode};
use pingxx_mock::{Fault, FaultKind, MockConfig, MockHandle, MockServer};
use serde_json::{json, Value};

const APP: &str = "app_1Gqj58ynP0mHeX1q";
const KEY: &str = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC";
/// Money-moving calls made under faults.
const CALLS: usize = 300;

/// What a call reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Reported {
    Ok,
    Failed,
    Unknown,
}

fn reported(result: &Result<Value, Error>) -> Reported {
    match result {
        Ok(_) => Reported::Ok,
        Err(e) if e.error_code() == ErrorCode::OutcomeUnknown => Reported::Unknown,
        Err(_) => Reported::Failed,
    }
}

fn random_fault(rng: &mut fastrand::Rng, path: &str) -> Option<Fault> {
    let kind = match rng.u8(0..10) {
        0 => FaultKind::DropBefore,
        1 | 2 => FaultKind::DropAfter,
        3 => FaultKind::Html502,
        4 => FaultKind::Json500,
        5 => FaultKind::Delay { ms: 30 },
        _ => return None,
    };
    Some(Fault::new(kind, rng.u32(1..=3)).on_path(path))
}

fn clear_faults(mock: &MockHandle) {
    let url = format!("{}/_mock/faults", mock.base_url());
    ureq::delete(&url).call().expect("faults cleared");
}

fn charge_params(no: &str, amount: i64) -> Value {
    json!({"order_no": no, "app": {"id": APP}, "channel": "isv_scan", "amount": amount,
        "client_ip": "127.0.0.1", "currency": "cny", "subject": "s", "body": "b",
        "extra": {"scan_code": "286801346868493272", "terminal_id": "T0000001"}})
}

#[test]
fn ledger_matches_what_every_call_reported() {
    let mock = MockServer::start(MockConfig::default()).expect("emulator starts");
    let client = Client::builder()
        .api_key(KEY)
        .app_id(APP)
        .api_base(mock.base_url())
        .timeout(Duration::from_secs(3))
        .max_retries(2)
        .retry_base_delay(Duration::from_millis(2))
        .retry_max_delay(Duration::from_millis(10))
        .deadline(Duration::from_secs(20))
        .build()
        .expect("client builds");
    let seed = std::env::var("PINGXX_SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20261201);
    let mut rng = fastrand::Rng::with_seed(seed);
    eprintln!("fault soak: seed {seed} ({CALLS} calls)");

    // order_no -> (reported, amount); charge id -> (amount, refunds ok/unknown, refunded ok sum)
    let mut charges: HashMap<String, (Reported, i64)> = HashMap::new();
    let mut known: Vec<(String, i64)> = Vec::new();
    let mut refunds: HashMap<String, [u32; 3]> = HashMap::new();
    let mut tally: HashMap<(&str, Reported), u32> = HashMap::new();

    for i in 0..CALLS {
        let refund = !known.is_empty() && rng.bool();
        if refund {
            let (id, amount) = known[rng.usize(0..known.len())].clone();
            if let Some(f) = random_fault(&mut rng, "/refunds") {
                mock.inject_fault(f);
            }
            let r = client.call(
                "charges.refunds.create",
                json!({"charge_id": id, "amount": rng.i64(1..=amount / 3), "description": "soak"}),
            );
            let rep = reported(&r);
            *tally.entry(("refund", rep)).or_default() += 1;
            refunds.entry(id).or_default()[rep as usize] += 1;
        } else {
            let no = format!("soak{seed}n{i}");
            let amount = rng.i64(30..=1000);
            if let Some(f) = random_fault(&mut rng, "/v1/charges") {
                mock.inject_fault(f);
            }
            let r = client.call("charges.create", charge_params(&no, amount));
            let rep = reported(&r);
            *tally.entry(("charge", rep)).or_default() += 1;
            if let Ok(c) = &r {
                assert_eq!(c["order_no"], no.as_str());
                known.push((c["id"].as_str().expect("charge id").to_string(), amount));
            }
            charges.insert(no, (rep, amount));
        }
        clear_faults(&mock);
    }
    eprintln!("fault soak: reported {tally:?}");

    // The ledger, read with no fault queued.
    let mut seen: HashMap<String, Vec<Value>> = HashMap::new();
    let mut after: Option<String> = None;
    loop {
        let mut params = json!({"limit": 100});
        if let Some(a) = &after {
            params["starting_after"] = json!(a);
        }
        let page = client.call("charges.list", params).expect("charges.list");
        let data = page["data"].as_array().expect("data").clone();
        for c in &data {
            seen.entry(c["order_no"].as_str().unwrap_or_default().to_string())
                .or_default()
                .push(c.clone());
        }
        if page["has_more"] != json!(true) || data.is_empty() {
            break;
        }
        after = data.last().and_then(|c| c["id"].as_str()).map(str::to_string);
    }
    for (no, (rep, amount)) in &charges {
        let found = seen.get(no).map_or(0, Vec::len);
        assert!(found <= 1, "{no}: charge created {found} times");
        match rep {
            Reported::Ok => assert_eq!(found, 1, "{no}: reported success, not in the ledger"),
            Reported::Failed => assert_eq!(found, 0, "{no}: reported a definite failure, yet it exists"),
            Reported::Unknown => {}
        }
        if let Some(c) = seen.get(no).and_then(|v| v.first()) {
            assert_eq!(c["amount"], json!(amount), "{no}: amount");
        }
    }
    for (id, [ok, failed, unknown]) in &refunds {
        let charge = client
            .call("charges.retrieve", json!({"charge_id": id}))
            .expect("charge");
        let list = client
            .call("charges.refunds.list", json!({"charge_id": id, "limit": 100}))
            .expect("refunds");
        let made = list["data"].as_array().expect("data");
        let sum: i64 = made.iter().map(|r| r["amount"].as_i64().unwrap_or(0)).sum();
        let n = made.len() as u32;
        assert!(
            n >= *ok && n <= ok + unknown,
            "{id}: {n} refunds exist, {ok} reported ok, {unknown} unknown, {failed} failed"
        );
        assert!(
            sum <= charge["amount"].as_i64().expect("amount"),
            "{id}: refunded {sum} over the amount"
        );
        assert_eq!(charge["amount_refunded"], json!(sum), "{id}: amount_refunded");
    }
    mock.shutdown();
}
