//! `order`: an order paid by one or more charges, and the parameters of `orders.create`, `orders.pay` and `orders.cancel`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Charge, Credential, Hash, List, OrEmptyList, OrderRefund};

/// An order (19 digits): what the customer owes, paid by charges.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Order {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The order id.
    pub id: String,
    /// Always `order`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// True once paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid: Option<bool>,
    /// True when a refund exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunded: Option<bool>,
    /// `created`, `paid`, `canceled`, `refunded`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The merchant's user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// The merchant's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_order_no: Option<String>,
    /// `purchase` or `recharge`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Amount in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Amount actually paid, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_amount: Option<i64>,
    /// Part paid by coupon, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_amount: Option<i64>,
    /// Part paid from the balance, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_amount: Option<i64>,
    /// Part paid by the charge, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_amount: Option<i64>,
    /// Total refunded, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_refunded: Option<i64>,
    /// Total paid, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_paid: Option<i64>,
    /// Extra amount, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_amount: Option<i64>,
    /// Fee paid by the user, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_fee: Option<i64>,
    /// Balance available to the user, in fen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_balance: Option<i64>,
    /// `cny`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Title, at most 32 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Description, at most 128 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// IP address of the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    /// Unix seconds of payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_paid: Option<i64>,
    /// Unix seconds after which the order can no longer be paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_expire: Option<i64>,
    /// The refunds of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunds: Option<OrEmptyList<List<OrderRefund>>>,
    /// The charges of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charges: Option<List<Charge>>,
    /// Id of the charge paying the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Essentials of the paying charge (channel, credential, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_essentials: Option<Hash>,
    /// What the client needs to start the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<OrEmptyList<Credential>>,
    /// Id of the balance transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<String>,
    /// Id of the coupon used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<String>,
    /// The app receiving the money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_app: Option<String>,
    /// The app providing the service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_app: Option<String>,
    /// Payment methods available for the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_methods: Option<Vec<String>>,
    /// At most 255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Hash>,
}

keep_nulls!(Order);
has_string_id!(Order);
