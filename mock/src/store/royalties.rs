//! Royalties (分润): templates, the royalty data of orders, the royalties a
//! paid order produces, their batch update by hand.
//!
//! Royalties are computed, never invented: when an order is paid (or royalty
//! data is added to a paid order) its `royalty_users` each give a royalty of
//! their amount; without them, the order's royalty template (its own
//! `royalty_template`, else the one set on its sub-app) gives one royalty per
//! level of the sub-app chain above the order's app: `rate` takes `value` /
//! 10000 of the order amount (rounded down), `fixed` takes `value` fen. The
//! royalties of an order never total more than its amount. Settlements are in
//! `royalty_settlements.rs`.

use pingxx::models::Kind;
use pingxx::Operation;
use serde_json::{json, Map, Value};

use super::{clean, ids, obj_or_empty, opt, owner_of, text, ApiErr, Ctx, Res, Store};

/// Where a royalty goes and how much.
struct Share {
    recipient_app: String,
    source_user: Option<String>,
    amount: i64,
}

/// The `royalty_users` of params or of an order: `(user, amount)`.
fn royalty_users(v: Option<&Value>) -> Vec<(String, i64)> {
    v.and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|u| Some((u.get("user")?.as_str()?.to_string(), u.get("amount")?.as_i64()?)))
                .collect()
        })
        .unwrap_or_default()
}

/// A 400 naming `royalty_users` when `users` total more than `room` fen.
fn users_fit(users: &[(String, i64)], room: i64, what: &str) -> Result<(), ApiErr> {
    let total = super::saturating_sum(users.iter().map(|(_, a)| *a));
    if total > room {
        return Err(ApiErr::bad(
            "royalty_users",
            format!("royalty_users: the amounts total {total} fen, more than the {room} fen {what}"),
        ));
    }
    Ok(())
}

/// The royalty template operations' checks: one value per level.
fn distinct_levels(p: &Map<String, Value>) -> Result<(), ApiErr> {
    let Some(data) = p.get("rule").and_then(|r| r.get("data")).and_then(Value::as_array) else {
        return Ok(());
    };
    let mut seen = Vec::new();
    for (i, d) in data.iter().enumerate() {
        let level = d["level"].as_i64().unwrap_or(0);
        if seen.contains(&level) {
            return Err(ApiErr::bad(
                &format!("rule.data[{i}].level"),
                format!("rule.data[{i}].level: level {level} is given twice"),
            ));
        }
        seen.push(level);
    }
    Ok(())
}

impl Store {
    /// The royalty operations that follow state rules.
    pub(super) fn royalty_op(&mut self, op: &Operation, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let path = |k: &str| text(p, k).unwrap_or_default();
        match op.name {
            "royalty_templates.create" => self.create_royalty_template(p, ctx),
            "royalty_templates.update" => {
                distinct_levels(p)?;
                self.plain(op, p)
                    .unwrap_or_else(|| Err(ApiErr::new(501, "api_error", "not a plain operation")))
            }
            "orders.royalty_datas.create" => self.add_royalty_data(&path("order_id"), p, ctx),
            "royalties.list" => {
                // `app` (the Java SDK's filter) names the payer app.
                let mut q = p.clone();
                if let Some(app) = q.remove("app") {
                    q.entry("payer_app").or_insert(app);
                }
                self.list(op, Kind::Royalty, &q, None)
            }
            "royalties.batch_update" => self.batch_update_royalties(p, ctx),
            "royalty_settlements.create" => self.create_royalty_settlement(p, ctx),
            "royalty_settlements.update" => self.update_royalty_settlement(&path("royalty_settlement_id"), p, ctx),
            _ => Err(ApiErr::new(
                501,
                "api_error",
                format!("operation {} is not emulated", op.name),
            )),
        }
    }

    fn create_royalty_template(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        distinct_levels(p)?;
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("450", 18, seq),
            "object": "royalty_template",
            "livemode": ctx.livemode,
            "created": ctx.now,
            "app": super::app_of(p),
            "name": opt(p, "name"),
            "description": opt(p, "description"),
            "rule": opt(p, "rule"),
        });
        Ok(self.insert(Kind::RoyaltyTemplate, obj))
    }

    fn royalty_template(&self, id: &str, param: &str) -> Result<&Value, ApiErr> {
        self.get_by_id(Kind::RoyaltyTemplate, id)
            .ok_or_else(|| ApiErr::bad(param, format!("{param}: no royalty template {id}")))
    }

    /// `orders.create`'s royalty checks: the template exists, the users fit in the amount.
    pub(super) fn check_order_royalties(&self, p: &Map<String, Value>, amount: i64) -> Result<(), ApiErr> {
        let users = royalty_users(p.get("royalty_users"));
        if users.is_empty() {
            if let Some(t) = text(p, "royalty_template") {
                self.royalty_template(&t, "royalty_template")?;
            }
        }
        users_fit(&users, amount, "of the order amount")
    }

    /// The royalties order `id` already produced, in total.
    fn royalties_of(&self, order_id: &str) -> i64 {
        let Some(col) = self.cols.get(&Kind::Royalty) else {
            return 0;
        };
        super::saturating_sum(
            col.iter()
                .filter(|r| r["_order"] == json!(order_id))
                .map(|r| r["amount"].as_i64().unwrap_or(0)),
        )
    }

    /// `orders.royalty_datas.create`: before payment the data replaces the
    /// order's `royalty_users`; once paid (the order's `charge` named) it
    /// produces royalties at once.
    fn add_royalty_data(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let order = self.order(id)?;
        let app = order["app"].as_str().unwrap_or_default().to_string();
        if super::app_of(p) != app {
            return Err(ApiErr::bad("app", format!("app: order {id} belongs to app {app}")));
        }
        let amount = order["amount"].as_i64().unwrap_or(0);
        let users = royalty_users(p.get("royalty_users"));
        let charge = text(p, "charge");
        if order["paid"] == json!(true) {
            let paid_with = order["charge"].as_str().unwrap_or_default();
            match charge.as_deref() {
                None => {
                    return Err(ApiErr::bad(
                        "charge",
                        format!("charge: is required: order {id} is paid"),
                    ));
                }
                Some(c) if c != paid_with => {
                    return Err(ApiErr::bad(
                        "charge",
                        format!("charge: order {id} was paid by charge {paid_with}, not {c}"),
                    ));
                }
                Some(_) => {}
            }
            let room = amount.saturating_sub(self.royalties_of(id));
            users_fit(&users, room, "the order has left after its royalties")?;
            let shares = self.user_shares(&app, &users);
            self.produce_royalties(id, shares, ctx);
        } else {
            if charge.is_some() {
                return Err(ApiErr::bad(
                    "charge",
                    format!("charge: not allowed: order {id} is not paid yet"),
                ));
            }
            if order["status"] != json!("created") {
                return Err(ApiErr::bad(
                    "order_id",
                    format!("order {id} is {} and takes no royalty data", order["status"]),
                ));
            }
            users_fit(&users, amount, "of the order amount")?;
            let order = self.get_mut_by_id(Kind::Order, id).expect("checked above");
            order["royalty_users"] = opt(p, "royalty_users");
        }
        Ok(json!({"app": app, "livemode": ctx.livemode, "order": id, "succeeded": true}))
    }

    /// One share per royalty user (recipients in the order's app).
    fn user_shares(&self, app: &str, users: &[(String, i64)]) -> Vec<Share> {
        users
            .iter()
            .map(|(user, amount)| Share {
                recipient_app: app.to_string(),
                source_user: Some(user.clone()),
                amount: *amount,
            })
            .collect()
    }

    /// The apps above `app` by level (`chain[0]` the platform), and `app`'s level.
    fn sub_app_chain(&self, app: &str) -> (Vec<String>, usize) {
        let mut up = Vec::new();
        let mut cur = app.to_string();
        while let Some(sub) = self.get_by_id(Kind::SubApp, &cur) {
            let parent = sub["parent_app"]
                .as_str()
                .or_else(|| owner_of(sub, "app_id"))
                .unwrap_or_default()
                .to_string();
            if parent.is_empty() || parent == cur || up.len() > 8 {
                break;
            }
            up.push(parent.clone());
            cur = parent;
        }
        up.reverse();
        let level = up.len();
        (up, level)
    }

    /// The shares a royalty template gives an order of `amount` fen made by `app`.
    fn template_shares(&self, template: &Value, app: &str, service_app: Option<&str>, amount: i64) -> Vec<Share> {
        let rule = &template["rule"];
        let rate = rule["royalty_mode"] == json!("rate");
        let service_reserved = rule["allocation_mode"] == json!("service_reserved");
        let (chain, level) = self.sub_app_chain(app);
        let mut data: Vec<(i64, i64)> = rule["data"]
            .as_array()
            .map(|d| {
                d.iter()
                    .map(|l| (l["level"].as_i64().unwrap_or(0), l["value"].as_i64().unwrap_or(0)))
                    .collect()
            })
            .unwrap_or_default();
        data.sort_unstable();
        let mut shares = Vec::new();
        for (l, value) in data {
            let part = if rate {
                i64::try_from(i128::from(amount) * i128::from(value) / 10_000).unwrap_or(i64::MAX)
            } else {
                value
            };
            let recipient = match usize::try_from(l) {
                Ok(l) if l < level => Some(chain[l].clone()),
                // A level the order does not reach: kept by the receipt, or
                // paid to the service app when the template says so.
                _ if service_reserved => service_app.map(str::to_string),
                _ => None,
            };
            if let Some(recipient_app) = recipient {
                shares.push(Share {
                    recipient_app,
                    source_user: None,
                    amount: part,
                });
            }
        }
        shares
    }

    /// Called when order `id` is paid: its royalty users, else its template's levels.
    pub(super) fn order_paid_royalties(&mut self, id: &str, ctx: Ctx) -> Result<(), ApiErr> {
        let order = self.order(id)?;
        let app = order["app"].as_str().unwrap_or_default().to_string();
        let amount = order["amount"].as_i64().unwrap_or(0);
        let users = royalty_users(order.get("royalty_users"));
        let shares = if !users.is_empty() {
            self.user_shares(&app, &users)
        } else {
            let template_id = order["royalty_template"].as_str().map(str::to_string).or_else(|| {
                self.get_by_id(Kind::SubApp, &app)
                    .and_then(|s| s["royalty_template"].as_str())
                    .map(str::to_string)
            });
            match template_id.and_then(|t| self.get_by_id(Kind::RoyaltyTemplate, &t)) {
                Some(t) => self.template_shares(t, &app, order["service_app"].as_str(), amount),
                None => Vec::new(),
            }
        };
        self.produce_royalties(id, shares, ctx);
        Ok(())
    }

    /// Stores a `pending` royalty per share of order `id`, each capped so the
    /// order's royalties never pass its amount; empty shares are left out.
    fn produce_royalties(&mut self, id: &str, shares: Vec<Share>, ctx: Ctx) {
        let Ok(order) = self.order(id) else { return };
        let amount = order["amount"].as_i64().unwrap_or(0);
        let app = order["app"].as_str().unwrap_or_default().to_string();
        let payer = order["receipt_app"].as_str().unwrap_or(&app).to_string();
        let source_no = order["merchant_order_no"].clone();
        let mut room = amount.saturating_sub(self.royalties_of(id));
        for share in shares {
            let part = share.amount.min(room);
            if part <= 0 {
                continue;
            }
            room -= part;
            let settle_account = share
                .source_user
                .as_deref()
                .and_then(|u| self.user_settle_account(&share.recipient_app, u));
            let seq = self.next_seq();
            let royalty = json!({
                "id": ids::digits("411", 18, seq),
                "object": "royalty",
                "livemode": ctx.livemode,
                "created": ctx.now,
                "payer_app": payer,
                "recipient_app": share.recipient_app,
                "amount": part,
                "status": "pending",
                "method": null,
                "royalty_settlement": null,
                "royalty_transaction": null,
                "time_settled": null,
                "settle_account": settle_account,
                "source_app": app,
                "source_url": format!("/v1/orders/{id}"),
                "source_no": source_no,
                "source_user": share.source_user,
                "description": null,
                "metadata": {},
                "_order": id,
            });
            self.push(Kind::Royalty, royalty);
        }
    }

    /// The first settle account of `user` of `app`, if any.
    fn user_settle_account(&self, app: &str, user: &str) -> Option<String> {
        self.cols.get(&Kind::SettleAccount)?.iter().find_map(|s| {
            let owned = owner_of(s, "app_id") == Some(app) && owner_of(s, "user_id") == Some(user);
            owned.then(|| s["id"].as_str().map(str::to_string)).flatten()
        })
    }

    /// `royalties.batch_update`: every id must exist; `method: manual` marks
    /// pending royalties settled by hand, `method: null` takes the mark back;
    /// a royalty in a settlement keeps its method. All or nothing.
    fn batch_update_royalties(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let ids: Vec<String> = p
            .get("ids")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default();
        let method = p.get("method");
        for (i, id) in ids.iter().enumerate() {
            let r = self
                .get_by_id(Kind::Royalty, id)
                .ok_or_else(|| ApiErr::not_found("royalty", &format!("ids[{i}]"), id))?;
            if method.is_some() && !r["royalty_settlement"].is_null() {
                return Err(ApiErr::bad(
                    &format!("ids[{i}]"),
                    format!(
                        "royalty {id} is in settlement {} and its method cannot change",
                        r["royalty_settlement"]
                    ),
                ));
            }
            if method == Some(&json!("manual")) && r["status"] != json!("pending") {
                return Err(ApiErr::bad(
                    &format!("ids[{i}]"),
                    format!(
                        "royalty {id} is {} and only a pending one can be marked settled",
                        r["status"]
                    ),
                ));
            }
        }
        let mut data = Vec::new();
        for id in &ids {
            let r = self.get_mut_by_id(Kind::Royalty, id).expect("checked above");
            match method {
                Some(Value::String(_)) => {
                    r["method"] = json!("manual");
                    r["status"] = json!("settled");
                    r["time_settled"] = json!(ctx.now);
                }
                Some(_) if r["method"] == json!("manual") => {
                    r["method"] = Value::Null;
                    r["status"] = json!("pending");
                    r["time_settled"] = Value::Null;
                }
                _ => {}
            }
            if p.contains_key("description") {
                r["description"] = opt(p, "description");
            }
            if p.contains_key("metadata") {
                r["metadata"] = obj_or_empty(p, "metadata");
            }
            data.push(clean(r));
        }
        Ok(json!({"object": "list", "url": "/v1/royalties", "has_more": false, "data": data}))
    }

    /// The royalties that are `pending` and in no settlement, oldest first.
    pub(super) fn pending_royalties(&self) -> Vec<Value> {
        self.cols
            .get(&Kind::Royalty)
            .map(|c| {
                c.iter()
                    .filter(|r| r["status"] == json!("pending") && r["royalty_settlement"].is_null())
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Sets fields of the royalty `id`.
    pub(super) fn set_royalty(&mut self, id: &str, fields: &[(&str, Value)]) {
        if let Some(r) = self.get_mut_by_id(Kind::Royalty, id) {
            for (k, v) in fields {
                r[*k] = v.clone();
            }
        }
    }
}
