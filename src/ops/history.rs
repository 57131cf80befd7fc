//! The history rules over the real commit graph (GIT-1 to GIT-4, GIT-6): every commit of
//! `base..HEAD`, a merge judged against each of its parents, each commit by svc.toml as it
//! stood in its (first) parent. Read in one pass ([`crate::store::gitlog`]).
//!
//! - A record present in any parent and missing from the result is lost (GIT-2), whatever
//!   the merge strategy (`-s ours` too); a version that differs from a parent's must keep
//!   every step that parent recorded (GIT-1), so `checkout --theirs` over our record is seen.
//! - The steps a commit adds are those in no parent's version: a clean merge adds none, so
//!   whoever merges is charged with nothing; a squash or rebase made by a merger (`[git]
//!   mergers`) carries its steps as their actors'.
//! - The same record id added by two commits on two lines of work is two records merged
//!   into one file (GIT-2), unless a later merge records `svc renumber`'s new ids.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::{Context as _, Result};
use serde::de::DeserializeOwned;

use crate::domain::config::{Config, Directory, Role};
use crate::domain::date::Date;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::rules::history;
use crate::domain::rules::{Kind, Rule};
use crate::msg;
use crate::store::git;
use crate::store::gitlog::{self, FileChange, LoggedCommit};
use crate::store::repo::{CONFIG_FILE, RECORDS_DIR, Repo};

/// How history is judged.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub verify_authors: bool,
    /// Each step's commit must be signed by its actor's key (a merger's commit by a key
    /// svc.toml lists).
    pub require_signatures: bool,
}

/// One thing a history rule says of one commit and one file.
#[derive(Debug, Clone)]
pub struct Said {
    pub rule: &'static Rule,
    /// The key of the record it is about (empty: the file).
    pub key: String,
    pub message: crate::i18n::Msg,
}

/// What one commit did to one file, judged.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Relative to the repository root.
    pub path: String,
    pub said: Vec<Said>,
    /// Steps the commit added: (key, day, actor).
    pub added: Vec<(String, Date, String)>,
}

/// One commit and what it did, judged.
#[derive(Debug, Clone)]
pub struct CommitReport {
    pub commit: LoggedCommit,
    pub files: Vec<FileReport>,
}

/// The whole of a walk: each commit judged, and what is said of the range as a whole.
#[derive(Debug, Default)]
pub struct Walk {
    pub commits: Vec<CommitReport>,
    /// Findings not about one commit: (path, said).
    pub range: Vec<(String, Said)>,
}

/// svc.toml as it stood at some commit, ready to judge by.
struct Centre {
    config: Config,
    repo: Repo,
}

/// Judges every commit of `base..HEAD` (all of HEAD's history without a base).
pub fn walk(repo: &Repo, base: Option<&str>, options: Options) -> Result<Walk> {
    let root = repo.root();
    if !git::in_work_tree(root) {
        return Err(crate::error::Error::usage(msg!("history-needs-git")).into());
    }
    let head = git::resolve(root, "HEAD").context(msg!("history-unreadable"))?;
    let mut walk = Walk::default();
    let base_hash = match base {
        Some(b) => {
            Some(git::resolve(root, b).map_err(|_| crate::error::Error::usage(msg!("history-no-base", base = b)))?)
        }
        None => None,
    };
    if let Some(b) = &base_hash
        && git::git(root, &["merge-base", "--is-ancestor", b, &head]).is_err()
    {
        walk.range.push((
            CONFIG_FILE.to_string(),
            Said {
                rule: &history::BASE_IS_ANCESTOR,
                key: String::new(),
                message: msg!("history-base-not-ancestor", base = base.unwrap_or_default()),
            },
        ));
    }
    let commits = gitlog::commits(root, base_hash.as_deref(), &head).context(msg!("history-unreadable"))?;
    let prefix = git::prefix(root).context(msg!("history-unreadable"))?;
    let pairs: Vec<(String, Option<String>)> = commits
        .iter()
        .flat_map(|c| {
            if c.parents.is_empty() {
                vec![(c.hash.clone(), None)]
            } else {
                c.parents.iter().map(|p| (c.hash.clone(), Some(p.clone()))).collect()
            }
        })
        .collect();
    let diffs = gitlog::changes(root, &pairs).context(msg!("history-unreadable"))?;
    let mut by_commit: HashMap<&str, Vec<&[FileChange]>> = HashMap::new();
    for ((commit, _), diff) in pairs.iter().zip(&diffs) {
        by_commit.entry(commit.as_str()).or_default().push(diff.as_slice());
    }
    let records_prefix = format!("{prefix}{RECORDS_DIR}/");
    let config_path = format!("{prefix}{CONFIG_FILE}");
    let reader = Reader::load(root, &commits, &by_commit, &records_prefix, &config_path)?;
    let mut centres: HashMap<String, Option<Centre>> = HashMap::new();
    // svc.toml as last changed by someone who may (GIT-6): what each commit is judged by, so
    // a moved e-mail or a raised limit cannot launder the commits after it.
    let mut trusted: HashMap<String, String> = HashMap::new();
    let mut added_by: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut renumbered: BTreeSet<String> = BTreeSet::new();
    for commit in &commits {
        let sides = by_commit.get(commit.hash.as_str()).cloned().unwrap_or_default();
        let first_parent = commit.parents.first().unwrap_or(&commit.hash);
        let before = trusted.get(first_parent).cloned().unwrap_or_else(|| reader.config_key(first_parent).to_string());
        let own = reader.config_key(&commit.hash).to_string();
        load_centre(&mut centres, &reader, &before);
        load_centre(&mut centres, &reader, &own);
        // Before the first svc.toml there is nothing to judge by but the commit's own.
        let centre =
            centres.get(&before).and_then(Option::as_ref).or_else(|| centres.get(&own).and_then(Option::as_ref));
        let mut files = Vec::new();
        if let Some(said) = dates_in_order(commit, &reader) {
            files.push(FileReport { path: CONFIG_FILE.to_string(), said: vec![said], added: Vec::new() });
        }
        match config_change(commit, &sides, &config_path, &reader, centre) {
            Some(said) => {
                files.push(FileReport { path: CONFIG_FILE.to_string(), said: vec![said], added: Vec::new() });
                trusted.insert(commit.hash.clone(), before.clone());
            }
            None => {
                let changed = sides.first().is_some_and(|s| s.iter().any(|c| c.path == config_path));
                trusted.insert(commit.hash.clone(), if changed { own.clone() } else { before.clone() });
            }
        }
        for path in touched_records(&sides, &records_prefix) {
            if commit.parents.len() < 2
                && sides.first().is_some_and(|s| s.iter().any(|c| c.path == path && c.status == 'A'))
            {
                added_by.entry(path.clone()).or_default().push(commit.short().to_string());
            }
            let Some(centre) = centre else { continue };
            let judged = judge_path(root, commit, &sides, &path, &reader, centre, options);
            let relative = path.strip_prefix(&prefix).unwrap_or(&path).to_string();
            files.push(FileReport { path: relative, said: judged.0, added: judged.1 });
        }
        for (old, _) in &commit.renumbered {
            renumbered.insert(old.clone());
        }
        walk.commits.push(CommitReport { commit: commit.clone(), files });
    }
    for (path, commits) in added_by.into_iter().filter(|(_, c)| c.len() > 1) {
        let id = std::path::Path::new(&path).file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        if renumbered.contains(&id) {
            continue;
        }
        let relative = path.strip_prefix(&prefix).unwrap_or(&path).to_string();
        walk.range.push((
            relative,
            Said {
                rule: &history::KEPT,
                key: String::new(),
                message: msg!("history-added-twice", id = id.as_str(), commits = commits.join(", ")),
            },
        ));
    }
    Ok(walk)
}

/// The file versions and parent facts the walk needs, read in one `git cat-file --batch`.
struct Reader {
    contents: HashMap<String, Vec<u8>>,
    /// The name under which each commit's svc.toml is in `contents`.
    config_at: HashMap<String, String>,
    /// Commit times of the range and of the parents outside it.
    times: HashMap<String, i64>,
    /// Who signed each commit (by svc.toml's keys), verified once per commit however many
    /// steps it carries.
    signers: std::cell::RefCell<HashMap<String, Option<String>>>,
}

impl Reader {
    fn load(
        root: &std::path::Path,
        commits: &[LoggedCommit],
        by_commit: &HashMap<&str, Vec<&[FileChange]>>,
        records_prefix: &str,
        config_path: &str,
    ) -> Result<Reader> {
        let in_range: HashMap<&str, &LoggedCommit> = commits.iter().map(|c| (c.hash.as_str(), c)).collect();
        let mut names: BTreeSet<String> = BTreeSet::new();
        let mut config_at: HashMap<String, String> = HashMap::new();
        let mut outside: BTreeSet<String> = BTreeSet::new();
        for c in commits {
            for p in &c.parents {
                if !in_range.contains_key(p.as_str()) {
                    outside.insert(p.clone());
                }
            }
        }
        for p in &outside {
            let name = format!("{p}:{config_path}");
            names.insert(name.clone());
            names.insert(p.clone());
            config_at.insert(p.clone(), name);
        }
        for c in commits {
            let sides = by_commit.get(c.hash.as_str()).cloned().unwrap_or_default();
            let first = sides.first().copied().unwrap_or_default();
            let key = match first.iter().find(|ch| ch.path == config_path) {
                Some(change) => change.new_blob.clone().unwrap_or_default(),
                None => c.parents.first().and_then(|p| config_at.get(p).cloned()).unwrap_or_default(),
            };
            if !key.is_empty() {
                names.insert(key.clone());
            }
            config_at.insert(c.hash.clone(), key);
            for change in sides.iter().flat_map(|s| s.iter()) {
                if change.path.starts_with(records_prefix) || change.path == config_path {
                    names.extend(change.old_blob.iter().cloned());
                    names.extend(change.new_blob.iter().cloned());
                }
            }
        }
        let names: Vec<String> = names.into_iter().collect();
        let contents = gitlog::contents(root, &names).context(msg!("history-unreadable"))?;
        let mut times: HashMap<String, i64> = commits.iter().map(|c| (c.hash.clone(), c.committed_at)).collect();
        times.extend(
            outside
                .iter()
                .filter_map(|p| Some((p.clone(), committer_time(std::str::from_utf8(contents.get(p)?).ok()?)?))),
        );
        Ok(Reader { contents, config_at, times, signers: Default::default() })
    }

    fn text(&self, name: &str) -> Option<&str> {
        std::str::from_utf8(self.contents.get(name)?).ok()
    }

    fn config_key(&self, commit: &str) -> &str {
        self.config_at.get(commit).map(String::as_str).unwrap_or("")
    }

    fn time_of(&self, commit: &str) -> Option<i64> {
        self.times.get(commit).copied()
    }
}

/// The committer time of a raw commit object.
fn committer_time(object: &str) -> Option<i64> {
    let line = object.lines().take_while(|l| !l.is_empty()).find(|l| l.starts_with("committer "))?;
    let mut fields = line.rsplitn(3, ' ');
    let _zone = fields.next()?;
    fields.next()?.parse().ok()
}

/// svc.toml of `key` parsed once (None where it does not parse or is absent).
fn load_centre(cache: &mut HashMap<String, Option<Centre>>, reader: &Reader, key: &str) {
    cache.entry(key.to_string()).or_insert_with(|| {
        let config: Config = toml::from_str(reader.text(key)?).ok()?;
        let repo = Repo::with_config(std::path::Path::new("."), config.clone()).ok()?;
        Some(Centre { config, repo })
    });
}

/// Every record file any side of the commit changed (by its path in the result).
fn touched_records(sides: &[&[FileChange]], records_prefix: &str) -> Vec<String> {
    let mut paths: BTreeSet<String> = BTreeSet::new();
    for change in sides.iter().flat_map(|s| s.iter()) {
        for path in std::iter::once(&change.path).chain(change.old_path.iter()) {
            if path.starts_with(records_prefix) && path.ends_with(".toml") {
                paths.insert(path.clone());
            }
        }
    }
    paths.into_iter().collect()
}

/// GIT-3: a commit dated before one of its parents has a forged or wrong date.
fn dates_in_order(commit: &LoggedCommit, reader: &Reader) -> Option<Said> {
    /// Clocks of office PCs drift; an hour is not a forgery.
    const SLACK: i64 = 3600;
    let latest = commit.parents.iter().filter_map(|p| reader.time_of(p)).max()?;
    (commit.committed_at + SLACK < latest).then(|| Said {
        rule: &history::DATES_IN_ORDER,
        key: String::new(),
        message: msg!("history-dated-before-parent", commit = commit.short()),
    })
}

/// GIT-6: the people, rooms, policy or git settings of svc.toml changed by someone who may
/// not, as svc.toml stood before the change.
fn config_change(
    commit: &LoggedCommit,
    sides: &[&[FileChange]],
    config_path: &str,
    reader: &Reader,
    before: Option<&Centre>,
) -> Option<Said> {
    let change = sides.first()?.iter().find(|c| c.path == config_path)?;
    let before = before?;
    let (Some(old), Some(new)) = (&change.old_blob, &change.new_blob) else { return None };
    let old: toml::Table = toml::from_str(reader.text(old)?).ok()?;
    let new: toml::Table = toml::from_str(reader.text(new).unwrap_or_default()).unwrap_or_default();
    let guarded = ["staff", "rooms", "policy", "git", "calendar"];
    let changed: Vec<&str> = guarded.iter().copied().filter(|k| old.get(*k) != new.get(*k)).collect();
    if changed.is_empty() || author_may_change_config(&before.config, &before.repo, commit) {
        return None;
    }
    Some(Said {
        rule: &history::CONFIG_BY_ADMIN,
        key: changed[0].to_string(),
        message: msg!(
            "history-config-not-by-admin",
            sections = changed.join(", "),
            author = format!("{} <{}>", commit.author_name, commit.author_email)
        ),
    })
}

/// Who may change svc.toml's people and policy (GIT-6): the coordination office head, or
/// someone `[git] config_admins` lists by staff id or e-mail. The one rule for `svc key
/// add` (before it writes) and for the history (after the fact).
pub fn may_change_config(config: &Config, dir: &Directory, staff: &str, email: Option<&str>) -> bool {
    let admin = |name: &str| config.git.config_admins.iter().any(|a| a.eq_ignore_ascii_case(name));
    let person = dir.staff(staff);
    (!staff.is_empty() && admin(staff))
        || email.is_some_and(admin)
        || person.is_some_and(|s| s.role == Role::CoordinationOfficeHead || s.email.as_deref().is_some_and(admin))
}

/// Whether the author of `commit` may change svc.toml, as svc.toml stood before.
fn author_may_change_config(config: &Config, repo: &Repo, commit: &LoggedCommit) -> bool {
    let email = commit.author_email.as_str();
    let staff = repo.directory().by_email(email).map(|p| p.id).unwrap_or_default();
    may_change_config(config, repo.directory(), &staff, Some(email))
}

/// Whether the commit was made by a merger (a forge's merge button, the office's
/// integrator): it carries other people's steps as theirs.
fn by_a_merger(config: &Config, commit: &LoggedCommit) -> bool {
    config.git.mergers.iter().any(|m| m.eq_ignore_ascii_case(&commit.committer_email))
}

/// One version of a record on one side of the commit.
enum Side {
    /// The parent holds what the commit holds (the path is not in that side's diff).
    Same,
    /// The parent held `old` (None: no such file), renamed from `from` if so.
    Changed { status: char, old: Option<String>, from: Option<String> },
}

fn sides_of(sides: &[&[FileChange]], path: &str) -> (Vec<Side>, Option<String>) {
    let mut new_blob = None;
    let mut out = Vec::new();
    for side in sides {
        let as_new = side.iter().find(|c| c.path == path);
        let as_old = side.iter().find(|c| c.old_path.as_deref() == Some(path));
        match (as_new, as_old) {
            (Some(c), _) => {
                new_blob = c.new_blob.clone();
                out.push(Side::Changed { status: c.status, old: c.old_blob.clone(), from: c.old_path.clone() });
            }
            // Renamed away on this side: reported at the new path.
            (None, Some(c)) => out.push(Side::Changed { status: 'r', old: c.old_blob.clone(), from: None }),
            (None, None) => out.push(Side::Same),
        }
    }
    (out, new_blob)
}

fn judge_path(
    root: &std::path::Path,
    commit: &LoggedCommit,
    sides: &[&[FileChange]],
    path: &str,
    reader: &Reader,
    centre: &Centre,
    options: Options,
) -> (Vec<Said>, Vec<(String, Date, String)>) {
    let kind =
        path.split('/').rev().nth(2).and_then(|folder| RecordKind::ALL.into_iter().find(|k| k.folder() == folder));
    let Some(kind) = kind else { return (Vec::new(), Vec::new()) };
    let judge = Judge { root, commit, sides, path, reader, centre, options };
    crate::domain::rules::for_kind(kind, judge)
}

impl crate::domain::rules::ForKind for Judge<'_> {
    type Out = (Vec<Said>, Vec<(String, Date, String)>);
    fn run<T: crate::domain::rules::Known + schemars::JsonSchema>(self) -> Self::Out {
        self.judge::<T>()
    }
}

struct Judge<'a> {
    root: &'a std::path::Path,
    commit: &'a LoggedCommit,
    sides: &'a [&'a [FileChange]],
    path: &'a str,
    reader: &'a Reader,
    centre: &'a Centre,
    options: Options,
}

impl Judge<'_> {
    fn judge<T: Kind + DeserializeOwned>(&self) -> (Vec<Said>, Vec<(String, Date, String)>) {
        let (sides, new_blob) = sides_of(self.sides, self.path);
        let mut said = Vec::new();
        let name =
            std::path::Path::new(self.path).file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        let moved_by_renumber = self.commit.renumbered.iter().any(|(old, _)| *old == name);
        let say = |said: &mut Vec<Said>, rule: &'static Rule, key: String, message: crate::i18n::Msg| {
            said.push(Said { rule, key, message });
        };
        let Some(new_blob) = new_blob else {
            // Gone from the result: a loss on any side that held it (`merge -s ours` drops
            // the other side's), unless renumbered.
            let lost = sides.iter().any(|s| matches!(s, Side::Changed { status: 'D', old: Some(_), .. }));
            if lost && !moved_by_renumber {
                say(&mut said, &history::KEPT, String::new(), msg!("history-deleted", path = self.path));
            }
            return (said, Vec::new());
        };
        let parse = |text: &str| -> Option<T> { toml::from_str(text).ok() };
        let Some(new_text) = self.reader.text(&new_blob) else { return (said, Vec::new()) };
        let Some(new) = parse(new_text) else {
            say(&mut said, &history::PARSES, String::new(), msg!("history-unparseable", commit = self.commit.short()));
            return (said, Vec::new());
        };
        let renames: Vec<(RecordId, RecordId)> =
            self.commit.renumbered.iter().filter_map(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?))).collect();
        // Each side's version, as the commit should have kept it.
        let mut olds: Vec<Option<T>> = Vec::new();
        let mut any_same = false;
        for side in &sides {
            match side {
                Side::Same => any_same = true,
                Side::Changed { status, old, from } => {
                    if *status == 'R' && !moved_by_renumber && !renamed_by(&renames, from.as_deref(), self.path) {
                        let old_path = from.as_deref().unwrap_or("?");
                        say(
                            &mut said,
                            &history::KEPT,
                            String::new(),
                            msg!("history-renamed", old = old_path, new = self.path),
                        );
                    }
                    let text = old.as_deref().and_then(|o| self.reader.text(o));
                    let version = match text {
                        None => self.renumbered_from(&renames).and_then(|t| parse(&t)),
                        Some(text) => match parse(text) {
                            Some(v) => Some(v),
                            None => continue, // broken there; that commit was told
                        },
                    };
                    if let Some(old) = &version {
                        let mut changes = history::changed_steps(old, &new);
                        if !changes.is_empty() && !renames.is_empty() {
                            let mapped =
                                text.map(|t| crate::domain::id::renamed_text(t, &renames)).and_then(|t| parse(&t));
                            if let Some(mapped) = mapped {
                                changes = history::changed_steps(&mapped, &new);
                            }
                        }
                        if !changes.is_empty() && text.is_some() && moved_by_renumber {
                            changes.clear();
                        }
                        for (key, what) in changes {
                            say(&mut said, &history::APPEND_ONLY, key, what);
                        }
                    }
                    olds.push(version);
                }
            }
        }
        if any_same {
            return (said, Vec::new()); // the result is one parent's version: nothing new
        }
        let config = &self.centre.config;
        let merger = by_a_merger(config, self.commit);
        let day_of = |secs: i64| crate::domain::date::Date::from_timestamp(secs, config.centre.timezone.as_deref());
        let day = if merger { day_of(self.commit.authored_at) } else { day_of(self.commit.committed_at) };
        // A step is this commit's when no parent's version had it.
        let mut added: Vec<(String, Date, String)> = Vec::new();
        let per_side: Vec<Vec<(String, Date, String)>> = olds
            .iter()
            .map(|old| {
                history::added_acts(old.as_ref(), &new).into_iter().map(|a| (a.key, a.on, a.by.to_string())).collect()
            })
            .collect();
        let Some((first, rest)) = per_side.split_first() else { return (said, added) };
        for act in first.iter().filter(|a| rest.iter().all(|side| side.contains(a))) {
            added.push(act.clone());
            let (key, on, by) = act;
            let (on, by) = (*on, by.as_str());
            if let Some(day) = day {
                let late = self.centre.repo.calendar().working_days_between(on, day);
                let max = config.policy.max_backdate_working_days;
                if late > i64::from(max) {
                    let message = msg!("history-backdated", who = by, on = on, late = late, day = day, max = max);
                    say(&mut said, &history::NOT_BACKDATED, key.clone(), message);
                }
            }
            if self.options.verify_authors && !merger && !self.by_its_actor(by) {
                say(&mut said, &history::BY_ITS_ACTOR, key.clone(), msg!("history-not-by-actor", who = by));
            }
            if self.options.require_signatures && !self.signed_for(by, merger) {
                say(&mut said, &history::SIGNED, key.clone(), msg!("history-not-signed", who = by));
            }
        }
        (said, added)
    }

    /// For a record `svc renumber` gave a new id: the version the other side held under its
    /// old id, with the ids rewritten.
    fn renumbered_from(&self, renames: &[(RecordId, RecordId)]) -> Option<String> {
        let name = std::path::Path::new(self.path).file_stem()?.to_string_lossy().to_string();
        let (old, _) = renames.iter().find(|(_, new)| new.to_string() == name)?;
        let old_name = format!("{old}.toml");
        let blob = self
            .sides
            .iter()
            .flat_map(|s| s.iter())
            .find(|c| c.path.ends_with(&old_name) && c.old_blob.is_some())?
            .old_blob
            .clone()?;
        Some(crate::domain::id::renamed_text(self.reader.text(&blob)?, renames))
    }

    /// The commit is signed by a key svc.toml (as it stood before) lists for the actor, or
    /// for a merger's commit by any key it lists.
    fn signed_for(&self, actor: &str, merger: bool) -> bool {
        let Some(principal) = self.signer() else { return false };
        if merger {
            return true;
        }
        let dir = self.centre.repo.directory();
        dir.staff(actor).is_some_and(|s| principal.eq_ignore_ascii_case(&s.commit_email()))
    }

    /// The principal whose key (as svc.toml lists them) signed the commit, verified once.
    fn signer(&self) -> Option<String> {
        let mut known = self.reader.signers.borrow_mut();
        known
            .entry(self.commit.hash.clone())
            .or_insert_with(|| {
                let signers = allowed_signers(&self.centre.config);
                let file = tempfile::NamedTempFile::new().ok()?;
                std::fs::write(file.path(), signers).ok()?;
                git::signer(self.root, &self.commit.hash, file.path())
            })
            .clone()
    }

    /// The commit is authored by the actor (by e-mail, as svc.toml stood before it), or
    /// signed by a key allowed for them.
    fn by_its_actor(&self, actor: &str) -> bool {
        let Some(staff) = self.centre.repo.directory().staff(actor) else { return false };
        let email = staff.commit_email();
        if self.commit.author_email.eq_ignore_ascii_case(&email) {
            return true;
        }
        let Some(signers) = &self.centre.config.git.allowed_signers else { return false };
        git::signer(self.root, &self.commit.hash, &self.root.join(signers))
            .is_some_and(|who| who.eq_ignore_ascii_case(&email))
    }
}

/// git's allowed-signers file for the keys svc.toml lists: `EMAIL namespaces="git" KEY`.
fn allowed_signers(config: &Config) -> String {
    config
        .staff
        .iter()
        .filter_map(|s| Some(format!("{} namespaces=\"git\" {}\n", s.commit_email(), s.signing_key.as_deref()?)))
        .collect()
}

/// A rename `svc renumber` made: `from` → `to` with the ids its merge records.
fn renamed_by(renames: &[(RecordId, RecordId)], from: Option<&str>, to: &str) -> bool {
    let stem = |p: &str| std::path::Path::new(p).file_stem().map(|s| s.to_string_lossy().to_string());
    let (Some(from), Some(to)) = (from.and_then(stem), stem(to)) else { return false };
    renames.iter().any(|(a, b)| a.to_string() == from && b.to_string() == to)
}
