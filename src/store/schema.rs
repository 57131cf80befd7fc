//! JSON Schemas of `svc.toml` and each record kind, generated from the Rust types so they
//! can never drift (a test compares them with the committed `schemas/`).

use schemars::schema_for;

use crate::domain::attendance::{Dispatch, Incident};
use crate::domain::capa::Capa;
use crate::domain::complaint::Complaint;
use crate::domain::conduct::Conduct;
use crate::domain::config::Config;
use crate::domain::id::RecordKind;
use crate::domain::leave::Leave;

pub const CONFIG_SCHEMA_FILE: &str = "svc.schema.json";

/// A schema as its file holds it: pretty JSON with a final newline.
pub fn pretty(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// `(file name, pretty JSON with a final newline)` for every schema.
pub fn generated() -> Vec<(&'static str, String)> {
    vec![
        (CONFIG_SCHEMA_FILE, pretty(schema_for!(Config))),
        (RecordKind::Complaint.schema_file(), pretty(schema_for!(Complaint))),
        (RecordKind::Capa.schema_file(), pretty(schema_for!(Capa))),
        (RecordKind::Leave.schema_file(), pretty(schema_for!(Leave))),
        (RecordKind::Incident.schema_file(), pretty(schema_for!(Incident))),
        (RecordKind::Dispatch.schema_file(), pretty(schema_for!(Dispatch))),
        (RecordKind::Conduct.schema_file(), pretty(schema_for!(Conduct))),
        (RecordKind::Collection.schema_file(), pretty(schema_for!(crate::domain::collection::Collection))),
        (RecordKind::Inspection.schema_file(), pretty(schema_for!(crate::domain::inspection::Inspection))),
        (RecordKind::Review.schema_file(), pretty(schema_for!(crate::domain::review::Review))),
        (RecordKind::Training.schema_file(), pretty(schema_for!(crate::domain::training::Training))),
        (RecordKind::Document.schema_file(), pretty(schema_for!(crate::domain::document::Document))),
        (RecordKind::Qualification.schema_file(), pretty(schema_for!(crate::domain::training::Qualification))),
    ]
}
