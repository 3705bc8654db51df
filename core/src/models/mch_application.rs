//! `mch_application`: an enterprise or micro-enterprise account opening, and the parameters of `mch_applications.create` and `micro_applications.create`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{has_string_id, keep_nulls, Hash};

/// An enterprise (or micro-enterprise) account opening application.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct MchApplication {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The application id.
    pub id: String,
    /// Always `mch_application`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The application's order number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_no: Option<String>,
    /// Channel results (e.g. the URL to continue the application).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Hash>,
    /// The channel's transaction number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_no: Option<String>,
    /// The merchant id given by the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mch_id: Option<String>,
    /// Status of the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Why the application failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_msg: Option<String>,
    /// Unix seconds of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Unix seconds of completion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_finished: Option<i64>,
    /// The payment products applied for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<String>>,
}

/// Parameters of `mch_applications.create` and `micro_applications.create`; the nested objects are kept as JSON objects.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct MchApplicationCreate {
    /// The user id, 1 to 64 characters. Required.
    pub user: String,
    /// The application's order number, 1 to 64 characters. Required.
    pub order_no: String,
    /// Business licence details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_license: Option<Map<String, Value>>,
    /// Legal person's identity card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_person_id_card: Option<Map<String, Value>>,
    /// Contact person's identity card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_card: Option<Map<String, Value>>,
    /// Address of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_address: Option<Map<String, Value>>,
    /// The settle account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settle_account: Option<Map<String, Value>>,
    /// Industry category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry_category: Option<Map<String, Value>>,
    /// Function qualification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function_qualification: Option<Map<String, Value>>,
    /// The payment products applied for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<String>>,
    /// Parameters not named above, sent as they are.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

keep_nulls!(MchApplication);
has_string_id!(MchApplication);
