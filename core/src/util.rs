//! Small helpers shared by several modules.

use std::time::{SystemTime, UNIX_EPOCH};

/// The local clock in unix seconds.
pub(crate) fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
