//! The generated centres the benchmarks run on, and reports across centres.

use std::path::Path;

use crate::common::*;
use assert_cmd::Command;

fn svc() -> Command {
    let mut cmd = Command::cargo_bin("svc").unwrap();
    cmd.env("SVC_LANG", "en");
    cmd.env_remove("SVC_REPO").env_remove("SVC_USER").env("GIT_CONFIG_GLOBAL", "/dev/null").env("SVC_TODAY", DEMO_DAY);
    cmd
}

fn generate(dir: &Path, records: &str, seed: &str) {
    svc().arg("generate").arg(dir).args(["--records", records, "--seed", seed]).assert().success();
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.strip_prefix(dir).unwrap().display().to_string(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_generated_centre_passes_check_with_every_kind_and_is_the_same_for_a_seed() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    generate(a.path(), "3000", "7");
    generate(b.path(), "3000", "7");
    assert!(files(a.path()) == files(b.path()), "the same seed gives the same files");
    let out = svc().arg("--repo").arg(a.path()).args(["check", "--format", "json"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["errors"],
        0,
        "{:#?}",
        &report["findings"].as_array().unwrap().iter().filter(|f| f["severity"] == "error").take(5).collect::<Vec<_>>()
    );
    assert!(report["files"].as_u64().unwrap() > 2500);
    for kind in ["complaints", "capa", "leave", "incidents", "dispatches", "conduct"] {
        let dir = a.path().join("records").join(kind);
        assert!(dir.is_dir() && files(&dir).len() > 1, "{kind} generated");
    }
    let capa = files(&a.path().join("records/capa"))
        .into_iter()
        .map(|(_, t)| String::from_utf8(t).unwrap())
        .collect::<Vec<_>>();
    assert!(capa.iter().any(|t| t.matches("[[rounds]]").count() == 2), "second rounds");
    assert!(capa.iter().any(|t| t.contains("[[reminders]]")), "reminders");
    assert!(capa.iter().any(|t| t.contains("late = true")), "late verifications");
}

fn yearly(dir: &Path) -> serde_json::Value {
    let out =
        svc().arg("--repo").arg(dir).args(["stats", "yearly", "--year", "2026", "--format", "json"]).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_report_across_two_centres_adds_up_each_centres_own_figures() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    generate(a.path(), "2000", "1");
    generate(b.path(), "1500", "2");
    let svc_toml = b.path().join("svc.toml");
    std::fs::write(&svc_toml, std::fs::read_to_string(&svc_toml).unwrap().replace("生成的服務中心", "第二中心"))
        .unwrap();
    let (ra, rb) = (yearly(a.path()), yearly(b.path()));
    let out = svc()
        .arg("--repo")
        .arg(a.path())
        .args(["stats", "yearly", "--year", "2026", "--lang", "en", "--format", "csv", "--no-bom"])
        .arg(a.path())
        .arg(b.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).unwrap();
    let value = |section: &str, item: &str, measure: &str| -> u64 {
        let line = csv
            .lines()
            .find(|l| l.starts_with(&format!("{section},{item},{measure},")))
            .unwrap_or_else(|| panic!("no {section}/{item}/{measure} in {csv}"));
        line.rsplit(',').next().unwrap().parse().unwrap()
    };
    let n = |r: &serde_json::Value, k: &str| r[k].as_u64().unwrap();
    assert_eq!(value("Summary", "complaints", "生成的服務中心"), n(&ra, "complaints"));
    assert_eq!(value("Summary", "complaints", "第二中心"), n(&rb, "complaints"));
    assert_eq!(value("Summary", "complaints", "total"), n(&ra, "complaints") + n(&rb, "complaints"));
    assert_eq!(
        value("Summary", "reminders", "total"),
        ra["capa"]["reminders"].as_u64().unwrap() + rb["capa"]["reminders"].as_u64().unwrap()
    );
    assert_eq!(
        value("By month", "2026-03", "total"),
        ra["by_month"][2].as_u64().unwrap() + rb["by_month"][2].as_u64().unwrap()
    );
    // The same category named differently in the second centre: refused, both named.
    let text = std::fs::read_to_string(&svc_toml).unwrap();
    std::fs::write(&svc_toml, format!("{text}\n[[complaints.cause_categories]]\nid = \"attitude\"\nname = \"態度\"\n"))
        .unwrap();
    let out = svc()
        .arg("--repo")
        .arg(a.path())
        .args(["stats", "yearly", "--year", "2026"])
        .arg(a.path())
        .arg(b.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("attitude") && said.contains("第二中心"), "{said}");
}

/// `--text-from`: the same centre for a seed, its forms and CAPAs carrying the text of the
/// demo's real ones (the benchmarks' second corpus), and it passes check.
#[test]
fn a_centre_with_the_demos_real_text() {
    let (made_up, real) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    generate(made_up.path(), "1500", "3");
    svc()
        .arg("generate")
        .arg(real.path())
        .args(["--records", "1500", "--seed", "3", "--text-from"])
        .arg(project_root())
        .assert()
        .success();
    let names = |dir: &Path| files(dir).into_iter().map(|(name, _)| name).collect::<Vec<_>>();
    let (a, b) = (names(made_up.path()), names(real.path()));
    assert!(
        a == b,
        "the same records: {} and {} files, first apart {:?}",
        a.len(),
        b.len(),
        a.iter().zip(&b).find(|(x, y)| x != y)
    );
    let demo: Vec<String> = files(&project_root().join("records/complaints"))
        .into_iter()
        .filter_map(|(_, t)| String::from_utf8(t).ok()?.lines().find(|l| l.starts_with("summary = ")).map(String::from))
        .collect();
    let generated: Vec<String> = files(&real.path().join("records/complaints"))
        .into_iter()
        .filter_map(|(_, t)| String::from_utf8(t).ok()?.lines().find(|l| l.starts_with("summary = ")).map(String::from))
        .collect();
    assert!(!generated.is_empty() && generated.iter().all(|s| demo.contains(s)), "every summary is a real one");
    let out = svc().arg("--repo").arg(real.path()).args(["check", "--format", "json"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"], 0, "{}", String::from_utf8_lossy(&out.stdout).chars().take(2000).collect::<String>());
}
