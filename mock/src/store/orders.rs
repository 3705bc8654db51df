//! Orders: created, paid (through a charge), canceled, expired, refunded in part or whole.

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::coupons::order_uid;
use super::ledger::Movement;
use super::split_profits::{refundable, split_of};
use super::{
    app_of, clean, ids, int, list_url, obj_or_empty, opt, owned_by, text, ApiErr, Ctx, Res, Store, INSTANT_CHANNELS,
};

impl Store {
    pub(super) fn order(&self, id: &str) -> Result<&Value, ApiErr> {
        self.get_by_id(Kind::Order, id)
            .ok_or_else(|| ApiErr::not_found("order", "order_id", id))
    }

    pub(super) fn create_order(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = app_of(p);
        let merchant_order_no = text(p, "merchant_order_no").unwrap_or_default();
        let seq = self.next_seq();
        let id = ids::digits("20", 19, seq);
        let amount = int(p, "amount").unwrap_or(0);
        let settlement = opt(p, "balance_settlement");
        if let Some(user) = settlement_user(&settlement) {
            self.balance_of(&app, &user, "balance_settlement.user")?;
        }
        self.check_order_royalties(p, amount)?;
        let redemption = match text(p, "coupon") {
            Some(coupon) => Some(self.coupon_for_order(&app, &order_uid(p), &coupon, amount, ctx.now)?),
            None => None,
        };
        let coupon_amount = redemption.as_ref().map_or(0, |r| r.discount);
        let actual_amount = amount.saturating_sub(coupon_amount);
        if let Some(stated) = int(p, "actual_amount").filter(|a| *a != actual_amount) {
            return Err(ApiErr::bad(
                "actual_amount",
                format!("actual_amount: {stated} is not amount {amount} minus the coupon's {coupon_amount} ({actual_amount})"),
            ));
        }
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
            "actual_amount": actual_amount,
            "coupon_amount": coupon_amount,
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
            "balance_settlement": settlement,
            "royalty_users": p.get("royalty_users").cloned().unwrap_or(json!([])),
            "royalty_template": opt(p, "royalty_template"),
        });
        if let Some(r) = &redemption {
            self.redeem_coupon(r, &id, actual_amount);
        }
        Ok(self.insert(Kind::Order, order))
    }

    pub(super) fn pay_order(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
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
        let amount = payable(order);
        let balance = int(p, "balance_amount").unwrap_or(0).max(0);
        let charge_amount = int(p, "charge_amount").unwrap_or(amount.saturating_sub(balance));
        if charge_amount.checked_add(balance) != Some(amount) {
            return Err(ApiErr::bad(
                "charge_amount",
                format!(
                    "charge_amount: {charge_amount} plus balance_amount {balance} must equal the order's actual_amount {amount}"
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
        // The balance part leaves the order's user (`uid`) before the charge is made.
        let mut balance_tx = Value::Null;
        if balance > 0 {
            let uid = self.order(id)?["uid"].as_str().unwrap_or_default().to_string();
            let moves = [Movement::new(&uid, -balance, "payment", id)];
            let txs = self.post(ctx, &app, &moves, "balance_amount", "balance_amount")?;
            balance_tx = json!(txs[0]);
        }
        let mut charge = self.new_charge(ctx, &app, &channel, charge_amount, &cp);
        charge["_owners"] = owned_by(&[("order_id", id)]);
        let charge_id = charge["id"].as_str().unwrap_or_default().to_string();
        let essentials = json!({"channel": channel, "credential": charge["credential"], "extra": charge["extra"]});
        self.push(Kind::Charge, charge);
        let order = self.get_mut_by_id(Kind::Order, id).expect("checked above");
        order["charge"] = json!(charge_id);
        order["charge_amount"] = json!(charge_amount);
        order["balance_amount"] = json!(balance);
        order["balance_transaction"] = balance_tx;
        order["charge_essentials"] = essentials;
        if INSTANT_CHANNELS.contains(&channel.as_str()) || charge_amount == 0 {
            self.settle_charge(&charge_id, true, ctx)?;
        }
        self.order(id).map(clean)
    }

    pub(super) fn cancel_order(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
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
        let order = self.get_mut_by_id(Kind::Order, id).expect("checked above");
        order["status"] = json!("canceled");
        self.restore_coupon(id, false, ctx.now);
        self.order(id).map(clean)
    }

    /// Adds `amount` to an order's refunded total: `refunded`, status `refunded`.
    pub(super) fn add_order_refund(&mut self, order_id: &str, amount: i64) {
        if let Some(order) = self.get_mut_by_id(Kind::Order, order_id) {
            order["amount_refunded"] = json!(order["amount_refunded"].as_i64().unwrap_or(0).saturating_add(amount));
            order["refunded"] = json!(true);
            order["status"] = json!("refunded");
        }
    }

    /// `orders.order_refunds.create` (`as_order_refund`) and `orders.refunds.create`.
    pub(super) fn refund_order(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx, as_order_refund: bool) -> Res {
        let order = self.order(id)?;
        if order["paid"] != json!(true) {
            return Err(ApiErr::bad(
                "order_id",
                format!("order {id} is not paid and cannot be refunded"),
            ));
        }
        let paid = payable(order);
        // What split profits gave away from the order's charge stays with the receivers.
        let split = order["charge"]
            .as_str()
            .and_then(|c| self.get_by_id(Kind::Charge, c))
            .map_or(0, split_of);
        let left = paid
            .saturating_sub(order["amount_refunded"].as_i64().unwrap_or(0))
            .saturating_sub(split);
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
            .and_then(|c| self.get_by_id(Kind::Charge, c))
            .map_or(0, refundable);
        let from_charge = amount.min(charge_left);
        let mut charge_refund = Value::Null;
        if let (Some(ch), true) = (charge_id.as_deref(), from_charge > 0) {
            let mut rp = p.clone();
            rp.insert("amount".into(), json!(from_charge));
            charge_refund = self.charge_refund(ch, &rp, ctx, "amount", false)?;
        }
        let to_balance = amount.saturating_sub(from_charge);
        let mut refund_tx = Value::Null;
        if to_balance > 0 && !self.order(id)?["balance_transaction"].is_null() {
            let uid = uid.as_str().unwrap_or_default().to_string();
            let moves = [Movement::new(&uid, to_balance, "payment_refund", id)];
            refund_tx = json!(self.post(ctx, &app, &moves, "order_id", param)?[0]);
        }
        self.add_order_refund(id, amount);
        // The whole order refunded: a refundable template's coupon comes back.
        let coupon = (amount == left)
            .then(|| self.restore_coupon(id, true, ctx.now))
            .flatten();
        let coupon_amount = if coupon.is_some() {
            self.order(id)?["coupon_amount"].clone()
        } else {
            json!(0)
        };
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
                "coupon_amount": coupon_amount,
                "balance_amount": to_balance,
                "charge_amount": from_charge,
                "coupon": coupon,
                "balance_transaction": refund_tx,
                "charge_refund": charge_refund_id,
                "status": "succeeded",
                "created": ctx.now,
                "time_succeed": ctx.now,
                "description": opt(p, "description"),
                "metadata": obj_or_empty(p, "metadata"),
                "extra": obj_or_empty(p, "extra"),
                "_owners": owned_by(&[("order_id", id)]),
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
                "_owners": owned_by(&[("order_id", id)]),
            })
        };
        let out = clean(&refund);
        self.push(Kind::OrderRefund, refund);
        if let Some(order) = self.get_mut_by_id(Kind::Order, id) {
            if let Some(data) = order["refunds"]["data"].as_array_mut() {
                data.insert(0, out.clone());
            }
        }
        self.emit(ctx, "order.refund.succeeded", &out);
        Ok(out)
    }
}

/// What an order costs after its coupon: `actual_amount` (`amount` for an order stored without it).
fn payable(order: &Value) -> i64 {
    order["actual_amount"]
        .as_i64()
        .unwrap_or_else(|| order["amount"].as_i64().unwrap_or(0))
}

/// The user of an order's `balance_settlement`, as text; `None` when absent or 0
/// (the Go SDK always sends `{"user": 0}` when no settlement is wanted).
pub(super) fn settlement_user(settlement: &Value) -> Option<String> {
    let user = match settlement.get("user")? {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!user.is_empty() && user != "0").then_some(user)
}
