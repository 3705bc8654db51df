//! `recharge`: money a user pays in through a charge to top up their balance (`recharges.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, BalanceTransaction, Charge, Expandable, Hash};

/// A recharge: a charge paid by (or for) a user, credited to the user's balance.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Recharge {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `recharge`.
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
    /// Amount credited to the balance, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// True once the charge is paid and the balance credited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeeded: Option<bool>,
    /// Unix seconds of success (`time_succeed`, as the Go SDK's `Recharge` names it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeed: Option<i64>,
    /// True when a refund exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunded: Option<bool>,
    /// The user whose balance is credited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The user who pays (the `from_user` parameter; `from`, as the Go SDK's `Recharge` names it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Fee charged to the user, in fen (at most `amount`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fee: Option<i64>,
    /// The charge that pays the recharge: its id, or the charge itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<Expandable<Charge>>,
    /// The bonus credited with the recharge (`{amount}`, or a `balance_bonus` object or id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_bonus: Option<Value>,
    /// The balance transaction that credited the user: its id, or the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<Expandable<BalanceTransaction>>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(Recharge);
has_string_id!(Recharge);
