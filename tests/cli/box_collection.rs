//! The complaint box (CC-4.2): collections by the coordination office on working days,
//! box forms traced to their collection, and the checks on both.

use crate::common::*;

fn at(repo: &TestRepo, day: &str, actor: &str, args: &[&str]) -> std::process::Output {
    repo.svc().args(["--date", day, "--as", actor]).args(args).output().unwrap()
}

#[test]
fn the_office_empties_the_box_once_a_working_day() {
    let repo = TestRepo::new();
    let out = at(&repo, "2026-03-02", "S02", &["box", "collect", "--forms", "1"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "BOX-2026-0001");
    let text = repo.read("records/box/2026/BOX-2026-0001.toml");
    assert!(text.starts_with("#:schema ../../../schemas/box.schema.json\n"), "{text}");
    assert!(text.contains("day = 2026-03-02") && text.contains("forms = 1") && text.contains("by = \"S02\""), "{text}");
    for (day, actor, why) in [
        ("2026-03-02", "S03", "already emptied on 2026-03-02"),
        ("2026-03-07", "S02", "not a working day"),
        ("2026-03-03", "S11", "coordination office"),
    ] {
        let out = at(&repo, day, actor, &["box", "collect"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{day} {actor}: {err}");
        assert!(err.contains(why) && err.contains("[CC-4.2]"), "{err}");
    }
    assert!(!repo.path().join("records/box/2026/BOX-2026-0002.toml").exists(), "a refused step writes nothing");
}

#[test]
fn a_box_form_names_its_collection() {
    let repo = TestRepo::new();
    assert!(at(&repo, "2026-03-02", "S02", &["box", "collect", "--forms", "2"]).status.success());
    // Logged the next day without --collected: the latest collection is where it came from.
    let out = at(
        &repo,
        "2026-03-03",
        "S02",
        &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "等候過久"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(repo.read(&complaint_path("CMP-2026-0001")).contains("collected = 2026-03-02"));
    // A day without a collection is refused with what to do.
    let out = at(
        &repo,
        "2026-03-03",
        "S02",
        &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x", "--collected", "2026-03-03"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("no collection of the complaint box is recorded on 2026-03-03") && err.contains("[CC-4.2]"),
        "{err}"
    );
    // Not a box form: no collection day.
    let out =
        at(&repo, "2026-03-03", "S02", &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "x"]);
    assert!(out.status.success());
    assert!(!repo.read(&complaint_path("CMP-2026-0002")).contains("collected"));
    let list =
        String::from_utf8(repo.svc().args(["box", "list", "--format", "csv", "--no-bom"]).output().unwrap().stdout)
            .unwrap();
    assert!(list.contains("BOX-2026-0001,2026-03-02,S02 陳佩珊,2,1,"), "{list}");
}

#[test]
fn check_warns_on_a_missed_day_and_on_more_forms_than_found() {
    let repo = TestRepo::new();
    assert!(at(&repo, "2026-03-02", "S02", &["box", "collect", "--forms", "0"]).status.success());
    assert!(at(&repo, "2026-03-04", "S03", &["box", "collect", "--forms", "0"]).status.success());
    let out =
        at(&repo, "2026-03-04", "S02", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    assert!(out.status.success());
    let check = repo.svc().args(["--date", "2026-03-05", "check", "--format", "json"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let of = |rule: &str| findings.iter().filter(|f| f["rule"] == rule).collect::<Vec<_>>();
    let missed = of("box.collected-daily");
    assert_eq!(missed.len(), 1, "{findings:#?}");
    assert!(missed[0]["message"].as_str().unwrap().contains("2026-03-03"));
    assert_eq!(missed[0]["clause"], "CC-4.2");
    let counted = of("box.forms-counted");
    assert_eq!(counted.len(), 1, "{findings:#?}");
    assert_eq!(counted[0]["file"], "records/box/2026/BOX-2026-0002.toml");
    assert_eq!(check.status.code(), Some(0), "warnings only");
}
