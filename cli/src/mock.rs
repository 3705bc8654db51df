//! `pingxx mock`: the local emulator, served until SIGINT or SIGTERM.

use std::io::Write;
use std::sync::mpsc;

use clap::Args;
use pingxx_mock::{MockConfig, MockError, MockHandle, MockServer};

use crate::error::{CliError, EXIT_INPUT};
use crate::input;

/// Arguments of `pingxx mock`.
#[derive(Args, Debug)]
pub struct MockArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// Port to listen on (0 picks a free port).
    #[arg(long, default_value_t = 8780)]
    port: u16,
    /// Merchant public key (PEM): every request must then be signed with its private key.
    #[arg(long, value_name = "FILE")]
    merchant_public_key: Option<String>,
    /// POST every event here as a signed webhook.
    #[arg(long, value_name = "URL")]
    webhook_url: Option<String>,
    /// Private key (PEM) that signs webhooks (default: a fresh key; its public key is at GET /_mock/public_key).
    #[arg(long, value_name = "FILE")]
    signing_key: Option<String>,
}

fn mock_error(e: MockError) -> CliError {
    let code = match e {
        MockError::Bind { .. } => "bind_failed",
        MockError::Runtime(_) => "runtime_failed",
        MockError::InvalidKey { .. } => "invalid_key",
        MockError::InvalidWebhookUrl => "invalid_config",
    };
    CliError::new(EXIT_INPUT, code, format!("cannot start the emulator: {e}"))
}

/// Starts an emulator on a free loopback port, in this process (for `demo`).
pub fn start_embedded(webhook_url: Option<String>) -> Result<MockHandle, CliError> {
    MockServer::start(MockConfig {
        webhook_url,
        ..MockConfig::default()
    })
    .map_err(mock_error)
}

/// Serves until SIGINT or SIGTERM; the first stdout line is `listening on http://HOST:PORT`.
pub fn run(args: MockArgs, json: bool) -> Result<(), CliError> {
    let merchant_public_key_pem = match &args.merchant_public_key {
        Some(path) => Some(input::read_key("merchant public key", path)?),
        None => None,
    };
    let signing_key_pem = match &args.signing_key {
        Some(path) => Some(input::read_key("signing key", path)?),
        None => None,
    };
    let (stop_tx, stop_rx) = mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop_tx.send(());
    })
    .map_err(|e| {
        CliError::new(
            EXIT_INPUT,
            "signal_handler",
            format!("cannot handle SIGINT/SIGTERM: {e}"),
        )
    })?;
    let signed = merchant_public_key_pem.is_some();
    let handle = MockServer::start(MockConfig {
        host: args.host,
        port: args.port,
        merchant_public_key_pem,
        webhook_url: args.webhook_url.clone(),
        signing_key_pem,
    })
    .map_err(mock_error)?;
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "listening on {}", handle.base_url());
    if json {
        let info = serde_json::json!({
            "api_base": handle.base_url(),
            "signed_requests": signed,
            "webhook_url": args.webhook_url,
            "public_key_url": format!("{}/_mock/public_key", handle.base_url()),
        });
        let _ = writeln!(stdout, "{info}");
    } else {
        let _ = writeln!(
            stdout,
            "requests {}; webhooks {}; webhook public key at {}/_mock/public_key",
            if signed { "must be signed" } else { "need no signature" },
            args.webhook_url.as_deref().unwrap_or("not sent (no --webhook-url)"),
            handle.base_url()
        );
    }
    let _ = stdout.flush();
    let _ = stop_rx.recv();
    handle.shutdown();
    Ok(())
}
