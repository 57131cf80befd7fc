//! One `svc` process at a time changes a repository: an OS file lock on `.svc.lock`.
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
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(root.join(".svc.lock"))?;
        file.lock()?;
        Ok(RepoLock { _file: file })
    }
}
