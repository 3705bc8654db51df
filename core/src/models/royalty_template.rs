//! `royalty_template`: the royalty rule of an app (`royalty_templates.*`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls};

/// A royalty template (分润模板): how the orders of an app (or of the sub-apps
/// it is set on) share their amount with the levels of the sub-app chain.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct RoyaltyTemplate {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `royalty_template`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The template's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<RoyaltyRule>,
}

/// The rule of a royalty template.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct RoyaltyRule {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// `rate` (a share of the order amount, in 0.01 %) or `fixed` (fen per order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub royalty_mode: Option<String>,
    /// On refund: `no_refund`, `proportional` or `full_refund`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_mode: Option<String>,
    /// Who keeps the parts of levels the order does not reach: `receipt_reserved` or `service_reserved`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allocation_mode: Option<String>,
    /// One value per level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<RoyaltyRuleLevel>>,
}

/// One level of a royalty rule.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct RoyaltyRuleLevel {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// 0 for the platform, 1 for a first-level sub-app, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<i64>,
    /// 0..=10000 (0.01 %) for `rate`, 0..=1,000,000 fen for `fixed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
}

keep_nulls!(RoyaltyTemplate, RoyaltyRule, RoyaltyRuleLevel);
has_string_id!(RoyaltyTemplate);
