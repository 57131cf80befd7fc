//! Training and qualification (SC-3.2): a clerk serves only once the coordination office has
//! confirmed their qualification, and a qualification rests on recorded training.

use crate::common::*;

fn run(repo: &TestRepo, day: &str, actor: &str, args: &[&str]) -> std::process::Output {
    repo.svc().args(["--date", day, "--as", actor]).args(args).output().unwrap()
}

#[test]
fn a_new_clerk_serves_once_trained_and_confirmed() {
    let repo = TestRepo::new();
    // S52 joins without a `qualified` date in svc.toml: only records can confirm them.
    let config = repo.read("svc.toml").replace("unit = \"商務局\"\nqualified = 2026-01-12\n", "unit = \"商務局\"\n");
    repo.write("svc.toml", config);
    let check = |day: &str| {
        let out = repo.svc().args(["--date", day, "check", "--format", "json"]).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert!(check("2026-03-02").contains(&"config.window-staff-qualified".to_string()));
    let form = ["complaint", "new", "--channel", "phone", "--room", "R5", "--summary", "x"];
    let out = run(&repo, "2026-03-02", "S52", &form);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("[SC-3.2]"), "{err}");
    // A qualification without training is refused; training is the office's to record.
    let out = run(&repo, "2026-03-02", "S02", &["qualify", "--staff", "S52", "--certificate", "窗-2026-017"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no training of S52"), "trained first");
    let out = run(
        &repo,
        "2026-03-02",
        "S11",
        &["training", "record", "--staff", "S52", "--course", "窗口業務", "--hours", "8"],
    );
    assert_eq!(out.status.code(), Some(1), "only the office records training");
    let out = run(
        &repo,
        "2026-03-02",
        "S02",
        &["training", "record", "--staff", "S52", "--course", "窗口業務", "--hours", "8"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = run(&repo, "2026-03-03", "S02", &["qualify", "--staff", "S52", "--certificate", "窗-2026-017"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), "QUA-2026-0001");
    assert!(!check("2026-03-03").contains(&"config.window-staff-qualified".to_string()));
    assert!(run(&repo, "2026-03-03", "S52", &form).status.success(), "serves from the qualification day");
    let list = String::from_utf8(
        repo.svc().args(["training", "list", "--staff", "S52", "--format", "csv", "--no-bom"]).output().unwrap().stdout,
    )
    .unwrap();
    assert!(
        list.contains("TRN-2026-0001,2026-03-02,S52 宋佳,course,窗口業務 (8h)")
            && list.contains("QUA-2026-0001,2026-03-03,S52 宋佳,qualified,窗-2026-017"),
        "{list}"
    );
}
