//! The result of `users.settle_accounts.create`: a card-binding page (个人用户绑卡,
//! the `{return_url}` body of the simple-account document) or a settle account
//! (the `{channel, recipient}` body of the official SDKs). One method and path
//! serve both, so one model holds both answers (see `docs/validation.md`,
//! "User settle accounts").

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{keep_nulls, Hash, SettleAccount};

/// The answer of `users.settle_accounts.create`. For a `{return_url}` body:
/// `{app, user, card_url}`, where a personal user adds or removes the bank
/// cards of their wallet. For a `{channel, recipient}` body: a settle account
/// (`id`, `object: settle_account`, `channel`, `recipient`, ...), which
/// [`CardBinding::settle_account`] returns typed.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct CardBinding {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The app id (card binding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// The user id (card binding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The page where the user manages their bank cards; valid for 15 minutes (card binding).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_url: Option<String>,
    /// The settle account id (settle account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `settle_account` (settle account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unix seconds of creation (settle account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// True in live mode (settle account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// `bank_account`, `alipay`, `wx_pub` or `wx` (settle account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The account money is settled to: `account`, `name`, `type`, `open_bank_code`, ... (settle account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Hash>,
}

keep_nulls!(CardBinding);

impl CardBinding {
    /// The settle account, when the answer is one (it has an `id`): every field
    /// carried over, unknown ones included. `None` for a card-binding page.
    pub fn settle_account(&self) -> Option<SettleAccount> {
        self.id.as_ref()?;
        serde_json::to_value(self)
            .ok()
            .and_then(|v| serde_json::from_value(v).ok())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::CardBinding;

    #[test]
    fn both_answers_read_and_only_a_settle_account_converts() {
        let page: CardBinding =
            serde_json::from_value(json!({"app": "app_1", "user": "u1", "card_url": "https://x/y"})).unwrap();
        assert_eq!(page.card_url.as_deref(), Some("https://x/y"));
        assert!(page.settle_account().is_none());
        let raw = json!({"id": "320117082519305500005901", "object": "settle_account", "created": 1,
            "livemode": false, "channel": "alipay", "recipient": {"account": "a@b.c", "name": "n"}, "user": "u1"});
        let sa: CardBinding = serde_json::from_value(raw.clone()).unwrap();
        assert_eq!(serde_json::to_value(&sa).unwrap(), raw);
        let typed = sa.settle_account().expect("a settle account");
        assert_eq!(typed.id, "320117082519305500005901");
        assert_eq!(typed.channel.as_deref(), Some("alipay"));
        assert_eq!(typed.other["user"], "u1");
    }
}
