//! The CI templates and the pre-commit hook do what they say: their own commands, run in a
//! scratch git repository, pass on good history and fail (with annotations) on bad.

use crate::common::*;

/// The shell lines between `# svc:begin` and `# svc:end`, unindented.
fn script(template: &str) -> String {
    let text = std::fs::read_to_string(project_root().join(template)).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| l.trim() == "# svc:begin").expect("a begin marker");
    let end = lines.iter().position(|l| l.trim() == "# svc:end").expect("an end marker");
    let indent = lines[start].len() - lines[start].trim_start().len();
    lines[start + 1..end].iter().map(|l| l.get(indent..).unwrap_or("").to_string() + "\n").collect()
}

fn run(repo: &TestRepo, script: &str, env: &[(&str, &str)]) -> (i32, String) {
    let bin = assert_cmd::cargo::cargo_bin("svc");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("set -u\n{script}"))
        .current_dir(repo.path())
        .env("PATH", path)
        .env("SVC_LANG", "en")
        .env("SVC_TODAY", TODAY)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// Good steps, then a hand edit of a recorded step; returns (base, good tip).
fn history(repo: &TestRepo) -> (String, String) {
    let base = repo.git_ok(&["rev-parse", "HEAD"]).trim().to_string();
    let (id, _) = repo.analysed();
    let good = repo.git_ok(&["rev-parse", "HEAD"]).trim().to_string();
    let path = complaint_path(&id);
    repo.write(&path, repo.read(&path).replace("by = \"S11\"", "by = \"S12\""));
    repo.git_ok(&["-c", "user.name=x", "-c", "user.email=x@example.invalid", "commit", "-q", "-a", "-m", "edit"]);
    (base, good)
}

#[test]
fn the_github_workflow_annotates_a_bad_push_and_passes_a_good_one() {
    let repo = TestRepo::git();
    let (base, good) = history(&repo);
    let script = script("examples/ci/github-actions.yml");
    let (code, out) = run(&repo, &script, &[("BASE", &base)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("::error file=records/complaints/2026/CMP-2026-0001.toml,line="), "{out}");
    let summary = repo.path().join("summary.md");
    let summary_path = summary.display().to_string();
    let (code, _) = run(&repo, &script, &[("BASE", &base), ("GITHUB_STEP_SUMMARY", &summary_path)]);
    assert_eq!(code, 1);
    let summary = std::fs::read_to_string(&summary).unwrap();
    assert!(summary.starts_with("## svc check") && summary.contains("history.append-only"), "{summary}");
    assert!(
        out.contains("title=GIT-1 history.append-only") && out.contains("title=GIT-4 history.by-its-actor"),
        "{out}"
    );
    repo.git_ok(&["reset", "-q", "--hard", &good]);
    let (code, out) = run(&repo, &script, &[("BASE", &base)]);
    assert_eq!(code, 0, "{out}");
    // No base (a first push): from the first commit.
    let (code, out) = run(&repo, &script, &[("BASE", "")]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn the_gitlab_job_writes_a_code_quality_report_and_fails_a_bad_push() {
    let repo = TestRepo::git();
    let (base, good) = history(&repo);
    let script = script("examples/ci/gitlab-ci.yml");
    let (code, out) = run(&repo, &script, &[("CI_COMMIT_BEFORE_SHA", &base)]);
    assert_eq!(code, 1, "{out}");
    let report: Vec<serde_json::Value> =
        serde_json::from_str(&repo.read("gl-code-quality-report.json")).expect("a code-quality report");
    assert!(report.iter().any(|i| i["check_name"] == "history.append-only"), "{report:#?}");
    repo.git_ok(&["reset", "-q", "--hard", &good]);
    let (code, out) = run(&repo, &script, &[("CI_COMMIT_BEFORE_SHA", &base)]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(repo.read("gl-code-quality-report.json").trim(), "[]");
}

/// The hook checks the whole repository, one run at a time: a `git rm` of a record a CAPA
/// still names is refused, though no record file is passed to it.
#[test]
fn the_pre_commit_hook_checks_the_whole_repository_and_catches_a_deletion() {
    let hooks = std::fs::read_to_string(project_root().join(".pre-commit-hooks.yaml")).unwrap();
    let entry = hooks.lines().find_map(|l| l.trim().strip_prefix("entry: ")).expect("an entry").to_string();
    for setting in ["pass_filenames: false", "require_serial: true", "always_run: true"] {
        assert!(hooks.contains(setting), "{setting}");
    }
    let repo = TestRepo::git();
    let (id, _) = repo.analysed();
    let (code, out) = run(&repo, &entry, &[]);
    assert_eq!(code, 0, "{out}");
    repo.git_ok(&["rm", "-q", &complaint_path(&id)]);
    let (code, out) = run(&repo, &entry, &[]);
    assert_eq!(code, 1, "the CAPA names a complaint that is gone: {out}");
    repo.git_ok(&["reset", "-q", "--hard"]);
    repo.write("records/complaints/2026/NOTE.TOML", "x = 1\n");
    let (code, out) = run(&repo, &entry, &[]);
    assert_eq!(code, 1, "a stray file is an error: {out}");
}

#[test]
fn init_writes_the_ci_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let svc = || {
        let mut cmd = assert_cmd::Command::cargo_bin("svc").unwrap();
        cmd.env("SVC_LANG", "en");
        cmd
    };
    svc().current_dir(dir.path()).args(["init", ".", "--ci", "github"]).assert().success();
    let written = std::fs::read_to_string(dir.path().join(".github/workflows/svc-check.yml")).unwrap();
    assert_eq!(written, std::fs::read_to_string(project_root().join("examples/ci/github-actions.yml")).unwrap());
    svc().current_dir(dir.path()).args(["init", ".", "--ci", "gitlab"]).assert().success();
    assert!(dir.path().join(".gitlab-ci.yml").is_file(), "added to an existing repository");
    svc().current_dir(dir.path()).args(["init", ".", "--ci", "gitlab"]).assert().code(1);
}
