//! The API description the emulator serves: the OpenAPI document at
//! `GET /_mock/openapi.json` (the core's, the same text as docs/openapi.json)
//! and the reference page at `GET /_mock/docs` with its vendored renderer.

use pingxx_mock::{MockConfig, MockServer};

/// (status, content type, body) of `GET url`, without auth.
fn get(url: &str) -> (u16, String, Vec<u8>) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut resp = agent.get(url).call().unwrap();
    let status = resp.status().as_u16();
    let ct = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = resp
        .body_mut()
        .with_config()
        .limit(16 * 1024 * 1024)
        .read_to_vec()
        .unwrap();
    (status, ct, body)
}

#[test]
fn the_document_is_served_and_is_the_committed_one() {
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let (status, ct, body) = get(&format!("{}/_mock/openapi.json", mock.base_url()));
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/json"), "{ct}");
    let text = String::from_utf8(body).unwrap();
    assert_eq!(text, pingxx::openapi_json());
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openapi.json")).unwrap();
    assert_eq!(
        text, committed,
        "docs/openapi.json is stale: run `cargo run -p xtask -- gen`"
    );
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let served: usize = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| p.as_object().unwrap().len())
        .sum();
    assert_eq!(served, pingxx::operations().len(), "one path item method per operation");
    assert_eq!(doc["paths"]["/v1/charges"]["post"]["operationId"], "charges.create");
}

#[test]
fn the_reference_page_and_its_renderer_are_served_locally() {
    let mock = MockServer::start(MockConfig::default()).unwrap();
    let (status, ct, body) = get(&format!("{}/_mock/docs", mock.base_url()));
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/html"), "{ct}");
    let page = String::from_utf8(body).unwrap();
    assert!(page.contains(r#"<redoc spec-url="/_mock/openapi.json""#), "{page}");
    assert!(
        page.contains(r#"<script src="/_mock/docs/redoc.standalone.js">"#),
        "{page}"
    );
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "no CDN: {page}"
    );
    let (status, ct, js) = get(&format!("{}/_mock/docs/redoc.standalone.js", mock.base_url()));
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/javascript"), "{ct}");
    let vendored = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/redoc/redoc.standalone.js")).unwrap();
    assert_eq!(js, vendored);
    let (status, _, license) = get(&format!("{}/_mock/docs/LICENSE", mock.base_url()));
    assert_eq!(status, 200);
    assert!(String::from_utf8(license).unwrap().contains("MIT License"));
    let (status, _, _) = get(&format!("{}/_mock/docs/missing.js", mock.base_url()));
    assert_eq!(status, 404);
}
