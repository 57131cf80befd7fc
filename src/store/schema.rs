//! JSON Schemas of `svc.toml` and each record kind, generated from the Rust types so they
//! can never drift (a test compares them with the committed `schemas/`).

use schemars::schema_for;

use crate::domain::config::Config;
use crate::domain::id::RecordKind;

pub const CONFIG_SCHEMA_FILE: &str = "svc.schema.json";

/// A schema as its file holds it: pretty JSON with a final newline, every integer bounded
/// by its width ([`bound_integers`]).
pub fn pretty(schema: schemars::Schema) -> String {
    let mut value = schema.to_value();
    bound_integers(&mut value);
    // Back into a Schema, whose serialisation keeps the keywords in schemars' order.
    let schema = schemars::Schema::try_from(value).expect("a schema stays an object");
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// schemars names an integer's width as a `format` (`uint32`), which validators do not
/// enforce: a hand-edited `number = 5000000000` would pass the schema while svc cannot read
/// it (issue 20). Each such integer gets the range its type holds, unless the type asks
/// for a narrower one.
fn bound_integers(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            let range: Option<(i64, u64)> = match map.get("format").and_then(|f| f.as_str()) {
                Some("uint8") => Some((0, u8::MAX.into())),
                Some("uint16") => Some((0, u16::MAX.into())),
                Some("uint32") => Some((0, u32::MAX.into())),
                Some("uint64" | "uint") => Some((0, i64::MAX as u64)),
                Some("int8") => Some((i8::MIN.into(), i8::MAX as u64)),
                Some("int16") => Some((i16::MIN.into(), i16::MAX as u64)),
                Some("int32") => Some((i32::MIN.into(), i32::MAX as u64)),
                Some("int64" | "int") => Some((i64::MIN, i64::MAX as u64)),
                _ => None,
            };
            if let Some((min, max)) = range {
                map.entry("minimum").or_insert(min.into());
                map.entry("maximum").or_insert(max.into());
            }
            map.values_mut().for_each(bound_integers);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(bound_integers),
        _ => {}
    }
}

/// `(file name, pretty JSON with a final newline)` for every schema.
pub fn generated() -> Vec<(&'static str, String)> {
    struct Schema;
    impl crate::domain::rules::ForKind for Schema {
        type Out = String;
        fn run<T: crate::domain::rules::Known + schemars::JsonSchema>(self) -> String {
            pretty(schema_for!(T))
        }
    }
    let mut all = vec![(CONFIG_SCHEMA_FILE, pretty(schema_for!(Config)))];
    all.extend(RecordKind::ALL.into_iter().map(|k| (k.schema_file(), crate::domain::rules::for_kind(k, Schema))));
    all
}
