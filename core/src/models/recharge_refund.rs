//! `refund` of a recharge (`recharges.refunds.*`): the charge refunded and the balance debited.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A refund of a recharge (the API's `object` is `refund`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct RechargeRefund {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `refund`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The refund's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// Amount refunded, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// True once the refund succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeed: Option<bool>,
    /// `pending`, `succeeded` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Unix seconds of success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeed: Option<i64>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Reason of the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Error code of a failed refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    /// Error message of a failed refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// Id of the refunded charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Order number of the refunded charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_order_no: Option<String>,
    /// The channel's refund number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_no: Option<String>,
    /// `unsettled_funds` or `recharge_funds`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding_source: Option<String>,
    /// Id of the balance transaction that debited the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<String>,
    /// Channel-specific results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(RechargeRefund);
has_string_id!(RechargeRefund);
