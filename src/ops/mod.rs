//! The use cases between the command line and the store: what a command does, as one call
//! that tests and the fuzz target can make too (as cargo's `ops` beneath its `commands`).
//!
//! - [`check`]: `svc check` as one call: the rules, the file-level findings, the history.
//! - [`clock`]: the centre's today, in its own time zone.
//! - [`history`]: the history rules over the commit graph (`svc check --base`, `svc log`).
//! - [`step`]: a step as a transaction (journal, files, commit, HEAD, index), and the
//!   recovery every writing command runs first.
//! - [`todo`]: what waits for whom on a day (`svc todo`).
//! - [`worktree`]: whether the work tree and git's index hold the records as HEAD does.

pub mod check;
pub mod clock;
pub mod history;
pub mod step;
pub mod todo;
pub mod worktree;
