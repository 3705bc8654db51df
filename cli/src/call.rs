//! `pingxx call OPERATION --data JSON`: one API call through the core.

use clap::Args;
use pingxx::{Client, ClientOptions};
use serde_json::{Map, Value};

use crate::error::CliError;
use crate::input;

/// Connection settings of `call`. `Debug` never shows the API key.
#[derive(Args, Clone)]
pub struct ApiArgs {
    /// Secret API key, `sk_test_...` or `sk_live_...`.
    #[arg(long, env = "PINGXX_API_KEY", hide_env_values = true)]
    pub api_key: Option<String>,
    /// App id (`app_...`), used for `{app_id}` in paths when the params do not give it.
    #[arg(long, env = "PINGXX_APP_ID")]
    pub app_id: Option<String>,
    /// Merchant RSA private key file (PEM, DER or bare base64); every request is then signed.
    #[arg(long, env = "PINGXX_PRIVATE_KEY_PATH", value_name = "FILE")]
    pub private_key: Option<String>,
    /// API base URL, e.g. an emulator's `http://127.0.0.1:8780` (default https://api.pingxx.com).
    #[arg(long, env = "PINGXX_API_BASE", value_name = "URL")]
    pub api_base: Option<String>,
    /// Time allowed for one request, in seconds (default 30, or `timeout_ms` of --options).
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<u64>,
    /// Any other client options, as in every language's SDK: inline JSON or `@FILE`, e.g.
    /// `{"max_retries":0,"proxy":"http://127.0.0.1:3128","ca_cert":"-----BEGIN ..."}`.
    /// Unknown names are refused. The flags above take precedence.
    #[arg(long, value_name = "JSON")]
    pub options: Option<String>,
}

impl std::fmt::Debug for ApiArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiArgs")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("app_id", &self.app_id)
            .field("private_key", &self.private_key)
            .field("api_base", &self.api_base)
            .field("timeout", &self.timeout)
            .field("options", &self.options.as_ref().map(|_| "<not shown>"))
            .finish()
    }
}

/// The CLI's request timeout when neither --timeout nor `timeout_ms` is given.
const DEFAULT_TIMEOUT_MS: u64 = 30_000;

impl ApiArgs {
    /// The client options: `--options`, then the flags over them. Read by the
    /// core's `ClientOptions`, the one list of options (unknown names refused).
    pub fn options(&self) -> Result<ClientOptions, CliError> {
        let mut map = match &self.options {
            None => Map::new(),
            Some(text) => match options_arg(text)? {
                Value::Object(map) => map,
                _ => unreachable!("parse_params returns objects"),
            },
        };
        let mut set = |name: &str, value: Option<Value>| {
            if let Some(v) = value {
                map.insert(name.to_string(), v);
            }
        };
        set("api_key", self.api_key.clone().map(Value::from));
        set("app_id", self.app_id.clone().map(Value::from));
        set("api_base", self.api_base.clone().map(Value::from));
        set(
            "timeout_ms",
            self.timeout.map(|s| Value::from(s.max(1).saturating_mul(1000))),
        );
        if let Some(path) = &self.private_key {
            set("private_key", Some(Value::from(input::read_key("private key", path)?)));
        }
        if !map.contains_key("api_key") {
            return Err(CliError::usage(
                "an API key is required: pass --api-key or set PINGXX_API_KEY",
            ));
        }
        map.entry("timeout_ms").or_insert(Value::from(DEFAULT_TIMEOUT_MS));
        Ok(ClientOptions::from_map(&map)?)
    }

    /// Builds a client; a missing api key is a usage error naming the flag and the variable.
    pub fn client(&self) -> Result<Client, CliError> {
        Ok(Client::from_options(self.options()?)?)
    }
}

/// `--options`: inline JSON or `@FILE`; the error never shows the text (it may hold secrets).
fn options_arg(text: &str) -> Result<Value, CliError> {
    match text.strip_prefix('@') {
        Some(path) => input::parse_params(
            &format!("--options file `{path}`"),
            &input::read_bytes("--options file", path)?,
        ),
        None => input::parse_params("--options", text.as_bytes()).map_err(|mut e| {
            e.message = "--options: must be a JSON object of client options".into();
            e
        }),
    }
}

/// Arguments of `pingxx call`.
#[derive(Args, Debug)]
pub struct CallArgs {
    /// Operation name, e.g. `orders.create` (see `pingxx ops`).
    operation: String,
    /// Parameters: inline JSON, `@FILE`, or `-` for stdin (default `{}`).
    #[arg(long, short = 'd', value_name = "JSON")]
    data: Option<String>,
    #[command(flatten)]
    api: ApiArgs,
}

/// Validates, sends, and prints the answer as pretty JSON (compact with `--json`).
pub fn run(args: CallArgs, json: bool) -> Result<(), CliError> {
    if pingxx::find_operation(&args.operation).is_none() {
        return Err(pingxx::Error::UnknownOperation(args.operation).into());
    }
    let params = input::data_arg(args.data.as_deref())?;
    let client = args.api.client()?;
    let answer = client.call(&args.operation, params)?;
    if json {
        outln!("{answer}");
    } else {
        outln!("{}", serde_json::to_string_pretty(&answer).unwrap_or_default());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_api_key() {
        let args = ApiArgs {
            api_key: Some("sk_test_secret0000000000000".into()),
            app_id: Some("app_1Gqj58ynP0mHeX1q".into()),
            private_key: None,
            api_base: None,
            timeout: None,
            options: Some(r#"{"proxy":"http://user:pw0000@127.0.0.1:3128"}"#.into()),
        };
        let text = format!("{args:?}");
        assert!(!text.contains("secret0000") && !text.contains("pw0000"), "{text}");
        assert!(
            text.contains("<redacted>") && text.contains("app_1Gqj58ynP0mHeX1q"),
            "{text}"
        );
    }
}

#[cfg(test)]
mod option_tests {
    use super::*;

    fn args(options: Option<&str>) -> ApiArgs {
        ApiArgs {
            api_key: Some("sk_test_x".into()),
            app_id: None,
            private_key: None,
            api_base: None,
            timeout: None,
            options: options.map(str::to_string),
        }
    }

    #[test]
    fn flags_and_options_make_one_client_options() {
        let o = args(Some(
            r#"{"max_retries":0,"timeout_ms":5000,"api_key":"sk_test_from_json"}"#,
        ))
        .options()
        .unwrap();
        assert_eq!(o.api_key.as_deref(), Some("sk_test_x"), "the flag wins");
        assert_eq!(o.max_retries, Some(0));
        assert_eq!(o.timeout_ms, Some(5000));
        assert_eq!(args(None).options().unwrap().timeout_ms, Some(DEFAULT_TIMEOUT_MS));
    }

    #[test]
    fn unknown_options_are_refused_by_the_core() {
        let e = args(Some(r#"{"privatekey":"x"}"#)).options().unwrap_err();
        assert_eq!(e.code, "invalid_config");
        assert!(e.message.contains("unknown option `privatekey`"), "{}", e.message);
        let e = args(Some("{not json")).options().unwrap_err();
        assert_eq!(e.code, "invalid_json");
    }
}
