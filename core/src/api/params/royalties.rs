//! Parameters of royalties (分润): templates, an order's royalty data,
//! royalties, their settlements and transactions: the contract of the official
//! SDKs (see `docs/validation.md`, "Royalties").

use super::{AMOUNT_OR_ZERO, CREATED};
use crate::validate::schema::{int, int_min, opt, req, BOOL, NON_EMPTY, STRING};
use crate::validate::{Array, ByChannel, Field, Fields, Schema};

/// Most fen a `fixed` royalty level takes (10,000 yuan).
pub const MAX_FIXED_ROYALTY: i64 = 1_000_000;
/// Most a `rate` royalty level takes, in 0.01 % (100 %).
pub const MAX_RATE_ROYALTY: i64 = 10_000;

/// `value` of a rule level: its range follows `rule.royalty_mode`.
static LEVEL_VALUE: ByChannel = ByChannel {
    field: "rule.royalty_mode",
    cases: &[
        (&["rate"], int(0, MAX_RATE_ROYALTY)),
        (&["fixed"], int(0, MAX_FIXED_ROYALTY)),
    ],
    default: Some(&int(0, MAX_FIXED_ROYALTY)),
};

/// `rule.data`: one value per level.
const RULE_DATA: Schema = Schema::Array(&Array {
    items: Schema::Object(&[&[
        req("level", int_min(0)).doc("0 the platform, 1 a first-level sub-app, ..."),
        req("value", Schema::ByChannel(&LEVEL_VALUE)).doc("0..=10000 (0.01 %) for rate, 0..=1000000 fen for fixed"),
    ]]),
    min_items: 1,
    max_items: usize::MAX,
    max_json_chars: None,
});

/// `rule` of a royalty template.
const RULE: Schema = Schema::Object(&[&[
    req("royalty_mode", Schema::Enum(&["rate", "fixed"])).doc("rate: 0.01 % of the order amount; fixed: fen"),
    req(
        "refund_mode",
        Schema::Enum(&["no_refund", "proportional", "full_refund"]),
    ),
    req(
        "allocation_mode",
        Schema::Enum(&["receipt_reserved", "service_reserved"]),
    ),
    req("data", RULE_DATA).doc("[{level >= 0, value}]: value 0..=10000 (0.01 %) for rate, 0..=1000000 fen for fixed"),
]]);

/// `royalty_templates.create`.
pub(crate) const ROYALTY_TEMPLATES_CREATE: Fields = &[&[
    req("app", NON_EMPTY).doc("the app id; filled from the client's app id"),
    opt("name", STRING),
    opt("description", STRING),
    req("rule", RULE),
]];

/// `royalty_templates.update`: any of name, description, rule.
pub(crate) const ROYALTY_TEMPLATES_UPDATE: Fields =
    &[&[opt("name", STRING), opt("description", STRING), opt("rule", RULE)]];

/// Lists filtered by app (optional: the official SDKs' examples send none).
pub(crate) const APP_FILTER_LIST: Fields = &[
    &[opt("app", STRING).doc("the app id; filled from the client's app id")],
    CREATED,
];

/// `royalty_users` items: `{user, amount >= 0}`.
const ROYALTY_USERS: Schema = Schema::Array(&Array {
    items: Schema::Object(&[&[
        req("user", NON_EMPTY).doc("the user the royalty is for"),
        req("amount", AMOUNT_OR_ZERO).doc("fen"),
    ]]),
    min_items: 0,
    max_items: usize::MAX,
    max_json_chars: None,
});

/// `orders.royalty_datas.create`.
pub(crate) const ORDERS_ROYALTY_DATAS_CREATE: Fields = &[&[
    req("app", NON_EMPTY).doc("the order's app id; filled from the client's app id"),
    opt("charge", STRING).doc("the order's charge: required once the order is paid, refused before"),
    opt("royalty_users", ROYALTY_USERS).doc("[{user, amount}]"),
]];

/// `royalties.batch_update`.
pub(crate) const ROYALTIES_BATCH_UPDATE: Fields = &[&[
    req(
        "ids",
        Schema::Array(&Array {
            items: NON_EMPTY,
            min_items: 1,
            max_items: usize::MAX,
            max_json_chars: None,
        }),
    )
    .doc("the royalties to change"),
    opt("method", Schema::Enum(&["manual"])).doc("manual marks them settled by hand; null removes the mark"),
    opt("description", STRING),
    opt("metadata", Schema::Metadata),
]];

/// The filters of `royalties.list`.
const ROYALTY_FILTERS: &[Field] = &[
    opt("app", STRING).doc("the payer app"),
    opt("payer_app", STRING),
    opt("recipient_app", STRING),
    opt("status", Schema::Enum(&["pending", "settled", "canceled"])),
    opt("royalty_settlement", STRING),
    opt("royalty_transaction", STRING),
    opt("source_user", STRING),
];

/// `royalties.list`.
pub(crate) const ROYALTIES_LIST: Fields = &[ROYALTY_FILTERS, CREATED];

/// `royalty_settlements.create`.
pub(crate) const ROYALTY_SETTLEMENTS_CREATE: Fields = &[
    &[
        req("payer_app", NON_EMPTY).doc("the app paying the royalties"),
        req("method", NON_EMPTY).doc("balance or a channel name (alipay, unionpay, ...)"),
        opt("recipient_app", STRING).doc("only the royalties of this recipient app"),
        opt("source_user", STRING).doc("only the royalties of this user"),
        opt("source_no", STRING).doc("only the royalties of this merchant order number"),
        opt("min_amount", AMOUNT_OR_ZERO).doc("leave out recipients owed less, in fen"),
        opt("is_preview", BOOL).doc("answer what would be settled, create nothing"),
        opt("metadata", Schema::Metadata),
    ],
    CREATED,
];

/// `royalty_settlements.list`.
pub(crate) const ROYALTY_SETTLEMENTS_LIST: Fields = &[
    &[
        req("payer_app", NON_EMPTY),
        opt(
            "status",
            Schema::Enum(&["created", "pending", "succeeded", "failed", "canceled"]),
        ),
    ],
    CREATED,
];

/// `royalty_settlements.update`: confirm (`pending`) or cancel.
pub(crate) const ROYALTY_SETTLEMENTS_UPDATE: Fields =
    &[&[req("status", Schema::Enum(&["pending", "canceled"])).doc("pending confirms, canceled cancels")]];

/// `royalty_transactions.list`.
pub(crate) const ROYALTY_TRANSACTIONS_LIST: Fields = &[
    &[
        opt("royalty_settlement", STRING),
        opt("recipient_app", STRING),
        opt("source_user", STRING),
        opt(
            "status",
            Schema::Enum(&["created", "pending", "succeeded", "failed", "canceled"]),
        ),
    ],
    CREATED,
];
