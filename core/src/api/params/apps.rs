//! Parameters of the app-scoped resources: sub-apps and their channels, and
//! the simple-account users, applications and settle accounts.

use super::{alnum_underscore, CREATED};
use crate::validate::schema::{group, int, opt, req, text, Pattern, Str, BOOL, NON_EMPTY, STRING};
use crate::validate::{AnyOf, Array, ByChannel, Field, Fields, Schema};

/// `user` of a sub-app: a user id, or `{id}` as the simple-account example sends.
const SUB_APP_USER: Schema = Schema::AnyOf(&AnyOf {
    variants: &[NON_EMPTY, Schema::Object(&[&[req("id", NON_EMPTY)]])],
    expected: "a user id string or an object with id",
});

const SUB_APP_REST: &[Field] = &[
    opt("parent_app", STRING),
    opt("description", text(2, 50)),
    opt("metadata", Schema::Metadata),
];

/// `sub_apps.create`.
pub(crate) const SUB_APPS_CREATE: Fields = &[
    &[req("display_name", text(2, 50)), req("user", SUB_APP_USER)],
    SUB_APP_REST,
];

/// `sub_apps.update`: the fields of create, all optional.
pub(crate) const SUB_APPS_UPDATE: Fields = &[
    &[opt("display_name", text(2, 50)), opt("user", SUB_APP_USER)],
    SUB_APP_REST,
];

/// `sub_apps.list`.
pub(crate) const SUB_APPS_LIST: Fields = &[&[opt("level", int(1, 5)), opt("parent_app", STRING)], CREATED];

/// `params` of a sub-app channel, by channel (prefixes cover the `_cil` variants).
static CHANNEL_PARAMS: ByChannel = ByChannel {
    field: "channel",
    cases: &[(
        &["isv_scan*", "isv_qr*", "isv_wap*"],
        Schema::Object(&[&[
            opt("fee_rate", int(0, 10_000)),
            req("mer_id", text(15, 15)),
            req("inst_id", text(8, 8)),
            req("key", text(32, 32)),
            req("support_refund", BOOL),
        ]]),
    )],
    default: Some(&Schema::Object(&[])),
};

const CHANNEL_REST: &[Field] = &[
    req("params", Schema::ByChannel(&CHANNEL_PARAMS)).doc("channel parameters"),
    opt("banned", BOOL),
    opt("banned_msg", STRING).doc("required when banned is true"),
    opt("description", STRING),
];

/// `sub_apps.channels.create`.
pub(crate) const CHANNELS_CREATE: Fields = &[&[req("channel", NON_EMPTY)], CHANNEL_REST];

/// `sub_apps.channels.update` (the channel is the path parameter).
pub(crate) const CHANNELS_UPDATE: Fields = &[CHANNEL_REST];

/// `upload_pic.create`.
pub(crate) const UPLOAD_PIC_CREATE: Fields = &[&[req(
    "pic",
    Schema::String(Str::chars(1, usize::MAX).pattern(Pattern::Base64)),
)
.doc("the picture, standard base64")]];

/// `card_bin.query`.
pub(crate) const CARD_BIN_QUERY: Fields = &[&[req(
    "account",
    Schema::String(Str::chars(1, usize::MAX).pattern(Pattern::Digits)),
)
.doc("bank card number")]];

const USER_PROFILE: &[Field] = &[
    opt("gender", Schema::Enum(&["MALE", "FEMALE"])),
    opt("address", STRING),
    opt("avatar", STRING),
    opt("email", STRING),
    opt("mobile", STRING),
    opt("name", STRING),
    opt("metadata", Schema::Metadata),
];

/// `users.create`.
pub(crate) const USERS_CREATE: Fields = &[&[req("id", alnum_underscore(1, 64))], USER_PROFILE];

/// `users.update`.
pub(crate) const USERS_UPDATE: Fields = &[USER_PROFILE];

/// `cus_applications.create`.
pub(crate) const CUS_APPLICATIONS_CREATE: Fields = &[&[
    req("user", NON_EMPTY),
    req("order_no", NON_EMPTY),
    req("cert_type", NON_EMPTY),
    req("cert_name", NON_EMPTY),
    req("cert_number", NON_EMPTY),
    req("mobile", NON_EMPTY),
]];

const APPLICATION_IDS: &[Field] = &[req("user", text(1, 64)), req("order_no", text(1, 64))];

const ID_CARD_TYPES: Schema = Schema::Enum(&[
    "id_card",
    "passport",
    "hm_visitorpass",
    "taiwan",
    "soldier",
    "officers",
    "overseas_card",
    "other",
]);

const T255: Schema = text(1, 255);

const MERCHANT_ADDRESS: Field = group(
    "merchant_address",
    Schema::Object(&[&[
        req("province", text(1, 16)),
        req("city", text(1, 16)),
        req("district", text(1, 16)),
        req("address", text(1, 128)),
    ]]),
);

/// `settle_account` of a merchant application (b2b or b2c).
const SETTLE_ACCOUNT: Field = group(
    "settle_account",
    Schema::Object(&[&[
        req("account", text(6, 34)),
        req("type", Schema::Enum(&["b2b", "b2c"])),
        req("bank_code", text(1, 64)),
    ]]),
);

/// `settle_account` of a micro application (b2c only).
const SETTLE_ACCOUNT_B2C: Field = group(
    "settle_account",
    Schema::Object(&[&[
        req("account", text(6, 34)),
        req("type", Schema::Enum(&["b2c"])),
        req("bank_code", text(1, 64)),
    ]]),
);

/// The payment products of the simple-account appendix. The documents' own
/// response example spells them `yepay_...`: that spelling is accepted too.
const PRODUCTS: Schema = Schema::Enum(&[
    "yeepay_wx_pub_qr",
    "yeepay_wx_pub",
    "yeepay_wx_pub_ofl",
    "yeepay_wx_lite",
    "yeepay_wx_lite_ofl",
    "yeepay_wx_pub_scan",
    "yeepay_wx_pub_scan_ofl",
    "yeepay_alipay_qr",
    "yeepay_alipay_lite",
    "yeepay_alipay_pub",
    "yeepay_alipay_scan",
    "yeepay_upacp_qr",
    "yeepay_upacp_scan",
    "yepay_wx_pub_qr",
    "yepay_wx_pub",
    "yepay_wx_pub_ofl",
    "yepay_wx_lite",
    "yepay_wx_lite_ofl",
    "yepay_wx_pub_scan",
    "yepay_wx_pub_scan_ofl",
    "yepay_alipay_qr",
    "yepay_alipay_lite",
    "yepay_alipay_pub",
    "yepay_alipay_scan",
    "yepay_upacp_qr",
    "yepay_upacp_scan",
]);

const QUALIFICATION_AND_PRODUCTS: &[Field] = &[
    group(
        "function_qualification",
        Schema::Object(&[&[opt("share_scene", text(1, 64)), opt("share_certificate", T255)]]),
    ),
    opt(
        "products",
        Schema::Array(&Array {
            items: PRODUCTS,
            min_items: 0,
            max_items: usize::MAX,
            max_json_chars: None,
        }),
    ),
];

/// `mch_applications.create`.
pub(crate) const MCH_APPLICATIONS_CREATE: Fields = &[
    APPLICATION_IDS,
    &[
        group(
            "business_license",
            Schema::Object(&[&[
                req("copy", T255),
                req("number", text(15, 18)),
                req("account_opening_license", text(10, 64)),
                req("account_opening_license_copy", T255),
                req("company_name", text(2, 64)),
                req("short_name", text(1, 128)),
                req(
                    "sign_type",
                    Schema::Enum(&["individual", "enterprise", "institution", "community"]),
                ),
                opt("hand_license", T255),
            ]]),
        ),
        group(
            "legal_person_id_card",
            Schema::Object(&[&[
                req("type", ID_CARD_TYPES),
                req("copy", T255),
                req("national", T255),
                req("number", T255),
                req("name", T255),
            ]]),
        ),
        group(
            "contact_id_card",
            Schema::Object(&[&[
                req("number", T255),
                req("name", T255),
                req("mobile", T255),
                req("email", T255),
                req("service_phone", T255),
                opt("person_name", text(0, 255)),
            ]]),
        ),
        MERCHANT_ADDRESS,
        SETTLE_ACCOUNT,
        group(
            "industry_category",
            Schema::Object(&[&[
                opt("primary_industry_category", text(1, 16)),
                opt("secondary_industry_category", text(1, 16)),
                opt("industry_qualification_copy", T255),
            ]]),
        ),
    ],
    QUALIFICATION_AND_PRODUCTS,
];

/// `micro_applications.create`.
pub(crate) const MICRO_APPLICATIONS_CREATE: Fields = &[
    APPLICATION_IDS,
    &[
        group(
            "business_license",
            Schema::Object(&[&[req("sign_name", text(1, 128)), req("short_name", text(1, 128))]]),
        ),
        MERCHANT_ADDRESS,
        group(
            "legal_person_id_card",
            Schema::Object(&[&[
                req("type", ID_CARD_TYPES),
                req("number", T255),
                req("copy", T255),
                req("national", T255),
                req("name", T255),
                req("mobile", T255),
            ]]),
        ),
        SETTLE_ACCOUNT_B2C,
    ],
    QUALIFICATION_AND_PRODUCTS,
];

/// `settle_accounts.create`.
pub(crate) const SETTLE_ACCOUNTS_CREATE: Fields = &[&[
    req("channel", Schema::Enum(&["bank_account"])),
    group(
        "recipient",
        Schema::Object(&[&[
            req("account", NON_EMPTY),
            req("type", Schema::Enum(&["b2b", "b2c"])),
            opt("open_bank", STRING),
            opt("open_bank_code", STRING),
        ]]),
    ),
]];
