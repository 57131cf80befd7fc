//! Git as the system of record: each step a commit by its actor.

mod common;

use common::*;

fn log(repo: &TestRepo) -> Vec<String> {
    repo.git_ok(&["log", "--format=%an|%ae|%s"]).lines().map(String::from).collect()
}

#[test]
fn each_step_is_one_commit_by_its_actor_naming_record_step_and_clause() {
    let repo = TestRepo::git();
    let (id, capa) = repo.analysed();
    let log = log(&repo);
    assert_eq!(log.len(), 4, "three steps and the first commit: {log:#?}");
    assert_eq!(log[2], format!("S11 李小龍|s11@staff.invalid|{id} new: in-person at R1 [CC-4.2]"));
    assert_eq!(log[1], format!("S11 李小龍|s11@staff.invalid|{id} triage: ours [CC-4.1]"));
    assert_eq!(
        log[0],
        format!(
            "S02 陳佩珊|chen.peishan@centre.example|{id} analyse: attitude, S11 responsible, opening {capa} [CC-4.3]"
        )
    );
    let files = repo.git_ok(&["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(
        files.lines().collect::<Vec<_>>(),
        [capa_path(&capa).as_str(), complaint_path(&id).as_str()],
        "exactly the step's files"
    );
    assert_eq!(repo.git_ok(&["status", "--porcelain"]), "", "nothing left uncommitted");
}

#[test]
fn other_staged_and_unstaged_changes_are_left_alone() {
    let repo = TestRepo::git();
    repo.write("notes.txt", "draft");
    repo.git_ok(&["add", "notes.txt"]);
    repo.write("svc.toml", repo.read("svc.toml") + "\n# an edit in progress\n");
    let id = repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"]);
    let files = repo.git_ok(&["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(files.trim(), complaint_path(&id));
    let status = repo.git_ok(&["status", "--porcelain"]);
    assert!(status.contains("A  notes.txt"), "still staged: {status}");
    assert!(status.contains(" M svc.toml"), "still unstaged: {status}");
}

#[test]
fn no_commit_and_git_commit_false_leave_committing_to_people() {
    let repo = TestRepo::git();
    repo.svc()
        .args(["--as", "S11", "--no-commit", "complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"])
        .assert()
        .success();
    assert_eq!(log(&repo).len(), 1);
    repo.write("svc.toml", repo.read("svc.toml") + "\n[git]\ncommit = false\n");
    repo.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "y"]);
    assert_eq!(log(&repo).len(), 1);
    // Outside git, steps work as they always did.
    let plain = TestRepo::new();
    plain.ok("S11", &["complaint", "new", "--channel", "box", "--room", "R1", "--summary", "z"]);
}

#[test]
fn a_step_killed_before_its_commit_is_committed_by_the_next_command() {
    let repo = TestRepo::git();
    let out = repo
        .svc()
        .env("SVC_FAULT", "before-commit")
        .args(["--as", "S11", "complaint", "new", "--channel", "box", "--room", "R1", "--summary", "x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(log(&repo).len(), 1, "the file is written, the commit not yet");
    repo.svc().args(["--as", "S02", "repair"]).assert().success();
    let log = log(&repo);
    assert_eq!(log.len(), 2, "{log:#?}");
    assert!(log[0].starts_with("S11 李小龍|") && log[0].contains("CMP-2026-0001 new"), "by the step's actor: {log:#?}");
}

#[test]
fn nobody_acts_as_someone_else_from_their_own_git_identity() {
    let repo = TestRepo::git();
    repo.git_ok(&["config", "user.email", "chen.peishan@centre.example"]);
    let id = repo.ok("S02", &["complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "x"]);
    let err = repo.fails(2, "D02", &["complaint", "triage", &id, "--ours"]);
    assert!(err.contains("S02") && err.contains("cannot act as D02"), "{err}");
}
