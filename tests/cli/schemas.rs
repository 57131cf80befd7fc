//! The committed JSON Schemas must be exactly what the Rust types generate, and every
//! record must name its schema so editors validate it live.

use crate::common::{DEMO_DAY, copy_tree, project_root};

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
        let output: serde_json::Value = serde_json::from_slice(&crate::common::demo(args)).unwrap();
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
        serde_json::from_slice(&crate::common::demo(&["capa", "show", "CAPA-2026-0001", "--format", "json"])).unwrap();
    capa["opened"] = serde_json::json!({"$__toml_private_datetime": "2026-01-07"});
    assert!(!jsonschema::validator_for(&schema).unwrap().is_valid(&capa));
}

/// A record as an editor's TOML language server sees it: TOML dates and times as strings.
fn record_as_json(path: &str) -> serde_json::Value {
    toml_to_json(toml::from_str(&std::fs::read_to_string(project_root().join(path)).unwrap()).unwrap())
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

/// A TOML value as the schemas see it (dates and times as strings).
fn toml_to_json(v: toml::Value) -> serde_json::Value {
    match v {
        toml::Value::String(s) => serde_json::Value::String(s),
        toml::Value::Integer(i) => serde_json::json!(i),
        toml::Value::Float(f) => serde_json::json!(f),
        toml::Value::Boolean(b) => serde_json::Value::Bool(b),
        toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
        toml::Value::Array(a) => serde_json::Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => serde_json::Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect()),
    }
}

/// Every leaf of a record (a key path and its value), arrays by index.
fn leaves(value: &toml::Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, toml::Value)>) {
    match value {
        toml::Value::Table(t) => t.iter().for_each(|(k, v)| {
            path.push(k.clone());
            leaves(v, path, out);
            path.pop();
        }),
        toml::Value::Array(a) if !a.is_empty() => a.iter().enumerate().for_each(|(i, v)| {
            path.push(i.to_string());
            leaves(v, path, out);
            path.pop();
        }),
        leaf => out.push((path.clone(), leaf.clone())),
    }
}

/// The wrong types and out-of-range values a hand edit can give a leaf of this value.
fn hostile_values(leaf: &toml::Value) -> Vec<toml::Value> {
    use toml::Value::*;
    let date = |s: &str| Datetime(s.parse().unwrap());
    match leaf {
        String(_) => vec![Integer(7), Boolean(true)],
        Integer(_) => vec![String("7".into()), Integer(-1), Integer(5_000_000_000), Float(1e308)],
        Float(_) => vec![String("1".into()), Float(f64::INFINITY)],
        Boolean(_) => vec![String("yes".into()), Integer(1)],
        Datetime(d) if d.time.is_some() => vec![String("soon".into()), date("2026-02-03"), date("0001-02-03T09:00:00")],
        Datetime(_) => vec![String("soon".into()), date("0001-01-01"), date("2026-02-03T09:00:00")],
        Array(_) | Table(_) => vec![Integer(7)],
    }
}

fn set_at(root: &mut toml::Value, path: &[String], value: toml::Value) {
    let mut at = root;
    for key in path {
        at = match at {
            toml::Value::Table(t) => t.get_mut(key).unwrap(),
            toml::Value::Array(a) => &mut a[key.parse::<usize>().unwrap()],
            _ => unreachable!("a path leads through tables and arrays"),
        };
    }
    *at = value;
}

/// Schemas as strict as the rules on types and ranges (issue 20), field by field: every leaf
/// of a record of each kind (for each key path of the demo, one record that has it) given a
/// wrong type or an out-of-range value. Whatever the schema refuses, `svc check` refuses in
/// that file; whatever check cannot even read as the record's type (file.readable), the
/// schema refuses too.
#[test]
fn schema_and_check_agree_on_every_field_of_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::copy(project_root().join("svc.toml"), root.join("svc.toml")).unwrap();
    copy_tree(&project_root().join("records"), &root.join("records"));
    let today: svc::domain::date::Date = DEMO_DAY.parse().unwrap();
    let options = svc::ops::check::Options { date: Some(today), ..Default::default() };
    let errors_in = |file: &str| -> Vec<(String, String)> {
        let report = svc::ops::check::check(root, &options).unwrap();
        let errors = report.findings.into_iter().filter(|f| f.file == file && f.severity.to_string() == "error");
        errors.map(|f| (f.rule.to_string(), f.key)).collect()
    };
    // For each kind and key path (array indexes as `#`), the first demo record that has it.
    let mut seen = std::collections::BTreeSet::new();
    let (mut tried, mut refused_by_both) = (0, 0);
    let mut files: Vec<std::path::PathBuf> = walk_files(&root.join("records"));
    files.sort();
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
        let file = path.strip_prefix(root).unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let schema_name = text.lines().next().unwrap().rsplit('/').next().unwrap().to_string();
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(project_root().join("schemas").join(&schema_name)).unwrap())
                .unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let record: toml::Value = toml::from_str(&text).unwrap();
        assert!(validator.is_valid(&toml_to_json(record.clone())), "{file} is valid under {schema_name}");
        assert_eq!(errors_in(&file), vec![], "{file} passes check");
        let mut all = Vec::new();
        leaves(&record, &mut Vec::new(), &mut all);
        for (key, leaf) in all {
            let shape: Vec<&str> = key.iter().map(|k| if k.parse::<usize>().is_ok() { "#" } else { k }).collect();
            if !seen.insert((schema_name.clone(), shape.join("."))) {
                continue;
            }
            for hostile in hostile_values(&leaf) {
                let mut changed = record.clone();
                set_at(&mut changed, &key, hostile.clone());
                let schema_refuses = !validator.is_valid(&toml_to_json(changed.clone()));
                let header = text.lines().next().unwrap();
                std::fs::write(path, format!("{header}\n{}", toml::to_string(&changed).unwrap())).unwrap();
                let errors = errors_in(&file);
                std::fs::write(path, &text).unwrap();
                let unreadable = errors.iter().any(|(rule, _)| rule == "file.readable");
                let what = format!("{file}: {} = {hostile}", key.join("."));
                assert!(!schema_refuses || !errors.is_empty(), "the schema refuses but check does not: {what}");
                assert!(!unreadable || schema_refuses, "check cannot read it but the schema passes it: {what}");
                tried += 1;
                refused_by_both += usize::from(schema_refuses && !errors.is_empty());
            }
        }
    }
    eprintln!("schema-vs-check: {} key paths, {tried} hostile values, {refused_by_both} refused by both", seen.len());
    assert!(seen.len() > 150, "every kind's fields were tried: {} key paths", seen.len());
    assert!(refused_by_both * 2 > tried, "most hostile values are refused by both: {refused_by_both} of {tried}");
}

fn walk_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { out.extend(walk_files(&path)) } else { out.push(path) }
    }
    out
}
