//! `trade_detail`: what the channel settled for a paid charge (`charges.trade_detail`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls};

/// The channel's detail of a paid charge: the amount, the channel's fee and
/// what reaches the merchant (`actual_amount = amount - fee`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct TradeDetail {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The charge's id.
    pub id: String,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// Always `trade_detail`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The charge's channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// `cny`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The merchant's order number of the charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// The channel's transaction number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_no: Option<String>,
    /// Amount paid, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The channel's fee, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<i64>,
    /// What the merchant receives, in fen: `amount - fee`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_amount: Option<i64>,
}

keep_nulls!(TradeDetail);
has_string_id!(TradeDetail);
