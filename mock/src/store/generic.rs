//! The one handler of every plain operation (retrieve, list, update, delete),
//! keyed by the kind an operation returns and its owners ([`Plain`]); the
//! hand-written code in `dispatch.rs` keeps only the state machines.

use pingxx::models::Kind;
use pingxx::Operation;
use serde_json::{json, Map, Value};

use super::plain::{key_field, owner_of, Plain};
use super::{clean, merge, text, ApiErr, Res, Store};

/// Which stored objects a lookup accepts.
struct Wanted<'a> {
    kind: Kind,
    /// `_resource` the object must have, when it has one.
    resource: Option<&'a str>,
    owners: Vec<(&'a str, String)>,
    key_param: &'a str,
    key: String,
}

impl Wanted<'_> {
    fn accepts(&self, o: &Value) -> bool {
        let field = key_field(self.key_param);
        o.get(field).and_then(Value::as_str) == Some(self.key.as_str())
            && self.owners.iter().all(|(k, v)| owner_of(o, k) == Some(v.as_str()))
            && match (o.get("_resource").and_then(Value::as_str), self.resource) {
                (Some(has), Some(wanted)) => has == wanted,
                _ => true,
            }
    }

    fn not_found(&self) -> ApiErr {
        ApiErr::not_found(self.kind.object_name(), self.key_param, &self.key)
    }
}

impl Store {
    /// The object of `kind` whose `key_param` is `key` and whose owners are
    /// `owners`; a 404 naming `key_param` otherwise.
    pub(super) fn lookup(
        &self,
        kind: Kind,
        owners: &[(&str, &str)],
        key_param: &str,
        key: &str,
    ) -> Result<&Value, ApiErr> {
        self.lookup_in(&wanted(kind, None, owners, key_param, key))
    }

    /// [`Store::lookup`], to change the object.
    pub(super) fn lookup_mut(
        &mut self,
        kind: Kind,
        owners: &[(&str, &str)],
        key_param: &str,
        key: &str,
    ) -> Result<&mut Value, ApiErr> {
        self.lookup_mut_in(&wanted(kind, None, owners, key_param, key))
    }

    fn lookup_in(&self, w: &Wanted<'_>) -> Result<&Value, ApiErr> {
        let col = self.cols.get(&w.kind);
        let found = match key_field(w.key_param) {
            "id" => col.and_then(|c| c.get(&w.key, |o| w.accepts(o))),
            _ => col.and_then(|c| c.find(|o| w.accepts(o))),
        };
        found.ok_or_else(|| w.not_found())
    }

    fn lookup_mut_in(&mut self, w: &Wanted<'_>) -> Result<&mut Value, ApiErr> {
        let col = self.cols.get_mut(&w.kind);
        let found = match key_field(w.key_param) {
            "id" => col.and_then(|c| c.get_mut(&w.key, |o| w.accepts(o))),
            _ => col.and_then(|c| c.find_mut(|o| w.accepts(o))),
        };
        found.ok_or_else(|| w.not_found())
    }

    /// Serves `op` when it is plain ([`Plain::of`]); `None` otherwise.
    pub(super) fn plain(&mut self, op: &Operation, p: &Map<String, Value>) -> Option<Res> {
        let plain = Plain::of(op)?;
        Some(self.plain_checked(op, plain, p))
    }

    fn plain_checked(&mut self, op: &Operation, plain: Plain, p: &Map<String, Value>) -> Res {
        self.parents(op, p)?;
        let Some(key_param) = plain.key else {
            let owner = plain.owners.last().map(|k| (*k, text(p, k).unwrap_or_default()));
            return self.list(op, plain.kind, p, owner.as_ref().map(|(k, v)| (*k, v.as_str())));
        };
        let w = wanted_by(op, plain, p, key_param);
        match op.action() {
            "update" => {
                let mut skip: Vec<&str> = op.path_params.to_vec();
                skip.push("id");
                let o = self.lookup_mut_in(&w)?;
                merge(o, p, &skip);
                Ok(clean(o))
            }
            "delete" => {
                self.lookup_in(&w)?;
                self.remove(w.kind, |o| w.accepts(o));
                // What the object owned goes with it (a sub-app's channels).
                if key_param.ends_with("_id") {
                    let kinds: Vec<Kind> = self.cols.keys().copied().collect();
                    for kind in kinds {
                        self.remove(kind, |o| owner_of(o, key_param) == Some(w.key.as_str()));
                    }
                }
                Ok(json!({"id": w.key, "deleted": true}))
            }
            _ => self.lookup_in(&w).map(clean),
        }
    }

    /// The object of a plain retrieve, update or delete, its owners checked.
    fn fetch(&self, op: &Operation, p: &Map<String, Value>) -> Result<&Value, ApiErr> {
        let plain = Plain::of(op).ok_or_else(|| ApiErr::new(500, "api_error", format!("{} is not plain", op.name)))?;
        let key_param = plain
            .key
            .ok_or_else(|| ApiErr::new(500, "api_error", format!("{} names no object", op.name)))?;
        self.parents(op, p)?;
        self.lookup_in(&wanted_by(op, plain, p, key_param))
    }

    /// Checks that the owning object exists: for `charges.refunds.*`, the charge
    /// (`charges.retrieve` with the same path parameters), and so on up.
    fn parents(&self, op: &Operation, p: &Map<String, Value>) -> Result<(), ApiErr> {
        let Some((parent, _)) = op.resource().rsplit_once('.') else {
            return Ok(());
        };
        match pingxx::find_operation(&format!("{parent}.retrieve")) {
            Some(parent_op) => self.fetch(parent_op, p).map(|_| ()),
            None => Ok(()),
        }
    }
}

fn wanted<'a>(
    kind: Kind,
    resource: Option<&'a str>,
    owners: &[(&'a str, &str)],
    key_param: &'a str,
    key: &str,
) -> Wanted<'a> {
    Wanted {
        kind,
        resource,
        owners: owners.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        key_param,
        key: key.to_string(),
    }
}

fn wanted_by<'a>(op: &'a Operation, plain: Plain, p: &Map<String, Value>, key_param: &'a str) -> Wanted<'a> {
    Wanted {
        kind: plain.kind,
        resource: Some(op.resource()),
        owners: plain
            .owners
            .iter()
            .map(|k| (*k, text(p, k).unwrap_or_default()))
            .collect(),
        key_param,
        key: text(p, key_param).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Ctx;

    fn run(store: &mut Store, name: &str, params: Value) -> Res {
        let op = pingxx::find_operation(name).expect("in the table");
        let ctx = Ctx {
            livemode: false,
            now: 1_700_000_000,
        };
        store.run(op, params.as_object().expect("an object"), ctx)
    }

    #[test]
    fn objects_are_found_through_their_owners_and_a_delete_takes_what_they_own() {
        let mut s = Store::new(0, None);
        let sub = run(
            &mut s,
            "sub_apps.create",
            json!({"app_id": "app_1", "display_name": "a"}),
        )
        .unwrap();
        let other = run(
            &mut s,
            "sub_apps.create",
            json!({"app_id": "app_1", "display_name": "b"}),
        )
        .unwrap();
        let (sub, other) = (sub["id"].as_str().unwrap(), other["id"].as_str().unwrap());
        let channel = json!({"app_id": "app_1", "sub_app_id": sub, "channel": "isv_scan"});
        run(&mut s, "sub_apps.channels.create", channel.clone()).unwrap();
        assert_eq!(
            run(&mut s, "sub_apps.channels.retrieve", channel.clone()).unwrap()["channel"],
            "isv_scan"
        );

        // Another sub-app of the same app owns no such channel.
        let e = run(
            &mut s,
            "sub_apps.channels.retrieve",
            json!({"app_id": "app_1", "sub_app_id": other, "channel": "isv_scan"}),
        )
        .unwrap_err();
        assert_eq!((e.status, e.param.as_deref()), (404, Some("channel")), "{e:?}");
        // Under another app the owning sub-app itself is missing.
        let e = run(
            &mut s,
            "sub_apps.channels.retrieve",
            json!({"app_id": "app_2", "sub_app_id": sub, "channel": "isv_scan"}),
        )
        .unwrap_err();
        assert_eq!((e.status, e.param.as_deref()), (404, Some("sub_app_id")), "{e:?}");
        // An update merges the params, not the path.
        let updated = run(
            &mut s,
            "sub_apps.channels.update",
            json!({"app_id": "app_1", "sub_app_id": sub, "channel": "isv_scan", "description": "d"}),
        )
        .unwrap();
        assert_eq!(
            (updated["description"].as_str(), updated.get("sub_app_id")),
            (Some("d"), None)
        );

        assert_eq!(s.objects, 3);
        let gone = run(&mut s, "sub_apps.delete", json!({"app_id": "app_1", "sub_app_id": sub})).unwrap();
        assert_eq!(gone, json!({"id": sub, "deleted": true}));
        assert_eq!(s.objects, 1, "the deleted sub-app's channel went with it");
        assert_eq!(s.cols[&Kind::Channel].len(), 0);
        let list = run(&mut s, "sub_apps.list", json!({"app_id": "app_1"})).unwrap();
        assert_eq!(list["data"][0]["id"], other);
        assert_eq!(list["data"].as_array().unwrap().len(), 1);
    }
}
