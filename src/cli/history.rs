//! The git history of the records: the history rules of `svc check --base REV` (GIT-1 to
//! GIT-4) over each commit of REV..HEAD, and `svc log ID`, a record's steps commit by commit.

use crate::t;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args as ClapArgs;
use serde::de::DeserializeOwned;

use super::context::Ctx;
use super::shapes::Finding;
use crate::domain::attendance::{Dispatch, Incident};
use crate::domain::capa::Capa;
use crate::domain::complaint::Complaint;
use crate::domain::conduct::Conduct;
use crate::domain::date::Date;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::leave::Leave;
use crate::domain::rules::history::{self, Finished};
use crate::domain::rules::{Kind, Rule};
use crate::store::git::{self, Commit};
use crate::store::repo::{NotFound, RECORDS_DIR, Repo};
use crate::store::text::KeyLocator;

/// How history is judged.
pub struct Options {
    pub verify_authors: bool,
}

/// What one commit did to one record file, judged.
struct Judged {
    path: String,
    /// (rule, key, message)
    findings: Vec<(&'static Rule, String, String)>,
    /// Steps the commit added: (key, day, actor).
    added: Vec<(String, Date, String)>,
}

/// Every history finding of `base..HEAD`, placed in the files as they are now.
pub fn check_history(repo: &Repo, base: &str, options: &Options) -> Result<Vec<Finding>> {
    let root = repo.root();
    let base_hash = git::resolve(root, base).map_err(|_| NotFound(t!("history-no-base", base = base)))?;
    let commits =
        git::commits(root, &format!("{base_hash}..HEAD"), Some(RECORDS_DIR)).context(t!("history-unreadable"))?;
    let mut out = Vec::new();
    for commit in &commits {
        for judged in judge_commit(repo, commit, options)? {
            let text = std::fs::read_to_string(root.join(&judged.path)).unwrap_or_default();
            let locator = KeyLocator::new(&text);
            for (rule, key, message) in judged.findings {
                let position = locator.locate(&key).unwrap_or(crate::store::text::Position { line: 1, column: 1 });
                out.push(Finding {
                    file: judged.path.clone(),
                    line: position.line,
                    column: position.column,
                    severity: rule.severity,
                    clause: rule.clause,
                    rule: rule.name,
                    key: format!("{key}@{}", commit.short()),
                    message: t!(
                        "history-in-commit",
                        message = message,
                        commit = commit.short(),
                        author = format!("{} <{}>", commit.author_name, commit.author_email)
                    ),
                });
            }
        }
    }
    Ok(out)
}

/// Each record file the commit changed, judged by the history rules.
fn judge_commit(repo: &Repo, commit: &Commit, options: &Options) -> Result<Vec<Judged>> {
    let mut out = Vec::new();
    for change in git::changes(repo.root(), &commit.hash)? {
        if !change.path.starts_with(&format!("{RECORDS_DIR}/")) || !change.path.ends_with(".toml") {
            continue;
        }
        let Some(kind) = kind_of(&change.path) else { continue };
        let judged = match kind {
            RecordKind::Complaint => judge::<Complaint>(repo, commit, &change, options),
            RecordKind::Capa => judge::<Capa>(repo, commit, &change, options),
            RecordKind::Leave => judge::<Leave>(repo, commit, &change, options),
            RecordKind::Incident => judge::<Incident>(repo, commit, &change, options),
            RecordKind::Dispatch => judge::<Dispatch>(repo, commit, &change, options),
            RecordKind::Conduct => judge::<Conduct>(repo, commit, &change, options),
            RecordKind::Collection => judge::<crate::domain::collection::Collection>(repo, commit, &change, options),
            RecordKind::Inspection => judge::<crate::domain::inspection::Inspection>(repo, commit, &change, options),
            RecordKind::Review => judge::<crate::domain::review::Review>(repo, commit, &change, options),
            RecordKind::Training => judge::<crate::domain::training::Training>(repo, commit, &change, options),
            RecordKind::Document => judge::<crate::domain::document::Document>(repo, commit, &change, options),
            RecordKind::Qualification => {
                judge::<crate::domain::training::Qualification>(repo, commit, &change, options)
            }
        };
        out.push(judged);
    }
    Ok(out)
}

fn kind_of(path: &str) -> Option<RecordKind> {
    let folder = path.split('/').nth(1)?;
    RecordKind::ALL.into_iter().find(|k| k.folder() == folder)
}

fn parse<T: DeserializeOwned>(text: Option<String>) -> Option<T> {
    toml::from_str(&text?).ok()
}

fn judge<T: Kind + Finished + DeserializeOwned>(
    repo: &Repo,
    commit: &Commit,
    change: &git::Change,
    options: &Options,
) -> Judged {
    let root = repo.root();
    let mut findings = Vec::new();
    let mut added = Vec::new();
    match change.status {
        'D' => findings.push((&history::KEPT, String::new(), t!("history-deleted", path = &change.path))),
        'R' => findings.push((
            &history::KEPT,
            String::new(),
            t!("history-renamed", old = change.old_path.as_deref().unwrap_or("?"), new = &change.path),
        )),
        _ => {}
    }
    let before_path = change.old_path.as_deref().unwrap_or(&change.path);
    let old: Option<T> =
        if change.status == 'A' { None } else { parse(git::show(root, &format!("{}^", commit.hash), before_path)) };
    let new: Option<T> = if change.status == 'D' { None } else { parse(git::show(root, &commit.hash, &change.path)) };
    if let (Some(old), Some(new)) = (&old, &new) {
        for (key, what) in history::changed_steps(old, new) {
            findings.push((&history::APPEND_ONLY, key, what));
        }
    }
    if let Some(new) = &new {
        let day: Option<Date> = commit.day.parse().ok();
        for act in history::added_acts(old.as_ref(), new) {
            added.push((act.key.clone(), act.on, act.by.to_string()));
            if let Some(day) = day {
                let late = repo.calendar().working_days_between(act.on, day);
                let max = repo.config().policy.max_backdate_working_days;
                if late > i64::from(max) {
                    findings.push((
                        &history::NOT_BACKDATED,
                        act.key.clone(),
                        t!("history-backdated", who = act.by, on = act.on, late = late, day = day, max = max),
                    ));
                }
            }
            if options.verify_authors && !by_its_actor(repo, commit, act.by) {
                findings.push((&history::BY_ITS_ACTOR, act.key.clone(), t!("history-not-by-actor", who = act.by)));
            }
        }
    }
    Judged { path: change.path.clone(), findings, added }
}

/// The commit is authored by the actor (by e-mail), or signed by a key allowed for them.
fn by_its_actor(repo: &Repo, commit: &Commit, actor: &str) -> bool {
    let Some(staff) = repo.directory().staff(actor) else { return false };
    let email = staff.email.clone().unwrap_or_else(|| format!("{}@staff.invalid", staff.id.to_lowercase()));
    if commit.author_email.eq_ignore_ascii_case(&email) {
        return true;
    }
    let Some(signers) = &repo.config().git.allowed_signers else { return false };
    git::signer(repo.root(), &commit.hash, &repo.root().join(signers))
        .is_some_and(|who| who.eq_ignore_ascii_case(&email))
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
    let commits = git::commits(root, "HEAD", Some(&rel)).context(t!("history-unreadable"))?;
    if commits.is_empty() {
        return Err(NotFound(t!("history-no-commit", path = &rel, id = &id)).into());
    }
    let options = Options { verify_authors: true };
    for commit in &commits {
        outln!(
            "{} {} {} <{}>  {}",
            commit.short(),
            commit.day,
            commit.author_name,
            commit.author_email,
            commit.subject
        )?;
        for judged in judge_commit(&ctx.repo, commit, &options)?.into_iter().filter(|j| j.path == rel) {
            for (key, on, by) in &judged.added {
                outln!("    + {}", t!("history-added", key = key, who = by, day = on))?;
            }
            for (rule, key, message) in &judged.findings {
                let at = if key.is_empty() { String::new() } else { format!(" @ {key}") };
                outln!("    ! {}[{}]{at}: {message} ({})", rule.severity, rule.clause, rule.name)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
