//! `pingxx demo`: a real payment flow against the emulator, every step checked.
//!
//! Sub-app → its `isv_scan` channel → order → pay by scan code → the signed
//! `order.succeeded` webhook, verified → a partial refund → the order list.

use std::io::Write;
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use clap::Args;
use pingxx::{Client, WebhookVerifier};
use serde_json::{json, Value};

use crate::error::{CliError, EXIT_NETWORK, EXIT_OUTCOME_UNKNOWN};
use crate::receiver::{Delivery, Receiver};

/// Default API key of the demo (any `sk_test_` key works with the emulator).
const DEMO_API_KEY: &str = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC";
/// Default platform app id of the demo.
const DEMO_APP_ID: &str = "app_1Gqj58ynP0mHeX1q";
/// The order amount, in fen.
const AMOUNT: i64 = 1000;
/// The partial refund, in fen.
const REFUND: i64 = 300;
/// How long to wait for the `order.succeeded` webhook.
const WEBHOOK_WAIT: Duration = Duration::from_secs(15);
const STEPS: usize = 7;

/// Arguments of `pingxx demo`. `Debug` never shows the API key.
#[derive(Args)]
pub struct DemoArgs {
    /// Run against an emulator already serving at this URL instead of an embedded one.
    #[arg(long, value_name = "URL")]
    api_base: Option<String>,
    /// With --api-base: receive webhooks on this local port (start the emulator with
    /// `--webhook-url http://127.0.0.1:PORT/webhooks`); without it the event is read through `events.list`.
    #[arg(long, value_name = "PORT", requires = "api_base")]
    webhook_port: Option<u16>,
    /// API key sent to the emulator.
    #[arg(long, env = "PINGXX_API_KEY", hide_env_values = true, default_value = DEMO_API_KEY)]
    api_key: String,
    /// The platform app id.
    #[arg(long, env = "PINGXX_APP_ID", default_value = DEMO_APP_ID)]
    app_id: String,
    /// Merchant private key that signs every request, for an emulator started with `--merchant-public-key`.
    #[arg(long, env = "PINGXX_PRIVATE_KEY_PATH", value_name = "FILE", requires = "api_base")]
    private_key: Option<String>,
}

impl std::fmt::Debug for DemoArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoArgs")
            .field("api_base", &self.api_base)
            .field("webhook_port", &self.webhook_port)
            .field("api_key", &"<redacted>")
            .field("app_id", &self.app_id)
            .field("private_key", &self.private_key)
            .finish()
    }
}

/// Where the demo's `order.succeeded` event comes from.
enum Webhooks {
    /// Deliveries to a local receiver, verified with the emulator's public key.
    Receiver {
        verifier: Arc<OnceLock<WebhookVerifier>>,
        deliveries: mpsc::Receiver<Delivery>,
        url: String,
    },
    /// No receiver: the event is looked up with `events.list`.
    EventsApi,
}

/// Runs the demo; `Ok` only when every step checked out.
pub fn run(args: DemoArgs, json: bool) -> Result<(), CliError> {
    let mut receiver_guard = None;
    let mut mock_guard = None;
    let (base, webhooks) = match &args.api_base {
        None => {
            let (receiver, url, hooks) = start_receiver(0)?;
            let handle = crate::mock::start_embedded(Some(url))?;
            let base = handle.base_url();
            mock_guard = Some(handle);
            receiver_guard = Some(receiver);
            (base, hooks)
        }
        Some(base) => match args.webhook_port {
            Some(port) => {
                let (receiver, _, hooks) = start_receiver(port)?;
                receiver_guard = Some(receiver);
                (base.trim_end_matches('/').to_string(), hooks)
            }
            None => (base.trim_end_matches('/').to_string(), Webhooks::EventsApi),
        },
    };
    let out = Printer { json };
    let hooks_desc = match &webhooks {
        Webhooks::Receiver { url, .. } => format!("webhooks to {url}"),
        Webhooks::EventsApi => "events read through events.list".to_string(),
    };
    out.header(&base, &hooks_desc, mock_guard.is_some());
    let mut options = pingxx::ClientOptions::new(&args.api_key);
    options.app_id = Some(args.app_id.clone());
    options.api_base = Some(base.clone());
    options.timeout_ms = Some(20_000);
    if let Some(path) = &args.private_key {
        options.private_key = Some(crate::input::read_key("private key", path)?);
    }
    let client = Client::from_options(options)?;
    let result = Flow {
        client,
        base: base.clone(),
        app_id: args.app_id.clone(),
        out: &out,
        step: 0,
    }
    .walk(webhooks);
    drop(mock_guard);
    drop(receiver_guard);
    result?;
    out.done();
    Ok(())
}

/// Starts the demo's webhook receiver: the receiver, its webhook URL, and the
/// channel deliveries arrive on.
fn start_receiver(port: u16) -> Result<(Receiver, String, Webhooks), CliError> {
    let mut receiver = Receiver::bind("127.0.0.1", port)?;
    let url = format!("{}/webhooks", receiver.base_url());
    let verifier = Arc::new(OnceLock::new());
    let (tx, rx) = mpsc::channel();
    receiver.start(Arc::clone(&verifier), move |d| {
        let _ = tx.send(d);
    });
    let hooks = Webhooks::Receiver {
        verifier,
        deliveries: rx,
        url: url.clone(),
    };
    Ok((receiver, url, hooks))
}

struct Printer {
    json: bool,
}

impl Printer {
    fn header(&self, base: &str, hooks: &str, embedded: bool) {
        if self.json {
            outln!(
                "{}",
                json!({"event": "start", "api_base": base, "webhooks": hooks, "embedded": embedded})
            );
        } else {
            let what = if embedded { "embedded emulator" } else { "emulator" };
            outln!("pingxx demo: {what} at {base}, {hooks}");
        }
        let _ = std::io::stdout().flush();
    }

    fn step(&self, n: usize, title: &str, detail: &str, data: Value) {
        if self.json {
            outln!(
                "{}",
                json!({"event": "step", "step": n, "title": title, "detail": detail, "data": data})
            );
        } else {
            outln!("[{n}/{STEPS}] {title:<24} {detail}");
        }
        let _ = std::io::stdout().flush();
    }

    fn done(&self) {
        if self.json {
            outln!("{}", json!({"event": "done", "ok": true}));
        } else {
            outln!("demo passed: all {STEPS} steps checked out");
        }
    }
}

struct Flow<'a> {
    client: Client,
    base: String,
    app_id: String,
    out: &'a Printer,
    step: usize,
}

/// A failed check of step `step`.
fn failed(step: usize, title: &str, why: impl std::fmt::Display) -> CliError {
    let at = if step == 0 {
        "setup".to_string()
    } else {
        format!("step {step}/{STEPS}")
    };
    let mut e = CliError::check(format!("demo failed at {at} ({title}): {why}"));
    e.code = "demo_failed".into();
    e
}

fn str_field<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

impl Flow<'_> {
    fn call(&self, title: &str, op: &str, params: Value) -> Result<Value, CliError> {
        self.client.call(op, params).map_err(|e| {
            let mut err = failed(self.step, title, format_args!("{op}: {e}"));
            // A network failure or an unknown outcome keeps its exit code; any other is a failed step.
            let exit = crate::error::exit_for(e.error_code());
            if exit == EXIT_NETWORK || exit == EXIT_OUTCOME_UNKNOWN {
                err.exit = exit;
            }
            err
        })
    }

    fn expect(&self, title: &str, ok: bool, why: impl FnOnce() -> String) -> Result<(), CliError> {
        if ok {
            Ok(())
        } else {
            Err(failed(self.step, title, why()))
        }
    }

    fn expect_eq(&self, title: &str, obj: &Value, key: &str, want: Value) -> Result<(), CliError> {
        let got = obj.get(key).cloned().unwrap_or(Value::Null);
        self.expect(title, got == want, || format!("expected {key} = {want}, got {got}"))
    }

    fn walk(mut self, webhooks: Webhooks) -> Result<(), CliError> {
        let verifier_slot = match &webhooks {
            Webhooks::Receiver { verifier, .. } => Some(Arc::clone(verifier)),
            Webhooks::EventsApi => None,
        };
        if let Some(slot) = &verifier_slot {
            let verifier = fetch_public_key(&self.base)?;
            let _ = slot.set(verifier);
        }

        self.step = 1;
        let title = "sub-app created";
        let stamp = format!("{}{:04}", crate::sign::unix_now(), fastrand::u16(..10_000));
        let sub_app = self.call(
            title,
            "sub_apps.create",
            json!({
                "display_name": "pingxx demo shop",
                "user": format!("demo_shop_{stamp}"),
                "description": "created by pingxx demo",
                "metadata": {"source": "pingxx demo"}
            }),
        )?;
        let sub_app_id = str_field(&sub_app, "id").unwrap_or_default().to_string();
        self.expect(title, sub_app_id.starts_with("app_") && sub_app_id.len() == 20, || {
            format!("expected a sub-app id `app_` + 16 characters, got `{sub_app_id}`")
        })?;
        self.expect_eq(title, &sub_app, "object", json!("sub_app"))?;
        self.expect_eq(title, &sub_app, "display_name", json!("pingxx demo shop"))?;
        let level = sub_app.get("level").cloned().unwrap_or(Value::Null);
        self.out.step(
            1,
            title,
            &format!("{sub_app_id} (level {level}, under {})", self.app_id),
            sub_app.clone(),
        );

        self.step = 2;
        let title = "isv_scan channel added";
        let channel = self.call(
            title,
            "sub_apps.channels.create",
            json!({
                "sub_app_id": sub_app_id,
                "channel": "isv_scan",
                "description": "scan-to-pay at the counter",
                "params": {
                    "fee_rate": 60,
                    "mer_id": "288880088880008",
                    "inst_id": "98888888",
                    "key": "eae4c4426b73e26e48dacf0fd6e9a9e1",
                    "support_refund": true
                }
            }),
        )?;
        self.expect_eq(title, &channel, "channel", json!("isv_scan"))?;
        self.expect(title, channel.get("banned") != Some(&json!(true)), || {
            "the new channel is banned".into()
        })?;
        self.out.step(2, title, &format!("on {sub_app_id}"), channel.clone());

        self.step = 3;
        let title = "order created";
        let merchant_order_no = format!("demo{stamp}");
        let order = self.call(
            title,
            "orders.create",
            json!({
                "app": self.app_id,
                "receipt_app": sub_app_id,
                "service_app": sub_app_id,
                "uid": "demo_customer_1",
                "merchant_order_no": merchant_order_no,
                "amount": AMOUNT,
                "currency": "cny",
                "client_ip": "127.0.0.1",
                "subject": "Pu'er tea, 357 g",
                "body": "One cake of Pu'er tea",
                "description": "pingxx demo order"
            }),
        )?;
        let order_id = str_field(&order, "id").unwrap_or_default().to_string();
        self.expect(
            title,
            order_id.len() == 19 && order_id.bytes().all(|b| b.is_ascii_digit()),
            || format!("expected a 19-digit order id, got `{order_id}`"),
        )?;
        self.expect_eq(title, &order, "status", json!("created"))?;
        self.expect_eq(title, &order, "paid", json!(false))?;
        self.expect_eq(title, &order, "amount", json!(AMOUNT))?;
        self.expect_eq(title, &order, "merchant_order_no", json!(merchant_order_no))?;
        self.out.step(
            3,
            title,
            &format!("{order_id}, {AMOUNT} fen cny, status created"),
            order.clone(),
        );

        self.step = 4;
        let title = "paid by scan code";
        let paid = self.call(
            title,
            "orders.pay",
            json!({
                "order_id": order_id,
                "channel": "isv_scan",
                "charge_amount": AMOUNT,
                "extra": {"scan_code": "134567890123456789", "terminal_id": "T0000001"}
            }),
        )?;
        self.expect_eq(title, &paid, "id", json!(order_id))?;
        self.expect_eq(title, &paid, "status", json!("paid"))?;
        self.expect_eq(title, &paid, "paid", json!(true))?;
        let charge_id = find_charge_id(&paid).unwrap_or_default();
        self.expect(title, charge_id.starts_with("ch_") && charge_id.len() == 27, || {
            format!("expected the order's charge `ch_` + 24 characters, got `{charge_id}`")
        })?;
        let charge = self.call(
            title,
            "orders.charges.retrieve",
            json!({"order_id": order_id, "charge_id": charge_id}),
        )?;
        self.expect_eq(title, &charge, "paid", json!(true))?;
        self.expect_eq(title, &charge, "amount", json!(AMOUNT))?;
        self.expect_eq(title, &charge, "channel", json!("isv_scan"))?;
        self.out.step(
            4,
            title,
            &format!("charge {charge_id} paid {AMOUNT} fen, order status paid"),
            paid.clone(),
        );

        self.step = 5;
        let title = "order.succeeded webhook";
        let (event_id, how) = match webhooks {
            Webhooks::Receiver { deliveries, .. } => {
                let event =
                    wait_for_event(&deliveries, "order.succeeded", &order_id).map_err(|why| failed(5, title, why))?;
                (event.id, "signature verified with GET /_mock/public_key")
            }
            Webhooks::EventsApi => {
                let list = self.call(title, "events.list", json!({"limit": 20}))?;
                let found = list
                    .get("data")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .find(|e| {
                        str_field(e, "type") == Some("order.succeeded")
                            && e.pointer("/data/object/id").and_then(Value::as_str) == Some(order_id.as_str())
                    })
                    .and_then(|e| str_field(e, "id"))
                    .map(str::to_string);
                let id =
                    found.ok_or_else(|| failed(5, title, "no order.succeeded event for the order in events.list"))?;
                (id, "found through events.list (pass --webhook-port to receive it)")
            }
        };
        self.expect(title, event_id.starts_with("evt_"), || {
            format!("expected an event id `evt_...`, got `{event_id}`")
        })?;
        self.out
            .step(5, title, &format!("{event_id}, {how}"), json!({"event_id": event_id}));

        self.step = 6;
        let title = "partial refund";
        let refund = self.call(
            title,
            "orders.order_refunds.create",
            json!({"order_id": order_id, "charge_amount": REFUND, "description": "one cup returned"}),
        )?;
        let refund_obj = refund
            .get("data")
            .and_then(Value::as_array)
            .and_then(|d| d.first())
            .cloned()
            .unwrap_or_else(|| refund.clone());
        let refund_id = str_field(&refund_obj, "id").unwrap_or_default().to_string();
        let digits19 = refund_id.len() == 19 && refund_id.bytes().all(|b| b.is_ascii_digit());
        self.expect(title, refund_id.starts_with("re_") || digits19, || {
            format!("expected a refund id (`re_...` or a 19-digit order refund id), got `{refund_id}`")
        })?;
        self.expect_eq(title, &refund_obj, "amount", json!(REFUND))?;
        self.expect(title, str_field(&refund_obj, "status") != Some("failed"), || {
            "the refund failed".into()
        })?;
        let after = self.call(title, "orders.retrieve", json!({"order_id": order_id}))?;
        self.expect_eq(title, &after, "amount_refunded", json!(REFUND))?;
        self.expect_eq(title, &after, "refunded", json!(true))?;
        let status = str_field(&after, "status").unwrap_or_default().to_string();
        self.expect(title, status == "paid" || status == "refunded", || {
            format!("expected status paid or refunded after a partial refund, got `{status}`")
        })?;
        self.out.step(
            6,
            title,
            &format!("{refund_id}, {REFUND} of {AMOUNT} fen; order amount_refunded {REFUND}, status {status}"),
            refund_obj.clone(),
        );

        self.step = 7;
        let title = "orders listed";
        let list = self.call(
            title,
            "orders.list",
            json!({"app": self.app_id, "page": 1, "per_page": 20}),
        )?;
        self.expect_eq(title, &list, "object", json!("list"))?;
        let data = list.get("data").and_then(Value::as_array).cloned().unwrap_or_default();
        let listed = data.iter().find(|o| str_field(o, "id") == Some(order_id.as_str()));
        let listed = listed.ok_or_else(|| failed(7, title, format!("order {order_id} is not in the list")))?;
        self.expect_eq(title, listed, "amount_refunded", json!(REFUND))?;
        self.out.step(
            7,
            title,
            &format!("{} order(s) on page 1, {order_id} among them", data.len()),
            json!({"count": data.len()}),
        );
        Ok(())
    }
}

/// The charge id of a paid order: `charge`, `charge_essentials.charge`, or the first of `charges`.
fn find_charge_id(order: &Value) -> Option<String> {
    let candidates = [
        order.get("charge"),
        order.pointer("/charge_essentials/charge"),
        order.pointer("/charges/data/0/id"),
        order.pointer("/charges/0/id"),
        order.pointer("/charge/id"),
    ];
    candidates
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .find(|s| s.starts_with("ch_"))
        .map(str::to_string)
}

/// Waits for a verified event of `event_type` about `object_id`; a rejected delivery fails.
fn wait_for_event(
    deliveries: &mpsc::Receiver<Delivery>,
    event_type: &str,
    object_id: &str,
) -> Result<pingxx::Event, String> {
    let deadline = Instant::now() + WEBHOOK_WAIT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let delivery = deliveries
            .recv_timeout(left)
            .map_err(|_| format!("no {event_type} webhook within {} s", WEBHOOK_WAIT.as_secs()))?;
        match delivery.outcome {
            Err(e) => return Err(format!("a webhook to {} was rejected: {e}", delivery.path)),
            Ok(event) => {
                let about = event.data.object.get("id").and_then(Value::as_str);
                if event.event_type == event_type && about == Some(object_id) {
                    return Ok(event);
                }
            }
        }
    }
}

/// The emulator's webhook public key, from `GET /_mock/public_key` (PEM text or JSON holding it).
fn fetch_public_key(base: &str) -> Result<WebhookVerifier, CliError> {
    let url = format!("{base}/_mock/public_key");
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into();
    let body = agent
        .get(&url)
        .call()
        .and_then(|mut r| r.body_mut().read_to_string())
        .map_err(|e| failed(0, "emulator public key", format_args!("GET {url}: {e}")))?;
    let pem = match serde_json::from_str::<Value>(&body) {
        Ok(Value::Object(map)) => map
            .values()
            .filter_map(Value::as_str)
            .find(|s| s.contains("BEGIN"))
            .map(str::to_string)
            .unwrap_or_default(),
        _ => body,
    };
    WebhookVerifier::from_pem(&pem).map_err(|e| failed(0, "emulator public key", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charge_id_is_found_in_the_documented_places() {
        let id = "ch_bq9IHKnn6GnLzsS0swOujr4x";
        assert_eq!(find_charge_id(&json!({"charge": id})).as_deref(), Some(id));
        assert_eq!(
            find_charge_id(&json!({"charge": null, "charges": {"data": [{"id": id}]}})).as_deref(),
            Some(id)
        );
        assert_eq!(find_charge_id(&json!({"charge": "nope"})), None);
    }

    #[test]
    fn failures_name_the_step() {
        let e = failed(4, "paid by scan code", "expected status = \"paid\", got \"created\"");
        assert_eq!(e.exit, 1);
        assert!(
            e.message.starts_with("demo failed at step 4/7 (paid by scan code)"),
            "{}",
            e.message
        );
    }
}
