//! `svc check`: validates svc.toml and every record; what CI runs on every push.
//!
//! Each finding names its file, line, column and the clause it enforces. Exit 1 on any
//! error (or warning, with `--deny-warnings`), else 0.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::Args as ClapArgs;
use serde::Serialize;

use super::context::Globals;
use crate::domain::attendance::{Dispatch, Incident};
use crate::domain::capa::Capa;
use crate::domain::check::{CheckInput, Filed, Severity, Subject, check};
use crate::domain::complaint::Complaint;
use crate::domain::conduct::Conduct;
use crate::domain::config::Config;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::leave::Leave;
use crate::store::repo::{self, CONFIG_FILE, Loaded, RECORDS_DIR, Repo};
use crate::store::text::{self, FileError, KeyLocator, Position};

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    #[arg(long, value_enum, default_value_t)]
    format: CheckFormat,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    /// `file:line:col: severity[CLAUSE]: message`, one per line.
    #[default]
    Human,
    Json,
}

/// One finding placed in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
struct Located {
    file: String,
    line: usize,
    column: usize,
    severity: Severity,
    clause: &'static str,
    message: String,
}

#[derive(Serialize)]
struct Report<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
    findings: &'a [Located],
}

pub fn run(globals: &Globals, args: Args) -> Result<ExitCode> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let root = repo::find_root(globals.repo.as_deref(), &cwd)?;
    let (files, mut findings) = collect(&root, globals)?;
    findings.sort();
    findings.dedup();
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    match args.format {
        CheckFormat::Human => {
            for f in &findings {
                println!("{}:{}:{}: {}[{}]: {}", f.file, f.line, f.column, f.severity, f.clause, f.message);
            }
            eprintln!("svc check: {files} file(s), {errors} error(s), {warnings} warning(s)");
        }
        CheckFormat::Json => {
            let report = Report { files, errors, warnings, findings: &findings };
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
    }
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Reads everything and runs the rules; returns the number of files read and the findings.
fn collect(root: &Path, globals: &Globals) -> Result<(usize, Vec<Located>)> {
    let config_path = root.join(CONFIG_FILE);
    let config_text = match text::read_text(&config_path) {
        Ok(t) => t,
        Err(e) => return Ok((1, vec![file_error(root, e, "SVC-CONFIG")])),
    };
    let config: Config = match text::parse(&config_path, &config_text) {
        Ok(c) => c,
        Err(e) => return Ok((1, vec![file_error(root, e, "SVC-CONFIG")])),
    };
    let mut findings = Vec::new();
    // The calendar is the one part of svc.toml that can parse and still be unusable.
    let repo = match Repo::with_config(root, config) {
        Ok(repo) => repo,
        Err(e) => {
            let position = text::position_of_key(&config_text, "calendar");
            return Ok((1, vec![at(CONFIG_FILE.into(), position, Severity::Error, "SVC-CAL", e.to_string())]));
        }
    };
    let mut files = 1;
    let mut sources = Vec::new();
    let complaints = read_kind::<Complaint>(&repo, RecordKind::Complaint, &mut files, &mut sources, &mut findings)?;
    let capas = read_kind::<Capa>(&repo, RecordKind::Capa, &mut files, &mut sources, &mut findings)?;
    let leaves = read_kind::<Leave>(&repo, RecordKind::Leave, &mut files, &mut sources, &mut findings)?;
    let incidents = read_kind::<Incident>(&repo, RecordKind::Incident, &mut files, &mut sources, &mut findings)?;
    let dispatches = read_kind::<Dispatch>(&repo, RecordKind::Dispatch, &mut files, &mut sources, &mut findings)?;
    let conducts = read_kind::<Conduct>(&repo, RecordKind::Conduct, &mut files, &mut sources, &mut findings)?;
    findings.extend(stray_entries(root)?);
    let texts: BTreeMap<RecordId, Loaded<()>> = sources.into_iter().map(|l| (l.record_id, l.loaded)).collect();
    let input = CheckInput {
        config: repo.config(),
        calendar: repo.calendar(),
        complaints: &complaints,
        capas: &capas,
        leaves: &leaves,
        incidents: &incidents,
        dispatches: &dispatches,
        conducts: &conducts,
        today: globals.today(),
    };
    // Findings come grouped by subject, so each file with findings is parsed for spans once.
    let mut current: Option<(Subject, String, KeyLocator)> = None;
    for finding in check(&input) {
        if current.as_ref().is_none_or(|(subject, _, _)| *subject != finding.subject) {
            let (file, text) = match finding.subject {
                Subject::Config => (CONFIG_FILE.to_string(), config_text.as_str()),
                Subject::Record(id) => match texts.get(&id) {
                    Some(loaded) => (repo.display(&loaded.path).to_string(), loaded.text.as_str()),
                    None => (id.to_string(), ""),
                },
            };
            current = Some((finding.subject, file, KeyLocator::new(text)));
        }
        let (_, file, locator) = current.as_ref().expect("set just above");
        let position = locator.locate(&finding.key);
        findings.push(at(file.clone(), position, finding.severity, finding.clause, finding.message));
    }
    Ok((files, findings))
}

/// A parsed file's path and text, kept to place findings, by the id it holds.
struct Source {
    record_id: RecordId,
    loaded: Loaded<()>,
}

/// Reads every file of a kind: counts them in `files`, keeps each parsed file's text in
/// `sources` (to place findings), and turns files that do not parse into findings.
fn read_kind<T>(
    repo: &Repo,
    kind: RecordKind,
    files: &mut usize,
    sources: &mut Vec<Source>,
    findings: &mut Vec<Located>,
) -> Result<Vec<Filed<T>>>
where
    T: serde::de::DeserializeOwned + Send + HasId,
{
    let mut records = Vec::new();
    let all = repo.read_all::<T>(kind)?;
    *files += all.len();
    for result in all {
        match result {
            Ok(loaded) => {
                let file_stem = loaded.path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
                let folder = loaded
                    .path
                    .parent()
                    .and_then(|p| p.file_name())
                    .and_then(|s| s.to_str())
                    .unwrap_or_default()
                    .to_string();
                let record_id = loaded.record.id();
                sources.push(Source { record_id, loaded: Loaded { path: loaded.path, text: loaded.text, record: () } });
                records.push(Filed { record: loaded.record, file_stem, folder });
            }
            Err(e) => findings.push(file_error(Path::new(""), e, "CC-6")),
        }
    }
    Ok(records)
}

/// Records that know their own id.
trait HasId {
    fn id(&self) -> RecordId;
}

/// Every record kind carries its id in an `id` field.
macro_rules! has_id {
    ($($kind:ty),*) => {
        $(impl HasId for $kind {
            fn id(&self) -> RecordId {
                self.id
            }
        })*
    };
}

has_id!(Complaint, Capa, Leave, Incident, Dispatch, Conduct);

/// Folders under records/ that no record kind owns, where records would go unchecked.
fn stray_entries(root: &Path) -> Result<Vec<Located>> {
    let records = root.join(RECORDS_DIR);
    let mut out = Vec::new();
    if !records.is_dir() {
        return Ok(out);
    }
    let known: Vec<&str> = RecordKind::ALL.iter().map(|k| k.folder()).collect();
    for entry in std::fs::read_dir(&records)? {
        let name = entry?.file_name().to_string_lossy().to_string();
        if !known.contains(&name.as_str()) && !name.starts_with('.') {
            let message =
                format!("`{name}` is not a record folder (svc knows {}); its files are not checked", known.join(", "));
            out.push(at(format!("{RECORDS_DIR}/{name}"), None, Severity::Warning, "CC-6", message));
        }
    }
    Ok(out)
}

fn file_error(root: &Path, e: FileError, clause: &'static str) -> Located {
    let file = e.path.strip_prefix(root).unwrap_or(&e.path).display().to_string();
    at(file, e.position, Severity::Error, clause, e.message)
}

fn at(file: String, position: Option<Position>, severity: Severity, clause: &'static str, message: String) -> Located {
    let Position { line, column } = position.unwrap_or(Position { line: 1, column: 1 });
    Located { file, line, column, severity, clause, message }
}
