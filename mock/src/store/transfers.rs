//! Transfers, batch transfers and red envelopes: money leaving the merchant.
//!
//! A transfer is `pending` until `/_mock/transfers/{id}/succeed` (→ `paid`,
//! `transfer.succeeded`) or `/fail` (→ `failed`, `transfer.failed`); while
//! pending it can be canceled (`transfers.cancel`) or reversed
//! (`transfers.reverse`). A batch transfer makes one transfer per recipient and
//! is `pending` until none of them is: then `succeeded` when any was paid
//! (`batch_transfer.succeeded`), else `failed`; canceling a pending batch
//! cancels its pending transfers. A red envelope is `sent` on creation
//! (`red_envelope.sent`), then `received` (`/_mock/red_envelopes/{id}/receive`,
//! `red_envelope.received`) or `refunded` (`/refund`, unclaimed).

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::{app_of, clean, ids, obj_or_empty, opt, require_status, text, ApiErr, Ctx, Res, Store};

/// Who a batch recipient is, by channel: `open_id`, `user` or `account`.
fn recipient_of(item: &Value) -> Value {
    ["open_id", "user", "account"]
        .iter()
        .find_map(|k| item.get(*k).filter(|v| v.is_string()).cloned())
        .unwrap_or(Value::Null)
}

impl Store {
    fn transfer_mut(&mut self, id: &str) -> Result<&mut Value, ApiErr> {
        self.get_mut_by_id(Kind::Transfer, id)
            .ok_or_else(|| ApiErr::not_found("transfer", "transfer_id", id))
    }

    /// A new pending transfer (not stored).
    fn new_transfer(&mut self, ctx: Ctx, app: &str, p: &Map<String, Value>) -> Value {
        json!({
            "id": ids::alnum("tr_", 24),
            "object": "transfer",
            "type": opt(p, "type"),
            "created": ctx.now,
            "time_transfered": null,
            "livemode": ctx.livemode,
            "status": "pending",
            "app": app,
            "channel": opt(p, "channel"),
            "order_no": opt(p, "order_no"),
            "batch_no": opt(p, "batch_no"),
            "amount": opt(p, "amount"),
            "amount_settle": opt(p, "amount"),
            "currency": p.get("currency").cloned().unwrap_or(json!("cny")),
            "recipient": opt(p, "recipient"),
            "description": opt(p, "description"),
            "transaction_no": null,
            "failure_msg": null,
            "extra": obj_or_empty(p, "extra"),
            "metadata": obj_or_empty(p, "metadata"),
        })
    }

    pub(super) fn create_transfer(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = app_of(p);
        self.check_transfer_channel(&app, &text(p, "channel").unwrap_or_default())?;
        let obj = self.new_transfer(ctx, &app, p);
        Ok(self.insert(Kind::Transfer, obj))
    }

    /// `transfers.cancel` (`canceled`) and `transfers.reverse` (`reversed`): only a pending transfer.
    pub(super) fn stop_transfer(&mut self, id: &str, to: &str) -> Res {
        let t = self.transfer_mut(id)?;
        require_status(
            t,
            "pending",
            "transfer_id",
            &format!("transfer {id}"),
            &format!("become {to}"),
        )?;
        t["status"] = json!(to);
        let out = clean(t);
        self.finish_batch_of(&out);
        Ok(out)
    }

    /// Pays or fails a pending transfer (`/_mock/transfers/{id}/succeed|fail`), with its event.
    pub(crate) fn settle_transfer(&mut self, id: &str, success: bool, ctx: Ctx) -> Res {
        let t = self.transfer_mut(id)?;
        require_status(t, "pending", "transfer_id", &format!("transfer {id}"), "be settled")?;
        if success {
            t["status"] = json!("paid");
            t["time_transfered"] = json!(ctx.now);
            t["transaction_no"] = json!(ids::digits("1000", 28, fastrand::u64(..1_000_000)));
        } else {
            t["status"] = json!("failed");
            t["failure_msg"] = json!("the payout failed (POST /_mock/transfers/{id}/fail)");
        }
        let out = clean(t);
        let kind = if success {
            "transfer.succeeded"
        } else {
            "transfer.failed"
        };
        self.emit(ctx, kind, &out);
        self.finish_batch_of(&out);
        Ok(out)
    }

    /// Copies a transfer's status into its batch's recipient; a batch with no
    /// pending transfer left finishes.
    fn finish_batch_of(&mut self, transfer: &Value) {
        let (Some(batch_no), Some(app), Some(id)) = (
            transfer["batch_no"].as_str(),
            transfer["app"].as_str(),
            transfer["id"].as_str(),
        ) else {
            return;
        };
        let Some(batch) = self
            .cols
            .get_mut(&Kind::BatchTransfer)
            .and_then(|c| c.find_mut(|b| b["batch_no"].as_str() == Some(batch_no) && b["app"].as_str() == Some(app)))
        else {
            return;
        };
        let mut pending = 0;
        let mut paid = 0;
        if let Some(items) = batch["recipients"].as_array_mut() {
            for item in items.iter_mut() {
                if item["transfer"].as_str() == Some(id) {
                    item["status"] = transfer["status"].clone();
                }
                match item["status"].as_str() {
                    Some("pending") => pending += 1,
                    Some("paid") => paid += 1,
                    _ => {}
                }
            }
        }
        if pending > 0 || batch["status"] != json!("pending") {
            return;
        }
        let now = transfer["time_transfered"]
            .as_i64()
            .unwrap_or(transfer["created"].as_i64().unwrap_or(0));
        batch["status"] = json!(if paid > 0 { "succeeded" } else { "failed" });
        batch["time_succeeded"] = if paid > 0 { json!(now) } else { Value::Null };
        let snapshot = clean(batch);
        if paid > 0 {
            let ctx = Ctx {
                livemode: snapshot["livemode"].as_bool().unwrap_or(false),
                now,
            };
            self.emit(ctx, "batch_transfer.succeeded", &snapshot);
        }
    }

    pub(super) fn create_batch_transfer(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = app_of(p);
        self.check_transfer_channel(&app, &text(p, "channel").unwrap_or_default())?;
        let batch_no = text(p, "batch_no").unwrap_or_default();
        let items: Vec<Value> = p
            .get("recipients")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut recipients = Vec::with_capacity(items.len());
        for item in items {
            let mut tp = Map::new();
            for key in ["channel", "type", "currency"] {
                if let Some(v) = p.get(key) {
                    tp.insert(key.into(), v.clone());
                }
            }
            tp.insert("batch_no".into(), json!(batch_no));
            tp.insert("amount".into(), item["amount"].clone());
            tp.insert("recipient".into(), recipient_of(&item));
            let description = item.get("description").or_else(|| p.get("description"));
            tp.insert("description".into(), description.cloned().unwrap_or(Value::Null));
            let order_no = item
                .get("order_no")
                .cloned()
                .unwrap_or_else(|| json!(ids::digits("", 20, self.next_seq())));
            tp.insert("order_no".into(), order_no.clone());
            let transfer = self.new_transfer(ctx, &app, &tp);
            let mut out = item.clone();
            out["order_no"] = order_no;
            out["transfer"] = transfer["id"].clone();
            out["status"] = json!("pending");
            out["fee"] = json!(0);
            out["failure_msg"] = Value::Null;
            recipients.push(out);
            self.push(Kind::Transfer, transfer);
        }
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("1810", 19, seq),
            "object": "batch_transfer",
            "app": app,
            "amount": opt(p, "amount"),
            "batch_no": batch_no,
            "channel": opt(p, "channel"),
            "currency": p.get("currency").cloned().unwrap_or(json!("cny")),
            "created": ctx.now,
            "description": opt(p, "description"),
            "extra": obj_or_empty(p, "extra"),
            "failure_msg": null,
            "fee": 0,
            "livemode": ctx.livemode,
            "metadata": obj_or_empty(p, "metadata"),
            "recipients": recipients,
            "status": "pending",
            "time_succeeded": null,
            "type": opt(p, "type"),
        });
        Ok(self.insert(Kind::BatchTransfer, obj))
    }

    /// `batch_transfers.cancel`: a pending batch and its pending transfers become `canceled`.
    pub(super) fn cancel_batch_transfer(&mut self, id: &str) -> Res {
        let batch = self
            .get_by_id(Kind::BatchTransfer, id)
            .ok_or_else(|| ApiErr::not_found("batch_transfer", "batch_transfer_id", id))?;
        require_status(
            batch,
            "pending",
            "batch_transfer_id",
            &format!("batch transfer {id}"),
            "be canceled",
        )?;
        let transfers: Vec<String> = batch["recipients"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| i["transfer"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        for t in transfers {
            if let Some(t) = self.get_mut_by_id(Kind::Transfer, &t) {
                if t["status"] == json!("pending") {
                    t["status"] = json!("canceled");
                }
            }
        }
        let batch = self.get_mut_by_id(Kind::BatchTransfer, id).expect("checked above");
        batch["status"] = json!("canceled");
        if let Some(items) = batch["recipients"].as_array_mut() {
            for item in items.iter_mut().filter(|i| i["status"] == json!("pending")) {
                item["status"] = json!("canceled");
            }
        }
        Ok(clean(batch))
    }

    pub(super) fn create_red_envelope(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let obj = json!({
            "id": ids::alnum("red_", 24),
            "object": "red_envelope",
            "created": ctx.now,
            "received": null,
            "refunded": null,
            "livemode": ctx.livemode,
            "status": "sent",
            "app": app_of(p),
            "channel": opt(p, "channel"),
            "order_no": opt(p, "order_no"),
            "transaction_no": ids::digits("1000", 28, fastrand::u64(..1_000_000)),
            "amount": opt(p, "amount"),
            "amount_settle": opt(p, "amount"),
            "currency": opt(p, "currency"),
            "recipient": opt(p, "recipient"),
            "subject": opt(p, "subject"),
            "body": opt(p, "body"),
            "description": opt(p, "description"),
            "failure_msg": null,
            "extra": obj_or_empty(p, "extra"),
            "metadata": obj_or_empty(p, "metadata"),
        });
        let out = self.insert(Kind::RedEnvelope, obj);
        self.emit(ctx, "red_envelope.sent", &out);
        Ok(out)
    }

    /// A sent red envelope is taken (`receive`: `received`, `red_envelope.received`)
    /// or comes back unclaimed (`refund`: `refunded`).
    pub(crate) fn settle_red_envelope(&mut self, id: &str, received: bool, ctx: Ctx) -> Res {
        let r = self
            .get_mut_by_id(Kind::RedEnvelope, id)
            .ok_or_else(|| ApiErr::not_found("red_envelope", "red_envelope_id", id))?;
        require_status(r, "sent", "red_envelope_id", &format!("red envelope {id}"), "change")?;
        // The status and the time field share their name.
        let status = if received { "received" } else { "refunded" };
        r["status"] = json!(status);
        r[status] = json!(ctx.now);
        let out = clean(r);
        if received {
            self.emit(ctx, "red_envelope.received", &out);
        }
        Ok(out)
    }
}
