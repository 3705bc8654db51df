//! Local Ping++ API emulator.
