//! Parameters of `charges.*` and the channel `extra` schemas shared with
//! `orders.pay` (the offline scan channels).

use super::{alnum, digits, expire, url_max, AMOUNT, CREATED, CURRENCY, DAY, DESCRIPTION, HOUR, PAID_REFUNDED};
use crate::validate::schema::{group, int, int_values, opt, req, text, Str, BOOL, INTEGER, IP, NON_EMPTY, STRING, URL};
use crate::validate::{Array, ByChannel, Field, Fields, Schema};

/// Channels of `isv_qr` / `isv_wap` `pay_channel`.
const PAY_CHANNELS: Schema = Schema::Enum(&["alipay", "wx"]);

const fn by_channel(b: &'static ByChannel) -> Schema {
    Schema::ByChannel(b)
}

/// One item of `goods_list`.
const GOODS: &[Field] = &[
    req("goods_name", NON_EMPTY),
    req("price", digit_integer()).doc("fen; an integer or a string of digits"),
    req("goods_num", digit_integer()).doc("an integer or a string of digits"),
    req("goods_id", NON_EMPTY),
    opt("unified_goods_id", STRING),
    opt("goods_category", STRING),
    opt("body", STRING),
    opt("show_url", STRING),
];

/// An integer >= 0 that may also be a string of digits.
const fn digit_integer() -> Schema {
    Schema::Integer(crate::validate::Int {
        digit_string: true,
        ..crate::validate::Int::range(Some(0), None)
    })
}

const GOODS_LIST: Schema = Schema::Array(&Array {
    items: Schema::Object(&[GOODS]),
    min_items: 0,
    max_items: usize::MAX,
    max_json_chars: None,
});

/// `goods_list` of `isv_wap`: `array(1-8192)` in the document, read as at
/// least one item and at most 8192 characters of JSON.
const GOODS_LIST_WAP: Schema = Schema::Array(&Array {
    items: Schema::Object(&[GOODS]),
    min_items: 1,
    max_items: usize::MAX,
    max_json_chars: Some(8192),
});

const TERMINAL_ID: Schema = text(1, 8);

/// `extra` of `isv_qr`.
pub(crate) const ISV_QR: &[Field] = &[
    req("pay_channel", PAY_CHANNELS),
    req("terminal_id", TERMINAL_ID),
    opt("goods_list", GOODS_LIST),
];
/// `extra` of `isv_scan`.
pub(crate) const ISV_SCAN: &[Field] = &[
    req("scan_code", text(1, 32)),
    req("terminal_id", TERMINAL_ID),
    opt("pay_channel", STRING),
    opt("goods_list", GOODS_LIST),
];
/// `extra` of `isv_wap`.
pub(crate) const ISV_WAP: &[Field] = &[
    req("pay_channel", PAY_CHANNELS),
    req("result_url", url_max(120)),
    req("terminal_id", TERMINAL_ID),
    opt("goods_list", GOODS_LIST_WAP),
];

/// `limit_pay` and `goods_tag` of the WeChat channels.
const WX: &[Field] = &[opt("limit_pay", Schema::Enum(&["no_credit"])), opt("goods_tag", STRING)];

const RESULT_URL: &[Field] = &[req("result_url", URL)];

/// The channel cases of a charge's `extra` (also the `charge` of `recharges.create`).
pub(crate) const CHARGE_EXTRA_CASES: &[(&[&str], Schema)] = &[
    (
        &["alipay"],
        Schema::Object(&[&[
            opt("extern_token", text(32, 32)).doc("alipay_open_id of the authorised account, 32 characters"),
            opt("rn_check", Schema::Enum(&["T", "F"])),
        ]]),
    ),
    (
        &["alipay_wap"],
        Schema::Object(&[&[
            req("success_url", URL),
            opt("cancel_url", URL),
            opt("new_version", BOOL),
        ]]),
    ),
    (
        &["alipay_pc_direct"],
        Schema::Object(&[&[
            req("success_url", URL),
            opt("enable_anti_phishing_key", BOOL),
            opt("exter_invoke_ip", IP),
        ]]),
    ),
    (&["wx", "wx_wap"], Schema::Object(&[WX])),
    (&["wx_pub"], Schema::Object(&[&[req("open_id", NON_EMPTY)], WX])),
    (&["wx_pub_qr"], Schema::Object(&[&[req("product_id", text(1, 32))], WX])),
    (&["upacp_wap", "upacp_pc"], Schema::Object(&[RESULT_URL])),
    (&["bfb_wap"], Schema::Object(&[RESULT_URL, &[req("bfb_login", BOOL)]])),
    (
        &["yeepay_wap"],
        Schema::Object(&[&[
            req("product_category", NON_EMPTY),
            req("identity_id", text(1, 50)),
            req("identity_type", INTEGER),
            req("terminal_type", int_values(&[0, 1, 2, 3])),
            req("terminal_id", NON_EMPTY),
            req("user_ua", NON_EMPTY),
            req("result_url", URL),
        ]]),
    ),
    (
        &["jdpay_wap"],
        Schema::Object(&[&[
            req("success_url", URL),
            req("fail_url", URL),
            opt("token", text(32, 32)),
        ]]),
    ),
    (
        &["cnp_u"],
        Schema::Object(&[&[
            req("source", NON_EMPTY),
            req(
                "sms_code",
                Schema::Object(&[&[req("id", NON_EMPTY), req("code", NON_EMPTY)]]),
            ),
        ]]),
    ),
    (&["cnp_f"], Schema::Object(&[&[req("source", NON_EMPTY)]])),
    (
        &["fqlpay_wap"],
        Schema::Object(&[&[req("c_merch_id", NON_EMPTY), opt("return_url", URL)]]),
    ),
    (
        &["qgbc_wap"],
        Schema::Object(&[&[
            req("phone", NON_EMPTY),
            opt("term", int(0, 4)),
            opt("return_url", URL),
            opt("activate_url", URL),
            opt("has_header", BOOL),
        ]]),
    ),
    (
        &["cmb_wallet"],
        Schema::Object(&[&[
            req("result_url", URL),
            req("p_no", digits(1, 30)),
            req("seq", digits(1, 20)),
            req("m_uid", digits(1, 20)),
            req("mobile", digits(11, 11)),
        ]]),
    ),
    (&["isv_qr"], Schema::Object(&[ISV_QR])),
    (&["isv_scan"], Schema::Object(&[ISV_SCAN])),
    (&["isv_wap"], Schema::Object(&[ISV_WAP])),
];

/// `extra` of `charges.create`, by channel; any other channel: an object.
static CHARGE_EXTRA: ByChannel = ByChannel {
    field: "channel",
    cases: CHARGE_EXTRA_CASES,
    default: Some(&Schema::Object(&[])),
};

/// The channel cases of a charge's `order_no`.
pub(crate) const ORDER_NO_CASES: &[(&[&str], Schema)] = &[
    (&["yeepay_wap"], alnum(1, 50)),
    (&["jdpay_wap"], alnum(1, 30)),
    (&["cnp_u", "cnp_f"], alnum(8, 20)),
    (&["applepay_upacp"], alnum(8, 40)),
    (&["alipay*"], alnum(1, 64)),
    (&["wx*"], alnum(1, 32)),
    (&["bfb*"], alnum(1, 20)),
    (&["upacp*"], alnum(8, 40)),
];

/// `order_no` of a charge: letters and digits, length by channel family.
static ORDER_NO: ByChannel = ByChannel {
    field: "channel",
    cases: ORDER_NO_CASES,
    default: Some(&alnum(1, 64)),
};

/// The channel cases of a charge's `subject`.
pub(crate) const SUBJECT_CASES: &[(&[&str], Schema)] = &[(
    &["upacp", "upacp_wap", "upacp_pc"],
    Schema::String(Str::chars(1, 32).max_bytes(32)),
)];

/// `subject`: 1–32 characters, and at most 32 bytes on the UnionPay channels.
static SUBJECT: ByChannel = ByChannel {
    field: "channel",
    cases: SUBJECT_CASES,
    default: Some(&text(1, 32)),
};

/// The channel cases of a charge's `body`.
pub(crate) const BODY_CASES: &[(&[&str], Schema)] = &[(&["yeepay_wap"], text(1, 100))];

/// `body`: 1–128 characters, 1–100 on `yeepay_wap`.
static BODY: ByChannel = ByChannel {
    field: "channel",
    cases: BODY_CASES,
    default: Some(&text(1, 128)),
};

/// `time_expire` of a charge: now+60 s up to 2 h (`wx*`), 1 h (`upacp*`) or 15 days.
static CHARGE_EXPIRE: ByChannel = ByChannel {
    field: "channel",
    cases: &[(&["wx*"], expire(2 * HOUR)), (&["upacp*"], expire(HOUR))],
    default: Some(&expire(15 * DAY)),
};

/// `charges.create`.
pub(crate) const CHARGES_CREATE: Fields = &[&[
    req("order_no", by_channel(&ORDER_NO)).doc("merchant order number, unique per app"),
    group("app", Schema::Object(&[&[req("id", NON_EMPTY)]])).doc("{id: app id}; filled from the client's app id"),
    req("channel", NON_EMPTY),
    req("amount", AMOUNT).doc("fen"),
    req("client_ip", IP),
    req("currency", CURRENCY),
    req("subject", by_channel(&SUBJECT)),
    req("body", by_channel(&BODY)),
    opt("description", DESCRIPTION),
    opt("metadata", Schema::Metadata),
    opt("time_expire", by_channel(&CHARGE_EXPIRE)).doc("unix seconds"),
    group("extra", by_channel(&CHARGE_EXTRA)).doc("channel parameters"),
]];

/// `charges.list` (with the cursor parameters of its pagination).
pub(crate) const CHARGES_LIST: Fields = &[
    &[
        opt("app[id]", NON_EMPTY).doc("the app id, as the query spells it"),
        opt("app", Schema::Object(&[&[req("id", NON_EMPTY)]])),
        opt("channel", STRING),
    ],
    PAID_REFUNDED,
    CREATED,
];

/// `charges.refunds.create`.
pub(crate) const CHARGE_REFUNDS_CREATE: Fields = &[&[
    req("description", text(1, 255)),
    opt("amount", AMOUNT).doc("fen; the whole charge when absent"),
    opt("metadata", Schema::Metadata),
]];
