//! A step is a transaction: lock → journal → git's index lock → files → commit → HEAD →
//! index → end. It either lands whole (the files written, committed, and git's index
//! agreeing with HEAD for them, so a later plain `git commit` cannot undo it) or leaves
//! nothing: a failure while this process lives rolls the files back; a kill leaves the
//! journal, and the next command that takes the repository lock ([`lock`]) finishes it,
//! index included.
//!
//! Git's own locks are respected the way git respects them: the index lock is taken before
//! HEAD moves (as `git commit` does), so nobody commits or rewrites the index while a step
//! does. When HEAD moves under a step anyway (a plumbing command, another tool), the commit
//! is rebuilt on the new HEAD as long as the commits in between left the step's files as
//! the step found them, a few times, and only then the step fails, writing nothing.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{ErrorKind, Kinded};
use crate::i18n::Msg;
use crate::msg;
use crate::store::atomic;
use crate::store::git::{self, CommitSpec, Head, IndexLock, LockHeld};
use crate::store::journal::{self, Journal, Pending, fault};
use crate::store::lock::RepoLock;
use crate::store::repo::WriteError;

/// How long a step waits for a running git command to release git's index lock.
const GIT_LOCK_WAIT: Duration = Duration::from_secs(3);

/// How often a commit is rebuilt on a HEAD that moved under the step before giving up:
/// enough to outlast a tool committing in a tight loop (each try waits a little longer).
const REBASE_TRIES: usize = 40;

/// Why a step did not land. Every case but [`StepError::IndexNotUpdated`] and
/// [`StepError::Unfinished`] wrote nothing (exit code 4).
#[derive(Debug)]
pub enum StepError {
    /// Another git command holds git's index lock.
    GitBusy { step: String, lock: String, pid: u32 },
    /// A git command that is no longer running left its lock file.
    GitLockLeft { step: String, lock: String },
    /// A commit made while the step ran changed one of its files.
    Conflict { step: String, path: String, commit: String },
    /// Writing or committing failed; the files are as they were.
    Failed { step: String, error: String },
    /// Committed, but git's index could not learn it; the journal stays for `svc repair`.
    IndexNotUpdated { step: String, commit: String, error: String },
    /// A kill or a failure left a step that the next command finishes.
    Unfinished { step: String, error: String },
}

impl StepError {
    /// Whether the step's commit exists (so its files must not be rolled back).
    fn committed(&self) -> bool {
        matches!(self, StepError::IndexNotUpdated { .. })
    }

    fn msg(&self) -> Msg {
        match self {
            StepError::GitBusy { step, lock, pid } => msg!("step-git-busy", step = step, lock = lock, pid = pid),
            StepError::GitLockLeft { step, lock } => msg!("step-git-lock-left", step = step, lock = lock),
            StepError::Conflict { step, path, commit } => {
                msg!("step-conflict", step = step, path = path, commit = commit)
            }
            StepError::Failed { step, error } => msg!("step-failed", step = step, error = error),
            StepError::IndexNotUpdated { step, commit, error } => {
                msg!("step-index-not-updated", step = step, commit = commit, error = error)
            }
            StepError::Unfinished { step, error } => msg!("step-unfinished", step = step, error = error),
        }
    }
}

impl fmt::Display for StepError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}

impl Kinded for StepError {
    fn kind(&self) -> ErrorKind {
        ErrorKind::Io
    }

    fn message(&self) -> Option<Msg> {
        Some(self.msg())
    }
}

/// One step's files and the commit that records them (None: written, not committed).
pub struct Step<'a> {
    pub name: &'a str,
    pub writes: &'a [Pending],
    pub commit: Option<&'a CommitSpec>,
}

/// Runs a step under the repository lock: all of it, or nothing.
pub fn run(root: &Path, _lock: &RepoLock, step: &Step) -> Result<(), StepError> {
    let journal = Journal { step: step.name.to_string(), writes: step.writes.to_vec(), commit: step.commit.cloned() };
    let failed = |e: io::Error| StepError::Failed { step: step.name.to_string(), error: e.to_string() };
    journal.begin(root).map_err(failed)?;
    fault("after-journal");
    let landed = land(root, &journal);
    match landed {
        Ok(()) => {
            // The step is whole; a journal that cannot be removed is finished (a no-op) later.
            let _ = Journal::end(root);
            Ok(())
        }
        Err(e) if e.committed() => Err(e),
        Err(e) => match journal.roll_back(root).and_then(|()| Journal::end(root)) {
            Ok(()) => Err(e),
            Err(undo) => Err(StepError::Unfinished { step: step.name.to_string(), error: format!("{e}; {undo}") }),
        },
    }
}

/// The files, then (when committed) the commit, HEAD and the index.
fn land(root: &Path, journal: &Journal) -> Result<(), StepError> {
    let failed = |e: io::Error| StepError::Failed { step: journal.step.clone(), error: e.to_string() };
    let Some(spec) = &journal.commit else {
        return journal.apply(root).map_err(failed);
    };
    let head = Head::read(root).map_err(failed)?;
    let index_lock = take_index_lock(root, &head, &journal.step)?;
    journal.apply(root).map_err(failed)?;
    fault("before-commit");
    commit(root, journal, spec, &head, index_lock)
}

fn take_index_lock(root: &Path, head: &Head, step: &str) -> Result<IndexLock, StepError> {
    IndexLock::acquire(head, root, GIT_LOCK_WAIT).map_err(|held| lock_error(root, step, held))
}

fn lock_error(root: &Path, step: &str, held: LockHeld) -> StepError {
    let lock = shown(root, &held.lock);
    match held.git_pid {
        Some(pid) => StepError::GitBusy { step: step.to_string(), lock, pid },
        None => StepError::GitLockLeft { step: step.to_string(), lock },
    }
}

/// A path as the person would type it from the repository root.
fn shown(root: &Path, path: &Path) -> String {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    path.strip_prefix(&root).map(Path::to_path_buf).unwrap_or(path).display().to_string()
}

/// Commits the journal's files on HEAD (rebuilding on a HEAD that moved) and brings the
/// index up to date. Idempotent: files HEAD already holds are not committed again.
fn commit(root: &Path, journal: &Journal, spec: &CommitSpec, head: &Head, lock: IndexLock) -> Result<(), StepError> {
    let step = journal.step.clone();
    let failed = |e: io::Error| StepError::Failed { step: step.clone(), error: e.to_string() };
    let paths = journal.paths();
    let blobs = git::hash_files(root, &paths, true).map_err(failed)?;
    let wanted: Vec<Option<String>> = blobs.iter().cloned().map(Some).collect();
    let mut parent = head.commit.clone();
    for attempt in 0..REBASE_TRIES {
        let holds = |rev: &str| git::blobs_at(root, rev, &head.prefix, &paths);
        if let Some(p) = &parent
            && holds(p).map_err(failed)? == wanted
        {
            // Committed already (a step finished after a kill): only the index is left.
            return update_index(root, &step, p, lock, &head.prefix, &paths, &blobs);
        }
        let tree = git::tree_with(root, parent.as_deref(), &head.prefix, &paths, &blobs).map_err(failed)?;
        let signing = spec.signing_key.as_deref();
        let made = git::commit_tree(root, &tree, parent.as_deref(), spec, signing).map_err(failed)?;
        fault("before-ref");
        match git::move_head(root, &made, parent.as_deref(), &spec.message) {
            Ok(()) => {
                fault("after-ref");
                return update_index(root, &step, &made, lock, &head.prefix, &paths, &blobs);
            }
            Err(e) => {
                let now = git::current_commit(root);
                if now == parent {
                    return Err(ref_lock_error(root, head, &step).unwrap_or_else(|| failed(e)));
                }
                let now = now.ok_or_else(|| failed(e))?;
                rebase_allowed(root, journal, &blobs, head, parent.as_deref(), &now)?;
                parent = Some(now);
                // Back off a little, differently per process, so two committers part ways.
                let jitter = u64::from(std::process::id() % 7) + attempt as u64 % 5;
                std::thread::sleep(Duration::from_millis(2 + jitter * 2));
            }
        }
    }
    Err(failed(io::Error::other(msg!("step-head-keeps-moving"))))
}

fn update_index(
    root: &Path,
    step: &str,
    commit: &str,
    lock: IndexLock,
    prefix: &str,
    paths: &[PathBuf],
    blobs: &[String],
) -> Result<(), StepError> {
    lock.update(root, prefix, paths, blobs).map_err(|e| StepError::IndexNotUpdated {
        step: step.to_string(),
        commit: commit[..commit.len().min(10)].to_string(),
        error: e.to_string(),
    })
}

/// A lock file git holds on HEAD or its branch, as an error naming it.
fn ref_lock_error(root: &Path, head: &Head, step: &str) -> Option<StepError> {
    let lock = head.ref_locks().into_iter().find(|l| l.exists())?;
    Some(lock_error(root, step, LockHeld { git_pid: git::git_running(root, &head.git_dir), lock }))
}

/// HEAD moved from `old` to `new` while the step ran: the step may go on top of `new` only
/// if the commits in between left its files as the step found them (a new record still
/// absent, an edited one as it was read, or already as the step writes it). `ours`: the
/// blobs of the step's files, as already hashed for its commit.
fn rebase_allowed(
    root: &Path,
    journal: &Journal,
    ours: &[String],
    head: &Head,
    old: Option<&str>,
    new: &str,
) -> Result<(), StepError> {
    let failed = |e: io::Error| StepError::Failed { step: journal.step.clone(), error: e.to_string() };
    let paths = journal.paths();
    let at_new = git::blobs_at(root, new, &head.prefix, &paths).map_err(failed)?;
    let at_old = match old {
        Some(old) => git::blobs_at(root, old, &head.prefix, &paths).map_err(failed)?,
        None => vec![None; paths.len()],
    };
    for (((w, now), then), ours) in journal.writes.iter().zip(at_new).zip(at_old).zip(ours) {
        let before = match &w.before {
            Some(text) => Some(git::blob(root, text).map_err(failed)?),
            None => None,
        };
        let fine = now == then || now.as_ref() == Some(ours) || (!w.new && now.is_some() && now == before);
        if !fine {
            return Err(StepError::Conflict {
                step: journal.step.clone(),
                path: w.path.display().to_string(),
                commit: new[..new.len().min(10)].to_string(),
            });
        }
    }
    Ok(())
}

/// What taking the repository lock did first.
#[derive(Debug, Default)]
pub struct Recovered {
    /// The step a kill interrupted, finished now.
    pub finished: Option<String>,
    /// Lock files of git's that the interrupted step left, removed.
    pub removed_locks: Vec<String>,
}

/// Takes the repository's write lock, finishes a step a kill interrupted and removes temp
/// files of interrupted writes: what every writing command does first.
pub fn lock(root: &Path) -> Result<(RepoLock, Recovered), LockError> {
    let lock = RepoLock::acquire(root).map_err(|source| written(".svc/lock", source))?;
    let recovered = recover(root, &lock)?;
    atomic::clean_temp(root).map_err(|source| written(atomic::TEMP_DIR, source))?;
    Ok((lock, recovered))
}

/// The repository lock could not be taken or the interrupted step not finished (exit
/// code 4).
#[derive(Debug)]
pub enum LockError {
    Write(WriteError),
    Step(StepError),
}

/// Writing `path` failed while taking the lock.
fn written(path: &str, source: io::Error) -> LockError {
    LockError::Write(WriteError { path: path.into(), source })
}

impl From<StepError> for LockError {
    fn from(e: StepError) -> Self {
        LockError::Step(e)
    }
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockError::Write(write) => write.fmt(f),
            LockError::Step(step) => step.fmt(f),
        }
    }
}

impl Kinded for LockError {
    fn kind(&self) -> ErrorKind {
        ErrorKind::Io
    }

    fn cause(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LockError::Write(write) => write.cause(),
            LockError::Step(_) => None,
        }
    }
}

crate::error::keeps_its_kind!(StepError, LockError);

/// Finishes the step a kill interrupted, if one was, the commit and index included.
fn recover(root: &Path, _lock: &RepoLock) -> Result<Recovered, LockError> {
    let journal = Journal::left(root).map_err(|source| written(journal::JOURNAL, source))?;
    let Some(journal) = journal else { return Ok(Recovered::default()) };
    let step = journal.step.clone();
    let unfinished = |e: io::Error| StepError::Unfinished { step: step.clone(), error: e.to_string() };
    let mut recovered = Recovered { finished: Some(step.clone()), removed_locks: Vec::new() };
    let Some(spec) = &journal.commit else {
        journal.apply(root).map_err(unfinished)?;
        Journal::end(root).map_err(unfinished)?;
        return Ok(recovered);
    };
    let head = Head::read(root).map_err(unfinished)?;
    recovered.removed_locks = remove_locks_left_by(root, &head).map_err(unfinished)?;
    let index_lock = take_index_lock(root, &head, &step)?;
    journal.apply(root).map_err(unfinished)?;
    commit(root, &journal, spec, &head, index_lock)?;
    Journal::end(root).map_err(unfinished)?;
    Ok(recovered)
}

/// Git's lock files (index, HEAD, the branch) that the interrupted step left: made after its
/// journal (so during the step, by it or its git child) while no git command runs now.
/// Anything older or held is git's own business, and is reported, not touched.
fn remove_locks_left_by(root: &Path, head: &Head) -> io::Result<Vec<String>> {
    let started = std::fs::metadata(root.join(journal::JOURNAL))?.modified()?;
    if git::git_running(root, &head.git_dir).is_some() {
        return Ok(Vec::new());
    }
    let mut removed = Vec::new();
    let mut candidates = vec![git::lock_path(&head.index)];
    candidates.extend(head.ref_locks());
    for lock in candidates {
        let made = std::fs::metadata(&lock).and_then(|m| m.modified());
        if made.is_ok_and(|made| made >= started) {
            std::fs::remove_file(&lock)?;
            removed.push(shown(root, &lock));
        }
    }
    // The step's scratch copies of the index, if it died while updating it.
    if let Some(dir) = head.index.parent() {
        for entry in std::fs::read_dir(dir)?.flatten() {
            if entry.file_name().to_string_lossy().starts_with("svc-index-") {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn a_journal_left_by_a_kill_is_finished_once() {
        let root = tempfile::tempdir().unwrap();
        fs::write(root.path().join("a.toml"), "old").unwrap();
        let writes = vec![
            Pending { path: "b.toml".into(), contents: "new b".into(), new: true, before: None },
            Pending { path: "a.toml".into(), contents: "new a".into(), new: false, before: Some("old".into()) },
        ];
        // As if the process died right after writing the journal.
        let journal = Journal { step: "CMP-2026-0001 analyse".into(), writes, commit: None };
        fs::create_dir_all(root.path().join(".svc")).unwrap();
        fs::write(root.path().join(journal::JOURNAL), serde_json::to_string(&journal).unwrap()).unwrap();
        assert!(journal::pending(root.path()));
        let (lock, recovered) = super::lock(root.path()).unwrap();
        assert_eq!(recovered.finished.as_deref(), Some("CMP-2026-0001 analyse"));
        assert_eq!(fs::read_to_string(root.path().join("a.toml")).unwrap(), "new a");
        assert_eq!(fs::read_to_string(root.path().join("b.toml")).unwrap(), "new b");
        assert!(!journal::pending(root.path()));
        drop(lock);
        assert_eq!(super::lock(root.path()).unwrap().1.finished, None);
    }

    #[test]
    fn a_step_that_fails_puts_every_file_back() {
        let root = tempfile::tempdir().unwrap();
        fs::write(root.path().join("a.toml"), "old").unwrap();
        // The second write cannot be made (its folder is a file), after the first was.
        fs::write(root.path().join("dir"), "a file, not a folder").unwrap();
        let writes = vec![
            Pending { path: "a.toml".into(), contents: "new a".into(), new: false, before: Some("old".into()) },
            Pending { path: "dir/b.toml".into(), contents: "new b".into(), new: true, before: None },
        ];
        let (lock, _) = super::lock(root.path()).unwrap();
        let err = run(root.path(), &lock, &Step { name: "two files", writes: &writes, commit: None }).unwrap_err();
        assert!(matches!(err, StepError::Failed { .. }), "{err:?}");
        assert_eq!(fs::read_to_string(root.path().join("a.toml")).unwrap(), "old");
        assert!(!journal::pending(root.path()), "a refused step leaves no journal");
    }
}
