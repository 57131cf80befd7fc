//! The shapes of every `--format json` output, and their JSON Schemas (written under
//! `schemas/output/` by `svc schema`, drift-tested, and used by a test to validate what
//! each command prints on the demo).

use schemars::{JsonSchema, schema_for};
use serde::Serialize;

use crate::domain::attendance::SheetRow;
use crate::domain::capa::Capa;
use crate::domain::complaint::Complaint;
use crate::domain::grounds::Suggestion;
use crate::domain::rules::Rule;
use crate::domain::stats::YearlyReport;

/// `svc complaint show ID --format json`: the form and its CAPA, if it has one.
#[derive(Serialize, JsonSchema)]
pub struct ComplaintShow<'a> {
    pub complaint: &'a Complaint,
    pub capa: Option<&'a Capa>,
}

/// `svc stats monthly MONTH --format json`.
#[derive(Serialize, JsonSchema)]
pub struct MonthlyReport<'a> {
    pub month: String,
    pub rows: &'a [SheetRow],
}

/// `svc check --format json`.
#[derive(Serialize, JsonSchema)]
pub struct CheckReport<'a> {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub findings: &'a [Finding],
}

pub use crate::ops::check::Finding;

/// The `list` and `show --format json` outputs of the kinds whose row in the table of
/// kinds ([`crate::domain::kinds`]) names them: the records as they are.
macro_rules! record_outputs {
    ($($module:ident $(in $host:ident)? { $($(#[doc = $doc:literal])* $kind:ident($ty:ident): $prefix:literal, $folder:literal, $schema:literal, $noun:expr, $group:literal, $field:ident $(, output $output:literal)?;)+ })*) => {
        fn record_outputs() -> Vec<(&'static str, String)> {
            use crate::store::schema::pretty;
            vec![$($($(
                (concat!("output/", $output, "-list.schema.json"), pretty(schema_for!(Vec<crate::domain::$module::$ty>))),
                (concat!("output/", $output, "-show.schema.json"), pretty(schema_for!(crate::domain::$module::$ty))),
            )?)+)*]
        }
    };
}

crate::domain::kinds!(record_outputs);

/// `(file name under schemas/, pretty JSON)` for every JSON output.
pub fn schemas() -> Vec<(&'static str, String)> {
    use crate::store::schema::pretty;
    let mut out = record_outputs();
    out.extend([
        ("output/complaint-list.schema.json", pretty(schema_for!(Vec<Complaint>))),
        ("output/complaint-show.schema.json", pretty(schema_for!(ComplaintShow<'static>))),
        ("output/room-list.schema.json", pretty(schema_for!(Vec<crate::domain::config::Room>))),
        ("output/staff-list.schema.json", pretty(schema_for!(Vec<crate::domain::config::Staff>))),
        ("output/room-show.schema.json", pretty(schema_for!(crate::domain::config::Room))),
        ("output/conduct-suggest.schema.json", pretty(schema_for!(Vec<Suggestion>))),
        ("output/attendance-month.schema.json", pretty(schema_for!(Vec<SheetRow>))),
        ("output/stats-yearly.schema.json", pretty(schema_for!(YearlyReport))),
        ("output/stats-monthly.schema.json", pretty(schema_for!(MonthlyReport<'static>))),
        ("output/check.schema.json", pretty(schema_for!(CheckReport<'static>))),
        ("output/check-rules.schema.json", pretty(schema_for!(Vec<Rule>))),
        ("output/todo.schema.json", pretty(schema_for!(Vec<super::todo::Item>))),
    ]);
    out
}
