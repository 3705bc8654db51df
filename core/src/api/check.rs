//! `pingxx::validate`: an operation's parameters checked against its row of
//! the table (path parameters, the parameter schema, the list parameters of
//! its pagination, and its hooks).

use serde_json::Value;

use super::{find_operation, Operation, Pagination, MAX_PAGE};
use crate::error::Error;
use crate::validate::schema::{int, opt, STRING};
use crate::validate::walk::{check_fields, nests_deeper, MAX_DEPTH};
use crate::validate::{Checker, Field, Path, ValidationErrors};

/// Validates `params` for `operation` against the local clock.
///
/// Path parameters (except `app_id`, which falls back to the client's app id)
/// are part of `params` and must be non-empty. Returns
/// [`Error::UnknownOperation`] for a name outside the table and
/// [`Error::Validation`] with every violation otherwise.
pub fn validate(operation: &str, params: &Value) -> Result<(), Error> {
    validate_at(operation, params, crate::util::unix_now())
}

/// Like [`validate`], with the clock (unix seconds) given: for tests of `time_expire`.
pub fn validate_at(operation: &str, params: &Value, now: i64) -> Result<(), Error> {
    let op = find_operation(operation).ok_or_else(|| Error::UnknownOperation(operation.into()))?;
    validate_operation(op, params, now).map_err(Error::Validation)
}

/// The list parameters a pagination style adds to an operation's parameters.
pub fn pagination_fields(pagination: Pagination) -> Vec<Field> {
    match pagination {
        Pagination::None => Vec::new(),
        Pagination::Page { max_per_page } => vec![
            opt("page", int(1, MAX_PAGE)).doc("page number, from 1"),
            opt("per_page", int(1, i64::from(max_per_page))).doc("items per page"),
        ],
        Pagination::Cursor { max_limit } => vec![
            opt("limit", int(1, i64::from(max_limit))).doc("items per page"),
            opt("starting_after", STRING).doc("id of the last object of the previous page"),
            opt("ending_before", STRING).doc("id of the first object of the next page"),
        ],
    }
}

/// Validates `params` for a known operation at clock `now`.
///
/// Parameters that nest objects and lists more than
/// [`MAX_DEPTH`](crate::validate::walk::MAX_DEPTH) levels deep are refused
/// as a whole (field `""`, rule `type`): nothing walks them further, neither
/// the checks nor the query or body encoding of a call.
pub fn validate_operation(op: &Operation, params: &Value, now: i64) -> Result<(), ValidationErrors> {
    let mut c = Checker::new(now);
    let empty = Value::Object(Default::default());
    let params = if params.is_null() { &empty } else { params };
    match params {
        Value::Object(_) if nests_deeper(params, MAX_DEPTH) => {
            c.type_error("", &format!("an object nested at most {MAX_DEPTH} levels deep"));
        }
        Value::Object(map) => {
            for &name in op.path_params {
                if name == "app_id" {
                    continue;
                }
                c.path_id(map.get(name), name);
            }
            let root = Path::Root;
            check_fields(&mut c, params, params, &root, op.params);
            if op.pagination.is_list() {
                let list = pagination_fields(op.pagination);
                check_fields(&mut c, params, params, &root, &[&list]);
            }
            for hook in op.hooks {
                hook.check(params, &mut c);
            }
        }
        _ => c.type_error("", "an object"),
    }
    c.finish()
}
