//! `order_refund`: a refund of an order, and the parameters of `orders.order_refunds.create`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{keep_nulls, Hash};

/// A refund of an order.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct OrderRefund {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The refund id (a string; one document shows a number).
    pub id: ObjectId,
    /// `order_refund` (or `refund` in some examples).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Id of the refunded order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The merchant's user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// The merchant's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_order_no: Option<String>,
    /// Refund order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// Amount refunded, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Part refunded to the coupon, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_amount: Option<i64>,
    /// Part refunded to the balance, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_amount: Option<i64>,
    /// Part refunded to the charge, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_amount: Option<i64>,
    /// Coupon id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<String>,
    /// Id of the balance transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<String>,
    /// The channel refunded through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Id of the refunded charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Id of the refund of the charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_refund: Option<String>,
    /// Id of the underlying refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund: Option<String>,
    /// `to_source` or `to_balance`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_mode: Option<String>,
    /// The channel's transaction number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_no: Option<String>,
    /// `pending`, `succeeded` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Unix seconds of success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeed: Option<i64>,
    /// Error message of a failed refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// Reason of the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
    /// Channel-specific results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
}

/// An id that documents show as a string or as a number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum ObjectId {
    /// A string id.
    Text(String),
    /// A numeric id.
    Number(u64),
}

impl Default for ObjectId {
    fn default() -> Self {
        ObjectId::Text(String::new())
    }
}

impl std::fmt::Display for ObjectId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ObjectId::Text(s) => f.write_str(s),
            ObjectId::Number(n) => write!(f, "{n}"),
        }
    }
}

impl super::HasId for OrderRefund {
    fn object_id(&self) -> Option<String> {
        Some(self.id.to_string())
    }
}

keep_nulls!(OrderRefund);
