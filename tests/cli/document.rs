//! The document register (公文登記, RP-2 P3): one holder at a time, each hand-over signed
//! for by its receiver, a loss with whose charge it was; P3 suggested from it.

use crate::common::*;

fn run(repo: &TestRepo, day: &str, actor: &str, args: &[&str]) -> std::process::Output {
    repo.svc().args(["--date", day, "--as", actor, "doc"]).args(args).output().unwrap()
}

fn ok(out: std::process::Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn refused(out: std::process::Output, why: &str) {
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(why) && err.contains("[RP-2]"), "{why}: {err}");
}

#[test]
fn a_document_goes_to_one_holder_at_a_time_and_is_signed_for() {
    let repo = TestRepo::new();
    let id =
        ok(run(&repo, "2026-03-02", "S02", &["receive", "--title", "通知", "--from", "區稅務局", "--kept", "文件櫃A"]));
    assert_eq!(id, "DOC-2026-0001");
    ok(run(&repo, "2026-03-02", "S02", &["hand-over", &id, "--to", "S20"]));
    refused(run(&repo, "2026-03-03", "S02", &["hand-over", &id, "--to", "S21"]), "is still with S20");
    refused(run(&repo, "2026-03-03", "S21", &["sign", &id]), "only S20");
    // Not signed for yet: check says so (ground P3), as a warning.
    let check = repo.svc().args(["--date", "2026-03-03", "check"]).output().unwrap();
    let out = String::from_utf8_lossy(&check.stdout);
    assert!(out.contains("never signed for") && out.contains("(doc.signed-for)"), "{out}");
    ok(run(&repo, "2026-03-03", "S20", &["sign", &id]));
    ok(run(&repo, "2026-03-04", "S20", &["return", &id]));
    ok(run(&repo, "2026-03-04", "S02", &["hand-over", &id, "--to", "S21"]));
    ok(run(&repo, "2026-03-04", "S21", &["sign", &id]));
    ok(run(&repo, "2026-03-05", "S02", &["loss", &id, "--damaged", "--responsible", "S21", "--note", "被水浸濕"]));
    refused(run(&repo, "2026-03-06", "S02", &["close", &id]), "lost or damaged");
    let text = repo.read("records/documents/2026/DOC-2026-0001.toml");
    assert!(text.contains("harm = \"damaged\"") && text.contains("responsible = \"S21\""), "{text}");
    let check = repo.svc().args(["--date", "2026-03-06", "check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stdout));
}

/// On the demo: the guideline S41 lost is their P3, and a proposal may rest on it.
#[test]
fn the_register_grounds_p3() {
    let json: serde_json::Value =
        serde_json::from_slice(&demo(&["conduct", "suggest", "--year", "2026", "--format", "json"])).unwrap();
    let p3: Vec<&serde_json::Value> = json.as_array().unwrap().iter().filter(|s| s["ground"] == "P3").collect();
    assert_eq!(p3.len(), 1, "{p3:#?}");
    assert_eq!(p3[0]["staff"], "S41");
    assert_eq!(p3[0]["evidence"][0], "DOC-2026-0002");
    let repo = TestRepo::demo_copy();
    let propose = |staff: &str| {
        repo.svc()
            .args([
                "--date",
                "2026-11-27",
                "--as",
                "S02",
                "conduct",
                "propose",
                "--staff",
                staff,
                "--kind",
                "criticism",
            ])
            .args(["--ground", "P3", "--note", "遺失公文", "--evidence", "DOC-2026-0002"])
            .output()
            .unwrap()
    };
    let out = propose("S42");
    assert_eq!(out.status.code(), Some(1), "not S42's document");
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not concern S42"));
    assert!(propose("S41").status.success());
}
