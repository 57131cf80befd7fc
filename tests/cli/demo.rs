//! The demo records shipped in records/: they pass `svc check`, and the register and the
//! CAPA list show them as a person would see them (insta snapshots).

use crate::common::project_root;

fn svc(args: &[&str]) -> String {
    String::from_utf8(crate::common::demo(args)).unwrap()
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
    assert_eq!(rows.len(), 40, "36 complaints and 2 praise forms of 2026, 2 complaints of December 2025");
    assert!(rows.iter().any(|r| &r[9] == "同一張發票第二次開錯"), "Chinese round-trips");
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
        ["CAPA-2026-0019", "CAPA-2026-0020", "CAPA-2026-0021", "CAPA-2026-0022", "CAPA-2026-0023", "CAPA-2026-0027"]
    );
}

#[test]
fn demo_second_round_shown_in_full() {
    insta::assert_snapshot!(svc(&["complaint", "show", "CMP-2026-0031"]));
}

/// The same form as the office reads it: labels, statuses, verdicts in Traditional Chinese.
#[test]
fn demo_form_in_traditional_chinese() {
    insta::assert_snapshot!(svc(&["--lang", "zh-Hant", "complaint", "show", "CMP-2026-0031"]));
}

/// The register's status counts against a count made straight from the files' text.
#[test]
fn register_counts_match_the_files() {
    let json = svc(&["complaint", "list", "--year", "2026", "--format", "json"]);
    let listed: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let dir = project_root().join("records/complaints/2026");
    let texts: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    assert_eq!(listed.len(), texts.len());
    for status in ["received", "explained", "accepted", "in-capa", "closed", "praise"] {
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

/// One person's monthly sheet as JSON.
fn sheet_row(month: &str, staff: &str) -> serde_json::Value {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&svc(&["attendance", "month", month, "--format", "json"])).unwrap();
    rows.into_iter().find(|r| r["staff"] == staff).unwrap_or_else(|| panic!("{staff} on the {month} sheet"))
}

/// Counted by hand from examples/build-demo.sh and the 2026 calendar in svc.toml:
/// weekdays of the month, less weekday holidays, plus make-up working days.
#[test]
fn demo_monthly_sheets_match_a_hand_count() {
    let working_days = [
        ("2026-01", 21),
        ("2026-02", 16),
        ("2026-03", 22),
        ("2026-04", 21),
        ("2026-05", 19),
        ("2026-06", 21),
        ("2026-07", 23),
        ("2026-08", 21),
        ("2026-09", 22),
        ("2026-10", 18),
    ];
    for (month, days) in working_days {
        assert_eq!(sheet_row(month, "S11")["working_days"], days, "{month}");
    }
    // (month, staff, leave kind, days)
    let leave = [
        ("2026-02", "S11", "personal", 0.5),
        ("2026-03", "S21", "sick", 1.0),
        ("2026-04", "S12", "personal", 3.0),
        ("2026-05", "S40", "personal", 1.0),
        ("2026-06", "S30", "personal", 2.0),
        ("2026-07", "S50", "sick", 5.0),
        ("2026-08", "S41", "annual", 5.0),
        ("2026-09", "S23", "personal", 2.0),
        ("2026-09", "S22", "leave-post", 0.25),
        ("2026-10", "S31", "sick", 2.0),
        ("2026-10", "S32", "personal", 0.0), // rejected
    ];
    for (month, staff, kind, days) in leave {
        assert_eq!(sheet_row(month, staff)["leave"][kind], days, "{month} {staff} {kind}");
    }
    // (month, staff, late, early, absent, passes)
    let incidents = [
        ("2026-03", "S11", 3, 0, 0, false),
        ("2026-03", "S12", 0, 1, 0, true),
        ("2026-06", "S22", 0, 0, 1, false),
        ("2026-06", "S21", 1, 0, 0, true),
        ("2026-10", "S32", 1, 1, 0, true),
        ("2026-11", "S11", 0, 0, 0, true),
    ];
    for (month, staff, late, early, absent, passes) in incidents {
        let row = sheet_row(month, staff);
        assert_eq!(
            (row["late"].as_u64(), row["early"].as_u64(), row["absent"].as_u64()),
            (Some(late), Some(early), Some(absent)),
            "{month} {staff}"
        );
        assert_eq!(row["passes"], passes, "{month} {staff}");
    }
}

/// The sheets' incident counts against a count straight from the incident files.
#[test]
fn demo_incident_counts_match_the_files() {
    let dir = project_root().join("records/incidents/2026");
    let mut by_file = std::collections::BTreeMap::<(String, String, String), u64>::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        let month = value["date"].to_string()[..7].to_string();
        let key = (month, value["staff"].as_str().unwrap().to_string(), value["kind"].as_str().unwrap().to_string());
        *by_file.entry(key).or_default() += 1;
    }
    assert_eq!(by_file.values().sum::<u64>(), 11);
    for ((month, staff, kind), count) in by_file {
        assert_eq!(sheet_row(&month, &staff)[kind.as_str()], count, "{month} {staff} {kind}");
    }
}

#[test]
fn demo_leave_list_has_every_route() {
    let json = svc(&["leave", "list", "--format", "json"]);
    let slips: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    for band in
        ["staff-notice", "staff-short", "staff-long", "room-head-notice", "room-head-short", "room-head-long", "annual"]
    {
        assert!(slips.iter().any(|s| s["band"] == band && s["status"] != "rejected"), "{band}");
    }
    for status in ["noted", "approved", "pending", "rejected", "cancelled"] {
        assert!(slips.iter().any(|s| s["status"] == status), "{status}");
    }
    insta::assert_snapshot!(svc(&["leave", "list"]));
}

/// The demo was built to contain exactly these cases (examples/build-demo.sh): two praise
/// forms (C1), the people complained about for their conduct (P1, never whoever handles
/// the fix), the March sheet failed by late arrivals (P2; June's, failed by one absence
/// alone, is not), the document lost (P3), the work not done by a reminder's day (P4) and
/// again after a second (R4), and conduct complained about or observed after a P1
/// criticism (R1).
#[test]
fn demo_suggestions_are_the_cases_built_in() {
    let json = svc(&["conduct", "suggest", "--year", "2026", "--format", "json"]);
    let found: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let pairs: Vec<(String, String)> = found
        .iter()
        .map(|s| (s["ground"].as_str().unwrap().to_string(), s["staff"].as_str().unwrap().to_string()))
        .collect();
    let expected: Vec<(String, String)> = [
        ("C1", "S12"),
        ("C1", "S31"),
        ("C2", "S31"),
        ("C3", "S12"),
        ("P1", "S11"),
        ("P1", "S21"),
        ("P1", "S22"),
        ("P1", "S23"),
        ("P1", "S31"),
        ("P1", "S41"),
        ("P1", "S42"),
        ("P2", "S11"),
        ("P3", "S41"),
        ("P4", "S32"),
        ("R1", "S11"),
        ("R1", "S22"),
        ("R4", "S42"),
    ]
    .iter()
    .map(|(g, s)| (g.to_string(), s.to_string()))
    .collect();
    assert_eq!(pairs, expected);
    let evidence = |ground: &str, staff: &str| -> Vec<String> {
        let s = found.iter().find(|s| s["ground"] == ground && s["staff"] == staff).unwrap();
        s["evidence"].as_array().unwrap().iter().map(|e| e.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(evidence("P4", "S32"), ["CAPA-2026-0026"]);
    assert_eq!(evidence("R4", "S42"), ["CAPA-2026-0027"]);
    assert_eq!(evidence("P2", "S11"), ["SHEET-2026-03"]);
    assert_eq!(evidence("R1", "S11"), ["CMP-2026-0018", "RP-2026-0002", "INS-2026-0001"]);
    assert_eq!(evidence("R1", "S22"), ["INS-2026-0003"], "S22's later complaints are about others or things");
    assert_eq!(evidence("C3", "S12"), ["INS-2026-0002"]);
    // P1 against a count straight from the files: the people an analysis confirms as
    // complained about, where svc.toml marks the cause category as conduct.
    let config: toml::Value =
        toml::from_str(&std::fs::read_to_string(project_root().join("svc.toml")).unwrap()).unwrap();
    let conduct: std::collections::BTreeSet<&str> = config["complaints"]["cause_categories"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["conduct"].as_bool() == Some(true))
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let dir = project_root().join("records/complaints/2026");
    let mut complained_about = std::collections::BTreeSet::new();
    let mut responsible = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        let Some(a) = value.get("analysis") else { continue };
        responsible.insert(a["responsible"].as_str().unwrap().to_string());
        if conduct.contains(a["cause_category"].as_str().unwrap()) {
            for who in a.get("complained_about").and_then(|p| p.as_array()).into_iter().flatten() {
                complained_about.insert(who.as_str().unwrap().to_string());
            }
        }
    }
    let p1: std::collections::BTreeSet<String> =
        found.iter().filter(|s| s["ground"] == "P1").map(|s| s["staff"].as_str().unwrap().to_string()).collect();
    assert_eq!(p1, complained_about);
    assert!(responsible.len() > p1.len() + 3, "P1 no longer falls on every handler: {responsible:?} vs {p1:?}");
}
