//! `svc sync` (同步) and `svc renumber`: the options, and what [`crate::ops::sync`] did, said.

use crate::t;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args as ClapArgs;

use super::context::Ctx;
use crate::ops::sync::Renamed;

#[derive(Debug, ClapArgs)]
pub struct SyncArgs {
    /// Replay and renumber, but do not push.
    #[arg(long)]
    no_push: bool,
}

#[derive(Debug, ClapArgs)]
pub struct RenumberArgs {}

fn report(renames: &[Renamed], why: &str) {
    for r in renames {
        errln!("{}", t!("sync-renumbered", old = r.old, new = r.new, why = why));
    }
}

pub fn renumber(ctx: &Ctx, _args: RenumberArgs) -> Result<ExitCode> {
    let done = crate::ops::sync::renumber(ctx)?;
    if done.renames.is_empty() {
        errln!("{}", t!("sync-nothing-to-renumber"));
        return Ok(ExitCode::SUCCESS);
    }
    report(&done.renames, &t!("sync-why-both"));
    if done.other_conflicts.is_empty() {
        errln!("{}", t!("sync-merge-ready"));
    } else {
        errln!("{}", t!("sync-still-conflicting", names = done.other_conflicts.join(", ")));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn sync(ctx: &Ctx, args: SyncArgs) -> Result<ExitCode> {
    let done = crate::ops::sync::sync(ctx, !args.no_push)?;
    let upstream = done.upstream.as_str();
    if done.fast_forwarded {
        errln!("{}", t!("sync-updated", upstream = upstream));
        return Ok(ExitCode::SUCCESS);
    }
    if done.replayed > 0 {
        report(&done.renames, &t!("sync-why-upstream", upstream = upstream));
        errln!("{}", t!("sync-replayed", n = done.replayed, upstream = upstream));
    }
    if done.pushed > 0 {
        errln!("{}", t!("sync-pushed", n = done.pushed, upstream = upstream));
    } else {
        errln!("{}", t!("sync-up-to-date", upstream = upstream));
    }
    Ok(ExitCode::SUCCESS)
}
