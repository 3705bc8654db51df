//! `transfer_channel`: a channel a sub-app sends transfers over, and the
//! parameters of `sub_apps.transfer_channels.create` and `update` (called like
//! the sub-app's payment channels, Python `SubApp.create_transfer_channel`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// A transfer channel configured on a sub-app.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct TransferChannel {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object's type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The payout channel (`alipay`, `unionpay`, `wx_pub`, `allinpay`, `jdpay`, `balance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The channel's parameters (`alipay_app_id`, `alipay_pid`, `fee_rate`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<Value>,
    /// True when the channel is disabled: the sub-app's transfers over it are refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// Why the channel is disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned_msg: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

keep_nulls!(TransferChannel);
