//! `svc todo` (待辦): what waits for the person acting, from the records as of the day:
//! forms to triage or analyse, actions due, completions to report, verifications with
//! their working days left, reminders to send, complaints to close, slips to approve or
//! file, monthly sheets to send, decisions and letters. `--all` is the coordination
//! office's view of everyone's.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args as ClapArgs;

use super::context::Ctx;
use super::output::{Format, Grid, ListOutput};
use crate::t;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// Everyone's, not only yours (the coordination office's view).
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    out: ListOutput,
}

pub use crate::ops::todo::Item;

/// An item's day as lists show it: the date, marked when it is past.
pub(super) fn due_text(due: Option<crate::domain::date::Date>, today: crate::domain::date::Date) -> String {
    match due {
        Some(d) if d < today => crate::t!("todo-overdue", day = d),
        Some(d) => d.to_string(),
        None => String::new(),
    }
}

pub fn run(ctx: &Ctx, args: Args) -> Result<ExitCode> {
    let me = if args.all { None } else { Some(ctx.actor()?.clone()) };
    let items = crate::ops::todo::waiting_for(&ctx.repo, ctx.today, me.as_ref().map(|m| m.id.as_str()))?;
    let today = ctx.today;
    let mut headers = vec!["due", "record", "to do", "who", "clause"];
    if me.is_some() {
        headers.remove(3);
    }
    let grid = Grid {
        headers,
        rows: items
            .iter()
            .map(|i| {
                let mut row = vec![
                    due_text(i.due, today),
                    i.record.clone(),
                    i.what.to_string(),
                    i.who.join(" "),
                    i.clause.to_string(),
                ];
                if me.is_some() {
                    row.remove(3);
                }
                row
            })
            .collect(),

        optional: Vec::new(),
    };
    grid.print(args.out, || Ok(&items))?;
    if args.out.format == Format::Table {
        match &me {
            Some(me) => errln!(
                "{}",
                t!("todo-count-mine", n = items.len(), who = format!("{} {}", me.id, me.name), day = today)
            ),
            None => errln!("{}", t!("todo-count", n = items.len(), day = today)),
        }
    }
    Ok(ExitCode::SUCCESS)
}
