//! `coupon_template` and `coupon`: an app's coupon templates and the coupons
//! issued from them to its users (`coupon_templates.*`, `users.coupons.*`).
//! Fields follow the official SDKs' models (Go `CouponTmpl` and `Coupon`, Java
//! `CouponTemplate`, `CouponTemplateExpiration` and `Coupon`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Expandable, Hash};

/// A coupon template: what its coupons are worth (a cash amount or a
/// percentage off), from what order amount they apply, how many may be
/// issued, and when they are valid.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct CouponTemplate {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id (24 digits).
    pub id: String,
    /// Always `coupon_template`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The template's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `1` a cash coupon (`amount_off`), `2` a discount coupon (`percent_off`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CouponType>,
    /// Fen taken off the order by a cash coupon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_off: Option<i64>,
    /// Percent taken off the order by a discount coupon: 25 is 25 % off, 100 is free.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_off: Option<i64>,
    /// The smallest order amount, in fen, a coupon applies to (0: any order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_available: Option<i64>,
    /// The most coupons ever issued from the template (null: unlimited).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_circulation: Option<i64>,
    /// The most coupons of the template one user may hold (null: unlimited).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_user_circulation: Option<i64>,
    /// When the coupons are valid (null: always).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<CouponExpiration>,
    /// True when a refunded order gives its coupon back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refundable: Option<bool>,
    /// Coupons issued so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times_circulated: Option<i64>,
    /// Coupons used on orders so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times_redeemed: Option<i64>,
    /// The merchant's key-value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

/// A template's `type`: the API sends the number (`1` cash, `2` discount);
/// any other value is kept as it came.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum CouponType {
    /// `1` (cash) or `2` (discount).
    Code(i64),
    /// Any other value, as text.
    Other(String),
}

impl CouponType {
    /// True for a cash template (`1`: `amount_off`).
    pub fn is_cash(&self) -> bool {
        *self == CouponType::Code(1)
    }

    /// True for a discount template (`2`: `percent_off`).
    pub fn is_discount(&self) -> bool {
        *self == CouponType::Code(2)
    }
}

/// The validity of a template's coupons: a fixed window (`time_start` to
/// `time_end`), or `duration` seconds from the moment a coupon is issued.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct CouponExpiration {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// Unix seconds from which the coupons are valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_start: Option<i64>,
    /// Unix seconds after which the coupons have expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_end: Option<i64>,
    /// Seconds a coupon stays valid after it is issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
}

/// A coupon held by a user: `available` until it is used on an order
/// (`used`) or its validity ends (`expired`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Coupon {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id (24 digits, the `coupon` of `orders.create`).
    pub id: String,
    /// Always `coupon`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Unix seconds of issue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The user holding the coupon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The template the coupon was issued from (its id, or the object as the API sends it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_template: Option<Expandable<CouponTemplate>>,
    /// `available`, `used` or `expired`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// True while the coupon can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<bool>,
    /// True once used on an order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redeemed: Option<bool>,
    /// The order the coupon was used on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    /// What that order cost after the coupon, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_amount: Option<i64>,
    /// Unix seconds from which the coupon is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_start: Option<i64>,
    /// Unix seconds after which the coupon has expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_end: Option<i64>,
    /// How many coupons of this template the user has been issued, this one included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_times_circulated: Option<i64>,
    /// The merchant's key-value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(CouponTemplate, CouponExpiration, Coupon);
has_string_id!(CouponTemplate, Coupon);
