//! `sub_bank`: a bank branch (`sub_banks.list`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// A bank branch, for payouts that name one.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct SubBank {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The branch's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_bank: Option<String>,
    /// The branch's code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_bank_code: Option<String>,
    /// Province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prov: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

keep_nulls!(SubBank);
