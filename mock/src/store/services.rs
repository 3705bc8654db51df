//! Batch refunds, customs declarations and the account services
//! (identification, card information, sub-banks).
//!
//! A batch refund checks every charge first (it exists in the app, is paid, and
//! the amounts asked of it fit what is left), then refunds them all at once:
//! `succeeded`, with its refunds and `batch_refund.succeeded`; a batch that
//! does not fit refunds nothing. A customs declaration needs a paid charge of
//! the app and succeeds at once. The services answer from the input alone.

use std::collections::HashMap;

use pingxx::models::Kind;
use serde_json::{json, Map, Value};

use super::split_profits::refundable;
use super::{ids, int, obj_or_empty, opt, text, ApiErr, Ctx, Res, Store};

/// Banks the card services know, by the card's first digits.
fn bank_of(account: &str) -> (&'static str, &'static str) {
    if account.starts_with("6225") {
        ("0308", "招商银行")
    } else if account.starts_with("62") {
        ("0102", "中国工商银行")
    } else {
        ("0105", "中国建设银行")
    }
}

impl Store {
    /// A paid charge of `app`, else a 400 naming `param`.
    fn paid_charge_of(&self, app: &str, id: &str, param: &str) -> Result<&Value, ApiErr> {
        let charge = self
            .charge(id)
            .ok()
            .filter(|c| c["app"].as_str() == Some(app))
            .ok_or_else(|| ApiErr::bad(param, format!("{param}: no charge {id} in app {app}")))?;
        if charge["paid"] != json!(true) {
            return Err(ApiErr::bad(param, format!("{param}: charge {id} is not paid")));
        }
        if let Some(recharge) = charge["_recharge"].as_str() {
            return Err(ApiErr::bad(
                param,
                format!("{param}: charge {id} pays recharge {recharge}: refund it with recharges.refunds.create"),
            ));
        }
        Ok(charge)
    }

    pub(super) fn create_batch_refund(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let items: Vec<Value> = p.get("charges").and_then(Value::as_array).cloned().unwrap_or_default();
        // Every item is checked before anything is refunded.
        let mut left: HashMap<String, i64> = HashMap::new();
        let mut plan = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let param = format!("charges[{i}]");
            let (id, fields) = match item {
                Value::String(id) => (id.clone(), Map::new()),
                Value::Object(m) => (text(m, "charge").unwrap_or_default(), m.clone()),
                _ => return Err(ApiErr::bad(&param, format!("{param}: a charge id or an object"))),
            };
            let charge = self.paid_charge_of(&app, &id, &param)?;
            let available = *left.entry(id.clone()).or_insert_with(|| refundable(charge));
            let amount = int(&fields, "amount").unwrap_or(available);
            if amount <= 0 || amount > available {
                return Err(ApiErr::bad(
                    &param,
                    format!("{param}: {amount} is more than the {available} left to refund of charge {id}"),
                ));
            }
            left.insert(id.clone(), available - amount);
            plan.push((id, amount, fields));
        }
        let description = p.get("description").cloned().unwrap_or(json!("batch refund"));
        let mut refunds = Vec::with_capacity(plan.len());
        let mut charges = Vec::with_capacity(plan.len());
        for (id, amount, fields) in plan {
            let mut rp = Map::new();
            rp.insert("amount".into(), json!(amount));
            rp.insert(
                "description".into(),
                fields
                    .get("description")
                    .cloned()
                    .unwrap_or_else(|| description.clone()),
            );
            if let Some(source) = fields.get("funding_source") {
                rp.insert("funding_source".into(), source.clone());
            }
            refunds.push(self.refund_charge(&id, &rp, ctx)?);
            charges.push(json!({"charge": id, "amount": amount, "status": "succeeded",
                "description": fields.get("description").cloned().unwrap_or(Value::Null),
                "funding_source": fields.get("funding_source").cloned().unwrap_or(Value::Null)}));
        }
        let seq = self.next_seq();
        let id = ids::digits("1900", 19, seq);
        let obj = json!({
            "id": id,
            "object": "batch_refund",
            "app": app,
            "batch_no": opt(p, "batch_no"),
            "created": ctx.now,
            "description": description,
            "metadata": obj_or_empty(p, "metadata"),
            "charges": charges,
            "refunds": {"object": "list", "url": format!("/v1/batch_refunds/{id}/refunds"), "has_more": false, "data": refunds},
            "refund_url": null,
            "status": "succeeded",
            "time_succeeded": ctx.now,
            "livemode": ctx.livemode,
        });
        let out = self.insert(Kind::BatchRefund, obj);
        self.emit(ctx, "batch_refund.succeeded", &out);
        Ok(out)
    }

    pub(super) fn create_customs(&mut self, p: &Map<String, Value>, ctx: Ctx) -> Res {
        let app = text(p, "app").unwrap_or_default();
        let charge = text(p, "charge").unwrap_or_default();
        self.paid_charge_of(&app, &charge, "charge")?;
        let seq = self.next_seq();
        let obj = json!({
            "id": ids::digits("1420", 20, seq),
            "object": "customs",
            "app": app,
            "channel": opt(p, "channel"),
            "trade_no": opt(p, "trade_no"),
            "customs_code": opt(p, "customs_code"),
            "amount": opt(p, "amount"),
            "charge": charge,
            "transport_amount": p.get("transport_amount").cloned().unwrap_or(json!(0)),
            "is_split": p.get("is_split").cloned().unwrap_or(json!(false)),
            "sub_order_no": opt(p, "sub_order_no"),
            "extra": obj_or_empty(p, "extra"),
            "created": ctx.now,
            "time_succeeded": ctx.now,
            "status": "succeeded",
            "failure_code": null,
            "failure_msg": null,
            "transaction_no": ids::digits("4200", 28, seq),
        });
        Ok(self.insert(Kind::Customs, obj))
    }
}

/// `identification.create`: an ID number of 18 characters (17 digits and a digit
/// or `X`) matches; anything else does not.
pub(super) fn identify(p: &Map<String, Value>) -> Res {
    let data = obj_or_empty(p, "data");
    // Bytes, not string slices: an 18-byte number may hold a multi-byte character.
    let number = data["id_number"].as_str().unwrap_or("").as_bytes();
    let well_formed = number.len() == 18
        && number[..17].iter().all(u8::is_ascii_digit)
        && matches!(number[17], b'0'..=b'9' | b'X' | b'x');
    let (code, message) = if well_formed {
        (0, "SUCCESS")
    } else {
        (1, "the ID number does not match the name")
    };
    Ok(json!({
        "type": opt(p, "type"),
        "app": opt(p, "app"),
        "result_code": code,
        "message": message,
        "paid": true,
        "data": data,
    }))
}

/// `card_info.query`: the card's bank by its first digits.
pub(super) fn card_info(p: &Map<String, Value>) -> Res {
    let account = text(p, "bank_account").unwrap_or_default();
    let (code, bank) = bank_of(&account);
    Ok(json!({
        "app": opt(p, "app"),
        "card_bin": account.chars().take(6).collect::<String>(),
        "card_type": 0,
        "open_bank_code": code,
        "open_bank": bank,
        "support_channels": ["unionpay", "allinpay", "jdpay"],
    }))
}

/// `sub_banks.list`: two branches of the bank in the city asked for.
pub(super) fn sub_banks(url: &str, p: &Map<String, Value>) -> Res {
    let code = text(p, "open_bank_code").unwrap_or_default();
    let (prov, city) = (text(p, "prov").unwrap_or_default(), text(p, "city").unwrap_or_default());
    let data: Vec<Value> = (1..=2)
        .map(|n| {
            json!({
                "sub_bank": format!("{city}第{n}支行"),
                "sub_bank_code": format!("{code}{n:08}"),
                "prov": prov,
                "city": city,
            })
        })
        .collect();
    Ok(json!({"object": "list", "url": url, "has_more": false, "data": data}))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(number: &str) -> Value {
        let p = json!({"type": "id_card", "app": "app_1", "data": {"id_name": "张三", "id_number": number}});
        identify(p.as_object().unwrap()).unwrap()
    }

    #[test]
    fn identification_matches_18_character_numbers_and_never_panics() {
        assert_eq!(check("310181198910107641")["result_code"], 0);
        assert_eq!(check("31018119891010764X")["result_code"], 0);
        assert_eq!(check("31018119891010764")["result_code"], 1);
        // 18 bytes with a two-byte character across byte 17 (a fuzz-style input).
        assert_eq!(check("1234567890123456é")["result_code"], 1);
        assert_eq!(check("12345678901234567é")["result_code"], 1);
    }
}
