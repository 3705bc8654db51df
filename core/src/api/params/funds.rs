//! Parameters of deposits, withdrawals, allocations and events.

use super::{alnum, digits, AMOUNT, AMOUNT_OR_ZERO, BANK_CODE, CREATED, DESCRIPTION, UNIONPAY_BANK};
use crate::validate::schema::{group, int, opt, req, text, BOOL, NON_EMPTY, STRING, URL};
use crate::validate::{Array, ByChannel, Field, Fields, Schema};

/// `deposits.create`.
pub(crate) const DEPOSITS_CREATE: Fields = &[&[
    req("user", NON_EMPTY),
    req("order_no", NON_EMPTY),
    req("amount", AMOUNT).doc("fen"),
    group("extra", Schema::Object(&[&[req("return_url", URL)]])),
    opt("metadata", Schema::Metadata),
]];

/// Withdrawal channels: the personal wallet of the simple-account document
/// (both spellings) and the payout channels of the official SDKs.
const WITHDRAWAL_CHANNELS: Schema =
    Schema::Enum(&["yeepay", "yepay", "unionpay", "alipay", "wx_pub", "allinpay", "jdpay"]);

/// `order_no` of `withdrawals.create`, by channel (allinpay's starts with the
/// 10-digit allinpay merchant number); any other channel: non-empty.
static WITHDRAWAL_ORDER_NO: ByChannel = ByChannel {
    field: "channel",
    cases: &[
        (&["unionpay"], digits(1, 16)),
        (&["alipay", "jdpay"], alnum(1, 64)),
        (&["wx_pub"], alnum(1, 50)),
        (&["allinpay"], alnum(20, 40)),
    ],
    default: Some(&NON_EMPTY),
};

/// `return_url` of a personal wallet withdrawal (and of one with no channel).
const RETURN_URL: &[Field] = &[opt("return_url", URL)];

/// The card and its holder, under either pair of names the SDK examples use
/// (`account`/`name`, PHP; `card_number`/`user_name`, Python); the
/// `withdrawal_payee` hook requires one of each pair.
const CARD_PAYEE: &[Field] = &[
    opt("account", text(1, 32)).doc("card number; this or card_number is required"),
    opt("card_number", text(1, 32)),
    opt("name", text(1, 100)).doc("card holder; this or user_name is required"),
    opt("user_name", text(1, 100)),
];

/// `extra` of `withdrawals.create`, by channel.
static WITHDRAWAL_EXTRA: ByChannel = ByChannel {
    field: "channel",
    cases: &[
        (&["yeepay", "yepay"], Schema::Object(&[RETURN_URL])),
        (&["unionpay"], Schema::Object(&[CARD_PAYEE, UNIONPAY_BANK])),
        (
            &["alipay"],
            Schema::Object(&[&[
                req("account", NON_EMPTY).doc("the payee's Alipay account"),
                req("name", NON_EMPTY),
                opt("account_type", Schema::Enum(&["ALIPAY_USERID", "ALIPAY_LOGONID"])),
            ]]),
        ),
        (
            &["wx_pub"],
            Schema::Object(&[&[req("open_id", NON_EMPTY), opt("name", STRING), opt("force_check", BOOL)]]),
        ),
        (
            &["allinpay"],
            Schema::Object(&[
                CARD_PAYEE,
                &[
                    req("open_bank_code", BANK_CODE),
                    opt("business_code", text(5, 5)),
                    opt("card_type", int(0, 1)).doc("0 bank card, 1 passbook"),
                ],
            ]),
        ),
        (
            &["jdpay"],
            Schema::Object(&[CARD_PAYEE, &[req("open_bank_code", BANK_CODE)]]),
        ),
    ],
    default: Some(&Schema::Object(&[RETURN_URL])),
};

/// `withdrawals.create`: a business user's `settle_account`, or a `channel`
/// with its `extra` (see the `withdrawal_account` and `withdrawal_payee` hooks).
pub(crate) const WITHDRAWALS_CREATE: Fields = &[&[
    req("user", NON_EMPTY),
    req("order_no", Schema::ByChannel(&WITHDRAWAL_ORDER_NO)).doc("merchant withdrawal number; format by channel"),
    req("amount", AMOUNT).doc("fen"),
    opt("user_fee", AMOUNT_OR_ZERO).doc("fen charged to the user"),
    opt("settle_account", STRING).doc("a business user's settle account id"),
    opt("channel", WITHDRAWAL_CHANNELS).doc("yeepay (personal wallet) or a payout channel"),
    opt("extra", Schema::ByChannel(&WITHDRAWAL_EXTRA))
        .doc("by channel: return_url (yeepay), the payee (unionpay, alipay, wx_pub, allinpay, jdpay)"),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
]];

/// `withdrawals.confirm`.
pub(crate) const WITHDRAWALS_CONFIRM: Fields = &[&[req("status", Schema::Enum(&["pending", "canceled"]))]];

const ALLOCATION_IDS: &[Field] = &[
    req("app", NON_EMPTY),
    req("order", NON_EMPTY),
    req("order_no", NON_EMPTY),
];

/// A non-empty list of `{user, amount > 0, description}`.
const PARTIES: Schema = Schema::Array(&Array {
    items: Schema::Object(&[&[
        req("user", NON_EMPTY),
        req("amount", AMOUNT),
        opt("description", STRING),
    ]]),
    min_items: 1,
    max_items: usize::MAX,
    max_json_chars: None,
});

/// `allocations.create`.
pub(crate) const ALLOCATIONS_CREATE: Fields = &[ALLOCATION_IDS, &[req("recipients", PARTIES)]];

/// `allocation_refunds.create`.
pub(crate) const ALLOCATION_REFUNDS_CREATE: Fields = &[
    ALLOCATION_IDS,
    &[
        req("senders", PARTIES),
        group("extra", Schema::Object(&[&[req("allocation", NON_EMPTY)]])),
    ],
];

/// `allocation_completes.create`.
pub(crate) const ALLOCATION_COMPLETES_CREATE: Fields = &[ALLOCATION_IDS, &[opt("description", DESCRIPTION)]];

/// `events.list`.
pub(crate) const EVENTS_LIST: Fields = &[&[opt("type", STRING)], CREATED];
