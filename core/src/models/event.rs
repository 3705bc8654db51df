//! `event`: what webhooks deliver and `events.retrieve` returns.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// An event (`evt_...`): a state change of an object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `evt_` + 24 characters.
    pub id: String,
    /// Event type, e.g. `charge.succeeded`, `order.refund.succeeded`.
    #[serde(rename = "type")]
    pub event_type: String,
    /// True in live mode.
    #[serde(default)]
    pub livemode: bool,
    /// Unix seconds.
    #[serde(default)]
    pub created: i64,
    /// The object the event is about.
    pub data: EventData,
    /// Fields not named above (`object`, `pending_webhooks`, `request`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `data` of an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventData {
    /// The object (a charge, a refund, an order, ...), as sent.
    pub object: Value,
    /// Fields not named above.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Event {
    /// Parses an event from raw JSON bytes; anything else is `invalid_event`.
    pub fn from_slice(body: &[u8]) -> Result<Event> {
        serde_json::from_slice(body).map_err(|e| Error::InvalidEvent(format!("body is not an event: {e}")))
    }

    /// The `object` string of `data.object` (`charge`, `refund`, ...), if any.
    pub fn object_type(&self) -> Option<&str> {
        self.data.object.get("object").and_then(Value::as_str)
    }
}
