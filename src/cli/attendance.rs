//! `svc attendance`: incidents (ATT-1), the monthly sheet per room and its dispatch (ATT-5).

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::context::Ctx;
use super::output::{Format, Grid, ListOutput};
use crate::domain::attendance::{Dispatch, Incident, IncidentInput, IncidentKind, Recipient, SheetRow, monthly_sheet};
use crate::domain::date::{Date, Month};
use crate::domain::id::RecordKind;
use crate::domain::leave::{Leave, LeaveKind};
use crate::domain::token::Token as _;
use crate::t;

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str = "Attendance: incidents, the monthly sheet per room, its dispatch (ATT-1, ATT-5)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 1] = ["考勤"];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Record a late arrival, early departure or absence (ATT-1); prints its id.
    #[command(after_help = "Examples:
  svc --as S40 attendance incident --staff S11 --kind late --on 2026-03-02 --minutes 15
  svc --as S40 attendance incident --staff S11 --kind absent --on 2026-03-03")]
    #[command(visible_aliases = ["異常", "异常"])]
    Incident(IncidentArgs),
    /// The monthly attendance sheet, a row per person (ATT-5).
    #[command(after_help = "Examples:
  svc attendance month 2026-03
  svc attendance month 2026-03 --room R1 --format csv")]
    #[command(visible_aliases = ["月表"])]
    Month(MonthArgs),
    /// Record that a room's monthly sheet was sent (ATT-5); prints its id.
    #[command(after_help = "Examples:
  svc --as S02 attendance dispatch 2026-03 --room R1 --to seconding-unit")]
    #[command(visible_aliases = ["報送", "报送"])]
    Dispatch(DispatchArgs),
}

#[derive(Debug, Args)]
pub struct IncidentArgs {
    /// Who (id or name).
    #[arg(long, add = super::complete::staff())]
    staff: String,
    /// Late, left early, or absent.
    #[arg(long, value_parser = super::token::<IncidentKind>())]
    kind: IncidentKind,
    /// The working day it happened; default: the day of the step (--date).
    #[arg(long = "on", value_name = "YYYY-MM-DD")]
    on: Option<Date>,
    /// How many minutes late or early.
    #[arg(long)]
    minutes: Option<u32>,
    /// What happened.
    #[arg(long)]
    note: Option<String>,
    /// Why it is recorded after the month's sheet was sent (ATT-5).
    #[arg(long)]
    correction: Option<String>,
}

#[derive(Debug, Args)]
pub struct MonthArgs {
    /// YYYY-MM
    month: Month,
    /// Only this room (id or name); default: every room.
    #[arg(long, add = super::complete::rooms())]
    room: Option<String>,
    #[command(flatten)]
    out: ListOutput,
}

#[derive(Debug, Args)]
pub struct DispatchArgs {
    /// YYYY-MM
    month: Month,
    /// The room whose sheet was sent (id or name).
    #[arg(long, add = super::complete::rooms())]
    room: String,
    /// Sent to the seconding unit or to the coordination office.
    #[arg(long, value_parser = super::token::<Recipient>())]
    to: Recipient,
    /// How it was sent.
    #[arg(long)]
    note: Option<String>,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Incident(args) => incident(ctx, args),
        Command::Month(args) => month(ctx, args),
        Command::Dispatch(args) => dispatch(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn incident(ctx: &Ctx, args: IncidentArgs) -> Result<()> {
    let by = ctx.actor()?;
    let person = ctx.staff(&args.staff)?;
    let day = args.on.unwrap_or(ctx.today);
    let input = IncidentInput {
        kind: args.kind,
        date: day,
        minutes: args.minutes,
        note: args.note,
        correction: args.correction,
    };
    let incident = ctx.add(
        day.year(),
        |id| Incident::record(id, person, by, input, ctx.today),
        |i| format!("{} {} {} on {day} [ATT-1]", i.id, i.staff, i.kind),
    )?;
    let id = incident.id;
    errln!("{}", t!("attendance-incident", id = id, who = ctx.who(&person.id), kind = incident.kind.name(), day = day));
    outln!("{id}")?;
    Ok(())
}

fn dispatch(ctx: &Ctx, args: DispatchArgs) -> Result<()> {
    let by = ctx.actor()?;
    let room = ctx.room_id(&args.room);
    let d = ctx.add(
        args.month.year,
        |id| Dispatch::record(id, args.month, &room, args.to, by, ctx.today, args.note),
        |d| format!("{} room {}'s sheet of {} to the {} [ATT-5]", d.id, d.room, d.month, d.to),
    )?;
    let id = d.id;
    errln!("{}", t!("attendance-dispatched", id = id, room = &d.room, month = d.month, to = d.to.name(), day = d.on));
    outln!("{id}")?;
    Ok(())
}

fn month(ctx: &Ctx, mut args: MonthArgs) -> Result<()> {
    args.room = ctx.room_filter(args.room)?;
    let rows = sheet(ctx, args.month, args.room.as_deref())?;
    let grid = sheet_grid(&rows);
    grid.print(args.out, || Ok(&rows))?;
    if args.out.format == Format::Table {
        let failed = rows.iter().filter(|r| !r.passes).count();
        let policy = &ctx.repo.config().policy;
        let (late, absent) = (policy.attendance_max_late_early, policy.attendance_max_absent);
        errln!(
            "{}",
            t!("attendance-month", month = args.month, n = rows.len(), failed = failed, late = late, absent = absent)
        );
    }
    Ok(())
}

/// The month's sheet from the leave slips and incidents on file.
pub fn sheet(ctx: &Ctx, month: Month, room: Option<&str>) -> Result<Vec<SheetRow>> {
    Ok(sheets(ctx, &[month], room)?.into_iter().flat_map(|(_, rows)| rows).collect())
}

/// Several months' sheets, reading the leave slips and incidents once.
pub fn sheets(ctx: &Ctx, months: &[Month], room: Option<&str>) -> Result<Vec<(Month, Vec<SheetRow>)>> {
    let leaves: Vec<Leave> = ctx.repo.records::<Leave>(RecordKind::Leave)?;
    let incidents: Vec<Incident> = ctx.repo.records::<Incident>(RecordKind::Incident)?;
    let repo = &ctx.repo;
    let policy = &repo.config().policy;
    Ok(months
        .iter()
        .map(|m| (*m, monthly_sheet(*m, room, repo.directory(), repo.calendar(), policy, &leaves, &incidents)))
        .collect())
}

pub fn sheet_grid(rows: &[SheetRow]) -> Grid {
    Grid {
        headers: vec![
            "room",
            "staff",
            "name",
            "working days",
            "leave-post",
            "personal",
            "sick",
            "annual",
            "late",
            "early",
            "absent",
            "result",
        ],
        rows: rows
            .iter()
            .map(|r| {
                let mut row = vec![r.room.clone(), r.staff.to_string(), r.name.clone(), r.working_days.to_string()];
                row.extend(LeaveKind::ALL.iter().map(|k| r.leave_days(*k).to_string()));
                row.extend([r.late.to_string(), r.early.to_string(), r.absent.to_string()]);
                row.push(if r.passes { crate::t!("sheet-pass") } else { crate::t!("sheet-fail") });
                row
            })
            .collect(),
        optional: Vec::new(),
    }
}
