//! `svc room`: the rooms of svc.toml with their functions, posts and duties (崗位責任制,
//! SC-3.1) and who works there.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::context::Ctx;
use super::output::{Form, Format, Grid, ListOutput, print_json};
use crate::domain::token::Token as _;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The rooms, with their functions and how many posts and people.
    #[command(after_help = "Examples:
  svc room list")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
    /// One room: its functions, each post with its duties, and its people (SC-3.1).
    #[command(after_help = "Examples:
  svc room show R2
  svc room show 稅務室")]
    #[command(visible_aliases = ["查看"])]
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    out: ListOutput,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The room, by id or name.
    #[arg(add = super::complete::rooms())]
    room: String,
    /// `table` (the record as labelled lines) or `json`.
    #[arg(id = "show_format", long = "format", value_name = "FORMAT", value_enum, default_value_t)]
    format: Format,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::List(args) => list(ctx, args),
        Command::Show(args) => show(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn people_of<'a>(ctx: &'a Ctx, room: &str) -> Vec<&'a crate::domain::config::Staff> {
    ctx.repo.directory().all_staff().filter(|s| s.room.as_deref() == Some(room)).collect()
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let rooms = &ctx.repo.config().rooms;
    let grid = Grid {
        headers: vec!["room", "room name", "functions", "posts", "people"],
        rows: rooms
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    r.name.clone(),
                    r.functions.clone().unwrap_or_default(),
                    r.posts.len().to_string(),
                    people_of(ctx, &r.id).len().to_string(),
                ]
            })
            .collect(),
        optional: vec!["functions"],
    };
    grid.print_records(args.out, rooms, |n| t!("count-rooms", n = n))
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let room = ctx.room(&args.room)?;
    if args.format == Format::Json {
        return print_json(room);
    }
    let mut form = Form::default();
    form.line("room", room.to_string());
    form.line("functions", room.functions.clone().unwrap_or_else(|| "-".into()));
    for post in &room.posts {
        form.line("post", format!("{}：{}", post.name, post.duties.join("；")));
    }
    if room.posts.is_empty() {
        form.line("post", t!("room-no-posts"));
    }
    for s in people_of(ctx, &room.id) {
        form.line("staff", format!("{} {} ({})", s.id, s.name, s.role.name()));
    }
    out!("{}", form.finish())?;
    Ok(())
}
