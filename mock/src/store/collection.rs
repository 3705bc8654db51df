//! One kind of stored object: kept in creation order, indexed by id and by the
//! owner fields that lists and lookups filter on, so that a retrieve is one
//! hash lookup and a list page reads only the objects it returns (plus those a
//! field filter skips), never a copy of the whole collection.

use std::collections::HashMap;

use pingxx::models::Kind;
use serde_json::Value;

use super::plain::{indexed_owners, owner_of};

/// The objects of one collection and their indexes.
#[derive(Debug, Default)]
pub(crate) struct Collection {
    items: Vec<Value>,
    /// Positions of the objects with each id (user ids repeat across apps).
    by_id: HashMap<String, Vec<usize>>,
    /// For each indexed owner field ([`indexed_owners`]: set at creation, never
    /// changed), the positions of the objects with each value, ascending.
    by_owner: HashMap<(&'static str, String), Vec<usize>>,
    owner_fields: &'static [&'static str],
}

/// Which positions a scan covers: all, or those of one owner (ascending).
pub(crate) enum Scan<'a> {
    /// Every position below this length.
    All(usize),
    /// These positions.
    Some(&'a [usize]),
}

impl Scan<'_> {
    /// How many positions.
    pub(crate) fn len(&self) -> usize {
        match self {
            Scan::All(n) => *n,
            Scan::Some(v) => v.len(),
        }
    }

    /// The `i`-th position, oldest first.
    pub(crate) fn at(&self, i: usize) -> usize {
        match self {
            Scan::All(_) => i,
            Scan::Some(v) => v[i],
        }
    }

    /// How many positions are below `pos`.
    pub(crate) fn below(&self, pos: usize) -> usize {
        match self {
            Scan::All(n) => pos.min(*n),
            Scan::Some(v) => v.partition_point(|p| *p < pos),
        }
    }
}

impl Collection {
    /// An empty collection of `kind` (which decides the indexed owner fields).
    pub(crate) fn new(kind: Kind) -> Self {
        Collection {
            owner_fields: indexed_owners(kind),
            ..Collection::default()
        }
    }

    /// How many objects.
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// Adds `obj` (newest).
    pub(crate) fn push(&mut self, obj: Value) {
        let pos = self.items.len();
        self.index(pos, &obj);
        self.items.push(obj);
    }

    fn index(&mut self, pos: usize, obj: &Value) {
        if let Some(id) = obj.get("id").and_then(Value::as_str) {
            self.by_id.entry(id.to_string()).or_default().push(pos);
        }
        for field in self.owner_fields {
            if let Some(owner) = owner_of(obj, field) {
                self.by_owner.entry((field, owner.to_string())).or_default().push(pos);
            }
        }
    }

    /// Keeps the objects `keep` accepts and rebuilds the indexes (deletes are rare).
    pub(crate) fn retain(&mut self, keep: impl Fn(&Value) -> bool) {
        self.items.retain(|o| keep(o));
        self.by_id.clear();
        self.by_owner.clear();
        let items = std::mem::take(&mut self.items);
        for (pos, obj) in items.iter().enumerate() {
            self.index(pos, obj);
        }
        self.items = items;
    }

    /// The object at `pos`.
    pub(crate) fn at(&self, pos: usize) -> &Value {
        &self.items[pos]
    }

    /// Positions of the objects with id `id`.
    pub(crate) fn ids(&self, id: &str) -> &[usize] {
        self.by_id.get(id).map_or(&[], Vec::as_slice)
    }

    /// The first object with id `id` that `pred` accepts.
    pub(crate) fn get(&self, id: &str, pred: impl Fn(&Value) -> bool) -> Option<&Value> {
        self.ids(id).iter().map(|p| &self.items[*p]).find(|o| pred(o))
    }

    /// The first object with id `id` that `pred` accepts, to change it.
    pub(crate) fn get_mut(&mut self, id: &str, pred: impl Fn(&Value) -> bool) -> Option<&mut Value> {
        let pos = *self.ids(id).iter().find(|p| pred(&self.items[**p]))?;
        Some(&mut self.items[pos])
    }

    /// Objects `pred` accepts, by a full scan (for small collections without ids).
    pub(crate) fn find_mut(&mut self, pred: impl Fn(&Value) -> bool) -> Option<&mut Value> {
        self.items.iter_mut().find(|o| pred(o))
    }

    /// Every object, oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Value> {
        self.items.iter()
    }

    /// The first object `pred` accepts, by a full scan.
    pub(crate) fn find(&self, pred: impl Fn(&Value) -> bool) -> Option<&Value> {
        self.items.iter().find(|o| pred(o))
    }

    /// The positions to scan for objects whose `field` is `owner` (an index when
    /// `field` is indexed; otherwise every position, and the caller filters).
    pub(crate) fn scan(&self, owner: Option<(&str, &str)>) -> (Scan<'_>, bool) {
        match owner {
            Some((field, value)) if self.owner_fields.contains(&field) => {
                let key = (self.owner_key(field), value.to_string());
                (Scan::Some(self.by_owner.get(&key).map_or(&[], Vec::as_slice)), true)
            }
            Some(_) => (Scan::All(self.items.len()), false),
            None => (Scan::All(self.items.len()), true),
        }
    }

    fn owner_key(&self, field: &str) -> &'static str {
        self.owner_fields.iter().copied().find(|f| *f == field).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lookups_use_the_indexes_and_survive_a_delete() {
        let mut c = Collection::new(Kind::User);
        c.push(json!({"id": "u1", "app": "a"}));
        c.push(json!({"id": "u1", "app": "b"}));
        c.push(json!({"id": "u2", "app": "a"}));
        assert_eq!(c.get("u1", |o| o["app"] == "b").unwrap()["app"], "b");
        let (scan, exact) = c.scan(Some(("app", "a")));
        assert!(exact);
        assert_eq!((scan.len(), scan.at(0), scan.at(1), scan.below(2)), (2, 0, 2, 1));
        c.retain(|o| o["id"] != "u1");
        assert_eq!(c.len(), 1);
        assert!(c.get("u1", |_| true).is_none());
        assert_eq!(c.get("u2", |_| true).unwrap()["app"], "a");
        assert_eq!(c.scan(Some(("app", "a"))).0.at(0), 0);
        let (all, exact) = c.scan(Some(("name", "x")));
        assert!(!exact, "an unindexed field leaves the filtering to the caller");
        assert_eq!(all.len(), 1);
    }
}
