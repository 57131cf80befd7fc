//! Commendations and penalties through the command line (RP-1 to RP-3).

mod common;

use common::*;


#[test]
fn propose_decide_notify() {
    let repo = TestRepo::new();
    let praise = repo.ok(
        "S31",
        &["complaint", "new", "--channel", "in-person", "--room", "R3", "--praise", "S31", "--summary", "耐心"],
    );
    assert!(repo.read(&complaint_path(&praise)).contains("status = \"praise\""));
    let err = repo.refused("S31", &["complaint", "triage", &praise, "--ours"]);
    assert!(err.contains("[CC-2]"), "{err}");
    let id = repo.ok(
        "S02",
        &[
            "conduct",
            "propose",
            "--staff",
            "S31",
            "--kind",
            "commendation",
            "--ground",
            "C1",
            "--note",
            "客戶表揚",
            "--evidence",
            &praise,
        ],
    );
    assert_eq!(id, "RP-2026-0001");
    let err = repo.refused("D01", &["conduct", "decide", &id, "--approve"]);
    assert!(err.contains("[RP-1]") && err.contains("中心常務副主任"), "{err}");
    repo.ok("D02", &["conduct", "decide", &id, "--approve"]);
    let out = repo.svc().args(["check"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("warning[RP-1]: approved commendation not yet sent"));
    repo.ok("S02", &["conduct", "notify", &id]);
    let text = repo.read(&conduct_path(&id));
    assert!(text.contains("[notified]") && text.contains("unit = \"海關\""), "the unit comes from svc.toml: {text}");
    repo.svc().args(["check", "--deny-warnings"]).assert().success();
    let history = repo.ok("S02", &["conduct", "history", "S31", "--format", "csv", "--no-bom"]);
    assert_eq!(history.lines().count(), 2, "{history}");
}

#[test]
fn refusals_cite_the_clause_and_write_nothing() {
    let repo = TestRepo::new();
    let criticism = repo.ok(
        "S02",
        &["conduct", "propose", "--staff", "S22", "--kind", "criticism", "--ground", "p1", "--note", "態度差"],
    );
    let before = repo.snapshot();
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        (
            "S02",
            vec!["conduct", "propose", "--staff", "S22", "--kind", "removal", "--ground", "P1", "--note", "x"],
            "[RP-2]",
        ),
        (
            "S02",
            vec!["conduct", "propose", "--staff", "S22", "--kind", "warning", "--ground", "C1", "--note", "x"],
            "[RP-1]",
        ),
        (
            "S02",
            vec!["conduct", "propose", "--staff", "S22", "--kind", "criticism", "--ground", "R2", "--note", "x"],
            "[RP-3]",
        ),
        (
            "S10",
            vec!["conduct", "propose", "--staff", "S11", "--kind", "criticism", "--ground", "P1", "--note", "x"],
            "only the coordination office",
        ),
        (
            "S02",
            vec!["conduct", "propose", "--staff", "S22", "--kind", "removal", "--ground", "R1", "--note", "x"],
            "no approved criticism",
        ),
        (
            "S02",
            vec![
                "conduct",
                "propose",
                "--staff",
                "S22",
                "--kind",
                "criticism",
                "--ground",
                "P1",
                "--note",
                "x",
                "--evidence",
                "CMP-2026-0099",
            ],
            "does not exist",
        ),
        (
            "S02",
            vec![
                "conduct",
                "propose",
                "--staff",
                "S22",
                "--kind",
                "warning",
                "--ground",
                "P2",
                "--note",
                "x",
                "--evidence",
                "SHEET-2026-03",
            ],
            "not complete yet",
        ),
        ("D02", vec!["conduct", "decide", &criticism, "--approve"], "[RP-2]"),
        ("S02", vec!["conduct", "notify", &criticism], "only an approved decision"),
    ];
    for (actor, args, needle) in cases {
        let err = repo.refused(actor, &args);
        assert!(err.contains(needle), "{args:?}: expected `{needle}` in {err}");
        assert_eq!(repo.snapshot(), before, "{args:?} wrote something");
    }
    // Once the deputy director approves the criticism, R1 can rest on it.
    repo.ok("D01", &["conduct", "decide", &criticism, "--approve"]);
    repo.ok(
        "S02",
        &[
            "--date",
            "2026-03-03",
            "conduct",
            "propose",
            "--staff",
            "S22",
            "--kind",
            "removal",
            "--ground",
            "R1",
            "--note",
            "屢教不改",
            "--evidence",
            &criticism,
        ],
    );
}

#[test]
fn check_enforces_deciders_and_evidence() {
    let repo = TestRepo::new();
    let id = repo.ok(
        "S02",
        &["conduct", "propose", "--staff", "S22", "--kind", "criticism", "--ground", "P1", "--note", "態度差"],
    );
    repo.ok("D01", &["conduct", "decide", &id, "--approve"]);
    let path = conduct_path(&id);
    let text = repo.read(&path);
    repo.write(&path, text.replace("by = \"D01\"", "by = \"D02\""));
    let out = String::from_utf8(repo.svc().arg("check").output().unwrap().stdout).unwrap();
    assert!(out.contains("error[RP-2]: RP-2 is decided by the deputy-director, not D02"), "{out}");
    repo.write(&path, text.replace("kind = \"criticism\"", "kind = \"commendation\""));
    let out = String::from_utf8(repo.svc().arg("check").output().unwrap().stdout).unwrap();
    assert!(out.contains("ground P1 calls for criticism, warning or circulated-criticism, not commendation"), "{out}");
    repo.write(&path, text.replace("evidence = []", "evidence = [\"CAPA-2026-0042\"]"));
    let out = String::from_utf8(repo.svc().arg("check").output().unwrap().stdout).unwrap();
    assert!(out.contains("evidence CAPA-2026-0042 does not exist"), "{out}");
}
