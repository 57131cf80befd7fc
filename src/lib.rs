//! `svc` keeps a service centre's written procedures as one TOML record per file in git.
//!
//! - [`domain`]: pure record types, workflows, policy rules, the working-day calendar and
//!   the rules `svc check` applies. No files, no clock, no printing.
//! - [`store`]: finding the records repository, paths, ids, reading and editing TOML,
//!   atomic writes and locks.
//! - [`ops`]: the use cases beneath the commands (the step transaction first).
//! - [`cli`]: one module per command group; each parses, calls the domain, stores.

pub mod cli;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod ops;
pub mod store;
