//! Channel-dependent parameters (`by_channel` nodes) as one `oneOf`: a
//! variant per channel, or per set of channels that share every shape, each
//! fixing the `channel` parameter and the shape of every field that depends
//! on it. The variants are disjoint (exact names, then prefixes minus what is
//! more specific, then everything else), so exactly one applies.
//!
//! The checker picks a case by exact name first, then by prefix
//! (`wx*`), then the default; the selectors here follow the same order.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::schema::{has_required_field, node};

/// One step from the parameters' root to a `by_channel` node.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Items,
}

/// A `by_channel` node found in the parameters, with where it is.
struct Site<'a> {
    path: Vec<Step>,
    node: &'a Value,
}

/// The `oneOf` schemas (one per channel field) of the parameters `params`;
/// empty when no field depends on a channel. A shape chosen by a path
/// parameter (`.../channels/{channel}`) cannot be selected from the body: it
/// is described, each case kept under `x-pingxx-by-channel`, not checked.
pub fn variants(params: &Value, path_params: &[&str]) -> Vec<Value> {
    let mut sites = Vec::new();
    collect(params, &mut Vec::new(), &mut sites);
    let mut by_field: BTreeMap<String, Vec<Site>> = BTreeMap::new();
    let mut out = Vec::new();
    for site in sites {
        let field = site.node["channel_field"].as_str().unwrap_or("channel").to_string();
        if path_params.contains(&field.as_str()) {
            out.push(by_path(&field, &site));
        } else {
            by_field.entry(field).or_default().push(site);
        }
    }
    out.extend(by_field.into_iter().map(|(field, sites)| one_of(&field, &sites)));
    out
}

/// A shape chosen by the path parameter `field`: the cases as annotations.
fn by_path(field: &str, site: &Site) -> Value {
    let cases: Map<String, Value> = site.node["cases"]
        .as_object()
        .map(|c| c.iter().map(|(k, v)| (k.clone(), node(v, false))).collect())
        .unwrap_or_default();
    let note = json!({
        "description": format!(
            "The shape depends on the path parameter `{field}` (`x-pingxx-by-channel`: a key ending in `*` is a prefix); the API checks it, JSON Schema cannot select it from the body."
        ),
        "x-pingxx-by-channel": cases,
    });
    let mut root = json!({});
    place(&mut root, &site.path, note, false);
    root
}

fn collect<'a>(n: &'a Value, path: &mut Vec<Step>, out: &mut Vec<Site<'a>>) {
    match n["type"].as_str() {
        Some("by_channel") => out.push(Site {
            path: path.clone(),
            node: n,
        }),
        Some("object") => {
            if let Some(fields) = n["fields"].as_object() {
                for (name, f) in fields {
                    path.push(Step::Key(name.clone()));
                    collect(f, path, out);
                    path.pop();
                }
            }
        }
        Some("array") => {
            path.push(Step::Items);
            collect(&n["items"], path, out);
            path.pop();
        }
        _ => {}
    }
}

/// Which channels a variant is for.
enum Region {
    Exact(String),
    Prefix(String),
    Other,
}

fn case_keys(n: &Value) -> Vec<&str> {
    n["cases"]
        .as_object()
        .map(|c| c.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

/// The case of `n` for the channels of `region` (`None`: not checked).
fn select<'a>(n: &'a Value, region: &Region) -> Option<&'a Value> {
    let cases = &n["cases"];
    let by_prefix = |channel: &str| {
        case_keys(n)
            .into_iter()
            .filter_map(|k| k.strip_suffix('*').map(|p| (k, p)))
            .filter(|(_, p)| channel.starts_with(p))
            .max_by_key(|(_, p)| p.len())
            .map(|(k, _)| &cases[k])
    };
    let picked = match region {
        Region::Exact(e) => cases.get(e.as_str()).or_else(|| by_prefix(e)),
        Region::Prefix(p) => by_prefix(p),
        Region::Other => None,
    };
    picked.or(Some(&n["default"])).filter(|v| !v.is_null())
}

fn escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

fn one_of(field: &str, sites: &[Site]) -> Value {
    let mut exact: Vec<String> = Vec::new();
    let mut prefixes: Vec<String> = Vec::new();
    for site in sites {
        for k in case_keys(site.node) {
            match k.strip_suffix('*') {
                Some(p) => prefixes.push(p.to_string()),
                None => exact.push(k.to_string()),
            }
        }
    }
    exact.sort();
    exact.dedup();
    prefixes.sort();
    prefixes.dedup();
    let prefix_schema = |p: &str| json!({"type": "string", "pattern": format!("^{}", escape(p))});

    // Exact channels that end up with the same shapes share one variant.
    let mut shared: BTreeMap<String, (Vec<String>, Value)> = BTreeMap::new();
    for e in &exact {
        let body = body(sites, &Region::Exact(e.clone()));
        let key = body.to_string();
        shared
            .entry(key)
            .or_insert_with(|| (Vec::new(), body))
            .0
            .push(e.clone());
    }
    let mut variants: Vec<Value> = Vec::new();
    for (names, body) in shared.into_values() {
        let selector = match names.as_slice() {
            [one] => json!({"const": one}),
            _ => json!({"enum": names}),
        };
        variants.push(variant(field, selector, body, &names.join(", "), true));
    }
    for p in &prefixes {
        let mut not: Vec<Value> = Vec::new();
        let taken: Vec<&String> = exact.iter().filter(|e| e.starts_with(p.as_str())).collect();
        if !taken.is_empty() {
            not.push(json!({"enum": taken}));
        }
        for q in prefixes
            .iter()
            .filter(|q| q.len() > p.len() && q.starts_with(p.as_str()))
        {
            not.push(prefix_schema(q));
        }
        let mut selector = prefix_schema(p);
        if !not.is_empty() {
            selector["not"] = json!({"anyOf": not});
        }
        let body = body(sites, &Region::Prefix(p.clone()));
        variants.push(variant(field, selector, body, &format!("{p}*"), true));
    }
    let mut not: Vec<Value> = Vec::new();
    if !exact.is_empty() {
        not.push(json!({"enum": exact}));
    }
    not.extend(prefixes.iter().map(|p| prefix_schema(p)));
    let body = body(sites, &Region::Other);
    variants.push(variant(
        field,
        json!({"not": {"anyOf": not}}),
        body,
        "any other channel, or none",
        false,
    ));
    json!({
        "description": format!("The shape of some parameters depends on `{field}`: exactly one variant applies."),
        "oneOf": variants,
    })
}

/// One variant; `named`: the channel must be present (every variant but the
/// last). A dotted channel field (`charge.channel`) is a field of a sub-object.
fn variant(field: &str, selector: Value, body: Value, title: &str, named: bool) -> Value {
    let mut v = body;
    let path: Vec<Step> = field.split('.').map(|k| Step::Key(k.to_string())).collect();
    if named {
        // Every object on the way must be there too.
        let mut at = &mut v;
        for step in &path[..path.len() - 1] {
            let Step::Key(k) = step else { continue };
            let obj = at.as_object_mut().expect("a variant body is an object");
            let req = obj.entry("required").or_insert_with(|| json!([]));
            if let Some(list) = req.as_array_mut() {
                if !list.contains(&json!(k)) {
                    list.push(json!(k));
                }
            }
            let props = obj.entry("properties").or_insert_with(|| json!({}));
            at = props
                .as_object_mut()
                .expect("properties is an object")
                .entry(k.clone())
                .or_insert_with(|| json!({}));
        }
    }
    place(&mut v, &path, selector, named);
    v["title"] = json!(format!("{field}: {title}"));
    v
}

/// The constraints of every site for the channels of `region`, as one object schema.
fn body(sites: &[Site], region: &Region) -> Value {
    let mut root = json!({});
    for site in sites {
        let Some(case) = select(site.node, region) else {
            continue;
        };
        let own_required = site.node["required"].as_bool() == Some(true);
        let group = site.node["group"].as_bool() == Some(true);
        let required = own_required || (group && has_required_field(case));
        place(&mut root, &site.path, node(case, !required), required);
    }
    root
}

/// Puts `schema` at `path` inside the object schema `at`, creating the
/// `properties`/`items` on the way; `required` adds the last key to the
/// innermost object's `required`.
fn place(at: &mut Value, path: &[Step], schema: Value, required: bool) {
    match path {
        [] => {}
        [Step::Items, rest @ ..] => {
            let items = at
                .as_object_mut()
                .expect("schemas here are objects")
                .entry("items")
                .or_insert_with(|| json!({}));
            if rest.is_empty() {
                merge(items, schema);
            } else {
                place(items, rest, schema, required);
            }
        }
        [Step::Key(k), rest @ ..] => {
            let obj = at.as_object_mut().expect("schemas here are objects");
            if rest.is_empty() && required {
                let req = obj.entry("required").or_insert_with(|| json!([]));
                if let Some(list) = req.as_array_mut() {
                    list.push(json!(k));
                }
            }
            let props = obj.entry("properties").or_insert_with(|| json!({}));
            let slot = props
                .as_object_mut()
                .expect("properties is an object")
                .entry(k.clone())
                .or_insert_with(|| json!({}));
            if rest.is_empty() {
                merge(slot, schema);
            } else {
                place(slot, rest, schema, required);
            }
        }
    }
}

/// `slot` becomes `schema`, or both when `slot` already says something.
fn merge(slot: &mut Value, schema: Value) {
    let empty = slot.as_object().is_some_and(Map::is_empty);
    if empty {
        *slot = schema;
    } else {
        let old = slot.take();
        *slot = json!({"allOf": [old, schema]});
    }
}
