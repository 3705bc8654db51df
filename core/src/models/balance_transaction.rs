//! `balance_transaction`: one movement of a user's balance (`balance_transactions.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls};

/// A balance transaction: one credit or debit of a user's balance.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct BalanceTransaction {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `balance_transaction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// Amount in fen: positive for a credit, negative for a debit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The user's available balance after this movement, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_balance: Option<i64>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Id of the object that moved the balance (recharge, bonus, transfer, withdrawal, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `recharge`, `recharge_refund`, `balance_bonus`, `transfer`, `receipts`, `withdrawal`, ...
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The user whose balance moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

keep_nulls!(BalanceTransaction);
has_string_id!(BalanceTransaction);
