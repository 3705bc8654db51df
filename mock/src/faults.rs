//! Faults queued for the next requests: `POST /_mock/faults`.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// What happens to a request hit by a fault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// The anti-DDoS proxy's HTML 502 page; the request is not processed.
    #[serde(rename = "html_502")]
    Html502,
    /// A JSON 500 `api_error`; the request is not processed.
    #[serde(rename = "json_500")]
    Json500,
    /// Waits `ms` milliseconds, then processes the request normally.
    Delay {
        /// The delay in milliseconds.
        ms: u64,
    },
    /// Closes the connection without processing the request or answering.
    DropBefore,
    /// Processes the request, then closes the connection without answering.
    DropAfter,
}

/// A fault for the next `count` requests whose target contains `path`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// What to do.
    #[serde(flatten)]
    pub kind: FaultKind,
    /// How many matching requests it hits (at least 1).
    #[serde(default = "one")]
    pub count: u32,
    /// Only requests whose target (path and query) contains this string; all when absent.
    #[serde(default)]
    pub path: Option<String>,
}

fn one() -> u32 {
    1
}

impl Fault {
    /// A fault for the next `count` requests to any path.
    pub fn new(kind: FaultKind, count: u32) -> Self {
        Fault {
            kind,
            count,
            path: None,
        }
    }

    /// Restricts the fault to request targets containing `path`.
    pub fn on_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }
}

/// The queue, in the order faults were added.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    queue: Mutex<Vec<Fault>>,
}

impl Faults {
    pub(crate) fn push(&self, fault: Fault) {
        if fault.count > 0 {
            self.queue.lock().expect("fault queue lock").push(fault);
        }
    }

    /// Takes one use of the first fault matching `target`.
    pub(crate) fn take(&self, target: &str) -> Option<FaultKind> {
        let mut queue = self.queue.lock().expect("fault queue lock");
        let i = queue
            .iter()
            .position(|f| f.path.as_deref().map_or(true, |p| target.contains(p)))?;
        let kind = queue[i].kind.clone();
        queue[i].count -= 1;
        if queue[i].count == 0 {
            queue.remove(i);
        }
        Some(kind)
    }

    pub(crate) fn clear(&self) {
        self.queue.lock().expect("fault queue lock").clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_json_forms() {
        let f: Fault = serde_json::from_str(r#"{"kind": "delay", "ms": 50, "path": "/v1/orders"}"#).unwrap();
        assert_eq!(f, Fault::new(FaultKind::Delay { ms: 50 }, 1).on_path("/v1/orders"));
        let f: Fault = serde_json::from_str(r#"{"kind": "html_502", "count": 3}"#).unwrap();
        assert_eq!((f.kind, f.count), (FaultKind::Html502, 3));
        assert!(
            serde_json::from_str::<Fault>(r#"{"kind": "delay"}"#).is_err(),
            "delay needs ms"
        );
    }

    #[test]
    fn takes_matching_faults_in_order_until_used_up() {
        let q = Faults::default();
        q.push(Fault::new(FaultKind::Json500, 2).on_path("/v1/orders"));
        q.push(Fault::new(FaultKind::DropBefore, 1));
        assert_eq!(q.take("/v1/charges"), Some(FaultKind::DropBefore));
        assert_eq!(q.take("/v1/charges"), None);
        assert_eq!(q.take("/v1/orders/1"), Some(FaultKind::Json500));
        assert_eq!(q.take("/v1/orders?page=1"), Some(FaultKind::Json500));
        assert_eq!(q.take("/v1/orders"), None);
        q.push(Fault::new(FaultKind::Html502, 0));
        assert_eq!(q.take("/"), None, "a zero count queues nothing");
    }
}
