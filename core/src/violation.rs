//! The vocabulary of validation failures: [`Rule`], [`FieldError`] and
//! [`ValidationErrors`]. A leaf module: `api` (which renders paths) and
//! `validate` (which checks parameters) both use it without importing each other.

use std::fmt;

use serde_json::Value;

/// The fixed vocabulary of rules a [`FieldError`] can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A required field is absent or null.
    Required,
    /// The value has the wrong JSON type.
    Type,
    /// Shorter than allowed.
    MinLength,
    /// Longer than allowed (in characters or items).
    MaxLength,
    /// Longer than allowed in UTF-8 bytes.
    MaxBytes,
    /// A number outside its range.
    Range,
    /// Not one of the allowed values.
    OneOf,
    /// Does not match the allowed characters or shape.
    Pattern,
    /// Not an IPv4 or IPv6 address.
    Ip,
    /// Not an absolute http(s) URL.
    Url,
    /// An object with too many keys, or too much text in it.
    MaxKeys,
    /// A timestamp outside its allowed window.
    TimeWindow,
    /// A field that is required or forbidden because of another field.
    Conditional,
}

impl Rule {
    /// Every rule, in declaration order: the vocabulary the bindings' types list.
    pub const ALL: &'static [Rule] = &[
        Rule::Required,
        Rule::Type,
        Rule::MinLength,
        Rule::MaxLength,
        Rule::MaxBytes,
        Rule::Range,
        Rule::OneOf,
        Rule::Pattern,
        Rule::Ip,
        Rule::Url,
        Rule::MaxKeys,
        Rule::TimeWindow,
        Rule::Conditional,
    ];

    /// The rule's stable name (`required`, `max_bytes`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::Type => "type",
            Rule::MinLength => "min_length",
            Rule::MaxLength => "max_length",
            Rule::MaxBytes => "max_bytes",
            Rule::Range => "range",
            Rule::OneOf => "one_of",
            Rule::Pattern => "pattern",
            Rule::Ip => "ip",
            Rule::Url => "url",
            Rule::MaxKeys => "max_keys",
            Rule::TimeWindow => "time_window",
            Rule::Conditional => "conditional",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One violation: which field, which rule, and a message naming the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Field path, e.g. `extra.terminal_id` or `recipients[0].amount`.
    pub field: String,
    /// The rule that was broken.
    pub rule: Rule,
    /// English message, e.g. `subject: at most 32 characters, got 40`.
    pub message: String,
}

impl FieldError {
    /// `{"field","rule","message"}`.
    pub fn to_json(&self) -> Value {
        serde_json::json!({"field": self.field, "rule": self.rule.as_str(), "message": self.message})
    }
}

/// All the violations of one request (never empty when returned as an error).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValidationErrors(Vec<FieldError>);

impl ValidationErrors {
    /// Wraps a list of field errors.
    pub fn new(errors: Vec<FieldError>) -> Self {
        ValidationErrors(errors)
    }
    /// Iterates the field errors in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, FieldError> {
        self.0.iter()
    }
    /// Number of violations.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// True when there is no violation.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The errors as a JSON array of `{"field","rule","message"}`.
    pub fn to_json(&self) -> Value {
        Value::Array(self.0.iter().map(FieldError::to_json).collect())
    }
}

impl IntoIterator for ValidationErrors {
    type Item = FieldError;
    type IntoIter = std::vec::IntoIter<FieldError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a FieldError;
    type IntoIter = std::slice::Iter<'a, FieldError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "validation failed: ")?;
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            f.write_str(&e.message)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Rule;

    /// The position of each rule in [`Rule::ALL`]. Exhaustive on purpose: a new
    /// rule does not compile here until it is given a place in `ALL`.
    fn position(rule: Rule) -> usize {
        match rule {
            Rule::Required => 0,
            Rule::Type => 1,
            Rule::MinLength => 2,
            Rule::MaxLength => 3,
            Rule::MaxBytes => 4,
            Rule::Range => 5,
            Rule::OneOf => 6,
            Rule::Pattern => 7,
            Rule::Ip => 8,
            Rule::Url => 9,
            Rule::MaxKeys => 10,
            Rule::TimeWindow => 11,
            Rule::Conditional => 12,
        }
    }

    #[test]
    fn all_lists_every_rule_once_with_distinct_names() {
        for (i, rule) in Rule::ALL.iter().enumerate() {
            assert_eq!(position(*rule), i, "{rule} is out of place in Rule::ALL");
        }
        assert_eq!(Rule::ALL.len(), position(Rule::Conditional) + 1);
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
    }
}
