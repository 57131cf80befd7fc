//! One `svc` process at a time changes a repository: an OS file lock on `.svc/lock`.
//!
//! `.svc/` holds svc's own working files (the lock, the journal, temp files) and ignores
//! itself in git (its `.gitignore` is `*`), so it never shows as a change.
//!
//! The lock is held from reading the records a command needs to writing its result, so two
//! clerks at two terminals never get the same id and never overwrite each other's step. The
//! OS releases it when the process ends, even on a crash, so a stale lock cannot block work.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Proof that this process holds the repository's write lock.
#[derive(Debug)]
pub struct RepoLock {
    _file: File,
}

impl RepoLock {
    pub fn acquire(root: &Path) -> io::Result<RepoLock> {
        let dir = root.join(".svc");
        std::fs::create_dir_all(&dir)?;
        let ignore = dir.join(".gitignore");
        if !ignore.exists() {
            std::fs::write(&ignore, "*\n")?;
        }
        let path = dir.join("lock");
        // Opening a FIFO for writing would wait for a reader forever: only a regular file.
        if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.file_type().is_file()) {
            return Err(io::Error::other(crate::msg!("journal-not-a-file", journal = ".svc/lock")));
        }
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(&path)?;
        file.lock()?;
        Ok(RepoLock { _file: file })
    }
}
