//! Which operations are plain (retrieve, list, update, delete: no state rule of
//! their own) and how their objects are found: by the kind the operation
//! returns and by its owners, the path parameters before the object's own key
//! (`charge_id` of `charges.refunds.retrieve`). Read from the operation table.
//!
//! Stored objects record their owners under the bookkeeping field `_owners`
//! (`{"order_id": "..."}`, made by [`owned_by`]); an object stored with
//! `_resource` is served only by that resource's operations (merchant and micro
//! applications share one kind).

use std::collections::HashMap;
use std::sync::OnceLock;

use pingxx::models::Kind;
use pingxx::{Operation, Returns};
use serde_json::{json, Value};

/// The shape of a plain operation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Plain {
    /// The kind of the objects it reads or changes.
    pub kind: Kind,
    /// The owner path parameters (all of them for a list).
    pub owners: &'static [&'static str],
    /// The path parameter naming the object (`None` for a list).
    pub key: Option<&'static str>,
}

impl Plain {
    /// The plain shape of `op`; `None` for every other action (create, pay, cancel, confirm...).
    pub(crate) fn of(op: &Operation) -> Option<Plain> {
        let (owners, key) = match op.action() {
            "list" => (op.path_params, None),
            "retrieve" | "update" | "delete" => {
                let (key, owners) = op.path_params.split_last()?;
                (owners, Some(*key))
            }
            _ => return None,
        };
        Some(Plain {
            kind: stored_kind(op)?,
            owners,
            key,
        })
    }
}

/// The kind an operation's objects are stored as: the kind it returns, or for a
/// delete (which returns `deleted`) the kind its resource's retrieve returns.
fn stored_kind(op: &Operation) -> Option<Kind> {
    match op.returns {
        Returns::Object(Kind::Deleted) => {
            let retrieve = pingxx::find_operation(&format!("{}.retrieve", op.resource()))?;
            match retrieve.returns {
                Returns::Object(Kind::Deleted) => None,
                Returns::Object(kind) | Returns::List(kind) => Some(kind),
            }
        }
        Returns::Object(kind) | Returns::List(kind) => Some(kind),
    }
}

/// The field that key parameter `param` matches: `id` for `*_id`, else the
/// parameter itself (`channel`).
pub(crate) fn key_field(param: &str) -> &str {
    if param.ends_with("_id") {
        "id"
    } else {
        param
    }
}

/// `_owners` of a new object: `{"app_id": "app_1", ...}`.
pub(crate) fn owned_by(pairs: &[(&str, &str)]) -> Value {
    Value::Object(pairs.iter().map(|(k, v)| (k.to_string(), json!(v))).collect())
}

/// Owner `field` of `obj`: `app` is the object's own field (list filters use
/// it); a path parameter (`order_id`, ...) is read from `_owners`.
pub(crate) fn owner_of<'a>(obj: &'a Value, field: &str) -> Option<&'a str> {
    let value = if field == "app" {
        obj.get("app")
    } else {
        obj.get("_owners").and_then(|o| o.get(field))
    };
    value.and_then(Value::as_str)
}

/// The owner fields worth an index for `kind`: `app` and every owner parameter
/// of the table's plain operations on it.
pub(crate) fn indexed_owners(kind: Kind) -> &'static [&'static str] {
    static FIELDS: OnceLock<HashMap<Kind, Vec<&'static str>>> = OnceLock::new();
    let fields = FIELDS.get_or_init(|| {
        let mut fields: HashMap<Kind, Vec<&'static str>> = HashMap::new();
        for op in pingxx::operations() {
            if let Some(plain) = Plain::of(op) {
                let list = fields.entry(plain.kind).or_insert_with(|| vec!["app"]);
                for owner in plain.owners {
                    if !list.contains(owner) {
                        list.push(owner);
                    }
                }
            }
        }
        fields
    });
    fields.get(&kind).map_or(&["app"], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(name: &str) -> Option<Plain> {
        Plain::of(pingxx::find_operation(name).expect("in the table"))
    }

    #[test]
    fn shapes_come_from_the_table() {
        let p = plain("charges.refunds.retrieve").unwrap();
        assert_eq!(
            (p.kind, p.owners, p.key),
            (Kind::Refund, &["charge_id"][..], Some("refund_id"))
        );
        let p = plain("sub_apps.channels.delete").unwrap();
        assert_eq!(
            (p.kind, p.owners, p.key),
            (Kind::Channel, &["app_id", "sub_app_id"][..], Some("channel"))
        );
        let p = plain("users.list").unwrap();
        assert_eq!((p.kind, p.owners, p.key), (Kind::User, &["app_id"][..], None));
        assert!(plain("orders.pay").is_none());
        assert!(plain("charges.create").is_none());
        assert!(plain("withdrawals.confirm").is_none());
        assert_eq!(indexed_owners(Kind::Charge), &["app", "order_id"]);
        assert_eq!(indexed_owners(Kind::Channel), &["app", "app_id", "sub_app_id"]);
    }

    #[test]
    fn owners_are_bookkeeping_and_app_is_a_field() {
        let o = json!({"app": "app_1", "_owners": owned_by(&[("order_id", "o1")])});
        assert_eq!(owner_of(&o, "app"), Some("app_1"));
        assert_eq!(owner_of(&o, "order_id"), Some("o1"));
        assert_eq!(owner_of(&o, "charge_id"), None);
        assert_eq!((key_field("refund_id"), key_field("channel")), ("id", "channel"));
    }
}
