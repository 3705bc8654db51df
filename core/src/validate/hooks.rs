//! The rules that tie several fields together, and so are not schema data.
//! An operation lists the hooks it needs in its table row; they run after
//! the schema walk. The whole list:
//!
//! - [`Hook::AppIdRequired`] (`charges.list`): `app[id]` (flat, as in the
//!   query) or `app.id` must be given.
//! - [`Hook::WithdrawalAccount`] (`withdrawals.create`): a business
//!   withdrawal names a `settle_account`; without one it is a personal wallet
//!   withdrawal, which needs `channel` (`yeepay`) and `extra.return_url`.
//! - [`Hook::BannedMessage`] (`sub_apps.channels.create` / `update`):
//!   `banned_msg` is required and non-empty when `banned` is true.
//!
//! Rules that depend on the channel alone (`extra` of `charges.create`,
//! `order_no` lengths, `sub_apps.channels` `params`) are schema data: the
//! `by_channel` node.

use serde_json::Value;

use super::checker::{get, Checker, Path};
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
}

/// Personal wallet channels of `withdrawals.create` (both spellings of the documents).
const WALLET_CHANNELS: &[&str] = &["yeepay", "yepay"];

impl Hook {
    /// Every hook.
    pub const ALL: &'static [Hook] = &[Hook::AppIdRequired, Hook::WithdrawalAccount, Hook::BannedMessage];

    /// The stable name used in the operations JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Hook::AppIdRequired => "app_id_required",
            Hook::WithdrawalAccount => "withdrawal_account",
            Hook::BannedMessage => "banned_message",
        }
    }

    /// One line describing the rule.
    pub fn summary(self) -> &'static str {
        match self {
            Hook::AppIdRequired => "app[id] (flat) or app.id is required",
            Hook::WithdrawalAccount => {
                "settle_account (business user), or else channel yeepay/yepay with extra.return_url (personal wallet)"
            }
            Hook::BannedMessage => "banned_msg is required and non-empty when banned is true",
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
                        "is required unless channel is yeepay (a personal wallet)",
                    ),
                    Some(Value::String(ch)) if WALLET_CHANNELS.contains(&ch.as_str()) => {
                        let extra = get(p, "extra");
                        let is_object = matches!(extra, None | Some(Value::Object(_)));
                        if is_object && extra.and_then(|e| get(e, "return_url")).is_none() {
                            c.fail(&root.key("extra").key("return_url"), Rule::Required, "is required");
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
        }
    }
}
