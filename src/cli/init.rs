//! `svc init [DIR]`: creates a records repository.

use crate::t;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use clap::Args as ClapArgs;

use super::context::Globals;
use crate::domain::id::RecordKind;
use crate::store::repo::{CONFIG_FILE, RECORDS_DIR};
use crate::store::{atomic, schema};

/// The commented `svc.toml` a new repository starts from.
pub const TEMPLATE: &str = include_str!("svc.template.toml");

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// Where to create it; default: the current folder.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Also write a CI configuration running `svc check --base` with annotations: github
    /// (`.github/workflows/svc-check.yml`) or gitlab (`.gitlab-ci.yml`); in an existing
    /// repository, only that.
    #[arg(long, value_enum)]
    ci: Option<Ci>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Ci {
    Github,
    Gitlab,
}

const GITHUB: &str = include_str!("../../examples/ci/github-actions.yml");
const GITLAB: &str = include_str!("../../examples/ci/gitlab-ci.yml");

/// Writes the CI configuration, never over an existing one.
fn write_ci(dir: &Path, ci: Ci) -> Result<()> {
    let (path, text) = match ci {
        Ci::Github => (dir.join(".github/workflows/svc-check.yml"), GITHUB),
        Ci::Gitlab => (dir.join(".gitlab-ci.yml"), GITLAB),
    };
    if path.exists() {
        bail!(
            "{} exists already: merge the svc check job from examples/ci by hand; nothing was changed",
            path.display()
        );
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).with_context(|| crate::t!("io-cannot-create", path = parent.display()))?;
    }
    atomic::write_new(&atomic::beside(&path), &path, text.as_bytes())
        .with_context(|| crate::t!("io-cannot-write", path = path.display()))?;
    errln!("{}", t!("init-ci-written", path = path.display()));
    Ok(())
}

pub fn run(_globals: &Globals, args: Args) -> Result<ExitCode> {
    let dir = &args.dir;
    let config_path = dir.join(CONFIG_FILE);
    if let (Some(ci), true) = (args.ci, config_path.exists()) {
        write_ci(dir, ci)?;
        return Ok(ExitCode::SUCCESS);
    }
    if config_path.exists() {
        bail!("{}", t!("init-exists", path = config_path.display()));
    }
    // Inside another repository's work tree, every step would be committed into that
    // repository (the project folder of svc itself, say): said before anything is made.
    let enclosing = crate::ops::workspace::enclosing_work_tree(dir);
    std::fs::create_dir_all(dir).with_context(|| crate::t!("io-cannot-create", path = dir.display()))?;
    if let Some(top) = enclosing {
        let made = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        if top.canonicalize().unwrap_or_else(|_| top.clone()) != made {
            errln!("{}", t!("init-inside-repository", dir = dir.display(), top = top.display()));
        }
    }
    atomic::write_new(&atomic::beside(&config_path), &config_path, TEMPLATE.as_bytes())
        .with_context(|| crate::t!("io-cannot-write", path = config_path.display()))?;
    for kind in RecordKind::ALL {
        let folder = dir.join(RECORDS_DIR).join(kind.folder());
        std::fs::create_dir_all(&folder).with_context(|| crate::t!("io-cannot-create", path = folder.display()))?;
        let keep = folder.join(".gitkeep");
        if !keep.exists() {
            atomic::write_new(&atomic::beside(&keep), &keep, b"")?;
        }
    }
    let schemas = dir.join("schemas");
    std::fs::create_dir_all(&schemas)?;
    for (name, text) in schema::generated() {
        let path = schemas.join(name);
        if !path.exists() {
            atomic::write_new(&atomic::beside(&path), &path, text.as_bytes())?;
        }
    }
    ignore_lock_files(dir)?;
    if let Some(ci) = args.ci {
        write_ci(dir, ci)?;
    }
    errln!("{}", t!("init-created", dir = dir.display()));
    errln!("{}", t!("init-next"));
    Ok(ExitCode::SUCCESS)
}

/// svc's lock, journal and temp files never belong in git.
fn ignore_lock_files(dir: &Path) -> Result<()> {
    let path = dir.join(".gitignore");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    let missing: Vec<&str> = [".svc/"].into_iter().filter(|l| !current.lines().any(|x| x.trim() == *l)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut text = current.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&missing.join("\n"));
    text.push('\n');
    let written = atomic::replace(&atomic::beside(&path), &path, text.as_bytes());
    written.with_context(|| crate::t!("io-cannot-write", path = path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::config::Config;

    #[test]
    fn template_is_a_valid_config() {
        let config: Config = toml::from_str(TEMPLATE).unwrap();
        assert_eq!(config.policy.verification_working_days, 5);
        config.calendar.build().unwrap();
    }
}
