//! `balance_bonus`: money the merchant gives to a user's balance (`balance_bonuses.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A balance bonus: a gift credited to a user's balance.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct BalanceBonus {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `balance_bonus`.
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
    /// True once credited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid: Option<bool>,
    /// True when refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunded: Option<bool>,
    /// Amount credited, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Amount refunded, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_refunded: Option<i64>,
    /// Unix seconds of the credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_paid: Option<i64>,
    /// The user credited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The merchant's bonus number, unique per app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// Id of the balance transaction that credited the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(BalanceBonus);
has_string_id!(BalanceBonus);
