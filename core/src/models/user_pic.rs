//! The result of `users.upload_pic` (custody product): an identity document
//! photo of a user, filed with the custody bank.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// An identity document photo filed for a user (Java `UserPic`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct UserPic {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// `customer` (a person) or `business` (a company).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<String>,
    /// `00` new, `01` modify, `02` an additional account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operate_type: Option<String>,
    /// `jpg` or `png`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pic_fmt: Option<String>,
    /// `101`/`102` personal ID front/back, `201` company licence, `202`/`203` legal person's ID front/back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pic_type: Option<String>,
    /// The custody account number of the user (pass it back to overwrite).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acc_no: Option<String>,
    /// The custody bank's id of the photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pic_external_id: Option<String>,
}

keep_nulls!(UserPic);
