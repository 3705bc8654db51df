//! The runtime of the typed methods: `client.orders().pay(order_id, &OrdersPayParams {..})`.
//!
//! The params structs, the resource handles and their methods are generated
//! from the operation table into [`super::generated`] (`cargo run -p xtask --
//! gen`); every method calls its operation by name through
//! [`Client::typed_call`], so paths and HTTP methods live only in the table.
//! A unit test compares the generated [`TYPED_OPERATIONS`] with
//! [`crate::operations()`].
//!
//! `app_id` path parameters are not method arguments: they come from the
//! client's configured app id, from `for_app(app_id)` on the resource handle
//! (`client.users().for_app("app_...")`), or from an `app_id` entry in a params
//! struct's `other` map. The `app` parameter of `charges.create` / `charges.list`
//! (`{"id": ...}`) and of `orders.create`, `orders.list` and the allocation
//! operations (a string) is likewise filled from the client's app id when not
//! given.

use std::collections::VecDeque;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use super::{find_operation, Operation, Pagination};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::models::*;

/// Serialises a params struct into the JSON object `Client::call` takes.
pub(crate) fn to_params<P: Serialize>(params: &P) -> Result<Map<String, Value>> {
    match serde_json::to_value(params) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(Value::Null) => Ok(Map::new()),
        Ok(_) => Err(Error::InvalidJson("params must serialise to a JSON object".into())),
        Err(e) => Err(Error::InvalidJson(format!("params do not serialise: {e}"))),
    }
}

impl Client {
    /// Calls `op` with `params` plus the path arguments, and parses the answer as `T`.
    pub(crate) fn typed_call<T: DeserializeOwned>(
        &self,
        op: &'static str,
        app_id: Option<&str>,
        path_args: &[(&str, &str)],
        mut params: Map<String, Value>,
    ) -> Result<T> {
        let operation = find_operation(op).ok_or_else(|| Error::UnknownOperation(op.to_string()))?;
        for (name, value) in path_args {
            params.insert((*name).to_string(), Value::String((*value).to_string()));
        }
        set_app_id(operation, app_id, &mut params);
        let answer = self.call_operation(operation, Value::Object(params))?;
        parse_answer(operation, answer)
    }
}

/// Puts a handle's `for_app` app id in the params of an operation under
/// `/v1/apps/{app_id}`, unless the params name one already.
fn set_app_id(op: &Operation, app_id: Option<&str>, params: &mut Map<String, Value>) {
    if let Some(app_id) = app_id {
        if op.path_params.contains(&"app_id") && !params.contains_key("app_id") {
            params.insert("app_id".into(), Value::String(app_id.to_string()));
        }
    }
}

/// Parses an answer into its model; a mismatch is `invalid_response`.
fn parse_answer<T: DeserializeOwned>(op: &Operation, answer: Value) -> Result<T> {
    serde_json::from_value(answer).map_err(|e| Error::InvalidResponse {
        status: 200,
        message: format!("{}: answer does not match its model: {e}", op.name),
    })
}

impl Client {
    /// Iterates over every item of a list operation (`orders.list`,
    /// `charges.refunds.list`, ...), fetching pages lazily; path parameters go in
    /// `params`. See [`ListIter`].
    pub fn list_auto<T: DeserializeOwned + HasId>(&self, operation: &str, params: Value) -> Result<ListIter<T>> {
        let op = find_operation(operation).ok_or_else(|| Error::UnknownOperation(operation.to_string()))?;
        if op.pagination == Pagination::None {
            return Err(Error::InvalidConfig(format!("{operation}: not a list operation")));
        }
        let params = match params {
            Value::Object(map) => map,
            Value::Null => Map::new(),
            _ => return Err(Error::InvalidJson("params must be a JSON object".into())),
        };
        Ok(ListIter::new(self.clone(), op, params))
    }
}

/// advances.
///
/// Page-style lists ask for `page` 1, 2, ... (from the `page` given, if any);
/// cursor-style lists pass the id of the last item received as
/// `starting_after`. Iteration stops after a page with `has_more: false` (or an
/// empty page, or a cursor that does not advance). An error is yielded once and
/// ends the iteration.
pub struct ListIter<T> {
    client: Client,
    op: &'static Operation,
    params: Map<String, Value>,
    buffer: VecDeque<T>,
    next_page: i64,
    cursor: Option<String>,
    done: bool,
    pages_fetched: usize,
}

impl<T> std::fmt::Debug for ListIter<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListIter")
            .field("operation", &self.op.name)
            .field("buffered", &self.buffer.len())
            .field("next_page", &self.next_page)
            .field("cursor", &self.cursor)
            .field("done", &self.done)
            .finish()
    }
}

impl<T: DeserializeOwned + HasId> ListIter<T> {
    /// The iterator of `op` over the params struct of a generated `list_auto`.
    pub(crate) fn from_params<P: Serialize>(
        client: &Client,
        app_id: Option<&str>,
        op: &'static str,
        path_args: &[(&str, &str)],
        params: &P,
    ) -> Result<ListIter<T>> {
        let op = find_operation(op).ok_or_else(|| Error::UnknownOperation(op.to_string()))?;
        let mut map = to_params(params)?;
        for (name, value) in path_args {
            map.insert((*name).to_string(), Value::String((*value).to_string()));
        }
        set_app_id(op, app_id, &mut map);
        Ok(ListIter::new(client.clone(), op, map))
    }

    fn new(client: Client, op: &'static Operation, params: Map<String, Value>) -> ListIter<T> {
        let next_page = params.get("page").and_then(Value::as_i64).unwrap_or(1);
        let cursor = params.get("starting_after").and_then(Value::as_str).map(str::to_string);
        ListIter {
            client,
            op,
            params,
            buffer: VecDeque::new(),
            next_page,
            cursor,
            done: false,
            pages_fetched: 0,
        }
    }

    /// How many pages have been fetched so far.
    pub fn pages_fetched(&self) -> usize {
        self.pages_fetched
    }

    fn fetch(&mut self) -> Result<()> {
        let mut params = self.params.clone();
        match self.op.pagination {
            Pagination::Page { .. } => {
                params.insert("page".into(), Value::from(self.next_page));
            }
            Pagination::Cursor { .. } => {
                if let Some(after) = &self.cursor {
                    params.insert("starting_after".into(), Value::String(after.clone()));
                }
            }
            Pagination::None => {}
        }
        let answer = self.client.call_operation(self.op, Value::Object(params))?;
        let page: List<T> = parse_answer(self.op, answer)?;
        self.pages_fetched += 1;
        let mut more = page.has_more && !page.data.is_empty();
        match self.op.pagination {
            Pagination::Page { .. } => self.next_page += 1,
            Pagination::Cursor { .. } => {
                let last = page.data.last().and_then(HasId::object_id);
                more = more && last.is_some() && last != self.cursor;
                self.cursor = last;
            }
            Pagination::None => more = false,
        }
        self.done = !more;
        self.buffer.extend(page.data);
        Ok(())
    }
}

impl<T: DeserializeOwned + HasId> Iterator for ListIter<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.fetch() {
                self.done = true;
                return Some(Err(e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{Returns, TYPED_OPERATIONS};

    #[test]
    fn every_operation_has_exactly_one_typed_method() {
        let table: Vec<&str> = crate::operations().iter().map(|op| op.name).collect();
        let typed: Vec<&str> = TYPED_OPERATIONS.iter().map(|(name, _, _)| *name).collect();
        for name in &table {
            assert_eq!(typed.iter().filter(|t| *t == name).count(), 1, "{name}: typed methods");
        }
        for name in &typed {
            assert!(table.contains(name), "{name}: typed method without a table row");
        }
        assert_eq!(table.len(), typed.len());
    }

    #[test]
    fn method_arguments_are_the_path_parameters_but_app_id() {
        for (name, args, _) in TYPED_OPERATIONS {
            let op = find_operation(name).unwrap();
            let expected: Vec<&str> = op.path_params.iter().copied().filter(|p| *p != "app_id").collect();
            assert_eq!(args, &expected.as_slice(), "{name}");
        }
    }

    /// The model type of each kind: its name in PascalCase.
    fn model_name(kind: Kind) -> String {
        kind.name()
            .split('_')
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect()
    }

    #[test]
    fn return_types_match_the_table() {
        for (name, _, ret) in TYPED_OPERATIONS {
            let op = find_operation(name).unwrap();
            let expected = match op.returns {
                Returns::Object(kind) => model_name(kind),
                Returns::List(kind) => format!("List<{}>", model_name(kind)),
            };
            assert_eq!(ret.replace(' ', ""), expected, "{name}");
            // Paginated operations return lists; a list need not be paginated (`sub_banks.list`).
            if op.pagination != Pagination::None {
                assert!(matches!(op.returns, Returns::List(_)), "{name} pagination");
            }
        }
    }

    #[test]
    fn params_that_are_not_objects_are_refused() {
        let err = to_params(&5).unwrap_err();
        assert_eq!(err.code(), "invalid_json");
    }
}
