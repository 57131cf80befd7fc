//! `svc completions SHELL` and `svc man`: tab completion for the office's shells and a
//! manual page, both generated from the command definitions so they never drift.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args as ClapArgs;
use clap_complete::Shell;

#[derive(Debug, ClapArgs)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish.
    shell: Shell,
}

/// Prints the completion script: e.g. `svc completions bash > /etc/bash_completion.d/svc`.
pub fn completions(args: CompletionsArgs) -> Result<ExitCode> {
    let mut command = super::lang::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "svc", &mut script);
    out!("{}", String::from_utf8_lossy(&script))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, ClapArgs)]
pub struct ManArgs {
    /// The command whose page to print (`svc man complaint new`); default: svc itself.
    #[arg(value_name = "COMMAND")]
    command: Vec<String>,
    /// Write every page instead (svc.1, svc-complaint.1, svc-complaint-new.1, ...) into DIR.
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    dir: Option<std::path::PathBuf>,
}

/// Prints a manual page (roff), `svc man > /usr/local/share/man/man1/svc.1`, or writes
/// every page with `--dir`, so the `svc-complaint(1)` a page refers to exists. Pages are
/// dated by `--date` (default today), in the reader's language.
pub fn man(args: ManArgs, date: Option<crate::domain::date::Date>) -> Result<ExitCode> {
    use anyhow::Context as _;
    // No repository to name a time zone: the day in UTC, by the one clock (SVC_NOW in tests).
    let today = || crate::domain::date::Date::from_timestamp(crate::ops::clock::now(), None);
    let date = date.or_else(today).map(|d| d.to_string()).unwrap_or_default();
    let mut root = super::lang::command().disable_help_subcommand(true);
    root.build();
    if let Some(dir) = args.dir {
        std::fs::create_dir_all(&dir).with_context(|| crate::t!("io-cannot-create", path = dir.display()))?;
        let mut written = 0;
        write_pages(&root, &dir, &date, &mut written)?;
        errln!("{}", crate::t!("man-written", n = written, dir = dir.display()));
        return Ok(ExitCode::SUCCESS);
    }
    let mut cmd = &root;
    for name in &args.command {
        cmd = cmd
            .get_subcommands()
            .find(|s| s.get_name() == name || s.get_all_aliases().any(|a| a == name))
            .ok_or_else(|| crate::error::Error::usage(crate::msg!("man-no-command", name = name.as_str())))?;
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone()).date(date).render(&mut page)?;
    out!("{}", String::from_utf8_lossy(&page))?;
    Ok(ExitCode::SUCCESS)
}

/// The page of `cmd` and of each of its subcommands, recursively.
fn write_pages(cmd: &clap::Command, dir: &std::path::Path, date: &str, written: &mut usize) -> Result<()> {
    use anyhow::Context as _;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        write_pages(sub, dir, date, written)?;
    }
    let man = clap_mangen::Man::new(cmd.clone()).date(date);
    let path = dir.join(man.get_filename());
    let mut page = Vec::new();
    man.render(&mut page)?;
    std::fs::write(&path, page).with_context(|| crate::t!("io-cannot-write", path = path.display()))?;
    *written += 1;
    Ok(())
}
