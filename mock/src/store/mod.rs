//! In-memory state and the behaviour of every operation of the table.
//!
//! Objects are kept as JSON in the documented shapes. Fields whose name starts
//! with `_` are the emulator's own bookkeeping (owning app, parent order) and
//! are never sent.

use std::collections::{HashMap, HashSet};

use pingxx::models::Kind;
use pingxx::Operation;
use serde_json::{json, Map, Value};

use crate::ids;

mod accounts;
mod agreements;
mod allocations;
mod balances;
mod charges;
mod collection;
mod coupons;
mod dispatch;
mod generic;
mod ledger;
mod list;
mod orders;
mod plain;
mod royalties;
mod royalty_settlements;
mod services;
mod settle_accounts;
mod split_profits;
mod sub_app_extras;
mod transfers;
mod withdrawals;

use collection::Collection;
use plain::owned_by;
pub(crate) use plain::owner_of;

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
    cols: HashMap<Kind, Collection>,
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

/// [`text`] of a dotted path (`charge.order_no`: `order_no` of the `charge` object).
fn text_at(p: &Map<String, Value>, path: &str) -> Option<String> {
    match path.split_once('.') {
        Some((head, rest)) => text_at(p.get(head)?.as_object()?, rest),
        None => text(p, path),
    }
}

pub(crate) fn int(p: &Map<String, Value>, key: &str) -> Option<i64> {
    match p.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A 400 naming `param` unless `obj` is in status `wanted`:
/// "`what` is `<status>` and only a `wanted` one can `action`".
fn require_status(obj: &Value, wanted: &str, param: &str, what: &str, action: &str) -> Result<(), ApiErr> {
    if obj["status"] == json!(wanted) {
        return Ok(());
    }
    Err(ApiErr::bad(
        param,
        format!("{what} is {} and only a {wanted} one can {action}", obj["status"]),
    ))
}

/// The app id of the `app` parameter, given as `{id}` or as text ("" when absent).
pub(crate) fn app_of(p: &Map<String, Value>) -> String {
    match p.get("app") {
        Some(Value::Object(m)) => m.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
        _ => text(p, "app").unwrap_or_default(),
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

    fn col(&mut self, kind: Kind) -> &mut Collection {
        self.cols.entry(kind).or_insert_with(|| Collection::new(kind))
    }

    /// Stores `obj` as a `kind`; what the API answers (the bookkeeping removed).
    fn insert(&mut self, kind: Kind, obj: Value) -> Value {
        let out = clean(&obj);
        self.col(kind).push(obj);
        self.objects += 1;
        out
    }

    /// Stores `obj` as a `kind`.
    fn push(&mut self, kind: Kind, obj: Value) {
        self.col(kind).push(obj);
        self.objects += 1;
    }

    /// Removes the objects of `kind` that `remove` accepts.
    fn remove(&mut self, kind: Kind, remove: impl Fn(&Value) -> bool) {
        let col = self.col(kind);
        let before = col.len();
        col.retain(|o| !remove(o));
        let removed = before - col.len();
        self.objects -= removed;
    }

    fn get_by_id(&self, kind: Kind, id: &str) -> Option<&Value> {
        self.cols.get(&kind)?.get(id, |_| true)
    }

    fn get_mut_by_id(&mut self, kind: Kind, id: &str) -> Option<&mut Value> {
        self.cols.get_mut(&kind)?.get_mut(id, |_| true)
    }

    /// The scope a unique number is unique in: the app of the request (path
    /// `app_id`, or `app` as text or `{id}`), else the owning object of the path
    /// (an order's app for `orders.refunds.create`).
    fn unique_scope(&self, op: &Operation, p: &Map<String, Value>) -> String {
        if let Some(app) = text(p, "app_id") {
            return app;
        }
        if p.contains_key("app") {
            return app_of(p);
        }
        if let Some(order) = text(p, "order_id").and_then(|id| self.get_by_id(Kind::Order, &id)) {
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
        let unique = match op.unique_param.and_then(|field| text_at(p, field).map(|v| (field, v))) {
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
        self.push(Kind::Event, event.clone());
        self.fresh_events.push(event.clone());
        event
    }

    /// Events made since the last call, oldest first.
    pub(crate) fn drain_events(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.fresh_events)
    }

    /// Sets an event's `pending_webhooks`.
    pub(crate) fn set_pending_webhooks(&mut self, event_id: &str, pending: i64) {
        if let Some(e) = self.get_mut_by_id(Kind::Event, event_id) {
            e["pending_webhooks"] = json!(pending);
        }
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
