//! `balance_settlement`: a user's balance settled by the merchant (`balance_settlements.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A balance settlement.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct BalanceSettlement {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `balance_settlement`.
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
    /// Amount settled, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Amount refunded, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_refunded: Option<i64>,
    /// `pending`, `succeeded`, `failed`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The user whose balance is settled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Fee charged to the user, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fee: Option<i64>,
    /// The settlement's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// Id of the charge behind the settlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Unix seconds of the settlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_settled: Option<i64>,
    /// Id of the balance transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(BalanceSettlement);
has_string_id!(BalanceSettlement);
