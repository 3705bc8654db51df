//! `pingxx ops`: the operation table.

use serde_json::json;

use crate::error::CliError;

/// Prints every operation: name, method, path (aligned), or a JSON array.
pub fn run(json: bool) -> Result<(), CliError> {
    let ops = pingxx::operations();
    if json {
        let rows: Vec<_> = ops
            .iter()
            .map(|op| {
                json!({
                    "name": op.name,
                    "method": op.method.as_str(),
                    "path": op.path,
                    "path_params": op.path_params,
                    "pagination": op.pagination.as_str(),
                })
            })
            .collect();
        outln!("{}", serde_json::Value::Array(rows));
        return Ok(());
    }
    let width = ops.iter().map(|op| op.name.len()).max().unwrap_or(0);
    for op in ops {
        outln!("{:<width$}  {:<6}  {}", op.name, op.method.as_str(), op.path);
    }
    Ok(())
}
