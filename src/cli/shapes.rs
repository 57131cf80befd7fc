//! The shapes of every `--format json` output, and their JSON Schemas (written under
//! `schemas/output/` by `svc schema`, drift-tested, and used by a test to validate what
//! each command prints on the demo).

use schemars::{JsonSchema, schema_for};
use serde::Serialize;

use crate::domain::attendance::SheetRow;
use crate::domain::capa::Capa;
use crate::domain::complaint::Complaint;
use crate::domain::conduct::Conduct;
use crate::domain::grounds::Suggestion;
use crate::domain::leave::Leave;
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

/// `(file name under schemas/, pretty JSON)` for every JSON output.
pub fn schemas() -> Vec<(&'static str, String)> {
    use crate::store::schema::pretty;
    vec![
        ("output/complaint-list.schema.json", pretty(schema_for!(Vec<Complaint>))),
        ("output/complaint-show.schema.json", pretty(schema_for!(ComplaintShow<'static>))),
        ("output/capa-list.schema.json", pretty(schema_for!(Vec<Capa>))),
        ("output/capa-show.schema.json", pretty(schema_for!(Capa))),
        ("output/leave-list.schema.json", pretty(schema_for!(Vec<Leave>))),
        ("output/leave-show.schema.json", pretty(schema_for!(Leave))),
        ("output/conduct-list.schema.json", pretty(schema_for!(Vec<Conduct>))),
        ("output/conduct-show.schema.json", pretty(schema_for!(Conduct))),
        ("output/box-list.schema.json", pretty(schema_for!(Vec<crate::domain::collection::Collection>))),
        ("output/box-show.schema.json", pretty(schema_for!(crate::domain::collection::Collection))),
        ("output/inspection-list.schema.json", pretty(schema_for!(Vec<crate::domain::inspection::Inspection>))),
        ("output/inspection-show.schema.json", pretty(schema_for!(crate::domain::inspection::Inspection))),
        ("output/doc-list.schema.json", pretty(schema_for!(Vec<crate::domain::document::Document>))),
        ("output/doc-show.schema.json", pretty(schema_for!(crate::domain::document::Document))),
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
    ]
}
