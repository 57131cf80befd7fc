//! JSON Schemas of `svc.toml` and each record kind, generated from the Rust types so they
//! can never drift (a test compares them with the committed `schemas/`).

use schemars::schema_for;

use crate::domain::config::Config;
use crate::domain::id::RecordKind;

pub const CONFIG_SCHEMA_FILE: &str = "svc.schema.json";

/// A schema as its file holds it: pretty JSON with a final newline.
pub fn pretty(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// `(file name, pretty JSON with a final newline)` for every schema.
pub fn generated() -> Vec<(&'static str, String)> {
    struct Schema;
    impl crate::domain::rules::ForKind for Schema {
        type Out = String;
        fn run<
            T: crate::domain::rules::Known
                + crate::domain::rules::Slot
                + crate::domain::rules::history::Finished
                + schemars::JsonSchema,
        >(
            self,
        ) -> String {
            pretty(schema_for!(T))
        }
    }
    let mut all = vec![(CONFIG_SCHEMA_FILE, pretty(schema_for!(Config)))];
    all.extend(RecordKind::ALL.into_iter().map(|k| (k.schema_file(), crate::domain::rules::for_kind(k, Schema))));
    all
}
