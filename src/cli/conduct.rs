//! `svc conduct`: commendations and penalties (RP-1 to RP-3): proposals, decisions,
//! letters, a person's history, and suggestions drawn from the records.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::attendance::sheets;
use super::context::Ctx;
use super::output::{Form, Format, Grid, ListOutput, ShowArgs, print_json};
use crate::domain::capa::Capa;
use crate::domain::complaint::Complaint;
use crate::domain::conduct::{Conduct, ConductKind, ConductStatus, Evidence, Ground, Proposal};
use crate::domain::date::{Date, Month};
use crate::domain::grounds::{SuggestInput, suggest};
use crate::domain::id::RecordKind;
use crate::domain::token::Token as _;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Coordination office: propose a commendation or penalty on a listed ground; prints its id.
    #[command(after_help = "Examples:
  svc --as S02 conduct propose --staff S12 --kind commendation --ground C1 --note \"客戶來信表揚\" --evidence CMP-2026-0036
  svc --as S02 conduct propose --staff S32 --kind criticism --ground P4 --note \"催辦後仍逾期\" --evidence CAPA-2026-0026")]
    #[command(visible_aliases = ["提議", "提议"])]
    Propose(ProposeArgs),
    /// The deciding role approves or rejects (RP-1, RP-3: executive deputy director; RP-2:
    /// deputy director).
    #[command(after_help = "Examples:
  svc --as D02 conduct decide RP-2026-0001 --approve
  svc --as D01 conduct decide RP-2026-0002 --reject --note \"證據不足\"")]
    #[command(visible_aliases = ["決定", "决定"])]
    Decide(DecideArgs),
    /// Record the letter to the person's seconding unit: a commendation (RP-1) or a removal (RP-3).
    #[command(after_help = "Examples:
  svc --as S02 conduct notify RP-2026-0001")]
    #[command(visible_aliases = ["通知"])]
    Notify(NotifyArgs),
    /// Coordination office: record that an approved circulated criticism was made known (通報, RP-2).
    #[command(after_help = "Examples:
  svc --as S02 conduct circulate RP-2026-0007 --note \"中心公告欄及全體會議通報\"")]
    #[command(visible_aliases = ["通報", "通报"])]
    Circulate(CirculateArgs),
    /// Proposals and decisions, filtered.
    #[command(after_help = "Examples:
  svc conduct list --year 2026 --status proposed
  svc conduct list --staff S32")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
    /// One proposal with its evidence and decision.
    #[command(after_help = "Examples:
  svc conduct show RP-2026-0001")]
    #[command(visible_aliases = ["查看"])]
    Show(ShowArgs),
    /// One person's commendations and penalties across the years.
    #[command(after_help = "Examples:
  svc conduct history S32")]
    #[command(visible_aliases = ["歷史", "历史"])]
    History(HistoryArgs),
    /// Who the records already put under a ground, with the evidence. Decides nothing.
    #[command(after_help = "Examples:
  svc --date 2026-11-27 conduct suggest
  svc conduct suggest --month 2026-10 --format json")]
    #[command(visible_aliases = ["建議", "建议"])]
    Suggest(SuggestArgs),
}

#[derive(Debug, Args)]
pub struct ProposeArgs {
    #[arg(long, add = super::complete::staff())]
    staff: String,
    #[arg(long, value_parser = super::token::<ConductKind>())]
    kind: ConductKind,
    #[arg(long, value_parser = super::token::<Ground>())]
    ground: Ground,
    #[arg(long)]
    note: String,
    /// Records it rests on (CMP-…, CAPA-…, INC-…, RP-…) or a monthly sheet (SHEET-2026-03).
    #[arg(long, num_args = 1..)]
    evidence: Vec<Evidence>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("verdict").required(true).args(["approve", "reject"])))]
pub struct DecideArgs {
    #[arg(add = super::complete::records())]
    id: String,
    #[arg(long)]
    approve: bool,
    #[arg(long)]
    reject: bool,
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct CirculateArgs {
    #[arg(add = super::complete::records())]
    id: String,
    /// How it was made known: the notice board, a staff meeting, a circular.
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct NotifyArgs {
    #[arg(add = super::complete::records())]
    id: String,
    /// The seconding unit written to; default: the person's unit in svc.toml.
    #[arg(long)]
    unit: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, add = super::complete::staff())]
    staff: Option<String>,
    /// Proposed in this year.
    #[arg(long, value_parser = super::year_arg())]
    year: Option<i32>,
    #[arg(long, value_parser = super::token::<ConductStatus>())]
    status: Option<ConductStatus>,
    #[arg(long, value_parser = super::token::<ConductKind>())]
    kind: Option<ConductKind>,
    #[command(flatten)]
    out: ListOutput,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[arg(add = super::complete::staff())]
    staff: String,
    #[command(flatten)]
    out: ListOutput,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("period").args(["year", "month"])))]
pub struct SuggestArgs {
    /// The year to look at; default: the year of the day (--date).
    #[arg(long, value_parser = super::year_arg())]
    year: Option<i32>,
    #[arg(long)]
    month: Option<Month>,
    #[command(flatten)]
    out: ListOutput,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Propose(args) => propose(ctx, args),
        Command::Decide(args) => decide(ctx, args),
        Command::Notify(args) => notify(ctx, args),
        Command::Circulate(args) => circulate(ctx, args),
        Command::List(args) => {
            let filter = |c: &Conduct| {
                args.staff.as_deref().is_none_or(|s| c.staff == s)
                    && args.year.is_none_or(|y| c.proposed.year() == y)
                    && args.status.is_none_or(|s| c.status == s)
                    && args.kind.is_none_or(|k| c.kind == k)
            };
            list(ctx, filter, args.out)
        }
        Command::Show(args) => show(ctx, args),
        Command::History(args) => {
            let person = ctx.staff(&args.staff)?.id.clone();
            list(ctx, |c| c.staff == person, args.out)
        }
        Command::Suggest(args) => suggestions(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn all(ctx: &Ctx) -> Result<Vec<Conduct>> {
    ctx.repo.records::<Conduct>(RecordKind::Conduct)
}

fn propose(ctx: &Ctx, args: ProposeArgs) -> Result<()> {
    let by = ctx.actor()?;
    let person = ctx.staff(&args.staff)?;
    let proposal = Proposal { kind: args.kind, ground: args.ground, note: args.note, evidence: args.evidence };
    let conduct = ctx.add(
        ctx.today.year(),
        |id| Conduct::propose(id, person, by, proposal, ctx.today),
        |c| format!("{} propose {} of {} on {} [{}]", c.id, c.kind, c.staff, c.ground, c.ground.clause()),
    )?;
    let id = conduct.id;
    let decider = conduct.ground.decider();
    let (kind, who, ground, clause) =
        (conduct.kind.name(), ctx.who(&conduct.staff), conduct.ground, conduct.ground.clause());
    errln!(
        "{}",
        t!(
            "conduct-proposed",
            id = id,
            kind = kind,
            who = who,
            ground = ground,
            decider = decider.name(),
            clause = clause
        )
    );
    outln!("{id}")?;
    Ok(())
}

fn decide(ctx: &Ctx, args: DecideArgs) -> Result<()> {
    let by = ctx.actor()?;
    let (c, ()) = ctx.edit(
        &args.id,
        |c: &mut Conduct| c.decide(by, ctx.today, args.approve, args.note),
        |c, _| format!("{} decide: {} [{}]", c.id, c.status, c.ground.clause()),
    )?;
    errln!("{}", t!("conduct-decided", id = c.id, status = c.status.name()));
    match (c.status, c.kind) {
        (ConductStatus::Approved, ConductKind::Commendation | ConductKind::Removal) => {
            errln!("{}", t!("conduct-next-notify", id = c.id))
        }
        (ConductStatus::Approved, ConductKind::CirculatedCriticism) => {
            errln!("{}", t!("conduct-next-circulate", id = c.id))
        }
        _ => {}
    }
    Ok(())
}

fn notify(ctx: &Ctx, args: NotifyArgs) -> Result<()> {
    let by = ctx.actor()?;
    let (c, ()) = ctx.edit(
        &args.id,
        |c: &mut Conduct| {
            let unit = args.unit.or_else(|| ctx.repo.directory().staff(&c.staff).and_then(|s| s.unit.clone()));
            c.notify(by, ctx.today, unit)
        },
        |c, _| format!("{} letter to the seconding unit [{}]", c.id, c.ground.clause()),
    )?;
    let unit = c.notified.as_ref().and_then(|n| n.unit.clone()).unwrap_or_else(|| t!("conduct-the-unit"));
    errln!("{}", t!("conduct-letter", id = c.id, unit = unit));
    Ok(())
}

fn circulate(ctx: &Ctx, args: CirculateArgs) -> Result<()> {
    let by = ctx.actor()?;
    let (c, ()) = ctx.edit(
        &args.id,
        |c: &mut Conduct| c.circulate(by, ctx.today, args.note),
        |c, _| format!("{} circulated [{}]", c.id, c.ground.clause()),
    )?;
    errln!("{}", t!("conduct-circulated", id = c.id, who = ctx.who(&c.staff)));
    Ok(())
}

fn list(ctx: &Ctx, keep: impl Fn(&Conduct) -> bool, out: ListOutput) -> Result<()> {
    let mut records: Vec<Conduct> = all(ctx)?.into_iter().filter(|c| keep(c)).collect();
    records.sort_by_key(|c| c.id);
    let grid = Grid {
        headers: vec!["id", "staff", "kind", "ground", "proposed", "status", "decided", "notified", "evidence"],
        rows: records
            .iter()
            .map(|c| {
                vec![
                    c.id.to_string(),
                    ctx.who(&c.staff),
                    c.kind.name(),
                    c.ground.to_string(),
                    c.proposed.to_string(),
                    c.status.name(),
                    c.decision.as_ref().map(|d| t!("decided-by", day = d.on, who = ctx.who(&d.by))).unwrap_or_default(),
                    c.notified.as_ref().map(|n| n.on.to_string()).unwrap_or_default(),
                    join(&c.evidence),
                ]
            })
            .collect(),

        optional: Vec::new(),
    };
    grid.print_records(out, &records, |n| crate::t!("count-conduct", n = n))
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let c = ctx.load::<Conduct>(&args.id, RecordKind::Conduct)?.record;
    if args.format == Format::Json {
        return print_json(&c);
    }
    let mut form = Form::default();
    let mut line = |label: &str, value: String| form.line(label, value);
    line("conduct", format!("{}  {}  [{}]", c.id, t!("form-conduct"), c.status.name()));
    line("staff", ctx.who(&c.staff));
    let (kind, ground, clause, what) = (c.kind.name(), c.ground, c.ground.clause(), c.ground.describe());
    line("kind", t!("conduct-kind-line", kind = kind, ground = ground, clause = clause, what = what));
    line("note", c.note.clone());
    line("evidence", join(&c.evidence));
    line("proposed", t!("form-on-by", day = c.proposed, who = ctx.who(&c.proposed_by)));
    match &c.decision {
        Some(d) => {
            let verdict = if d.approved { ConductStatus::Approved.name() } else { ConductStatus::Rejected.name() };
            let note = d.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
            line(
                "decision",
                t!("conduct-decision-line", verdict = verdict, day = d.on, who = ctx.who(&d.by), note = note),
            );
        }
        None => line("decision", t!("conduct-pending", decider = c.ground.decider().name())),
    }
    if let Some(n) = &c.notified {
        let unit = n.unit.clone().unwrap_or_default();
        line("letter", t!("conduct-letter-line", day = n.on, who = ctx.who(&n.by), unit = unit));
    }
    if let Some(circ) = &c.circulated {
        let how = circ.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
        line("circulated", format!("{}{how}", t!("form-on-by", day = circ.on, who = ctx.who(&circ.by))));
    }
    out!("{}", form.finish())?;
    Ok(())
}

fn suggestions(ctx: &Ctx, args: SuggestArgs) -> Result<()> {
    let (from, to) = match (args.month, args.year) {
        (Some(m), _) => (m.first_day(), m.last_day()),
        (None, year) => {
            let y = year.unwrap_or(ctx.today.year());
            (date(y, 1, 1), date(y, 12, 31))
        }
    };
    let complaints: Vec<Complaint> = ctx.repo.records::<Complaint>(RecordKind::Complaint)?;
    let capas: Vec<Capa> = ctx.repo.records::<Capa>(RecordKind::Capa)?;
    // Only months that have ended can have failed.
    let months: Vec<Month> = std::iter::successors(Some(Month::of(from)), |m| Some(m.next()))
        .take_while(|m| m.first_day() <= to && *m < Month::of(ctx.today))
        .collect();
    let sheets = sheets(ctx, &months, None)?;
    let conducts = all(ctx)?;
    let input = SuggestInput {
        from,
        to,
        today: ctx.today,
        complaints: &complaints,
        capas: &capas,
        sheets: &sheets,
        conducts: &conducts,
        inspections: &ctx.repo.records(RecordKind::Inspection)?,
        documents: &ctx.repo.records(RecordKind::Document)?,
        calendar: ctx.repo.calendar(),
        window: ctx.repo.config().policy.verification_working_days,
        repeated_overdue: ctx.repo.config().policy.repeated_overdue,
        causes: &ctx.repo.config().complaints,
    };
    let found = suggest(&input);
    let grid = Grid {
        headers: vec!["ground", "staff", "evidence", "detail", "proposed"],
        rows: found
            .iter()
            .map(|s| {
                vec![
                    format!("{} ({})", s.ground, s.ground.clause()),
                    ctx.who(&s.staff),
                    join(&s.evidence),
                    s.detail.clone(),
                    s.proposed.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "),
                ]
            })
            .collect(),

        optional: Vec::new(),
    };
    grid.print(args.out, || Ok(&found))?;
    if args.out.format == Format::Table {
        errln!("{}", t!("conduct-suggestions", n = found.len(), from = from, to = to));
    }
    Ok(())
}

fn join(evidence: &[Evidence]) -> String {
    evidence.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("a real date")
}
