//! Parameters of the sub-app extras of the official SDKs: the custody
//! product's contacts (`sub_apps.contact`, Java `Contact`) and a sub-app's
//! transfer channels (`sub_apps.transfer_channels.*`, Python
//! `SubApp.*_transfer_channel`). See `docs/validation.md`, "Sub-app contacts
//! and transfer channels".
//!
//! The validity dates of a contact's certificate are ordered by the hook
//! [`crate::validate::Hook::CertValidity`]; `banned_msg` of a banned transfer
//! channel is required by [`crate::validate::Hook::BannedMessage`], as for the
//! payment channels.

use super::{digits, PAYOUT_CHANNELS};
use crate::validate::schema::{int, opt, req, Pattern, Str, BOOL, NON_EMPTY, STRING};
use crate::validate::{Field, Fields, Schema};

/// A calendar date `YYYY-MM-DD`.
const DATE: Schema = Schema::String(Str::chars(10, 10).pattern(Pattern::Date));

/// `sub_apps.contact` (custody product).
pub(crate) const SUB_APPS_CONTACT: Fields = &[&[
    req(
        "user",
        Schema::String(Str::chars(1, usize::MAX).pattern(Pattern::IdStart)),
    )
    .doc("the user id; led by a letter, a digit, _, - or @"),
    req("acc_no", NON_EMPTY).doc("the user's custody account number, as users.upload_pic returned it"),
    req("contact_type", int(1, 5))
        .doc("1-3 first to third emergency contact, 4 legal person, 5 finance contact (4 and 5 are mandatory for the account)"),
    req("contact_name", NON_EMPTY).doc("the contact's name"),
    opt("contact_cert_type", Schema::Enum(&["01", "02", "03", "04", "05", "06"]))
        .doc("01 ID card, 02 business licence, 03 passport, 04 HK/Macau pass, 05 Taiwan pass, 06 temporary ID card"),
    opt("contact_cert_no", NON_EMPTY).doc("the certificate's number"),
    opt("contact_cert_valid_from", DATE).doc("first day of validity, YYYY-MM-DD"),
    opt("contact_cert_valid_until", DATE).doc("last day of validity, YYYY-MM-DD; 9999-12-31 for long-term"),
    opt("contact_cert_mobile", digits(11, 11)).doc("the contact's mobile number: 11 digits"),
    opt("contact_job_type", int(1, 8))
        .doc("1 business owner, 2 sole trader, 3 full-time, 4 part-time, 5 student, 6 retired, 7 no fixed job, 8 other"),
    opt("contact_relation_ship", int(1, 8))
        .doc("1 parent, 2 spouse, 3 child, 4 brother, 5 sister, 6 other relative, 7 friend, 8 colleague"),
]];

/// The body of a transfer channel beside `params` (as for payment channels).
const TRANSFER_CHANNEL_REST: &[Field] = &[
    opt("banned", BOOL).doc("true: the sub-app's transfers over this channel are refused"),
    opt("banned_msg", STRING).doc("required when banned is true"),
    opt("description", STRING),
];

/// `sub_apps.transfer_channels.create`.
pub(crate) const TRANSFER_CHANNELS_CREATE: Fields = &[
    &[
        req("channel", PAYOUT_CHANNELS).doc("a channel transfers are sent over"),
        req("params", Schema::Object(&[])).doc("the channel's parameters"),
    ],
    TRANSFER_CHANNEL_REST,
];

/// `sub_apps.transfer_channels.update` (the channel is the path parameter;
/// `params` may be left out to change only `banned` or `description`).
pub(crate) const TRANSFER_CHANNELS_UPDATE: Fields = &[
    &[opt("params", Schema::Object(&[])).doc("the channel's parameters")],
    TRANSFER_CHANNEL_REST,
];
