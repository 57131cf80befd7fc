//! The git history of the records: the history rules of `svc check --base REV` (GIT-1 to
//! GIT-4) over each commit of REV..HEAD, and `svc log ID`, a record's steps commit by commit.

use crate::t;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args as ClapArgs;

use super::context::Ctx;
use super::shapes::Finding;
use crate::domain::date::Date;
use crate::domain::id::RecordId;
use crate::ops::history::{self, Said};
use crate::store::git;
use crate::store::repo::{NotFound, Repo};
use crate::store::text::KeyLocator;

pub use crate::ops::history::Options;

/// Every history finding of `base..HEAD`, placed in the files as they are now.
pub fn check_history(repo: &Repo, base: &str, options: &Options) -> Result<Vec<Finding>> {
    let walk = history::walk(repo, Some(base), *options)?;
    // (file, what was said, the subject's suffix), grouped by file below so each file is
    // read and parsed for positions once, however many findings it has.
    let mut said: Vec<(String, Said, String)> =
        walk.range.into_iter().map(|(path, s)| (path, s, String::new())).collect();
    for report in walk.commits {
        let commit = &report.commit;
        let author = format!("{} <{}>", commit.author_name, commit.author_email);
        for file in report.files {
            for s in file.said {
                let message =
                    t!("history-in-commit", message = s.message.as_str(), commit = commit.short(), author = &author);
                said.push((file.path.clone(), Said { message, ..s }, format!("@{}", commit.short())));
            }
        }
    }
    said.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Vec::with_capacity(said.len());
    for group in said.chunk_by(|a, b| a.0 == b.0) {
        let text = std::fs::read_to_string(repo.root().join(&group[0].0)).unwrap_or_default();
        let locator = KeyLocator::new(&text);
        for (path, said, suffix) in group {
            let at = locator.locate(&said.key).unwrap_or(crate::store::text::Position { line: 1, column: 1 });
            out.push(Finding {
                file: path.clone(),
                line: at.line,
                column: at.column,
                severity: said.rule.severity,
                clause: said.rule.clause,
                rule: said.rule.name,
                key: format!("{}{suffix}", said.key),
                message: said.message.clone(),
            });
        }
    }
    Ok(out)
}

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
    let root = ctx.repo.root();
    if !git::in_work_tree(root) {
        return Err(NotFound(t!("history-needs-git")).into());
    }
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
