//! `royalty`: the royalties (分润) that paid orders owe (`royalties.*`), and
//! the answer of `orders.royalty_datas.create`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// One royalty (分润): the part of a paid order owed to a recipient (a user
/// of the app, or an app of the sub-app chain through a royalty template),
/// `pending` until a royalty settlement pays it out or it is marked settled by hand.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Royalty {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The object id.
    pub id: String,
    /// Always `royalty`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// The app that pays the royalty (the order's app).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_app: Option<String>,
    /// The app of the recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_app: Option<String>,
    /// Amount in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// `pending` (not settled yet), `settled` (in a settlement or marked by hand) or `canceled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// How it was settled: `manual` (marked by hand), `balance` or a channel; null while unsettled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The royalty settlement that gathered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub royalty_settlement: Option<String>,
    /// The royalty transaction that pays it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub royalty_transaction: Option<String>,
    /// Unix seconds of the settlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_settled: Option<i64>,
    /// The recipient's settle account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settle_account: Option<String>,
    /// The app of the order the royalty comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_app: Option<String>,
    /// The path of that order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The merchant order number of that order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_no: Option<String>,
    /// The user the royalty is for (a `royalty_users` entry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_user: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The merchant's key-value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

/// The answer of `orders.royalty_datas.create`: the royalty data of an order
/// was taken.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct RoyaltyDataResult {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The order's app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The order id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
    /// True when the royalty data was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeeded: Option<bool>,
}

keep_nulls!(Royalty, RoyaltyDataResult);
has_string_id!(Royalty);
