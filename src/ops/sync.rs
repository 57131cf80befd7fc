//! `svc sync` (同步) and `svc renumber` as calls: two clerks on two clones both take the next id, and
//! git sees the same file added twice. Records are never lost: the later one gets the next
//! free id, and every reference to it in the records its own steps wrote follows.
//!
//! - `svc sync`: fetch, replay the local step commits onto the upstream branch (renumbering
//!   any new record whose id upstream already used), push.
//! - `svc renumber`: after a `git merge` with add/add conflicts on record files, keep ours,
//!   give theirs the next free id, rewrite references, and leave the merge ready to commit.

use crate::msg;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use super::workspace::Workspace;
use crate::domain::id::{RecordId, RecordKind};
use crate::error::Error;
use crate::store::git::{self, git};
use crate::store::repo::{RECORDS_DIR, WriteError};

/// An id that had to change, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Renamed {
    pub old: RecordId,
    pub new: RecordId,
}

/// What `svc renumber` did.
#[derive(Debug, Default)]
pub struct Renumbered {
    /// Theirs of each record both sides added, under its new id.
    pub renames: Vec<Renamed>,
    /// Conflicts left for people (not a record both sides added).
    pub other_conflicts: Vec<String>,
}

/// What `svc sync` did.
#[derive(Debug, Default)]
pub struct Synced {
    pub upstream: String,
    /// Upstream had moved and nothing was local: the branch moved up to it.
    pub fast_forwarded: bool,
    /// Local step commits replayed onto upstream, with the ids that had to change.
    pub replayed: usize,
    pub renames: Vec<Renamed>,
    /// Local step commits pushed.
    pub pushed: usize,
}

/// The record id a path under records/ names, if it does.
fn id_of(path: &str) -> Option<RecordId> {
    let name = Path::new(path).file_stem()?.to_str()?;
    path.starts_with(&format!("{RECORDS_DIR}/")).then(|| name.parse().ok()).flatten()
}

/// `text` with every whole occurrence of an old id replaced by its new id.
fn renamed_text(text: &str, renames: &[Renamed]) -> String {
    let pairs: Vec<(RecordId, RecordId)> = renames.iter().map(|r| (r.old, r.new)).collect();
    crate::domain::id::renamed_text(text, &pairs)
}

fn renamed_path(path: &str, renames: &[Renamed]) -> String {
    match id_of(path).and_then(|id| renames.iter().find(|r| r.old == id)) {
        Some(r) => path.replace(&r.old.to_string(), &r.new.to_string()),
        None => path.to_string(),
    }
}

/// The ids already taken: by file name in the given trees and the work tree, and by name
/// in git history (deleted files), so a new number is never one used before.
struct Taken(BTreeSet<(RecordKind, i32, u32)>);

impl Taken {
    fn from(root: &Path, revs: &[&str]) -> Result<Taken> {
        let mut taken = BTreeSet::new();
        let mut add = |path: &str| {
            if let Some(id) = id_of(path) {
                taken.insert((id.kind, id.year, id.seq));
            }
        };
        for rev in revs {
            for path in git::tree_files(root, rev, RECORDS_DIR)? {
                add(&path);
            }
        }
        for path in
            git(root, &["log", "--all", "--diff-filter=D", "--name-only", "--format=", "--relative", "--", RECORDS_DIR])
                .unwrap_or_default()
                .lines()
        {
            add(path);
        }
        for kind in RecordKind::ALL {
            let dir = root.join(RECORDS_DIR).join(kind.folder());
            for year in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                for file in std::fs::read_dir(year.path()).into_iter().flatten().flatten() {
                    add(&format!("{RECORDS_DIR}/{}/x/{}", kind.folder(), file.file_name().to_string_lossy()));
                }
            }
        }
        Ok(Taken(taken))
    }

    fn next(&mut self, old: RecordId) -> RecordId {
        let highest =
            self.0.iter().filter(|(k, y, _)| *k == old.kind && *y == old.year).map(|(_, _, s)| *s).max().unwrap_or(0);
        let new = RecordId::new(old.kind, old.year, highest + 1);
        self.0.insert((new.kind, new.year, new.seq));
        new
    }
}

/// After a `git merge` with add/add conflicts on record files: keeps ours, gives theirs the
/// next free id, rewrites references, and leaves the merge ready to commit.
pub fn renumber(ws: &Workspace) -> Result<Renumbered> {
    let root = ws.repo.root();
    let _lock = ws.lock()?;
    if git::resolve(root, "MERGE_HEAD").is_err() {
        return Err(Error::usage(msg!("sync-no-merge")).into());
    }
    let mut stages: BTreeMap<String, BTreeSet<char>> = BTreeMap::new();
    for line in git(root, &["ls-files", "-u", "--", "."])?.lines() {
        let Some((meta, path)) = line.split_once('\t') else { continue };
        let stage = meta.split_whitespace().nth(2).and_then(|s| s.chars().next()).unwrap_or('0');
        let prefix = git::prefix(root)?;
        let path = path.strip_prefix(&prefix).unwrap_or(path).to_string();
        stages.entry(path).or_default().insert(stage);
    }
    let both_added: Vec<String> = stages
        .iter()
        .filter(|(path, s)| id_of(path).is_some() && s.contains(&'2') && s.contains(&'3') && !s.contains(&'1'))
        .map(|(path, _)| path.clone())
        .collect();
    let other_conflicts: Vec<&String> = stages.keys().filter(|p| !both_added.contains(p)).collect();
    if both_added.is_empty() {
        return Ok(Renumbered::default());
    }
    let mut taken = Taken::from(root, &["HEAD", "MERGE_HEAD"])?;
    let renames: Vec<Renamed> =
        both_added.iter().filter_map(|p| id_of(p)).map(|old| Renamed { old, new: taken.next(old) }).collect();
    let base = git(root, &["merge-base", "HEAD", "MERGE_HEAD"])?.trim().to_string();
    let theirs_changed: Vec<String> =
        git(root, &["diff", "--name-only", "--relative", &base, "MERGE_HEAD", "--", RECORDS_DIR])?
            .lines()
            .map(String::from)
            .collect();
    let mut touched = Vec::new();
    for path in &both_added {
        let ours = git(root, &["show", &format!(":2:./{path}")])?;
        let theirs = git(root, &["show", &format!(":3:./{path}")])?;
        write(root, path, &ours)?;
        let new_path = renamed_path(path, &renames);
        write(root, &new_path, &renamed_text(&theirs, &renames))?;
        touched.extend([path.clone(), new_path]);
    }
    for path in theirs_changed.iter().filter(|p| !stages.contains_key(*p)) {
        let Ok(text) = std::fs::read_to_string(root.join(path)) else { continue };
        let rewritten = renamed_text(&text, &renames);
        if rewritten != text {
            write(root, path, &rewritten)?;
            touched.push(path.clone());
        }
    }
    let mut add = vec!["add", "--"];
    add.extend(touched.iter().map(String::as_str));
    git(root, &add)?;
    record_in_merge_message(root, &renames)?;
    Ok(Renumbered { renames, other_conflicts: other_conflicts.into_iter().cloned().collect() })
}

/// The new ids, as trailers of the merge's message (`Svc-Renumbered: OLD NEW`): the history
/// rules read them, so the merge is known for what it did (the other side's record under a
/// new id, the references to it rewritten) and not taken for a loss or a rewrite.
fn record_in_merge_message(root: &Path, renames: &[Renamed]) -> Result<()> {
    let path = git(root, &["rev-parse", "--git-path", "MERGE_MSG"])?.trim().to_string();
    let path = root.join(path);
    let message = std::fs::read_to_string(&path).unwrap_or_default();
    let trailers: String = renames.iter().map(|r| format!("Svc-Renumbered: {} {}\n", r.old, r.new)).collect();
    // Trailers are the message's last paragraph, after git's own comment lines (`#
    // Conflicts:`), whether the commit keeps those or strips them.
    let out = format!("{}\n\n{trailers}", message.trim_end());
    crate::store::atomic::replace(&crate::store::atomic::beside(&path), &path, out.as_bytes())
        .map_err(|source| WriteError { path: path.display().to_string(), source }.into())
}

fn write(root: &Path, path: &str, text: &str) -> Result<()> {
    let target = root.join(path);
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir).map_err(|source| WriteError { path: path.into(), source })?;
    }
    crate::store::atomic::replace(&crate::store::atomic::temp_dir(root), &target, text.as_bytes())
        .map_err(|source| WriteError { path: path.into(), source }.into())
}

/// Fetches, replays the local step commits onto the upstream branch (renumbering any new
/// record whose id upstream already used) and, when `push`, pushes.
pub fn sync(ws: &Workspace, push: bool) -> Result<Synced> {
    let root = ws.repo.root();
    if !git::in_work_tree(root) {
        return Err(Error::repository(msg!("sync-needs-git")).into());
    }
    let _lock = ws.lock()?;
    let dirty = git(root, &["status", "--porcelain", "--untracked-files=no", "--", "."])?;
    if !dirty.trim().is_empty() {
        bail!("{}", msg!("sync-dirty", changes = dirty.trim_end()));
    }
    let upstream = git(root, &["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])
        .map_err(|_| Error::usage(msg!("sync-no-upstream")))?
        .trim()
        .to_string();
    let remote = upstream.split('/').next().unwrap_or("origin").to_string();
    if let Err(e) = git(root, &["fetch", "--quiet", &remote]) {
        return Err(
            anyhow::Error::from(WriteError { path: remote.clone(), source: e }).context(msg!("sync-unreachable"))
        );
    }
    let head = git::resolve(root, "HEAD")?;
    let up = git::resolve(root, "@{u}")?;
    let base = git(root, &["merge-base", &head, &up])?.trim().to_string();
    let local: Vec<git::Commit> = git::commits(root, &format!("{base}..{head}"), None)?;
    let mut synced = Synced { upstream: upstream.clone(), ..Synced::default() };
    if up != base {
        if local.is_empty() {
            git(root, &["merge", "--quiet", "--ff-only", &up])?;
            synced.fast_forwarded = true;
            return Ok(synced);
        }
        let (tip, renames) = replay(root, &up, &local)?;
        // The work tree is clean (checked above): move the branch and the files together.
        git(root, &["reset", "--quiet", "--keep", &tip])?;
        synced.replayed = local.len();
        synced.renames = renames;
    }
    if !push || local.is_empty() {
        return Ok(synced);
    }
    if let Err(e) = git(root, &["push", "--quiet", &remote, "HEAD"]) {
        return Err(anyhow::Error::from(WriteError { path: remote, source: e }).context(msg!("sync-push-refused")));
    }
    synced.pushed = local.len();
    Ok(synced)
}

/// Replays `local` (oldest first) onto `onto`, renumbering records that `onto` already has;
/// returns the new tip. Nothing in the work tree or the branch changes here.
fn replay(root: &Path, onto: &str, local: &[git::Commit]) -> Result<(String, Vec<Renamed>)> {
    let prefix = git::prefix(root)?;
    let index = root.join(".svc/sync-index");
    let index_env = index.display().to_string();
    let env = [("GIT_INDEX_FILE", index_env.as_str())];
    let mut taken = Taken::from(root, &[onto, "HEAD"])?;
    let upstream_files: BTreeSet<String> = git::tree_files(root, onto, RECORDS_DIR)?.into_iter().collect();
    let mut renames: Vec<Renamed> = Vec::new();
    let mut tip = onto.to_string();
    for commit in local {
        git::git_env(root, &["read-tree", &tip], &env)?;
        for change in git::changes(root, &commit.hash)? {
            let path = change.path.clone();
            match change.status {
                'A' => {
                    if let Some(old) = id_of(&path).filter(|_| upstream_files.contains(&path)) {
                        renames.push(Renamed { old, new: taken.next(old) });
                    }
                    let text = git::show(root, &commit.hash, &path).context(msg!("sync-local-file"))?;
                    stage(root, &env, &prefix, &renamed_path(&path, &renames), &renamed_text(&text, &renames))?;
                }
                'M' => {
                    let theirs = git::show(root, &tip, &renamed_path(&path, &renames));
                    let parent =
                        git::show(root, &format!("{}^", commit.hash), &path).map(|t| renamed_text(&t, &renames));
                    if theirs != parent {
                        bail!(
                            "{path} was changed here ({}) and in the shared repository: settle it by hand (git pull), then svc check",
                            commit.subject
                        );
                    }
                    let text = git::show(root, &commit.hash, &path).context(msg!("sync-local-file"))?;
                    stage(root, &env, &prefix, &renamed_path(&path, &renames), &renamed_text(&text, &renames))?;
                }
                _ => {
                    let gone = change.old_path.clone().unwrap_or(path.clone());
                    git::git_env(
                        root,
                        &["update-index", "--force-remove", &format!("{prefix}{}", renamed_path(&gone, &renames))],
                        &env,
                    )?;
                    if change.status == 'R' {
                        let text = git::show(root, &commit.hash, &path).context(msg!("sync-local-file"))?;
                        stage(root, &env, &prefix, &renamed_path(&path, &renames), &renamed_text(&text, &renames))?;
                    }
                }
            }
        }
        let tree = git::git_env(root, &["write-tree"], &env)?.trim().to_string();
        let date = git(root, &["log", "-1", "--format=%aI", &commit.hash])?.trim().to_string();
        let message = renamed_text(&git(root, &["log", "-1", "--format=%B", &commit.hash])?, &renames);
        let author = [
            ("GIT_AUTHOR_NAME", commit.author_name.as_str()),
            ("GIT_AUTHOR_EMAIL", commit.author_email.as_str()),
            ("GIT_AUTHOR_DATE", date.as_str()),
        ];
        let mut env_all: Vec<(&str, &str)> = author.to_vec();
        if git(root, &["config", "user.email"]).map(|e| e.trim().is_empty()).unwrap_or(true) {
            env_all.extend([
                ("GIT_COMMITTER_NAME", commit.author_name.as_str()),
                ("GIT_COMMITTER_EMAIL", commit.author_email.as_str()),
            ]);
        }
        tip = git::git_env(root, &["commit-tree", &tree, "-p", &tip, "-m", message.trim_end()], &env_all)?
            .trim()
            .to_string();
    }
    let _ = std::fs::remove_file(&index);
    Ok((tip, renames))
}

fn stage(root: &Path, env: &[(&str, &str)], prefix: &str, path: &str, text: &str) -> Result<()> {
    let hash = git::blob(root, text)?;
    git::git_env(root, &["update-index", "--add", "--cacheinfo", &format!("100644,{hash},{prefix}{path}")], env)?;
    Ok(())
}
