//! The parameters of an API request: the query string (bracket notation,
//! values coerced) or the JSON body, then the path parameters, the operation's
//! defaults and validation by `pingxx::validate`.

use pingxx::validate::{Fields, Schema};
use serde_json::{Map, Value};

use crate::store::ApiErr;

/// Deepest nesting of a query key (`a[b][c]` is 2) or of a query value after
/// decoding; real parameters nest at most 3 levels.
pub(crate) const MAX_QUERY_DEPTH: usize = 16;
/// Deepest nesting of a JSON body (serde_json refuses beyond 128 anyway).
const MAX_BODY_DEPTH: usize = 64;

fn bad_request(message: impl Into<String>) -> ApiErr {
    ApiErr::new(400, "invalid_request_error", message)
}

/// The first 40 characters of `key`, for messages about absurd keys.
fn shorten(key: &str) -> String {
    match key.char_indices().nth(40) {
        Some((i, _)) => format!("{}...", &key[..i]),
        None => key.to_string(),
    }
}

/// Refuses a query whose keys nest deeper than [`MAX_QUERY_DEPTH`] before it
/// is decoded (raw or percent-encoded brackets both count).
fn check_query_depth(query: &str) -> Result<(), ApiErr> {
    for pair in query.split('&') {
        let key = pair.split_once('=').map_or(pair, |(k, _)| k);
        let depth = key.matches('[').count() + key.matches("%5B").count() + key.matches("%5b").count();
        if depth > MAX_QUERY_DEPTH {
            return Err(ApiErr {
                param: Some(shorten(key.split(['[', '%']).next().unwrap_or(key))),
                ..bad_request(format!(
                    "query key `{}` nests {depth} levels; at most {MAX_QUERY_DEPTH} are allowed",
                    shorten(key)
                ))
            });
        }
    }
    Ok(())
}

/// The schema of field `name` among `fields`.
fn field_schema(fields: Fields, name: &str) -> Option<Schema> {
    fields
        .iter()
        .flat_map(|g| g.iter())
        .find(|f| f.name == name)
        .map(|f| f.schema)
}

/// Query values read by the type the operation table declares for them: an
/// integer field gets an integer, a boolean field `true`/`True`/`1` as true,
/// a string field keeps its text (`007` stays `007`). Fields the table does
/// not describe (list controls, filters) fall back to [`coerce`]'s guess.
fn coerce_fields(fields: Fields, m: Map<String, Value>, depth_left: usize) -> Result<Map<String, Value>, ApiErr> {
    let depth = depth_left
        .checked_sub(1)
        .ok_or_else(|| bad_request(format!("query keys nest deeper than {MAX_QUERY_DEPTH} levels")))?;
    m.into_iter()
        .map(|(k, v)| {
            let v = match (field_schema(fields, &k), v) {
                (Some(schema), v) => coerce_declared(schema, v, depth)?,
                // `created[gt]` and the like are declared with their brackets.
                (None, Value::Object(sub)) => Value::Object(
                    sub.into_iter()
                        .map(|(sk, sv)| {
                            let v = match field_schema(fields, &format!("{k}[{sk}]")) {
                                Some(schema) => coerce_declared(schema, sv, depth)?,
                                None => coerce(sv, depth)?,
                            };
                            Ok((sk, v))
                        })
                        .collect::<Result<_, ApiErr>>()?,
                ),
                (None, v) => coerce(v, depth)?,
            };
            Ok((k, v))
        })
        .collect()
}

/// One query value read as `schema` declares.
fn coerce_declared(schema: Schema, v: Value, depth_left: usize) -> Result<Value, ApiErr> {
    let integer = |s: &str| s.parse::<i64>().ok().map(Value::from);
    let boolean = |s: &str| match s {
        "true" | "True" | "1" => Some(Value::Bool(true)),
        "false" | "False" | "0" => Some(Value::Bool(false)),
        _ => None,
    };
    Ok(match (schema, v) {
        (Schema::Integer(_), Value::String(s)) => integer(&s).unwrap_or(Value::String(s)),
        (Schema::Boolean, Value::String(s)) => boolean(&s).unwrap_or(Value::String(s)),
        (Schema::AnyOf(any), Value::String(s)) => any
            .variants
            .iter()
            .find_map(|variant| match variant {
                Schema::Integer(_) => integer(&s),
                Schema::Boolean => boolean(&s),
                _ => None,
            })
            .unwrap_or(Value::String(s)),
        (Schema::AnyOf(any), Value::Object(m)) => match any.variants.iter().find_map(|variant| match variant {
            Schema::Object(fields) => Some(*fields),
            _ => None,
        }) {
            Some(fields) => Value::Object(coerce_fields(fields, m, depth_left)?),
            None => coerce(Value::Object(m), depth_left)?,
        },
        (Schema::String(_) | Schema::Enum(_), v @ Value::String(_)) => v,
        (Schema::Object(fields), Value::Object(m)) => Value::Object(coerce_fields(fields, m, depth_left)?),
        (Schema::Array(array), Value::Array(items)) => {
            let depth = depth_left
                .checked_sub(1)
                .ok_or_else(|| bad_request(format!("query values nest deeper than {MAX_QUERY_DEPTH} levels")))?;
            Value::Array(
                items
                    .into_iter()
                    .map(|v| coerce_declared(array.items, v, depth))
                    .collect::<Result<_, _>>()?,
            )
        }
        (_, v) => coerce(v, depth_left)?,
    })
}

/// Digit strings become integers and `true`/`True`/`false`/`False` booleans;
/// deeper than `depth_left` levels is refused.
fn coerce(v: Value, depth_left: usize) -> Result<Value, ApiErr> {
    let nested = |what: &str| bad_request(format!("query {what} nest deeper than {MAX_QUERY_DEPTH} levels"));
    Ok(match v {
        Value::String(s) => coerce_text(s),
        Value::Array(items) => {
            let depth = depth_left.checked_sub(1).ok_or_else(|| nested("values"))?;
            Value::Array(items.into_iter().map(|v| coerce(v, depth)).collect::<Result<_, _>>()?)
        }
        Value::Object(m) => {
            let depth = depth_left.checked_sub(1).ok_or_else(|| nested("keys"))?;
            Value::Object(
                m.into_iter()
                    .map(|(k, v)| Ok((k, coerce(v, depth)?)))
                    .collect::<Result<_, ApiErr>>()?,
            )
        }
        other => other,
    })
}

fn coerce_text(s: String) -> Value {
    let digits = !s.is_empty() && s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit());
    let signed = s
        .strip_prefix('-')
        .is_some_and(|r| !r.is_empty() && r.len() <= 18 && r.bytes().all(|b| b.is_ascii_digit()));
    if digits || signed {
        s.parse::<i64>().map(Value::from).unwrap_or(Value::String(s))
    } else {
        match s.as_str() {
            "true" | "True" => Value::Bool(true),
            "false" | "False" => Value::Bool(false),
            _ => Value::String(s),
        }
    }
}

/// Refuses what the API cannot store: an integer outside the signed 64-bit
/// range (`18446744073709551615` would otherwise be read as 0), a number of
/// that magnitude written as a float, or nesting deeper than `MAX_BODY_DEPTH`.
/// The error names the field, e.g. `metadata.k` or `recipients[0].amount`.
fn check_storable(params: &Map<String, Value>) -> Result<(), ApiErr> {
    let mut stack: Vec<(String, &Value, usize)> = params.iter().map(|(k, v)| (k.clone(), v, 1)).collect();
    while let Some((field, v, depth)) = stack.pop() {
        if depth > MAX_BODY_DEPTH {
            return Err(ApiErr {
                param: Some(field.clone()),
                ..bad_request(format!("{field}: nests deeper than {MAX_BODY_DEPTH} levels"))
            });
        }
        match v {
            Value::Number(n) if n.as_i64().is_none() => {
                let too_big = n.as_u64().is_some() || n.as_f64().is_some_and(|f| f.is_nan() || f.abs() >= 9.2e18);
                if too_big {
                    return Err(ApiErr {
                        param: Some(field.clone()),
                        ..bad_request(format!(
                            "{field}: {n} is outside the range the API stores ({} to {})",
                            i64::MIN,
                            i64::MAX
                        ))
                    });
                }
            }
            Value::Array(items) => {
                stack.extend(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (format!("{field}[{i}]"), v, depth + 1)),
                );
            }
            Value::Object(m) => stack.extend(m.iter().map(|(k, v)| (format!("{field}.{k}"), v, depth + 1))),
            _ => {}
        }
    }
    Ok(())
}

/// The request's params: the query or the JSON body, the path params and the
/// operation's defaults. A body may be empty or `[]` (what PHP sends for an
/// empty array) when there is nothing to send.
pub(crate) fn read_params(
    op: &pingxx::Operation,
    target: &str,
    body: &[u8],
    path_params: &[(&'static str, String)],
) -> Result<(Map<String, Value>, Option<Value>), ApiErr> {
    let (mut map, raw) = if op.method.has_query() {
        let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
        check_query_depth(query)?;
        let raw = pingxx::query::decode(query).map_err(bad_request)?;
        match raw.clone() {
            Value::Object(m) => (coerce_fields(op.params, m, MAX_QUERY_DEPTH + 2)?, Some(raw)),
            _ => (Map::new(), Some(raw)),
        }
    } else if body.iter().all(u8::is_ascii_whitespace) {
        (Map::new(), None)
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => (m, None),
            Ok(Value::Array(items)) if items.is_empty() => (Map::new(), None),
            Ok(_) => return Err(bad_request("The request body must be a JSON object")),
            Err(e) => return Err(bad_request(format!("The request body is not valid JSON: {e}"))),
        }
    };
    check_storable(&map)?;
    for (k, v) in path_params {
        map.insert((*k).to_string(), Value::String(v.clone()));
    }
    for (k, v) in op.defaults {
        map.entry((*k).to_string())
            .or_insert_with(|| Value::String((*v).to_string()));
    }
    Ok((map, raw))
}

/// Splits `a.b[0].c` into keys and indexes.
fn field_path(field: &str) -> Vec<Result<String, usize>> {
    let mut out = Vec::new();
    for part in field.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            out.push(Ok(rest[..open].to_string()));
            rest = &rest[open..];
            while let Some(r) = rest.strip_prefix('[') {
                let close = r.find(']').unwrap_or(r.len());
                if let Ok(i) = r[..close].parse() {
                    out.push(Err(i));
                }
                rest = r.get(close + 1..).unwrap_or("");
            }
        } else {
            out.push(Ok(rest.to_string()));
        }
    }
    out
}

fn at_path<'a>(v: &'a mut Value, path: &[Result<String, usize>]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |cur, step| match step {
        Ok(k) => cur.get_mut(k.as_str()),
        Err(i) => cur.get_mut(*i),
    })
}

/// Validates; for a query, a field rejected for its type after coercion gets
/// its other reading (the string as sent, or `1`/`0` as a boolean) and the
/// params are checked once more.
pub(crate) fn validate(
    op: &pingxx::Operation,
    (map, raw): (Map<String, Value>, Option<Value>),
    now: i64,
) -> Result<Map<String, Value>, ApiErr> {
    let mut params = Value::Object(map);
    let mut result = pingxx::validate_at(op.name, &params, now);
    if let (Err(pingxx::Error::Validation(errors)), Some(mut raw)) = (&result, raw) {
        let mut changed = false;
        for e in errors.iter().filter(|e| e.rule == pingxx::Rule::Type) {
            let path = field_path(&e.field);
            let original = at_path(&mut raw, &path).cloned();
            if let (Some(Value::String(s)), Some(slot)) = (original, at_path(&mut params, &path)) {
                *slot = match (s.as_str(), &*slot) {
                    ("1" | "0", Value::Number(_)) => Value::Bool(s == "1"),
                    _ => Value::String(s),
                };
                changed = true;
            }
        }
        if changed {
            result = pingxx::validate_at(op.name, &params, now);
        }
    }
    match result {
        Ok(()) => match params {
            Value::Object(m) => Ok(m),
            _ => Ok(Map::new()),
        },
        Err(pingxx::Error::Validation(errors)) => {
            let first = errors.iter().next().map(|e| e.field.clone());
            let message = errors.iter().map(|e| e.message.clone()).collect::<Vec<_>>().join("; ");
            Err(ApiErr {
                param: first,
                ..ApiErr::new(400, "invalid_request_error", message)
            })
        }
        Err(e) => Err(ApiErr::new(400, "invalid_request_error", e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn coerce_reads_digits_and_booleans_and_keeps_the_rest() {
        let v = coerce(
            json!({"a": "12", "b": "-3", "c": "True", "d": "false", "e": "1.5", "f": ["7", "x"],
            "g": {"gt": "10"}, "h": "12345678901234567890", "i": ""}),
            4,
        )
        .unwrap();
        assert_eq!(
            v,
            json!({"a": 12, "b": -3, "c": true, "d": false, "e": "1.5", "f": [7, "x"], "g": {"gt": 10},
                "h": "12345678901234567890", "i": ""})
        );
    }

    #[test]
    fn field_paths_address_nested_values() {
        let mut v = json!({"a": {"b": [{"c": 1}]}});
        let path = field_path("a.b[0].c");
        assert_eq!(path, vec![Ok("a".into()), Ok("b".into()), Err(0), Ok("c".into())]);
        *at_path(&mut v, &path).unwrap() = json!(2);
        assert_eq!(v["a"]["b"][0]["c"], 2);
        assert!(at_path(&mut v, &field_path("a.z")).is_none());
    }

    #[test]
    fn nesting_and_unstorable_numbers_are_refused_with_the_field() {
        assert!(coerce(json!({"a": {"b": "1"}}), 2).is_ok());
        assert_eq!(coerce(json!({"a": {"b": {"c": "1"}}}), 2).unwrap_err().status, 400);
        assert!(check_query_depth("a[b][c]=1&d=2").is_ok());
        let deep = format!("app{}=1", "[x]".repeat(MAX_QUERY_DEPTH + 1));
        let e = check_query_depth(&deep).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("app"));
        let m: Map<String, Value> =
            serde_json::from_str(r#"{"ok": [1, -2, 1.5], "r": [{"amount": 18446744073709551615}]}"#).unwrap();
        let e = check_storable(&m).unwrap_err();
        assert_eq!(e.param.as_deref(), Some("r[0].amount"), "{e:?}");
        let m: Map<String, Value> = serde_json::from_str(r#"{"amount": 1e19}"#).unwrap();
        assert_eq!(check_storable(&m).unwrap_err().param.as_deref(), Some("amount"));
        let m: Map<String, Value> = serde_json::from_str(r#"{"amount": 9223372036854775807, "x": -1e3}"#).unwrap();
        assert!(check_storable(&m).is_ok());
    }

    #[test]
    fn query_values_follow_the_declared_types() {
        let op = pingxx::find_operation("orders.list").unwrap();
        let (m, _) = read_params(
            op,
            "/v1/orders?app=app_1&uid=007&paid=1&refunded=False&canceled=1&created[gt]=10&per_page=5&merchant_order_no=12",
            b"",
            &[],
        )
        .unwrap();
        assert_eq!(
            Value::Object(m),
            json!({"app": "app_1", "uid": "007", "paid": true, "refunded": false, "canceled": 1,
                "created": {"gt": 10}, "per_page": 5, "merchant_order_no": 12})
        );
    }
}
