//! The state shared by the request handlers and the webhook worker: the store,
//! faults, the request and delivery logs, the keys and the webhook queue.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Mutex;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use pingxx::{WebhookSigner, WebhookVerifier};
use serde_json::Value;

use crate::faults::Faults;
use crate::store::Store;
use crate::webhooks::{Delivery, Job};
use crate::{MockConfig, MockError, RequestRecord};

/// Most requests kept in the log (the oldest are dropped first).
const MAX_LOG: usize = 10_000;

pub(crate) fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// State shared by the request handlers and the webhook thread.
pub(crate) struct Shared {
    pub(crate) store: Mutex<Store>,
    pub faults: Faults,
    pub(crate) log: Mutex<std::collections::VecDeque<RequestRecord>>,
    pub(crate) merchant_key: Option<WebhookVerifier>,
    pub webhook_signer: WebhookSigner,
    pub webhook_url: Option<String>,
    pub(crate) webhook_tx: Mutex<Option<Sender<Job>>>,
    pub webhooks_stopped: AtomicBool,
    pub(crate) deliveries: Mutex<Vec<Delivery>>,
    /// Longest wait for a request body.
    pub(crate) read_timeout: Duration,
}

/// The RSA 2048 key (PKCS#8 PEM) generated for the emulators of this process
/// that were given no signing key: generating one takes a noticeable time, so it
/// is made once.
fn generated_signing_key() -> Result<String, MockError> {
    static KEY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    if let Some(pem) = KEY.get() {
        return Ok(pem.clone());
    }
    let pem = generate_signing_key()?;
    Ok(KEY.get_or_init(|| pem).clone())
}

/// A fresh RSA 2048 key as PKCS#8 PEM.
fn generate_signing_key() -> Result<String, MockError> {
    use aws_lc_rs::encoding::AsDer;
    let key_err = |message: String| MockError::InvalidKey {
        which: "signing_key_pem",
        message,
    };
    let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048)
        .map_err(|_| key_err("could not generate an RSA 2048 key".into()))?;
    let der = pair
        .as_der()
        .map_err(|_| key_err("could not encode the generated key".into()))?;
    let b64 = STANDARD.encode(der.as_ref());
    let mut pem = String::from("-----BEGIN PRIVATE KEY-----\n");
    for line in b64.as_bytes().chunks(64) {
        pem.push_str(std::str::from_utf8(line).unwrap_or_default());
        pem.push('\n');
    }
    pem.push_str("-----END PRIVATE KEY-----\n");
    Ok(pem)
}

impl Shared {
    pub(crate) fn new(config: &MockConfig) -> Result<(Shared, Receiver<Job>), MockError> {
        let merchant_key = match &config.merchant_public_key_pem {
            Some(pem) => Some(WebhookVerifier::from_pem(pem).map_err(|e| MockError::InvalidKey {
                which: "merchant_public_key_pem",
                message: e.to_string(),
            })?),
            None => None,
        };
        let signing_pem = match &config.signing_key_pem {
            Some(pem) => pem.clone(),
            None => generated_signing_key()?,
        };
        let webhook_signer = WebhookSigner::from_pem(&signing_pem).map_err(|e| MockError::InvalidKey {
            which: "signing_key_pem",
            message: e.to_string(),
        })?;
        if let Some(url) = &config.webhook_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(MockError::InvalidWebhookUrl);
            }
        }
        let (tx, rx) = channel();
        let store = Store::new(i64::from(config.webhook_url.is_some()), config.max_objects);
        Ok((
            Shared {
                store: Mutex::new(store),
                faults: Faults::default(),
                log: Mutex::new(std::collections::VecDeque::new()),
                merchant_key,
                webhook_signer,
                webhook_url: config.webhook_url.clone(),
                webhook_tx: Mutex::new(Some(tx)),
                webhooks_stopped: AtomicBool::new(false),
                deliveries: Mutex::new(Vec::new()),
                read_timeout: config.read_timeout,
            },
            rx,
        ))
    }

    fn store(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn requests(&self) -> Vec<RequestRecord> {
        self.log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .cloned()
            .collect()
    }

    pub(crate) fn deliveries(&self) -> Vec<Delivery> {
        self.deliveries.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub(crate) fn record_delivery(&self, d: Delivery) {
        self.deliveries.lock().unwrap_or_else(|e| e.into_inner()).push(d);
    }

    pub(crate) fn set_pending_webhooks(&self, event_id: &str, pending: i64) {
        self.store().set_pending_webhooks(event_id, pending);
    }

    pub(crate) fn reset(&self) {
        let mut store = self.store();
        let (targets, max) = (store.webhook_targets, store.max_objects);
        *store = Store::new(targets, max);
        drop(store);
        self.faults.clear();
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.deliveries.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    pub(crate) fn stop_webhooks(&self) {
        self.webhooks_stopped.store(true, Ordering::SeqCst);
        self.webhook_tx.lock().unwrap_or_else(|e| e.into_inner()).take();
    }

    pub(crate) fn record(&self, request_id: &str, method: &str, target: &str, operation: Option<&str>, status: u16) {
        let mut log = self.log.lock().unwrap_or_else(|e| e.into_inner());
        if log.len() >= MAX_LOG {
            log.pop_front();
        }
        log.push_back(RequestRecord {
            method: method.to_string(),
            target: target.to_string(),
            operation: operation.map(str::to_string),
            status,
            request_id: request_id.to_string(),
        });
    }

    /// Hands the events made by a request to the webhook thread.
    pub(crate) fn deliver(&self, events: Vec<Value>) {
        if self.webhook_url.is_none() || events.is_empty() {
            return;
        }
        let tx = self.webhook_tx.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = tx.as_ref() {
            for event in events {
                let _ = tx.send(Job {
                    event,
                    attempt: 1,
                    due: std::time::Instant::now(),
                });
            }
        }
    }

    /// Runs a store action that may make events, then delivers them.
    pub(crate) fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        let mut store = self.store();
        let out = f(&mut store);
        let events = store.drain_events();
        drop(store);
        self.deliver(events);
        out
    }
}
