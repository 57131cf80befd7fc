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
pub struct Args {
    /// Also give every reminder written before reminders set their day (RP-2 P4, RP-3 R4)
    /// the default day, the next working day after it: one commit, the changed lines only.
    #[arg(long)]
    reminder_days: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<ExitCode> {
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
    if args.reminder_days {
        reminder_days(ctx, &_lock)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The documented repair of `capa.reminder-sets-day`: a reminder without its day gets the
/// default a reminder sets today, the next working day after it was sent. Nothing else in
/// the file changes; the step is committed like any other.
fn reminder_days(ctx: &Ctx, lock: &crate::store::lock::RepoLock) -> Result<()> {
    use crate::domain::capa::Capa;
    use crate::domain::id::RecordKind;
    let calendar = ctx.repo.calendar();
    let mut writes = Vec::new();
    let mut set = 0;
    for capa in ctx.repo.records::<Capa>(RecordKind::Capa)? {
        if capa.reminders.iter().all(|r| r.due.is_some()) {
            continue;
        }
        let loaded = ctx.repo.read::<Capa>(capa.id)?;
        let mut record = loaded.record.clone();
        for r in record.reminders.iter_mut().filter(|r| r.due.is_none()) {
            r.due = Some(calendar.add_working_days(r.on, 1));
            set += 1;
        }
        writes.push(ctx.repo.pending_edit(&loaded, &record)?);
    }
    if !writes.is_empty() {
        ctx.save(lock, &writes, &format!("repair: {set} reminder days set to the next working day [RP-2]"))?;
    }
    errln!("{}", t!("repair-reminder-days", n = set));
    Ok(())
}
