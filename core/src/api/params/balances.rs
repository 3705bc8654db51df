//! Parameters of the user balance families: recharges and their refunds,
//! balance bonuses, balance transfers, balance transactions and settlements,
//! and batch withdrawals: the contract of the official SDKs (their docs, typed
//! structs and examples; see `docs/validation.md`, "Recharges, balances, batch
//! withdrawals").

use super::{alnum, AMOUNT, AMOUNT_OR_ZERO, CREATED, DAY, DESCRIPTION, HOUR, TOLERANCE};
use super::{BODY_CASES, CHARGE_EXTRA_CASES, ORDER_NO_CASES, SUBJECT_CASES};
use crate::validate::schema::{group, opt, req, text, IP, NON_EMPTY, STRING};
use crate::validate::{Array, ByChannel, Field, Fields, Int, Pattern, Schema, Str, Window};

/// A user id of an app: 1 to 64 characters.
const USER: Schema = text(1, 64);

const fn by_charge_channel(b: &'static ByChannel) -> Schema {
    Schema::ByChannel(b)
}

/// `charge.order_no`: the charge channel's `order_no` rules.
static RECHARGE_ORDER_NO: ByChannel = ByChannel {
    field: "charge.channel",
    cases: ORDER_NO_CASES,
    default: Some(&alnum(1, 64)),
};

/// `charge.subject`: at most 32 characters (32 bytes on the UnionPay channels).
static RECHARGE_SUBJECT: ByChannel = ByChannel {
    field: "charge.channel",
    cases: SUBJECT_CASES,
    default: Some(&text(1, 32)),
};

/// `charge.body`: at most 128 characters (100 on `yeepay_wap`).
static RECHARGE_BODY: ByChannel = ByChannel {
    field: "charge.channel",
    cases: BODY_CASES,
    default: Some(&text(1, 128)),
};

/// A recharge's `time_expire`: now + 5 min up to now + 1 day, with the tolerance.
const fn recharge_expire(max: i64) -> Schema {
    Schema::Integer(Int {
        window: Some(Window {
            min: 5 * 60,
            max,
            tolerance: TOLERANCE,
        }),
        ..Int::range(None, None)
    })
}

/// `charge.time_expire`: at most 2 h on `wx*`, 1 h on `upacp*`, 1 day otherwise.
static RECHARGE_EXPIRE: ByChannel = ByChannel {
    field: "charge.channel",
    cases: &[
        (&["wx*"], recharge_expire(2 * HOUR)),
        (&["upacp*"], recharge_expire(HOUR)),
    ],
    default: Some(&recharge_expire(DAY)),
};

/// `charge.extra`: the charge channel's extras.
static RECHARGE_EXTRA: ByChannel = ByChannel {
    field: "charge.channel",
    cases: CHARGE_EXTRA_CASES,
    default: Some(&Schema::Object(&[])),
};

/// The charge that pays a recharge.
const RECHARGE_CHARGE: &[Field] = &[
    req("amount", AMOUNT).doc("fen: what the user pays"),
    req("channel", NON_EMPTY).doc("any charge channel"),
    req("order_no", by_charge_channel(&RECHARGE_ORDER_NO))
        .doc("merchant order number, unique per app; the channel's format"),
    req("subject", by_charge_channel(&RECHARGE_SUBJECT)),
    req("body", by_charge_channel(&RECHARGE_BODY)),
    opt("time_expire", by_charge_channel(&RECHARGE_EXPIRE))
        .doc("unix seconds: now+5 min to now+1 day (wx 2 h, upacp 1 h)"),
    opt("client_ip", IP).doc("defaults to 127.0.0.1"),
    group("extra", by_charge_channel(&RECHARGE_EXTRA)).doc("the charge channel's parameters"),
];

/// `recharges.create` (the `recharge_fee` hook ties `user_fee` to the amount
/// and to `balance_bonus.amount`).
pub(crate) const RECHARGES_CREATE: Fields = &[&[
    req("user", USER).doc("the user whose balance is credited"),
    req("charge", Schema::Object(&[RECHARGE_CHARGE])).doc("the charge that pays the recharge"),
    opt("user_fee", AMOUNT_OR_ZERO)
        .doc("fen charged to the user, at most charge.amount; not with balance_bonus.amount"),
    opt("balance_bonus", Schema::Object(&[&[opt("amount", AMOUNT_OR_ZERO)]])).doc("{amount}: fen given on top"),
    opt("from_user", USER).doc("the user who pays, when not the credited user"),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
]];

/// `recharges.refunds.create`.
pub(crate) const RECHARGE_REFUNDS_CREATE: Fields = &[&[
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
    opt("funding_source", Schema::Enum(&["unsettled_funds", "recharge_funds"])),
]];

/// `balance_bonuses.create`.
pub(crate) const BALANCE_BONUSES_CREATE: Fields = &[&[
    req("user", USER).doc("the user credited"),
    req("order_no", NON_EMPTY).doc("merchant bonus number, unique per app"),
    req("amount", AMOUNT).doc("fen"),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
]];

/// `balance_transfers.create`.
pub(crate) const BALANCE_TRANSFERS_CREATE: Fields = &[&[
    req("user", Schema::String(Str::chars(1, 64).pattern(Pattern::NotZero)))
        .doc("the sender: a customer or business user, never 0"),
    req("recipient", USER).doc("the recipient; 0 is the merchant"),
    req("order_no", NON_EMPTY).doc("merchant transfer number, unique per app"),
    req("amount", AMOUNT).doc("fen the recipient receives"),
    opt("user_fee", AMOUNT_OR_ZERO).doc("fen charged to the sender on top"),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
]];

/// `withdrawals` of `batch_withdrawals.create`: withdrawal ids, at least one.
static WITHDRAWAL_IDS: Array = Array {
    items: NON_EMPTY,
    min_items: 1,
    max_items: usize::MAX,
    max_json_chars: None,
};

/// `batch_withdrawals.create`.
pub(crate) const BATCH_WITHDRAWALS_CREATE: Fields = &[&[
    req("withdrawals", Schema::Array(&WITHDRAWAL_IDS)).doc("ids of created withdrawals"),
    opt("status", Schema::Enum(&["pending", "canceled"]))
        .doc("pending confirms the withdrawals, canceled cancels them"),
    opt("metadata", Schema::Metadata),
]];

/// Page lists of one user's objects.
pub(crate) const USER_PAGE_LIST: Fields = &[&[opt("user", STRING).doc("only this user's objects")], CREATED];
