//! Every model with any JSON: never panics, and what a model accepts it gives
//! back unchanged (the models promise a lossless round trip).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pingxx::models::Kind;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    for kind in Kind::ALL {
        if let Ok(back) = kind.round_trip(value.clone()) {
            assert_eq!(back, value, "{} changed the object it read", kind.name());
        }
    }
});
