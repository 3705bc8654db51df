use serde_json::Value;

fn doc() -> Value {
    serde_json::from_str(&super::openapi_json()).expect("the document is JSON")
}

#[test]
fn every_operation_has_a_path_method_and_params_schema() {
    let doc = doc();
    for op in crate::operations() {
        let method = op.method.as_str().to_ascii_lowercase();
        let entry = &doc["paths"][op.path][method.as_str()];
        assert_eq!(entry["operationId"], op.name, "{}", op.name);
        let params = format!("{}.params", op.name);
        assert!(doc["components"]["schemas"][&params].is_object(), "{params}");
        for p in op.path_params {
            assert!(
                entry["parameters"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|x| x["name"] == *p && x["in"] == "path"),
                "{}: {p}",
                op.name
            );
        }
    }
}

#[test]
fn channel_shapes_are_one_variant_per_channel() {
    let doc = doc();
    let create = &doc["components"]["schemas"]["charges.create.params"]["allOf"];
    let variants = create[1]["oneOf"]
        .as_array()
        .expect("charges.create depends on the channel");
    let alipay = variants
        .iter()
        .find(|v| v["properties"]["channel"]["const"] == "alipay")
        .expect("alipay has its own shape");
    assert!(alipay["properties"]["extra"].is_object());
    let other = variants.last().unwrap();
    assert!(other["properties"]["channel"]["not"]["anyOf"].is_array());
}
