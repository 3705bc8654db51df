//! The rule vocabulary: a `Checker` collects every violation of one request.
//!
//! Validators walk the parameters with field paths built on the stack
//! ([`Path`]); a path is only rendered to a string when a violation is
//! recorded, so a valid request costs no allocation for its paths.
//!
//! Messages never repeat the offending string value (a channel `key` or a
//! token could be a secret): they name the field, the limit and, for lengths
//! and numbers, what was received.

use std::fmt;

use serde_json::Value;

use super::{FieldError, Rule, ValidationErrors};

/// A field path: `extra.terminal_id`, `recipients[0].amount`.
///
/// Paths are linked lists on the stack; [`fmt::Display`] renders them.
#[derive(Clone, Copy, Debug)]
pub enum Path<'a> {
    /// The parameters themselves.
    Root,
    /// A key of an object.
    Key(&'a Path<'a>, &'a str),
    /// An item of a list.
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    /// The path of `key` inside this one.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    /// The path of item `i` inside this one.
    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, k) => f.write_str(k),
            Path::Key(p, k) => write!(f, "{p}.{k}"),
            Path::Index(p, i) => write!(f, "{p}[{i}]"),
        }
    }
}

/// The value of `key` in `obj`, with null read as absent. `obj` may be any value:
/// a non-object has no keys.
pub fn get<'v>(obj: &'v Value, key: &str) -> Option<&'v Value> {
    match obj {
        Value::Object(map) => map.get(key).filter(|v| !v.is_null()),
        _ => None,
    }
}

/// A JSON integer as `i128` (covers every `i64` and `u64`); `None` for floats and non-numbers.
pub fn as_integer(v: &Value) -> Option<i128> {
    match v {
        Value::Number(n) => n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from)),
        _ => None,
    }
}

/// Length in Unicode scalar values.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// True for an IPv4 or IPv6 address in text form.
pub fn is_ip(s: &str) -> bool {
    s.parse::<std::net::IpAddr>().is_ok()
}

/// True for an absolute `http://` or `https://` URL with a non-empty host and
/// no whitespace or control characters.
pub fn is_url(s: &str) -> bool {
    let lower_prefix = |p: &str| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let rest = if lower_prefix("https://") {
        &s[8..]
    } else if lower_prefix("http://") {
        &s[7..]
    } else {
        return false;
    };
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map(|(_, h)| h).unwrap_or(authority);
    let host = if host.starts_with('[') {
        host
    } else {
        host.rsplit_once(':').map(|(h, _)| h).unwrap_or(host)
    };
    !host.is_empty()
}

/// True for non-empty standard base64 (`A-Z a-z 0-9 + /`, `=` padding, length a multiple of 4).
pub fn is_base64(s: &str) -> bool {
    use base64::Engine;
    !s.is_empty() && s.len() % 4 == 0 && base64::engine::general_purpose::STANDARD.decode(s).is_ok()
}

/// True when `s` is non-empty and every character is an ASCII digit.
pub fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

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

    /// The violations recorded so far.
    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }

    /// Records a violation.
    pub fn push(&mut self, field: &str, rule: Rule, message: String) {
        self.errors.push(FieldError {
            field: field.to_string(),
            rule,
            message,
        });
    }

    /// Records a violation at `at`; `what` is the message after `field: `.
    pub fn fail(&mut self, at: &Path, rule: Rule, what: impl fmt::Display) {
        let field = at.to_string();
        let name = if field.is_empty() { "params" } else { field.as_str() };
        let message = format!("{name}: {what}");
        self.errors.push(FieldError { field, rule, message });
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

    /// Rule `conditional`: a field required or forbidden because of another one.
    pub fn conditional(&mut self, at: &Path, what: impl fmt::Display) {
        self.fail(at, Rule::Conditional, what);
    }

    /// Rule `min_length`/`max_length` in characters: `min ..= max`.
    pub fn length(&mut self, s: &str, at: &Path, min: usize, max: usize) {
        if min == 0 && s.len() <= max {
            return;
        }
        let n = char_len(s);
        if min == max && n != min {
            let rule = if n < min { Rule::MinLength } else { Rule::MaxLength };
            self.fail(
                at,
                rule,
                format_args!("exactly {}, got {n}", plural(min, "character", "characters")),
            );
        } else if n < min {
            if n == 0 {
                self.fail(at, Rule::MinLength, "must not be empty");
            } else {
                self.fail(
                    at,
                    Rule::MinLength,
                    format_args!("at least {}, got {n}", plural(min, "character", "characters")),
                );
            }
        } else if n > max {
            self.fail(
                at,
                Rule::MaxLength,
                format_args!("at most {}, got {n}", plural(max, "character", "characters")),
            );
        }
    }

    /// Rule `max_bytes`: at most `max` bytes of UTF-8.
    pub fn max_bytes(&mut self, s: &str, at: &Path, max: usize) {
        if s.len() > max {
            self.fail(
                at,
                Rule::MaxBytes,
                format_args!("at most {max} bytes in UTF-8, got {}", s.len()),
            );
        }
    }

    /// Rule `range`: `min ..= max` (either bound may be open).
    pub fn range(&mut self, n: i128, at: &Path, min: Option<i128>, max: Option<i128>) {
        let below = min.is_some_and(|m| n < m);
        let above = max.is_some_and(|m| n > m);
        if !(below || above) {
            return;
        }
        match (min, max) {
            (Some(lo), Some(hi)) => self.fail(at, Rule::Range, format_args!("must be between {lo} and {hi}, got {n}")),
            (Some(lo), None) => self.fail(at, Rule::Range, format_args!("must be at least {lo}, got {n}")),
            (None, Some(hi)) => self.fail(at, Rule::Range, format_args!("must be at most {hi}, got {n}")),
            (None, None) => {}
        }
    }

    /// Rule `one_of` for strings.
    pub fn one_of(&mut self, s: &str, at: &Path, allowed: &[&str]) -> bool {
        if allowed.contains(&s) {
            return true;
        }
        match allowed {
            [only] => self.fail(at, Rule::OneOf, format_args!("must be {only}")),
            _ => self.fail(at, Rule::OneOf, format_args!("must be one of {}", allowed.join(", "))),
        }
        false
    }

    /// Rule `ip`: an IPv4 or IPv6 address.
    pub fn ip(&mut self, s: &str, at: &Path) {
        if !is_ip(s) {
            self.fail(at, Rule::Ip, "must be an IPv4 or IPv6 address");
        }
    }

    /// Rule `url`: an absolute http(s) URL.
    pub fn url(&mut self, s: &str, at: &Path) {
        if !is_url(s) {
            self.fail(at, Rule::Url, "must be an absolute http(s) URL");
        }
    }

    /// Rule `time_window`: `t` within `now + min ..= now + max`, widened by
    /// `tolerance` seconds on each side.
    pub fn time_window(&mut self, t: i128, at: &Path, min: i64, max: i64, tolerance: i64) {
        let now = i128::from(self.now);
        let lo = now + i128::from(min) - i128::from(tolerance);
        let hi = now + i128::from(max) + i128::from(tolerance);
        if t < lo || t > hi {
            self.fail(
                at,
                Rule::TimeWindow,
                format_args!(
                    "must be between now+{} and now+{} (unix seconds, {tolerance} s tolerance), got now{:+} s",
                    human_secs(min),
                    human_secs(max),
                    t - now
                ),
            );
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

fn human_secs(s: i64) -> String {
    match s {
        s if s % 86_400 == 0 && s >= 86_400 => format!("{} days", s / 86_400),
        s if s % 3_600 == 0 && s >= 3_600 => format!("{} h", s / 3_600),
        s => format!("{s} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(f: impl FnOnce(&mut Checker)) -> Vec<(String, &'static str, String)> {
        let mut c = Checker::new(1_000_000);
        f(&mut c);
        c.errors
            .into_iter()
            .map(|e| (e.field, e.rule.as_str(), e.message))
            .collect()
    }

    #[test]
    fn paths_render_with_dots_and_indexes() {
        let root = Path::Root;
        let a = root.key("recipients");
        let b = a.index(3);
        let c = b.key("amount");
        assert_eq!(c.to_string(), "recipients[3].amount");
        let extra = root.key("extra");
        assert_eq!(extra.key("terminal_id").to_string(), "extra.terminal_id");
        assert_eq!(root.to_string(), "");
    }

    #[test]
    fn urls() {
        for ok in [
            "http://a.b",
            "https://example.com/x?y=1#z",
            "HTTPS://EXAMPLE.COM",
            "http://127.0.0.1:8080/p",
            "http://[::1]:80/",
            "https://user@host/",
        ] {
            assert!(is_url(ok), "{ok}");
        }
        for bad in [
            "",
            "example.com",
            "ftp://example.com",
            "http://",
            "https:///path",
            "http://exa mple.com",
            "javascript:alert(1)",
            "http://:80/",
        ] {
            assert!(!is_url(bad), "{bad}");
        }
    }

    #[test]
    fn ips() {
        assert!(is_ip("127.0.0.1"));
        assert!(is_ip("::1"));
        assert!(is_ip("2001:db8::8a2e:370:7334"));
        assert!(!is_ip("256.0.0.1"));
        assert!(!is_ip("localhost"));
        assert!(!is_ip("1.2.3"));
        assert!(!is_ip(" 1.2.3.4"));
    }

    #[test]
    fn base64_is_standard_and_padded() {
        assert!(is_base64("aGVsbG8="));
        assert!(is_base64("aGVsbG8h"));
        assert!(!is_base64(""));
        assert!(!is_base64("aGVsbG8"));
        assert!(!is_base64("aGVs bG8="));
        assert!(!is_base64("aGVsbG8_"));
    }

    #[test]
    fn time_window_applies_tolerance_on_both_sides() {
        let now = 1_000_000i128;
        let at = Path::Root.key("time_expire");
        let errs = run(|c| {
            c.time_window(now + 60 - 300, &at, 60, 3600, 300);
            c.time_window(now + 3600 + 300, &at, 60, 3600, 300);
            c.time_window(now + 60 - 301, &at, 60, 3600, 300);
            c.time_window(now + 3600 + 301, &at, 60, 3600, 300);
        });
        assert_eq!(errs.len(), 2);
        assert_eq!(
            errs[1].2,
            "time_expire: must be between now+60 s and now+1 h (unix seconds, 300 s tolerance), got now+3901 s"
        );
    }
}
