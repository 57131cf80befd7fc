//! The committed JSON Schemas must be exactly what the Rust types generate, and every
//! record must name its schema so editors validate it live.

mod common;

use common::project_root;

#[test]
fn committed_schemas_match_the_code() {
    for (name, generated) in svc::cli::schema::all() {
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
    let svc = || {
        let mut cmd = assert_cmd::Command::cargo_bin("svc").unwrap();
        cmd.env("SVC_LANG", "en");
        cmd
    };
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
    for (folder, schema) in
        [("complaints", "complaint.schema.json"), ("capa", "capa.schema.json"), ("box", "box.schema.json")]
    {
        let dir = project_root().join("records").join(folder).join("2026");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            assert!(text.starts_with(&format!("#:schema ../../../schemas/{schema}\n")));
        }
    }
}

/// Every `--format json` output on the demo is valid under its schema in schemas/output/.
#[test]
fn every_json_output_validates_against_its_schema() {
    let cases: &[(&str, &[&str])] = &[
        ("complaint-list", &["complaint", "list", "--format", "json"]),
        ("complaint-show", &["complaint", "show", "CMP-2026-0031", "--format", "json"]),
        ("complaint-show", &["complaint", "show", "CMP-2026-0004", "--format", "json"]),
        ("capa-list", &["capa", "list", "--format", "json"]),
        ("capa-show", &["capa", "show", "CAPA-2026-0027", "--format", "json"]),
        ("leave-list", &["leave", "list", "--format", "json"]),
        ("leave-show", &["leave", "show", "LV-2026-0010", "--format", "json"]),
        ("conduct-list", &["conduct", "list", "--format", "json"]),
        ("conduct-list", &["conduct", "history", "S22", "--format", "json"]),
        ("conduct-show", &["conduct", "show", "RP-2026-0003", "--format", "json"]),
        ("conduct-suggest", &["conduct", "suggest", "--year", "2026", "--format", "json"]),
        ("box-list", &["box", "list", "--format", "json"]),
        ("box-show", &["box", "show", "BOX-2026-0012", "--format", "json"]),
        ("inspection-list", &["inspection", "list", "--format", "json"]),
        ("inspection-show", &["inspection", "show", "INS-2026-0003", "--format", "json"]),
        ("doc-list", &["doc", "list", "--format", "json"]),
        ("doc-show", &["doc", "show", "DOC-2026-0002", "--format", "json"]),
        ("room-list", &["room", "list", "--format", "json"]),
        ("staff-list", &["staff", "list", "--format", "json"]),
        ("room-show", &["room", "show", "R2", "--format", "json"]),
        ("attendance-month", &["attendance", "month", "2026-03", "--format", "json"]),
        ("stats-yearly", &["stats", "yearly", "--year", "2026", "--format", "json"]),
        ("stats-monthly", &["stats", "monthly", "2026-03", "--format", "json"]),
        ("check", &["check", "--format", "json"]),
        ("check-rules", &["check", "--list-rules", "--format", "json"]),
        ("todo", &["todo", "--all", "--format", "json"]),
    ];
    for (schema, args) in cases {
        let path = project_root().join(format!("schemas/output/{schema}.schema.json"));
        let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let output: serde_json::Value = serde_json::from_slice(&common::demo(args)).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(&output).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{args:?} does not match {}: {errors:#?}", path.display());
    }
    // The schemas are not vacuous: a date written the TOML way is refused.
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(project_root().join("schemas/output/capa-show.schema.json")).unwrap(),
    )
    .unwrap();
    let mut capa: serde_json::Value =
        serde_json::from_slice(&common::demo(&["capa", "show", "CAPA-2026-0001", "--format", "json"])).unwrap();
    capa["opened"] = serde_json::json!({"$__toml_private_datetime": "2026-01-07"});
    assert!(!jsonschema::validator_for(&schema).unwrap().is_valid(&capa));
}

/// A record as an editor's TOML language server sees it: TOML dates and times as strings.
fn record_as_json(path: &str) -> serde_json::Value {
    fn convert(v: toml::Value) -> serde_json::Value {
        match v {
            toml::Value::String(s) => serde_json::Value::String(s),
            toml::Value::Integer(i) => serde_json::json!(i),
            toml::Value::Float(f) => serde_json::json!(f),
            toml::Value::Boolean(b) => serde_json::Value::Bool(b),
            toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
            toml::Value::Array(a) => serde_json::Value::Array(a.into_iter().map(convert).collect()),
            toml::Value::Table(t) => serde_json::Value::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect()),
        }
    }
    convert(toml::from_str(&std::fs::read_to_string(project_root().join(path)).unwrap()).unwrap())
}

/// The schemas are as strict as the rules on types and ranges (issue 20): a leave slip's
/// `from` of "soon" or of a date without its time, and a box of 5,000,000,000 forms, fail
/// the schema as they fail `svc check`.
#[test]
fn record_schemas_refuse_what_the_rules_refuse() {
    let validate = |schema: &str, value: &serde_json::Value| {
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(project_root().join("schemas").join(schema)).unwrap())
                .unwrap();
        jsonschema::validator_for(&schema).unwrap().is_valid(value)
    };
    let slip = record_as_json("records/leave/2026/LV-2026-0001.toml");
    assert!(validate("leave.schema.json", &slip), "the demo's slip is valid: {slip}");
    for bad in ["soon", "2026-02-03", "0001-02-03T09:00:00"] {
        let mut changed = slip.clone();
        changed["from"] = serde_json::json!(bad);
        assert!(!validate("leave.schema.json", &changed), "from = {bad} passes the schema");
    }
    let collection = record_as_json("records/box/2026/BOX-2026-0012.toml");
    assert!(validate("box.schema.json", &collection));
    let mut changed = collection.clone();
    changed["forms"] = serde_json::json!(5_000_000_000u64);
    assert!(!validate("box.schema.json", &changed), "five billion forms pass the schema");
}
