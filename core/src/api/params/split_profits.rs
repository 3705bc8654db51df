//! Parameters of WeChat profit sharing: split receivers, split profits and
//! profit transactions (`split_receivers.*`, `split_profits.*`,
//! `profit_transactions.*`), the contract of the official Go, Java and PHP SDKs
//! (see `docs/validation.md`, "Profit sharing").

use super::{AMOUNT, CREATED};
use crate::validate::schema::{opt, req, text, Pattern, Str, NON_EMPTY};
use crate::validate::{Array, ByChannel, Field, Fields, Schema};

/// The WeChat channels profit sharing works with.
pub(crate) const SPLIT_CHANNELS: &[&str] = &["wx", "wx_lite", "wx_pub", "wx_wap", "wx_pub_qr", "wx_pub_scan"];

/// The kinds of split receiver.
const RECEIVER_TYPES: Schema = Schema::Enum(&[
    "MERCHANT_ID",
    "PERSONAL_WECHATID",
    "PERSONAL_OPENID",
    "PERSONAL_SUB_OPENID",
]);

/// The kinds of split profit.
const SPLIT_TYPES: Schema = Schema::Enum(&["split_normal", "split_return"]);

/// A split receiver's id: `recv_` and 14 characters.
const RECEIVER_ID: Schema = text(19, 19);

/// A split profit's id: `sp_` and 14 characters.
const SPLIT_PROFIT_ID: Schema = text(17, 17);

/// A charge id: `ch_` and 24 characters.
const CHARGE_ID: Schema = text(27, 27);

/// The app, filled from the client's app id.
const APP: Field = req("app", NON_EMPTY).doc("the app id; filled from the client's app id");

/// `split_receivers.create`.
pub(crate) const SPLIT_RECEIVERS_CREATE: Fields = &[&[
    APP,
    req("type", RECEIVER_TYPES).doc("MERCHANT_ID, PERSONAL_WECHATID, PERSONAL_OPENID or PERSONAL_SUB_OPENID"),
    req("account", text(1, 64)).doc("a merchant id, a WeChat id, an openid or a sub_openid, by type"),
    opt("name", text(1, 1024))
        .doc("required for MERCHANT_ID (full name) and PERSONAL_WECHATID; checked when given for the openid types"),
    req("channel", Schema::Enum(SPLIT_CHANNELS)).doc("the WeChat channel"),
    opt("metadata", Schema::Metadata),
]];

/// `split_receivers.list`: `app` is required.
pub(crate) const SPLIT_RECEIVERS_LIST: Fields = &[
    &[
        APP,
        opt("type", RECEIVER_TYPES),
        opt("channel", Schema::Enum(SPLIT_CHANNELS)),
    ],
    CREATED,
];

/// `description` of a recipient: 1 to 80 characters, no `&`.
const RECIPIENT_DESCRIPTION: Schema = Schema::String(Str::chars(1, 80).pattern(Pattern::NoAmpersand));

/// The fields every recipient has.
const RECIPIENT_COMMON: &[Field] = &[
    req("amount", AMOUNT).doc("fen"),
    opt("name", text(1, 1024)).doc("the receiver's name, checked against the receiver"),
    req("description", RECIPIENT_DESCRIPTION).doc("1 to 80 characters, no &"),
];

/// One recipient, by the split's `type`: a `split_normal` names its receiver;
/// a `split_return` names none (hook `split_return_recipients`).
static RECIPIENT: ByChannel = ByChannel {
    field: "type",
    cases: &[(
        &["split_normal"],
        Schema::Object(&[
            &[req("split_receiver", RECEIVER_ID).doc("the receiver")],
            RECIPIENT_COMMON,
        ]),
    )],
    default: Some(&Schema::Object(&[RECIPIENT_COMMON])),
};

/// `recipients` of `split_profits.create`: at least one.
static RECIPIENTS: Array = Array {
    items: Schema::ByChannel(&RECIPIENT),
    min_items: 1,
    max_items: usize::MAX,
    max_json_chars: None,
};

/// `split_profits.create`.
pub(crate) const SPLIT_PROFITS_CREATE: Fields = &[&[
    APP,
    req("charge", CHARGE_ID).doc("a succeeded charge of a WeChat channel"),
    req("order_no", text(1, 64)).doc("merchant split number, unique per app"),
    req("type", SPLIT_TYPES).doc("split_normal, or split_return to end the splitting of the charge"),
    req("recipients", Schema::Array(&RECIPIENTS)).doc("who receives what"),
    opt("metadata", Schema::Metadata),
]];

/// `split_profits.list`: `app` is required.
pub(crate) const SPLIT_PROFITS_LIST: Fields = &[
    &[
        APP,
        opt("charge", CHARGE_ID),
        opt("type", SPLIT_TYPES),
        opt("channel", Schema::Enum(SPLIT_CHANNELS)),
    ],
    CREATED,
];

/// `profit_transactions.list`: `app` is required.
pub(crate) const PROFIT_TRANSACTIONS_LIST: Fields = &[
    &[
        APP,
        opt("split_profit", SPLIT_PROFIT_ID),
        opt("split_receiver", RECEIVER_ID),
        opt(
            "status",
            Schema::Enum(&["pending", "succeeded", "adjust", "returned", "closed", "failed"]),
        ),
    ],
    CREATED,
];
