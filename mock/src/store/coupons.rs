//! Coupon templates and the coupons they issue to an app's users.
//!
//! A template issues coupons (one per `users.coupons.create`, one per listed
//! user of `coupon_templates.coupons.create`, all or nothing) up to its
//! `max_circulation`, and at most `max_user_circulation` to one user; one more
//! is refused naming the field. A coupon is `available` until an order uses it
//! (`used`: `orders.create` with `coupon`) or its validity ends (`expired`:
//! past `time_end`, or `/_mock/coupons/{id}/expire`). Its window comes from the
//! template's `expiration`: `time_start`/`time_end`, or `duration` seconds from
//! the issue. Canceling the order gives the coupon back; so does refunding the
//! whole order when the template is `refundable`. A user's
//! `available_coupons` counts the coupons it can use. Deleting a template
//! keeps the coupons already issued (each holds a copy of its template).

use std::collections::HashMap;

use pingxx::models::Kind;
use pingxx::Operation;
use serde_json::{json, Map, Value};

use super::{clean, ids, obj_or_empty, opt, owned_by, owner_of, text, ApiErr, Ctx, Res, Store};

/// What an order may take off with a coupon, checked before the order exists.
pub(super) struct Redemption {
    /// The coupon's id.
    pub coupon: String,
    /// Fen taken off the order.
    pub discount: i64,
}

impl Store {
    /// `coupon_templates.create`.
    pub(super) fn create_coupon_template(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("3001", 24, seq),
            "object": "coupon_template",
            "app": app,
            "livemode": ctx.livemode,
            "created": ctx.now,
            "name": opt(p, "name"),
            "type": opt(p, "type"),
            "amount_off": opt(p, "amount_off"),
            "percent_off": opt(p, "percent_off"),
            "amount_available": p.get("amount_available").cloned().unwrap_or(json!(0)),
            "max_circulation": opt(p, "max_circulation"),
            "max_user_circulation": opt(p, "max_user_circulation"),
            "expiration": opt(p, "expiration"),
            "refundable": p.get("refundable").cloned().unwrap_or(json!(false)),
            "times_circulated": 0,
            "times_redeemed": 0,
            "metadata": obj_or_empty(p, "metadata"),
            "_owners": owned_by(&[("app_id", app)]),
        });
        Ok(self.insert(Kind::CouponTemplate, obj))
    }

    fn coupon_template(&self, app: &str, id: &str, param: &str) -> Result<&Value, ApiErr> {
        self.lookup(Kind::CouponTemplate, &[("app_id", app)], "coupon_template_id", id)
            .map_err(|_| ApiErr::not_found("coupon_template", param, id))
    }

    /// `coupon_templates.delete`: the template goes; the coupons it issued stay with their users.
    pub(super) fn delete_coupon_template(&mut self, app: &str, id: &str) -> Res {
        self.coupon_template(app, id, "coupon_template_id")?;
        self.remove(Kind::CouponTemplate, |o| {
            o["id"] == json!(id) && owner_of(o, "app_id") == Some(app)
        });
        Ok(json!({"id": id, "deleted": true}))
    }

    /// `users.coupons.create`: one coupon of `coupon_template` to the path's user.
    pub(super) fn create_user_coupon(&mut self, app: &str, user: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        self.user(app, user)?;
        let template = text(p, "coupon_template").unwrap_or_default();
        let users = [(user.to_string(), "user_id".to_string())];
        let mut issued = self.issue(app, &template, "coupon_template", &users, p, ctx)?;
        Ok(issued.remove(0))
    }

    /// `coupon_templates.coupons.create`: one coupon to each listed user, all or nothing.
    pub(super) fn issue_coupons(&mut self, app: &str, template: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let listed: Vec<String> = p
            .get("users")
            .and_then(Value::as_array)
            .map(|u| u.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default();
        let mut users = Vec::with_capacity(listed.len());
        for (i, user) in listed.into_iter().enumerate() {
            let param = format!("users[{i}]");
            self.user(app, &user)
                .map_err(|_| ApiErr::not_found("user", &param, &user))?;
            users.push((user, param));
        }
        let data = self.issue(app, template, "coupon_template_id", &users, p, ctx)?;
        let url = pingxx::find_operation("coupon_templates.coupons.list")
            .map(|op| op.path_with(&[("app_id", app), ("coupon_template_id", template)]))
            .unwrap_or_default();
        Ok(json!({"object": "list", "url": url, "has_more": false, "data": data}))
    }

    /// Issues one coupon of `template` to each of `users` (user id, the param
    /// naming it), after checking the template's limits for all of them.
    fn issue(
        &mut self,
        app: &str,
        template: &str,
        template_param: &str,
        users: &[(String, String)],
        p: &Map<String, Value>,
        ctx: Ctx,
    ) -> Result<Vec<Value>, ApiErr> {
        let tpl = clean(self.coupon_template(app, template, template_param)?);
        let count = i64::try_from(users.len()).unwrap_or(i64::MAX);
        let circulated = tpl["times_circulated"].as_i64().unwrap_or(0);
        if let Some(max) = tpl["max_circulation"].as_i64() {
            if circulated.saturating_add(count) > max {
                let param = if users.len() == 1 { template_param } else { "users" };
                return Err(ApiErr::bad(
                    param,
                    format!(
                        "{param}: coupon template {template} has issued {circulated} of its max_circulation {max}; {count} more would pass it"
                    ),
                ));
            }
        }
        // The number each coupon will have among its user's coupons of the template.
        let mut held = self.coupons_held(app, template);
        let mut numbers = Vec::with_capacity(users.len());
        for (user, param) in users {
            let count = held.entry(user.clone()).or_insert(0);
            *count = count.saturating_add(1);
            let n = *count;
            if let Some(max) = tpl["max_user_circulation"].as_i64().filter(|max| n > *max) {
                return Err(ApiErr::bad(
                    param,
                    format!("{param}: user {user} would hold {n} coupons of template {template}; its max_user_circulation is {max}"),
                ));
            }
            numbers.push(n);
        }
        let (time_start, time_end) = window(&tpl["expiration"], ctx.now);
        let mut out = Vec::with_capacity(users.len());
        for ((user, _), n) in users.iter().zip(numbers) {
            let seq = self.next_seq();
            let coupon = json!({
                "id": ids::digits("3003", 24, seq),
                "object": "coupon",
                "app": app,
                "livemode": ctx.livemode,
                "created": ctx.now,
                "user": user,
                "coupon_template": tpl,
                "status": "available",
                "valid": true,
                "redeemed": false,
                "order": null,
                "actual_amount": null,
                "time_start": time_start,
                "time_end": time_end,
                "user_times_circulated": n,
                "metadata": obj_or_empty(p, "metadata"),
                "_owners": owned_by(&[("app_id", app), ("user_id", user), ("coupon_template_id", template)]),
            });
            out.push(self.insert(Kind::Coupon, coupon));
        }
        if let Ok(t) = self.lookup_mut(Kind::CouponTemplate, &[("app_id", app)], "coupon_template_id", template) {
            t["times_circulated"] = json!(circulated.saturating_add(count));
        }
        self.expire_coupons(ctx.now);
        let mut distinct: Vec<&str> = users.iter().map(|(u, _)| u.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        for user in distinct {
            self.sync_available_coupons(app, user);
        }
        // Answer the coupons as they are after the expiry sweep.
        Ok(out
            .iter()
            .filter_map(|c| c["id"].as_str())
            .filter_map(|id| self.get_by_id(Kind::Coupon, id).map(clean))
            .collect())
    }

    /// How many coupons of `template` each user holds (whatever their status).
    fn coupons_held(&self, app: &str, template: &str) -> HashMap<String, i64> {
        let mut held = HashMap::new();
        for c in self.cols.get(&Kind::Coupon).into_iter().flat_map(|c| c.iter()) {
            if owner_of(c, "app_id") == Some(app) && owner_of(c, "coupon_template_id") == Some(template) {
                let user = owner_of(c, "user_id").unwrap_or_default().to_string();
                *held.entry(user).or_insert(0i64) += 1;
            }
        }
        held
    }

    /// Marks `expired` every available coupon whose `time_end` has passed.
    pub(super) fn expire_coupons(&mut self, now: i64) {
        let Some(col) = self.cols.get(&Kind::Coupon) else {
            return;
        };
        let due: Vec<(String, String, String)> = col
            .iter()
            .filter(|c| c["status"] == json!("available") && c["time_end"].as_i64().is_some_and(|end| end <= now))
            .map(|c| {
                let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
                (s("id"), s("app"), s("user"))
            })
            .collect();
        for (id, app, user) in due {
            if let Some(c) = self.get_mut_by_id(Kind::Coupon, &id) {
                set_status(c, "expired");
            }
            self.sync_available_coupons(&app, &user);
        }
    }

    /// The user's `available_coupons`: its coupons in status `available`.
    fn sync_available_coupons(&mut self, app: &str, user: &str) {
        let available = self.cols.get(&Kind::Coupon).map_or(0, |c| {
            c.iter()
                .filter(|o| {
                    o["status"] == json!("available")
                        && owner_of(o, "app_id") == Some(app)
                        && owner_of(o, "user_id") == Some(user)
                })
                .count()
        });
        if let Some(u) = self.user_mut(app, user) {
            u["available_coupons"] = json!(available);
        }
    }

    /// The plain coupon operations (retrieve, list, update, delete), after the
    /// expiry sweep; a delete refreshes the user's `available_coupons`.
    pub(super) fn serve_coupons(&mut self, op: &Operation, p: &Map<String, Value>, ctx: Ctx) -> Res {
        self.expire_coupons(ctx.now);
        let out = self
            .plain(op, p)
            .unwrap_or_else(|| Err(ApiErr::new(500, "api_error", format!("{} is not plain", op.name))))?;
        if op.action() == "delete" {
            let (app, user) = (
                text(p, "app_id").unwrap_or_default(),
                text(p, "user_id").unwrap_or_default(),
            );
            self.sync_available_coupons(&app, &user);
        }
        Ok(out)
    }

    /// `/_mock/coupons/{id}/expire`: an available coupon expires now.
    pub(crate) fn expire_coupon(&mut self, id: &str) -> Res {
        let c = self
            .get_mut_by_id(Kind::Coupon, id)
            .ok_or_else(|| ApiErr::not_found("coupon", "coupon_id", id))?;
        usable(c, "coupon_id", id, "expire")?;
        set_status(c, "expired");
        let (app, user) = (
            c["app"].as_str().unwrap_or_default().to_string(),
            c["user"].as_str().unwrap_or_default().to_string(),
        );
        let out = clean(c);
        self.sync_available_coupons(&app, &user);
        Ok(out)
    }

    /// Checks that the order of `app`, user `uid` and `amount` fen can use
    /// `coupon`; the discount it gives. Errors name `coupon`.
    pub(super) fn coupon_for_order(
        &mut self,
        app: &str,
        uid: &str,
        coupon: &str,
        amount: i64,
        now: i64,
    ) -> Result<Redemption, ApiErr> {
        self.expire_coupons(now);
        let c = self
            .get_by_id(Kind::Coupon, coupon)
            .filter(|c| c["app"] == json!(app))
            .ok_or_else(|| ApiErr::not_found("coupon", "coupon", coupon))?;
        if c["user"] != json!(uid) {
            return Err(ApiErr::bad(
                "coupon",
                format!("coupon: coupon {coupon} belongs to another user than the order's uid {uid}"),
            ));
        }
        usable(c, "coupon", coupon, "be used")?;
        if let Some(start) = c["time_start"].as_i64().filter(|start| *start > now) {
            return Err(ApiErr::bad(
                "coupon",
                format!("coupon: coupon {coupon} is valid from {start} only"),
            ));
        }
        let tpl = &c["coupon_template"];
        let threshold = tpl["amount_available"].as_i64().unwrap_or(0);
        if amount < threshold {
            return Err(ApiErr::bad(
                "coupon",
                format!(
                    "coupon: coupon {coupon} applies to orders of at least {threshold} fen; this order is {amount}"
                ),
            ));
        }
        Ok(Redemption {
            coupon: coupon.to_string(),
            discount: discount(tpl, amount),
        })
    }

    /// Marks the coupon used by `order` (which costs `actual_amount` after it).
    pub(super) fn redeem_coupon(&mut self, r: &Redemption, order: &str, actual_amount: i64) {
        let Some(c) = self.get_mut_by_id(Kind::Coupon, &r.coupon) else {
            return;
        };
        set_status(c, "used");
        c["order"] = json!(order);
        c["actual_amount"] = json!(actual_amount);
        self.count_redeemed(&r.coupon, 1);
    }

    /// Gives an order's coupon back (`available` again, or `expired` when its
    /// time has passed meanwhile). `refund`: only when its template is
    /// refundable. The coupon's id when it came back.
    pub(super) fn restore_coupon(&mut self, order: &str, refund: bool, now: i64) -> Option<String> {
        let id = self.get_by_id(Kind::Order, order)?["coupon"].as_str()?.to_string();
        let c = self.get_mut_by_id(Kind::Coupon, &id)?;
        if c["status"] != json!("used") || c["order"] != json!(order) {
            return None;
        }
        if refund && c["coupon_template"]["refundable"] != json!(true) {
            return None;
        }
        set_status(c, "available");
        c["order"] = Value::Null;
        c["actual_amount"] = Value::Null;
        let (app, user) = (
            c["app"].as_str().unwrap_or_default().to_string(),
            c["user"].as_str().unwrap_or_default().to_string(),
        );
        self.count_redeemed(&id, -1);
        self.expire_coupons(now);
        self.sync_available_coupons(&app, &user);
        Some(id)
    }

    /// Adds `by` to the `times_redeemed` of the coupon's template, when it still exists.
    fn count_redeemed(&mut self, coupon: &str, by: i64) {
        let Some(c) = self.get_by_id(Kind::Coupon, coupon) else {
            return;
        };
        let (app, user) = (
            c["app"].as_str().unwrap_or_default().to_string(),
            c["user"].as_str().unwrap_or_default().to_string(),
        );
        let template = owner_of(c, "coupon_template_id").unwrap_or_default().to_string();
        if let Ok(t) = self.lookup_mut(
            Kind::CouponTemplate,
            &[("app_id", &app)],
            "coupon_template_id",
            &template,
        ) {
            let n = t["times_redeemed"].as_i64().unwrap_or(0).saturating_add(by).max(0);
            t["times_redeemed"] = json!(n);
        }
        self.sync_available_coupons(&app, &user);
    }
}

/// A 400 naming `param` unless the coupon is `available`.
fn usable(c: &Value, param: &str, id: &str, action: &str) -> Result<(), ApiErr> {
    match c["status"].as_str() {
        Some("available") => Ok(()),
        status => Err(ApiErr::bad(
            param,
            format!(
                "{param}: coupon {id} is {} and cannot {action}; only an available coupon can",
                status.unwrap_or("not available")
            ),
        )),
    }
}

/// A coupon's status with the flags the SDKs' models read (`valid`, `redeemed`).
fn set_status(c: &mut Value, status: &str) {
    c["status"] = json!(status);
    c["valid"] = json!(status == "available");
    c["redeemed"] = json!(status == "used");
}

/// `(time_start, time_end)` of a coupon issued at `now` from a template's
/// `expiration`: its window, and with `duration` an end at most `duration`
/// seconds after the issue (the earlier end when both are given).
fn window(expiration: &Value, now: i64) -> (Value, Value) {
    let at = |k: &str| expiration.get(k).and_then(Value::as_i64);
    let duration = at("duration");
    let start = at("time_start").or(duration.map(|_| now));
    let by_duration = duration.map(|d| now.saturating_add(d));
    let end = match (at("time_end"), by_duration) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    (json!(start), json!(end))
}

/// Fen a template takes off an order of `amount`: `amount_off` (cash, type 1)
/// or `percent_off` % rounded down to the fen (discount, type 2), never more
/// than the order.
fn discount(template: &Value, amount: i64) -> i64 {
    let off = match template["type"].as_i64() {
        Some(1) => template["amount_off"].as_i64().unwrap_or(0),
        Some(2) => {
            let percent = template["percent_off"].as_i64().unwrap_or(0).clamp(0, 100);
            amount.saturating_mul(percent) / 100
        }
        _ => 0,
    };
    off.clamp(0, amount.max(0))
}

/// The `uid` of an order's params as the coupon's user ("0" when absent).
pub(super) fn order_uid(p: &Map<String, Value>) -> String {
    text(p, "uid").unwrap_or_else(|| "0".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_and_discounts() {
        assert_eq!(window(&Value::Null, 100), (Value::Null, Value::Null));
        assert_eq!(window(&json!({"duration": 50}), 100), (json!(100), json!(150)));
        assert_eq!(
            window(&json!({"time_start": 10, "time_end": 120, "duration": 50}), 100),
            (json!(10), json!(120))
        );
        assert_eq!(
            window(&json!({"time_start": 10, "time_end": 500, "duration": 50}), 100).1,
            json!(150)
        );
        let cash = json!({"type": 1, "amount_off": 300});
        assert_eq!((discount(&cash, 1000), discount(&cash, 200)), (300, 200));
        let pct = json!({"type": 2, "percent_off": 25});
        assert_eq!(
            (discount(&pct, 1000), discount(&pct, 999), discount(&pct, 3)),
            (250, 249, 0)
        );
        assert_eq!(discount(&json!({"type": 2, "percent_off": 100}), 777), 777);
    }
}
