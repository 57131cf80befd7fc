//! Files: finding the records repository, reading and editing TOML, atomic writes, ids.

pub mod atomic;
pub mod edit;
pub mod git;
pub mod gitlog;
pub mod journal;
pub mod lock;
pub mod repo;
pub mod schema;
pub mod text;
