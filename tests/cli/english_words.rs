//! A clerk who reads only Chinese (issue 19): every read command's output on the demo, in
//! Traditional Chinese, holds no English word other than what is typed or named as it is:
//! record, staff and room ids, rule names, clause ids, commands and flags, file names. A
//! token (`attitude`, `room-head`) shown where its name belongs fails here, naming the
//! command and the line.

use std::path::Path;

use crate::common::english::{allowed, english_words};
use crate::common::*;

fn ids_in(dir: &Path) -> Vec<String> {
    files_under(dir, "toml").iter().map(|p| p.file_stem().unwrap().to_string_lossy().into_owned()).collect()
}

/// `svc ARGS` on the demo copy in Traditional Chinese; stdout and stderr together.
fn said(repo: &TestRepo, args: &[&str]) -> String {
    let out = repo
        .svc()
        .env("SVC_LANG", "zh-Hant")
        .env("SVC_PAGER", "cat")
        .env("SVC_TODAY", DEMO_DAY)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "svc {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn read_commands_speak_chinese_only() {
    let repo = TestRepo::demo_copy();
    let mut commands: Vec<Vec<String>> = [
        "todo --all",
        "--as S02 todo",
        "--as S12 whoami",
        "complaint list",
        "complaint list --format csv",
        "capa list",
        "capa list --overdue",
        "capa list --format csv",
        "leave list",
        "leave list --format csv",
        "attendance month 2026-10",
        "conduct list",
        "conduct suggest --year 2026",
        "conduct history S11",
        "inspection list",
        "doc list",
        "room list",
        "room show R1",
        "staff list",
        "training list",
        "box list",
        "stats yearly --year 2026",
        "stats yearly --year 2026 --format csv",
        "stats monthly 2026-10",
        "check",
        "todo --all --format csv",
    ]
    .iter()
    .map(|c| c.split(' ').map(String::from).collect())
    .collect();
    for (dir, show) in [
        ("complaints", "complaint"),
        ("capa", "capa"),
        ("leave", "leave"),
        ("conduct", "conduct"),
        ("inspections", "inspection"),
        ("documents", "doc"),
        ("box", "box"),
    ] {
        for id in ids_in(&repo.path().join("records").join(dir)) {
            commands.push(vec![show.to_string(), "show".to_string(), id]);
        }
    }
    // The help of the steps a clerk takes.
    for (group, steps) in [
        ("complaint", &["new", "triage", "analyse", "close"][..]),
        ("capa", &["track", "complete", "verify", "remind"][..]),
        ("leave", &["request", "approve", "reject"][..]),
        ("conduct", &["propose", "decide"][..]),
    ] {
        commands.push(vec![group.to_string(), "--help".to_string()]);
        for step in steps {
            commands.push(vec![group.to_string(), step.to_string(), "--help".to_string()]);
        }
    }
    let allowed = allowed();
    // Some 150 processes: read on four threads.
    let outputs: Vec<(String, String)> = std::thread::scope(|scope| {
        let chunks: Vec<_> = commands
            .chunks(commands.len().div_ceil(4))
            .map(|chunk| {
                let repo = &repo;
                scope.spawn(move || {
                    let mut outputs = Vec::new();
                    for args in chunk {
                        let args: Vec<&str> = args.iter().map(String::as_str).collect();
                        outputs.push((args.join(" "), said(repo, &args)));
                    }
                    outputs
                })
            })
            .collect();
        chunks.into_iter().flat_map(|c| c.join().unwrap()).collect()
    });
    let mut found = Vec::new();
    let mut read = 0;
    for (command, text) in &outputs {
        read += text.lines().count();
        found.extend(english_words(text, &allowed).into_iter().map(|w| format!("svc {command}: {w}")));
    }
    assert!(read > 2000, "only {read} lines read");
    assert!(found.is_empty(), "{} English words:\n{}", found.len(), found.join("\n"));
}

/// `svc log` of a record the steps wrote: the steps named in Chinese, the severity too;
/// svc's own commit subjects (English, for git) are not shown in Chinese.
#[test]
fn a_records_log_speaks_chinese_only() {
    let repo = TestRepo::git();
    let (complaint, capa) = repo.analysed();
    repo.ok(
        "S11",
        &["capa", "track", &capa, "--action", "增設分流引導", "--kind", "corrective", "--due", "2026-03-04"],
    );
    let allowed = allowed();
    for id in [&complaint, &capa] {
        let text = said(&repo, &["log", id]);
        assert!(text.contains("+ "), "{text}");
        let found = english_words(&text, &allowed);
        assert!(found.is_empty(), "svc log {id}:\n{}", found.join("\n"));
    }
    let log = said(&repo, &["log", &capa]);
    assert!(log.contains("第 1 輪第 1 項措施新增") && log.contains("S11 李小龍"), "{log}");
}

#[test]
fn the_scan_finds_a_token_where_a_name_belongs() {
    let allowed = allowed();
    assert_eq!(english_words("│ CMP-2026-0001 ┆ attitude ┆ R1 │", &allowed).len(), 1);
    assert_eq!(english_words("下一步 room-head", &allowed).len(), 1);
    assert!(
        english_words("見 `svc capa verify CAPA-2026-0019` (capa.verification-window) [CC-4.5]", &allowed).is_empty()
    );
    assert!(english_words("records/capa/2026/CAPA-2026-0019.toml:3:1: 警告[CC-4.5]", &allowed).is_empty());
}
