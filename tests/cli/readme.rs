//! Every `sh` example of the README runs verbatim, each block in its own scratch copy of the
//! demo centre, with the `svc` just built on PATH. A block that fails fails the test with
//! the block and its output. (The block of `cargo` commands is how to build and test, and
//! is what CI itself runs.)

use crate::common::*;

fn sh_blocks(readme: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), text) => {
                block.push_str(text);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn every_sh_example_in_the_readme_runs() {
    let readme = std::fs::read_to_string(project_root().join("README.md")).unwrap();
    let blocks: Vec<String> = sh_blocks(&readme).into_iter().filter(|b| !b.contains("cargo ")).collect();
    assert!(blocks.len() >= 5, "the README's examples were found: {}", blocks.len());
    let bin = assert_cmd::cargo::cargo_bin("svc");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    for block in blocks {
        let repo = TestRepo::demo_copy();
        // What a reader has: a shared repository to push to, and a git identity.
        let shared = tempfile::tempdir().unwrap();
        let made =
            std::process::Command::new("git").args(["init", "-q", "--bare", "-b", "main"]).arg(shared.path()).status();
        assert!(made.unwrap().success());
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("set -euo pipefail\n{block}"))
            .current_dir(repo.path())
            .env("PATH", &path)
            .env("SVC_TODAY", DEMO_DAY)
            .env_remove("SVC_USER")
            .env_remove("SVC_REPO")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("SHARED_REPO", shared.path())
            .env("GIT_AUTHOR_NAME", "Reader")
            .env("GIT_AUTHOR_EMAIL", "reader@example.invalid")
            .env("GIT_COMMITTER_NAME", "Reader")
            .env("GIT_COMMITTER_EMAIL", "reader@example.invalid")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README block failed:\n{block}\n--- stdout\n{}\n--- stderr\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        // The examples reach up to 2026-12-01.
        let check = repo.svc().args(["--date", "2026-12-01", "check"]).output().unwrap();
        assert!(
            check.status.success(),
            "after the block, the demo copy still passes check:\n{block}\n{}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
}

/// The README's forge settings are svc.toml as svc reads it: added to the demo centre's,
/// `svc check` passes.
#[test]
fn the_readmes_forge_settings_are_valid_svc_toml() {
    let readme = std::fs::read_to_string(project_root().join("README.md")).unwrap();
    let start = readme.find("```toml\n[centre]\ntimezone").expect("the forge settings block");
    let block = &readme[start + "```toml\n".len()..];
    let block = &block[..block.find("```").unwrap()];
    let repo = TestRepo::new();
    let config = repo.read("svc.toml");
    let timezone = block.lines().find(|l| l.starts_with("timezone")).unwrap();
    let git_part = &block[block.find("[git]").unwrap()..];
    assert!(!config.contains("[git]"), "the demo has no [git] of its own");
    repo.write("svc.toml", config.replacen("[centre]\n", &format!("[centre]\n{timezone}\n"), 1) + "\n" + git_part);
    let out = repo.svc().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
}
