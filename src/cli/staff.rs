//! `svc staff list` and `svc whoami`: the directory of svc.toml, so a clerk can find the id
//! (or just type the name) and see who svc takes them to be.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::context::Ctx;
use super::output::{Grid, ListOutput};
use crate::domain::token::Token as _;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Everyone in svc.toml: id, name, room and role (a name can be typed wherever an id is).
    #[command(after_help = "Examples:
  svc staff list
  svc staff list --room 稅務室")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the people of this room (id or name).
    #[arg(long, add = super::complete::rooms())]
    room: Option<String>,
    #[command(flatten)]
    out: ListOutput,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::List(args) => list(ctx, args)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let room = ctx.room_filter(args.room)?;
    let people: Vec<crate::domain::config::Staff> = ctx
        .repo
        .config()
        .staff
        .iter()
        .filter(|s| room.as_deref().is_none_or(|r| s.room.as_deref() == Some(r)))
        .cloned()
        .collect();
    let grid = Grid {
        headers: vec!["id", "name", "room", "role", "qualified"],
        rows: people
            .iter()
            .map(|s| {
                vec![
                    s.id.to_string(),
                    s.name.clone(),
                    s.room.as_deref().map(|r| ctx.which_room(r)).unwrap_or_default(),
                    s.role.name().to_string(),
                    s.qualified.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
        optional: vec!["qualified"],
    };
    grid.print_records(args.out, &people, |n| t!("count-staff", n = n))
}

#[derive(Debug, Args)]
pub struct WhoamiArgs {}

/// Who svc takes the person at the keyboard to be, and from what (`--as`, `SVC_USER` or the
/// git user.email), with the room and role.
pub fn whoami(ctx: &Ctx, _args: WhoamiArgs) -> Result<ExitCode> {
    let me = ctx.actor()?;
    let room = me.room.as_deref().map(|r| ctx.which_room(r)).unwrap_or_else(|| "-".into());
    outln!("{} {}", me.id, me.name)?;
    errln!("{}", t!("whoami-detail", role = me.role.name(), room = room));
    Ok(ExitCode::SUCCESS)
}
