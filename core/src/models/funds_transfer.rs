//! `funds_transfer`: a request to move funds into the merchant's account
//! (资金充值申请, `funds_transfers.*`, PHP SDK 2.6.0).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A funds transfer into the merchant's account (e.g. from its Alipay fund account).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct FundsTransfer {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `funds_transfer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The channel, e.g. `alipay_fund`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The merchant's number, unique per app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// Amount, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// `cny`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `pending`, `succeeded` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds of success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeeded: Option<i64>,
    /// Error code of a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// The channel's number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_no: Option<String>,
    /// Channel details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
}

keep_nulls!(FundsTransfer);
has_string_id!(FundsTransfer);
