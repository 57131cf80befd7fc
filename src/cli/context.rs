//! What every command needs: the repository, the day, and who is acting.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context as _, Result, anyhow, bail};

use crate::domain::complaint::unknown_staff;
use crate::domain::config::Staff;
use crate::domain::date::Date;
use crate::store::repo::{self, Repo};

/// The global options, before the repository is opened.
pub struct Globals {
    pub repo: Option<PathBuf>,
    pub actor: Option<String>,
    pub date: Option<Date>,
}

impl Globals {
    pub fn open(&self) -> Result<Ctx> {
        let cwd = std::env::current_dir().context("cannot read the current folder")?;
        let root = repo::find_root(self.repo.as_deref(), &cwd)?;
        Ok(Ctx { repo: Repo::open(&root)?, today: self.today(), actor: self.actor.clone() })
    }

    /// `--date`, else `SVC_TODAY` (both through clap), else the local calendar day.
    pub fn today(&self) -> Date {
        self.date.unwrap_or_else(|| Date(chrono::Local::now().date_naive()))
    }
}

pub struct Ctx {
    pub repo: Repo,
    pub today: Date,
    actor: Option<String>,
}

impl Ctx {
    /// Who acts: `--as` / `SVC_USER`, else the git `user.email` matched to the directory.
    pub fn actor(&self) -> Result<&Staff> {
        let dir = self.repo.directory();
        if let Some(id) = self.actor.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            return dir.staff(id).ok_or_else(|| anyhow!("--as: {}", unknown_staff(id, dir)));
        }
        let Some(email) = git_email(self.repo.root()) else {
            bail!("who is acting? pass --as STAFF_ID, set SVC_USER, or set your git user.email to the one in svc.toml");
        };
        dir.by_email(&email).ok_or_else(|| {
            anyhow!("your git user.email <{email}> is not in svc.toml's staff directory: add it as `email`, or pass --as STAFF_ID")
        })
    }
}

impl Ctx {
    /// A room id typed on the command line, which must be in svc.toml.
    pub fn room(&self, id: &str) -> Result<&crate::domain::config::Room> {
        let dir = self.repo.directory();
        dir.room(id.trim()).ok_or_else(|| anyhow!(crate::domain::complaint::unknown_room(id.trim(), dir)))
    }

    /// A staff id typed on the command line, which must be in the directory.
    pub fn staff(&self, id: &str) -> Result<&Staff> {
        let dir = self.repo.directory();
        dir.staff(id.trim()).ok_or_else(|| anyhow!(unknown_staff(id.trim(), dir)))
    }
}

fn git_email(root: &std::path::Path) -> Option<String> {
    let out = Command::new("git").args(["config", "user.email"]).current_dir(root).output().ok()?;
    let email = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !email.is_empty()).then_some(email)
}

impl Ctx {
    /// Reads the record an id typed on the command line names; the id is checked before it
    /// becomes a path.
    pub fn load<T: serde::de::DeserializeOwned>(
        &self,
        id: &str,
        kind: crate::domain::id::RecordKind,
    ) -> Result<crate::store::repo::Loaded<T>> {
        let id = crate::domain::id::RecordId::parse_as(id, kind)?;
        self.repo.read(id)
    }

    /// One workflow step on one record: reads it under the repository lock, applies `step`
    /// (which refuses or changes the record), and saves only the keys that changed. A
    /// refused step writes nothing.
    pub fn edit<T, R>(
        &self,
        id: &str,
        kind: crate::domain::id::RecordKind,
        step: impl FnOnce(&mut T) -> Result<R, crate::domain::refusal::Refusal>,
    ) -> Result<(T, R)>
    where
        T: serde::de::DeserializeOwned + serde::Serialize + Clone,
    {
        let lock = self.repo.lock()?;
        let loaded = self.load::<T>(id, kind)?;
        let mut record = loaded.record.clone();
        let out = step(&mut record)?;
        self.repo.write_edit(&lock, &loaded, &record)?;
        Ok((record, out))
    }

    /// The ids of `[complaints] cause_categories`.
    pub fn cause_categories(&self) -> Vec<String> {
        self.repo.config().complaints.cause_categories.iter().map(|c| c.id.clone()).collect()
    }

    /// A staff id with the person's name, for messages and tables: `S03 王小明`.
    pub fn who(&self, id: &str) -> String {
        match self.repo.directory().staff(id) {
            Some(s) => format!("{} {}", s.id, s.name),
            None => id.to_string(),
        }
    }
}
