//! What git remembers that the working tree no longer shows.

use std::path::Path;
use std::process::Command;

/// File names that git history shows as deleted under `dir` (relative to `root`), so a
/// number used once is never handed out again. Empty outside a git repository or without
/// git: the files on disk are then all there is to go by.
pub fn deleted_file_names(root: &Path, dir: &Path) -> Vec<String> {
    let rel = dir.strip_prefix(root).unwrap_or(dir);
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["log", "--all", "--diff-filter=D", "--name-only", "--format=", "--"])
        .arg(rel)
        .output();
    let Ok(output) = output else { return Vec::new() };
    if !output.status.success() {
        return Vec::new();
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| Path::new(line.trim()).file_name()?.to_str().map(str::to_string))
        .collect()
}

/// Who a commit is by: the actor of the step.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Author {
    pub name: String,
    pub email: String,
}

/// The commit a step makes: its message and its author.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CommitSpec {
    pub message: String,
    pub author: Author,
}

/// Whether `root` is inside a git work tree (and git is installed).
pub fn in_work_tree(root: &Path) -> bool {
    git(root, &["rev-parse", "--is-inside-work-tree"]).is_ok_and(|out| out.trim() == "true")
}

/// Commits exactly `paths` (relative to `root`) as `spec` says, leaving any other staged or
/// unstaged change alone. Nothing to commit (the files are as committed) is not an error.
pub fn commit_paths(root: &Path, paths: &[std::path::PathBuf], spec: &CommitSpec) -> std::io::Result<()> {
    let mut add = vec!["add".to_string(), "--".to_string()];
    add.extend(paths.iter().map(|p| p.display().to_string()));
    git(root, &add.iter().map(String::as_str).collect::<Vec<_>>())?;
    let author = format!("{} <{}>", spec.author.name, spec.author.email);
    let mut args = vec!["commit", "--quiet", "--no-edit", "-m", &spec.message, "--author", &author, "--only", "--"];
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(shown.iter().map(String::as_str));
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(root).args(&args);
    // A shared office PC may have no git identity: the actor commits, then.
    if git(root, &["config", "user.email"]).map(|e| e.trim().is_empty()).unwrap_or(true) {
        cmd.env("GIT_COMMITTER_NAME", &spec.author.name).env("GIT_COMMITTER_EMAIL", &spec.author.email);
    }
    let out = cmd.output()?;
    let said = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    if out.status.success() || said.contains("nothing to commit") || said.contains("no changes added") {
        return Ok(());
    }
    Err(std::io::Error::other(format!("git commit failed: {}", said.trim())))
}

/// Runs git in `root`; its stdout, or an error with what it said.
pub fn git(root: &Path, args: &[&str]) -> std::io::Result<String> {
    let out = Command::new("git").arg("-C").arg(root).args(args).output()?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(std::io::Error::other(format!("git {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim())))
    }
}
