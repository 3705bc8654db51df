//! Parameters of `orders.*`.

use super::charges::{ISV_QR, ISV_SCAN, ISV_WAP};
use super::{alnum_underscore, expire, AMOUNT, AMOUNT_OR_ZERO, CREATED, CURRENCY, DAY, DESCRIPTION, PAID_REFUNDED};
use crate::validate::schema::{
    group, int, int_values, opt, req, text, Pattern, Str, BOOL, INTEGER, IP, NON_EMPTY, STRING, URL,
};
use crate::validate::{AnyOf, Array, ByChannel, Fields, Schema};

/// `time_expire` of orders: now+60 s ..= now+7 days (the widest of the documents' windows).
const ORDER_EXPIRE: Schema = expire(7 * DAY);

/// `royalty_users` of `orders.create`: `{user, amount >= 0}` items.
const ROYALTY_USERS: Schema = Schema::Array(&Array {
    items: Schema::Object(&[&[req("user", NON_EMPTY), req("amount", AMOUNT_OR_ZERO)]]),
    min_items: 0,
    max_items: usize::MAX,
    max_json_chars: None,
});

/// `user` of `balance_settlement`: a user id, or the integer the Go SDK
/// types it as (`BalanceSettlement.User int`, always sent, `0` when unset).
static SETTLEMENT_USER: AnyOf = AnyOf {
    variants: &[STRING, INTEGER],
    expected: "a user id (a string) or an integer",
};

/// `balance_settlement` of `orders.create`: the user credited when the order
/// is paid, and the fee charged to that user.
const BALANCE_SETTLEMENT: Schema = Schema::Object(&[&[
    req("user", Schema::AnyOf(&SETTLEMENT_USER)).doc("the user whose balance receives the payment"),
    opt("user_fee", AMOUNT_OR_ZERO).doc("fen charged to that user"),
]]);

/// `orders.create`.
pub(crate) const ORDERS_CREATE: Fields = &[&[
    req("app", NON_EMPTY).doc("app id; filled from the client's app id"),
    req("merchant_order_no", alnum_underscore(1, 64)).doc("unique per app"),
    req("amount", AMOUNT).doc("fen"),
    opt("actual_amount", int(0, 1_000_000_000)).doc("fen: amount minus the coupon"),
    req("client_ip", IP),
    req("currency", CURRENCY),
    req("subject", text(1, 32)),
    req("body", text(1, 128)),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
    opt("uid", Schema::String(Str::chars(1, 64).pattern(Pattern::NotZero))).doc("the merchant's user id"),
    opt("coupon", text(24, 24)),
    opt("receipt_app", STRING),
    opt("service_app", STRING),
    opt("royalty_template", STRING),
    opt("allocation", BOOL),
    opt("royalty_users", ROYALTY_USERS),
    opt("time_expire", ORDER_EXPIRE).doc("unix seconds"),
    opt("balance_settlement", BALANCE_SETTLEMENT).doc("{user, user_fee}: settle the payment to a user's balance"),
]];

/// `extra` of `orders.pay`, by channel.
static PAY_EXTRA: ByChannel = ByChannel {
    field: "channel",
    cases: &[
        (&["isv_qr"], Schema::Object(&[ISV_QR])),
        (&["isv_scan"], Schema::Object(&[ISV_SCAN])),
        (&["isv_wap"], Schema::Object(&[ISV_WAP])),
        (
            &["balance"],
            Schema::Object(&[&[opt("return_url", URL), opt("url", URL)]]),
        ),
    ],
    default: Some(&Schema::Object(&[])),
};

/// `orders.pay`.
pub(crate) const ORDERS_PAY: Fields = &[&[
    req("charge_amount", AMOUNT_OR_ZERO).doc("fen paid through the channel"),
    opt("channel", STRING),
    opt("charge_order_no", STRING),
    opt("time_expire", ORDER_EXPIRE),
    group("extra", Schema::ByChannel(&PAY_EXTRA)),
]];

/// `orders.cancel` (the client fills in `status: canceled` when absent).
pub(crate) const ORDERS_CANCEL: Fields = &[&[
    opt("status", Schema::Enum(&["canceled"])).doc("defaults to canceled"),
    opt("user", STRING),
]];

/// `orders.list` (with the page parameters of its pagination).
pub(crate) const ORDERS_LIST: Fields = &[
    &[
        req("app", NON_EMPTY).doc("app id; filled from the client's app id"),
        opt("canceled", int_values(&[0, 1])),
        opt("type", Schema::Enum(&["purchase", "recharge"])),
        opt("uid", STRING),
        opt("receipt_app", STRING),
        opt("service_app", STRING),
    ],
    PAID_REFUNDED,
    CREATED,
];

/// `orders.charges.list`.
pub(crate) const ORDERS_CHARGES_LIST: Fields = &[&[opt("channel", STRING)], PAID_REFUNDED];

/// `orders.order_refunds.create`.
pub(crate) const ORDER_REFUNDS_CREATE: Fields = &[&[
    req("description", text(1, 255)),
    opt("charge_amount", AMOUNT).doc("fen; the whole channel part when absent"),
    opt("charge", STRING),
    opt("refund_mode", Schema::Enum(&["to_source", "to_balance"])),
    opt("funding_source", Schema::Enum(&["unsettled_funds", "recharge_funds"])),
    opt(
        "royalty_users",
        Schema::Array(&Array {
            items: Schema::Object(&[&[req("user", NON_EMPTY), opt("amount", AMOUNT_OR_ZERO)]]),
            min_items: 0,
            max_items: usize::MAX,
            max_json_chars: None,
        }),
    ),
    opt("metadata", Schema::Metadata),
]];

/// `orders.refunds.create` (simple account).
pub(crate) const ORDERS_REFUNDS_CREATE: Fields = &[&[
    req("order_no", NON_EMPTY),
    req("amount", AMOUNT).doc("fen"),
    req("charge", NON_EMPTY),
    req("description", text(1, 255)),
]];

/// The refund lists of orders.
pub(crate) const REFUNDS_LIST: Fields = &[
    &[opt("status", Schema::Enum(&["pending", "succeeded", "failed"]))],
    CREATED,
];
