//! The fuzzing that runs in `cargo test`: arbitrary bytes, damaged real records and
//! arbitrary TOML values in a record file or in svc.toml never make `svc check` panic, and
//! every finding names a file and a line. (`fuzz/` holds the cargo-fuzz target for longer
//! runs where a nightly toolchain exists.)

mod common;

use std::path::Path;

use common::*;
use proptest::prelude::*;
use svc::ops::check::{Options, check};

fn check_places_everything(root: &Path, damaged: &str) -> Result<(), TestCaseError> {
    let today: svc::domain::date::Date = DEMO_DAY.parse().unwrap();
    let options = Options { date: Some(today), ..Options::default() };
    let findings = check(root, &options).map_err(|e| TestCaseError::fail(format!("check failed: {e:#}")))?.findings;
    for f in &findings {
        prop_assert!(!f.file.is_empty() && f.line >= 1 && f.column >= 1, "unplaced finding: {f:?}");
    }
    let parses = std::fs::read(root.join(damaged)).ok().and_then(|b| String::from_utf8(b).ok()).is_some_and(|t| {
        if damaged == "svc.toml" {
            toml::from_str::<svc::domain::config::Config>(&t).is_ok()
        } else {
            toml::from_str::<svc::domain::complaint::Complaint>(&t).is_ok()
        }
    });
    if !parses {
        prop_assert!(findings.iter().any(|f| f.file == damaged), "a file that does not parse is named: {findings:?}");
    }
    Ok(())
}

/// A small centre: the demo's svc.toml and two complaints.
fn small_repo() -> TestRepo {
    let repo = TestRepo::new();
    for id in ["CMP-2026-0001", "CMP-2026-0002"] {
        let path = complaint_path(id);
        repo.write(&path, std::fs::read(project_root().join(&path)).unwrap());
    }
    repo
}

fn toml_value() -> impl Strategy<Value = toml::Value> {
    let leaf = prop_oneof![
        any::<String>().prop_map(toml::Value::String),
        any::<i64>().prop_map(toml::Value::Integer),
        any::<bool>().prop_map(toml::Value::Boolean),
        (-1e9f64..1e9).prop_map(toml::Value::Float),
        Just(toml::Value::String("2026-13-45".into())),
        Just(toml::Value::String("CAPA-2026-0001".into())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(toml::Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| toml::Value::Table(m.into_iter().collect())),
        ]
    })
}

const FIELDS: [&str; 12] = [
    "id",
    "status",
    "received",
    "channel",
    "room",
    "summary",
    "logged_by",
    "customer",
    "triage",
    "analysis",
    "closing",
    "x",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_as_a_record(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let repo = small_repo();
        let file = complaint_path("CMP-2026-0001");
        repo.write(&file, &bytes);
        check_places_everything(repo.path(), &file)?;
    }

    #[test]
    fn a_real_record_damaged(cut in 0usize..2000, at in 0usize..2000, insert in "[\\\\\"\\[\\]=#\\n a-z0-9\u{4e00}-\u{4e10}]{0,12}") {
        let repo = small_repo();
        let file = complaint_path("CMP-2026-0001");
        let text = repo.read(&file);
        let mut chars: Vec<char> = text.chars().collect();
        let at = at % (chars.len() + 1);
        let cut = (at + cut % 40).min(chars.len());
        chars.splice(at..cut, insert.chars());
        repo.write(&file, chars.into_iter().collect::<String>());
        check_places_everything(repo.path(), &file)?;
    }

    #[test]
    fn arbitrary_toml_values_in_a_record(field in 0usize..FIELDS.len(), value in toml_value()) {
        let repo = small_repo();
        let file = complaint_path("CMP-2026-0001");
        let mut doc: toml::Table = toml::from_str(&repo.read(&file)).unwrap();
        doc.insert(FIELDS[field].to_string(), value);
        repo.write(&file, toml::to_string(&doc).unwrap_or_default());
        check_places_everything(repo.path(), &file)?;
    }

    #[test]
    fn arbitrary_toml_values_in_svc_toml(field in "[a-z_]{1,10}", section in 0usize..5, value in toml_value()) {
        let repo = small_repo();
        let mut doc: toml::Table = toml::from_str(&repo.read("svc.toml")).unwrap();
        let target = ["centre", "calendar", "policy", "complaints", ""][section];
        match doc.get_mut(target).and_then(|t| t.as_table_mut()) {
            Some(table) => { table.insert(field, value); }
            None => { doc.insert(field, value); }
        }
        repo.write("svc.toml", toml::to_string(&doc).unwrap_or_default());
        check_places_everything(repo.path(), "svc.toml")?;
    }
}
