//! The one rule set. Every rule of the procedures is a named predicate with its clause,
//! evaluated on a record as it stands, with the dates and actors written in it.
//!
//! - `svc check` runs every rule over `svc.toml` and every record ([`check`]).
//! - A workflow step changes its record, then runs the same rules on the result through
//!   [`validate`], and refuses when any error rule fails. So a step never writes what
//!   `svc check` rejects, and `svc check` rejects every hand edit a step would have refused.
//!
//! Rules live in one module per clause group; [`registry`] lists them all (`svc check
//! --list-rules`, `docs/procedures.md`). Rules marked [`When::Today`] depend on the report
//! day (something overdue, a sheet not yet sent); the others only on what is recorded.
//!
//! The machinery, by concern: [`registry`] (the rules as data), [`records`] (what a check
//! reads, each kind's slot and traits), [`world`] (the index and the helpers rules share)
//! and [`engine`] (check, validate, admit, apply).

use super::token::Token as _;

pub mod config;

/// Each module of the table of kinds has its rules in a file of that name here.
macro_rules! rule_modules {
    ($($module:ident $(in $host:ident)? { $($rows:tt)* })*) => {
        $(mod $module;)*
    };
}
crate::domain::kinds!(rule_modules);

mod filing;
pub mod history;
pub mod people;
mod strings;

#[cfg(test)]
mod mutations;

#[cfg(test)]
#[test]
fn every_rule_summary_is_translated() {
    for rule in registry() {
        let id = format!("summary-{}", rule.name.replace('.', "-"));
        for lang in [crate::i18n::Lang::ZhHant, crate::i18n::Lang::ZhHans] {
            assert!(crate::i18n::has(lang, &id), "{id} is not translated into {lang}: {}", rule.summary);
        }
    }
    let file = include_str!("../../i18n/rules.zh-Hant.ftl");
    let names: Vec<String> = registry().iter().map(|r| format!("summary-{}", r.name.replace('.', "-"))).collect();
    for line in file.lines().filter(|l| l.starts_with("summary-")) {
        let id = line.split(" = ").next().unwrap_or_default();
        assert!(names.iter().any(|n| n == id), "rules.zh-Hant.ftl translates {id}, which no rule has");
    }
}
#[cfg(test)]
mod sequences;

pub use crate::domain::clause::Clause;

pub mod engine;
pub mod records;
pub mod registry;
pub mod world;

pub use engine::*;
pub use records::*;
pub use registry::*;
pub use world::*;

/// Declares rules as statics and lists them in the module's `RULES`.
macro_rules! rules {
    ($($ident:ident = $name:literal, $clause:ident, $severity:ident, $when:ident, $summary:literal;)*) => {
        $(
            pub static $ident: $crate::domain::rules::Rule = $crate::domain::rules::Rule {
                name: $name,
                clause: $crate::domain::rules::Clause::$clause,
                severity: $crate::domain::rules::Severity::$severity,
                when: $crate::domain::rules::When::$when,
                summary: $summary,
            };
        )*
        pub(super) const RULES: &[&$crate::domain::rules::Rule] = &[$(&$ident),*];
    };
}
pub(crate) use rules;
