//! `svc repair`: finishes a step a crash interrupted, removes temp files of interrupted
//! writes, puts git's index right where it holds a staged reversion (GIT-5), and, asked to,
//! gives reminders of the old reading their day.

use anyhow::{Context as _, Result};

use super::step::Recovered;
use super::workspace::Workspace;
use super::worktree::{self, Divergence};
use crate::domain::capa::Capa;
use crate::domain::id::RecordKind;
use crate::msg;
use crate::store::atomic;
use crate::store::repo::{RECORDS_DIR, WriteError};

/// What a repair did.
#[derive(Debug, Default)]
pub struct Repaired {
    pub recovered: Recovered,
    /// Temp files of interrupted writes removed.
    pub leftovers: usize,
    /// Record files whose index entry was reset to HEAD.
    pub restored: Vec<String>,
}

/// The repair every writing command also does first, and the index put right.
pub fn repair(ws: &Workspace) -> Result<Repaired> {
    let root = ws.repo.root();
    let leftovers = atomic::leftover_temp(root).len();
    let (_lock, recovered) = super::step::lock(root)?;
    let restored: Vec<String> = worktree::divergences(root, RECORDS_DIR)
        .context(msg!("history-unreadable"))?
        .into_iter()
        .filter(|(_, how)| *how == Divergence::StagedReversion)
        .map(|(path, _)| path)
        .collect();
    worktree::restore_index(root, &restored).map_err(|source| WriteError { path: "index".into(), source })?;
    Ok(Repaired { recovered, leftovers, restored })
}

/// The documented repair of `capa.reminder-sets-day`: a reminder without its day gets the
/// default a reminder sets today, the next working day after it was sent. Nothing else in
/// the file changes; the step is committed like any other. Returns how many were set.
pub fn reminder_days(ws: &Workspace) -> Result<usize> {
    ws.write(|_lock| {
        let calendar = ws.repo.calendar();
        let mut writes = Vec::new();
        let mut set = 0;
        for capa in ws.repo.records::<Capa>(RecordKind::Capa)? {
            if capa.reminders.iter().all(|r| r.due.is_some()) {
                continue;
            }
            let loaded = ws.repo.read::<Capa>(capa.id)?;
            let mut record = loaded.record.clone();
            for r in record.reminders.iter_mut().filter(|r| r.due.is_none()) {
                r.due = Some(calendar.add_working_days(r.on, 1));
                set += 1;
            }
            writes.push(ws.repo.pending_edit(&loaded, &record)?);
        }
        Ok((writes, format!("repair: {set} reminder days set to the next working day [RP-2]"), set))
    })
}
