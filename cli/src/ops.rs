//! `pingxx ops`: the operation table.

use crate::error::CliError;

/// Prints every operation: name, method, path (aligned), or with `--json` the
/// core's export of the table (`pingxx::operations_json()`, docs/operations-json.md).
pub fn run(json: bool) -> Result<(), CliError> {
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
