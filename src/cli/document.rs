//! `svc doc`: the document register (公文登記, RP-2 P3): documents signed for, registered
//! and kept; handed to one person at a time, each hand-over signed for by its receiver.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::context::Ctx;
use super::output::{Form, Format, Grid, ListOutput, ShowArgs, print_json};
use crate::domain::document::{Arrival, Document, Harm};
use crate::domain::id::RecordKind;
use crate::domain::token::Token as _;
use crate::t;

/// `svc --help`'s line for this command group (translated from `help.zh-Hant.ftl`).
pub const ABOUT: &str = "The document register: received, handed over, signed for, kept (RP-2 P3)";
/// Its other names, typed in Chinese.
pub const ALIASES: [&str; 1] = ["公文"];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register a document received (you sign for it); prints its id.
    #[command(after_help = "Examples:
  svc --as S02 doc receive --title \"關於調整辦稅時間的通知\" --from 區稅務局 --number 稅發〔2026〕12號 --kept \"協調辦文件櫃A\"")]
    #[command(visible_aliases = ["登記", "登记"])]
    Receive(ReceiveArgs),
    /// Hand a document to someone (it must have come back from the last holder).
    #[command(after_help = "Examples:
  svc --as S02 doc hand-over DOC-2026-0001 --to S20")]
    #[command(visible_aliases = ["移交"])]
    HandOver(HandOverArgs),
    /// The receiver signs for the document handed to them.
    #[command(after_help = "Examples:
  svc --as S20 doc sign DOC-2026-0001")]
    #[command(visible_aliases = ["簽收", "签收"])]
    Sign(IdArgs),
    /// The document is back where it is kept.
    #[command(
        name = "return",
        after_help = "Examples:
  svc --as S20 doc return DOC-2026-0001"
    )]
    #[command(visible_aliases = ["歸還", "归还"])]
    Return(IdArgs),
    /// Close the document's entry (archived, dealt with).
    #[command(after_help = "Examples:
  svc --as S02 doc close DOC-2026-0001")]
    #[command(visible_aliases = ["歸檔", "归档"])]
    Close(IdArgs),
    /// Record that a document was lost or damaged, in whose charge (RP-2 P3).
    #[command(after_help = "Examples:
  svc --as S02 doc loss DOC-2026-0001 --lost --responsible S21 --note \"借閱後遺失\"")]
    #[command(visible_aliases = ["遺失", "遗失"])]
    Loss(LossArgs),
    /// The register.
    #[command(after_help = "Examples:
  svc doc list
  svc doc list --format csv")]
    #[command(visible_aliases = ["一覽", "一览"])]
    List(ListArgs),
    /// One document with its hand-overs.
    #[command(after_help = "Examples:
  svc doc show DOC-2026-0001")]
    #[command(visible_aliases = ["查看"])]
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct ReceiveArgs {
    /// The document's title.
    #[arg(long)]
    title: String,
    /// Who sent it.
    #[arg(long)]
    from: String,
    /// The sender's reference number (文號).
    #[arg(long)]
    number: Option<String>,
    /// Where it is kept.
    #[arg(long)]
    kept: String,
}

#[derive(Debug, Args)]
pub struct HandOverArgs {
    /// The document (DOC-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// Who receives it (id or name).
    #[arg(long, add = super::complete::staff())]
    to: String,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The document (DOC-…).
    #[arg(add = super::complete::records())]
    id: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("harm").required(true).args(["lost", "damaged"])))]
pub struct LossArgs {
    /// The document (DOC-…).
    #[arg(add = super::complete::records())]
    id: String,
    /// It was lost.
    #[arg(long)]
    lost: bool,
    /// It was damaged.
    #[arg(long)]
    damaged: bool,
    /// Whose charge it was in.
    #[arg(long, add = super::complete::staff())]
    responsible: String,
    /// What happened.
    #[arg(long)]
    note: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    out: ListOutput,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Receive(args) => receive(ctx, args),
        Command::HandOver(args) => {
            let to = ctx.staff(&args.to)?.id;
            step(ctx, &args.id, "hand-over", |d, ctx, by| d.hand_over(by, ctx.today, &to))
        }
        Command::Sign(args) => step(ctx, &args.id, "sign", |d, ctx, by| d.sign(by, ctx.today)),
        Command::Return(args) => step(ctx, &args.id, "return", |d, ctx, _| d.give_back(ctx.today)),
        Command::Close(args) => step(ctx, &args.id, "close", |d, ctx, by| d.close(by, ctx.today)),
        Command::Loss(args) => {
            let responsible = ctx.staff(&args.responsible)?.id;
            let harm = if args.lost { Harm::Lost } else { Harm::Damaged };
            step(ctx, &args.id, "loss", |d, ctx, by| d.lose(by, ctx.today, harm, &responsible, args.note))
        }
        Command::List(args) => list(ctx, args),
        Command::Show(args) => show(ctx, args),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn receive(ctx: &Ctx, args: ReceiveArgs) -> Result<()> {
    let by = ctx.actor()?;
    let arrival = Arrival { title: args.title, from: args.from, number: args.number, kept: args.kept };
    let d = ctx.add(
        ctx.today.year(),
        |id| Document::receive(id, by, ctx.today, arrival),
        |d| format!("{} received from {} [RP-2]", d.id, d.from),
    )?;
    let id = d.id;
    errln!("{}", t!("doc-received", id = id, title = &d.title, kept = &d.kept));
    outln!("{id}")?;
    Ok(())
}

/// One step on a document, then where it stands.
fn step(
    ctx: &Ctx,
    id: &str,
    what: &'static str,
    apply: impl FnOnce(&mut Document, &Ctx, &crate::domain::config::Staff) -> Result<(), crate::domain::refusal::Refusal>,
) -> Result<()> {
    let by = ctx.actor()?;
    let (d, ()) = ctx.edit(id, |d: &mut Document| apply(d, ctx, by), |d, _| format!("{} {what} [RP-2]", d.id))?;
    errln!("{}", t!("doc-now", id = d.id, state = state(ctx, &d)));
    Ok(())
}

/// Where a document stands, in words.
fn state(ctx: &Ctx, d: &Document) -> String {
    match (&d.loss, &d.closed, d.out_with()) {
        (Some(l), _, _) => t!("doc-state-lost", harm = l.harm.name(), day = l.on, who = ctx.who(&l.responsible)),
        (_, Some(c), _) => t!("doc-state-closed", day = c.on),
        (_, _, Some(h)) if h.signed.is_some() => t!("doc-state-out", who = ctx.who(&h.to), day = h.on),
        (_, _, Some(h)) => t!("doc-state-unsigned", who = ctx.who(&h.to), day = h.on),
        _ => t!("doc-state-kept", kept = &d.kept),
    }
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let mut all: Vec<Document> = ctx.repo.records(RecordKind::Document)?;
    all.sort_by_key(|d| d.id);
    let grid = Grid {
        headers: vec!["id", "received", "title", "sender", "number", "state"],
        rows: all
            .iter()
            .map(|d| {
                vec![
                    d.id.to_string(),
                    d.received.to_string(),
                    d.title.clone(),
                    d.from.clone(),
                    d.number.clone().unwrap_or_default(),
                    state(ctx, d),
                ]
            })
            .collect(),
        optional: vec!["number", "sender"],
    };
    grid.print_records(args.out, &all, |n| t!("count-documents", n = n))
}

fn show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let d = ctx.load::<Document>(&args.id, RecordKind::Document)?.record;
    if args.format == Format::Json {
        return print_json(&d);
    }
    let mut form = Form::default();
    form.line("document", format!("{}  {}", d.id, t!("form-document")));
    form.line("title", &d.title);
    form.line("sender", format!("{} {}", d.from, d.number.clone().unwrap_or_default()).trim().to_string());
    form.line("received", t!("form-on-by", day = d.received, who = ctx.who(&d.received_by)));
    form.line("kept", &d.kept);
    for h in &d.hand_overs {
        let signed = h.signed.map(|s| t!("doc-signed-on", day = s)).unwrap_or_else(|| t!("doc-not-signed"));
        let back = h.returned.map(|r| t!("doc-returned-on", day = r)).unwrap_or_default();
        form.line("hand-over", format!("{} → {}  {signed}{back}", h.on, ctx.who(&h.to)));
    }
    form.line("state", state(ctx, &d));
    if let Some(l) = &d.loss {
        form.line("note", &l.note);
    }
    out!("{}", form.finish())?;
    Ok(())
}
