//! `svc training` and `svc qualify` (SC-3.2): the courses people attended, and the
//! coordination office's confirmation that a window clerk may serve (持證上崗).

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::context::Ctx;
use super::output::{Grid, ListOutput};
use crate::domain::date::Date;
use crate::domain::id::RecordKind;
use crate::domain::training::{Qualification, Training};
use crate::t;

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str = "Training: the courses people attended (SC-3.2)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 2] = ["培訓", "培训"];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Coordination office: record a course a person attended (SC-3.2); prints its id.
    #[command(after_help = "Examples:
  svc --as S02 training record --staff S52 --course \"稅收政策與窗口業務\" --hours 16 --on 2026-01-09")]
    #[command(visible_aliases = ["記錄", "记录"])]
    Record(RecordArgs),
    /// Training and qualifications, a person's or everyone's.
    #[command(after_help = "Examples:
  svc training list --staff S52")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Who attended (id or name).
    #[arg(long, add = super::complete::staff())]
    staff: String,
    /// The course.
    #[arg(long)]
    course: String,
    /// Hours attended.
    #[arg(long)]
    hours: f64,
    /// The day of the course (its last day); default: the day of the step (--date).
    #[arg(long = "on", value_name = "YYYY-MM-DD")]
    on: Option<Date>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this person's (id or name).
    #[arg(long, add = super::complete::staff())]
    staff: Option<String>,
    #[command(flatten)]
    out: ListOutput,
}

/// `svc qualify`: the coordination office confirms a clerk may serve (持證上崗, SC-3.2).
#[derive(Debug, Args)]
pub struct QualifyArgs {
    /// The window clerk qualified (id or name).
    #[arg(long, add = super::complete::staff())]
    staff: String,
    /// The certificate's number.
    #[arg(long)]
    certificate: String,
    /// The day from which they may serve; default: the day of the step (--date).
    #[arg(long = "on", value_name = "YYYY-MM-DD")]
    on: Option<Date>,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Record(args) => record(ctx, args),
        Command::List(args) => list(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn record(ctx: &Ctx, args: RecordArgs) -> Result<()> {
    let by = ctx.actor()?;
    let person = ctx.staff(&args.staff)?;
    let on = args.on.unwrap_or(ctx.today);
    let training = ctx.add(
        on.year(),
        |id| Training::record(id, by, &person.id, on, args.course, args.hours),
        |t| format!("{} training: {} {}h [SC-3.2]", t.id, t.staff, t.hours),
    )?;
    let id = training.id;
    errln!(
        "{}",
        t!(
            "training-recorded",
            id = id,
            who = ctx.who(&training.staff),
            course = &training.course,
            hours = training.hours
        )
    );
    outln!("{id}")?;
    Ok(())
}

pub fn qualify(ctx: &Ctx, args: QualifyArgs) -> Result<ExitCode> {
    let by = ctx.actor()?;
    let person = ctx.staff(&args.staff)?;
    let on = args.on.unwrap_or(ctx.today);
    let q = ctx.add(
        on.year(),
        |id| Qualification::confirm(id, by, &person.id, on, args.certificate),
        |q| format!("{} qualified: {} from {} [SC-3.2]", q.id, q.staff, q.on),
    )?;
    let id = q.id;
    errln!(
        "{}",
        t!("qualification-recorded", id = id, who = ctx.who(&q.staff), day = q.on, certificate = &q.certificate)
    );
    outln!("{id}")?;
    Ok(ExitCode::SUCCESS)
}

/// Both kinds, a row each: what it was, the day, whose.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Entry {
    Training(Training),
    Qualification(Qualification),
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let staff = ctx.whose(args.staff, false)?;
    let keep = |s: &str| staff.as_deref().is_none_or(|x| x == s);
    let mut entries: Vec<Entry> = ctx
        .repo
        .records::<Training>(RecordKind::Training)?
        .into_iter()
        .filter(|x| keep(&x.staff))
        .map(Entry::Training)
        .chain(
            ctx.repo
                .records::<Qualification>(RecordKind::Qualification)?
                .into_iter()
                .filter(|x| keep(&x.staff))
                .map(Entry::Qualification),
        )
        .collect();
    let key = |e: &Entry| match e {
        Entry::Training(x) => (x.on, x.id),
        Entry::Qualification(x) => (x.on, x.id),
    };
    entries.sort_by_key(key);
    let grid = Grid {
        headers: vec!["id", "day", "staff", "what", "detail"],
        rows: entries
            .iter()
            .map(|e| match e {
                Entry::Training(x) => vec![
                    x.id.to_string(),
                    x.on.to_string(),
                    ctx.who(&x.staff),
                    t!("training-course"),
                    format!("{} ({}h)", x.course, x.hours),
                ],
                Entry::Qualification(x) => vec![
                    x.id.to_string(),
                    x.on.to_string(),
                    ctx.who(&x.staff),
                    t!("training-qualified"),
                    x.certificate.clone(),
                ],
            })
            .collect(),
        optional: Vec::new(),
    };
    grid.print_records(args.out, &entries, |n| t!("count-training", n = n))
}
