//! `svc repair`: finishes a step a crash interrupted and removes temp files of interrupted
//! writes. Every command that writes does this first anyway; this does only that.

use crate::t;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args as ClapArgs;

use super::context::Ctx;
use crate::store::atomic;

#[derive(Debug, ClapArgs)]
pub struct Args {}

pub fn run(ctx: &Ctx, _args: Args) -> Result<ExitCode> {
    let leftovers = atomic::leftover_temp(ctx.repo.root()).len();
    let (_lock, recovered) = crate::ops::step::lock(ctx.repo.root())?;
    super::context::say_recovered(&recovered);
    if recovered.finished.is_none() {
        errln!("{}", t!("repair-nothing"));
    }
    errln!("{}", t!("repair-removed", n = leftovers));
    Ok(ExitCode::SUCCESS)
}
