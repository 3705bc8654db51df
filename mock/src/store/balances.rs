//! Recharges (and their refunds), balance bonuses, balance transfers, balance
//! settlements and batch withdrawals: every balance change goes through the
//! ledger (`ledger.rs`).

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::ledger::{Movement, MERCHANT};
use super::{clean, ids, int, obj_or_empty, opt, owned_by, text, ApiErr, Ctx, Res, Store, INSTANT_CHANNELS};

/// The `amount` of an object parameter (`balance_bonus.amount`), 0 when absent.
fn inner_amount(p: &Map<String, Value>, key: &str) -> i64 {
    p.get(key)
        .and_then(Value::as_object)
        .and_then(|m| int(m, "amount"))
        .unwrap_or(0)
}

impl Store {
    pub(super) fn recharge(&self, app: &str, id: &str) -> Result<&Value, ApiErr> {
        self.lookup(Kind::Recharge, &[("app_id", app)], "recharge_id", id)
    }

    /// `recharges.create`: a charge that credits the user when it is paid.
    pub(super) fn create_recharge(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let user = text(p, "user").unwrap_or_default();
        self.balance_of(app, &user, "user")?;
        if let Some(from) = text(p, "from_user") {
            self.balance_of(app, &from, "from_user")?;
        }
        let cp = p.get("charge").and_then(Value::as_object).cloned().unwrap_or_default();
        let amount = int(&cp, "amount").unwrap_or(0);
        let user_fee = int(p, "user_fee").unwrap_or(0);
        let bonus = inner_amount(p, "balance_bonus");
        if user_fee < 0 || user_fee > amount {
            return Err(ApiErr::bad(
                "user_fee",
                format!("user_fee: {user_fee} must be between 0 and charge.amount {amount}"),
            ));
        }
        if bonus < 0 || (bonus > 0 && user_fee > 0) {
            return Err(ApiErr::bad(
                "balance_bonus.amount",
                "balance_bonus.amount: must be >= 0 and cannot be given together with user_fee",
            ));
        }
        let channel = text(&cp, "channel").unwrap_or_default();
        if channel == "balance" {
            return Err(ApiErr::bad(
                "charge.channel",
                "charge.channel: a recharge is paid through a payment channel, not from the balance",
            ));
        }
        let seq = self.next_seq();
        let id = ids::digits("220", 24, seq);
        let mut charge = self.new_charge(ctx, app, &channel, amount, &cp);
        charge["_recharge"] = json!(id);
        let charge_id = charge["id"].as_str().unwrap_or_default().to_string();
        let recharge = json!({
            "id": id,
            "object": "recharge",
            "app": app,
            "created": ctx.now,
            "livemode": ctx.livemode,
            "amount": amount,
            "succeeded": false,
            "time_succeed": null,
            "refunded": false,
            "amount_refunded": 0,
            "user": user,
            "from": p.get("from_user").cloned().unwrap_or(json!(user)),
            "user_fee": user_fee,
            "charge": clean(&charge),
            "balance_bonus": {"amount": bonus, "balance_transaction": null},
            "balance_transaction": null,
            "description": opt(p, "description"),
            "metadata": obj_or_empty(p, "metadata"),
            "_charge": charge_id,
            "_owners": owned_by(&[("app_id", app)]),
        });
        self.push(Kind::Charge, charge);
        self.push(Kind::Recharge, recharge);
        if INSTANT_CHANNELS.contains(&channel.as_str()) {
            self.settle_charge(&charge_id, true, ctx)?;
        }
        self.recharge(app, &id).map(clean)
    }

    /// The charge of recharge `id` was paid: the user is credited what was paid
    /// less `user_fee`, plus the bonus; `recharge.succeeded`.
    pub(super) fn recharge_paid(&mut self, id: &str, ctx: Ctx) -> Result<(), ApiErr> {
        let Some(r) = self.get_by_id(Kind::Recharge, id) else {
            return Ok(());
        };
        let app = r["app"].as_str().unwrap_or_default().to_string();
        let user = r["user"].as_str().unwrap_or_default().to_string();
        let amount = r["amount"].as_i64().unwrap_or(0);
        let fee = r["user_fee"].as_i64().unwrap_or(0);
        let bonus = r["balance_bonus"]["amount"].as_i64().unwrap_or(0);
        let description = r["description"].clone();
        let charge_id = r["_charge"].as_str().unwrap_or_default().to_string();
        let mut moves = vec![Movement::new(&user, amount - fee, "recharge", id)
            .fee(fee)
            .described(description.clone())];
        if bonus > 0 {
            moves.push(Movement::new(&user, bonus, "recharge_bonus", id).described(description));
        }
        let txs = self.post(ctx, &app, &moves, "user", "amount")?;
        let charge = self.charge(&charge_id).map(clean)?;
        let r = self.get_mut_by_id(Kind::Recharge, id).expect("found above");
        r["succeeded"] = json!(true);
        r["time_succeed"] = json!(ctx.now);
        r["charge"] = charge;
        r["balance_transaction"] = json!(txs[0]);
        if let Some(tx) = txs.get(1) {
            r["balance_bonus"]["balance_transaction"] = json!(tx);
        }
        let snapshot = r.clone();
        self.emit(ctx, "recharge.succeeded", &snapshot);
        Ok(())
    }

    /// `recharges.refunds.create`: takes back what the recharge credited (the
    /// bonus too) and refunds the charge what it paid in, once.
    pub(super) fn refund_recharge(&mut self, app: &str, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let r = self.recharge(app, id)?;
        if r["succeeded"] != json!(true) {
            return Err(ApiErr::bad(
                "recharge_id",
                format!("recharge {id} has not succeeded and cannot be refunded"),
            ));
        }
        if r["refunded"] == json!(true) {
            return Err(ApiErr::bad(
                "recharge_id",
                format!("recharge {id} is already refunded: nothing is left to refund"),
            ));
        }
        let user = r["user"].as_str().unwrap_or_default().to_string();
        let credited = r["amount"].as_i64().unwrap_or(0) - r["user_fee"].as_i64().unwrap_or(0);
        let bonus = r["balance_bonus"]["amount"].as_i64().unwrap_or(0);
        let charge_id = r["_charge"].as_str().unwrap_or_default().to_string();
        let charge = self.charge(&charge_id)?;
        let left = charge["amount"].as_i64().unwrap_or(0) - charge["amount_refunded"].as_i64().unwrap_or(0);
        if credited > left {
            return Err(ApiErr::bad(
                "recharge_id",
                format!("recharge {id}: its charge has {left} left to refund, less than the {credited} credited"),
            ));
        }
        let seq = self.next_seq();
        let refund_id = ids::alnum("re_", 24);
        let moves = [
            Movement::new(&user, -(credited + bonus), "recharge_refund", &refund_id).described(opt(p, "description"))
        ];
        let txs = self.post(ctx, app, &moves, "recharge_id", "recharge_id")?;
        let charge_refund = if credited > 0 {
            let mut rp = Map::new();
            rp.insert("amount".into(), json!(credited));
            rp.insert(
                "description".into(),
                p.get("description").cloned().unwrap_or(json!("recharge refund")),
            );
            Some(self.charge_refund(&charge_id, &rp, ctx, "recharge_id", true)?)
        } else {
            None
        };
        let charge = self.charge(&charge_id).map(clean)?;
        let refund = json!({
            "id": refund_id,
            "object": "refund",
            "order_no": ids::digits("", 20, seq),
            "amount": credited,
            "succeed": true,
            "status": "succeeded",
            "created": ctx.now,
            "time_succeed": ctx.now,
            "livemode": ctx.livemode,
            "description": opt(p, "description"),
            "failure_code": null,
            "failure_msg": null,
            "charge": charge_id,
            "charge_order_no": charge["order_no"],
            "transaction_no": charge_refund.as_ref().map(|r| r["transaction_no"].clone()).unwrap_or(Value::Null),
            "funding_source": opt(p, "funding_source"),
            "balance_transaction": txs[0],
            "extra": {},
            "metadata": obj_or_empty(p, "metadata"),
            "_owners": owned_by(&[("app_id", app), ("recharge_id", id)]),
        });
        let r = self.get_mut_by_id(Kind::Recharge, id).expect("found above");
        r["refunded"] = json!(true);
        r["amount_refunded"] = json!(credited);
        r["charge"] = charge;
        Ok(self.insert(Kind::RechargeRefund, refund))
    }

    /// `balance_bonuses.create`: credits the user.
    pub(super) fn create_balance_bonus(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let user = text(p, "user").unwrap_or_default();
        let amount = int(p, "amount").unwrap_or(0);
        let id = ids::digits("650", 24, self.next_seq());
        let moves = [Movement::new(&user, amount, "bonus", &id).described(opt(p, "description"))];
        let txs = self.post(ctx, app, &moves, "user", "amount")?;
        let obj = json!({
            "id": id,
            "object": "balance_bonus",
            "app": app,
            "created": ctx.now,
            "livemode": ctx.livemode,
            "paid": true,
            "refunded": false,
            "amount": amount,
            "amount_refunded": 0,
            "time_paid": ctx.now,
            "user": user,
            "order_no": opt(p, "order_no"),
            "balance_transaction": txs[0],
            "description": opt(p, "description"),
            "metadata": obj_or_empty(p, "metadata"),
            "_owners": owned_by(&[("app_id", app)]),
        });
        Ok(self.insert(Kind::BalanceBonus, obj))
    }

    /// `balance_transfers.create`: `amount` to the recipient, `amount + user_fee`
    /// from the sender; recipient `0` is the merchant's own account.
    pub(super) fn create_balance_transfer(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let user = text(p, "user").unwrap_or_default();
        let recipient = text(p, "recipient").unwrap_or_default();
        let amount = int(p, "amount").unwrap_or(0);
        let fee = int(p, "user_fee").unwrap_or(0);
        if user == MERCHANT {
            return Err(ApiErr::bad("user", "user: the sender cannot be 0 (the merchant)"));
        }
        if user == recipient {
            return Err(ApiErr::bad("recipient", "recipient: must differ from user"));
        }
        let total = amount
            .checked_add(fee)
            .ok_or_else(|| ApiErr::bad("amount", "amount: amount plus user_fee overflows"))?;
        let id = ids::digits("660", 24, self.next_seq());
        let description = opt(p, "description");
        let mut moves = vec![Movement::new(&user, -total, "transfer", &id)
            .fee(fee)
            .described(description.clone())];
        if recipient != MERCHANT {
            self.balance_of(app, &recipient, "recipient")?;
            moves.push(Movement::new(&recipient, amount, "receipts", &id).described(description));
        }
        let txs = self.post(ctx, app, &moves, "user", "amount")?;
        let obj = json!({
            "id": id,
            "object": "balance_transfer",
            "app": app,
            "created": ctx.now,
            "livemode": ctx.livemode,
            "status": "succeeded",
            "amount": amount,
            "order_no": opt(p, "order_no"),
            "user": user,
            "recipient": recipient,
            "user_fee": fee,
            "user_balance_transaction": txs[0],
            "recipient_balance_transaction": txs.get(1),
            "description": opt(p, "description"),
            "metadata": obj_or_empty(p, "metadata"),
            "_owners": owned_by(&[("app_id", app)]),
        });
        Ok(self.insert(Kind::BalanceTransfer, obj))
    }

    /// An order with `balance_settlement{user, user_fee}` was paid: its amount
    /// less `user_fee` is settled into that user's balance (a `balance_settlement`).
    pub(super) fn settle_order_to_balance(&mut self, order_id: &str, ctx: Ctx) -> Result<(), ApiErr> {
        let Some(order) = self.get_by_id(Kind::Order, order_id) else {
            return Ok(());
        };
        let Some(user) = super::orders::settlement_user(&order["balance_settlement"]) else {
            return Ok(());
        };
        let app = order["app"].as_str().unwrap_or_default().to_string();
        let amount = order["amount"].as_i64().unwrap_or(0);
        let fee = order["balance_settlement"]["user_fee"]
            .as_i64()
            .unwrap_or(0)
            .clamp(0, amount);
        let (order_no, charge) = (order["merchant_order_no"].clone(), order["charge"].clone());
        let id = ids::digits("670", 24, self.next_seq());
        let moves = [Movement::new(&user, amount - fee, "settlement", &id).fee(fee)];
        let txs = self.post(ctx, &app, &moves, "balance_settlement.user", "amount")?;
        let obj = json!({
            "id": id,
            "object": "balance_settlement",
            "app": app,
            "created": ctx.now,
            "livemode": ctx.livemode,
            "amount": amount - fee,
            "amount_refunded": 0,
            "status": "succeeded",
            "user": user,
            "user_fee": fee,
            "order_no": order_no,
            "charge": charge,
            "time_settled": ctx.now,
            "balance_transaction": txs[0],
            "description": null,
            "metadata": {},
            "_order": order_id,
            "_owners": owned_by(&[("app_id", &app)]),
        });
        self.push(Kind::BalanceSettlement, obj);
        Ok(())
    }

    /// `batch_withdrawals.create`: confirms (`pending`, the default) or cancels
    /// every listed withdrawal, or none when one cannot (naming `withdrawals[i]`).
    pub(super) fn create_batch_withdrawal(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let wanted = text(p, "status").unwrap_or_else(|| "pending".into());
        let list: Vec<String> = p
            .get("withdrawals")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        for (i, id) in list.iter().enumerate() {
            let param = format!("withdrawals[{i}]");
            if list[..i].contains(id) {
                return Err(ApiErr::bad(&param, format!("{param}: withdrawal {id} is listed twice")));
            }
            let w = self
                .withdrawal(app, id)
                .map_err(|_| ApiErr::bad(&param, format!("{param}: no withdrawal {id} in app {app}")))?;
            let status = w["status"].as_str().unwrap_or_default();
            if !Self::withdrawal_can_become(status, &wanted) {
                return Err(ApiErr::bad(
                    &param,
                    format!("{param}: withdrawal {id} is {status} and cannot become {wanted}"),
                ));
            }
        }
        let id = ids::digits("1901", 19, self.next_seq());
        let mut done = Vec::with_capacity(list.len());
        let (mut amount, mut fee) = (0i64, 0i64);
        for w in &list {
            let out = self.move_withdrawal(app, w, &wanted, ctx)?;
            amount = amount.saturating_add(out["amount"].as_i64().unwrap_or(0));
            fee = fee.saturating_add(out["user_fee"].as_i64().unwrap_or(0));
            done.push(out);
        }
        let canceled = wanted == "canceled";
        let count = done.len() as i64;
        let obj = json!({
            "id": id,
            "object": "batch_withdrawal",
            "app": app,
            "created": ctx.now,
            "livemode": ctx.livemode,
            "amount": amount,
            "amount_succeeded": 0,
            "amount_failed": 0,
            "amount_canceled": if canceled { amount } else { 0 },
            "count": count,
            "count_succeeded": 0,
            "count_failed": 0,
            "count_canceled": if canceled { count } else { 0 },
            "fee": 0,
            "user_fee": fee,
            "operation_url": if canceled { Value::Null } else { json!(format!("http://mock.pingxx.invalid/batch_withdrawal/{id}")) },
            "source": null,
            "status": wanted,
            "time_finished": if canceled { json!(ctx.now) } else { Value::Null },
            "withdrawals": {"object": "list", "url": format!("/v1/apps/{app}/batch_withdrawals/{id}"), "has_more": false, "data": done},
            "metadata": obj_or_empty(p, "metadata"),
            "_owners": owned_by(&[("app_id", app)]),
        });
        Ok(self.insert(Kind::BatchWithdrawal, obj))
    }
}
