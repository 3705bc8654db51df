//! Helpers of the CLI end-to-end tests: running the binary, reading its
//! output, temporary files and child servers (`pingxx mock`, `webhook listen`).
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_pingxx");
pub const API_KEY: &str = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC";
pub const APP_ID: &str = "app_1Gqj58ynP0mHeX1q";

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

pub fn vectors(name: &str) -> PathBuf {
    repo().join("tests/vectors").join(name)
}

pub fn key(name: &str) -> String {
    vectors("keys").join(name).to_string_lossy().into_owned()
}

pub fn load(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(vectors(name)).unwrap()).unwrap()
}

/// Runs `pingxx ARGS` with `stdin`, without PINGXX_* variables from the environment.
pub fn run_with(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env_remove("PINGXX_API_KEY")
        .env_remove("PINGXX_APP_ID")
        .env_remove("PINGXX_PRIVATE_KEY_PATH")
        .env_remove("PINGXX_API_BASE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

pub fn run(args: &[&str]) -> Output {
    run_with(args, b"")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

/// The one JSON error object `--json` prints on stderr.
pub fn json_error(o: &Output) -> Value {
    let err = stderr(o);
    assert_eq!(err.trim().lines().count(), 1, "one line on stderr: {err}");
    serde_json::from_str(err.trim()).unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {err}"))
}

pub fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pingxx-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// A child process that prints `listening on URL` first and is killed on drop.
pub struct Server {
    pub child: Child,
    pub url: String,
    pub stdout: BufReader<ChildStdout>,
}

impl Server {
    pub fn spawn(args: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        let url = first
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("first line must be `listening on URL`, got {first:?}"))
            .to_string();
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        Server { child, url, stdout }
    }

    pub fn mock(extra: &[&str]) -> Server {
        let mut args = vec!["mock", "--port", "0"];
        args.extend_from_slice(extra);
        Server::spawn(&args)
    }

    /// Waits (at most 20 s) for the process to exit by itself and returns the rest of its stdout.
    pub fn finish(mut self) -> (i32, String) {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(std::time::Instant::now() < deadline, "process did not exit within 20 s");
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut rest = String::new();
        self.stdout.read_to_string(&mut rest).unwrap();
        (status.code().unwrap_or(-1), rest)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
