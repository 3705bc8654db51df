//! `event`: what webhooks deliver and `events.retrieve` returns.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// An event (`evt_...`): a state change of an object.
///
/// `livemode` and `created` read `false` / `0` when absent (or `null`), and
/// are then written back absent (or `null`) unless changed: a round trip adds
/// nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(remote = "Self")]
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
    /// How `livemode` and `created` arrived.
    #[serde(skip)]
    #[cfg_attr(test, schemars(skip))]
    received: [Arrived; 2],
}

/// How a defaulted field of [`Event`] arrived.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Arrived {
    #[default]
    Given,
    Absent,
    Null,
}

const DEFAULTED: [&str; 2] = ["livemode", "created"];

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let mut map = Map::<String, Value>::deserialize(d)?;
        let mut received = [Arrived::Given; 2];
        for (slot, key) in received.iter_mut().zip(DEFAULTED) {
            *slot = match map.get(key) {
                None => Arrived::Absent,
                Some(Value::Null) => {
                    map.remove(key);
                    Arrived::Null
                }
                Some(_) => Arrived::Given,
            };
        }
        let mut event = Event::deserialize(Value::Object(map)).map_err(serde::de::Error::custom)?;
        event.received = received;
        Ok(event)
    }
}

impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        if self.received == [Arrived::Given; 2] {
            return Event::serialize(self, s);
        }
        let mut value = Event::serialize(self, serde_json::value::Serializer).map_err(serde::ser::Error::custom)?;
        let is_default = [!self.livemode, self.created == 0];
        if let Value::Object(map) = &mut value {
            for ((arrived, key), default) in self.received.iter().zip(DEFAULTED).zip(is_default) {
                match (arrived, default) {
                    (Arrived::Absent, true) => {
                        map.remove(key);
                    }
                    (Arrived::Null, true) => {
                        map.insert(key.into(), Value::Null);
                    }
                    _ => {}
                }
            }
        }
        value.serialize(s)
    }
}

/// `data` of an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
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
