//! `svc todo` (待辦) for each role on the demo: what waits for whom, as of the demo's day.

use crate::common::*;

fn todo(who: &str) -> Vec<(String, String)> {
    let out = assert_cmd::Command::cargo_bin("svc")
        .unwrap()
        .env("SVC_LANG", "en")
        .arg("--repo")
        .arg(project_root())
        .args(["--date", DEMO_DAY, "--as", who, "todo", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    items.iter().map(|i| (i["record"].as_str().unwrap().to_string(), i["what"].as_str().unwrap().to_string())).collect()
}

fn has(items: &[(String, String)], record: &str, what: &str) -> bool {
    items.iter().any(|(r, w)| r == record && w.contains(what))
}

#[test]
fn the_coordination_office_triages_analyses_verifies_and_reminds() {
    let items = todo("S02");
    assert!(has(&items, "CMP-2026-0028", "analyse"), "{items:#?}");
    assert!(has(&items, "CMP-2026-0029", "triage"), "{items:#?}");
    assert!(has(&items, "CAPA-2026-0019", "verify: 25 working days late"), "{items:#?}");
    assert!(has(&items, "CAPA-2026-0027", "remind S42 鄭凱 (reminder 3"), "{items:#?}");
    assert!(!items.iter().any(|(r, _)| r.starts_with("RP-")), "the office does not decide: {items:#?}");
}

#[test]
fn a_room_head_approves_the_slips_of_their_room_and_triages_its_forms() {
    let items = todo("S40");
    assert_eq!(items.len(), 2, "{items:#?}");
    assert!(has(&items, "LV-2026-0014", "approval by the room head"));
    assert!(has(&items, "CMP-2026-0029", "triage"));
    assert!(!has(&todo("S30"), "LV-2026-0014", "approval"), "another room's head has nothing of it");
}

#[test]
fn the_deciders_decide_by_clause() {
    let d01 = todo("D01");
    assert!(has(&d01, "RP-2026-0004", "decide the warning of S11") && has(&d01, "RP-2026-0008", "criticism of S32"));
    assert!(!has(&d01, "RP-2026-0007", "removal"));
    assert_eq!(todo("D02"), vec![("RP-2026-0007".to_string(), "decide the removal of S42 鄭凱 (R4)".to_string())]);
}

#[test]
fn the_responsible_person_sees_their_overdue_actions() {
    let items = todo("S12");
    assert!(has(&items, "CAPA-2026-0022", "action 1") && has(&items, "CAPA-2026-0022", "action 2"), "{items:#?}");
    let out = assert_cmd::Command::cargo_bin("svc")
        .unwrap()
        .env("SVC_LANG", "en")
        .arg("--repo")
        .arg(project_root())
        .args(["--date", DEMO_DAY, "--as", "S12", "待辦"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("2026-11-09 (overdue)"), "{table}");
}

#[test]
fn all_of_it_names_who_may_act() {
    let out = assert_cmd::Command::cargo_bin("svc")
        .unwrap()
        .env("SVC_LANG", "en")
        .arg("--repo")
        .arg(project_root())
        .args(["--date", DEMO_DAY, "todo", "--all", "--format", "json"])
        .output()
        .unwrap();
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let slip = items.iter().find(|i| i["record"] == "LV-2026-0014").unwrap();
    assert_eq!(slip["who"], serde_json::json!(["S40"]));
    let verify = items.iter().find(|i| i["record"] == "CAPA-2026-0019").unwrap();
    assert!(!verify["who"].as_array().unwrap().iter().any(|w| w == "S50"), "never the responsible person");
}

/// The display width of a line: Chinese characters take two columns.
fn width(line: &str) -> usize {
    line.chars().map(|c| if matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6) { 2 } else { 1 }).sum()
}

#[test]
fn tables_fit_an_80_column_terminal() {
    for args in [&["complaint", "list"][..], &["capa", "list"], &["leave", "list"], &["todo", "--all"]] {
        let out = assert_cmd::Command::cargo_bin("svc")
            .unwrap()
            .env("SVC_LANG", "en")
            .env("COLUMNS", "80")
            .arg("--repo")
            .arg(project_root())
            .args(["--date", DEMO_DAY, "--as", "S02"])
            .args(args)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let widest = text.lines().map(width).max().unwrap_or(0);
        assert!(widest <= 80, "{args:?} is {widest} columns wide:\n{text}");
        assert!(text.contains("CMP-") || text.contains("CAPA-") || text.contains("LV-"), "{args:?} shows records");
    }
}

#[test]
fn completions_and_the_manual_come_from_the_commands() {
    let run = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("svc").unwrap().env("SVC_LANG", "en").args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let bash = run(&["completions", "bash"]);
    assert!(
        bash.contains("complaint") && bash.contains("todo") && bash.contains("--deny-warnings"),
        "bash knows the commands"
    );
    // Through a file: the script is larger than one command-line argument may be.
    let script = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(script.path(), &bash).unwrap();
    let check = std::process::Command::new("bash").arg("-n").arg(script.path()).status().unwrap();
    assert!(check.success(), "the bash script parses");
    for shell in ["zsh", "fish", "powershell"] {
        assert!(run(&["completions", shell]).contains("complaint"), "{shell}");
    }
    let man = run(&["man"]);
    assert!(man.starts_with(".ie") && man.contains(".TH svc 1") && man.contains("complaint"), "{man}");
}

fn list_json(who: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let out = assert_cmd::Command::cargo_bin("svc")
        .unwrap()
        .env("SVC_LANG", "en")
        .arg("--repo")
        .arg(project_root())
        .args(["--date", DEMO_DAY, "--as", who])
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn lists_narrow_to_one_persons_records() {
    let all = list_json("S12", &["complaint", "list"]);
    let mine = list_json("S12", &["complaint", "list", "--mine"]);
    let is_s12s = |c: &serde_json::Value| c["logged_by"] == "S12" || c["analysis"]["responsible"] == "S12";
    let expected: Vec<_> = all.iter().filter(|c| is_s12s(c)).map(|c| c["id"].clone()).collect();
    assert!(!expected.is_empty() && expected.len() < all.len(), "the demo has some of S12's and others");
    assert_eq!(mine.iter().map(|c| c["id"].clone()).collect::<Vec<_>>(), expected);

    let capas = list_json("S02", &["capa", "list"]);
    let s32s = list_json("S02", &["capa", "list", "--responsible", "S32"]);
    assert!(!s32s.is_empty() && s32s.len() < capas.len());
    assert!(s32s.iter().all(|c| c["responsible"] == "S32"), "{s32s:#?}");
    assert_eq!(s32s.len(), capas.iter().filter(|c| c["responsible"] == "S32").count());

    let slips = list_json("S21", &["leave", "list"]);
    let own = list_json("S21", &["leave", "list", "--mine"]);
    assert!(!own.is_empty() && own.len() < slips.len());
    assert!(own.iter().all(|l| l["staff"] == "S21"), "{own:#?}");
    assert_eq!(own.len(), slips.iter().filter(|l| l["staff"] == "S21").count());

    let unknown = assert_cmd::Command::cargo_bin("svc")
        .unwrap()
        .env("SVC_LANG", "en")
        .arg("--repo")
        .arg(project_root())
        .args(["--date", DEMO_DAY, "capa", "list", "--responsible", "S99"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2), "an unknown staff id is a usage error");
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown staff id `S99`"));
}

/// What the shell gets on Tab with the dynamic completion (`source <(COMPLETE=bash svc)`)
/// for `svc ARGS...`, the last word being completed.
fn tab(args: &[&str]) -> Vec<String> {
    let out = assert_cmd::Command::cargo_bin("svc")
        .unwrap()
        .env("SVC_LANG", "en")
        .current_dir(project_root())
        .env_remove("SVC_REPO")
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", args.len().to_string())
        .arg("--")
        .arg("svc")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().split(['\x0b', '\n']).filter(|w| !w.is_empty()).map(String::from).collect()
}

#[test]
fn tab_completes_record_ids_staff_and_rooms_from_the_repository() {
    let capas = tab(&["capa", "show", "CAPA-2026-002"]);
    let on_disk: Vec<String> = std::fs::read_dir(project_root().join("records/capa/2026"))
        .unwrap()
        .map(|e| e.unwrap().path().file_stem().unwrap().to_string_lossy().into_owned())
        .filter(|id| id.starts_with("CAPA-2026-002"))
        .collect();
    assert!(!on_disk.is_empty());
    let mut sorted = capas.clone();
    sorted.sort();
    let mut expected = on_disk.clone();
    expected.sort();
    assert_eq!(sorted, expected, "the CAPA files under records/, and only those");
    assert!(capas.windows(2).all(|w| w[0] > w[1]), "newest first: {capas:?}");

    let config = std::fs::read_to_string(project_root().join("svc.toml")).unwrap();
    let staff = tab(&["complaint", "list", "--responsible", "S3"]);
    assert!(!staff.is_empty());
    for id in &staff {
        assert!(id.starts_with("S3") && config.contains(&format!("id = \"{id}\"")), "{id}");
    }
    assert_eq!(tab(&["leave", "list", "--room", "R"]).len(), config.matches("[[rooms]]").count());
    // Cause categories complete from svc.toml (issue 19).
    let causes = tab(&["complaint", "analyse", "CMP-2026-0028", "--cause-category", ""]);
    assert_eq!(causes.len(), config.matches("[[complaints.cause_categories]]").count(), "{causes:?}");
    assert!(causes.iter().any(|c| c == "attitude"), "{causes:?}");
}

/// The records issue 13 added wait for people too: a document for its receiver's
/// signature, an approved removal for its notice, last year's statistics for the office head.
#[test]
fn new_records_wait_for_their_people() {
    let repo = crate::common::TestRepo::new();
    let run = |day: &str, actor: &str, args: &[&str]| {
        let out = repo.svc().args(["--date", day, "--as", actor]).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let doc = run("2026-03-02", "S02", &["doc", "receive", "--title", "通知", "--from", "區稅務局", "--kept", "櫃A"]);
    run("2026-03-02", "S02", &["doc", "hand-over", &doc, "--to", "S20"]);
    run("2026-03-02", "S12", &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "x"]);
    let todo = |actor: &str, day: &str| -> Vec<(String, String)> {
        let out = repo.svc().args(["--date", day, "--as", actor, "todo", "--format", "json"]).output().unwrap();
        let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        items
            .as_array()
            .unwrap()
            .iter()
            .map(|i| (i["record"].as_str().unwrap().to_string(), i["what"].as_str().unwrap().to_string()))
            .collect()
    };
    assert!(todo("S20", "2026-03-03").iter().any(|(r, w)| *r == doc && w.contains("sign for")), "the receiver signs");
    assert!(!todo("S02", "2026-03-03").iter().any(|(r, _)| *r == doc), "not the office's to sign");
    let head = todo("S01", "2027-01-05");
    assert!(head.iter().any(|(r, w)| r == "2026" && w.contains("submit the 2026 statistics")), "{head:?}");
    // Each item names the command that takes its step (what the menu runs).
    let out = repo.svc().args(["--date", "2027-01-05", "--as", "S01", "todo", "--format", "json"]).output().unwrap();
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let commands: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["command"].as_str().unwrap()).collect();
    assert!(commands.contains(&"svc stats yearly --year 2026 --submit"), "{commands:?}");
    assert!(commands.iter().all(|c| c.starts_with("svc ")), "{commands:?}");
}
