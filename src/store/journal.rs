//! Steps that write several files land whole. Before the first write, the whole set of
//! writes goes into a journal (`.svc/journal.json`, itself written atomically); then the
//! files are written; then the journal is removed. A process killed in between leaves the
//! journal, and the next command that takes the repository lock finishes the writes from it
//! before doing anything else ([`recover`]); `svc check` reports a journal still waiting.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic;
use super::git::{self, CommitSpec};

/// The journal's place, relative to the repository root.
pub const JOURNAL: &str = ".svc/journal.json";

/// One file a step writes: a new record, or the new text of an existing one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    /// Relative to the repository root.
    pub path: PathBuf,
    pub contents: String,
    /// A new file (never replaces one) or a replacement of an existing one.
    pub new: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    /// What the step was, for the message when it is finished later.
    step: String,
    writes: Vec<Pending>,
    /// The commit that records the step, when steps are committed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    commit: Option<CommitSpec>,
}

/// Writes every file of one step, then commits them if `commit` says so: all of it, or
/// (after a crash) none until [`recover`] finishes it.
pub fn write_all(root: &Path, step: &str, writes: &[Pending], commit: Option<&CommitSpec>) -> io::Result<()> {
    let journal = Journal { step: step.to_string(), writes: writes.to_vec(), commit: commit.cloned() };
    let text = serde_json::to_string_pretty(&journal).map_err(io::Error::other)?;
    let path = root.join(JOURNAL);
    if path.exists() {
        return Err(io::Error::other(crate::t!("journal-busy", journal = JOURNAL)));
    }
    atomic::write_new(&atomic::temp_dir(root), &path, text.as_bytes())?;
    fault("after-journal");
    apply(root, &journal.writes)?;
    fault("before-commit");
    finish(root, &journal)?;
    fs::remove_file(&path)
}

/// Commits the step's files, when the step is committed.
fn finish(root: &Path, journal: &Journal) -> io::Result<()> {
    match &journal.commit {
        Some(spec) => git::commit_paths(root, &journal.writes.iter().map(|w| w.path.clone()).collect::<Vec<_>>(), spec),
        None => Ok(()),
    }
}

/// Finishes a step a crash interrupted; returns what it was. Call it under the lock.
pub fn recover(root: &Path) -> io::Result<Option<String>> {
    let path = root.join(JOURNAL);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let journal: Journal = serde_json::from_str(&text)
        .map_err(|e| io::Error::other(crate::t!("journal-unreadable", journal = JOURNAL, error = e)))?;
    apply(root, &journal.writes)?;
    finish(root, &journal)?;
    fs::remove_file(&path)?;
    Ok(Some(journal.step))
}

/// Whether a journal waits to be finished (for `svc check`).
pub fn pending(root: &Path) -> bool {
    root.join(JOURNAL).exists()
}

/// Idempotent: a file already written as the journal says is left as it is.
fn apply(root: &Path, writes: &[Pending]) -> io::Result<()> {
    for (i, w) in writes.iter().enumerate() {
        if i == 1 {
            fault("after-first-write");
        }
        let path = root.join(&w.path);
        match fs::read(&path) {
            Ok(current) if current == w.contents.as_bytes() => continue,
            Ok(_) if w.new => {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    crate::t!("journal-conflict", path = w.path.display()),
                ));
            }
            Ok(_) => atomic::replace(&atomic::temp_dir(root), &path, w.contents.as_bytes())?,
            Err(e) if e.kind() == io::ErrorKind::NotFound && w.new => {
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir)?;
                }
                atomic::write_new(&atomic::temp_dir(root), &path, w.contents.as_bytes())?
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Fault injection for the crash tests: `SVC_FAULT=<point>` aborts the process there, as a
/// power cut or `kill -9` would.
pub fn fault(point: &str) {
    if std::env::var_os("SVC_FAULT").is_some_and(|v| v == point) {
        std::process::abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journal_left_by_a_crash_is_finished_once() {
        let root = tempfile::tempdir().unwrap();
        fs::write(root.path().join("a.toml"), "old").unwrap();
        let writes = vec![
            Pending { path: "b.toml".into(), contents: "new b".into(), new: true },
            Pending { path: "a.toml".into(), contents: "new a".into(), new: false },
        ];
        // As if the process died right after writing the journal.
        let journal = Journal { step: "CMP-2026-0001 analyse".into(), writes, commit: None };
        fs::create_dir_all(root.path().join(".svc")).unwrap();
        fs::write(root.path().join(JOURNAL), serde_json::to_string(&journal).unwrap()).unwrap();
        assert!(pending(root.path()));
        assert_eq!(recover(root.path()).unwrap().as_deref(), Some("CMP-2026-0001 analyse"));
        assert_eq!(fs::read_to_string(root.path().join("a.toml")).unwrap(), "new a");
        assert_eq!(fs::read_to_string(root.path().join("b.toml")).unwrap(), "new b");
        assert!(!pending(root.path()));
        assert_eq!(recover(root.path()).unwrap(), None);
    }
}
