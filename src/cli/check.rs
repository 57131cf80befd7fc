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
use super::output::{one_line, table};
use crate::domain::rules::{self, Clause, Rule, Severity, When};
use crate::error::Error;
use crate::store::repo;

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
    let options = crate::ops::check::Options {
        date: globals.date,
        base: args.base.clone(),
        history: crate::ops::history::Options {
            verify_authors: args.verify_authors || args.require_signatures,
            require_signatures: args.require_signatures,
        },
    };
    let crate::ops::check::Report { files, mut findings, config_usable } = crate::ops::check::check(&root, &options)?;
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
                let severity = severity_name(f.severity);
                // One line per finding, whatever a file's name holds (an escape sequence, a
                // newline): both shown escaped.
                let message = f.message.to_string();
                let (file, message) = (one_line(&f.file), one_line(&message));
                outln!("{file}:{}:{}: {severity}[{}]: {message} ({})", f.line, f.column, f.clause, f.rule)?;
            }
            errln!(
                "svc check: {}",
                t!("check-summary", files = files, errors = errors, warnings = warnings, allowed = hidden)
            );
        }
        CheckFormat::Json => {
            let head = super::shapes::CheckReport { files, errors, warnings, findings: &[] };
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            super::output::write_json_with_list(&mut out, &head, "findings", &findings)?;
            std::io::Write::flush(&mut out)?;
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
        data(&f.message.to_string())
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
                Error::usage(crate::msg!("check-no-rule", name = name, hint = hint)).into()
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
                    let severity = severity_name(r.severity);
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

/// 錯誤 or 警告 (error or warning) in the reader's language.
pub(super) fn severity_name(severity: Severity) -> String {
    match severity {
        Severity::Error => t!("severity-error"),
        Severity::Warning => t!("severity-warning"),
    }
}
