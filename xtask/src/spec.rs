//! The generator's input: the operations JSON of `pingxx::operations_json()`
//! (format documented in docs/operations-json.md), parsed into plain structs.
//!
//! Every schema attribute the generator does not know is kept in
//! [`Schema::other`] and shown in the reference page, so a new rule of the
//! checker reaches the documentation without a change here.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Map, Value};

/// The whole export: operations in table order and the schema of each returned kind.
#[derive(Debug, Deserialize)]
pub struct Spec {
    /// Format version of the export.
    #[serde(default)]
    pub format: u32,
    /// Every operation, in table order.
    pub operations: Vec<Op>,
    /// The schema of each returned kind, by kind name (`order`, `order_refund`, ...).
    #[serde(default)]
    pub kinds: BTreeMap<String, Schema>,
}

/// One row of the operation table.
#[derive(Debug, Deserialize)]
pub struct Op {
    /// Dotted name (`orders.refunds.create`).
    pub name: String,
    /// Resource part of the name (`orders.refunds`).
    pub resource: String,
    /// Action part of the name (`create`).
    pub action: String,
    /// HTTP method.
    pub method: String,
    /// Path template.
    pub path: String,
    /// Path parameters in template order.
    #[serde(default)]
    pub path_params: Vec<String>,
    /// Pagination of a list operation.
    #[serde(default)]
    pub pagination: Option<Pagination>,
    /// What the operation returns.
    pub returns: Returns,
    /// The parameter the API keeps unique (retries allowed only with it).
    #[serde(default)]
    pub unique_param: Option<String>,
    /// How `app` is filled from the client's app id: `none`, `object` or `text`.
    #[serde(default = "none")]
    pub app_param: String,
    /// Parameters filled in when absent.
    #[serde(default)]
    pub defaults: Map<String, Value>,
    /// The schema of the parameters (an object schema).
    #[serde(default)]
    pub params: Option<Schema>,
    /// Custom cross-field rules applied after the schema.
    #[serde(default)]
    pub hooks: Vec<String>,
    /// One line about the operation.
    #[serde(default)]
    pub summary: Option<String>,
}

fn none() -> String {
    "none".into()
}

/// How a list operation pages.
#[derive(Debug, Deserialize)]
#[serde(tag = "style", rename_all = "lowercase")]
pub enum Pagination {
    /// `page` + `per_page`.
    Page {
        /// Largest `per_page`.
        #[serde(default)]
        max_per_page: Option<u64>,
    },
    /// `limit` + `starting_after` / `ending_before`.
    Cursor {
        /// Largest `limit`.
        #[serde(default)]
        max_limit: Option<u64>,
    },
}

/// The returned object.
#[derive(Debug, Deserialize)]
pub struct Returns {
    /// Kind name (`order`).
    pub kind: String,
    /// True for a list envelope of that kind.
    #[serde(default)]
    pub list: bool,
}

/// One schema node (see Contract 4 / docs/operations-json.md).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Schema {
    /// `string`, `integer`, `boolean`, `enum`, `object`, `array`, `metadata`, `by_channel`, `any`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Whether the field is required (for a field of an object).
    #[serde(default)]
    pub required: bool,
    /// Documentation of the node.
    #[serde(default)]
    pub doc: Option<String>,
    /// Fields of an object.
    #[serde(default)]
    pub fields: Option<BTreeMap<String, Schema>>,
    /// Whether an object admits fields beyond `fields`.
    #[serde(default)]
    pub additional: Option<bool>,
    /// Items of an array.
    #[serde(default)]
    pub items: Option<Box<Schema>>,
    /// Allowed values of an enum.
    #[serde(default)]
    pub values: Vec<Value>,
    /// The field naming the channel of a `by_channel` node.
    #[serde(default)]
    pub channel_field: Option<String>,
    /// The schema for each channel of a `by_channel` node.
    #[serde(default)]
    pub cases: Option<BTreeMap<String, Schema>>,
    /// The other attributes (limits, patterns, formats ...), shown as rules.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Schema {
    /// The fields of an object node (none for other nodes).
    pub fn fields(&self) -> impl Iterator<Item = (&String, &Schema)> {
        self.fields.iter().flat_map(|f| f.iter())
    }

    /// The shapes of an `any_of` node.
    pub fn variants(&self) -> Vec<Schema> {
        match self.other.get("variants") {
            Some(Value::Array(vs)) => vs
                .iter()
                .filter_map(|v| serde_json::from_value(v.clone()).ok())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The schemas a `by_channel` node may take: every case and the default.
    pub fn channel_cases(&self) -> Vec<Schema> {
        let mut out: Vec<Schema> = self.cases.iter().flat_map(|c| c.values().cloned()).collect();
        if let Some(default) = self.other.get("default").filter(|d| !d.is_null()) {
            if let Ok(d) = serde_json::from_value(default.clone()) {
                out.push(d);
            }
        }
        out
    }

    /// True for an integer that may also be sent as a string of digits.
    pub fn digit_string(&self) -> bool {
        self.other.get("digit_string") == Some(&Value::Bool(true))
    }

    /// True for an object node with named fields.
    pub fn has_fields(&self) -> bool {
        self.ty == "object" && self.fields.as_ref().is_some_and(|f| !f.is_empty())
    }
}

impl Op {
    /// The parameter fields, path parameters left out (they are method arguments).
    pub fn body_fields(&self) -> Vec<(String, Schema)> {
        let mut out: Vec<(String, Schema)> = Vec::new();
        if let Some(params) = &self.params {
            for (name, field) in params.fields() {
                if !self.path_params.contains(name) {
                    out.push((name.clone(), field.clone()));
                }
            }
        }
        let mut add = |name: &str, ty: &str, doc: &str, max: Option<u64>| {
            if !out.iter().any(|(n, _)| n == name) {
                let mut other = Map::new();
                if let Some(max) = max {
                    other.insert("min".into(), 1.into());
                    other.insert("max".into(), max.into());
                }
                out.push((
                    name.to_string(),
                    Schema {
                        ty: ty.into(),
                        doc: Some(doc.into()),
                        other,
                        ..Schema::default()
                    },
                ));
            }
        };
        match &self.pagination {
            Some(Pagination::Page { max_per_page }) => {
                add("page", "integer", "Page number, from 1.", None);
                add("per_page", "integer", "Items per page.", *max_per_page);
            }
            Some(Pagination::Cursor { max_limit }) => {
                add("limit", "integer", "Items per page.", *max_limit);
                add(
                    "starting_after",
                    "string",
                    "Id of the last item of the previous page.",
                    None,
                );
                add(
                    "ending_before",
                    "string",
                    "Id of the first item of the next page.",
                    None,
                );
            }
            None => {}
        }
        out
    }

    /// True when the caller must give `name`: required by the schema and not
    /// filled in by the client (`app`, a default).
    pub fn caller_must_give(&self, name: &str, field: &Schema) -> bool {
        field.required && !(name == "app" && self.app_param != "none") && !self.defaults.contains_key(name)
    }

    /// True when the params argument of the typed method is required.
    pub fn params_required(&self) -> bool {
        self.body_fields().iter().any(|(n, f)| self.caller_must_give(n, f))
    }

    /// The path parameters that are method arguments (`app_id` comes from the client).
    pub fn arg_params(&self) -> Vec<&str> {
        self.path_params
            .iter()
            .map(String::as_str)
            .filter(|p| *p != "app_id")
            .collect()
    }
}

/// Parses the export.
pub fn parse(json: &str) -> Result<Spec, String> {
    let spec: Spec = serde_json::from_str(json).map_err(|e| format!("operations JSON does not parse: {e}"))?;
    if spec.format != 1 {
        return Err(format!(
            "operations JSON format {} (this generator reads format 1)",
            spec.format
        ));
    }
    Ok(spec)
}
