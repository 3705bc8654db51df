//! `withdrawal`: money leaving a user's balance, and the parameters of `withdrawals.create` and `withdrawals.confirm`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A withdrawal.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Withdrawal {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The withdrawal id.
    pub id: String,
    /// Always `withdrawal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Amount in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Fee, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<i64>,
    /// Fee paid by the user, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fee: Option<i64>,
    /// `bank_account`, `yeepay`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The withdrawal's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// `created`, `pending`, `succeeded`, `canceled`, `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Id of the asset transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset_transaction: Option<String>,
    /// Id of the balance transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<String>,
    /// Id of the settle account paid to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settle_account: Option<String>,
    /// Source of the funds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// URL where the user confirms the withdrawal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_url: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Unix seconds of cancelation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_canceled: Option<i64>,
    /// Unix seconds of success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeeded: Option<i64>,
    /// Why the withdrawal failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Channel parameters and results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(Withdrawal);
has_string_id!(Withdrawal);
