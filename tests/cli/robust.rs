//! Faults and hostile input, tried as a careless or unlucky user would: machine output that
//! parses, quiet closed pipes, exit codes a script can trust, kill -9 at any point, control
//! characters, symbolic links, stray files, and edits that keep what they do not own.

use std::process::{Command, Stdio};

use crate::common::*;
use serde_json::Value;

fn svc_bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("svc")
}

/// Every value in the JSON, with its path, to look for a date that is not a plain string.
fn walk<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, format!("{path}.{i}"), out);
            }
        }
        _ => {}
    }
    out.push((path, value));
}

const JSON_COMMANDS: &[&[&str]] = &[
    &["complaint", "list", "--format", "json"],
    &["complaint", "show", "CMP-2026-0031", "--format", "json"],
    &["capa", "list", "--format", "json"],
    &["capa", "show", "CAPA-2026-0027", "--format", "json"],
    &["leave", "list", "--format", "json"],
    &["leave", "show", "LV-2026-0009", "--format", "json"],
    &["attendance", "month", "2026-03", "--format", "json"],
    &["conduct", "list", "--format", "json"],
    &["conduct", "show", "RP-2026-0001", "--format", "json"],
    &["conduct", "history", "S22", "--format", "json"],
    &["conduct", "suggest", "--year", "2026", "--format", "json"],
    &["stats", "yearly", "--year", "2026", "--format", "json"],
    &["stats", "monthly", "2026-03", "--format", "json"],
    &["check", "--format", "json"],
    &["check", "--list-rules", "--format", "json"],
];

#[test]
fn every_json_output_parses_with_dates_as_plain_strings() {
    let date = |s: &str| s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    for args in JSON_COMMANDS {
        let out = demo(args);
        let json: Value = serde_json::from_slice(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"));
        let mut values = Vec::new();
        walk(&json, String::new(), &mut values);
        assert!(values.len() > 3, "{args:?} printed almost nothing");
        for (path, v) in &values {
            assert!(!path.contains("$__toml"), "{args:?}: TOML's private date wrapper at {path}");
            let key = path.rsplit('.').next().unwrap_or("");
            // Dates are strings (counts of the same name in statistics are numbers).
            let dated = ["received", "opened", "on", "due", "added", "done", "requested", "date", "recorded"];
            assert!(!v.is_object() || !dated.contains(&key), "{args:?}: {path} is an object: {v}");
            if let (true, Some(text)) = (dated.contains(&key), v.as_str()) {
                assert!(date(text), "{args:?}: {path} = {text}");
            }
        }
    }
}

#[test]
fn a_closed_pipe_ends_quietly_with_0() {
    let mut commands: Vec<&[&str]> = JSON_COMMANDS.to_vec();
    commands.extend([
        &["complaint", "list"][..],
        &["complaint", "show", "CMP-2026-0001"],
        &["check"],
        &["stats", "yearly", "--year", "2026", "--format", "csv"],
        &["check", "--procedures"],
    ]);
    for args in commands {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader); // like `| head -0`: nobody reads
        let out = Command::new(svc_bin())
            .env("SVC_LANG", "en")
            .arg("--repo")
            .arg(project_root())
            .args(["--date", DEMO_DAY])
            .args(args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn exit_codes_a_script_can_trust() {
    let repo = TestRepo::new();
    let code = |args: &[&str]| repo.svc().args(args).output().unwrap().status.code().unwrap();
    assert_eq!(code(&["complaint", "list"]), 0);
    let id = repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    assert_eq!(code(&["--as", "S21", "complaint", "triage", &id, "--ours"]), 1, "refused step");
    assert_eq!(code(&["--as", "S11", "complaint", "triage", &id]), 2, "missing flag");
    assert_eq!(code(&["complaint", "show", "CMP-2026-0099"]), 2, "no such record");
    assert_eq!(code(&["--as", "S99", "complaint", "triage", &id, "--ours"]), 2, "no such person");
    assert_eq!(code(&["complaint", "list", "--room", "R9"]), 2, "no such room to filter by");
    let new_in =
        |room: &str| code(&["--as", "S11", "complaint", "new", "--channel", "box", "--room", room, "--summary", "x"]);
    assert_eq!(new_in("R9"), 1, "a record naming an unknown room is refused by its rule (SC-3.1)");
    repo.write(&complaint_path(&id), repo.read(&complaint_path(&id)).replace("room = \"R1\"", "room = \"R9\""));
    assert_eq!(code(&["check"]), 1, "findings");
    repo.write("svc.toml", "[centre]\nname = 1\n");
    assert_eq!(code(&["check"]), 3, "svc.toml unusable");
    assert_eq!(code(&["complaint", "list"]), 3);
    let elsewhere = tempfile::tempdir().unwrap();
    let out = Command::new(svc_bin())
        .env("SVC_LANG", "en")
        .current_dir(elsewhere.path())
        .env_remove("SVC_REPO")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "no repository");
    // A write that fails: the temp folder cannot be made.
    let repo = TestRepo::new();
    repo.write(".svc", "not a folder");
    let out = repo
        .svc()
        .args(["--as", "S11", "complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!repo.path().join("records/complaints/2026/CMP-2026-0001.toml").exists());
}

#[test]
fn control_characters_are_refused_and_never_printed_raw() {
    let repo = TestRepo::new();
    let hostile = "態度\u{1b}]0;pwned\u{7}差";
    let err = repo.refused("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", hostile]);
    assert!(err.contains("[CC-6]") && err.contains("control or invisible character"), "{err}");
    assert!(!repo.path().join("records/complaints/2026/CMP-2026-0001.toml").exists());
    // Typed into the file by hand: check names it, show and list print it escaped.
    let id = repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "態度差"]);
    let path = complaint_path(&id);
    repo.write(&path, repo.read(&path).replace("態度差", "態度\\u001b]0;pwned\\u0007差"));
    let out = repo.svc().arg("check").output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("file.plain-text"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    for args in [
        vec!["complaint", "show", id.as_str()],
        vec!["complaint", "list"],
        vec!["complaint", "list", "--format", "csv"],
    ] {
        let out = repo.svc().args(&args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{args:?} printed a raw escape");
        assert!(text.contains("\\u{1b}"), "{args:?} shows it escaped: {text}");
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_under_records_are_never_followed() {
    let repo = TestRepo::new();
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(repo.path().join("records/complaints")).unwrap();
    std::os::unix::fs::symlink(outside.path(), repo.path().join("records/complaints/2026")).unwrap();
    let err = repo.fails(3, "S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    assert!(err.contains("symbolic link"), "{err}");
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0, "nothing written outside the repository");
    let out = repo.svc().arg("check").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("records/complaints/2026") && stdout.contains("symbolic link"), "{stdout}");
    assert_eq!(out.status.code(), Some(1));
    // A record that is a link to a file outside: not read, not rewritten.
    let repo = TestRepo::new();
    let id = repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    let path = repo.path().join(complaint_path(&id));
    let target = outside.path().join("x.toml");
    std::fs::rename(&path, &target).unwrap();
    std::os::unix::fs::symlink(&target, &path).unwrap();
    let before = std::fs::read(&target).unwrap();
    repo.fails(3, "S11", &["complaint", "triage", &id, "--ours"]);
    assert_eq!(std::fs::read(&target).unwrap(), before);
}

/// records/ itself a link (issue 20): check refuses it as the steps do, reading nothing
/// through it, so a finding never names a file outside the repository.
#[test]
fn records_as_a_symbolic_link_is_refused_by_check_too() {
    let repo = TestRepo::demo_copy();
    let outside = tempfile::tempdir().unwrap();
    std::fs::rename(repo.path().join("records"), outside.path().join("records")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("records"), repo.path().join("records")).unwrap();
    let (code, findings) = repo.check_json();
    assert_eq!(code, 1, "{findings:#?}");
    assert_eq!(findings.len(), 1, "nothing read through the link: {findings:#?}");
    assert_eq!(findings[0]["file"], "records");
    assert!(findings[0]["message"].as_str().unwrap().contains("symbolic link"));
    repo.fails(3, "S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
}

/// Output grows with the records, never with the days (issue 20): checked as of 2200, the
/// demo's missed box days and unsent sheets are folded into one finding each per room and
/// recipient, with their count and span.
#[test]
fn findings_per_day_are_folded_so_output_never_grows_with_the_days() {
    let repo = TestRepo::demo_copy();
    let out = repo.svc().args(["--date", "2200-12-31", "check", "--format", "json"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let of = |rule: &str| findings.iter().filter(|f| f["rule"] == rule).collect::<Vec<_>>();
    let boxes = of("box.collected-daily");
    assert_eq!(boxes.len(), 1, "{boxes:#?}");
    assert!(boxes[0]["message"].as_str().unwrap().contains("working days, 2026-11-30 to 2200-12-30"), "{boxes:#?}");
    let sheets = of("attendance.sheets-sent");
    assert_eq!(sheets.len(), 10, "one per room and recipient: {sheets:#?}");
    assert!(
        sheets.iter().all(|f| f["message"].as_str().unwrap().contains("months, 2026-11 to 2200-11")),
        "{sheets:#?}"
    );
    assert!(findings.len() < 40, "{}", findings.len());
}

#[test]
fn output_never_goes_into_records_or_over_svc_toml() {
    let repo = TestRepo::demo_copy();
    let before = repo.snapshot();
    for target in ["svc.toml", "records/complaints/2026/CMP-2026-0001.toml", "records/new.csv"] {
        let err = repo.fails(2, "S01", &["stats", "yearly", "--year", "2026", "--format", "csv", "--output", target]);
        assert!(err.contains("--output"), "{err}");
    }
    assert_eq!(repo.snapshot(), before);
    repo.ok("S01", &["stats", "yearly", "--year", "2026", "--format", "csv", "--output", "2026.csv"]);
}

#[test]
fn stray_files_under_records_are_errors_naming_them() {
    let repo = TestRepo::demo_copy();
    let text = repo.read(&complaint_path("CMP-2026-0001"));
    for stray in [
        "records/complaints/2026/CMP-2026-0100.TOML",
        "records/complaints/2026/CMP-2026-0001.toml.bak",
        "records/complaints/CMP-2026-0101.toml",
        "records/complaint/2026/CMP-2026-0102.toml",
        "records/complaints/2026/.CMP-2026-0001.toml.4242.svc-tmp",
    ] {
        repo.write(stray, &text);
    }
    let (code, findings) = repo.check_json();
    assert_eq!(code, 1);
    for stray in [
        "CMP-2026-0100.TOML",
        "CMP-2026-0001.toml.bak",
        "complaints/CMP-2026-0101.toml",
        "records/complaint",
        "4242.svc-tmp",
    ] {
        assert!(
            findings.iter().any(|f| f["rule"] == "file.placed" && f["file"].as_str().unwrap().contains(stray)),
            "{stray} not named: {findings:#?}"
        );
    }
}

#[test]
fn edits_keep_crlf_bom_and_permission_bits() {
    let repo = TestRepo::new();
    let id = repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    let path = complaint_path(&id);
    let crlf = format!("\u{feff}{}", repo.read(&path).replace('\n', "\r\n"));
    repo.write(&path, &crlf);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(repo.path().join(&path), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    repo.ok("S11", &["complaint", "triage", &id, "--ours"]);
    let after = repo.read(&path);
    assert!(after.starts_with('\u{feff}'), "the byte-order mark stays");
    assert!(after.contains("[triage]\r\n"), "new lines are CRLF too: {after:?}");
    assert!(!after.replace("\r\n", "").contains('\n'), "no bare LF: {after:?}");
    assert!(after.starts_with(&crlf[..crlf.find("status").unwrap()]), "the untouched lines are byte for byte the same");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(repo.path().join(&path)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn leftover_temp_files_are_reported_then_cleaned_by_the_next_write() {
    let repo = TestRepo::new();
    repo.write(".svc/tmp/.CMP-2026-0001.toml.a1b2c3.svc-tmp", "half a record");
    let out = repo.svc().arg("check").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("warning[CC-6]") && stdout.contains("file.no-leftover-temp"), "{stdout}");
    repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    assert_eq!(std::fs::read_dir(repo.path().join(".svc/tmp")).unwrap().count(), 0);
}

/// A step that writes two files, killed at each point in between: the next command finishes
/// it, and nothing is orphaned, torn or left behind.
#[test]
fn analysis_killed_between_its_two_writes_is_finished_by_the_next_command() {
    for point in ["after-journal", "after-first-write"] {
        let repo = TestRepo::new();
        let id = repo.accepted_complaint();
        let out = repo.svc().env("SVC_FAULT", point).args(analyse_args(&id)).output().unwrap();
        assert!(!out.status.success(), "{point}: the process died");
        let (code, findings) = check_on(&repo);
        assert_eq!(code, 1, "{point}: check sees the interrupted step");
        assert!(findings.contains("file.no-interrupted-step"), "{point}: {findings}");
        repo.svc().args(["--as", "S02", "repair"]).assert().success();
        let (code, findings) = check_on(&repo);
        assert_eq!(code, 0, "{point}: {findings}");
        assert!(repo.read(&complaint_path(&id)).contains("capa = \"CAPA-2026-0001\""));
        assert!(repo.path().join(capa_path("CAPA-2026-0001")).is_file());
    }
}

fn check_on(repo: &TestRepo) -> (i32, String) {
    let out = repo.svc().arg("check").output().unwrap();
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// kill -9 at random moments of every writing command, many times: afterwards (and after
/// any later command) no orphan, no torn file, no temp file, and every id that was handed
/// out is in a file.
#[test]
fn kill_9_at_random_points_loses_nothing() {
    use std::time::{Duration, Instant};
    let repo = TestRepo::new();
    let (complaint, capa) = repo.analysed();
    let started = Instant::now();
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut killed = 0;
    for round in 0..70 {
        let accepted = repo.accepted_complaint();
        let received = repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "y"]);
        let attempts: Vec<Vec<String>> = vec![
            vec!["--as", "S11", "complaint", "triage", &received, "--ours"],
            vec![
                "--as",
                "S02",
                "conduct",
                "propose",
                "--staff",
                "S11",
                "--kind",
                "commendation",
                "--ground",
                "C2",
                "--note",
                "x",
            ],
            vec![
                "--as",
                "S02",
                "complaint",
                "analyse",
                &accepted,
                "--cause-category",
                "delay",
                "--cause",
                "x",
                "--responsible",
                "S12",
            ],
            vec!["--as", "S11", "complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"],
            vec!["--as", "S11", "capa", "track", &capa, "--action", "x", "--kind", "corrective", "--due", "2026-03-09"],
            vec![
                "--as",
                "S12",
                "leave",
                "request",
                "--staff",
                "S12",
                "--kind",
                "personal",
                "--from",
                "2026-04-01",
                "--to",
                "2026-04-01",
                "--reason",
                "x",
            ],
            vec!["--as", "S10", "attendance", "incident", "--staff", "S11", "--kind", "late"],
        ]
        .into_iter()
        .map(|a| a.into_iter().map(String::from).collect())
        .collect();
        let args = &attempts[round % attempts.len()];
        let mut child = Command::new(svc_bin())
            .env("SVC_LANG", "en")
            .current_dir(repo.path())
            .env("SVC_TODAY", TODAY)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(next() % 15_000));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
    }
    assert!(killed > 5, "the loop killed processes mid-way ({killed})");
    repo.svc().args(["--as", "S02", "repair"]).assert().success();
    let (code, findings) = check_on(&repo);
    assert!(!findings.contains("error["), "after kills and a repair, no error: {findings}");
    assert!(code == 0, "{findings}");
    assert_eq!(std::fs::read_dir(repo.path().join(".svc/tmp")).map(|d| d.count()).unwrap_or(0), 0);
    assert!(!repo.path().join(".svc/journal.json").exists());
    // Every complaint analysed names a CAPA that exists and names it back (check's CC-4.3),
    // and ids are consecutive: none handed out without a file.
    let dir = repo.path().join("records/complaints/2026");
    let mut seqs: Vec<u32> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy()[9..13].parse().unwrap())
        .collect();
    seqs.sort();
    assert_eq!(seqs, (1..=seqs.len() as u32).collect::<Vec<_>>(), "ids without gaps");
    assert!(!complaint.is_empty());
    assert!(started.elapsed() < Duration::from_secs(60), "the loop stays under a minute");
}

/// Every read command with a large output, into a pipe its reader closes after one line
/// (`| head -1`): a quiet end, exit 0, nothing on stderr. A generated centre of 3,000
/// records makes each output far larger than a pipe's buffer.
#[test]
fn every_large_output_ends_quietly_when_the_reader_closes_the_pipe() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let centre = dir.path().join("centre");
    let made = Command::new(svc_bin()).arg("generate").arg(&centre).args(["--records", "3000"]).output().unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let commands: [&[&str]; 30] = [
        &["complaint", "list", "--format", "csv"],
        &["capa", "list", "--format", "json"],
        &["leave", "list"],
        &["leave", "list", "--format", "json"],
        &["conduct", "list"],
        &["conduct", "suggest"],
        &["inspection", "list", "--format", "csv"],
        &["doc", "list", "--format", "csv"],
        &["box", "list", "--format", "csv"],
        &["training", "list", "--format", "csv"],
        &["staff", "list", "--format", "csv"],
        &["room", "list"],
        &["stats", "yearly", "--year", "2026"],
        &["stats", "yearly", "--year", "2026", "--format", "json"],
        &["stats", "yearly", "--year", "2026", "--format", "html"],
        &["stats", "monthly", "2026-10", "--format", "csv"],
        &["man"],
        &["complaint", "list"],
        &["complaint", "list", "--format", "json"],
        &["capa", "list", "--format", "csv"],
        &["capa", "list", "--overdue"],
        &["leave", "list", "--format", "csv"],
        &["todo", "--all", "--format", "csv"],
        &["todo", "--all"],
        &["conduct", "list", "--format", "csv"],
        &["check"],
        &["check", "--format", "json"],
        &["check", "--format", "gitlab"],
        &["stats", "yearly", "--year", "2026", "--format", "csv"],
        &["check", "--list-rules"],
    ];
    for args in commands {
        let mut child = Command::new(svc_bin())
            .env("SVC_LANG", "en")
            .arg("--repo")
            .arg(&centre)
            .args(["--date", "2026-11-27"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        // The reader is gone: the pipe is closed after one line.
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!first.is_empty(), "{args:?} wrote something");
        assert_eq!(out.status.code(), Some(0), "{args:?} ({:?}): {stderr}", out.status);
        // (check's own summary, "0 errors, …", may come when the reader was slow to close.)
        assert!(!stderr.contains("Broken pipe") && !stderr.contains("error:"), "{args:?}: {stderr}");
    }
}

/// A FIFO where svc keeps its journal or lock, or named like a record, is refused or
/// reported and never opened: no command hangs on it.
#[test]
fn special_files_are_refused_and_never_block() {
    let repo = TestRepo::new();
    repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    let mkfifo = |rel: &str| {
        let status = Command::new("mkfifo").arg(repo.path().join(rel)).status().expect("mkfifo");
        assert!(status.success());
    };
    // Run with a deadline: a hang fails the test instead of stalling the suite.
    let run = |args: &[&str]| {
        let out = Command::new("timeout")
            .arg("20")
            .arg(svc_bin())
            .current_dir(repo.path())
            .env("SVC_LANG", "en")
            .env("SVC_TODAY", TODAY)
            .args(args)
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(124), "{args:?} hung");
        out
    };
    mkfifo(".svc/journal.json");
    let out = run(&["--as", "S11", "complaint", "new", "--channel", "box", "--room", "R1", "--summary", "y"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{said}");
    assert!(said.contains(".svc/journal.json is not a regular file"), "{said}");
    std::fs::remove_file(repo.path().join(".svc/journal.json")).unwrap();
    mkfifo(".svc/lock.fifo");
    std::fs::remove_file(repo.path().join(".svc/lock")).unwrap();
    std::fs::rename(repo.path().join(".svc/lock.fifo"), repo.path().join(".svc/lock")).unwrap();
    let out = run(&["--as", "S11", "complaint", "new", "--channel", "box", "--room", "R1", "--summary", "y"]);
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_file(repo.path().join(".svc/lock")).unwrap();
    mkfifo("records/complaints/2026/CMP-2026-0005.toml");
    let out = run(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("records/complaints/2026/CMP-2026-0005.toml:1:1: error") && text.contains("not a regular file"),
        "{text}"
    );
    let out = run(&["complaint", "list"]);
    assert_eq!(out.status.code(), Some(0), "a list skips it: {}", String::from_utf8_lossy(&out.stderr));
}

/// A right-to-left override (or a zero-width mark) in a summary makes a form read otherwise
/// than it is stored: refused at the step, an error of check, shown escaped.
#[test]
fn bidi_and_invisible_controls_are_refused_like_control_characters() {
    let repo = TestRepo::new();
    for summary in ["退款\u{202e}元0001", "態度\u{200b}差"] {
        let out = repo
            .svc()
            .args(["--as", "S11", "complaint", "new", "--channel", "box", "--room", "R1", "--summary", summary])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{said}");
        assert!(said.contains("invisible character"), "{said}");
    }
    let id = repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    let path = complaint_path(&id);
    repo.write(&path, repo.read(&path).replace("summary = \"x\"", "summary = \"a\u{202e}b\""));
    let out = repo.svc().arg("check").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(text.contains("file.plain-text") && text.contains("\\u{202e}") && !text.contains('\u{202e}'), "{text}");
}

/// `svc man --dir DIR` writes a page per command, every `svc-…(1)` a page names exists,
/// and each is dated; `svc man complaint new` prints that one page (issue 19).
#[test]
fn manual_pages_for_every_command_dated_and_referring_to_pages_that_exist() {
    let repo = TestRepo::new();
    let dir = tempfile::tempdir().unwrap();
    repo.svc().args(["--date", "2026-12-02", "man", "--dir"]).arg(dir.path()).assert().success();
    let pages: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    for page in ["svc.1", "svc-complaint.1", "svc-complaint-new.1", "svc-capa-remind.1", "svc-staff-list.1"] {
        assert!(pages.iter().any(|p| p == page), "{page} in {pages:?}");
    }
    assert!(!pages.iter().any(|p| p.contains("-help")), "no page for clap's help subcommand: {pages:?}");
    for page in &pages {
        let text = std::fs::read_to_string(dir.path().join(page)).unwrap();
        let th = text.lines().find(|l| l.starts_with(".TH")).unwrap();
        assert!(th.contains("2026-12-02"), "{page}: {th}");
        for referred in text.split("svc\\-").skip(1) {
            let name: String =
                referred.chars().take_while(|c| c.is_ascii_lowercase() || *c == '\\' || *c == '-').collect();
            let file = format!("svc-{}.1", name.replace('\\', ""));
            assert!(pages.contains(&file), "{page} refers to {file}, which is not written");
        }
    }
    let one = repo.svc().args(["man", "complaint", "new"]).output().unwrap();
    assert!(String::from_utf8_lossy(&one.stdout).contains(".TH svc-complaint-new 1"));
    repo.svc().args(["man", "nosuch"]).assert().code(2);
}

/// At 80 columns the lists fit and ids and dates stay whole (issue 19): text wraps, an id
/// never breaks, and columns a narrow terminal can spare are dropped.
#[test]
fn tables_at_80_columns_fit_without_breaking_ids_or_dates() {
    let repo = TestRepo::demo_copy();
    for (args, ids) in [
        (&["capa", "list", "--overdue"][..], &["CAPA-2026-0019", "CAPA-2026-0027", "CMP-2026-0023"][..]),
        (&["leave", "list"][..], &["LV-2026-0001", "LV-2026-0014", "2026-02-03 09:00"][..]),
    ] {
        let out = repo.svc().env("COLUMNS", "80").args(["--date", DEMO_DAY]).args(args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        for line in text.lines() {
            let width = unicode_width::UnicodeWidthStr::width(line);
            assert!(width <= 80, "{args:?}: {width} columns: {line}");
        }
        for id in ids {
            assert!(text.contains(id), "{args:?}: {id} is broken:\n{text}");
        }
    }
}

/// A file name holding an escape sequence or a newline (issue 20): check shows both escaped,
/// and each finding stays on one `file:line:col:` line; an error naming a value typed with
/// an escape sequence shows it escaped too.
#[test]
fn hostile_file_names_and_values_are_shown_escaped() {
    let repo = TestRepo::demo_copy();
    let folder = repo.path().join("records/complaints/2026");
    std::fs::write(folder.join("evil\u{1b}[31mred.toml"), "x = 1\n").unwrap();
    std::fs::write(folder.join("new\nline.toml"), "x = 1\n").unwrap();
    let out = repo.svc().args(["--date", DEMO_DAY, "check"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains('\u{1b}'), "an escape sequence reaches the terminal: {stdout}");
    for line in stdout.lines() {
        assert!(line.starts_with("records/") || line.starts_with("svc.toml"), "a finding split over lines: {line:?}");
    }
    assert!(stdout.contains("records/complaints/2026/evil\\u{1b}[31mred.toml:1:1: "), "{stdout}");
    assert!(stdout.contains("records/complaints/2026/new\\u{a}line.toml:1:1: "), "{stdout}");
    let out = repo.svc().args(["complaint", "show", "CMP-2026-0001\u{1b}[31m"]).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains('\u{1b}') && stderr.contains("\\u{1b}"), "{stderr}");
}
