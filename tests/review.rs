//! The management review (CC-4.8): the coordination office head submits the year's
//! statistics; the submission keeps a digest of the figures.

mod common;

use common::*;

fn run(repo: &TestRepo, day: &str, actor: &str, args: &[&str]) -> std::process::Output {
    repo.svc().args(["--date", day, "--as", actor]).args(args).output().unwrap()
}

fn findings(repo: &TestRepo, day: &str, rule: &str) -> Vec<serde_json::Value> {
    let out = repo.svc().args(["--date", day, "check", "--format", "json"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == rule).cloned().collect()
}

#[test]
fn the_office_head_submits_once_and_the_figures_are_kept() {
    let repo = TestRepo::new();
    let out =
        run(&repo, "2026-03-02", "S12", &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "x"]);
    assert!(out.status.success());
    let out = run(&repo, "2026-03-04", "S02", &["stats", "yearly", "--year", "2026", "--submit"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("coordination office head") && err.contains("[CC-4.8]"), "{err}");
    let out = run(&repo, "2026-03-04", "S01", &["stats", "yearly", "--year", "2026", "--submit"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "REV-2026-0001");
    let text = repo.read("records/reviews/2026/REV-2026-0001.toml");
    assert!(text.contains("year = 2026") && text.contains("complaints = 1") && text.contains("by = \"S01\""), "{text}");
    let digest = text.lines().find_map(|l| l.strip_prefix("digest = \"")).unwrap().trim_end_matches('"').to_string();
    assert_eq!(digest.len(), 64);
    assert!(digest.chars().all(|c| c.is_ascii_hexdigit()));
    assert!(
        findings(&repo, "2026-03-05", "review.figures-unchanged").is_empty(),
        "the digest is what the records give"
    );
    let out = run(&repo, "2026-03-05", "S01", &["stats", "yearly", "--year", "2026", "--submit"]);
    assert_eq!(out.status.code(), Some(1), "once a year");
    // A complaint received before the submission but logged after it changes the figures.
    let out = run(
        &repo,
        "2026-03-05",
        "S12",
        &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "y", "--received", "2026-03-03"],
    );
    assert!(out.status.success(), "a warning never refuses a step: {}", String::from_utf8_lossy(&out.stderr));
    let changed = findings(&repo, "2026-03-05", "review.figures-unchanged");
    assert_eq!(changed.len(), 1, "{changed:#?}");
    assert_eq!(changed[0]["file"], "records/reviews/2026/REV-2026-0001.toml");
}

#[test]
fn a_year_not_submitted_in_time_is_reported() {
    let repo = TestRepo::new();
    assert!(
        run(&repo, "2026-03-02", "S12", &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "x"])
            .status
            .success()
    );
    assert!(findings(&repo, "2027-01-04", "review.submitted").is_empty(), "within the policy's working days");
    let missing = findings(&repo, "2027-03-01", "review.submitted");
    assert_eq!(missing.len(), 1, "{missing:#?}");
    assert!(missing[0]["message"].as_str().unwrap().contains("2026"));
    assert_eq!(missing[0]["file"], "svc.toml");
}
