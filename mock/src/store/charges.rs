//! Charges and their refunds: created, settled at once or by `/_mock`, reversed, refunded.

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::split_profits::{refundable, split_of};
use super::{
    app_of, clean, ids, int, list_url, obj_or_empty, opt, owned_by, owner_of, text, ApiErr, Ctx, Res, Store,
    INSTANT_CHANNELS,
};

impl Store {
    pub(super) fn charge(&self, id: &str) -> Result<&Value, ApiErr> {
        self.get_by_id(Kind::Charge, id)
            .ok_or_else(|| ApiErr::not_found("charge", "charge_id", id))
    }

    pub(super) fn new_charge(
        &mut self,
        ctx: Ctx,
        app: &str,
        channel: &str,
        amount: i64,
        p: &Map<String, Value>,
    ) -> Value {
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

    pub(super) fn create_charge(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = app_of(p);
        let channel = text(p, "channel").unwrap_or_default();
        let amount = int(p, "amount").unwrap_or(0);
        let charge = self.new_charge(ctx, &app, &channel, amount, p);
        let id = charge["id"].as_str().unwrap_or_default().to_string();
        self.push(Kind::Charge, charge);
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
        let order_id = owner_of(charge, "order_id").map(str::to_string);
        let recharge_id = charge["_recharge"].as_str().map(str::to_string);
        let charge = self.get_mut_by_id(Kind::Charge, id).expect("checked above");
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
            if let Some(recharge_id) = recharge_id {
                self.recharge_paid(&recharge_id, ctx)?;
            }
        }
        if let (true, Some(order_id)) = (success, order_id) {
            if let Some(order) = self.get_mut_by_id(Kind::Order, &order_id) {
                order["paid"] = json!(true);
                order["status"] = json!("paid");
                order["time_paid"] = json!(ctx.now);
                order["charge"] = json!(id);
                let order = order.clone();
                self.emit(ctx, "order.succeeded", &order);
                self.settle_order_to_balance(&order_id, ctx)?;
                self.order_paid_royalties(&order_id, ctx)?;
            }
        }
        Ok(clean(&snapshot))
    }

    /// A 400 when charge `id` pays a recharge: its money is in a balance, which
    /// only `recharges.refunds.create` takes back.
    fn not_a_recharge_charge(&self, id: &str) -> Result<(), ApiErr> {
        match self.charge(id)?["_recharge"].as_str() {
            Some(recharge) => Err(ApiErr::bad(
                "charge_id",
                format!("charge {id} pays recharge {recharge}: refund it with recharges.refunds.create"),
            )),
            None => Ok(()),
        }
    }

    pub(super) fn reverse_charge(&mut self, id: &str, ctx: Ctx) -> Res {
        self.not_a_recharge_charge(id)?;
        let charge = self.charge(id)?;
        if charge["reversed"] == json!(true) {
            return Err(ApiErr::bad("charge_id", format!("charge {id} is already reversed")));
        }
        let paid = charge["paid"] == json!(true);
        // What split profits gave to receivers stays with them.
        let left = refundable(charge);
        if paid && left > 0 {
            let mut p = Map::new();
            p.insert("amount".into(), json!(left));
            p.insert("description".into(), json!("reversed"));
            self.refund_charge(id, &p, ctx)?;
        }
        let charge = self.get_mut_by_id(Kind::Charge, id).expect("checked above");
        charge["reversed"] = json!(true);
        Ok(clean(charge))
    }

    pub(super) fn refund_charge(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        self.not_a_recharge_charge(id)?;
        let refund = self.charge_refund(id, p, ctx, "amount", false)?;
        let order = owner_of(self.charge(id)?, "order_id").map(str::to_string);
        if let Some(order) = order {
            let amount = refund["amount"].as_i64().unwrap_or(0);
            self.add_order_refund(&order, amount);
        }
        Ok(refund)
    }

    /// Refunds `amount` (or what is left) of a paid charge: the refund object,
    /// `refund.succeeded`. A charge that pays a recharge is refunded only for
    /// that recharge (`for_recharge`).
    pub(super) fn charge_refund(
        &mut self,
        id: &str,
        p: &Map<String, Value>,
        ctx: Ctx,
        amount_param: &str,
        for_recharge: bool,
    ) -> Res {
        if !for_recharge {
            self.not_a_recharge_charge(id)?;
        }
        let charge = self.charge(id)?;
        if charge["paid"] != json!(true) {
            return Err(ApiErr::bad(
                "charge_id",
                format!("charge {id} is not paid and cannot be refunded"),
            ));
        }
        let (left, split) = (refundable(charge), split_of(charge));
        let amount = int(p, "amount").unwrap_or(left);
        if amount <= 0 || amount > left {
            let shared = if split > 0 {
                format!(" ({split} of the charge went to split receivers)")
            } else {
                String::new()
            };
            return Err(ApiErr::bad(
                amount_param,
                format!("{amount_param}: {amount} is more than the {left} left to refund{shared}"),
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
            "_owners": owned_by(&[("charge_id", id)]),
        });
        self.next_seq();
        let out = clean(&refund);
        let charge = self.get_mut_by_id(Kind::Charge, id).expect("checked above");
        charge["amount_refunded"] = json!(charge["amount_refunded"].as_i64().unwrap_or(0).saturating_add(amount));
        charge["refunded"] = json!(true);
        if let Some(data) = charge["refunds"]["data"].as_array_mut() {
            data.insert(0, out.clone());
        }
        self.push(Kind::Refund, refund);
        self.emit(ctx, "refund.succeeded", &out);
        Ok(out)
    }
}
