//! What git remembers that the working tree no longer shows.

use std::path::Path;
use std::process::Command;

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
///
/// Made with git's plumbing on a temporary index, so its cost does not grow with the number
/// of files in the repository (no refresh of the whole index); then the real index learns
/// the committed paths, so `git status` shows them as committed.
pub fn commit_paths(root: &Path, paths: &[std::path::PathBuf], spec: &CommitSpec) -> std::io::Result<()> {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let known = git(root, &["rev-parse", "--show-prefix", "HEAD", "HEAD^{tree}"]).ok();
    let (prefix, head, head_tree) = match known.as_deref().map(|k| k.lines().collect::<Vec<_>>()) {
        Some(lines) if lines.len() == 3 => {
            (lines[0].to_string(), Some(lines[1].to_string()), Some(lines[2].to_string()))
        }
        _ => (prefix(root)?, None, None),
    };
    let mut hash = vec!["hash-object", "-w", "--"];
    hash.extend(shown.iter().map(String::as_str));
    let blobs: Vec<String> = git(root, &hash)?.lines().map(str::to_string).collect();
    let entries: Vec<String> = shown.iter().zip(&blobs).map(|(p, b)| format!("100644,{b},{prefix}{p}")).collect();
    let mut update = vec!["update-index", "--add"];
    for e in &entries {
        update.extend(["--cacheinfo", e.as_str()]);
    }
    let index = root.join(".svc/commit-index");
    let index_path = index.display().to_string();
    let env = [("GIT_INDEX_FILE", index_path.as_str())];
    match &head {
        Some(h) => git_env(root, &["read-tree", h], &env)?,
        None => git_env(root, &["read-tree", "--empty"], &env)?,
    };
    git_env(root, &update, &env)?;
    let tree = git_env(root, &["write-tree"], &env)?.trim().to_string();
    let _ = std::fs::remove_file(&index);
    if head_tree.as_deref() == Some(tree.as_str()) {
        return Ok(()); // the files are as committed
    }
    let mut ident =
        vec![("GIT_AUTHOR_NAME", spec.author.name.as_str()), ("GIT_AUTHOR_EMAIL", spec.author.email.as_str())];
    // A shared office PC may have no git identity: the actor commits, then.
    if git(root, &["config", "user.email"]).map(|e| e.trim().is_empty()).unwrap_or(true) {
        ident.extend([
            ("GIT_COMMITTER_NAME", spec.author.name.as_str()),
            ("GIT_COMMITTER_EMAIL", spec.author.email.as_str()),
        ]);
    }
    let mut commit_tree = vec!["commit-tree", tree.as_str(), "-m", spec.message.as_str()];
    if let Some(h) = &head {
        commit_tree.extend(["-p", h.as_str()]);
    }
    let commit = git_env(root, &commit_tree, &ident)?.trim().to_string();
    let old = head.clone().unwrap_or_default();
    git(root, &["update-ref", "-m", &spec.message, "HEAD", &commit, &old])?;
    git(root, &update)?;
    Ok(())
}

/// Names of record files git history shows deleted, kept in `.svc/deleted` and brought up
/// to date from the commits since it was last read, so finding a new id does not walk the
/// whole history every time.
pub fn deleted_record_names(root: &Path) -> Vec<String> {
    let Ok(head) = git(root, &["rev-parse", "--verify", "--quiet", "HEAD"]).map(|h| h.trim().to_string()) else {
        return Vec::new();
    };
    let cache = root.join(".svc/deleted");
    let text = std::fs::read_to_string(&cache).unwrap_or_default();
    let mut lines = text.lines();
    let last = lines.next().unwrap_or("").to_string();
    let mut names: Vec<String> = lines.map(str::to_string).collect();
    if last == head {
        return names;
    }
    let incremental = !last.is_empty() && git(root, &["merge-base", "--is-ancestor", &last, &head]).is_ok();
    let range = if incremental { format!("{last}..{head}") } else { head.clone() };
    if !incremental {
        names.clear();
    }
    let Ok(found) =
        git(root, &["log", "--diff-filter=D", "--name-only", "--format=", "--relative", &range, "--", "records"])
    else {
        return names;
    };
    for line in found.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(name) = Path::new(line).file_name().and_then(|n| n.to_str())
            && !names.iter().any(|n| n == name)
        {
            names.push(name.to_string());
        }
    }
    if let Some(dir) = cache.parent()
        && dir.is_dir()
    {
        let _ = std::fs::write(&cache, format!("{head}\n{}", names.join("\n")));
    }
    names
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

/// A commit, as history rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    pub hash: String,
    pub author_name: String,
    pub author_email: String,
    /// The day it was committed (committer date), `YYYY-MM-DD`.
    pub day: String,
    pub subject: String,
}

impl Commit {
    pub fn short(&self) -> &str {
        &self.hash[..self.hash.len().min(10)]
    }
}

/// The commits of `range` (e.g. `BASE..HEAD`), oldest first, touching `path` if given.
pub fn commits(root: &Path, range: &str, path: Option<&str>) -> std::io::Result<Vec<Commit>> {
    let mut args = vec!["log", "--reverse", "--format=%H%x1f%an%x1f%ae%x1f%cs%x1f%s", range];
    if let Some(p) = path {
        args.extend(["--", p]);
    }
    let out = git(root, &args)?;
    Ok(out
        .lines()
        .filter_map(|line| {
            let mut f = line.split('\u{1f}');
            Some(Commit {
                hash: f.next()?.to_string(),
                author_name: f.next()?.to_string(),
                author_email: f.next()?.to_string(),
                day: f.next()?.to_string(),
                subject: f.next().unwrap_or_default().to_string(),
            })
        })
        .collect())
}

/// One file a commit changed, against its first parent: `A`dded, `M`odified, `D`eleted,
/// `R`enamed (with the old path), paths relative to `root`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub status: char,
    pub path: String,
    pub old_path: Option<String>,
}

pub fn changes(root: &Path, hash: &str) -> std::io::Result<Vec<Change>> {
    let out = git(
        root,
        &[
            "diff-tree",
            "-r",
            "-M",
            "--name-status",
            "--relative",
            "--root",
            "--diff-merges=first-parent",
            "--no-commit-id",
            hash,
        ],
    )?;
    Ok(out
        .lines()
        .filter_map(|line| {
            let mut f = line.split('\t');
            let status = f.next()?.chars().next()?;
            let first = f.next()?.to_string();
            Some(match f.next() {
                Some(new) => Change { status, path: new.to_string(), old_path: Some(first) },
                None => Change { status, path: first, old_path: None },
            })
        })
        .collect())
}

/// A file's text at a revision (`rev` may be `HASH^` for the parent); None if absent.
pub fn show(root: &Path, rev: &str, path: &str) -> Option<String> {
    git(root, &["show", &format!("{rev}:./{path}")]).ok()
}

/// The full hash of a revision, or an error naming it.
pub fn resolve(root: &Path, rev: &str) -> std::io::Result<String> {
    Ok(git(root, &["rev-parse", "--verify", "--quiet", &format!("{rev}^{{commit}}")])?.trim().to_string())
}

/// The principal (e-mail) whose key in `allowed_signers` made a good signature of the
/// commit, if any (git's own verification, for SSH signatures).
pub fn signer(root: &Path, hash: &str, allowed_signers: &Path) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .arg("-c")
        .arg(format!("gpg.ssh.allowedSignersFile={}", allowed_signers.display()))
        .args(["verify-commit", "--raw", hash])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let said = String::from_utf8_lossy(&out.stderr);
    let rest = said.split("Good \"git\" signature for ").nth(1)?;
    Some(rest.split_whitespace().next()?.to_string())
}

/// Runs git in `root` with extra environment; its stdout, or an error with what it said.
pub fn git_env(root: &Path, args: &[&str], env: &[(&str, &str)]) -> std::io::Result<String> {
    let out = Command::new("git").arg("-C").arg(root).args(args).envs(env.iter().copied()).output()?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(std::io::Error::other(format!("git {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim())))
    }
}

/// Writes `contents` as a blob; its hash.
pub fn blob(root: &Path, contents: &str) -> std::io::Result<String> {
    use std::io::Write;
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["hash-object", "-w", "--stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    child.stdin.take().ok_or_else(|| std::io::Error::other("no stdin"))?.write_all(contents.as_bytes())?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        return Err(std::io::Error::other(String::from_utf8_lossy(&out.stderr).trim().to_string()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Where `root` sits inside the git work tree (`""` at the top, else `sub/dir/`).
pub fn prefix(root: &Path) -> std::io::Result<String> {
    Ok(git(root, &["rev-parse", "--show-prefix"])?.trim().to_string())
}

/// The files of a tree under `dir` (relative to `root`), their paths relative to `root`.
pub fn tree_files(root: &Path, rev: &str, dir: &str) -> std::io::Result<Vec<String>> {
    Ok(git(root, &["ls-tree", "-r", "--name-only", "--full-name", rev, "--", dir])?
        .lines()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .into_iter()
        .map(|full| {
            let prefix = prefix(root).unwrap_or_default();
            full.strip_prefix(&prefix).map(str::to_string).unwrap_or(full)
        })
        .collect())
}
