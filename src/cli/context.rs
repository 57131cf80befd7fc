//! What every command needs: the global options, and the [`Workspace`] they open (the
//! repository, the day, who is acting, the steps).

use crate::t;
use std::path::PathBuf;

use anyhow::{Context as _, Result};

use crate::domain::date::Date;
use crate::store::repo;

pub use crate::ops::workspace::Workspace as Ctx;

/// The global options, before the repository is opened.
pub struct Globals {
    pub repo: Option<PathBuf>,
    pub actor: Option<String>,
    pub date: Option<Date>,
    /// `--no-commit`: write the files, leave committing to people.
    pub no_commit: bool,
}

impl Globals {
    pub fn open(&self) -> Result<Ctx> {
        let cwd = std::env::current_dir().context(t!("cannot-read-cwd"))?;
        let root = repo::find_root(self.repo.as_deref(), &cwd)?;
        Ok(Ctx::open(&root, self.date, self.actor.clone(), self.no_commit, say_recovered)?
            .asking_who_acts(super::ask::who_are_you))
    }
}

/// Tells the person what taking the lock finished first: a step a kill interrupted, and
/// git's lock files it left.
pub fn say_recovered(recovered: &crate::ops::step::Recovered) {
    for lock in &recovered.removed_locks {
        errln!("svc: {}", t!("repair-git-lock-removed", lock = lock));
    }
    if let Some(step) = &recovered.finished {
        errln!("svc: {}", t!("repair-finished", step = step));
    }
}
