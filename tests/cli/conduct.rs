//! Commendations and penalties through the command line (RP-1 to RP-3).

use crate::common::*;

#[test]
fn propose_decide_notify() {
    let repo = TestRepo::new();
    let own = repo.ok(
        "S31",
        &["complaint", "new", "--channel", "in-person", "--room", "R3", "--praise", "S31", "--summary", "耐心"],
    );
    let praise = repo.ok(
        "S30",
        &["complaint", "new", "--channel", "in-person", "--room", "R3", "--praise", "S31", "--summary", "耐心"],
    );
    assert!(repo.read(&complaint_path(&praise)).contains("status = \"praise\""));
    let err = repo.refused("S31", &["complaint", "triage", &praise, "--ours"]);
    assert!(err.contains("[CC-2]"), "{err}");
    let propose = |evidence: &str| {
        vec![
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
        ]
        .into_iter()
        .chain([evidence])
        .map(String::from)
        .collect::<Vec<_>>()
    };
    let args = propose(&own);
    let err = repo.refused("S02", &args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(err.contains("someone else logged") && err.contains("[RP-1]"), "a praise they logged themselves: {err}");
    let args = propose(&praise);
    let id = repo.ok("S02", &args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(id, "RP-2026-0001");
    let err = repo.refused("D01", &["conduct", "decide", &id, "--approve"]);
    assert!(err.contains("[RP-1]") && err.contains("executive deputy director"), "{err}");
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

fn propose(staff: &str, kind: &str, ground: &str, evidence: &[&str]) -> Vec<String> {
    let mut args: Vec<String> =
        ["conduct", "propose", "--staff", staff, "--kind", kind, "--ground", ground, "--note", "事由"]
            .into_iter()
            .map(String::from)
            .collect();
    if !evidence.is_empty() {
        args.push("--evidence".into());
        args.extend(evidence.iter().map(|e| e.to_string()));
    }
    args
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

#[test]
fn refusals_cite_the_clause_and_write_nothing() {
    let repo = TestRepo::new();
    let (complaint, _) = repo.analysed();
    let criticism = repo.ok("S02", &strs(&propose("S11", "criticism", "p1", &[&complaint])));
    let before = repo.snapshot();
    let cases: Vec<(&str, Vec<String>, &str)> = vec![
        ("S02", propose("S11", "removal", "P1", &[&complaint]), "[RP-2]"),
        ("S02", propose("S11", "warning", "C1", &[]), "[RP-1]"),
        ("S02", propose("S11", "criticism", "R2", &[]), "[RP-3]"),
        ("S10", propose("S11", "criticism", "P1", &[&complaint]), "only the coordination office"),
        ("S02", propose("S11", "criticism", "P1", &[]), "needs evidence that shows it for S11"),
        ("S02", propose("S22", "criticism", "P1", &[&complaint]), "does not concern S22"),
        ("S02", propose("S11", "removal", "R1", &[&complaint]), "no approved criticism"),
        ("S02", propose("S11", "criticism", "P1", &[&complaint, "CMP-2026-0099"]), "does not exist"),
        ("S02", propose("S11", "warning", "P2", &["SHEET-2026-03"]), "not complete when this was proposed"),
        (
            "S02",
            propose("S11", "warning", "P2", &["SHEET-2026-02"]),
            "failed with at least one late arrival or early departure",
        ),
        ("D02", ["conduct", "decide", criticism.as_str(), "--approve"].map(String::from).to_vec(), "[RP-2]"),
        ("S02", vec!["conduct".into(), "notify".into(), criticism.clone()], "only an approved decision"),
    ];
    for (actor, args, needle) in cases {
        let err = repo.refused(actor, &strs(&args));
        assert!(err.contains(needle), "{args:?}: expected `{needle}` in {err}");
        assert_eq!(repo.snapshot(), before, "{args:?} wrote something");
    }
    // Once the deputy director approves the criticism, a further complaint after it is R1.
    repo.ok("D01", &["conduct", "decide", &criticism, "--approve"]);
    let err = repo.refused("S02", &strs(&propose("S11", "removal", "R1", &[&complaint, &criticism])));
    assert!(err.contains("received after an approved P1 criticism"), "the complaint came before it: {err}");
    let later = repo.ok(
        "S11",
        &[
            "--date",
            "2026-03-03",
            "complaint",
            "new",
            "--channel",
            "in-person",
            "--room",
            "R1",
            "--summary",
            "又態度差",
            "--about",
            "S11",
        ],
    );
    repo.ok("S11", &["--date", "2026-03-03", "complaint", "triage", &later, "--ours"]);
    repo.ok(
        "S02",
        &[
            "--date",
            "2026-03-03",
            "complaint",
            "analyse",
            &later,
            "--cause-category",
            "attitude",
            "--cause",
            "再犯",
            "--responsible",
            "S11",
        ],
    );
    let mut args = vec!["--date".to_string(), "2026-03-04".to_string()];
    args.extend(propose("S11", "removal", "R1", &[&later, &criticism]));
    repo.ok("S02", &strs(&args));
}

#[test]
fn check_enforces_deciders_and_evidence() {
    let repo = TestRepo::new();
    let (complaint, _) = repo.analysed();
    let id = repo.ok("S02", &strs(&propose("S11", "criticism", "P1", &[&complaint])));
    repo.ok("D01", &["conduct", "decide", &id, "--approve"]);
    let path = conduct_path(&id);
    let text = repo.read(&path);
    let check = |repo: &TestRepo| String::from_utf8(repo.svc().arg("check").output().unwrap().stdout).unwrap();
    repo.write(&path, text.replace("by = \"D01\"", "by = \"D02\""));
    let out = check(&repo);
    assert!(
        out.contains("error[RP-2]: deputy director (deputy-director) decides criticism under RP-2; D02 is"),
        "{out}"
    );
    repo.write(&path, text.replace("kind = \"criticism\"", "kind = \"commendation\""));
    let out = check(&repo);
    assert!(
        out.contains("ground P1 (RP-2) calls for criticism, warning or circulated-criticism, not commendation"),
        "{out}"
    );
    repo.write(&path, text.replace(&format!("evidence = [\"{complaint}\"]"), "evidence = [\"CAPA-2026-0042\"]"));
    let out = check(&repo);
    assert!(out.contains("evidence CAPA-2026-0042 does not exist"), "{out}");
    assert!(out.contains("P1 needs evidence that shows it for S11"), "{out}");
}

/// RP-2: an approved circulated criticism is circulated, once, by the office; RP-3: an
/// approved removal is notified to the seconding unit. Until then, check says so.
#[test]
fn circulation_and_removal_notices_are_recorded() {
    let repo = TestRepo::demo_copy();
    let run = |actor: &str, args: &[&str]| {
        repo.svc().args(["--date", "2026-11-27", "--as", actor]).args(args).output().unwrap()
    };
    let warned = |rule: &str| {
        let out = repo.svc().args(["--date", "2026-11-27", "check", "--format", "json"]).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == rule).count()
    };
    let out = run(
        "S02",
        &[
            "conduct",
            "propose",
            "--staff",
            "S11",
            "--kind",
            "circulated-criticism",
            "--ground",
            "P2",
            "--note",
            "三月考勤不合格，經警告仍遲到",
            "--evidence",
            "SHEET-2026-03",
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let out = run("D01", &["conduct", "decide", &id, "--approve"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("svc conduct circulate {id}")));
    assert_eq!(warned("conduct.circulated"), 1);
    let out = run("S11", &["conduct", "circulate", &id]);
    assert_eq!(out.status.code(), Some(1), "only the office circulates");
    assert!(run("S02", &["conduct", "circulate", &id, "--note", "中心公告欄"]).status.success());
    assert_eq!(warned("conduct.circulated"), 0);
    assert!(repo.read(&conduct_path(&id)).contains("[circulated]"));
    let again = run("S02", &["conduct", "circulate", &id]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("already circulated"), "once");
    let commendation = run("S02", &["conduct", "circulate", "RP-2026-0005"]);
    let err = String::from_utf8_lossy(&commendation.stderr);
    assert!(err.contains("only an approved circulated criticism") && err.contains("[RP-1]"), "{err}");
    // The removal of S42 (RP-3), approved: the seconding unit is told.
    assert!(run("D02", &["conduct", "decide", "RP-2026-0007", "--approve"]).status.success());
    assert_eq!(warned("conduct.removal-notified"), 1);
    assert!(run("S02", &["conduct", "notify", "RP-2026-0007"]).status.success());
    assert_eq!(warned("conduct.removal-notified"), 0);
}
