//! The operation table against the endpoints the official Ping++ SDKs send
//! (`tests/official_endpoints.tsv`): every one of them must have a row with the
//! same method and path: all 132 of them.

use std::collections::BTreeSet;

const LIST: &str = include_str!("../../tests/official_endpoints.tsv");

/// `METHOD /path` with every `{parameter}` written as `{}`, so that the SDKs'
/// names (`{app}`, `{id}`) and the table's (`{app_id}`, `{charge_id}`) agree.
fn key(method: &str, path: &str) -> String {
    let mut out = format!("{method} ");
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => in_param = true,
            '}' => {
                in_param = false;
                out.push_str("{}");
            }
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out
}

/// The list's endpoints as (key, family).
fn official() -> Vec<(String, String)> {
    LIST.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "line {l:?}: want METHOD, path and family");
            (key(cols[0], cols[1]), cols[2].to_string())
        })
        .collect()
}

fn table() -> BTreeSet<String> {
    pingxx::operations()
        .iter()
        .map(|op| key(op.method.as_str(), op.path))
        .collect()
}

#[test]
fn the_list_holds_132_distinct_endpoints() {
    let list = official();
    let distinct: BTreeSet<&String> = list.iter().map(|(k, _)| k).collect();
    assert_eq!(list.len(), 132);
    assert_eq!(distinct.len(), 132, "an endpoint is listed twice");
}

#[test]
fn every_official_endpoint_has_a_row() {
    let table = table();
    let missing: Vec<(String, String)> = official().into_iter().filter(|(k, _)| !table.contains(k)).collect();
    assert!(missing.is_empty(), "official endpoints with no row: {missing:#?}");
}

#[test]
fn keys_ignore_parameter_names_only() {
    assert_eq!(
        key("GET", "/v1/apps/{app}/users/{user}"),
        key("GET", "/v1/apps/{app_id}/users/{user_id}")
    );
    assert_ne!(key("GET", "/v1/charges/{id}"), key("GET", "/v1/charges/{id}/refunds"));
    assert_ne!(key("GET", "/v1/charges"), key("POST", "/v1/charges"));
}
