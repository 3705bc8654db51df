//! Parameters of the list operations.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Parameters of a list operation: paging plus any filters (`app`, `paid`, `created[gte]`, ...) in `other`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct ListParams {
    /// Page number (page-style lists), from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// Items per page (page-style lists), 1 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// Items per page (cursor-style lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Id of the last item of the previous page (cursor-style lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
    /// Id of the first item of the next page (cursor-style lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    /// Parameters not named above, sent as they are.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}
