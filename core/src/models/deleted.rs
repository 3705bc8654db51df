//! The answer of a delete: `{"deleted": true, "id": ...}`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// Confirmation of a deletion.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Deleted {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// True when deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Id of the deleted object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

keep_nulls!(Deleted);
