//! The balance ledger: the one place where a user's `available_balance` and
//! `withdrawable_balance` change. Every movement is a `balance_transaction`
//! (signed amount, the balance after it, its type, the object that caused it).
//!
//! A posting is all-or-nothing: every movement is checked first (the user
//! exists, no balance goes below zero), then all are applied. User `"0"` is the
//! merchant's own account: it has no balance here, money sent to it leaves the
//! users' balances.
//!
//! The emulator keeps `withdrawable_balance` equal to `available_balance`: the
//! documents say of neither which part of a balance cannot be withdrawn.

use std::collections::BTreeMap;

use pingxx::models::Kind;
use serde_json::{json, Value};

use super::{ids, owned_by, ApiErr, Ctx, Store};

/// The merchant's own account in `recipient` of a balance transfer.
pub(super) const MERCHANT: &str = "0";

/// One change of one user's balance.
#[derive(Clone, Debug)]
pub(super) struct Movement<'a> {
    /// The user whose balance changes.
    pub user: &'a str,
    /// Signed: credits positive, debits negative (fen).
    pub amount: i64,
    /// Of it, the fee the platform keeps (fen, >= 0; shown as `fee`).
    pub fee: i64,
    /// The transaction `type`: `recharge`, `bonus`, `transfer`, `receipts`, ...
    pub kind: &'static str,
    /// The id of the object that caused it.
    pub source: &'a str,
    /// Its `description`.
    pub description: Value,
}

impl<'a> Movement<'a> {
    pub(super) fn new(user: &'a str, amount: i64, kind: &'static str, source: &'a str) -> Self {
        Movement {
            user,
            amount,
            fee: 0,
            kind,
            source,
            description: Value::Null,
        }
    }

    pub(super) fn fee(mut self, fee: i64) -> Self {
        self.fee = fee;
        self
    }

    pub(super) fn described(mut self, description: Value) -> Self {
        self.description = description;
        self
    }
}

impl Store {
    /// The available balance of `user` in `app`; a 400 naming `param` when no such user.
    pub(super) fn balance_of(&self, app: &str, user: &str, param: &str) -> Result<i64, ApiErr> {
        self.user(app, user)
            .map(|u| u["available_balance"].as_i64().unwrap_or(0))
            .map_err(|_| ApiErr::bad(param, format!("{param}: no user `{user}` in app {app}")))
    }

    /// Applies `moves` in `app` at once, or none of them: a missing user is a 400
    /// naming `user_param`, a balance that would fall below zero a 400 naming
    /// `amount_param`. Returns the `balance_transaction` ids, in order.
    pub(super) fn post(
        &mut self,
        ctx: Ctx,
        app: &str,
        moves: &[Movement<'_>],
        user_param: &str,
        amount_param: &str,
    ) -> Result<Vec<String>, ApiErr> {
        let mut after: BTreeMap<&str, i64> = BTreeMap::new();
        for m in moves {
            let start = match after.get(m.user) {
                Some(b) => *b,
                None => self.balance_of(app, m.user, user_param)?,
            };
            let next = start.checked_add(m.amount).ok_or_else(|| {
                ApiErr::bad(
                    amount_param,
                    format!("{amount_param}: the balance of user `{}` would overflow", m.user),
                )
            })?;
            if next < 0 {
                let before = self.balance_of(app, m.user, user_param)?;
                return Err(ApiErr::bad(
                    amount_param,
                    format!(
                        "{amount_param}: user `{}` has an available balance of {before}, less than the {} this needs",
                        m.user,
                        before.saturating_sub(next)
                    ),
                ));
            }
            after.insert(m.user, next);
        }
        let mut out = Vec::with_capacity(moves.len());
        for m in moves {
            let seq = self.next_seq();
            let id = ids::digits("310", 24, seq);
            let user = self.user_mut(app, m.user).expect("checked above");
            let balance = user["available_balance"].as_i64().unwrap_or(0) + m.amount;
            user["available_balance"] = json!(balance);
            user["withdrawable_balance"] = json!(balance);
            let tx = json!({
                "id": id,
                "object": "balance_transaction",
                "app": app,
                "amount": m.amount,
                "available_balance": balance,
                "created": ctx.now,
                "description": m.description,
                "fee": m.fee,
                "livemode": ctx.livemode,
                "source": m.source,
                "type": m.kind,
                "user": m.user,
                "_owners": owned_by(&[("app_id", app)]),
            });
            self.push(Kind::BalanceTransaction, tx);
            out.push(id);
        }
        Ok(out)
    }
}
