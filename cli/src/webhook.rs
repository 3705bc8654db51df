//! `pingxx webhook verify|trigger|listen`.

use std::io::Write;
use std::time::Duration;

use clap::{Args, Subcommand};
use pingxx::{Event, WebhookSigner, WebhookVerifier, SIGNATURE_HEADER};
use serde_json::json;

use crate::error::CliError;
use crate::events;
use crate::input;
use crate::receiver::Receiver;

/// The webhook subcommands.
#[derive(Subcommand, Debug)]
pub enum WebhookCommand {
    /// Verify a webhook body against its `X-Pingplusplus-Signature`: prints the event id and type.
    Verify(VerifyArgs),
    /// POST a realistic signed event to a URL, like `stripe trigger`.
    Trigger(TriggerArgs),
    /// Receive webhooks, verify each, and print one line per delivery.
    Listen(ListenArgs),
}

/// Arguments of `pingxx webhook verify`.
#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// The Ping++ public key file: SPKI or PKCS#1, PEM, DER or bare base64.
    #[arg(long, value_name = "FILE")]
    public_key: String,
    /// The `X-Pingplusplus-Signature` header value (base64).
    #[arg(long, value_name = "SIG", allow_hyphen_values = true)]
    signature: String,
    /// The raw body exactly as received, or `-` for stdin (the default).
    #[arg(long, value_name = "FILE", default_value = "-")]
    body: String,
}

/// Arguments of `pingxx webhook trigger`.
#[derive(Args, Debug)]
pub struct TriggerArgs {
    /// Event type, e.g. charge.succeeded or transfer.succeeded (an unknown type lists every one).
    event_type: String,
    /// The webhook endpoint to POST to.
    #[arg(long, value_name = "URL")]
    to: String,
    /// The private key file (PEM or DER) that signs the event (its public key is what the endpoint verifies with).
    #[arg(long, value_name = "FILE")]
    signing_key: String,
    /// The `app` id put in the event's object.
    #[arg(long, default_value = "app_1Gqj58ynP0mHeX1q")]
    app: String,
}

/// Arguments of `pingxx webhook listen`.
#[derive(Args, Debug)]
pub struct ListenArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// Port to listen on (0 picks a free port).
    #[arg(long, default_value_t = 8781)]
    port: u16,
    /// The Ping++ public key file (PEM or DER) that verifies deliveries (from the emulator: `GET /_mock/public_key`).
    #[arg(long, value_name = "FILE")]
    public_key: String,
    /// Exit after this many deliveries (default: run until killed).
    #[arg(long, value_name = "N")]
    count: Option<u64>,
}

/// Runs a webhook subcommand.
pub fn run(cmd: WebhookCommand, json: bool) -> Result<(), CliError> {
    match cmd {
        WebhookCommand::Verify(a) => verify(a, json),
        WebhookCommand::Trigger(a) => trigger(a, json),
        WebhookCommand::Listen(a) => listen(a, json),
    }
}

fn verifier(path: &str) -> Result<WebhookVerifier, CliError> {
    Ok(WebhookVerifier::from_pem(&input::read_key("public key", path)?)?)
}

fn event_summary(event: &Event) -> serde_json::Value {
    json!({
        "id": event.id,
        "type": event.event_type,
        "livemode": event.livemode,
        "created": event.created,
        "object": event.object_type(),
        "object_id": event.data.object.get("id"),
    })
}

fn verify(args: VerifyArgs, json: bool) -> Result<(), CliError> {
    let verifier = verifier(&args.public_key)?;
    let body = input::read_bytes("body file", &args.body)?;
    let event = verifier.verify(&body, &args.signature)?;
    if json {
        outln!("{}", event_summary(&event));
    } else {
        outln!("{} {}", event.id, event.event_type);
    }
    Ok(())
}

fn trigger(args: TriggerArgs, json: bool) -> Result<(), CliError> {
    let now = crate::sign::unix_now();
    let event = events::build(&args.event_type, &args.app, now).ok_or_else(|| {
        CliError::usage(format!(
            "unknown event type `{}`: one of {}",
            args.event_type,
            events::EVENT_TYPES.join(", ")
        ))
    })?;
    let signer = WebhookSigner::from_pem(&input::read_key("signing key", &args.signing_key)?)?;
    let body = serde_json::to_vec(&event).expect("a JSON value serialises");
    let signature = signer.sign(&body);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .http_status_as_error(false)
        .build()
        .into();
    let response = agent
        .post(&args.to)
        .header("Content-Type", "application/json; charset=utf-8")
        .header(SIGNATURE_HEADER, &signature)
        .send(&body[..])
        .map_err(|e| {
            CliError::of(
                pingxx::ErrorCode::ConnectionFailed,
                format!("POST {} failed: {e}", args.to),
            )
        })?;
    let status = response.status().as_u16();
    let id = event["id"].as_str().unwrap_or_default();
    if json {
        outln!(
            "{}",
            json!({"id": id, "type": args.event_type, "to": args.to, "status": status})
        );
    } else {
        outln!("{id} {} -> {} HTTP {status}", args.event_type, args.to);
    }
    if (200..300).contains(&status) {
        Ok(())
    } else {
        Err(CliError::new(
            crate::error::EXIT_CHECK,
            "http_error",
            format!("{} answered HTTP {status} to event {id}", args.to),
        ))
    }
}

fn listen(args: ListenArgs, json: bool) -> Result<(), CliError> {
    let verifier = verifier(&args.public_key)?;
    let receiver = Receiver::bind(&args.host, args.port)?;
    outln!("listening on {}", receiver.base_url());
    let _ = std::io::stdout().flush();
    let mut seen = 0u64;
    let limit = args.count;
    receiver.serve_blocking(&verifier, |delivery| {
        let line = match (&delivery.outcome, json) {
            (Ok(e), false) => format!("{} {} verified", e.id, e.event_type),
            (Err(e), false) => format!("rejected {}: {}", delivery.path, e),
            (Ok(e), true) => {
                let mut v = event_summary(e);
                v["verified"] = json!(true);
                v.to_string()
            }
            (Err(e), true) => {
                json!({"verified": false, "path": delivery.path, "code": e.code(), "message": e.to_string()})
                    .to_string()
            }
        };
        outln!("{line}");
        let _ = std::io::stdout().flush();
        seen += 1;
        limit.map_or(true, |n| seen < n)
    });
    Ok(())
}
