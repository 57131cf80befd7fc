//! `svc check` on broken files: every problem is an error with file, line, column and
//! clause, never a panic; and the commands that read a broken record say where it is.

use crate::common::*;

/// Runs `svc check` and returns (exit code, stdout).
fn check(repo: &TestRepo) -> (i32, String) {
    let out = repo.svc().arg("check").output().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap())
}

fn repo_with_one_complaint() -> (TestRepo, String) {
    let repo = TestRepo::new();
    let id = repo.ok("S11", &["complaint", "new", "--channel", "in-person", "--room", "R1", "--summary", "態度差"]);
    let path = complaint_path(&id);
    (repo, path)
}

#[test]
fn malformed_toml_is_placed_at_its_line_and_column() {
    let (repo, path) = repo_with_one_complaint();
    let text = repo.read(&path).replace("room = \"R1\"", "room = \"R1");
    repo.write(&path, text);
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(out.starts_with(&format!("{path}:6:")), "{out}");
    assert!(out.contains("error[CC-6]"), "{out}");
}

#[test]
fn wrong_types_and_unknown_fields() {
    let (repo, path) = repo_with_one_complaint();
    let text = repo.read(&path);
    repo.write(&path, text.replace("received = 2026-03-02", "received = 20260302"));
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(out.contains(&format!("{path}:4:12: error[CC-6]")), "{out}");
    repo.write(&path, text.replace("logged_by", "colour = \"red\"\nlogged_by"));
    let (_, out) = check(&repo);
    assert!(out.contains(&format!("{path}:8:1: error[CC-6]: unknown field `colour`")), "{out}");
}

#[test]
fn gbk_file_is_named_with_the_fix() {
    let (repo, path) = repo_with_one_complaint();
    let mut bytes = repo.read(&path).into_bytes();
    let at = bytes.windows(3).position(|w| w == "態".as_bytes()).unwrap();
    bytes.splice(at..at + 3, [0xB7, 0xFE]);
    repo.write(&path, bytes);
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(out.contains(&format!("{path}:7:12: error[CC-6]: not UTF-8")), "{out}");
    assert!(out.contains("svc fix-encoding FILE"), "names the fix: {out}");
    let err = repo.refused("S02", &["complaint", "show", "CMP-2026-0001"]);
    assert!(err.contains("7:12") && err.contains("GBK"), "{err}");
}

/// An encoding is named only when the bytes decode cleanly in it (issue 20): random bytes
/// are not "GBK or Big5", and the fix offered is git's, not fix-encoding.
#[test]
fn random_bytes_are_not_called_an_encoding() {
    let (repo, path) = repo_with_one_complaint();
    let mut bytes = repo.read(&path).into_bytes();
    bytes.extend([0xFF, 0xFE, 0x80, 0x00, 0xFF]);
    repo.write(&path, bytes);
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(out.contains("nor text in Big5 or GBK") && out.contains("git checkout"), "{out}");
    assert!(!out.contains("fix-encoding"), "{out}");
}

#[test]
fn merge_conflict_markers_fail_the_build() {
    let (repo, path) = repo_with_one_complaint();
    let text = repo.read(&path).replace(
        "status = \"received\"\n",
        "<<<<<<< HEAD\nstatus = \"received\"\n=======\nstatus = \"accepted\"\n>>>>>>> branch\n",
    );
    repo.write(&path, text);
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(out.contains(&format!("{path}:3:1: error[CC-6]: unresolved git merge conflict")), "{out}");
}

#[test]
fn status_must_agree_with_the_steps() {
    let (repo, path) = repo_with_one_complaint();
    repo.write(&path, repo.read(&path).replace("status = \"received\"", "status = \"closed\""));
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!("{path}:3:1: error[CC-6]: status is `closed` but the recorded steps say `received`")),
        "{out}"
    );
}

#[test]
fn record_in_the_wrong_place_or_with_the_wrong_id() {
    let (repo, path) = repo_with_one_complaint();
    let text = repo.read(&path);
    repo.write("records/complaints/2025/CMP-2026-0002.toml", text.replace("CMP-2026-0001", "CMP-2026-0002"));
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(
        out.contains("records/complaints/2025/CMP-2026-0002.toml:2:1: error[CC-6]: CMP-2026-0002 is filed under 2025/"),
        "{out}"
    );
    std::fs::remove_file(repo.path().join("records/complaints/2025/CMP-2026-0002.toml")).unwrap();
    repo.write("records/complaints/2026/CMP-2026-0003.toml", &text);
    let (_, out) = check(&repo);
    assert!(out.contains("does not match the file name CMP-2026-0003.toml"), "{out}");
    assert!(out.contains("is also the id of records/complaints/2026/CMP-2026-0001.toml"), "both files named: {out}");
    assert!(out.contains("is also the id of records/complaints/2026/CMP-2026-0003.toml"), "both files named: {out}");
}

#[test]
fn unknown_staff_and_room_in_a_record() {
    let (repo, path) = repo_with_one_complaint();
    let text = repo
        .read(&path)
        .replace("room = \"R1\"", "room = \"R7\"")
        .replace("logged_by = \"S11\"", "logged_by = \"S111\"");
    repo.write(&path, text);
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(out.contains(&format!("{path}:6:1: error[SC-3.1]: unknown room `R7`")), "{out}");
    assert!(out.contains("unknown staff id `S111` (did you mean `S11`?)"), "{out}");
}

#[test]
fn broken_svc_toml_is_reported_not_panicked() {
    let repo = TestRepo::new();
    let text = repo.read("svc.toml");
    repo.write("svc.toml", text.replacen("role = \"staff\"", "role = \"clerk\"", 1));
    let (code, out) = check(&repo);
    assert_eq!(code, 3, "svc.toml cannot be used");
    assert!(out.starts_with("svc.toml:") && out.contains("error[SVC-CONFIG]") && out.contains("clerk"), "{out}");
    let err = repo.fails(3, "S02", &["complaint", "list"]);
    assert!(err.contains("svc.toml:") && err.contains("clerk"), "{err}");
}

#[test]
fn an_unusable_calendar_is_placed_in_svc_toml() {
    let repo = TestRepo::new();
    repo.write("svc.toml", repo.read("svc.toml").replace("morning = \"09:00-12:00\"", "morning = \"12:00-09:00\""));
    let (code, out) = check(&repo);
    assert_eq!(code, 3);
    assert!(
        out.starts_with("svc.toml:") && out.contains("error[SVC-CAL]: `calendar.morning` ends before it starts"),
        "{out}"
    );
    let err = repo.fails(3, "S02", &["complaint", "list"]);
    assert!(err.contains("svc.toml: `calendar.morning` ends before it starts"), "{err}");
}

#[test]
fn json_report_for_machines() {
    let (repo, path) = repo_with_one_complaint();
    repo.write(&path, repo.read(&path).replace("room = \"R1\"", "room = \"R7\""));
    let out = repo.svc().args(["check", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"], 1);
    assert_eq!(report["files"], 2);
    let finding = &report["findings"][0];
    assert_eq!(finding["file"], path.as_str());
    assert_eq!(finding["line"], 6);
    assert_eq!(finding["clause"], "SC-3.1");
    assert_eq!(finding["severity"], "error");
}

#[test]
fn no_repository_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::cargo_bin("svc")
        .unwrap()
        .env("SVC_LANG", "en")
        .current_dir(dir.path())
        .env_remove("SVC_REPO")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "no repository: exit 3");
    // The failure, then the fix on a line of its own (the error's hint).
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines[0].starts_with("error: no svc.toml in "), "{stderr}");
    assert!(lines[1].trim_start().starts_with("hint: ") && lines[1].contains("svc init"), "{stderr}");
}

#[test]
fn init_creates_a_repository_that_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("centre");
    let svc = || {
        let mut cmd = assert_cmd::Command::cargo_bin("svc").unwrap();
        cmd.env("SVC_LANG", "en");
        cmd.current_dir(dir.path()).env_remove("SVC_REPO").env("SVC_TODAY", TODAY);
        cmd
    };
    svc().args(["init", "centre"]).assert().success();
    for file in ["svc.toml", "schemas/complaint.schema.json", "records/capa/.gitkeep", ".gitignore"] {
        assert!(target.join(file).exists(), "{file}");
    }
    svc().args(["--repo", "centre", "check"]).assert().success();
    let out = svc().args(["init", "centre"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "never overwrites an existing svc.toml");
}

/// A record saved by an office editor in Big5 (Traditional) or GBK (Simplified): `svc
/// fix-encoding` gives back the UTF-8 file, byte for byte, and shows the Chinese lines. The
/// encoding is the one whose reading shares the characters of the records around it.
#[test]
fn fix_encoding_converts_big5_and_gbk_to_utf8() {
    let repo = TestRepo::demo_copy();
    for (id, encoding, label) in
        [("CMP-2026-0001", encoding_rs::BIG5, "Big5"), ("CMP-2026-0002", encoding_rs::GBK, "GBK")]
    {
        let path = complaint_path(id);
        let original = repo.read(&path);
        let (bytes, _, lossy) = encoding.encode(&original);
        assert!(!lossy, "{label} can hold the demo's text");
        repo.write(&path, bytes.as_ref());
        let out = repo.svc().args(["--date", DEMO_DAY, "check"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "not UTF-8: check fails");
        let out = repo.svc().args(["fix-encoding", &path]).output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{said}");
        assert!(said.contains(&format!("read as {label}")), "{said}");
        let shown = String::from_utf8(out.stdout).unwrap();
        assert!(shown.lines().count() >= 2 && shown.contains(&format!("{path}:")), "the Chinese lines shown: {shown}");
        assert_eq!(repo.read(&path), original, "{label}: back to the UTF-8 text exactly");
    }
    repo.svc().args(["--date", DEMO_DAY, "check"]).assert().success();
    let out = repo.svc().args(["fix-encoding", &complaint_path("CMP-2026-0001")]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("already UTF-8"));
    // Alone, with nothing to compare with: both readings are possible, so it asks.
    let (lone, path) = repo_with_one_complaint();
    // A summary in characters svc.toml does not hold (its cause names hold 態度).
    let original = lone.read(&path).replace("態度差", "冷漠");
    lone.write(&path, &original);
    lone.write(&path, encoding_rs::BIG5.encode(&original).0.as_ref());
    let out = lone.svc().args(["fix-encoding", &path]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--from"), "{}", String::from_utf8_lossy(&out.stderr));
    lone.svc().args(["fix-encoding", "--from", "big5", &path]).assert().success();
    assert_eq!(lone.read(&path), original);
}

/// A policy number no centre can mean (a verification window of 4,294,967,295 working
/// days) is refused at once, placed at its key, never computed with: no panic, no hang.
#[test]
fn a_policy_number_out_of_range_is_refused_not_computed_with() {
    let repo = TestRepo::demo_copy();
    let config = repo.read("svc.toml").replacen(
        "verification_working_days = 5\n",
        "verification_working_days = 4294967295\n",
        1,
    );
    repo.write("svc.toml", config);
    let out = repo.svc().args(["--date", DEMO_DAY, "check"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(3), "{text}");
    assert!(text.starts_with("svc.toml:") && text.contains("verification_working_days = 4294967295"), "{text}");
    assert!(text.contains("1 to 60"), "{text}");
    let line: usize = text.split(':').nth(1).unwrap().parse().unwrap();
    assert_eq!(repo.read("svc.toml").lines().nth(line - 1).unwrap(), "verification_working_days = 4294967295");
    for args in [&["capa", "list"][..], &["capa", "verify", "CAPA-2026-0001", "--effective", "--note", "x"]] {
        let out = repo.svc().args(["--as", "S02"]).args(args).output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {said}");
        assert!(said.contains("verification_working_days") && !said.contains("panicked"), "{said}");
    }
}

/// A staff id or e-mail listed twice is a broken directory: check reports it, and every
/// step refuses (exit 3) until svc.toml is fixed, rather than commit as the second entry.
#[test]
fn a_duplicated_staff_email_stops_the_steps() {
    let repo = TestRepo::new();
    let config = repo.read("svc.toml");
    let doubled =
        config.replacen("email = \"zhou.zhiming@centre.example\"", "email = \"chen.peishan@centre.example\"", 1);
    assert_ne!(doubled, config);
    repo.write("svc.toml", doubled);
    let out = repo.svc().arg("check").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("config.ids-unique"), "{text}");
    let said = repo.fails(3, "S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    assert!(said.contains("chen.peishan@centre.example") && said.contains("svc check"), "{said}");
    assert!(!repo.path().join("records").exists(), "nothing written");
}

/// A date outside 1900–2200 is a typo, refused where it is typed (`--date 9999-12-31`, exit
/// 2) and placed where it is written (a box record of 0001-01-01): never millions of
/// findings counting the working days since.
#[test]
fn dates_outside_the_years_svc_keeps_are_refused_not_counted_through() {
    let repo = TestRepo::demo_copy();
    let out = repo.svc().args(["--date", "9999-12-31", "check"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.contains("outside the years svc keeps (1900 to 2200)"), "{said}");
    let boxes = repo.path().join("records/box/2026");
    let file = std::fs::read_dir(&boxes).unwrap().next().unwrap().unwrap().path();
    let rel = file.strip_prefix(repo.path()).unwrap().display().to_string();
    let text = repo.read(&rel);
    let day = text.lines().find(|l| l.starts_with("day = ")).expect("a collection day").to_string();
    repo.write(&rel, text.replacen(&day, "day = 0001-01-01", 1));
    let out = repo.svc().args(["--date", DEMO_DAY, "check"]).output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(report.lines().count() < 100, "findings do not grow with the days: {} lines", report.lines().count());
    let line = report.lines().find(|l| l.starts_with(&rel)).expect("the file is named");
    assert!(line.contains("outside the years svc keeps") && line.contains("file.readable"), "{line}");
}

/// Hostile sizes (issue 20): a record file over 4 MB is refused unread, a text field over
/// 20,000 characters is an error naming the key, and training hours of 1e308 are refused.
#[test]
fn files_text_and_hours_past_their_bounds_are_findings() {
    let (repo, path) = repo_with_one_complaint();
    let text = repo.read(&path);
    let long = "長".repeat(20_001);
    repo.write(&path, text.replace("summary = \"態度差\"", &format!("summary = \"{long}\"")));
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(out.contains("summary holds 20001 characters") && out.contains("(file.plain-text)"), "{out}");
    let huge = format!("{text}# {}\n", "x".repeat(5 * 1024 * 1024));
    repo.write(&path, huge);
    let (code, out) = check(&repo);
    assert_eq!(code, 1);
    assert!(out.contains("the file is 5 MB") && out.contains("(file.readable)"), "{out}");
    let repo = TestRepo::new();
    let err = repo.refused("S02", &["training", "record", "--staff", "S52", "--course", "政策", "--hours", "1e308"]);
    assert!(err.contains("at most 2,000 hours"), "{err}");
}

/// A record whose file cannot be read is "cannot be read" where others refer to it, never
/// "does not exist" (issue 20): CAPA-2026-0001 names a complaint whose file is broken.
#[test]
fn a_reference_to_an_unreadable_record_says_it_cannot_be_read() {
    let repo = TestRepo::demo_copy();
    repo.write(&complaint_path("CMP-2026-0001"), "id = \"CMP-2026-0001\"\nstatus = 3\n");
    let (code, findings) = repo.check_json();
    assert_eq!(code, 1);
    let capa: Vec<&serde_json::Value> =
        findings.iter().filter(|f| f["file"] == "records/capa/2026/CAPA-2026-0001.toml").collect();
    assert!(!capa.is_empty(), "{findings:#?}");
    for f in &capa {
        let message = f["message"].as_str().unwrap();
        assert!(message.contains("CMP-2026-0001 cannot be read") && !message.contains("does not exist"), "{message}");
    }
    assert!(findings.iter().any(|f| f["file"] == complaint_path("CMP-2026-0001") && f["rule"] == "file.readable"));
}
