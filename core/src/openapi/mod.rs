//! `pingxx::openapi_json()`: an OpenAPI 3.1 description of every operation,
//! built from `operations_json()` alone (docs/operations-json.md), so a row
//! added to the operation table appears here with no other change.
//!
//! One builder for everyone: the workspace generator writes it to
//! `docs/openapi.json`, `pingxx ops --openapi` prints it and the emulator
//! serves it at `GET /_mock/openapi.json`. Keys are sorted, so the text only
//! changes when the table does.

mod channels;
mod schema;

use once_cell::sync::Lazy;
use serde_json::{json, Map, Value};

/// HTTP statuses of error answers, each with the error object.
const ERROR_STATUSES: &[(&str, &str)] = &[
    ("400", "Invalid parameters (`invalid_request_error`, `param` names the field) or a request that is not allowed in the object's state."),
    ("401", "No, or an invalid, API key (`authentication_error`); a missing or invalid request signature when the app requires signing."),
    ("402", "The channel refused (`channel_error`)."),
    ("403", "The key may not do this (`permission_error`)."),
    ("404", "No such object, or no such URL."),
    ("409", "A conflict with an earlier request (the unique merchant number was used)."),
    ("429", "Too many requests (`rate_limit_error`)."),
    ("500", "An error on the server (`api_error`)."),
    ("502", "The gateway failed; the anti-DDoS proxy answers with an HTML page."),
    ("503", "The service is unavailable for a moment."),
];

static DOC: Lazy<String> = Lazy::new(|| {
    let ops: Value = serde_json::from_str(&crate::operations_json()).expect("operations_json is JSON");
    let doc = document(&ops);
    let mut text = serde_json::to_string_pretty(&doc).expect("a JSON value always serializes");
    text.push('\n');
    text
});

/// The OpenAPI 3.1 document (pretty JSON, sorted keys, ending in a newline):
/// paths and methods of every operation, path and query parameters, request
/// bodies with the full parameter schemas (channel-dependent shapes as one
/// `oneOf`), responses with the object schemas and the error object, Bearer
/// and Basic authentication, the request-signature headers and the webhook.
pub fn openapi_json() -> String {
    DOC.clone()
}

/// Builds the document from the parsed `operations_json()`.
fn document(ops: &Value) -> Value {
    let mut paths: Map<String, Value> = Map::new();
    let mut schemas: Map<String, Value> = Map::new();
    let mut tags: Vec<String> = Vec::new();
    if let Some(kinds) = ops["kinds"].as_object() {
        for (name, k) in kinds {
            schemas.insert(name.clone(), schema::node(k, false));
            schemas.insert(format!("{name}_list"), list_schema(name));
        }
    }
    schemas.insert("error".into(), error_schema());
    schemas.insert("storable".into(), schema::storable());
    schemas.insert(
        "url".into(),
        json!({"pattern": schema::url_regex(), "description": "An absolute http(s) URL with a host, no white space or control characters."}),
    );
    schemas.insert(
        "ip".into(),
        json!({"anyOf": [{"format": "ipv4"}, {"format": "ipv6"}], "description": "An IPv4 or IPv6 address."}),
    );
    for op in ops["operations"].as_array().into_iter().flatten() {
        let name = op["name"].as_str().unwrap_or_default();
        let resource = op["resource"].as_str().unwrap_or_default().to_string();
        if !tags.contains(&resource) {
            tags.push(resource);
        }
        let (mut params, extra) = params_schemas(op);
        for (k, mut v) in extra {
            schema::storable_extras(&mut v);
            schemas.insert(k, v);
        }
        schema::storable_extras(&mut params);
        schemas.insert(format!("{name}.params"), params);
        let method = op["method"].as_str().unwrap_or("GET").to_ascii_lowercase();
        let path = op["path"].as_str().unwrap_or_default().to_string();
        let entry = paths.entry(path).or_insert_with(|| json!({}));
        entry[method] = operation(op);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Ping++ API",
            "version": env!("CARGO_PKG_VERSION"),
            "summary": "Every operation the pingxx SDK knows, with its parameter rules and the objects it returns.",
            "description": INFO,
            "license": {"name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0"},
        },
        "servers": [
            {"url": crate::config::DEFAULT_API_BASE, "description": "Ping++"},
            {"url": "http://127.0.0.1:8780", "description": "the emulator: `pingxx mock`"},
        ],
        "security": [
            {"bearer": []},
            {"basic": []},
            {"bearer": [], "request_signature": [], "request_timestamp": []},
            {"basic": [], "request_signature": [], "request_timestamp": []},
        ],
        "tags": tags.iter().map(|t| json!({"name": t})).collect::<Vec<_>>(),
        "paths": paths,
        "webhooks": {"event": webhook()},
        "components": {
            "schemas": schemas,
            "responses": error_responses(),
            "securitySchemes": security_schemes(),
        },
    })
}

const INFO: &str = "Generated from the operation table of pingxx (`pingxx::operations_json()`); \
Ping++ publishes no machine-readable description of its API. Parameters are checked by the API \
and by the SDK with the same rules; every rule JSON Schema can state is stated, the others are \
described in words and kept as `x-pingxx-*` keywords (a length in UTF-8 bytes, a list's length \
as JSON text, a time window relative to now) or in the operation's description (rules that tie \
several parameters together). A parameter sent as `null` counts as absent. Unknown parameters \
are accepted, and objects may carry fields not listed here.";

fn list_schema(kind: &str) -> Value {
    json!({
        "type": "object",
        "description": format!("A page of {kind} objects."),
        "required": ["object", "data"],
        "properties": {
            "object": {"const": "list"},
            "url": {"type": "string"},
            "has_more": {"type": "boolean"},
            "data": {"type": "array", "items": {"$ref": format!("#/components/schemas/{kind}")}},
        },
        "additionalProperties": true,
    })
}

fn error_schema() -> Value {
    let text = |d: &str| json!({"type": ["string", "null"], "description": d});
    json!({
        "type": "object",
        "description": "Every error answer: `{\"error\": {type, message, code, param}}`.",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["type", "message"],
                "properties": {
                    "type": text("`invalid_request_error`, `authentication_error`, `channel_error`, `rate_limit_error`, `api_error`, ..."),
                    "message": text("What went wrong, for people."),
                    "code": text("A finer code, when there is one."),
                    "param": text("The parameter at fault, when there is one."),
                },
                "additionalProperties": true,
            }
        },
        "additionalProperties": true,
    })
}

fn error_responses() -> Value {
    let mut out = Map::new();
    for (status, text) in ERROR_STATUSES {
        let mut content = json!({"application/json": {"schema": {"$ref": "#/components/schemas/error"}}});
        if *status == "502" {
            content["text/html"] = json!({"schema": {"type": "string"}});
        }
        out.insert(
            format!("status_{status}"),
            json!({"description": text, "content": content}),
        );
    }
    Value::Object(out)
}

fn security_schemes() -> Value {
    json!({
        "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "The secret key: `Authorization: Bearer sk_test_...` (test mode) or `sk_live_...`.",
        },
        "basic": {
            "type": "http",
            "scheme": "basic",
            "description": "The secret key as the user name, empty password (what the official SDKs send).",
        },
        "request_signature": {
            "type": "apiKey",
            "in": "header",
            "name": "Pingplusplus-Signature",
            "description": "Required when the app has request signing on: base64 of RSA PKCS#1 v1.5 SHA-256, \
    with the merchant private key, over raw body ‖ request target (path and query, as sent) ‖ the timestamp header's value.",
        },
        "request_timestamp": {
            "type": "apiKey",
            "in": "header",
            "name": "Pingplusplus-Request-Timestamp",
            "description": "Unix seconds when the request was signed; within 300 s of the server's clock.",
        },
    })
}

fn webhook() -> Value {
    json!({"post": {
        "operationId": "webhook.event",
        "summary": "An event, sent to the webhook URL of the app",
        "description": "Verify the signature over the raw body bytes with the Ping++ public key \
    (RSA PKCS#1 v1.5 SHA-256, base64 with or without padding) before reading the event. An answer \
    other than 2xx is retried.",
        "parameters": [{
            "name": "X-Pingplusplus-Signature",
            "in": "header",
            "required": true,
            "description": "Signature of the raw body; header names are case-insensitive.",
            "schema": {"type": "string", "minLength": 1},
        }],
        "requestBody": {
            "required": true,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/event"}}},
        },
        "responses": {"2XX": {"description": "Received."}},
    }})
}

/// The operation's parameters as one object schema, plus any component it needs.
fn params_schemas(op: &Value) -> (Value, Vec<(String, Value)>) {
    let name = op["name"].as_str().unwrap_or_default();
    let base = schema::node(&op["params"], false);
    let path_params: Vec<&str> = op["path_params"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let variants = channels::variants(&op["params"], &path_params);
    if variants.is_empty() {
        return (base, Vec::new());
    }
    let base_name = format!("{name}.params.base");
    let mut all = vec![json!({"$ref": format!("#/components/schemas/{base_name}")})];
    all.extend(variants);
    (json!({"allOf": all}), vec![(base_name, base)])
}

fn operation(op: &Value) -> Value {
    let name = op["name"].as_str().unwrap_or_default();
    let method = op["method"].as_str().unwrap_or("GET");
    let params_ref = json!({"$ref": format!("#/components/schemas/{name}.params")});
    let mut parameters: Vec<Value> = Vec::new();
    for p in op["path_params"].as_array().into_iter().flatten() {
        let p = p.as_str().unwrap_or_default();
        parameters.push(json!({
            "name": p,
            "in": "path",
            "required": true,
            "description": "One path segment, percent-encoded.",
            "schema": {"type": "string", "minLength": 1},
        }));
    }
    let mut out = json!({
        "operationId": name,
        "summary": op["summary"],
        "tags": [op["resource"]],
        "x-pingxx-params": params_ref,
    });
    if method == "GET" || method == "DELETE" {
        if let Some(fields) = op["params"]["fields"].as_object() {
            for (field, f) in fields {
                parameters.push(query_param(field, f));
            }
        }
    } else {
        out["requestBody"] = json!({
            "required": true,
            "content": {"application/json": {"schema": params_ref}},
        });
    }
    out["parameters"] = Value::Array(parameters);
    let description = description(op);
    if !description.is_empty() {
        out["description"] = json!(description);
    }
    let kind = op["returns"]["kind"].as_str().unwrap_or_default();
    let list = op["returns"]["list"].as_bool() == Some(true);
    let target = if list { format!("{kind}_list") } else { kind.to_string() };
    let mut responses = Map::new();
    responses.insert(
        "200".into(),
        json!({
            "description": if list { format!("A page of {kind} objects.") } else { format!("The {kind} object.") },
            "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{target}")}}},
        }),
    );
    for (status, _) in ERROR_STATUSES {
        responses.insert(
            (*status).into(),
            json!({"$ref": format!("#/components/responses/status_{status}")}),
        );
    }
    out["responses"] = Value::Object(responses);
    out
}

/// A query parameter: objects as `a[b]=` (`deepObject`).
fn query_param(name: &str, f: &Value) -> Value {
    let required = schema::is_required(f);
    let mut s = schema::node(f, false);
    schema::storable_extras(&mut s);
    schema::query_integers(&mut s);
    let description = s.as_object_mut().and_then(|o| o.remove("description"));
    let mut p = json!({"name": name, "in": "query", "required": required, "schema": s});
    if let Some(d) = description {
        p["description"] = d;
    }
    let object_like = matches!(f["type"].as_str(), Some("object" | "any_of" | "metadata"));
    if object_like {
        p["style"] = json!("deepObject");
        p["explode"] = json!(true);
    }
    p
}

/// What the schemas cannot say: the cross-field rules, the unique number,
/// the app filled in by the SDK, the defaults, pagination.
fn description(op: &Value) -> String {
    let mut lines: Vec<String> = Vec::new();
    for h in op["hooks"].as_array().into_iter().flatten() {
        if let Some(text) = h.as_str().and_then(hook_text) {
            lines.push(format!("Rule `{}`: {text}.", h.as_str().unwrap_or_default()));
        }
    }
    if let Some(u) = op["unique_param"].as_str() {
        lines.push(format!(
            "`{u}` is unique: a retry with the same `{u}` cannot create a second object."
        ));
    }
    match op["app_param"].as_str() {
        Some("object") => lines.push("The SDK fills `app: {\"id\": ...}` with the client's app id when absent.".into()),
        Some("text") => lines.push("The SDK fills `app` with the client's app id when absent.".into()),
        _ => {}
    }
    if let Some(d) = op["defaults"].as_object().filter(|d| !d.is_empty()) {
        lines.push(format!(
            "The SDK sends these when absent: `{}`.",
            Value::Object(d.clone())
        ));
    }
    match op["pagination"]["style"].as_str() {
        Some("page") => lines.push(format!(
            "Paged with `page` and `per_page` (at most {}).",
            op["pagination"]["max_per_page"]
        )),
        Some("cursor") => lines.push(format!(
            "Paged with `limit` (at most {}) and `starting_after` / `ending_before`.",
            op["pagination"]["max_limit"]
        )),
        _ => {}
    }
    lines.join("\n\n")
}

/// The rule that ties several parameters together (`validate/hooks.rs`), in words.
fn hook_text(name: &str) -> Option<&'static str> {
    crate::validate::Hook::ALL
        .iter()
        .find(|h| h.as_str() == name)
        .map(|h| h.summary())
}

#[cfg(test)]
mod tests;
