//! `charge`: a payment (`ch_...`), and the parameters of `charges.create`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Credential, Expandable, Hash, List, OrEmptyList, Refund};

/// A charge (`ch_` + 24 characters): one payment through one channel.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Charge {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// `ch_` + 24 characters.
    pub id: String,
    /// Always `charge`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// True once paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid: Option<bool>,
    /// True when a refund exists, whether it succeeded or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunded: Option<bool>,
    /// True when the charge was reversed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reversed: Option<bool>,
    /// The app id, or the app object when expanded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<Expandable<Map<String, Value>>>,
    /// The payment channel (`alipay`, `wx_pub`, `isv_scan`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The merchant's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// IPv4 or IPv6 address of the paying client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    /// Amount in fen (the smallest unit of the currency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Settled amount in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_settle: Option<i64>,
    /// Three-letter ISO currency code, lower case (`cny`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Title of the goods, at most 32 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Description of the goods, at most 128 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Channel-specific parameters and results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
    /// Unix seconds of payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_paid: Option<i64>,
    /// Unix seconds after which the charge can no longer be paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_expire: Option<i64>,
    /// Unix seconds of settlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_settle: Option<i64>,
    /// The channel's transaction number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_no: Option<String>,
    /// The refunds of this charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunds: Option<List<Refund>>,
    /// Total refunded, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_refunded: Option<i64>,
    /// Error code of a failed charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    /// Error message of a failed charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
    /// What the client needs to start the payment, keyed by channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<OrEmptyList<Credential>>,
    /// Additional description, at most 255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

keep_nulls!(Charge);
has_string_id!(Charge);
