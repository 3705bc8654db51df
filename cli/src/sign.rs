//! `pingxx sign`: the request signature, as the official SDKs compute it.

use clap::Args;
use pingxx::RequestSigner;

use crate::error::CliError;
use crate::input;

/// Arguments of `pingxx sign`.
#[derive(Args, Debug)]
pub struct SignArgs {
    /// Merchant RSA private key file: PKCS#1 or PKCS#8, PEM, DER or bare base64.
    #[arg(long, value_name = "FILE")]
    private_key: String,
    /// The request target exactly as sent: path and query, e.g. `/v1/charges?limit=3`.
    #[arg(long, value_name = "PATH")]
    target: String,
    /// The raw request body, or `-` for stdin (default: empty, as for GET).
    #[arg(long, value_name = "FILE")]
    body: Option<String>,
    /// Unix timestamp sent in `Pingplusplus-Request-Timestamp` (default: now).
    #[arg(long, value_name = "N")]
    timestamp: Option<i64>,
}

/// Prints the base64 signature (with `--json`: signature, timestamp and target).
pub fn run(args: SignArgs, json: bool) -> Result<(), CliError> {
    let pem = input::read_key("private key", &args.private_key)?;
    let signer = RequestSigner::from_pem(&pem)?;
    let body = match &args.body {
        Some(path) => input::read_bytes("body file", path)?,
        None => Vec::new(),
    };
    let timestamp = args.timestamp.unwrap_or_else(unix_now);
    let signature = signer.sign(&body, &args.target, timestamp);
    if json {
        outln!(
            "{}",
            serde_json::json!({"signature": signature, "timestamp": timestamp, "request_target": args.target})
        );
    } else {
        outln!("{signature}");
    }
    Ok(())
}

/// Seconds since the Unix epoch.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
