//! Allocations, allocation refunds and completes (profit sharing).

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::{ids, obj_or_empty, opt, saturating_sum, text, ApiErr, Ctx, Res, Store};

impl Store {
    pub(super) fn create_allocation(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let order = text(p, "order").unwrap_or_default();
        self.order(&order)
            .map_err(|_| ApiErr::bad("order", format!("order: no order {order}")))?;
        let order_no = text(p, "order_no").unwrap_or_default();
        let recipients: Vec<Value> = p
            .get("recipients")
            .and_then(Value::as_array)
            .map(|rs| {
                rs.iter()
                    .map(|r| {
                        json!({
                            "user": r["user"], "amount": r["amount"], "description": r.get("description").cloned().unwrap_or(Value::Null),
                            "status": "succeeded", "time_succeeded": ctx.now, "failure_code": null, "failure_msg": null,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let amount = saturating_sum(recipients.iter().filter_map(|r| r["amount"].as_i64()));
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("371", 24, seq),
            "object": "allocation",
            "livemode": ctx.livemode,
            "app": app,
            "order_no": order_no,
            "recipients": recipients,
            "senders": [],
            "order": order,
            "status": "succeeded",
            "created": ctx.now,
            "time_succeeded": ctx.now,
            "metadata": obj_or_empty(p, "metadata"),
            "type": "allocation",
            "amount": amount,
            "extra": obj_or_empty(p, "extra"),
            "description": opt(p, "description"),
        });
        Ok(self.insert(Kind::Allocation, obj))
    }

    pub(super) fn create_allocation_refund(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let order = text(p, "order").unwrap_or_default();
        let extra = obj_or_empty(p, "extra");
        let original = extra
            .get("allocation")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let allocated = self.get_by_id(Kind::Allocation, &original).ok_or_else(|| {
            ApiErr::bad(
                "extra.allocation",
                format!("extra.allocation: no allocation {original}"),
            )
        })?;
        let allocated_amount = allocated["amount"].as_i64().unwrap_or(0);
        let senders: Vec<Value> = match p.get("senders") {
            Some(Value::Array(s)) => s.clone(),
            Some(v @ Value::Object(_)) => vec![v.clone()],
            _ => Vec::new(),
        };
        let amount = saturating_sum(senders.iter().filter_map(|s| s["amount"].as_i64()));
        let already: i64 = self
            .cols
            .get(&Kind::Allocation)
            .map(|v| {
                saturating_sum(
                    v.iter()
                        .filter(|a| a["extra"]["allocation"] == json!(original))
                        .filter_map(|a| a["amount"].as_i64()),
                )
            })
            .unwrap_or(0);
        if amount.saturating_add(already) > allocated_amount {
            return Err(ApiErr::bad(
                "senders",
                format!(
                    "senders: {amount} is more than the {} left of allocation {original}",
                    allocated_amount.saturating_sub(already)
                ),
            ));
        }
        let order_no = text(p, "order_no").unwrap_or_default();
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("371", 24, seq),
            "object": "allocation",
            "livemode": ctx.livemode,
            "app": app,
            "order_no": order_no,
            "recipients": [],
            "senders": senders,
            "order": order,
            "status": "succeeded",
            "created": ctx.now,
            "time_succeeded": ctx.now,
            "metadata": obj_or_empty(p, "metadata"),
            "type": "allocation_refund",
            "amount": amount,
            "extra": extra,
        });
        Ok(self.insert(Kind::Allocation, obj))
    }

    pub(super) fn create_allocation_complete(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let order = text(p, "order").unwrap_or_default();
        self.order(&order)
            .map_err(|_| ApiErr::bad("order", format!("order: no order {order}")))?;
        let order_no = text(p, "order_no").unwrap_or_default();
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("68", 19, seq),
            "object": "allocation_complete",
            "livemode": ctx.livemode,
            "app": app,
            "order_no": order_no,
            "order": order,
            "status": "succeeded",
            "created": ctx.now,
            "time_succeeded": ctx.now,
            "extra": obj_or_empty(p, "extra"),
            "failure_msg": null,
            "description": opt(p, "description"),
            "metadata": obj_or_empty(p, "metadata"),
        });
        Ok(self.insert(Kind::AllocationComplete, obj))
    }
}
