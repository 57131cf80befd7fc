//! What git remembers that the working tree no longer shows.

use std::io;
use std::path::{Path, PathBuf};
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
    /// The actor's SSH signing key, when svc.toml lists one: the commit is signed with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<PathBuf>,
}

/// Whether `root` is inside a git work tree (and git is installed).
pub fn in_work_tree(root: &Path) -> bool {
    git(root, &["rev-parse", "--is-inside-work-tree"]).is_ok_and(|out| out.trim() == "true")
}

/// Where a step's commit goes: the repository's git directory, its index, the branch HEAD
/// names and the commit it points at now.
#[derive(Debug, Clone)]
pub struct Head {
    /// Where `root` sits inside the work tree (`""` at the top, else `sub/dir/`).
    pub prefix: String,
    pub git_dir: PathBuf,
    pub index: PathBuf,
    /// `refs/heads/main`; None on a detached HEAD.
    pub branch: Option<String>,
    /// None before the first commit.
    pub commit: Option<String>,
}

impl Head {
    pub fn read(root: &Path) -> io::Result<Head> {
        let out = git(root, &["rev-parse", "--show-prefix", "--absolute-git-dir", "--git-path", "index"])?;
        let mut lines = out.lines();
        let prefix = lines.next().unwrap_or_default().to_string();
        let git_dir = PathBuf::from(lines.next().unwrap_or_default());
        let index = PathBuf::from(lines.next().unwrap_or("index"));
        let index = if index.is_absolute() { index } else { root.join(index) };
        let branch = std::fs::read_to_string(git_dir.join("HEAD"))
            .ok()
            .and_then(|h| h.trim().strip_prefix("ref: ").map(str::to_string));
        Ok(Head { prefix, git_dir, index, branch, commit: current_commit(root) })
    }

    /// The lock files git takes to move HEAD: `HEAD.lock` and the branch's.
    pub fn ref_locks(&self) -> Vec<PathBuf> {
        let mut locks = vec![self.git_dir.join("HEAD.lock")];
        if let Some(branch) = &self.branch {
            locks.push(self.git_dir.join(format!("{branch}.lock")));
        }
        locks
    }
}

/// The commit HEAD points at, if any.
pub fn current_commit(root: &Path) -> Option<String> {
    git(root, &["rev-parse", "-q", "--verify", "HEAD^{commit}"]).ok().map(|h| h.trim().to_string())
}

/// The blob hash of each file's contents, in order; with `write`, the blobs are stored too.
pub fn hash_files(root: &Path, paths: &[PathBuf], write: bool) -> io::Result<Vec<String>> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let mut args = vec!["hash-object".to_string()];
    if write {
        args.push("-w".to_string());
    }
    args.push("--".to_string());
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    Ok(git(root, &args)?.lines().map(str::to_string).collect())
}

/// The blob each path has in `rev` (None where it has none).
pub fn blobs_at(root: &Path, rev: &str, prefix: &str, paths: &[PathBuf]) -> io::Result<Vec<Option<String>>> {
    let mut args = vec!["ls-tree".to_string(), "--full-tree".to_string(), rev.to_string(), "--".to_string()];
    args.extend(paths.iter().map(|p| format!("{prefix}{}", p.display())));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let listed = git(root, &args)?;
    let found: Vec<(String, String)> = listed
        .lines()
        .filter_map(|line| {
            let (meta, path) = line.split_once('\t')?;
            Some((path.to_string(), meta.split_whitespace().nth(2)?.to_string()))
        })
        .collect();
    Ok(paths
        .iter()
        .map(|p| {
            let full = format!("{prefix}{}", p.display());
            found.iter().find(|(path, _)| *path == full).map(|(_, blob)| blob.clone())
        })
        .collect())
}

/// `--cacheinfo` arguments placing `blobs` at `paths`, for `update-index`.
fn cacheinfo(prefix: &str, paths: &[PathBuf], blobs: &[String]) -> Vec<String> {
    let mut args = vec!["update-index".to_string(), "--add".to_string()];
    for (p, b) in paths.iter().zip(blobs) {
        args.push("--cacheinfo".to_string());
        args.push(format!("100644,{b},{prefix}{}", p.display()));
    }
    args
}

/// The tree of `parent` (or of nothing) with `blobs` at `paths`: only the trees on the way
/// to each path are read and written again (`ls-tree` and `mktree` per folder), so the cost
/// follows the depth of the paths and the size of their folders, not the whole repository.
pub fn tree_with(
    root: &Path,
    parent: Option<&str>,
    prefix: &str,
    paths: &[PathBuf],
    blobs: &[String],
) -> io::Result<String> {
    let entries: Vec<(Vec<String>, &str)> = paths
        .iter()
        .zip(blobs)
        .map(|(p, b)| {
            let full = format!("{prefix}{}", p.display());
            (full.split('/').filter(|s| !s.is_empty()).map(str::to_string).collect(), b.as_str())
        })
        .collect();
    let top = match parent {
        Some(commit) => Some(tree_of(root, commit)?),
        None => None,
    };
    build_tree(root, top.as_deref(), &entries)
}

/// A tree: `tree` (None: empty) with each `(path parts, blob)` of `entries` put in.
fn build_tree(root: &Path, tree: Option<&str>, entries: &[(Vec<String>, &str)]) -> io::Result<String> {
    // name -> (mode, type, id) as `ls-tree` lists them.
    let mut listing: std::collections::BTreeMap<String, (String, String, String)> = std::collections::BTreeMap::new();
    if let Some(tree) = tree {
        for line in git(root, &["ls-tree", "-z", tree])?.split('\0').filter(|l| !l.is_empty()) {
            let Some((meta, name)) = line.split_once('\t') else { continue };
            let mut f = meta.split_whitespace();
            let (Some(mode), Some(kind), Some(id)) = (f.next(), f.next(), f.next()) else { continue };
            listing.insert(name.to_string(), (mode.to_string(), kind.to_string(), id.to_string()));
        }
    }
    let mut folders: std::collections::BTreeMap<&str, Vec<(Vec<String>, &str)>> = std::collections::BTreeMap::new();
    for (parts, blob) in entries {
        match parts.as_slice() {
            [] => {}
            [name] => {
                listing.insert(name.clone(), ("100644".into(), "blob".into(), (*blob).to_string()));
            }
            [folder, rest @ ..] => folders.entry(folder.as_str()).or_default().push((rest.to_vec(), blob)),
        }
    }
    for (folder, inner) in folders {
        let existing = listing.get(folder).filter(|(_, kind, _)| kind == "tree").map(|(_, _, id)| id.clone());
        let id = build_tree(root, existing.as_deref(), &inner)?;
        listing.insert(folder.to_string(), ("040000".into(), "tree".into(), id));
    }
    Ok(run_with_input(root, &["hash-object", "-t", "tree", "-w", "--stdin"], &tree_object(&listing)?)?
        .trim()
        .to_string())
}

/// A tree object's bytes: `MODE NAME\0ID` per entry (the id in binary), in git's order
/// (a folder sorts as if its name ended in `/`). Written with `hash-object`, which is
/// much cheaper than `mktree` for a folder of tens of thousands of records.
fn tree_object(listing: &std::collections::BTreeMap<String, (String, String, String)>) -> io::Result<Vec<u8>> {
    let mut entries: Vec<(&String, &(String, String, String))> = listing.iter().collect();
    let key = |name: &str, kind: &str| {
        let mut k = name.as_bytes().to_vec();
        if kind == "tree" {
            k.push(b'/');
        }
        k
    };
    entries.sort_by_key(|a| key(a.0, &a.1.1));
    let mut out = Vec::with_capacity(entries.len() * 60);
    for (name, (mode, _, id)) in entries {
        let mode = mode.trim_start_matches('0');
        out.extend_from_slice(mode.as_bytes());
        out.push(b' ');
        out.extend_from_slice(name.as_bytes());
        out.push(0);
        for pair in id.as_bytes().chunks(2) {
            let hex = std::str::from_utf8(pair).map_err(io::Error::other)?;
            out.push(u8::from_str_radix(hex, 16).map_err(io::Error::other)?);
        }
    }
    Ok(out)
}

/// Runs git with `input` on its standard input (written from another thread, so a large
/// input and a large output never wait on each other); its stdout.
pub fn run_with_input(root: &Path, args: &[&str], input: &[u8]) -> io::Result<String> {
    use std::io::Write as _;
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().ok_or_else(|| io::Error::other("no stdin"))?;
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output()?;
    writer.join().map_err(|_| io::Error::other("writer"))??;
    if !out.status.success() {
        return Err(io::Error::other(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The tree a commit records.
pub fn tree_of(root: &Path, commit: &str) -> io::Result<String> {
    Ok(git(root, &["rev-parse", &format!("{commit}^{{tree}}")])?.trim().to_string())
}

/// A commit of `tree` on `parent` as `spec` says; its hash. `signing_key` signs it (SSH).
pub fn commit_tree(
    root: &Path,
    tree: &str,
    parent: Option<&str>,
    spec: &CommitSpec,
    signing_key: Option<&Path>,
) -> io::Result<String> {
    let mut ident =
        vec![("GIT_AUTHOR_NAME", spec.author.name.as_str()), ("GIT_AUTHOR_EMAIL", spec.author.email.as_str())];
    // A shared office PC may have no git identity: the actor commits, then.
    if git(root, &["config", "user.email"]).map(|e| e.trim().is_empty()).unwrap_or(true) {
        ident.extend([
            ("GIT_COMMITTER_NAME", spec.author.name.as_str()),
            ("GIT_COMMITTER_EMAIL", spec.author.email.as_str()),
        ]);
    }
    let key = signing_key.map(|k| format!("user.signingKey={}", k.display()));
    let mut args: Vec<&str> = Vec::new();
    if let Some(key) = &key {
        args.extend(["-c", "gpg.format=ssh", "-c", key.as_str()]);
    }
    args.extend(["commit-tree", tree, "-m", spec.message.as_str()]);
    if key.is_some() {
        args.push("-S");
    }
    if let Some(h) = parent {
        args.extend(["-p", h]);
    }
    Ok(git_env(root, &args, &ident)?.trim().to_string())
}

/// Moves HEAD from `old` to `new`, only if it still points at `old` (git's own check).
pub fn move_head(root: &Path, new: &str, old: Option<&str>, message: &str) -> io::Result<()> {
    git(root, &["update-ref", "-m", message, "HEAD", new, old.unwrap_or("")]).map(drop)
}

/// The index size (bytes) above which a step splits the index (about 40,000 records).
const SPLIT_INDEX_ABOVE: u64 = 4 << 20;

/// Git's index lock, held by this process: while it exists no other git command writes
/// the index (nor commits). Taken as git takes it (a file created only if absent).
#[derive(Debug)]
pub struct IndexLock {
    lock: PathBuf,
    index: PathBuf,
}

/// Git's index lock could not be taken.
#[derive(Debug)]
pub struct LockHeld {
    pub lock: PathBuf,
    /// A git process running in this repository, which may hold it.
    pub git_pid: Option<u32>,
}

impl IndexLock {
    /// Takes the lock, waiting up to `wait` for a running git command to release it.
    pub fn acquire(head: &Head, root: &Path, wait: std::time::Duration) -> Result<IndexLock, LockHeld> {
        let lock = lock_path(&head.index);
        let started = std::time::Instant::now();
        loop {
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&lock) {
                Ok(_) => return Ok(IndexLock { lock, index: head.index.clone() }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let git_pid = git_running(root, &head.git_dir);
                    // A lock nobody runs to hold is left over: no use waiting for it (a
                    // moment's grace for a git command just starting or ending).
                    let grace = if git_pid.is_some() { wait } else { std::time::Duration::from_millis(100) };
                    if started.elapsed() >= grace {
                        return Err(LockHeld { git_pid, lock });
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(_) => return Err(LockHeld { git_pid: git_running(root, &head.git_dir), lock }),
            }
        }
    }

    /// Updates the index entries of `paths` to `blobs` (other entries, staged or not, stay
    /// as they are), installs the new index and releases the lock.
    pub fn update(self, root: &Path, prefix: &str, paths: &[PathBuf], blobs: &[String]) -> io::Result<()> {
        let scratch = self.index.with_file_name(format!("svc-index-{}", std::process::id()));
        let _ = std::fs::remove_file(&scratch);
        if self.index.exists() {
            std::fs::copy(&self.index, &scratch)?;
        }
        let scratch_path = scratch.display().to_string();
        let mut update = cacheinfo(prefix, paths, blobs);
        // A big index (tens of thousands of records) is split, as git's own split-index
        // feature does it: the next steps rewrite only the small part that changes.
        if std::fs::metadata(&self.index).is_ok_and(|m| m.len() > SPLIT_INDEX_ABOVE) {
            update.insert(1, "--split-index".to_string());
        }
        let updated = git_env(
            root,
            &update.iter().map(String::as_str).collect::<Vec<_>>(),
            &[("GIT_INDEX_FILE", scratch_path.as_str())],
        )
        .and_then(|_| std::fs::rename(&scratch, &self.index));
        if updated.is_err() {
            let _ = std::fs::remove_file(&scratch);
        }
        updated
    }
}

impl Drop for IndexLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.lock);
    }
}

/// `index` → `index.lock`.
pub fn lock_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    file.with_file_name(name)
}

/// A git process working in this repository now (its working directory inside the work
/// tree or the git directory), other than this process. Read from /proc where there is one;
/// elsewhere nothing is known (None).
pub fn git_running(root: &Path, git_dir: &Path) -> Option<u32> {
    let root = root.canonicalize().ok()?;
    let git_dir = git_dir.canonicalize().unwrap_or_else(|_| git_dir.to_path_buf());
    let me = std::process::id();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else { continue };
        if pid == me {
            continue;
        }
        let comm = std::fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
        if !comm.trim().starts_with("git") {
            continue;
        }
        if let Ok(cwd) = std::fs::read_link(entry.path().join("cwd"))
            && (cwd.starts_with(&root) || cwd.starts_with(&git_dir))
        {
            return Some(pid);
        }
    }
    None
}

/// Paths of the index that differ from HEAD (staged), and of the work tree that differ
/// from the index or are untracked, under `dir`: what `git status` would show there.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Status {
    /// (index status letter, work-tree status letter, path relative to `root`).
    pub entries: Vec<(char, char, String)>,
}

pub fn status(root: &Path, dir: &str) -> io::Result<Status> {
    let out = git(root, &["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--", dir])?;
    let prefix = prefix(root)?;
    let entries = out
        .split('\0')
        .filter(|e| e.len() > 3)
        .map(|e| {
            let mut c = e.chars();
            let (x, y) = (c.next().unwrap_or(' '), c.next().unwrap_or(' '));
            let full = &e[3..];
            (x, y, full.strip_prefix(prefix.as_str()).unwrap_or(full).to_string())
        })
        .collect();
    Ok(Status { entries })
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
    Ok(run_with_input(root, &["hash-object", "-w", "--stdin"], contents.as_bytes())?.trim().to_string())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Trees are written in git's order (a folder sorts as `name/`), so git accepts them.
    #[test]
    fn a_tree_built_folder_by_folder_is_one_git_accepts() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        git(root, &["init", "-q"]).unwrap();
        let paths: Vec<PathBuf> =
            ["a.b", "a/c.toml", "a-b/d.toml", "records/x/2026/X-1.toml"].map(PathBuf::from).into();
        for p in &paths {
            std::fs::create_dir_all(root.join(p).parent().unwrap()).unwrap();
            std::fs::write(root.join(p), p.display().to_string()).unwrap();
        }
        let blobs = hash_files(root, &paths, true).unwrap();
        let tree = tree_with(root, None, "", &paths, &blobs).unwrap();
        let listed = git(root, &["ls-tree", "-r", "--name-only", &tree]).unwrap();
        assert_eq!(listed.lines().collect::<Vec<_>>(), ["a-b/d.toml", "a.b", "a/c.toml", "records/x/2026/X-1.toml"]);
        // The same tree as git's own index would write.
        git(root, &["add", "-A"]).unwrap();
        assert_eq!(git(root, &["write-tree"]).unwrap().trim(), tree);
    }
}
