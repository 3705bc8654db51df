//! `channel`: a payment channel of a sub-app, and the parameters of `sub_apps.channels.create` and `update`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// A payment channel configured on a sub-app.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Channel {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// Always `channel`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The channel name (`isv_scan`, `isv_qr`, `isv_wap`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The channel's parameters (`mer_id`, `inst_id`, `key`, ...): an object, or a list of objects as the channel object example of the documents shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<Value>,
    /// True when the channel is disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// Why the channel is disabled (as some examples spell it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ban_msg: Option<String>,
    /// Why the channel is disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned_msg: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

keep_nulls!(Channel);
