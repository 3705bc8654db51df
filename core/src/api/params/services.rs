//! Parameters of batch refunds, customs declarations and the account services
//! (identification, card information, sub-banks): the contract of the official
//! SDKs (see `docs/validation.md`, "Batch refunds, customs, account services").

use super::{alnum, AMOUNT, AMOUNT_OR_ZERO, DESCRIPTION};
use crate::validate::schema::{opt, req, text, BOOL, NON_EMPTY, STRING};
use crate::validate::{AnyOf, Array, ByChannel, Field, Fields, Schema};

/// One charge of a batch refund: its id, or `{charge, amount, description, funding_source}`.
static BATCH_REFUND_CHARGE: AnyOf = AnyOf {
    variants: &[
        NON_EMPTY,
        Schema::Object(&[&[
            req("charge", NON_EMPTY),
            opt("amount", AMOUNT).doc("fen; what is left of the charge when absent"),
            opt("description", DESCRIPTION),
            opt("funding_source", Schema::Enum(&["unsettled_funds", "recharge_funds"])),
        ]]),
    ],
    expected: "a charge id or an object with charge",
};

/// `charges` of `batch_refunds.create`: 1 to 100.
static BATCH_REFUND_CHARGES: Array = Array {
    items: Schema::AnyOf(&BATCH_REFUND_CHARGE),
    min_items: 1,
    max_items: 100,
    max_json_chars: None,
};

/// `batch_refunds.create`.
pub(crate) const BATCH_REFUNDS_CREATE: Fields = &[&[
    req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
    req("batch_no", alnum(3, 24)).doc("merchant batch number, unique per app"),
    req("charges", Schema::Array(&BATCH_REFUND_CHARGES)).doc("charge ids, or objects with a partial amount"),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
]];

/// The filters of page lists scoped by an `app` string.
pub(crate) const APP_PAGE_LIST: Fields = &[&[opt("app", STRING), opt("status", STRING)], super::CREATED];

/// Identity document types of a customs declaration.
const CERTIF_TYPES: Schema = Schema::Enum(&["01", "02", "03", "04", "05", "06", "07", "99"]);

/// `customs.create`.
pub(crate) const CUSTOMS_CREATE: Fields = &[&[
    req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
    req("charge", NON_EMPTY).doc("a paid charge"),
    req("channel", NON_EMPTY).doc("the charge's channel"),
    req("trade_no", text(8, 20)).doc("merchant customs order number"),
    req("customs_code", NON_EMPTY).doc("e.g. GUANGZHOU"),
    req("amount", AMOUNT).doc("fen"),
    opt("transport_amount", AMOUNT_OR_ZERO),
    opt("is_split", BOOL),
    opt("sub_order_no", STRING).doc("when is_split"),
    opt(
        "extra",
        Schema::Object(&[&[
            opt("pay_account", STRING),
            opt("certif_type", CERTIF_TYPES).doc("01 ID card ... 99 other"),
            opt("customer_name", STRING),
            opt("certif_id", STRING),
            opt("tax_amount", AMOUNT_OR_ZERO),
        ]]),
    ),
]];

/// `identification.create` (live keys only on the real API).
pub(crate) const IDENTIFICATION_CREATE: Fields = &[&[
    req("type", Schema::Enum(&["id_card", "bank_card"])),
    req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
    req("data", Schema::ByChannel(&IDENTIFICATION_DATA)),
]];

/// The person checked.
const PERSON: &[Field] = &[req("id_name", NON_EMPTY), req("id_number", NON_EMPTY)];

/// `data` of `identification.create`, by `type`: a bank card check adds the card.
static IDENTIFICATION_DATA: ByChannel = ByChannel {
    field: "type",
    cases: &[(
        &["bank_card"],
        Schema::Object(&[
            PERSON,
            &[
                req("card_number", NON_EMPTY),
                opt("phone_number", STRING).doc("numbers starting 178 are not supported"),
            ],
        ]),
    )],
    default: Some(&Schema::Object(&[PERSON])),
};

/// `card_info.query`.
pub(crate) const CARD_INFO_QUERY: Fields = &[&[
    req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
    req("bank_account", NON_EMPTY),
]];

/// `sub_banks.list`: every parameter is required.
pub(crate) const SUB_BANKS_LIST: Fields = &[&[
    req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
    req("channel", Schema::Enum(&["chanpay"])).doc("payout channel"),
    req("open_bank_code", text(4, 4)),
    req("prov", text(1, 20)),
    req("city", text(1, 40)),
]];
