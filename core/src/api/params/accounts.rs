//! Parameters of a user's settle accounts (`users.settle_accounts.*`, the
//! official SDKs' contract beside the simple-account card binding) and of
//! funds transfers (`funds_transfers.*`, PHP SDK 2.6.0). See
//! `docs/validation.md`, "User settle accounts, funds transfers".
//!
//! What ties the two bodies of `users.settle_accounts.create` together
//! (`return_url` or `channel` with `recipient`, never both) is the hook
//! [`crate::validate::Hook::SettleAccountBody`].

use super::{alnum, digits, AMOUNT, BANK_CODE, DESCRIPTION};
use crate::validate::schema::{int, opt, req, text, BOOL, INTEGER, NON_EMPTY, STRING, URL};
use crate::validate::{AnyOf, ByChannel, Fields, Schema};

/// The channels of a user's settle account.
const SETTLE_CHANNELS: Schema = Schema::Enum(&["bank_account", "alipay", "wx_pub", "wx"]);
/// `b2c` (to a person) or `b2b` (to a company).
const TRANSFER_TYPE: Schema = Schema::Enum(&["b2c", "b2b"]);
/// A bank's 4-character code (`0308`), as for transfers.
/// A mobile number: 11 digits.
const MOBILE: Schema = digits(11, 11);
/// The holder's name: the PHP example of an alipay recipient sends a number (`'name' => 3000`).
const NAME: Schema = Schema::AnyOf(&AnyOf {
    variants: &[NON_EMPTY, INTEGER],
    expected: "a string or an integer",
});

/// The recipient of a bank account.
const BANK_ACCOUNT: Schema = Schema::Object(&[&[
    req("account", text(1, 32)).doc("bank card number"),
    req("name", NON_EMPTY).doc("the holder's name"),
    req("type", TRANSFER_TYPE).doc("b2c: a person's card, b2b: a company's account"),
    req("open_bank_code", BANK_CODE).doc("the bank's 4-character code, e.g. 0308"),
    opt("open_bank", text(1, 50)),
    opt("card_type", int(0, 1)).doc("0 bank card, 1 passbook"),
    opt("prov", text(1, 20)),
    opt("city", text(1, 40)),
    opt("sub_bank", text(1, 80)),
    opt("sub_bank_code", STRING).doc("the branch's bank number"),
    opt("mobile", MOBILE).doc("the card's mobile number (custody)"),
]]);

/// The recipient of an Alipay account.
const ALIPAY: Schema = Schema::Object(&[&[
    req("account", NON_EMPTY).doc("Alipay account (login id or 2088... user id)"),
    req("name", NAME),
    opt("type", TRANSFER_TYPE),
    opt("account_type", Schema::Enum(&["ALIPAY_USERID", "ALIPAY_LOGONID"])),
]]);

/// The recipient of a WeChat account.
const WX: Schema = Schema::Object(&[&[
    req("account", NON_EMPTY).doc("the user's open_id"),
    opt("name", STRING).doc("checked against the account only when given"),
    opt("force_check", BOOL),
    opt("type", TRANSFER_TYPE),
]]);

/// `recipient` of a user's settle account, by channel.
static RECIPIENT: ByChannel = ByChannel {
    field: "channel",
    cases: &[
        (&["bank_account"], BANK_ACCOUNT),
        (&["alipay"], ALIPAY),
        (&["wx_pub", "wx"], WX),
    ],
    default: None,
};

/// `users.settle_accounts.create`: `{return_url}` (card binding) or
/// `{channel, recipient}` (a settle account).
pub(crate) const USERS_SETTLE_ACCOUNTS_CREATE: Fields = &[&[
    opt("return_url", URL).doc("card binding (simple account): where the card page returns to"),
    opt("channel", SETTLE_CHANNELS).doc("settle account (official SDKs): bank_account, alipay, wx_pub or wx"),
    opt("recipient", Schema::ByChannel(&RECIPIENT)).doc("settle account: the account, by channel"),
]];

/// `users.settle_accounts.update`: a new `recipient` of a bank account.
pub(crate) const USERS_SETTLE_ACCOUNTS_UPDATE: Fields = &[&[req("recipient", BANK_ACCOUNT)]];

/// `users.settle_accounts.mobile`.
pub(crate) const USERS_SETTLE_ACCOUNTS_MOBILE: Fields = &[&[req("mobile", MOBILE)]];

/// `users.settle_accounts.verify`: the amount of the micro-deposit the account received.
pub(crate) const USERS_SETTLE_ACCOUNTS_VERIFY: Fields = &[&[req("receive_amount", AMOUNT).doc("fen")]];

/// `funds_transfers.create`.
pub(crate) const FUNDS_TRANSFERS_CREATE: Fields = &[&[
    req("channel", NON_EMPTY).doc("e.g. alipay_fund"),
    req("order_no", alnum(1, 64)).doc("merchant number, unique per app"),
    req("amount", AMOUNT).doc("fen"),
    req("subject", text(1, 32)),
    opt("description", DESCRIPTION),
]];
