//! The result of `card_bin.query`, and its parameters.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// What a bank card number says about its card.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct CardBin {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// `DEBIT`, `CREDIT`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Code of the bank (`CMBCHINA`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_code: Option<String>,
}

keep_nulls!(CardBin);
