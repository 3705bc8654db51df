//! `docs/openapi.json`: the OpenAPI 3.1 document of every operation.
//!
//! Built by the core (`pingxx::openapi_json()`, from `operations_json()` alone)
//! so that `pingxx ops --openapi` and the emulator's `GET /_mock/openapi.json`
//! give the same text; this generator writes it and checks its freshness.

/// Where the document is written, relative to the workspace root.
pub const PATH: &str = "docs/openapi.json";

/// The document's text.
pub fn render() -> String {
    pingxx::openapi_json()
}
