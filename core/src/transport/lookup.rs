//! After a retry with a unique merchant number is refused as a repeat: find
//! the object the first attempt created, through the operation's list.

use serde_json::{json, Value};

use super::{Request, Response, Transport};
use crate::api::{find_operation, AppParam, Method, Operation};
use crate::error::Error;

/// Pages read at most when looking for an existing object.
const MAX_PAGES: u32 = 10;
/// Objects per page asked for (within every list's limit).
const PER_PAGE: u32 = 20;
/// How far back (seconds) the list is filtered by `created`.
const LOOK_BACK_SECS: i64 = 3600;

/// The operation that tells whether `op` took effect: `orders.retrieve` for
/// `orders.pay`, the resource's list for a create.
pub(crate) fn check_operation(op: &Operation) -> Option<&'static str> {
    let resource = op.resource();
    let named = |action: &str| find_operation(&format!("{resource}.{action}")).map(|o| o.name);
    if op.action() == "create" {
        named("list").or_else(|| named("retrieve"))
    } else {
        named("retrieve")
    }
}

/// True when `err` is the API refusing a repeat of the unique number sent.
pub(crate) fn is_repeat_of(err: &Error, (field, value): &(String, String)) -> bool {
    match err {
        Error::InvalidRequest(api) => {
            api.param.as_deref() == Some(field.as_str()) || api.message.contains(value.as_str())
        }
        _ => false,
    }
}

/// The string at `field` of `object`, following a dotted name into
/// sub-objects (`charge.order_no` of a recharge whose charge is expanded).
fn field_text<'v>(object: &'v Value, field: &str) -> Option<&'v str> {
    field.split('.').try_fold(object, |v, key| v.get(key))?.as_str()
}

/// Looks the object with `field == value` up in the list of the resource,
/// filtered by app and recent creation; `None` when there is no such list or
/// the object is not found.
pub(crate) fn find_existing(t: &Transport, req: Request<'_>, (field, value): &(String, String)) -> Option<Response> {
    let op = req.op?;
    let list = find_operation(&format!("{}.list", op.resource()))?;
    if list.path != op.path || list.method != Method::Get {
        return None;
    }
    let path = req.path_and_query.split('?').next()?;
    let body = req.body?;
    let mut query = serde_json::Map::new();
    match list.app_param {
        AppParam::Text => {
            query.insert("app".into(), body.get("app")?.clone());
        }
        AppParam::Object => {
            query.insert("app".into(), json!({"id": body.get("app")?.get("id")?}));
        }
        AppParam::None => {}
    }
    query.insert(
        "created".into(),
        json!({"gte": crate::util::unix_now() - LOOK_BACK_SECS}),
    );
    let cursor = list.pagination.as_str() == "cursor";
    let mut after: Option<String> = None;
    for page in 1..=MAX_PAGES {
        if cursor {
            query.insert("limit".into(), json!(PER_PAGE));
            if let Some(id) = &after {
                query.insert("starting_after".into(), json!(id));
            }
        } else {
            query.insert("per_page".into(), json!(PER_PAGE));
            query.insert("page".into(), json!(page));
        }
        let target = format!("{path}?{}", crate::query::encode(&Value::Object(query.clone())));
        let resp = t
            .send(Request {
                op: Some(list),
                method: Method::Get,
                path_and_query: &target,
                body: None,
            })
            .ok()?;
        let data = resp.body.get("data")?.as_array()?;
        if let Some(found) = data.iter().find(|o| field_text(o, field) == Some(value)) {
            return Some(Response {
                body: found.clone(),
                status: resp.status,
                request_id: resp.request_id,
            });
        }
        let more = resp.body.get("has_more").and_then(Value::as_bool).unwrap_or(false);
        after = data
            .last()
            .and_then(|o| o.get("id"))
            .and_then(Value::as_str)
            .map(str::to_string);
        if data.is_empty() || (cursor && !more) || after.is_none() {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::field_text;
    use serde_json::json;

    #[test]
    fn field_text_follows_dotted_names() {
        let recharge = json!({"id": "r1", "charge": {"id": "ch_1", "order_no": "o1"}});
        assert_eq!(field_text(&recharge, "charge.order_no"), Some("o1"));
        assert_eq!(field_text(&recharge, "id"), Some("r1"));
        assert_eq!(field_text(&json!({"charge": "ch_1"}), "charge.order_no"), None);
        assert_eq!(field_text(&json!({"order_no": 5}), "order_no"), None);
    }
}
