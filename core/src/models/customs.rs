//! `customs`: a customs declaration of a paid charge (`customs.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A customs declaration of a paid charge (cross-border goods).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Customs {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `customs`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The charge's channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The merchant's customs order number: 8 to 20 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_no: Option<String>,
    /// The customs office, e.g. `GUANGZHOU`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customs_code: Option<String>,
    /// Amount declared, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The charge declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Transport cost, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transport_amount: Option<i64>,
    /// True when the charge is declared in parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_split: Option<bool>,
    /// The part's number, when split.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_order_no: Option<String>,
    /// The payer's identity: `pay_account`, `certif_type`, `customer_name`, `certif_id`, `tax_amount`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Unix seconds of success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeeded: Option<i64>,
    /// `processing`, `succeeded` or `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Error code of a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// The channel's number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_no: Option<String>,
}

keep_nulls!(Customs);
has_string_id!(Customs);
