//! The rule vocabulary: a `Checker` collects every violation of one request.

use serde_json::Value;

use super::{FieldError, Rule, ValidationErrors};

/// Collects field errors while a validator walks the parameters.
#[derive(Debug)]
pub struct Checker {
    now: i64,
    errors: Vec<FieldError>,
}

impl Checker {
    /// A checker whose clock reads `now` (unix seconds).
    pub fn new(now: i64) -> Self {
        Checker {
            now,
            errors: Vec::new(),
        }
    }

    /// The clock used for time windows.
    pub fn now(&self) -> i64 {
        self.now
    }

    /// Records a violation.
    pub fn push(&mut self, field: &str, rule: Rule, message: String) {
        self.errors.push(FieldError {
            field: field.to_string(),
            rule,
            message,
        });
    }

    /// Records a type violation: `field: must be EXPECTED`.
    pub fn type_error(&mut self, field: &str, expected: &str) {
        let name = if field.is_empty() { "params" } else { field };
        self.push(field, Rule::Type, format!("{name}: must be {expected}"));
    }

    /// A path id: present, a non-empty string (or an integer).
    pub fn path_id(&mut self, value: Option<&Value>, field: &str) {
        match value {
            None | Some(Value::Null) => self.push(field, Rule::Required, format!("{field}: is required")),
            Some(Value::String(s)) if s.is_empty() => {
                self.push(field, Rule::MinLength, format!("{field}: must not be empty"))
            }
            Some(Value::String(_)) | Some(Value::Number(_)) => {}
            Some(_) => self.type_error(field, "a string"),
        }
    }

    /// Ends the walk: `Ok` when nothing was recorded.
    pub fn finish(self) -> Result<(), ValidationErrors> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors::new(self.errors))
        }
    }
}
