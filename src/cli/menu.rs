//! `svc` alone on a terminal (選單): who you are, what waits for you (待辦, from
//! [`crate::ops::todo`]), and the steps anyone starts (新投訴, 請假, 獎懲, 查詢). Picking an
//! item runs its command exactly as if typed: the step checks authority and state before
//! its first question, asks for what it needs with choices in the reader's language, shows
//! what it will write and asks 是/否. Then the menu comes back, the list brought up to date.
//! Esc, q or Ctrl-C leaves. Off a terminal `svc` alone prints its help (exit 2).

use std::process::ExitCode;

use anyhow::Result;
use clap::FromArgMatches as _;
use dialoguer::Select;

use super::context::Globals;
use crate::t;

/// One line of the menu: what it says, and the command it runs (None: a submenu or leave).
struct Entry {
    label: String,
    action: Action,
}

enum Action {
    Run(String),
    Queries,
    Leave,
}

pub fn run(globals: &Globals) -> Result<ExitCode> {
    super::ask::confirm_always();
    super::ask::handle_interrupts();
    let ctx = globals.open()?;
    // "你是誰？" when nothing says (asked once, then the same person all through).
    let me = ctx.actor()?.clone();
    errln!("{}", t!("menu-hello", who = format!("{} {}", me.id, me.name), day = ctx.today));
    loop {
        // Records are read afresh each time, so the list shows what the last step wrote.
        let entries = entries(&ctx, &me.id)?;
        let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
        errln!();
        let chosen = Select::new().with_prompt(t!("menu-prompt")).items(&labels).default(0).interact_opt()?;
        let Some(chosen) = chosen else { return Ok(ExitCode::SUCCESS) };
        match &entries[chosen].action {
            Action::Run(command) => match decided(command)? {
                Some(command) => take(globals, &me.id, &command),
                None => continue,
            },
            Action::Queries => queries(globals, &me.id, ctx.today.year())?,
            Action::Leave => return Ok(ExitCode::SUCCESS),
        }
    }
}

/// 待辦 first (dated ones first, as `svc todo` lists them), then the steps anyone starts.
fn entries(ctx: &super::context::Ctx, me: &str) -> Result<Vec<Entry>> {
    let items = crate::ops::todo::waiting_for(&ctx.repo, ctx.today, Some(me))?;
    let mut entries: Vec<Entry> = items
        .into_iter()
        .map(|i| {
            let due = match super::todo::due_text(i.due, ctx.today) {
                due if due.is_empty() => due,
                due => format!("{due}  "),
            };
            Entry {
                label: format!("{} {}  {}{}", t!("menu-todo"), i.record, due, i.what),
                action: Action::Run(i.command),
            }
        })
        .collect();
    if entries.is_empty() {
        errln!("{}", t!("menu-nothing-waiting"));
    }
    for (label, command) in [
        (t!("menu-new-complaint"), "svc complaint new"),
        (t!("menu-leave"), "svc leave request"),
        (t!("menu-conduct"), "svc conduct propose"),
    ] {
        entries.push(Entry { label, action: Action::Run(command.into()) });
    }
    entries.push(Entry { label: t!("menu-queries"), action: Action::Queries });
    entries.push(Entry { label: t!("menu-quit"), action: Action::Leave });
    Ok(entries)
}

/// A leave slip waiting for the person's step is approved or not (批准 / 不予批准): asked
/// here, the step asks the rest. Every other command as it is; None: back to the menu.
fn decided(command: &str) -> Result<Option<String>> {
    let Some(id) = command.strip_prefix("svc leave approve ") else { return Ok(Some(command.to_string())) };
    let choices = [t!("value-decision-approved"), t!("value-decision-rejected"), t!("menu-back")];
    let chosen = Select::new().with_prompt(t!("ask-decision")).items(&choices).default(0).interact_opt()?;
    Ok(match chosen {
        Some(0) => Some(format!("svc leave approve {id}")),
        Some(1) => Some(format!("svc leave reject {id}")),
        _ => None,
    })
}

/// 查詢: the lists and this year's report, each as its command prints it.
fn queries(globals: &Globals, me: &str, year: i32) -> Result<()> {
    let choices = [
        (t!("menu-query-todo"), "svc todo".to_string()),
        (t!("menu-query-complaints"), format!("svc complaint list --year {year}")),
        (t!("menu-query-capa"), format!("svc capa list --year {year}")),
        (t!("menu-query-leave"), "svc leave list --mine".to_string()),
        (t!("menu-query-conduct"), format!("svc conduct list --year {year}")),
        (t!("menu-query-stats"), format!("svc stats yearly --year {year}")),
        (t!("menu-back"), String::new()),
    ];
    let labels: Vec<&str> = choices.iter().map(|(l, _)| l.as_str()).collect();
    let chosen = Select::new().with_prompt(t!("menu-queries")).items(&labels).default(0).interact_opt()?;
    if let Some((_, command)) = chosen.map(|i| &choices[i]).filter(|(_, c)| !c.is_empty()) {
        take(globals, me, command);
    }
    Ok(())
}

/// Runs `command` (`svc complaint triage CMP-2026-0001`) as `me`, with the menu's own
/// repository, day and commit setting; what it says, it says, and the menu goes on.
fn take(globals: &Globals, me: &str, command: &str) {
    errln!();
    let argv: Vec<&str> = command.split_whitespace().collect();
    let parsed = super::lang::command().try_get_matches_from(&argv).and_then(|m| super::Cli::from_arg_matches(&m));
    let mut cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            errln!("{}", super::lang::usage_error(&e).unwrap_or_else(|| e.to_string()).trim_end());
            return;
        }
    };
    cli.actor = Some(me.to_string());
    cli.repo.clone_from(&globals.repo);
    cli.date = globals.date;
    cli.no_commit = globals.no_commit;
    if let Err(e) = super::run(cli) {
        super::report(&e);
    }
}
