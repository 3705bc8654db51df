//! `pingxx mock`: the local emulator, served until SIGINT or SIGTERM.

use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use clap::Args;
use pingxx_mock::{MockConfig, MockError, MockHandle, MockServer, ServerCert, Tls};

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
    /// Serve HTTPS with a throw-away CA (its PEM file's path is the second output line),
    /// or with --tls-cert/--tls-key.
    #[arg(long)]
    tls: bool,
    /// Server certificate chain (PEM) for HTTPS; implies --tls.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    tls_cert: Option<String>,
    /// Private key (PEM) of --tls-cert.
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    tls_key: Option<String>,
    /// Milliseconds a client may take to send a request head, or a body; slower ones are disconnected.
    #[arg(long, value_name = "MS", default_value_t = 10_000)]
    read_timeout_ms: u64,
    /// Most objects stored; creates beyond it are refused with a 400.
    #[arg(long, value_name = "N")]
    max_objects: Option<usize>,
}

fn mock_error(e: MockError) -> CliError {
    let code = match e {
        MockError::Bind { .. } => "bind_failed",
        MockError::Runtime(_) => "runtime_failed",
        MockError::InvalidKey { .. } => "invalid_key",
        MockError::InvalidWebhookUrl => "invalid_config",
        MockError::Tls(_) => "invalid_tls",
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
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(Tls::Given(ServerCert {
            chain_pem: read_text("TLS certificate", cert)?,
            key_pem: read_text("TLS key", key)?,
        })),
        _ if args.tls => Some(Tls::Generated),
        _ => None,
    };
    let handle = MockServer::start(MockConfig {
        host: args.host,
        port: args.port,
        merchant_public_key_pem,
        webhook_url: args.webhook_url.clone(),
        signing_key_pem,
        tls,
        read_timeout: Duration::from_millis(args.read_timeout_ms.max(1)),
        max_objects: args.max_objects,
    })
    .map_err(mock_error)?;
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "listening on {}", handle.base_url());
    let ca_file = match handle.ca_cert_pem() {
        Some(pem) => Some(write_ca(pem)?),
        None => None,
    };
    if let Some(path) = &ca_file {
        let _ = writeln!(stdout, "{}", path.display());
    }
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
    if let Some(path) = ca_file {
        let _ = std::fs::remove_file(path);
    }
    Ok(())
}

fn read_text(what: &str, path: &str) -> Result<String, CliError> {
    std::fs::read_to_string(path).map_err(|e| {
        CliError::new(
            EXIT_INPUT,
            "invalid_input",
            format!("cannot read the {what} {path}: {e}"),
        )
    })
}

/// Writes the throw-away CA's PEM to a file of its own in the temporary directory.
fn write_ca(pem: &str) -> Result<PathBuf, CliError> {
    let path = std::env::temp_dir().join(format!("pingxx-mock-ca-{}.pem", std::process::id()));
    std::fs::write(&path, pem).map_err(|e| {
        CliError::new(
            EXIT_INPUT,
            "io_error",
            format!("cannot write the CA certificate to {}: {e}", path.display()),
        )
    })?;
    Ok(path)
}
