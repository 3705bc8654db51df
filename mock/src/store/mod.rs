//! In-memory state and the behaviour of every operation of the table.
//!
//! Objects are kept as JSON in the documented shapes. Fields whose name starts
//! with `_` are the emulator's own bookkeeping (owning app, parent order) and
//! are never sent.

use std::collections::{HashMap, HashSet};

use pingxx::Operation;
use serde_json::{json, Map, Value};

use crate::ids;

mod collection;
mod list;

use collection::Collection;

/// A Ping++-shaped error answer.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ApiErr {
    pub status: u16,
    pub kind: &'static str,
    pub message: String,
    pub code: Option<&'static str>,
    pub param: Option<String>,
}

impl ApiErr {
    pub(crate) fn new(status: u16, kind: &'static str, message: impl Into<String>) -> Self {
        ApiErr {
            status,
            kind,
            message: message.into(),
            code: None,
            param: None,
        }
    }

    /// 400 `invalid_request_error` naming `param`.
    pub(crate) fn bad(param: &str, message: impl Into<String>) -> Self {
        ApiErr {
            param: Some(param.to_string()),
            ..ApiErr::new(400, "invalid_request_error", message)
        }
    }

    /// 404 `invalid_request_error`: `No such <what>: <id>`.
    pub(crate) fn not_found(what: &str, param: &str, id: &str) -> Self {
        ApiErr {
            param: Some(param.to_string()),
            ..ApiErr::new(404, "invalid_request_error", format!("No such {what}: {id}"))
        }
    }

    /// The JSON body `{"error": {type, message, code, param}}`.
    pub(crate) fn body(&self) -> Value {
        json!({"error": {"type": self.kind, "message": self.message, "code": self.code, "param": self.param}})
    }
}

/// What a request runs with.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    /// From the API key prefix.
    pub livemode: bool,
    /// Unix seconds.
    pub now: i64,
}

pub(crate) type Res = Result<Value, ApiErr>;

/// The URL of a list operation for one parent id, rendered from the operation table.
fn list_url(operation: &str, param: &str, id: &str) -> String {
    let op = pingxx::find_operation(operation).expect("list operations named here are in the table");
    op.path_with(&[(param, id)])
}

/// Channels whose charges succeed as soon as they are created.
const INSTANT_CHANNELS: &[&str] = &["isv_scan", "balance"];
/// Deepest sub-app level.
const MAX_LEVEL: i64 = 5;

/// All state of one emulator.
#[derive(Debug, Default)]
pub(crate) struct Store {
    seq: u64,
    cols: HashMap<&'static str, Collection>,
    /// Objects stored, all collections together.
    objects: usize,
    /// The most objects stored; creates beyond are refused.
    pub max_objects: Option<usize>,
    unique: HashSet<(String, &'static str, String)>,
    /// Events made since the last drain, for webhook delivery.
    fresh_events: Vec<Value>,
    /// 1 when webhooks are configured: the initial `pending_webhooks` of an event.
    pub webhook_targets: i64,
}

/// Removes the bookkeeping fields (`_...`) of a stored object.
pub(crate) fn clean(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

pub(crate) fn text(p: &Map<String, Value>, key: &str) -> Option<String> {
    match p.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

pub(crate) fn int(p: &Map<String, Value>, key: &str) -> Option<i64> {
    match p.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn obj_or_empty(p: &Map<String, Value>, key: &str) -> Value {
    match p.get(key) {
        Some(v @ Value::Object(_)) => v.clone(),
        _ => json!({}),
    }
}

fn opt(p: &Map<String, Value>, key: &str) -> Value {
    p.get(key).cloned().unwrap_or(Value::Null)
}

impl Store {
    /// An empty store; `webhook_targets` is 1 when webhooks are configured;
    /// `max_objects` caps what it stores.
    pub(crate) fn new(webhook_targets: i64, max_objects: Option<usize>) -> Self {
        Store {
            webhook_targets,
            max_objects,
            ..Store::default()
        }
    }

    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    fn col(&mut self, name: &'static str) -> &mut Collection {
        self.cols.entry(name).or_insert_with(|| Collection::new(name))
    }

    /// Stores `obj` in `name`; what the API answers (the bookkeeping removed).
    fn insert(&mut self, name: &'static str, obj: Value) -> Value {
        let out = clean(&obj);
        self.col(name).push(obj);
        self.objects += 1;
        out
    }

    /// Stores `obj` in `name`.
    fn push(&mut self, name: &'static str, obj: Value) {
        self.col(name).push(obj);
        self.objects += 1;
    }

    /// Removes the objects of `name` that `remove` accepts.
    fn remove(&mut self, name: &'static str, remove: impl Fn(&Value) -> bool) {
        let col = self.col(name);
        let before = col.len();
        col.retain(|o| !remove(o));
        let removed = before - col.len();
        self.objects -= removed;
    }

    fn find(&self, name: &'static str, pred: impl Fn(&Value) -> bool) -> Option<&Value> {
        self.cols.get(name)?.find(pred)
    }

    /// The object of collection `name` with id `id` whose `owner_field` is `owner`;
    /// a 404 naming `param` otherwise.
    fn owned(
        &self,
        name: &'static str,
        owner_field: &str,
        owner: &str,
        id: &str,
        what: &str,
        param: &str,
    ) -> Result<&Value, ApiErr> {
        self.cols
            .get(name)
            .and_then(|c| c.get(id, |o| o[owner_field].as_str() == Some(owner)))
            .ok_or_else(|| ApiErr::not_found(what, param, id))
    }

    fn find_mut(&mut self, name: &'static str, pred: impl Fn(&Value) -> bool) -> Option<&mut Value> {
        self.cols.get_mut(name)?.find_mut(pred)
    }

    fn get_by_id(&self, name: &'static str, id: &str) -> Option<&Value> {
        self.cols.get(name)?.get(id, |_| true)
    }

    fn get_mut_by_id(&mut self, name: &'static str, id: &str) -> Option<&mut Value> {
        self.cols.get_mut(name)?.get_mut(id, |_| true)
    }

    /// The scope a unique number is unique in: the app of the request (path
    /// `app_id`, or `app` as text or `{id}`), else the owning object of the path
    /// (an order's app for `orders.refunds.create`).
    fn unique_scope(&self, op: &Operation, p: &Map<String, Value>) -> String {
        if let Some(app) = text(p, "app_id") {
            return app;
        }
        match p.get("app") {
            Some(Value::Object(m)) => return m.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
            Some(Value::String(s)) => return s.clone(),
            _ => {}
        }
        if let Some(order) = text(p, "order_id").and_then(|id| self.get_by_id("orders", &id)) {
            return order["app"].as_str().unwrap_or("").to_string();
        }
        op.path_params
            .iter()
            .filter_map(|k| text(p, k))
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Runs one operation: refuses a repeated unique number (the table's
    /// `unique_param`) and a create beyond `max_objects`, then [`Store::dispatch`];
    /// the number is taken only when the operation succeeds.
    pub(crate) fn run(&mut self, op: &Operation, p: &Map<String, Value>, ctx: Ctx) -> Res {
        if let (Some(max), pingxx::Method::Post) = (self.max_objects, op.method) {
            if self.objects >= max {
                return Err(ApiErr {
                    code: Some("max_objects_reached"),
                    ..ApiErr::new(
                        400,
                        "invalid_request_error",
                        format!("The emulator stores at most {max} objects (--max-objects) and is full; POST /_mock/reset clears it"),
                    )
                });
            }
        }
        let unique = match op.unique_param.and_then(|field| text(p, field).map(|v| (field, v))) {
            Some((field, number)) => {
                let key = (self.unique_scope(op, p), op.name, number);
                if self.unique.contains(&key) {
                    return Err(ApiErr::bad(
                        field,
                        format!(
                            "{field}: `{}` was already used for {} of app {}; it must be unique",
                            key.2, op.name, key.0
                        ),
                    ));
                }
                Some(key)
            }
            None => None,
        };
        let out = self.dispatch(op, p, ctx)?;
        if let Some(key) = unique {
            self.unique.insert(key);
        }
        Ok(out)
    }

    /// Records an event about `object` and returns it.
    fn emit(&mut self, ctx: Ctx, kind: &str, object: &Value) -> Value {
        let event = json!({
            "id": ids::alnum("evt_", 24),
            "object": "event",
            "type": kind,
            "livemode": ctx.livemode,
            "created": ctx.now,
            "pending_webhooks": self.webhook_targets,
            "request": Value::Null,
            "data": {"object": clean(object)},
        });
        self.push("events", event.clone());
        self.fresh_events.push(event.clone());
        event
    }

    /// Events made since the last call, oldest first.
    pub(crate) fn drain_events(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.fresh_events)
    }

    /// Sets an event's `pending_webhooks`.
    pub(crate) fn set_pending_webhooks(&mut self, event_id: &str, pending: i64) {
        if let Some(e) = self.get_mut_by_id("events", event_id) {
            e["pending_webhooks"] = json!(pending);
        }
    }

    /// Runs one operation with its (validated) parameters, path parameters included.
    fn dispatch(&mut self, op: &Operation, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let path = |k: &str| text(p, k).unwrap_or_default();
        match op.name {
            "charges.create" => self.create_charge(p, ctx),
            "charges.retrieve" => self.charge(&path("charge_id")).map(clean),
            "charges.list" => self.list(op, "charges", p, None),
            "charges.reverse" => self.reverse_charge(&path("charge_id"), ctx),
            "charges.refunds.create" => self.refund_charge(&path("charge_id"), p, ctx),
            "charges.refunds.retrieve" => {
                let (ch, re) = (path("charge_id"), path("refund_id"));
                self.charge(&ch)?;
                self.owned("refunds", "charge", &ch, &re, "refund", "refund_id")
                    .map(clean)
            }
            "charges.refunds.list" => {
                let ch = path("charge_id");
                self.charge(&ch)?;
                self.list(op, "refunds", p, Some(("charge", &ch)))
            }
            "orders.create" => self.create_order(p, ctx),
            "orders.retrieve" => self.order(&path("order_id")).map(clean),
            "orders.list" => self.list(op, "orders", p, None),
            "orders.pay" => self.pay_order(&path("order_id"), p, ctx),
            "orders.cancel" => self.cancel_order(&path("order_id"), p, ctx),
            "orders.charges.retrieve" => {
                let (ord, ch) = (path("order_id"), path("charge_id"));
                self.order(&ord)?;
                self.owned("charges", "_order", &ord, &ch, "charge", "charge_id")
                    .map(clean)
            }
            "orders.charges.list" => {
                let ord = path("order_id");
                self.order(&ord)?;
                self.list(op, "charges", p, Some(("_order", &ord)))
            }
            "orders.order_refunds.create" => self.refund_order(&path("order_id"), p, ctx, true),
            "orders.refunds.create" => self.refund_order(&path("order_id"), p, ctx, false),
            "orders.order_refunds.retrieve" | "orders.refunds.retrieve" => {
                let (ord, re) = (path("order_id"), path("refund_id"));
                self.order(&ord)?;
                self.owned("order_refunds", "_order", &ord, &re, "refund", "refund_id")
                    .map(clean)
            }
            "orders.order_refunds.list" | "orders.refunds.list" => {
                let ord = path("order_id");
                self.order(&ord)?;
                self.list(op, "order_refunds", p, Some(("_order", &ord)))
            }
            "events.retrieve" => {
                let id = path("event_id");
                self.get_by_id("events", &id)
                    .map(clean)
                    .ok_or_else(|| ApiErr::not_found("event", "event_id", &id))
            }
            "events.list" => self.list(op, "events", p, None),
            "sub_apps.create" => self.create_sub_app(&path("app_id"), p, ctx),
            "sub_apps.retrieve" => self.sub_app(&path("app_id"), &path("sub_app_id")).map(clean),
            "sub_apps.update" => {
                let (app, sub) = (path("app_id"), path("sub_app_id"));
                self.sub_app(&app, &sub)?;
                if let Some(parent) = text(p, "parent_app") {
                    let level = self.parent_level(&app, &parent)? + 1;
                    if level > MAX_LEVEL || parent == sub {
                        return Err(ApiErr::bad("parent_app", "parent_app: sub-apps nest at most 5 levels"));
                    }
                    let o = self.get_mut_by_id("sub_apps", &sub).expect("checked above");
                    o["level"] = json!(level);
                }
                let o = self.get_mut_by_id("sub_apps", &sub).expect("checked above");
                merge(o, p, &["app_id", "sub_app_id"]);
                Ok(clean(o))
            }
            "sub_apps.delete" => {
                let (app, sub) = (path("app_id"), path("sub_app_id"));
                self.sub_app(&app, &sub)?;
                self.remove("sub_apps", |o| o["id"] == json!(sub));
                self.remove("channels", |o| o["_app"] == json!(sub));
                Ok(json!({"id": sub, "deleted": true}))
            }
            "sub_apps.list" => {
                let app = path("app_id");
                self.list(op, "sub_apps", p, Some(("_app", &app)))
            }
            "sub_apps.channels.create" => {
                let (app, sub) = (path("app_id"), path("sub_app_id"));
                self.sub_app(&app, &sub)?;
                let channel = text(p, "channel").unwrap_or_default();
                if self.channel(&sub, &channel).is_ok() {
                    return Err(ApiErr::bad(
                        "channel",
                        format!("channel: `{channel}` already exists for sub-app {sub}"),
                    ));
                }
                let obj = json!({
                    "object": "channel",
                    "created": ctx.now,
                    "channel": channel,
                    "params": opt(p, "params"),
                    "banned": p.get("banned").cloned().unwrap_or(json!(false)),
                    "banned_msg": opt(p, "banned_msg"),
                    "description": opt(p, "description"),
                    "_app": sub,
                });
                Ok(self.insert("channels", obj))
            }
            "sub_apps.channels.retrieve" => {
                let (app, sub, ch) = (path("app_id"), path("sub_app_id"), path("channel"));
                self.sub_app(&app, &sub)?;
                self.channel(&sub, &ch).map(clean)
            }
            "sub_apps.channels.update" => {
                let (app, sub, ch) = (path("app_id"), path("sub_app_id"), path("channel"));
                self.sub_app(&app, &sub)?;
                self.channel(&sub, &ch)?;
                let o = self
                    .find_mut("channels", |c| c["_app"] == json!(sub) && c["channel"] == json!(ch))
                    .expect("checked above");
                merge(o, p, &["app_id", "sub_app_id", "channel"]);
                Ok(clean(o))
            }
            "sub_apps.channels.delete" => {
                let (app, sub, ch) = (path("app_id"), path("sub_app_id"), path("channel"));
                self.sub_app(&app, &sub)?;
                self.channel(&sub, &ch)?;
                self.remove("channels", |c| c["_app"] == json!(sub) && c["channel"] == json!(ch));
                Ok(json!({"id": ch, "deleted": true}))
            }
            "upload_pic.create" => {
                let app = path("app_id");
                Ok(json!({
                    "app": app,
                    "livemode": ctx.livemode,
                    "media_url": format!("http://mock.pingxx.invalid/media/{}", ids::alnum("pic_", 16)),
                }))
            }
            "card_bin.query" => {
                let account = text(p, "account").unwrap_or_default();
                let (bank_name, bank_code) = if account.starts_with("62") {
                    ("中国银联", "UPOP")
                } else {
                    ("招商银行", "CMB")
                };
                Ok(json!({
                    "card_bin": account.chars().take(6).collect::<String>(),
                    "card_type": "DEBIT",
                    "bank_name": bank_name,
                    "bank_code": bank_code,
                }))
            }
            "users.create" => {
                let app = path("app_id");
                let id = text(p, "id").unwrap_or_default();
                self.create_user(&app, &id, "customer", p, ctx, "id")
            }
            "users.retrieve" => self.user(&path("app_id"), &path("user_id")).map(clean),
            "users.update" => {
                let (app, user) = (path("app_id"), path("user_id"));
                self.user(&app, &user)?;
                let o = self.user_mut(&app, &user).expect("checked above");
                merge(o, p, &["app_id", "user_id", "id"]);
                Ok(clean(o))
            }
            "users.list" => {
                let app = path("app_id");
                self.list(op, "users", p, Some(("app", &app)))
            }
            "users.settle_accounts.create" => {
                let (app, user) = (path("app_id"), path("user_id"));
                self.user(&app, &user)?;
                // A card binding: the wallet page where the user adds or removes cards.
                let mut url = format!("http://mock.pingxx.invalid/wallet/{app}/{user}/cards?redirectUrl=");
                pingxx::query::encode_component(&text(p, "return_url").unwrap_or_default(), &mut url);
                Ok(json!({"app": app, "user": user, "card_url": url}))
            }
            "settle_accounts.create" => {
                let app = path("app_id");
                let user = text(p, "user");
                self.create_settle_account(&app, user.as_deref(), p, ctx)
            }
            "cus_applications.create" => self.create_application(op, &path("app_id"), p, ctx),
            "mch_applications.create" | "micro_applications.create" => {
                self.create_application(op, &path("app_id"), p, ctx)
            }
            "cus_applications.retrieve" => {
                let (app, id) = (path("app_id"), path("cus_id"));
                self.owned("cus_applications", "app", &app, &id, "cus_application", "cus_id")
                    .map(clean)
            }
            "mch_applications.retrieve" | "micro_applications.retrieve" => {
                let (app, id) = (path("app_id"), path("mch_id"));
                let kind = op.resource();
                self.find("mch_applications", |o| {
                    o["id"] == json!(id) && o["app"] == json!(app) && o["_kind"] == json!(kind)
                })
                .map(clean)
                .ok_or_else(|| ApiErr::not_found("mch_application", "mch_id", &id))
            }
            "deposits.create" => self.create_deposit(&path("app_id"), p, ctx),
            "withdrawals.create" => self.create_withdrawal(&path("app_id"), p, ctx),
            "withdrawals.retrieve" => self.withdrawal(&path("app_id"), &path("withdrawal_id")).map(clean),
            "withdrawals.list" => {
                let app = path("app_id");
                self.list(op, "withdrawals", p, Some(("app", &app)))
            }
            "withdrawals.confirm" => self.confirm_withdrawal(&path("app_id"), &path("withdrawal_id"), p, ctx),
            "allocations.create" => self.create_allocation(p, ctx),
            "allocations.retrieve" => {
                let id = path("allocation_id");
                self.get_by_id("allocations", &id)
                    .map(clean)
                    .ok_or_else(|| ApiErr::not_found("allocation", "allocation_id", &id))
            }
            "allocation_refunds.create" => self.create_allocation_refund(p, ctx),
            "allocation_completes.create" => self.create_allocation_complete(p, ctx),
            "allocation_completes.retrieve" => {
                let id = path("allocation_complete_id");
                self.get_by_id("allocation_completes", &id)
                    .map(clean)
                    .ok_or_else(|| ApiErr::not_found("allocation_complete", "allocation_complete_id", &id))
            }
            other => Err(ApiErr::new(
                501,
                "api_error",
                format!("operation {other} is not emulated"),
            )),
        }
    }

    // ----- charges -----

    fn charge(&self, id: &str) -> Result<&Value, ApiErr> {
        self.get_by_id("charges", id)
            .ok_or_else(|| ApiErr::not_found("charge", "charge_id", id))
    }

    fn new_charge(&mut self, ctx: Ctx, app: &str, channel: &str, amount: i64, p: &Map<String, Value>) -> Value {
        let id = ids::alnum("ch_", 24);
        let credential = if INSTANT_CHANNELS.contains(&channel) {
            json!({"object": "credential"})
        } else {
            let mut c = json!({"object": "credential"});
            c[channel] = json!({"mock": true, "charge": id, "pay_url": format!("http://mock.pingxx.invalid/pay/{id}")});
            c
        };
        json!({
            "id": id,
            "object": "charge",
            "created": ctx.now,
            "livemode": ctx.livemode,
            "paid": false,
            "refunded": false,
            "reversed": false,
            "app": app,
            "channel": channel,
            "order_no": opt(p, "order_no"),
            "client_ip": opt(p, "client_ip"),
            "amount": amount,
            "amount_settle": amount,
            "currency": p.get("currency").cloned().unwrap_or(json!("cny")),
            "subject": opt(p, "subject"),
            "body": opt(p, "body"),
            "extra": obj_or_empty(p, "extra"),
            "time_paid": null,
            "time_expire": p.get("time_expire").cloned().unwrap_or(json!(ctx.now + 86_400)),
            "time_settle": null,
            "transaction_no": null,
            "refunds": {"object": "list", "url": list_url("charges.refunds.list", "charge_id", &id), "has_more": false, "data": []},
            "amount_refunded": 0,
            "failure_code": null,
            "failure_msg": null,
            "metadata": obj_or_empty(p, "metadata"),
            "credential": credential,
            "description": opt(p, "description"),
        })
    }

    fn create_charge(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = match p.get("app") {
            Some(Value::Object(m)) => m.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        let channel = text(p, "channel").unwrap_or_default();
        let amount = int(p, "amount").unwrap_or(0);
        let charge = self.new_charge(ctx, &app, &channel, amount, p);
        let id = charge["id"].as_str().unwrap_or_default().to_string();
        self.push("charges", charge);
        if INSTANT_CHANNELS.contains(&channel.as_str()) {
            self.settle_charge(&id, true, ctx)
        } else {
            self.charge(&id).map(clean)
        }
    }

    /// Makes a charge succeed or fail (`/_mock/charges/{id}/succeed|fail`), with its events.
    pub(crate) fn settle_charge(&mut self, id: &str, success: bool, ctx: Ctx) -> Res {
        let charge = self.charge(id)?;
        if charge["paid"] == json!(true) || !charge["failure_code"].is_null() {
            return Err(ApiErr::bad(
                "charge_id",
                format!("charge {id} is already settled and cannot change again"),
            ));
        }
        let order_id = charge["_order"].as_str().map(str::to_string);
        let charge = self.get_mut_by_id("charges", id).expect("checked above");
        if success {
            charge["paid"] = json!(true);
            charge["time_paid"] = json!(ctx.now);
            charge["transaction_no"] = json!(ids::digits("4200", 28, fastrand::u64(..1_000_000)));
        } else {
            charge["failure_code"] = json!("mock_failed");
            charge["failure_msg"] = json!("the payment failed (POST /_mock/charges/{id}/fail)");
        }
        let snapshot = charge.clone();
        if success {
            self.emit(ctx, "charge.succeeded", &snapshot);
        }
        if let (true, Some(order_id)) = (success, order_id) {
            if let Some(order) = self.get_mut_by_id("orders", &order_id) {
                order["paid"] = json!(true);
                order["status"] = json!("paid");
                order["time_paid"] = json!(ctx.now);
                order["charge"] = json!(id);
                let order = order.clone();
                self.emit(ctx, "order.succeeded", &order);
            }
        }
        Ok(clean(&snapshot))
    }

    fn reverse_charge(&mut self, id: &str, ctx: Ctx) -> Res {
        let charge = self.charge(id)?;
        if charge["reversed"] == json!(true) {
            return Err(ApiErr::bad("charge_id", format!("charge {id} is already reversed")));
        }
        let paid = charge["paid"] == json!(true);
        let amount = charge["amount"].as_i64().unwrap_or(0);
        let refunded = charge["amount_refunded"].as_i64().unwrap_or(0);
        if paid && amount > refunded {
            let mut p = Map::new();
            p.insert("amount".into(), json!(amount.saturating_sub(refunded)));
            p.insert("description".into(), json!("reversed"));
            self.refund_charge(id, &p, ctx)?;
        }
        let charge = self.get_mut_by_id("charges", id).expect("checked above");
        charge["reversed"] = json!(true);
        Ok(clean(charge))
    }

    fn refund_charge(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let refund = self.charge_refund(id, p, ctx, "amount")?;
        let order = self.charge(id)?["_order"].as_str().map(str::to_string);
        if let Some(order) = order {
            let amount = refund["amount"].as_i64().unwrap_or(0);
            self.add_order_refund(&order, amount);
        }
        Ok(refund)
    }

    /// Refunds `amount` (or what is left) of a paid charge: the refund object, `refund.succeeded`.
    fn charge_refund(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx, amount_param: &str) -> Res {
        let charge = self.charge(id)?;
        if charge["paid"] != json!(true) {
            return Err(ApiErr::bad(
                "charge_id",
                format!("charge {id} is not paid and cannot be refunded"),
            ));
        }
        let left = charge["amount"]
            .as_i64()
            .unwrap_or(0)
            .saturating_sub(charge["amount_refunded"].as_i64().unwrap_or(0));
        let amount = int(p, "amount").unwrap_or(left);
        if amount <= 0 || amount > left {
            return Err(ApiErr::bad(
                amount_param,
                format!("{amount_param}: {amount} is more than the {left} left to refund"),
            ));
        }
        let refund = json!({
            "id": ids::alnum("re_", 24),
            "object": "refund",
            "order_no": ids::digits("", 20, self.seq + 1),
            "amount": amount,
            "created": ctx.now,
            "succeed": true,
            "status": "succeeded",
            "time_succeed": ctx.now,
            "description": p.get("description").cloned().unwrap_or(json!("refund")),
            "failure_code": null,
            "failure_msg": null,
            "metadata": obj_or_empty(p, "metadata"),
            "charge": id,
            "charge_order_no": charge["order_no"],
            "transaction_no": ids::digits("50", 28, self.seq + 1),
            "funding_source": opt(p, "funding_source"),
            "extra": obj_or_empty(p, "extra"),
            "_order": charge["_order"],
        });
        self.next_seq();
        let out = clean(&refund);
        let charge = self.get_mut_by_id("charges", id).expect("checked above");
        charge["amount_refunded"] = json!(charge["amount_refunded"].as_i64().unwrap_or(0).saturating_add(amount));
        charge["refunded"] = json!(true);
        if let Some(data) = charge["refunds"]["data"].as_array_mut() {
            data.insert(0, out.clone());
        }
        self.push("refunds", refund);
        self.emit(ctx, "refund.succeeded", &out);
        Ok(out)
    }

    // ----- orders -----

    fn order(&self, id: &str) -> Result<&Value, ApiErr> {
        self.get_by_id("orders", id)
            .ok_or_else(|| ApiErr::not_found("order", "order_id", id))
    }

    fn create_order(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = match p.get("app") {
            Some(Value::Object(m)) => m.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
            _ => text(p, "app").unwrap_or_default(),
        };
        let merchant_order_no = text(p, "merchant_order_no").unwrap_or_default();
        let seq = self.next_seq();
        let id = ids::digits("20", 19, seq);
        let amount = int(p, "amount").unwrap_or(0);
        let order = json!({
            "id": id,
            "object": "order",
            "created": ctx.now,
            "livemode": ctx.livemode,
            "paid": false,
            "refunded": false,
            "status": "created",
            "app": app,
            "uid": p.get("uid").cloned().unwrap_or(json!("0")),
            "available_balance": 0,
            "merchant_order_no": merchant_order_no,
            "type": "purchase",
            "amount": amount,
            "actual_amount": p.get("actual_amount").cloned().unwrap_or(json!(amount)),
            "coupon_amount": 0,
            "balance_amount": 0,
            "charge_amount": 0,
            "amount_refunded": 0,
            "currency": p.get("currency").cloned().unwrap_or(json!("cny")),
            "subject": opt(p, "subject"),
            "body": opt(p, "body"),
            "client_ip": opt(p, "client_ip"),
            "time_paid": null,
            "time_expire": p.get("time_expire").cloned().unwrap_or(json!(ctx.now + 86_400)),
            "refunds": {"object": "list", "url": list_url("orders.order_refunds.list", "order_id", &id), "has_more": false, "data": []},
            "charge": null,
            "balance_transaction": null,
            "coupon": opt(p, "coupon"),
            "description": opt(p, "description"),
            "metadata": obj_or_empty(p, "metadata"),
            "charge_essentials": {},
            "receipt_app": opt(p, "receipt_app"),
            "service_app": opt(p, "service_app"),
            "user_fee": 0,
            "extra_amount": 0,
        });
        Ok(self.insert("orders", order))
    }

    fn pay_order(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let order = self.order(id)?;
        match order["status"].as_str() {
            Some("created") => {}
            Some(status) => {
                return Err(ApiErr::bad(
                    "order_id",
                    format!("order {id} is {status} and cannot be paid"),
                ))
            }
            None => return Err(ApiErr::bad("order_id", format!("order {id} cannot be paid"))),
        }
        if order["time_expire"].as_i64().is_some_and(|t| t < ctx.now) {
            return Err(ApiErr::bad(
                "order_id",
                format!("order {id} has expired and cannot be paid"),
            ));
        }
        let amount = order["amount"].as_i64().unwrap_or(0);
        let balance = int(p, "balance_amount").unwrap_or(0).max(0);
        let charge_amount = int(p, "charge_amount").unwrap_or(amount.saturating_sub(balance));
        if charge_amount.checked_add(balance) != Some(amount) {
            return Err(ApiErr::bad(
                "charge_amount",
                format!(
                    "charge_amount: {charge_amount} plus balance_amount {balance} must equal the order amount {amount}"
                ),
            ));
        }
        let channel = text(p, "channel").unwrap_or_else(|| "balance".into());
        let app = order["app"].as_str().unwrap_or_default().to_string();
        let mut cp = p.clone();
        for k in ["order_no", "client_ip", "currency", "subject", "body", "description"] {
            let src = if k == "order_no" { "merchant_order_no" } else { k };
            cp.insert(k.into(), order[src].clone());
        }
        cp.remove("metadata");
        let mut charge = self.new_charge(ctx, &app, &channel, charge_amount, &cp);
        charge["_order"] = json!(id);
        let charge_id = charge["id"].as_str().unwrap_or_default().to_string();
        let essentials = json!({"channel": channel, "credential": charge["credential"], "extra": charge["extra"]});
        self.push("charges", charge);
        let order = self.get_mut_by_id("orders", id).expect("checked above");
        order["charge"] = json!(charge_id);
        order["charge_amount"] = json!(charge_amount);
        order["balance_amount"] = json!(balance);
        order["charge_essentials"] = essentials;
        if INSTANT_CHANNELS.contains(&channel.as_str()) || charge_amount == 0 {
            self.settle_charge(&charge_id, true, ctx)?;
        }
        self.order(id).map(clean)
    }

    fn cancel_order(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let wanted = text(p, "status").unwrap_or_else(|| "canceled".into());
        if wanted != "canceled" {
            return Err(ApiErr::bad("status", "status: must be `canceled`"));
        }
        let order = self.order(id)?;
        if order["status"] != json!("created") || order["paid"] == json!(true) {
            return Err(ApiErr::bad(
                "order_id",
                format!(
                    "order {id} is {} and cannot be canceled: only unpaid orders can",
                    order["status"].as_str().unwrap_or("not open")
                ),
            ));
        }
        if order["time_expire"].as_i64().is_some_and(|t| t < ctx.now) {
            return Err(ApiErr::bad(
                "order_id",
                format!("order {id} has expired and cannot be canceled"),
            ));
        }
        let order = self.get_mut_by_id("orders", id).expect("checked above");
        order["status"] = json!("canceled");
        Ok(clean(order))
    }

    /// Adds `amount` to an order's refunded total: `refunded`, status `refunded`.
    fn add_order_refund(&mut self, order_id: &str, amount: i64) {
        if let Some(order) = self.get_mut_by_id("orders", order_id) {
            order["amount_refunded"] = json!(order["amount_refunded"].as_i64().unwrap_or(0).saturating_add(amount));
            order["refunded"] = json!(true);
            order["status"] = json!("refunded");
        }
    }

    /// `orders.order_refunds.create` (`as_order_refund`) and `orders.refunds.create`.
    fn refund_order(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx, as_order_refund: bool) -> Res {
        let order = self.order(id)?;
        if order["paid"] != json!(true) {
            return Err(ApiErr::bad(
                "order_id",
                format!("order {id} is not paid and cannot be refunded"),
            ));
        }
        let paid = order["amount"].as_i64().unwrap_or(0);
        let left = paid.saturating_sub(order["amount_refunded"].as_i64().unwrap_or(0));
        let param = if p.contains_key("amount") {
            "amount"
        } else {
            "charge_amount"
        };
        let amount = int(p, param).unwrap_or(left);
        if amount <= 0 || amount > left {
            return Err(ApiErr::bad(
                param,
                format!("{param}: {amount} is more than the {left} left to refund of order {id}"),
            ));
        }
        let app = order["app"].as_str().unwrap_or_default().to_string();
        let charge_id = order["charge"].as_str().map(str::to_string);
        let channel = order["charge_essentials"]["channel"].clone();
        let (uid, merchant_order_no) = (order["uid"].clone(), order["merchant_order_no"].clone());
        let charge_left = charge_id
            .as_deref()
            .and_then(|c| self.get_by_id("charges", c))
            .map(|c| {
                c["amount"]
                    .as_i64()
                    .unwrap_or(0)
                    .saturating_sub(c["amount_refunded"].as_i64().unwrap_or(0))
            })
            .unwrap_or(0);
        let from_charge = amount.min(charge_left);
        let mut charge_refund = Value::Null;
        if let (Some(ch), true) = (charge_id.as_deref(), from_charge > 0) {
            let mut rp = p.clone();
            rp.insert("amount".into(), json!(from_charge));
            charge_refund = self.charge_refund(ch, &rp, ctx, "amount")?;
        }
        self.add_order_refund(id, amount);
        let seq = self.next_seq();
        let charge_refund_id = charge_refund.get("id").cloned().unwrap_or(Value::Null);
        let refund = if as_order_refund {
            json!({
                "id": ids::digits("21", 19, seq),
                "object": "order_refund",
                "order": id,
                "app": app,
                "uid": uid,
                "merchant_order_no": merchant_order_no,
                "amount": amount,
                "coupon_amount": 0,
                "balance_amount": amount.saturating_sub(from_charge),
                "charge_amount": from_charge,
                "coupon": null,
                "balance_transaction": null,
                "charge_refund": charge_refund_id,
                "status": "succeeded",
                "created": ctx.now,
                "time_succeed": ctx.now,
                "description": opt(p, "description"),
                "metadata": obj_or_empty(p, "metadata"),
                "extra": obj_or_empty(p, "extra"),
                "_order": id,
            })
        } else {
            // The simple-account shape (`POST /v1/orders/{id}/refunds`).
            let refund_id = ids::digits("211", 24, seq);
            json!({
                "id": refund_id,
                "object": "order_refund",
                "app": app,
                "created": ctx.now,
                "livemode": ctx.livemode,
                "order_no": opt(p, "order_no"),
                "amount": amount,
                "channel": channel,
                "order": id,
                "charge": charge_id,
                "refund": charge_refund_id,
                "transaction_no": refund_id,
                "status": "succeeded",
                "description": opt(p, "description"),
                "extra": obj_or_empty(p, "extra"),
                "metadata": obj_or_empty(p, "metadata"),
                "failure_msg": null,
                "_order": id,
            })
        };
        let out = clean(&refund);
        self.push("order_refunds", refund);
        if let Some(order) = self.get_mut_by_id("orders", id) {
            if let Some(data) = order["refunds"]["data"].as_array_mut() {
                data.insert(0, out.clone());
            }
        }
        self.emit(ctx, "order.refund.succeeded", &out);
        Ok(out)
    }

    // ----- sub-apps, channels, users -----

    fn sub_app(&self, app: &str, sub: &str) -> Result<&Value, ApiErr> {
        self.owned("sub_apps", "_app", app, sub, "sub_app", "sub_app_id")
    }

    /// The level of `parent` under platform `app`: 0 for the platform itself.
    fn parent_level(&self, app: &str, parent: &str) -> Result<i64, ApiErr> {
        if parent == app {
            return Ok(0);
        }
        self.sub_app(app, parent)
            .map(|o| o["level"].as_i64().unwrap_or(1))
            .map_err(|_| ApiErr::bad("parent_app", format!("parent_app: no sub-app {parent} under app {app}")))
    }

    fn create_sub_app(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let parent = text(p, "parent_app").unwrap_or_else(|| app.to_string());
        let level = self.parent_level(app, &parent)? + 1;
        if level > MAX_LEVEL {
            return Err(ApiErr::bad(
                "parent_app",
                format!(
                    "parent_app: sub-apps nest at most {MAX_LEVEL} levels; {parent} is already at level {MAX_LEVEL}"
                ),
            ));
        }
        let id = ids::alnum("app_", 16);
        let user = match p.get("user") {
            Some(Value::Object(m)) => m.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
            _ => text(p, "user").unwrap_or_default(),
        };
        if !user.is_empty() {
            let mut up = Map::new();
            up.insert("related_app".into(), json!(id));
            self.create_user(app, &user, "business", &up, ctx, "user")?;
        }
        let obj = json!({
            "id": id,
            "object": "sub_app",
            "created": ctx.now,
            "livemode": ctx.livemode,
            "display_name": opt(p, "display_name"),
            "account": ids::alnum("acct_", 16),
            "description": opt(p, "description"),
            "metadata": obj_or_empty(p, "metadata"),
            "available_methods": {},
            "user": if user.is_empty() { Value::Null } else { json!(user) },
            "level": level,
            "parent_app": parent,
            "_app": app,
        });
        Ok(self.insert("sub_apps", obj))
    }

    fn channel(&self, sub: &str, channel: &str) -> Result<&Value, ApiErr> {
        self.find("channels", |c| {
            c["_app"] == json!(sub) && c["channel"] == json!(channel)
        })
        .ok_or_else(|| ApiErr::not_found("channel", "channel", channel))
    }

    fn user(&self, app: &str, user: &str) -> Result<&Value, ApiErr> {
        self.owned("users", "app", app, user, "user", "user_id")
    }

    fn user_mut(&mut self, app: &str, user: &str) -> Option<&mut Value> {
        self.find_mut("users", |o| o["id"] == json!(user) && o["app"] == json!(app))
    }

    fn create_user(&mut self, app: &str, id: &str, kind: &str, p: &Map<String, Value>, ctx: Ctx, param: &str) -> Res {
        if self.user(app, id).is_ok() {
            return Err(ApiErr::bad(
                param,
                format!("{param}: user `{id}` already exists in app {app}"),
            ));
        }
        let mut obj = json!({
            "id": id,
            "object": "user",
            "app": app,
            "address": null,
            "available_balance": 0,
            "available_coupons": 0,
            "avatar": null,
            "withdrawable_balance": 0,
            "created": ctx.now,
            "disabled": false,
            "email": null,
            "gender": null,
            "identified": false,
            "livemode": ctx.livemode,
            "metadata": {},
            "mobile": null,
            "name": null,
            "type": p.get("type").cloned().unwrap_or(json!(kind)),
            "related_app": null,
            "settle_accounts": [],
            "identity_info": {},
            "extra": {},
            "parent_user_id": null,
        });
        merge(&mut obj, p, &["app_id", "id", "type"]);
        Ok(self.insert("users", obj))
    }

    fn create_settle_account(&mut self, app: &str, user: Option<&str>, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let seq = self.next_seq();
        let mut recipient = obj_or_empty(p, "recipient");
        if let Some(account) = recipient.get("account").and_then(Value::as_str) {
            let masked = mask(account);
            recipient["account"] = json!(masked);
        }
        let obj = json!({
            "id": ids::digits("320", 24, seq),
            "object": "settle_account",
            "created": ctx.now,
            "livemode": ctx.livemode,
            "channel": opt(p, "channel"),
            "recipient": recipient,
            "_app": app,
            "_user": user,
        });
        let out = self.insert("settle_accounts", obj);
        if let Some(u) = user.and_then(|user| self.user_mut(app, user)) {
            if let Some(list) = u["settle_accounts"].as_array_mut() {
                list.push(out.clone());
            }
        }
        Ok(out)
    }

    // ----- simple-account applications, deposits, withdrawals -----

    fn create_application(&mut self, op: &Operation, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let (col, lead, object) = match op.resource() {
            "cus_applications" => ("cus_applications", "11", "cus_application"),
            _ => ("mch_applications", "12", "mch_application"),
        };
        let user = text(p, "user").unwrap_or_default();
        self.user(app, &user)
            .map_err(|_| ApiErr::bad("user", format!("user: no user `{user}` in app {app}")))?;
        let seq = self.next_seq();
        let mut obj = json!({
            "id": ids::digits(lead, 19, seq),
            "object": object,
            "app": app,
            "livemode": ctx.livemode,
            "created": ctx.now,
            "status": "created",
            "failure_msg": null,
            "_kind": op.resource(),
        });
        merge(&mut obj, p, &["app_id"]);
        Ok(self.insert(col, obj))
    }

    fn create_deposit(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let order_no = text(p, "order_no").unwrap_or_default();
        let seq = self.next_seq();
        let id = ids::digits("60", 19, seq);
        let mut extra = obj_or_empty(p, "extra");
        extra["credential"] = json!(format!("http://mock.pingxx.invalid/deposit/{id}"));
        let obj = json!({
            "id": id,
            "object": "deposit",
            "app": app,
            "livemode": ctx.livemode,
            "user": opt(p, "user"),
            "amount": opt(p, "amount"),
            "order_no": order_no,
            "status": "created",
            "created": ctx.now,
            "time_succeeded": null,
            "extra": extra,
            "metadata": obj_or_empty(p, "metadata"),
        });
        Ok(self.insert("deposits", obj))
    }

    fn withdrawal(&self, app: &str, id: &str) -> Result<&Value, ApiErr> {
        self.owned("withdrawals", "app", app, id, "withdrawal", "withdrawal_id")
    }

    fn create_withdrawal(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let order_no = text(p, "order_no").unwrap_or_default();
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("17", 19, seq),
            "object": "withdrawal",
            "app": app,
            "amount": opt(p, "amount"),
            "channel": opt(p, "channel"),
            "created": ctx.now,
            "description": opt(p, "description"),
            "extra": obj_or_empty(p, "extra"),
            "failure_msg": null,
            "fee": 0,
            "livemode": ctx.livemode,
            "metadata": obj_or_empty(p, "metadata"),
            "operation_url": null,
            "order_no": order_no,
            "source": null,
            "status": "created",
            "time_canceled": null,
            "time_succeeded": null,
            "user": opt(p, "user"),
            "user_fee": 0,
            "settle_account": opt(p, "settle_account"),
        });
        Ok(self.insert("withdrawals", obj))
    }

    fn confirm_withdrawal(&mut self, app: &str, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let status = self.withdrawal(app, id)?["status"].as_str().unwrap_or("").to_string();
        let wanted = text(p, "status").unwrap_or_default();
        let w = self.get_mut_by_id("withdrawals", id).expect("checked above");
        match (status.as_str(), wanted.as_str()) {
            ("created", "pending") => {
                w["status"] = json!("pending");
                w["operation_url"] = json!(format!("http://mock.pingxx.invalid/withdrawal/{id}"));
            }
            ("created" | "pending", "canceled") => {
                w["status"] = json!("canceled");
                w["time_canceled"] = json!(ctx.now);
            }
            (_, "pending" | "canceled") => {
                return Err(ApiErr::bad(
                    "status",
                    format!("status: withdrawal {id} is {status} and cannot become {wanted}"),
                ))
            }
            _ => return Err(ApiErr::bad("status", "status: must be `pending` or `canceled`")),
        }
        Ok(clean(w))
    }

    /// Moves a pending withdrawal to `succeeded` (`/_mock/withdrawals/{id}/succeed`).
    pub(crate) fn succeed_withdrawal(&mut self, id: &str, ctx: Ctx) -> Res {
        let w = self
            .get_mut_by_id("withdrawals", id)
            .ok_or_else(|| ApiErr::not_found("withdrawal", "withdrawal_id", id))?;
        if w["status"] != json!("pending") {
            return Err(ApiErr::bad(
                "withdrawal_id",
                format!("withdrawal {id} is {} and only a pending one can succeed", w["status"]),
            ));
        }
        w["status"] = json!("succeeded");
        w["time_succeeded"] = json!(ctx.now);
        Ok(clean(w))
    }

    /// Moves an order's `time_expire` into the past (`/_mock/orders/{id}/expire`).
    pub(crate) fn expire_order(&mut self, id: &str, ctx: Ctx) -> Res {
        let order = self
            .get_mut_by_id("orders", id)
            .ok_or_else(|| ApiErr::not_found("order", "order_id", id))?;
        order["time_expire"] = json!(ctx.now - 1);
        Ok(clean(order))
    }

    // ----- allocations -----

    fn create_allocation(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let order = text(p, "order").unwrap_or_default();
        self.order(&order)
            .map_err(|_| ApiErr::bad("order", format!("order: no order {order}")))?;
        let order_no = text(p, "order_no").unwrap_or_default();
        let recipients: Vec<Value> = p
            .get("recipients")
            .and_then(Value::as_array)
            .map(|rs| {
                rs.iter()
                    .map(|r| {
                        json!({
                            "user": r["user"], "amount": r["amount"], "description": r.get("description").cloned().unwrap_or(Value::Null),
                            "status": "succeeded", "time_succeeded": ctx.now, "failure_code": null, "failure_msg": null,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let amount = saturating_sum(recipients.iter().filter_map(|r| r["amount"].as_i64()));
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("371", 24, seq),
            "object": "allocation",
            "livemode": ctx.livemode,
            "app": app,
            "order_no": order_no,
            "recipients": recipients,
            "senders": [],
            "order": order,
            "status": "succeeded",
            "created": ctx.now,
            "time_succeeded": ctx.now,
            "metadata": obj_or_empty(p, "metadata"),
            "type": "allocation",
            "amount": amount,
            "extra": obj_or_empty(p, "extra"),
            "description": opt(p, "description"),
        });
        Ok(self.insert("allocations", obj))
    }

    fn create_allocation_refund(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let order = text(p, "order").unwrap_or_default();
        let extra = obj_or_empty(p, "extra");
        let original = extra
            .get("allocation")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let allocated = self.get_by_id("allocations", &original).ok_or_else(|| {
            ApiErr::bad(
                "extra.allocation",
                format!("extra.allocation: no allocation {original}"),
            )
        })?;
        let allocated_amount = allocated["amount"].as_i64().unwrap_or(0);
        let senders: Vec<Value> = match p.get("senders") {
            Some(Value::Array(s)) => s.clone(),
            Some(v @ Value::Object(_)) => vec![v.clone()],
            _ => Vec::new(),
        };
        let amount = saturating_sum(senders.iter().filter_map(|s| s["amount"].as_i64()));
        let already: i64 = self
            .cols
            .get("allocations")
            .map(|v| {
                saturating_sum(
                    v.iter()
                        .filter(|a| a["extra"]["allocation"] == json!(original))
                        .filter_map(|a| a["amount"].as_i64()),
                )
            })
            .unwrap_or(0);
        if amount.saturating_add(already) > allocated_amount {
            return Err(ApiErr::bad(
                "senders",
                format!(
                    "senders: {amount} is more than the {} left of allocation {original}",
                    allocated_amount.saturating_sub(already)
                ),
            ));
        }
        let order_no = text(p, "order_no").unwrap_or_default();
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("371", 24, seq),
            "object": "allocation",
            "livemode": ctx.livemode,
            "app": app,
            "order_no": order_no,
            "recipients": [],
            "senders": senders,
            "order": order,
            "status": "succeeded",
            "created": ctx.now,
            "time_succeeded": ctx.now,
            "metadata": obj_or_empty(p, "metadata"),
            "type": "allocation_refund",
            "amount": amount,
            "extra": extra,
        });
        Ok(self.insert("allocations", obj))
    }

    fn create_allocation_complete(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let order = text(p, "order").unwrap_or_default();
        self.order(&order)
            .map_err(|_| ApiErr::bad("order", format!("order: no order {order}")))?;
        let order_no = text(p, "order_no").unwrap_or_default();
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("68", 19, seq),
            "object": "allocation_complete",
            "livemode": ctx.livemode,
            "app": app,
            "order_no": order_no,
            "order": order,
            "status": "succeeded",
            "created": ctx.now,
            "time_succeeded": ctx.now,
            "extra": obj_or_empty(p, "extra"),
            "failure_msg": null,
            "description": opt(p, "description"),
            "metadata": obj_or_empty(p, "metadata"),
        });
        Ok(self.insert("allocation_completes", obj))
    }
}

/// The sum of `amounts`, saturating instead of overflowing.
fn saturating_sum(amounts: impl Iterator<Item = i64>) -> i64 {
    amounts.fold(0, i64::saturating_add)
}

/// Copies the params into `obj`, except `skip` (path params and ids).
fn merge(obj: &mut Value, p: &Map<String, Value>, skip: &[&str]) {
    for (k, v) in p {
        if !skip.contains(&k.as_str()) && !k.starts_with('_') {
            obj[k.as_str()] = v.clone();
        }
    }
}

/// `6214850213609784` → `621485******9784`.
fn mask(account: &str) -> String {
    let chars: Vec<char> = account.chars().collect();
    if chars.len() <= 10 {
        return account.to_string();
    }
    let (head, tail) = (6, 4);
    chars[..head]
        .iter()
        .copied()
        .chain(std::iter::repeat('*').take(chars.len() - head - tail))
        .chain(chars[chars.len() - tail..].iter().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::list::{created_matches, loose_eq};
    use super::*;

    #[test]
    fn loose_equality_follows_query_forms() {
        assert!(loose_eq(&json!(true), &json!("True")));
        assert!(loose_eq(&json!(true), &json!(1)));
        assert!(loose_eq(&json!(false), &json!("0")));
        assert!(!loose_eq(&json!(false), &json!("true")));
        assert!(loose_eq(&json!("123"), &json!(123)));
        assert!(loose_eq(&json!(5), &json!("5")));
        assert!(!loose_eq(&json!("a"), &json!("b")));
    }

    #[test]
    fn created_filters() {
        let f = json!({"gt": 10, "lte": "20"});
        assert!(!created_matches(10, &f));
        assert!(created_matches(11, &f));
        assert!(created_matches(20, &f));
        assert!(!created_matches(21, &f));
        assert!(created_matches(7, &json!(7)));
        assert!(!created_matches(8, &json!("7")));
    }

    #[test]
    fn accounts_are_masked_and_bookkeeping_is_hidden() {
        assert_eq!(mask("6214850213609784"), "621485******9784");
        assert_eq!(mask("12345"), "12345");
        assert_eq!(clean(&json!({"id": "x", "_app": "a"})), json!({"id": "x"}));
    }
}
