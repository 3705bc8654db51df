//! TLS and proxies for real (issue 14 items 1-2): the emulator serving HTTPS
//! with a throw-away CA, and a real proxy process (Debian's tinyproxy) on
//! loopback. The proxy tests install tinyproxy when it is missing and skip,
//! saying why, only when it cannot be installed.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pingxx::{AttemptLog, Client, ClientBuilder};
use pingxx_mock::tls::TestCa;
use pingxx_mock::{MockConfig, MockHandle, MockServer, Tls};
use serde_json::{json, Value};

const APP: &str = "app_1Gqj58ynP0mHeX1q";
const KEY: &str = "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC";

fn vector(rel: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn start(tls: Option<Tls>, signed: bool) -> MockHandle {
    MockServer::start(MockConfig {
        tls,
        merchant_public_key_pem: signed.then(|| vector("keys/merchant_example_public_key_spki.pem")),
        ..MockConfig::default()
    })
    .expect("emulator starts")
}

/// A client that ignores proxy variables of the environment (they are set by one test here).
fn builder(base: &str) -> ClientBuilder {
    Client::builder()
        .api_key(KEY)
        .app_id(APP)
        .api_base(base)
        .timeout(Duration::from_secs(5))
        .retry_base_delay(Duration::from_millis(10))
        .max_retries(3)
        .proxy_from_env(false)
}

fn order(c: &Client, no: &str) -> Result<Value, pingxx::Error> {
    c.call(
        "orders.create",
        json!({"merchant_order_no": no, "amount": 100, "currency": "cny",
            "client_ip": "127.0.0.1", "subject": "s", "body": "b"}),
    )
}

fn capture(c: &Client) -> Arc<Mutex<Vec<AttemptLog>>> {
    let logs = Arc::new(Mutex::new(Vec::new()));
    let sink = logs.clone();
    c.set_log_hook(Some(Arc::new(move |r: &AttemptLog| {
        sink.lock().unwrap().push(r.clone())
    })));
    logs
}

#[test]
fn a_signed_order_flow_over_https_with_the_ca_trusted() {
    let mock = start(Some(Tls::Generated), true);
    assert!(mock.base_url().starts_with("https://"));
    let c = builder(&mock.base_url())
        .ca_cert_pem(mock.ca_cert_pem().unwrap())
        .private_key_pem(vector("keys/merchant_example_private_key_pkcs1.pem"))
        .build()
        .unwrap();
    let o = order(&c, "tls_order_0001").unwrap();
    let id = o["id"].as_str().unwrap();
    let paid = c
        .call(
            "orders.pay",
            json!({"order_id": id, "charge_amount": 100, "channel": "isv_scan",
                "extra": {"scan_code": "286801346868493272", "terminal_id": "T0000001"}}),
        )
        .unwrap();
    assert_eq!(paid["paid"], true);
}

/// The error of a call to a server whose certificate the client refuses: one
/// attempt only, a clear message.
fn refused(mock: &MockHandle, ca_pem: Option<&str>) -> String {
    let mut b = builder(&mock.base_url());
    if let Some(pem) = ca_pem {
        b = b.ca_cert_pem(pem);
    }
    let c = b.build().unwrap();
    let logs = capture(&c);
    let e = c.call("orders.retrieve", json!({"order_id": "1"})).unwrap_err();
    assert_eq!(e.code(), "connection_failed", "{e}");
    let msg = e.to_string();
    assert!(msg.contains("TLS") && msg.contains("certificate"), "{msg}");
    let logs = logs.lock().unwrap();
    assert_eq!(logs.len(), 1, "certificate errors are not retried: {logs:?}");
    assert_eq!(logs[0].outcome, "error");
    assert!(mock.requests().is_empty(), "nothing reached the emulator");
    msg
}

#[test]
fn an_untrusted_expired_or_misnamed_certificate_is_refused_without_retries() {
    let untrusted = start(Some(Tls::Generated), false);
    let msg = refused(&untrusted, None);
    assert!(msg.contains("UnknownIssuer"), "{msg}");

    let ca = TestCa::new().unwrap();
    let expired = start(Some(Tls::Given(ca.expired_localhost().unwrap())), false);
    let msg = refused(&expired, Some(ca.cert_pem()));
    assert!(msg.contains("Expired"), "{msg}");

    let misnamed = start(Some(Tls::Given(ca.for_host("api.example.invalid").unwrap())), false);
    let msg = refused(&misnamed, Some(ca.cert_pem()));
    assert!(msg.contains("NotValidForName"), "{msg}");

    // The same CA, a proper certificate: accepted.
    let good = start(Some(Tls::Given(ca.localhost().unwrap())), false);
    let c = builder(&good.base_url()).ca_cert_pem(ca.cert_pem()).build().unwrap();
    order(&c, "tls_good_0001").unwrap();
}

/// The TLS versions a ClientHello offers: its `supported_versions` extension,
/// or its legacy version when it has none.
fn offered_versions(hello: &[u8]) -> Vec<u16> {
    let u16_at = |i: usize| u16::from_be_bytes([hello[i], hello[i + 1]]);
    assert_eq!(hello[0], 0x16, "a TLS handshake record");
    assert_eq!(hello[5], 0x01, "a ClientHello");
    let legacy = u16_at(9);
    let mut i = 9 + 2 + 32; // version, random
    i += 1 + hello[i] as usize; // session id
    i += 2 + u16_at(i) as usize; // cipher suites
    i += 1 + hello[i] as usize; // compression methods
    let end = i + 2 + u16_at(i) as usize;
    i += 2;
    while i + 4 <= end {
        let (kind, len) = (u16_at(i), u16_at(i + 2) as usize);
        if kind == 0x002b {
            let list = &hello[i + 5..i + 4 + len];
            return list.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        }
        i += 4 + len;
    }
    vec![legacy]
}

#[test]
fn the_client_offers_nothing_below_tls_1_2() {
    use std::io::Read;
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut buf = vec![0u8; 16384];
        let mut n = 0;
        // Read the whole first record, then hang up.
        while n < 5 || n < 5 + u16::from_be_bytes([buf[3], buf[4]]) as usize {
            let got = s.read(&mut buf[n..]).unwrap();
            assert!(got > 0, "client closed early");
            n += got;
        }
        buf.truncate(n);
        buf
    });
    let c = builder(&format!("https://localhost:{port}"))
        .max_retries(0)
        .build()
        .unwrap();
    assert!(c.call("orders.retrieve", json!({"order_id": "1"})).is_err());
    let versions = offered_versions(&server.join().unwrap());
    assert!(versions.contains(&0x0303), "TLS 1.2 offered: {versions:04x?}");
    assert!(
        versions.iter().all(|v| *v >= 0x0303),
        "nothing below TLS 1.2: {versions:04x?}"
    );
}

#[test]
fn a_handshake_refused_by_the_server_is_retried_even_for_orders_pay() {
    use std::io::{Read, Write};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let accepted = Arc::new(Mutex::new(0u32));
    let count = accepted.clone();
    std::thread::spawn(move || {
        for s in listener.incoming() {
            let Ok(mut s) = s else { return };
            *count.lock().unwrap() += 1;
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            // A fatal handshake_failure alert: the server refuses before any request is sent.
            let _ = s.write_all(&[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]);
        }
    });
    let c = builder(&format!("https://localhost:{port}"))
        .max_retries(2)
        .build()
        .unwrap();
    let e = c
        .call(
            "orders.pay",
            json!({"order_id": "o1", "charge_amount": 100, "channel": "balance"}),
        )
        .unwrap_err();
    assert_eq!(
        e.code(),
        "connection_failed",
        "nothing was sent, so not outcome_unknown: {e}"
    );
    assert!(e.to_string().contains("TLS handshake failed"), "{e}");
    assert_eq!(*accepted.lock().unwrap(), 3, "retried: the request provably never left");
}

#[test]
fn a_bad_ca_cert_is_invalid_config() {
    for pem in [
        "",
        "not pem",
        "-----BEGIN CERTIFICATE-----\n@@@\n-----END CERTIFICATE-----\n",
    ] {
        let e = builder("https://127.0.0.1:1").ca_cert_pem(pem).build().unwrap_err();
        assert_eq!(e.code(), "invalid_config", "{pem:?}: {e}");
        assert!(e.to_string().contains("ca_cert"), "{e}");
    }
}

// ------------------------------------------------------------------ proxies

/// A tinyproxy process on a loopback port, killed on drop.
struct Proxy {
    child: Child,
    port: u16,
    log: PathBuf,
    _dir: TempDir,
}

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Proxy {
    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// Finds tinyproxy, installing it with apt-get if needed; `None` (after
/// printing why) only when it cannot be installed.
fn tinyproxy() -> Option<PathBuf> {
    let find = || {
        ["/usr/bin/tinyproxy", "/usr/sbin/tinyproxy", "/usr/local/bin/tinyproxy"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.exists())
    };
    if let Some(p) = find() {
        return Some(p);
    }
    let install = |args: &[&str]| {
        Command::new("apt-get")
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !install(&["install", "-y", "-q", "tinyproxy"]) {
        install(&["update", "-q"]);
        install(&["install", "-y", "-q", "tinyproxy"]);
    }
    let found = find();
    if found.is_none() {
        eprintln!("SKIPPED: tinyproxy is not installed and `apt-get install -y tinyproxy` failed");
    }
    found
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts tinyproxy on loopback, with Basic auth when `auth` is given.
fn start_proxy(auth: Option<(&str, &str)>) -> Option<Proxy> {
    let bin = tinyproxy()?;
    let dir = std::env::temp_dir().join(format!("pingxx-tinyproxy-{}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&dir).unwrap();
    let port = free_port();
    let log = dir.join("tinyproxy.log");
    let mut conf = format!(
        "Port {port}\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\nLogLevel Info\nLogFile \"{}\"\nPidFile \"{}\"\n",
        log.display(),
        dir.join("tinyproxy.pid").display()
    );
    if let Some((user, pass)) = auth {
        conf.push_str(&format!("BasicAuth {user} {pass}\n"));
    }
    let conf_path = dir.join("tinyproxy.conf");
    std::fs::write(&conf_path, conf).unwrap();
    let child = Command::new(bin)
        .arg("-d")
        .arg("-c")
        .arg(&conf_path)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tinyproxy starts");
    let proxy = Proxy {
        child,
        port,
        log,
        _dir: TempDir(dir),
    };
    let until = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "tinyproxy did not listen on {port}");
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(proxy)
}

#[test]
fn plain_http_and_https_connect_go_through_a_real_proxy() {
    let Some(proxy) = start_proxy(None) else { return };
    let plain = start(None, false);
    let c = builder(&plain.base_url()).proxy(proxy.url()).build().unwrap();
    assert_eq!(c.config().proxy_name(), Some(proxy.url().as_str()));
    order(&c, "proxy_http_0001").unwrap();

    let tls = start(Some(Tls::Generated), true);
    let c = builder(&tls.base_url())
        .proxy(proxy.url())
        .ca_cert_pem(tls.ca_cert_pem().unwrap())
        .private_key_pem(vector("keys/merchant_example_private_key_pkcs1.pem"))
        .build()
        .unwrap();
    order(&c, "proxy_tls_00001").unwrap();
    let log = proxy.log();
    assert!(
        log.contains(&format!("{}", plain.addr().port())),
        "plain request in the proxy log:\n{log}"
    );
    assert!(log.contains("CONNECT"), "CONNECT in the proxy log:\n{log}");
}

#[test]
fn proxy_credentials_work_and_never_show_in_errors_or_logs() {
    let Some(proxy) = start_proxy(Some(("alice", "s3cretPW"))) else {
        return;
    };
    let tls = start(Some(Tls::Generated), false);
    let with = |userinfo: &str| {
        builder(&tls.base_url())
            .proxy(format!("http://{userinfo}@127.0.0.1:{}", proxy.port))
            .ca_cert_pem(tls.ca_cert_pem().unwrap())
            .build()
            .unwrap()
    };
    let good = with("alice:s3cretPW");
    let logs = capture(&good);
    order(&good, "proxy_auth_0001").unwrap();
    let bad = with("alice:wrongPW99");
    let bad_logs = capture(&bad);
    let e = order(&bad, "proxy_auth_0002").unwrap_err();
    assert_eq!(e.code(), "connection_failed", "{e}");
    let msg = e.to_string();
    assert!(
        msg.contains(&format!("http://127.0.0.1:{}", proxy.port)),
        "names the proxy: {msg}"
    );
    let mut all = format!("{msg} {e:?} {:?} {:?}", good.config(), bad.config());
    for r in logs.lock().unwrap().iter().chain(bad_logs.lock().unwrap().iter()) {
        all.push_str(&r.to_json().to_string());
        all.push_str(&r.to_string());
    }
    assert!(!all.contains("s3cretPW") && !all.contains("wrongPW99"), "{all}");
}

#[test]
fn a_proxy_that_is_not_there_is_connection_failed_naming_it() {
    let port = free_port();
    let mock = start(None, false);
    let c = builder(&mock.base_url())
        .proxy(format!("http://bob:hunter2@127.0.0.1:{port}"))
        .max_retries(1)
        .build()
        .unwrap();
    let e = order(&c, "proxy_down_0001").unwrap_err();
    assert_eq!(e.code(), "connection_failed", "{e}");
    let msg = e.to_string();
    assert!(msg.contains(&format!("via proxy http://127.0.0.1:{port}")), "{msg}");
    assert!(
        !msg.contains("hunter2") && !format!("{e:?}").contains("hunter2"),
        "{msg}"
    );
    assert!(mock.requests().is_empty());
}

#[test]
fn proxy_environment_variables_and_no_proxy() {
    let Some(proxy) = start_proxy(None) else { return };
    let mock = start(None, false);
    // The only test of this binary that reads the environment (the others opt out).
    std::env::set_var("HTTP_PROXY", proxy.url());
    std::env::remove_var("http_proxy");
    std::env::remove_var("NO_PROXY");
    std::env::remove_var("no_proxy");
    let from_env = |on: bool| {
        Client::builder()
            .api_key(KEY)
            .app_id(APP)
            .api_base(mock.base_url())
            .proxy_from_env(on)
            .build()
            .unwrap()
    };
    let c = from_env(true);
    assert_eq!(c.config().proxy_name(), Some(proxy.url().as_str()));
    order(&c, "proxy_env_00001").unwrap();
    assert!(proxy.log().contains(&format!("{}", mock.addr().port())));
    assert_eq!(from_env(false).config().proxy_name(), None);
    std::env::set_var("NO_PROXY", "localhost,127.0.0.1");
    assert_eq!(from_env(true).config().proxy_name(), None, "NO_PROXY matches the host");
    std::env::set_var("NO_PROXY", "example.com");
    assert!(from_env(true).config().proxy_name().is_some());
    std::env::set_var("HTTP_PROXY", "socks9://nope:pw@x");
    let e = Client::builder()
        .api_key(KEY)
        .api_base(mock.base_url())
        .build()
        .unwrap_err();
    assert!(
        e.to_string().contains("HTTP_PROXY") && !e.to_string().contains("pw@"),
        "{e}"
    );
    std::env::remove_var("HTTP_PROXY");
    std::env::remove_var("NO_PROXY");
}
