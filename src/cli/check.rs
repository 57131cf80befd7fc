//! `svc check`: validates svc.toml and every record with the one rule set; what CI runs on
//! every push.
//!
//! Each finding names its file, line, column, the clause it enforces and the rule's name.
//! Exit 1 on any error (or warning, with `--deny-warnings`), else 0.

use std::path::Path;
use std::process::ExitCode;

use crate::t;
use anyhow::{Context as _, Result};
use clap::Args as ClapArgs;

use super::context::Globals;
use super::output::table;
use crate::domain::config::Config;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::rules::{self, Clause, Filed, Origin, Records, Rule, Severity, Subject, When};
use crate::store::repo::{self, CONFIG_FILE, NotFound, RECORDS_DIR, Repo, read_dir_typed};
use crate::store::text::{self, FileError, KeyLocator, Position};
use crate::store::{atomic, journal};

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Report only these files (the whole repository is still read, so rules across
    /// records hold): what a pre-commit hook passes.
    #[arg(value_name = "FILE")]
    files: Vec<std::path::PathBuf>,
    /// human (`file:line:col: severity[CLAUSE]: message (rule)`, one per line), json,
    /// github (annotations on the changed lines) or gitlab (a code-quality report).
    #[arg(long, value_enum, default_value_t)]
    format: CheckFormat,
    /// List every rule (name, clause, severity, whether it depends on the day, what it
    /// asks) instead of checking.
    #[arg(long)]
    list_rules: bool,
    /// Also apply the history rules (GIT-1 to GIT-4) to every commit of REV..HEAD: what CI
    /// runs on a pull request or a push.
    #[arg(long, value_name = "REV")]
    base: Option<String>,
    /// With --base: each step must be committed by its actor, or signed by a key the
    /// allowed-signers file of svc.toml lists for them (GIT-4).
    #[arg(long, requires = "base")]
    verify_authors: bool,
    /// With --base: each step must also be signed by its actor's key from svc.toml
    /// (`svc key add`), a merger's commit by a key svc.toml lists (GIT-4).
    #[arg(long, requires = "base")]
    require_signatures: bool,
    /// Accept the findings of this rule (repeatable): they are neither shown nor counted,
    /// for a repository where they are known and intended (e.g. the demo's overdue CAPAs).
    #[arg(long, value_name = "RULE")]
    allow: Vec<String>,
    /// Print the procedures with the rules under each clause, as Markdown
    /// (`docs/procedures.md` is this output).
    #[arg(long, conflicts_with = "list_rules")]
    procedures: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
enum CheckFormat {
    #[default]
    Human,
    Json,
    Github,
    Gitlab,
}

/// One finding placed in a file.
type Located = super::shapes::Finding;

pub fn run(globals: &Globals, args: Args) -> Result<ExitCode> {
    if args.list_rules {
        list_rules(args.format)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.procedures {
        out!("{}", procedures_markdown())?;
        return Ok(ExitCode::SUCCESS);
    }
    let allowed = allowed_rules(&args.allow)?;
    let cwd = std::env::current_dir().context(t!("cannot-read-cwd"))?;
    let root = repo::find_root(globals.repo.as_deref(), &cwd)?;
    let (files, mut findings, config_usable) = collect(&root, globals)?;
    if let (Some(base), true) = (&args.base, config_usable) {
        let repo = Repo::open(&root)?;
        let options = super::history::Options {
            verify_authors: args.verify_authors || args.require_signatures,
            require_signatures: args.require_signatures,
        };
        findings.extend(super::history::check_history(&repo, base, &options)?);
    }
    findings.sort();
    findings.dedup();
    if !args.files.is_empty() {
        let wanted: Vec<String> = args.files.iter().map(|f| relative_to(&root, &cwd, f)).collect();
        findings.retain(|f| wanted.contains(&f.file));
    }
    let before = findings.len();
    findings.retain(|f| !allowed.contains(&f.rule));
    let hidden = before - findings.len();
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    match args.format {
        CheckFormat::Human => {
            for f in &findings {
                let severity = match f.severity {
                    Severity::Error => t!("severity-error"),
                    Severity::Warning => t!("severity-warning"),
                };
                outln!("{}:{}:{}: {severity}[{}]: {} ({})", f.file, f.line, f.column, f.clause, f.message, f.rule)?;
            }
            errln!(
                "svc check: {}",
                t!("check-summary", files = files, errors = errors, warnings = warnings, allowed = hidden)
            );
        }
        CheckFormat::Json => {
            let report = super::shapes::CheckReport { files, errors, warnings, findings: &findings };
            outln!("{}", super::output::json_text(&report)?)?;
        }
        CheckFormat::Github => {
            for f in &findings {
                outln!("{}", github_annotation(f))?;
            }
        }
        CheckFormat::Gitlab => outln!("{}", serde_json::to_string_pretty(&gitlab_report(&findings))?)?,
    }
    if !config_usable {
        return Ok(ExitCode::from(3));
    }
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// One finding of [`check_repository`]: file, line, column, severity, clause, rule, message.
pub type FindingLine = (String, usize, usize, Severity, Clause, &'static str, String);

/// Runs `svc check` on the repository at `root` as of `today`, for programs (the fuzz
/// target, property tests): the number of files read and every finding, placed.
pub fn check_repository(root: &Path, today: crate::domain::date::Date) -> Result<(usize, Vec<FindingLine>)> {
    let globals = Globals { repo: Some(root.to_path_buf()), actor: None, date: Some(today), no_commit: true };
    let (files, findings, _) = collect(root, &globals)?;
    let lines =
        findings.into_iter().map(|f| (f.file, f.line, f.column, f.severity, f.clause, f.rule, f.message)).collect();
    Ok((files, lines))
}

/// A file named on the command line, as the findings name it (relative to the root).
fn relative_to(root: &Path, cwd: &Path, file: &Path) -> String {
    let absolute = if file.is_absolute() { file.to_path_buf() } else { cwd.join(file) };
    let absolute = absolute.canonicalize().unwrap_or(absolute);
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    absolute.strip_prefix(&root).unwrap_or(&absolute).display().to_string()
}

/// `::error file=F,line=L,col=C,title=CLAUSE rule::message`: GitHub turns it into an
/// annotation on that line of the pull request.
fn github_annotation(f: &Located) -> String {
    let data = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let property = |s: &str| data(s).replace(':', "%3A").replace(',', "%2C");
    let level = if f.severity == Severity::Error { "error" } else { "warning" };
    format!(
        "::{level} file={},line={},col={},title={}::{}",
        property(&f.file),
        f.line,
        f.column,
        property(&format!("{} {}", f.clause, f.rule)),
        data(&f.message)
    )
}

/// GitLab's code-quality report: one issue per finding, with a stable fingerprint.
fn gitlab_report(findings: &[Located]) -> serde_json::Value {
    let prints = fingerprints(findings);
    let issues: Vec<serde_json::Value> = findings
        .iter()
        .zip(prints)
        .map(|(f, print)| {
            serde_json::json!({
                "description": format!("[{}] {}", f.clause, f.message),
                "check_name": f.rule,
                "fingerprint": print,
                "severity": if f.severity == Severity::Error { "major" } else { "minor" },
                "location": { "path": f.file, "lines": { "begin": f.line } },
            })
        })
        .collect();
    serde_json::Value::Array(issues)
}

/// Each finding's fingerprint: from its file (the record's path, so its id), its rule and
/// its subject (the key it is about), never from the message, the language, the line or the
/// day, so GitLab sees the same finding as the same from one run to the next. Findings that
/// share all three are told apart by their order in the file.
fn fingerprints(findings: &[Located]) -> Vec<String> {
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| {
        (&findings[i].file, findings[i].rule, &findings[i].key, findings[i].line, findings[i].column)
    });
    let mut prints = vec![String::new(); findings.len()];
    let mut seen: std::collections::HashMap<(&str, &str, &str), usize> = std::collections::HashMap::new();
    for i in order {
        let f = &findings[i];
        let nth = seen.entry((f.file.as_str(), f.rule, f.key.as_str())).or_insert(0);
        let subject = if *nth == 0 { String::new() } else { format!("#{nth}") };
        prints[i] = fingerprint(&format!("{}|{}|{}{subject}", f.file, f.rule, f.key));
        *nth += 1;
    }
    prints
}

/// FNV-1a, 64 bits, as hex: stable across runs and platforms.
fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The rule names of `--allow`, each one that exists.
fn allowed_rules(names: &[String]) -> Result<Vec<&'static str>> {
    let registry = rules::registry();
    names
        .iter()
        .map(|name| {
            registry.iter().find(|r| r.name == name.trim()).map(|r| r.name).ok_or_else(|| {
                let hint = crate::domain::suggest::did_you_mean(name, registry.iter().map(|r| r.name));
                NotFound(t!("check-no-rule", name = name, hint = hint)).into()
            })
        })
        .collect()
}

fn list_rules(format: CheckFormat) -> Result<()> {
    let rules = rules::registry();
    match format {
        CheckFormat::Json => outln!("{}", super::output::json_text(&rules)?)?,
        CheckFormat::Human | CheckFormat::Github | CheckFormat::Gitlab => {
            let rows: Vec<Vec<String>> = rules
                .iter()
                .map(|r| {
                    let when = match r.when {
                        When::Today => t!("when-rule-today"),
                        When::History => t!("when-rule-history"),
                        When::Recorded => t!("when-rule-recorded"),
                    };
                    let severity = match r.severity {
                        Severity::Error => t!("severity-error"),
                        Severity::Warning => t!("severity-warning"),
                    };
                    vec![r.name.into(), r.clause.to_string(), severity, when, r.summary_text()]
                })
                .collect();
            outln!(
                "{}",
                table(&["rule", "clause", "severity", "depends on", "asks"].map(super::output::heading), &rows)
            )?;
            errln!("{}", t!("check-rule-count", n = rules.len()));
        }
    }
    Ok(())
}

/// The procedures in the project's words, each clause with the rules that enforce it.
fn procedures_markdown() -> String {
    let rules = rules::registry();
    let mut out = String::from(
        "# The procedures and the rules that enforce them\n\n\
         Generated by `svc check --procedures` from the rule registry; a test fails when this file\n\
         drifts. Each clause is described in this project's own words, then the rules of `svc check`\n\
         that enforce it. The same rules guard every step: a command refuses what a rule rejects.\n\
         Rules marked *as of --date* depend on the report day; the others only on what is recorded.\n",
    );
    for clause in Clause::ALL {
        out.push_str(&format!("\n## {} {}\n\n{}\n", clause.id(), clause.title(), clause.text()));
        let under: Vec<&&Rule> = rules.iter().filter(|r| r.clause == clause).collect();
        if !under.is_empty() {
            out.push('\n');
        }
        for r in under {
            let when = match r.when {
                When::Today => ", as of --date",
                When::History => ", with --base",
                When::Recorded => "",
            };
            out.push_str(&format!("- `{}` ({}{when}): {}\n", r.name, r.severity, r.summary));
        }
    }
    out
}

/// The files read, by the index findings carry (their text is read again only for the
/// few with findings, so a large repository is not held in memory).
struct Sources {
    files: Vec<String>,
}

/// Reads everything and runs the rules; returns the number of files read, the findings,
/// and whether svc.toml could be used at all.
fn collect(root: &Path, globals: &Globals) -> Result<(usize, Vec<Located>, bool)> {
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
            return Ok((1, vec![at(CONFIG_FILE.into(), position, rule, rule.clause, e.to_string())], false));
        }
    };
    let mut findings = Vec::new();
    let mut sources = Sources { files: Vec::new() };
    let mut records = Records::default();
    let mut reader = Reader { repo: &repo, sources: &mut sources, findings: &mut findings, failed: None };
    records.visit_mut(&mut reader);
    if let Some(e) = reader.failed {
        return Err(e);
    }
    findings.extend(misplaced(root)?);
    findings.extend(interrupted(root));
    findings.extend(not_as_committed(&repo)?);
    let results = rules::check(repo.config(), repo.calendar(), &records, globals.today(repo.config()));
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
                    let text = text::read_text(&root.join(&sources.files[i])).unwrap_or_default();
                    (sources.files[i].clone(), text)
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
    Ok((1 + sources.files.len() + unreadable(&findings), findings, true))
}

/// Files that could not be read as records are counted as files too.
fn unreadable(findings: &[Located]) -> usize {
    let rule = rules::unreadable_file_rule().name;
    let files: std::collections::BTreeSet<&str> =
        findings.iter().filter(|f| f.rule == rule).map(|f| f.file.as_str()).collect();
    files.len()
}

/// A file's record, or every problem found in it.
type Parsed<T> = Result<T, Vec<FileError>>;

/// Reads every kind's files into its slot, in the kinds' order; the first folder that
/// cannot be listed stops the reading.
struct Reader<'a> {
    repo: &'a Repo,
    sources: &'a mut Sources,
    findings: &'a mut Vec<Located>,
    failed: Option<anyhow::Error>,
}

impl rules::VisitMut for Reader<'_> {
    fn visit<T: rules::Known>(&mut self, slot: &mut Vec<Filed<T>>) {
        if self.failed.is_none()
            && let Err(e) = read_kind(self.repo, slot, self.sources, self.findings)
        {
            self.failed = Some(e);
        }
    }
}

/// Reads every file of a kind; each that parses joins `slot` with its origin, each that
/// does not becomes findings (all of its problems, not only the first).
fn read_kind<T>(repo: &Repo, slot: &mut Vec<Filed<T>>, sources: &mut Sources, findings: &mut Vec<Located>) -> Result<()>
where
    T: rules::Known,
{
    use rayon::prelude::*;
    let files = repo.files(T::KIND)?;
    let read: Vec<(String, Parsed<T>)> = files
        .par_iter()
        .map(|path| {
            let display = repo.display(path).to_string();
            let parsed = text::read_text(path).map_err(|e| vec![e]).and_then(|text| text::parse_all::<T>(path, &text));
            (display, parsed)
        })
        .collect();
    for (path, parsed) in read {
        match parsed {
            Ok(record) => {
                let origin = Origin { file: sources.files.len(), path: path.clone() };
                sources.files.push(path);
                slot.push(Filed { record, origin: Some(origin) });
            }
            Err(errors) => {
                let rule = rules::unreadable_file_rule();
                findings.extend(errors.into_iter().map(|e| file_error(repo.root(), e, rule)));
            }
        }
    }
    Ok(())
}

/// A step a crash left half-written, and temp files of interrupted writes.
fn interrupted(root: &Path) -> Vec<Located> {
    let mut out = Vec::new();
    if journal::pending(root) {
        let rule = rules::interrupted_step_rule();
        out.push(at(journal::JOURNAL.into(), None, rule, rule.clause, t!("check-interrupted")));
    }
    for temp in atomic::leftover_temp(root) {
        let rule = rules::leftover_temp_rule();
        out.push(at(temp.display().to_string(), None, rule, rule.clause, t!("check-leftover-temp")));
    }
    out
}

/// Record files whose work tree or index differ from HEAD (GIT-5), each with its fix.
/// Uncommitted files are reported only where steps are committed.
fn not_as_committed(repo: &Repo) -> Result<Vec<Located>> {
    use crate::ops::worktree::{self, Divergence};
    let found = worktree::divergences(repo.root(), RECORDS_DIR).context(t!("history-unreadable"))?;
    let committing = repo.config().git.commit;
    Ok(found
        .into_iter()
        .filter(|(_, how)| committing || *how == Divergence::StagedReversion)
        .map(|(path, how)| {
            let (rule, message) = match how {
                Divergence::StagedReversion => {
                    (rules::index_agrees_rule(), t!("check-staged-reversion", path = path.as_str()))
                }
                Divergence::Uncommitted => (rules::committed_rule(), t!("check-uncommitted", path = path.as_str())),
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
    let mut flag = |path: &Path, why: String| {
        let file = path.strip_prefix(root).unwrap_or(path).display().to_string();
        out.push(at(file, None, rule, rule.clause, why));
    };
    for (kind_dir, kind_type) in read_dir_typed(&records)? {
        let name = file_name(&kind_dir);
        if kind_type.is_symlink() {
            flag(&kind_dir, t!("check-link"));
            continue;
        }
        let Some(kind) = RecordKind::ALL.into_iter().find(|k| k.folder() == name) else {
            if !is_keep_file(&name) {
                let known: Vec<&str> = RecordKind::ALL.iter().map(|k| k.folder()).collect();
                flag(&kind_dir, t!("check-not-record-folder", name = &name, known = known.join(", ")));
            }
            continue;
        };
        if !kind_type.is_dir() {
            flag(&kind_dir, t!("check-should-be-folder", name = &name, noun = kind.noun()));
            continue;
        }
        for (year_dir, year_type) in read_dir_typed(&kind_dir)? {
            let year = file_name(&year_dir);
            if year_type.is_symlink() {
                flag(&year_dir, t!("check-link"));
                continue;
            }
            let is_year = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
            if !(is_year && year_type.is_dir()) {
                if !is_keep_file(&year) {
                    flag(&year_dir, t!("check-year-folder", folder = kind.folder(), prefix = kind.prefix()));
                }
                continue;
            }
            for (file, file_type) in read_dir_typed(&year_dir)? {
                let name = file_name(&file);
                if file_type.is_symlink() {
                    flag(&file, t!("check-link"));
                } else if !file_type.is_file() && !file_type.is_dir() {
                    // A FIFO, socket or device named like a record: never opened (a read
                    // would block or reach a device), always reported.
                    flag(&file, t!("check-special-file"));
                } else if let Some(why) = not_a_record_name(&name, kind) {
                    flag(&file, why);
                }
            }
        }
    }
    Ok(out)
}

/// Why a file in a year folder is not a record file; None for a record's name.
fn not_a_record_name(name: &str, kind: RecordKind) -> Option<String> {
    if name.ends_with(".svc-tmp") {
        return Some(t!("check-temp-file"));
    }
    if is_keep_file(name) {
        return None;
    }
    let stem = name.strip_suffix(".toml");
    match stem.map(|s| RecordId::parse_as(s, kind)) {
        Some(Ok(id)) if id.to_string() == stem.unwrap_or_default() => None,
        _ => Some(t!("check-not-record-name", name = name, noun = kind.noun(), prefix = kind.prefix())),
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

fn at(file: String, position: Option<Position>, rule: &'static Rule, clause: Clause, message: String) -> Located {
    keyed(file, String::new(), position, rule, clause, message)
}

/// A finding about one key of a file (its subject: what GitLab's fingerprint follows).
fn keyed(
    file: String,
    key: String,
    position: Option<Position>,
    rule: &'static Rule,
    clause: Clause,
    message: String,
) -> Located {
    let Position { line, column } = position.unwrap_or(Position { line: 1, column: 1 });
    Located { file, line, column, severity: rule.severity, clause, rule: rule.name, key, message }
}
