//! Naming helpers shared by the renderers.

/// `orders.order_refunds.create` -> `OrdersOrderRefundsCreate`.
pub fn pascal(s: &str) -> String {
    s.split(['.', '_', '-', '[', ']', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

/// `charge_id` -> `chargeId`.
pub fn camel(s: &str) -> String {
    let p = pascal(s);
    let mut c = p.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => p,
    }
}

/// True for a name usable as an identifier in Python, TypeScript and Rust.
pub fn is_plain_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Python keywords (a TypedDict field with such a name needs the functional syntax).
pub const PY_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The resources of the table as a tree: every resource and its parents, in
/// first-seen order.
pub fn resources(ops: &[crate::spec::Op]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for op in ops {
        let parts: Vec<&str> = op.resource.split('.').collect();
        for i in 1..=parts.len() {
            let r = parts[..i].join(".");
            if !out.contains(&r) {
                out.push(r);
            }
        }
    }
    out
}

/// The direct children of `resource` (`orders` -> `orders.refunds`, ...).
pub fn children<'a>(all: &'a [String], resource: &str) -> Vec<&'a String> {
    all.iter()
        .filter(|r| r.rsplit_once('.').map(|(p, _)| p) == Some(resource))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(pascal("orders.order_refunds.create"), "OrdersOrderRefundsCreate");
        assert_eq!(camel("allocation_complete_id"), "allocationCompleteId");
        assert!(is_plain_ident("per_page"));
        assert!(!is_plain_ident("created[gte]"));
    }
}
