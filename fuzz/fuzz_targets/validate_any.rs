//! Validation of any operation with any JSON: never panics, whatever the
//! depth or the types. Input: an operation name, a newline, the params JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let (name, json) = data.split_at(split);
    let json = json.get(1..).unwrap_or(&[]);
    let name = String::from_utf8_lossy(name);
    let ops = pingxx::operations();
    // An unknown name still reaches some operation, picked by the name's length.
    let op = pingxx::find_operation(&name).unwrap_or(&ops[name.len() % ops.len()]);
    let Ok(params) = serde_json::from_slice::<serde_json::Value>(json) else { return };
    if let Err(e) = pingxx::validate(op.name, &params) {
        assert!(!e.to_string().is_empty(), "a failure says what failed");
    }
});
