//! The records repository: `svc.toml` at its root, one TOML file per record below
//! `records/<kind>/<year>/<ID>.toml`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::atomic;
use super::edit;
use super::git;
use super::lock::RepoLock;
use super::text::{self, FileError};
use crate::domain::calendar::Calendar;
use crate::domain::config::{Config, Directory};
use crate::domain::id::{RecordId, RecordKind};

pub const CONFIG_FILE: &str = "svc.toml";
pub const RECORDS_DIR: &str = "records";

/// An open records repository with its configuration loaded and checked.
#[derive(Debug)]
pub struct Repo {
    root: PathBuf,
    config: Config,
    calendar: Calendar,
    directory: Directory,
}

/// A record read from its file, with the text it came from (for edits and positions).
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub path: PathBuf,
    pub text: String,
    pub record: T,
}

/// The repository root: `explicit` (from `--repo` or `SVC_REPO`) when given, else the first
/// folder from `start` upwards that holds `svc.toml`.
pub fn find_root(explicit: Option<&Path>, start: &Path) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        if !dir.join(CONFIG_FILE).is_file() {
            bail!(
                "{} has no {CONFIG_FILE}: is it a records repository? Create one with `svc init {}`",
                dir.display(),
                dir.display()
            );
        }
        return Ok(dir.to_path_buf());
    }
    for dir in start.ancestors() {
        if dir.join(CONFIG_FILE).is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    bail!(
        "no {CONFIG_FILE} in {} or any folder above it: cd into a records repository, pass --repo DIR, or create one with `svc init`",
        start.display()
    )
}

impl Repo {
    pub fn open(root: &Path) -> Result<Repo> {
        let config_path = root.join(CONFIG_FILE);
        let text = text::read_text(&config_path).map_err(|e| relative_error(root, e))?;
        let config: Config = text::parse(&config_path, &text).map_err(|e| relative_error(root, e))?;
        Repo::with_config(root, config).map_err(|e| anyhow::anyhow!("{CONFIG_FILE}: {e}"))
    }

    /// A repository whose `svc.toml` the caller has already read and parsed.
    pub fn with_config(root: &Path, config: Config) -> Result<Repo> {
        let calendar = config.calendar.build().map_err(|m| anyhow::anyhow!(m))?;
        let directory = Directory::new(&config);
        Ok(Repo { root: root.to_path_buf(), config, calendar, directory })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// `path` relative to the root, for messages and CI output.
    pub fn display<'a>(&self, path: &'a Path) -> std::path::Display<'a> {
        path.strip_prefix(&self.root).unwrap_or(path).display()
    }

    pub fn kind_dir(&self, kind: RecordKind) -> PathBuf {
        self.root.join(RECORDS_DIR).join(kind.folder())
    }

    pub fn path_of(&self, id: RecordId) -> PathBuf {
        self.kind_dir(id.kind).join(id.year.to_string()).join(id.file_name())
    }

    /// Reads and parses one record; a missing file says where it looked.
    pub fn read<T: DeserializeOwned>(&self, id: RecordId) -> Result<Loaded<T>> {
        let path = self.path_of(id);
        if !path.is_file() {
            bail!(
                "no {} {id}: {} does not exist (list them with `svc {} list`)",
                id.kind.noun(),
                self.display(&path),
                id.kind.command_group()
            );
        }
        self.read_path(&path).map_err(|e| anyhow::anyhow!(relative_error(&self.root, e)))
    }

    pub fn read_path<T: DeserializeOwned>(&self, path: &Path) -> Result<Loaded<T>, FileError> {
        let text = text::read_text(path)?;
        let record = text::parse(path, &text)?;
        Ok(Loaded { path: path.to_path_buf(), text, record })
    }

    /// Every `.toml` file of a kind, sorted, found by listing folders: nothing is parsed.
    pub fn files(&self, kind: RecordKind) -> Result<Vec<PathBuf>> {
        let base = self.kind_dir(kind);
        let mut files = Vec::new();
        if !base.is_dir() {
            return Ok(files);
        }
        for year in read_dir_sorted(&base)? {
            if year.is_dir() {
                files.extend(read_dir_sorted(&year)?.into_iter().filter(|p| is_record_file(p)));
            }
        }
        Ok(files)
    }

    /// Reads every record of a kind in parallel. Order follows the file paths.
    pub fn read_all<T: DeserializeOwned + Send>(&self, kind: RecordKind) -> Result<Vec<Result<Loaded<T>, FileError>>> {
        let files = self.files(kind)?;
        Ok(files.par_iter().map(|p| self.read_path(p).map_err(|e| relative_error(&self.root, e))).collect())
    }

    /// Reads every record of a kind, failing on the first file that does not parse, with a
    /// pointer to `svc check`.
    pub fn read_all_ok<T: DeserializeOwned + Send>(&self, kind: RecordKind) -> Result<Vec<Loaded<T>>> {
        self.read_all(kind)?
            .into_iter()
            .map(|r| r.map_err(|e| anyhow::anyhow!("{e}\n(run `svc check` to see every problem)")))
            .collect()
    }

    /// Every record of a kind, parsed; the first broken file is an error.
    pub fn records<T: DeserializeOwned + Send>(&self, kind: RecordKind) -> Result<Vec<T>> {
        Ok(self.read_all_ok(kind)?.into_iter().map(|l| l.record).collect())
    }

    pub fn lock(&self) -> Result<RepoLock> {
        RepoLock::acquire(&self.root).with_context(|| format!("cannot lock {}", self.root.join(".svc.lock").display()))
    }

    /// The next id of a kind and year: one past the highest number that folder has ever
    /// held — its file names now, and those git history shows deleted — so an id is never
    /// reused. Only names are read, never records, so it stays fast with 100,000 of them.
    /// The lock makes it safe against other `svc` processes.
    pub fn next_id(&self, _lock: &RepoLock, kind: RecordKind, year: i32) -> Result<RecordId> {
        let dir = self.kind_dir(kind).join(year.to_string());
        let mut names = git::deleted_file_names(&self.root, &dir);
        if dir.is_dir() {
            for entry in std::fs::read_dir(&dir).with_context(|| format!("cannot list {}", dir.display()))? {
                names.extend(entry?.file_name().to_str().map(str::to_string));
            }
        }
        let highest = names
            .iter()
            .filter_map(|name| RecordId::parse_as(name.strip_suffix(".toml")?, kind).ok())
            .filter(|id| id.year == year)
            .map(|id| id.seq)
            .max()
            .unwrap_or(0);
        Ok(RecordId::new(kind, year, highest + 1))
    }

    /// Writes a new record; never replaces an existing file.
    pub fn write_new<T: Serialize>(&self, _lock: &RepoLock, id: RecordId, record: &T) -> Result<PathBuf> {
        let path = self.path_of(id);
        let text = edit::render_new(id.kind, record).context("cannot render the record as TOML")?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        atomic::write_new(&path, &text).with_context(|| format!("cannot write {}", self.display(&path)))?;
        Ok(path)
    }

    /// Saves an edited record over the file it was read from, changing only what changed.
    pub fn write_edit<T: Serialize>(&self, _lock: &RepoLock, loaded: &Loaded<T>, record: &T) -> Result<()> {
        let current = text::read_text(&loaded.path).map_err(|e| anyhow::anyhow!(relative_error(&self.root, e)))?;
        if current != loaded.text {
            bail!("{} changed while svc was working on it: run the command again", self.display(&loaded.path));
        }
        let text = edit::render_edit(&loaded.text, record)?;
        atomic::replace(&loaded.path, &text).with_context(|| format!("cannot write {}", self.display(&loaded.path)))
    }
}

/// A record file: `<something>.toml`, not a hidden or temp file.
fn is_record_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".toml") && !name.starts_with('.') && path.is_file()
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    Ok(entries)
}

fn relative_error(root: &Path, mut e: FileError) -> FileError {
    if let Ok(rel) = e.path.strip_prefix(root) {
        e.path = rel.to_path_buf();
    }
    e
}
