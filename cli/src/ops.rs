//! `pingxx ops`: the operation table.

use clap::Args;

use crate::error::CliError;

/// `pingxx ops` options.
#[derive(Args, Debug)]
pub struct OpsArgs {
    /// Print the OpenAPI 3.1 document of every operation (the same as docs/openapi.json).
    #[arg(long)]
    openapi: bool,
}

/// Prints every operation: name, method, path (aligned), or with `--json` the
/// core's export of the table (`pingxx::operations_json()`, docs/operations-json.md),
/// or with `--openapi` the OpenAPI document (`pingxx::openapi_json()`).
pub fn run(args: OpsArgs, json: bool) -> Result<(), CliError> {
    if args.openapi {
        use std::io::Write as _;
        let _ = std::io::stdout().write_all(pingxx::openapi_json().as_bytes());
        return Ok(());
    }
    if json {
        outln!("{}", pingxx::operations_json());
        return Ok(());
    }
    let ops = pingxx::operations();
    let width = ops.iter().map(|op| op.name.len()).max().unwrap_or(0);
    for op in ops {
        outln!("{:<width$}  {:<6}  {}", op.name, op.method.as_str(), op.path);
    }
    Ok(())
}
