//! A complaint from intake to closing through the command line (CC-4.1 to CC-4.7), with
//! each step a small diff and each refusal writing nothing.

use crate::common::*;

#[test]
fn intake_to_closing_with_a_failed_then_effective_verification() {
    let repo = TestRepo::new();
    let id = repo.ok(
        "S11",
        &[
            "complaint",
            "new",
            "--channel",
            "in-person",
            "--room",
            "R1",
            "--summary",
            "窗口態度冷淡",
            "--customer",
            "王先生",
            "--wants-reply",
        ],
    );
    assert_eq!(id, "CMP-2026-0001", "stdout holds the id alone");
    repo.ok("S11", &["complaint", "triage", &id, "--ours"]);
    let capa = repo.ok(
        "S02",
        &[
            "--date",
            "2026-03-03",
            "complaint",
            "analyse",
            &id,
            "--cause-category",
            "attitude",
            "--cause",
            "語氣生硬",
            "--responsible",
            "S11",
        ],
    );
    assert_eq!(capa, "CAPA-2026-0001");
    let track = |date: &str, args: &[&str]| {
        let mut all = vec!["--date", date, "capa"];
        all.extend_from_slice(args);
        repo.ok("S11", &all)
    };
    track("2026-03-03", &["track", &capa, "--action", "致歉", "--kind", "corrective", "--due", "2026-03-05"]);
    track("2026-03-03", &["track", &capa, "--action", "納入培訓", "--kind", "preventive", "--due", "2026-03-05"]);
    track("2026-03-04", &["track", &capa, "--done", "1"]);
    track("2026-03-04", &["track", &capa, "--done", "2"]);
    track("2026-03-04", &["complete", &capa]);
    repo.ok("S02", &["--date", "2026-03-05", "capa", "verify", &capa, "--not-effective", "--note", "再次投訴"]);
    track("2026-03-05", &["track", &capa, "--action", "培訓", "--kind", "corrective", "--due", "2026-03-10"]);
    track("2026-03-05", &["track", &capa, "--action", "納入培訓", "--kind", "preventive", "--due", "2026-03-10"]);
    track("2026-03-09", &["track", &capa, "--done", "1"]);
    track("2026-03-09", &["track", &capa, "--done", "2"]);
    track("2026-03-09", &["complete", &capa]);
    repo.ok("S02", &["--date", "2026-03-10", "capa", "verify", &capa, "--effective", "--note", "無再發"]);
    repo.ok(
        "S02",
        &[
            "--date",
            "2026-03-10",
            "complaint",
            "close",
            &id,
            "--result",
            "已改正",
            "--replied-via",
            "phone",
            "--reply",
            "電話致歉並說明改正措施",
        ],
    );

    let complaint = repo.read(&complaint_path(&id));
    assert!(complaint.starts_with("#:schema ../../../schemas/complaint.schema.json\n"), "{complaint}");
    assert!(complaint.contains("status = \"closed\""));
    let capa_text = repo.read(&capa_path(&capa));
    assert_eq!(capa_text.matches("[[rounds]]").count(), 2, "both rounds kept (CC-4.6)");
    assert!(capa_text.contains("effective = false") && capa_text.contains("effective = true"));
    repo.svc().args(["--date", "2026-03-10", "check", "--deny-warnings"]).assert().success();
}

#[test]
fn an_edit_changes_only_its_own_lines_and_keeps_comments() {
    let repo = TestRepo::new();
    let id = repo.ok("S11", &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "等候太久"]);
    let path = complaint_path(&id);
    let original =
        repo.read(&path).replace("channel = \"phone\"", "channel = \"phone\" # 熱線 12345\n# 紙本表單第 17 號");
    repo.write(&path, &original);
    repo.ok("S11", &["complaint", "triage", &id, "--ours"]);
    let after = repo.read(&path);
    let expected = original.replace("status = \"received\"", "status = \"accepted\"")
        + "\n[triage]\non = 2026-03-02\nby = \"S11\"\nresponsibility = \"ours\"\n";
    assert_eq!(after, expected);
}

#[test]
fn refused_steps_write_nothing() {
    let repo = TestRepo::new();
    let (id, capa) = repo.analysed();
    let before = repo.snapshot();
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        ("S11", vec!["complaint", "close", &id, "--result", "x"], "CC-4.7"),
        ("S21", vec!["capa", "track", &capa, "--action", "x", "--kind", "corrective", "--due", "2026-03-09"], "CC-4.4"),
        ("S11", vec!["capa", "complete", &capa], "CC-4.4"),
        ("S11", vec!["capa", "verify", &capa, "--effective", "--note", "x"], "CC-4.4"),
        ("S02", vec!["capa", "remind", &capa], "RP-2"),
        ("S11", vec!["capa", "track", &capa, "--action", "x", "--kind", "corrective", "--due", "2026-02-01"], "CC-4.4"),
        ("S12", vec!["complaint", "new", "--channel", "box", "--room", "R9", "--summary", "x"], "SC-3.1"),
        (
            "S02",
            vec!["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x", "--received", "2026-03-09"],
            "CC-6",
        ),
        (
            "S02",
            vec!["complaint", "analyse", &id, "--cause-category", "attitude", "--cause", "x", "--responsible", "S11"],
            "CC-4.3",
        ),
    ];
    for (actor, args, clause) in cases {
        let err = repo.refused(actor, &args);
        assert!(err.contains(&format!("[{clause}]")), "{args:?} should cite {clause}: {err}");
        assert_eq!(repo.snapshot(), before, "{args:?} wrote something");
    }
}

#[test]
fn customer_responsibility_ends_the_complaint() {
    let repo = TestRepo::new();
    let id = repo.ok("S11", &["complaint", "new", "--channel", "in-person", "--room", "R1", "--summary", "收費質疑"]);
    let err = repo.refused("S11", &["complaint", "triage", &id, "--customer"]);
    assert!(err.contains("--note"), "{err}");
    repo.ok("S11", &["complaint", "triage", &id, "--customer", "--note", "已說明收費依據"]);
    assert!(repo.read(&complaint_path(&id)).contains("status = \"explained\""));
    let err = repo.refused(
        "S02",
        &["complaint", "analyse", &id, "--cause-category", "other", "--cause", "x", "--responsible", "S11"],
    );
    assert!(err.contains("explained"), "{err}");
}

#[test]
fn usage_errors_exit_2_and_name_the_flag() {
    let repo = TestRepo::new();
    let out = repo.svc().args(["--as", "S11", "complaint", "triage", "CMP-2026-0001"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--ours"));
    let out =
        repo.svc().args(["complaint", "new", "--channel", "fax", "--room", "R1", "--summary", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("in-person"), "lists the channels");
    let out = repo.svc().args(["stats", "yearly", "--year", "300000"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "an impossible year is a usage error, not a panic");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1900..=9999"));
}

#[test]
fn ids_that_escape_the_records_folder_are_refused() {
    let repo = TestRepo::new();
    for bad in ["../../svc", "CMP-2026-0001/../../x", "/etc/passwd", "CMP-2026-00a1"] {
        let err = repo.fails(2, "S02", &["complaint", "show", bad]);
        assert!(err.contains("not a record id") || err.contains("not a complaint id"), "{bad}: {err}");
    }
    let err = repo.fails(2, "S02", &["complaint", "show", "CAPA-2026-0001"]);
    assert!(err.contains("not a complaint id"), "{err}");
    let err = repo.fails(2, "S02", &["complaint", "show", "CMP-2026-0099"]);
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn unknown_actor_gets_a_suggestion() {
    let repo = TestRepo::new();
    let err = repo.fails(2, "S1", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    assert!(err.contains("did you mean `S11`?") || err.contains("did you mean `S01`?"), "{err}");
    let out =
        repo.svc().args(["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "nobody to act as is a usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--as STAFF_ID"));
}

#[test]
fn the_actor_comes_from_git_user_email() {
    let repo = TestRepo::new();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .args(args)
            .current_dir(repo.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .status()
            .unwrap()
            .success();
        assert!(ok);
    };
    git(&["init", "-q"]);
    git(&["config", "user.email", "Chen.Peishan@centre.example"]);
    let out =
        repo.svc().args(["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(repo.read(&complaint_path("CMP-2026-0001")).contains("logged_by = \"S02\""));
}

#[test]
fn an_id_deleted_in_git_history_is_never_handed_out_again() {
    let repo = TestRepo::new();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(["-c", "user.email=t@example.org", "-c", "user.name=t"])
            .args(args)
            .current_dir(repo.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q"]);
    for _ in 0..2 {
        repo.ok("S02", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    }
    git(&["add", "."]);
    git(&["commit", "-qm", "two forms"]);
    git(&["rm", "-q", &complaint_path("CMP-2026-0002")]);
    git(&["commit", "-qm", "a form entered by mistake"]);
    let id = repo.ok("S02", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    assert_eq!(id, "CMP-2026-0003", "CMP-2026-0002 was used once");
}

#[test]
fn sixteen_processes_at_once_get_sixteen_ids() {
    let repo = TestRepo::new();
    let children: Vec<_> = (0..16)
        .map(|i| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("svc"))
                .env("SVC_LANG", "en")
                .current_dir(repo.path())
                .env("SVC_TODAY", TODAY)
                .args(["--as", "S02", "complaint", "new", "--channel", "box", "--room", "R1", "--summary"])
                .arg(format!("投訴 {i}"))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut ids: Vec<String> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success());
            String::from_utf8(out.stdout).unwrap().trim().to_string()
        })
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 16, "every process got its own id: {ids:?}");
    assert_eq!(ids.last().unwrap(), "CMP-2026-0016");
    let files = std::fs::read_dir(repo.path().join("records/complaints/2026")).unwrap().count();
    assert_eq!(files, 16, "no temp files left, none overwritten");
}

#[test]
fn concurrent_edits_of_one_record_lose_nothing() {
    let repo = TestRepo::new();
    let (_, capa) = repo.analysed();
    let children: Vec<_> = (0..8)
        .map(|i| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("svc"))
                .env("SVC_LANG", "en")
                .current_dir(repo.path())
                .env("SVC_TODAY", TODAY)
                .args([
                    "--as",
                    "S11",
                    "capa",
                    "track",
                    &capa,
                    "--kind",
                    "preventive",
                    "--due",
                    "2026-03-09",
                    "--action",
                ])
                .arg(format!("措施 {i}"))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        assert!(child.wait_with_output().unwrap().status.success());
    }
    let text = repo.read(&capa_path(&capa));
    for i in 0..8 {
        assert!(text.contains(&format!("措施 {i}")), "action {i} was lost:\n{text}");
    }
    assert_eq!(text.matches("[[rounds.actions]]").count(), 8);
}

#[test]
fn complaint_new_never_overwrites_a_file_it_did_not_expect() {
    let repo = TestRepo::new();
    // A record whose name is not an id does not confuse allocation, and is not replaced.
    repo.write("records/complaints/2026/notes.toml", "x = 1\n");
    let id = repo.ok("S02", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    assert_eq!(id, "CMP-2026-0001");
    assert_eq!(repo.read("records/complaints/2026/notes.toml"), "x = 1\n");
}

#[test]
fn verification_late_is_recorded_and_reported() {
    let repo = TestRepo::new();
    let (_, capa) = repo.analysed();
    repo.ok("S11", &["capa", "track", &capa, "--action", "致歉", "--kind", "corrective", "--due", "2026-03-03"]);
    repo.ok("S11", &["capa", "track", &capa, "--action", "納入培訓", "--kind", "preventive", "--due", "2026-03-03"]);
    repo.ok("S11", &["capa", "track", &capa, "--done", "1"]);
    repo.ok("S11", &["capa", "track", &capa, "--done", "2"]);
    repo.ok("S11", &["capa", "complete", &capa]);
    // Completed Mon 2026-03-02: the 5th working day after is Mon 2026-03-09.
    let out = repo
        .svc()
        .args(["--as", "S02", "--date", "2026-03-10", "capa", "verify", &capa, "--effective", "--note", "ok"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("late"));
    let text = repo.read(&capa_path(&capa));
    assert!(text.contains("deadline = 2026-03-09") && text.contains("late = true"), "{text}");
    let out = repo.svc().args(["--date", "2026-03-10", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "a late verification is a warning");
    assert!(String::from_utf8_lossy(&out.stdout).contains("warning[CC-4.5]"));
    repo.svc().args(["--date", "2026-03-10", "check", "--deny-warnings"]).assert().code(1);
}

#[test]
fn capa_list_overdue_and_reminders() {
    let repo = TestRepo::new();
    let (_, capa) = repo.analysed();
    repo.ok("S11", &["capa", "track", &capa, "--action", "致歉", "--kind", "corrective", "--due", "2026-03-04"]);
    let listed = repo.ok("S02", &["--date", "2026-03-04", "capa", "list", "--overdue", "--format", "csv", "--no-bom"]);
    assert_eq!(listed.lines().count(), 1, "header only: not overdue on its due date");
    let listed = repo.ok("S02", &["--date", "2026-03-05", "capa", "list", "--overdue", "--format", "csv", "--no-bom"]);
    assert!(listed.contains(&capa) && listed.contains("action 1 was due 2026-03-04"), "{listed}");
    repo.ok("S02", &["--date", "2026-03-05", "capa", "remind", &capa, "--note", "請儘快"]);
    repo.ok("S02", &["--date", "2026-03-12", "--lang", "zh-Hans", "capa", "remind", &capa]);
    let text = repo.read(&capa_path(&capa));
    assert!(text.contains("number = 1") && text.contains("number = 2"), "{text}");
    // What was overdue is written in the centre's language (`[centre] lang = "zh-Hant"`),
    // whichever language each sender reads: a record never changes with its writer's --lang.
    let overdue: Vec<&str> = text.lines().filter(|l| l.starts_with("overdue = ")).collect();
    assert_eq!(overdue, ["overdue = \"第 1 項措施應於 2026-03-04 完成\""; 2], "{text}");
}

/// CC-4.1 / CC-4.3: the handler explains in person after a triage as the customer's; the
/// coordination office interviews after a triage as the centre's; never once closed.
#[test]
fn meetings_with_the_customer_follow_the_triage() {
    let repo = TestRepo::new();
    let id = repo.ok("S12", &["complaint", "new", "--channel", "in-person", "--room", "R1", "--summary", "材料被退"]);
    let err = repo.refused("S12", &["complaint", "meet", &id, "--said", "x"]);
    assert!(err.contains("not triaged yet"), "{err}");
    repo.ok("S12", &["complaint", "triage", &id, "--customer", "--note", "材料不全"]);
    repo.ok("S12", &["complaint", "meet", &id, "--said", "當面核對材料清單"]);
    let form = repo.read(&complaint_path(&id));
    assert!(form.contains("stage = \"explanation\"") && form.contains("said = \"當面核對材料清單\""), "{form}");
    let err = repo.refused("S22", &["complaint", "meet", &id, "--said", "x"]);
    assert!(err.contains("may not hold the explanation meeting") && err.contains("[CC-4.1]"), "{err}");
    let id = repo.ok("S12", &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "態度差"]);
    repo.ok("S12", &["complaint", "triage", &id, "--ours"]);
    let err = repo.refused("S12", &["complaint", "meet", &id, "--said", "x"]);
    assert!(err.contains("[CC-4.3]"), "the interview is the office's: {err}");
    repo.ok("S02", &["complaint", "meet", &id, "--said", "客戶描述當時情形"]);
    let shown = repo.ok("S02", &["complaint", "show", &id]);
    assert!(shown.contains("interviewed for the analysis: 客戶描述當時情形"), "{shown}");
}

/// The readings' "Today": a step is never dated after the centre's today (its own time
/// zone), so it is refused before anything is written rather than written and then failed
/// by `svc check` (`people.not-after-today`). `--date` backdates only.
#[test]
fn a_step_dated_after_the_centres_today_is_refused_and_writes_nothing() {
    let repo = TestRepo::git();
    let new = ["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "態度差"];
    let before = repo.snapshot();
    let out = repo
        .svc()
        .env("SVC_NOW", "2026-12-02T09:00:00+08:00")
        .args(["--as", "S11", "--date", "2027-01-05"])
        .args(new)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2027-01-05") && stderr.contains("2026-12-02") && stderr.contains("backdates"), "{stderr}");
    assert_eq!(repo.snapshot(), before, "a refused step writes nothing");
    // The centre's day decides, not UTC's: 2026-12-02 00:30 in Taipei is still 12-01 in UTC.
    let mut toml = repo.read("svc.toml");
    toml = toml.replacen("[centre]\n", "[centre]\ntimezone = \"Asia/Taipei\"\n", 1);
    repo.write("svc.toml", toml);
    repo.git_ok(&["-c", "user.name=Setup", "-c", "user.email=setup@example.invalid", "commit", "-qam", "timezone"]);
    let out = repo
        .svc()
        .env("SVC_NOW", "2026-12-01T16:30:00Z")
        .args(["--as", "S11", "--date", "2026-12-02"])
        .args(new)
        .output()
        .unwrap();
    assert!(out.status.success(), "today in Taipei: {}", String::from_utf8_lossy(&out.stderr));
}

/// A reminder written before reminders set their day is a warning naming the repair, and
/// `svc repair --reminder-days` gives it the default (the next working day) in one commit
/// that changes that line only.
#[test]
fn repair_gives_old_reminders_their_day() {
    let repo = TestRepo::git();
    let (_, capa) = repo.analysed();
    let path = format!("records/capa/2026/{capa}.toml");
    repo.ok("S11", &["capa", "track", &capa, "--action", "改", "--kind", "corrective", "--due", "2026-03-03"]);
    repo.ok("S02", &["--date", "2026-03-05", "capa", "remind", &capa, "--note", "電話催辦"]);
    let text = repo.read(&path);
    assert!(text.contains("due = 2026-03-06"), "the default: the next working day\n{text}");
    // As a reminder of the old reading: no day.
    let old: String = text.lines().filter(|l| !l.starts_with("due = 2026-03-06")).map(|l| format!("{l}\n")).collect();
    repo.write(&path, &old);
    repo.git_ok(&["-c", "user.name=Setup", "-c", "user.email=setup@example.invalid", "commit", "-qam", "old reminder"]);
    let (_, findings) = {
        let out = repo.svc().args(["--date", "2026-03-05", "check", "--format", "json"]).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (out.status.code(), report["findings"].as_array().unwrap().clone())
    };
    let old_day: Vec<_> = findings.iter().filter(|f| f["rule"] == "capa.reminder-sets-day").collect();
    assert_eq!(old_day.len(), 1, "{findings:#?}");
    assert!(old_day[0]["message"].as_str().unwrap().contains("svc repair --reminder-days"));
    repo.ok("S02", &["--date", "2026-03-05", "repair", "--reminder-days"]);
    let repaired = repo.read(&path);
    assert!(repaired.contains("due = 2026-03-06") && repaired.contains("note = \"電話催辦\""), "{repaired}");
    let diff = repo.git_ok(&["show", "--format=%s", "--unified=0", "HEAD"]);
    assert!(diff.starts_with("repair: 1 reminder days set"), "{diff}");
    assert_eq!(diff.lines().filter(|l| l.starts_with('+') && !l.starts_with("+++")).count(), 1, "{diff}");
}

/// The person complained about (被投訴人): named at intake by id or by name, confirmed or
/// corrected at analysis, shown by show and the register, never a staff id unknown to
/// svc.toml.
#[test]
fn the_person_complained_about_is_named_at_intake_and_confirmed_at_analysis() {
    let repo = TestRepo::new();
    let new = ["complaint", "new", "--channel", "in-person", "--room", "R1", "--summary", "態度差"];
    let err = repo.refused("S11", &[&new[..], &["--about", "S99"]].concat());
    assert!(err.contains("S99") && err.contains("[SC-3.1]"), "{err}");
    let id = repo.ok("S11", &[&new[..], &["--about", "張美玲"]].concat());
    let text = repo.read(&complaint_path(&id));
    assert!(text.contains("complained_about = [\"S12\"]"), "the name became the id: {text}");
    repo.ok("S11", &["complaint", "triage", &id, "--ours"]);
    // The office finds it was S11 after all, who also handles the fix.
    repo.svc().args(analyse_args(&id)).args(["--about", "S11"]).assert().success();
    let show = repo.ok("S02", &["complaint", "show", &id]);
    assert!(show.contains("complained about S11 李小龍"), "{show}");
    let json: serde_json::Value =
        serde_json::from_str(&repo.ok("S02", &["complaint", "show", &id, "--format", "json"])).unwrap();
    assert_eq!(json["complaint"]["complained_about"], serde_json::json!(["S12"]), "the form keeps what was said");
    assert_eq!(json["complaint"]["analysis"]["complained_about"], serde_json::json!(["S11"]), "the office's finding");
    let csv = repo.ok("S02", &["complaint", "list", "--format", "csv", "--no-bom"]);
    assert!(csv.lines().next().unwrap().contains("complained about"), "{csv}");
    assert!(csv.lines().nth(1).unwrap().contains(",S11,"), "{csv}");
    // The year's statistics never carry it.
    let stats = repo.ok("S02", &["stats", "yearly", "--format", "json"]);
    assert!(!stats.contains("complained_about") && !stats.contains("李小龍"), "{stats}");
}
