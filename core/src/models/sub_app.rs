//! `sub_app`: a sub-merchant app, and the parameters of `sub_apps.create` and `sub_apps.update`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Expandable, Hash, User};

/// A sub-merchant app (`app_...`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct SubApp {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The sub-app id.
    pub id: String,
    /// Always `sub_app`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Display name, 2 to 50 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The account id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Description, 2 to 50 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
    /// Payment methods available to the sub-app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_methods: Option<Hash>,
    /// The user id, or the user object when expanded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Expandable<User>>,
    /// The parent app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_app: Option<String>,
    /// Depth of the sub-app in the app tree, 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<i64>,
}

keep_nulls!(SubApp);
has_string_id!(SubApp);
