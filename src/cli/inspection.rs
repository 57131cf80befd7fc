//! `svc inspection`: observations at a post (巡查, SC-4.1) by the coordination office or a
//! room head, good conduct or a breach; the evidence commendations and penalties rest on.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::context::Ctx;
use super::output::{Form, Format, Grid, ListOutput, ShowArgs, print_json};
use crate::domain::date::Date;
use crate::domain::id::RecordKind;
use crate::domain::inspection::{ConductRule, Inspection};
use crate::domain::token::Token as _;
use crate::t;

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str =
    "Inspections at the posts: good conduct and breaches, the evidence for commendations and penalties (SC-4.1)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 1] = ["巡查"];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Record what an inspection saw at a person's post (SC-4.1); prints its id.
    #[command(after_help = "Examples:
  svc --as S02 inspection record --staff S11 --rule post --note \"10:20 離崗閑談約十分鐘\"
  svc --as S10 inspection record --staff S12 --rule integrity --good --note \"婉拒客戶所送禮品\"")]
    #[command(visible_aliases = ["記錄", "记录"])]
    Record(RecordArgs),
    /// Inspections, filtered.
    #[command(after_help = "Examples:
  svc inspection list --staff S11
  svc inspection list --rule integrity --format csv")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
    /// One inspection.
    #[command(after_help = "Examples:
  svc inspection show INS-2026-0001")]
    #[command(visible_aliases = ["查看"])]
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Who was seen (id or name).
    #[arg(long, add = super::complete::staff())]
    staff: String,
    /// The rule of conduct it concerns (SC-4.1).
    #[arg(long, value_parser = super::token::<ConductRule>())]
    rule: ConductRule,
    /// What was seen.
    #[arg(long)]
    note: String,
    /// Good conduct (evidence for a commendation, C2/C3) rather than a breach.
    #[arg(long)]
    good: bool,
    /// The working day of the observation; default: the day of the step (--date).
    #[arg(long = "on", value_name = "YYYY-MM-DD")]
    on: Option<Date>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this person's (id or name).
    #[arg(long, add = super::complete::staff())]
    staff: Option<String>,
    /// Only this rule of conduct.
    #[arg(long, value_parser = super::token::<ConductRule>())]
    rule: Option<ConductRule>,
    /// Only inspections of this year.
    #[arg(long, value_parser = super::year_arg())]
    year: Option<i32>,
    #[command(flatten)]
    out: ListOutput,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Record(args) => record(ctx, args),
        Command::List(args) => list(ctx, args),
        Command::Show(args) => show(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn record(ctx: &Ctx, args: RecordArgs) -> Result<()> {
    let by = ctx.actor()?;
    let person = ctx.staff(&args.staff)?;
    let on = args.on.unwrap_or(ctx.today);
    let i = ctx.add(
        on.year(),
        |id| Inspection::record(id, by, &person.id, on, args.rule, args.good, args.note),
        |i| format!("{} inspection: {} {} {} [SC-4.1]", i.id, i.staff, i.rule, if i.good { "good" } else { "breach" }),
    )?;
    let id = i.id;
    let grounds: Vec<String> = i.grounds().iter().map(ToString::to_string).collect();
    let seen = if i.good { t!("inspection-good") } else { t!("inspection-breach") };
    let who = ctx.who(&i.staff);
    errln!(
        "{}",
        t!("inspection-recorded", id = id, who = who, rule = i.rule.name(), seen = seen, grounds = grounds.join(", "))
    );
    outln!("{id}")?;
    Ok(())
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let staff = ctx.whose(args.staff, false)?;
    let mut all: Vec<Inspection> = ctx.repo.records(RecordKind::Inspection)?;
    all.retain(|i| {
        staff.as_deref().is_none_or(|s| i.staff == s)
            && args.rule.is_none_or(|r| i.rule == r)
            && args.year.is_none_or(|y| i.on.year() == y)
    });
    all.sort_by_key(|i| (i.on, i.id));
    let grid = Grid {
        headers: vec!["id", "day", "staff", "conduct rule", "seen", "by", "note"],
        rows: all
            .iter()
            .map(|i| {
                vec![
                    i.id.to_string(),
                    i.on.to_string(),
                    ctx.who(&i.staff),
                    i.rule.name().to_string(),
                    if i.good { t!("inspection-good") } else { t!("inspection-breach") },
                    ctx.who(&i.by),
                    i.note.clone(),
                ]
            })
            .collect(),
        optional: vec!["by", "note"],
    };
    grid.print_records(args.out, &all, |n| t!("count-inspections", n = n))
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let i = ctx.load::<Inspection>(&args.id, RecordKind::Inspection)?.record;
    if args.format == Format::Json {
        return print_json(&i);
    }
    let grounds: Vec<String> = i.grounds().iter().map(ToString::to_string).collect();
    let mut form = Form::default();
    form.line("inspection", format!("{}  {}", i.id, t!("form-inspection")));
    form.line("day", i.on);
    form.line("staff", ctx.who(&i.staff));
    form.line("conduct rule", i.rule.name());
    form.line("seen", if i.good { t!("inspection-good") } else { t!("inspection-breach") });
    form.line("grounds", grounds.join(", "));
    form.line("by", ctx.who(&i.by));
    form.line("note", &i.note);
    out!("{}", form.finish())?;
    Ok(())
}
