//! List operations: filters from the query, newest first, page or cursor
//! pagination as the operation table says, reading only what the page needs.

use pingxx::models::Kind;
use pingxx::{Operation, Pagination};
use serde_json::{json, Map, Value};

use super::{clean, int, owner_of, text, ApiErr, Res, Store};

/// `a == b`, tolerant of the string/number/boolean forms a query string gives.
pub(super) fn loose_eq(field: &Value, wanted: &Value) -> bool {
    if field == wanted {
        return true;
    }
    match (field, wanted) {
        (Value::Bool(b), Value::String(s)) => match s.as_str() {
            "true" | "True" | "1" => *b,
            "false" | "False" | "0" => !*b,
            _ => false,
        },
        (Value::Bool(b), Value::Number(n)) => n.as_i64() == Some(i64::from(*b)),
        (Value::String(s), Value::Number(n)) => *s == n.to_string(),
        (Value::Number(n), Value::String(s)) => n.to_string() == *s,
        (Value::String(s), Value::Bool(b)) => s == if *b { "true" } else { "false" },
        _ => false,
    }
}

pub(super) fn created_matches(created: i64, filter: &Value) -> bool {
    let bound = |v: &Value| match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    };
    match filter {
        Value::Object(m) => m.iter().all(|(k, v)| match (k.as_str(), bound(v)) {
            ("gt", Some(b)) => created > b,
            ("gte", Some(b)) => created >= b,
            ("lt", Some(b)) => created < b,
            ("lte", Some(b)) => created <= b,
            _ => true,
        }),
        other => bound(other).map_or(true, |b| b == created),
    }
}

/// Query parameters that steer a list rather than filter on a field.
const LIST_CONTROLS: &[&str] = &[
    "limit",
    "page",
    "per_page",
    "starting_after",
    "ending_before",
    "created",
    "expand",
    "app_id",
];

/// The field filters of a list request: `(field, wanted value)`, `canceled`, `created`.
struct Filters<'a> {
    fields: Vec<(&'a str, Value)>,
    canceled: Option<bool>,
    created: Option<&'a Value>,
}

impl<'a> Filters<'a> {
    fn new(op: &Operation, p: &'a Map<String, Value>) -> Self {
        let mut f = Filters {
            fields: Vec::new(),
            canceled: None,
            created: p.get("created"),
        };
        for (k, wanted) in p {
            if LIST_CONTROLS.contains(&k.as_str()) || op.path_params.contains(&k.as_str()) {
                continue;
            }
            let wanted = match (k.as_str(), wanted) {
                ("app", Value::Object(m)) => m.get("id").cloned().unwrap_or(Value::Null),
                (_, Value::Object(_) | Value::Array(_)) => continue,
                (_, v) => v.clone(),
            };
            if k == "canceled" {
                f.canceled = Some(loose_eq(&Value::Bool(true), &wanted));
            } else {
                f.fields.push((k.as_str(), wanted));
            }
        }
        f
    }

    /// The app the request filters on, to use the owner index.
    fn app(&self) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| *k == "app")
            .and_then(|(_, v)| v.as_str())
    }

    fn accept(&self, o: &Value) -> bool {
        if o.is_null() {
            return false;
        }
        if let Some(want) = self.canceled {
            if (o["status"] == json!("canceled")) != want {
                return false;
            }
        }
        if let Some(filter) = self.created {
            if !created_matches(o["created"].as_i64().unwrap_or(0), filter) {
                return false;
            }
        }
        // A filter on a field the objects do not have is ignored.
        self.fields
            .iter()
            .all(|(k, wanted)| o.get(*k).map_or(true, |f| loose_eq(f, wanted)))
    }
}

impl Store {
    /// Lists the objects of `kind`, only those whose owner `owner.0` is `owner.1`
    /// when given ([`owner_of`]), filtered by the list params, in the table's
    /// pagination style.
    pub(super) fn list(&self, op: &Operation, kind: Kind, p: &Map<String, Value>, owner: Option<(&str, &str)>) -> Res {
        let url = op.render_path(&mut p.clone()).unwrap_or_else(|_| op.path.to_string());
        let filters = Filters::new(op, p);
        let owner = owner.or_else(|| filters.app().map(|app| ("app", app)));
        let empty = super::collection::Collection::default();
        let col = self.cols.get(&kind).unwrap_or(&empty);
        let (scan, exact) = col.scan(owner);
        let accept = |pos: usize| {
            let o = col.at(pos);
            let owned = exact || owner.map_or(true, |(field, value)| owner_of(o, field) == Some(value));
            owned && filters.accept(o)
        };
        let newest_first = |upper: usize, lower: usize| (lower..upper).rev().map(|i| scan.at(i)).filter(|p| accept(*p));
        let position = |param: &str| -> Result<Option<usize>, ApiErr> {
            let Some(id) = text(p, param) else { return Ok(None) };
            match col.ids(&id).first() {
                Some(pos) => Ok(Some(*pos)),
                None => Err(ApiErr::bad(param, format!("No such object: {id}"))),
            }
        };
        let (page, has_more): (Vec<usize>, bool) = match op.pagination {
            Pagination::None | Pagination::Page { .. } => {
                let max_per_page = match op.pagination {
                    Pagination::Page { max_per_page } => max_per_page.max(1),
                    _ => 100,
                };
                let per_page = int(p, "per_page").unwrap_or(20).clamp(1, i64::from(max_per_page)) as usize;
                let page = int(p, "page").unwrap_or(1).max(1) as usize;
                let skip = (page - 1).saturating_mul(per_page);
                let mut items: Vec<usize> = newest_first(scan.len(), 0).skip(skip).take(per_page + 1).collect();
                let more = items.len() > per_page;
                items.truncate(per_page);
                (items, more)
            }
            Pagination::Cursor { max_limit } => {
                let limit = int(p, "limit").unwrap_or(10).clamp(1, i64::from(max_limit.max(1))) as usize;
                let after = position("starting_after")?;
                let before = position("ending_before")?;
                let upper = after.map_or(scan.len(), |pos| scan.below(pos));
                let lower = before.map_or(0, |pos| scan.below(pos + 1));
                if after.is_none() && before.is_some() {
                    // The page just newer than `ending_before`, still listed newest first.
                    let mut items: Vec<usize> = (lower..upper)
                        .map(|i| scan.at(i))
                        .filter(|p| accept(*p))
                        .take(limit + 1)
                        .collect();
                    let more = items.len() > limit;
                    items.truncate(limit);
                    items.reverse();
                    (items, more)
                } else {
                    let mut items: Vec<usize> = newest_first(upper, lower).take(limit + 1).collect();
                    let more = items.len() > limit;
                    items.truncate(limit);
                    (items, more)
                }
            }
        };
        Ok(json!({
            "object": "list",
            "url": url,
            "has_more": has_more,
            "data": page.into_iter().map(|pos| clean(col.at(pos))).collect::<Vec<_>>(),
        }))
    }
}
