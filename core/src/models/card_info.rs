//! The result of `card_info.query`: a bank card's bank and payout channels.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// What a bank card number says: its bank and the payout channels that take it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct CardInfo {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The card's BIN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_bin: Option<String>,
    /// 0 debit, 1 passbook, 2 credit, 3 semi-credit, 4 other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<i64>,
    /// The bank's code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_bank_code: Option<String>,
    /// The bank's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_bank: Option<String>,
    /// Payout channels that take the card: `unionpay`, `unionpay_gz`, `allinpay`, `jdpay`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_channels: Option<Vec<String>>,
}

keep_nulls!(CardInfo);
