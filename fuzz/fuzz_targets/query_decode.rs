//! Query decoding with any string: never panics or overflows the stack, and
//! what it decodes encodes to a string that decodes to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(value) = pingxx::query::decode(text) {
        let again = pingxx::query::encode(&value);
        let back = pingxx::query::decode(&again).expect("an encoded query decodes");
        assert_eq!(pingxx::query::encode(&back), again, "encode is stable");
    }
});
