//! The demo records shipped in records/: they pass `svc check`, and the register and the
//! CAPA list show them as a person would see them (insta snapshots).

mod common;

use assert_cmd::Command;
use common::project_root;

const DAY: &str = "2026-11-27";

fn svc(args: &[&str]) -> String {
    let out = Command::cargo_bin("svc")
        .unwrap()
        .arg("--repo")
        .arg(project_root())
        .args(["--date", DAY])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "svc {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn demo_passes_check() {
    insta::assert_snapshot!(svc(&["check"]));
}

#[test]
fn demo_register_table() {
    insta::assert_snapshot!(svc(&["complaint", "list", "--year", "2026"]));
}

#[test]
fn demo_register_csv_opens_in_a_spreadsheet() {
    let csv = svc(&["complaint", "list", "--format", "csv"]);
    assert!(csv.starts_with('\u{feff}'), "BOM for Excel");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 34);
    assert!(rows.iter().any(|r| &r[8] == "同一張發票第二次開錯"), "Chinese round-trips");
    insta::assert_snapshot!(csv);
}

#[test]
fn demo_capa_list_and_overdue() {
    insta::assert_snapshot!(svc(&["capa", "list"]));
    let overdue = svc(&["capa", "list", "--overdue", "--format", "json"]);
    let overdue: Vec<serde_json::Value> = serde_json::from_str(&overdue).unwrap();
    let ids: Vec<&str> = overdue.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "CAPA-2026-0019",
            "CAPA-2026-0020",
            "CAPA-2026-0021",
            "CAPA-2026-0022",
            "CAPA-2026-0023",
            "CAPA-2026-0026",
            "CAPA-2026-0027"
        ]
    );
}

#[test]
fn demo_second_round_shown_in_full() {
    insta::assert_snapshot!(svc(&["complaint", "show", "CMP-2026-0031"]));
}

/// The register's status counts against a count made straight from the files' text.
#[test]
fn register_counts_match_the_files() {
    let json = svc(&["complaint", "list", "--format", "json"]);
    let listed: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let dir = project_root().join("records/complaints/2026");
    let texts: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    assert_eq!(listed.len(), texts.len());
    for status in ["received", "explained", "accepted", "in-capa", "closed"] {
        let by_text = texts.iter().filter(|t| t.contains(&format!("\nstatus = \"{status}\"\n"))).count();
        let by_svc = listed.iter().filter(|c| c["status"] == status).count();
        assert_eq!(by_svc, by_text, "{status}");
        assert!(by_svc > 0, "the demo has complaints {status}");
    }
    for channel in ["in-person", "phone", "box", "letter", "email"] {
        assert!(listed.iter().any(|c| c["channel"] == channel), "the demo has the {channel} channel");
    }
}

#[test]
fn identical_inputs_give_identical_bytes() {
    for args in [&["complaint", "list"][..], &["capa", "list", "--format", "csv"], &["check", "--format", "json"]] {
        assert_eq!(svc(args), svc(args), "{args:?}");
    }
}
