//! Pure domain: record types, workflows, policy rules, the calendar, and the rules of
//! `svc check`. Nothing here touches files, the clock or the terminal.

pub mod attendance;
pub mod calendar;
pub mod capa;
pub mod check;
pub mod complaint;
pub mod conduct;
pub mod config;
pub mod date;
pub mod id;
pub mod leave;
pub mod refusal;
pub mod stats;
pub mod suggest;

#[cfg(test)]
pub(crate) mod testing;
