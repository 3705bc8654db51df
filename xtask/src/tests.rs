//! The renderers on a small table that has every shape the real one has
//! (bracketed keys, keywords, app filled in, defaults, nested lists, channel
//! cases, pagination), so that a broken rule shows here and not only in a
//! diff of the generated files.

use serde_json::json;

use crate::spec::{parse, Spec};

fn fixture() -> Spec {
    let doc = json!({
        "format": 1,
        "operations": [
            {
                "name": "widgets.create", "resource": "widgets", "action": "create", "method": "POST",
                "path": "/v1/apps/{app_id}/widgets", "path_params": ["app_id"], "pagination": null,
                "returns": {"kind": "widget", "list": false}, "unique_param": "widget_no",
                "app_param": "text", "defaults": {"status": "new"}, "hooks": ["widget_rule"],
                "params": {"type": "object", "additional": true, "fields": {
                    "widget_no": {"type": "string", "required": true, "min_chars": 1, "max_chars": 32,
                                  "pattern": "digits", "doc": "unique number"},
                    "app": {"type": "string", "required": true},
                    "status": {"type": "enum", "values": ["new", "old"], "required": true},
                    "created[gte]": {"type": "integer", "required": false},
                    "type": {"type": "string", "required": false},
                    "parts": {"type": "array", "required": false, "items": {"type": "object", "fields": {
                        "sku": {"type": "string", "required": true}}}},
                    "extra": {"type": "by_channel", "required": false, "channel_field": "channel",
                              "cases": {"alipay": {"type": "object", "fields": {}}}, "default": null},
                    "body": {"type": "by_channel", "required": true, "channel_field": "channel",
                             "cases": {"a": {"type": "string", "max_chars": 5}}, "default": {"type": "string"}}
                }}
            },
            {
                "name": "widgets.list", "resource": "widgets", "action": "list", "method": "GET",
                "path": "/v1/apps/{app_id}/widgets", "path_params": ["app_id"],
                "pagination": {"style": "page", "max_per_page": 100},
                "returns": {"kind": "widget", "list": true}, "unique_param": null, "app_param": "none",
                "defaults": {}, "hooks": [], "params": {"type": "object", "fields": {}, "additional": true}
            }
        ],
        "kinds": {"widget": {"type": "object", "fields": {
            "id": {"type": "string", "required": true},
            "object": {"type": "string", "required": false}
        }}}
    });
    parse(&doc.to_string()).expect("fixture parses")
}

#[test]
fn python_typed_dicts_follow_the_schema() {
    let text = crate::python::render(&fixture(), &[json!({"name": "timeout_ms", "type": "integer"})]).unwrap();
    // A bracketed key needs the functional syntax.
    assert!(
        text.contains("WidgetsCreateParams = TypedDict(\n    \"WidgetsCreateParams\","),
        "{text}"
    );
    assert!(text.contains("\"widget_no\": Required[str],"));
    // Filled in by the client (app) or by a default (status): not required of the caller.
    assert!(text.contains("\"app\": str,"));
    assert!(text.contains("\"status\": Literal[\"new\", \"old\"],"));
    assert!(text.contains("\"created[gte]\": int,"));
    assert!(text.contains("\"parts\": Sequence[WidgetsCreateParamsPartsItem],"));
    assert!(text.contains("class WidgetsCreateParamsPartsItem(TypedDict, total=False):\n    sku: Required[str]"));
    // Channel cases: one type when every case agrees.
    assert!(text.contains("\"body\": Required[str],"));
    assert!(text.contains("\"extra\": Mapping[str, Any],"));
    assert!(text.contains("class Widget(TypedDict, total=False):"));
    assert!(text.contains("    id: Required[str]"));
    assert!(text.contains("    per_page: int\n"));
    // Required params: the argument has no default; app_id may be given or not.
    assert!(text.contains("    def create(self, params: WidgetsCreateParams) -> Widget:"));
    assert!(text.contains("    def create(self, app_id: str, /, params: WidgetsCreateParams) -> Widget:"));
    assert!(text.contains("    def list_auto(self, params: Optional[WidgetsListParams] = None) -> Iterator[Widget]:"));
    assert!(text
        .contains("    def list_auto(self, params: Optional[WidgetsListParams] = None) -> AsyncListIterator[Widget]:"));
    assert!(text.contains("    async def create(self, params: WidgetsCreateParams) -> Widget:"));
    assert!(text.contains("        timeout_ms: Optional[int] = None,"));
}

#[test]
fn typescript_interfaces_follow_the_schema() {
    let options = [json!({"name": "api_key", "type": "string", "required": true, "default": null, "doc": "key"})];
    let text = crate::node::render(&fixture(), &["timeout".to_string()], &options).unwrap();
    assert!(text.contains("export interface WidgetsCreateParams {"));
    assert!(text.contains("  widget_no: string\n"));
    assert!(text.contains("  app?: string\n"));
    assert!(text.contains("  'created[gte]'?: number\n"));
    assert!(text.contains("  parts?: WidgetsCreateParamsPartsItem[]\n"));
    assert!(text.contains("  app_id?: string\n"));
    assert!(text.contains("  create(params: WidgetsCreateParams): Promise<WithResponse<Widget>>"));
    assert!(text.contains("  listAuto(params?: WidgetsListParams): AsyncGenerator<Widget, void, undefined>"));
    assert!(text.contains("  apiKey: string\n"));
    assert!(text.contains("  | 'timeout'\n  | 'internal_error'"));
    assert!(
        !text.contains("[key: string]: unknown\n}\n\n/** Params of"),
        "params must not take any key"
    );
}

#[test]
fn rust_structs_follow_the_schema() {
    let files = crate::rust::render(&fixture()).unwrap();
    let (_, text) = files.iter().find(|(f, _)| f == "widgets.rs").unwrap();
    assert!(text.contains("pub widget_no: String,"));
    assert!(text.contains("#[serde(rename = \"created[gte]\", default, skip_serializing_if = \"Option::is_none\")]\n    pub created_gte: Option<i64>,"));
    assert!(text.contains("pub r#type: Option<String>,"));
    assert!(text.contains("pub app: Option<String>,"));
    assert!(text.contains("pub body: String,"));
    assert!(text.contains("pub parts: Option<Vec<WidgetsCreateParamsPartsItem>>,"));
    assert!(text.contains("#[serde(flatten)]\n    pub other: Map<String, Value>,"));
    assert!(text.contains("pub fn create(&self, params: &WidgetsCreateParams) -> Result<Widget>"));
    assert!(text.contains("pub fn list_auto(&self, params: &WidgetsListParams) -> Result<ListIter<Widget>>"));
    assert!(text.contains("pub fn for_app(self, app_id: &'a str) -> Self"));
    let (_, m) = files.iter().find(|(f, _)| f == "mod.rs").unwrap();
    assert!(m.contains("(\"widgets.list\", &[], \"List<Widget>\"),"));
}

#[test]
fn the_reference_lists_every_parameter_with_its_rule_and_an_example() {
    let vectors = json!({"cases": [
        {"name": "bad", "operation": "widgets.create", "params": {"widget_no": "x"}, "errors": []},
        {"name": "good", "operation": "widgets.create", "params": {"widget_no": "12"}, "valid": true}
    ]});
    let codes = [json!({"code": "timeout", "number": 5001, "summary": "too slow"})];
    let extra = crate::docs::Extra {
        options: &[],
        codes: &codes,
        vectors: &vectors,
    };
    let text = crate::docs::render(&fixture(), &extra);
    assert!(
        text.contains("| `widget_no` | string | yes | unique number. 1 to 32 chars; pattern digits |"),
        "{text}"
    );
    assert!(text.contains("| `parts[].sku` | string | yes |"));
    assert!(text.contains("| `body` | string (by channel) | yes | `channel` a: at most 5 chars; other channels: any |"));
    assert!(text.contains("| `per_page` | integer |  | Items per page. 1..100 |"));
    assert!(text.contains("only when `widget_no` is given"));
    assert!(text.contains("Cross-field rules: `widget_rule`"));
    assert!(text.contains("Valid example (vector \"good\"):\n\n```json\n{\n  \"widget_no\": \"12\"\n}\n```"));
    assert!(text.contains("| `timeout` | 5001 | too slow |"));
}
