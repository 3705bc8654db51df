//! `profit_transaction`: one recipient's movement of a split profit (分账明细,
//! `profit_transactions.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls};

/// The movement of one recipient of a split profit (Go `ProfitTransaction`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct ProfitTransaction {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id (`ptxn_...`, 19 characters).
    pub id: String,
    /// Always `profit_transaction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// Amount in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// `cny`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The receiver's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `pending`, `succeeded`, `adjust`, `returned`, `closed` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// What the movement is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The receiver's id (null for the merchant's own part of a `split_return`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split_receiver: Option<String>,
    /// The split profit it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split_profit: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Unix seconds of the end of the movement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_finished: Option<i64>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
}

keep_nulls!(ProfitTransaction);
has_string_id!(ProfitTransaction);
