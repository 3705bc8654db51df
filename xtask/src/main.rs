//! The generator of the workspace: every typed surface and the reference page,
//! written from the one operation table of the core.
//!
//! ```text
//! cargo run -p xtask -- gen           # (re)write every generated file
//! cargo run -p xtask -- gen --check   # exit 1 when a committed file is stale
//! ```
//!
//! Inputs: `pingxx::operations_json()` (operations and kinds), the client
//! options and the error codes of the core, and `tests/vectors/validation.json`
//! (the examples of the reference page). Outputs: see [`outputs`]; the
//! OpenAPI document comes from the core's own builder (`pingxx::openapi_json()`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod docs;
mod names;
mod node;
mod openapi;
mod python;
mod rules;
mod rust;
mod source;
mod spec;
#[cfg(test)]
mod tests;

/// Every generated file with its text, paths relative to the workspace root.
fn outputs(root: &Path) -> Result<Vec<(String, String)>, String> {
    let spec = spec::parse(&source::operations_json())?;
    let options = source::options()?;
    let codes = source::error_codes()?;
    let vectors = source::vectors(root)?;
    let code_names: Vec<String> = codes
        .iter()
        .filter_map(|c| c["code"].as_str().map(str::to_string))
        .collect();
    let extra = docs::Extra {
        options: &options,
        codes: &codes,
        vectors: &vectors,
    };
    let mut out = vec![
        (python::PATH.to_string(), python::render(&spec, &options)?),
        (node::PATH.to_string(), node::render(&spec, &code_names, &options)?),
        (docs::PATH.to_string(), docs::render(&spec, &extra)),
        (openapi::PATH.to_string(), openapi::render()),
    ];
    for (file, text) in rust::render(&spec)? {
        out.push((format!("{}/{file}", rust::DIR), rustfmt(root, &text)?));
    }
    let readme = std::fs::read_to_string(root.join("README.md")).map_err(|e| format!("README.md: {e}"))?;
    let readme = docs::splice(&readme, "options", &docs::options_table(&options))?;
    let readme = docs::splice(&readme, "error codes", &docs::codes_table(&codes))?;
    out.push(("README.md".to_string(), readme));
    Ok(out)
}

/// Formats generated Rust the way `cargo fmt` would (the workspace's rustfmt.toml).
fn rustfmt(root: &Path, text: &str) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("rustfmt: {e}"))?;
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(text.as_bytes())
        .map_err(|e| format!("rustfmt: {e}"))?;
    let out = child.wait_with_output().map_err(|e| format!("rustfmt: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "rustfmt refused the generated code: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("rustfmt: {e}"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn run(check: bool) -> Result<bool, String> {
    let root = root();
    let mut fresh = true;
    let outputs = outputs(&root)?;
    // A file left in a generated directory by an older table is stale too.
    let dir = root.join(rust::DIR);
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let path = format!("{}/{}", rust::DIR, entry.file_name().to_string_lossy());
            if !outputs.iter().any(|(p, _)| *p == path) {
                if check {
                    eprintln!("stale: {path} (no longer generated; run `cargo run -p xtask -- gen`)");
                    fresh = false;
                } else {
                    std::fs::remove_file(entry.path()).map_err(|e| format!("{path}: {e}"))?;
                    println!("removed {path}");
                }
            }
        }
    }
    for (path, text) in outputs {
        let file = root.join(&path);
        let current = std::fs::read_to_string(&file).unwrap_or_default();
        if current == text {
            continue;
        }
        if check {
            eprintln!("stale: {path} (run `cargo run -p xtask -- gen`)");
            fresh = false;
        } else {
            if let Some(dir) = file.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&file, text).map_err(|e| format!("{path}: {e}"))?;
            println!("wrote {path}");
        }
    }
    Ok(fresh)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    match args.first().map(String::as_str) {
        Some("gen") if args.iter().skip(1).all(|a| a == "--check") => match run(check) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(e) => {
                eprintln!("xtask gen: {e}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: cargo run -p xtask -- gen [--check]");
            ExitCode::from(2)
        }
    }
}
