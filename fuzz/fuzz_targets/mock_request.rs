//! The emulator's request handling with any request: it always answers (no panic,
//! no stack overflow), a 5xx only for a fault that asks for one, and keeps serving.
//! Input: `METHOD TARGET`, header lines `Name: value`, a blank line, the body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pingxx_mock::{InProcess, MockConfig};
use std::sync::OnceLock;

const KEY: &str = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC";

fn emulator() -> &'static InProcess {
    static MOCK: OnceLock<InProcess> = OnceLock::new();
    MOCK.get_or_init(|| InProcess::new(MockConfig::default()).expect("emulator starts"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let first = lines.next().unwrap_or("");
    let (method, target) = first.split_once(' ').unwrap_or(("GET", first));
    let headers: Vec<(&str, &str)> = lines
        .filter_map(|l| l.split_once(": "))
        .chain(std::iter::once(("Authorization", "")))
        .collect();
    let auth = format!("Bearer {KEY}");
    let headers: Vec<(&str, &str)> = headers
        .into_iter()
        .map(|(k, v)| if k == "Authorization" && v.is_empty() { (k, auth.as_str()) } else { (k, v) })
        .collect();
    let mock = emulator();
    let (status, _) = mock.handle(method, target, &headers, body.as_bytes());
    if !target.starts_with("/_mock/") {
        assert!(status < 500, "{method} {target}: status {status}");
    }
    // Still alive and answering.
    let (status, _) = mock.handle("GET", "/v1/events?limit=1", &[("Authorization", auth.as_str())], b"");
    assert_eq!(status, 200);
});
