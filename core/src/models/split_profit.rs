//! `split_profit`: the sharing of a succeeded WeChat charge between receivers
//! (分账, `split_profits.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A split of a succeeded WeChat charge: `split_normal` pays receivers,
/// `split_return` (完结分账) ends the splitting of the charge and gives what is
/// left back to the merchant (Go `SplitProfit`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct SplitProfit {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id (`sp_...`, 17 characters).
    pub id: String,
    /// Always `split_profit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The succeeded charge that is split.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// The charge's channel (WeChat channels only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The merchant's split number, unique per app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// `split_normal` (a split) or `split_return` (the final one).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub split_type: Option<String>,
    /// Who receives what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<SplitProfitRecipient>>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The channel's split number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_no: Option<String>,
    /// Error code of a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// Channel parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
    /// The merchant's key-value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

/// One recipient of a split profit and how its part went.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct SplitProfitRecipient {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The receiver's id (absent in a `split_return`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split_receiver: Option<String>,
    /// Amount in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// `cny`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The receiver's name, when the merchant gave it (checked against the receiver).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the part is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `pending`, `succeeded`, `adjust`, `returned`, `closed` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds of the end of this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_finished: Option<i64>,
}

keep_nulls!(SplitProfit, SplitProfitRecipient);
has_string_id!(SplitProfit);
