//! Parameters of coupon templates (`coupon_templates.*`, with the batch issue
//! `coupon_templates.coupons.*`) and of a user's coupons (`users.coupons.*`):
//! the contract of the official SDKs' examples and typed structs (see
//! `docs/validation.md`, "Coupon templates and coupons"). Which of
//! `amount_off` / `percent_off` a template needs, and a window that ends after
//! it starts, are the `coupon_template` hook.

use super::{AMOUNT, AMOUNT_OR_ZERO, MAX_AMOUNT};
use crate::validate::schema::{int, int_min, int_values, opt, req, text, NON_EMPTY, STRING};
use crate::validate::{Array, Fields, Schema};

/// A unix time (seconds), not before 1970.
const UNIX_TIME: Schema = int_min(0);

/// `expiration`: a fixed window, or a validity counted from the issue (null: always valid).
const EXPIRATION: Schema = Schema::Object(&[&[
    opt("time_start", UNIX_TIME).doc("unix seconds from which the coupons are valid"),
    opt("time_end", UNIX_TIME).doc("unix seconds after which they have expired; after time_start"),
    opt("duration", int_min(1)).doc("seconds a coupon stays valid after it is issued"),
]]);

/// `coupon_templates.create`.
pub(crate) const COUPON_TEMPLATES_CREATE: Fields = &[&[
    opt("name", STRING).doc("the template's name"),
    req("type", int_values(&[1, 2])).doc("1 a cash coupon (amount_off), 2 a discount coupon (percent_off)"),
    opt("amount_off", AMOUNT).doc("fen off the order; required when type is 1"),
    opt("percent_off", int(1, 100)).doc("percent off the order (25: 25 % off, 100: free); required when type is 2"),
    opt("amount_available", AMOUNT_OR_ZERO).doc("the smallest order amount a coupon applies to, in fen; 0: any"),
    opt("max_circulation", int(1, MAX_AMOUNT)).doc("the most coupons issued; null: unlimited"),
    opt("max_user_circulation", int(1, MAX_AMOUNT)).doc("the most coupons of the template per user; null: unlimited"),
    opt("expiration", EXPIRATION).doc("{time_start, time_end} or {duration}; null: always valid"),
    opt("refundable", Schema::Boolean).doc("a refunded order gives its coupon back"),
    opt("metadata", Schema::Metadata),
]];

/// `coupon_templates.update` and `users.coupons.update`: the metadata only.
pub(crate) const COUPON_METADATA_UPDATE: Fields = &[&[opt("metadata", Schema::Metadata)]];

/// `coupon_templates.coupons.create`: one coupon to each user of the list.
pub(crate) const COUPON_TEMPLATES_COUPONS_CREATE: Fields = &[&[
    req(
        "users",
        Schema::Array(&Array {
            items: text(1, 64),
            min_items: 1,
            max_items: usize::MAX,
            max_json_chars: None,
        }),
    )
    .doc("the user ids, one coupon each (a user may appear again up to max_user_circulation)"),
    opt("metadata", Schema::Metadata),
]];

/// `users.coupons.create`: a coupon of a template to the path's user.
pub(crate) const USERS_COUPONS_CREATE: Fields = &[&[
    req("coupon_template", NON_EMPTY).doc("the template's id"),
    opt("metadata", Schema::Metadata),
]];
