//! Values typed in Chinese: channels, statuses, kinds in Traditional or Simplified, rooms by
//! name. The files keep the stable English tokens and room ids, whoever typed them.

mod common;

use common::*;

#[test]
fn a_complaint_logged_in_chinese_is_stored_in_tokens() {
    let repo = TestRepo::new();
    let id = repo.ok(
        "S12",
        &["--no-commit", "complaint", "new", "--channel", "現場", "--room", "稅務室", "--summary", "等候過久"],
    );
    let form = repo.read(&complaint_path(&id));
    assert!(form.contains("channel = \"in-person\""), "{form}");
    assert!(form.contains("room = \"R2\""), "{form}");

    let simplified =
        repo.ok("S12", &["--no-commit", "complaint", "new", "--channel", "电邮", "--room", "R1", "--summary", "x"]);
    assert!(repo.read(&complaint_path(&simplified)).contains("channel = \"email\""));

    let listed = repo.ok("S12", &["complaint", "list", "--status", "已登記", "--room", "稅務室", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&listed).unwrap();
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["id"], id.as_str());
    let none: Vec<serde_json::Value> =
        serde_json::from_str(&repo.ok("S12", &["complaint", "list", "--status", "已结案", "--format", "json"]))
            .unwrap();
    assert!(none.is_empty(), "no form is closed: {none:#?}");
}

#[test]
fn a_leave_slip_in_chinese_is_stored_in_tokens() {
    let repo = TestRepo::new();
    let id = repo.ok(
        "S40",
        &[
            "--no-commit",
            "leave",
            "request",
            "--staff",
            "S40",
            "--kind",
            "病假",
            "--from",
            "2026-03-03",
            "--to",
            "2026-03-03",
            "--reason",
            "發燒",
        ],
    );
    assert!(repo.read(&leave_path(&id)).contains("kind = \"sick\""));
}

#[test]
fn an_unknown_value_lists_the_choices_with_their_chinese_names() {
    let repo = TestRepo::new();
    let err = repo.fails(2, "S12", &["complaint", "new", "--channel", "传真", "--room", "R1", "--summary", "x"]);
    assert!(err.contains("'传真'") && err.contains("in-person (現場)") && err.contains("box (投訴箱)"), "{err}");
    let err = repo.fails(2, "S12", &["complaint", "list", "--room", "稅務"]);
    assert!(err.contains("unknown room `稅務`") && err.contains("R2 稅務室"), "{err}");
    assert!(repo.snapshot().keys().all(|p| !p.starts_with("records")), "nothing written");
}

#[test]
fn help_names_each_value_in_chinese() {
    let repo = TestRepo::new();
    let out = repo.svc().args(["complaint", "new", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("in-person: 現場") && help.contains("email:     電郵"), "{help}");
}
