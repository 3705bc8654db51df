//! The result of `users.settle_accounts.create` (个人用户绑卡).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// Where a personal user adds or removes the bank cards of their wallet: `{app, user, card_url}`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct CardBinding {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The page where the user manages their bank cards; valid for 15 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_url: Option<String>,
}

keep_nulls!(CardBinding);
