//! Per-operation rule sets (see `VALIDATION.md`). Each function walks one
//! operation's parameters and records every violation in the checker.
//!
//! Conventions: a field documented as required on its own (`params`,
//! `recipients`, `extra.sms_code`) is reported as `required` when absent;
//! the leaves of a nested group whose parent is not itself required
//! (`app.id`, `extra.*`, `business_license.*`) are reported one by one.
//! Unknown fields and unknown channels pass.

use serde_json::Value;

use super::checker::{as_integer, get, is_base64, is_digits, Checker, Need, Path, OPT, REQ};
use super::Rule;

/// Tolerance of `time_expire` windows against the local clock, on each side.
const TOLERANCE: i64 = 300;
/// The earliest `time_expire`: now + 60 s.
const MIN_EXPIRE: i64 = 60;
const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;
/// `orders.*` `time_expire`: at most now + 7 days (the widest of the documents' windows).
const ORDER_MAX_EXPIRE: i64 = 7 * DAY;
/// Descriptions of charges, refunds and orders: at most 255 characters.
const DESCRIPTION_MAX: usize = 255;

static ROOT: Path<'static> = Path::Root;

const CURRENCIES: &[&str] = &["cny"];
const PAY_CHANNELS: &[&str] = &["alipay", "wx"];
const ACCOUNT_TYPES: &[&str] = &["b2b", "b2c"];
const ID_CARD_TYPES: &[&str] = &[
    "id_card",
    "passport",
    "hm_visitorpass",
    "taiwan",
    "soldier",
    "officers",
    "overseas_card",
    "other",
];
const SIGN_TYPES: &[&str] = &["individual", "enterprise", "institution", "community"];
/// The payment products of the simple-account appendix. The documents' own
/// response example spells them `yepay_...`: that spelling is accepted too.
const PRODUCTS: &[&str] = &[
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
];

fn alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn alnum_underscore(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_offline_scan(channel: &str) -> bool {
    matches!(channel, "isv_qr" | "isv_scan" | "isv_wap")
}

// ---------------------------------------------------------------- shared

/// `client_ip`, `currency`, `subject` (1–32 chars), `body` (1–`body_max` chars),
/// `description` and `metadata` of charges and orders; returns the subject.
fn payment_text<'v>(p: &'v Value, c: &mut Checker, body_max: usize) -> Option<&'v str> {
    c.ip_field(p, &ROOT, "client_ip", REQ);
    c.choice(p, &ROOT, "currency", REQ, CURRENCIES);
    let subject = c.text(p, &ROOT, "subject", REQ, 1, 32);
    c.text(p, &ROOT, "body", REQ, 1, body_max);
    c.text(p, &ROOT, "description", OPT, 0, DESCRIPTION_MAX);
    c.metadata(p, &ROOT);
    subject
}

/// A required `description` of refunds: 1–255 characters.
fn refund_description(p: &Value, c: &mut Checker) {
    c.text(p, &ROOT, "description", REQ, 1, DESCRIPTION_MAX);
}

/// `page` 1..=100,000,000 and `per_page` 1..=100.
fn page_params(p: &Value, c: &mut Checker) {
    c.integer(p, &ROOT, "page", OPT, Some(1), Some(100_000_000));
    c.integer(p, &ROOT, "per_page", OPT, Some(1), Some(100));
}

/// `limit` 1..=`max_limit`, `starting_after` and `ending_before` strings.
fn cursor_params(p: &Value, c: &mut Checker, max_limit: i128) {
    c.integer(p, &ROOT, "limit", OPT, Some(1), Some(max_limit));
    c.string(p, &ROOT, "starting_after", OPT);
    c.string(p, &ROOT, "ending_before", OPT);
}

/// `created` filters: an integer, or `{gt, gte, lt, lte}` of integers (also
/// accepted as flat `created[gt]` keys, as they travel in the query).
fn created_filters(p: &Value, c: &mut Checker) {
    const OPS: [&str; 4] = ["gt", "gte", "lt", "lte"];
    match get(p, "created") {
        None => {}
        Some(v) if as_integer(v).is_some() => {}
        Some(v @ Value::Object(_)) => {
            let at = ROOT.key("created");
            for op in OPS {
                c.integer(v, &at, op, OPT, None, None);
            }
        }
        Some(_) => c.fail(
            &ROOT.key("created"),
            Rule::Type,
            "must be an integer or an object of gt, gte, lt, lte integers",
        ),
    }
    for key in ["created[gt]", "created[gte]", "created[lt]", "created[lte]"] {
        c.integer(p, &ROOT, key, OPT, None, None);
    }
}

/// `paid` and `refunded` booleans of list filters.
fn paid_refunded(p: &Value, c: &mut Checker) {
    c.boolean(p, &ROOT, "paid", OPT);
    c.boolean(p, &ROOT, "refunded", OPT);
}

/// A list of `{user, amount, description}`: royalty users, allocation
/// recipients and senders.
fn parties(c: &mut Checker, items: &[Value], at: &Path, amount: Need, min_amount: i128, description: bool) {
    for (i, item) in items.iter().enumerate() {
        let here = at.index(i);
        if !item.is_object() {
            c.fail(&here, Rule::Type, "must be an object");
            continue;
        }
        c.string(item, &here, "user", REQ);
        c.amount(item, &here, "amount", amount, min_amount);
        if description {
            c.string(item, &here, "description", OPT);
        }
    }
}

/// `goods_list` of the offline scan channels; `max_serialized` limits its
/// length as compact JSON, in characters.
fn goods_list(e: &Value, at: &Path, c: &mut Checker, max_serialized: Option<usize>) {
    let Some(items) = c.list(e, at, "goods_list", OPT, 0) else {
        return;
    };
    let here = at.key("goods_list");
    for (i, item) in items.iter().enumerate() {
        let at_item = here.index(i);
        if !item.is_object() {
            c.fail(&at_item, Rule::Type, "must be an object");
            continue;
        }
        c.string(item, &at_item, "goods_name", REQ);
        c.integer_or_digits(item, &at_item, "price", REQ, 0);
        c.integer_or_digits(item, &at_item, "goods_num", REQ, 0);
        c.string(item, &at_item, "goods_id", REQ);
        for key in ["unified_goods_id", "goods_category", "body", "show_url"] {
            c.string(item, &at_item, key, OPT);
        }
    }
    if let Some(max) = max_serialized {
        let n = serialized_chars(items);
        if n > max {
            c.fail(
                &here,
                Rule::MaxLength,
                format_args!("at most {max} characters when serialized as JSON, got {n}"),
            );
        }
    }
}

/// Characters of the compact JSON serialization, counted without allocating.
fn serialized_chars(items: &[Value]) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    match serde_json::to_writer(&mut count, items) {
        Ok(()) => count.0,
        Err(_) => 0,
    }
}

/// `extra` of the offline scan channels (`isv_qr`, `isv_scan`, `isv_wap`),
/// shared by `charges.create` and `orders.pay`.
fn offline_scan_extra(channel: &str, e: &Value, at: &Path, c: &mut Checker) {
    match channel {
        "isv_qr" => {
            c.choice(e, at, "pay_channel", REQ, PAY_CHANNELS);
            c.text(e, at, "terminal_id", REQ, 1, 8);
            goods_list(e, at, c, None);
        }
        "isv_scan" => {
            c.text(e, at, "scan_code", REQ, 1, 32);
            c.text(e, at, "terminal_id", REQ, 1, 8);
            c.string(e, at, "pay_channel", OPT);
            goods_list(e, at, c, None);
        }
        "isv_wap" => {
            c.choice(e, at, "pay_channel", REQ, PAY_CHANNELS);
            c.url_field(e, at, "result_url", REQ, 120);
            c.text(e, at, "terminal_id", REQ, 1, 8);
            goods_list(e, at, c, Some(8192));
        }
        _ => {}
    }
}

/// `limit_pay` and `goods_tag` of the WeChat channels.
fn wx_extra(e: &Value, at: &Path, c: &mut Checker) {
    c.choice(e, at, "limit_pay", OPT, &["no_credit"]);
    c.string(e, at, "goods_tag", OPT);
}

/// `extra` of `charges.create`, by channel; unknown channels pass.
fn charge_extra(channel: &str, e: &Value, at: &Path, c: &mut Checker) {
    match channel {
        "alipay" => {
            c.string(e, at, "extern_token", OPT);
            c.choice(e, at, "rn_check", OPT, &["T", "F"]);
        }
        "alipay_wap" => {
            c.url_field(e, at, "success_url", REQ, usize::MAX);
            c.url_field(e, at, "cancel_url", OPT, usize::MAX);
            c.boolean(e, at, "new_version", OPT);
        }
        "alipay_pc_direct" => {
            c.url_field(e, at, "success_url", REQ, usize::MAX);
            c.boolean(e, at, "enable_anti_phishing_key", OPT);
            c.ip_field(e, at, "exter_invoke_ip", OPT);
        }
        "wx" | "wx_wap" => wx_extra(e, at, c),
        "wx_pub" => {
            c.string(e, at, "open_id", REQ);
            wx_extra(e, at, c);
        }
        "wx_pub_qr" => {
            c.text(e, at, "product_id", REQ, 1, 32);
            wx_extra(e, at, c);
        }
        "upacp_wap" | "upacp_pc" => c.url_field(e, at, "result_url", REQ, usize::MAX),
        "bfb_wap" => {
            c.url_field(e, at, "result_url", REQ, usize::MAX);
            c.boolean(e, at, "bfb_login", REQ);
        }
        "yeepay_wap" => {
            c.string(e, at, "product_category", REQ);
            c.text(e, at, "identity_id", REQ, 1, 50);
            c.integer(e, at, "identity_type", REQ, None, None);
            if let Some(t) = c.integer(e, at, "terminal_type", REQ, None, None) {
                if !(0..=3).contains(&t) {
                    c.fail(&at.key("terminal_type"), Rule::OneOf, "must be one of 0, 1, 2, 3");
                }
            }
            c.string(e, at, "terminal_id", REQ);
            c.string(e, at, "user_ua", REQ);
            c.url_field(e, at, "result_url", REQ, usize::MAX);
        }
        "jdpay_wap" => {
            c.url_field(e, at, "success_url", REQ, usize::MAX);
            c.url_field(e, at, "fail_url", REQ, usize::MAX);
            c.text(e, at, "token", OPT, 32, 32);
        }
        "cnp_u" => {
            c.string(e, at, "source", REQ);
            if let Some(sms) = c.object(e, at, "sms_code", REQ) {
                let here = at.key("sms_code");
                c.string(sms, &here, "id", REQ);
                c.string(sms, &here, "code", REQ);
            }
        }
        "cnp_f" => {
            c.string(e, at, "source", REQ);
        }
        "fqlpay_wap" => {
            c.string(e, at, "c_merch_id", REQ);
            c.url_field(e, at, "return_url", OPT, usize::MAX);
        }
        "qgbc_wap" => {
            c.string(e, at, "phone", REQ);
            c.integer(e, at, "term", OPT, Some(0), Some(4));
            c.url_field(e, at, "return_url", OPT, usize::MAX);
            c.url_field(e, at, "activate_url", OPT, usize::MAX);
            c.boolean(e, at, "has_header", OPT);
        }
        "cmb_wallet" => {
            c.url_field(e, at, "result_url", REQ, usize::MAX);
            c.digits(e, at, "p_no", REQ, 1, 30);
            c.digits(e, at, "seq", REQ, 1, 20);
            c.digits(e, at, "m_uid", REQ, 1, 20);
            c.digits(e, at, "mobile", REQ, 11, 11);
        }
        other => offline_scan_extra(other, e, at, c),
    }
}

/// Length limits of a charge's `order_no` by channel family.
fn order_no_limits(channel: &str) -> (usize, usize) {
    match channel {
        "yeepay_wap" => (1, 50),
        "jdpay_wap" => (1, 30),
        "cnp_u" | "cnp_f" => (8, 20),
        "applepay_upacp" => (8, 40),
        ch if ch.starts_with("alipay") => (1, 64),
        ch if ch.starts_with("wx") => (1, 32),
        ch if ch.starts_with("bfb") => (1, 20),
        ch if ch.starts_with("upacp") => (8, 40),
        _ => (1, 64),
    }
}

/// The latest `time_expire` of a charge, by channel family.
fn charge_max_expire(channel: &str) -> i64 {
    if channel.starts_with("wx") {
        2 * HOUR
    } else if channel.starts_with("upacp") {
        HOUR
    } else {
        15 * DAY
    }
}

// ---------------------------------------------------------------- charges

/// Rules of `charges.create`.
pub(crate) fn charges_create(p: &Value, c: &mut Checker) {
    let channel = c.string(p, &ROOT, "channel", REQ).unwrap_or("");
    let (min, max) = order_no_limits(channel);
    if let Some(order_no) = c.text(p, &ROOT, "order_no", REQ, min, max) {
        c.pattern(order_no, &ROOT.key("order_no"), alnum, "letters and digits");
    }
    if let Some(app) = c.group(p, &ROOT, "app") {
        c.string(app, &ROOT.key("app"), "id", REQ);
    }
    c.amount(p, &ROOT, "amount", REQ, 1);
    let body_max = if channel == "yeepay_wap" { 100 } else { 128 };
    if let Some(subject) = payment_text(p, c, body_max) {
        if matches!(channel, "upacp" | "upacp_wap" | "upacp_pc") {
            c.max_bytes(subject, &ROOT.key("subject"), 32);
        }
    }
    c.timestamp(
        p,
        &ROOT,
        "time_expire",
        MIN_EXPIRE,
        charge_max_expire(channel),
        TOLERANCE,
    );
    if let Some(extra) = c.group(p, &ROOT, "extra") {
        charge_extra(channel, extra, &ROOT.key("extra"), c);
    }
}

/// Rules of `charges.list`.
pub(crate) fn charges_list(p: &Value, c: &mut Checker) {
    if get(p, "app[id]").is_some() {
        c.string(p, &ROOT, "app[id]", REQ);
    } else if let Some(app) = c.group(p, &ROOT, "app") {
        c.string(app, &ROOT.key("app"), "id", REQ);
    }
    cursor_params(p, c, 100);
    paid_refunded(p, c);
    c.string(p, &ROOT, "channel", OPT);
    created_filters(p, c);
}

/// Rules of `charges.refunds.create`.
pub(crate) fn charge_refunds_create(p: &Value, c: &mut Checker) {
    refund_description(p, c);
    c.amount(p, &ROOT, "amount", OPT, 1);
    c.metadata(p, &ROOT);
}

/// Rules of `charges.refunds.list`.
pub(crate) fn charge_refunds_list(p: &Value, c: &mut Checker) {
    cursor_params(p, c, 100);
    created_filters(p, c);
}

// ---------------------------------------------------------------- orders

/// Rules of `orders.create`.
pub(crate) fn orders_create(p: &Value, c: &mut Checker) {
    c.string(p, &ROOT, "app", REQ);
    if let Some(no) = c.text(p, &ROOT, "merchant_order_no", REQ, 1, 64) {
        c.pattern(
            no,
            &ROOT.key("merchant_order_no"),
            alnum_underscore,
            "letters, digits and _",
        );
    }
    c.amount(p, &ROOT, "amount", REQ, 1);
    c.integer(p, &ROOT, "actual_amount", OPT, Some(0), Some(1_000_000_000));
    payment_text(p, c, 128);
    if c.text(p, &ROOT, "uid", OPT, 1, 64) == Some("0") {
        c.fail(&ROOT.key("uid"), Rule::Pattern, "must not be \"0\"");
    }
    c.text(p, &ROOT, "coupon", OPT, 24, 24);
    for key in ["receipt_app", "service_app", "royalty_template"] {
        c.string(p, &ROOT, key, OPT);
    }
    c.boolean(p, &ROOT, "allocation", OPT);
    if let Some(users) = c.list(p, &ROOT, "royalty_users", OPT, 0) {
        parties(c, users, &ROOT.key("royalty_users"), REQ, 0, false);
    }
    c.timestamp(p, &ROOT, "time_expire", MIN_EXPIRE, ORDER_MAX_EXPIRE, TOLERANCE);
}

/// Rules of `orders.pay`.
pub(crate) fn orders_pay(p: &Value, c: &mut Checker) {
    c.integer(p, &ROOT, "charge_amount", REQ, Some(0), None);
    let channel = c.string(p, &ROOT, "channel", OPT).unwrap_or("");
    c.string(p, &ROOT, "charge_order_no", OPT);
    c.timestamp(p, &ROOT, "time_expire", MIN_EXPIRE, ORDER_MAX_EXPIRE, TOLERANCE);
    let Some(extra) = c.group(p, &ROOT, "extra") else {
        return;
    };
    let at = ROOT.key("extra");
    if is_offline_scan(channel) {
        offline_scan_extra(channel, extra, &at, c);
    } else if channel == "balance" {
        c.url_field(extra, &at, "return_url", OPT, usize::MAX);
        c.url_field(extra, &at, "url", OPT, usize::MAX);
    }
}

/// Rules of `orders.cancel` (the client fills in `status: canceled`).
pub(crate) fn orders_cancel(p: &Value, c: &mut Checker) {
    c.choice(p, &ROOT, "status", REQ, &["canceled"]);
    c.string(p, &ROOT, "user", OPT);
}

/// Rules of `orders.list`.
pub(crate) fn orders_list(p: &Value, c: &mut Checker) {
    c.string(p, &ROOT, "app", REQ);
    page_params(p, c);
    paid_refunded(p, c);
    if let Some(n) = c.integer(p, &ROOT, "canceled", OPT, None, None) {
        if n != 0 && n != 1 {
            c.fail(&ROOT.key("canceled"), Rule::OneOf, "must be one of 0, 1");
        }
    }
    c.choice(p, &ROOT, "type", OPT, &["purchase", "recharge"]);
    for key in ["uid", "receipt_app", "service_app"] {
        c.string(p, &ROOT, key, OPT);
    }
    created_filters(p, c);
}

/// Rules of `orders.charges.list`.
pub(crate) fn orders_charges_list(p: &Value, c: &mut Checker) {
    page_params(p, c);
    c.string(p, &ROOT, "channel", OPT);
    paid_refunded(p, c);
}

/// Rules of `orders.order_refunds.create`.
pub(crate) fn order_refunds_create(p: &Value, c: &mut Checker) {
    refund_description(p, c);
    c.amount(p, &ROOT, "charge_amount", OPT, 1);
    c.string(p, &ROOT, "charge", OPT);
    c.choice(p, &ROOT, "refund_mode", OPT, &["to_source", "to_balance"]);
    c.choice(p, &ROOT, "funding_source", OPT, &["unsettled_funds", "recharge_funds"]);
    if let Some(users) = c.list(p, &ROOT, "royalty_users", OPT, 0) {
        parties(c, users, &ROOT.key("royalty_users"), OPT, 0, false);
    }
    c.metadata(p, &ROOT);
}

/// Rules of `orders.refunds.create` (simple account).
pub(crate) fn orders_refunds_create(p: &Value, c: &mut Checker) {
    c.string(p, &ROOT, "order_no", REQ);
    c.amount(p, &ROOT, "amount", REQ, 1);
    c.string(p, &ROOT, "charge", REQ);
    refund_description(p, c);
}

/// Rules of the refund lists of orders.
pub(crate) fn refunds_list(p: &Value, c: &mut Checker) {
    page_params(p, c);
    c.choice(p, &ROOT, "status", OPT, &["pending", "succeeded", "failed"]);
    created_filters(p, c);
}

/// Rules of the plain page lists (`users.list`, `withdrawals.list`).
pub(crate) fn page_list(p: &Value, c: &mut Checker) {
    page_params(p, c);
    created_filters(p, c);
}

// ---------------------------------------------------------------- events

/// Rules of `events.list`.
pub(crate) fn events_list(p: &Value, c: &mut Checker) {
    cursor_params(p, c, 20);
    c.string(p, &ROOT, "type", OPT);
    created_filters(p, c);
}

/// Operations without body or query parameters beyond their path ids.
pub(crate) fn no_params(_p: &Value, _c: &mut Checker) {}

// ---------------------------------------------------------------- sub-apps

fn sub_app(p: &Value, c: &mut Checker, need: Need) {
    c.text(p, &ROOT, "display_name", need, 2, 50);
    let at = ROOT.key("user");
    match c.required(get(p, "user"), &at, need) {
        Some(Value::String(s)) if s.is_empty() => c.fail(&at, Rule::MinLength, "must not be empty"),
        Some(Value::String(_)) | None => {}
        Some(user @ Value::Object(_)) => {
            c.string(user, &at, "id", REQ);
        }
        Some(_) => c.fail(&at, Rule::Type, "must be a user id string or an object with id"),
    }
    c.string(p, &ROOT, "parent_app", OPT);
    c.text(p, &ROOT, "description", OPT, 2, 50);
    c.metadata(p, &ROOT);
}

/// Rules of `sub_apps.create`.
pub(crate) fn sub_apps_create(p: &Value, c: &mut Checker) {
    sub_app(p, c, REQ);
}

/// Rules of `sub_apps.update`.
pub(crate) fn sub_apps_update(p: &Value, c: &mut Checker) {
    sub_app(p, c, OPT);
}

/// Rules of `sub_apps.list`.
pub(crate) fn sub_apps_list(p: &Value, c: &mut Checker) {
    c.integer(p, &ROOT, "level", OPT, Some(1), Some(5));
    c.string(p, &ROOT, "parent_app", OPT);
    page_params(p, c);
    created_filters(p, c);
}

fn sub_app_channel(p: &Value, c: &mut Checker, channel: &str) {
    if let Some(params) = c.object(p, &ROOT, "params", REQ) {
        if ["isv_scan", "isv_qr", "isv_wap"].iter().any(|f| channel.starts_with(f)) {
            let at = ROOT.key("params");
            c.integer(params, &at, "fee_rate", OPT, Some(0), Some(10_000));
            c.text(params, &at, "mer_id", REQ, 15, 15);
            c.text(params, &at, "inst_id", REQ, 8, 8);
            c.text(params, &at, "key", REQ, 32, 32);
            c.boolean(params, &at, "support_refund", REQ);
        }
    }
    let banned = c.boolean(p, &ROOT, "banned", OPT);
    let at = ROOT.key("banned_msg");
    match get(p, "banned_msg") {
        Some(Value::String(s)) if s.is_empty() && banned == Some(true) => {
            c.conditional(&at, "must not be empty when banned is true")
        }
        Some(Value::String(_)) => {}
        Some(_) => c.fail(&at, Rule::Type, "must be a string"),
        None if banned == Some(true) => c.conditional(&at, "is required when banned is true"),
        None => {}
    }
    c.string(p, &ROOT, "description", OPT);
}

/// Rules of `sub_apps.channels.create`.
pub(crate) fn channels_create(p: &Value, c: &mut Checker) {
    let channel = c.string(p, &ROOT, "channel", REQ).unwrap_or("");
    sub_app_channel(p, c, channel);
}

/// Rules of `sub_apps.channels.update` (the channel is the path parameter).
pub(crate) fn channels_update(p: &Value, c: &mut Checker) {
    let channel = get(p, "channel").and_then(Value::as_str).unwrap_or("");
    sub_app_channel(p, c, channel);
}

// ---------------------------------------------------------------- simple account

/// Rules of `upload_pic.create`.
pub(crate) fn upload_pic_create(p: &Value, c: &mut Checker) {
    if let Some(pic) = c.string(p, &ROOT, "pic", REQ) {
        if !pic.is_empty() && !is_base64(pic) {
            c.fail(&ROOT.key("pic"), Rule::Pattern, "must be standard base64");
        }
    }
}

/// Rules of `card_bin.query`.
pub(crate) fn card_bin_query(p: &Value, c: &mut Checker) {
    if let Some(account) = c.string(p, &ROOT, "account", REQ) {
        if !account.is_empty() && !is_digits(account) {
            c.fail(&ROOT.key("account"), Rule::Pattern, "must contain only digits");
        }
    }
}

fn user_profile(p: &Value, c: &mut Checker) {
    c.choice(p, &ROOT, "gender", OPT, &["MALE", "FEMALE"]);
    for key in ["address", "avatar", "email", "mobile", "name"] {
        c.string(p, &ROOT, key, OPT);
    }
    c.metadata(p, &ROOT);
}

/// Rules of `users.create`.
pub(crate) fn users_create(p: &Value, c: &mut Checker) {
    if let Some(id) = c.text(p, &ROOT, "id", REQ, 1, 64) {
        c.pattern(id, &ROOT.key("id"), alnum_underscore, "letters, digits and _");
    }
    user_profile(p, c);
}

/// Rules of `users.update`.
pub(crate) fn users_update(p: &Value, c: &mut Checker) {
    user_profile(p, c);
}

/// Rules of `users.settle_accounts.create`.
pub(crate) fn users_settle_accounts_create(p: &Value, c: &mut Checker) {
    c.url_field(p, &ROOT, "return_url", REQ, usize::MAX);
}

/// Rules of `cus_applications.create`.
pub(crate) fn cus_applications_create(p: &Value, c: &mut Checker) {
    for key in ["user", "order_no", "cert_type", "cert_name", "cert_number", "mobile"] {
        c.string(p, &ROOT, key, REQ);
    }
}

/// `user` and `order_no` of the account applications: 1–64 characters.
fn application_ids(p: &Value, c: &mut Checker) {
    c.text(p, &ROOT, "user", REQ, 1, 64);
    c.text(p, &ROOT, "order_no", REQ, 1, 64);
}

fn merchant_address(p: &Value, c: &mut Checker) {
    if let Some(a) = c.group(p, &ROOT, "merchant_address") {
        let at = ROOT.key("merchant_address");
        for key in ["province", "city", "district"] {
            c.text(a, &at, key, REQ, 1, 16);
        }
        c.text(a, &at, "address", REQ, 1, 128);
    }
}

fn settle_account(p: &Value, c: &mut Checker, types: &[&str]) {
    if let Some(s) = c.group(p, &ROOT, "settle_account") {
        let at = ROOT.key("settle_account");
        c.text(s, &at, "account", REQ, 6, 34);
        c.choice(s, &at, "type", REQ, types);
        c.text(s, &at, "bank_code", REQ, 1, 64);
    }
}

fn function_qualification_and_products(p: &Value, c: &mut Checker) {
    if let Some(f) = c.group(p, &ROOT, "function_qualification") {
        let at = ROOT.key("function_qualification");
        c.text(f, &at, "share_scene", OPT, 1, 64);
        c.text(f, &at, "share_certificate", OPT, 1, 255);
    }
    let Some(products) = c.list(p, &ROOT, "products", OPT, 0) else {
        return;
    };
    let at = ROOT.key("products");
    for (i, product) in products.iter().enumerate() {
        match product {
            Value::String(s) => {
                let known = PRODUCTS.contains(&s.as_str())
                    || s.strip_prefix("yepay_")
                        .is_some_and(|rest| PRODUCTS.iter().any(|p| p.strip_prefix("yeepay_") == Some(rest)));
                if !known {
                    c.fail(
                        &at.index(i),
                        Rule::OneOf,
                        format_args!("must be one of {}", PRODUCTS.join(", ")),
                    );
                }
            }
            _ => c.fail(&at.index(i), Rule::Type, "must be a string"),
        }
    }
}

/// Rules of `mch_applications.create`.
pub(crate) fn mch_applications_create(p: &Value, c: &mut Checker) {
    application_ids(p, c);
    if let Some(b) = c.group(p, &ROOT, "business_license") {
        let at = ROOT.key("business_license");
        c.text(b, &at, "copy", REQ, 1, 255);
        c.text(b, &at, "number", REQ, 15, 18);
        c.text(b, &at, "account_opening_license", REQ, 10, 64);
        c.text(b, &at, "account_opening_license_copy", REQ, 1, 255);
        c.text(b, &at, "company_name", REQ, 2, 64);
        c.text(b, &at, "short_name", REQ, 1, 128);
        c.choice(b, &at, "sign_type", REQ, SIGN_TYPES);
        c.text(b, &at, "hand_license", OPT, 1, 255);
    }
    if let Some(l) = c.group(p, &ROOT, "legal_person_id_card") {
        let at = ROOT.key("legal_person_id_card");
        c.choice(l, &at, "type", REQ, ID_CARD_TYPES);
        for key in ["copy", "national", "number", "name"] {
            c.text(l, &at, key, REQ, 1, 255);
        }
    }
    if let Some(k) = c.group(p, &ROOT, "contact_id_card") {
        let at = ROOT.key("contact_id_card");
        for key in ["number", "name", "mobile", "email", "service_phone"] {
            c.text(k, &at, key, REQ, 1, 255);
        }
        c.text(k, &at, "person_name", OPT, 0, 255);
    }
    merchant_address(p, c);
    settle_account(p, c, ACCOUNT_TYPES);
    if let Some(i) = c.group(p, &ROOT, "industry_category") {
        let at = ROOT.key("industry_category");
        c.text(i, &at, "primary_industry_category", OPT, 1, 16);
        c.text(i, &at, "secondary_industry_category", OPT, 1, 16);
        c.text(i, &at, "industry_qualification_copy", OPT, 1, 255);
    }
    function_qualification_and_products(p, c);
}

/// Rules of `micro_applications.create`.
pub(crate) fn micro_applications_create(p: &Value, c: &mut Checker) {
    application_ids(p, c);
    if let Some(b) = c.group(p, &ROOT, "business_license") {
        let at = ROOT.key("business_license");
        c.text(b, &at, "sign_name", REQ, 1, 128);
        c.text(b, &at, "short_name", REQ, 1, 128);
    }
    merchant_address(p, c);
    if let Some(l) = c.group(p, &ROOT, "legal_person_id_card") {
        let at = ROOT.key("legal_person_id_card");
        c.choice(l, &at, "type", REQ, ID_CARD_TYPES);
        for key in ["number", "copy", "national", "name", "mobile"] {
            c.text(l, &at, key, REQ, 1, 255);
        }
    }
    settle_account(p, c, &["b2c"]);
    function_qualification_and_products(p, c);
}

/// Rules of `settle_accounts.create`.
pub(crate) fn settle_accounts_create(p: &Value, c: &mut Checker) {
    c.choice(p, &ROOT, "channel", REQ, &["bank_account"]);
    if let Some(r) = c.group(p, &ROOT, "recipient") {
        let at = ROOT.key("recipient");
        c.string(r, &at, "account", REQ);
        c.choice(r, &at, "type", REQ, ACCOUNT_TYPES);
        c.string(r, &at, "open_bank", OPT);
        c.string(r, &at, "open_bank_code", OPT);
    }
}

/// Rules of `deposits.create`.
pub(crate) fn deposits_create(p: &Value, c: &mut Checker) {
    c.string(p, &ROOT, "user", REQ);
    c.string(p, &ROOT, "order_no", REQ);
    c.amount(p, &ROOT, "amount", REQ, 1);
    if let Some(e) = c.group(p, &ROOT, "extra") {
        c.url_field(e, &ROOT.key("extra"), "return_url", REQ, usize::MAX);
    }
    c.metadata(p, &ROOT);
}

/// Rules of `withdrawals.create`: a business user names a `settle_account`;
/// a personal wallet uses channel `yeepay` (or `yepay`) with `extra.return_url`.
pub(crate) fn withdrawals_create(p: &Value, c: &mut Checker) {
    c.string(p, &ROOT, "user", REQ);
    c.string(p, &ROOT, "order_no", REQ);
    c.amount(p, &ROOT, "amount", REQ, 1);
    c.string(p, &ROOT, "settle_account", OPT);
    let has_channel = get(p, "channel").is_some();
    if c.choice(p, &ROOT, "channel", OPT, &["yeepay", "yepay"]).is_some() {
        if let Some(e) = c.group(p, &ROOT, "extra") {
            c.url_field(e, &ROOT.key("extra"), "return_url", REQ, usize::MAX);
        }
    }
    if get(p, "settle_account").is_none() && !has_channel {
        c.conditional(
            &ROOT.key("settle_account"),
            "is required unless channel is yeepay (a personal wallet)",
        );
    }
}

/// Rules of `withdrawals.confirm`.
pub(crate) fn withdrawals_confirm(p: &Value, c: &mut Checker) {
    c.choice(p, &ROOT, "status", REQ, &["pending", "canceled"]);
}

// ---------------------------------------------------------------- allocations

fn allocation_ids(p: &Value, c: &mut Checker) {
    for key in ["app", "order", "order_no"] {
        c.string(p, &ROOT, key, REQ);
    }
}

/// Rules of `allocations.create`.
pub(crate) fn allocations_create(p: &Value, c: &mut Checker) {
    allocation_ids(p, c);
    if let Some(items) = c.list(p, &ROOT, "recipients", REQ, 1) {
        parties(c, items, &ROOT.key("recipients"), REQ, 1, true);
    }
}

/// Rules of `allocation_refunds.create`.
pub(crate) fn allocation_refunds_create(p: &Value, c: &mut Checker) {
    allocation_ids(p, c);
    if let Some(items) = c.list(p, &ROOT, "senders", REQ, 1) {
        parties(c, items, &ROOT.key("senders"), REQ, 1, true);
    }
    if let Some(e) = c.group(p, &ROOT, "extra") {
        c.string(e, &ROOT.key("extra"), "allocation", REQ);
    }
}

/// Rules of `allocation_completes.create`.
pub(crate) fn allocation_completes_create(p: &Value, c: &mut Checker) {
    allocation_ids(p, c);
    c.text(p, &ROOT, "description", OPT, 0, DESCRIPTION_MAX);
}
