//! Object ids in the formats the API documents.

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// `prefix` followed by `n` random alphanumerics (`ch_` + 24, `app_` + 16, ...).
pub(crate) fn alnum(prefix: &str, n: usize) -> String {
    let mut s = String::with_capacity(prefix.len() + n);
    s.push_str(prefix);
    for _ in 0..n {
        s.push(ALNUM[fastrand::usize(..ALNUM.len())] as char);
    }
    s
}

/// A numeric id of `len` digits starting with `lead` (order `20...`, 19 digits),
/// made unique by a sequence number in its last digits.
pub(crate) fn digits(lead: &str, len: usize, seq: u64) -> String {
    let tail = format!("{seq:06}");
    let mut s = String::with_capacity(len);
    s.push_str(lead);
    while s.len() + tail.len() < len {
        s.push(char::from(b'0' + fastrand::u8(0..10)));
    }
    s.push_str(&tail[tail.len().saturating_sub(len - s.len())..]);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let ch = alnum("ch_", 24);
        assert_eq!(ch.len(), 27);
        assert!(ch[3..].bytes().all(|b| b.is_ascii_alphanumeric()));
        let order = digits("20", 19, 42);
        assert_eq!(order.len(), 19);
        assert!(order.starts_with("20") && order.ends_with("000042"));
        assert!(order.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(digits("320", 24, 7).len(), 24);
    }
}
