//! `split_receiver`: a party that may receive part of a WeChat charge
//! (分账接收方, `split_receivers.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// A receiver of WeChat profit sharing, added for one channel of an app
/// (Go `SplitReceiver`, Java `SplitReceiver`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct SplitReceiver {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id (`recv_...`, 19 characters).
    pub id: String,
    /// Always `split_receiver`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The WeChat channel the receiver was added for (`wx`, `wx_lite`, `wx_pub`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// `MERCHANT_ID`, `PERSONAL_WECHATID`, `PERSONAL_OPENID` or `PERSONAL_SUB_OPENID`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub receiver_type: Option<String>,
    /// The account of that type: a merchant id, a WeChat id, an openid or a sub_openid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The merchant's full name or the person's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Channel parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
    /// The merchant's key-value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(SplitReceiver);
has_string_id!(SplitReceiver);
