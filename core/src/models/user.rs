//! `user`: a user of the simple account, and the parameters of `users.create` and `users.update`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash, SettleAccount};

/// A user of an app.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct User {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The merchant's user id, at most 64 letters, digits and `_`.
    pub id: String,
    /// Always `user`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// `customer` or `business`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The sub-app linked to the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_app: Option<String>,
    /// Id of the parent user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_user_id: Option<String>,
    /// Address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// URL of the avatar picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Available balance, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_balance: Option<i64>,
    /// Number of available coupons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_coupons: Option<i64>,
    /// Balance that can be withdrawn, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawable_balance: Option<i64>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// True when disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `MALE` or `FEMALE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// True when the identity is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identified: Option<bool>,
    /// Identity details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_info: Option<Hash>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Mobile number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile: Option<String>,
    /// Name or nickname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
    /// The user's settle accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settle_accounts: Option<Vec<SettleAccount>>,
    /// Additional information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
}

keep_nulls!(User);
has_string_id!(User);
