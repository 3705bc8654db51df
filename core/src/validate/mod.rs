//! Client-side validation: the rules of `docs/validation.md`, applied before a
//! request leaves the machine (and by the emulator to what it receives).
//!
//! Parameters are described as static [`Schema`] data on each row of the
//! operation table; one checker ([`walk`]) interprets them, and a short list of
//! [`Hook`]s covers the rules that tie fields together. Every violation is
//! reported with its field path (`extra.terminal_id`, `recipients[0].amount`),
//! a rule from a small fixed vocabulary ([`Rule`]), and an English message
//! naming the limit. This module does not know the operation table: the table
//! (`crate::api`) uses it, and `pingxx::validate` lives there.

mod checker;
mod hooks;
pub mod schema;
pub mod walk;

pub use checker::{as_integer, char_len, get, is_base64, is_digits, is_ip, is_url, Checker, Path};
pub use hooks::Hook;
pub use schema::{AnyOf, Array, ByChannel, Field, Fields, Format, Int, Pattern, Presence, Schema, Str, Window};

pub use crate::violation::{FieldError, Rule, ValidationErrors};
