//! `credential`: what a client app needs to start a payment.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// The credential of a charge or an order: `{"object": "credential", "<channel>": {...}}`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Credential {
    /// The per-channel credentials (keyed by channel name), other fields and explicit `null`s.
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// Always `credential`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
}

impl Credential {
    /// The credential of one channel (`upacp`, `wx_pub`, ...).
    pub fn for_channel(&self, channel: &str) -> Option<&Value> {
        self.other.get(channel)
    }
}

keep_nulls!(Credential);
