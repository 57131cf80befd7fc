//! Helpers for the CLI tests: a temporary records repository with the demo centre's
//! svc.toml, and `svc` run in it with a fixed day and no leaking environment.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub mod english;

pub const TODAY: &str = "2026-03-02";

pub struct TestRepo {
    pub dir: tempfile::TempDir,
}

impl TestRepo {
    /// A fresh repository holding only the demo svc.toml.
    pub fn new() -> TestRepo {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(project_root().join("svc.toml"), dir.path().join("svc.toml")).unwrap();
        TestRepo { dir }
    }

    /// A fresh repository (the demo svc.toml) that is a git repository with one commit.
    pub fn git() -> TestRepo {
        let repo = TestRepo::new();
        repo.git_ok(&["init", "-q", "-b", "main"]);
        repo.git_ok(&["add", "svc.toml"]);
        repo.git_ok(&[
            "-c",
            "user.name=Setup",
            "-c",
            "user.email=setup@example.invalid",
            "commit",
            "-q",
            "-m",
            "centre",
        ]);
        repo
    }

    /// Runs git in the repository with no global or system configuration; its stdout.
    pub fn git_ok(&self, args: &[&str]) -> String {
        let out = std::process::Command::new("git")
            .current_dir(self.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_COMMITTER_DATE", format!("{TODAY}T12:00:00"))
            .env("GIT_AUTHOR_DATE", format!("{TODAY}T12:00:00"))
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// A scratch copy of the demo centre: svc.toml and every record under records/.
    pub fn demo_copy() -> TestRepo {
        let repo = TestRepo::new();
        copy_tree(&project_root().join("records"), &repo.path().join("records"));
        repo
    }

    /// Edits one record file as a person would in an editor (comments and order kept).
    pub fn edit(&self, rel: &str, change: impl FnOnce(&mut toml_edit::DocumentMut)) {
        let mut doc: toml_edit::DocumentMut = self.read(rel).parse().unwrap();
        change(&mut doc);
        self.write(rel, doc.to_string());
    }

    /// `svc check --format json` on DEMO_DAY: exit code and the findings.
    pub fn check_json(&self) -> (i32, Vec<serde_json::Value>) {
        let out = self.svc().args(["--date", DEMO_DAY, "check", "--format", "json"]).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!("check --format json is not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout))
        });
        (out.status.code().unwrap(), report["findings"].as_array().unwrap().clone())
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `svc` in this repository on TODAY, acting as nobody until `--as` is given.
    pub fn svc(&self) -> Command {
        let mut cmd = Command::cargo_bin("svc").unwrap();
        cmd.current_dir(self.path())
            .env_remove("SVC_USER")
            .env_remove("SVC_REPO")
            .env_remove("COLUMNS")
            // The tests read svc's English; tests/cli/chinese.rs reads the other languages.
            .env("SVC_LANG", "en")
            .env("SVC_TODAY", TODAY)
            // Commits made by steps are dated the day of the step, as if made then.
            .env("GIT_COMMITTER_DATE", format!("{TODAY}T12:00:00"))
            .env("GIT_AUTHOR_DATE", format!("{TODAY}T12:00:00"))
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1");
        cmd
    }

    /// Runs `svc --as ACTOR ARGS...`, expects success, returns stdout trimmed.
    pub fn ok(&self, actor: &str, args: &[&str]) -> String {
        let out = self.svc().arg("--as").arg(actor).args(args).output().unwrap();
        assert!(out.status.success(), "svc {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    /// Runs `svc --as ACTOR ARGS...`, expects exit 1, returns stderr.
    pub fn refused(&self, actor: &str, args: &[&str]) -> String {
        let out = self.svc().arg("--as").arg(actor).args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "svc {args:?} should be refused: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    /// Runs `svc --as ACTOR ARGS...`, expects exit `code`, returns stderr.
    pub fn fails(&self, code: i32, actor: &str, args: &[&str]) -> String {
        let out = self.svc().arg("--as").arg(actor).args(args).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(code), "svc {args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        stderr
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    /// Every file below the root with its bytes, to prove a refused command wrote nothing.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        walk(self.path(), self.path(), &mut out);
        out.retain(|path, _| !path.starts_with(".svc"));
        out
    }

    /// Logs a complaint at R1 about S11's attitude as S11 and triages it as ours; its id.
    pub fn accepted_complaint(&self) -> String {
        let id = self.ok(
            "S11",
            &[
                "complaint",
                "new",
                "--channel",
                "in-person",
                "--room",
                "R1",
                "--summary",
                "態度差",
                "--wants-reply",
                "--about",
                "S11",
            ],
        );
        self.ok("S11", &["complaint", "triage", &id, "--ours"]);
        id
    }

    /// An accepted complaint analysed by S02 with S11 responsible; returns (complaint, capa).
    pub fn analysed(&self) -> (String, String) {
        let id = self.accepted_complaint();
        let capa = self.ok(
            "S02",
            &[
                "complaint",
                "analyse",
                &id,
                "--cause-category",
                "attitude",
                "--cause",
                "語氣生硬",
                "--responsible",
                "S11",
            ],
        );
        (id, capa)
    }
}

/// `svc` arguments for S02's analysis of complaint `id`, S11 responsible (as `analysed`
/// makes it), for tests that run the step themselves (with a fault injected, say).
pub fn analyse_args(id: &str) -> Vec<String> {
    ["--as", "S02", "complaint", "analyse", id, "--cause-category", "attitude", "--cause", "x", "--responsible", "S11"]
        .map(String::from)
        .to_vec()
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            out.insert(path.strip_prefix(root).unwrap().to_path_buf(), std::fs::read(&path).unwrap());
        }
    }
}

/// The day the demo records are read as of.
pub const DEMO_DAY: &str = "2026-11-27";

/// Runs a read-only `svc` command on the demo records shipped in records/; its stdout.
pub fn demo(args: &[&str]) -> Vec<u8> {
    demo_on(DEMO_DAY, args)
}

/// The same, as of another day.
pub fn demo_on(day: &str, args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("svc")
        .unwrap()
        .env("SVC_LANG", "en")
        .env_remove("COLUMNS")
        .arg("--repo")
        .arg(project_root())
        .args(["--date", day])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "svc {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// Every file below `dir` whose name ends in `.{ext}`, sorted.
pub fn files_under(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn complaint_path(id: &str) -> String {
    format!("records/complaints/2026/{id}.toml")
}

pub fn capa_path(id: &str) -> String {
    format!("records/capa/2026/{id}.toml")
}

pub fn leave_path(id: &str) -> String {
    format!("records/leave/2026/{id}.toml")
}

pub fn conduct_path(id: &str) -> String {
    format!("records/conduct/2026/{id}.toml")
}
