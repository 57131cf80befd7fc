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
use super::git::CommitSpec;

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
    /// What an edited file held before, so a step that fails can put it back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}

/// A step on its way: what it writes, and the commit that records it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Journal {
    /// What the step was, for the message when it is finished later.
    pub step: String,
    pub writes: Vec<Pending>,
    /// The commit that records the step, when steps are committed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<CommitSpec>,
}

impl Journal {
    /// Writes the journal; refuses if one is already there (a step not yet finished).
    pub fn begin(&self, root: &Path) -> io::Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(io::Error::other)?;
        let path = root.join(JOURNAL);
        if path.exists() {
            return Err(io::Error::other(crate::msg!("journal-busy", journal = JOURNAL)));
        }
        atomic::write_new(&atomic::temp_dir(root), &path, text.as_bytes())
    }

    /// The journal a crash left, if any.
    pub fn left(root: &Path) -> io::Result<Option<Journal>> {
        let path = root.join(JOURNAL);
        // Only a regular file is read: a FIFO or a device here would block every command.
        match fs::symlink_metadata(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
            Ok(meta) if !meta.file_type().is_file() => {
                return Err(io::Error::other(crate::msg!("journal-not-a-file", journal = JOURNAL)));
            }
            Ok(_) => {}
        }
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| io::Error::other(crate::msg!("journal-unreadable", journal = JOURNAL, error = e)))
    }

    /// Writes the step's files (idempotent: a file already as the journal says is left).
    pub fn apply(&self, root: &Path) -> io::Result<()> {
        apply(root, &self.writes)
    }

    /// Puts back what the step's files were: new files removed, edited ones restored. Only
    /// what still holds this step's text is touched.
    pub fn roll_back(&self, root: &Path) -> io::Result<()> {
        for w in &self.writes {
            let path = root.join(&w.path);
            match fs::read(&path) {
                Ok(now) if now == w.contents.as_bytes() => match (&w.before, w.new) {
                    (_, true) => {
                        fs::remove_file(&path)?;
                        remove_empty_folders(root, &w.path);
                    }
                    (Some(before), false) => atomic::replace(&atomic::temp_dir(root), &path, before.as_bytes())?,
                    (None, false) => {}
                },
                _ => {}
            }
        }
        Ok(())
    }

    /// The paths the step writes.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.writes.iter().map(|w| w.path.clone()).collect()
    }

    /// The step is over (done or rolled back): the journal goes.
    pub fn end(root: &Path) -> io::Result<()> {
        match fs::remove_file(root.join(JOURNAL)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// The folders a new file needed, once empty again (a refused step leaves none behind).
fn remove_empty_folders(root: &Path, file: &Path) {
    for dir in file.ancestors().skip(1).filter(|d| !d.as_os_str().is_empty()) {
        if fs::remove_dir(root.join(dir)).is_err() {
            break; // not empty: it was there before, or holds other records
        }
    }
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
                    crate::msg!("journal-conflict", path = w.path.display()),
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
    fn roll_back_touches_only_what_holds_the_steps_text() {
        let root = tempfile::tempdir().unwrap();
        let writes = vec![
            Pending { path: "new.toml".into(), contents: "new".into(), new: true, before: None },
            Pending { path: "edited.toml".into(), contents: "edited".into(), new: false, before: Some("old".into()) },
            Pending { path: "other.toml".into(), contents: "ours".into(), new: true, before: None },
        ];
        let journal = Journal { step: "step".into(), writes, commit: None };
        fs::write(root.path().join("edited.toml"), "old").unwrap();
        journal.apply(root.path()).unwrap();
        // Someone else's file at a path the step meant to create is not ours to remove.
        fs::write(root.path().join("other.toml"), "someone else's").unwrap();
        journal.roll_back(root.path()).unwrap();
        assert!(!root.path().join("new.toml").exists());
        assert_eq!(fs::read_to_string(root.path().join("edited.toml")).unwrap(), "old");
        assert_eq!(fs::read_to_string(root.path().join("other.toml")).unwrap(), "someone else's");
    }
}
