//! [`ClientOptions`]: the one list of client options, read from JSON by every
//! binding and the CLI, and described by [`client_options_json`].
//!
//! Unknown keys are refused (`unknown option `privatekey``), every error is
//! `invalid_config` naming the option, and no error ever echoes a value.

use std::fmt;
use std::time::Duration;

use serde_json::{json, Map, Value};

use crate::config::{self, ClientBuilder};
use crate::error::{Error, Result};

/// How one option's JSON value is read.
trait OptionValue: Sized {
    /// `string`, `integer` or `boolean`.
    const TYPE: &'static str;
    fn read(name: &str, v: &Value) -> Result<Self>;
}

impl OptionValue for String {
    const TYPE: &'static str = "string";
    fn read(name: &str, v: &Value) -> Result<Self> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| Error::InvalidConfig(format!("{name}: must be a string")))
    }
}

impl OptionValue for u64 {
    const TYPE: &'static str = "integer";
    fn read(name: &str, v: &Value) -> Result<Self> {
        match v {
            Value::Number(n) => n.as_u64().or_else(|| {
                // 1e19 or 2.0: whole numbers written as floats saturate, never wrap.
                n.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0).map(|f| {
                    if f >= u64::MAX as f64 {
                        u64::MAX
                    } else {
                        f as u64
                    }
                })
            }),
            _ => None,
        }
        .ok_or_else(|| Error::InvalidConfig(format!("{name}: must be a non-negative integer")))
    }
}

impl OptionValue for bool {
    const TYPE: &'static str = "boolean";
    fn read(name: &str, v: &Value) -> Result<Self> {
        v.as_bool()
            .ok_or_else(|| Error::InvalidConfig(format!("{name}: must be true or false")))
    }
}

/// The description of one option, as [`client_options_json`] lists it.
struct Spec {
    name: &'static str,
    ty: &'static str,
    required: bool,
    secret: bool,
    default: fn() -> Value,
    doc: &'static str,
}

/// Declares [`ClientOptions`], its field table and its reader from one list.
macro_rules! client_options {
    ($( $(#[doc = $doc:literal])* $name:ident: $ty:ty = $default:expr, required: $req:literal, secret: $secret:literal; )*) => {
        /// Client options as one JSON object (`{"api_key": "sk_test_...", "timeout_ms": 5000}`),
        /// the same names in every language. Every field is optional except `api_key`.
        #[derive(Clone, Default, PartialEq, Eq)]
        pub struct ClientOptions {
            $( $(#[doc = $doc])* pub $name: Option<$ty>, )*
        }

        const SPECS: &[Spec] = &[$(Spec {
            name: stringify!($name),
            ty: <$ty as OptionValue>::TYPE,
            required: $req,
            secret: $secret,
            default: || $default,
            doc: concat!($($doc, " "),*),
        }),*];

        impl ClientOptions {
            /// Sets the option `name` from a JSON value; false when no option has that name.
            fn set(&mut self, name: &str, v: &Value) -> Result<bool> {
                match name {
                    $( stringify!($name) => self.$name = Some(<$ty as OptionValue>::read(name, v)?), )*
                    _ => return Ok(false),
                }
                Ok(true)
            }

            /// The options set, as JSON, secrets included.
            fn to_json_unredacted(&self) -> Map<String, Value> {
                let mut m = Map::new();
                $( if let Some(v) = &self.$name {
                    m.insert(stringify!($name).to_string(), json!(v));
                } )*
                m
            }

            /// Whether the option `name` is set.
            fn is_set(&self, name: &str) -> bool {
                match name {
                    $( stringify!($name) => self.$name.is_some(), )*
                    _ => false,
                }
            }
        }
    };
}

client_options! {
    /// Secret API key, `sk_test_...` or `sk_live_...`.
    api_key: String = Value::Null, required: true, secret: true;
    /// App id (`app_...`), used when an operation's `app_id`/`app` is not given.
    app_id: String = Value::Null, required: false, secret: false;
    /// Merchant RSA private key (PEM text, or base64 of DER); every request is then signed.
    private_key: String = Value::Null, required: false, secret: true;
    /// API base URL, e.g. an emulator's `http://127.0.0.1:PORT`.
    api_base: String = json!(config::DEFAULT_API_BASE), required: false, secret: false;
    /// Time allowed for one whole attempt, in milliseconds.
    timeout_ms: u64 = json!(ms(config::DEFAULT_TIMEOUT)), required: false, secret: false;
    /// Time allowed to connect (TCP, proxy and TLS handshake), in milliseconds; at most `timeout_ms`.
    connect_timeout_ms: u64 = json!(ms(config::DEFAULT_CONNECT_TIMEOUT)), required: false, secret: false;
    /// Total time for a call across all retries, in milliseconds (default: `timeout_ms` × (`max_retries` + 1)).
    deadline_ms: u64 = Value::Null, required: false, secret: false;
    /// Retries after the first attempt (0 to 10), only where a retry cannot move money twice.
    max_retries: u64 = json!(config::DEFAULT_MAX_RETRIES), required: false, secret: false;
    /// First backoff delay in milliseconds; doubles each retry, with jitter.
    retry_base_delay_ms: u64 = json!(ms(config::DEFAULT_RETRY_BASE_DELAY)), required: false, secret: false;
    /// Largest backoff delay in milliseconds.
    retry_max_delay_ms: u64 = json!(ms(config::DEFAULT_RETRY_MAX_DELAY)), required: false, secret: false;
    /// `Accept-Language` header sent (`zh-CN`, `en-US`); no control characters.
    accept_language: String = Value::Null, required: false, secret: false;
    /// Text appended to the `User-Agent` (`my-pos/1.2`); no control characters.
    user_agent_suffix: String = Value::Null, required: false, secret: false;
    /// Extra CA certificates (PEM) trusted in addition to the bundled roots.
    ca_cert: String = Value::Null, required: false, secret: false;
    /// HTTP proxy `http://[user:pass@]host:port`; HTTPS goes through CONNECT.
    proxy: String = Value::Null, required: false, secret: true;
    /// Read `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`/`NO_PROXY` (and lowercase forms) when `proxy` is not set.
    proxy_from_env: bool = json!(true), required: false, secret: false;
    /// Put request and response bodies (and query strings) in the attempt logs.
    log_bodies: bool = json!(false), required: false, secret: false;
}

/// Ranges of the integer options, checked with the option's own name (the
/// builder checks the same rules again for Rust callers).
const RANGES: &[(&str, u64, u64)] = &[
    ("timeout_ms", 1, u64::MAX),
    ("connect_timeout_ms", 1, u64::MAX),
    ("deadline_ms", 1, u64::MAX),
    ("max_retries", 0, config::MAX_RETRIES_LIMIT as u64),
];

fn range(name: &str) -> Option<(u64, u64)> {
    RANGES.iter().find(|(n, _, _)| *n == name).map(|&(_, lo, hi)| (lo, hi))
}

fn ms(d: Duration) -> u64 {
    d.as_millis() as u64
}

impl fmt::Debug for ClientOptions {
    /// Names the options set; secrets show as `<redacted>`, other values as given.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("ClientOptions");
        let json = self.to_json_redacted();
        for spec in SPECS {
            if let Some(v) = json.get(spec.name) {
                d.field(spec.name, v);
            }
        }
        d.finish()
    }
}

impl ClientOptions {
    /// Options with only the API key set.
    pub fn new(api_key: impl Into<String>) -> Self {
        ClientOptions {
            api_key: Some(api_key.into()),
            ..Default::default()
        }
    }

    /// Reads options from a JSON object text.
    pub fn from_json(text: &str) -> Result<Self> {
        let v: Value = serde_json::from_str(text).map_err(|e| {
            Error::InvalidConfig(format!(
                "options: not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        })?;
        Self::from_value(v)
    }

    /// Reads options from a JSON object. `null` values count as absent; an
    /// unknown key, a wrong type or a missing `api_key` is `invalid_config`
    /// naming the option (never its value).
    pub fn from_value(v: Value) -> Result<Self> {
        let Value::Object(map) = v else {
            return Err(Error::InvalidConfig("options: must be a JSON object".into()));
        };
        Self::from_map(&map)
    }

    /// Like [`ClientOptions::from_value`] for a map.
    pub fn from_map(map: &Map<String, Value>) -> Result<Self> {
        let mut opts = ClientOptions::default();
        for (k, v) in map {
            if v.is_null() {
                continue;
            }
            if !opts.set(k, v)? {
                let shown: String = k.chars().take(64).filter(|c| !c.is_control()).collect();
                return Err(Error::InvalidConfig(format!("unknown option `{shown}`")));
            }
        }
        for (k, v) in &opts.to_json_unredacted() {
            if let (Some((lo, hi)), Some(n)) = (range(k), v.as_u64()) {
                if n < lo {
                    return Err(Error::InvalidConfig(format!("{k}: must be at least {lo}")));
                }
                if n > hi {
                    return Err(Error::InvalidConfig(format!("{k}: must be at most {hi}")));
                }
            }
        }
        for spec in SPECS.iter().filter(|s| s.required) {
            if !opts.is_set(spec.name) {
                return Err(Error::InvalidConfig(format!("{}: is required", spec.name)));
            }
        }
        Ok(opts)
    }

    /// The options set, as JSON, with secrets replaced by `"<redacted>"`.
    pub fn to_json_redacted(&self) -> Value {
        let mut out = Map::new();
        let full = self.to_json_unredacted();
        for spec in SPECS {
            if let Some(v) = full.get(spec.name) {
                let shown = if spec.secret { json!("<redacted>") } else { v.clone() };
                out.insert(spec.name.to_string(), shown);
            }
        }
        Value::Object(out)
    }

    /// A client builder with these options applied (checked by `build()`).
    pub fn into_builder(self) -> ClientBuilder {
        let mut b = ClientBuilder::default();
        let millis = Duration::from_millis;
        if let Some(v) = self.api_key {
            b = b.api_key(v);
        }
        if let Some(v) = self.app_id {
            b = b.app_id(v);
        }
        if let Some(v) = self.private_key {
            b = b.private_key_pem(v);
        }
        if let Some(v) = self.api_base {
            b = b.api_base(v);
        }
        if let Some(v) = self.timeout_ms {
            b = b.timeout(millis(v));
        }
        if let Some(v) = self.connect_timeout_ms {
            b = b.connect_timeout(millis(v));
        }
        if let Some(v) = self.deadline_ms {
            b = b.deadline(millis(v));
        }
        if let Some(v) = self.max_retries {
            b = b.max_retries(u32::try_from(v).unwrap_or(u32::MAX));
        }
        if let Some(v) = self.retry_base_delay_ms {
            b = b.retry_base_delay(millis(v));
        }
        if let Some(v) = self.retry_max_delay_ms {
            b = b.retry_max_delay(millis(v));
        }
        if let Some(v) = self.accept_language {
            b = b.accept_language(v);
        }
        if let Some(v) = self.user_agent_suffix {
            b = b.user_agent_suffix(v);
        }
        if let Some(v) = self.ca_cert {
            b = b.ca_cert_pem(v);
        }
        if let Some(v) = self.proxy {
            b = b.proxy(v);
        }
        if let Some(v) = self.proxy_from_env {
            b = b.proxy_from_env(v);
        }
        if let Some(v) = self.log_bodies {
            b = b.log_bodies(v);
        }
        b
    }
}

/// Every client option as JSON, the one list the README table and the
/// bindings' stubs are made from:
/// `[{"name":"timeout_ms","type":"integer","required":false,"secret":false,"default":80000,"doc":"...","min":1,"max":...},...]`
/// (`min`/`max` only on the integer options with a range).
pub fn client_options_json() -> String {
    let list: Vec<Value> = SPECS
        .iter()
        .map(|s| {
            let mut o = json!({
                "name": s.name,
                "type": s.ty,
                "required": s.required,
                "secret": s.secret,
                "default": (s.default)(),
                "doc": s.doc.split_whitespace().collect::<Vec<_>>().join(" "),
            });
            if let Some((lo, hi)) = range(s.name) {
                o["min"] = json!(lo);
                o["max"] = json!(hi);
            }
            o
        })
        .collect();
    Value::Array(list).to_string()
}

/// The names of every option, in the order of [`client_options_json`].
pub fn client_option_names() -> impl Iterator<Item = &'static str> {
    SPECS.iter().map(|s| s.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_round_trips_through_json_and_is_listed_once() {
        let mut all = Map::new();
        for spec in SPECS {
            let v = match spec.ty {
                "string" => json!("x"),
                "integer" => json!(7),
                _ => json!(true),
            };
            all.insert(spec.name.to_string(), v);
        }
        let opts = ClientOptions::from_map(&all).unwrap();
        assert_eq!(Value::Object(opts.to_json_unredacted()), Value::Object(all));
        let mut names: Vec<_> = client_option_names().collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n);
    }
}
