//! Routes each operation of the table to the code that serves it.

use pingxx::Operation;
use serde_json::{json, Map, Value};

use super::{clean, ids, merge, opt, text, ApiErr, Ctx, Res, Store, MAX_LEVEL};

impl Store {
    /// Runs one operation with its (validated) parameters, path parameters included.
    pub(super) fn dispatch(&mut self, op: &Operation, p: &Map<String, Value>, ctx: Ctx) -> Res {
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
}
