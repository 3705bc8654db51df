//! `allocation`: the split (分账) of an order between users, and the parameters of `allocations.create` and `allocation_refunds.create`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// An allocation, or an allocation refund (both are `allocation` objects).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Allocation {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The allocation id.
    pub id: String,
    /// Always `allocation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// `allocation` or `refund`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Id of the allocated order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    /// The allocation's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// Total amount, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Users receiving money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<AllocationParty>>,
    /// Users giving money back (refunds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub senders: Option<Vec<AllocationParty>>,
    /// `created`, `succeeded`, `failed`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Unix seconds of success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeeded: Option<i64>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
    /// Additional parameters and results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
}

/// A recipient or a sender of an allocation.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct AllocationParty {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Amount in fen, > 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Status of this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds of success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeeded: Option<i64>,
    /// Error code of a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    /// Error message of a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
}

keep_nulls!(Allocation, AllocationParty);
has_string_id!(Allocation);
