//! `pingxx`: the command-line face of the pingxx SDK.
//!
//! Runs the local Ping++ emulator, walks the demo flow, makes single API calls
//! through the core, validates parameters, signs requests, and verifies, sends
//! and receives webhooks. Run `pingxx --help` for the commands and exit codes.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// `println!` that ignores a closed stdout (`pingxx ops | head`) instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// `eprintln!` that ignores a closed stderr.
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod call;
mod demo;
mod error;
mod errors;
mod events;
mod input;
mod mock;
mod ops;
mod receiver;
mod sign;
mod validate;
mod webhook;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  check failed: invalid parameters, a bad webhook signature, an error answered by the API,
     a demo step that did not check out
  2  usage: bad arguments, unknown command or operation
  3  input: a file, key, JSON document or configuration that cannot be read or used
  4  network: no connection could be made, or the request timed out
  5  outcome unknown: the request may have taken effect (the connection broke after it was sent);
     check with the retrieve operation the error names before sending it again

`pingxx errors` lists every error code with its exit code.
Errors go to stderr as one line (`pingxx: error: ...`), or as one JSON object with --json:
  {\"code\": \"validation_failed\", \"message\": \"...\", \"errors\": [{\"field\", \"rule\", \"message\"}], ...}";

/// The `pingxx` command line.
#[derive(Parser, Debug)]
#[command(
    name = "pingxx",
    version,
    about = "Ping++ API tools: local emulator, demo, API calls, signing and webhooks",
    after_help = EXIT_CODES,
    propagate_version = true
)]
pub struct Cli {
    /// Print results and errors as JSON (errors: one object on stderr).
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Command,
}

/// The commands.
#[derive(Subcommand, Debug)]
enum Command {
    /// Run the local Ping++ emulator; first stdout line `listening on http://HOST:PORT`.
    Mock(mock::MockArgs),
    /// Walk a real payment flow (sub-app, channel, order, pay, webhook, refund, list) and check each step.
    Demo(demo::DemoArgs),
    /// List the operation table: name, method, path (`--json`: the table as JSON; `--openapi`: the OpenAPI 3.1 document).
    Ops(ops::OpsArgs),
    /// List every error code: code, C result number, exit code of this command, summary.
    Errors,
    /// Make one API call through the core and print the JSON answer.
    Call(call::CallArgs),
    /// Check parameters against the client-side rules: `ok`, or the field errors as JSON.
    Validate(validate::ValidateArgs),
    /// Sign a request (body ‖ request target ‖ timestamp) and print the base64 signature.
    Sign(sign::SignArgs),
    /// Verify, send and receive webhooks.
    #[command(subcommand)]
    Webhook(webhook::WebhookCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.json;
    let result = match cli.command {
        Command::Mock(args) => mock::run(args, json),
        Command::Demo(args) => demo::run(args, json),
        Command::Ops(args) => ops::run(args, json),
        Command::Errors => errors::run(json),
        Command::Call(args) => call::run(args, json),
        Command::Validate(args) => validate::run(args, json),
        Command::Sign(args) => sign::run(args, json),
        Command::Webhook(cmd) => webhook::run(cmd, json),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            e.print(json);
            ExitCode::from(e.exit)
        }
    }
}
