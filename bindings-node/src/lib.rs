//! Node bindings of pingxx.
