//! Webhook delivery: each event POSTed to the configured URL, signed with the
//! emulator's key, retried with backoff until a 2xx answer.

use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;

use crate::state::Shared;

/// Attempts per event before giving up.
pub(crate) const MAX_ATTEMPTS: u32 = 5;
/// Delay before the first retry; doubled for each later one.
const RETRY_BASE: Duration = Duration::from_millis(200);
/// Time limit of one delivery attempt.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(5);

/// One webhook delivery attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Delivery {
    /// The event delivered.
    pub event_id: String,
    /// Its type, e.g. `order.succeeded`.
    pub event_type: String,
    /// Where it was POSTed.
    pub url: String,
    /// 1 for the first attempt.
    pub attempt: u32,
    /// The HTTP status answered, if any.
    pub status: Option<u16>,
    /// True for a 2xx answer.
    pub succeeded: bool,
    /// Why the attempt failed (connection error or non-2xx status).
    pub error: Option<String>,
    /// Unix seconds of the attempt.
    pub at: i64,
}

/// An event waiting for its next attempt.
pub(crate) struct Job {
    pub event: Value,
    pub attempt: u32,
    pub due: Instant,
}

/// Starts the delivery thread when a webhook URL is configured.
pub(crate) fn start_worker(shared: Arc<Shared>, rx: Receiver<Job>) {
    let Some(url) = shared.webhook_url.clone() else {
        return;
    };
    let spawned = std::thread::Builder::new()
        .name("pingxx-mock-webhooks".into())
        .spawn(move || run(shared, rx, url));
    if let Err(e) = spawned {
        eprintln!("pingxx-mock: webhook delivery disabled, cannot start its thread: {e}");
    }
}

fn run(shared: Arc<Shared>, rx: Receiver<Job>, url: String) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(ATTEMPT_TIMEOUT))
        .max_redirects(0)
        .build()
        .into();
    let mut jobs: Vec<Job> = Vec::new();
    while !shared.webhooks_stopped.load(Ordering::SeqCst) {
        let now = Instant::now();
        let wait = jobs
            .iter()
            .map(|j| j.due.saturating_duration_since(now))
            .min()
            .unwrap_or(Duration::from_millis(100))
            .min(Duration::from_millis(100));
        match rx.recv_timeout(wait) {
            Ok(job) => jobs.push(job),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        let now = Instant::now();
        let (due, later): (Vec<Job>, Vec<Job>) = jobs.drain(..).partition(|j| j.due <= now);
        jobs = later;
        for job in due {
            if let Some(retry) = attempt(&shared, &agent, &url, job) {
                jobs.push(retry);
            }
        }
    }
}

/// One POST; gives the job back when it must be retried.
fn attempt(shared: &Shared, agent: &ureq::Agent, url: &str, mut job: Job) -> Option<Job> {
    let body = serde_json::to_vec(&job.event).unwrap_or_default();
    let signature = shared.webhook_signer.sign(&body);
    let result = agent
        .post(url)
        .header("Content-Type", "application/json; charset=utf-8")
        .header(pingxx::SIGNATURE_HEADER, signature.as_str())
        .header("User-Agent", "Pingpp-Webhooks pingxx-mock")
        .send(&body[..]);
    let (status, error) = match result {
        Ok(resp) => {
            let s = resp.status().as_u16();
            (Some(s), (!(200..300).contains(&s)).then(|| format!("HTTP {s}")))
        }
        Err(e) => (None, Some(e.to_string())),
    };
    let event_id = job.event["id"].as_str().unwrap_or_default().to_string();
    let succeeded = error.is_none();
    shared.record_delivery(Delivery {
        event_id: event_id.clone(),
        event_type: job.event["type"].as_str().unwrap_or_default().to_string(),
        url: url.to_string(),
        attempt: job.attempt,
        status,
        succeeded,
        error,
        at: crate::state::unix_now(),
    });
    if succeeded {
        shared.set_pending_webhooks(&event_id, 0);
        return None;
    }
    if job.attempt >= MAX_ATTEMPTS {
        return None;
    }
    job.due = Instant::now() + RETRY_BASE * (1u32 << (job.attempt - 1).min(10));
    job.attempt += 1;
    Some(job)
}
