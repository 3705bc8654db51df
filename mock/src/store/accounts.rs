//! Sub-apps, their channels, users and settle accounts; the simple-account
//! applications and deposits.

use pingxx::models::Kind;
use pingxx::{Operation, Returns};
use serde_json::{json, Map, Value};

use super::{clean, ids, mask, merge, obj_or_empty, opt, owned_by, text, ApiErr, Ctx, Res, Store, MAX_LEVEL};

impl Store {
    pub(super) fn sub_app(&self, app: &str, sub: &str) -> Result<&Value, ApiErr> {
        self.lookup(Kind::SubApp, &[("app_id", app)], "sub_app_id", sub)
    }

    /// The level of `parent` under platform `app`: 0 for the platform itself.
    pub(super) fn parent_level(&self, app: &str, parent: &str) -> Result<i64, ApiErr> {
        if parent == app {
            return Ok(0);
        }
        self.sub_app(app, parent)
            .map(|o| o["level"].as_i64().unwrap_or(1))
            .map_err(|_| ApiErr::bad("parent_app", format!("parent_app: no sub-app {parent} under app {app}")))
    }

    pub(super) fn create_sub_app(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
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
            "_owners": owned_by(&[("app_id", app)]),
        });
        Ok(self.insert(Kind::SubApp, obj))
    }

    pub(super) fn user(&self, app: &str, user: &str) -> Result<&Value, ApiErr> {
        self.lookup(Kind::User, &[("app_id", app)], "user_id", user)
    }

    pub(super) fn user_mut(&mut self, app: &str, user: &str) -> Option<&mut Value> {
        self.lookup_mut(Kind::User, &[("app_id", app)], "user_id", user).ok()
    }

    pub(super) fn create_user(
        &mut self,
        app: &str,
        id: &str,
        kind: &str,
        p: &Map<String, Value>,
        ctx: Ctx,
        param: &str,
    ) -> Res {
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
            "_owners": owned_by(&[("app_id", app)]),
        });
        merge(&mut obj, p, &["app_id", "id", "type"]);
        Ok(self.insert(Kind::User, obj))
    }

    pub(super) fn create_settle_account(
        &mut self,
        app: &str,
        user: Option<&str>,
        p: &Map<String, Value>,
        ctx: Ctx,
    ) -> Res {
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
            "_owners": owned_by(&[("app_id", app)]),
            "_user": user,
        });
        let out = self.insert(Kind::SettleAccount, obj);
        if let Some(u) = user.and_then(|user| self.user_mut(app, user)) {
            if let Some(list) = u["settle_accounts"].as_array_mut() {
                list.push(out.clone());
            }
        }
        Ok(out)
    }

    // ----- simple-account applications, deposits, withdrawals -----

    pub(super) fn create_application(&mut self, op: &Operation, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let Returns::Object(kind) = op.returns else {
            return Err(ApiErr::new(500, "api_error", format!("{} returns no object", op.name)));
        };
        let lead = if kind == Kind::CusApplication { "11" } else { "12" };
        let user = text(p, "user").unwrap_or_default();
        self.user(app, &user)
            .map_err(|_| ApiErr::bad("user", format!("user: no user `{user}` in app {app}")))?;
        // The documents make `order_no` of merchant applications unique too, though
        // a repeat is no safe retry (no `unique_param` in the table): refused here.
        if op.unique_param.is_none() {
            if let Some(no) = text(p, "order_no") {
                let key = (app.to_string(), op.name, no);
                if self.unique.contains(&key) {
                    return Err(ApiErr::bad(
                        "order_no",
                        format!(
                            "order_no: `{}` was already used for {} of app {app}; it must be unique",
                            key.2, op.name
                        ),
                    ));
                }
                self.unique.insert(key);
            }
        }
        let seq = self.next_seq();
        let mut obj = json!({
            "id": ids::digits(lead, 19, seq),
            "object": kind.object_name(),
            "app": app,
            "livemode": ctx.livemode,
            "created": ctx.now,
            "status": "created",
            "failure_msg": null,
            "_owners": owned_by(&[("app_id", app)]),
            "_resource": op.resource(),
        });
        merge(&mut obj, p, &["app_id"]);
        Ok(self.insert(kind, obj))
    }

    pub(super) fn create_deposit(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
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
            "_owners": owned_by(&[("app_id", app)]),
        });
        Ok(self.insert(Kind::Deposit, obj))
    }

    /// Moves an order's `time_expire` into the past (`/_mock/orders/{id}/expire`).
    pub(crate) fn expire_order(&mut self, id: &str, ctx: Ctx) -> Res {
        let order = self
            .get_mut_by_id(Kind::Order, id)
            .ok_or_else(|| ApiErr::not_found("order", "order_id", id))?;
        order["time_expire"] = json!(ctx.now - 1);
        Ok(clean(order))
    }
}
