//! Inspections at the posts (巡查, SC-4.1): who may record them, and the grounds of
//! commendation and penalty they are evidence for.

use crate::common::*;

#[test]
fn the_office_or_the_room_head_records_an_inspection() {
    let repo = TestRepo::new();
    let id =
        repo.ok("S10", &["inspection", "record", "--staff", "S12", "--rule", "廉潔", "--good", "--note", "婉拒禮品"]);
    assert_eq!(id, "INS-2026-0001");
    let text = repo.read("records/inspections/2026/INS-2026-0001.toml");
    assert!(
        text.contains("rule = \"integrity\"") && text.contains("good = true") && text.contains("by = \"S10\""),
        "{text}"
    );
    repo.ok("S02", &["inspection", "record", "--staff", "S22", "--rule", "post", "--note", "離崗閑談"]);
    // A room head of another room, the person themselves, a director, an empty note: refused.
    for (actor, staff, note, why) in [
        ("S20", "S12", "x", "may not record an inspection of S12"),
        ("S12", "S12", "x", "may not record an inspection of S12"),
        ("S02", "D01", "x", "directors are not inspected"),
        ("S02", "S12", " ", "the note is empty"),
    ] {
        let err = repo.refused(actor, &["inspection", "record", "--staff", staff, "--rule", "dress", "--note", note]);
        assert!(err.contains(why) && err.contains("[SC-4.1]"), "{actor} {staff}: {err}");
    }
    let list = repo.ok("S02", &["inspection", "list", "--staff", "S22", "--format", "csv", "--no-bom"]);
    assert!(list.contains("INS-2026-0002,2026-03-02,S22 趙國強,post,breach"), "{list}");
}

/// On the demo, suggestions rest on inspections for the grounds they support.
#[test]
fn suggestions_rest_on_inspections() {
    let json: serde_json::Value =
        serde_json::from_slice(&demo(&["conduct", "suggest", "--year", "2026", "--format", "json"])).unwrap();
    let rows = json.as_array().unwrap();
    let has = |ground: &str, staff: &str, evidence: &str| {
        rows.iter().any(|r| {
            r["ground"] == ground
                && r["staff"] == staff
                && r["evidence"].as_array().unwrap().iter().any(|e| e == evidence)
        })
    };
    assert!(has("C3", "S12", "INS-2026-0002"), "good integrity: C3");
    assert!(has("C2", "S31", "INS-2026-0004"), "other good conduct: C2");
    assert!(!has("P1", "S11", "INS-2026-0001"), "P1 is suggested on a customer's complaint, not an inspection");
    assert!(has("R1", "S22", "INS-2026-0003"), "a breach after an approved P1 criticism: R1");
    assert!(has("R1", "S11", "INS-2026-0001"), "S11's breach after the P1 criticism of February: R1");
    assert!(!has("R1", "S12", "INS-2026-0002"), "no R1 without a prior criticism (and a good observation)");
}

/// A proposal may rest on an inspection of the person, never on someone else's.
#[test]
fn a_proposal_rests_on_an_inspection_of_the_person() {
    let repo = TestRepo::demo_copy();
    let propose = |staff: &str, evidence: &str| {
        repo.svc()
            .args([
                "--date",
                "2026-11-27",
                "--as",
                "S02",
                "conduct",
                "propose",
                "--staff",
                staff,
                "--kind",
                "commendation",
            ])
            .args(["--ground", "C3", "--note", "婉拒禮品", "--evidence", evidence])
            .output()
            .unwrap()
    };
    let out = propose("S31", "INS-2026-0002");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("evidence INS-2026-0002 does not concern S31") && err.contains("[RP-1]"), "{err}");
    let out = propose("S12", "INS-2026-0002");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
