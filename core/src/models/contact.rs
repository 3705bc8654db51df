//! The result of `sub_apps.contact` (custody product): a contact person of a
//! user's custody account (Java `Contact`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::keep_nulls;

/// A contact filed for a user's custody account: an emergency contact, the
/// legal person or the finance contact.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
pub struct Contact {
    /// Fields not named above, and explicit `null`s (see the module documentation).
    #[serde(flatten)]
    pub other: Map<String, Value>,
    /// The user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// True in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// The user's custody account number (as `users.upload_pic` returned it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acc_no: Option<String>,
    /// The custody bank's number of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_no: Option<String>,
    /// `1`–`3` first to third emergency contact, `4` legal person, `5` finance contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<i64>,
    /// The contact's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,
    /// `01` ID card, `02` business licence, `03` passport, `04` Hong Kong/Macau pass,
    /// `05` Taiwan pass, `06` temporary ID card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_cert_type: Option<String>,
    /// First day of the certificate's validity, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_cert_valid_from: Option<String>,
    /// Last day of the certificate's validity, `YYYY-MM-DD` (`9999-12-31`: long-term).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_cert_valid_until: Option<String>,
    /// `1` business owner, `2` sole trader, `3` full-time, `4` part-time, `5` student,
    /// `6` retired, `7` no fixed job, `8` other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_job_type: Option<i64>,
    /// The contact's relation to the user: `1` parent, `2` spouse, `3` child, `4` brother,
    /// `5` sister, `6` other relative, `7` friend, `8` colleague.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_relation_ship: Option<i64>,
}

keep_nulls!(Contact);
