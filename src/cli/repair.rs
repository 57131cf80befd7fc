//! `svc repair`: finishes a step a crash interrupted and removes temp files of interrupted
//! writes. Every command that writes does this first anyway; this does only that.

use crate::t;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args as ClapArgs;

use super::context::Ctx;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// Also give every reminder written before reminders set their day (RP-2 P4, RP-3 R4)
    /// the default day, the next working day after it: one commit, the changed lines only.
    #[arg(long)]
    reminder_days: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<ExitCode> {
    let repaired = crate::ops::repair::repair(ctx)?;
    super::context::say_recovered(&repaired.recovered);
    if repaired.recovered.finished.is_none() {
        errln!("{}", t!("repair-nothing"));
    }
    for path in &repaired.restored {
        errln!("{}", t!("repair-index-restored", path = path.as_str()));
    }
    errln!("{}", t!("repair-removed", n = repaired.leftovers));
    if args.reminder_days {
        let set = crate::ops::repair::reminder_days(ctx)?;
        errln!("{}", t!("repair-reminder-days", n = set));
    }
    Ok(ExitCode::SUCCESS)
}
