//! `royalty_settlement` and `royalty_transaction`: the payout of pending
//! royalties (`royalty_settlements.*`, `royalty_transactions.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash, List};

/// A royalty settlement (分润结算): the pending royalties of one payer app in a
/// time window, gathered to be paid out, one royalty transaction per recipient.
/// `created`, then `pending` once confirmed and `succeeded` when paid, or `canceled`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct RoyaltySettlement {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `royalty_settlement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The app paying the royalties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_app: Option<String>,
    /// `balance` or a channel name (`alipay`, `unionpay`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Total of the royalties gathered, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Paid out, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_succeeded: Option<i64>,
    /// Failed, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_failed: Option<i64>,
    /// Canceled, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_canceled: Option<i64>,
    /// Number of royalties gathered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Royalties paid out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_succeeded: Option<i64>,
    /// Royalties whose payout failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_failed: Option<i64>,
    /// Royalties canceled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_canceled: Option<i64>,
    /// Fee, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<i64>,
    /// `created`, `pending`, `succeeded`, `failed` or `canceled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds of the end of the payout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_finished: Option<i64>,
    /// Where the payout is confirmed, for channels that need it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_url: Option<String>,
    /// The payouts, one per recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub royalty_transactions: Option<List<RoyaltyTransaction>>,
    /// The merchant's key-value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

/// A royalty transaction (分润结算明细): the payout of a settlement to one recipient.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct RoyaltyTransaction {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `royalty_transaction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Amount paid to the recipient, in fen: the sum of its royalties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// `created`, `pending`, `succeeded`, `failed` or `canceled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The settlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub royalty_settlement: Option<String>,
    /// The recipient's app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_app: Option<String>,
    /// The recipient user (null for an app of the sub-app chain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_user: Option<String>,
    /// The recipient's settle account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settle_account: Option<String>,
    /// The transfer that paid it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer: Option<String>,
    /// Why the payout failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
}

keep_nulls!(RoyaltySettlement, RoyaltyTransaction);
has_string_id!(RoyaltySettlement, RoyaltyTransaction);
