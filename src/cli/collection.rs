//! `svc box`: the complaint box (投訴箱, CC-4.2), emptied by the coordination office once
//! every working day; each collection is a record, so a box form names its collection.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::context::Ctx;
use super::output::{Form, Format, Grid, ListOutput, ShowArgs, print_json};
use crate::domain::collection::Collection;
use crate::domain::date::Month;
use crate::domain::id::RecordKind;
use crate::t;

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str = "The complaint box: each working day's collection by the coordination office (CC-4.2)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 2] = ["投訴箱", "投诉箱"];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Coordination office: record today's emptying of the complaint box (CC-4.2); prints its id.
    #[command(after_help = "Examples:
  svc --as S02 box collect --forms 2
  svc --as S02 box collect --forms 0 --note \"箱內無意見單\"")]
    #[command(visible_aliases = ["收集"])]
    Collect(CollectArgs),
    /// The collections, by day, with the box forms logged against each.
    #[command(after_help = "Examples:
  svc box list --month 2026-11
  svc box list --format csv")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
    /// One collection.
    #[command(after_help = "Examples:
  svc box show BOX-2026-0001")]
    #[command(visible_aliases = ["查看"])]
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// How many forms were in the box (none: 0; asked for on a terminal).
    #[arg(long)]
    forms: Option<u32>,
    /// Anything to note about the box.
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only collections of this month (YYYY-MM).
    #[arg(long)]
    month: Option<Month>,
    #[command(flatten)]
    out: ListOutput,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Collect(args) => collect(ctx, args),
        Command::List(args) => list(ctx, args),
        Command::Show(args) => show(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn collect(ctx: &Ctx, args: CollectArgs) -> Result<()> {
    let by = ctx.actor()?;
    let mut ask = super::ask::Ask::from_terminal();
    let forms = match args.forms {
        Some(n) => n,
        None if ask.interactive() => ask.parsed(None, "--forms", &t!("ask-forms"), "0")?,
        None => 0,
    };
    ask.confirm(&[("day", ctx.today.to_string()), ("forms", forms.to_string())])?;
    let c = ctx.add(
        ctx.today.year(),
        |id| Collection::record(id, by, ctx.today, forms, args.note),
        |c| format!("{} box collected: {} form(s) [CC-4.2]", c.id, c.forms),
    )?;
    let id = c.id;
    errln!("{}", t!("box-collected", id = id, day = c.day, forms = c.forms));
    if c.forms > 0 {
        super::output::say_next(t!("box-next"), format!("svc complaint new --channel box --collected {}", c.day));
    }
    outln!("{id}")?;
    Ok(())
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let mut all: Vec<Collection> = ctx.repo.records(RecordKind::Collection)?;
    all.retain(|c| args.month.is_none_or(|m| Month::of(c.day) == m));
    all.sort_by_key(|c| (c.day, c.id));
    let complaints: Vec<crate::domain::complaint::Complaint> = ctx.repo.records(RecordKind::Complaint)?;
    let logged = |c: &Collection| complaints.iter().filter(|f| f.collected == Some(c.day)).count();
    let grid = Grid {
        headers: vec!["id", "day", "by", "forms", "logged", "note"],
        rows: all
            .iter()
            .map(|c| {
                vec![
                    c.id.to_string(),
                    c.day.to_string(),
                    ctx.who(&c.by),
                    c.forms.to_string(),
                    logged(c).to_string(),
                    c.note.clone().unwrap_or_default(),
                ]
            })
            .collect(),
        optional: vec!["note"],
    };
    grid.print_records(args.out, &all, |n| t!("count-collections", n = n))
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let c = ctx.load::<Collection>(&args.id, RecordKind::Collection)?.record;
    if args.format == Format::Json {
        return print_json(&c);
    }
    let complaints: Vec<crate::domain::complaint::Complaint> = ctx.repo.records(RecordKind::Complaint)?;
    let forms: Vec<String> =
        complaints.iter().filter(|f| f.collected == Some(c.day)).map(|f| f.id.to_string()).collect();
    let mut form = Form::default();
    form.line("collection", format!("{}  {}", c.id, t!("form-collection")));
    form.line("day", c.day);
    form.line("by", ctx.who(&c.by));
    form.line("forms", c.forms);
    form.line("logged", if forms.is_empty() { "-".to_string() } else { forms.join(" ") });
    if let Some(note) = &c.note {
        form.line("note", note);
    }
    out!("{}", form.finish())?;
    Ok(())
}
