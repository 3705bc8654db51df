//! C ABI of pingxx.
