//! The operation table and the generic call every binding uses.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use serde_json::{Map, Value};

use crate::models::Kind;
use crate::validate::{Fields, Hook};
use crate::violation::{FieldError, Rule, ValidationErrors};

mod call;
mod check;
mod export;
mod generated;
pub mod params;
mod resources;
pub mod routing;
mod table;

pub use check::{validate, validate_at, validate_operation};
pub use export::operations_json;
pub use generated::*;
pub use resources::*;
pub use table::OPERATIONS;

/// HTTP method of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET: parameters go in the query string.
    Get,
    /// POST: parameters go in the JSON body.
    Post,
    /// PUT: parameters go in the JSON body.
    Put,
    /// DELETE: parameters go in the query string.
    Delete,
}

impl Method {
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    /// Parses `GET`/`get`, ...
    pub fn parse(s: &str) -> Option<Method> {
        match s.to_ascii_uppercase().as_str() {
            "GET" => Some(Method::Get),
            "POST" => Some(Method::Post),
            "PUT" => Some(Method::Put),
            "DELETE" => Some(Method::Delete),
            _ => None,
        }
    }

    /// Parses a method name given by a caller (raw requests of the bindings and
    /// the CLI): the one rule for a bad name, [`crate::Error::InvalidConfig`].
    pub fn from_name(s: &str) -> crate::Result<Method> {
        Method::parse(s)
            .ok_or_else(|| crate::Error::InvalidConfig(format!("method must be GET, POST, PUT or DELETE, got `{s}`")))
    }

    /// True when the parameters travel in the query string.
    pub fn has_query(self) -> bool {
        matches!(self, Method::Get | Method::Delete)
    }
}

/// How a list operation pages, with its limits; the list parameters
/// (`page`/`per_page`, or `limit`/`starting_after`/`ending_before`) are
/// derived from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pagination {
    /// Not a list.
    None,
    /// `page` (1 ..= [`MAX_PAGE`]) + `per_page` (1 ..= `max_per_page`).
    Page {
        /// The largest `per_page`.
        max_per_page: u32,
    },
    /// `limit` (1 ..= `max_limit`) + `starting_after` / `ending_before` (object ids).
    Cursor {
        /// The largest `limit`.
        max_limit: u32,
    },
}

/// The largest `page` of a page-paginated list.
pub const MAX_PAGE: i64 = 100_000_000;

impl Pagination {
    /// `none`, `page` or `cursor`.
    pub fn as_str(self) -> &'static str {
        match self {
            Pagination::None => "none",
            Pagination::Page { .. } => "page",
            Pagination::Cursor { .. } => "cursor",
        }
    }

    /// True for a list operation.
    pub fn is_list(self) -> bool {
        self != Pagination::None
    }
}

/// What an operation returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Returns {
    /// One object of this kind.
    Object(Kind),
    /// A list envelope `{object: "list", url, has_more, data: [...]}` of this kind.
    List(Kind),
}

/// Whether an operation's `app` parameter defaults to the client's app id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppParam {
    /// No `app` parameter is filled in.
    None,
    /// `app: {"id": "app_..."}` (charges).
    Object,
    /// `app: "app_..."` (orders, allocations).
    Text,
}

/// One row of the operation table.
#[derive(Clone, Copy)]
pub struct Operation {
    /// Dotted name, e.g. `orders.pay` or `sub_apps.channels.create`.
    pub name: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path template with parameters in braces, e.g. `/v1/orders/{order_id}/pay`.
    pub path: &'static str,
    /// The path parameters, in template order.
    pub path_params: &'static [&'static str],
    /// Pagination style of a list.
    pub pagination: Pagination,
    /// The schema of the parameters (path and list parameters excluded).
    pub params: Fields,
    /// Rules tying several parameters together (see [`Hook`]).
    pub hooks: &'static [Hook],
    /// The object returned.
    pub returns: Returns,
    /// Parameters filled in when absent (e.g. `status: canceled` for `orders.cancel`).
    pub defaults: &'static [(&'static str, &'static str)],
    /// How `app` is filled from the client's app id when the params omit it.
    pub app_param: AppParam,
    /// The merchant number the API enforces as unique for this operation
    /// (`merchant_order_no` for `orders.create`), if any; a dotted name is a
    /// field of a sub-object (`charge.order_no` for `recharges.create`, read by
    /// [`Operation::unique_value`]). A POST/PUT that may have reached the API
    /// is retried only when this is set and present in the body: the API
    /// refuses a repeat, so money never moves twice.
    pub unique_param: Option<&'static str>,
}

impl std::fmt::Debug for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Operation")
            .field("name", &self.name)
            .field("method", &self.method)
            .field("path", &self.path)
            .field("pagination", &self.pagination)
            .field("returns", &self.returns)
            .finish_non_exhaustive()
    }
}

impl Operation {
    /// The value of [`Operation::unique_param`] in `body` when it is a
    /// non-empty string, following a dotted name into sub-objects.
    pub fn unique_value<'b>(&self, body: &'b Value) -> Option<&'b str> {
        let mut v = body;
        for key in self.unique_param?.split('.') {
            v = v.get(key)?;
        }
        v.as_str().filter(|s| !s.is_empty())
    }

    /// The resource part of the name (`orders.refunds` for `orders.refunds.create`).
    pub fn resource(&self) -> &'static str {
        self.name.rsplit_once('.').map(|(r, _)| r).unwrap_or(self.name)
    }

    /// The action part of the name (`create` for `orders.refunds.create`).
    pub fn action(&self) -> &'static str {
        self.name.rsplit_once('.').map(|(_, a)| a).unwrap_or(self.name)
    }

    /// Renders the path for the given path parameters, e.g.
    /// `charges.refunds.list` with `[("charge_id", "ch_1")]` gives
    /// `/v1/charges/ch_1/refunds`. A parameter left out stays as its `{name}`.
    pub fn path_with(&self, params: &[(&str, &str)]) -> String {
        let mut map: Map<String, Value> = params
            .iter()
            .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
            .collect();
        self.render_path(&mut map).unwrap_or_else(|_| self.path.to_string())
    }

    /// Takes the path parameters out of `params` and renders the path, each
    /// value percent-encoded as one segment.
    pub fn render_path(&self, params: &mut Map<String, Value>) -> Result<String, ValidationErrors> {
        let mut out = String::with_capacity(self.path.len() + 32);
        let mut errors = Vec::new();
        let mut rest = self.path;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let end = start + rest[start..].find('}').expect("path template braces are balanced");
            let name = &rest[start + 1..end];
            match params.remove(name) {
                Some(Value::String(s)) if !s.is_empty() => crate::query::encode_segment(&s, &mut out),
                Some(Value::Number(n)) => out.push_str(&n.to_string()),
                other => {
                    let (rule, message) = match other {
                        Some(Value::String(_)) => (Rule::MinLength, format!("{name}: must not be empty")),
                        None | Some(Value::Null) => (Rule::Required, format!("{name}: is required")),
                        Some(_) => (Rule::Type, format!("{name}: must be a string")),
                    };
                    errors.push(FieldError {
                        field: name.to_string(),
                        rule,
                        message,
                    });
                }
            }
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(ValidationErrors::new(errors))
        }
    }
}

static BY_NAME: Lazy<HashMap<&'static str, &'static Operation>> =
    Lazy::new(|| OPERATIONS.iter().map(|op| (op.name, op)).collect());

/// Said after an unknown operation's name: in a build without the feature
/// `platform-operations`, the name may be a platform operation left out.
pub(crate) const UNKNOWN_OPERATION_NOTE: &str = if cfg!(feature = "platform-operations") {
    ""
} else {
    " (this build has the payment operations only: charges, refunds, orders, events; \
     feature `platform-operations` is off)"
};

/// Every operation of the API, in document order.
pub fn operations() -> &'static [Operation] {
    OPERATIONS
}

/// Looks an operation up by its dotted name.
pub fn find_operation(name: &str) -> Option<&'static Operation> {
    BY_NAME.get(name).copied()
}
