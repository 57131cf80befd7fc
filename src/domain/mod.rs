//! Pure domain: record types, workflows, policy rules, the calendar, and the one rule set
//! that steps and `svc check` share. Nothing here touches files, the clock or the terminal.

pub mod attendance;
pub mod calendar;
pub mod capa;
pub mod clause;
pub mod collection;
pub mod complaint;
pub mod conduct;
pub mod config;
pub mod date;
pub mod document;
pub mod fields;
pub mod grounds;
pub mod id;
pub mod inspection;
pub mod leave;
pub mod refs;
pub mod refusal;
pub mod review;
pub mod rules;
pub mod stats;
pub mod suggest;
pub mod token;
pub mod training;

#[cfg(test)]
pub(crate) mod testing;
