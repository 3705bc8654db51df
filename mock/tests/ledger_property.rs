//! Money is conserved and never negative: many random sequences of balance
//! calls (seeded, so a failure replays) through the emulator's real handler.
//! After every call, every balance is >= 0 and the sum of the balances plus
//! what left the users' balances (withdrawals, refunds, fees, transfers to the
//! merchant, balance payments) equals what entered them (recharges, bonuses,
//! deposits, settlements, credits back). What entered and left is counted here
//! from the API's own answers, independently of the emulator's ledger; at the
//! end of each sequence every user's balance is also the sum of its balance
//! transactions.

use pingxx_mock::{InProcess, MockConfig};
use serde_json::{json, Value};

const APP: &str = "app_1Gqj58ynP0mHeX1q";
const USERS: &[&str] = &["u0", "u1", "u2"];
const SEQUENCES: u64 = 40;
const CALLS: usize = 80;

struct World {
    mock: InProcess,
    rng: fastrand::Rng,
    entered: i64,
    left: i64,
    seq: u64,
    /// Recharges waiting for their charge: (recharge id, charge id, amount, user_fee, bonus).
    waiting: Vec<(String, String, i64, i64, i64)>,
    /// Succeeded, unrefunded recharges: (id, bonus).
    recharged: Vec<(String, i64)>,
    /// Withdrawals still open: (id, amount + user_fee, confirmed).
    withdrawals: Vec<(String, i64, bool)>,
    /// Paid orders with a balance part: (id, balance part not yet refunded).
    orders: Vec<(String, i64)>,
    log: Vec<String>,
}

impl World {
    fn call(&mut self, method: &str, path: &str, body: Value) -> (u16, Value) {
        let raw = body.to_string();
        let (status, out) = self.mock.handle(
            method,
            path,
            &[
                ("authorization", "Bearer sk_test_ledger"),
                ("content-type", "application/json"),
            ],
            raw.as_bytes(),
        );
        let out: Value = serde_json::from_slice(&out).unwrap_or(Value::Null);
        if status != 200 {
            self.log.push(format!("  {}", out["error"]["message"]));
        }
        self.log.push(format!("{method} {path} {raw} -> {status}"));
        (status, out)
    }

    fn ok(&mut self, method: &str, path: &str, body: Value) -> Value {
        let (status, out) = self.call(method, path, body);
        assert_eq!(status, 200, "{out}\n{}", self.log.join("\n"));
        out
    }

    fn next_no(&mut self, prefix: &str) -> String {
        self.seq += 1;
        format!("{prefix}{}", self.seq)
    }

    fn user(&mut self) -> &'static str {
        USERS[self.rng.usize(..USERS.len())]
    }

    fn amount(&mut self) -> i64 {
        self.rng.i64(1..=300)
    }

    fn balances(&mut self) -> Vec<i64> {
        USERS
            .iter()
            .map(|u| {
                let user = self.ok("GET", &format!("/v1/apps/{APP}/users/{u}"), Value::Null);
                assert_eq!(user["available_balance"], user["withdrawable_balance"], "{user}");
                user["available_balance"].as_i64().expect("a balance")
            })
            .collect()
    }

    fn check(&mut self) {
        let balances = self.balances();
        let trail = self.log.join("\n");
        assert!(
            balances.iter().all(|b| *b >= 0),
            "a negative balance {balances:?}\n{trail}"
        );
        let sum: i64 = balances.iter().sum();
        assert_eq!(
            sum + self.left,
            self.entered,
            "balances {balances:?} + left {} != entered {}\n{trail}",
            self.left,
            self.entered
        );
    }

    /// One random call; the model follows only what the API answered.
    fn step(&mut self) {
        let app = format!("/v1/apps/{APP}");
        match self.rng.u8(..12) {
            0 => {
                let (user, amount) = (self.user(), self.amount());
                let no = self.next_no("bb");
                let (s, _) = self.call(
                    "POST",
                    &format!("{app}/balance_bonuses"),
                    json!({"user": user, "order_no": no, "amount": amount}),
                );
                if s == 200 {
                    self.entered += amount;
                }
            }
            1 => {
                let (user, amount) = (self.user(), self.amount());
                let fee = if self.rng.bool() { self.rng.i64(0..=amount) } else { 0 };
                let bonus = if fee == 0 && self.rng.bool() {
                    self.rng.i64(0..=50)
                } else {
                    0
                };
                let instant = self.rng.bool();
                let no = self.next_no("rc");
                let charge = if instant {
                    json!({"amount": amount, "channel": "isv_scan", "order_no": no, "subject": "s", "body": "b",
                        "extra": {"scan_code": "286801346868493272", "terminal_id": "T0000001"}})
                } else {
                    json!({"amount": amount, "channel": "alipay", "order_no": no, "subject": "s", "body": "b"})
                };
                // user_fee and balance_bonus are never sent together.
                let mut body = json!({"user": user, "charge": charge});
                if fee > 0 {
                    body["user_fee"] = json!(fee);
                } else if bonus > 0 {
                    body["balance_bonus"] = json!({"amount": bonus});
                }
                let (s, r) = self.call("POST", &format!("{app}/recharges"), body);
                if s == 200 && r["succeeded"] == json!(true) {
                    self.entered += amount + bonus;
                    self.left += fee;
                    self.recharged.push((r["id"].as_str().unwrap().to_string(), bonus));
                } else if s == 200 {
                    let (id, charge) = (r["id"].as_str().unwrap(), r["charge"]["id"].as_str().unwrap());
                    self.waiting
                        .push((id.to_string(), charge.to_string(), amount, fee, bonus));
                }
            }
            2 if !self.waiting.is_empty() => {
                let (id, charge, amount, fee, bonus) = self.waiting.remove(self.rng.usize(..self.waiting.len()));
                self.ok("POST", &format!("/_mock/charges/{charge}/succeed"), Value::Null);
                self.entered += amount + bonus;
                self.left += fee;
                self.recharged.push((id, bonus));
            }
            3 if !self.recharged.is_empty() => {
                let i = self.rng.usize(..self.recharged.len());
                let (id, bonus) = self.recharged[i].clone();
                let (s, r) = self.call(
                    "POST",
                    &format!("{app}/recharges/{id}/refunds"),
                    json!({"description": "back"}),
                );
                if s == 200 {
                    self.left += r["amount"].as_i64().unwrap() + bonus;
                    self.recharged.remove(i);
                }
            }
            4 | 5 => {
                let (user, amount) = (self.user(), self.amount());
                let recipient = if self.rng.u8(..4) == 0 { "0" } else { self.user() };
                let fee = self.rng.i64(0..=20);
                let no = self.next_no("bt");
                let (s, _) = self.call(
                    "POST",
                    &format!("{app}/balance_transfers"),
                    json!({"user": user, "recipient": recipient, "order_no": no, "amount": amount, "user_fee": fee}),
                );
                if s == 200 {
                    self.left += fee + if recipient == "0" { amount } else { 0 };
                }
            }
            6 => {
                let (user, amount) = (self.user(), self.amount());
                let fee = self.rng.i64(0..=10);
                let no = self.next_no("wd");
                let (s, w) = self.call(
                    "POST",
                    &format!("{app}/withdrawals"),
                    json!({"user": user, "order_no": no, "amount": amount, "user_fee": fee, "channel": "yeepay",
                        "extra": {"return_url": "https://example.com/r"}}),
                );
                if s == 200 {
                    self.left += amount + fee;
                    self.withdrawals
                        .push((w["id"].as_str().unwrap().to_string(), amount + fee, false));
                }
            }
            7 | 11 if !self.withdrawals.is_empty() => {
                let i = self.rng.usize(..self.withdrawals.len());
                let (id, total, confirmed) = self.withdrawals[i].clone();
                // Mostly what can happen next: a created one is confirmed, a pending one settles.
                let choice = match (confirmed, self.rng.u8(..4)) {
                    (false, 0..=1) => 0,
                    (true, 0..=1) => self.rng.u8(2..4),
                    (_, c) => c,
                };
                let (method, path, body) = match choice {
                    0 => ("PUT", format!("{app}/withdrawals/{id}"), json!({"status": "pending"})),
                    1 => ("PUT", format!("{app}/withdrawals/{id}"), json!({"status": "canceled"})),
                    2 => ("POST", format!("/_mock/withdrawals/{id}/succeed"), Value::Null),
                    _ => ("POST", format!("/_mock/withdrawals/{id}/fail"), Value::Null),
                };
                let (s, w) = self.call(method, &path, body);
                if s == 200 {
                    match w["status"].as_str() {
                        Some("canceled" | "failed") => {
                            self.left -= total;
                            self.withdrawals.remove(i);
                        }
                        Some("succeeded") => {
                            self.withdrawals.remove(i);
                        }
                        _ => self.withdrawals[i].2 = true,
                    }
                } else {
                    assert!(choice > 0 || confirmed, "confirming a created withdrawal failed: {w}");
                }
            }
            8 if self.withdrawals.len() >= 2 => {
                let picked: Vec<(String, i64, bool)> =
                    self.withdrawals.iter().filter(|_| self.rng.bool()).cloned().collect();
                let mut ids: Vec<Value> = picked.iter().map(|w| json!(w.0)).collect();
                if ids.is_empty() {
                    return;
                }
                if self.rng.u8(..5) == 0 {
                    ids.push(json!("1700000000000000000"));
                }
                let status = if self.rng.bool() { "canceled" } else { "pending" };
                let (s, b) = self.call(
                    "POST",
                    &format!("{app}/batch_withdrawals"),
                    json!({"withdrawals": ids, "status": status}),
                );
                if s == 200 {
                    assert_eq!(b["count"], json!(picked.len()));
                    for (id, total, _) in picked {
                        let i = self.withdrawals.iter().position(|w| w.0 == id).unwrap();
                        if status == "canceled" {
                            self.left -= total;
                            self.withdrawals.remove(i);
                        } else {
                            self.withdrawals[i].2 = true;
                        }
                    }
                }
            }
            9 => {
                // An order paid partly from `uid`'s balance, settled into another user's balance.
                let (uid, to, amount) = (self.user(), self.user(), self.amount());
                let part = self.rng.i64(0..=amount);
                let fee = self.rng.i64(0..=amount / 10);
                let no = self.next_no("od");
                let order = self.ok(
                    "POST",
                    "/v1/orders",
                    json!({"app": APP, "merchant_order_no": no, "amount": amount, "client_ip": "127.0.0.1",
                        "currency": "cny", "subject": "s", "body": "b", "uid": uid,
                        "balance_settlement": {"user": to, "user_fee": fee}}),
                );
                let id = order["id"].as_str().unwrap().to_string();
                let (s, paid) = self.call(
                    "POST",
                    &format!("/v1/orders/{id}/pay"),
                    json!({"channel": "balance", "charge_amount": amount - part, "balance_amount": part}),
                );
                if s == 200 {
                    assert_eq!(paid["status"], "paid", "{paid}");
                    self.left += part + fee;
                    self.entered += amount;
                    self.orders.push((id, part));
                }
            }
            10 if !self.orders.is_empty() => {
                let i = self.rng.usize(..self.orders.len());
                let id = self.orders[i].0.clone();
                let (s, r) = self.call(
                    "POST",
                    &format!("/v1/orders/{id}/order_refunds"),
                    json!({"description": "back"}),
                );
                if s == 200 {
                    let back = r["balance_amount"].as_i64().unwrap();
                    self.left -= back;
                    self.orders.remove(i);
                }
            }
            _ => {}
        }
    }
}

/// Every user's balance is the sum of its balance transactions, and each
/// transaction's `available_balance` is the running sum.
fn transactions_add_up(w: &mut World) {
    let balances = w.balances();
    for (user, balance) in USERS.iter().zip(balances) {
        let mut page = 1;
        let mut amounts = Vec::new();
        loop {
            let list = w.ok(
                "GET",
                &format!("/v1/apps/{APP}/balance_transactions?user={user}&page={page}&per_page=100"),
                Value::Null,
            );
            let data = list["data"].as_array().unwrap().clone();
            amounts.extend(
                data.iter()
                    .map(|t| (t["amount"].as_i64().unwrap(), t["available_balance"].as_i64().unwrap())),
            );
            if list["has_more"] != json!(true) {
                break;
            }
            page += 1;
        }
        amounts.reverse();
        let mut running = 0;
        for (amount, after) in &amounts {
            running += amount;
            assert_eq!(running, *after, "{user}: {amounts:?}");
        }
        assert_eq!(running, balance, "{user}: {amounts:?}");
    }
}

#[test]
fn random_sequences_conserve_money_and_never_go_negative() {
    let mut trail = Vec::new();
    for seed in 0..SEQUENCES {
        let mut w = World {
            mock: InProcess::new(MockConfig::default()).expect("the handler starts"),
            rng: fastrand::Rng::with_seed(seed),
            entered: 0,
            left: 0,
            seq: 0,
            waiting: Vec::new(),
            recharged: Vec::new(),
            withdrawals: Vec::new(),
            orders: Vec::new(),
            log: vec![format!("seed {seed}")],
        };
        for u in USERS {
            w.ok("POST", &format!("/v1/apps/{APP}/users"), json!({"id": u}));
        }
        for _ in 0..CALLS {
            w.step();
            w.check();
        }
        transactions_add_up(&mut w);
        trail.append(&mut w.log);
    }
    // The sequences reached every kind of movement, and some refusals.
    for (what, wanted) in [
        ("/recharges/", "refunds {\"description\":\"back\"} -> 200"),
        ("/_mock/charges/", "-> 200"),
        ("/balance_transfers", "-> 200"),
        ("/balance_transfers", "-> 400"),
        ("/withdrawals ", "-> 400"),
        ("/batch_withdrawals", "-> 200"),
        ("/batch_withdrawals", "-> 400"),
        ("/fail", "-> 200"),
        ("/pay ", "-> 200"),
        ("/pay ", "-> 400"),
        ("/order_refunds", "-> 200"),
    ] {
        assert!(
            trail.iter().any(|l| l.contains(what) && l.ends_with(wanted)),
            "no call {what} ... {wanted}: {:?}",
            trail
                .windows(2)
                .filter(|l| l[1].contains(what))
                .take(3)
                .collect::<Vec<_>>()
        );
    }
}
