//! `svc key add STAFF`: a signing key per person on a shared PC (GIT-4). On a shared PC
//! anyone can type `--as S02`, and an unsigned commit proves only the e-mail it claims; a
//! commit signed with S02's passphrase-protected key proves S02 typed the passphrase.
//!
//! The private key stays on the PC, in `.svc/keys/STAFF` (svc's own folder, never
//! committed); the public key goes into svc.toml (`signing_key` of the person), so every
//! clone and CI know it. Steps of a person with a key here are signed with it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Args, Subcommand};

use super::context::Ctx;
use crate::domain::refusal::Refusal;
use crate::domain::rules::Clause;
use crate::error::Error;
use crate::store::repo::WriteError;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create (or register) a person's SSH signing key: the private key stays on this PC under
    /// .svc/keys/, the public key goes into svc.toml; by the office head (GIT-6)
    #[command(after_help = "Examples:
  svc --as S01 key add S11
  svc --as S01 key add S11 --public ~/.ssh/id_ed25519.pub")]
    Add(AddArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The person, by staff id.
    #[arg(add = super::complete::staff())]
    staff: String,
    /// Register this existing public key instead of creating a key here.
    #[arg(long, value_name = "FILE")]
    public: Option<PathBuf>,
    /// Create the key without a passphrase (for automation and tests; a person's key on a
    /// shared PC should have one).
    #[arg(long, hide = true)]
    no_passphrase: bool,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<ExitCode> {
    match command {
        Command::Add(args) => add(ctx, args),
    }
}

fn add(ctx: &Ctx, args: AddArgs) -> Result<ExitCode> {
    let actor = ctx.actor()?.clone();
    let config = ctx.repo.config();
    if !crate::ops::history::may_change_config(config, ctx.repo.directory(), &actor.id, actor.email.as_deref()) {
        return Err(
            Refusal { clause: Clause::Git6, message: crate::msg!("key-not-admin", who = ctx.who(&actor.id)) }.into()
        );
    }
    let person = ctx.staff(&args.staff)?.clone();
    // Under the lock: the key made (or read) and svc.toml edited, one commit.
    let public = crate::ops::key::register(ctx, &person.id, || {
        let public = match &args.public {
            Some(file) => std::fs::read_to_string(file).with_context(|| t!("io-cannot-read", path = file.display()))?,
            None => create(ctx.repo.root(), &person.id, &format!("{} {}", person.id, person.name), args.no_passphrase)?,
        };
        let public = public.lines().next().unwrap_or_default().trim().to_string();
        if public.split_whitespace().count() < 2 {
            return Err(Error::usage(crate::msg!(
                "key-not-a-key",
                path = args.public.clone().unwrap_or_default().display()
            ))
            .into());
        }
        Ok(public)
    })?;
    errln!("{}", t!("key-added", who = ctx.who(&person.id), key = short(&public)));
    Ok(ExitCode::SUCCESS)
}

/// Creates the key pair with ssh-keygen, which asks for the passphrase on the terminal.
fn create(root: &Path, staff: &str, comment: &str, no_passphrase: bool) -> Result<String> {
    let key = crate::ops::workspace::private_key(root, staff);
    if key.exists() {
        return Err(Error::usage(crate::msg!("key-exists", path = key.display())).into());
    }
    std::fs::create_dir_all(key.parent().unwrap_or(root))
        .map_err(|source| WriteError { path: ".svc/keys".into(), source })?;
    let mut keygen = std::process::Command::new("ssh-keygen");
    keygen.args(["-q", "-t", "ed25519", "-C", comment, "-f"]).arg(&key);
    if no_passphrase {
        keygen.args(["-N", ""]);
    }
    let status = keygen.status().context(t!("key-no-ssh-keygen"))?;
    if !status.success() {
        return Err(Error::usage(crate::msg!("key-not-created")).into());
    }
    std::fs::read_to_string(key.with_extension("pub")).with_context(|| t!("io-cannot-read", path = key.display()))
}

fn short(public: &str) -> String {
    let mut parts = public.split_whitespace();
    let kind = parts.next().unwrap_or_default();
    let body = parts.next().unwrap_or_default();
    format!("{kind} …{}", &body[body.len().saturating_sub(12)..])
}
