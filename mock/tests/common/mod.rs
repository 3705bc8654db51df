//! Helpers shared by the emulator's integration tests.
#![allow(dead_code)]

use std::time::Duration;

use pingxx::Client;
use pingxx_mock::{MockConfig, MockHandle, MockServer};
use serde_json::Value;

/// The platform app of the tests.
pub const APP: &str = "app_1Gqj58ynP0mHeX1q";
/// A test-mode secret key.
pub const KEY: &str = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC";

/// Starts an emulator with the default config.
pub fn start() -> MockHandle {
    MockServer::start(MockConfig::default()).expect("emulator starts")
}

/// A client of `mock` with short timeouts and no retries.
pub fn client(mock: &MockHandle) -> Client {
    builder(mock).max_retries(0).build().expect("client builds")
}

/// A client builder for `mock` with short timeouts.
pub fn builder(mock: &MockHandle) -> pingxx::ClientBuilder {
    Client::builder()
        .api_key(KEY)
        .app_id(APP)
        .api_base(mock.base_url())
        .timeout(Duration::from_secs(5))
        .retry_base_delay(Duration::from_millis(10))
        .deadline(Duration::from_secs(10))
}

/// Reads a file of the repository's shared test vectors.
pub fn vector(rel: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// One raw HTTP exchange: (status, body parsed as JSON or kept as a string).
pub fn raw(method: &str, url: &str, headers: &[(&str, &str)], body: Option<&[u8]>) -> (u16, Value) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
    let result = match method {
        "GET" | "DELETE" => {
            let mut rb = if method == "GET" {
                agent.get(url)
            } else {
                agent.delete(url)
            };
            for (k, v) in headers {
                rb = rb.header(*k, *v);
            }
            rb.call()
        }
        _ => {
            let mut rb = if method == "PUT" {
                agent.put(url)
            } else {
                agent.post(url)
            };
            for (k, v) in headers {
                rb = rb.header(*k, *v);
            }
            rb.send(body.unwrap_or(b""))
        }
    };
    let mut resp = result.unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let status = resp.status().as_u16();
    let text = resp.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

/// POSTs to a control endpoint (`/_mock/...`) and returns the JSON answer.
pub fn control(mock: &MockHandle, path: &str, body: &str) -> (u16, Value) {
    raw(
        "POST",
        &format!("{}{path}", mock.base_url()),
        &[],
        Some(body.as_bytes()),
    )
}

/// Extra of the offline scan channel.
pub fn scan_extra() -> Value {
    serde_json::json!({"scan_code": "286801346868493272", "terminal_id": "T0000001"})
}

/// A webhook received by [`Receiver`].
#[derive(Debug)]
pub struct Received {
    /// Header names lower-cased, with values.
    pub headers: Vec<(String, String)>,
    /// The raw body.
    pub body: Vec<u8>,
}

/// A minimal HTTP/1.1 receiver on loopback that answers each POST with the next
/// status of a script (200 once the script is used up).
pub struct Receiver {
    /// `http://127.0.0.1:PORT/hooks`
    pub url: String,
    /// What arrived, in order.
    pub rx: std::sync::mpsc::Receiver<Received>,
}

impl Receiver {
    /// Starts the receiver thread.
    pub fn start(script: Vec<u16>) -> Receiver {
        use std::io::{BufRead, BufReader, Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hooks", listener.local_addr().unwrap());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut script = script.into_iter();
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut headers = Vec::new();
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    continue;
                }
                loop {
                    line.clear();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    if let Some((k, v)) = line.trim_end().split_once(':') {
                        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                    }
                }
                let len = headers
                    .iter()
                    .find(|(k, _)| k == "content-length")
                    .and_then(|(_, v)| v.parse().ok())
                    .unwrap_or(0);
                let mut body = vec![0; len];
                let _ = reader.read_exact(&mut body);
                let status = script.next().unwrap_or(200);
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                );
                if tx.send(Received { headers, body }).is_err() {
                    return;
                }
            }
        });
        Receiver { url, rx }
    }

    /// The next webhook, waiting up to 10 s.
    pub fn next(&self) -> Received {
        self.rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("a webhook arrives")
    }
}

/// Polls `f` every 50 ms for up to 10 s until it gives `Some`.
pub fn eventually<T>(mut f: impl FnMut() -> Option<T>) -> T {
    let start = std::time::Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "condition not met within 10 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
