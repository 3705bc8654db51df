//! Parameters of deposits, withdrawals, allocations and events.

use super::{AMOUNT, CREATED, DESCRIPTION};
use crate::validate::schema::{group, opt, req, NON_EMPTY, STRING, URL};
use crate::validate::{Array, Field, Fields, Schema};

/// `deposits.create`.
pub(crate) const DEPOSITS_CREATE: Fields = &[&[
    req("user", NON_EMPTY),
    req("order_no", NON_EMPTY),
    req("amount", AMOUNT).doc("fen"),
    group("extra", Schema::Object(&[&[req("return_url", URL)]])),
    opt("metadata", Schema::Metadata),
]];

/// `withdrawals.create` (see the `withdrawal_account` hook for what ties
/// `settle_account`, `channel` and `extra.return_url` together).
pub(crate) const WITHDRAWALS_CREATE: Fields = &[&[
    req("user", NON_EMPTY),
    req("order_no", NON_EMPTY),
    req("amount", AMOUNT).doc("fen"),
    opt("settle_account", STRING).doc("a business user's settle account id"),
    opt("channel", Schema::Enum(&["yeepay", "yepay"])).doc("personal wallet withdrawal"),
    opt("extra", Schema::Object(&[&[opt("return_url", URL)]]))
        .doc("return_url is required for a personal wallet withdrawal"),
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
