//! `pingxx validate OPERATION [FILE or -]`: the client-side rules, offline.

use clap::Args;

use crate::error::CliError;
use crate::input;

/// Arguments of `pingxx validate`.
#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// Operation name, e.g. `orders.create` (see `pingxx ops`).
    operation: String,
    /// JSON parameters file, or `-` for stdin (the default).
    #[arg(default_value = "-")]
    file: String,
}

/// Prints `ok` (exit 0), or the field errors as a JSON array on stdout and one line on stderr (exit 1).
pub fn run(args: ValidateArgs, json: bool) -> Result<(), CliError> {
    let what = if args.file == "-" {
        "parameters (stdin)".to_string()
    } else {
        format!("parameters file `{}`", args.file)
    };
    let params = input::parse_params(&what, &input::read_bytes("parameters file", &args.file)?)?;
    match pingxx::validate(&args.operation, &params) {
        Ok(()) => {
            if json {
                outln!("{}", serde_json::json!({"ok": true, "errors": []}));
            } else {
                outln!("ok");
            }
            Ok(())
        }
        Err(e) => {
            if let Some(errors) = e.validation_errors() {
                let out = if json {
                    serde_json::json!({"ok": false, "errors": errors.to_json()})
                } else {
                    errors.to_json()
                };
                outln!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
            }
            Err(e.into())
        }
    }
}
