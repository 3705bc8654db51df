//! A user's settle accounts (the official SDKs' `{channel, recipient}`
//! contract beside the card binding page) and funds transfers.
//!
//! A bank account settle account gets a micro-deposit of 1 to 99 fen when it is
//! created; `verify` succeeds only with that `receive_amount`. Tests learn the
//! amount from `GET /_mock/settle_accounts/{id}/micro_deposit`.

use pingxx::models::Kind;
use pingxx::Operation;
use serde_json::{json, Map, Value};

use super::{clean, ids, int, mask, opt, owned_by, owner_of, require_status, text, ApiErr, Ctx, Res, Store};

/// The path parameters of one user's settle account.
struct Key {
    app: String,
    user: String,
    id: String,
}

impl Store {
    /// `users.settle_accounts.create`: a card binding page for `{return_url}`,
    /// else a settle account of the user.
    pub(super) fn create_user_settle_account(
        &mut self,
        app: &str,
        user: &str,
        p: &Map<String, Value>,
        ctx: Ctx,
    ) -> Res {
        self.user(app, user)?;
        if let Some(return_url) = text(p, "return_url") {
            // A card binding: the wallet page where the user adds or removes cards.
            let mut url = format!("http://mock.pingxx.invalid/wallet/{app}/{user}/cards?redirectUrl=");
            pingxx::query::encode_component(&return_url, &mut url);
            return Ok(json!({"app": app, "user": user, "card_url": url}));
        }
        let seq = self.next_seq();
        let channel = text(p, "channel").unwrap_or_default();
        let mut recipient = p.get("recipient").cloned().unwrap_or_else(|| json!({}));
        let bank = channel == "bank_account";
        if bank {
            mask_account(&mut recipient);
        }
        let obj = json!({
            "id": ids::digits("320", 24, seq),
            "object": "settle_account",
            "created": ctx.now,
            "livemode": ctx.livemode,
            "channel": channel,
            "recipient": recipient,
            "_owners": owned_by(&[("app_id", app), ("user_id", user)]),
            "_micro_deposit": if bank { json!(fastrand::i64(1..100)) } else { Value::Null },
        });
        let out = self.insert(Kind::SettleAccount, obj);
        self.sync_user_settle_accounts(app, user);
        Ok(out)
    }

    /// `users.settle_accounts.update` and `.delete`: the generic handler; an
    /// update (of a bank account only) masks the new card number and makes a new
    /// micro-deposit to verify; the user's `settle_accounts` is refreshed.
    pub(super) fn change_user_settle_account(&mut self, op: &Operation, p: &Map<String, Value>) -> Res {
        let key = path(p);
        let Key { app, user, id } = &key;
        let update = op.action() == "update";
        if update {
            let channel = self.user_settle_account_mut(&key)?["channel"].clone();
            if channel != json!("bank_account") {
                return Err(ApiErr::bad(
                    "settle_account_id",
                    format!("settle_account_id: settle account {id} is a {channel} account; only a bank_account one is updated"),
                ));
            }
        }
        let out = self
            .plain(op, p)
            .unwrap_or_else(|| Err(ApiErr::new(500, "api_error", format!("{} is not plain", op.name))))?;
        if update {
            let sa = self.user_settle_account_mut(&key)?;
            mask_account(&mut sa["recipient"]);
            sa["_micro_deposit"] = json!(fastrand::i64(1..100));
            sa["_verified"] = json!(false);
            let out = clean(sa);
            self.sync_user_settle_accounts(app, user);
            return Ok(out);
        }
        self.sync_user_settle_accounts(app, user);
        Ok(out)
    }

    /// `users.settle_accounts.mobile`: a new `recipient.mobile`.
    pub(super) fn set_settle_account_mobile(&mut self, p: &Map<String, Value>) -> Res {
        let key = path(p);
        let Key { app, user, .. } = &key;
        let sa = self.user_settle_account_mut(&key)?;
        if !sa["recipient"].is_object() {
            sa["recipient"] = json!({});
        }
        sa["recipient"]["mobile"] = opt(p, "mobile");
        let out = clean(sa);
        self.sync_user_settle_accounts(app, user);
        Ok(out)
    }

    /// `users.settle_accounts.verify`: succeeds with the micro-deposit's amount.
    pub(super) fn verify_settle_account(&mut self, p: &Map<String, Value>) -> Res {
        let key = path(p);
        let id = &key.id;
        let sa = self.user_settle_account_mut(&key)?;
        let Some(deposit) = sa["_micro_deposit"].as_i64() else {
            return Err(ApiErr::bad(
                "settle_account_id",
                format!(
                    "settle_account_id: settle account {id} is a {} account; only a bank_account is verified by a micro-deposit",
                    sa["channel"].as_str().unwrap_or("")
                ),
            ));
        };
        let received = int(p, "receive_amount").unwrap_or_default();
        if received != deposit {
            return Err(ApiErr::bad(
                "receive_amount",
                format!("receive_amount: {received} is not the amount deposited to settle account {id}"),
            ));
        }
        sa["_verified"] = json!(true);
        Ok(clean(sa))
    }

    /// What `GET /_mock/settle_accounts/{id}/micro_deposit` answers: the amount
    /// a bank account settle account received, and whether it was verified.
    pub(crate) fn micro_deposit(&self, id: &str) -> Res {
        let sa = self
            .get_by_id(Kind::SettleAccount, id)
            .ok_or_else(|| ApiErr::not_found("settle_account", "settle_account_id", id))?;
        let Some(amount) = sa["_micro_deposit"].as_i64() else {
            return Err(ApiErr::bad(
                "settle_account_id",
                format!("settle_account_id: settle account {id} is not a bank_account and got no micro-deposit"),
            ));
        };
        Ok(json!({"id": id, "receive_amount": amount, "verified": sa["_verified"] == json!(true)}))
    }

    fn user_settle_account_mut(&mut self, k: &Key) -> Result<&mut Value, ApiErr> {
        self.user(&k.app, &k.user)?;
        self.lookup_mut(
            Kind::SettleAccount,
            &[("app_id", &k.app), ("user_id", &k.user)],
            "settle_account_id",
            &k.id,
        )
    }

    /// Rewrites the user's `settle_accounts` from the stored settle accounts
    /// (those created under the user's path and those of `settle_accounts.create` naming it).
    fn sync_user_settle_accounts(&mut self, app: &str, user: &str) {
        let list: Vec<Value> = self
            .cols
            .get(&Kind::SettleAccount)
            .map(|c| {
                c.iter()
                    .filter(|o| {
                        owner_of(o, "app_id") == Some(app)
                            && (owner_of(o, "user_id") == Some(user) || o["_user"] == json!(user))
                    })
                    .map(clean)
                    .collect()
            })
            .unwrap_or_default();
        if let Some(u) = self.user_mut(app, user) {
            u["settle_accounts"] = Value::Array(list);
        }
    }

    /// `funds_transfers.create`: a pending funds transfer.
    pub(super) fn create_funds_transfer(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("73", 19, seq),
            "object": "funds_transfer",
            "app": app,
            "livemode": ctx.livemode,
            "created": ctx.now,
            "channel": opt(p, "channel"),
            "order_no": opt(p, "order_no"),
            "amount": opt(p, "amount"),
            "currency": "cny",
            "subject": opt(p, "subject"),
            "description": opt(p, "description"),
            "status": "pending",
            "time_succeeded": null,
            "failure_code": null,
            "failure_msg": null,
            "transaction_no": null,
            "extra": {},
            "_owners": owned_by(&[("app_id", app)]),
        });
        Ok(self.insert(Kind::FundsTransfer, obj))
    }

    /// Moves a pending funds transfer to `succeeded` or `failed`
    /// (`/_mock/funds_transfers/{id}/succeed|fail`).
    pub(crate) fn settle_funds_transfer(&mut self, id: &str, success: bool, ctx: Ctx) -> Res {
        let t = self
            .get_mut_by_id(Kind::FundsTransfer, id)
            .ok_or_else(|| ApiErr::not_found("funds_transfer", "funds_transfer_id", id))?;
        require_status(
            t,
            "pending",
            "funds_transfer_id",
            &format!("funds transfer {id}"),
            "be settled",
        )?;
        if success {
            t["status"] = json!("succeeded");
            t["time_succeeded"] = json!(ctx.now);
            t["transaction_no"] = json!(ids::digits("2025", 28, fastrand::u64(..1_000_000)));
        } else {
            t["status"] = json!("failed");
            t["failure_code"] = json!("mock_failure");
            t["failure_msg"] = json!(format!(
                "the funds transfer failed (POST /_mock/funds_transfers/{id}/fail)"
            ));
        }
        Ok(clean(t))
    }
}

/// `app_id`, `user_id` and `settle_account_id` of the params.
fn path(p: &Map<String, Value>) -> Key {
    let get = |k: &str| text(p, k).unwrap_or_default();
    Key {
        app: get("app_id"),
        user: get("user_id"),
        id: get("settle_account_id"),
    }
}

/// Masks `recipient.account` of a bank card (`621488******8888`).
fn mask_account(recipient: &mut Value) {
    if let Some(account) = recipient.get("account").and_then(Value::as_str) {
        let masked = mask(account);
        recipient["account"] = json!(masked);
    }
}
