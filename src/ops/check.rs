//! `svc check` as one call: reads svc.toml and every record file, runs the one rule set, adds
//! the file-level findings (stray files, an interrupted step, GIT-5) and, with a base, the
//! history rules, and places each finding at its file, line and column. The command line
//! only formats the [`Report`]; tests and the fuzz target call [`check`] directly.

use std::path::Path;

use anyhow::{Context as _, Result};
use schemars::JsonSchema;
use serde::Serialize;

use super::history::{self, Said};
use crate::domain::config::Config;
use crate::domain::date::Date;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::rules::{self, Clause, Filed, Paths, Records, Rule, Severity, Subject};
use crate::i18n::Msg;
use crate::msg;
use crate::store::repo::{CONFIG_FILE, RECORDS_DIR, Repo, read_dir_typed};
use crate::store::text::{self, FileError, KeyLocator, Position};
use crate::store::{atomic, journal};

/// One finding of `svc check`, placed in its file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
pub struct Finding {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub clause: Clause,
    pub rule: &'static str,
    /// What in the file the finding is about: a key of the record (`steps[2].on`), empty
    /// for the file as a whole. Stable across languages and days.
    pub key: String,
    #[serde(flatten, serialize_with = "crate::i18n::msg::serialize_reported")]
    #[schemars(flatten, with = "crate::i18n::msg::Reported")]
    pub message: Msg,
}

type Located = Finding;

/// What to check, beyond the records as they are.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The report day; default: the centre's today.
    pub date: Option<Date>,
    /// Also the history rules over every commit of `base..HEAD`.
    pub base: Option<String>,
    pub history: history::Options,
}

/// The outcome: the files read, every finding in order, and whether svc.toml was usable
/// (when not, the findings say why and nothing else was checked: exit 3).
#[derive(Debug)]
pub struct Report {
    pub files: usize,
    pub findings: Vec<Finding>,
    pub config_usable: bool,
}

/// Checks the repository at `root`.
pub fn check(root: &Path, options: &Options) -> Result<Report> {
    let (files, mut findings, config_usable) = collect(root, options.date)?;
    if let (Some(base), true) = (&options.base, config_usable) {
        let repo = Repo::open(root)?;
        findings.extend(check_history(&repo, base, &options.history)?);
    }
    findings.sort();
    findings.dedup();
    Ok(Report { files, findings, config_usable })
}

/// Every history finding of `base..HEAD`, placed in the files as they are now.
fn check_history(repo: &Repo, base: &str, options: &history::Options) -> Result<Vec<Finding>> {
    let walk = history::walk(repo, Some(base), *options)?;
    // (file, what was said, the subject's suffix), grouped by file below so each file is
    // read and parsed for positions once, however many findings it has.
    let mut said: Vec<(String, Said, String)> =
        walk.range.into_iter().map(|(path, s)| (path, s, String::new())).collect();
    for report in walk.commits {
        let commit = &report.commit;
        let author = format!("{} <{}>", commit.author_name, commit.author_email);
        for file in report.files {
            for s in file.said {
                let message = msg!("history-in-commit", message = s.message, commit = commit.short(), author = &author);
                said.push((file.path.clone(), Said { message, ..s }, format!("@{}", commit.short())));
            }
        }
    }
    said.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Vec::with_capacity(said.len());
    for group in said.chunk_by(|a, b| a.0 == b.0) {
        let text = std::fs::read_to_string(repo.root().join(&group[0].0)).unwrap_or_default();
        let locator = KeyLocator::new(&text);
        for (path, said, suffix) in group {
            let at = locator.locate(&said.key).unwrap_or(crate::store::text::Position { line: 1, column: 1 });
            out.push(Finding {
                file: path.clone(),
                line: at.line,
                column: at.column,
                severity: said.rule.severity,
                clause: said.rule.clause,
                rule: said.rule.name,
                key: format!("{}{suffix}", said.key),
                message: said.message.clone(),
            });
        }
    }
    Ok(out)
}

/// Reads everything and runs the rules; returns the number of files read, the findings,
/// and whether svc.toml could be used at all.
fn collect(root: &Path, date: Option<Date>) -> Result<(usize, Vec<Located>, bool)> {
    let config_path = root.join(CONFIG_FILE);
    let config_text = match text::read_text(&config_path) {
        Ok(t) => t,
        Err(e) => return Ok((1, vec![file_error(root, e, rules::unreadable_config_rule())], false)),
    };
    let config: Config = match text::parse_all(&config_path, &config_text) {
        Ok(c) => c,
        Err(errors) => {
            let rule = rules::unreadable_config_rule();
            return Ok((1, errors.into_iter().map(|e| file_error(root, e, rule)).collect(), false));
        }
    };
    // A policy number outside what a centre can mean is refused before any arithmetic.
    if let Some((key, message)) = config.policy.range_error() {
        let position = text::position_of_key(&config_text, &format!("policy.{key}"));
        let rule = rules::unreadable_config_rule();
        return Ok((1, vec![at(CONFIG_FILE.into(), position, rule, rule.clause, message)], false));
    }
    // The calendar is the other part of svc.toml that can parse and still be unusable.
    let repo = match Repo::with_config(root, config) {
        Ok(repo) => repo,
        Err(e) => {
            let position = text::position_of_key(&config_text, "calendar");
            let rule = rules::unusable_calendar_rule();
            return Ok((
                1,
                vec![at(CONFIG_FILE.into(), position, rule, rule.clause, crate::store::repo::message_of(&e))],
                false,
            ));
        }
    };
    // records/ itself a link: refused as the steps refuse it, and never read through (it
    // would check, and place findings in, files outside the repository).
    let records_dir = root.join(RECORDS_DIR);
    if std::fs::symlink_metadata(&records_dir).is_ok_and(|m| m.file_type().is_symlink()) {
        let rule = rules::stray_file_rule();
        return Ok((1, vec![at(RECORDS_DIR.into(), None, rule, rule.clause, msg!("check-records-link"))], true));
    }
    // Git's view of the work tree (GIT-5, another process) and the walk for stray files
    // run while the records are read, not after.
    let (read, around) = std::thread::scope(|scope| {
        let around = scope.spawn(|| -> Result<Vec<Located>> {
            let mut found = misplaced(root)?;
            found.extend(interrupted(root));
            found.extend(not_as_committed(&repo)?);
            Ok(found)
        });
        // A panic there is a bug: it goes on as the panic it was.
        (read_records(&repo), around.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    });
    let (mut records, mut findings, text_findings) = read?;
    findings.extend(around?);
    let today = date.unwrap_or_else(|| super::clock::centre_today(repo.config()));
    let mut results = rules::check(repo.config(), repo.calendar(), &records, today);
    // The files read, by the index findings carry: their text is read again only for the
    // few with findings, so a large repository is not held in memory.
    let sources = std::mem::take(&mut records.paths);
    drop(records);
    // The text findings join the others by subject (a stable sort keeps each one's order).
    results.extend(text_findings);
    results.sort_by_key(|f| f.subject);
    // Findings come grouped by subject: each file with findings is read and parsed for
    // spans once, the files in parallel.
    use rayon::prelude::*;
    let mut groups: Vec<Vec<rules::Finding>> = Vec::new();
    for finding in results {
        match groups.last_mut() {
            Some(group) if group[0].subject == finding.subject => group.push(finding),
            _ => groups.push(vec![finding]),
        }
    }
    let placed: Vec<Vec<Located>> = groups
        .into_par_iter()
        .map(|group| {
            let (file, text) = match group[0].subject {
                Subject::Config => (CONFIG_FILE.to_string(), config_text.clone()),
                Subject::File(i) => {
                    let path = sources.get(i);
                    let text = text::read_text(&root.join(&path)).unwrap_or_default();
                    (path, text)
                }
                Subject::Record(id) => (id.to_string(), String::new()),
            };
            let locator = KeyLocator::new(&text);
            group
                .into_iter()
                .map(|f| {
                    let position = locator.locate(&f.key);
                    keyed(file.clone(), f.key, position, f.rule, f.clause, f.message)
                })
                .collect()
        })
        .collect();
    findings.extend(placed.into_iter().flatten());
    Ok((1 + sources.len() + unreadable(&findings), findings, true))
}

/// Every record file read into its slot, with the findings of the files that could not be
/// read, the list of files, and what each record's own text rules found.
fn read_records(repo: &Repo) -> Result<(Records, Vec<Located>, Vec<rules::Finding>)> {
    let mut findings = Vec::new();
    let mut sources = Paths::default();
    let mut records = Records::default();
    let mut unreadable_ids = std::collections::BTreeSet::new();
    let mut text_findings = Vec::new();
    let mut reader = Reader {
        repo,
        sources: &mut sources,
        findings: &mut findings,
        text_findings: &mut text_findings,
        unreadable: &mut unreadable_ids,
        failed: None,
    };
    records.visit_mut(&mut reader);
    if let Some(e) = reader.failed {
        return Err(e);
    }
    records.unreadable = unreadable_ids;
    records.texts_checked = true;
    records.paths = sources;
    Ok((records, findings, text_findings))
}

/// Files that could not be read as records are counted as files too.
fn unreadable(findings: &[Located]) -> usize {
    let rule = rules::unreadable_file_rule().name;
    let files: std::collections::BTreeSet<&str> =
        findings.iter().filter(|f| f.rule == rule).map(|f| f.file.as_str()).collect();
    files.len()
}

/// Reads every kind's files into its slot, in the kinds' order; the first folder that
/// cannot be listed stops the reading.
struct Reader<'a> {
    repo: &'a Repo,
    sources: &'a mut Paths,
    findings: &'a mut Vec<Located>,
    /// What each record's own text rules found as it was read.
    text_findings: &'a mut Vec<rules::Finding>,
    /// Ids of the files that could not be read, from their names.
    unreadable: &'a mut std::collections::BTreeSet<RecordId>,
    failed: Option<anyhow::Error>,
}

impl rules::VisitMut for Reader<'_> {
    fn visit<T: rules::Known>(&mut self, slot: &mut Vec<Filed<T>>) {
        if self.failed.is_none()
            && let Err(e) = read_kind(self.repo, slot, self.sources, self.findings, self.text_findings, self.unreadable)
        {
            self.failed = Some(e);
        }
    }
}

/// A file that could not be read as a record: its path and every problem found in it.
type Unreadable = (String, Vec<FileError>);

/// A record as read, with its path and what its own text rules found before its text
/// was dropped.
type Read<T> = (T, String, Vec<rules::Finding>);

/// How many files are read in parallel before they are filed: enough to keep every core
/// busy, few enough that they cost little beside the records already filed.
const READ_CHUNK: usize = 4096;

/// Reads every file of a kind; each that parses joins `slot` with its origin, each that
/// does not becomes findings (all of its problems, not only the first).
fn read_kind<T>(
    repo: &Repo,
    slot: &mut Vec<Filed<T>>,
    sources: &mut Paths,
    findings: &mut Vec<Located>,
    text_findings: &mut Vec<rules::Finding>,
    unreadable: &mut std::collections::BTreeSet<RecordId>,
) -> Result<()>
where
    T: rules::Known,
{
    use rayon::prelude::*;
    let files = repo.files(T::KIND)?;
    // Read in parallel a chunk at a time, filed in order after each: what is held beside
    // the slot is one chunk's records, not a second copy of every record of the kind.
    let mut filed: Vec<Filed<T>> = Vec::with_capacity(files.len());
    for chunk in files.chunks(READ_CHUNK) {
        let read: Vec<Result<Read<T>, Unreadable>> = chunk
            .par_iter()
            .map(|path| {
                let display = repo.display(path).to_string();
                match text::read_text(path).map_err(|e| vec![e]).and_then(|text| text::parse_all::<T>(path, &text)) {
                    Ok(mut record) => {
                        // The record's own text rules now, then its text dropped: the
                        // cross-record rules never read it, and a large repository's text
                        // would be most of what check holds.
                        let mut found = Vec::new();
                        rules::own_text(&record, &mut rules::Sink::new(&mut found, Subject::File(0)));
                        record.drop_text();
                        Ok((record, display, found))
                    }
                    Err(errors) => Err((display, errors)),
                }
            })
            .collect();
        for read in read {
            match read {
                Ok((record, path, found)) => {
                    let origin = sources.push(&path);
                    let subject = Subject::File(origin.file());
                    text_findings.extend(found.into_iter().map(|f| rules::Finding { subject, ..f }));
                    filed.push(Filed { record, origin: Some(origin) });
                }
                Err((path, errors)) => {
                    let stem = Path::new(&path).file_stem().and_then(|s| s.to_str()).unwrap_or_default();
                    if let Ok(id) = RecordId::parse_as(stem, T::KIND) {
                        unreadable.insert(id);
                    }
                    let rule = rules::unreadable_file_rule();
                    findings.extend(errors.into_iter().map(|e| file_error(repo.root(), e, rule)));
                }
            }
        }
    }
    if slot.is_empty() {
        *slot = filed;
    } else {
        slot.extend(filed);
    }
    Ok(())
}

/// A step a crash left half-written, and temp files of interrupted writes.
fn interrupted(root: &Path) -> Vec<Located> {
    let mut out = Vec::new();
    if journal::pending(root) {
        let rule = rules::interrupted_step_rule();
        out.push(at(journal::JOURNAL.into(), None, rule, rule.clause, msg!("check-interrupted")));
    }
    for temp in atomic::leftover_temp(root) {
        let rule = rules::leftover_temp_rule();
        out.push(at(temp.display().to_string(), None, rule, rule.clause, msg!("check-leftover-temp")));
    }
    out
}

/// Record files whose work tree or index differ from HEAD (GIT-5), each with its fix.
/// Uncommitted files are reported only where steps are committed.
fn not_as_committed(repo: &Repo) -> Result<Vec<Located>> {
    use crate::ops::worktree::{self, Divergence};
    let found = worktree::divergences(repo.root(), RECORDS_DIR).context(msg!("history-unreadable"))?;
    let committing = repo.config().git.commit;
    Ok(found
        .into_iter()
        .filter(|(_, how)| committing || *how == Divergence::StagedReversion)
        .map(|(path, how)| {
            let (rule, message) = match how {
                Divergence::StagedReversion => {
                    (rules::index_agrees_rule(), msg!("check-staged-reversion", path = path.as_str()))
                }
                Divergence::Uncommitted => (rules::committed_rule(), msg!("check-uncommitted", path = path.as_str())),
            };
            at(path, None, rule, rule.clause, message)
        })
        .collect())
}

/// Anything under records/ that is not `<kind>/<year>/<ID>.toml`: it would go unchecked.
fn misplaced(root: &Path) -> Result<Vec<Located>> {
    let records = root.join(RECORDS_DIR);
    let mut out = Vec::new();
    if !records.is_dir() {
        return Ok(out);
    }
    let rule = rules::stray_file_rule();
    let mut flag = |path: &Path, why: Msg| {
        let file = path.strip_prefix(root).unwrap_or(path).display().to_string();
        out.push(at(file, None, rule, rule.clause, why));
    };
    for (kind_dir, kind_type) in read_dir_typed(&records)? {
        let name = file_name(&kind_dir);
        if kind_type.is_symlink() {
            flag(&kind_dir, msg!("check-link"));
            continue;
        }
        let Some(kind) = RecordKind::ALL.into_iter().find(|k| k.folder() == name) else {
            if !is_keep_file(&name) {
                let known: Vec<&str> = RecordKind::ALL.iter().map(|k| k.folder()).collect();
                flag(&kind_dir, msg!("check-not-record-folder", name = &name, known = known.join(", ")));
            }
            continue;
        };
        if !kind_type.is_dir() {
            flag(&kind_dir, msg!("check-should-be-folder", name = &name, noun = kind.noun()));
            continue;
        }
        for (year_dir, year_type) in read_dir_typed(&kind_dir)? {
            let year = file_name(&year_dir);
            if year_type.is_symlink() {
                flag(&year_dir, msg!("check-link"));
                continue;
            }
            let is_year = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
            if !(is_year && year_type.is_dir()) {
                if !is_keep_file(&year) {
                    flag(&year_dir, msg!("check-year-folder", folder = kind.folder(), prefix = kind.prefix()));
                }
                continue;
            }
            for (file, file_type) in read_dir_typed(&year_dir)? {
                let name = file_name(&file);
                if file_type.is_symlink() {
                    flag(&file, msg!("check-link"));
                } else if file_type.is_dir() {
                    // A year's folder holds record files only: a folder here (even one
                    // named like a record) is never read, so it is reported.
                    flag(&file, msg!("check-folder-in-year", folder = kind.folder()));
                } else if !file_type.is_file() {
                    // A FIFO, socket or device named like a record: never opened (a read
                    // would block or reach a device), always reported.
                    flag(&file, msg!("check-special-file"));
                } else if let Some(why) = not_a_record_name(&name, kind) {
                    flag(&file, why);
                }
            }
        }
    }
    Ok(out)
}

/// Why a file in a year folder is not a record file; None for a record's name.
fn not_a_record_name(name: &str, kind: RecordKind) -> Option<Msg> {
    if name.ends_with(".svc-tmp") {
        return Some(msg!("check-temp-file"));
    }
    if is_keep_file(name) {
        return None;
    }
    let stem = name.strip_suffix(".toml");
    match stem.map(|s| RecordId::parse_as(s, kind)) {
        Some(Ok(id)) if id.to_string() == stem.unwrap_or_default() => None,
        _ => Some(msg!("check-not-record-name", name = name, noun = kind.noun(), prefix = kind.prefix())),
    }
}

fn is_keep_file(name: &str) -> bool {
    name == ".gitkeep"
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn file_error(root: &Path, e: FileError, rule: &'static Rule) -> Located {
    let file = e.path.strip_prefix(root).unwrap_or(&e.path).display().to_string();
    at(file, e.position, rule, rule.clause, e.message)
}

fn at(file: String, position: Option<Position>, rule: &'static Rule, clause: Clause, message: Msg) -> Located {
    keyed(file, String::new(), position, rule, clause, message)
}

/// A finding about one key of a file (its subject: what GitLab's fingerprint follows).
fn keyed(
    file: String,
    key: String,
    position: Option<Position>,
    rule: &'static Rule,
    clause: Clause,
    message: Msg,
) -> Located {
    let Position { line, column } = position.unwrap_or(Position { line: 1, column: 1 });
    Located { file, line, column, severity: rule.severity, clause, rule: rule.name, key, message }
}
