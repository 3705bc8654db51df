//! Parameters of deduction agreements (`agreements.*`), a charge's trade detail
//! and the custody product's identity photo upload (`users.upload_pic`): the
//! contract of the official SDKs (see `docs/validation.md`, "Agreements, trade
//! detail, custody photo upload").

use super::AMOUNT;
use crate::validate::schema::{opt, req, Pattern, Str, NON_EMPTY, STRING};
use crate::validate::{ByChannel, Fields, Schema};

/// `extra` of `agreements.create`, by channel: qpay shows an account name on
/// its signing page; other channels take what their documents name.
static AGREEMENT_EXTRA: ByChannel = ByChannel {
    field: "channel",
    cases: &[(
        &["qpay"],
        Schema::Object(&[&[opt("display_account", STRING).doc("the user's name on the signing page")]]),
    )],
    default: Some(&Schema::Object(&[])),
};

/// `agreements.create`.
pub(crate) const AGREEMENTS_CREATE: Fields = &[&[
    req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
    req("contract_no", NON_EMPTY).doc("merchant agreement number, unique per app"),
    req("channel", NON_EMPTY).doc("signing channel, e.g. qpay"),
    opt("extra", Schema::ByChannel(&AGREEMENT_EXTRA)).doc("channel parameters"),
    opt("metadata", Schema::Metadata),
]];

/// `agreements.list`: `app` is required.
pub(crate) const AGREEMENTS_LIST: Fields = &[
    &[
        req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
        opt("status", Schema::Enum(&["created", "succeeded", "canceled"])),
    ],
    super::CREATED,
];

/// `agreements.update`: the one change is the termination (`status: canceled`).
pub(crate) const AGREEMENTS_UPDATE: Fields = &[&[
    opt("status", Schema::Enum(&["canceled"])).doc("defaults to canceled"),
    opt(
        "extra",
        Schema::Object(&[&[opt("description", STRING).doc("why a WeChat agreement is terminated")]]),
    ),
]];

/// `agreements.notify`: the WeChat pre-deduction notice.
pub(crate) const AGREEMENTS_NOTIFY: Fields = &[&[req("amount", AMOUNT).doc("the deduction to come, in fen")]];

/// `users.upload_pic` (custody product; a different endpoint from `upload_pic.create`).
pub(crate) const USERS_UPLOAD_PIC: Fields = &[&[
    req(
        "user",
        Schema::String(Str::chars(1, usize::MAX).pattern(Pattern::IdStart)),
    )
    .doc("the user id; led by a letter, a digit, _, - or @"),
    opt("type", Schema::Enum(&["customer", "business"])).doc("customer (a person) or business"),
    opt("acc_no", NON_EMPTY).doc("the user's custody account number, when overwriting"),
    opt("operate_type", Schema::Enum(&["00", "01", "02"])).doc("00 new (default), 01 modify, 02 additional account"),
    req(
        "pic",
        Schema::String(Str::chars(1, usize::MAX).pattern(Pattern::Base64)),
    )
    .doc("the picture, standard base64"),
    opt("pic_fmt", Schema::Enum(&["jpg", "png"])),
    opt("pic_type", Schema::Enum(&["101", "102", "201", "202", "203"]))
        .doc("101/102 personal ID front/back, 201 company licence, 202/203 legal person's ID front/back"),
]];
