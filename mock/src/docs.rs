//! The API description the emulator serves: `GET /_mock/openapi.json` (the
//! core's OpenAPI 3.1 document, the same text as docs/openapi.json) and a
//! reference page of it at `GET /_mock/docs`, rendered in the browser by the
//! vendored Redoc bundle (`assets/redoc/`, served from here: no network).

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

/// The Redoc bundle (npm `redoc@2.5.4`, `bundles/redoc.standalone.js`).
const REDOC_JS: &[u8] = include_bytes!("../assets/redoc/redoc.standalone.js");
/// Redoc's license, served next to it.
const REDOC_LICENSE: &str = include_str!("../assets/redoc/LICENSE");

/// The reference page: Redoc reading the document from the emulator itself.
const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ping++ API (pingxx emulator)</title>
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<redoc spec-url="/_mock/openapi.json" hide-download-button="false"></redoc>
<script src="/_mock/docs/redoc.standalone.js"></script>
</body>
</html>
"#;

/// The answer to `GET path` when it is one of the documentation URLs.
pub(crate) fn serve(path: &str) -> Option<Response> {
    let (content_type, body): (&'static str, Vec<u8>) = match path {
        "/_mock/openapi.json" => ("application/json; charset=utf-8", pingxx::openapi_json().into_bytes()),
        "/_mock/docs" | "/_mock/docs/" => ("text/html; charset=utf-8", PAGE.as_bytes().to_vec()),
        "/_mock/docs/redoc.standalone.js" => ("application/javascript; charset=utf-8", REDOC_JS.to_vec()),
        "/_mock/docs/LICENSE" => ("text/plain; charset=utf-8", REDOC_LICENSE.as_bytes().to_vec()),
        _ => return None,
    };
    let mut resp = body.into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    Some(resp)
}
