//! `batch_refund`: refunds of many charges in one request (`batch_refunds.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A batch refund: refunds of many charges in one request.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct BatchRefund {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `batch_refund`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The merchant's batch number: 3 to 24 letters and digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_no: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
    /// The charges refunded, each with its `status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charges: Option<Vec<Value>>,
    /// The refunds made, as a list envelope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunds: Option<Value>,
    /// Where the merchant confirms the batch (some channels).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_url: Option<String>,
    /// `processing`, `succeeded` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds when every refund finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeeded: Option<i64>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
}

keep_nulls!(BatchRefund);
has_string_id!(BatchRefund);
