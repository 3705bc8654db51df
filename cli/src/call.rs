//! `pingxx call OPERATION --data JSON`: one API call through the core.

use std::time::Duration;

use clap::Args;
use pingxx::Client;

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
    /// Time allowed for one request, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub timeout: u64,
}

impl std::fmt::Debug for ApiArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiArgs")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("app_id", &self.app_id)
            .field("private_key", &self.private_key)
            .field("api_base", &self.api_base)
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl ApiArgs {
    /// Builds a client; a missing api key is a usage error naming the flag and the variable.
    pub fn client(&self) -> Result<Client, CliError> {
        let key = self
            .api_key
            .as_deref()
            .ok_or_else(|| CliError::usage("an API key is required: pass --api-key or set PINGXX_API_KEY"))?;
        let mut builder = Client::builder()
            .api_key(key)
            .timeout(Duration::from_secs(self.timeout.max(1)));
        if let Some(app) = &self.app_id {
            builder = builder.app_id(app);
        }
        if let Some(path) = &self.private_key {
            builder = builder.private_key_pem(input::read_key("private key", path)?);
        }
        if let Some(base) = &self.api_base {
            builder = builder.api_base(base);
        }
        Ok(builder.build()?)
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
            timeout: 30,
        };
        let text = format!("{args:?}");
        assert!(!text.contains("secret0000"), "{text}");
        assert!(
            text.contains("<redacted>") && text.contains("app_1Gqj58ynP0mHeX1q"),
            "{text}"
        );
    }
}
