//! `agreement`: a deduction agreement (签约) signed through a channel
//! (`agreements.*`), and the answer of its pre-deduction notice.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A deduction agreement between a user and the merchant, signed through a
/// channel (`qpay`, WeChat entrust channels): `created` until the user signs,
/// then `succeeded`, then `canceled` when terminated.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Agreement {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id (`agr_...`).
    pub id: String,
    /// Always `agreement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The signing channel, e.g. `qpay`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The merchant's agreement number, unique per app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_no: Option<String>,
    /// The channel's agreement id, once signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_id: Option<String>,
    /// What the client needs to open the channel's signing page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<Hash>,
    /// `created` (waiting for the user), `succeeded` (signed) or `canceled` (terminated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Unix seconds of the signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_succeeded: Option<i64>,
    /// Unix seconds of the termination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_canceled: Option<i64>,
    /// Error code of a failed signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    /// Why the signature failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// Channel parameters (`display_account` for qpay, `description` of a WeChat termination).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
    /// The merchant's key-value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(Agreement);
has_string_id!(Agreement);

/// The answer of `agreements.notify` (the WeChat pre-deduction notice): the
/// agreement's id and whether the channel took the notice.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct AgreementNotify {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The agreement's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// True when the channel accepted the notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeed: Option<bool>,
}

keep_nulls!(AgreementNotify);
