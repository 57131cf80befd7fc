//! The hand edits a step would have refused, made to the demo records in an editor: each one
//! fails `svc check` with the right clause, rule and file (issue: one rule set). And the
//! registry itself: `--list-rules` lists every rule, `docs/procedures.md` is generated
//! from it.

use crate::common::*;
use serde_json::Value;
use toml_edit::{DocumentMut, value};

/// Applies `edit` to `file` of a fresh demo copy; asserts check exits 1 with a finding of
/// `rule` under `clause` in that file.
fn assert_caught(file: &str, edit: impl FnOnce(&mut DocumentMut), clause: &str, rule: &str) {
    let repo = TestRepo::demo_copy();
    let (code, before) = repo.check_json();
    assert_eq!(code, 0, "the demo passes before the edit: {before:?}");
    repo.edit(file, edit);
    let (code, findings) = repo.check_json();
    let hit = findings.iter().find(|f| f["file"] == file && f["rule"] == rule);
    let Some(hit) = hit else { panic!("no {rule} in {file}; findings: {findings:#?}") };
    assert_eq!(hit["clause"], clause, "{hit}");
    assert_eq!(hit["severity"], "error", "{hit}");
    assert_eq!(code, 1, "an error fails the build");
}

fn date(s: &str) -> toml_edit::Item {
    value(s.parse::<toml_edit::Datetime>().unwrap())
}

#[test]
fn sc_3_2_form_logged_before_the_clerk_was_qualified() {
    // S52 (R5) is qualified from 2026-01-12; CMP-2026-0001 was received 2026-01-06.
    assert_caught(
        &complaint_path("CMP-2026-0001"),
        |d| d["logged_by"] = value("S52"),
        "SC-3.2",
        "people.window-staff-qualified",
    );
}

#[test]
fn sc_3_2_triage_by_a_clerk_not_yet_qualified() {
    // S23 (R2) is qualified from 2026-02-02; CMP-2026-0002 (R2) was triaged in January.
    assert_caught(
        &complaint_path("CMP-2026-0002"),
        |d| d["triage"]["by"] = value("S23"),
        "SC-3.2",
        "people.window-staff-qualified",
    );
}

#[test]
fn cc_4_1_a_director_does_not_log_forms() {
    assert_caught(
        &complaint_path("CMP-2026-0003"),
        |d| d["logged_by"] = value("D01"),
        "CC-4.1",
        "complaint.logged-by-unit",
    );
}

#[test]
fn cc_4_4_an_action_done_by_someone_else() {
    assert_caught(
        &capa_path("CAPA-2026-0001"),
        |d| d["rounds"][0]["actions"][0]["done_by"] = value("S12"),
        "CC-4.4",
        "capa.actions-done-by-responsible",
    );
}

#[test]
fn att_3_slip_entered_by_another_rooms_head() {
    assert_caught(&leave_path("LV-2026-0003"), |d| d["requested_by"] = value("S10"), "ATT-3", "leave.entered-by");
}

#[test]
fn att_4_slip_cancelled_after_the_leave_was_taken() {
    // LV-2026-0012 (annual) was cancelled on 2026-11-20; move the leave before that.
    assert_caught(
        &leave_path("LV-2026-0012"),
        |d| {
            d["from"] = value("2026-11-19T09:00:00".parse::<toml_edit::Datetime>().unwrap());
            d["to"] = value("2026-11-19T17:30:00".parse::<toml_edit::Datetime>().unwrap());
        },
        "ATT-4",
        "leave.cancelled-before-start",
    );
}

#[test]
fn att_3_slip_still_pending_after_its_leave_ended() {
    // LV-2026-0014 waits for the room head; move its two days before the report day.
    assert_caught(
        &leave_path("LV-2026-0014"),
        |d| {
            d["from"] = value("2026-11-25T09:00:00".parse::<toml_edit::Datetime>().unwrap());
            d["to"] = value("2026-11-26T17:30:00".parse::<toml_edit::Datetime>().unwrap());
        },
        "ATT-3",
        "leave.decided-before-end",
    );
}

#[test]
fn rp_2_reminder_before_anything_was_overdue() {
    // CAPA-2026-0026's action was due 2026-08-12.
    assert_caught(
        &capa_path("CAPA-2026-0026"),
        |d| d["reminders"][0]["on"] = date("2026-08-10"),
        "RP-2",
        "capa.reminder-when-overdue",
    );
}

#[test]
fn rp_2_reminder_on_an_effective_capa() {
    assert_caught(
        &capa_path("CAPA-2026-0001"),
        |d| {
            let mut reminders = toml_edit::ArrayOfTables::new();
            let mut r = toml_edit::Table::new();
            r["number"] = value(1);
            r["on"] = date("2026-02-02");
            r["by"] = value("S02");
            r["overdue"] = value("");
            reminders.push(r);
            d["reminders"] = toml_edit::Item::ArrayOfTables(reminders);
        },
        "RP-2",
        "capa.reminder-when-overdue",
    );
}

#[test]
fn rp_2_two_reminders_on_one_day() {
    assert_caught(
        &capa_path("CAPA-2026-0027"),
        |d| d["reminders"][1]["on"] = date("2026-06-15"),
        "RP-2",
        "capa.reminder-once-a-day",
    );
}

#[test]
fn rp_2_a_sheet_cited_before_its_month_ended() {
    // RP-2026-0002 was proposed on 2026-04-08: April's sheet did not exist yet.
    assert_caught(
        &conduct_path("RP-2026-0002"),
        |d| d["evidence"] = value(toml_edit::Array::from_iter(["SHEET-2026-04"])),
        "RP-2",
        "conduct.evidence-concerns-person",
    );
}

#[test]
fn rp_2_a_conduct_record_moved_to_another_person() {
    assert_caught(
        &conduct_path("RP-2026-0001"),
        |d| d["staff"] = value("S21"),
        "RP-2",
        "conduct.evidence-concerns-person",
    );
}

#[test]
fn cc_6_a_complaint_given_a_capas_id_is_reported_at_the_complaint_file() {
    assert_caught(
        &complaint_path("CMP-2026-0003"),
        |d| d["id"] = value("CAPA-2026-0003"),
        "CC-6",
        "file.id-matches-file",
    );
    // The duplicate id names both files.
    let repo = TestRepo::demo_copy();
    repo.edit(&complaint_path("CMP-2026-0003"), |d| d["id"] = value("CAPA-2026-0003"));
    let (_, findings) = repo.check_json();
    let dup: Vec<&Value> = findings.iter().filter(|f| f["rule"] == "file.id-unique").collect();
    let files: Vec<&str> = dup.iter().map(|f| f["file"].as_str().unwrap()).collect();
    assert!(files.contains(&complaint_path("CMP-2026-0003").as_str()), "{dup:?}");
    assert!(files.contains(&capa_path("CAPA-2026-0003").as_str()), "{dup:?}");
}

#[test]
fn a_file_with_several_problems_reports_each() {
    let repo = TestRepo::demo_copy();
    let file = complaint_path("CMP-2026-0004");
    let text = repo.read(&file).replace("channel = \"in-person\"", "channel = 3\ncolour = \"red\"");
    repo.write(&file, text.replace("logged_by = \"S51\"", "logged_by = \"S51\"\nsumary = \"typo\""));
    let (code, findings) = repo.check_json();
    assert_eq!(code, 1);
    let here: Vec<&Value> = findings.iter().filter(|f| f["file"] == file.as_str()).collect();
    let messages: Vec<&str> = here.iter().map(|f| f["message"].as_str().unwrap()).collect();
    assert!(messages.iter().any(|m| m.contains("colour")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("sumary") && m.contains("did you mean `summary`")), "{messages:?}");
    assert!(messages.iter().any(|m| m.starts_with("`channel`")), "{messages:?}");
    let lines: Vec<u64> = here.iter().map(|f| f["line"].as_u64().unwrap()).collect();
    let mut distinct = lines.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), 3, "each at its own line: {here:#?}");
}

#[test]
fn list_rules_names_every_rule_with_its_clause() {
    let out = TestRepo::new().svc().args(["check", "--list-rules", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let rules: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rules.len() > 50, "{}", rules.len());
    let mut names: Vec<&str> = rules.iter().map(|r| r["name"].as_str().unwrap()).collect();
    for r in &rules {
        assert!(r["clause"].as_str().is_some_and(|c| !c.is_empty()), "{r}");
        assert!(["error", "warning"].contains(&r["severity"].as_str().unwrap()), "{r}");
        assert!(["recorded", "today", "history"].contains(&r["when"].as_str().unwrap()), "{r}");
        assert!(!r["summary"].as_str().unwrap().is_empty(), "{r}");
    }
    let total = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), total, "rule names are unique");
    let table = TestRepo::new().svc().args(["check", "--list-rules"]).output().unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("capa.reminder-when-overdue") && text.contains("RP-2"), "{text}");
}

#[test]
fn procedures_doc_is_generated_from_the_registry() {
    let out = TestRepo::new().svc().args(["check", "--procedures"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let committed = std::fs::read_to_string(project_root().join("docs/procedures.md")).unwrap();
    assert!(
        String::from_utf8(out.stdout).unwrap() == committed,
        "docs/procedures.md drifted from the rules: regenerate with `cargo run -- check --procedures > docs/procedures.md`"
    );
}

/// `svc check` runs a record's own text rules as it reads the file and then drops the text
/// (issue 20: memory): blank texts are still each reported at their own line, with their
/// rule and clause, among the findings of the cross-record rules.
#[test]
fn blank_texts_are_reported_at_their_lines_though_check_drops_the_text() {
    let repo = TestRepo::demo_copy();
    let (complaint, capa) = ("records/complaints/2026/CMP-2026-0001.toml", "records/capa/2026/CAPA-2026-0001.toml");
    repo.edit(complaint, |d| {
        d["summary"] = value(" ");
        d["analysis"]["cause"] = value("");
        d["closing"]["result"] = value("");
    });
    repo.edit(capa, |d| {
        d["rounds"][0]["actions"][1]["text"] = value("");
        d["rounds"][0]["verification"]["note"] = value("");
    });
    let line_of = |file: &str, key: &str, nth: usize| {
        let text = repo.read(file);
        1 + text.lines().enumerate().filter(|(_, l)| l.starts_with(&format!("{key} = "))).nth(nth).unwrap().0
    };
    let (code, findings) = repo.check_json();
    assert_eq!(code, 1, "{findings:#?}");
    let expected = [
        (complaint, "complaint.summary-written", "CC-4.1", line_of(complaint, "summary", 0)),
        (complaint, "complaint.cause-recorded", "CC-4.3", line_of(complaint, "cause", 0)),
        (complaint, "complaint.closed-when-resolved", "CC-4.7", line_of(complaint, "result", 0)),
        (capa, "capa.actions-planned", "CC-4.4", line_of(capa, "text", 1)),
        (capa, "capa.verified-by-office", "CC-4.5", line_of(capa, "note", 0)),
    ];
    for (file, rule, clause, line) in expected {
        let hit = findings.iter().find(|f| f["file"] == file && f["rule"] == rule && f["line"] == line);
        let Some(hit) = hit else { panic!("no {rule} at {file}:{line}; findings: {findings:#?}") };
        assert_eq!((hit["clause"].as_str(), hit["severity"].as_str()), (Some(clause), Some("error")), "{hit}");
    }
    let errors = findings.iter().filter(|f| f["severity"] == "error").count();
    assert_eq!(errors, expected.len(), "each blank text once, nothing else: {findings:#?}");
}
