//! Typed objects of the API. Unknown fields are kept in `extra`, never dropped.

use serde::{Deserialize, Serialize};

mod event;

pub use event::{Event, EventData};

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
}

impl Kind {
    /// The `object` string the API puts in such an object.
    pub fn object_name(self) -> &'static str {
        match self {
            Kind::Charge => "charge",
            Kind::Refund => "refund",
            Kind::Order => "order",
            Kind::OrderRefund => "refund",
            Kind::Event => "event",
            Kind::SubApp => "sub_app",
            Kind::Channel => "channel",
            Kind::Deleted => "deleted",
            Kind::UploadPic => "upload_pic",
            Kind::CardBin => "card_bin",
            Kind::User => "user",
            Kind::SettleAccount => "settle_account",
            Kind::CusApplication => "cus_application",
            Kind::MchApplication => "mch_application",
            Kind::Deposit => "deposit",
            Kind::Withdrawal => "withdrawal",
            Kind::Allocation => "allocation",
            Kind::AllocationComplete => "allocation_complete",
        }
    }
}

/// The list envelope `{object: "list", url, has_more, data}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct List<T> {
    /// Always `list`.
    #[serde(default)]
    pub object: Option<String>,
    /// The list's URL.
    #[serde(default)]
    pub url: Option<String>,
    /// True when more items follow this page.
    #[serde(default)]
    pub has_more: bool,
    /// The items of this page.
    #[serde(default = "Vec::new")]
    pub data: Vec<T>,
    /// Fields not named above.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
