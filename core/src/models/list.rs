//! The list envelope `{object: "list", url, has_more, data}`, kept exactly
//! as it came: a field that was absent (or `null`) is written back absent
//! (or `null`) unless it was changed, so a round trip adds nothing.

use serde::de::DeserializeOwned;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// How a field of the envelope arrived.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Slot {
    /// Present with a value (or the envelope was built in code): written.
    #[default]
    Given,
    /// Absent: written only when it no longer holds the default.
    Absent,
    /// Explicit `null`: written as `null` while it holds the default.
    Null,
}

impl Slot {
    fn of(map: &Map<String, Value>, key: &str) -> Slot {
        match map.get(key) {
            None => Slot::Absent,
            Some(Value::Null) => Slot::Null,
            Some(_) => Slot::Given,
        }
    }
}

/// How the four named fields arrived.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Received {
    object: Slot,
    url: Slot,
    has_more: Slot,
    data: Slot,
}

/// The list envelope `{object: "list", url, has_more, data}`.
#[derive(Clone, Debug, PartialEq)]
pub struct List<T> {
    /// Always `list`.
    pub object: Option<String>,
    /// The list's URL.
    pub url: Option<String>,
    /// True when more items follow this page (`false` when absent).
    pub has_more: bool,
    /// The items of this page (empty when absent).
    pub data: Vec<T>,
    /// Fields not named above.
    pub extra: Map<String, Value>,
    received: Received,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List {
            object: None,
            url: None,
            has_more: false,
            data: Vec::new(),
            extra: Map::new(),
            received: Received::default(),
        }
    }
}

impl<T> List<T> {
    /// A list of `data` (`object: "list"`, `has_more: false`).
    pub fn new(data: Vec<T>) -> Self {
        List {
            object: Some("list".into()),
            data,
            ..List::default()
        }
    }
}

/// The wire shape, for the schema only (`kinds.json` is made from it in tests).
#[cfg(test)]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct Wire<T> {
    /// Always `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    object: Option<String>,
    /// The list's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    /// True when more items follow this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    has_more: Option<bool>,
    /// The items of this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<Vec<T>>,
    /// Fields not named above.
    #[serde(flatten)]
    extra: Map<String, Value>,
}

#[cfg(test)]
impl<T: schemars::JsonSchema> schemars::JsonSchema for List<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Wire::<T>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        Wire::<T>::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Wire::<T>::json_schema(generator)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let mut map = Map::<String, Value>::deserialize(d)?;
        let received = Received {
            object: Slot::of(&map, "object"),
            url: Slot::of(&map, "url"),
            has_more: Slot::of(&map, "has_more"),
            data: Slot::of(&map, "data"),
        };
        let text = |v: Option<Value>, key: &str| -> Result<Option<String>, D::Error> {
            match v {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s)),
                Some(_) => Err(D::Error::custom(format!("list `{key}` must be a string"))),
            }
        };
        let object = text(map.remove("object"), "object")?;
        let url = text(map.remove("url"), "url")?;
        let has_more = match map.remove("has_more") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => b,
            Some(_) => return Err(D::Error::custom("list `has_more` must be a boolean")),
        };
        let data = match map.remove("data") {
            None | Some(Value::Null) => Vec::new(),
            Some(v) => serde_json::from_value(v).map_err(D::Error::custom)?,
        };
        Ok(List {
            object,
            url,
            has_more,
            data,
            extra: map,
            received,
        })
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for (key, value, slot) in [
            ("object", &self.object, self.received.object),
            ("url", &self.url, self.received.url),
        ] {
            match (value, slot) {
                (Some(v), _) => m.serialize_entry(key, v)?,
                (None, Slot::Null) => m.serialize_entry(key, &())?,
                (None, _) => {}
            }
        }
        match (self.has_more, self.received.has_more) {
            (false, Slot::Absent) => {}
            (false, Slot::Null) => m.serialize_entry("has_more", &())?,
            (b, _) => m.serialize_entry("has_more", &b)?,
        }
        match (self.data.is_empty(), self.received.data) {
            (true, Slot::Absent) => {}
            (true, Slot::Null) => m.serialize_entry("data", &())?,
            _ => m.serialize_entry("data", &self.data)?,
        }
        for (k, v) in &self.extra {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}
