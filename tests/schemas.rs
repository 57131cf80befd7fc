//! The committed JSON Schemas must be exactly what the Rust types generate, and every
//! record must name its schema so editors validate it live.

mod common;

use common::project_root;

#[test]
fn committed_schemas_match_the_code() {
    for (name, generated) in svc::store::schema::generated() {
        let path = project_root().join("schemas").join(name);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "schemas/{name} is stale: run `cargo run -- schema schemas` and commit the result"
        );
    }
}

#[test]
fn schema_command_check_mode_detects_drift() {
    let dir = tempfile::tempdir().unwrap();
    let svc = || assert_cmd::Command::cargo_bin("svc").unwrap();
    svc().args(["schema", "--check"]).arg(dir.path()).assert().code(1);
    svc().arg("schema").arg(dir.path()).assert().success();
    svc().args(["schema", "--check"]).arg(dir.path()).assert().success();
}

#[test]
fn schemas_forbid_unknown_fields() {
    let complaint: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(project_root().join("schemas/complaint.schema.json")).unwrap())
            .unwrap();
    assert_eq!(complaint["additionalProperties"], false);
    assert!(complaint["required"].as_array().unwrap().iter().any(|r| r == "received"));
}

#[test]
fn every_demo_record_names_its_schema() {
    for (folder, schema) in [("complaints", "complaint.schema.json"), ("capa", "capa.schema.json")] {
        let dir = project_root().join("records").join(folder).join("2026");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            assert!(text.starts_with(&format!("#:schema ../../../schemas/{schema}\n")));
        }
    }
}
