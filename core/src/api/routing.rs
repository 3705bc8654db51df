//! Matching a method and a raw request path against the operation table, for
//! servers (the emulator) that must route exactly the endpoints the table lists.

use super::{Method, Operation, OPERATIONS};

/// The operation a request addresses and its decoded path parameters.
#[derive(Clone, Debug)]
pub struct Route {
    /// The matched row of the table.
    pub operation: &'static Operation,
    /// Path parameters in template order, percent-decoded: (`order_id`, `2011...`).
    pub params: Vec<(&'static str, String)>,
}

/// Finds the operation for `method` and `raw_path` (a path as received, with or
/// without a `?query`, which is ignored). Each segment is percent-decoded
/// before it is bound to a parameter; an empty parameter never matches. When two
/// templates match, the one with more literal segments wins.
pub fn route(method: Method, raw_path: &str) -> Option<Route> {
    let segments = split_path(raw_path)?;
    let mut best: Option<(usize, Route)> = None;
    for op in OPERATIONS.iter().filter(|op| op.method == method) {
        if let Some((literals, params)) = match_template(op.path, &segments) {
            if best.as_ref().map_or(true, |(l, _)| literals > *l) {
                best = Some((literals, Route { operation: op, params }));
            }
        }
    }
    best.map(|(_, r)| r)
}

/// True when some operation of the table, with any method, has this path.
pub fn path_exists(raw_path: &str) -> bool {
    split_path(raw_path).is_some_and(|segs| OPERATIONS.iter().any(|op| match_template(op.path, &segs).is_some()))
}

fn split_path(raw_path: &str) -> Option<Vec<String>> {
    let path = raw_path.split(['?', '#']).next().unwrap_or("");
    let path = path.strip_prefix('/')?;
    let path = path.strip_suffix('/').unwrap_or(path);
    path.split('/').map(percent_decode).collect()
}

fn match_template(template: &'static str, segments: &[String]) -> Option<(usize, Vec<(&'static str, String)>)> {
    let parts: Vec<&'static str> = template.trim_start_matches('/').split('/').collect();
    if parts.len() != segments.len() {
        return None;
    }
    let mut literals = 0;
    let mut params = Vec::new();
    for (part, seg) in parts.iter().zip(segments) {
        if let Some(name) = part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            if seg.is_empty() {
                return None;
            }
            params.push((name, seg.clone()));
        } else if *part == seg {
            literals += 1;
        } else {
            return None;
        }
    }
    Some((literals, params))
}

/// Decodes `%XX` escapes of one path segment; `None` when the result is not UTF-8
/// or an escape is malformed. `+` stays a plus sign in a path.
fn percent_decode(segment: &str) -> Option<String> {
    crate::query::percent_decode(segment, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(method: Method, path: &str) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        route(method, path).map(|r| (r.operation.name, r.params))
    }

    #[test]
    fn routes_literal_paths_and_binds_params() {
        assert_eq!(names(Method::Post, "/v1/charges").unwrap().0, "charges.create");
        assert_eq!(names(Method::Get, "/v1/charges?limit=3").unwrap().0, "charges.list");
        let (name, params) = names(Method::Post, "/v1/orders/2011611170000002011/pay").unwrap();
        assert_eq!(name, "orders.pay");
        assert_eq!(params, vec![("order_id", "2011611170000002011".to_string())]);
    }

    #[test]
    fn method_selects_between_operations_of_one_path() {
        assert_eq!(names(Method::Get, "/v1/orders/1").unwrap().0, "orders.retrieve");
        assert_eq!(names(Method::Put, "/v1/orders/1").unwrap().0, "orders.cancel");
        assert_eq!(
            names(Method::Delete, "/v1/apps/app_1/sub_apps/app_2").unwrap().0,
            "sub_apps.delete"
        );
        assert!(names(Method::Delete, "/v1/orders/1").is_none());
    }

    #[test]
    fn the_contact_literal_is_taken_only_by_its_post() {
        let sub = "/v1/apps/app_1/sub_apps/contact";
        assert_eq!(names(Method::Post, sub).unwrap().0, "sub_apps.contact");
        let as_id = |m| names(m, sub).map(|(n, p)| (n, p.last().cloned()));
        let contact = Some(("sub_app_id", "contact".to_string()));
        assert_eq!(as_id(Method::Get), Some(("sub_apps.retrieve", contact.clone())));
        assert_eq!(as_id(Method::Put), Some(("sub_apps.update", contact.clone())));
        assert_eq!(as_id(Method::Delete), Some(("sub_apps.delete", contact)));
        let (name, params) = names(Method::Post, "/v1/apps/app_1/sub_apps/contact/transfer_channels").unwrap();
        assert_eq!(name, "sub_apps.transfer_channels.create");
        assert_eq!(params[1], ("sub_app_id", "contact".to_string()));
    }

    #[test]
    fn every_table_path_routes_to_its_own_operation() {
        for op in OPERATIONS {
            let path = op
                .path
                .split('/')
                .map(|p| if p.starts_with('{') { "x1" } else { p })
                .collect::<Vec<_>>()
                .join("/");
            assert_eq!(
                route(op.method, &path).map(|r| r.operation.name),
                Some(op.name),
                "{path}"
            );
        }
    }

    #[test]
    fn segments_are_percent_decoded_and_trailing_slash_tolerated() {
        let (name, params) = names(Method::Get, "/v1/apps/app%5F1/users/u%20%E4%B8%AD/").unwrap();
        assert_eq!(name, "users.retrieve");
        assert_eq!(params, vec![("app_id", "app_1".into()), ("user_id", "u 中".into())]);
        assert!(names(Method::Get, "/v1/apps/app_1/users/%ZZ").is_none());
    }

    #[test]
    fn unknown_and_empty_segments_do_not_route() {
        assert!(names(Method::Get, "/v1/nothing").is_none());
        assert!(names(Method::Get, "/v1/charges//refunds").is_none());
        assert!(names(Method::Get, "v1/charges").is_none());
        assert!(path_exists("/v1/orders/1"));
        assert!(!path_exists("/v1/orders/1/zzz"));
    }
}
