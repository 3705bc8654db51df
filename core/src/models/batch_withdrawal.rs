//! `batch_withdrawal`: a batch confirming or canceling withdrawals (`batch_withdrawals.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash, List, Withdrawal};

/// A batch of withdrawals confirmed (`pending`) or canceled together.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct BatchWithdrawal {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `batch_withdrawal`.
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
    /// Total of the withdrawals, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Total of the succeeded withdrawals, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_succeeded: Option<i64>,
    /// Total of the failed withdrawals, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_failed: Option<i64>,
    /// Total of the canceled withdrawals, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_canceled: Option<i64>,
    /// Number of withdrawals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Number of succeeded withdrawals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_succeeded: Option<i64>,
    /// Number of failed withdrawals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_failed: Option<i64>,
    /// Number of canceled withdrawals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count_canceled: Option<i64>,
    /// Fee, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<i64>,
    /// Fee paid by the users, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fee: Option<i64>,
    /// URL where the merchant confirms the batch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_url: Option<String>,
    /// Source of the funds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `pending`, `succeeded`, `failed` or `canceled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds when every withdrawal finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_finished: Option<i64>,
    /// The withdrawals of the batch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawals: Option<List<Withdrawal>>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(BatchWithdrawal);
has_string_id!(BatchWithdrawal);
