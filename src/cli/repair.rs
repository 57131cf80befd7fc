//! `svc repair`: finishes a step a crash interrupted and removes temp files of interrupted
//! writes. Every command that writes does this first anyway; this does only that.

use crate::t;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args as ClapArgs;

use super::context::Ctx;
use crate::ops::worktree::{self, Divergence};
use crate::store::atomic;
use crate::store::repo::{RECORDS_DIR, WriteError};

#[derive(Debug, ClapArgs)]
pub struct Args {}

pub fn run(ctx: &Ctx, _args: Args) -> Result<ExitCode> {
    let leftovers = atomic::leftover_temp(ctx.repo.root()).len();
    let (_lock, recovered) = crate::ops::step::lock(ctx.repo.root())?;
    super::context::say_recovered(&recovered);
    if recovered.finished.is_none() {
        errln!("{}", t!("repair-nothing"));
    }
    let root = ctx.repo.root();
    let reverted: Vec<String> = worktree::divergences(root, RECORDS_DIR)
        .context(t!("history-unreadable"))?
        .into_iter()
        .filter(|(_, how)| *how == Divergence::StagedReversion)
        .map(|(path, _)| path)
        .collect();
    worktree::restore_index(root, &reverted).map_err(|source| WriteError { path: "index".into(), source })?;
    for path in &reverted {
        errln!("{}", t!("repair-index-restored", path = path.as_str()));
    }
    errln!("{}", t!("repair-removed", n = leftovers));
    Ok(ExitCode::SUCCESS)
}
