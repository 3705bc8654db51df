//! `balance_transfer`: money moved from one user's balance to another's (`balance_transfers.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A balance transfer between two users of an app (`recipient` `0` is the merchant).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct BalanceTransfer {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `balance_transfer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// `succeeded` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Amount the recipient receives, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The merchant's transfer number, unique per app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// The sender (never `0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The recipient (`0`: the merchant).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// Fee charged to the sender, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fee: Option<i64>,
    /// Id of the sender's balance transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_balance_transaction: Option<String>,
    /// Id of the recipient's balance transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_balance_transaction: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(BalanceTransfer);
has_string_id!(BalanceTransfer);
