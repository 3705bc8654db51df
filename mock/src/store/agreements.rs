//! Deduction agreements, a charge's trade detail and the custody photo upload.
//!
//! An agreement is `created` (the user has not signed yet) until
//! `/_mock/agreements/{id}/sign` makes it `succeeded` (`agreement.succeeded`);
//! `agreements.update` with `status: canceled` terminates a signed one
//! (`canceled`, `agreement.canceled`). Only a signed agreement takes a
//! pre-deduction notice (`agreements.notify`). A paid charge has a trade
//! detail: the channel's fee (0.6 %, rounded to the nearest fen) and what is
//! left for the merchant. `users.upload_pic` files a photo for a user of the
//! app and answers the user's custody account number (`acc_no`), the same for
//! every upload of that user.

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::{app_of, clean, ids, obj_or_empty, opt, require_status, text, ApiErr, Ctx, Res, Store};

/// The channel's fee on a charge, in thousandths: 6 (0.6 %).
const FEE_PER_MILLE: i64 = 6;

/// The channel's fee on `amount` fen: 0.6 %, rounded half up to the fen.
pub(crate) fn channel_fee(amount: i64) -> i64 {
    (amount.saturating_mul(FEE_PER_MILLE) + 500) / 1000
}

impl Store {
    fn agreement_mut(&mut self, id: &str) -> Result<&mut Value, ApiErr> {
        self.get_mut_by_id(Kind::Agreement, id)
            .ok_or_else(|| ApiErr::not_found("agreement", "agreement_id", id))
    }

    pub(super) fn create_agreement(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let id = ids::alnum("agr_", 14);
        let channel = text(p, "channel").unwrap_or_default();
        let mut credential = json!({"object": "credential"});
        credential[channel.as_str()] = json!({
            "mock": true,
            "agreement": id,
            "sign_url": format!("http://mock.pingxx.invalid/agreements/{id}/sign"),
        });
        let obj = json!({
            "id": id,
            "object": "agreement",
            "livemode": ctx.livemode,
            "app": app_of(p),
            "created": ctx.now,
            "channel": channel,
            "contract_no": opt(p, "contract_no"),
            "contract_id": null,
            "credential": credential,
            "status": "created",
            "time_succeeded": null,
            "time_canceled": null,
            "failure_code": null,
            "failure_msg": null,
            "extra": obj_or_empty(p, "extra"),
            "metadata": obj_or_empty(p, "metadata"),
        });
        Ok(self.insert(Kind::Agreement, obj))
    }

    /// The user signs (`/_mock/agreements/{id}/sign`): `created` → `succeeded`.
    pub(crate) fn sign_agreement(&mut self, id: &str, ctx: Ctx) -> Res {
        let a = self.agreement_mut(id)?;
        require_status(a, "created", "agreement_id", &format!("agreement {id}"), "be signed")?;
        a["status"] = json!("succeeded");
        a["time_succeeded"] = json!(ctx.now);
        a["contract_id"] = json!(ids::digits("2026", 24, fastrand::u64(..1_000_000)));
        let out = clean(a);
        self.emit(ctx, "agreement.succeeded", &out);
        Ok(out)
    }

    /// `agreements.update`: terminates a signed agreement; a WeChat
    /// termination's `extra.description` is kept in the agreement's `extra`.
    pub(super) fn cancel_agreement(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let a = self.agreement_mut(id)?;
        require_status(
            a,
            "succeeded",
            "agreement_id",
            &format!("agreement {id}"),
            "be canceled",
        )?;
        a["status"] = json!("canceled");
        a["time_canceled"] = json!(ctx.now);
        if let Some(Value::Object(extra)) = p.get("extra") {
            if !a["extra"].is_object() {
                a["extra"] = json!({});
            }
            for (k, v) in extra {
                a["extra"][k.as_str()] = v.clone();
            }
        }
        let out = clean(a);
        self.emit(ctx, "agreement.canceled", &out);
        Ok(out)
    }

    /// `agreements.notify`: the pre-deduction notice of a signed agreement.
    pub(super) fn notify_agreement(&mut self, id: &str) -> Res {
        let a = self.agreement_mut(id)?;
        require_status(
            a,
            "succeeded",
            "agreement_id",
            &format!("agreement {id}"),
            "be notified",
        )?;
        Ok(json!({"id": id, "succeed": true}))
    }

    /// `charges.trade_detail`: what the channel settled for a paid charge.
    pub(super) fn trade_detail(&self, charge_id: &str) -> Res {
        let ch = self.charge(charge_id)?;
        if ch["paid"] != json!(true) {
            return Err(ApiErr::bad(
                "charge_id",
                format!("charge {charge_id} is not paid; only a paid charge has a trade detail"),
            ));
        }
        let amount = ch["amount"].as_i64().unwrap_or(0);
        let fee = channel_fee(amount);
        Ok(json!({
            "id": charge_id,
            "app": ch["app"],
            "object": "trade_detail",
            "livemode": ch["livemode"],
            "channel": ch["channel"],
            "currency": ch["currency"],
            "order_no": ch["order_no"],
            "transaction_no": ch["transaction_no"],
            "amount": amount,
            "fee": fee,
            "actual_amount": amount - fee,
        }))
    }

    /// `users.upload_pic`: a user of the app; `acc_no`, when given, must be the user's.
    pub(super) fn upload_user_pic(&mut self, app: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let user = text(p, "user").unwrap_or_default();
        let seq = self.next_seq();
        let u = self
            .user_mut(app, &user)
            .ok_or_else(|| ApiErr::not_found("user", "user", &user))?;
        let acc_no = match (u["_acc_no"].as_str(), text(p, "acc_no")) {
            (Some(have), Some(given)) if have != given => {
                return Err(ApiErr::bad(
                    "acc_no",
                    format!("acc_no: `{given}` is not the custody account of user {user}"),
                ));
            }
            (None, Some(_)) => {
                return Err(ApiErr::bad(
                    "acc_no",
                    format!("acc_no: user {user} has no custody account yet; upload without acc_no first"),
                ));
            }
            (Some(have), _) => have.to_string(),
            (None, None) => {
                let acc_no = ids::digits("2026", 22, seq);
                u["_acc_no"] = json!(acc_no);
                acc_no
            }
        };
        Ok(json!({
            "user": user,
            "livemode": ctx.livemode,
            "type": p.get("type").cloned().unwrap_or_else(|| u["type"].clone()),
            "operate_type": p.get("operate_type").cloned().unwrap_or(json!("00")),
            "pic_fmt": opt(p, "pic_fmt"),
            "pic_type": opt(p, "pic_type"),
            "acc_no": acc_no,
            "pic_external_id": ids::alnum("pic_", 20),
        }))
    }
}
