//! `svc log ID`: a record's steps commit by commit, with anything a history rule would
//! flag (the history rules of `svc check --base` are run by [`crate::ops::check`]).

use crate::t;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args as ClapArgs;

use super::context::Ctx;
use crate::domain::date::Date;
use crate::domain::id::RecordId;
use crate::error::Error;
use crate::ops::history;

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
        outln!("{} {day} {} <{}>", commit.short(), commit.author_name, commit.author_email)?;
        // A step's own message (`CMP-2026-0001 triage: ours [CC-4.1]`) is for git and stays
        // English; the steps below say it in the reader's language. A person's message is
        // their words and is shown.
        if !made_by_svc(&commit.subject) || crate::i18n::current() == crate::i18n::Lang::En {
            outln!("    {}", commit.subject)?;
        }
        for (key, on, by) in &file.added {
            outln!("    + {}", t!("history-added", key = act_name(key), who = ctx.who(by), day = on))?;
        }
        for said in &file.said {
            let rule = said.rule;
            let at = if said.key.is_empty() { String::new() } else { format!(" @ {}", act_name(&said.key)) };
            let severity = super::check::severity_name(rule.severity);
            outln!("    ! {severity}[{}]{at}: {} ({})", rule.clause, said.message, rule.name)?;
        }
        shown += 1;
    }
    if shown == 0 {
        return Err(Error::usage(crate::msg!("history-no-commit", path = &rel, id = &id)).into());
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether a commit's subject is one svc writes for a step: it starts with the record's id.
fn made_by_svc(subject: &str) -> bool {
    subject.split_whitespace().next().is_some_and(|word| word.parse::<RecordId>().is_ok())
}

/// A step's place in its record (`rounds.0.actions.1.done_by`) as the reader says it
/// (第 1 輪第 2 項措施完成): the numbers taken out, the pattern named by an `act-` message.
/// A place without a name is shown as it is.
pub(super) fn act_name(key: &str) -> String {
    act_name_in(crate::i18n::current(), key)
}

fn act_name_in(lang: crate::i18n::Lang, key: &str) -> String {
    let mut numbers = Vec::new();
    let mut words = Vec::new();
    for part in key.split('.') {
        match part.parse::<usize>() {
            Ok(n) => numbers.push(n + 1),
            Err(_) => words.push(part.replace('_', "-")),
        }
    }
    let id = format!("act-{}", words.join("-"));
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, n) in ["n", "m"].into_iter().zip(&numbers) {
        args.set(name, *n as i64);
    }
    match crate::i18n::message_in(lang, &id, Some(&args)) {
        name if name == id => key.to_string(),
        name => name,
    }
}

#[cfg(test)]
mod tests {
    /// Every place a step is recorded (each kind's `acts`) has a name in every language.
    #[test]
    fn every_step_place_has_a_name() {
        let keys = [
            "logged_by",
            "triage.by",
            "analysis.by",
            "closing.by",
            "meetings.0.by",
            "opened_by",
            "rounds.0.actions.1.added_by",
            "rounds.0.actions.1.done_by",
            "rounds.0.completed.by",
            "rounds.0.verification.by",
            "reminders.0.by",
            "requested_by",
            "steps.0.by",
            "cancelled.by",
            "received_by",
            "hand_overs.0.by",
            "closed.by",
            "loss.by",
            "recorded_by",
            "by",
            "proposed_by",
            "decision.by",
            "notified.by",
            "circulated.by",
        ];
        for lang in crate::i18n::Lang::ALL {
            for key in keys {
                assert_ne!(super::act_name_in(lang, key), key, "{key} in {lang:?}");
            }
        }
        let en = crate::i18n::Lang::En;
        assert_eq!(super::act_name_in(en, "rounds.0.actions.1.done_by"), "round 1, action 2 done");
        assert_eq!(super::act_name_in(en, "no.such"), "no.such");
    }
}
