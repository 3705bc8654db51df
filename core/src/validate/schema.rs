//! Parameter schemas as static data: the vocabulary every operation's
//! parameters are described in (see `docs/validation.md` and
//! `docs/operations-json.md`).
//!
//! A schema is built from `const fn`s into `static` data, interpreted by one
//! checker ([`super::walk`]) and exported as JSON ([`Schema::to_json`]) for the
//! generator, the emulator and the bindings. Rules that tie several fields
//! together are not schema data: they are [`super::Hook`]s.

use serde_json::{json, Map, Value};

/// Whether a field must be present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Absent or null is a `required` violation.
    Required,
    /// Absent or null is fine; a present value is checked.
    Optional,
    /// A nested object whose parent is not documented as required (`extra`,
    /// `business_license`): absent reads as `{}`, so its required fields are
    /// reported one by one (`extra.success_url: is required`).
    Group,
}

/// A named shape of characters a string must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// ASCII letters and digits.
    Alphanumeric,
    /// ASCII letters, digits and `_`.
    AlphanumericUnderscore,
    /// ASCII digits.
    Digits,
    /// Standard base64 with `=` padding (length a multiple of 4).
    Base64,
    /// Any text but `"0"` (`orders.create` `uid`).
    NotZero,
    /// Led by an ASCII letter, a digit, `_`, `-` or `@` (`users.upload_pic` `user`).
    IdStart,
    /// A calendar date `YYYY-MM-DD` that exists (`2024-02-29`, not `2023-02-29`).
    Date,
    /// Any text without `&` (`split_profits.create` recipients' `description`).
    NoAmpersand,
}

impl Pattern {
    /// The name used in the JSON export (`alphanumeric`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Pattern::Alphanumeric => "alphanumeric",
            Pattern::AlphanumericUnderscore => "alphanumeric_underscore",
            Pattern::Digits => "digits",
            Pattern::Base64 => "base64",
            Pattern::NotZero => "not_zero",
            Pattern::IdStart => "id_start",
            Pattern::Date => "date",
            Pattern::NoAmpersand => "no_ampersand",
        }
    }
}

/// A format a string must have (checked even when the string is empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// An IPv4 or IPv6 address.
    Ip,
    /// An absolute `http://` or `https://` URL.
    Url,
}

impl Format {
    /// `ip` or `url`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Ip => "ip",
            Format::Url => "url",
        }
    }
}

/// A string: lengths in characters (Unicode scalar values) and UTF-8 bytes,
/// an optional pattern and format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Str {
    /// Fewest characters (0: may be empty).
    pub min_chars: usize,
    /// Most characters (`usize::MAX`: unbounded).
    pub max_chars: usize,
    /// Most UTF-8 bytes (`usize::MAX`: unbounded).
    pub max_bytes: usize,
    /// Characters allowed (checked on non-empty strings).
    pub pattern: Option<Pattern>,
    /// Shape of the whole string.
    pub format: Option<Format>,
}

impl Str {
    /// A string of `min ..= max` characters.
    pub const fn chars(min: usize, max: usize) -> Str {
        Str {
            min_chars: min,
            max_chars: max,
            max_bytes: usize::MAX,
            pattern: None,
            format: None,
        }
    }
    /// The same string with a pattern.
    pub const fn pattern(self, pattern: Pattern) -> Str {
        Str {
            pattern: Some(pattern),
            ..self
        }
    }
    /// The same string with a byte limit.
    pub const fn max_bytes(self, max: usize) -> Str {
        Str { max_bytes: max, ..self }
    }
    /// The same string with a format.
    pub const fn format(self, format: Format) -> Str {
        Str {
            format: Some(format),
            ..self
        }
    }
}

/// A time window relative to the clock: `now + min ..= now + max` seconds,
/// widened by `tolerance` on each side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Earliest offset from now, in seconds.
    pub min: i64,
    /// Latest offset from now, in seconds.
    pub max: i64,
    /// Tolerance against the local clock, on each side, in seconds.
    pub tolerance: i64,
}

/// An integer (a JSON number without fraction).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Int {
    /// Smallest value.
    pub min: Option<i64>,
    /// Largest value.
    pub max: Option<i64>,
    /// The only values allowed (empty: any in range); a miss is `one_of`.
    pub values: &'static [i64],
    /// Also accept a string of digits (sent as such by some documents).
    pub digit_string: bool,
    /// A unix time that must fall in this window.
    pub window: Option<Window>,
}

impl Int {
    /// An integer in `min ..= max`.
    pub const fn range(min: Option<i64>, max: Option<i64>) -> Int {
        Int {
            min,
            max,
            values: &[],
            digit_string: false,
            window: None,
        }
    }
}

/// A list.
#[derive(Clone, Copy, Debug)]
pub struct Array {
    /// The schema of every item.
    pub items: Schema,
    /// Fewest items.
    pub min_items: usize,
    /// Most items (`usize::MAX`: no limit).
    pub max_items: usize,
    /// Most characters of the list written as compact JSON.
    pub max_json_chars: Option<usize>,
}

/// A schema chosen by the value of a top-level parameter (`channel`).
#[derive(Clone, Copy, Debug)]
pub struct ByChannel {
    /// The parameter naming the channel: a top-level name, or a dotted path
    /// into sub-objects (`charge.channel`).
    pub field: &'static str,
    /// Cases in order: channel names (a trailing `*` matches a prefix) and
    /// their schema; the first match wins.
    pub cases: &'static [(&'static [&'static str], Schema)],
    /// The schema of any other channel (`None`: not checked).
    pub default: Option<&'static Schema>,
}

impl ByChannel {
    /// The schema for `channel`.
    pub fn select(&self, channel: &str) -> Option<&Schema> {
        for (names, schema) in self.cases {
            if names.iter().any(|n| matches_channel(n, channel)) {
                return Some(schema);
            }
        }
        self.default
    }
}

fn matches_channel(pattern: &str, channel: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => channel.starts_with(prefix),
        None => pattern == channel,
    }
}

/// A value that may take one of several shapes, chosen by its JSON type.
#[derive(Clone, Copy, Debug)]
pub struct AnyOf {
    /// The shapes; the first whose JSON type matches the value is checked.
    pub variants: &'static [Schema],
    /// What the value must be, for the `type` message (`an integer or ...`).
    pub expected: &'static str,
}

/// One field of an object.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// Key in the JSON object (may contain brackets: `created[gt]`).
    pub name: &'static str,
    /// Required, optional or group.
    pub presence: Presence,
    /// The value's schema.
    pub schema: Schema,
    /// One line for the reference (may be empty).
    pub doc: &'static str,
}

/// A required field.
pub const fn req(name: &'static str, schema: Schema) -> Field {
    Field {
        name,
        presence: Presence::Required,
        schema,
        doc: "",
    }
}

/// An optional field.
pub const fn opt(name: &'static str, schema: Schema) -> Field {
    Field {
        name,
        presence: Presence::Optional,
        schema,
        doc: "",
    }
}

/// A group field (see [`Presence::Group`]).
pub const fn group(name: &'static str, schema: Schema) -> Field {
    Field {
        name,
        presence: Presence::Group,
        schema,
        doc: "",
    }
}

impl Field {
    /// The same field with a doc line (kept only with the `schema-docs`
    /// feature: firmware builds leave the text out).
    pub const fn doc(self, doc: &'static str) -> Field {
        if cfg!(feature = "schema-docs") {
            Field { doc, ..self }
        } else {
            self
        }
    }
}

/// The fields of an object, as a list of shared parts (concatenated).
pub type Fields = &'static [&'static [Field]];

/// A parameter schema.
#[derive(Clone, Copy, Debug)]
pub enum Schema {
    /// A string.
    String(Str),
    /// An integer.
    Integer(Int),
    /// `true` or `false`.
    Boolean,
    /// One of these strings.
    Enum(&'static [&'static str]),
    /// An object with these known fields (unknown fields pass).
    Object(Fields),
    /// A list.
    Array(&'static Array),
    /// The `metadata` rule: at most 10 keys, keys and string values at most
    /// 1000 characters in total, values scalar.
    Metadata,
    /// A schema chosen by a channel.
    ByChannel(&'static ByChannel),
    /// One of several shapes.
    AnyOf(&'static AnyOf),
    /// Anything.
    Any,
}

/// A string of any length (may be empty).
pub const STRING: Schema = Schema::String(Str::chars(0, usize::MAX));
/// A non-empty string.
pub const NON_EMPTY: Schema = Schema::String(Str::chars(1, usize::MAX));
/// An integer of any value.
pub const INTEGER: Schema = Schema::Integer(Int::range(None, None));
/// A URL of any length.
pub const URL: Schema = Schema::String(Str::chars(0, usize::MAX).format(Format::Url));
/// An IP address.
pub const IP: Schema = Schema::String(Str::chars(0, usize::MAX).format(Format::Ip));
/// A boolean.
pub const BOOL: Schema = Schema::Boolean;

/// A string of `min ..= max` characters.
pub const fn text(min: usize, max: usize) -> Schema {
    Schema::String(Str::chars(min, max))
}

/// An integer in `min ..= max`.
pub const fn int(min: i64, max: i64) -> Schema {
    Schema::Integer(Int::range(Some(min), Some(max)))
}

/// An integer of at least `min`.
pub const fn int_min(min: i64) -> Schema {
    Schema::Integer(Int::range(Some(min), None))
}

/// An integer that must be one of `values`.
pub const fn int_values(values: &'static [i64]) -> Schema {
    Schema::Integer(Int {
        values,
        ..Int::range(None, None)
    })
}

impl Schema {
    /// The schema as JSON (the `<schema>` nodes of `docs/operations-json.md`).
    pub fn to_json(&self) -> Value {
        match self {
            Schema::String(s) => {
                let mut m = Map::new();
                m.insert("type".into(), json!("string"));
                if s.min_chars > 0 {
                    m.insert("min_chars".into(), json!(s.min_chars));
                }
                if s.max_chars != usize::MAX {
                    m.insert("max_chars".into(), json!(s.max_chars));
                }
                if s.max_bytes != usize::MAX {
                    m.insert("max_bytes".into(), json!(s.max_bytes));
                }
                if let Some(p) = s.pattern {
                    m.insert("pattern".into(), json!(p.as_str()));
                }
                if let Some(f) = s.format {
                    m.insert("format".into(), json!(f.as_str()));
                }
                Value::Object(m)
            }
            Schema::Integer(i) => {
                let mut m = Map::new();
                m.insert("type".into(), json!("integer"));
                if let Some(min) = i.min {
                    m.insert("min".into(), json!(min));
                }
                if let Some(max) = i.max {
                    m.insert("max".into(), json!(max));
                }
                if !i.values.is_empty() {
                    m.insert("values".into(), json!(i.values));
                }
                if i.digit_string {
                    m.insert("digit_string".into(), json!(true));
                }
                if let Some(w) = i.window {
                    m.insert("format".into(), json!("unix_time"));
                    m.insert(
                        "window".into(),
                        json!({"min_s": w.min, "max_s": w.max, "tolerance_s": w.tolerance}),
                    );
                }
                Value::Object(m)
            }
            Schema::Boolean => json!({"type": "boolean"}),
            Schema::Enum(values) => json!({"type": "enum", "values": values}),
            Schema::Object(parts) => object_json(parts),
            Schema::Array(a) => {
                let mut m = Map::new();
                m.insert("type".into(), json!("array"));
                m.insert("items".into(), a.items.to_json());
                if a.max_items != usize::MAX {
                    m.insert("max_items".into(), json!(a.max_items));
                }
                if a.min_items > 0 {
                    m.insert("min_items".into(), json!(a.min_items));
                }
                if let Some(n) = a.max_json_chars {
                    m.insert("max_json_chars".into(), json!(n));
                }
                Value::Object(m)
            }
            Schema::Metadata => json!({"type": "metadata"}),
            Schema::ByChannel(b) => {
                let mut cases = Map::new();
                for (names, schema) in b.cases {
                    for name in names.iter() {
                        cases.entry(name.to_string()).or_insert_with(|| schema.to_json());
                    }
                }
                let mut m = Map::new();
                m.insert("type".into(), json!("by_channel"));
                m.insert("channel_field".into(), json!(b.field));
                m.insert("cases".into(), Value::Object(cases));
                m.insert("default".into(), b.default.map_or(Value::Null, Schema::to_json));
                Value::Object(m)
            }
            Schema::AnyOf(a) => json!({
                "type": "any_of",
                "variants": a.variants.iter().map(Schema::to_json).collect::<Vec<_>>(),
            }),
            Schema::Any => json!({"type": "any"}),
        }
    }
}

/// An object node: `{"type":"object","fields":{...},"additional":true}`.
pub fn object_json(parts: Fields) -> Value {
    let mut fields = Map::new();
    for f in parts.iter().flat_map(|p| p.iter()) {
        fields.insert(f.name.to_string(), field_json(f));
    }
    json!({"type": "object", "fields": fields, "additional": true})
}

/// A field node: its schema with `required` (and `group`, `doc`) added.
pub fn field_json(f: &Field) -> Value {
    let mut node = f.schema.to_json();
    if let Value::Object(m) = &mut node {
        m.insert("required".into(), json!(f.presence == Presence::Required));
        if f.presence == Presence::Group {
            m.insert("group".into(), json!(true));
        }
        if !f.doc.is_empty() {
            m.insert("doc".into(), json!(f.doc));
        }
    }
    node
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_cases_match_names_and_prefixes() {
        static B: ByChannel = ByChannel {
            field: "channel",
            cases: &[(&["yeepay_wap"], text(1, 50)), (&["wx*"], text(1, 32))],
            default: Some(&STRING),
        };
        assert!(matches!(B.select("yeepay_wap"), Some(Schema::String(s)) if s.max_chars == 50));
        assert!(matches!(B.select("wx_pub"), Some(Schema::String(s)) if s.max_chars == 32));
        assert!(matches!(B.select("alipay"), Some(Schema::String(s)) if s.max_chars == usize::MAX));
    }

    #[test]
    #[cfg(feature = "schema-docs")]
    fn json_omits_open_limits_and_marks_required() {
        let f = req("subject", text(1, 32)).doc("title");
        assert_eq!(
            field_json(&f),
            json!({"type": "string", "min_chars": 1, "max_chars": 32, "required": true, "doc": "title"})
        );
        assert_eq!(
            field_json(&group("extra", Schema::Object(&[]))),
            json!({"type": "object", "fields": {}, "additional": true, "required": false, "group": true})
        );
    }
}
