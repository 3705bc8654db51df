//! Helpers shared by the core's integration tests: reading `tests/vectors/`.

#![allow(dead_code)]

use std::path::PathBuf;

/// Path of a file under the repository's `tests/vectors/`.
pub fn vector_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(rel)
}

/// Text of a file under `tests/vectors/`.
pub fn read_vector(rel: &str) -> String {
    std::fs::read_to_string(vector_path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

/// A JSON file under `tests/vectors/`.
pub fn vector_json(rel: &str) -> serde_json::Value {
    serde_json::from_str(&read_vector(rel)).unwrap_or_else(|e| panic!("parse {rel}: {e}"))
}

/// The merchant example private key (PKCS#1 PEM).
pub fn merchant_private_pem() -> String {
    read_vector("keys/merchant_example_private_key_pkcs1.pem")
}

/// The merchant example public key (SPKI PEM).
pub fn merchant_public_pem() -> String {
    read_vector("keys/merchant_example_public_key_spki.pem")
}
