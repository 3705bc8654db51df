//! Withdrawals (debited from the user's balance when created, credited back when
//! canceled or failed) and deposits (credited when they succeed).

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::ledger::Movement;
use super::{clean, int, obj_or_empty, opt, owned_by, require_status, text, ApiErr, Ctx, Res, Store};

impl Store {
    pub(super) fn withdrawal(&self, app: &str, id: &str) -> Result<&Value, ApiErr> {
        self.lookup(Kind::Withdrawal, &[("app_id", app)], "withdrawal_id", id)
    }

    /// `withdrawals.create`: `amount + user_fee` leaves the user's balance at once.
    pub(super) fn create_withdrawal(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let order_no = text(p, "order_no").unwrap_or_default();
        let user = text(p, "user").unwrap_or_default();
        let amount = int(p, "amount").unwrap_or(0);
        let user_fee = int(p, "user_fee").unwrap_or(0);
        let total = amount
            .checked_add(user_fee)
            .ok_or_else(|| ApiErr::bad("amount", "amount: amount plus user_fee overflows"))?;
        let seq = self.next_seq();
        let id = super::ids::digits("17", 19, seq);
        let moves = [Movement::new(&user, -total, "withdrawal", &id)
            .fee(user_fee)
            .described(opt(p, "description"))];
        let txs = self.post(ctx, app, &moves, "user", "amount")?;
        let obj = json!({
            "id": id,
            "object": "withdrawal",
            "app": app,
            "amount": amount,
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
            "user": user,
            "user_fee": user_fee,
            "balance_transaction": txs[0],
            "settle_account": opt(p, "settle_account"),
            "_owners": owned_by(&[("app_id", app)]),
        });
        Ok(self.insert(Kind::Withdrawal, obj))
    }

    /// Whether a withdrawal in `status` can be moved to `wanted` by a confirm
    /// (`pending`) or a cancel (`canceled`).
    pub(super) fn withdrawal_can_become(status: &str, wanted: &str) -> bool {
        matches!(
            (status, wanted),
            ("created", "pending") | ("created" | "pending", "canceled")
        )
    }

    /// Moves a withdrawal to `pending` or `canceled` (checked by the caller with
    /// [`Store::withdrawal_can_become`]); a cancel credits the user back.
    pub(super) fn move_withdrawal(&mut self, app: &str, id: &str, wanted: &str, ctx: Ctx) -> Res {
        if wanted == "canceled" {
            self.credit_back_withdrawal(app, id, "withdrawal_revoked", ctx)?;
        }
        let w = self
            .get_mut_by_id(Kind::Withdrawal, id)
            .ok_or_else(|| ApiErr::not_found("withdrawal", "withdrawal_id", id))?;
        if wanted == "canceled" {
            w["status"] = json!("canceled");
            w["time_canceled"] = json!(ctx.now);
        } else {
            w["status"] = json!("pending");
            w["operation_url"] = json!(format!("http://mock.pingxx.invalid/withdrawal/{id}"));
        }
        Ok(clean(w))
    }

    fn credit_back_withdrawal(&mut self, app: &str, id: &str, kind: &'static str, ctx: Ctx) -> Result<(), ApiErr> {
        let w = self.withdrawal(app, id)?;
        let user = w["user"].as_str().unwrap_or_default().to_string();
        let total = w["amount"].as_i64().unwrap_or(0) + w["user_fee"].as_i64().unwrap_or(0);
        self.post(ctx, app, &[Movement::new(&user, total, kind, id)], "user", "amount")?;
        Ok(())
    }

    /// `withdrawals.confirm`: `status` `pending` (confirm) or `canceled`.
    pub(super) fn confirm_withdrawal(&mut self, app: &str, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let status = self.withdrawal(app, id)?["status"].as_str().unwrap_or("").to_string();
        let wanted = text(p, "status").unwrap_or_default();
        if !matches!(wanted.as_str(), "pending" | "canceled") {
            return Err(ApiErr::bad("status", "status: must be `pending` or `canceled`"));
        }
        if !Self::withdrawal_can_become(&status, &wanted) {
            return Err(ApiErr::bad(
                "status",
                format!("status: withdrawal {id} is {status} and cannot become {wanted}"),
            ));
        }
        self.move_withdrawal(app, id, &wanted, ctx)
    }

    /// A pending withdrawal succeeds (`/_mock/withdrawals/{id}/succeed`,
    /// `withdrawal.succeeded`) or fails (`/fail`, `withdrawal.failed`, the user
    /// credited back).
    pub(crate) fn settle_withdrawal(&mut self, id: &str, success: bool, ctx: Ctx) -> Res {
        let w = self
            .get_by_id(Kind::Withdrawal, id)
            .ok_or_else(|| ApiErr::not_found("withdrawal", "withdrawal_id", id))?;
        let action = if success { "succeed" } else { "fail" };
        require_status(w, "pending", "withdrawal_id", &format!("withdrawal {id}"), action)?;
        let app = w["app"].as_str().unwrap_or_default().to_string();
        if !success {
            self.credit_back_withdrawal(&app, id, "withdrawal_failed", ctx)?;
        }
        let w = self.get_mut_by_id(Kind::Withdrawal, id).expect("checked above");
        if success {
            w["status"] = json!("succeeded");
            w["time_succeeded"] = json!(ctx.now);
        } else {
            w["status"] = json!("failed");
            w["failure_msg"] = json!(format!("the withdrawal failed (POST /_mock/withdrawals/{id}/fail)"));
        }
        let snapshot = w.clone();
        let event = if success {
            "withdrawal.succeeded"
        } else {
            "withdrawal.failed"
        };
        self.emit(ctx, event, &snapshot);
        Ok(clean(&snapshot))
    }

    /// A created deposit succeeds (`/_mock/deposits/{id}/succeed`): its amount is
    /// credited to the user.
    pub(crate) fn succeed_deposit(&mut self, id: &str, ctx: Ctx) -> Res {
        let d = self
            .get_by_id(Kind::Deposit, id)
            .ok_or_else(|| ApiErr::not_found("deposit", "deposit_id", id))?;
        require_status(d, "created", "deposit_id", &format!("deposit {id}"), "succeed")?;
        let app = d["app"].as_str().unwrap_or_default().to_string();
        let user = d["user"].as_str().unwrap_or_default().to_string();
        let amount = d["amount"].as_i64().unwrap_or(0);
        let txs = self.post(
            ctx,
            &app,
            &[Movement::new(&user, amount, "recharge", id)],
            "user",
            "amount",
        )?;
        let d = self.get_mut_by_id(Kind::Deposit, id).expect("checked above");
        d["status"] = json!("succeeded");
        d["time_succeeded"] = json!(ctx.now);
        d["balance_transaction"] = json!(txs[0]);
        Ok(clean(d))
    }
}
