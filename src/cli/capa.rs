//! `svc capa`: the CAPA Tracking Report (CC-4.3 to CC-4.6) and reminders (催辦).

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::ask::Ask;
use super::context::Ctx;
use super::output::{Form, Format, Grid, ListOutput, ShowArgs, clip, print_json};
use crate::domain::capa::{ActionKind, Capa, CapaStatus};
use crate::domain::date::Date;
use crate::domain::id::RecordKind;
use crate::domain::token::Token as _;
use crate::t;

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str = "CAPA Tracking Reports: actions, completion, verification, reminders (CC-4.3 to CC-4.6)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 2] = ["糾正", "纠正"];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add an action with its planned date, or mark one done (CC-4.4).
    #[command(after_help = "Examples:
  svc --as S12 capa track CAPA-2026-0001 --action \"增設分流引導\" --kind corrective --due 2026-03-04
  svc --as S12 capa track CAPA-2026-0001 --done 1")]
    #[command(visible_aliases = ["跟蹤", "跟踪"])]
    Track(TrackArgs),
    /// The responsible person reports this round complete (CC-4.4).
    #[command(after_help = "Examples:
  svc --as S12 capa complete CAPA-2026-0001")]
    #[command(visible_aliases = ["完成"])]
    Complete(IdArgs),
    /// Coordination office: verify the effect within the working-day window (CC-4.5, CC-4.6).
    #[command(after_help = "Examples:
  svc --as S02 capa verify CAPA-2026-0001 --effective --note \"兩週內無同類投訴\"
  svc --as S02 capa verify CAPA-2026-0001 --not-effective --note \"仍有同類投訴\"   # opens round 2")]
    #[command(visible_aliases = ["驗證", "验证"])]
    Verify(VerifyArgs),
    /// Coordination office: record a reminder (催辦) on an overdue CAPA (RP-2 P4, RP-3 R4).
    #[command(after_help = "Examples:
  svc --as S02 capa remind CAPA-2026-0001 --note \"電話催辦\"")]
    #[command(visible_aliases = ["催辦", "催办"])]
    Remind(RemindArgs),
    /// All CAPA reports, with what each waits for.
    #[command(after_help = "Examples:
  svc capa list --overdue
  svc --date 2026-03-05 capa list --responsible S12
  svc capa list --status awaiting-verification --format json")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
    /// The whole tracking report.
    #[command(after_help = "Examples:
  svc capa show CAPA-2026-0001")]
    #[command(visible_aliases = ["查看"])]
    Show(ShowArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("step").args(["action", "done"])))]
pub struct TrackArgs {
    /// The CAPA tracking report (CAPA-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// The action to add (with --kind and --due; on a terminal, what is left out is asked).
    #[arg(long)]
    action: Option<String>,
    /// Corrective (removes this complaint's cause) or preventive (keeps it from happening again).
    #[arg(long, value_parser = super::token::<ActionKind>())]
    kind: Option<ActionKind>,
    /// Its planned completion date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    due: Option<Date>,
    /// Mark action N of the current round done.
    #[arg(long, value_name = "N", value_parser = action_number)]
    done: Option<usize>,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The CAPA tracking report (CAPA-…).
    #[arg(add = super::complete::records())]
    id: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("verdict").args(["effective", "not_effective"])))]
pub struct VerifyArgs {
    /// The CAPA tracking report (CAPA-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// The actions worked: the CAPA closes.
    #[arg(long)]
    effective: bool,
    /// They did not: a new round of actions follows (CC-4.6).
    #[arg(long)]
    not_effective: bool,
    /// What was checked and found; asked for on a terminal.
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    /// The CAPA tracking report (CAPA-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// The day by which the work must be done; default: the next working day. Work not
    /// done by it is the ground of P4 (after a second reminder, R4).
    #[arg(long = "by", value_name = "YYYY-MM-DD")]
    due: Option<crate::domain::date::Date>,
    /// How the reminder was given (a call, a note).
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only CAPAs overdue on the day (--date): an action past its date, or a verification
    /// past its window.
    #[arg(long)]
    overdue: bool,
    /// Only CAPAs with this status.
    #[arg(long, value_parser = super::token::<CapaStatus>())]
    status: Option<CapaStatus>,
    /// Only CAPAs opened in this year.
    #[arg(long, value_parser = super::year_arg())]
    year: Option<i32>,
    /// Only CAPAs with this staff member responsible.
    #[arg(long, value_name = "STAFF_ID", add = super::complete::staff())]
    responsible: Option<String>,
    /// Only yours: you are responsible.
    #[arg(long)]
    mine: bool,
    #[command(flatten)]
    out: ListOutput,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Track(args) => track(ctx, args),
        Command::Complete(args) => complete(ctx, args),
        Command::Verify(args) => verify(ctx, args),
        Command::Remind(args) => remind(ctx, args),
        Command::List(args) => list(ctx, args),
        Command::Show(args) => show(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn track(ctx: &Ctx, args: TrackArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let mut ask = Ask::from_terminal();
    let done = match (args.done, &args.action) {
        (Some(n), _) => Some(n),
        (None, Some(_)) => None,
        (None, None) => {
            // The responsible person's step (CC-4.4), checked before the first question.
            let today = ctx.today;
            ask.check_first(true, || {
                ctx.preflight(&args.id, |c: &mut Capa| {
                    c.add_action(actor, today, ActionKind::Corrective, "-".into(), today).map(|_| ())
                })
            })?;
            which_action(ctx, &mut ask, &args.id)?
        }
    };
    if let Some(n) = done {
        ask.confirm(&[("capa", args.id.clone()), ("done", t!("capa-action-number-shown", n = n))])?;
        let (capa, ()) = ctx.edit(
            &args.id,
            |c: &mut Capa| c.mark_done(actor, ctx.today, n),
            |c, _| format!("{} action {n} done [CC-4.4]", c.id),
        )?;
        let open = capa.current_round().map_or(0, |r| r.actions.iter().filter(|a| a.done.is_none()).count());
        errln!("{}", t!("capa-done", id = capa.id, n = n, open = open, round = capa.round_number()));
        if open == 0 {
            super::output::say_next(
                t!("capa-next-complete", who = ctx.who(&capa.responsible)),
                format!("svc capa complete {}", capa.id),
            );
        }
        return Ok(());
    }
    let text = ask.text(args.action, "--action", &t!("ask-action"))?;
    let kind = ask.token(args.kind, "--kind", &t!("ask-action-kind"))?;
    let due = ask.parsed(args.due, "--due", &t!("ask-action-due"), &ctx.today.to_string())?;
    ask.confirm(&[
        ("capa", args.id.clone()),
        ("action", text.clone()),
        ("kind", kind.name().to_string()),
        ("due", due.to_string()),
    ])?;
    let (capa, n) = ctx.edit(
        &args.id,
        |c: &mut Capa| c.add_action(actor, ctx.today, kind, text, due),
        |c, n| format!("{} action {n}: {kind}, due {due} [CC-4.4]", c.id),
    )?;
    let (id, round) = (capa.id, capa.round_number());
    errln!("{}", t!("capa-added", id = id, kind = kind.name(), n = n, round = round, due = due));
    Ok(())
}

/// On a terminal, `capa track ID` alone: add an action, or mark one of the open ones done
/// (each shown with its text and date). None: add one.
fn which_action(ctx: &Ctx, ask: &mut Ask, id: &str) -> Result<Option<usize>> {
    let capa = ctx.load::<Capa>(id, RecordKind::Capa)?.record;
    let open: Vec<(String, String)> = capa
        .current_round()
        .into_iter()
        .flat_map(|r| (1..).zip(&r.actions))
        .filter(|(_, a)| a.done.is_none())
        .map(|(n, a)| (n.to_string(), t!("ask-mark-done", n = n, text = clip(&a.text, 40), due = a.due)))
        .collect();
    if open.is_empty() {
        return Ok(None);
    }
    let mut choices = vec![("add".to_string(), t!("ask-add-action"))];
    choices.extend(open);
    let chosen = ask.choose(None, "--action / --done", &t!("ask-track-what"), &choices, None)?;
    Ok(chosen.parse().ok())
}

fn complete(ctx: &Ctx, args: IdArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let mut ask = Ask::from_terminal();
    ask.check_first(false, || ctx.preflight(&args.id, |c: &mut Capa| c.complete(actor, ctx.today)))?;
    ask.confirm(&[("capa", args.id.clone()), ("completed", t!("capa-round-complete-shown"))])?;
    let (capa, ()) = ctx.edit(
        &args.id,
        |c: &mut Capa| c.complete(actor, ctx.today),
        |c, _| format!("{} round {} complete [CC-4.4]", c.id, c.round_number()),
    )?;
    let window = ctx.repo.config().policy.verification_working_days;
    let deadline = capa.verification_deadline(ctx.repo.calendar(), window).unwrap_or(ctx.today);
    errln!("{}", t!("capa-completed", id = capa.id, round = capa.round_number(), deadline = deadline));
    Ok(())
}

fn verify(ctx: &Ctx, args: VerifyArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let window = ctx.repo.config().policy.verification_working_days;
    let mut ask = Ask::from_terminal();
    let given = (args.effective || args.not_effective).then_some(args.effective);
    // The office's step on a completed round (CC-4.5), checked before the first question.
    ask.check_first(args.note.is_none() || given.is_none(), || {
        ctx.preflight(&args.id, |c: &mut Capa| {
            c.verify(actor, ctx.today, true, "-".into(), ctx.repo.calendar(), window).map(|_| ())
        })
    })?;
    let (yes, no) = (t!("capa-verdict-effective"), t!("capa-verdict-not-effective"));
    let effective = ask.either(given, "--effective / --not-effective", &t!("ask-verdict"), yes, no)?;
    let note = ask.text(args.note, "--note", &t!("ask-verify-note"))?;
    let verdict = if effective { t!("capa-verdict-effective") } else { t!("capa-verdict-not-effective") };
    ask.confirm(&[("capa", args.id.clone()), ("decision", verdict), ("note", note.clone())])?;
    let (capa, late) = ctx.edit(
        &args.id,
        |c: &mut Capa| c.verify(actor, ctx.today, effective, note, ctx.repo.calendar(), window),
        |c, _| {
            let verdict = if effective { "effective [CC-4.5]" } else { "not effective [CC-4.6]" };
            format!("{} verified {verdict}", c.id)
        },
    )?;
    if late {
        errln!("{}", t!("capa-verified-late", window = window));
    }
    if effective {
        errln!("{}", t!("capa-effective", id = capa.id));
        super::output::say_next(t!("next-close"), format!("svc complaint close {}", capa.complaint));
    } else {
        errln!("{}", t!("capa-not-effective", id = capa.id, round = capa.round_number()));
        super::output::say_next(t!("next-new-actions"), format!("svc capa track {}", capa.id));
    }
    Ok(())
}

/// What was overdue, as the reminder's file says it: in the centre's language (`[centre]
/// lang`), whoever sends it, so a record never changes language with its writer's `--lang`.
pub(super) fn written(config: &crate::domain::config::Config, overdue: &crate::domain::capa::Overdue) -> String {
    overdue.msg().render(super::lang::of_records(config))
}

fn remind(ctx: &Ctx, args: RemindArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let due = args.due.unwrap_or_else(|| ctx.repo.calendar().add_working_days(ctx.today, 1));
    let mut ask = Ask::from_terminal();
    ask.check_first(false, || {
        ctx.preflight(&args.id, |c: &mut Capa| {
            c.remind(actor, ctx.today, due, None, |o| written(ctx.repo.config(), o)).map(|_| ())
        })
    })?;
    ask.confirm(&[("capa", args.id.clone()), ("due", due.to_string())])?;
    let (capa, n) = ctx.edit(
        &args.id,
        |c: &mut Capa| c.remind(actor, ctx.today, due, args.note, |o| written(ctx.repo.config(), o)),
        |c, n| format!("{} reminder {n} to {} by {due} [RP-2]", c.id, c.responsible),
    )?;
    errln!("{}", t!("capa-reminded", id = capa.id, n = n, who = ctx.who(&capa.responsible), due = due));
    Ok(())
}

/// What the CAPA waits for, in a few words.
fn next_step(ctx: &Ctx, capa: &Capa) -> String {
    let window = ctx.repo.config().policy.verification_working_days;
    let round = capa.current_round();
    match capa.status {
        CapaStatus::Effective => "-".into(),
        CapaStatus::AwaitingVerification => match capa.verification_deadline(ctx.repo.calendar(), window) {
            Some(deadline) => t!("capa-next-verify-by", deadline = deadline),
            None => t!("capa-next-verify"),
        },
        CapaStatus::Open => {
            let open = round.into_iter().flat_map(|r| (1..).zip(&r.actions)).filter(|(_, a)| a.done.is_none());
            match open.min_by_key(|(_, a)| a.due) {
                Some((n, a)) => t!("capa-next-action", n = n, due = a.due),
                None if round.is_some_and(|r| !r.actions.is_empty()) => t!("capa-next-report"),
                None => t!("capa-next-add"),
            }
        }
    }
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let window = ctx.repo.config().policy.verification_working_days;
    let responsible = ctx.whose(args.responsible, args.mine)?;
    let mut capas: Vec<Capa> = ctx
        .repo
        .records::<Capa>(RecordKind::Capa)?
        .into_iter()
        .filter(|c| args.status.is_none_or(|s| c.status == s))
        .filter(|c| args.year.is_none_or(|y| c.opened.year() == y))
        .filter(|c| !args.overdue || c.overdue(ctx.today, ctx.repo.calendar(), window).is_some())
        .filter(|c| responsible.as_deref().is_none_or(|r| c.responsible == r))
        .collect();
    capas.sort_by_key(|c| c.id);
    let grid = Grid {
        headers: vec!["id", "complaint", "responsible", "opened", "round", "status", "next", "overdue", "reminders"],
        rows: capas
            .iter()
            .map(|c| {
                let overdue = c.overdue(ctx.today, ctx.repo.calendar(), window);
                vec![
                    c.id.to_string(),
                    c.complaint.to_string(),
                    ctx.who(&c.responsible),
                    c.opened.to_string(),
                    c.round_number().to_string(),
                    c.status.name().to_string(),
                    next_step(ctx, c),
                    overdue.map(|o| format!("{o} [{}]", o.clause())).unwrap_or_default(),
                    c.reminders.len().to_string(),
                ]
            })
            .collect(),

        optional: vec!["round", "reminders", "opened"],
    };
    grid.print_records(args.out, &capas, |n| crate::t!("count-capas", n = n, day = ctx.today))
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let capa = ctx.load::<Capa>(&args.id, RecordKind::Capa)?.record;
    if args.format == Format::Json {
        print_json(&capa)?;
    } else {
        out!("{}", render_report(ctx, &capa))?;
    }
    Ok(())
}

/// The tracking report as text: header, each round's actions, completion and verification.
pub(super) fn render_report(ctx: &Ctx, capa: &Capa) -> String {
    let mut form = Form::default();
    let mut line = |label: &str, value: String| form.line(label, value);
    line("capa", format!("{}  {}  [{}]", capa.id, t!("form-capa"), capa.status.name()));
    line("complaint", capa.complaint.to_string());
    line("responsible", ctx.who(&capa.responsible));
    line("opened", t!("form-on-by", day = capa.opened, who = ctx.who(&capa.opened_by)));
    line("problem", capa.problem.to_string());
    line("next", next_step(ctx, capa));
    let mut out = form.finish();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    for (i, round) in capa.rounds.iter().enumerate() {
        line(t!("capa-round", n = i + 1));
        for (n, a) in (1..).zip(&round.actions) {
            let mark = if a.done.is_some() { "x" } else { " " };
            let done = a.done.map(|d| t!("capa-action-done-on", day = d)).unwrap_or_default();
            let text = clip(&a.text, 60);
            line(format!(
                "  [{mark}] {}",
                t!("capa-action-line", n = n, text = text, kind = a.kind.name(), due = a.due, done = done)
            ));
        }
        if let Some(c) = &round.completed {
            line(format!("  {}", t!("capa-round-completed", day = c.on, who = ctx.who(&c.by))));
        }
        if let Some(v) = &round.verification {
            let verdict = if v.effective { t!("capa-verdict-effective") } else { t!("capa-verdict-not-effective") };
            let late = if v.late { t!("capa-verdict-late", deadline = v.deadline) } else { String::new() };
            let (day, who) = (v.on, ctx.who(&v.by));
            line(format!(
                "  {}",
                t!("capa-round-verified", day = day, who = who, verdict = verdict, late = late, note = &v.note)
            ));
        }
    }
    for r in &capa.reminders {
        let note = r.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
        let (day, who) = (r.on, ctx.who(&r.by));
        line(t!("capa-reminder-line", n = r.number, day = day, who = who, overdue = r.overdue, note = note));
    }
    out
}

/// An action's number as the report shows it: `2`, and also `第2項`, `#2` or a full-width
/// `２`; anything else is refused saying what to type (not "invalid digit").
fn action_number(text: &str) -> Result<usize, String> {
    let digits: String = text
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '０'..='９' => char::from_digit(c as u32 - '０' as u32, 10),
            _ => None,
        })
        .collect();
    let wrapped = text.trim().trim_start_matches(['第', '#']).trim_end_matches(['項', '项', '條', '条']);
    let only_number = wrapped.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    match digits.parse::<usize>() {
        Ok(n) if n >= 1 && only_number => Ok(n),
        _ => Err(t!("capa-action-number", text = text)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_action_number_as_people_write_it() {
        for (typed, n) in [("2", 2), ("第2項", 2), ("#3", 3), ("２", 2), ("第１２项", 12)] {
            assert_eq!(super::action_number(typed), Ok(n), "{typed}");
        }
        for typed in ["0", "二", "2a", "", "第項"] {
            assert!(super::action_number(typed).is_err(), "{typed}");
        }
    }
}
