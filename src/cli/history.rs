//! `svc log ID`: a record's steps commit by commit, with anything a history rule would
//! flag (the history rules of `svc check --base` are run by [`crate::ops::check`]).

use crate::t;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args as ClapArgs;

use super::context::Ctx;
use crate::domain::date::Date;
use crate::domain::id::RecordId;
use crate::ops::history;
use crate::store::repo::NotFound;

pub use crate::ops::history::Options;

#[derive(Debug, ClapArgs)]
pub struct LogArgs {
    /// The record: CMP-…, CAPA-…, LV-…, INC-…, DSP-… or RP-….
    #[arg(add = super::complete::records())]
    id: String,
}

/// `svc log ID`: the record's history from git, each commit with the steps it added and
/// anything a history rule would flag.
pub fn log(ctx: &Ctx, args: LogArgs) -> Result<ExitCode> {
    let id: RecordId = args.id.trim().parse()?;
    let path = ctx.repo.path_of(id);
    let rel = ctx.repo.display(&path).to_string();
    let walk = history::walk(&ctx.repo, None, Options { verify_authors: true, require_signatures: false })
        .context(t!("history-unreadable"))?;
    let mut shown = 0;
    for report in walk.commits {
        let Some(file) = report.files.into_iter().find(|f| f.path == rel) else { continue };
        let commit = &report.commit;
        let day = Date::from_timestamp(commit.committed_at, ctx.repo.config().centre.timezone.as_deref());
        let day = day.map(|d| d.to_string()).unwrap_or_default();
        outln!("{} {day} {} <{}>  {}", commit.short(), commit.author_name, commit.author_email, commit.subject)?;
        for (key, on, by) in &file.added {
            outln!("    + {}", t!("history-added", key = key, who = by, day = on))?;
        }
        for said in &file.said {
            let rule = said.rule;
            let at = if said.key.is_empty() { String::new() } else { format!(" @ {}", said.key) };
            outln!("    ! {}[{}]{at}: {} ({})", rule.severity, rule.clause, said.message, rule.name)?;
        }
        shown += 1;
    }
    if shown == 0 {
        return Err(NotFound(t!("history-no-commit", path = &rel, id = &id)).into());
    }
    Ok(ExitCode::SUCCESS)
}
