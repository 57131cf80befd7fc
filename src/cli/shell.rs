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
pub struct ManArgs {}

/// Prints the manual page (roff): e.g. `svc man > /usr/local/share/man/man1/svc.1`.
pub fn man(_args: ManArgs) -> Result<ExitCode> {
    let mut page = Vec::new();
    clap_mangen::Man::new(super::lang::command()).render(&mut page)?;
    out!("{}", String::from_utf8_lossy(&page))?;
    Ok(ExitCode::SUCCESS)
}
