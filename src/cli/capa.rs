//! `svc capa`: the CAPA Tracking Report (CC-4.3 to CC-4.6) and reminders (催辦).

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use super::context::Ctx;
use super::output::{Format, Grid, ListOutput, ShowArgs, clip, print_json};
use crate::domain::capa::{ActionKind, Capa, CapaStatus};
use crate::domain::date::Date;
use crate::domain::id::RecordKind;
use crate::domain::token::Token as _;

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
#[command(group(clap::ArgGroup::new("step").required(true).args(["action", "done"])))]
pub struct TrackArgs {
    #[arg(add = super::complete::records())]
    id: String,
    /// The action to add.
    #[arg(long, requires_all = ["kind", "due"])]
    action: Option<String>,
    #[arg(long, value_parser = super::token::<ActionKind>())]
    kind: Option<ActionKind>,
    /// Its planned completion date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    due: Option<Date>,
    /// Mark action N of the current round done.
    #[arg(long, value_name = "N")]
    done: Option<usize>,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    #[arg(add = super::complete::records())]
    id: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("verdict").required(true).args(["effective", "not_effective"])))]
pub struct VerifyArgs {
    #[arg(add = super::complete::records())]
    id: String,
    /// The actions worked: the CAPA closes.
    #[arg(long)]
    effective: bool,
    /// They did not: a new round of actions follows (CC-4.6).
    #[arg(long)]
    not_effective: bool,
    /// What was checked and found.
    #[arg(long)]
    note: String,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    #[arg(add = super::complete::records())]
    id: String,
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only CAPAs overdue on the day (--date): an action past its date, or a verification
    /// past its window.
    #[arg(long)]
    overdue: bool,
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
    if let Some(n) = args.done {
        let (capa, ()) = ctx.edit(
            &args.id,
            |c: &mut Capa| c.mark_done(actor, ctx.today, n),
            |c, _| format!("{} action {n} done [CC-4.4]", c.id),
        )?;
        let open = capa.current_round().map_or(0, |r| r.actions.iter().filter(|a| a.done.is_none()).count());
        errln!("{}: action {n} done; {open} still open in round {}", capa.id, capa.round_number());
        if open == 0 {
            errln!("next: {} reports completion with `svc capa complete {}`", capa.responsible, capa.id);
        }
        return Ok(());
    }
    let (Some(text), Some(kind), Some(due)) = (args.action, args.kind, args.due) else {
        bail!("--action needs --kind corrective|preventive and --due YYYY-MM-DD");
    };
    let (capa, n) = ctx.edit(
        &args.id,
        |c: &mut Capa| c.add_action(actor, ctx.today, kind, text, due),
        |c, n| format!("{} action {n}: {kind}, due {due} [CC-4.4]", c.id),
    )?;
    errln!("{}: added {kind} action {n} of round {}, due {due}", capa.id, capa.round_number());
    Ok(())
}

fn complete(ctx: &Ctx, args: IdArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let (capa, ()) = ctx.edit(
        &args.id,
        |c: &mut Capa| c.complete(actor, ctx.today),
        |c, _| format!("{} round {} complete [CC-4.4]", c.id, c.round_number()),
    )?;
    let window = ctx.repo.config().policy.verification_working_days;
    let deadline = capa.verification_deadline(ctx.repo.calendar(), window).unwrap_or(ctx.today);
    errln!(
        "{}: round {} reported complete; the coordination office verifies by {deadline} (CC-4.5)",
        capa.id,
        capa.round_number()
    );
    Ok(())
}

fn verify(ctx: &Ctx, args: VerifyArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let window = ctx.repo.config().policy.verification_working_days;
    let effective = args.effective;
    let (capa, late) = ctx.edit(
        &args.id,
        |c: &mut Capa| c.verify(actor, ctx.today, effective, args.note, ctx.repo.calendar(), window),
        |c, _| {
            let verdict = if effective { "effective [CC-4.5]" } else { "not effective [CC-4.6]" };
            format!("{} verified {verdict}", c.id)
        },
    )?;
    if late {
        errln!("warning: verified late, after the {window} working days of CC-4.5; recorded as late");
    }
    if effective {
        errln!("{}: verified effective; next: `svc complaint close {} --result TEXT`", capa.id, capa.complaint);
    } else {
        errln!(
            "{}: not effective, round {} opened (CC-4.6); next: new actions with `svc capa track {} --action ...`",
            capa.id,
            capa.round_number(),
            capa.id
        );
    }
    Ok(())
}

fn remind(ctx: &Ctx, args: RemindArgs) -> Result<()> {
    let actor = ctx.actor()?;
    let (capa, n) = ctx.edit(
        &args.id,
        |c: &mut Capa| c.remind(actor, ctx.today, args.note),
        |c, n| format!("{} reminder {n} to {} [RP-2]", c.id, c.responsible),
    )?;
    let ground = match n {
        1 => " (first reminder: ground RP-2 P4 if still unfinished)",
        2 => " (second reminder: ground RP-3 R4 if still unfinished)",
        _ => "",
    };
    errln!("{}: reminder {n} sent to {}{ground}", capa.id, ctx.who(&capa.responsible));
    Ok(())
}

/// What the CAPA waits for, in a few words.
fn next_step(ctx: &Ctx, capa: &Capa) -> String {
    let window = ctx.repo.config().policy.verification_working_days;
    let round = capa.current_round();
    match capa.status {
        CapaStatus::Effective => "-".into(),
        CapaStatus::AwaitingVerification => match capa.verification_deadline(ctx.repo.calendar(), window) {
            Some(deadline) => format!("verify by {deadline}"),
            None => "verify".into(),
        },
        CapaStatus::Open => {
            let open = round.into_iter().flat_map(|r| (1..).zip(&r.actions)).filter(|(_, a)| a.done.is_none());
            match open.min_by_key(|(_, a)| a.due) {
                Some((n, a)) => format!("action {n} due {}", a.due),
                None if round.is_some_and(|r| !r.actions.is_empty()) => "report completion".into(),
                None => "add actions".into(),
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
                    c.status.name(),
                    next_step(ctx, c),
                    overdue.map(|o| format!("{o} [{}]", o.clause())).unwrap_or_default(),
                    c.reminders.len().to_string(),
                ]
            })
            .collect(),

        optional: Vec::new(),
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
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(format!("{:<12} {}  糾正和預防措施跟蹤報告  [{}]", "capa", capa.id, capa.status));
    line(format!("{:<12} {}", "complaint", capa.complaint));
    line(format!("{:<12} {}", "responsible", ctx.who(&capa.responsible)));
    line(format!("{:<12} {} by {}", "opened", capa.opened, ctx.who(&capa.opened_by)));
    line(format!("{:<12} {}", "problem", capa.problem));
    line(format!("{:<12} {}", "next", next_step(ctx, capa)));
    for (i, round) in capa.rounds.iter().enumerate() {
        line(format!("round {}", i + 1));
        for (n, a) in (1..).zip(&round.actions) {
            let mark = if a.done.is_some() { "x" } else { " " };
            let done = a.done.map(|d| format!(", done {d}")).unwrap_or_default();
            line(format!("  [{mark}] {n}. {} ({}) due {}{done}", clip(&a.text, 60), a.kind, a.due));
        }
        if let Some(c) = &round.completed {
            line(format!("  completed  {} by {}", c.on, ctx.who(&c.by)));
        }
        if let Some(v) = &round.verification {
            let verdict = if v.effective { "effective" } else { "NOT effective" };
            let late = if v.late { format!(" LATE (due by {})", v.deadline) } else { String::new() };
            line(format!("  verified   {} by {}: {verdict}{late}: {}", v.on, ctx.who(&v.by), v.note));
        }
    }
    for r in &capa.reminders {
        let note = r.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
        line(format!("reminder {}   {} by {} ({}){note}", r.number, r.on, ctx.who(&r.by), r.overdue));
    }
    out
}
