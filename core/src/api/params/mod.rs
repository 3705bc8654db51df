//! The parameter schemas of every operation, as static data (see
//! `docs/validation.md` for the rules and the decisions behind them), split by
//! resource family. Each table row points at one of these; the list
//! parameters of paginated operations (`page`/`per_page`, `limit`/...) are not
//! here: they come from the row's [`super::Pagination`] column.
//!
//! Without the feature `platform-operations` (the firmware build) the schemas of the
//! platform rows are not used, and the linker leaves them out.
#![cfg_attr(not(feature = "platform-operations"), allow(dead_code, unused_imports))]

use crate::validate::schema::{int, opt, text, Int, Pattern, Schema, Str, Window, INTEGER};
use crate::validate::{AnyOf, Field, Fields};

mod accounts;
mod agreements;
mod apps;
mod balances;
mod charges;
mod coupons;
mod funds;
mod orders;
mod royalties;
mod services;
mod split_profits;
mod sub_app_extras;
mod transfers;

pub(crate) use accounts::*;
pub(crate) use agreements::*;
pub(crate) use apps::*;
pub(crate) use balances::*;
pub(crate) use charges::*;
pub(crate) use coupons::*;
pub(crate) use funds::*;
pub(crate) use orders::*;
pub(crate) use royalties::*;
pub(crate) use services::*;
pub(crate) use split_profits::*;
pub(crate) use sub_app_extras::*;
pub(crate) use transfers::*;

/// A bank by its 4-character code (`open_bank_code`, e.g. 0308).
pub(crate) const BANK_CODE: Schema = text(4, 4);
/// The bank of a unionpay payout (transfers, withdrawals): its code or its name
/// (one of the two: hook `unionpay_bank`), province, city and branch.
pub(crate) const UNIONPAY_BANK: &[Field] = &[
    opt("open_bank_code", BANK_CODE).doc("this or open_bank is required"),
    opt("open_bank", text(1, 50)),
    opt("prov", text(1, 20)),
    opt("city", text(1, 40)),
    opt("sub_bank", text(1, 80)),
];

/// The largest amount in fen (2^31 - 1, the `int` of the documents and the
/// official SDKs' `Integer`): 21,474,836.47 yuan.
pub const MAX_AMOUNT: i64 = 2_147_483_647;
/// Tolerance of `time_expire` windows against the local clock, on each side.
pub(crate) const TOLERANCE: i64 = 300;
/// The earliest `time_expire`: now + 60 s.
pub(crate) const MIN_EXPIRE: i64 = 60;
pub(crate) const HOUR: i64 = 3_600;
pub(crate) const DAY: i64 = 86_400;

/// An amount in fen, > 0.
pub(crate) const AMOUNT: Schema = int(1, MAX_AMOUNT);
/// An amount in fen, >= 0.
pub(crate) const AMOUNT_OR_ZERO: Schema = int(0, MAX_AMOUNT);
/// `cny`, the only currency.
pub(crate) const CURRENCY: Schema = Schema::Enum(&["cny"]);
/// Descriptions of charges, refunds and orders: at most 255 characters.
pub(crate) const DESCRIPTION: Schema = text(0, 255);

/// A string of `min ..= max` letters and digits.
pub(crate) const fn alnum(min: usize, max: usize) -> Schema {
    Schema::String(Str::chars(min, max).pattern(Pattern::Alphanumeric))
}

/// A string of `min ..= max` letters, digits and `_`.
pub(crate) const fn alnum_underscore(min: usize, max: usize) -> Schema {
    Schema::String(Str::chars(min, max).pattern(Pattern::AlphanumericUnderscore))
}

/// A string of `min ..= max` digits.
pub(crate) const fn digits(min: usize, max: usize) -> Schema {
    Schema::String(Str::chars(min, max).pattern(Pattern::Digits))
}

/// A URL of at most `max` characters.
pub(crate) const fn url_max(max: usize) -> Schema {
    Schema::String(Str::chars(0, max).format(crate::validate::Format::Url))
}

/// A unix time within `now + 60 s ..= now + max`, with the tolerance.
pub(crate) const fn expire(max: i64) -> Schema {
    Schema::Integer(Int {
        window: Some(Window {
            min: MIN_EXPIRE,
            max,
            tolerance: TOLERANCE,
        }),
        ..Int::range(None, None)
    })
}

/// `{gt, gte, lt, lte}` of a `created` filter.
const CREATED_OPS: &[Field] = &[
    opt("gt", INTEGER),
    opt("gte", INTEGER),
    opt("lt", INTEGER),
    opt("lte", INTEGER),
];

/// `created` filters: an integer, or `{gt, gte, lt, lte}` of integers (also
/// accepted as flat `created[gt]` keys, as they travel in the query).
pub(crate) const CREATED: &[Field] = &[
    opt(
        "created",
        Schema::AnyOf(&AnyOf {
            variants: &[INTEGER, Schema::Object(&[CREATED_OPS])],
            expected: "an integer or an object of gt, gte, lt, lte integers",
        }),
    )
    .doc("creation time filter: unix seconds, or {gt, gte, lt, lte}"),
    opt("created[gt]", INTEGER),
    opt("created[gte]", INTEGER),
    opt("created[lt]", INTEGER),
    opt("created[lte]", INTEGER),
];

/// `paid` and `refunded` booleans of list filters.
pub(crate) const PAID_REFUNDED: &[Field] = &[opt("paid", Schema::Boolean), opt("refunded", Schema::Boolean)];

/// Operations without parameters beyond their path ids.
pub(crate) const NO_PARAMS: Fields = &[];

/// Lists with only the `created` filters.
pub(crate) const CREATED_LIST: Fields = &[CREATED];
