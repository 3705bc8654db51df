//! The rules that tie several fields together, and so are not schema data.
//! An operation lists the hooks it needs in its table row; they run after
//! the schema walk. The whole list:
//!
//! - [`Hook::AppIdRequired`] (`charges.list`): `app[id]` (flat, as in the
//!   query) or `app.id` must be given.
//! - [`Hook::WithdrawalAccount`] (`withdrawals.create`): a business
//!   withdrawal names a `settle_account`; without one, `channel` is required:
//!   a personal wallet (`yeepay`) needs `extra.return_url`, a payout channel
//!   (unionpay, alipay, wx_pub, allinpay, jdpay) needs its `extra`.
//! - [`Hook::WithdrawalPayee`] (`withdrawals.create`): a card payout's `extra`
//!   names the card (`account` or `card_number`) and its holder (`name` or
//!   `user_name`), and for unionpay the bank (`open_bank_code` or `open_bank`).
//! - [`Hook::RechargeFee`] (`recharges.create`): `user_fee` is at most
//!   `charge.amount` and is not given with `balance_bonus.amount`.
//! - [`Hook::BannedMessage`] (`sub_apps.channels.create` / `update`):
//!   `banned_msg` is required and non-empty when `banned` is true.
//! - [`Hook::TransferRecipient`] (`transfers.create`): `recipient` is required
//!   for the channels that pay a named account (alipay, wx_pub, balance).
//! - [`Hook::UnionpayBank`] (`transfers.create`, `batch_transfers.create`): a
//!   unionpay payout names its bank by `open_bank_code` or `open_bank`.
//! - [`Hook::BatchAmountSum`] (`batch_transfers.create`): `amount` is the sum
//!   of the recipients' amounts.
//! - [`Hook::SettleAccountBody`] (`users.settle_accounts.create`): one of two
//!   bodies, `{return_url}` (card binding) or `{channel, recipient}` (a settle
//!   account), never both and never neither.
//! - [`Hook::CertValidity`] (`sub_apps.contact`): `contact_cert_valid_from`
//!   is not after `contact_cert_valid_until` (both calendar dates).
//! - [`Hook::CouponTemplate`] (`coupon_templates.create`): a cash template
//!   (`type` 1) needs `amount_off`, a discount template (`type` 2) needs
//!   `percent_off`, and `expiration.time_end` is after `expiration.time_start`.
//! - [`Hook::SplitReceiverName`] (`split_receivers.create`): `name` is
//!   required for the types `MERCHANT_ID` and `PERSONAL_WECHATID`.
//! - [`Hook::SplitReturnRecipients`] (`split_profits.create`): the recipients
//!   of a `split_return` name no `split_receiver` (the merchant itself gets
//!   what is left).
//!
//! Rules that depend on the channel alone (`extra` of `charges.create`,
//! `order_no` lengths, `sub_apps.channels` `params`) are schema data: the
//! `by_channel` node.

use serde_json::Value;

use super::checker::{get, Checker, Path};
use super::schema::Pattern;
use super::walk::pattern_matches;
use crate::violation::Rule;

/// A cross-field rule (see the module documentation for the list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hook {
    /// `app[id]` or `app.id` is required.
    AppIdRequired,
    /// `settle_account`, or a personal wallet channel with `extra.return_url`.
    WithdrawalAccount,
    /// `banned_msg` required when `banned` is true.
    BannedMessage,
    /// `recipient` required for alipay, wx_pub and balance transfers.
    TransferRecipient,
    /// A unionpay payout's bank: `open_bank_code` or `open_bank`.
    UnionpayBank,
    /// `amount` equals the sum of `recipients[].amount`.
    BatchAmountSum,
    /// `return_url`, or `channel` with `recipient`: exactly one of the two bodies.
    SettleAccountBody,
    /// A card withdrawal's payee: card, holder and (unionpay) bank.
    WithdrawalPayee,
    /// `user_fee` at most `charge.amount`, not with `balance_bonus.amount`.
    RechargeFee,
    /// `contact_cert_valid_from` not after `contact_cert_valid_until`.
    CertValidity,
    /// `amount_off` or `percent_off` by `type`; `expiration` ends after it starts.
    CouponTemplate,
    /// `name` required for split receivers of type MERCHANT_ID and PERSONAL_WECHATID.
    SplitReceiverName,
    /// No `recipients[].split_receiver` in a `split_return`.
    SplitReturnRecipients,
}

/// Split receiver types whose `name` is required.
const NAMED_RECEIVER_TYPES: &[&str] = &["MERCHANT_ID", "PERSONAL_WECHATID"];

/// Transfer channels that pay a named account, so need `recipient`.
const RECIPIENT_CHANNELS: &[&str] = &["alipay", "wx_pub", "balance"];

/// Personal wallet channels of `withdrawals.create` (both spellings of the documents).
const WALLET_CHANNELS: &[&str] = &["yeepay", "yepay"];

/// Withdrawal channels that pay out to a card (the official SDKs' contract).
const CARD_CHANNELS: &[&str] = &["unionpay", "allinpay", "jdpay"];

impl Hook {
    /// Every hook.
    pub const ALL: &'static [Hook] = &[
        Hook::AppIdRequired,
        Hook::WithdrawalAccount,
        Hook::BannedMessage,
        Hook::TransferRecipient,
        Hook::UnionpayBank,
        Hook::BatchAmountSum,
        Hook::SettleAccountBody,
        Hook::WithdrawalPayee,
        Hook::RechargeFee,
        Hook::CertValidity,
        Hook::CouponTemplate,
        Hook::SplitReceiverName,
        Hook::SplitReturnRecipients,
    ];

    /// The stable name used in the operations JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Hook::AppIdRequired => "app_id_required",
            Hook::WithdrawalAccount => "withdrawal_account",
            Hook::BannedMessage => "banned_message",
            Hook::TransferRecipient => "transfer_recipient",
            Hook::UnionpayBank => "unionpay_bank",
            Hook::BatchAmountSum => "batch_amount_sum",
            Hook::SettleAccountBody => "settle_account_body",
            Hook::WithdrawalPayee => "withdrawal_payee",
            Hook::RechargeFee => "recharge_fee",
            Hook::CertValidity => "cert_validity",
            Hook::CouponTemplate => "coupon_template",
            Hook::SplitReceiverName => "split_receiver_name",
            Hook::SplitReturnRecipients => "split_return_recipients",
        }
    }

    /// One line describing the rule.
    pub fn summary(self) -> &'static str {
        match self {
            Hook::AppIdRequired => "app[id] (flat) or app.id is required",
            Hook::WithdrawalAccount => {
                "settle_account (business user), or else channel: yeepay/yepay with extra.return_url (personal wallet), or a payout channel with its extra"
            }
            Hook::BannedMessage => "banned_msg is required and non-empty when banned is true",
            Hook::TransferRecipient => "recipient is required for channels alipay, wx_pub and balance",
            Hook::UnionpayBank => {
                "for channel unionpay, open_bank_code or open_bank is required (extra, or each recipient of a batch)"
            }
            Hook::BatchAmountSum => "amount equals the sum of recipients[].amount",
            Hook::SettleAccountBody => {
                "either return_url (a card binding page) or channel with recipient (a settle account), not both"
            }
            Hook::WithdrawalPayee => {
                "for channels unionpay, allinpay and jdpay, extra names the card (account or card_number) and its holder (name or user_name); for unionpay also open_bank_code or open_bank"
            }
            Hook::RechargeFee => "user_fee is at most charge.amount and is not given with balance_bonus.amount",
            Hook::CertValidity => "contact_cert_valid_from is not after contact_cert_valid_until",
            Hook::CouponTemplate => {
                "amount_off is required when type is 1 and percent_off when type is 2; expiration.time_end is after expiration.time_start"
            }
            Hook::SplitReceiverName => "name is required for type MERCHANT_ID (the merchant's full name) and PERSONAL_WECHATID (the person's name)",
            Hook::SplitReturnRecipients => {
                "for type split_return, recipients[].split_receiver is not allowed (split_normal requires it)"
            }
        }
    }

    /// Applies the rule to the parameters `p` (an object).
    pub fn check(self, p: &Value, c: &mut Checker) {
        let root = Path::Root;
        match self {
            Hook::AppIdRequired => {
                if get(p, "app[id]").is_none() && get(p, "app").is_none() {
                    c.fail(&root.key("app").key("id"), Rule::Required, "is required");
                }
            }
            Hook::WithdrawalAccount => {
                if get(p, "settle_account").is_some() {
                    return;
                }
                match get(p, "channel") {
                    None => c.conditional(
                        &root.key("settle_account"),
                        "is required unless channel is given (yeepay for a personal wallet, or a payout channel)",
                    ),
                    Some(Value::String(ch)) if WALLET_CHANNELS.contains(&ch.as_str()) => {
                        let extra = get(p, "extra");
                        let is_object = matches!(extra, None | Some(Value::Object(_)));
                        if is_object && extra.and_then(|e| get(e, "return_url")).is_none() {
                            c.fail(&root.key("extra").key("return_url"), Rule::Required, "is required");
                        }
                    }
                    Some(Value::String(ch)) => {
                        if get(p, "extra").is_none() {
                            c.conditional(
                                &root.key("extra"),
                                format_args!("is required for channel {ch} unless settle_account is given"),
                            );
                        }
                    }
                    Some(_) => {}
                }
            }
            Hook::BannedMessage => {
                if get(p, "banned") != Some(&Value::Bool(true)) {
                    return;
                }
                let at = root.key("banned_msg");
                match get(p, "banned_msg") {
                    None => c.conditional(&at, "is required when banned is true"),
                    Some(Value::String(s)) if s.is_empty() => {
                        c.conditional(&at, "must not be empty when banned is true")
                    }
                    Some(_) => {}
                }
            }
            Hook::TransferRecipient => {
                let channel = get(p, "channel").and_then(Value::as_str).unwrap_or("");
                if RECIPIENT_CHANNELS.contains(&channel) && get(p, "recipient").is_none() {
                    c.conditional(
                        &root.key("recipient"),
                        format_args!("is required for channel {channel}"),
                    );
                }
            }
            Hook::UnionpayBank => {
                if get(p, "channel").and_then(Value::as_str) != Some("unionpay") {
                    return;
                }
                let names_bank = |o: &Value| get(o, "open_bank_code").is_some() || get(o, "open_bank").is_some();
                let what = "is required for channel unionpay, unless open_bank is given";
                if let Some(Value::Array(items)) = get(p, "recipients") {
                    let list = root.key("recipients");
                    for (i, item) in items.iter().enumerate() {
                        if item.is_object() && !names_bank(item) {
                            c.conditional(&list.index(i).key("open_bank_code"), what);
                        }
                    }
                    return;
                }
                let named = match get(p, "extra") {
                    None => false,
                    Some(extra @ Value::Object(_)) => names_bank(extra),
                    Some(_) => true,
                };
                if !named {
                    c.conditional(&root.key("extra").key("open_bank_code"), what);
                }
            }
            Hook::WithdrawalPayee => {
                let channel = get(p, "channel").and_then(Value::as_str).unwrap_or("");
                let extra = match get(p, "extra") {
                    Some(e @ Value::Object(_)) if CARD_CHANNELS.contains(&channel) => e,
                    _ => return,
                };
                let at = root.key("extra");
                let either = |a: &str, b: &str| get(extra, a).is_some() || get(extra, b).is_some();
                if !either("account", "card_number") {
                    c.conditional(
                        &at.key("account"),
                        format_args!("is required for channel {channel}, unless card_number is given"),
                    );
                }
                if !either("name", "user_name") {
                    c.conditional(
                        &at.key("name"),
                        format_args!("is required for channel {channel}, unless user_name is given"),
                    );
                }
                if channel == "unionpay" && !either("open_bank_code", "open_bank") {
                    c.conditional(
                        &at.key("open_bank_code"),
                        "is required for channel unionpay, unless open_bank is given",
                    );
                }
            }
            Hook::RechargeFee => {
                let Some(fee) = get(p, "user_fee").and_then(Value::as_i64) else {
                    return;
                };
                let at = root.key("user_fee");
                let amount = get(p, "charge")
                    .and_then(|ch| get(ch, "amount"))
                    .and_then(Value::as_i64);
                if let Some(amount) = amount.filter(|a| fee > *a) {
                    c.conditional(&at, format_args!("must not exceed charge.amount ({amount})"));
                }
                if get(p, "balance_bonus").and_then(|b| get(b, "amount")).is_some() {
                    c.conditional(&at, "must not be given together with balance_bonus.amount");
                }
            }
            Hook::CouponTemplate => coupon_template(p, c),
            Hook::SplitReceiverName => {
                let kind = get(p, "type").and_then(Value::as_str).unwrap_or("");
                if NAMED_RECEIVER_TYPES.contains(&kind) && get(p, "name").is_none() {
                    c.conditional(&root.key("name"), format_args!("is required for type {kind}"));
                }
            }
            Hook::SplitReturnRecipients => {
                if get(p, "type").and_then(Value::as_str) != Some("split_return") {
                    return;
                }
                if let Some(Value::Array(items)) = get(p, "recipients") {
                    let list = root.key("recipients");
                    for (i, item) in items.iter().enumerate() {
                        if get(item, "split_receiver").is_some() {
                            c.conditional(
                                &list.index(i).key("split_receiver"),
                                "is not allowed for type split_return: the merchant itself gets what is left",
                            );
                        }
                    }
                }
            }
            Hook::BatchAmountSum => {
                let (Some(amount), Some(Value::Array(items))) =
                    (get(p, "amount").and_then(Value::as_i64), get(p, "recipients"))
                else {
                    return;
                };
                let amounts: Option<Vec<i64>> =
                    items.iter().map(|i| get(i, "amount").and_then(Value::as_i64)).collect();
                // Not with no recipients (their own `min_length` error) or a non-integer amount.
                let Some(amounts) = amounts.filter(|a| !a.is_empty()) else {
                    return;
                };
                let sum = amounts.iter().fold(0i64, |a, b| a.saturating_add(*b));
                if sum != amount {
                    c.conditional(
                        &root.key("amount"),
                        format_args!("must equal the sum of recipients[].amount ({sum})"),
                    );
                }
            }
            Hook::CertValidity => {
                let date = |k: &str| {
                    get(p, k)
                        .and_then(Value::as_str)
                        .filter(|s| pattern_matches(Pattern::Date, s))
                };
                // Fixed-width dates compare as text; a malformed one has its own pattern error.
                if let (Some(from), Some(until)) = (date("contact_cert_valid_from"), date("contact_cert_valid_until")) {
                    if from > until {
                        c.conditional(
                            &root.key("contact_cert_valid_from"),
                            format_args!("must not be after contact_cert_valid_until ({until})"),
                        );
                    }
                }
            }
            Hook::SettleAccountBody => {
                let binding = get(p, "return_url").is_some();
                let (channel, recipient) = (get(p, "channel").is_some(), get(p, "recipient").is_some());
                if binding && (channel || recipient) {
                    let other = if channel { "channel" } else { "recipient" };
                    c.conditional(
                        &root.key(other),
                        "must not be sent with return_url: send return_url (a card binding page) or channel and recipient (a settle account), not both",
                    );
                } else if !binding && !channel {
                    c.conditional(
                        &root.key("channel"),
                        "is required (with recipient) unless return_url is given for a card binding page",
                    );
                } else if channel && !recipient {
                    c.conditional(&root.key("recipient"), "is required with channel");
                }
            }
        }
    }
}

/// [`Hook::CouponTemplate`]: the value field of the template's `type`, and a
/// validity window that ends after it starts.
fn coupon_template(p: &Value, c: &mut Checker) {
    let root = Path::Root;
    let needed = match get(p, "type").and_then(Value::as_i64) {
        Some(1) => Some(("amount_off", 1)),
        Some(2) => Some(("percent_off", 2)),
        _ => None,
    };
    if let Some((field, kind)) = needed {
        if get(p, field).is_none() {
            c.conditional(&root.key(field), format_args!("is required when type is {kind}"));
        }
    }
    let Some(expiration @ Value::Object(_)) = get(p, "expiration") else {
        return;
    };
    let time = |k: &str| get(expiration, k).and_then(Value::as_i64);
    if let (Some(start), Some(end)) = (time("time_start"), time("time_end")) {
        if end <= start {
            c.conditional(
                &root.key("expiration").key("time_end"),
                format_args!("must be after expiration.time_start ({start})"),
            );
        }
    }
}
