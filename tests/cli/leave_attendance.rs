//! Leave slips (ATT-2 to ATT-4) and attendance (ATT-1, ATT-5) through the command line, on
//! the demo centre's calendar: weekends, the 2026 holidays and make-up working days (調休).

use crate::common::*;

/// Requests leave as the applicant; returns (id, stderr).
fn request(repo: &TestRepo, staff: &str, kind: &str, from: &str, to: &str) -> (String, String) {
    let out = repo
        .svc()
        .args([
            "--as", staff, "leave", "request", "--staff", staff, "--kind", kind, "--from", from, "--to", to,
            "--reason", "事由",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8(out.stdout).unwrap().trim().to_string(), String::from_utf8(out.stderr).unwrap())
}

fn band(repo: &TestRepo, id: &str) -> String {
    let text = repo.read(&leave_path(id));
    let line = text.lines().find(|l| l.starts_with("band = ")).unwrap();
    line.trim_start_matches("band = ").trim_matches('"').to_string()
}

#[test]
fn att_3_staff_routes_at_their_boundaries() {
    let repo = TestRepo::new();
    let cases = [
        // (from, to, working days, band)
        ("2026-03-02 am", "2026-03-02 am", "0.5", "staff-notice"), // exactly half a day
        ("2026-03-03 09:00", "2026-03-03 13:40", "0.52", "staff-short"), // just over half a day
        ("2026-03-04", "2026-03-04", "1", "staff-short"),          // exactly one day
        ("2026-03-05", "2026-03-06 am", "1.5", "staff-long"),      // over one day
        ("2026-03-13 pm", "2026-03-16 am", "1", "staff-short"),    // Fri pm + Mon am: the weekend is not worked
    ];
    for (i, (from, to, days, expected)) in cases.iter().enumerate() {
        let (id, stderr) = request(&repo, "S11", "personal", from, to);
        assert_eq!(id, format!("LV-2026-{:04}", i + 1));
        assert!(stderr.contains(&format!("= {days} working day")), "{from}..{to}: {stderr}");
        assert_eq!(band(&repo, &id), *expected, "{from}..{to}");
    }
}

#[test]
fn att_2_room_head_routes_at_their_boundaries() {
    let repo = TestRepo::new();
    let cases = [
        ("2026-03-02", "2026-03-02", "room-head-notice"),   // exactly one day
        ("2026-03-03", "2026-03-04 am", "room-head-short"), // 1.5 days
        ("2026-03-09", "2026-03-11", "room-head-short"),    // exactly three days
        ("2026-03-16", "2026-03-19 am", "room-head-long"),  // 3.5 days
    ];
    for (from, to, expected) in cases {
        let (id, _) = request(&repo, "S10", "personal", from, to);
        assert_eq!(band(&repo, &id), expected, "{from}..{to}");
    }
    let (id, stderr) = request(&repo, "S10", "personal", "2026-03-23", "2026-03-23");
    assert!(stderr.contains("phone notice to the coordination office"), "{stderr}");
    let err = repo.refused("S02", &["leave", "approve", &id]);
    assert!(err.contains("notice") && err.contains("[ATT-2]"), "{err}");
}

#[test]
fn holidays_and_makeup_days_count_as_the_calendar_says() {
    let repo = TestRepo::new();
    // Thu 2026-09-24 to Mon 2026-09-28: Fri 25 is 中秋節, then the weekend: 2 working days.
    let (_, stderr) = request(&repo, "S21", "sick", "2026-09-24", "2026-09-28");
    assert!(stderr.contains("= 2 working day"), "{stderr}");
    // Fri 2026-10-09 to Sun 2026-10-11: Sat 10 is a make-up working day: 2 working days.
    let (_, stderr) = request(&repo, "S22", "personal", "2026-10-09", "2026-10-11");
    assert!(stderr.contains("= 2 working day"), "{stderr}");
    // Room head across 國慶節: 2026-09-30 to 2026-10-09 holds Sep 30, Oct 8, 9: 3 days, not over 3.
    let (id, stderr) = request(&repo, "S20", "personal", "2026-09-30", "2026-10-09");
    assert!(stderr.contains("= 3 working day"), "{stderr}");
    assert_eq!(band(&repo, &id), "room-head-short");
    // Holding no working time at all is refused.
    let err = repo.refused(
        "S12",
        &[
            "leave",
            "request",
            "--staff",
            "S12",
            "--kind",
            "personal",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-07",
            "--reason",
            "x",
        ],
    );
    assert!(err.contains("no working time"), "{err}");
}

#[test]
fn att_4_annual_leave_through_all_three_steps() {
    let repo = TestRepo::new();
    let (id, stderr) = request(&repo, "S41", "annual", "2026-03-02 am", "2026-03-02 am");
    assert!(stderr.contains("route (ATT-4)"), "{stderr}");
    let err = repo.refused("S40", &["leave", "approve", &id]);
    assert!(err.contains("approval by the coordination office"), "room head cannot: {err}");
    repo.ok("S02", &["leave", "approve", &id]);
    let err = repo.refused("S02", &["leave", "approve", &id]);
    assert!(err.contains("--reference"), "{err}");
    let err = repo.refused("S02", &["leave", "file", &id]);
    assert!(err.contains("not ready for filing"), "{err}");
    repo.ok("S03", &["leave", "approve", &id, "--reference", "中行人〔2026〕9號"]);
    repo.ok("S02", &["leave", "file", &id]);
    let text = repo.read(&leave_path(&id));
    assert!(text.contains("status = \"approved\"") && text.contains("reference = \"中行人〔2026〕9號\""), "{text}");
    repo.svc().args(["--date", "2026-03-02", "check", "--format", "json"]).assert().success();
}

#[test]
fn refusals_name_the_clause_and_write_nothing() {
    let repo = TestRepo::new();
    let (id, _) = request(&repo, "S11", "personal", "2026-03-05", "2026-03-06");
    let before = repo.snapshot();
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        ("S02", vec!["leave", "approve", &id], "approval by the room head"),
        ("S11", vec!["leave", "approve", &id], "own leave slip"),
        ("S20", vec!["leave", "approve", &id], "may not take the step approval by the room head; who may: S10"),
        ("S10", vec!["leave", "reject", &id, "--reason", " "], "--reason"),
        (
            "S11",
            vec![
                "leave",
                "request",
                "--staff",
                "S11",
                "--kind",
                "sick",
                "--from",
                "2026-03-06 pm",
                "--to",
                "2026-03-09",
                "--reason",
                "x",
            ],
            "already has",
        ),
        (
            "S21",
            vec![
                "leave",
                "request",
                "--staff",
                "S11",
                "--kind",
                "sick",
                "--from",
                "2026-03-20",
                "--to",
                "2026-03-20",
                "--reason",
                "x",
            ],
            "may not enter leave",
        ),
        (
            "S11",
            vec![
                "leave",
                "request",
                "--staff",
                "S99",
                "--kind",
                "sick",
                "--from",
                "2026-03-20",
                "--to",
                "2026-03-20",
                "--reason",
                "x",
            ],
            "exit 2: unknown staff id",
        ),
        ("S10", vec!["attendance", "incident", "--staff", "S11", "--kind", "late", "--on", "2026-03-01"], "[ATT-1]"),
        ("S20", vec!["attendance", "incident", "--staff", "S11", "--kind", "late"], "[ATT-5]"),
        ("S10", vec!["attendance", "dispatch", "2026-03", "--room", "R1", "--to", "seconding-unit"], "month end"),
        ("S10", vec!["leave", "cancel", &id], "only S11"),
    ];
    for (actor, args, needle) in cases {
        // A name that does not exist is a usage error (2); a step refused, 1.
        let err = match needle.strip_prefix("exit 2: ") {
            Some(needle) => {
                let err = repo.fails(2, actor, &args);
                assert!(err.contains(needle), "{args:?}: expected `{needle}` in {err}");
                err
            }
            None => repo.refused(actor, &args),
        };
        assert!(err.contains(needle.trim_start_matches("exit 2: ")), "{args:?}: expected `{needle}` in {err}");
        assert_eq!(repo.snapshot(), before, "{args:?} wrote something");
    }
    let bad = repo
        .svc()
        .args([
            "--as",
            "S11",
            "leave",
            "request",
            "--staff",
            "S11",
            "--kind",
            "personal",
            "--from",
            "明天",
            "--to",
            "2026-03-05",
            "--reason",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2), "an unreadable moment is a usage error");
    assert_eq!(repo.snapshot(), before);
}

#[test]
fn reject_and_cancel() {
    let repo = TestRepo::new();
    let (id, _) = request(&repo, "S11", "personal", "2026-03-05", "2026-03-05");
    repo.ok("S10", &["leave", "reject", &id, "--reason", "人手不足"]);
    assert!(repo.read(&leave_path(&id)).contains("status = \"rejected\""));
    // A rejected slip no longer blocks the same dates.
    let (again, _) = request(&repo, "S11", "personal", "2026-03-05", "2026-03-05");
    repo.ok("S11", &["leave", "cancel", &again, "--note", "不請了"]);
    assert!(repo.read(&leave_path(&again)).contains("status = \"cancelled\""));
    let err = repo.refused("S11", &["--date", "2026-03-06", "leave", "cancel", &again]);
    assert!(err.contains("cancelled already"), "{err}");
}

#[test]
fn check_finds_tampered_slips() {
    let repo = TestRepo::new();
    let (id, _) = request(&repo, "S11", "personal", "2026-03-05", "2026-03-06");
    repo.ok("S10", &["leave", "approve", &id]);
    let path = leave_path(&id);
    let text = repo.read(&path);
    repo.write(&path, text.replace("working_minutes = 840", "working_minutes = 420"));
    let out = repo.svc().arg("check").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout.contains(&format!("{path}:9:1: error[ATT-3]: working_minutes = 420 but")), "{stdout}");
    repo.write(&path, text.replace("by = \"S10\"", "by = \"S20\""));
    let stdout = String::from_utf8_lossy(&repo.svc().arg("check").output().unwrap().stdout).to_string();
    assert!(
        stdout.contains("error[ATT-3]") && stdout.contains("S20 劉德明 (room head) may not take the step"),
        "{stdout}"
    );
    repo.write(&path, text.replace("band = \"staff-long\"", "band = \"staff-short\""));
    let stdout = String::from_utf8_lossy(&repo.svc().arg("check").output().unwrap().stdout).to_string();
    assert!(stdout.contains("falls in `staff-long`, not `staff-short`"), "{stdout}");
}

#[test]
fn incidents_and_the_monthly_sheet() {
    let repo = TestRepo::new();
    for day in ["2026-03-03", "2026-03-04", "2026-03-05"] {
        repo.ok(
            "S10",
            &["--date", day, "attendance", "incident", "--staff", "S11", "--kind", "late", "--minutes", "10"],
        );
    }
    repo.ok("S02", &["--date", "2026-03-10", "attendance", "incident", "--staff", "S12", "--kind", "absent"]);
    let csv = repo.ok("S02", &["attendance", "month", "2026-03", "--room", "R1", "--format", "csv", "--no-bom"]);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "room,staff,name,working days,leave-post,personal,sick,annual,late,early,absent,result");
    assert_eq!(rows[2], "R1,S11,李小龍,22,0,0,0,0,3,0,0,FAIL");
    assert_eq!(rows[3], "R1,S12,張美玲,22,0,0,0,0,0,0,1,FAIL");
    assert_eq!(rows.len(), 4);
}

#[test]
fn att_5_unsent_sheets_are_warned_until_dispatched() {
    let repo = TestRepo::new();
    repo.ok("S10", &["--date", "2026-03-03", "attendance", "incident", "--staff", "S11", "--kind", "late"]);
    let out = repo.svc().args(["--date", "2026-04-01", "check"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(out.status.code(), Some(0), "warnings only");
    assert_eq!(stdout.matches("warning[ATT-5]").count(), 10, "5 rooms x 2 recipients: {stdout}");
    repo.ok(
        "S10",
        &["--date", "2026-04-01", "attendance", "dispatch", "2026-03", "--room", "R1", "--to", "seconding-unit"],
    );
    repo.ok(
        "S02",
        &["--date", "2026-04-01", "attendance", "dispatch", "2026-03", "--room", "R1", "--to", "coordination-office"],
    );
    let stdout = String::from_utf8_lossy(&repo.svc().args(["--date", "2026-04-01", "check"]).output().unwrap().stdout)
        .to_string();
    assert_eq!(stdout.matches("warning[ATT-5]").count(), 8, "{stdout}");
    assert!(!stdout.contains("room R1's"), "{stdout}");
}

/// A slip asked for after its leave has ended is refused as a late request (ATT-3), and
/// the refusal names no slip id: the slip was never written (issue 19).
#[test]
fn a_late_request_is_refused_without_naming_a_slip_never_written() {
    let repo = TestRepo::new();
    let err = repo.refused(
        "S21",
        &[
            "--date",
            "2026-03-10",
            "leave",
            "request",
            "--staff",
            "S21",
            "--kind",
            "personal",
            "--from",
            "2026-03-03",
            "--to",
            "2026-03-05",
            "--reason",
            "x",
        ],
    );
    assert!(err.contains("--retroactive") && err.contains("[ATT-3]"), "{err}");
    assert!(!err.contains("LV-"), "no id of a slip that does not exist: {err}");
}
