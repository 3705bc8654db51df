//! Royalty settlements and their transactions: a settlement gathers the
//! pending royalties of one payer app in a `created` window (narrowed by
//! recipient app, user, merchant order number), one transaction per recipient
//! (recipient app and user), and marks the royalties settled. `created`, then
//! confirmed (`status: pending`: the emulator pays out at once, `succeeded`),
//! or `canceled` before confirmation, which releases its royalties.

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::list::created_matches;
use super::{clean, ids, int, obj_or_empty, opt, text, ApiErr, Ctx, Res, Store};

/// The `created` window of the params: `created` itself, or the flat `created[gt]` keys.
fn created_window(p: &Map<String, Value>) -> Option<Value> {
    if let Some(c) = p.get("created") {
        return Some(c.clone());
    }
    let flat: Map<String, Value> = ["gt", "gte", "lt", "lte"]
        .iter()
        .filter_map(|op| p.get(&format!("created[{op}]")).map(|v| (op.to_string(), v.clone())))
        .collect();
    (!flat.is_empty()).then_some(Value::Object(flat))
}

/// The royalties of one recipient.
struct Group {
    recipient_app: Value,
    source_user: Value,
    settle_account: Value,
    royalties: Vec<String>,
    amount: i64,
}

impl Store {
    pub(super) fn create_royalty_settlement(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let payer = text(p, "payer_app").unwrap_or_default();
        let method = text(p, "method").unwrap_or_default();
        let window = created_window(p);
        let same = |r: &Value, field: &str| text(p, field).map_or(true, |want| r[field] == json!(want));
        let mut groups: Vec<Group> = Vec::new();
        for r in self.pending_royalties() {
            let in_window = window
                .as_ref()
                .map_or(true, |w| created_matches(r["created"].as_i64().unwrap_or(0), w));
            if r["payer_app"] != json!(payer)
                || !in_window
                || !same(&r, "recipient_app")
                || !same(&r, "source_user")
                || !same(&r, "source_no")
            {
                continue;
            }
            let amount = r["amount"].as_i64().unwrap_or(0);
            let id = r["id"].as_str().unwrap_or_default().to_string();
            match groups
                .iter_mut()
                .find(|g| g.recipient_app == r["recipient_app"] && g.source_user == r["source_user"])
            {
                Some(g) => {
                    g.amount = g.amount.saturating_add(amount);
                    g.royalties.push(id);
                }
                None => groups.push(Group {
                    recipient_app: r["recipient_app"].clone(),
                    source_user: r["source_user"].clone(),
                    settle_account: r["settle_account"].clone(),
                    royalties: vec![id],
                    amount,
                }),
            }
        }
        let min_amount = int(p, "min_amount").unwrap_or(0);
        groups.retain(|g| g.amount >= min_amount);
        let preview = p.get("is_preview") == Some(&json!(true));
        if groups.is_empty() && !preview {
            return Err(ApiErr::bad(
                "created",
                format!("created: no pending royalties of payer_app {payer} match; nothing to settle"),
            ));
        }
        let seq = self.next_seq();
        let id = ids::digits("431", 18, seq);
        let mut txs = Vec::new();
        for g in &groups {
            let seq = self.next_seq();
            txs.push(json!({
                "id": ids::digits("441", 18, seq),
                "object": "royalty_transaction",
                "livemode": ctx.livemode,
                "created": ctx.now,
                "amount": g.amount,
                "status": "created",
                "royalty_settlement": id,
                "recipient_app": g.recipient_app,
                "source_user": g.source_user,
                "settle_account": g.settle_account,
                "transfer": null,
                "failure_msg": null,
            }));
        }
        let amount = super::saturating_sum(groups.iter().map(|g| g.amount));
        let count = groups.iter().map(|g| g.royalties.len()).sum::<usize>();
        let settlement = json!({
            "id": id,
            "object": "royalty_settlement",
            "livemode": ctx.livemode,
            "created": ctx.now,
            "payer_app": payer,
            "recipient_app": opt(p, "recipient_app"),
            "method": method,
            "amount": amount,
            "amount_succeeded": 0,
            "amount_failed": 0,
            "amount_canceled": 0,
            "count": count,
            "count_succeeded": 0,
            "count_failed": 0,
            "count_canceled": 0,
            "fee": 0,
            "status": "created",
            "time_finished": null,
            "operation_url": null,
            "metadata": obj_or_empty(p, "metadata"),
            "royalty_transactions": transactions_list(&id, txs.clone()),
        });
        if preview {
            return Ok(settlement);
        }
        for (g, tx) in groups.iter().zip(&txs) {
            for r in &g.royalties {
                self.set_royalty(
                    r,
                    &[
                        ("status", json!("settled")),
                        ("method", json!(method)),
                        ("royalty_settlement", json!(id)),
                        ("royalty_transaction", tx["id"].clone()),
                        ("time_settled", json!(ctx.now)),
                    ],
                );
            }
        }
        for tx in txs {
            self.push(Kind::RoyaltyTransaction, tx);
        }
        let out = self.insert(Kind::RoyaltySettlement, settlement);
        self.emit(ctx, "royalty_settlement.created", &out);
        Ok(out)
    }

    fn royalty_settlement(&self, id: &str) -> Result<&Value, ApiErr> {
        self.get_by_id(Kind::RoyaltySettlement, id)
            .ok_or_else(|| ApiErr::not_found("royalty_settlement", "royalty_settlement_id", id))
    }

    /// `royalty_settlements.update`: `pending` confirms a `created` settlement
    /// (paid out at once: `succeeded`), `canceled` cancels it and releases its royalties.
    pub(super) fn update_royalty_settlement(&mut self, id: &str, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let settlement = self.royalty_settlement(id)?;
        let wanted = text(p, "status").unwrap_or_default();
        let action = if wanted == "canceled" {
            "be canceled"
        } else {
            "be confirmed"
        };
        super::require_status(
            settlement,
            "created",
            "status",
            &format!("royalty settlement {id}"),
            action,
        )?;
        let (amount, count) = (settlement["amount"].clone(), settlement["count"].clone());
        let tx_status = if wanted == "canceled" { "canceled" } else { "succeeded" };
        let tx_ids: Vec<String> = self
            .cols
            .get(&Kind::RoyaltyTransaction)
            .map(|c| {
                c.iter()
                    .filter(|t| t["royalty_settlement"] == json!(id))
                    .filter_map(|t| t["id"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        for t in &tx_ids {
            if let Some(tx) = self.get_mut_by_id(Kind::RoyaltyTransaction, t) {
                tx["status"] = json!(tx_status);
            }
        }
        if wanted == "canceled" {
            let royalties: Vec<String> = self
                .cols
                .get(&Kind::Royalty)
                .map(|c| {
                    c.iter()
                        .filter(|r| r["royalty_settlement"] == json!(id))
                        .filter_map(|r| r["id"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            for r in &royalties {
                self.set_royalty(
                    r,
                    &[
                        ("status", json!("pending")),
                        ("method", Value::Null),
                        ("royalty_settlement", Value::Null),
                        ("royalty_transaction", Value::Null),
                        ("time_settled", Value::Null),
                    ],
                );
            }
        }
        let txs: Vec<Value> = tx_ids
            .iter()
            .filter_map(|t| self.get_by_id(Kind::RoyaltyTransaction, t).map(clean))
            .collect();
        let s = self.get_mut_by_id(Kind::RoyaltySettlement, id).expect("checked above");
        s["status"] = json!(tx_status);
        s["time_finished"] = json!(ctx.now);
        let (amount_key, count_key) = if wanted == "canceled" {
            ("amount_canceled", "count_canceled")
        } else {
            ("amount_succeeded", "count_succeeded")
        };
        s[amount_key] = amount;
        s[count_key] = count;
        s["royalty_transactions"] = transactions_list(id, txs);
        let out = clean(s);
        self.emit(ctx, &format!("royalty_settlement.{tx_status}"), &out);
        Ok(out)
    }
}

/// The `royalty_transactions` list embedded in a settlement.
fn transactions_list(id: &str, data: Vec<Value>) -> Value {
    json!({
        "object": "list",
        "url": format!("/v1/royalty_transactions?royalty_settlement={id}"),
        "has_more": false,
        "data": data,
    })
}
