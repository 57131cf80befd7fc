//! The use cases between the command line and the store: what a command does, as one call
//! that tests and the fuzz target can make too (as cargo's `ops` beneath its `commands`).
//!
//! - [`history`]: the history rules over the commit graph (`svc check --base`, `svc log`).
//! - [`step`]: a step as a transaction (journal, files, commit, HEAD, index), and the
//!   recovery every writing command runs first.
//! - [`worktree`]: whether the work tree and git's index hold the records as HEAD does.

pub mod history;
pub mod step;
pub mod worktree;
