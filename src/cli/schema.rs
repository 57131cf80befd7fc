//! `svc schema`: writes the JSON Schemas, or checks that a folder holds the current ones.

use crate::t;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args as ClapArgs;

use crate::store::{atomic, schema};

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// The folder of schemas.
    #[arg(default_value = "schemas")]
    dir: PathBuf,
    /// Only compare: exit 1 and name the files that differ from what this svc generates.
    #[arg(long)]
    check: bool,
}

/// Every schema: svc.toml and the record kinds, then each JSON output's shape.
pub fn all() -> Vec<(&'static str, String)> {
    let mut all = schema::generated();
    all.extend(super::shapes::schemas());
    all
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut stale = Vec::new();
    for (name, text) in all() {
        let path = args.dir.join(name);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(text.as_str()) {
            continue;
        }
        if args.check {
            stale.push(path.display().to_string());
            continue;
        }
        let dir = path.parent().unwrap_or(&args.dir);
        std::fs::create_dir_all(dir).with_context(|| crate::t!("io-cannot-create", path = dir.display()))?;
        let written = atomic::replace(&atomic::beside(&path), &path, text.as_bytes());
        written.with_context(|| crate::t!("io-cannot-write", path = path.display()))?;
        errln!("{}", t!("schema-wrote", path = path.display()));
    }
    if stale.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    errln!("{}", t!("schema-stale", files = stale.join(", "), dir = args.dir.display()));
    Ok(ExitCode::from(1))
}
