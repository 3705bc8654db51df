//! `Client::call`: the generic entry every binding uses.

use serde_json::{Map, Value};

use super::validate_operation;
use super::{find_operation, AppParam, Operation};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::violation::{FieldError, Rule, ValidationErrors};

impl Client {
    /// Calls an operation by name (`orders.pay`, ...) with JSON params.
    ///
    /// Path parameters are taken out of `params` by name (`app_id` falls back to
    /// the client's app id, and so does `app` for the operations that take one); GET and DELETE send the rest as the query, POST and
    /// PUT as the JSON body. The params are validated first; nothing is sent
    /// when they fail.
    pub fn call(&self, operation: &str, params: Value) -> Result<Value> {
        let op = find_operation(operation).ok_or_else(|| Error::UnknownOperation(operation.to_string()))?;
        self.call_operation(op, params)
    }

    /// Like [`Client::call`] for an operation already looked up.
    pub fn call_operation(&self, op: &Operation, params: Value) -> Result<Value> {
        let (method, target, body) = self.prepare(op, params)?;
        self.call_prepared(op, method, &target, body.as_ref()).map(|r| r.body)
    }

    /// Validates and lays out a call: method, path with query, and body.
    pub(crate) fn prepare(&self, op: &Operation, params: Value) -> Result<(super::Method, String, Option<Value>)> {
        let mut map = match params {
            Value::Object(m) => m,
            Value::Null => Map::new(),
            _ => return Err(Error::InvalidJson("params must be a JSON object".into())),
        };
        for (k, v) in op.defaults {
            map.entry(k.to_string()).or_insert_with(|| Value::String(v.to_string()));
        }
        if let (false, Some(app)) = (map.contains_key("app"), self.config().app_id()) {
            match op.app_param {
                AppParam::None => {}
                AppParam::Object => {
                    map.insert("app".into(), serde_json::json!({ "id": app }));
                }
                AppParam::Text => {
                    map.insert("app".into(), Value::String(app.to_string()));
                }
            }
        }
        if op.path_params.contains(&"app_id") && !map.contains_key("app_id") {
            match self.config().app_id() {
                Some(app) => {
                    map.insert("app_id".into(), Value::String(app.to_string()));
                }
                None => {
                    return Err(Error::Validation(ValidationErrors::new(vec![FieldError {
                        field: "app_id".into(),
                        rule: Rule::Required,
                        message: "app_id: is required (not in the params and not configured on the client)".into(),
                    }])))
                }
            }
        }
        let params = Value::Object(map);
        validate_operation(op, &params, crate::util::unix_now()).map_err(Error::Validation)?;
        let Value::Object(mut map) = params else {
            unreachable!("params were built as an object")
        };
        let path = op.render_path(&mut map).map_err(Error::Validation)?;
        if op.method.has_query() {
            let query = crate::query::encode(&Value::Object(map));
            let target = if query.is_empty() {
                path
            } else {
                format!("{path}?{query}")
            };
            Ok((op.method, target, None))
        } else {
            Ok((op.method, path, Some(Value::Object(map))))
        }
    }
}
