//! The rules as data: each a name, a clause, a severity and when it applies, and the
//! registry that lists them all (`svc check --list-rules`, docs/procedures.md).

use std::fmt;

use serde::Serialize;

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// What a rule's verdict depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum When {
    /// Only what the records say: the same verdict on any day.
    Recorded,
    /// The report day too (`--date`): overdue work, sheets not yet sent, dates after it.
    Today,
    /// The git history between a base and HEAD (`svc check --base REV`).
    History,
}

/// One rule of the procedures.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Rule {
    /// A stable name, `group.what-it-asks`.
    pub name: &'static str,
    pub clause: Clause,
    pub severity: Severity,
    pub when: When,
    /// One line: what the rule asks.
    pub summary: &'static str,
}

impl Rule {
    /// What the rule asks, in the current language (`summary` is the English).
    pub fn summary_text(&self) -> String {
        let id = format!("summary-{}", self.name.replace('.', "-"));
        crate::i18n::lookup(crate::i18n::current(), &id, None).unwrap_or_else(|| self.summary.to_string())
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Rule {}

/// Builds [`registry`] from the table of kinds ([`crate::domain::kinds`]): the rules of
/// the files and svc.toml first, then each kind module's in the table's order, then git's.
macro_rules! registry {
    ($($module:ident $(in $host:ident)? { $($(#[doc = $doc:literal])* $kind:ident($ty:ident): $prefix:literal, $folder:literal, $schema:literal, $noun:expr, $group:literal, $field:ident $(, output $output:literal)?;)+ })*) => {
        /// Every rule, grouped by clause group, in a stable order.
        pub fn registry() -> Vec<&'static Rule> {
            [filing::RULES, config::RULES, people::RULES, $($module::RULES,)* history::RULES].concat()
        }
    };
}

crate::domain::kinds!(registry);

/// The rule `svc check` reports a file under when it cannot be read as its record kind.
pub fn unreadable_file_rule() -> &'static Rule {
    &filing::READABLE
}

/// The rule for a `svc.toml` that cannot be read or parsed.
pub fn unreadable_config_rule() -> &'static Rule {
    &config::READABLE
}

/// The rule for a calendar that cannot be built.
pub fn unusable_calendar_rule() -> &'static Rule {
    &config::CALENDAR_USABLE
}

/// The rule for a folder or file under `records/` where no record belongs.
pub fn stray_file_rule() -> &'static Rule {
    &filing::PLACED
}

/// The rule for a record git's index holds otherwise than HEAD, the work tree as HEAD.
pub fn index_agrees_rule() -> &'static Rule {
    &history::INDEX_AGREES
}

/// The rule for a record file the work tree holds otherwise than HEAD.
pub fn committed_rule() -> &'static Rule {
    &history::COMMITTED
}

/// The rule for a step a crash left half-written (a journal still waiting).
pub fn interrupted_step_rule() -> &'static Rule {
    &filing::INTERRUPTED_STEP
}

/// The rule for temp files an interrupted write left.
pub fn leftover_temp_rule() -> &'static Rule {
    &filing::LEFTOVER_TEMP
}
