//! The management review (CC-4.8): the coordination office head submits the year's
//! statistics; the submission keeps a digest of the figures.

use crate::common::*;

fn run(repo: &TestRepo, day: &str, actor: &str, args: &[&str]) -> std::process::Output {
    repo.svc().args(["--date", day, "--as", actor]).args(args).output().unwrap()
}

fn findings(repo: &TestRepo, day: &str, rule: &str) -> Vec<serde_json::Value> {
    let out = repo.svc().args(["--date", day, "check", "--format", "json"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == rule).cloned().collect()
}

/// CC-4.8 as read after the second review: the year's statistics are submitted by the office
/// head once the year is complete (on or after 1 January of the next year), with everything
/// known that day about the year's complaints; a resubmission gives its reason and
/// supersedes the latest one, which is kept.
#[test]
fn the_office_head_submits_after_the_year_and_a_resubmission_supersedes() {
    let repo = TestRepo::new();
    let new = ["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "x"];
    assert!(run(&repo, "2025-12-29", "S12", &new).status.success());
    let submit = ["stats", "yearly", "--year", "2025", "--submit"];
    let out = run(&repo, "2025-12-31", "S01", &submit);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("before the year ended") && err.contains("2026-01-01") && err.contains("[CC-4.8]"), "{err}");
    let out = run(&repo, "2026-01-05", "S02", &submit);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("coordination office head") && err.contains("[CC-4.8]"), "{err}");
    let out = run(&repo, "2026-01-05", "S01", &submit);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "REV-2026-0001");
    let text = repo.read("records/reviews/2026/REV-2026-0001.toml");
    assert!(text.contains("year = 2025") && text.contains("complaints = 1") && text.contains("by = \"S01\""), "{text}");
    assert!(!text.contains("supersedes"), "the first submission supersedes nothing: {text}");
    let digest = text.lines().find_map(|l| l.strip_prefix("digest = \"")).unwrap().trim_end_matches('"').to_string();
    assert_eq!(digest.len(), 64);
    assert!(digest.chars().all(|c| c.is_ascii_hexdigit()));
    assert!(
        findings(&repo, "2026-01-06", "review.figures-unchanged").is_empty(),
        "the digest is what the records give"
    );
    // January's triage is known on the next report day: a resubmission, with its reason.
    assert!(run(&repo, "2026-01-06", "S11", &["complaint", "triage", "CMP-2025-0001", "--ours"]).status.success());
    let out = run(&repo, "2026-01-07", "S01", &submit);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("--reason") && err.contains("REV-2026-0001"), "{err}");
    let out = run(&repo, "2026-01-07", "S01", &[&submit[..], &["--reason", "一月完成責任判定"]].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let second = repo.read("records/reviews/2026/REV-2026-0002.toml");
    assert!(
        second.contains("supersedes = \"REV-2026-0001\"") && second.contains("reason = \"一月完成責任判定\""),
        "{second}"
    );
    assert_eq!(repo.read("records/reviews/2026/REV-2026-0001.toml"), text, "the earlier submission is kept");
    assert!(findings(&repo, "2026-01-08", "review.figures-unchanged").is_empty());
    assert!(findings(&repo, "2026-01-08", "review.supersedes").is_empty());
    // A complaint received before the submissions but logged after them changes the figures.
    let late = [&new[..], &["--received", "2025-12-30"]].concat();
    let out = run(&repo, "2026-01-08", "S12", &late);
    assert!(out.status.success(), "a warning never refuses a step: {}", String::from_utf8_lossy(&out.stderr));
    let changed = findings(&repo, "2026-01-08", "review.figures-unchanged");
    assert_eq!(changed.len(), 2, "{changed:#?}");
    assert_eq!(changed[0]["file"], "records/reviews/2026/REV-2026-0001.toml");
}

#[test]
fn a_review_submitted_before_the_year_ended_is_an_error_naming_the_fix() {
    let repo = TestRepo::new();
    repo.write(
        "records/reviews/2026/REV-2026-0001.toml",
        "id = \"REV-2026-0001\"\nyear = 2026\nsubmitted = 2026-11-27\nby = \"S01\"\ncomplaints = 0\ndigest = \"00\"\n",
    );
    let early = findings(&repo, "2026-11-30", "review.after-year-end");
    assert_eq!(early.len(), 1, "{early:#?}");
    let message = early[0]["message"].as_str().unwrap();
    assert!(message.contains("2027-01-01") && message.contains("git rm"), "{message}");
    assert_eq!(early[0]["clause"], "CC-4.8");
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
