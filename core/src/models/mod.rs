//! Typed objects of the API. The typed parameters of every operation are
//! generated from the operation table (`crate::api::generated`).
//!
//! # Lossless round-trips
//!
//! Every model keeps what it does not name in `other` (a flattened map; the
//! name `extra` belongs to the API's own `extra` fields), so an unknown field is
//! never dropped. Fields are `Option` unless the object cannot
//! exist without them (`id`): a field absent from the JSON stays absent when
//! serialised again (`skip_serializing_if`).
//!
//! A field that is present with an explicit `null` (`"time_paid": null`) would
//! otherwise come back absent. The representation chosen: the typed field reads
//! `None`, and the `null` is remembered as an entry of `other`
//! (`other["time_paid"] == Value::Null`). Serialising writes the remembered
//! `null`s first and the typed fields after them, so a typed field set later to
//! `Some(..)` wins over its remembered `null`. This keeps the typed API plain
//! (`Option<T>`, no tri-state wrapper) and makes `deserialize` then `serialize`
//! give back the same `serde_json::Value`, which `core/tests/models_roundtrip.rs`
//! checks for every JSON example of the API documents. The models derive serde
//! with `#[serde(remote = "Self")]`; a small internal macro writes the
//! `Serialize` and `Deserialize` impls around that derive.
//!
//! [`Event`], older than these models and used by webhook verification, keeps
//! its plain `livemode: bool` and `created: i64` (absent reads as `false` / `0`
//! and is written back); every document example has both, so it round-trips too.
//!
//! Some documents send an empty hash as `[]` (PHP SDK output, e.g.
//! `"metadata": []`); such fields are [`OrEmptyList`] so that both spellings
//! parse and come back as they were.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

mod agreement;
mod allocation;
mod allocation_complete;
mod balance_bonus;
mod balance_settlement;
mod balance_transaction;
mod balance_transfer;
mod batch_refund;
mod batch_transfer;
mod batch_withdrawal;
mod card_bin;
mod card_binding;
mod card_info;
mod channel;
mod charge;
mod contact;
mod coupon;
mod credential;
mod cus_application;
mod customs;
mod deleted;
mod deposit;
mod event;
mod funds_transfer;
mod identification;
mod list;
mod mch_application;
mod order;
mod order_refund;
mod profit_transaction;
mod recharge;
mod recharge_refund;
mod red_envelope;
mod refund;
mod royalty;
mod royalty_settlement;
mod royalty_template;
mod schema;
mod settle_account;
mod split_profit;
mod split_receiver;
mod sub_app;
mod sub_bank;
mod trade_detail;
mod transfer;
mod transfer_channel;
mod upload_pic;
mod user;
mod user_pic;
mod withdrawal;

pub use agreement::{Agreement, AgreementNotify};
pub use allocation::{Allocation, AllocationParty};
pub use allocation_complete::AllocationComplete;
pub use balance_bonus::BalanceBonus;
pub use balance_settlement::BalanceSettlement;
pub use balance_transaction::BalanceTransaction;
pub use balance_transfer::BalanceTransfer;
pub use batch_refund::BatchRefund;
pub use batch_transfer::BatchTransfer;
pub use batch_withdrawal::BatchWithdrawal;
pub use card_bin::CardBin;
pub use card_binding::CardBinding;
pub use card_info::CardInfo;
pub use channel::Channel;
pub use charge::Charge;
pub use contact::Contact;
pub use coupon::{Coupon, CouponExpiration, CouponTemplate, CouponType};
pub use credential::Credential;
pub use cus_application::CusApplication;
pub use customs::Customs;
pub use deleted::Deleted;
pub use deposit::Deposit;
pub use event::{Event, EventData};
pub use funds_transfer::FundsTransfer;
pub use identification::Identification;
pub use list::List;
pub use mch_application::MchApplication;
pub use order::Order;
pub use order_refund::{ObjectId, OrderRefund};
pub use profit_transaction::ProfitTransaction;
pub use recharge::Recharge;
pub use recharge_refund::RechargeRefund;
pub use red_envelope::RedEnvelope;
pub use refund::Refund;
pub use royalty::{Royalty, RoyaltyDataResult};
pub use royalty_settlement::{RoyaltySettlement, RoyaltyTransaction};
pub use royalty_template::{RoyaltyRule, RoyaltyRuleLevel, RoyaltyTemplate};
pub use schema::kind_schema;
pub use settle_account::SettleAccount;
pub use split_profit::{SplitProfit, SplitProfitRecipient};
pub use split_receiver::SplitReceiver;
pub use sub_app::SubApp;
pub use sub_bank::SubBank;
pub use trade_detail::TradeDetail;
pub use transfer::Transfer;
pub use transfer_channel::TransferChannel;
pub use upload_pic::UploadPic;
pub use user::User;
pub use user_pic::UserPic;
pub use withdrawal::Withdrawal;

/// A JSON object (`metadata`, `extra`, ...).
pub type Hash = OrEmptyList<Map<String, Value>>;

/// Implements `Serialize` and `Deserialize` for models derived with
/// `#[serde(remote = "Self")]`, keeping explicit `null`s in `other` (see the
/// module documentation). The model's `other` map must be declared first.
macro_rules! keep_nulls {
    ($($t:ty),* $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let map = serde_json::Map::<String, serde_json::Value>::deserialize(d)?;
                let nulls: Vec<String> = map.iter().filter(|(_, v)| v.is_null()).map(|(k, _)| k.clone()).collect();
                let mut me = <$t>::deserialize(serde_json::Value::Object(map)).map_err(serde::de::Error::custom)?;
                for key in nulls {
                    me.other.entry(key).or_insert(serde_json::Value::Null);
                }
                Ok(me)
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                if self.other.values().any(serde_json::Value::is_null) {
                    // Through a map: a typed field written after its remembered null replaces it.
                    let value = <$t>::serialize(self, serde_json::value::Serializer).map_err(serde::ser::Error::custom)?;
                    serde::Serialize::serialize(&value, s)
                } else {
                    <$t>::serialize(self, s)
                }
            }
        }
    )*};
}
pub(crate) use keep_nulls;

/// A value that some documents send as `[]` when it is empty (PHP SDK output).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum OrEmptyList<T> {
    /// The value.
    Value(T),
    /// An empty JSON array standing for an empty value.
    EmptyList([(); 0]),
}

impl<T> OrEmptyList<T> {
    /// The value, `None` for the `[]` spelling.
    pub fn get(&self) -> Option<&T> {
        match self {
            OrEmptyList::Value(v) => Some(v),
            OrEmptyList::EmptyList(_) => None,
        }
    }
}

impl<T> From<T> for OrEmptyList<T> {
    fn from(v: T) -> Self {
        OrEmptyList::Value(v)
    }
}

impl<T: Default> Default for OrEmptyList<T> {
    fn default() -> Self {
        OrEmptyList::Value(T::default())
    }
}

/// A field that holds an object's id, or the object itself when expanded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Expandable<T> {
    /// The id.
    Id(String),
    /// The expanded object.
    Object(Box<T>),
}

impl<T> Expandable<T> {
    /// The id, when not expanded.
    pub fn id(&self) -> Option<&str> {
        match self {
            Expandable::Id(id) => Some(id),
            Expandable::Object(_) => None,
        }
    }

    /// The object, when expanded.
    pub fn object(&self) -> Option<&T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(o) => Some(o),
        }
    }
}

/// An object that has an id: what cursor pagination (`starting_after`) needs.
pub trait HasId {
    /// The object's id, used as `starting_after` for the next page.
    fn object_id(&self) -> Option<String>;
}

macro_rules! has_string_id {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::models::HasId for $t {
            fn object_id(&self) -> Option<String> {
                Some(self.id.clone())
            }
        }
    )*};
}
pub(crate) use has_string_id;

impl HasId for Value {
    fn object_id(&self) -> Option<String> {
        match self.get("id")? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

/// The kinds of object the API returns; each row of the operation table names one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `charge`
    Charge,
    /// `refund`
    Refund,
    /// `order`
    Order,
    /// `order_refund` (refunds of an order)
    OrderRefund,
    /// `event`
    Event,
    /// `sub_app`
    SubApp,
    /// `channel` of a sub-app
    Channel,
    /// `{"deleted": true, "id": ...}`
    Deleted,
    /// result of `upload_pic`
    UploadPic,
    /// result of `card_bin`
    CardBin,
    /// result of `users.settle_accounts.create`: a card binding page of a personal
    /// user, or a settle account (see [`CardBinding`])
    CardBinding,
    /// `user`
    User,
    /// `settle_account`
    SettleAccount,
    /// `cus_application`
    CusApplication,
    /// `mch_application` (also micro applications)
    MchApplication,
    /// `deposit`
    Deposit,
    /// `withdrawal`
    Withdrawal,
    /// `allocation`
    Allocation,
    /// `allocation_complete`
    AllocationComplete,
    /// `transfer`
    Transfer,
    /// `red_envelope`
    RedEnvelope,
    /// `batch_transfer`
    BatchTransfer,
    /// `batch_refund`
    BatchRefund,
    /// `customs`
    Customs,
    /// result of `identification.create`
    Identification,
    /// result of `card_info.query`
    CardInfo,
    /// `sub_bank` (items of `sub_banks.list`)
    SubBank,
    /// `funds_transfer`
    FundsTransfer,
    /// `agreement`
    Agreement,
    /// result of `agreements.notify`
    AgreementNotify,
    /// `trade_detail` of a paid charge
    TradeDetail,
    /// result of `users.upload_pic` (custody product)
    UserPic,
    /// `recharge`
    Recharge,
    /// refund of a recharge (`object`: `refund`)
    RechargeRefund,
    /// `balance_bonus`
    BalanceBonus,
    /// `balance_transfer`
    BalanceTransfer,
    /// `balance_transaction`
    BalanceTransaction,
    /// `balance_settlement`
    BalanceSettlement,
    /// `batch_withdrawal`
    BatchWithdrawal,
    /// result of `sub_apps.contact` (custody product)
    Contact,
    /// `transfer_channel` of a sub-app
    TransferChannel,
    /// `royalty`
    Royalty,
    /// result of `orders.royalty_datas.create`
    RoyaltyDataResult,
    /// `royalty_settlement`
    RoyaltySettlement,
    /// `royalty_transaction`
    RoyaltyTransaction,
    /// `royalty_template`
    RoyaltyTemplate,
    /// `coupon_template`
    CouponTemplate,
    /// `coupon` of a user
    Coupon,
    /// `split_receiver` (WeChat profit sharing)
    SplitReceiver,
    /// `split_profit`
    SplitProfit,
    /// `profit_transaction`
    ProfitTransaction,
}

impl Kind {
    /// Every kind, in table order.
    pub const ALL: &'static [Kind] = &[
        Kind::Charge,
        Kind::Refund,
        Kind::Order,
        Kind::OrderRefund,
        Kind::Event,
        Kind::SubApp,
        Kind::Channel,
        Kind::Deleted,
        Kind::UploadPic,
        Kind::CardBin,
        Kind::CardBinding,
        Kind::User,
        Kind::SettleAccount,
        Kind::CusApplication,
        Kind::MchApplication,
        Kind::Deposit,
        Kind::Withdrawal,
        Kind::Allocation,
        Kind::AllocationComplete,
        Kind::Transfer,
        Kind::RedEnvelope,
        Kind::BatchTransfer,
        Kind::BatchRefund,
        Kind::Customs,
        Kind::Identification,
        Kind::CardInfo,
        Kind::SubBank,
        Kind::FundsTransfer,
        Kind::Agreement,
        Kind::AgreementNotify,
        Kind::TradeDetail,
        Kind::UserPic,
        Kind::Recharge,
        Kind::RechargeRefund,
        Kind::BalanceBonus,
        Kind::BalanceTransfer,
        Kind::BalanceTransaction,
        Kind::BalanceSettlement,
        Kind::BatchWithdrawal,
        Kind::Contact,
        Kind::TransferChannel,
        Kind::Royalty,
        Kind::RoyaltyDataResult,
        Kind::RoyaltySettlement,
        Kind::RoyaltyTransaction,
        Kind::RoyaltyTemplate,
        Kind::CouponTemplate,
        Kind::Coupon,
        Kind::SplitReceiver,
        Kind::SplitProfit,
        Kind::ProfitTransaction,
    ];

    /// The kind's name: the snake_case of the model's type name
    /// (`order_refund` for [`OrderRefund`]); the key of `kinds` in the
    /// operations JSON.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Charge => "charge",
            Kind::Refund => "refund",
            Kind::Order => "order",
            Kind::OrderRefund => "order_refund",
            Kind::Event => "event",
            Kind::SubApp => "sub_app",
            Kind::Channel => "channel",
            Kind::Deleted => "deleted",
            Kind::UploadPic => "upload_pic",
            Kind::CardBin => "card_bin",
            Kind::CardBinding => "card_binding",
            Kind::User => "user",
            Kind::SettleAccount => "settle_account",
            Kind::CusApplication => "cus_application",
            Kind::MchApplication => "mch_application",
            Kind::Deposit => "deposit",
            Kind::Withdrawal => "withdrawal",
            Kind::Allocation => "allocation",
            Kind::AllocationComplete => "allocation_complete",
            Kind::Transfer => "transfer",
            Kind::RedEnvelope => "red_envelope",
            Kind::BatchTransfer => "batch_transfer",
            Kind::BatchRefund => "batch_refund",
            Kind::Customs => "customs",
            Kind::Identification => "identification",
            Kind::CardInfo => "card_info",
            Kind::SubBank => "sub_bank",
            Kind::FundsTransfer => "funds_transfer",
            Kind::Agreement => "agreement",
            Kind::AgreementNotify => "agreement_notify",
            Kind::TradeDetail => "trade_detail",
            Kind::UserPic => "user_pic",
            Kind::Recharge => "recharge",
            Kind::RechargeRefund => "recharge_refund",
            Kind::BalanceBonus => "balance_bonus",
            Kind::BalanceTransfer => "balance_transfer",
            Kind::BalanceTransaction => "balance_transaction",
            Kind::BalanceSettlement => "balance_settlement",
            Kind::BatchWithdrawal => "batch_withdrawal",
            Kind::Contact => "contact",
            Kind::TransferChannel => "transfer_channel",
            Kind::Royalty => "royalty",
            Kind::RoyaltyDataResult => "royalty_data_result",
            Kind::RoyaltySettlement => "royalty_settlement",
            Kind::RoyaltyTransaction => "royalty_transaction",
            Kind::RoyaltyTemplate => "royalty_template",
            Kind::CouponTemplate => "coupon_template",
            Kind::Coupon => "coupon",
            Kind::SplitReceiver => "split_receiver",
            Kind::SplitProfit => "split_profit",
            Kind::ProfitTransaction => "profit_transaction",
        }
    }

    /// Deserializes `value` through this kind's model and serializes it back:
    /// the value the SDK would hand on. For every value the model accepts the
    /// result equals `value` (the lossless round trip that
    /// `core/tests/models_roundtrip.rs` and the fuzz target check).
    pub fn round_trip(self, value: Value) -> Result<Value, serde_json::Error> {
        fn through<T: serde::de::DeserializeOwned + Serialize>(v: Value) -> Result<Value, serde_json::Error> {
            serde_json::to_value(serde_json::from_value::<T>(v)?)
        }
        match self {
            Kind::Charge => through::<Charge>(value),
            Kind::Refund => through::<Refund>(value),
            Kind::Order => through::<Order>(value),
            Kind::OrderRefund => through::<OrderRefund>(value),
            Kind::Event => through::<Event>(value),
            Kind::SubApp => through::<SubApp>(value),
            Kind::Channel => through::<Channel>(value),
            Kind::Deleted => through::<Deleted>(value),
            Kind::UploadPic => through::<UploadPic>(value),
            Kind::CardBin => through::<CardBin>(value),
            Kind::CardBinding => through::<CardBinding>(value),
            Kind::User => through::<User>(value),
            Kind::SettleAccount => through::<SettleAccount>(value),
            Kind::CusApplication => through::<CusApplication>(value),
            Kind::MchApplication => through::<MchApplication>(value),
            Kind::Deposit => through::<Deposit>(value),
            Kind::Withdrawal => through::<Withdrawal>(value),
            Kind::Allocation => through::<Allocation>(value),
            Kind::AllocationComplete => through::<AllocationComplete>(value),
            Kind::Transfer => through::<Transfer>(value),
            Kind::RedEnvelope => through::<RedEnvelope>(value),
            Kind::BatchTransfer => through::<BatchTransfer>(value),
            Kind::BatchRefund => through::<BatchRefund>(value),
            Kind::Customs => through::<Customs>(value),
            Kind::Identification => through::<Identification>(value),
            Kind::CardInfo => through::<CardInfo>(value),
            Kind::SubBank => through::<SubBank>(value),
            Kind::FundsTransfer => through::<FundsTransfer>(value),
            Kind::Agreement => through::<Agreement>(value),
            Kind::AgreementNotify => through::<AgreementNotify>(value),
            Kind::TradeDetail => through::<TradeDetail>(value),
            Kind::UserPic => through::<UserPic>(value),
            Kind::Recharge => through::<Recharge>(value),
            Kind::RechargeRefund => through::<RechargeRefund>(value),
            Kind::BalanceBonus => through::<BalanceBonus>(value),
            Kind::BalanceTransfer => through::<BalanceTransfer>(value),
            Kind::BalanceTransaction => through::<BalanceTransaction>(value),
            Kind::BalanceSettlement => through::<BalanceSettlement>(value),
            Kind::BatchWithdrawal => through::<BatchWithdrawal>(value),
            Kind::Contact => through::<Contact>(value),
            Kind::TransferChannel => through::<TransferChannel>(value),
            Kind::Royalty => through::<Royalty>(value),
            Kind::RoyaltyDataResult => through::<RoyaltyDataResult>(value),
            Kind::RoyaltySettlement => through::<RoyaltySettlement>(value),
            Kind::RoyaltyTransaction => through::<RoyaltyTransaction>(value),
            Kind::RoyaltyTemplate => through::<RoyaltyTemplate>(value),
            Kind::CouponTemplate => through::<CouponTemplate>(value),
            Kind::Coupon => through::<Coupon>(value),
            Kind::SplitReceiver => through::<SplitReceiver>(value),
            Kind::SplitProfit => through::<SplitProfit>(value),
            Kind::ProfitTransaction => through::<ProfitTransaction>(value),
        }
    }

    /// Looks a kind up by its [`Kind::name`].
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.name() == name)
    }

    /// The `object` string the API puts in such an object: the kind's name,
    /// except that refunds of an order or of a recharge say `refund`.
    pub fn object_name(self) -> &'static str {
        match self {
            Kind::OrderRefund | Kind::RechargeRefund => "refund",
            other => other.name(),
        }
    }
}

/// Like [`Kind::round_trip`] for a list envelope of any objects (`List<Value>`).
pub fn round_trip_list(value: Value) -> Result<Value, serde_json::Error> {
    serde_json::to_value(serde_json::from_value::<List<Value>>(value)?)
}

impl HasId for Event {
    fn object_id(&self) -> Option<String> {
        Some(self.id.clone())
    }
}
