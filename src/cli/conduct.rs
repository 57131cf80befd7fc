//! `svc conduct`: commendations and penalties (RP-1 to RP-3): proposals, decisions,
//! letters, a person's history, and suggestions drawn from the records.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::ask::Ask;
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

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str = "Commendations and penalties: proposals, decisions, suggestions (RP-1 to RP-3)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 2] = ["獎懲", "奖惩"];

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
    /// Who (id or name); on a terminal, chosen from what the records show, or from the staff.
    #[arg(long, add = super::complete::staff())]
    staff: Option<String>,
    /// The commendation or penalty; it must be one the ground allows.
    #[arg(long, value_parser = super::token::<ConductKind>())]
    kind: Option<ConductKind>,
    /// The ground it rests on, as the procedure lists them (RP-1 to RP-3).
    #[arg(long, value_parser = super::token::<Ground>())]
    ground: Option<Ground>,
    /// What happened, in the proposer's words; asked for on a terminal.
    #[arg(long)]
    note: Option<String>,
    /// Records it rests on (CMP-…, CAPA-…, INC-…, RP-…) or a monthly sheet (SHEET-2026-03).
    #[arg(long, num_args = 1..)]
    evidence: Vec<Evidence>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("verdict").args(["approve", "reject"])))]
pub struct DecideArgs {
    /// The proposal (RP-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// Approve the proposal.
    #[arg(long)]
    approve: bool,
    /// Do not approve it.
    #[arg(long)]
    reject: bool,
    /// A note on the decision.
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct CirculateArgs {
    /// The proposal (RP-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// How it was made known: the notice board, a staff meeting, a circular.
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct NotifyArgs {
    /// The proposal (RP-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// The seconding unit written to; default: the person's unit in svc.toml.
    #[arg(long)]
    unit: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this person's (id or name).
    #[arg(long, add = super::complete::staff())]
    staff: Option<String>,
    /// Proposed in this year.
    #[arg(long, value_parser = super::year_arg())]
    year: Option<i32>,
    /// Only proposals with this status.
    #[arg(long, value_parser = super::token::<ConductStatus>())]
    status: Option<ConductStatus>,
    /// Only this kind of commendation or penalty.
    #[arg(long, value_parser = super::token::<ConductKind>())]
    kind: Option<ConductKind>,
    #[command(flatten)]
    out: ListOutput,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Whose record (id or name).
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
    /// Only this month (YYYY-MM); default: the whole year.
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
            let person = ctx.staff(&args.staff)?.id;
            list(ctx, |c| c.staff == person, args.out)
        }
        Command::Suggest(args) => suggestions(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn all(ctx: &Ctx) -> Result<Vec<Conduct>> {
    ctx.repo.records::<Conduct>(RecordKind::Conduct)
}

fn propose(ctx: &Ctx, mut args: ProposeArgs) -> Result<()> {
    let by = ctx.actor()?;
    let mut ask = Ask::from_terminal();
    // On a terminal with nothing given: first what the records show (RP-1 to RP-3), each
    // with its evidence, then "someone else" for a proposal typed in full.
    if ask.interactive() && args.staff.is_none() && args.ground.is_none() {
        let found = found_suggestions(ctx, ctx.today.year())?;
        let mut choices: Vec<(String, String)> = found
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    i.to_string(),
                    format!("{} {}：{}（{}）", s.ground, ctx.who(&s.staff), s.ground.describe(), join(&s.evidence)),
                )
            })
            .collect();
        choices.push(("other".into(), t!("ask-conduct-other")));
        let chosen = ask.choose(None, "--staff", &t!("ask-conduct-which"), &choices, None)?;
        if let Some(s) = chosen.parse::<usize>().ok().and_then(|i| found.get(i)) {
            args.staff = Some(s.staff.clone());
            args.ground = Some(s.ground);
            if args.evidence.is_empty() {
                args.evidence = s.evidence.clone();
            }
        }
    }
    let people = super::ask::people(ctx.repo.directory());
    let staff = ask.choose(args.staff, "--staff", &t!("ask-conduct-staff"), &people, None)?;
    let person = ctx.staff(&staff)?;
    let described = |g: Ground| format!("{g} {}", g.describe());
    let ground = ask.token_of(args.ground, "--ground", &t!("ask-conduct-ground"), Ground::ALL, described)?;
    let kinds: Vec<ConductKind> = ConductKind::ALL.iter().copied().filter(|k| ground.fits(*k)).collect();
    let kind = ask.token_of(args.kind, "--kind", &t!("ask-conduct-kind"), &kinds, ConductKind::name)?;
    // Evidence is asked with the rest of a form being filled in by questions.
    if args.evidence.is_empty() && ask.asking() {
        // Asked again until every word is a record id or a month's sheet.
        let typed: EvidenceList = ask.parsed(None, "--evidence", &t!("ask-evidence"), "")?;
        args.evidence = typed.0;
    }
    let note = ask.text(args.note, "--note", &t!("ask-conduct-note"))?;
    ask.confirm(&[
        ("staff", ctx.who(&person.id)),
        ("ground", format!("{ground} {}", ground.describe())),
        ("kind", kind.name().to_string()),
        ("evidence", join(&args.evidence)),
        ("note", note.clone()),
    ])?;
    let proposal = Proposal { kind, ground, note, evidence: args.evidence };
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
    let mut ask = Ask::from_terminal();
    let given = (args.approve || args.reject).then_some(args.approve);
    // The decider's step (RP-1 to RP-3), checked before anything is asked.
    ask.check_first(given.is_none(), || {
        ctx.preflight(&args.id, |c: &mut Conduct| c.decide(by, ctx.today, true, None))
    })?;
    let (yes, no) = (t!("value-decision-approved"), t!("value-decision-rejected"));
    let approve = ask.either(given, "--approve / --reject", &t!("ask-decision"), yes, no)?;
    let note = ask.optional_text(args.note, &t!("ask-decision-note"))?;
    if ask.confirms() {
        let proposal = ctx.load::<Conduct>(&args.id, RecordKind::Conduct)?.record;
        let decision = if approve { t!("value-decision-approved") } else { t!("value-decision-rejected") };
        ask.confirm(&[
            ("conduct", format!("{} {} {}", proposal.id, proposal.kind.name(), ctx.who(&proposal.staff))),
            ("ground", format!("{} {}", proposal.ground, proposal.ground.describe())),
            ("decision", decision),
        ])?;
    }
    let (c, ()) = ctx.edit(
        &args.id,
        |c: &mut Conduct| c.decide(by, ctx.today, approve, note),
        |c, _| format!("{} decide: {} [{}]", c.id, c.status, c.ground.clause()),
    )?;
    errln!("{}", t!("conduct-decided", id = c.id, status = c.status.name()));
    match (c.status, c.kind) {
        (ConductStatus::Approved, ConductKind::Commendation | ConductKind::Removal) => {
            super::output::say_next(t!("conduct-next-notify"), format!("svc conduct notify {}", c.id))
        }
        (ConductStatus::Approved, ConductKind::CirculatedCriticism) => {
            super::output::say_next(t!("conduct-next-circulate"), format!("svc conduct circulate {}", c.id))
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
                    c.kind.name().to_string(),
                    c.ground.to_string(),
                    c.proposed.to_string(),
                    c.status.name().to_string(),
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

/// What the records show from `from` to `to` (RP-1 to RP-3), for `suggest` and for the
/// proposal asked on a terminal.
fn suggested(ctx: &Ctx, from: Date, to: Date) -> Result<Vec<crate::domain::grounds::Suggestion>> {
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
    Ok(suggest(&input))
}

/// This year's suggestions not yet proposed: what a proposal asked on a terminal offers.
fn found_suggestions(ctx: &Ctx, year: i32) -> Result<Vec<crate::domain::grounds::Suggestion>> {
    let mut found = suggested(ctx, date(year, 1, 1), date(year, 12, 31))?;
    found.retain(|s| s.proposed.is_empty());
    Ok(found)
}

fn suggestions(ctx: &Ctx, args: SuggestArgs) -> Result<()> {
    let (from, to) = match (args.month, args.year) {
        (Some(m), _) => (m.first_day(), m.last_day()),
        (None, year) => {
            let y = year.unwrap_or(ctx.today.year());
            (date(y, 1, 1), date(y, 12, 31))
        }
    };
    let found = suggested(ctx, from, to)?;
    let grid = Grid {
        headers: vec!["ground", "staff", "evidence", "detail", "proposed"],
        rows: found
            .iter()
            .map(|s| {
                vec![
                    format!("{} ({})", s.ground, s.ground.clause()),
                    ctx.who(&s.staff),
                    join(&s.evidence),
                    crate::i18n::msg::joined(&s.details),
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

/// Evidence typed at a prompt: ids separated by spaces (or commas), none at all allowed.
struct EvidenceList(Vec<Evidence>);

impl std::str::FromStr for EvidenceList {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        s.split(|c: char| c.is_whitespace() || c == ',' || c == '，' || c == '、')
            .filter(|w| !w.is_empty())
            .map(str::parse)
            .collect::<Result<Vec<Evidence>, crate::i18n::Msg>>()
            .map_err(|e| e.to_string())
            .map(EvidenceList)
    }
}
