//! The records repository: `svc.toml` at its root, one TOML file per record below
//! `records/<kind>/<year>/<ID>.toml`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::edit;
use super::git;
use super::journal::Pending;
use super::lock::RepoLock;
use super::text::{self, FileError};
use crate::domain::calendar::Calendar;
use crate::domain::config::{Config, Directory};
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::rules::Slot;
use crate::error::{Error, ErrorKind, Kinded};

pub const CONFIG_FILE: &str = "svc.toml";
pub const RECORDS_DIR: &str = "records";

/// Writing a file failed (exit code 4); what was there before is intact.
#[derive(Debug)]
pub struct WriteError {
    pub path: String,
    pub source: std::io::Error,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::msg!("io-write-failed", path = &self.path, error = &self.source).fmt(f)
    }
}

impl Kinded for WriteError {
    fn kind(&self) -> ErrorKind {
        ErrorKind::Io
    }

    fn cause(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

crate::error::keeps_its_kind!(WriteError);

/// What an error says, as a message: the message of svc's own errors (rendered where it
/// is shown), else the error's text (an I/O error's, git's) as it is.
pub fn message_of(e: &anyhow::Error) -> crate::i18n::Msg {
    if let Some(m) = Error::in_chain(e).and_then(Error::message) {
        return m;
    }
    if let Some(f) = e.downcast_ref::<FileError>() {
        return f.msg();
    }
    crate::i18n::Msg::plain(format!("{e:#}"))
}

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
            let hint = crate::msg!("repo-no-config-hint", dir = dir.display());
            return Err(Error::repository(crate::msg!("repo-no-config", dir = dir.display())).hint(hint).into());
        }
        return Ok(dir.to_path_buf());
    }
    for dir in start.ancestors() {
        if dir.join(CONFIG_FILE).is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    let not_found = Error::repository(crate::msg!("repo-not-found", dir = start.display()));
    Err(not_found.hint(crate::msg!("repo-not-found-hint")).into())
}

impl Repo {
    pub fn open(root: &Path) -> Result<Repo> {
        let config_path = root.join(CONFIG_FILE);
        let unusable =
            |e: FileError| Error::repository(crate::msg!("repo-config-unusable", error = relative_error(root, e)));
        let text = text::read_text(&config_path).map_err(unusable)?;
        let config: Config = text::parse(&config_path, &text).map_err(unusable)?;
        // A directory with an id or e-mail twice would let a step act or commit as the
        // wrong person: every command but `svc check` (which reports it) stops here.
        let twice = crate::domain::rules::config::listed_twice(&config);
        if !twice.is_empty() {
            let problems: Vec<String> = twice.into_iter().map(|(key, message)| format!("{key}: {message}")).collect();
            return Err(Error::repository(crate::msg!("repo-directory-broken", problems = problems.join("; "))).into());
        }
        Repo::with_config(root, config)
            .map_err(|e| Error::repository(crate::msg!("error-in", what = CONFIG_FILE, error = e)).into())
    }

    /// A repository whose `svc.toml` the caller has already read and parsed.
    pub fn with_config(root: &Path, config: Config) -> Result<Repo> {
        if let Some((_, message)) = config.policy.range_error() {
            return Err(anyhow::anyhow!(message));
        }
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
        self.refuse_links(&path)?;
        if !path.is_file() {
            let (noun, path, group) = (id.kind.noun(), self.display(&path), id.kind.command_group());
            return Err(
                Error::usage(crate::msg!("repo-no-record", noun = noun, id = id, path = path, group = group)).into()
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
        for (year, kind) in read_dir_typed(&base)? {
            if kind.is_dir() {
                let names = read_dir_typed(&year)?;
                files.extend(names.into_iter().filter(|(p, t)| t.is_file() && is_record_name(p)).map(|(p, _)| p));
            }
        }
        Ok(files)
    }

    /// Reads every record of a kind in parallel. Order follows the file paths.
    pub fn read_all<T: DeserializeOwned + Send>(&self, kind: RecordKind) -> Result<Vec<Result<Loaded<T>, FileError>>> {
        let files = self.files(kind)?;
        Ok(files.par_iter().map(|p| self.read_path(p).map_err(|e| relative_error(&self.root, e))).collect())
    }

    /// Every record of a kind, parsed; the first broken file is an error, and so is an id
    /// held by two files. Each file's text is dropped as soon as it is parsed (lists and
    /// statistics never hold the text of every file at once).
    pub fn records<T: DeserializeOwned + Send + Slot>(&self, kind: RecordKind) -> Result<Vec<T>> {
        self.records_as(kind, |record: T| record)
    }

    /// What `keep` takes of every record of a kind, as [`Repo::records`] reads them: each
    /// record is dropped as soon as `keep` has taken its part, so a caller that needs a few
    /// fields of each never holds every record at once.
    pub fn records_as<T, U>(&self, kind: RecordKind, keep: impl Fn(T) -> U + Sync) -> Result<Vec<U>>
    where
        T: DeserializeOwned + Send + Slot,
        U: Send,
    {
        let files = self.files(kind)?;
        let read: Vec<Result<(&PathBuf, RecordId, U), FileError>> = files
            .par_iter()
            .map(|p| {
                let text = text::read_text(p).map_err(|e| relative_error(&self.root, e))?;
                let record: T = text::parse(p, &text).map_err(|e| relative_error(&self.root, e))?;
                Ok((p, record.id(), keep(record)))
            })
            .collect();
        // The first broken file in path order, whichever thread read it first.
        let parsed: Vec<(&PathBuf, RecordId, U)> = read
            .into_iter()
            .collect::<Result<_, FileError>>()
            .map_err(|e| anyhow::anyhow!("{}", crate::msg!("repo-see-check", error = e)))?;
        let mut seen: std::collections::HashMap<RecordId, &Path> = std::collections::HashMap::new();
        for (path, id, _) in &parsed {
            if let Some(first) = seen.insert(*id, path) {
                bail!(
                    "{}",
                    crate::msg!("repo-id-twice", id = id, first = self.display(first), second = self.display(path))
                );
            }
        }
        Ok(parsed.into_iter().map(|(_, _, kept)| kept).collect())
    }

    /// Refuses a path under records/ that goes through a symbolic link: a link could lead
    /// reads and writes out of the repository.
    pub fn refuse_links(&self, path: &Path) -> Result<()> {
        let records = self.root.join(RECORDS_DIR);
        let Ok(rest) = path.strip_prefix(&records) else { return Ok(()) };
        let mut at = records.clone();
        for part in std::iter::once(std::path::Component::CurDir).chain(rest.components()) {
            if part != std::path::Component::CurDir {
                at.push(part);
            }
            if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(Error::repository(crate::msg!("repo-symlink", path = self.display(&at))).into());
            }
        }
        Ok(())
    }

    /// The next id of a kind and year: one past the highest number that folder has ever
    /// held — its file names now, and those git history shows deleted — so an id is never
    /// reused. Only names are read, never records, so it stays fast with 100,000 of them.
    /// The lock makes it safe against other `svc` processes.
    pub fn next_id(&self, _lock: &RepoLock, kind: RecordKind, year: i32) -> Result<RecordId> {
        let dir = self.kind_dir(kind).join(year.to_string());
        let mut names = git::deleted_record_names(&self.root);
        if dir.is_dir() {
            for entry in std::fs::read_dir(&dir).with_context(|| crate::msg!("io-cannot-list", path = dir.display()))? {
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

    /// Makes the folders of a step's files, refusing any that goes through a symbolic link.
    pub fn prepare_folders(&self, writes: &[Pending]) -> Result<()> {
        for w in writes {
            let path = self.root.join(&w.path);
            if let Some(dir) = path.parent() {
                self.refuse_links(dir)?;
                std::fs::create_dir_all(dir).map_err(|source| self.write_error(dir, source))?;
                self.refuse_links(dir)?;
            }
        }
        Ok(())
    }

    /// The file a new record will be.
    pub fn pending_new<T: Serialize>(&self, id: RecordId, record: &T) -> Result<Pending> {
        let path = self.path_of(id);
        let contents = edit::render_new(id.kind, record).context(crate::msg!("repo-cannot-render"))?;
        Ok(Pending { path: self.relative(&path), contents, new: true, before: None })
    }

    /// The new text of an edited record: only the changed keys change, and the file keeps
    /// its line ends (CRLF stays CRLF) and its byte-order mark.
    pub fn pending_edit<T: Serialize>(&self, loaded: &Loaded<T>, record: &T) -> Result<Pending> {
        let raw = std::fs::read(&loaded.path).map_err(|source| self.write_error(&loaded.path, source))?;
        let current =
            text::decode(&loaded.path, raw.clone()).map_err(|e| anyhow::anyhow!(relative_error(&self.root, e)))?;
        if current != loaded.text {
            bail!("{}", crate::msg!("repo-changed-meanwhile", path = self.display(&loaded.path)));
        }
        let crlf = loaded.text.contains("\r\n");
        let bom = raw.starts_with("\u{feff}".as_bytes());
        let mut contents = edit::render_edit(&loaded.text.replace("\r\n", "\n"), record)?;
        if crlf {
            contents = contents.replace('\n', "\r\n");
        }
        if bom {
            contents.insert(0, '\u{feff}');
        }
        let before = String::from_utf8(raw).ok();
        Ok(Pending { path: self.relative(&loaded.path), contents, new: false, before })
    }

    fn relative(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root).unwrap_or(path).to_path_buf()
    }

    fn write_error(&self, path: &Path, source: std::io::Error) -> anyhow::Error {
        WriteError { path: self.display(path).to_string(), source }.into()
    }
}

/// A record file's name: `<something>.toml`, not hidden.
fn is_record_name(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".toml") && !name.starts_with('.')
}

/// A folder's entries, sorted, each with its type as the folder listing gives it (a link
/// is a link, never followed; no extra system call per file).
pub fn read_dir_typed(dir: &Path) -> Result<Vec<(PathBuf, std::fs::FileType)>> {
    let mut entries: Vec<(std::ffi::OsString, std::fs::FileType)> = std::fs::read_dir(dir)
        .with_context(|| crate::msg!("io-cannot-list", path = dir.display()))?
        .map(|e| e.and_then(|e| Ok((e.file_name(), e.file_type()?))))
        .collect::<Result<_, _>>()?;
    // By name: the entries share their folder, so this is the paths' order, without
    // comparing the folder's components again for every pair (a year folder holds
    // tens of thousands of records).
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(entries.into_iter().map(|(name, kind)| (dir.join(name), kind)).collect())
}

fn relative_error(root: &Path, mut e: FileError) -> FileError {
    if let Ok(rel) = e.path.strip_prefix(root) {
        e.path = rel.to_path_buf();
    }
    e
}
