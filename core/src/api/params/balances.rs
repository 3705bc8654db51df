//! Parameters of the user balance families: recharges and their refunds,
//! balance bonuses, balance transfers, balance transactions and settlements,
//! and batch withdrawals: the contract of the official SDKs (their docs, typed
//! structs and examples; see `docs/validation.md`, "Recharges, balances, batch
//! withdrawals").

use super::{AMOUNT, AMOUNT_OR_ZERO, CREATED, DESCRIPTION};
use crate::validate::schema::{opt, req, text, INTEGER, IP, NON_EMPTY, STRING};
use crate::validate::{Array, Field, Fields, Pattern, Schema, Str};

/// A user id of an app: 1 to 64 characters.
const USER: Schema = text(1, 64);

/// The charge that pays a recharge.
const RECHARGE_CHARGE: &[Field] = &[
    req("amount", AMOUNT).doc("fen: what the user pays"),
    req("channel", NON_EMPTY).doc("any charge channel"),
    req("order_no", NON_EMPTY).doc("merchant order number, unique per app"),
    req("subject", text(1, 32)),
    req("body", text(1, 128)),
    opt("time_expire", INTEGER).doc("unix seconds"),
    opt("client_ip", IP).doc("defaults to 127.0.0.1"),
    opt("extra", Schema::Object(&[])).doc("the charge channel's parameters"),
];

/// `recharges.create`.
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
