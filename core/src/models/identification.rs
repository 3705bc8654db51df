//! The result of `identification.create`: an identity check.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{keep_nulls, Hash};

/// The result of an identity check (ID card, or bank card with its holder).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Identification {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// `id_card` or `bank_card`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// 0 when the identity matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_code: Option<i64>,
    /// What the check found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// True when the check was charged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid: Option<bool>,
    /// The data checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Hash>,
}

keep_nulls!(Identification);
