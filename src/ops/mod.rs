//! The use cases between the command line and the store: what a command does, as one call
//! that tests and the fuzz target can make too (as cargo's `ops` beneath its `commands`).
//!
//! - [`check`]: `svc check` as one call: the rules, the file-level findings, the history.
//! - [`complaint`]: the analysis, which writes the complaint and opens its CAPA together.
//! - [`clock`]: the centre's today, in its own time zone.
//! - [`history`]: the history rules over the commit graph (`svc check --base`, `svc log`).
//! - [`key`]: a person's public signing key into svc.toml, as a step.
//! - [`repair`]: `svc repair`: recovery, the index put right, old reminders given their day.
//! - [`stats`]: the facts the statistics read of every complaint and CAPA on a day.
//! - [`step`]: a step as a transaction (journal, files, commit, HEAD, index), and the
//!   recovery every writing command runs first.
//! - [`sync`]: `svc sync` and `svc renumber`: records added on two clones, renumbered.
//! - [`todo`]: what waits for whom on a day (`svc todo`).
//! - [`workspace`]: the repository as a command acts on it: the day, the actor, the steps.
//! - [`worktree`]: whether the work tree and git's index hold the records as HEAD does.

pub mod check;
pub mod clock;
pub mod complaint;
pub mod history;
pub mod key;
pub mod repair;
pub mod stats;
pub mod step;
pub mod sync;
pub mod todo;
pub mod workspace;
pub mod worktree;
