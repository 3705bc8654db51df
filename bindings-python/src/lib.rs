//! Python bindings of pingxx.
