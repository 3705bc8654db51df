//! `settle_account`: a bank account money is settled to, and the parameters that create one.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A settle account.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct SettleAccount {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The settle account id.
    pub id: String,
    /// Always `settle_account`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// `bank_account`, or for a user's settle account also `alipay`, `wx_pub` or `wx`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The account (`account`, `name`, `type`, `open_bank_code`, `mobile`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Hash>,
}

keep_nulls!(SettleAccount);
has_string_id!(SettleAccount);
