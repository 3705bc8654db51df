//! Parameters of transfers, batch transfers and red envelopes: the contract of
//! the official SDKs (their docs, typed structs and examples; see
//! `docs/validation.md`, "Transfers, batch transfers, red envelopes").
//!
//! Cross-field rules are hooks: `recipient` required by channel
//! ([`crate::validate::Hook::TransferRecipient`]), a unionpay bank named by code
//! or by name ([`crate::validate::Hook::UnionpayBank`]), and a batch amount equal
//! to the sum of its recipients ([`crate::validate::Hook::BatchAmountSum`]).

use super::{alnum, digits, AMOUNT, BANK_CODE, CREATED, CURRENCY, DESCRIPTION, MAX_AMOUNT, UNIONPAY_BANK};
use crate::validate::schema::{group, int, opt, req, text, Str, BOOL, NON_EMPTY, STRING};
use crate::validate::{Array, ByChannel, Field, Fields, Schema};

const fn by_channel(b: &'static ByChannel) -> Schema {
    Schema::ByChannel(b)
}

/// A string of at most `max` UTF-8 bytes (33 CJK characters fill 99 bytes).
const fn bytes(max: usize) -> Schema {
    Schema::String(Str::chars(0, usize::MAX).max_bytes(max))
}

/// The payout channels of transfers, batch transfers and sub-apps' transfer channels.
pub(crate) const PAYOUT_CHANNELS: Schema =
    Schema::Enum(&["alipay", "unionpay", "wx_pub", "allinpay", "jdpay", "balance"]);
/// A payout amount: enterprise payouts start at 1 yuan.
const PAYOUT: Schema = int(100, MAX_AMOUNT);
const ALNUM_64: Schema = alnum(1, 64);
const DESCRIPTION_100: Schema = text(0, 100);

/// `order_no` of `transfers.create`, by channel (allinpay's starts with the
/// allinpay merchant number, which only the channel knows).
static TRANSFER_ORDER_NO: ByChannel = ByChannel {
    field: "channel",
    cases: &[
        (&["wx_pub"], alnum(1, 50)),
        (&["unionpay"], digits(1, 16)),
        (&["allinpay"], alnum(20, 40)),
    ],
    default: Some(&ALNUM_64),
};

/// `description` of `transfers.create`, by channel.
static TRANSFER_DESCRIPTION: ByChannel = ByChannel {
    field: "channel",
    cases: &[
        (&["unionpay"], text(0, 99)),
        (&["wx_pub"], bytes(99)),
        (&["allinpay"], text(0, 30)),
    ],
    default: Some(&DESCRIPTION_100),
};

/// Card payouts (allinpay, jdpay, unionpay): the card and its holder.
const CARD: &[Field] = &[req("card_number", text(1, 32)), req("user_name", text(1, 100))];

/// `extra` of `transfers.create`, by channel.
static TRANSFER_EXTRA: ByChannel = ByChannel {
    field: "channel",
    cases: &[
        (
            &["alipay"],
            Schema::Object(&[&[
                req("recipient_name", text(1, 50)),
                opt(
                    "recipient_account_type",
                    Schema::Enum(&["ALIPAY_USERID", "ALIPAY_LOGONID"]),
                ),
            ]]),
        ),
        (
            &["allinpay"],
            Schema::Object(&[
                CARD,
                &[
                    req("open_bank_code", BANK_CODE),
                    opt("business_code", text(5, 5)),
                    opt("card_type", int(0, 1)).doc("0 bank card, 1 passbook"),
                ],
            ]),
        ),
        (&["jdpay"], Schema::Object(&[CARD, &[req("open_bank_code", BANK_CODE)]])),
        (&["unionpay"], Schema::Object(&[CARD, UNIONPAY_BANK])),
        (
            &["wx_pub"],
            Schema::Object(&[&[opt("user_name", STRING), opt("force_check", BOOL)]]),
        ),
    ],
    default: Some(&Schema::Object(&[])),
};

/// `app` as `{id}`, filled from the client's app id.
const APP_OBJECT: Field =
    group("app", Schema::Object(&[&[req("id", NON_EMPTY)]])).doc("{id: app id}; filled from the client's app id");

/// `transfers.create`.
pub(crate) const TRANSFERS_CREATE: Fields = &[&[
    APP_OBJECT,
    req("channel", PAYOUT_CHANNELS),
    req("order_no", by_channel(&TRANSFER_ORDER_NO)).doc("merchant transfer number, unique per app"),
    req("amount", PAYOUT).doc("fen, at least 100"),
    req("currency", CURRENCY),
    req("type", Schema::Enum(&["b2c", "b2b"])),
    opt("recipient", NON_EMPTY).doc("open_id (wx_pub), account (alipay) or user id (balance); required for those"),
    opt("description", by_channel(&TRANSFER_DESCRIPTION)),
    opt("metadata", Schema::Metadata),
    group("extra", by_channel(&TRANSFER_EXTRA)).doc("channel parameters"),
]];

/// The filters of the cursor lists of transfers and red envelopes.
const APP_LIST: &[Field] = &[
    opt("app[id]", NON_EMPTY).doc("the app id, as the query spells it"),
    opt("app", Schema::Object(&[&[req("id", NON_EMPTY)]])),
    opt("channel", STRING),
    opt("status", STRING),
];

/// `transfers.list` and `red_envelopes.list`.
pub(crate) const APP_CURSOR_LIST: Fields = &[APP_LIST, CREATED];

/// `transfers.cancel` and `batch_transfers.cancel`: `status` is `canceled`.
pub(crate) const CANCEL: Fields = &[&[opt("status", Schema::Enum(&["canceled"])).doc("defaults to canceled")]];

/// `red_envelopes.create`.
pub(crate) const RED_ENVELOPES_CREATE: Fields = &[&[
    APP_OBJECT,
    req("channel", Schema::Enum(&["wx", "wx_pub"])),
    req("order_no", digits(1, 28)).doc("merchant number, unique per app"),
    req("amount", int(100, 20_000)).doc("fen: 1 to 200 yuan"),
    req("currency", CURRENCY),
    req("recipient", NON_EMPTY).doc("the user's WeChat open_id"),
    req("subject", NON_EMPTY),
    req("body", NON_EMPTY),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
    opt(
        "extra",
        Schema::Object(&[&[
            opt("send_name", bytes(32)).doc("merchant name"),
            opt("nick_name", STRING),
        ]]),
    ),
]];

/// A recipient of a card payout in a batch (allinpay, jdpay, unionpay).
const CARD_RECIPIENT: &[Field] = &[req("account", NON_EMPTY), req("amount", AMOUNT), req("name", NON_EMPTY)];

/// One item of `recipients` of `batch_transfers.create`, by channel.
static BATCH_RECIPIENT: ByChannel = ByChannel {
    field: "channel",
    cases: &[
        (
            &["alipay"],
            Schema::Object(&[&[
                req("account", NON_EMPTY),
                req("amount", AMOUNT),
                req("name", NON_EMPTY),
                opt("description", bytes(200)),
                opt("account_type", STRING),
                opt("order_no", ALNUM_64),
            ]]),
        ),
        (
            &["allinpay"],
            Schema::Object(&[
                CARD_RECIPIENT,
                &[
                    req("open_bank_code", BANK_CODE),
                    opt("description", text(0, 30)),
                    opt("business_code", text(5, 5)),
                    opt("card_type", int(0, 1)),
                    opt("order_no", alnum(20, 40)),
                ],
            ]),
        ),
        (
            &["jdpay"],
            Schema::Object(&[
                CARD_RECIPIENT,
                &[
                    req("open_bank_code", BANK_CODE),
                    opt("description", DESCRIPTION_100),
                    opt("order_no", ALNUM_64),
                ],
            ]),
        ),
        (
            &["unionpay"],
            Schema::Object(&[
                CARD_RECIPIENT,
                &[
                    opt("open_bank_code", BANK_CODE).doc("this or open_bank is required"),
                    opt("open_bank", text(1, 50)),
                    opt("description", bytes(200)),
                    opt("order_no", digits(1, 16)),
                ],
            ]),
        ),
        (
            &["wx_pub"],
            Schema::Object(&[&[
                req("open_id", NON_EMPTY),
                req("amount", AMOUNT),
                opt("name", STRING),
                opt("force_check", BOOL),
                opt("description", bytes(99)),
                opt("order_no", alnum(1, 32)),
            ]]),
        ),
        (
            &["balance"],
            Schema::Object(&[&[
                req("user", NON_EMPTY),
                req("amount", AMOUNT),
                opt("description", DESCRIPTION_100),
                opt("order_no", ALNUM_64),
            ]]),
        ),
    ],
    default: None,
};

/// `recipients` of `batch_transfers.create`: at least one.
static RECIPIENTS: Array = Array {
    items: by_channel(&BATCH_RECIPIENT),
    min_items: 1,
    max_items: usize::MAX,
    max_json_chars: None,
};

/// `type` of `batch_transfers.create`: alipay and wx_pub pay only people.
static BATCH_TYPE: ByChannel = ByChannel {
    field: "channel",
    cases: &[(&["alipay", "wx_pub"], Schema::Enum(&["b2c"]))],
    default: Some(&Schema::Enum(&["b2c", "b2b"])),
};

/// `batch_transfers.create`.
pub(crate) const BATCH_TRANSFERS_CREATE: Fields = &[&[
    req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
    req("batch_no", alnum(3, 24)).doc("merchant batch number, unique per app"),
    req("channel", PAYOUT_CHANNELS),
    req("amount", AMOUNT).doc("fen: the sum of the recipients' amounts"),
    req("type", by_channel(&BATCH_TYPE)),
    req("recipients", Schema::Array(&RECIPIENTS)).doc("fields by channel"),
    opt("currency", CURRENCY),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
]];

/// `batch_transfers.list`.
pub(crate) const BATCH_TRANSFERS_LIST: Fields = &[&[opt("app", STRING), opt("status", STRING)], CREATED];
