//! WeChat profit sharing: split receivers, split profits and their profit
//! transactions.
//!
//! A split receiver belongs to one app; the same (channel, type, account) is
//! added once per app. A split profit shares a paid charge of that app made
//! through a WeChat channel: a `split_normal` pays receivers of the app that
//! exist (a deleted one is gone), and may not take more than the charge has
//! left after its refunds and earlier splits; a `split_return` (完结分账)
//! names no receiver, gives at most what is left back to the merchant and ends
//! the splitting of the charge. Every recipient gets a profit transaction,
//! `pending` until `/_mock/split_profits/{id}/succeed` (all `succeeded`, with
//! `time_finished`) or `/fail` (all `failed`; the money goes back to what the
//! charge has left to split, and a failed `split_return` no longer ends the
//! splitting). What a split took is no longer refundable: refunds of the
//! charge stop at `amount - amount_refunded - split` ([`refundable`]).
//! The API documents name no event for these objects, so none is sent.

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::{clean, ids, int, obj_or_empty, opt, saturating_sum, text, ApiErr, Ctx, Res, Store};

/// The channels profit sharing works with (WeChat).
const SPLIT_CHANNELS: &[&str] = &["wx", "wx_lite", "wx_pub", "wx_wap", "wx_pub_qr", "wx_pub_scan"];

/// Bookkeeping field of a charge: what its live `split_normal`s took, in fen.
const SPLIT: &str = "_amount_split";
/// Bookkeeping field of a charge: the `split_return` that ended its splitting.
const FINISHED: &str = "_split_finished";

/// What is left to refund of a charge: its amount less what was refunded and
/// what split profits gave to receivers.
pub(super) fn refundable(charge: &Value) -> i64 {
    let amount = charge["amount"].as_i64().unwrap_or(0);
    amount
        .saturating_sub(charge["amount_refunded"].as_i64().unwrap_or(0))
        .saturating_sub(split_of(charge))
}

/// What split profits took from a charge, in fen.
pub(super) fn split_of(charge: &Value) -> i64 {
    charge[SPLIT].as_i64().unwrap_or(0)
}

impl Store {
    pub(super) fn create_split_receiver(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let (channel, kind, account) = (
            text(p, "channel").unwrap_or_default(),
            text(p, "type").unwrap_or_default(),
            text(p, "account").unwrap_or_default(),
        );
        let same = |o: &Value| {
            o["app"] == json!(app)
                && o["channel"] == json!(channel)
                && o["type"] == json!(kind)
                && o["account"] == json!(account)
        };
        if let Some(existing) = self.cols.get(&Kind::SplitReceiver).and_then(|c| c.find(same)) {
            return Err(ApiErr::bad(
                "account",
                format!(
                    "account: {kind} `{account}` is already a split receiver of app {app} for channel {channel} ({})",
                    existing["id"].as_str().unwrap_or_default()
                ),
            ));
        }
        let obj = json!({
            "id": ids::alnum("recv_", 14),
            "object": "split_receiver",
            "created": ctx.now,
            "livemode": ctx.livemode,
            "app": app,
            "channel": channel,
            "type": kind,
            "account": account,
            "name": opt(p, "name"),
            "extra": {},
            "metadata": obj_or_empty(p, "metadata"),
        });
        Ok(self.insert(Kind::SplitReceiver, obj))
    }

    /// The paid WeChat charge `id` of `app` whose splitting has not ended, else a 400 naming `charge`.
    fn splittable_charge(&self, app: &str, id: &str) -> Result<&Value, ApiErr> {
        let charge = self
            .get_by_id(Kind::Charge, id)
            .filter(|c| c["app"].as_str() == Some(app))
            .ok_or_else(|| ApiErr::bad("charge", format!("charge: no charge {id} in app {app}")))?;
        if charge["paid"] != json!(true) {
            return Err(ApiErr::bad(
                "charge",
                format!("charge: charge {id} has not succeeded and cannot be split"),
            ));
        }
        let channel = charge["channel"].as_str().unwrap_or_default();
        if !SPLIT_CHANNELS.contains(&channel) {
            return Err(ApiErr::bad(
                "charge",
                format!(
                    "charge: charge {id} was paid through {channel}; profit sharing works with {} only",
                    SPLIT_CHANNELS.join(", ")
                ),
            ));
        }
        if charge["_recharge"].is_string() {
            return Err(ApiErr::bad(
                "charge",
                format!("charge: charge {id} pays a recharge and cannot be split"),
            ));
        }
        if let Some(sp) = charge[FINISHED].as_str() {
            return Err(ApiErr::bad(
                "charge",
                format!("charge: the splitting of charge {id} was ended by split_return {sp}"),
            ));
        }
        Ok(charge)
    }

    /// The recipients of a new split profit, each checked: the receiver exists
    /// in `app` (for a `split_normal`) and a given `name` is the receiver's.
    fn split_recipients(&self, app: &str, items: &[Value], normal: bool) -> Result<Vec<Value>, ApiErr> {
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let empty = Map::new();
            let r = item.as_object().unwrap_or(&empty);
            let mut name = opt(r, "name");
            let mut receiver_id = Value::Null;
            if normal {
                let id = text(r, "split_receiver").unwrap_or_default();
                let param = format!("recipients[{i}].split_receiver");
                let receiver = self
                    .get_by_id(Kind::SplitReceiver, &id)
                    .filter(|o| o["app"].as_str() == Some(app))
                    .ok_or_else(|| {
                        ApiErr::bad(
                            &param,
                            format!("{param}: no split receiver {id} in app {app} (never added, or deleted)"),
                        )
                    })?;
                if let (Some(given), Some(known)) = (name.as_str(), receiver["name"].as_str()) {
                    if given != known {
                        let param = format!("recipients[{i}].name");
                        return Err(ApiErr::bad(
                            &param,
                            format!("{param}: `{given}` is not the name of split receiver {id}"),
                        ));
                    }
                }
                if name.is_null() {
                    name = receiver["name"].clone();
                }
                receiver_id = json!(id);
            }
            out.push(json!({
                "split_receiver": receiver_id,
                "amount": int(r, "amount").unwrap_or(0),
                "currency": "cny",
                "name": name,
                "description": opt(r, "description"),
                "status": "pending",
                "time_finished": null,
            }));
        }
        Ok(out)
    }

    pub(super) fn create_split_profit(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let charge_id = text(p, "charge").unwrap_or_default();
        let kind = text(p, "type").unwrap_or_default();
        let normal = kind == "split_normal";
        let charge = self.splittable_charge(&app, &charge_id)?;
        let (channel, left) = (charge["channel"].clone(), refundable(charge));
        let (amount, refunded, split) = (
            charge["amount"].as_i64().unwrap_or(0),
            charge["amount_refunded"].as_i64().unwrap_or(0),
            split_of(charge),
        );
        let items = p
            .get("recipients")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let recipients = self.split_recipients(&app, &items, normal)?;
        let total = saturating_sum(recipients.iter().map(|r| r["amount"].as_i64().unwrap_or(0)));
        if total > left {
            return Err(ApiErr::bad(
                "recipients",
                format!(
                    "recipients: the amounts add up to {total}, more than the {left} left to split of charge {charge_id} (amount {amount}, refunded {refunded}, already split {split})"
                ),
            ));
        }
        let id = ids::alnum("sp_", 14);
        for r in &recipients {
            let tx = json!({
                "id": ids::alnum("ptxn_", 14),
                "object": "profit_transaction",
                "livemode": ctx.livemode,
                "app": app,
                "amount": r["amount"],
                "currency": "cny",
                "name": r["name"],
                "status": "pending",
                "description": r["description"],
                "split_receiver": r["split_receiver"],
                "split_profit": id,
                "created": ctx.now,
                "time_finished": null,
                "failure_msg": null,
            });
            self.push(Kind::ProfitTransaction, tx);
        }
        let c = self.get_mut_by_id(Kind::Charge, &charge_id).expect("checked above");
        if normal {
            c[SPLIT] = json!(split.saturating_add(total));
        } else {
            c[FINISHED] = json!(id);
        }
        let obj = json!({
            "id": id,
            "object": "split_profit",
            "livemode": ctx.livemode,
            "app": app,
            "charge": charge_id,
            "channel": channel,
            "order_no": opt(p, "order_no"),
            "type": kind,
            "recipients": recipients,
            "_amount": total,
            "created": ctx.now,
            "transaction_no": null,
            "failure_code": null,
            "failure_msg": null,
            "extra": {},
            "metadata": obj_or_empty(p, "metadata"),
        });
        Ok(self.insert(Kind::SplitProfit, obj))
    }

    /// Ends a pending split profit (`/_mock/split_profits/{id}/succeed|fail`):
    /// its recipients and profit transactions `succeeded`, or `failed` with the
    /// money back in what the charge has left to split.
    pub(crate) fn settle_split_profit(&mut self, id: &str, success: bool, ctx: Ctx) -> Res {
        let sp = self
            .get_by_id(Kind::SplitProfit, id)
            .ok_or_else(|| ApiErr::not_found("split_profit", "split_profit_id", id))?;
        let pending = sp["recipients"]
            .as_array()
            .is_some_and(|rs| rs.iter().any(|r| r["status"] == json!("pending")));
        if !pending {
            return Err(ApiErr::bad(
                "split_profit_id",
                format!("split profit {id} is already settled and cannot change again"),
            ));
        }
        let (charge_id, total) = (
            sp["charge"].as_str().unwrap_or_default().to_string(),
            sp["_amount"].as_i64().unwrap_or(0),
        );
        let normal = sp["type"] == json!("split_normal");
        let (status, finished, failure) = if success {
            ("succeeded", json!(ctx.now), Value::Null)
        } else {
            (
                "failed",
                Value::Null,
                json!(format!("the split failed (POST /_mock/split_profits/{id}/fail)")),
            )
        };
        let txs: Vec<String> = self
            .cols
            .get(&Kind::ProfitTransaction)
            .map(|c| {
                c.iter()
                    .filter(|t| t["split_profit"] == json!(id))
                    .filter_map(|t| t["id"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        for tx_id in txs {
            if let Some(tx) = self.get_mut_by_id(Kind::ProfitTransaction, &tx_id) {
                tx["status"] = json!(status);
                tx["time_finished"] = finished.clone();
                tx["failure_msg"] = failure.clone();
            }
        }
        if !success {
            if let Some(c) = self.get_mut_by_id(Kind::Charge, &charge_id) {
                if normal {
                    c[SPLIT] = json!(split_of(c).saturating_sub(total));
                } else if let Some(m) = c.as_object_mut() {
                    m.remove(FINISHED);
                }
            }
        }
        let sp = self.get_mut_by_id(Kind::SplitProfit, id).expect("found above");
        if let Some(rs) = sp["recipients"].as_array_mut() {
            for r in rs {
                r["status"] = json!(status);
                r["time_finished"] = finished.clone();
            }
        }
        if success {
            sp["transaction_no"] = json!(ids::digits("3020", 28, fastrand::u64(..1_000_000)));
        } else {
            sp["failure_code"] = json!("mock_failed");
            sp["failure_msg"] = failure;
        }
        Ok(clean(sp))
    }
}
